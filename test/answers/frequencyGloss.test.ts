// An English answer quoting how often the plan says a body is held glosses the plan's Swedish words (the lexicon's
// glosses.frequencies), as it glosses budget lines and bodies; a Swedish answer quotes them as they are.
import { freshCoreEach } from '../helpers/core.js';

describe('how often a body is held, quoted from the plan', () => {
  const bot = freshCoreEach();

  it('glosses the Swedish frequency in English answers', async () => {
    const yearly = await bot.ask('How often is the Södertörn conference held?');
    expect(yearly.text).toMatch(/“årligen” \(annually\)/);
    const autumn = await bot.ask('when is the nyckeltal day?');
    expect(autumn.text).toMatch(/“årligen, under hösten” \(annually, in the autumn\)/);
  });

  it('quotes it without a gloss in Swedish answers', async () => {
    const a = await bot.ask('hur ofta hålls södertörnskonferensen?');
    expect(a.text).toContain('Enligt planen: årligen.');
    expect(a.text).not.toContain('annually');
  });
});

// Seams between mechanisms that landed on separate branches in the same session (issue 14), found by a review of
// the merged change: each passed its own branch's tests, and together they answered wrongly.
import { withoutAddress } from '../../bot/understand/address.js';
import { loadLexiconData } from '../../bot/understand/lexicon.js';
import { createTestCore, freshCoreEach } from '../helpers/core.js';
import path from 'node:path';
import { ROOT } from '../helpers/app.js';

describe('a polite word the reading leaves out of what is asked still frames a change request', () => {
  it('"Snälla, SK 22/9 en vecka senare?" from the secretariat is a move, as it was before greetings were left out', async () => {
    const bot = await createTestCore('2011-04-07T10:00:00+02:00', { secretariat: ['tester'] });
    try {
      expect(await bot.ask('Snälla, SK 22/9 en vecka senare?')).toMatchObject({ kind: 'confirm', text: expect.stringMatching(/29 september/) });
      expect(await bot.ask('Please, Huddinge as host for SK 22/9?')).toMatchObject({ kind: 'confirm', text: expect.stringMatching(/Huddinge/) });
      // A question with "snälla" stays a question.
      expect(await bot.ask('snälla, när är nästa LG?')).toMatchObject({ kind: 'nextMeeting' });
    } finally {
      await bot.cleanup();
    }
  });
});

describe('readers that met after their branches merged', () => {
  const bot = freshCoreEach();

  it('keeps a checked claim when the question also says "mentioned"', async () => {
    expect((await bot.ask('Is Huddinge mentioned as the host of the rådslag 2013?')).text).toMatch(/^No – .*Botkyrka/);
    expect((await bot.ask('Does the plan mention Mälardalsrådet?')).text).toMatch(/^Yes – /);
  });

  it('reads "höst" (folded "host") as a season, not as hosting, in a question of the most', async () => {
    const r = await bot.ask('vilket organ har flest möten i höst?');
    expect(r.text).not.toMatch(/värdskap/i);
    expect((await bot.ask('vilken kommun är värd flest gånger 2011–2018?')).text).toMatch(/en gång|två gånger/);
  });

  it('reads the English article "an" as no comparison of the largest and the smallest line', async () => {
    expect((await bot.ask('What are the largest and smallest cost lines in an ordinary year?')).text).not.toMatch(/minus/i);
    expect((await bot.ask('how much bigger is the largest cost line than the smallest one?')).text).toMatch(/530 000/);
    expect((await bot.ask('the 580,000 payment to Huddinge, what is it for?')).text).toMatch(/50 000/);
  });
});

describe('address words at the edges', () => {
  it('are found by walking the token\'s edges: punctuation around a word, a mention kept whole', () => {
    const words = loadLexiconData(path.join(ROOT, 'data', 'lexicon.json')).address;
    expect(withoutAddress('hej! när är nästa LG? tack', words)).toBe('när är nästa LG?');
    expect(withoutAddress('<@bot> hallå bot, vem är värd 2014?', words)).toBe('vem är värd 2014?');
    const punctuation = `a${'!'.repeat(2_000)}a`;
    expect(withoutAddress(punctuation, words)).toBe(punctuation);
  });
});

describe('a bare "till" before a season (round 19 dev, read after its one run)', () => {
  const bot = freshCoreEach();

  it('"sk till hösten" is the committee in the autumn; "fram till hösten" and "tills hösten" stay up to it', async () => {
    const autumn = await bot.ask('sk till hösten');
    expect(autumn.text).toContain('22 september');
    expect(autumn.text).toContain('3 november');
    expect(autumn.text).not.toContain('9 juni');
    const upTo = await bot.ask('sk fram till hösten');
    expect(upTo.text).toContain('9 juni');
    expect(upTo.text).not.toContain('22 september');
    const until = await bot.ask('vilka sk-möten är det tills hösten?');
    expect(until.text).toContain('9 juni');
    expect(until.text).not.toContain('22 september');
  });
});

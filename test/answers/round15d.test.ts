// Round 15 (nlu15d): claims in a negative or leading frame, judgements over a figure, whether the plan mentions a
// word, hosts between two hosts of the rotation, who is outside a joint body, a false count in a why-question.
import { freshCoreEach } from '../helpers/core.js';

describe('a claim in a negative or leading frame', () => {
  const bot = freshCoreEach();

  it('answers with the truth of the claim first, whatever the frame ("Isn\'t it true that …", "Wasn\'t …")', async () => {
    expect((await bot.ask("Isn't it true that Botkyrka hosts the rådslag this year?")).text).toMatch(/^No – .*Salem/);
    expect((await bot.ask("Isn't Huddinge the host of the rådslag in 2018?")).text).toMatch(/^Yes – /);
    expect((await bot.ask("Wasn't the Södertörn conference held in Botkyrka?")).text).toMatch(/^No – /);
    expect((await bot.ask('Är det inte så att Botkyrka har rådslaget i år?')).text).toMatch(/^Nej – /);
  });
});

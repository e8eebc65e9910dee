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

describe('a judgement over a figure of the budget', () => {
  const bot = freshCoreEach();

  it('answers a deficit or a surplus asked, also as a conclusion ("så …?"), for what was asked', async () => {
    expect((await bot.ask('så budgeten går med underskott?')).text).toMatch(/^Nej – /);
    expect((await bot.ask('går budgeten med underskott')).text).toMatch(/^Nej – /);
    expect((await bot.ask('so the budget has a surplus?')).text).toMatch(/^No – /);
    expect((await bot.ask('så rådslaget 2013 är i Botkyrka?')).text).toMatch(/^Ja – /);
  });

  it('checks a line against a share in per cent and against a bound ("minst", "at most")', async () => {
    const pct = await bot.ask('kostar Huddinges kontorsservice mer än 10 % av budgeten?');
    expect(pct.text).toMatch(/^Nej – .*50 000 kr.*5,8 %/);
    expect((await bot.ask("is Huddinge's compensation under 5% of the budget?")).text).toMatch(/^No – /);
    expect((await bot.ask('står personalkostnaderna för minst två tredjedelar av kostnaderna?')).text).toMatch(/^Ja – .*67,4 %/);
    expect((await bot.ask('is staff at most 60 % of the budget?')).text).toMatch(/^No – /);
    // "minst" without a figure after it is still the smallest line.
    expect((await bot.ask('vilken post är minst?')).text).toMatch(/^Minsta kostnaden: Ersättning till Huddinge/);
  });
});

describe('whether the plan mentions a word', () => {
  const bot = freshCoreEach();

  it('says yes with the sentence that holds it, or no where the plan’s text lacks it', async () => {
    const yes = await bot.ask('Does the plan mention Mälardalsrådet?');
    expect(yes.text).toMatch(/^Yes – the plan mentions Mälardalsrådet/);
    expect(yes.text).toContain('Stockholms Business Alliance');
    expect((await bot.ask('står det nåt om E4:an i planen')).text).toMatch(/^Ja – .*E4-ans breddning/s);
    const no = await bot.ask('nämns Ostlänken någonstans i verksamhetsplanen?');
    expect(no.kind).toBe('notInPlan');
    expect(no.text).toMatch(/^Nej – planen nämner inte Ostlänken/);
    // An English name found only in the glosses of the plan's Swedish.
    expect((await bot.ask('does the plan mention the Chamber of Commerce?')).text).toMatch(/^Yes – .*Handelskammaren/s);
    // A question word first asks for what is mentioned, not whether.
    expect((await bot.ask('vilka lärosäten nämns?')).text).not.toMatch(/^(Ja|Nej) –/);
  });
});

describe('hosts between two hosts of the rotation', () => {
  const bot = freshCoreEach();

  it('names the hosts of the years strictly between, or checks one claimed to be there', async () => {
    expect((await bot.ask('vem ligger mellan botkyrka och södertälje i rotationen för rådslaget?')).text).toMatch(/Tyresö 2014/);
    expect((await bot.ask('who hosts between Tyresö and Nykvarn in the rådslag rotation?')).text).toMatch(/Södertälje 2015 and Haninge 2016/);
    expect((await bot.ask('ligger Nykvarn mellan Salem och Tyresö i rådslagsordningen?')).text).toMatch(/^Nej – .*Nykvarn är värd 2017/s);
    // A count asked between two hosts is still the years.
    expect((await bot.ask('hur många år mellan Botkyrka och Haninge?')).text).toMatch(/^3 år mellan Botkyrka \(2013\) och Haninge \(2016\)/);
  });
});

describe('who is outside a joint body', () => {
  const bot = freshCoreEach();

  it('lists the plan’s municipalities not in it, also after a question on another body and with "saknas"', async () => {
    await bot.ask('Which municipalities are in the environment and health protection association?');
    const outside = await bot.ask('and who is not in the guardianship board?');
    expect(outside.text).toMatch(/Nykvarn, Salem and Södertälje/);
    expect(outside.text).not.toMatch(/^Södertörns överförmyndarnämnd\n/);
    expect((await bot.ask('vilka kommuner saknas i miljö- och hälsoskyddsförbundet?')).text).toMatch(/Botkyrka, Huddinge, Nykvarn, Salem och Södertälje/);
    expect((await bot.ask("and who isn't in the environment association?")).text).toMatch(/Botkyrka, Huddinge, Nykvarn, Salem and Södertälje/);
  });
});

describe('a false count inside a why-question', () => {
  const bot = freshCoreEach();

  it('corrects the count first, and leaves a right count to the question', async () => {
    expect((await bot.ask('varför har SUP 2010 bara tre målområden?')).text).toMatch(/^Målområden i .*: fyra, inte tre/);
    expect((await bot.ask('why does the plan list four development issues?')).text).toMatch(/: five, not four/);
    expect((await bot.ask('varför har SUP fyra målområden?')).text).not.toMatch(/inte/);
  });
});

describe('a listing of what the plan mentions', () => {
  const bot = freshCoreEach();

  it('is no question of whether it mentions the words', async () => {
    expect((await bot.ask('List all the joint bodies (nämnder and förbund) mentioned in the plan')).text).not.toMatch(/^No – /);
  });
});

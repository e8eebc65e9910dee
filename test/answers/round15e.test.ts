// Round 15 (nlu15e): facts stated in the plan's running text, follow-ups naming only an owner, and details of a
// real meeting the plan does not hold. Each test failed before the mechanism it names.
import { freshCoreEach } from '../helpers/core.js';

describe('a detail of a meeting the plan does not hold', () => {
  const bot = freshCoreEach();

  it('says the plan does not say, then the meeting, where the meeting is named by its title (not the card alone)', async () => {
    const a = await bot.ask('vad kostar lunchen på LG:s planeringskonferens');
    expect(a.kind).toBe('notInPlan');
    expect(a.text).toContain('31 mars');
    const b = await bot.ask('vilken lokal är samarbetskommitténs planeringskonferens i?');
    expect(b.kind).toBe('notInPlan');
    expect(b.text).toContain('27 januari');
  });

  it('gives the body’s meeting, not its members, and a person asked of a body without members gets its meeting', async () => {
    const a = await bot.ask("what's for lunch at the rådslag?", 'en-1');
    expect(a.kind).toBe('notInPlan');
    expect(a.text).toContain('24 March');
    const b = await bot.ask('who is chairing the key figures day?', 'en-2');
    expect(b.kind).toBe('notInPlan');
    expect(b.text).toContain('6 October');
  });

  it('still answers the meeting itself where no detail is asked', async () => {
    expect((await bot.ask('när är LG:s planeringskonferens?')).kind).not.toBe('notInPlan');
  });
});

describe('a follow-up that names only an owner', () => {
  const bot = freshCoreEach();

  it('keeps the thing the last question was about: the owner’s planning conference', async () => {
    await bot.ask('när är SK:s planeringskonferens', 'c1');
    const a = await bot.ask('och LG:s?', 'c1');
    expect(a.text).toContain('31 mars');
    expect(a.text).not.toContain('20 maj');
    await bot.ask('When is the LG planning conference?', 'c2');
    const b = await bot.ask("and the committee's?", 'c2');
    expect(b.text).toContain('27 January');
  });

  it('leaves an owner after a question about a thing no other body has to the usual follow-up', async () => {
    await bot.ask('vilka kommuner ingår i ÖFN?', 'c3');
    const a = await bot.ask('och miljöförbundets?', 'c3');
    expect(a.text).toContain('Nynäshamn');
    expect(a.text).not.toContain('Botkyrka');
  });
});

describe('facts the plan states in running text', () => {
  const bot = freshCoreEach();

  it('answers a question whose words read as membership with the sentence holding its own rare words', async () => {
    const a = await bot.ask('inom vilka områden har kommunerna traditioner av samarbete?');
    expect(a.text).toContain('räddningstjänst');
    expect((await bot.ask('vad kräver ett utvecklat samarbete?')).text).toContain('ansvarsfördelningen');
    // (A who-question keeps the members.)
    expect((await bot.ask('vilka kommuner samarbetar?')).kind).toBe('members');
  });

  it('reads "what happens with" a body as what the plan says it does, not who is in it', async () => {
    const a = await bot.ask('What happens with key figures (nyckeltal) each year?', 'en-3');
    expect(a.kind).not.toBe('notInPlan');
    expect(a.text).toMatch(/autumn/);
    expect((await bot.ask('vad händer med nyckeltalen varje år?')).text).toContain('uppföljning');
  });

  it('takes the list a count fits where the words after it are no list’s own', async () => {
    const a = await bot.ask('What are the five development priorities from Södertörns UtvecklingsProgram 2010?', 'en-4');
    expect(a.text).toContain('kunskapsintensivt');
    expect((await bot.ask('what are the four development goals?', 'en-5')).text).toContain('Klimat');
  });
});

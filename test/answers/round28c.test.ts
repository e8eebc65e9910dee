// Round 28 (helper nlu28c): the kinds behind its share of r28-dev's failures, each checked through the whole bot.
import { createTestCore, type TestCore } from '../helpers/core.js';

describe('round 28 (nlu28c)', () => {
  let bot: TestCore;
  beforeEach(async () => {
    bot = await createTestCore('2011-04-07T10:00:00+02:00');
  });
  afterEach(() => bot.cleanup());

  it('"who hosts then?" after a meeting found by its order asks of that meeting, not of the next one', async () => {
    expect((await bot.ask('sista SK-mötet i år?')).text).toContain('8 december');
    const host = (await bot.ask('vem är värd då?')).text;
    expect(host).toContain('Tyresö');
    expect(host).not.toContain('Nykvarn');
    expect((await bot.ask('the second to last committee meeting of 2011?')).text).toContain('3 November');
    expect((await bot.ask('who hosts that one?')).text).toContain('Botkyrka');
    // A follow-up naming its own day is still asked of that day.
    expect((await bot.ask('och 9/6?')).text).toContain('Salem');
  });

  it("a municipality's cost per inhabitant is not in the plan (no municipality's population), Södertörn's is computed", async () => {
    const nykvarn = await bot.ask("What's the cost per inhabitant for Nykvarn?");
    expect(nykvarn.kind).toBe('notInPlan');
    expect(nykvarn.text).toContain('Nykvarn');
    expect(nykvarn.text).toContain('2 kr');
    expect((await bot.ask('Vad kostar samarbetet per invånare i Huddinge?')).kind).toBe('notInPlan');
    expect((await bot.ask('Vad blir kostnaden per invånare på Södertörn?')).text).toMatch(/^2 kr per invånare/);
    // A line named by its own words with its municipality is that line, divided over Södertörn.
    expect((await bot.ask('hur mycket är ersättningen till Huddinge per invånare?')).text).toMatch(/^0,12 kr per invånare/);
  });

  it('who decides how the fees are split is not in the plan; the equal split is still computed when asked', async () => {
    expect((await bot.ask('Vem bestämmer hur avgifterna fördelas mellan kommunerna?')).kind).toBe('notInPlan');
    const en = await bot.ask('Who sets how much each municipality pays?');
    expect(en.kind).toBe('notInPlan');
    expect(en.text).toContain('860 000');
    expect((await bot.ask('vem betalar vad om avgifterna delas lika?')).text).toMatch(/^107 500 kr per kommun/);
  });

  it("two bodies' meeting lengths compared: the longer (or the shorter asked) first, and by how much", async () => {
    expect((await bot.ask('Vilka möten är längst, SK:s eller LG:s, och hur mycket längre?')).text).toMatch(/^Ledningsgruppen har längre möten, 1,5 timmar längre/);
    expect((await bot.ask('How much longer is a management group meeting than a committee meeting?')).text).toMatch(/^Ledningsgruppen has the longer meetings, 1.5 hours longer/);
    expect((await bot.ask('Are the LG sessions or the SK sessions shorter?')).text).toMatch(/^Södertörns samarbetskommitté has the shorter meetings/);
    expect((await bot.ask('skillnad i mötestid mellan SK och LG?')).text).toContain('1,5 timmar');
    // A word of until keeps the span until the meetings.
    expect((await bot.ask('hur mycket längre är det kvar till LG än till SK?')).text).not.toMatch(/har längre möten/);
  });

  it('when and how long a body meets: its weekday beside its length, in one question or as a follow-up', async () => {
    expect((await bot.ask('When does the LG meet and for how long?')).text).toMatch(/^Ledningsgruppen: 4.5 hours \(Fridays 08:30–13:00\)/);
    expect((await bot.ask('Vilken dag och hur länge träffas ledningsgruppen?')).text).toMatch(/^Ledningsgruppen: 4,5 timmar \(fredagar 08.30–13.00\)/);
    // Without a day asked, the length alone.
    expect((await bot.ask('hur länge håller SK på?')).text).toMatch(/^Södertörns samarbetskommitté: 3 timmar \(12.00–15.00\)/);
    expect((await bot.ask('When does the committee meet, and how long are its meetings?')).text).toContain('3 hours');
  });

  it("what is left of a period for a body is its meetings left then, not what the body is", async () => {
    const spring = (await bot.ask('vad är kvar av våren för SK?')).text;
    expect(spring).toContain('14 april');
    expect(spring).toContain('9 juni');
    expect(spring).not.toContain('22 september');
    const autumn = (await bot.ask("what's left of the autumn for the management group?")).text;
    expect(autumn).toContain('25 November');
    expect(autumn).not.toContain('20 May');
  });

  it('an equal split among the municipalities left after some leave, or among only those named', async () => {
    expect((await bot.ask('If Salem dropped out and the other seven split the 860 000 equally, what would each pay?')).text).toMatch(/^122 857 kr per municipality/);
    expect((await bot.ask('om salem och nykvarn hoppar av, vad får de övriga betala var?')).text).toMatch(/^143 333 kr per kommun/);
    expect((await bot.ask('utan Salem, hur mycket betalar varje kommun om avgifterna delas lika?')).text).toMatch(/^122 857 kr per kommun/);
    expect((await bot.ask('If two municipalities left, what would the other six pay each?')).text).toMatch(/^143 333 kr per municipality/);
    expect((await bot.ask('ifall bara Södertälje, Huddinge, Botkyrka och Haninge delade lika på avgifterna – hur mycket per kommun?')).text).toMatch(/^215 000 kr per kommun/);
    // Named members' equal shares together stay shares of all eight; a cut that "drops" is still a what-if.
    expect((await bot.ask('what would Salem and Södertälje pay between them with an even split?')).text).toContain('215 000');
    expect((await bot.ask('if staff dropped by 10 %, what would it be?')).text).toContain('522 000');
  });
});

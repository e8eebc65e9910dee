// Round 30 (helper nlu30a): r29-dev's budget and follow-up kinds left, each checked through the whole bot.
import { createTestCore, type TestCore } from '../helpers/core.js';

describe('round 30 (nlu30a)', () => {
  let bot: TestCore;
  beforeEach(async () => {
    bot = await createTestCore('2011-04-07T10:00:00+02:00');
  });
  afterEach(() => bot.cleanup());

  it("an amount per meeting of a body is divided by that body's meetings in the budget's year, and says so", async () => {
    const sk = await bot.ask('vad kostar varje SK-möte om man delar totala budgeten på mötena?');
    expect(sk.text).toMatch(/^143 333 kr per möte/);
    expect(sk.text).toContain('860 000 kr / 6 möten');
    expect(sk.text).toContain('Södertörns samarbetskommitté har 6 möten 2011');
    const lg = await bot.ask('total budget per LG meeting');
    expect(lg.text).toMatch(/^143 333 kr per meeting/);
    expect(lg.text).toContain('Ledningsgruppen has 6 meetings in 2011');
    expect((await bot.ask('hur mycket personalkostnad blir det per SK-möte?')).text).toMatch(/^96 667 kr per möte/);
    expect((await bot.ask('If I divide the total budget by the six SK meetings in 2011, what is the cost per meeting?')).text).toMatch(/^143 333 kr per meeting/);
    // A meeting word with no amount asked is still the meetings.
    expect((await bot.ask('nästa SK-möte?')).text).toContain('14 april');
    expect((await bot.ask('vem är värd för varje SK-möte?')).text).toContain('Nykvarn');
  });

  it("one member's equal share of the fees against one cost line is their difference, the share computed", async () => {
    const sv = await bot.ask('Huddinges andel jämfört med ersättningen för sekretariatet?');
    expect(sv.kind).toBe('budgetDifference');
    expect(sv.text).toMatch(/^Huddinges lika andel av avgifterna, 107 500 kr, är 57 500 kr mer än Ersättning till Huddinge/);
    expect(sv.text).toContain('107 500 kr − 50 000 kr = 57 500 kr');
    expect((await bot.ask('How does one municipality\'s equal share compare with the consultancy budget?')).text).toContain('122 500 kr less than Utredningar');
    expect((await bot.ask('skillnaden mellan en kommuns lika andel och personalkostnaden?')).text).toContain('472 500 kr mindre än Personal');
    // Two cost lines compared stay the lines' difference; the line's own name is no member's share.
    expect((await bot.ask('How much more does personnel cost than the office compensation to Huddinge?')).text).toContain('530 000');
    expect((await bot.ask('hur stor andel är ersättningen till Huddinge jämfört med hela budgeten?')).text).not.toContain('107 500');
  });

  it('"they" who meet, after the secretariat\'s host or a meeting\'s host was named, are the body, not the municipality', async () => {
    expect((await bot.ask('who provides the secretariat?')).text).toContain('Huddinge');
    const often = await bot.ask('how often do they meet?');
    expect(often.text).toMatch(/^Södertörns samarbetskommitté: 6 meetings/);
    expect((await bot.ask('vem är värd för SK 14/4?', 'c2')).text).toContain('Nykvarn');
    expect((await bot.ask('när ses de nästa gång?', 'c2')).text).toContain('14 april');
    // Hosting is still the municipality's.
    await bot.ask('vem har sekretariatet?', 'c3');
    expect((await bot.ask('when do they host next?', 'c3')).text).toMatch(/^Huddinge hosts/);
  });

  it("a fee per resident of one municipality ('per haningebo') is not in the plan; the member's equal share is offered", async () => {
    const haninge = await bot.ask('avgift per haningebo?');
    expect(haninge.kind).toBe('notInPlan');
    expect(haninge.text).toContain('Haninge');
    expect(haninge.text).toContain('107 500 kr per kommun');
    expect((await bot.ask('kostnad per nykvarnsbo', 'c2')).text).toContain('Nykvarn');
  });

  it('a last "var" of a money question is "each": the split among those left when one drops out', async () => {
    expect((await bot.ask('om Salem skulle hoppa av, vad betalar de andra sju var?')).text).toMatch(/^122 857 kr per kommun/);
    // "var" asking where stays where.
    expect((await bot.ask('var är SK 14/4?', 'c2')).text).toContain('Nykvarn');
  });
});

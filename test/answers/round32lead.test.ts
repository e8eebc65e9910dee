// Round 32, lead: kinds from r32's dev half. "sekretariatet?" from a member is a question; an order word left hanging
// ("SK efter?") steps from the meeting just answered; "exceeds two thirds" compares; an undo with a reason after it; a
// line set to an amount under a hypothesis ("om personalen landar på 600 000"); one municipality leaving an equal split;
// the municipalities that host nothing; which body does a task; what is left after a part of the year.
import { freshCoreEach } from '../helpers/core.js';

const NOW = '2011-04-07T10:00:00+02:00';

describe('"sekretariatet?" from a member', () => {
  const bot = freshCoreEach(NOW);
  it('is a question about the secretariat, not a refused command', async () => {
    const r = await bot.ask('sekretariatet?');
    expect(r.kind).not.toBe('refused');
    expect(r.text).toContain('Huddinge');
  });
});

describe('"sekretariatet" from the secretariat', () => {
  const bot = freshCoreEach(NOW, { secretariat: ['tester'] });
  it('still lists who may change the plan', async () => {
    const r = await bot.ask('sekretariatet');
    expect(r.kind).toBe('secretariatMembers');
    expect(r.text).toContain('tester');
  });
});

describe('an order word left hanging at the end', () => {
  const bot = freshCoreEach(NOW);
  it('steps from the meeting just answered, in the body named', async () => {
    await bot.ask('LG 14/10');
    const r = await bot.ask('närmaste SK efter?');
    expect(r.text).toContain('3 november');
    expect(r.text).toContain('Botkyrka');
  });
  it('before, too', async () => {
    await bot.ask('SK 3/11');
    expect((await bot.ask('LG före?')).text).toContain('14 oktober');
  });
});

describe('a line against a part of the costs with a verb of going over or under', () => {
  const bot = freshCoreEach(NOW);
  it('is yes or no by the share', async () => {
    expect((await bot.ask('Does the personnel line exceed two thirds of total costs?')).text).toMatch(/^Yes/);
    expect((await bot.ask('överstiger utredningarna hälften av kostnaderna?')).text).toMatch(/^Nej/);
    expect((await bot.ask('understiger utredningarna 30 procent av kostnaderna?')).text).toMatch(/^Ja/);
  });
});

describe('an undo with a reason after it', () => {
  const bot = freshCoreEach(NOW, { secretariat: ['tester'] });
  it('undoes the last change; the reason is no change id', async () => {
    await bot.ask('flytta LG 20/5 till 27/5');
    await bot.ask('bekräfta');
    const r = await bot.ask('ångra det, det blir 20/5 ändå');
    expect(r.kind).toBe('confirm');
    expect(r.text).toContain('20 maj');
    expect(r.text).not.toContain('Ingen ändring med id');
  });
});

describe('a line set to an amount under a hypothesis', () => {
  const bot = freshCoreEach(NOW);
  it('is the balance then', async () => {
    expect((await bot.ask('om personalkostnaden landar på sexhundratusen hur stort blir underskottet med samma intäkter')).text).toContain('20 000');
    expect((await bot.ask('if staff costs 600 000, what is the deficit?')).text).toContain('deficit of 20 000');
    expect((await bot.ask('vad blir totalen om utredningarna landar på 200 000?')).text).toContain('830 000');
  });
  it('of all the costs, with no line named', async () => {
    expect((await bot.ask('om kostnaderna blir 900 000, hur stort blir underskottet?')).text).toContain('underskott på 40 000');
  });
  it('but the whole as the subject sets no line', async () => {
    const r = await bot.ask('om totalen blir 900 000, hur mycket är personalen?');
    expect(r.text).toContain('580 000');
    expect(r.text).not.toContain('900 000 kr i stället');
  });
});

describe('one municipality leaving an equal split of the fees', () => {
  const bot = freshCoreEach(NOW);
  it('leaves seven to pay', async () => {
    expect((await bot.ask('If one of the eight left and the 860 000 was split on seven municipalities, how much would each pay?')).text).toContain('122 857');
    expect((await bot.ask('om en kommun hoppade av, hur mycket skulle var och en betala?')).text).toContain('122 857');
    expect((await bot.ask('om en av de åtta lämnar, vad betalar var och en?')).text).toContain('122 857');
  });
});

describe('the municipalities that host nothing', () => {
  const bot = freshCoreEach(NOW);
  it('of a body\'s meetings in a year', async () => {
    const r = await bot.ask('Which municipalities do not host any committee meeting in 2011?');
    expect(r.text).toMatch(/^Huddinge and Södertälje host nothing/);
    expect((await bot.ask('vilka kommuner är inte värd för något SK-möte 2011?')).text).toMatch(/^Huddinge och Södertälje är inte värdar/);
  });
  it('of the rotation: every one hosts', async () => {
    expect((await bot.ask('vem är aldrig värd för rådslaget?')).text).toMatch(/^Alla kommunerna är värdar/);
  });
  it('of a year\'s calendar', async () => {
    expect((await bot.ask('vilken kommun har inget värdskap i år?')).text).toMatch(/^Södertälje är inte värd/);
  });
});

describe('which body does a task', () => {
  const bot = freshCoreEach(NOW);
  it('is the body whose purpose and tasks hold it', async () => {
    // (Each in a chat of its own: after a body's answer, "vem har …?" may be a follow-up about that body.)
    expect((await bot.ask('vem samordnar övriga samverkansfrågor?', 'c1')).text).toContain('Ledningsgrupp');
    expect((await bot.ask('vilket organ förbereder samarbetskommitténs möten?', 'c2')).text).toContain('Ledningsgrupp');
    expect((await bot.ask('which body handles explosive goods?', 'c3')).text).toContain('brandförsvarsförbund');
    expect((await bot.ask('vem har tillsyn inom miljöområdet?', 'c4')).text).toContain('miljö- och hälsoskyddsförbund');
  });
  it('leaves out a body named after a word of except, and follow-ups ask of the body found', async () => {
    const r = await bot.ask('Which body is responsible for coordinating collaboration matters between the municipalities besides the committee?');
    expect(r.text).toContain('Ledningsgrupp');
    expect((await bot.ask('Who sits on it?')).text).toMatch(/kommundirektör|director/i);
  });
  it('answers nothing where no body\'s text holds the task', async () => {
    expect((await bot.ask('vilket organ har flest möten?')).kind).not.toBe('bodyInfo');
  });
});

describe('what is left after a part of the year', () => {
  const bot = freshCoreEach(NOW);
  it('counts from the month after it', async () => {
    expect((await bot.ask('How much is left on the consultant line after the first half-year, if the spending is even?')).text).toContain('115 000');
    expect((await bot.ask('hur mycket är kvar av personalen efter sommaren?')).text).toContain('193 333');
  });
});

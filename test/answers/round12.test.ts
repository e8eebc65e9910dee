// Round 12 (nlu12a): answers computed from what the plan says about a role, a meeting without its day, a member.
import { freshCoreEach } from '../helpers/core.js';

describe('whether a role takes part in a body', () => {
  const bot = freshCoreEach();

  it('says yes where the plan has the role attend the body’s meetings, and no where it is neither in it nor attends', async () => {
    expect((await bot.ask('ska kommundirektörerna delta på samarbetskommitténs möten?')).text).toMatch(/^Ja – .*kommundirektörerna eller motsvarande deltar/);
    expect((await bot.ask('do the municipal directors attend the SK meetings?', 'en')).text).toMatch(/^Yes – /);
    const no = await bot.ask('deltar kommunstyrelseordförandena på LG:s möten?');
    expect(no.kind).toBe('members');
    expect(no.text).toMatch(/^Nej – I Ledningsgruppen ingår/);
  });
});

describe('the day of a meeting the plan holds without one', () => {
  const bot = freshCoreEach();

  it('says the plan does not give the day of a month-only meeting, with its month and host', async () => {
    const a = await bot.ask('Vilket datum i januari 2012 är SK-mötet i Södertälje?');
    expect(a.kind).toBe('notInPlan');
    expect(a.text).toContain('januari 2012');
    expect(a.text).toContain('Södertälje');
  });

  it('says the same of a rotation year the calendar has no meeting for, and keeps a plain "when" as the host', async () => {
    const a = await bot.ask('vilket datum blir rådslaget i Botkyrka 2013?');
    expect(a.kind).toBe('notInPlan');
    expect(a.text).toContain('Botkyrka');
    expect((await bot.ask('vilken dag är SK-mötet i april?')).kind).not.toBe('notInPlan');
  });

  it('names the meeting a question about its theme was about', async () => {
    const a = await bot.ask('Vilket tema hade rådslaget i Salem?');
    expect(a.kind).toBe('notInPlan');
    expect(a.text).toContain('24 mars 2011');
  });
});

describe('a municipality named after an answer about a joint body', () => {
  const bot = freshCoreEach();

  it('is not a member (nor the host) where the body does not include it', async () => {
    await bot.ask('vad betyder ÖFN?');
    await bot.ask('vem är värdkommun?');
    const a = await bot.ask('och vi då? salem alltså');
    expect(a.text).toMatch(/^Salem ingår inte i Södertörns överförmyndarnämnd/);
    expect(a.text).toContain('Haninge');
  });

  it('reads a short yes/no clause after a comma as the question, membership asked anew rather than the last host', async () => {
    await bot.ask('vem är värdkommun för överförmyndarnämnden?', 'c-tyreso');
    expect((await bot.ask('och vi i Tyresö, är vi med?', 'c-tyreso')).text).toMatch(/^Ja – Tyresö ingår i Södertörns överförmyndarnämnd/);
    await bot.ask('vem är värdkommun för överförmyndarnämnden?', 'c-salem');
    expect((await bot.ask('och vi i Salem, är vi med?', 'c-salem')).text).toMatch(/^Nej – Salem ingår inte/);
  });
});

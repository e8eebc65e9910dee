// Round 32, helper nlu32a: a comparison asked against the budget line just answered (in a second part or a follow-up),
// who else attends with a role set aside ("apart from the chairs"), a premise in a reason clause the plan corrects
// before a question it cannot answer, spoken "sen X har …" as a premise, "go on for" as a meeting's length, a premise
// ended by a dash, and a preamble's body as whom "their" points at.
import { readFileSync } from 'node:fs';
import { validateStore } from '../../bot/store/store.js';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { understand } from '../../bot/understand/understand.js';
import { SEED } from '../helpers/app.js';
import { freshCoreEach, LEXICON } from '../helpers/core.js';

const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const lexicon = buildLexicon(LEXICON, plan);
const now = new Date('2011-04-07T08:00:00Z');

describe('a comparison against the line just answered', () => {
  const bot = freshCoreEach('2011-04-07T10:00:00+02:00');
  it('in a second part sets the second line against the first, with the difference', async () => {
    const r = await bot.ask('How much is budgeted for studies, and how does that compare with office services?');
    expect(r.text).toContain('230 000');
    expect(r.text).toContain('50 000');
    expect(r.text).toContain('180 000');
    const sv = await bot.ask('vad kostar personalen och hur mycket skiljer det mot utredningarna?');
    expect(sv.text).toContain('350 000');
  });
  it('as a follow-up does the same', async () => {
    await bot.ask('budget for office services?');
    const r = await bot.ask('how does that compare to staff?');
    expect(r.kind).toBe('budgetDifference');
    expect(r.text).toContain('530 000');
  });
  it('leaves a line set against the rest alone', () => {
    const q = understand({ text: 'hur skiljer sig personal mot resten?', lexicon, plan, now, context: { intent: 'budget', bodies: [], municipalities: [], years: [], dates: [], budgetLines: ['utredningar'], topics: [], cues: [], lang: 'sv' } });
    expect(q.budgetLines).not.toContain('utredningar');
  });
});

describe('who else attends, a role set aside', () => {
  it('is who takes part in the body, not a name the plan lacks', () => {
    for (const t of ['Aside from the chairs, who participates in the SK meetings?', 'other than the chairs who else is at the committee meetings', 'bortsett från ordförandena, vilka deltar på SK:s möten?']) {
      const q = understand({ text: t, lexicon, plan, now });
      expect(q.intent).toBe('members');
      expect(q.bodies).toEqual(['samarbetskommitten']);
    }
  });
  it('leaves "who is the chair" not in the plan', () => {
    expect(understand({ text: 'who is the chair of SK?', lexicon, plan, now }).intent).toBe('notInPlan');
  });
});

describe('a premise the plan corrects, then a question it cannot answer', () => {
  const bot = freshCoreEach('2011-04-07T10:00:00+02:00');
  it('corrects first and says the rest plainly, not headed "not in the plan"', async () => {
    const r = await bot.ask('eftersom Nykvarn har sekretariatet, vilken e-post har de?');
    expect(r.kind).not.toBe('notInPlan');
    expect(r.text.split('\n')[0]).toContain('Huddinge');
    expect(r.text).toMatch(/står inte i planen|kontaktuppgifter/i);
  });
  it('leaves a premise the plan bears out "not in the plan"', async () => {
    expect((await bot.ask('eftersom Huddinge har sekretariatet, vilken e-post har de?')).kind).toBe('notInPlan');
  });
});

describe('spoken "sen X har …" as a premise', () => {
  const bot = freshCoreEach('2011-04-07T10:00:00+02:00');
  it('is checked, then the question answered, with or without a comma', async () => {
    const r = await bot.ask('sen sodertalje har radslaget 2014, vem har det 2016?');
    expect(r.text).toContain('2015');
    expect(r.text).toContain('Haninge');
    const bare = await bot.ask('sen huddinge ar vard 2017 vem ar vard 2012');
    expect(bare.text).toContain('2018');
    expect(bare.text).toContain('Nynäshamn');
  });
  it('leaves "sen" before a time a time', () => {
    expect(understand({ text: 'hur många dagar sen SK 27/1?', lexicon, plan, now }).intent).toBe('daysUntil');
  });
});

describe('"go on for" and the next meeting\'s length', () => {
  const bot = freshCoreEach('2011-04-07T10:00:00+02:00');
  it('asks how long a meeting lasts', async () => {
    expect((await bot.ask('how long do LG meetings go on for?')).text).toMatch(/4\.5 hours/);
    expect((await bot.ask('how long is the next meeting going on for?')).text).toMatch(/3 hours/);
    await bot.ask('next LG');
    expect((await bot.ask('how long does it go on?')).text).toMatch(/4\.5 hours/);
  });
  it('keeps "how long to go" a time until', () => {
    expect(understand({ text: 'how long to go until the next SK?', lexicon, plan, now }).intent).toBe('daysUntil');
  });
});

describe('a premise ended by a dash, and a preamble\'s body', () => {
  const bot = freshCoreEach('2011-04-07T10:00:00+02:00');
  it('checks the premise and answers the question after the dash', async () => {
    const r = await bot.ask('Miljöförbundet har väl funnits sedan 2005 – hur många kommuner är med?');
    expect(r.text).toContain('3 kommuner');
  });
  it('reads "their" of the body a preamble names, though the plan does not answer the preamble', async () => {
    const r = await bot.ask('As a new member I had heard the management group rarely meets, which worried me given the budget. When do they meet next?');
    expect(r.text).toContain('20 May');
  });
});

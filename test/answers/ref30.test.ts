// Helper ref30: behaviour-preserving clean-up; each test pins down where a reader now takes its words from.
import { readFileSync } from 'node:fs';
import { budget, splitAmong } from '../../bot/answers/budget.js';
import { planPassage } from '../../bot/answers/passages.js';
import { buildLexicon, exactWordsProblem, TIME_KINDS } from '../../bot/understand/lexicon.js';
import { PERIOD_KINDS } from '../../bot/admin/natural.js';
import { splitQuestions } from '../../bot/core/bot.js';
import { fold } from '../../bot/understand/normalize.js';
import { splitWords, understand, type QueryContext } from '../../bot/understand/understand.js';
import { validateStore } from '../../bot/store/store.js';
import { contextOf } from '../../bot/answers/common.js';
import { SEED } from '../helpers/app.js';
import { LEXICON } from '../helpers/core.js';

const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const lexicon = buildLexicon(LEXICON, plan);
const now = new Date('2011-04-07T10:00:00+02:00');
const q = (text: string, context?: QueryContext) => understand({ text, plan, lexicon, now, context });

describe('the question carries its words (read once)', () => {
  it('a query holds the words it was read from, and a same-claim follow-up the claim\'s', () => {
    const text = 'om Salem och Nykvarn hoppar av, vad får de övriga betala var?';
    expect(q(text).words).toEqual(splitWords(fold(text)));
    const claim = q('är personalen mer än hälften av budgeten?');
    const next = q('och utredningarna då?', contextOf(claim));
    expect(next.text).toBe(claim.text);
    expect(next.words).toEqual(splitWords(fold(claim.text)));
  });

  it('splitAmong and the who-decides check read the query\'s words, not its text again', () => {
    const leaving = q('om salem och nykvarn hoppar av, vad får de övriga betala var?');
    expect(splitAmong({ ...leaving, text: '' }, plan, lexicon.data)?.members).toBe(6);
    const decides = q('Vem bestämmer hur avgifterna fördelas mellan kommunerna?');
    expect(budget({ q: { ...decides, text: '' }, plan, now, data: lexicon.data }).reply.kind).toBe('notInPlan');
  });
});

describe("'hur mycket' with a comparative: the lexicon's comparatives", () => {
  const words = LEXICON.exactWords!;
  const asked = 'vilka möten är längst, SK:s eller LG:s, och hur mycket längre?';

  it('keeps a comparison and its "by how much" one question, by the lexicon\'s words and endings', () => {
    expect(splitQuestions(asked, words)).toBeUndefined();
    expect(splitQuestions('how many meetings does SK have and how much less?', words)).toBeUndefined();
    // Without the ending or the word, "hur mycket …" is a question of its own.
    expect(splitQuestions(asked, { ...words, comparativeEndings: [] })).toEqual(['vilka möten är längst, SK:s eller LG:s', 'hur mycket längre?']);
    expect(splitQuestions('how many meetings does SK have and how much less?', { ...words, comparatives: [] })).toEqual(['how many meetings does SK have', 'how much less?']);
  });

  it('are checked at load like the other word lists', () => {
    expect(exactWordsProblem(words)).toBeUndefined();
    expect(exactWordsProblem({ ...words, comparatives: undefined })).toMatch(/comparatives/);
    expect(exactWordsProblem({ ...words, comparativeEndings: ['ER'] })).toMatch(/comparativeEndings/);
  });
});

describe("'from now': one offsets list", () => {
  it('is a phrase of withinAfter only (no phrase is in both withinAfter and ahead), and still a span from today', () => {
    const o = LEXICON.offsets!;
    expect((o.withinAfter ?? []).filter((p) => o.ahead.includes(p))).toEqual([]);
    expect(o.withinAfter).toContain('from now');
    expect(q('what happens three weeks from now?').dates).toEqual(['2011-04-07', '2011-04-28']);
    expect(q('what happens three weeks from today?').dates).toEqual(['2011-04-28']);
  });
});

describe("the plan's sentences: the lexicon's stop words", () => {
  const stop = LEXICON.exactWords!.stopWords;
  const asked = q('vad gäller när riksdagen ger kommunerna nya uppgifter');
  const found = (words: readonly string[]) => (planPassage(asked, plan, words, LEXICON.passageWords)?.reply.blocks[0] as { text: string } | undefined)?.text;

  it('are read from the lexicon, each list with an index of its own (cached per plan and list)', () => {
    const whole = found(stop);
    expect(whole).toMatch(/^Kommunernas ansvarsområden förändras .* brandförsvarsförbund\.$/);
    // Another list object of the same words: the same passage, from an index of its own.
    expect(found([...stop])).toBe(whole);
    // With the words asked as stop words, the passage is found without the sentences that hold them.
    expect(found([...stop, 'uppgifter', 'riksdagen'])).toBe('Kommunernas ansvarsområden förändras löpande genom riksdagens beslut. När nya uppgifter tillkommer skall kommunerna överväga om uppgifterna skall lösas enskilt, i samverkan kommunerna emellan eller tillföras befintliga samverkansorgan.');
    // The lexicon's own list is answered from its own index still.
    expect(found(stop)).toBe(whole);
  });

  it('are checked at load as folded words', () => {
    expect(exactWordsProblem({ ...LEXICON.exactWords, stopWords: undefined })).toMatch(/stopWords/);
    expect(exactWordsProblem({ ...LEXICON.exactWords, stopWords: ['Vad'] })).toMatch(/stopWords/);
  });
});

describe("a 'what happened' question's periods: the lexicon's time kinds", () => {
  it('are the time kinds but a weekday and the follow-up steps: the seven kinds they were', () => {
    expect([...PERIOD_KINDS].sort()).toEqual(['month', 'period', 'relativeDay', 'relativeMonth', 'relativeYear', 'thisYear', 'week']);
    expect([...PERIOD_KINDS].every((k) => TIME_KINDS.has(k as never))).toBe(true);
  });
});

describe("people asked which: the lexicon's who words", () => {
  it('"vilka konsulter …" asks which people by cues.who, read whole', () => {
    expect(q('vilka konsulter har anlitats?').notInPlanKinds).toContain('whichPeople');
    const without = buildLexicon({ ...LEXICON, cues: { ...LEXICON.cues, who: LEXICON.cues.who!.filter((w) => w !== 'vilka') } }, plan);
    expect(understand({ text: 'vilka konsulter har anlitats?', plan, lexicon: without, now }).notInPlanKinds).not.toContain('whichPeople');
  });
});

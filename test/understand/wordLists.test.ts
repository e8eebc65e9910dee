// Word lists that were regular expressions in code (understand.ts, natural.ts) are the lexicon's now (exactWords):
// read from it, they must match what the expressions matched, for any folded text.
import fc from 'fast-check';
import { exactWordsProblem, understoodWords } from '../../bot/understand/lexicon.js';
import { fold, wordListPattern } from '../../bot/understand/normalize.js';
import { LEXICON } from '../helpers/core.js';

const exact = LEXICON.exactWords!;
const understood = understoodWords(LEXICON);

/** The expressions as they were written in code. */
const MONEY = /\b(hur mycket|how much|kosta\w*|cost\w*|betal\w*|pay\w*|kr|kronor|sek|belopp|amount|budget\w*|avgift\w*|fees?|finansier\w*|fund\w*)\b/;
const GENERIC_CHANGE = /^(andra|change|uppdatera|update)\b|\b(need to change|needs to change|want to change|ska andras|maste andras|behover andras|vill andra|behover andra)\b/;
const CHANGED_THING = /\b(mote|motet|moten|meeting|meetings|datum|datumet|date|tid|tiden|time)\b/;
const WORD_TESTS: Array<[keyof typeof understood | 'christmas', RegExp]> = [
  ['evenly', /^(jamnt?|jamna|evenly|even|linjart|linearly|proportionellt|proportionally|pro)$/],
  ['restWords', /^(resten|rest|remainder|aterstoden)$/],
  ['orderNouns', /^(time|times|year|years|week|month|meeting|meetings|session|event|host|hosts|hosting)$/],
  ['priceWords', /^(kostar|kostade|kosta|cost|costs|price|prices|pris|priset)$/],
  ['christmas', /^(jul|julen|christmas|xmas)$/],
];

// Words near the lists' own: themselves, cut, lengthened, hyphenated, plus ordinary words.
const near = [...exact.moneyWords, ...exact.genericChange.first, ...exact.genericChange.phrases, ...exact.genericChange.nouns, ...exact.christmas, ...WORD_TESTS.flatMap(([k]) => (k === 'christmas' ? [] : [...understood[k]]))]
  .flatMap((w) => w.replace('*', '').split(' '))
  .flatMap((w) => [w, w.slice(0, -1), `${w}s`, `${w}en`, `x${w}`, `${w}-lg`, `lg-${w}`, `${w}/2`]);
const wordArb = fc.oneof(fc.constantFrom(...near, 'vad', 'sk', 'the', 'ska', 'need', 'to', 'mycket', 'hur', 'much'), fc.string({ maxLength: 6 }).map(fold));
const textArb = fc.array(wordArb, { maxLength: 8 }).map((ws) => fold(ws.join(' ')));

describe("the lexicon's word lists read as the expressions they replace", () => {
  it('money asked in plain words: moneyWords as one pattern matches where the expression did', () => {
    fc.assert(fc.property(textArb, (t) => wordListPattern(exact.moneyWords).test(t) === MONEY.test(t)), { numRuns: 3000 });
    expect(wordListPattern(exact.moneyWords).test('vad kostar lg-motet')).toBe(true);
    expect(wordListPattern(exact.moneyWords).test('vart lagger kommunerna ansvaret')).toBe(false);
  });

  it('a change naming nothing: genericChange opens the text or is a phrase of it, and names a meeting or a time', () => {
    const g = exact.genericChange;
    const now = (t: string) => (wordListPattern(g.first, true).test(t) || wordListPattern(g.phrases).test(t)) && wordListPattern(g.nouns).test(t);
    fc.assert(fc.property(textArb, (t) => now(t) === (GENERIC_CHANGE.test(t) && CHANGED_THING.test(t))), { numRuns: 3000 });
    expect(now('we need to change a meeting')).toBe(true);
    expect(now('kan du andra ett datum')).toBe(false);
  });

  it('single words: each list as a set holds what the expression matched', () => {
    for (const [k, re] of WORD_TESTS) {
      const has = (w: string) => (k === 'christmas' ? exact.christmas.includes(w) : understood[k].has(w));
      for (const w of near) expect([k, w, has(w)]).toEqual([k, w, re.test(w)]);
    }
  });

  it('an empty list matches nothing (not the empty string at every boundary)', () => {
    expect(wordListPattern([]).test('vad som helst')).toBe(false);
    expect(wordListPattern([], true).test('')).toBe(false);
  });

  it('are checked at load: folded words, a stem only in moneyWords', () => {
    expect(exactWordsProblem(exact)).toBeUndefined();
    expect(exactWordsProblem({ ...exact, moneyWords: ['Kronor'] })).toMatch(/moneyWords/);
    expect(exactWordsProblem({ ...exact, christmas: ['jul*'] })).toMatch(/christmas/);
    expect(exactWordsProblem({ ...exact, genericChange: { ...exact.genericChange, nouns: undefined } })).toMatch(/genericChange\.nouns/);
    expect(exactWordsProblem({ ...exact, understood: { ...exact.understood, orderNouns: ['Year'] } })).toMatch(/orderNouns/);
  });
});

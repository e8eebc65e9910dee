// Round 32 (helper nlu32b): change requests in the secretariat's hurried words, and what a reason or an authority
// before the change, a move's verb or a thousands dot must not change.
import { readFileSync } from 'node:fs';
import { parseAdmin, type AdminRequest } from '../../bot/admin/parse.js';
import { amountsIn } from '../../bot/admin/natural.js';
import { validateStore } from '../../bot/store/store.js';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { SEED } from '../helpers/app.js';
import { LEXICON } from '../helpers/core.js';

const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const lexicon = buildLexicon(LEXICON, plan);
const now = new Date('2011-04-07T08:00:00Z');
const parse = (text: string, lang: 'sv' | 'en' = 'sv', why?: string[]): AdminRequest | undefined => parseAdmin(text, { plan, lexicon, now, ...(why ? { why } : {}) }, lang);

describe('a move\'s verb is no word of hosting', () => {
  it.each([
    ['SK 22/9 flyttas till fredagen', 'sv'],
    ['SK 22/9 flyttar till fredagen', 'sv'],
    ['SK 22/9 moves to the Friday', 'en'],
  ] as const)('"%s" signals a move and no new host', (text, lang) => {
    const why: string[] = [];
    const r = parse(text, lang, why);
    expect(r?.type).toBe('change');
    expect(why.find((s) => s.startsWith('signals:'))).toBe('signals: move');
  });

  it('still reads a move to a municipality as a new host', () => {
    expect(parse('SK 9/6 flyttas till Tyresö')).toEqual(parse('ändra värd SK 9/6 till Tyresö'));
    expect(parse('SK 9/6 moves to Tyresö', 'en')).toEqual(parse('change host SK 9/6 to Tyresö', 'en'));
  });
});

describe('amounts written in a hurry', () => {
  it.each([
    ['kontorsservice till 60.000', [60_000]],
    ['personal 1.000.000', [1_000_000]],
    ['personal till 0,6 m', [600_000]],
    ['staff to 0.6m', [600_000]],
    ['personal 1m', [1_000_000]],
  ])('"%s" is %j', (text, amounts) => {
    expect(amountsIn(text)).toEqual(amounts);
  });

  it.each(['ställ in SK 8.12', 'SK 14.10 kl 13.00', 'flytta LG 20/5 till 27/5 13.00-16.00'])('reads no amount in "%s"', (text) => {
    expect(amountsIn(text)).toEqual([]);
  });

  it('reads "sätt ersättningen till huddinge för kontorsservice till 60.000" as the line\'s new amount', () => {
    expect(parse('sätt ersättningen till huddinge för kontorsservice till 60.000')).toEqual(parse('ändra budget 2011 huddinge-kontorsservice 60 000'));
  });
});

describe('who decided a change is not what it changes', () => {
  it.each([
    ['as decided by LG, staff becomes 600 000', 'change budget 2011 personal 600 000', 'en'],
    ['As agreed by the committee, consultancy becomes 250 000', 'change budget 2011 utredningar 250 000', 'en'],
    ["per the committee's decision, staff should be 600 000", 'change budget 2011 personal 600 000', 'en'],
    ["in line with SK's decision the staff line will be 610 000", 'change budget 2011 personal 610 000', 'en'],
    ['enligt SK:s beslut ska utredningar vara 250 000', 'ändra budget 2011 utredningar 250 000', 'sv'],
    ['som LG beslutade: personalkostnaden blir 620 000', 'ändra budget 2011 personal 620 000', 'sv'],
  ] as const)('"%s" = "%s"', (words, command, lang) => {
    expect(parse(words, lang)).toEqual(parse(command, lang));
  });

  it('asks for the amount of a decision reported without one', () => {
    expect(parse('enligt beslut i SK blir personal')).toMatchObject({ type: 'error', missing: true });
  });
});

// chrono is asked for numeric dates only when a message may hold one (see mayHoldNumericDate). The gate
// must never hide a date chrono would have read: checked on every question of the question sets and on
// random messages of digits, separators, units and date words, in Swedish and English.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { mayHoldNumericDate, numericDates } from '../../bot/understand/dates.js';
import { ROOT } from '../helpers/app.js';

const now = new Date('2011-04-07T10:00:00+02:00');
const DIR = path.join(ROOT, 'test', 'questions');
type Item = { q?: string; conversation?: Array<{ q: string }> };
const questions = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as { items: Item[] }).items)
  .flatMap((i) => (i.conversation ?? [i]).map((t) => t.q!))
  .filter(Boolean);

/** What chrono reads when always asked, for a message the gate lets by. */
const missed = (text: string) => (['sv', 'en'] as const).flatMap((lang) => (mayHoldNumericDate(text) ? [] : numericDates(text, lang, now, 2011, true)));

describe('the gate in front of chrono', () => {
  it('still finds the numeric dates people write', () => {
    for (const text of ['möte 14/4?', 'vad händer 2011-04-14', 'den 14.4', 'LG 20.5.2011', 'the 4/14 meeting', '14 - 4', '9/6 kl 12', 'meeting 2011 4 14', 'meetings in 7d', 'what meetings are there in +7d', 'any meeting in 1w?', '-2 d']) {
      expect([text, mayHoldNumericDate(text)]).toEqual([text, true]);
    }
    expect(numericDates('vad händer 2011-04-14', 'sv', now, 2011).map((d) => d.iso)).toEqual(['2011-04-14']);
    expect(numericDates('what is on 14/4', 'en', now, 2011).map((d) => d.iso)).toEqual(['2011-04-14']);
    expect(numericDates('meetings in 7d', 'en', now, 2011).map((d) => d.iso)).toEqual(['2011-04-14']);
  });

  it('hides no date chrono reads in the question sets', () => {
    expect(questions.length).toBeGreaterThan(500);
    const gated = questions.filter((q) => !mayHoldNumericDate(q));
    expect(gated.length).toBeGreaterThan(questions.length / 2); // most questions never reach chrono
    expect(gated.flatMap((q) => missed(q).map((d) => `${q} → ${d.iso}`))).toEqual([]);
  });

  it('hides no date chrono reads in random messages of numbers and date words', () => {
    const token = fc.oneof(
      fc.integer({ min: 0, max: 2099 }).map(String),
      fc.constantFrom('1', '14', '04', '2011', '1000', '31', '12', '9', '20', '0'),
      fc.constantFrom(' ', ' ', ',', ':', '/', '.', '-', '–', '+', 'e', 'th', 'st', ':e', 'kl', 'am', 'pm', 'den', 'the', 'of', 'on', 'april', 'apr', 'maj', 'may', 'sept', 'idag', 'today', 'imorgon', 'tomorrow', 'fredag', 'friday', 'nästa', 'next', 'vecka', 'week', 'om', 'in', 'within', 'dagar', 'days', 'ago', 'sedan', 'later', 'from now'),
      // chrono's English short units: "in 3d", "+1w", "-2 h", "in 1mo"
      fc.constantFrom('d', 'w', 'h', 'hr', 'm', 'mo', 's', 'y', 'yr', 'wk', 'min', 'sec'),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), (tokens) => {
        const text = tokens.join('');
        expect([text, missed(text)]).toEqual([text, []]);
        const spaced = tokens.join(' ');
        expect([spaced, missed(spaced)]).toEqual([spaced, []]);
      }),
      { numRuns: 3000 },
    );
  });
});

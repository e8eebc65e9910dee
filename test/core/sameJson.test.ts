// The turn's check whether a follow-up context changed (sameJson) says what comparing the JSON said,
// key order aside: over seeded random values close to each other.
import { sameJson } from '../../bot/core/turn.js';
import { seededRandom } from '../helpers/random.js';

/** JSON with the keys of every object in order: what the stored context says, whatever order it was built in. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));

it('agrees with comparing the JSON, over random nearby values', () => {
  const rnd = seededRandom(20110407);
  const leaf = (): unknown => [undefined, null, 0, 1, 'sv', 'en', '', true, false][Math.floor(rnd() * 9)];
  const value = (depth: number): unknown => {
    const r = rnd();
    if (depth > 2 || r < 0.4) return leaf();
    if (r < 0.7) return Array.from({ length: Math.floor(rnd() * 3) }, () => value(depth + 1));
    const keys = ['lang', 'intent', 'years', 'bodies', 'period'].filter(() => rnd() < 0.5);
    return Object.fromEntries(keys.map((k) => [k, value(depth + 1)]));
  };
  let same = 0;
  for (let i = 0; i < 20_000; i++) {
    const a = { ctx: value(0) };
    const b = rnd() < 0.5 ? JSON.parse(JSON.stringify(a)) : { ctx: value(0) };
    const expected = canonical(a) === canonical(b);
    if (expected) same++;
    expect([i, sameJson(a, b)]).toEqual([i, expected]);
  }
  expect(same).toBeGreaterThan(5000); // both outcomes are exercised
});

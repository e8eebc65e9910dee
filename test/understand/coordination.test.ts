// A noun left out after the first of two owners ("SK:s och LG:s planeringskonferens") is written out before reading.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withBetweenNamed, withElidedNoun } from '../../bot/understand/coordination.js';
import { buildLexicon, loadLexiconData } from '../../bot/understand/lexicon.js';
import { ROOT } from '../helpers/app.js';
import { freshCoreEach } from '../helpers/core.js';

const seed = JSON.parse(readFileSync(path.join(ROOT, 'data', 'seed.json'), 'utf8'));
const lexicon = buildLexicon(loadLexiconData(path.join(ROOT, 'data', 'lexicon.json')), seed.plan);

describe('withElidedNoun', () => {
  it('writes the noun after the first owner where both owners are bodies or municipalities', () => {
    expect(withElidedNoun('Salems och Tyresös värdskap?', lexicon)).toBe('Salems värdskap och Tyresös värdskap?');
    expect(withElidedNoun('vad är skillnaden mellan SK:s och LG:s planeringskonferens?', lexicon)).toBe('vad är skillnaden mellan SK:s planeringskonferens och LG:s planeringskonferens?');
    expect(withElidedNoun('skillnaden mellan samarbetskommitténs och ledningsgruppens planeringskonferens', lexicon)).toBe('skillnaden mellan samarbetskommitténs planeringskonferens och ledningsgruppens planeringskonferens');
  });

  it('leaves a text alone where an owner is no name of the plan, or nothing the lexicon reads follows', () => {
    for (const t of ['vad är skillnaden mellan SK och LG?', 'hus och LG:s möten', 'SK:s och LG:s?', 'vad gör SK:s och LG:s xyzzy?']) {
      expect(withElidedNoun(t, lexicon)).toBe(t);
    }
  });
});

describe('a comparison of two owners\' things with the first noun left out', () => {
  const bot = freshCoreEach();

  it('compares the two planning conferences, not the committee with LG\'s conference', async () => {
    const r = await bot.ask('vad ar skillnaden mellan samarbetskommittens och ledningsgruppens planeringskonferens?');
    expect(r.text).toMatch(/^Skillnaden mellan Samarbetskommitténs planeringskonferens och Ledningsgruppen – Planeringskonferens/);
  });
});

describe('withBetweenNamed', () => {
  const days = ['2011-11-03', '2011-12-08'];
  it('writes "between them" out as between the first and the last day named', () => {
    expect(withBetweenNamed('och LG-mötet mellan dem?', lexicon, days, 'och')).toBe('och LG-mötet mellan 2011-11-03 och 2011-12-08?');
    expect(withBetweenNamed('och ledningsgruppen däremellan?', lexicon, days, 'och')).toBe('och ledningsgruppen mellan 2011-11-03 och 2011-12-08?');
    expect(withBetweenNamed('and the LG meeting in between?', lexicon, days, 'and')).toBe('and the LG meeting between 2011-11-03 and 2011-12-08?');
  });
  it('leaves the text where fewer than two days were named or no such words are in it', () => {
    expect(withBetweenNamed('och LG-mötet mellan dem?', lexicon, ['2011-11-03'], 'och')).toBe('och LG-mötet mellan dem?');
    expect(withBetweenNamed('mellan SK och LG?', lexicon, days, 'och')).toBe('mellan SK och LG?');
  });
});

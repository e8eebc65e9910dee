// The one Swedish/English catalogue (issue #13): every entry has both languages taking the same parts, the keys
// are unique across the feature files, and no folder of the bot chooses a wording inline any more.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { AREAS, CATALOGUE, say } from '../../bot/text/catalogue/index.js';
import { ROOT } from '../helpers/app.js';

/** Folders whose wording lives in the catalogue: all of the bot and its cards. */
const CONVERTED = ['bot', 'cards'];
/** Where a language choice is the point: reading 'en' off a button. */
const ALLOWED = ['bot/text/lang.ts'];

/** An inline Swedish/English choice in any of the three styles. */
const INLINE_CHOICE = /\bt\(lang\b|=== 'sv' \?|=== 'en' \?| sv \? /;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The lines of the files under the folders that choose a wording inline, as "file:line: text". */
function inlineChoices(folders: string[], read = (f: string) => readFileSync(f, 'utf8')): string[] {
  return folders
    .flatMap((d) => sources(path.join(ROOT, d)))
    .filter((f) => !ALLOWED.includes(path.relative(ROOT, f)) && !f.includes(`${path.sep}catalogue${path.sep}`))
    .flatMap((f) =>
      read(f)
        .split('\n')
        .flatMap((line, i) => (INLINE_CHOICE.test(line) ? [`${path.relative(ROOT, f)}:${i + 1}: ${line.trim()}`] : [])),
    );
}

describe('the string catalogue', () => {
  const entries = Object.entries(CATALOGUE) as [string, { sv: unknown; en: unknown }][];

  it('holds the wording of every converted feature', () => {
    expect(entries.length).toBeGreaterThan(250);
  });

  it('gives every entry both languages, of the same kind and taking the same number of parts', () => {
    const bad = entries.filter(([, e]) => {
      if (typeof e.sv === 'string') return typeof e.en !== 'string' || e.sv === '' || e.en === '';
      return typeof e.sv !== 'function' || typeof e.en !== 'function' || e.sv.length !== e.en.length;
    });
    expect(bad.map(([k]) => k)).toEqual([]);
  });

  it('has each key in one feature file only (a later file would silently replace an earlier entry)', () => {
    const keys = Object.values(AREAS).flatMap((area) => Object.keys(area));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    expect(keys).toHaveLength(entries.length);
  });

  it('builds a wording from its parts in the language asked for', () => {
    expect(say('sv', 'leadHours', 1)).toBe('1 timme före');
    expect(say('en', 'leadHours', 2)).toBe('2 hours before');
    expect(say('sv', 'listAnd')).toBe('och');
    expect(say('en', 'listAnd')).toBe('and');
  });

  it('leaves no Swedish/English choice inline in the converted folders', () => {
    expect(inlineChoices(CONVERTED)).toEqual([]);
  });

  it('finds an inline choice where one is written, in each of the three styles', () => {
    const file = path.join(ROOT, 'bot/domain/names.ts');
    const original = readFileSync(file, 'utf8');
    for (const inline of ["t(lang, 'alla möten', 'all meetings')", "lang === 'sv' ? 'alla möten' : 'all meetings'", "sv ? 'alla möten' : 'all meetings'"]) {
      const withInline = (f: string) => (f === file ? `${original}\nexport const x = ${inline};\n` : readFileSync(f, 'utf8'));
      expect(inlineChoices(['bot/domain'], withInline)).toHaveLength(1);
    }
  });
});

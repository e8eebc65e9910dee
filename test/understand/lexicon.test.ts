// The lexicon's readers shared by the understanding and the answers (bot/understand/lexicon.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { splitQuestions } from '../../bot/core/bot.js';
import { validateStore } from '../../bot/store/store.js';
import { buildLexicon, countWord, loadLexiconData, oneWords, type LexiconData } from '../../bot/understand/lexicon.js';
import { ROOT, SEED, tempDir } from '../helpers/app.js';
import { LEXICON } from '../helpers/core.js';

const NUMBERS = LEXICON.offsets?.numbers ?? {};

describe('a count written as one word (countWord)', () => {
  it('reads a figure of as many digits as the caller allows, and the lexicon’s number words', () => {
    expect(countWord('12', NUMBERS)).toBe(12);
    expect(countWord('120', NUMBERS)).toBeUndefined();
    expect(countWord('120', NUMBERS, 3)).toBe(120);
    expect(countWord('atta', NUMBERS)).toBe(8);
    expect(countWord('eight', NUMBERS)).toBe(8);
  });

  it('reads nothing else: a word that is no number, a key every object has, a word for one the caller leaves out', () => {
    expect(countWord('kommuner', NUMBERS)).toBeUndefined();
    expect(countWord('', NUMBERS)).toBeUndefined();
    expect(countWord('constructor', NUMBERS)).toBeUndefined();
    expect(countWord('en', NUMBERS)).toBe(1);
    expect(countWord('en', NUMBERS, 2, oneWords(LEXICON))).toBeUndefined();
    // (The words left out are words: a figure is always a count.)
    expect(countWord('1', NUMBERS, 2, ['1'])).toBe(1);
  });
});

describe('a lexicon file given by LEXICON_PATH (loadLexiconData)', () => {
  const shipped = JSON.parse(readFileSync(path.join(ROOT, 'data', 'lexicon.json'), 'utf8')) as Record<string, unknown>;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(() => dir.cleanup());
  let files = 0;
  /** A loader of the shipped lexicon with `change` made to it, written to a file of its own. */
  function loadChanged(change: (data: Record<string, unknown>) => void): () => LexiconData {
    const data = structuredClone(shipped);
    change(data);
    const file = path.join(dir.dir, `lexicon-${++files}.json`);
    writeFileSync(file, JSON.stringify(data));
    return () => loadLexiconData(file);
  }

  it('loads the shipped lexicon, which has every section', () => {
    expect(loadChanged(() => {})().orderWords?.order.length).toBeGreaterThan(0);
  });

  it('is refused at start, naming what it lacks, where a section the bot reads is left out (none is read as no words)', () => {
    expect(loadChanged((d) => delete d.orderWords)).toThrow(/lacks: orderWords$/);
    expect(loadChanged((d) => { delete d.durationAsked; delete d.exactWords; })).toThrow(/lacks: durationAsked, exactWords$/);
    expect(loadChanged((d) => { d.measuredFrom = null; })).toThrow(/lacks: measuredFrom$/);
    // (The sections the loader always required are named the same way.)
    expect(loadChanged((d) => delete d.cues)).toThrow(/lacks: cues$/);
  });

  it('is refused at start where a list of the understanding\'s small words (exactWords.understood) is missing or not folded', () => {
    const understood = (d: Record<string, unknown>) => (d.exactWords as { understood: Record<string, unknown> }).understood;
    expect(loadChanged((d) => delete understood(d).articles)).toThrow(/exactWords\.understood\.articles: not a list/);
    expect(loadChanged((d) => { understood(d).negations = ['inte', 'Not']; })).toThrow(/exactWords\.understood\.negations: "Not" is not a folded word/);
    expect(loadChanged((d) => delete (d.exactWords as Record<string, unknown>).understood)).toThrow(/exactWords\.understood: not an object/);
  });

  it('is refused at start where a list of words the core or the answers read (exactWords) is missing, or a fraction is no part of one', () => {
    const exact = (d: Record<string, unknown>) => d.exactWords as Record<string, unknown>;
    expect(loadChanged((d) => delete exact(d).listJoins)).toThrow(/exactWords\.listJoins: not a list of words in lower case/);
    expect(loadChanged((d) => { exact(d).questionWords = ['vem', 'Who']; })).toThrow(/exactWords\.questionWords: not a list/);
    expect(loadChanged((d) => { (exact(d).fractions as Record<string, unknown>).halften = 50; })).toThrow(/exactWords\.fractions: not parts of one/);
    expect(loadChanged((d) => delete exact(d).membershipFiller)).toThrow(/exactWords\.membershipFiller/);
  });
});

describe('the lexicon\'s exactWords', () => {
  const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
  it('are no words a typo is corrected to: a word read only whole changes nothing else that is read', () => {
    expect(buildLexicon(LEXICON, plan).corrected('anvandningstatistik')).toBeUndefined();
    // The same words anywhere else in the lexicon would be corrected to.
    const elsewhere = { ...LEXICON, elsewhere: LEXICON.exactWords } as LexiconData;
    expect(buildLexicon(elsewhere, plan).corrected('anvandningstatistik')).toBe('anvandningsstatistik');
  });

  it('decide where a message of two questions is split', () => {
    const words = LEXICON.exactWords!;
    expect(splitQuestions('när är södertörnskonferensen? except the LG', words)).toBeUndefined();
    expect(splitQuestions('när är södertörnskonferensen? except the LG', { ...words, leavingOut: words.leavingOut.filter((w) => w !== 'except') })).toEqual(['när är södertörnskonferensen?', 'except the LG']);
  });
});

describe('a word typed as two (lexicon match)', () => {
  const lexicon = buildLexicon(LEXICON, validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan);
  const senses = (text: string) => lexicon.match(text.split(' ')).map((m) => `${m.start}-${m.end}:${m.sense.kind}:${'name' in m.sense ? m.sense.name : 'id' in m.sense ? m.sense.id : ''}`);

  it('joins a compound of the lexicon’s topic words, as it does a name ("utvecklings programmet", "utvecklings frågorna")', () => {
    expect(senses('nar faststalldes utvecklings programmet')).toContain('2-4:cue:targetAreas');
    expect(senses('utvecklings fragorna vilka ar de')).toContain('0-2:cue:developmentIssues');
    expect(senses('lednings gruppen')).toContain('0-2:body:ledningsgruppen');
  });

  it('reads a word split in two as that word, not as a name cut short ("söder törns" is not the Södertörn conference)', () => {
    expect(senses('soder torns utvecklingsprogram').filter((s) => s.includes(':body:'))).toEqual([]);
    expect(senses('ledn gruppen')).toContain('0-2:body:ledningsgruppen');
    expect(senses('plan konf')).toContain('0-2:body:planeringskonferensen');
  });
});

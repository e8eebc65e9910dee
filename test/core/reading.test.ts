// A message is read once: its words matched against the lexicon and its dates found at most once, and the
// understanding and the secretariat's parser take them from the reading instead of reading again.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ManualClock } from '../../bot/clock.js';
import { createCommands } from '../../bot/commandList.js';
import { matchesOf, readMessage, type Reading } from '../../bot/core/reading.js';
import { MAX_TEXT_LENGTH, turn } from '../../bot/core/turn.js';
import { validateStore } from '../../bot/store/store.js';
import { buildLexicon, type Lexicon } from '../../bot/understand/lexicon.js';
import { questionDates, questionMatches, understand } from '../../bot/understand/understand.js';
import { ROOT, SEED } from '../helpers/app.js';
import { LEXICON, memoryStore } from '../helpers/core.js';

const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const lexicon = buildLexicon(LEXICON, plan);
const NOW = new Date('2011-04-07T10:00:00+02:00');

/** The lexicon, counting how often it is asked to match (it still matches: the counting is all it adds). */
function counting(inner: Lexicon): Lexicon & { calls: string[][] } {
  const calls: string[][] = [];
  return { ...inner, calls, match: (words) => (calls.push([...words]), inner.match(words)) };
}

const read = (text: string, lex: Lexicon = lexicon): Reading => readMessage(text, { maxLength: MAX_TEXT_LENGTH, lexicon: lex });

/** The questions and commands of the development sets (never the held-out ones), with the time each is asked at. */
function devTexts(): Array<{ text: string; now: Date }> {
  const dir = path.join(ROOT, 'test', 'understanding');
  type Turn = { q: string };
  type QuestionSet = { defaultNow: string; items: Array<Partial<Turn> & { now?: string; conversation?: Turn[] }> };
  const sets = ['dev', 'r3-dev', 'r4-dev', 'r5-dev', 'r6-dev', 'commands-dev', 'commands-extra', 'commands-r3-own', 'r3-commands-dev', 'r4-commands-dev', 'r5-commands-dev', 'r6-commands-dev'];
  return sets.flatMap((name) => {
    const set = JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as QuestionSet;
    return set.items.flatMap((item) => [...(item.q ? [item.q] : []), ...(item.conversation ?? []).map((t) => t.q)].map((text) => ({ text, now: new Date(item.now ?? set.defaultNow) })));
  });
}

describe('a reading', () => {
  it('matches its words once, on first use, with the lexicon it was read with', () => {
    const lex = counting(lexicon);
    const r = read('vem är värd för rådslaget 2014', lex);
    expect(lex.calls).toEqual([]);
    const first = r.matches!();
    expect(r.matches!()).toBe(first);
    r.dates!(NOW);
    r.dates!(NOW);
    expect(lex.calls).toEqual([r.words]);
    expect(first).toEqual(lexicon.match(r.words!));
    expect(first.map((m) => m.sense.kind)).toEqual(expect.arrayContaining(['body', 'cue']));
  });

  it('dates its text as a question is read, once for a time, again for another time', () => {
    const r = read('vad händer imorgon kl 13.00-16.00');
    const dates = r.dates!(NOW);
    expect(r.dates!(new Date(NOW))).toBe(dates);
    expect(dates.dates).toEqual(['2011-04-08']);
    // A clock time is no date: "13.00-16.00" is not 13 January.
    expect(r.dates!(new Date('2011-05-01T10:00:00+02:00')).dates).toEqual(['2011-05-02']);
  });

  it('holds no matches or dates where it holds no words (an empty or long text)', () => {
    for (const r of [read(''), read('x'.repeat(MAX_TEXT_LENGTH + 1))]) {
      expect(r.words).toBeUndefined();
      expect(r.matches).toBeUndefined();
      expect(r.dates).toBeUndefined();
    }
  });

  it('gives its matches for its own words and matches other words anew', () => {
    const lex = counting(lexicon);
    const r = read('ställ in LG 14/10', lex);
    expect(matchesOf(r, lex, ['stall', 'in', 'lg', '14/10'])).toBe(r.matches!());
    expect(lex.calls).toHaveLength(1);
    expect(matchesOf(r, lex, ['lg', '14/10'])).toEqual(lexicon.match(['lg', '14/10']));
    expect(matchesOf(undefined, lex, ['lg'])).toEqual(lexicon.match(['lg']));
    // A reading built by hand, without matches: the words are matched.
    expect(matchesOf({ words: ['lg'] }, lex, ['lg'])).toEqual(lexicon.match(['lg']));
    expect(lex.calls).toEqual([['stall', 'in', 'lg', '14/10'], ['lg', '14/10'], ['lg'], ['lg']]);
  });

  it('is understood the same through its matches and dates as read afresh, over every development question', () => {
    const texts = devTexts();
    expect(texts.length).toBeGreaterThan(700);
    const differ: string[] = [];
    for (const { text, now } of texts) {
      const r = read(text);
      if (!r.words) continue;
      const words = r.words;
      const alone = understand({ text: r.text, plan, lexicon, now, read: { words, lang: r.lang } });
      const reused = understand({ text: r.text, plan, lexicon, now, read: { words, lang: r.lang, matches: r.matches!(), dates: r.dates!(now) } });
      if (JSON.stringify(alone) !== JSON.stringify(reused)) differ.push(text);
      // The reading's dates are the understanding's own.
      expect(r.dates!(now)).toEqual(questionDates(r.text, words, questionMatches(r.text, words, lexicon.match(words)), r.lang, now, lexicon));
    }
    expect(differ).toEqual([]);
  });

  it('leaves out a month’s short form written with å, ä or ö from the dates, as the understanding does', () => {
    const r = read('hur mår du');
    // "mar" is March to the lexicon; "mår" in the text is not.
    expect(r.matches!().some((m) => m.sense.kind === 'month')).toBe(true);
    expect(r.dates!(NOW).month).toBeUndefined();
    expect(read('möte 3 mar').dates!(NOW).dates).toEqual(['2011-03-03']);
  });
});

describe('a turn', () => {
  it('matches the message’s words once, for the secretariat’s parser and the understanding together', async () => {
    const clock = new ManualClock('2011-04-07T10:00:00+02:00');
    const store = memoryStore(clock);
    // A member of the secretariat, whose messages the parser reads as change requests too.
    await store.commit(null, ({ runtime }) => ({ runtime: { secretariat: [...runtime.secretariat, 'sec-1'] } }));
    const lex = counting(buildLexicon(LEXICON, store.plan.plan));
    const commands = createCommands({});
    const twice: string[] = [];
    let once = 0;
    for (const { text, now } of devTexts()) {
      lex.calls.length = 0;
      const reading = read(text, lex);
      const msg = { conversationId: 'conv-1', channel: 'botframework' as const, userId: 'sec-1', text };
      await turn({ msg, reading, now, plan: store.plan, data: { schemaVersion: store.schemaVersion, plan: store.plan.plan, runtime: store.runtime }, lexicon: lex }, { commands });
      const whole = lex.calls.filter((words) => JSON.stringify(words) === JSON.stringify(reading.words)).length;
      if (whole > 1) twice.push(text);
      if (whole === 1) once++;
    }
    expect(twice).toEqual([]);
    expect(once).toBeGreaterThan(500);
  });
});

describe('the language of a message with an @-mention (lead, round 27)', () => {
  it('is read from the words, not from the bot name mentioned', () => {
    expect(read('@Södertörnsboten total budget for 2011?').lang).toBe('en');
    expect(read('@Södertörnsboten nästa möte?').lang).toBe('sv');
  });
});

describe('the language of a message with a chat politeness word (round 28)', () => {
  it('is not decided by "pls", "plz" or "thx", which Swedish chat writes too', () => {
    for (const text of ['LG 14/10 -> 21/10 pls', 'SK 3/11 -> 10/11 plz', 'LG 9/9 -> 16/9 thx']) expect(read(text).lang).not.toBe('en');
  });
  it('is still English where real English words are written', () => {
    expect(read('move LG 9/9 to 16/9 pls').lang).toBe('en');
  });
});

describe('the language of a message with a month written short (round 30)', () => {
  it('is not decided by "sep", "nov", "dec" or the other short months both languages write', () => {
    for (const text of ['SK 3 nov -> 10 nov', 'SK 22 sep -> 29 sep', 'LG 25 nov -> 2 dec', 'LG 9 sep', 'SK 27 jan -> 3 feb', 'LG 21 jan aug?']) expect(read(text).lang).toBe('sv');
  });
  it('is still English where an English word or an English-only month is written', () => {
    for (const text of ['LG 14 oct -> 21 oct', 'meetings in nov?', 'when is the SK in sep']) expect(read(text).lang).toBe('en');
  });
});

// Numbers written as words, read as digits where they are a day, an amount or a year (bot/understand/numbers.ts, the
// words from data/lexicon.json's numberWords), and the reading of a message that has them (core/reading.ts).
import { readFileSync } from 'node:fs';
import { readMessage } from '../../bot/core/reading.js';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { numbersWritten, numberWordsProblem, thousandsWritten } from '../../bot/understand/numbers.js';
import { fold } from '../../bot/understand/normalize.js';
import { validateStore } from '../../bot/store/store.js';
import { SEED } from '../helpers/app.js';
import { LEXICON } from '../helpers/core.js';

const MONTHS = new Set(Object.values(LEXICON.months).flat().map((w) => fold(w)));
const written = (text: string) => numbersWritten(text, LEXICON.numberWords, MONTHS).text;
const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const lexicon = buildLexicon(LEXICON, plan);

describe('numbers written as words', () => {
  it('writes a Swedish ordinal day before its month as digits, the ordinal a compound or one word', () => {
    expect(written('eh nytt lg möte den sextonde december alltså en fredag')).toBe('eh nytt lg möte den 16 december alltså en fredag');
    expect(written('flytta lg tjugonde maj till tjugosjunde maj')).toBe('flytta lg 20 maj till 27 maj');
    expect(written('sk tjugoförsta april')).toBe('sk 21 april');
    expect(written('rådslaget den första mars')).toBe('rådslaget den 1 mars');
    expect(written('den trettioförsta mars')).toBe('den 31 mars');
  });

  it('writes an English ordinal day before its month (with "of") or after it, with its suffix', () => {
    expect(written('move LG on the ninth of September to the sixteenth of September')).toBe('move LG on the 9th of September to the 16th of September');
    expect(written('move SK on November third to November twenty-second')).toBe('move SK on November 3rd to November 22nd');
    expect(written('cancel the meeting on the twenty-first of March')).toBe('cancel the meeting on the 21st of March');
    expect(written('the eleventh of May')).toBe('the 11th of May');
  });

  it('writes amounts: compounds, hundreds and scales, "and" between their parts, halves of a scale', () => {
    expect(written('avgifterna höj till niohundratusen')).toBe('avgifterna höj till 900 000');
    expect(written('sänk den till tvåhundratiotusen')).toBe('sänk den till 210 000');
    expect(written('raise it to two hundred and fifty thousand kronor')).toBe('raise it to 250 000 kronor');
    expect(written('set staff to six hundred thousand')).toBe('set staff to 600 000');
    expect(written('ska vara en miljon')).toBe('ska vara 1 000 000');
    expect(written('två miljoner trehundratusen')).toBe('2 300 000');
    expect(written('över en halv miljon invånare')).toBe('över 500 000 invånare');
    expect(written('more than half a million')).toBe('more than 500 000');
    expect(written('två och en halv miljon')).toBe('2 500 000');
    expect(written('höj med tjugotusen')).toBe('höj med 20 000');
  });

  it('writes quarters of a scale, counted by the unit before them (issue 14: "en kvarts miljon")', () => {
    expect(written('utredningar och konsultstöd = en kvarts miljon')).toBe('utredningar och konsultstöd = 250 000');
    expect(written('personal tre kvarts miljon')).toBe('personal 750 000');
    expect(written('set consultancy to a quarter of a million')).toBe('set consultancy to 250 000');
    expect(written('three quarters of a million')).toBe('750 000');
    // A quarter of anything else stays words, and so does a lone "of".
    for (const text of ['en kvart', 'a quarter of the budget', 'kvartsmöte', 'one of them', 'the first quarter']) expect(written(text)).toBe(text);
  });

  it('writes thousands marked with an apostrophe ("600\'") as the plan writes amounts, and nothing else', () => {
    expect(thousandsWritten("personal 620' tack").text).toBe('personal 620 000 tack');
    expect(thousandsWritten('ska ner med 20’ i höst').text).toBe('ska ner med 20 000 i höst');
    expect(thousandsWritten("höj med 5'").text).toBe('höj med 5000');
    for (const text of ["it's LG's day", "'LG' 20/5", "rådslaget 2011'", "SK 3/11'"]) expect(thousandsWritten(text).text).toBe(text);
  });

  it('writes years: "tjugotretton", "twenty seventeen" (19 or 20, then 10–99) and years said as numbers', () => {
    expect(written('rådslaget tjugotretton ska vara i huddinge')).toBe('rådslaget 2013 ska vara i huddinge');
    expect(written('the rådslag twenty seventeen')).toBe('the rådslag 2017');
    expect(written('värd för rådslaget tvåtusenarton')).toBe('värd för rådslaget 2018');
    expect(written('two thousand and fifteen')).toBe('2015');
    expect(written('nittonhundranittio')).toBe('1990');
    // ("twenty three" is a number, not a year.)
    expect(written('twenty three')).toBe('23');
  });

  it('leaves words that are no figure: articles, counts, ordinals of a listing or a period, a bare scale', () => {
    for (const text of ['en fråga bara', 'de tre kommunerna', 'tre kvartal', 'första halvåret', 'det andra SK-mötet', 'the third one', 'a third of the budget', 'tusen tack', 'half a day', 'halv tio', 'ett möte', 'one more']) {
      expect(written(text)).toBe(text);
    }
  });

  it('writes one small number only before money or percent, or as a day after "den"/"the"', () => {
    expect(written('höj med fem procent')).toBe('höj med 5 procent');
    expect(written('den tre maj')).toBe('den 3 maj');
    expect(written('two May meetings')).toBe('two May meetings');
    expect(written('tre maj')).toBe('tre maj');
  });

  it('reads an English month that is another word too ("may", "march") only with a capital', () => {
    expect(written('the first may be cancelled')).toBe('the first may be cancelled');
    expect(written('May first')).toBe('May 1st');
    expect(written('november third')).toBe('november 3rd');
  });

  it('reads no number across punctuation, inside a word joined to digits, or out of words in the wrong order', () => {
    expect(written('tjugo, tretton')).toBe('20, 13');
    expect(written('en tre')).toBe('en tre');
    expect(written('SK 2:a möte')).toBe('SK 2:a möte');
    expect(written('entré')).toBe('entré');
    // ("between two hundred and three hundred": the first number ends before "and".)
    expect(written('between two hundred and three hundred')).toBe('between 200 and 300');
  });

  it('is read once with the message: the reading has the digits, and says what it read for DEBUG_NLU', () => {
    const r = readMessage('ändra personal till sexhundratusen', { maxLength: 1000, lexicon });
    expect(r.text).toBe('ändra personal till 600 000');
    expect(r.words).toEqual(['andra', 'personal', 'till', '600', '000']);
    expect(r.numbers).toEqual(['sexhundratusen → 600 000']);
    expect(r.sent).toBe('ändra personal till sexhundratusen');
    expect(r.lang).toBe('sv');
    // The language is the message's as sent: English number words are English.
    expect(readMessage('set staff to six hundred thousand', { maxLength: 1000, lexicon }).lang).toBe('en');
    expect(readMessage('när är nästa möte', { maxLength: 1000, lexicon }).numbers).toBeUndefined();
  });

  it('writes a day beside its month as the number\'s language does, by its table (dayOfMonth, monthFirst, monthsAlsoWords)', () => {
    const nw = LEXICON.numberWords!;
    expect(written('May twenty-seventh')).toBe('May 27th');
    expect(written('the ninth of June')).toBe('the 9th of June');
    expect(written('the first may be')).toBe('the first may be');
    // Without those rules in its table, English reads its days as Swedish does: the month after the day, no "of".
    const plain = { ...nw, en: { ...nw.en, monthFirst: undefined, dayOfMonth: undefined, monthsAlsoWords: undefined } };
    expect(numbersWritten('May twenty-seventh', plain, MONTHS).text).toBe('May twenty-seventh');
    expect(numbersWritten('the ninth of June', plain, MONTHS).text).toBe('the ninth of June');
    expect(numbersWritten('the first may be', plain, MONTHS).text).toBe('the 1st may be');
    expect(numberWordsProblem({ ...nw, en: { ...nw.en, monthFirst: 'yes' } })).toMatch(/monthFirst/);
  });

  it('checks the lexicon\'s numberWords', () => {
    expect(numberWordsProblem(LEXICON.numberWords)).toBeUndefined();
    expect(numberWordsProblem({ ...LEXICON.numberWords, sv: { ...LEXICON.numberWords!.sv, units: { två: 2 } } })).toMatch(/folded/);
    expect(numberWordsProblem({ ...LEXICON.numberWords, figureBefore: 'kr' })).toMatch(/figureBefore/);
  });
});

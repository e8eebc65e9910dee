// Chat shorthand written out before a question is read (bot/understand/shorthand.ts, Lexicon.clipped), and
// the English thousands comma (normalize.ts). The rule for a word cut short is the lexicon's own words, so the
// tests hold both sides: what is read written out, and ordinary words, names and function words left alone.
import { readFileSync } from 'node:fs';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { millionsWritten, withoutThousandsCommas } from '../../bot/understand/normalize.js';
import { amountsIn } from '../../bot/admin/natural.js';
import { expandShorthand } from '../../bot/understand/shorthand.js';
import { readAmounts } from '../../bot/understand/understand.js';
import { validateStore } from '../../bot/store/store.js';
import { SEED } from '../helpers/app.js';
import { LEXICON } from '../helpers/core.js';

const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const lexicon = buildLexicon(LEXICON, plan);
const sv = (text: string) => expandShorthand(text, lexicon, 'sv');
const en = (text: string) => expandShorthand(text, lexicon, 'en');

describe('a word cut short', () => {
  it('is read as the one word of the lexicon it starts, with or without its full stop', () => {
    expect(sv('rådsl. 2014?')).toBe('radslag 2014?');
    expect(sv('vem har rådsl 2015')).toBe('vem har radslag 2015');
    expect(sv('vem är ordf i sk?')).toBe('vem är ordforande i sk?');
    expect(sv('budget för utredn. 2011?')).toBe('budget för utredning 2011?');
    expect(sv('när är sk i hudd?')).toBe('när är sk i huddinge?');
  });

  it('stands for a word that means something on its own before one found only inside a phrase, and for words of one meaning as one', () => {
    // "person" is read only in "contact person", "in person"; "personal" and "personnel" are the one budget line.
    expect(sv('differensen mellan pers. o utredn.')).toBe('differensen mellan personal o utredning');
    expect(lexicon.clipped('pers')).toBe('personal');
  });

  it('leaves words that mean something as they are: full words, inflections, names, function words, common words', () => {
    for (const q of [
      'när är nästa möte?', 'vem är värd för rådslaget 2014', 'vad kostar personalen per kvartal', 'hur mycket är kvar',
      'Jag är ny i Huddinges kommunstyrelse.', 'varje kommuns budget', 'dels att samordna övriga frågor', 'vad händer i Salem',
      'när träffas kommundirektörerna', 'what is the plan for the next meeting', 'inte hela budgeten', 'konsulter och personal',
      'planerings konferens', 'nästa tisdag', 'when is the conference', 'mellan Tyresö och Nykvarn', 'vilken månad',
    ]) expect(sv(q)).toBe(q);
  });

  it('is not read where it is one letter short of a word (a typo), an inflected word, or cut after a vowel', () => {
    expect(lexicon.clipped('wher')).toBeUndefined();
    expect(lexicon.clipped('kommuns')).toBeUndefined();
    expect(lexicon.clipped('samordna')).toBeUndefined();
    expect(lexicon.clipped('sam')).toBeUndefined(); // too short
  });

  it('leaves a name cut at a dot inside a word to the lexicon ("ledn.gruppen", "plan.konf")', () => {
    expect(sv('ledn.gruppen nästa')).toBe('ledn.gruppen nästa');
    expect(sv('LG plan.konf datum')).toBe('LG plan.konf datum');
  });
});

describe('contractions, weeks and a slash for per', () => {
  it('writes out the lexicon\'s contractions, also across dots ("fr.o.m.")', () => {
    expect(sv('träffas sk minst 6 ggr om året')).toBe('träffas sk minst 6 gånger om året');
    expect(sv('hur många dgr kvar')).toBe('hur många dagar kvar');
    expect(sv('värdar fr o m 2016')).toBe('värdar från och med 2016');
    expect(sv('värdar t.o.m. 2013')).toBe('värdar till och med 2013');
    expect(sv('rådslaget 2013 resp. 2015')).toBe('rådslaget 2013 respektive 2015');
  });

  it('chooses the word of the message\'s language', () => {
    expect(en('next mtg of the management grp?')).toBe('next meeting of the management group?');
    expect(sv('nästa mtg?')).toBe('nästa möte?');
  });

  it('reads v or wk before a week number as the week, never a version or a date', () => {
    expect(sv('vad händer v.36?')).toBe('vad händer vecka 36?');
    expect(sv('vad händer v36')).toBe('vad händer vecka 36');
    expect(en('anything in wk 38?')).toBe('anything in week 38?');
    expect(sv('node v24.22')).toBe('node v24.22');
    expect(sv('mötet v 13/4')).toBe('mötet v 13/4');
    expect(sv('v 60')).toBe('v 60');
  });

  it('reads a slash before a unit as per, but not between two units', () => {
    expect(sv('träffas sk minst 6 ggr/år?')).toBe('träffas sk minst 6 gånger per år?');
    expect(en('at least 6 times/year?')).toBe('at least 6 times per year?');
    expect(en('the day/month asked')).toBe('the day/month asked');
    expect(sv('LG/SK 14/4')).toBe('LG/SK 14/4');
  });

  it('keeps its work in step with the text', () => {
    // Eight times the text takes about eight times the work, not sixty-four (quadratic): the best of five runs of each,
    // compared with each other, so a busy machine slows both alike (no bound in milliseconds: speed goals are the bench's).
    // (Texts long enough that each run takes milliseconds: at a fraction of one, two parallel jest runs on two cores
    // made the ratio of four times the text 14 and 27.)
    const unit = 'rådsl. 2014 ggr/år v.36 fr o m ';
    const best = (n: number) => Math.min(...[0, 1, 2, 3, 4].map(() => {
      const t0 = performance.now();
      sv(unit.repeat(n));
      return performance.now() - t0;
    }));
    best(1000);
    expect(best(8000) / Math.max(best(1000), 0.05)).toBeLessThan(32);
    expect(sv(unit.repeat(200)).match(/radslag/g)).toHaveLength(200);
  });
});

describe('an English thousands comma', () => {
  it('is a group of three digits', () => {
    expect(withoutThousandsCommas('set the consultancy line to 200,000')).toBe('set the consultancy line to 200 000');
    expect(withoutThousandsCommas('1,250,000 kr')).toBe('1 250 000 kr');
    expect(readAmounts('is the staff budget more than 500,000?', {})).toEqual([500000]);
  });

  it('leaves decimal commas, lists and millions alone', () => {
    for (const t of ['2,5 mkr', '67,4 %', '1,250 miljoner', 'SK 14/4,9/6', '2011,2012', '1,5', '0,25 mkr']) expect(withoutThousandsCommas(t)).toBe(t);
  });
});

describe('an amount in millions for a change request', () => {
  it('is read in kronor, with a decimal comma or point', () => {
    expect(amountsIn('ändra utredningar till 0,25 mkr')).toEqual([250000]);
    expect(amountsIn('set staff to 0.6 million')).toEqual([600000]);
    expect(amountsIn('höj personal med 1,5 miljoner')).toEqual([1500000]);
    expect(millionsWritten('personal 600 000 kr')).toBe('personal 600 000 kr');
    expect(millionsWritten('0 mkr')).toBe('0 mkr');
  });
});

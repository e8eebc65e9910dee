// Spans of years read from a question (bot/understand/years.ts, words from data/lexicon.json's yearSpans).
import { readFileSync } from 'node:fs';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { understand } from '../../bot/understand/understand.js';
import { readYearSpan } from '../../bot/understand/years.js';
import { fold } from '../../bot/understand/normalize.js';
import { splitWords } from '../../bot/understand/understand.js';
import { validateStore } from '../../bot/store/store.js';
import { SEED } from '../helpers/app.js';
import { LEXICON } from '../helpers/core.js';

const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const lexicon = buildLexicon(LEXICON, plan);
const years = (text: string) => understand({ text, plan, lexicon, now: new Date('2011-04-07T10:00:00+02:00') }).years;
const KNOWN = [2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018];
const span = (text: string, known = KNOWN) => readYearSpan(splitWords(fold(text)), LEXICON.yearSpans, known)?.years;

describe('spans of years', () => {
  it('reads two years joined as every year between them, in both languages', () => {
    expect(years('Could you list all the rådslag host municipalities for 2011 to 2018?')).toEqual(KNOWN);
    expect(years('vilka har rådslaget mellan 2012 och 2014?')).toEqual([2012, 2013, 2014]);
    expect(years('rådslagsvärdar 2015–2018')).toEqual([2015, 2016, 2017, 2018]);
    expect(years('hosts from 2012 through 2015')).toEqual([2012, 2013, 2014, 2015]);
    expect(years('värdar 2012-15?')).toEqual([2012, 2013, 2014, 2015]);
    expect(span('möten 2011-12')).toBeUndefined(); // December 2011, not a span
  });

  it('opens a span at one year where more than one is asked for, or onwards is said', () => {
    expect(years('vilka kommuner har rådslaget efter 2015?')).toEqual([2016, 2017, 2018]);
    expect(years('vilka kommuner är värdar före 2014?')).toEqual([2011, 2012, 2013]);
    expect(years('vilka är värdar fram till 2013')).toEqual([2011, 2012, 2013]);
    expect(years('who hosts the rådslag from 2016 on?')).toEqual([2016, 2017, 2018]);
    expect(years('rådslaget 2016 och framåt')).toEqual([2016, 2017, 2018]);
    // A turn in the rotation asked by year, with no body named, is the rådslag's.
    expect(understand({ text: 'vilka kommuner står på tur efter 2016?', plan, lexicon, now: new Date('2011-04-07T10:00:00+02:00') }).intent).toBe('rotationHost');
  });

  it('reads after or before one year, asked of one host, as the year after or before', () => {
    expect(years('vem är värd efter 2015?')).toEqual([2016]);
    expect(years('who hosted the year before 2013')).toEqual([2012]);
    // Nothing after the plan's last year: no span, and no year made up.
    expect(span('vem är värd efter 2018')).toBeUndefined();
  });

  it('leaves a year alone where no span is said, and counting to a year is no span', () => {
    expect(years('vem är värd för rådslaget 2014')).toEqual([2014]);
    expect(years('hur många år är det till 2018?')).toEqual([2018]);
    expect(years('SK 2011 on Thursday 9 June')).not.toContain(2018);
  });

  it('cuts a span to the years the plan names', () => {
    expect(span('hosts 2000-2099', [2011, 2012])).toEqual([2011, 2012]);
    expect(span('hosts 2020-2030', [2011, 2012])).toBeUndefined();
    expect(span('2018 to 2011')).toBeUndefined();
  });
});

// A message read without what addresses the bot at its edges (bot/understand/address.ts: "hej!", "hallå bot,",
// "@Södertörnsboten", "snälla", "… tack"), with its typos read as the lexicon's words (Lexicon.corrected) and its
// chat clippings written out ("o", "ngn", "mkt"): the robustness check's kinds (test/understanding/robustness.test.ts).
import { readFileSync } from 'node:fs';
import { readMessage } from '../../bot/core/reading.js';
import { withoutAddress } from '../../bot/understand/address.js';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { validateStore } from '../../bot/store/store.js';
import { SEED } from '../helpers/app.js';
import { LEXICON } from '../helpers/core.js';

const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const lexicon = buildLexicon(LEXICON, plan);
const bare = (text: string) => withoutAddress(text, LEXICON.address);
const read = (text: string) => readMessage(text, { maxLength: 1000, lexicon });

describe('the words that address the bot', () => {
  it('are left out before and after the question, with their punctuation', () => {
    expect(bare('hej! är Salem med i ÖFN?')).toBe('är Salem med i ÖFN?');
    expect(bare('hallå bot, träffas ledningsgruppen på fredagar')).toBe('träffas ledningsgruppen på fredagar');
    expect(bare('@Södertörnsboten när är nästa SK?')).toBe('när är nästa SK?');
    expect(bare('<@U123> när är nästa SK?')).toBe('när är nästa SK?');
    expect(bare('snälla vem tar över rådslaget efter Södertälje')).toBe('vem tar över rådslaget efter Södertälje');
    expect(bare('HEJ! VEM ÄR VÄRD 2014?')).toBe('VEM ÄR VÄRD 2014?');
    expect(bare('LG efter sommaren? tack')).toBe('LG efter sommaren?');
    expect(bare('ta 10 000 från kontorsservice, tack!')).toBe('ta 10 000 från kontorsservice');
    expect(bare('hi! is there an LG meeting on 20 May? thanks')).toBe('is there an LG meeting on 20 May?');
    expect(bare('Hej bot, tack för svaret. När är nästa LG?')).toBe('tack för svaret. När är nästa LG?');
  });

  it('stay where the message holds nothing else, and inside it', () => {
    for (const text of ['hej', 'Hej!', 'tack', 'tack så mycket!', 'hej tack', '@Södertörnsboten', 'när är nästa SK, tack vare vem?', 'vem är värd? hej']) {
      expect(bare(text)).toBe(text);
    }
    // A word that only begins like a greeting, or a greeting joined to the question by a word, stays.
    expect(bare('hejdå')).toBe('hejdå');
    expect(bare('tackar Salem ja till värdskapet?')).toBe('tackar Salem ja till värdskapet?');
  });

  it('are left out as the message is read, for every reader, and logged as sent', () => {
    const r = read('hej! startade miljöförbundet 2010?');
    expect(r.text).toBe('startade miljöförbundet 2010?');
    expect(r.sent).toBe('hej! startade miljöförbundet 2010?');
    expect(r.words?.[0]).toBe('startade');
    expect(read('hi! when is the next LG meeting? tack').lang).toBe('en');
  });
});

describe('a typo', () => {
  it('is read as the one word of the lexicon one edit away, where the word as typed means nothing', () => {
    expect(lexicon.corrected('andirngar')).toBe('andringar');
    expect(lexicon.corrected('kotsar')).toBe('kostar');
    // An inflection of a word of the lexicon with a typo in its stem.
    expect(lexicon.corrected('tordsagar')).toBe('torsdagar');
    const r = read('visa ändirngar');
    expect(r.text).toBe('visa andringar');
    expect(r.typos).toEqual(['ändirngar → andringar']);
  });

  it('is not guessed where the word is a word, two words are as near, or the first letter differs', () => {
    for (const w of ['kommer', 'vecka', 'veckor', 'huddinges', 'kommunen', 'startar', 'inkomst', 'ledningsgruppen']) expect(lexicon.corrected(w)).toBeUndefined();
    // "startaed": "startade" and "started" are both one edit away.
    expect(lexicon.corrected('startaed')).toBeUndefined();
    expect(lexicon.corrected('ostar')).toBeUndefined();
    expect(lexicon.corrected('abc')).toBeUndefined();
    expect(read('vem är värd för rådslaget 2014?').typos).toBeUndefined();
  });
});

describe('chat clippings', () => {
  it('are read as their words in a Swedish message, for the change requests too', () => {
    expect(read('ställ in LG 9/9 o LG 14/10').text).toBe('ställ in LG 9/9 och LG 14/10');
    expect(read('finns det ngn lokal').text).toBe('finns det någon lokal');
    expect(read('hur mkt kostar personalen').text).toBe('hur mycket kostar personalen');
    expect(read('värdar fr o m 2016').text).toBe('värdar fr o m 2016');
    expect(read('LG t o m juni').text).toBe('LG t o m juni');
  });
});

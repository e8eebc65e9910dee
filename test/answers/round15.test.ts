// Round 15 (nlu15a): kinds still answered wrongly after earlier rounds, each read by a mechanism, not a phrase.
import { readFileSync } from 'node:fs';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { understand } from '../../bot/understand/understand.js';
import { expandShorthand } from '../../bot/understand/shorthand.js';
import { validateStore } from '../../bot/store/store.js';
import { SEED } from '../helpers/app.js';
import { LEXICON, freshCoreEach } from '../helpers/core.js';

const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const lexicon = buildLexicon(LEXICON, plan);
const q = (text: string) => understand({ text, plan, lexicon, now: new Date('2011-04-07T10:00:00+02:00') });

describe('an amount per inhabitant', () => {
  const bot = freshCoreEach();

  it('reads the word of the population after a per-word as the unit divided by, not as the population asked', () => {
    const a = q('vad kostar SK per invånare?');
    expect(a.intent).toBe('budget');
    expect(a.per).toEqual(['inhabitant']);
    expect(a.topics).not.toContain('population');
    expect(q('utredningarna per invånare').topics).toEqual([]);
    // (The population asked per municipality is still the population: the unit there is the municipality.)
    expect(q('hur många invånare per kommun?').topics).toContain('population');
  });

  it('divides the budget or one line by the plan’s ca 430 000 inhabitants', async () => {
    expect((await bot.ask('hur mycket kostar samarbetet per invånare?')).text).toMatch(/^2 kr per invånare/);
    expect((await bot.ask('vad blir sk-budgeten per invånare på södertörn?')).text).toMatch(/^2 kr per invånare/);
    expect((await bot.ask('personal per invånare')).text).toMatch(/^1,35 kr per invånare/);
    // (Any unit after money asked of the committee is its budget divided: "per kvartal" as "per invånare".)
    expect((await bot.ask('vad kostar SK per kvartal?')).text).toMatch(/^215 000 kr per kvartal/);
  });
});

describe('"för vad?" / "what for?" after an answer', () => {
  const bot = freshCoreEach();

  it('says what a budget line is for: its label, also where the line was named by its amount', async () => {
    await bot.ask('vad är 50 000?', 'a');
    const a = await bot.ask('för vad?', 'a');
    expect(a.kind).toBe('budgetLine');
    expect(a.text).toContain('kontorsservice, arbetsrum');
    await bot.ask('how much does Huddinge get?', 'b');
    expect((await bot.ask('what for?', 'b')).text).toContain('office services');
    await bot.ask('vad är 230 000?', 'c');
    expect((await bot.ask('till vad?', 'c')).text).toContain('konsultstöd');
  });

  it('says what a body is for after its meeting, and "vad är LG till för?" asks the same', async () => {
    await bot.ask('när är nästa LG?', 'd');
    const a = await bot.ask('för vad?', 'd');
    expect(a.kind).toBe('bodyInfo');
    expect(a.text).toContain('förbereda samarbetskommitténs möten');
    expect((await bot.ask('vad är LG till för?', 'e')).kind).toBe('bodyInfo');
  });
});

describe('a municipality written short', () => {
  const bot = freshCoreEach();
  const read = (text: string) => expandShorthand(text, lexicon, 'sv');

  it('reads a name cut with a full stop where the message goes on, wherever the cut falls', () => {
    expect(read('är tyre. värd för sk 8/12?')).toBe('är Tyresö värd för sk 8/12?');
    expect(read('har bot. nyckeltalsdagen?')).toBe('har Botkyrka nyckeltalsdagen?');
    expect(read('vem har rådslaget efter nynäs.?')).toBe('vem har rådslaget efter Nynäshamn?');
    expect(read('när har s-tälje sk?')).toBe('när har Södertälje sk?');
  });

  it('leaves a word before a sentence’s end or a new sentence, and other hyphens and dots, alone', () => {
    for (const text of ['Det sa han.', 'Det sa han. När är nästa SK?', 'skicka en e-post', 'ledn.gruppen'])
      expect(read(text)).toBe(text);
  });

  it('answers the yes/no about the municipality', async () => {
    expect((await bot.ask('är tyre. värd för sk 8/12?')).text).toMatch(/^Ja – Tyresö/);
  });
});

describe('two budget lines’ difference in clipped chat', () => {
  const bot = freshCoreEach();

  it('reads a word cut after a consonant-final word’s letters as cut short ("ersättn"), not as that word with a definite -n', async () => {
    expect(expandShorthand('diff personal o ersättn', lexicon, 'sv')).toBe('diff personal o ersattning');
    expect((await bot.ask('diff personal o ersättn')).text).toContain('530 000');
    // (A vowel-final word with its -n is still that word's definite form, never a cut word.)
    expect(lexicon.clipped('kvartalen')).toBeUndefined();
  });
});

describe('a premise about something the plan does not hold', () => {
  const bot = freshCoreEach();

  it('answers the date of a month’s meeting where a source is said to name its weekday, and reads the weekday as a claim', async () => {
    const a = await bot.ask('when is the LG meeting in May, the e-mail said Friday', 'a');
    expect(a.kind).not.toBe('notInPlan');
    expect(a.text).toContain('Friday 20 May');
    expect(a.text).not.toMatch(/no meeting/);
    expect((await bot.ask('the invitation said Friday, when is the LG meeting in October?', 'b')).text).toContain('14 October');
    expect(q('mejlet sa fredag – när är LG i september?').dates).toEqual([]);
    // "så" folds to "sa" too, but it is "so": "varför är lunchen så dyr?" still asks a price the plan does not hold.
    expect((await bot.ask('varför är lunchen så dyr på rådslaget?', 'c')).kind).toBe('notInPlan');
    expect((await bot.ask('är programmet så fullt på rådslaget?', 'd')).kind).toBe('notInPlan');
    // (Without a month the weekday is still the coming one.)
    expect(q('vad händer på fredag?').dates).toEqual(['2011-04-08']);
  });

  it('says plainly that the plan does not say how invitations are sent, never yes', async () => {
    for (const text of ['is the SK meeting on 14 April sent out as a Teams invite?', 'skickas inbjudan till rådslaget ut per mejl?', 'is the LG meeting on 9 September a Teams meeting?']) {
      const a = await bot.ask(text, text);
      expect(a.kind).toBe('notInPlan');
      expect(a.text).not.toMatch(/^(Yes|Ja) –/);
    }
    // (What is asked of a source itself is still not in the plan: "vad stod det i kallelsen".)
    expect((await bot.ask('vad stod det i kallelsen till SK 9/6?', 'c')).kind).toBe('notInPlan');
  });
});

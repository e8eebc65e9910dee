// Round 26, helper nlu26d: the kinds behind its share of r26-dev's failures, each read by a general rule (issue 14).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { commaFragments } from '../../bot/core/turn.js';
import { withElidedNoun, withoutLikeOther, withTrailingPossessive } from '../../bot/understand/coordination.js';
import { buildLexicon, loadLexiconData } from '../../bot/understand/lexicon.js';
import { fold } from '../../bot/understand/normalize.js';
import { splitWords } from '../../bot/understand/understand.js';
import { ROOT } from '../helpers/app.js';
import { freshCoreEach } from '../helpers/core.js';

const seed = JSON.parse(readFileSync(path.join(ROOT, 'data', 'seed.json'), 'utf8'));
const lexicon = buildLexicon(loadLexiconData(path.join(ROOT, 'data', 'lexicon.json')), seed.plan);

describe('a second owner with its noun left out', () => {
  it('takes the first owner\'s noun after its own question words, or after a possessive standing alone', () => {
    expect(withElidedNoun("When is the committee's planning conference, and when is the management group's?", lexicon)).toBe("When is the committee's planning conference, and when is the management group's planning conference?");
    expect(withElidedNoun("Committee planning conference – when? And the management group's?", lexicon)).toBe("Committee planning conference – when? And the management group's planning conference?");
    expect(withTrailingPossessive('när har samarbetskommittén sin planeringskonferens, och när har ledningsgruppen sin?', lexicon)).toBe('när har samarbetskommittén sin planeringskonferens, och när har ledningsgruppen sin planeringskonferens?');
    expect(withTrailingPossessive('When does SK hold its planning conference, and when does LG have theirs?', lexicon)).toBe('When does SK hold its planning conference, and when does LG have their planning conference?');
  });
  it('leaves a possessive alone where no body stands before it or the earlier noun is none the lexicon reads', () => {
    for (const t of ['när har SK sin planeringskonferens, och är den sin?', 'när har SK sin xyzzy, och när har LG sin?']) expect(withTrailingPossessive(t, lexicon)).toBe(t);
  });
});

describe('withoutLikeOther', () => {
  it('drops a comparison with another body after a weekday claim', () => {
    expect(withoutLikeOther('asså ligger LG-mötena på torsdagar typ som SK?', lexicon)).toBe('asså ligger LG-mötena på torsdagar?');
    expect(withoutLikeOther('Does the management group meet on Thursdays like the committee does?', lexicon)).toBe('Does the management group meet on Thursdays?');
    expect(withoutLikeOther('träffas ledningsgruppen också på torsdagar, som samarbetskommittén?', lexicon)).toBe('träffas ledningsgruppen också på torsdagar?');
  });
  it('keeps a comparison that is no weekday claim, or of the same body', () => {
    for (const t of ['träffas LG lika ofta som SK?', 'träffas LG på fredagar som LG?', 'ligger LG på fredagar som SK sa i mejlet?']) expect(withoutLikeOther(t, lexicon)).toBe(t);
  });
  it('matches the message once: its words by the caller\'s matcher where it has one (the turn\'s gives the reading\'s matches)', () => {
    const asked: string[][] = [];
    const matchesOf = (words: readonly string[]) => { asked.push([...words]); return lexicon.match(words); };
    const text = 'asså ligger LG-mötena på torsdagar typ som SK?';
    expect(withoutLikeOther(text, lexicon, matchesOf)).toBe('asså ligger LG-mötena på torsdagar?');
    expect(asked).toEqual([splitWords(fold(text))]);
  });
});

describe('commaFragments', () => {
  const own = (p: string) => /\b(LG|SK)\b/.test(p) && p.split(' ').length > 1;
  it('splits short fragments that are each a question of their own', () => {
    expect(commaFragments('förra LG, nästa LG', own)).toEqual(['förra LG', 'nästa LG']);
  });
  it('leaves a message whose fragments are not all questions of their own, or a decimal comma', () => {
    expect(commaFragments('SK i juni, är det i Salem?', own)).toBeUndefined();
    expect(commaFragments('LG 0,6 mkr', own)).toBeUndefined();
  });
});

describe('round 26 questions', () => {
  const bot = freshCoreEach();
  const autumn = freshCoreEach('2011-09-12T07:40:00+02:00');

  it('reads a weekday beside a week counted from today as one day, and a body with such a day as yes/no', async () => {
    const no = await bot.ask('SK torsdag om två veckor?');
    expect(no.text.startsWith('Nej')).toBe(true);
    expect(no.text).toContain('14 april');
    expect((await bot.ask('SK torsdag nästa vecka?')).text.startsWith('Ja')).toBe(true);
    expect((await bot.ask('is LG meeting tomorrow?')).text.startsWith('No')).toBe(true);
    // (Two times joined by "och" are each their own: the coming Friday is not next week's.)
    expect((await bot.ask('LG på fredag och SK nästa vecka')).text).not.toContain('15 april');
  });
  it('answers whether an event has taken place, asked as a fragment', async () => {
    expect((await bot.ask('rådslaget i år, redan varit?')).text.startsWith('Ja')).toBe(true);
    expect((await bot.ask('nyckeltalsdagen, redan avklarad?')).text.startsWith('Nej')).toBe(true);
  });
  it('answers each fragment between commas', async () => {
    const r = await autumn.ask('förra LG, nästa LG');
    expect(r.text).toContain('9 september');
    expect(r.text).toContain('14 oktober');
  });
  it('answers how far the rådslag rotation reaches, with its last host', async () => {
    const r = await bot.ask('Hur långt fram sträcker sig värdlistan för rådslaget, och vem är sist?');
    expect(r.text).toMatch(/Huddinge 2018/);
    expect((await bot.ask('till vilket år är värdarna för rådslaget bestämda?')).text).toMatch(/Huddinge 2018/);
  });
  it('answers which budget line is larger and the difference', async () => {
    expect((await bot.ask('vad är störst av personal och utredningar, och hur mycket skiljer det')).text).toContain('350 000');
  });
});

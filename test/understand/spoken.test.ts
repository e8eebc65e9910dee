// Spoken Swedish as typed in chat, read as the written forms (bot/understand/spoken.ts, the rules from
// data/lexicon.json's spokenForms), and the reading of a message that uses them (core/reading.ts).
import { readFileSync } from 'node:fs';
import { readMessage } from '../../bot/core/reading.js';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { understand } from '../../bot/understand/understand.js';
import { writtenForms } from '../../bot/understand/spoken.js';
import { validateStore } from '../../bot/store/store.js';
import { SEED } from '../helpers/app.js';
import { LEXICON } from '../helpers/core.js';

const written = (text: string) => writtenForms(text, LEXICON.spokenForms);
const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const lexicon = buildLexicon(LEXICON, plan);
const form = (text: string) => understand({ text, plan, lexicon, now: new Date('2011-04-07T10:00:00+02:00') }).form;
const read = (text: string) => readMessage(text, { maxLength: 1000, lexicon });

describe('spoken forms read as written', () => {
  it('reads "va" by its context: a verb first or after a subject, "vad" before a verb, "vara" after a modal, a tag at the end', () => {
    expect(written('va rådslaget i år hos oss i Salem?')).toBe('var rådslaget i år hos oss i Salem?');
    expect(written('rådslaget va ju hos oss i Salem i år')).toBe('rådslaget var ju hos oss i Salem i år');
    expect(written('va e nästa möte?')).toBe('vad är nästa möte?');
    expect(written('va kostar personalen')).toBe('vad kostar personalen');
    expect(written('va ligger sekretariatet?')).toBe('var ligger sekretariatet?');
    expect(written('rådslaget 2017 ska va i Södertälje')).toBe('rådslaget 2017 ska vara i Södertälje');
    expect(written('SK 14/4 är i Nykvarn, va?')).toBe('SK 14/4 är i Nykvarn, va?');
    expect(written('Va rådslaget i Salem?')).toBe('Var rådslaget i Salem?');
  });

  it('reads "e", "dom", "nåt", "å" and "sen" as written', () => {
    expect(written('och SK i juni, e det hos oss i Salem?')).toBe('och SK i juni, är det hos oss i Salem?');
    expect(written('hur dags slutar dom?')).toBe('hur dags slutar de?');
    expect(written('hur många hör till dom?')).toBe('hur många hör till dem?');
    expect(written('e det nåt möte å nån konferens i augusti')).toBe('är det något möte och någon konferens i augusti');
    expect(written('vad händer sen?')).toBe('vad händer sedan?');
    expect(written('är det för sen?')).toBe('är det för sen?');
  });

  it('leaves a form joined to other letters or digits, a road name and longer words alone', () => {
    expect(written('skicka e-post om SK')).toBe('skicka e-post om SK');
    expect(written('vad står det i e.g. bilagan')).toBe('vad står det i e.g. bilagan');
    expect(written('ligger det vid E 18?')).toBe('ligger det vid E 18?');
    expect(written('flytta SK från den 8:e till den 15:e')).toBe('flytta SK från den 8:e till den 15:e');
    expect(written('rådslaget 2013 t o m 2015')).toBe('rådslaget 2013 t o m 2015');
    expect(written('det kom sent, vara eller inte vara, vad är värd')).toBe('det kom sent, vara eller inte vara, vad är värd');
    expect(written('när är SK?')).toBe('när är SK?');
  });

  it('reads a Swedish message as written and keeps the text as sent; an English one is left as it is', () => {
    const r = read('va rådslaget i Salem?');
    expect(r.text).toBe('var rådslaget i Salem?');
    expect(r.spoken).toBe('va rådslaget i Salem?');
    expect(r.words).toEqual(['var', 'radslaget', 'i', 'salem']);
    const en = read('when is the LG meeting, the e mail said Friday');
    expect(en.lang).toBe('en');
    expect(en.text).toBe('when is the LG meeting, the e mail said Friday');
    expect(en.spoken).toBeUndefined();
    expect(read('när är nästa SK?').spoken).toBeUndefined();
  });
});

describe('yes/no questions of spoken Swedish, read as written', () => {
  it('reads "var" first as the verb where a subject and something to check follow it, else as "where"', () => {
    expect(form('var rådslaget i år hos oss i Salem?')).toBe('yesNo');
    expect(form('var det rådslag i Salem förra året?')).toBe('yesNo');
    expect(form('var LG-mötet i maj en fredag?')).toBe('yesNo');
    expect(form('var hålls rådslaget 2013?')).toBeUndefined();
    expect(form('var är SK-mötet i juni?')).toBeUndefined();
    expect(form('var rådslaget 2011?')).toBeUndefined();
  });

  it('reads a topic taken up by a pronoun after a comma or a dash as a yes/no question of it', () => {
    expect(form('SK i juni, är det i Salem?')).toBe('yesNo');
    expect(form('rådslaget 2016 – blir det i Haninge?')).toBe('yesNo');
    expect(form('nyckeltalsdagen, var den i Huddinge?')).toBe('yesNo');
    expect(form('SK i juni, vem är värd?')).toBeUndefined();
    expect(form('SK i juni, var är det?')).toBeUndefined();
  });
});

// The secretariat's change requests in their own words give the same request as the README's commands.
import { readFileSync } from 'node:fs';
import { parseAdmin, type AdminRequest } from '../../bot/admin/parse.js';
import { validateStore } from '../../bot/store/store.js';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { SEED } from '../helpers/app.js';
import { createTestCore, LEXICON } from '../helpers/core.js';

const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const lexicon = buildLexicon(LEXICON, plan);
const now = new Date('2011-04-07T08:00:00Z');
const parse = (text: string, lang: 'sv' | 'en' = 'sv'): AdminRequest | undefined => parseAdmin(text, { plan, lexicon, now }, lang);

describe('change requests in words', () => {
  it.each([
    ['SK-mötet 14/4 ska vara i Salem istället', 'ändra värd SK 14/4 till Salem'],
    ['personalkostnaderna blir 600 000', 'ändra budget 2011 personal 600 000'],
    ['utredningarna höjs till 250 000 kr', 'ändra budget 2011 utredningar 250 000'],
    ['boka in ett extra LG-möte 2/12', 'lägg till möte LG 2/12'],
    ['LG 14/10 blir inte av', 'ställ in LG 14/10'],
    ['nytt datum för SK i januari 2012: 19/1', 'flytta SK januari 2012 till 19/1'],
    ['LG 20/5 ska flyttas till 27/5', 'flytta LG 20/5 till 27/5'],
    ['rådslaget 2019 ska vara i Salem', 'värd rådslag 2019 Salem'],
    ['Tyresö blir värd för nyckeltalsdagen istället för Botkyrka', 'ändra värd nyckeltal 6/10 till Tyresö'],
    ['södertörnskonferensen flyttas till 8 sep', 'flytta södertörnskonferensen 1/9 till 8/9'],
    ['ledningsgruppens möte 9/9 flyttas en vecka', 'flytta LG 9/9 till 16/9'],
    ['nyckeltalsdagen blir i Salem', 'ändra värd nyckeltal 6/10 till Salem'],
    ['SK-mötet 3/11 ska flyttas till 10/11 kl 13.00-16.00', 'flytta SK 3/11 till 10/11 13.00-16.00'],
    ['avboka SK 14/4', 'ställ in SK 14/4'],
    ['öka utredningar med 20 000', 'ändra budget 2011 utredningar 250 000'],
    ['sänk personalen med 30 000', 'ändra budget 2011 personal 550 000'],
  ])('"%s" = "%s"', (words, command) => {
    const r = parse(words);
    expect(r?.type).toBe('change');
    // The same change; a new meeting's source is the words written.
    const expected = parse(command);
    if (expected?.type === 'change' && expected.change.kind === 'meeting.add') expected.change.meetings.forEach((m) => (m.source = words));
    expect(r).toEqual(expected);
  });

  it.each([
    ['the committee meeting on 22/9 is cancelled', 'cancel SK 22/9'],
    ['new host for SK 3/11 is Salem', 'change host SK 3/11 to Salem'],
    ['the rådslag host in 2016 is now Salem', 'host rådslag 2016 Salem'],
    ['LG 20/5 is moved to 27/5', 'move LG 20/5 to 27/5'],
    ['staff costs are now 600 000', 'change budget 2011 personal 600 000'],
    ['the studies budget goes up to 250 000', 'change budget 2011 utredningar 250 000'],
    ['LG 20/5 moved two weeks later', 'move LG 20/5 to 3/6'],
  ])('"%s" = "%s" (English)', (words, command) => {
    const r = parse(words, 'en');
    expect(r?.type).toBe('change');
    expect(r).toEqual(parse(command, 'en'));
  });

  it('"visa ändringar" is the history', () => {
    expect(parse('visa ändringar')).toMatchObject({ type: 'history' });
    expect(parse('show me the changes', 'en')).toMatchObject({ type: 'history' });
  });

  it('asks for what is missing', () => {
    expect(parse('lägg till ett LG-möte')).toMatchObject({ type: 'error', missing: true, message: expect.stringMatching(/Vilket datum/) });
    expect(parse('ny värd för sk-mötet')).toMatchObject({ type: 'error', missing: true, message: expect.stringMatching(/Vilket möte/) });
    expect(parse('rådslaget ska ha en annan värd')).toMatchObject({ type: 'error', missing: true, message: expect.stringMatching(/Vilket år/) });
    expect(parse('change the budget line for consultants', 'en')).toMatchObject({ type: 'error', missing: true, message: expect.stringMatching(/amount/) });
  });

  it('leaves questions alone', () => {
    for (const q of ['vem är värd för rådslaget 2014?', 'rådslaget 2011 vem är värd', 'meetings hosted by Nynäshamn', 'blir det möte på fredag', 'hur mycket blir kvar efter personalkostnaderna', 'är LG 14/10 inställt?', 'om avgifterna delas lika, vad blir det per kommun?', 'LG-möten efter sommaren', 'Tyresö blir värd 2014?']) {
      expect(parse(q)).toBeUndefined();
    }
  });

  it('gives the secretariat the confirmation card, a question for what is missing, and refuses others saying why', async () => {
    const bot = await createTestCore('2011-04-07T10:00:00+02:00', { secretariat: ['tester'] });
    try {
      expect(await bot.ask('LG 20/5 ska flyttas till 27/5')).toMatchObject({ kind: 'confirm', text: expect.stringMatching(/27 maj/) });
      expect(await bot.ask('lägg till ett LG-möte')).toMatchObject({ kind: 'clarify', text: expect.stringMatching(/Vilket datum/) });
    } finally {
      await bot.cleanup();
    }
    const member = await createTestCore('2011-04-07T10:00:00+02:00');
    try {
      expect(await member.ask('LG 20/5 ska flyttas till 27/5')).toMatchObject({ kind: 'refused', text: expect.stringMatching(/sekretariat/) });
      expect(await member.ask('vem är värd för rådslaget 2014?')).toMatchObject({ kind: 'rotationHost' });
    } finally {
      await member.cleanup();
    }
  });
});

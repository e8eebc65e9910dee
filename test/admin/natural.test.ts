// The secretariat's change requests in their own words give the same request as the README's commands.
import { readFileSync } from 'node:fs';
import { previousChange } from '../../bot/admin/requests.js';
import { parseAdmin, type AdminRequest } from '../../bot/admin/parse.js';
import { amountsIn } from '../../bot/admin/natural.js';
import type { Change } from '../../bot/admin/changes.js';
import { validateStore } from '../../bot/store/store.js';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { SEED } from '../helpers/app.js';
import { createTestCore, LEXICON } from '../helpers/core.js';
import { renderText } from '../../cards/text.js';

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

  it('reads "t" as "till" and days written with a dot that a clock time could be, where they are a meeting\'s', () => {
    const same = (words: string, command: string) => {
      const r = parse(words);
      expect(r?.type).toBe('change');
      const expected = parse(command);
      if (r?.type !== 'change' || expected?.type !== 'change') throw new Error(`${words}: ${JSON.stringify(r)}`);
      expect({ words, change: { ...r.change, meetings: undefined } }).toEqual({ words, change: { ...expected.change, meetings: undefined } });
    };
    same('lägg t LG-möte fre 16/12', 'lägg till möte LG 16/12');
    same('flytta LG 9/9 t 16/9', 'flytta LG 9/9 till 16/9');
    same('ställ in SK 8.12', 'ställ in SK 8/12');
    same('stryk LG 14.10', 'ställ in LG 14/10');
    same('flytta SK 8.12 till 15.12', 'flytta SK 8/12 till 15/12');
    same('SK 8.12 ska börja 13.15', 'SK 8/12 ska börja 13.15');
    // A time that names no meeting stays a time; "won't" keeps its t; "t.ex." is no "till".
    same('SK 22/9 ska börja 10.10', 'SK 22/9 ska börja kl 10.10');
    same("LG 14/10 won't happen", 'ställ in LG 14/10');
    expect(parse('när är SK t.ex. i juni?')).toBeUndefined();
  });

  it('reads a member\'s plain statement as a claim and a member\'s request as a change, the secretariat\'s statement as a change', () => {
    const asMember = (text: string) => parseAdmin(text, { plan, lexicon, now, member: true }, 'sv');
    for (const claim of ['SK-mötet i juni är i Nynäshamn', 'SK 14/4 är i Salem', 'personalen är 600 000', 'rådslaget 2015 är i Haninge', 'the committee meeting on 3 November is in Tyresö']) {
      expect({ claim, read: asMember(claim) }).toEqual({ claim, read: undefined });
      expect({ claim, read: parse(claim)?.type }).toEqual({ claim, read: 'change' });
    }
    for (const request of ['rådslaget 2014 ska vara i Salem', 'SK 22/9 måste flyttas till 29/9', 'LG 14/10 blir inte av', 'byt värd för SK 3/11 till Haninge', 'Salem should host the committee meeting on 22 September', 'jag skulle vilja att SK 9/6 är i Nykvarn', 'SK 9/6: Nykvarn']) {
      expect({ request, read: asMember(request)?.type }).toEqual({ request, read: 'change' });
    }
  });

  it('reads a history phrase cut short, and asks which line for a budget line the plan lacks', () => {
    expect(parse('visa ändr')?.type).toBe('history');
    expect(parse('visa ä')?.type).not.toBe('history');
    const r = parse('Budgetraden för resor ska ändras till 40 000 kronor.');
    expect(r).toMatchObject({ type: 'error', missing: true });
  });

  it('gives as its example for a line the plan lacks a line of the budget the store has, not one written in code', () => {
    // A budget whose first cost line is not the seed's "Personal": the example follows the store.
    const other = structuredClone(plan);
    other.budgets[0]!.costs = [{ id: 'kurser', label: 'Kurser', amount: 120_000 }, ...other.budgets[0]!.costs.filter((l) => l.id !== 'personal')];
    const otherLexicon = buildLexicon(LEXICON, other);
    const ask = (text: string, lang: 'sv' | 'en') => parseAdmin(text, { plan: other, lexicon: otherLexicon, now }, lang);
    const sv = ask('Budgetraden för resor ska ändras till 40 000 kronor.', 'sv');
    expect(sv).toMatchObject({ type: 'error', missing: true, message: expect.stringContaining('Skriv till exempel: ändra budget 2011 Kurser 200 000') });
    expect((sv as { message: string }).message).not.toMatch(/personal/i);
    const en = ask('the budget line for travel should be 40 000', 'en');
    expect(en).toMatchObject({ type: 'error', missing: true, message: expect.stringContaining('Write e.g.: change budget 2011 Kurser 200 000') });
    // The example, written back, is read as the change it shows.
    expect(ask('ändra budget 2011 Kurser 200 000', 'sv')).toMatchObject({ type: 'change', change: { kind: 'budget.line', line: { id: 'kurser', amount: 200_000 } } });
    expect(ask('change budget 2011 Kurser 200 000', 'en')).toMatchObject({ type: 'change', change: { kind: 'budget.line', line: { id: 'kurser', amount: 200_000 } } });
  });

  it('asks which line for an amount set with no line named, or for a meeting the budget has no line for', () => {
    expect(parse('Hej! Kan du ändra beloppet till 300 000 kr? Tack så mycket!')).toMatchObject({ type: 'error', missing: true, message: expect.stringMatching(/Personal/) });
    expect(parse('could you change the amount to 600,000 kr please?', 'en')).toMatchObject({ type: 'error', missing: true });
    expect(parse('budget: nyckeltal 30k')).toMatchObject({ type: 'error', missing: true, message: expect.stringMatching(/Personal/) });
  });

  it('reads a request framed after a sentence that reports what was told ("Jag har fått veta att … Kan du flytta mötet?")', () => {
    const r = parse('Hej! Jag har fått veta att Salem vill ha samarbetskommitténs möte den 22 september en vecka senare, den 29:e, och att de gärna står som värd då i stället för Nynäshamn. Kan du flytta mötet? Tack!');
    expect(r?.type).toBe('change');
    // A verb of telling in the frame's own sentence still asks to be told.
    expect(parse('Kan du visa när SK 22/9 flyttas?')).toBeUndefined();
  });

  it('reads "t" as "till" in the command too: "flytta mötet t 30/9" asks which meeting, and "flytta SK 22/9 t 29/9" moves it', () => {
    expect(parse('flytta mötet t 30/9')).toMatchObject({ type: 'error', missing: true, message: expect.stringMatching(/Vilket möte/) });
    expect(parse('flytta SK 22/9 t 29/9')).toEqual(parse('flytta SK 22/9 till 29/9'));
  });

  it('"what happened" with a month is a question about the calendar, alone the history', () => {
    expect(parse('what happened in March?', 'en')).toBeUndefined();
    expect(parse('vad har hänt i januari')).toBeUndefined();
    expect(parse('what happened?', 'en')).toMatchObject({ type: 'history' });
    expect(parse('vilka ändringar har gjorts i mars')).toMatchObject({ type: 'history' });
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

  it('asks what is missing in more wordings (round 3)', () => {
    expect(parse('we need to change a meeting', 'en')).toMatchObject({ type: 'error', missing: true, message: expect.stringMatching(/Which meeting/) });
    expect(parse('rådslaget 2019 behöver en värd')).toMatchObject({ type: 'error', missing: true, message: expect.stringMatching(/Vilken kommun/) });
    expect(parse('ändra tiden för LG 20/5')).toMatchObject({ type: 'error', missing: true, message: expect.stringMatching(/Vilken tid/) });
    expect(parse('ändra budgeten för 2011')).toMatchObject({ type: 'error', missing: true, message: expect.stringMatching(/Vilket belopp/) });
    expect(parse('öka budgeten')).toMatchObject({ type: 'error', missing: true, message: expect.stringMatching(/Vilken budgetrad/) });
    expect(parse('flytta LG 20/5 till ett annat datum')).toMatchObject({ type: 'error', missing: true });
  });

  it('leaves questions alone', () => {
    for (const q of ['vem är värd för rådslaget 2014?', 'rådslaget 2011 vem är värd', 'meetings hosted by Nynäshamn', 'blir det möte på fredag', 'hur mycket blir kvar efter personalkostnaderna', 'är LG 14/10 inställt?', 'om avgifterna delas lika, vad blir det per kommun?', 'LG-möten efter sommaren', 'Tyresö blir värd 2014?']) {
      expect(parse(q)).toBeUndefined();
    }
  });

  // Round 3: each a pattern behind a failure, written as other wordings than the sets' (commands-r3-own.json).
  it.each([
    ['första LG-mötet efter sommaren flyttas till 2/9', 'flytta LG 9/9 till 2/9'],
    ['sista SK-mötet före jul ställs in', 'ställ in SK 8/12'],
    ['SK-mötet i Tyresö ställs in', 'ställ in SK 8/12'],
    ['byt datum för sk-mötet i salem till 16/6', 'flytta SK 9/6 till 16/6'],
    ['januarimötet 2012 blir den 26:e', 'flytta SK januari 2012 till 26/1'],
    ['SK 9/6 ställs in och ersätts av ett möte 16/6', 'flytta SK 9/6 till 16/6'],
    ['ställ in LG 14/10, nytt möte 21/10 istället', 'flytta LG 14/10 till 21/10'],
    ['SK 22/9 skjuts två veckor', 'flytta SK 22/9 till 6/10'],
    ['vi har bestämt att Botkyrka har rådslaget 2017', 'värd rådslag 2017 Botkyrka'],
    ['vi lägger 250 000 på utredningar i stället', 'ändra budget 2011 utredningar 250 000'],
    ['ta 10 000 från personalen', 'ändra budget 2011 personal 570 000'],
    ['flyta LG 20/5 till 27/5', 'flytta LG 20/5 till 27/5'],
    ['Ledningsgruppen träffas inte 14/10', 'ställ in LG 14/10'],
    ['personalkostnaderna ska bli 600 000 kr istället för 580 000', 'ändra budget 2011 personal 600 000'],
    ['kan ni flytta SK-mötet den 22 september till den 29:e?', 'flytta SK 22/9 till 29/9'],
    ['SK 14/4 ska vara mellan 13 och 16', 'flytta SK 14/4 till 13.00-16.00'],
    ['inget SK-möte 8/12', 'ställ in SK 8/12'],
    ['kan LG 20/5 flyttas till 3/6?', 'flytta LG 20/5 till 3/6'],
  ])('"%s" = "%s" (round 3)', (words, command) => {
    const r = parse(words);
    expect(r?.type).toBe('change');
    expect(r).toEqual(parse(command));
  });

  it('answers a change asked in English in English, though no question word says so', () => {
    for (const [words, command] of [["LG 14/10 won't happen", 'cancel LG 14/10'], ['LG 25/11 scrapped', 'cancel LG 25/11'], ["we're putting 200 000 into consultancy instead", 'change budget 2011 utredningar 200 000']]) {
      const r = parse(words!, 'sv');
      expect(r).toMatchObject({ type: 'change', lang: 'en' });
      expect(r).toEqual(parse(command!, 'en'));
    }
  });

  it('reads "take that back" as undo, and leaves "backa LG-mötet en vecka" to be a move', () => {
    expect(parse('take that back', 'en')).toMatchObject({ type: 'undo', lang: 'en' });
    expect(parse('gör ogjort')).toMatchObject({ type: 'undo' });
    expect(parse('backa LG-mötet 20/5 en vecka')?.type).not.toBe('undo');
  });

  it('repeats the previous change for what a follow-up names, and leaves a bare "och …" to the questions', () => {
    const after = (first: string, next: string, lang: 'sv' | 'en' = 'sv') => {
      const previous = parse(first, lang);
      if (previous?.type !== 'change') throw new Error(`${first} is no change`);
      return parseAdmin(next, { plan, lexicon, now, previous: previous.change }, lang);
    };
    expect(after('ställ in LG 14/10', 'och LG 25/11 också')).toEqual(parse('ställ in LG 25/11'));
    expect(after('cancel LG 9/9', 'and 14/10 as well', 'en')).toEqual(parse('cancel LG 14/10', 'en'));
    expect(after('SK 9/6 ska vara i Nykvarn', 'samma för SK 22/9')).toEqual(parse('ändra värd SK 22/9 till Nykvarn'));
    expect(after('rådslaget 2017 ska vara i Salem', 'och 2018 också')).toEqual(parse('värd rådslag 2018 Salem'));
    expect(after('flytta SK 22/9 till 29/9', 'och SK 3/11 till 10/11')).toEqual(parse('flytta SK 3/11 till 10/11'));
    // Without "också" a date alone is a question's follow-up ("och 25/11?": what about it).
    expect(after('ställ in LG 14/10', 'och LG 25/11')?.type).not.toBe('change');
    expect(after('ställ in LG 14/10', 'och LG 25/11 också?')?.type).not.toBe('change');
  });

  it('takes the previous change from the store: the writer\'s own, in this conversation, within half an hour', () => {
    const change = parse('ställ in LG 14/10');
    if (change?.type !== 'change') throw new Error('no change');
    const at = (min: number) => new Date(now.getTime() - min * 60_000).toISOString();
    const runtime = (pending: Array<Record<string, unknown>>, audit: Array<{ id: string; at: string; actor: string; action: string; summary: string; after?: unknown; undoOf?: string }> = []) => ({ runtime: { pending, audit } }) as unknown as Parameters<typeof previousChange>[0];
    const mine = { actor: 'u', conversationId: 'c', change: change.change, createdAt: at(5) };
    expect(previousChange(runtime([mine]), 'u', 'c', now)).toEqual(change.change);
    expect(previousChange(runtime([mine]), 'other', 'c', now)).toBeUndefined();
    expect(previousChange(runtime([mine]), 'u', 'another conversation', now)).toBeUndefined();
    expect(previousChange(runtime([{ ...mine, createdAt: at(31) }]), 'u', 'c', now)).toBeUndefined();
    expect(previousChange(runtime([], [{ id: 'a', at: at(10), actor: 'u', action: 'meeting.update', summary: '', after: change.change }]), 'u', 'c', now)).toEqual(change.change);
    expect(previousChange(runtime([], [{ id: 'a', at: at(10), actor: 'u', action: 'meeting.update', summary: '', after: change.change, undoOf: 'b' }]), 'u', 'c', now)).toBeUndefined();
  });

  it('reads several changes in one message as one proposal of them all, in the order written', () => {
    const change = (text: string) => (parse(text) as { change: Change }).change;
    const all = (...commands: string[]) => ({ type: 'change', lang: 'sv', change: { kind: 'batch', changes: commands.map(change) } });
    expect(parse('personal höjs till 600 000 och utredningar sänks till 210 000')).toEqual(all('ändra budget 2011 personal 600 000', 'ändra budget 2011 utredningar 210 000'));
    expect(parse('SK 9/6 och SK 22/9 ställs in')).toEqual(all('ställ in SK 9/6', 'ställ in SK 22/9'));
    expect(parse('flytta LG 9/9 till 16/9 och LG 14/10 till 21/10')).toEqual(all('flytta LG 9/9 till 16/9', 'flytta LG 14/10 till 21/10'));
    // A later part without its own verb repeats the first's.
    expect(parse('flytta LG 20/5 en vecka och LG 9/9 två veckor')).toEqual(all('flytta LG 20/5 till 27/5', 'flytta LG 9/9 till 23/9'));
    // A part that cannot be done is said, and nothing is proposed (not the first part alone, nor a range 27/5–9/6).
    expect(parse('flytta LG 20/5 till 27/5 och SK 9/6 till 31/6')).toMatchObject({ type: 'error', message: expect.stringMatching(/31\/6/) });
    expect(parse('flytta LG 20/5 till 27/5 och SK 9/6 till 31/6')).not.toHaveProperty('missing');
    // One meeting of two days is one change.
    expect(parse('LG 31/3-1/4 ställs in')).toEqual(parse('ställ in LG 31/3'));
  });

  it('changes a budget line by a signed amount, thousands or a share of it', () => {
    expect(parse('konsultstöd -30k')).toEqual(parse('ändra budget 2011 utredningar 200 000'));
    expect(parse('personal +20k')).toEqual(parse('ändra budget 2011 personal 600 000'));
    expect(parse('utredningarna +15 tkr')).toEqual(parse('ändra budget 2011 utredningar 245 000'));
    expect(parse('höj kontorsservice med 10 %')).toEqual(parse('ändra budget 2011 kontorsservice 55 000'));
    expect(parse('sänk personalen med 5 procent')).toEqual(parse('ändra budget 2011 personal 551 000'));
    expect(parse('staff -5%', 'en')).toEqual(parse('change budget 2011 personal 551 000', 'en'));
    expect(parse('take 10% off consultancy', 'en')).toEqual(parse('change budget 2011 utredningar 207 000', 'en'));
    // A share without a direction asks what share the line is; a change by an amount without a line asks for the line.
    expect(parse('personal 10 %')).toBeUndefined();
    expect(parse('höj med 20 000')).toMatchObject({ type: 'error', missing: true, message: expect.stringMatching(/budgetrad/) });
    // Passive and adverb forms change by the amount; an amount after till/to is the new one.
    expect(parse('konsultstödet kan höjas med 25k')).toEqual(parse('ändra budget 2011 utredningar 255 000'));
    expect(parse('utredningar ned 30 tkr')).toEqual(parse('ändra budget 2011 utredningar 200 000'));
    expect(parse('bump consultancy up by 15%', 'en')).toEqual(parse('change budget 2011 utredningar 264 500', 'en'));
    expect(parse('utredningarna höjs med 20 000 till 250 000')).toEqual(parse('ändra budget 2011 utredningar 250 000'));
    expect(parse('personalen går upp till 600 000')).toEqual(parse('ändra budget 2011 personal 600 000'));
    // A direction with neither med nor till: the smaller change that goes the way asked.
    expect(parse('sänk personalen 20 000')).toEqual(parse('ändra budget 2011 personal 560 000'));
    expect(parse('höj personal 600 000')).toEqual(parse('ändra budget 2011 personal 600 000'));
    // A hypothesis and a rate over the years are asked, not changes.
    for (const q of ['om personalen sänks med 10 %', 'om personalen sänks med 30 000', 'if staff goes up by 20 000', 'personalen ökar med 3 procent per år', 'om personal och utredningar höjs med 10 000 och 20 000']) expect([q, parse(q)]).toEqual([q, undefined]);
  });

  it('corrects the writer\'s waiting proposal, and reads nothing as a correction without one', () => {
    const proposed = parse('flytta LG 20/5 till 26/5');
    if (proposed?.type !== 'change') throw new Error('no change');
    const pending: { id: string; change: typeof proposed.change; lang: 'sv' | 'en' } = { id: 'p1', change: proposed.change, lang: 'sv' };
    const correct = (text: string, lang: 'sv' | 'en' = 'sv', p: typeof pending = pending) => parseAdmin(text, { plan, lexicon, now, pending: p }, lang);
    expect(correct('nej 27/5 menade jag')).toEqual({ ...parse('flytta LG 20/5 till 27/5'), replaces: 'p1' });
    expect(correct('nej vänta, 3/6')).toEqual({ ...parse('flytta LG 20/5 till 3/6'), replaces: 'p1' });
    expect(correct('27/5 istället')).toEqual({ ...parse('flytta LG 20/5 till 27/5'), replaces: 'p1' });
    // The value taken back is left out; "ändra till …" corrects too.
    expect(correct('nej inte 26/5 utan 3/6')).toEqual({ ...parse('flytta LG 20/5 till 3/6'), replaces: 'p1' });
    expect(correct('3/6 istället, inte 26/5')).toEqual({ ...parse('flytta LG 20/5 till 3/6'), replaces: 'p1' });
    expect(correct('ändra till 3/6')).toEqual({ ...parse('flytta LG 20/5 till 3/6'), replaces: 'p1' });
    // The proposal's language where the words do not decide it; the words' where they do.
    expect(correct('no sorry, I meant 3 June', 'sv', { ...pending, lang: 'en' })).toEqual({ ...parse('move LG 20/5 to 3/6', 'en'), replaces: 'p1' });
    expect(correct('no wait, I meant 3 June')).toEqual({ ...parse('move LG 20/5 to 3/6', 'en'), replaces: 'p1' });
    expect(correct('nej, 3 juni menade jag', 'en', { ...pending, lang: 'en' })).toEqual({ ...parse('flytta LG 20/5 till 3/6'), replaces: 'p1' });
    // The other meeting meant, to the date proposed; a change of its own replaces the proposal as it is.
    expect(correct('nej, LG 9/9 menade jag')).toEqual({ ...parse('flytta LG 9/9 till 26/5'), replaces: 'p1' });
    expect(correct('nej, flytta LG 14/10 till 21/10')).toEqual({ ...parse('flytta LG 14/10 till 21/10'), replaces: 'p1' });
    // No correction word, or a question: not a correction.
    expect(correct('27/5')).toBeUndefined();
    expect(correct('nej, när är LG i maj?')).toBeUndefined();
    // Without a waiting proposal nothing is a correction.
    expect(parse('nej 27/5 menade jag')).toBeUndefined();
    const host = parse('ändra värd för SK 22/9 till Huddinge');
    const budget = parse('personal blir 600 000');
    const rotation = parse('rådslaget 2014 ska vara i Salem');
    if (host?.type !== 'change' || budget?.type !== 'change' || rotation?.type !== 'change') throw new Error('no change');
    expect(correct('nej, Haninge menade jag', 'sv', { ...pending, change: host.change })).toEqual({ ...parse('ändra värd SK 22/9 till Haninge'), replaces: 'p1' });
    // A name with å, ä or ö does not make an English correction Swedish.
    expect(correct('sorry, I meant Tyresö', 'en', { ...pending, change: host.change, lang: 'en' })).toEqual({ ...parse('change host SK 22/9 to Tyresö', 'en'), replaces: 'p1' });
    expect(correct('nej, 610 000', 'sv', { ...pending, change: budget.change })).toEqual({ ...parse('ändra budget 2011 personal 610 000'), replaces: 'p1' });
    expect(correct('nej, 2015 menade jag', 'sv', { ...pending, change: rotation.change })).toEqual({ ...parse('värd rådslag 2015 Salem'), replaces: 'p1' });
  });

  it('reads a value alone as the correction of the proposal just cancelled, and nothing else', () => {
    const request = (text: string, lang: 'sv' | 'en' = 'sv') => {
      const r = parse(text, lang);
      if (r?.type !== 'change') throw new Error(`no change for ${text}`);
      return r.change;
    };
    const cancelled = (text: string) => ({ id: '', change: request(text), lang: 'sv' as const, cancelled: true });
    const correct = (text: string, p: ReturnType<typeof cancelled>, lang: 'sv' | 'en' = 'sv') => parseAdmin(text, { plan, lexicon, now, pending: p }, lang);
    const move = cancelled('flytta LG 20/5 till 26/5');
    // A cancelled proposal is not replaced: the corrected one is a proposal of its own.
    expect(correct('27/5', move)).toEqual(parse('flytta LG 20/5 till 27/5'));
    expect(correct('27/5 menade jag', move)).toEqual(parse('flytta LG 20/5 till 27/5'));
    expect(correct('jag menade 3/6', move)).toEqual(parse('flytta LG 20/5 till 3/6'));
    // A day without its month is in the month proposed.
    expect(correct('sorry, the 23rd', move, 'en')).toEqual(parse('move LG 20/5 to 23/5', 'en'));
    expect(correct('den 31:a', move)).toEqual(parse('flytta LG 20/5 till 31/5'));
    expect(correct('LG 14/10 menade jag', cancelled('ställ in LG 9/9'))).toEqual(parse('ställ in LG 14/10'));
    expect(correct('Haninge', cancelled('ändra värd för SK 22/9 till Huddinge'))).toEqual(parse('ändra värd SK 22/9 till Haninge'));
    expect(correct('2015', cancelled('rådslaget 2014 ska vara i Salem'))).toEqual(parse('värd rådslag 2015 Salem'));
    // Any other word, or a question: read as it is.
    for (const q of ['tack', 'när är LG i maj?', 'vem är värd 27/5', 'LG 27/5 då', 'ok']) expect([q, correct(q, move)]).toEqual([q, undefined]);
  });

  it('counts a relative correction from the proposal, and says so', () => {
    const proposed = parse('personal blir 600 000');
    if (proposed?.type !== 'change') throw new Error('no change');
    const waiting = { id: 'p1', change: proposed.change, lang: 'sv' as const };
    const correct = (text: string, lang: 'sv' | 'en' = 'sv', p: { id: string; change: typeof proposed.change; lang: 'sv' | 'en'; cancelled?: boolean } = waiting) => parseAdmin(text, { plan, lexicon, now, pending: p }, lang);
    const from = expect.stringMatching(/^Räknat från förslaget, 600 000 kr, inte från planens 580 000 kr\.$/);
    expect(correct('nej, +10k')).toEqual({ ...parse('ändra budget 2011 personal 610 000'), replaces: 'p1', note: from });
    expect(correct('nej, 10 000 mer')).toEqual({ ...parse('ändra budget 2011 personal 610 000'), replaces: 'p1', note: from });
    expect(correct('nej, 20 000 mindre')).toEqual({ ...parse('ändra budget 2011 personal 580 000'), replaces: 'p1', note: from });
    expect(correct('nej, 5 % mer')).toEqual({ ...parse('ändra budget 2011 personal 630 000'), replaces: 'p1', note: from });
    expect(correct('no, another 10k', 'en')).toEqual({ ...parse('change budget 2011 personal 610 000', 'en'), replaces: 'p1', note: 'Counted from the proposal, 600 000 kr, not from the plan\'s 580 000 kr.' });
    // "till 610 000" and a bare amount are the new amount itself.
    expect(correct('nej, till 620 000')).toEqual({ ...parse('ändra budget 2011 personal 620 000'), replaces: 'p1' });
    expect(correct('nej, 620 000')).toEqual({ ...parse('ändra budget 2011 personal 620 000'), replaces: 'p1' });
    // Just cancelled: the same, and nothing to replace.
    expect(correct('10 000 mer', 'sv', { ...waiting, id: '', cancelled: true })).toEqual({ ...parse('ändra budget 2011 personal 610 000'), note: from });
  });

  it('reads changes listed with commas, and budget lines with amounts, as one proposal', () => {
    const change = (text: string) => (parse(text) as { change: Change }).change;
    expect(parse('flytta LG 9/9 till 16/9, ställ in LG 14/10')).toMatchObject({ type: 'change', change: { kind: 'batch', changes: [change('flytta LG 9/9 till 16/9'), change('ställ in LG 14/10')] } });
    expect(parse('personal 600 000 och kontorsservice 40 000')).toMatchObject({ type: 'change', change: { kind: 'batch', changes: [change('ändra budget 2011 personal 600 000'), change('ändra budget 2011 kontorsservice 40 000')] } });
    // The amounts the plan has are facts; a comma before a question is a question.
    expect(parse('personal 580 000 och kontorsservice 50 000')).toBeUndefined();
    expect(parse('since Södertälje hosts the rådslag in 2014, who hosts in 2015', 'en')).toBeUndefined();
  });

  it('asks which body a new meeting is for where none is named', () => {
    expect(parse('lägg till möte 15/9')).toMatchObject({ type: 'error', missing: true, message: expect.stringMatching(/Vilket organ/) });
    expect(parse('lägg till ett extra möte 12/10 i Salem')).toMatchObject({ type: 'error', missing: true, message: expect.stringMatching(/Vilket organ.*LG 12\/10/) });
    expect(parse('lägg till möte styrelsen 15/9')).toMatchObject({ type: 'error', message: expect.stringMatching(/styrelsen/) });
  });

  it('after "nej", proposes the cancelled change with the value given next, once, and only to its writer', async () => {
    const bot = await createTestCore('2011-04-07T10:00:00+02:00', { secretariat: ['sek', 'sek2'] });
    const say = async (text: string, conversationId = 'a', userId = 'sek') => {
      const [r] = await bot.core.handleMessage({ conversationId, channel: 'terminal', userId, text });
      return { kind: r!.kind, text: renderText(r!) };
    };
    try {
      await say('flytta LG 20/5 till 26/5');
      expect((await say('nej')).kind).toBe('cancelled');
      // Another writer, another conversation: nothing was cancelled there.
      expect((await say('27/5', 'a', 'sek2')).kind).not.toBe('confirm');
      expect((await say('27/5', 'b')).kind).not.toBe('confirm');
      expect(await say('27/5 menade jag')).toMatchObject({ kind: 'confirm', text: expect.stringMatching(/→ fredag 27 maj 2011/) });
      expect(await say('nej')).toMatchObject({ kind: 'cancelled' });
      // One message only: after a question the value is a question again.
      expect((await say('när är nästa SK?')).kind).toBe('nextMeeting');
      expect((await say('27/5')).kind).not.toBe('confirm');
      expect(bot.store.data.runtime.pending).toEqual([]);
      expect(bot.store.data.plan.meetings.find((m) => m.id === 'lg-2011-05-20')!.date).toEqual({ kind: 'day', date: '2011-05-20' });
      // An undo cancelled is not corrected by a value: "ångra" alone proposes one.
      await say('värd rådslag 2014 Salem');
      await say('ja');
      expect((await say('ångra')).text).toMatch(/Salem → Tyresö/);
      expect((await say('nej')).kind).toBe('cancelled');
      expect((await say('Haninge')).kind).not.toBe('confirm');
    } finally {
      await bot.cleanup();
    }
  });

  it('replaces the waiting proposal with the corrected one, only in its conversation, and refuses a member', async () => {
    const bot = await createTestCore('2011-04-07T10:00:00+02:00', { secretariat: ['sek'] });
    const say = async (text: string, conversationId = 'a', userId = 'sek') => {
      const [r] = await bot.core.handleMessage({ conversationId, channel: 'terminal', userId, text });
      return { kind: r!.kind, text: renderText(r!) };
    };
    try {
      expect(await say('flytta LG 20/5 till 26/5')).toMatchObject({ kind: 'confirm', text: expect.stringMatching(/26 maj/) });
      // Another conversation has no waiting proposal of this writer: not a correction.
      expect((await say('nej 27/5 menade jag', 'b')).kind).not.toBe('confirm');
      expect((await say('nej 27/5 menade jag', 'a', 'medlem')).kind).not.toBe('confirm');
      expect(await say('nej 27/5 menade jag')).toMatchObject({ kind: 'confirm', text: expect.stringMatching(/27 maj[\s\S]*ersätter det förra/) });
      expect(bot.store.data.runtime.pending).toHaveLength(1);
      expect(bot.store.data.plan.meetings.find((m) => m.id === 'lg-2011-05-20')!.date).toEqual({ kind: 'day', date: '2011-05-20' });
      expect((await say('ok kör')).kind).toBe('confirmed');
      expect(bot.store.data.plan.meetings.find((m) => m.id === 'lg-2011-05-20')!.date).toEqual({ kind: 'day', date: '2011-05-27' });
      // Confirmed: nothing waits, so the words are no correction.
      expect((await say('nej 3/6 menade jag')).kind).not.toBe('confirm');
      expect(bot.store.data.runtime.pending).toHaveLength(0);
    } finally {
      await bot.cleanup();
    }
  });

  it('leaves questions about meetings named by period or place alone', () => {
    for (const q of ['när är första LG-mötet efter sommaren', 'vilka möten har ställts in', 'SK 14/4 och LG 20/5, när är de?', 'hur ångrar jag en ändring', 'var är SK-mötet i december', 'LG träffas inte i juli', 'inget möte i juli', 'no meetings in July?']) {
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

describe('a host changed "från X till Y"', () => {
  it.each([
    ['ändra värdkommun för rådslaget 2013 från Botkyrka till Huddinge', 'värd rådslag 2013 Huddinge'],
    ['byt värd för rådslaget 2016 från Haninge till Nynäshamn', 'värd rådslag 2016 Nynäshamn'],
    ['ändra värd för SK-mötet 22/9 från Nynäshamn till Haninge', 'ändra värd SK 22/9 till Haninge'],
  ])('"%s": the place after "från" is the one replaced (= "%s")', (words, command) => {
    expect(parse(words)).toEqual(parse(command));
  });

  it('"change the rådslag host for 2017 from Nykvarn to Botkyrka" (English)', () => {
    expect(parse('change the rådslag host for 2017 from Nykvarn to Botkyrka', 'en')).toEqual(parse('host rådslag 2017 Botkyrka', 'en'));
  });

  it('a new host asked for with only the host already named is that host (a change of nothing, which the secretariat answers by asking)', () => {
    expect(parse('Rådslaget 2014 behöver få en ny värdkommun, Tyresö har bett att få byta.')).toMatchObject({ type: 'change', change: { kind: 'rotation.set', year: 2014, host: 'tyreso' } });
  });
});

describe('a change after a dash: "rådslaget 2014 – ändra till Nykvarn"', () => {
  it.each([
    ['rådslaget 2014 – ändra till Nykvarn', 'värd rådslag 2014 Nykvarn'],
    ['SK 9/6 – ändra till Haninge', 'ändra värd SK 9/6 till Haninge'],
    ['LG 20/5 – ändra till 27/5', 'flytta LG 20/5 till 27/5'],
  ])('"%s" = "%s"', (words, command) => {
    expect(parse(words)).toEqual(parse(command));
  });
});

describe('a day that names no meeting', () => {
  it('puts the offered day where the day was written, in the forms people write it', async () => {
    const { replaceDay } = await import('../../bot/admin/natural.js');
    expect(replaceDay('flytta LG-mötet 19/5 till 26/5', '2011-05-19', '2011-05-20')).toBe('flytta LG-mötet 20/5 till 26/5');
    expect(replaceDay('ställ in LG den 15 oktober', '2011-10-15', '2011-10-14')).toBe('ställ in LG den 14/10');
    expect(replaceDay('cancel LG on October 15th', '2011-10-15', '2011-10-14')).toBe('cancel LG on 14/10');
    expect(replaceDay('flytta LG 2011-05-19 till 2011-05-26', '2011-05-19', '2011-05-20')).toBe('flytta LG 20/5 till 2011-05-26');
    // Not another number that only looks like it ("119/5", "19/50"), and nothing where the day is not written.
    expect(replaceDay('flytta LG 119/5', '2011-05-19', '2011-05-20')).toBeUndefined();
    expect(replaceDay('flytta LG nästa vecka', '2011-05-19', '2011-05-20')).toBeUndefined();
  });

  it('asks, offering the meeting near it, and keeps that meeting for a yes', () => {
    const r = parse('flytta LG-mötet 19/5 till 26/5');
    expect(r).toMatchObject({ type: 'error', missing: true, suggest: { from: '2011-05-19', to: '2011-05-20' } });
    expect(parse('byt värd för SK 4/11 till Salem')).toMatchObject({ type: 'error', missing: true, suggest: { from: '2011-11-04', to: '2011-11-03' } });
    // Far from any of its meetings: the meetings around it, nothing offered.
    const far = parse('ställ in SK 1/8');
    expect(far).toMatchObject({ type: 'error', missing: true });
    expect(far && 'suggest' in far ? far.suggest : undefined).toBeUndefined();
  });
});

describe('amounts as the secretariat writes them', () => {
  it('reads an amount that ends a sentence, and no date or clock time as one', () => {
    expect(amountsIn('Please change the staff line in the 2011 budget to 600 000.')).toEqual([600000]);
    expect(amountsIn('personal blir 620 000 kr.')).toEqual([620000]);
    expect(amountsIn('utredningar 250000. Tack!')).toEqual([250000]);
    expect(amountsIn('flytta SK 14.4 till 2011-05-12 kl 13.00')).toEqual([]);
    // (A dot between groups of three is a thousands' mark, as the continent writes it: "1.500 kr" is 1 500 kr, round 32.)
    expect(amountsIn('1.500 kr')).toEqual([1500]);
    expect(amountsIn('1.5 kr')).toEqual([]);
  });
});

// Round 17 (helper nlu17b): change requests told politely and indirectly, or as terse data entry.
describe('terse data entry', () => {
  it.each([
    // A key glued to its value by "=" sets it, as "värd: Huddinge" does.
    ['SK 2011-04-14 värd=Huddinge', 'ändra värd SK 14/4 till Huddinge'],
    ['LG 2011-09-09 datum=2011-09-16', 'flytta LG 9/9 till 16/9'],
    ['rådslag 2014 värd=Haninge', 'värd rådslag 2014 Haninge'],
    // A name cut short is the plan's name it starts (as the question reader's shorthand reads it).
    ['BUDGET utredn 230k->200k', 'ändra budget 2011 utredningar 200 000'],
  ])('"%s" = "%s"', (words, command) => {
    const r = parse(words);
    expect(r?.type).toBe('change');
    expect(r).toEqual(parse(command));
  });
});

describe('a request framed as a question', () => {
  it.each([
    // A modal sentence with "i stället", a reason the plan cannot stay, or the conditional.
    ['Tyresö kan tyvärr inte ta mötet 8/12. Skulle Huddinge kunna stå som värd i stället?', 'ändra värd SK 8/12 till Huddinge'],
    ['Nykvarn har fått förhinder den 14/4. Kan Haninge vara värd för SK-mötet i stället?', 'ändra värd SK 14/4 till Haninge'],
    ['Nynäshamn klarar inte 22/9. Kan Salem ta SK-mötet då?', 'ändra värd SK 22/9 till Salem'],
    // Polite frames: a wish, a need, a possibility, someone wondering.
    ['Vore det möjligt att höja utredningsposten till 250 000?', 'ändra budget 2011 utredningar 250 000'],
    ['Jag skulle vilja att SK-mötet 22/9 flyttas till 29/9, det krockar med vårt fullmäktige.', 'flytta SK 22/9 till 29/9'],
    ['Botkyrka undrar om SK-mötet 3/11 kan läggas en vecka senare, den 10/11 – kan ni ordna det?', 'flytta SK 3/11 till 10/11'],
  ])('"%s" = "%s"', (words, command) => {
    const r = parse(words);
    expect(r?.type).toBe('change');
    expect(r).toEqual(parse(command));
  });

  it.each([
    ['Would it be possible to have Haninge host the SK meeting on 22 September instead?', 'change host SK 22/9 to Haninge'],
    ["Nynäshamn can't make 22 September. Could Salem host it instead?", 'change host SK 22/9 to Salem'],
  ])('"%s" = "%s" (English)', (words, command) => {
    const r = parse(words, 'en');
    expect(r?.type).toBe('change');
    expect(r).toEqual(parse(command, 'en'));
  });

  it('asks for the new host where a change of host names none', () => {
    expect(parse('vi behöver byta värd för SK i juni')).toMatchObject({ type: 'error', missing: true });
  });

  it.each([
    // A frame around a verb of telling asks to be told.
    ['kan ni säga vem som är värd för SK 22/9?', 'sv'],
    ['skulle du kunna visa budgeten?', 'sv'],
    ['vi behöver veta vem som är värd för SK i juni', 'sv'],
    ['jag undrar om du kan lista hela rotationen för rådslaget och vilken kommun som är värd', 'sv'],
    ['We need to know when the next LG meeting is.', 'en'],
    ['Could you tell me who hosts the SK meeting on 22 September?', 'en'],
    // A clause opened by a question word asks, whatever frames the rest.
    ['rådslaget nästa år, vem är värd? vi behöver lämna över till dem', 'sv'],
  ] as const)('"%s" stays a question', (words, lang) => {
    expect(parse(words, lang)).toBeUndefined();
  });

  it('writes the frame read, for DEBUG_NLU', () => {
    const why: string[] = [];
    parseAdmin('Skulle Huddinge kunna stå som värd för SK 8/12 i stället?', { plan, lexicon, now, why }, 'sv');
    expect(why).toContainEqual(expect.stringMatching(/^frame: a request, "skulle …" with instead/));
    const asked: string[] = [];
    parseAdmin('kan ni säga vem som är värd för SK 22/9?', { plan, lexicon, now, why: asked }, 'sv');
    expect(asked).toContainEqual(expect.stringMatching(/asks to be told/));
  });
});

describe('a relative shift', () => {
  it.each([
    // A count of days or weeks and a direction is a move, whatever verb carries it.
    ['Botkyrka undrar om SK-mötet 3/11 kan läggas en vecka senare', 'flytta SK 3/11 till 10/11', 'sv'],
    ['LG 14/10 hamnar två veckor senare', 'flytta LG 14/10 till 28/10', 'sv'],
    ['SK-mötet 22/9 kommer en vecka tidigare', 'flytta SK 22/9 till 15/9', 'sv'],
    ['Could you push the LG meeting of 9 September back a week?', 'move LG 9/9 to 16/9', 'en'],
  ] as const)('"%s" = "%s"', (words, command, lang) => {
    const r = parse(words, lang);
    expect(r?.type).toBe('change');
    expect(r).toEqual(parse(command, lang));
  });
});

describe('DEBUG_NLU for change requests', () => {
  it('logs how the secretariat command read a message, taken or left to the questions', async () => {
    const bot = await createTestCore('2011-04-07T10:00:00+02:00', { debugNlu: true, secretariat: ['tester'] });
    try {
      expect((await bot.ask('Skulle Huddinge kunna stå som värd för SK 8/12 i stället?')).kind).toBe('confirm');
      expect(bot.logger.lines).toContainEqual(expect.objectContaining({ msg: 'nlu command', command: 'secretariat', read: 'meeting.update', steps: expect.arrayContaining([expect.stringMatching(/^frame: a request/)]) }));
      expect((await bot.ask('kan ni säga vem som är värd för SK 22/9?', 'c2')).text).toContain('Nynäshamn');
      expect(bot.logger.lines).toContainEqual(expect.objectContaining({ msg: 'nlu', commands: { secretariat: expect.objectContaining({ read: 'a question', steps: expect.arrayContaining([expect.stringMatching(/asks to be told/)]) }) } }));
    } finally {
      await bot.cleanup();
    }
  });
});

describe('requests said as sentences (round 18)', () => {
  it('a body that meets once that year names its meeting: the day written in a move is the new day', () => {
    expect(parse('kan du lägga nyckeltalsdagen den 13 oktober istället?')).toEqual(parse('flytta nyckeltal 6/10 till 13/10'));
    // A new host with a day that is not the meeting's still asks which meeting, as do two days that are not it.
    expect(parse('nyckeltalsdagen 13/10 ska vara i Salem')).toMatchObject({ type: 'error', missing: true });
    expect(parse('kan du flytta rådslaget den 20 oktober till 27 oktober?')).toMatchObject({ type: 'error', missing: true });
  });

  it.each([
    ['nynäshamn kan inte ta rådslaget 2012, södertälje tar det', 'värd rådslag 2012 Södertälje', 'sv'],
    ['Huddinge kan inte ta rådslaget 2013, Salem tar det', 'värd rådslag 2013 Salem', 'sv'],
    ['Huddinge can not host the rådslag 2013, Salem will', 'host rådslag 2013 Salem', 'en'],
  ] as const)('"%s": the year\'s host, or one that cannot, is not the new host', (words, command, lang) => {
    expect(parse(words, lang)).toEqual(parse(command, lang));
  });
});

describe('the command words are the lexicon\'s', () => {
  it('reads a typo in a command word or a plain answer as the word ("historki", "bekärfta", "abvryt")', async () => {
    const bot = await createTestCore('2011-04-07T10:00:00+02:00', { secretariat: ['sec'] });
    const say = async (text: string) => (await bot.core.handleMessage({ conversationId: 'c', channel: 'terminal', userId: 'sec', text }))[0]!;
    expect((await say('historki')).kind).toBe('history');
    expect((await say('flytta LG 20/5 till 27/5')).kind).toBe('confirm');
    expect((await say('abvryt')).kind).toBe('cancelled');
    expect((await say('flytta LG 20/5 till 27/5')).kind).toBe('confirm');
    expect((await say('bekärfta')).kind).toBe('confirmed');
    await bot.cleanup();
  });

  it('takes the command\'s language from its first word', () => {
    expect(parse('cancel SK 9/6', 'sv')).toMatchObject({ type: 'change', lang: 'en' });
    expect(parse('ställ in SK 9/6', 'en')).toMatchObject({ type: 'change', lang: 'sv' });
  });
});

it('reads a polite request naming only the year\'s host as a change of nothing (which the secretariat answers by asking for the new host)', () => {
  expect(parse('Rådslaget 2014 behöver få en ny värdkommun, Tyresö har bett att få byta. Kan du ordna det?')).toMatchObject({ type: 'change', change: { kind: 'rotation.set', year: 2014, host: 'tyreso' } });
});

describe('wondering whether', () => {
  it('asks whether a claim holds: a question, for the secretariat and anyone', async () => {
    const bot = await createTestCore('2011-04-07T10:00:00+02:00', { secretariat: ['sec'] });
    for (const user of ['sec', 'member']) {
      const [r] = await bot.core.handleMessage({ conversationId: `c-${user}`, channel: 'terminal', userId: user, text: 'Huddinge undrar om rådslaget 2013 är i Huddinge' });
      expect(renderText(r!)).toMatch(/^Nej – .*Botkyrka/);
      const [s] = await bot.core.handleMessage({ conversationId: `d-${user}`, channel: 'terminal', userId: user, text: 'Botkyrka undrar om SK-mötet 3/11 är i Botkyrka' });
      expect(renderText(s!)).toMatch(/^Ja – /);
    }
    expect(bot.store.data.runtime.pending).toEqual([]);
    await bot.cleanup();
  });

  it('frames a request where a modal verb or a change follows', () => {
    expect(parse('jag undrar om ni kan flytta LG 20/5 till 27/5')).toEqual(parse('flytta LG 20/5 till 27/5'));
    expect(parse('undrar om SK 3/11 kunde vara i Salem istället')).toEqual(parse('ändra värd SK 3/11 till Salem'));
  });
});

describe('hesitant requests (round 24)', () => {
  it.each([
    // A modal that opens a clause after a comma or an ellipsis, after a leading word, or after its subject.
    ['rådslaget 2017… kan Huddinge ta det i stället?', 'värd rådslag 2017 Huddinge'],
    ['förlåt om jag stör, men kan Botkyrka ta rådslaget 2015 i stället för Södertälje?', 'värd rådslag 2015 Botkyrka'],
    ['rådslaget 2018 – kanske Salem kunde ta det istället?', 'värd rådslag 2018 Salem'],
    ['Haninge skulle kunna ta SK 8/12 i stället, går det?', 'ändra värd SK 8/12 till Haninge'],
    // A request's tag at the end; "kan man"; "sätta"; an arrow emoji.
    ['SK 8/12 flyttas till 15/12, funkar det?', 'flytta SK 8/12 till 15/12'],
    ['kan man lägga till ett extra LG-möte fredag 26/8?', 'lägg till möte LG 26/8'],
    ['skulle du kunna sätta personal till 600 000?', 'ändra budget 2011 personal 600 000'],
    ['SK 3/11 ➡️ 10/11', 'flytta SK 3/11 till 10/11'],
  ])('"%s" = "%s"', (words, command) => {
    const r = parse(words);
    expect(r?.type).toBe('change');
    const expected = parse(command);
    if (expected?.type === 'change' && expected.change.kind === 'meeting.add') expected.change.meetings.forEach((m) => (m.source = words));
    expect(r).toEqual(expected);
  });

  it.each([
    ['vem kan ta rådslaget 2018 i stället?'],
    ['kan Huddinge vara värd för rådslaget 2018?'],
    ['när är rådslaget 2017, kan Huddinge komma?'],
  ])('"%s" stays a question', (words) => {
    expect(parse(words)).toBeUndefined();
  });
});

describe('a correction inside the request (round 24)', () => {
  it.each([
    ['flytta SK 9/6 till 16/6, nej förlåt, 23/6', 'flytta SK 9/6 till 23/6', 'sv'],
    ['move LG 9 Sep to 16 Sep, sorry I meant 23 Sep', 'move LG 9/9 to 23/9', 'en'],
    ['sätt personal till 600 000, eller nej, 610 000', 'ändra budget 2011 personal 610 000', 'sv'],
    ['ny värd för SK 3/11: Salem, nej vänta, Nykvarn', 'ändra värd SK 3/11 till Nykvarn', 'sv'],
    ['LG 20/5 -> 27/5, nej 3/6', 'flytta LG 20/5 till 3/6', 'sv'],
  ] as const)('"%s" = "%s"', (words, command, lang) => {
    const r = parse(words, lang);
    expect(r?.type).toBe('change');
    expect(r).toEqual(parse(command, lang));
  });

  it('leaves a "nej" that starts the message, or corrects nothing, to the rest of the reading', () => {
    expect(parse('nej, flytta LG 20/5 till 27/5')).toEqual(parse('flytta LG 20/5 till 27/5'));
    expect(parse('flytta LG 20/5 till 27/5, nej förresten')).toEqual(parse('flytta LG 20/5 till 27/5'));
  });
});

describe('a request with its reason (round 24)', () => {
  it.each([
    // The reason's date, year or amount is not the request's.
    ['Flytta LG 20/5 till 13/5 pga krock med kommunchefsnätverkets möte 20/5.', 'flytta LG 20/5 till 13/5'],
    ['Utredningar, konsultstöd mm ska justeras ner till 200 000 kr eftersom två uppdrag skjuts till 2012.', 'ändra budget 2011 utredningar 200 000'],
    // Its reason still frames the request where the plan cannot stay.
    ['Tyresö kan inte ta SK 8/12 eftersom de har fullmäktige, kan Huddinge ta det?', 'ändra värd SK 8/12 till Huddinge'],
    // More frames of a hesitant request, and an amount in millions alone with its line.
    ['jag tänkte om vi kunde flytta nyckeltalsdagen till 13/10?', 'flytta nyckeltal 6/10 till 13/10'],
    ['är det ok om Huddinge tar SK 9/6 istället?', 'ändra värd SK 9/6 till Huddinge'],
    ['personalposten 0,6 mkr', 'ändra budget 2011 personal 600 000'],
  ])('"%s" = "%s"', (words, command) => {
    const r = parse(words);
    expect(r?.type).toBe('change');
    expect(r).toEqual(parse(command));
  });
});

describe('shorthand of change requests in unseen styles (round 26)', () => {
  it.each([
    ['LG 9/9 ❌', 'ställ in LG 9/9', 'sv'],
    ['❌ SK 8/12', 'ställ in SK 8/12', 'sv'],
    ['nyckeltalsdagen 6/10 🚫', 'ställ in nyckeltal 6/10', 'sv'],
    ['LG 14/10 🗑️', 'ställ in LG 14/10', 'sv'],
    ['SK 9/6 ✖️', 'cancel SK 9/6', 'en'],
    ['ställin SK 8/12', 'ställ in SK 8/12', 'sv'],
    ['tabort LG 9/9', 'ställ in LG 9/9', 'sv'],
  ] as const)('reads a symbol or a joined phrase as its words: "%s" = "%s"', (words, command, lang) => {
    const r = parse(words, lang);
    expect(r?.type).toBe('change');
    expect(r).toEqual(parse(command, lang));
  });

  it('asks which meeting where "t" stands for "till" and no meeting is named, as with "till"', () => {
    expect(parse('flytta mötet t 30/9')).toMatchObject({ type: 'error', missing: true });
    expect(parse('flytta mötet t 30/9')).toEqual(parse('flytta mötet till 30/9'));
  });

  it('asks which meeting where only the new date follows the verb', () => {
    expect(parse('flytta till 7/10')).toMatchObject({ type: 'error', missing: true });
    expect(parse('move to 7 Oct', 'en')).toMatchObject({ type: 'error', missing: true });
  });

  it('reads a value glued to a year or a day by a colon, and not a day\'s ordinal', () => {
    expect(parse('rådslag 2017:Haninge')).toEqual(parse('värd rådslag 2017 Haninge'));
    expect(parse('SK 14/4:Salem')).toEqual(parse('ändra värd SK 14/4 till Salem'));
    expect(parse('SK-mötet 14/4 ska flyttas till den 21:a')).toEqual(parse('flytta SK 14/4 till 21/4'));
  });

  it('answers in Swedish where a Swedish command verb opens the request, its å, ä and ö left out', () => {
    expect(parse('stall in nyckeltalsdagen pga sjukdom', 'en')).toEqual(parse('ställ in nyckeltal 6/10'));
  });

  it('reads a correction inside the request with no comma before it', () => {
    expect(parse('flytta LG 14/10 till 21/10 nej jag menar 28/10')).toEqual(parse('flytta LG 14/10 till 28/10'));
    expect(parse('LG 25/11 -> 2/12 nä förresten 9/12')).toEqual(parse('flytta LG 25/11 till 9/12'));
    expect(parse('ändra värd SK 3/11 till Salem eller nej jag menar Haninge')).toEqual(parse('ändra värd SK 3/11 till Haninge'));
  });

  it('makes the proposal\'s change to the meeting after or before it ("the one after that")', () => {
    const cancel = parse('ställ in SK 9/6');
    const move = parse('flytta LG 9/9 till 16/9');
    if (cancel?.type !== 'change' || move?.type !== 'change') throw new Error('expected changes');
    const correct = (text: string, change: Change, lang: 'sv' | 'en' = 'sv') => parseAdmin(text, { plan, lexicon, now, pending: { id: 'p1', change, lang } }, lang);
    expect(correct('nej, mötet efter det', cancel.change)).toEqual({ ...parse('ställ in SK 22/9'), replaces: 'p1' });
    expect(correct('sorry, the one after that', cancel.change, 'en')).toEqual({ ...parse('cancel SK 22/9', 'en'), replaces: 'p1' });
    // A move carries its shift (a week later) to the other meeting.
    expect(correct('nej förlåt, den före', move.change)).toEqual({ ...parse('flytta LG 20/5 till 27/5'), replaces: 'p1' });
  });
});

describe('arrows, "ska till" and a shift corrected by another count (round 26)', () => {
  it.each([
    ['LG 20/5 ⏩ 27/5', 'flytta LG 20/5 till 27/5'],
    ['SK 9/6 🔁 16/6', 'flytta SK 9/6 till 16/6'],
    ['LG 20/5 ska till 27/5', 'flytta LG 20/5 till 27/5'],
    ['flytta LG 14/10 en vecka, nej två veckor', 'flytta LG 14/10 till 28/10'],
  ])('"%s" = "%s"', (words, command) => {
    const r = parse(words);
    expect(r?.type).toBe('change');
    expect(r).toEqual(parse(command));
  });
});

describe('short verbs and polite yes/no questions (round 26, lead)', () => {
  it.each([
    ['stll in LG 14/10', 'ställ in LG 14/10'],
    ['stal in SK 3/11', 'ställ in SK 3/11'],
  ])('mends a four-letter verb right before its particle: "%s" = "%s"', (typed, command) => {
    const r = parse(typed);
    expect(r?.type).toBe('change');
    expect(r).toEqual(parse(command));
  });

  it('leaves a short word that is no verb before its particle alone', () => {
    expect(parse('stll LG 14/10')).not.toEqual(parse('ställ in LG 14/10'));
  });

  it('reads a polite word before a yes/no verb that is no modal as a question, not a request', () => {
    expect(parse('snälla blir det sk på torsdag nästa vecka?')).toBeUndefined();
    expect(parse('snälla, är det möjligt att flytta LG 20/5 till 27/5?')?.type).toBe('change');
    expect(parse('snälla kan ni flytta LG 20/5 till 27/5')?.type).toBe('change');
  });
});

describe('a request to contact someone (round 28)', () => {
  it.each([
    ['ring Haninge och säg att LG 20/5 börjar 09.00', 'sv'],
    ['kan du mejla Nykvarn att SK 14/4 flyttas till 15.00', 'sv'],
    ['please call Tyresö and tell them SK on 8 December starts at 12', 'en'],
    ['could you email Botkyrka that LG 9/9 is moved to 16/9', 'en'],
  ] as const)('"%s" asks to pass a message on: a question, not a change', (words, lang) => {
    expect(parse(words, lang)).toBeUndefined();
  });
  it('leaves a change that names someone to tell a change ("flytta LG 20/5 till 27/5 och meddela alla")', () => {
    expect(parse('flytta LG 20/5 till 27/5 och meddela alla')?.type).toBe('change');
  });
});

describe('a follow-up that points at the meeting after (or before) the one just changed (round 28)', () => {
  const after = (first: string, next: string, lang: 'sv' | 'en' = 'sv') => {
    const previous = parse(first, lang);
    if (previous?.type !== 'change') throw new Error(`${first} is no change`);
    return parseAdmin(next, { plan, lexicon, now, previous: previous.change }, lang);
  };
  it('moves that meeting as its rest says', () => {
    expect(after('flytta LG 20/5 en vecka senare', 'och den efter det också en vecka senare')).toEqual(parse('flytta LG 9/9 till 16/9'));
    expect(after('move LG 9/9 one week later', 'and the one after that a week later too', 'en')).toEqual(parse('move LG 14/10 to 21/10', 'en'));
    expect(after('flytta LG 20/5 en vecka senare', 'den därefter ska också flyttas en vecka')).toEqual(parse('flytta LG 9/9 till 16/9'));
  });
  it('repeats the change where nothing more is said', () => {
    expect(after('ställ in SK 22/9', 'och den efter det också')).toEqual(parse('ställ in SK 3/11'));
  });
});

import { readFileSync } from 'node:fs';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { fold } from '../../bot/understand/normalize.js';
import { readAmounts, understand, withoutRelay, type QueryContext } from '../../bot/understand/understand.js';
import { validateStore } from '../../bot/store/store.js';
import { SEED } from '../helpers/app.js';
import { LEXICON } from '../helpers/core.js';

const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const lexicon = buildLexicon(LEXICON, plan);
const at = (iso: string) => new Date(iso);
const q = (text: string, now = '2011-04-07T10:00:00+02:00', context?: QueryContext) => understand({ text, plan, lexicon, now: at(now), context });

describe('folding', () => {
  it('folds case, diacritics and punctuation but keeps dates', () => {
    expect(fold('Vem är VÄRD för Rådslaget 2014?')).toBe('vem ar vard for radslaget 2014');
    expect(fold('möte 14/4, 2011-04-14 och 14.4!')).toBe('mote 14/4 2011-04-14 och 14.4');
  });
});

describe('entities', () => {
  it('finds bodies by name, alias, abbreviation, inflection, compound and typo', () => {
    expect(q('nästa SK').bodies).toEqual(['samarbetskommitten']);
    expect(q('när träffas kommitténs ledamöter').bodies).toEqual(['samarbetskommitten']);
    expect(q('nästa ledningsgruppsmöte').bodies).toEqual(['ledningsgruppen']);
    expect(q('var hålls nästa kommittémöte').bodies).toEqual(['samarbetskommitten']);
    expect(q('ledingsgruppen nästa gång').bodies).toEqual(['ledningsgruppen']);
    expect(q('radslaget 2014').bodies).toEqual(['radslaget']);
  });

  it('finds municipalities without diacritics and in the genitive', () => {
    expect(q('Sodertalje').municipalities).toEqual(['sodertalje']);
    expect(q('Huddinges möten').municipalities).toEqual(['huddinge']);
    expect(q('möten i Nynäshamn').municipalities).toEqual(['nynashamn']);
    expect(q('tyreso').municipalities).toEqual(['tyreso']);
  });

  it('reads a cue written as one word with a name as the cue too ("rådslagsordningen", "rådslagsrotationen")', () => {
    const order = q('vem är sist i rådslagsordningen');
    expect(order.bodies).toEqual(['radslaget']);
    expect(order.cues).toEqual(expect.arrayContaining(['rotation', 'final']));
    expect(q('vilken kommun är först i rådslagsrotationen').cues).toContain('rotation');
    // (A compound whose rest is no cue adds none: "rådslagsdagen" is the rådslag.)
    expect(q('när är rådslagsdagen').cues).not.toContain('rotation');
  });

  it('does not read a new name out of an ordinary word', () => {
    expect(q('vad händer i höst').cues).not.toContain('host');
    expect(q('budget').municipalities).toEqual([]);
  });
});

describe('dates against the clock (Europe/Stockholm)', () => {
  it('reads day-month forms in Swedish and English', () => {
    expect(q('14/4').dates).toEqual(['2011-04-14']);
    expect(q('den 14 april').dates).toEqual(['2011-04-14']);
    expect(q('April 14th').dates).toEqual(['2011-04-14']);
    expect(q('2011-04-14').dates).toEqual(['2011-04-14']);
    expect(q('Sept 22?').dates).toEqual(['2011-09-22']);
    expect(q('vad händer 8 dec').dates).toEqual(['2011-12-08']);
  });

  it('resolves relative days and weekdays in Stockholm time, not UTC', () => {
    // 23:30 UTC on 6 April is already 7 April in Stockholm.
    expect(q('idag', '2011-04-06T23:30:00Z').dates).toEqual(['2011-04-07']);
    expect(q('imorgon', '2011-04-06T23:30:00Z').dates).toEqual(['2011-04-08']);
    expect(q('i morgon').dates).toEqual(['2011-04-08']);
    expect(q('på fredag').dates).toEqual(['2011-04-08']);
    expect(q('on Thursday').dates).toEqual(['2011-04-07']);
  });

  it('reads months and weeks (Monday to Sunday)', () => {
    expect(q('i september').month).toEqual({ year: 2011, month: 9, yearGiven: false });
    expect(q('SK januari 2012').month).toEqual({ year: 2012, month: 1, yearGiven: true });
    expect(q('nästa vecka').week).toEqual({ offset: 1, from: '2011-04-11', to: '2011-04-17' });
    expect(q('this week', '2011-04-10T22:30:00Z').week).toEqual({ offset: 0, from: '2011-04-11', to: '2011-04-17' });
  });
});

describe('intents', () => {
  it.each([
    ['nästa LG', 'nextMeeting'],
    ['när träffas kommittén nästa gång', 'nextMeeting'],
    ['möten i september', 'meetingsOn'],
    ['SK-mötet efter 14/4', 'adjacentMeeting'],
    ['vem är värd för kommitténs möte i juni', 'meetingHost'],
    ['vad har Botkyrka för möten', 'municipalityMeetings'],
    ['vem är värd för rådslaget 2014?', 'rotationHost'],
    ['när är Haninge värd för rådslaget', 'rotationYears'],
    ['hur många möten har SK 2011', 'countMeetings'],
    ['vilken tid träffas LG', 'meetingTime'],
    ['sk kalender', 'calendar'],
    ['hur många dagar kvar till SK-mötet', 'daysUntil'],
    ['hur mycket går till personal?', 'budget'],
    ['vilka kommuner ingår', 'members'],
    ['vem har sekretariatet', 'secretariat'],
    ['vision 2025', 'organisation'],
    ['vad gör överförmyndarnämnden', 'bodyInfo'],
    ['vad blir vädret imorgon', 'notInPlan'],
    ['which consultants were hired with the 230 000?', 'notInPlan'],
    ['vilka konsulter betalades med utredningspengarna?', 'notInPlan'],
    ['vem är ordförande i Salem', 'notInPlan'],
    ['värd?', 'clarify'],
  ])('"%s" → %s', (text, intent) => {
    expect(q(text).intent).toBe(intent);
  });

  it('answers Swedish in Swedish; where the words do not decide, the locale, then the conversation, then Swedish', () => {
    const lang = (text: string, locale?: string, earlier?: 'sv' | 'en') => understand({ text, plan, lexicon, now: at('2011-04-07T10:00:00+02:00'), locale, context: earlier ? { ...q('budget'), lang: earlier } : undefined }).lang;
    expect(lang('kostnader?', 'en-GB')).toBe('en');
    expect(lang('kostnader?')).toBe('sv');
    expect(lang('SK 3/11 värd?', 'en-US')).toBe('en');
    expect(lang('ÖFN start?', 'en-US')).toBe('en');
    expect(lang('ÖFN start?', undefined, 'en')).toBe('en');
    expect(lang('ÖFN start?')).toBe('sv');
    expect(lang('när är nästa möte', 'en-US')).toBe('sv');
    expect(lang('hur mycket går till personal', 'en-US', 'en')).toBe('sv');
    expect(lang('boka in ett extra LG 16/12', 'en-US')).toBe('sv');
    expect(lang('when is the next meeting', 'sv-SE')).toBe('en');
    // No word of langWords: two or more common words of one language decide, before the locale; one does not.
    expect(lang('spending per month', 'sv-SE')).toBe('en');
    expect(lang('printed agenda for SK 9/6')).toBe('en');
    expect(lang('fika vid rådslaget tack', 'en-US')).toBe('sv');
    expect(lang('agenda SK 9/6?', 'sv-SE')).toBe('sv');
    // Words both languages use, if more often one ("total", "per"), count for neither.
    expect(lang('budget total per kvartal')).toBe('sv');
    expect(lang('agenda SK 9/6?', 'en-GB')).toBe('en');
    expect(lang('rådslaget 2013 t o m 2015', 'en-GB')).toBe('en');
    expect(lang('rådslaget 2013 t o m 2015')).toBe('sv');
    // A language asked for, and a language that is part of what is asked.
    expect(lang('nästa LG på engelska tack')).toBe('en');
    expect(lang('who hosts SK 9/6, in Swedish please')).toBe('sv');
    expect(lang('vad heter ledningsgruppen på engelska?')).toBe('sv');
    expect(lang('finns det något namn på engelska för rådslaget?')).toBe('sv');
    expect(lang('what is the rådslag called in Swedish?')).toBe('en');
    // A name of the plan typed with a typo keeps its å, ä, ö: it is a name, not a Swedish word ("rådslg", "södertorn").
    expect(lang('whos hostng the rådslg 2013')).toBe('en');
    expect(lang('vem har rådslg 2013')).toBe('sv');
  });

  it('reads the forms of a question: yes/no, why, amounts, counts of years, periods, request verbs', () => {
    expect(q('Är Nynäshamn värd 22/9?').form).toBe('yesNo');
    expect(q('Is the budget balanced?').form).toBe('yesNo');
    expect(q('Varför är Botkyrka värd för SK 9/6?').form).toBe('why');
    expect(q('år 2014 värd?').form).toBeUndefined();
    expect(q('what is in the 230 000?').amounts).toEqual([230000]);
    expect(q('vem är värd två år efter Nynäshamn').count).toBe(2);
    expect(q('LG-möten efter sommaren').period).toEqual({ id: 'after:summer', from: 9, to: 12 });
    expect(q('under våren').period).toMatchObject({ from: 1, to: 6 });
    expect(q('kan du boka ett rum').action).toBe('boka');
    expect(q('vad heter ordföranden').notInPlanKinds).toContain('name');
  });

  it('reads period phrases whole: a month short form inside one is not that month, and its order word still counts', () => {
    expect(q('vad händer innan jul?')).toMatchObject({ month: undefined, period: { id: 'before:christmas', from: 1, to: 12 } });
    expect(q('första LG-mötet efter semestern').period).toEqual({ id: 'after:summer', from: 9, to: 12 });
    expect(q('vad händer under Q3?')).toMatchObject({ intent: 'meetingsOn', period: { from: 7, to: 9 } });
    expect(q('näst sista SK-mötet i år').cues).toContain('penultimate');
    expect(q('the second to last LG meeting').cues).toContain('penultimate');
    expect(q('vad händer efter jul?').period).toEqual({ id: 'after:christmas', from: 1, to: 12, nextYear: true });
    expect(q('vilka möten är det mellan påsk och midsommar?').period).toMatchObject({ from: 4, to: 6 });
    expect(q('vad händer veckan efter nästa?', '2011-05-02T09:00:00+02:00')).toMatchObject({ week: { from: '2011-05-16', to: '2011-05-22' }, weekShift: undefined });
    expect(q('vilka möten är det de närmaste två månaderna?', '2011-09-01T09:00:00+02:00')).toMatchObject({ intent: 'meetingsOn', dates: ['2011-09-01', '2011-10-31'] });
    // A listing after a day is the rest of its year; the one meeting after it stays one.
    expect(q('vad händer efter 1 november?')).toMatchObject({ intent: 'meetingsOn', dates: ['2011-11-02', '2011-12-31'], relation: undefined });
    expect(q('nästa möte efter 22/9')).toMatchObject({ intent: 'adjacentMeeting', dates: ['2011-09-22'], relation: 'after' });
    // A season asked after it has passed this year is the coming one; a part of the year is this year's.
    expect(q('vilka möten är det i vår?', '2011-11-15T09:00:00+01:00').period).toMatchObject({ from: 1, to: 6, nextYear: true });
    expect(q('SK-möten i början av året').period).toMatchObject({ from: 1, to: 3 });
    expect(q('SK-möten i början av året').period?.nextYear).toBeUndefined();
    expect(q('första veckan i september').dates).toEqual(['2011-09-01', '2011-09-07']);
    expect(q('SK-möten hittills i år').cues).toContain('held');
  });

  it('reads a name cut short at a dot, and an amount per a unit as leaning on the last answer', () => {
    expect(q('ledn.gruppen nästa').bodies).toEqual(['ledningsgruppen']);
    expect(q('When is the nyckeltal day – not the rådslag, the key figures one?').bodies).toEqual(['nyckeltal']);
    expect(q('LG plan.konf datum').bodies).toContain('planeringskonferensen');
    expect(q('och per kvartal?').cues).toContain('per');
  });

  it('reads an ordinal only where a meeting, a body, "one" or nothing follows it', () => {
    expect(q('vilket är det tredje SK-mötet i år?').ordinal).toBe(3);
    expect(q('den andra?').ordinal).toBe(2);
    expect(q('the second one?').ordinal).toBe(2);
    expect(q('andra kommuner?').ordinal).toBeUndefined();
    expect(q('vilka andra möten finns i maj?').ordinal).toBeUndefined();
    expect(q('vad händer andra halvåret?').ordinal).toBeUndefined();
  });

  it('tells Swedish from English', () => {
    expect(q('när är nästa möte').lang).toBe('sv');
    expect(q('nar ar nasta mote').lang).toBe('sv');
    expect(q('when is the next meeting').lang).toBe('en');
    expect(q('budget breakdown').lang).toBe('en');
    // The plan's own labels quoted in a question do not make it Swedish; the words around them decide.
    expect(q('How much is Ersättning till Huddinge kommun?').lang).toBe('en');
    expect(q('hur mycket är Ersättning till Huddinge kommun?').lang).toBe('sv');
  });

  it('carries the subject into a follow-up, and only into one that leans on it', () => {
    const first = q('Vem är värd för rådslaget 2014?');
    const ctx: QueryContext = { ...first };
    const next = q('och 2015?', undefined, ctx);
    expect(next).toMatchObject({ intent: 'rotationHost', years: [2015], bodies: ['radslaget'], followUp: true });
    expect(q('och året efter?', undefined, { ...ctx, years: [2015] })).toMatchObject({ intent: 'rotationHost', years: [2016] });
    expect(q('hur mycket går till personal?', undefined, ctx)).toMatchObject({ intent: 'budget', followUp: false });
  });
});

describe('amounts written in words', () => {
  const numbers = LEXICON.offsets?.numbers ?? {};
  it('reads half a million as 500 000, in both languages and in the plan’s own sentence', () => {
    expect(readAmounts('bor det redan över en halv miljon på södertörn?', numbers)).toEqual([500_000]);
    expect(readAmounts('more than half a million inhabitants', numbers)).toEqual([500_000]);
    expect(readAmounts(plan.organisation.vision.text, numbers)).toEqual([500_000]);
  });
  it('still reads whole millions and plain amounts', () => {
    expect(readAmounts('en miljon', numbers)).toEqual([1_000_000]);
    expect(readAmounts('a million', numbers)).toEqual([1_000_000]);
    expect(readAmounts('1,5 miljoner', numbers)).toEqual([1_500_000]);
    expect(readAmounts('230 000 kr', numbers)).toEqual([230_000]);
  });
});

describe('round 12 (nlu12a): readings of kinds, not phrases', () => {
  it('spreads one line evenly over time where only a unit of time is asked, and splits between the members where they are named', () => {
    expect(q('utredningspengarna per kvartal om vi sprider ut dem jämnt?').cues).toContain('overTime');
    expect(q('personal per halvår jämnt fördelat?').cues).toContain('overTime');
    expect(q('vad blir utredningarna per kommun och kvartal om de delas lika?').cues).not.toContain('overTime');
    expect(q('hur mycket betalar varje kommun om avgifterna delas jämnt?').cues).not.toContain('overTime');
    expect(q('vad betalar var och en per kvartal om det delas jämnt?').cues).not.toContain('overTime');
  });

  it('reads a month with a year counted from this one as that year’s month', () => {
    expect(q('vad händer i januari nästa år?', '2011-12-14T09:00:00+01:00').month).toMatchObject({ year: 2012, month: 1, yearGiven: true });
    expect(q('Any meetings in April next year?', '2011-06-01T09:00:00+02:00').month).toMatchObject({ year: 2012, month: 4 });
    expect(q('vad händer i januari?', '2011-12-14T09:00:00+01:00').month).toMatchObject({ year: 2011, month: 1 });
  });

  it('reads a long name cut short with a typo inside the part kept, only where one name fits', () => {
    expect(q('planerigskonf LG när').bodies).toContain('planeringskonferensen');
    expect(q('LG planneringskonf när').bodies).toContain('planeringskonferensen');
    expect(q('planerig LG').bodies).toEqual(['ledningsgruppen']);
  });

  it('reads a budget line inside a compound after a municipality’s name', () => {
    expect(q('huddingeersättningen per kvartal?')).toMatchObject({ intent: 'budget', budgetLines: ['huddinge-kontorsservice'] });
  });

  it('leaves out a body set against another ("as opposed to", "till skillnad från")', () => {
    expect(q('Where is the key figures day held, as opposed to the Rådslag?').bodies).toEqual(['nyckeltal']);
    expect(q('var hålls Södertörnskonferensen, till skillnad från rådslaget?').bodies).toEqual(['sodertornskonferensen']);
    expect(q('what is the difference between the rådslag and the conference?').bodies).toHaveLength(2);
  });

  it('reads "fall" before its particle as the verb, not the autumn', () => {
    expect(q('Which SK meetings fall in the spring?').period).toMatchObject({ from: 1, to: 6 });
    expect(q('LG meetings in the fall?').period).toMatchObject({ from: 9, to: 12 });
  });

  it('leaves a fragment of names, days and the card’s field words to the locale, and a sentence to its words', () => {
    const withLocale = (text: string, locale: string) => understand({ text, plan, lexicon, now: at('2011-04-07T10:00:00+02:00'), locale });
    expect(withLocale('LG 20/5 tid?', 'en-GB').lang).toBe('en');
    expect(withLocale('LG 20/5 tid?', 'sv-SE').lang).toBe('sv');
    expect(withLocale('nästa SK', 'en-US').lang).toBe('sv');
    expect(withLocale('vilken tid börjar LG 20/5?', 'en-GB').lang).toBe('sv');
  });

  it('reads a verb of gaining with its particle as the purpose, and pay without it', () => {
    expect(q('vad tjänar vår kommun på samverkan?').cues).toContain('purpose');
    expect(q('What do we get out of cooperating?').cues).toContain('purpose');
    expect(q('hur mycket tjänar kommundirektörerna?').cues).not.toContain('purpose');
  });

  it('reads whether a role takes part in one body as who is in it', () => {
    expect(q('ska kommundirektörerna delta på samarbetskommitténs möten?')).toMatchObject({ intent: 'members', form: 'yesNo' });
    expect(q('do the municipal directors attend the SK meetings?').cues).toEqual(expect.arrayContaining(['membership', 'roleAttends']));
    expect(q('do the municipal directors attend the SK meetings?').notInPlanKinds).toEqual([]);
  });
});

describe('arithmetic over the calendar and the budget in clipped chat', () => {
  const after = (context: Partial<QueryContext>): QueryContext => ({ intent: 'meetingsOn', bodies: [], municipalities: [], years: [], dates: [], budgetLines: [], topics: [], cues: [], ...context });

  it('counts days until or since from a unit of days or weeks beside a word of until or since, with no question word', () => {
    expect(q('dagar till sk 14/4').intent).toBe('daysUntil');
    expect(q('days to LG 20/5?').intent).toBe('daysUntil');
    expect(q('veckor kvar till rådslaget').cues).toContain('inWeeks');
    const since = q('dagar sen sk 27/1');
    expect([since.intent, since.cues.includes('ago')]).toEqual(['daysUntil', true]);
    // A unit with nothing of until or since beside it stays what it was ("dagar" in a listing is no count).
    expect(q('vilka dagar träffas LG').intent).not.toBe('daysUntil');
  });

  it('reads a span from the point named after an order word to the meeting just answered, or to the other point named', () => {
    const followUp = q('hur många veckor efter 14/10', '2011-04-07T10:00:00+02:00', after({ bodies: ['ledningsgruppen'], meetingId: 'lg-2011-11-25' }));
    expect([followUp.intent, followUp.spanFrom, followUp.meetingId, followUp.relation]).toEqual(['daysUntil', { date: '2011-10-14' }, 'lg-2011-11-25', 'after']);
    expect(q('how many days after the rådslag is SK 14/4?').spanFrom).toEqual({ body: 'radslaget' });
    expect(q('hur många dagar före SK 22/9 är LG 9/9?').spanFrom).toEqual({ body: 'samarbetskommitten', date: '2011-09-22' });
    // One point and no meeting answered is no span: the meeting after the day, as before.
    expect(q('hur många veckor efter 14/10').spanFrom).toBeUndefined();
  });

  it('counts a body’s meetings after or before a day over the rest (or start) of that year', () => {
    const left = q('hur många lg kvar efter 20/5?');
    expect([left.intent, left.dates]).toEqual(['countMeetings', ['2011-05-21', '2011-12-31']]);
    expect(q('how many LG meetings before 9/9?').dates).toEqual(['2011-01-01', '2011-09-08']);
  });

  it('reads what is left of a budget amount for the rest of the year from a day, a month or today', () => {
    expect(q('jämnt fördelat, vad är kvar av totalbudgeten för resten av året fr o m 1/4').restOfYear).toEqual({ from: '2011-04-01' });
    expect(q('utredningar kvar efter maj vid jämn förbrukning').restOfYear).toEqual({ from: '2011-06-01' });
    expect(q('how much of the total budget remains for the rest of the year after March if spent evenly?').restOfYear).toEqual({ from: '2011-04-01' });
    expect(q('evenly spread, how much of the consultancy budget is left from October on?').restOfYear).toEqual({ from: '2011-10-01' });
    expect(q('hur mycket är kvar av budgeten för resten av året?').restOfYear).toEqual({ from: '2011-04-07' });
    // "jämnt" spreads the amount over the year here, not between the municipalities.
    expect(q('jämnt fördelat, vad är kvar av totalbudgeten för resten av året fr o m 1/4').cues).not.toContain('split');
    // An amount spent is taken from the line instead; a split between the municipalities stays one.
    expect(q('vi har förbrukat 100 000 av utredningarna efter maj, vad är kvar?').restOfYear).toBeUndefined();
    expect(q('jämnt fördelat per kommun, vad betalar var och en?').restOfYear).toBeUndefined();
  });

  it('reads words joined by a slash one by one ("studies/consultants" names a budget line)', () => {
    const slash = q('if we have spent 120 000 on studies/consultants, how much is left?');
    expect([slash.budgetLines, slash.lang]).toEqual([['utredningar'], 'en']);
  });

  it('reads a statement before a question of what or how much as its premise, not as a yes/no question', () => {
    expect(q('har lagt 30k på lokaler hittills, vad finns kvar').form).toBeUndefined();
    expect(q('har LG möte i maj?').form).toBe('yesNo');
  });

  it('decides the language of a clipped fragment by its words, not by shorthand written in both languages', () => {
    const lang = (text: string) => q(text).lang;
    expect(lang('budget personal vs lokaler diff')).toBe('sv');
    expect(lang('staff vs consultancy diff?')).toBe('en');
    expect(lang('days till SK 3/11')).toBe('en');
    expect(lang('dagar till SK 3/11')).toBe('sv');
    // The Swedish words for the budget lines ("lokaler", "utredningar") are Swedish whatever the client's locale.
    expect(understand({ text: 'utredningar vs lokaler diff', plan, lexicon, now: at('2011-04-07T10:00:00+02:00'), locale: 'en-US' }).lang).toBe('sv');
  });
});

describe('a relayed question', () => {
  it('is the question after the verb of asking, where a colon or a question word follows it', () => {
    expect(withoutRelay('En assistent på Tyresö frågar: ligger SK-mötet i december hos Tyresö?', lexicon)).toBe('ligger SK-mötet i december hos Tyresö?');
    expect(withoutRelay('En sekreterare i Huddinge undrar hur många år det är kvar', lexicon)).toBe('hur många år det är kvar');
    expect(withoutRelay('A journalist asks: who hosts the rådslag 2015?', lexicon)).toBe('who hosts the rådslag 2015?');
  });

  it('leaves a question that asks who asks, a verb without a colon or question word after it, and plain questions', () => {
    for (const text of ['vem frågar om budgeten?', 'Salem undrar om SK 9/6 är kvar', 'när är nästa möte?', 'vad frågar de: när är LG?']) {
      expect(withoutRelay(text, lexicon)).toBe(text);
    }
  });
});

// Round 10, writer k — persona: strategist at Södertälje kommun preparing her chair.
// Source: /work/shared/plan/verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');

const DEFAULT_NOW = '2011-04-07T10:00:00+02:00';
const T12 = ['12.00', '12:00'];
const T0830 = ['08.30', '08:30', '8.30', '8:30'];
const T13 = ['13.00', '13:00'];
const CANNOT = ['notInPlan', 'cannot'];

function sv(category, q, o = {}) { return Object.assign({ category, q, lang: 'sv' }, o); }
function en(category, q, o = {}) { return Object.assign({ category, q, lang: 'en' }, o); }
function conv(category, turns, o = {}) { return Object.assign({ category, conversation: turns }, o); }
function t(q, lang, o = {}) { return Object.assign({ q, lang }, o); }

const questions = [
  // ---------------- rotation ----------------
  sv('rotation', 'vem är värd för rådslaget 2015?', { now: '2011-11-15T09:00:00+01:00', expect: ['Södertälje'] }),
  sv('rotation', 'när är det södertäljes tur att ha rådslaget', { expect: ['2015'] }),
  sv('rotation', 'hur många år mellan Södertäljes och Huddinges rådslag?', { now: '2012-05-03T09:00:00+02:00', expectAny: [['3 år', 'tre år']] }),
  en('rotation', 'Who hosts the rådslag in 2017?', { expect: ['Nykvarn'] }),
  sv('rotation', 'vilka kommuner hinner vara värd för rådslaget innan det blir Södertäljes tur?', { expect: ['Nynäshamn', 'Botkyrka', 'Tyresö'] }),
  sv('rotation', 'vem har rådslaget i år?', { now: '2014-02-03T09:00:00+01:00', expect: ['Tyresö'] }),
  sv('rotation', 'hur många år är det kvar tills Huddinge ska stå värd för rådslaget?', { expect: ['2018'], expectAny: [['7 år', 'sju år']] }),
  en('rotation', 'Which year does Haninge host the rådslag, and who hosts it the year before?', { expect: ['2016', 'Södertälje'] }),
  sv('rotation', 'vem hade rådslaget förra året?', { now: '2013-05-01T09:00:00+02:00', expect: ['Nynäshamn'] }),
  sv('rotation', 'rådslaget i år, vilken kommun?', { now: '2016-01-12T09:00:00+01:00', expect: ['Haninge'] }),
  en('rotation', 'who is hosting the rådslag next year?', { now: '2017-03-01T09:00:00+01:00', expect: ['Huddinge'] }),

  // ---------------- budget ----------------
  sv('budget', 'är personalposten större än resten tillsammans?', { now: '2011-09-01T09:00:00+02:00', startsWith: 'Ja', expect: ['580 000', '280 000'] }),
  sv('budget', 'om avgifterna delas lika, hur mycket betalar varje kommun?', { expect: ['107 500'] }),
  sv('budget', 'personal per månad?', { expect: ['48 333'] }),
  sv('budget', 'hur stor andel av kostnaderna går till personal?', { expectAny: [['67', '68']] }),
  en('budget', 'How much more goes to staff than to studies and consultancy support?', { expect: ['350 000'] }),
  sv('budget', 'vilken är den minsta kostnadsposten?', { expect: ['50 000'], expectAny: [['kontorsservice', 'Huddinge']] }),
  sv('budget', 'vad blir kvar av intäkterna när personalen är betald?', { expect: ['280 000'] }),
  sv('budget', 'går budgeten jämnt ut, alltså lika mycket intäkter som kostnader?', { startsWith: 'Ja', expect: ['860 000'] }),
  en('budget', 'what percentage of the costs is studies and consultancy?', { expectAny: [['26', '27']] }),
  sv('budget', 'hur många gånger större är personalposten än ersättningen till huddinge?', { expectAny: [['11,6', '11.6']] }),
  sv('budget', 'om vi delar personalkostnaden på de åtta kommunerna, vad blir det per kommun?', { expect: ['72 500'] }),
  sv('budget', 'rangordna kostnadsposterna från störst till minst', { expect: ['580 000', '230 000', '50 000'] }),
  en('budget', 'Where does the revenue come from?', { expect: ['860 000'], expectAny: [['municipalit', 'kommun']] }),

  // ---------------- yesno ----------------
  sv('yesno', 'är södertälje med i överförmyndarnämnden?', { startsWith: 'Nej' }),
  en('yesno', 'Is the SK meeting on 22 September in Nynäshamn?', { startsWith: 'Yes' }),
  sv('yesno', 'är Södertälje värd för något SK-möte i år?', { startsWith: 'Nej' }),
  en('yesno', 'Does SK meet on Fridays?', { startsWith: 'No', expect: ['Thursday'] }),
  sv('yesno', 'ligger LG 14/10 före nyckeltalsdagen?', { startsWith: 'Nej', expect: ['6 oktober'] }),
  sv('yesno', 'har rådslaget redan varit i år?', { startsWith: 'Ja', expect: ['24 mars'] }),
  sv('yesno', 'har södertörnskonferensen varit?', { now: '2011-09-05T09:00:00+02:00', startsWith: 'Ja', expect: ['1 september'] }),
  en('yesno', 'Are there more LG meetings than SK meetings left this year?', { startsWith: 'No' }),
  sv('yesno', 'är det några LG-möten kvar i år?', { now: '2011-11-28T09:00:00+01:00', startsWith: 'Nej' }),
  sv('yesno', 'LG nästa vecka?', { now: '2011-09-02T14:00:00+02:00', startsWith: 'Ja', expect: ['9 september'] }),
  en('yesno', 'Is there an LG meeting tomorrow?', { now: '2011-05-19T15:00:00+02:00', startsWith: 'Yes', expect: ['20 May'] }),
  sv('yesno', 'är Tyresö värd för mer än en sak i år?', { startsWith: 'Ja', expect: ['8 december', '1 september'] }),
  en('yesno', 'Did the key figures day already happen?', { now: '2011-10-07T09:00:00+02:00', startsWith: 'Yes', expect: ['6 October'] }),

  // ---------------- premise ----------------
  sv('premise', 'varför är botkyrka värd för SK 9/6?', { expect: ['Salem'] }),
  sv('premise', 'rådslaget i Nynäshamn i år – vilket datum var det?', { expect: ['Salem', '24 mars'] }),
  en('premise', 'Why is the nyckeltal day in Huddinge this year?', { expect: ['Botkyrka'] }),
  sv('premise', 'tyresö är ju värdkommun för ÖFN, stämmer det?', { startsWith: 'Nej', expect: ['Haninge'] }),
  en('premise', 'Since LG meets on Thursdays, what time does the 20 May meeting start?', { expect: ['Friday'], expectAny: [T0830] }),
  sv('premise', 'personalposten är 850 000, vad blir det per månad?', { expect: ['580 000'] }),
  sv('premise', 'varför har Södertälje rådslaget 2014?', { expect: ['Tyresö', '2015'] }),
  en('premise', 'The Södertörn conference is in Haninge on 1 September, right?', { startsWith: 'No', expect: ['Huddinge', 'Tyresö'] }),
  sv('premise', 'SK 3/11 i Tyresö, när börjar det?', { expect: ['Botkyrka'], expectAny: [T12] }),

  // ---------------- offplan / cannot ----------------
  sv('offplan', 'boka en lokal i nykvarn till SK 14/4', { kind: CANNOT }),
  sv('offplan', 'vad står på dagordningen till SK 9/6?', { kind: CANNOT }),
  en('offplan', 'Where is the LG meeting on 20 May held?', { kind: CANNOT }),
  sv('offplan', 'vilket datum är rådslaget 2012?', { kind: CANNOT }),
  en('offplan', 'What is the committee budget for 2012?', { kind: CANNOT }),
  sv('offplan', 'skicka en påminnelse till alla kommundirektörer om LG 9/9', { kind: CANNOT }),
  sv('offplan', 'vilket är det sista mötet innan rådslaget 2012?', { kind: CANNOT }),
  sv('offplan', 'beställ taxi till Salem till mötet 9/6', { kind: CANNOT }),

  // ---------------- topic ----------------
  sv('topic', 'när är ledningsgruppens planeringskonferens?', { expect: ['31 mars', '1 april'], expectNot: ['28 jan'] }),
  sv('topic', 'samarbetskommitténs planeringskonferens, när var den?', { expect: ['28 jan'], expectNot: ['31 mars'] }),
  en('topic', 'When is the Södertörn conference?', { expect: ['1 September'], expectNot: ['28 Jan', '31 March'] }),
  sv('topic', 'vad ingår i posten på 230 000?', { expect: ['utredningar'], expectAny: [['konsultstöd']] }),
  sv('topic', 'vad betalar 50 000-posten för?', { expectAny: [['kontorsservice', 'arbetsrum']] }),
  sv('topic', 'vad är syftet med ledningsgruppen?', { expect: ['förbereda', 'samordna'] }),
  sv('topic', 'vad syftar verksamhetsfrågorna till?', { expect: ['effektivisera'] }),
  en('topic', 'Who takes part in the Södertörn conference?', { expectAny: [['parties', 'partier'], ['officials', 'tjänstemän', 'civil servants']] }),
  sv('topic', 'vart läggs ansvaret för explosiva varor?', { expect: ['brandförsvarsförbund'] }),
  sv('topic', 'vad skiljer SK och LG åt?', { expect: ['kommundirektör'], expectAny: [['ordförande', 'kommunstyrelse']] }),

  // ---------------- period ----------------
  sv('period', 'hur många möten har LG efter sommaren?', { expect: ['9 september', '14 oktober', '25 november'], expectAny: [['3', 'tre']] }),
  sv('period', 'vilka SK-möten i höst är inte i Huddinge?', { expect: ['22 september', '3 november'] }),
  sv('period', 'sista LG i år?', { expect: ['25 november'] }),
  sv('period', 'sista SK-mötet 2011, var och när?', { expect: ['8 december', 'Tyresö'] }),
  sv('period', 'vad händer i september?', { now: '2011-08-25T09:00:00+02:00', expect: ['1 september', '9 september', '22 september'] }),
  en('period', 'How many SK meetings are left before the summer?', { expect: ['14 April', '9 June'], expectAny: [['2', 'two']] }),
  sv('period', 'SK-möten första halvåret 2012?', { expect: ['Södertälje', 'Huddinge'] }),
  sv('period', 'nästa SK?', { now: '2011-06-15T09:00:00+02:00', expect: ['22 september', 'Nynäshamn'] }),
  en('period', 'next LG?', { now: '2011-09-23T09:00:00+02:00', expect: ['14 October'] }),
  sv('period', 'hur många SK-möten är kvar i år?', { now: '2011-10-01T09:00:00+02:00', expect: ['3 november', '8 december'], expectAny: [['2', 'två']] }),
  sv('period', 'hur många veckor är det mellan södertörnskonferensen och nyckeltalsdagen?', { expectAny: [['5', 'fem']] }),
  sv('period', 'hur många dagar är det kvar till rådslaget?', { now: '2011-03-01T09:00:00+01:00', expect: ['24 mars'], expectAny: [['23', 'tjugotre']] }),
  sv('period', 'när är nästa LG?', { now: '2011-05-25T09:00:00+02:00', expect: ['9 september'] }),
  en('period', 'next SK meeting and who hosts it?', { now: '2011-12-01T09:00:00+01:00', expect: ['8 December', 'Tyresö'] }),
  sv('period', 'vem är värd för nästa SK?', { now: '2012-02-15T09:00:00+01:00', expect: ['Huddinge'] }),
  sv('period', 'vad är nästa heldag?', { now: '2011-08-20T09:00:00+02:00', expect: ['1 september'] }),
  sv('period', 'hur många SK-möten återstår i år?', { now: '2011-07-01T09:00:00+02:00', expect: ['22 september', '3 november', '8 december'], expectAny: [['3', 'tre']] }),
  en('period', 'when is the next SK and how many days is that from now?', { now: '2011-09-10T09:00:00+02:00', expect: ['22 September'], expectAny: [['12', 'twelve']] }),
  sv('period', 'var var SK igår?', { now: '2011-04-15T09:00:00+02:00', expect: ['Nykvarn'] }),
  en('period', 'how many LG meetings are left this year?', { now: '2011-10-20T09:00:00+02:00', expect: ['25 November'], expectAny: [['one', 'only', '1 meeting', '1 LG']] }),
  sv('period', 'södertörnskonferensen på torsdag, var är den?', { now: '2011-08-30T09:00:00+02:00', expect: ['Huddinge', 'Tyresö'] }),
  sv('period', 'SK imorgon, vilken tid?', { now: '2011-09-21T16:00:00+02:00', expectAny: [T12], expect: ['Nynäshamn'] }),
  sv('period', 'var hölls senaste SK-mötet?', { now: '2011-12-09T09:00:00+01:00', expect: ['Tyresö', '8 december'] }),

  // ---------------- followup ----------------
  conv('followup', [
    t('när är nästa SK?', 'sv', { expect: ['14 april', 'Nykvarn'] }),
    t('och efter det?', 'sv', { expect: ['9 juni', 'Salem'] }),
  ]),
  conv('followup', [
    t('vem har rådslaget 2015?', 'sv', { expect: ['Södertälje'] }),
    t('och året efter?', 'sv', { expect: ['Haninge'] }),
  ]),
  conv('followup', [
    t('hur mycket är personalbudgeten?', 'sv', { expect: ['580 000'] }),
    t('per kvartal då?', 'sv', { expect: ['145 000'] }),
  ]),
  conv('followup', [
    t('Which municipalities are in the ÖFN?', 'en', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
    t('and which one is the host?', 'en', { expect: ['Haninge'] }),
  ]),
  conv('followup', [
    t('SK 3/11?', 'sv', { expect: ['Botkyrka'] }),
    t('vilken tid?', 'sv', { expectAny: [T12] }),
  ], { locale: 'sv-SE' }),
  conv('followup', [
    t('när är nyckeltalsdagen', 'sv', { expect: ['6 oktober'] }),
    t('var?', 'sv', { expect: ['Botkyrka'] }),
  ]),
  conv('followup', [
    t('When is the next LG meeting?', 'en', { expect: ['20 May'] }),
    t('and the one after that?', 'en', { expect: ['9 September'] }),
  ]),
  conv('followup', [
    t('nästa SK?', 'sv', { expect: ['3 november', 'Botkyrka'] }),
    t('och LG-mötet innan dess?', 'sv', { expect: ['14 oktober'] }),
  ], { now: '2011-10-10T09:00:00+02:00' }),
  conv('followup', [
    t('hur många invånare har södertörn?', 'sv', { expect: ['430 000'] }),
    t('och vad är målet i visionen?', 'sv', { expectAny: [['halv miljon', '500 000']] }),
  ]),
  conv('followup', [
    t('hur mycket är budgeten för utredningar och konsultstöd?', 'sv', { expect: ['230 000'] }),
    t('och per kommun?', 'sv', { expect: ['28 750'] }),
  ]),

  // ---------------- typo ----------------
  sv('typo', 'när träffas ledingsgruppen nästa gång', { expect: ['20 maj'] }),
  sv('typo', 'vem är värd för SK-mötet 22/9', { expect: ['Nynäshamn'] }),
  sv('typo', 'rådsalget 2016 värd?', { expect: ['Haninge'] }),
  sv('typo', 'vilka kommunr är med i överförmyndarnämden', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
  sv('typo', 'hur stor är persoanlbudgeten', { expect: ['580 000'] }),
  sv('typo', 'samarbetskomitténs planeringskonferans datum', { expect: ['28 jan'], expectNot: ['31 mars'] }),
  sv('typo', 'LG-datum i höst', { expect: ['9 september', '14 oktober', '25 november'] }),
  en('typo', 'when is the nykeltal day', { expect: ['6 October'] }),
  sv('typo', 'utredingar och konsultstöd budjet', { expect: ['230 000'] }),

  // ---------------- language ----------------
  sv('language', 'SK 9/6 värd?', { lang: 'en', locale: 'en-GB', expect: ['Salem'] }),
  sv('language', 'ÖFN?', { lang: 'en', locale: 'en-GB', expect: ['Haninge'] }),
  sv('language', 'kostnader?', { lang: 'en', locale: 'en-US', expect: ['580 000', '50 000', '230 000'] }),
  sv('language', 'rådslaget 2013?', { locale: 'sv-SE', expect: ['Botkyrka'] }),
  sv('language', 'LG 14/10', { expect: ['14 oktober'] }),
  sv('language', 'budget 2011', { lang: 'en', locale: 'en-GB', expect: ['860 000'] }),
  en('language', 'In English please: vem är värd för SK 8/12?', { expect: ['Tyresö'] }),

  // ---------------- facts ----------------
  sv('facts', 'hur många invånare har södertörn idag enligt planen', { expect: ['430 000'] }),
  sv('facts', 'vad är visionen för 2025?', { expectAny: [['halv miljon', '500 000']] }),
  en('facts', 'What are the target areas in Södertörns UtvecklingsProgram 2010?', { expectAny: [['Klimat', 'Climate'], ['Infrastruktur', 'Infrastructure']] }),
  sv('facts', 'vilka regionala organ samordnar vi insatser i?', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] }),
  sv('facts', 'vilka förhållningssätt ska samverkan kännetecknas av?', { expect: ['gemensamma nyttan', 'ge och få'] }),
  sv('facts', 'vilken kommun står för sekretariatet?', { expect: ['Huddinge'] }),
  sv('facts', 'vilka sitter i SK?', { expectAny: [['kommunstyrelseordförande', 'kommunstyrelsens ordförande', 'ordförande']] }),
  sv('facts', 'vilka deltar i rådslaget förutom kommunerna?', { now: '2011-06-01T09:00:00+02:00', expect: ['Södertörns högskola', 'KTH', 'Handelskammaren', 'Företagarna'], expectAny: [['Karolinska']] }),
  sv('facts', 'vilka företag nämns som exempel på attraktionskraften?', { expect: ['Scania', 'Astra Zeneca'] }),
  sv('facts', 'vilka infrastruktursatsningar nämns i planen?', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] }),
  sv('facts', 'när startade överförmyndarnämnden?', { expect: ['1 januari 2011'] }),
  en('facts', 'What time do SK meetings run?', { expect: ['Thursday'], expectAny: [T12, ['15.00', '15:00']] }),
  sv('facts', 'hur mycket längre är ett LG-möte än ett SK-möte?', { expectAny: [['1,5', '1.5', 'en och en halv', '90 min']] }),
  sv('facts', 'vilka kommuner är varken med i ÖFN eller i miljöförbundet?', { expect: ['Nykvarn', 'Salem', 'Södertälje'] }),
  en('facts', 'Which ÖFN members are not in the environmental association?', { expect: ['Botkyrka', 'Huddinge'] }),
  sv('facts', 'vilken kommun är värd för både ett SK-möte och rådslaget i år?', { expect: ['Salem'] }),
  sv('facts', 'hur många fler invånare behövs för att nå visionen?', { expect: ['70 000'] }),
];

const SEC = 'secretariat';
const MEM = 'member';
const SECRETARIAT = [['sekretariat', 'secretariat']];

const commands = [
  sv('move', 'flytta LG 20/5 till 27/5', { as: SEC, kind: 'confirm', expect: ['27 maj'] }),
  en('move', 'move the SK meeting on 22 September to 29 September', { as: SEC, kind: 'confirm', expect: ['29 September'] }),
  sv('host', 'SK 3/11 ska vara i Södertälje istället för Botkyrka', { as: SEC, kind: 'confirm', expect: ['Södertälje'] }),
  sv('cancel', 'ställ in LG-mötet 14/10', { as: SEC, kind: 'confirm', expect: ['14 oktober'] }),
  sv('add', 'lägg till ett extra LG-möte fredag 19/8 kl 08.30-13.00', { as: SEC, kind: 'confirm', expect: ['19 augusti'] }),
  sv('budgetline', 'höj utredningar, konsultstöd mm till 260 000', { as: SEC, kind: 'confirm', expect: ['260 000'] }),
  sv('rotationhost', 'rådslaget 2013 ska hållas i Södertälje, inte Botkyrka', { as: SEC, kind: 'confirm', expect: ['Södertälje', '2013'] }),
  sv('missing', 'flytta SK-mötet', { as: SEC, kind: 'clarify' }),
  sv('missing', 'ändra personalposten i budgeten', { as: SEC, kind: 'clarify' }),
  conv('confirm', [
    t('flytta SK 8/12 till 15/12', 'sv', { as: SEC, kind: 'confirm', expect: ['15 december'] }),
    t('ok kör', 'sv', { as: SEC, kind: 'confirmed' }),
    t('visa ändringar', 'sv', { as: SEC, kind: 'history' }),
  ], { as: SEC }),
  conv('confirm', [
    t('ändra ersättningen till Huddinge för kontorsservice till 60 000', 'sv', { as: SEC, kind: 'confirm', expect: ['60 000'] }),
    t('nej avbryt', 'sv', { as: SEC, kind: 'cancelled' }),
  ], { as: SEC }),
  sv('refused', 'flytta SK 14/4 till 21/4', { as: MEM, kind: 'refused', expectAny: SECRETARIAT }),
  en('refused', 'change the host of the 2016 rådslag to Salem', { as: MEM, kind: 'refused', expectAny: SECRETARIAT }),
  sv('refused', 'sänk personalbudgeten till 550 000', { as: MEM, kind: 'refused', expectAny: SECRETARIAT }),
  sv('period', 'när är LG i maj? ska kolla om det krockar', { as: SEC, expect: ['20 maj'] }),
];

function write(file, description, items) {
  const out = { description, defaultNow: DEFAULT_NOW, items };
  fs.writeFileSync(path.join(__dirname, file), JSON.stringify(out, null, 2) + '\n');
}

write('pool-questions.json',
  'Round 10 writer k: Södertälje strategist persona — analytical questions (comparisons, counts, orderings, superlatives) plus facts, follow-ups, cannot-answer.',
  questions);
write('pool-commands.json',
  'Round 10 writer k: change requests (secretariat and members) plus secretariat questions.',
  commands);

function stats(items) {
  const c = {};
  for (const it of items) {
    const lang = it.lang || (it.conversation && it.conversation[0].lang) || '?';
    c[it.category] = c[it.category] || { sv: 0, en: 0 };
    c[it.category][lang] = (c[it.category][lang] || 0) + 1;
  }
  return c;
}
console.log('questions', questions.length, JSON.stringify(stats(questions)));
console.log('commands', commands.length, JSON.stringify(stats(commands)));
console.log('with now', questions.filter(i => i.now).length);

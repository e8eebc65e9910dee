// Writer j, round 9 — persona: new kommunstyrelseordförande in Salem + her kommundirektör.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const FEB = '2011-02-15T09:00:00+01:00';
const JUN1 = '2011-06-01T09:00:00+02:00';
const JUN10 = '2011-06-10T09:00:00+02:00';
const AUG = '2011-08-15T09:00:00+02:00';
const OCT = '2011-10-25T09:00:00+02:00';
const DEC = '2011-12-14T09:00:00+01:00';
const NIP = ['notInPlan', 'cannot'];
const T1200 = ['12.00', '12:00', '12 ', 'kl 12', 'noon'];

function Q(category, q, o = {}) { return Object.assign({ category, q, lang: 'sv' }, o); }
function E(category, q, o = {}) { return Object.assign({ category, q, lang: 'en' }, o); }
function C(category, turns, o = {}) {
  return Object.assign({ category, conversation: turns.map(t => Object.assign({ lang: 'sv' }, t)) }, o);
}

const questions = [
  // ---------- rotation ----------
  Q('rotation', 'vi i salem, vilket år är vi värd för rådslaget?', { expect: ['2011'] }),
  Q('rotation', 'vem har rådslaget nästa år', { expect: ['Nynäshamn'], expectNot: ['Botkyrka'] }),
  Q('rotation', 'rådslaget 2014 var', { expect: ['Tyresö'] }),
  Q('rotation', 'när e botkyrka värd för rådslaget', { expect: ['2013'] }),
  E('rotation', 'who hosts the rådslag in 2016?', { expect: ['Haninge'] }),
  Q('rotation', 'hur länge dröjer det innan södertälje har rådslaget', { expect: ['2015'] }),
  E('rotation', 'Which year is Huddinge hosting the rådslag?', { expect: ['2018'] }),
  Q('rotation', 'vem tar rådslaget året efter botkyrka', { expect: ['Tyresö', '2014'] }),
  Q('rotation', 'nykvarn eller haninge - vem av dem har rådslaget först?', { expect: ['Haninge', '2016'] }),
  Q('rotation', 'rådslaget nästa år, vem är värd? vi behöver lämna över till dem', { now: DEC, expect: ['Nynäshamn'] }),

  // ---------- budget ----------
  Q('budget', 'hur stor är budgeten totalt?', { expect: ['860 000'] }),
  Q('budget', 'hur mkt går till personal', { expect: ['580 000'] }),
  Q('budget', 'om avgiften delas lika mellan alla åtta kommuner, vad blir det per kommun?', { expect: ['107 500'] }),
  Q('budget', 'vad blir kvar av budgeten när personalen är betald?', { expect: ['280 000'] }),
  Q('budget', 'hela budgeten utslagen per månad, ungefär?', { expectAny: [['71 666', '71 667']] }),
  Q('budget', 'utredningspengarna per kvartal om vi sprider ut dem jämnt?', { expect: ['57 500'] }),
  Q('budget', 'hur stor del av kostnaderna är personal, i procent', { expectAny: [['67', '68']] }),
  Q('budget', 'skillnaden mellan personalposten och utredningar/konsultstöd?', { expect: ['350 000'] }),
  E('budget', 'how much is set aside for studies and consultants?', { expect: ['230 000'] }),
  E('budget', "what's the biggest cost item in the budget", { expect: ['580 000'], expectAny: [['personnel', 'staff', 'personal']] }),
  Q('budget', 'om konsultpotten delas på 8 kommuner, hur mycket per kommun blir det', { expect: ['28 750'] }),
  E('budget', 'if the fees are split equally, what is it per municipality per month?', { expectAny: [['8 958', '8 959']] }),

  // ---------- yesno ----------
  Q('yesno', 'är nästa SK-möte hos oss i salem?', { startsWith: 'Nej', expect: ['Nykvarn'] }),
  Q('yesno', 'är nästa SK-möte hos oss i salem?', { now: JUN1, startsWith: 'Ja', expect: ['9 juni'] }),
  Q('yesno', 'ingår salem i överförmyndarnämnden?', { startsWith: 'Nej' }),
  Q('yesno', 'e vi med i miljö- och hälsoskyddsförbundet? (salem)', { startsWith: 'Nej' }),
  E('yesno', 'Is Haninge the host municipality for the överförmyndarnämnd?', { startsWith: 'Yes' }),
  Q('yesno', 'börjar LG-mötena halv nio?', { startsWith: 'Ja', expectAny: [['08.30', '08:30', '8.30', '8:30']] }),
  E('yesno', 'is the nyckeltal day in the autumn?', { startsWith: 'Yes', expect: ['6 October'] }),
  Q('yesno', 'ligger södertörnskonferensen hos oss i salem?', { startsWith: 'Nej', expect: ['Huddinge', 'Tyresö'] }),
  E('yesno', 'Is Nykvarn part of the överförmyndarnämnd?', { startsWith: 'No' }),
  Q('yesno', 'har vi några fler SK-möten hos oss i salem i år?', { now: JUN10, startsWith: 'Nej' }),

  // ---------- premise ----------
  Q('premise', 'varför har botkyrka SK 9/6?', { expect: ['Salem'] }),
  Q('premise', 'hur mycket betalar vi i salem till överförmyndarnämnden?', { expectAny: [['inte', 'ej']] }),
  E('premise', 'Since Salem hosts the Södertörn conference on 1 September, do we need to book a venue?', { expect: ['Huddinge', 'Tyresö'] }),
  Q('premise', 'vad kom fram på nyckeltalsdagen i våras?', { expect: ['6 oktober'] }),
  Q('premise', 'sk-mötet fredag 14/4 i nykvarn, när börjar det', { expect: ['torsdag'], expectAny: [T1200] }),
  Q('premise', 'rådslaget hos oss 2012 – vad ska vi tänka på?', { expect: ['Nynäshamn'] }),
  Q('premise', 'ÖFN har ju salem som värdkommun, stämmer det', { expect: ['Haninge'] }),
  E('premise', 'Why is the LG planning conference in January?', { expect: ['31 March'] }),
  Q('premise', 'nyckeltalsdagen 6 okt är hos oss i salem va?', { expect: ['Botkyrka'] }),
  Q('premise', 'vilken tid börjar LG den 21 maj?', { expect: ['20 maj'], expectAny: [['08.30', '08:30', '8.30']] }),

  // ---------- offplan ----------
  Q('offplan', 'kan du skicka en kalenderinbjudan för 9/6 till alla i SK?', { kind: NIP }),
  Q('offplan', 'boka en lokal i salem för mötet 9 juni', { kind: NIP }),
  Q('offplan', 'vad står på dagordningen 14/4?', { kind: NIP }),
  Q('offplan', 'skicka protokollet från förra mötet', { now: OCT, kind: NIP }),
  Q('offplan', 'vilken adress är nyckeltalsdagen i botkyrka på?', { kind: NIP }),
  Q('offplan', 'vad blir budgeten för 2012?', { kind: NIP }),
  E('offplan', 'can you email the kommundirektör in Nykvarn and tell her we are late', { kind: NIP }),
  Q('offplan', 'var hålls LG-mötet 20/5, vilken kommun?', { kind: NIP }),
  E('offplan', 'When are the LG meetings in 2012?', { now: DEC, kind: NIP }),

  // ---------- topic ----------
  Q('topic', 'när är SK:s planeringskonferens?', { expectAny: [['27-28 jan', '27–28 jan', '27 och 28 jan', '27 januari', '27-28 januari']], expectNot: ['31 mars'] }),
  Q('topic', 'ledningsgruppens planeringskonferens, när?', { expect: ['31 mars'], expectAny: [['1 april']], expectNot: ['28 januari'] }),
  Q('topic', 'södertörnskonferensen eller rådslaget, vilket av dem är i september?', { expect: ['Södertörnskonferensen', '1 september'] }),
  Q('topic', 'vad ingår i 230 000-posten', { expectAny: [['utredning']], expectNot: ['kontorsservice'] }),
  Q('topic', 'vad är syftet med LG', { expectAny: [['förbereda']], expect: ['samordna'] }),
  Q('topic', 'vilka är med på södertörnskonferensen?', { expectAny: [['politiska partier']], expect: ['tjänstemän'], expectNot: ['Handelskammaren'] }),
  Q('topic', 'vilka deltar i rådslaget förutom kommunerna', { expect: ['Handelskammaren', 'Företagarna', 'KTH'] }),
  Q('topic', 'vilka kommuner står bakom miljö- och hälsoskyddsförbundet', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'], expectNot: ['Botkyrka', 'Huddinge'] }),
  E('topic', 'which one is in October, the nyckeltal day or the Södertörn conference?', { expect: ['6 October'], expectAny: [['nyckeltal', 'key figure', 'key indicator', 'key performance']] }),
  Q('topic', 'kontrollen av receptfria läkemedel, vilket förbund ligger den på?', { expectAny: [['miljö- och hälsoskyddsförbund']], expectNot: ['brandförsvarsförbund'] }),

  // ---------- period ----------
  Q('period', 'vilka SK-möten har vi i höst?', { expect: ['22 september', '3 november', '8 december'] }),
  Q('period', 'LG möten efter sommaren?', { expect: ['9 september', '14 oktober', '25 november'] }),
  Q('period', 'första SK efter sommaren, var?', { expect: ['22 september', 'Nynäshamn'] }),
  Q('period', 'sista sk i år?', { expect: ['8 december', 'Tyresö'] }),
  E('period', "what's on in September?", { expect: ['1 September', '9 September', '22 September'] }),
  Q('period', 'vad händer denna månad?', { now: '2011-10-03T09:00:00+02:00', expect: ['6 oktober', '14 oktober'] }),
  Q('period', 'vad händer i januari nästa år?', { now: DEC, expect: ['Södertälje'] }),
  Q('period', 'har vi något möte hos oss i salem i år?', { expect: ['9 juni'], expectAny: [['24 mars', 'rådslag']] }),
  Q('period', 'något snart? vad är nästa grej i kalendern', { now: AUG, expect: ['1 september'], expectAny: [['Södertörnskonferens']] }),
  Q('period', 'vad händer denna månad', { now: FEB, expectAny: [['inget', 'inga', 'ingenting']] }),

  // ---------- followup ----------
  C('followup', [
    { q: 'när ses vi nästa gång i SK?', expect: ['14 april', 'Nykvarn'] },
    { q: 'och efter det?', expect: ['9 juni', 'Salem'] },
  ]),
  C('followup', [
    { q: 'vem har rådslaget 2012', expect: ['Nynäshamn'] },
    { q: 'och vi i salem då?', expect: ['2011'] },
  ]),
  C('followup', [
    { q: 'nästa LG?', expect: ['9 september'] },
    { q: 'och SK?', expect: ['22 september', 'Nynäshamn'] },
  ], { now: AUG }),
  C('followup', [
    { q: 'vad betyder ÖFN?', expectAny: [['överförmyndarnämnd']] },
    { q: 'vem är värdkommun?', expect: ['Haninge'] },
    { q: 'och vi då? salem alltså', expectAny: [['inte', 'ej']] },
  ]),
  C('followup', [
    { q: 'hur stor är budgeten?', expect: ['860 000'] },
    { q: 'och per kommun om vi delar lika?', expect: ['107 500'] },
    { q: 'och per kommun och månad?', expectAny: [['8 958', '8 959']] },
  ]),
  C('followup', [
    { q: 'When is the next SK meeting?', lang: 'en', expect: ['3 November', 'Botkyrka'] },
    { q: 'and the one after that?', lang: 'en', expect: ['8 December', 'Tyresö'] },
  ], { now: OCT }),
  C('followup', [
    { q: 'when is the nyckeltal day', lang: 'en', expect: ['6 October'] },
    { q: 'where?', lang: 'en', expect: ['Botkyrka'] },
  ]),
  C('followup', [
    { q: 'vilka är med i miljöförbundet?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
    { q: 'sen när?', expect: ['2008'] },
  ]),
  C('followup', [
    { q: 'förra SK-mötet, var var det?', expect: ['Salem', '9 juni'] },
    { q: 'och nästa?', expect: ['22 september', 'Nynäshamn'] },
  ], { now: JUN10 }),
  C('followup', [
    { q: 'södertörnskonferensen, när?', expect: ['1 september'] },
    { q: 'var?', expect: ['Huddinge', 'Tyresö'] },
  ]),
  C('followup', [
    { q: 'förra mötet i SK?', expect: ['8 december', 'Tyresö'] },
    { q: 'nästa då?', expect: ['Södertälje'], expectAny: [['januari', 'jan 2012']] },
  ], { now: DEC }),

  // ---------- typo ----------
  Q('typo', 'när träffas ledingsgruppen nästa gång', { expect: ['20 maj'] }),
  Q('typo', 'SK-mötet i juni värd?', { expect: ['Salem'] }),
  Q('typo', 'rådslagt 2015?', { expect: ['Södertälje'] }),
  Q('typo', 'överförmyndarnämden vilka kommuner är med', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
  Q('typo', 'nycketalsdagen var', { expect: ['Botkyrka'] }),
  Q('typo', 'södertörnskonferansen datum', { expect: ['1 september'] }),
  Q('typo', 'buget för personal', { expect: ['580 000'] }),
  Q('typo', 'samarbetskomitténs möten vilken tid', { expectAny: [T1200, ['15.00', '15:00']] }),
  Q('typo', 'LG-datm i höst', { expect: ['9 september', '14 oktober', '25 november'] }),

  // ---------- language ----------
  Q('language', 'SK 3/11 värd?', { lang: 'en', locale: 'en-GB', expect: ['Botkyrka'] }),
  Q('language', 'ÖFN?', { lang: 'en', locale: 'en-GB', expectAny: [['överförmyndar']] }),
  Q('language', 'kostnader?', { lang: 'sv', locale: 'sv-SE', expect: ['580 000', '50 000', '230 000'] }),
  Q('language', 'LG 9/9 tid?', { lang: 'en', locale: 'en-US', expectAny: [['08.30', '08:30', '8:30', '8.30']] }),
  E('language', 'what does ÖFN stand for?', { expectAny: [['överförmyndarnämnd']] }),
  Q('language', 'rådslaget 2016', { lang: 'en', locale: 'en-GB', expect: ['Haninge'] }),
  E('language', 'where is the SK meeting on 9 June', { expect: ['Salem'] }),
  Q('language', 'Nyckeltal Södertörn?', { lang: 'en', locale: 'en-GB', expect: ['6 October'] }),

  // ---------- facts ----------
  Q('facts', 'vad är syftet med hela samarbetskommittén egentligen?', { expectAny: [['regionala utvecklingen', 'regional utveckling', 'kommunala och den regionala']] }),
  Q('facts', 'vad säger visionen?', { expect: ['2025'], expectAny: [['halv miljon']] }),
  Q('facts', 'vilka målområden finns i utvecklingsprogrammet', { expect: ['Näringsliv och Högskola', 'Olikhet och Mångfald', 'Klimat', 'Infrastruktur'] }),
  Q('facts', 'i vilka regionala organ samordnar vi oss?', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] }),
  Q('facts', 'förhållningssätt – vad ska samverkan kännetecknas av?', { expect: ['gemensamma nyttan'], expectAny: [['ge och få']] }),
  Q('facts', 'när började ÖFN', { expect: ['1 januari 2011'] }),
  E('facts', 'What are the two main areas of cooperation?', { expectAny: [['regional']] }),
  Q('facts', 'vilka infrastruktursatsningar nämns i planen', { expect: ['väg 73', 'Nynäsbanan', 'Södertörnsleden'], expectAny: [['E4']] }),
  E('facts', 'when was the development programme SUP 2010 adopted?', { expectAny: [['autumn 2010', 'fall 2010', 'autumn of 2010']] }),
  Q('facts', 'vad ska vi lägga mest tid på i år, regionala utvecklingsfrågor eller verksamhetsfrågor?', { expectAny: [['regionala utvecklingsfrågor']] }),
  E('facts', "what's this 'Capital of Scandinavia' thing in the plan?", { expect: ['Stockholm'] }),
  Q('facts', 'hur många konkreta utvecklingsfrågor hör till målområdena', { expectAny: [['fem', '5']] }),
];

const S = 'secretariat', M = 'member';
const commands = [
  // secretariat — complete requests
  Q('move', 'flytta SK 9/6 till 16/6', { as: S, kind: 'confirm', expect: ['16 juni'] }),
  E('move', 'move the LG meeting on 20 May to 27 May', { as: S, kind: 'confirm', expect: ['27 May'] }),
  Q('move', 'nyckeltalsdagen behöver flyttas till 13 okt', { as: S, kind: 'confirm', expect: ['13 oktober'] }),
  Q('host', 'SK 22/9 blir i salem istället för nynäshamn', { as: S, kind: 'confirm', expect: ['Salem'] }),
  Q('host', 'byt värd för sk-mötet 3/11 till huddinge', { as: S, kind: 'confirm', expect: ['Huddinge'] }),
  Q('cancel', 'ställ in LG 25/11', { as: S, kind: 'confirm', expect: ['25 november'] }),
  Q('add', 'lägg in ett extra SK-möte torsdag 18 aug hos salem', { as: S, kind: 'confirm', expect: ['18 augusti', 'Salem'] }),
  Q('budgetline', 'ändra utredningar, konsultstöd mm till 250 000', { as: S, kind: 'confirm', expect: ['250 000'] }),
  E('budgetline', 'set the Huddinge office services line to 60 000', { as: S, kind: 'confirm', expect: ['60 000'] }),
  Q('rotationhost', 'byt värd för rådslaget 2014 till nykvarn', { as: S, kind: 'confirm', expect: ['Nykvarn'] }),
  // secretariat — missing info
  Q('missing', 'flytta mötet', { as: S, kind: 'clarify' }),
  Q('missing', 'ändra personalbudgeten', { as: S, kind: 'clarify' }),
  Q('missing', 'flytta SK-mötet till 20 oktober', { as: S, kind: 'clarify' }),
  // secretariat — conversations
  C('confirm', [
    { q: 'flytta LG 14/10 till 21/10', as: S, kind: 'confirm', expect: ['21 oktober'] },
    { q: 'ja', as: S, kind: 'confirmed' },
  ], { as: S }),
  C('cancel', [
    { q: 'ställ in SK 8/12', as: S, kind: 'confirm', expect: ['8 december'] },
    { q: 'nej avbryt', as: S, kind: 'cancelled' },
  ], { as: S }),
  C('history', [
    { q: 'lägg till ett LG-möte fredag 17 juni', as: S, kind: 'confirm', expect: ['17 juni'] },
    { q: 'ok kör', as: S, kind: 'confirmed' },
    { q: 'visa ändringar', as: S, kind: 'history' },
  ], { as: S }),
  // members (Salem) — refused
  Q('refused', 'kan du flytta vårt möte 9/6 till 16/6?', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'byt värd för rådslaget 2015 till salem', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  E('refused', 'cancel the SK meeting on 14 April', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'höj personalposten till 600 000', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'lägg till ett LG-möte 2/12', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  // secretariat — questions that look like commands
  Q('move', 'innan jag flyttar nåt: när är LG i maj?', { as: S, expect: ['20 maj'] }),
  Q('host', 'vem står som värd för SK 3/11 nu?', { as: S, expect: ['Botkyrka'] }),
  Q('budgetline', 'hur mycket ligger på utredningar i budgeten?', { as: S, expect: ['230 000'] }),
  Q('rotationhost', 'vem har rådslaget 2016 enligt planen?', { as: M, expect: ['Haninge'] }),
];

function write(name, description, items) {
  const out = { description, defaultNow: NOW, items };
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify(out, null, 2) + '\n');
}
write('pool-questions.json', 'Round 9 writer j: Salem chair + kommundirektör, vague practical chat questions', questions);
write('pool-commands.json', 'Round 9 writer j: change requests (secretariat) and member attempts/questions', commands);

// Round 33 question writer "as" — pool built from /work/shared/plan/verksamhetsplan-2011.txt only.
// Personas: (1) Botkyrka kommundirektörens assistent (kalender, korta fragment, stavfel),
// (2) engelsktalande EU-projektpartner (vad är saker, pengar), (3) sekretariatet (ändring + fråga, rättar sig).
const fs = require('fs');
const path = require('path');

const NOW = '2011-04-07T10:00:00+02:00';
const T830 = ['08.30', '8.30', '08:30', '8:30'];
const T12 = ['12.00', '12:00'];
const NIP = ['notInPlan', 'cannot'];

function Q(category, q, o = {}) { return Object.assign({ category, q }, o); }
function C(category, turns, o = {}) { return Object.assign({ category, conversation: turns }, o); }

const questions = [
  // ---------------- rotation ----------------
  Q('rotation', 'vem är värd för rådslaget 2013?', { expect: ['Botkyrka'], lang: 'sv' }),
  Q('rotation', 'rådslaget 2015 vem har det', { expect: ['Södertälje'], lang: 'sv' }),
  Q('rotation', 'Which municipality hosts the rådslag in 2016?', { expect: ['Haninge'], lang: 'en' }),
  Q('rotation', 'när är huddinge värd för rådslaget', { expect: ['2018'], lang: 'sv' }),
  Q('rotation', 'vem tar rådslaget året efter botkyrka', { expect: ['Tyresö'], lang: 'sv' }),
  Q('rotation', 'who hosts the radslag the year before Huddinge does?', { expect: ['Nykvarn'], lang: 'en' }),
  Q('rotation', 'vilka är värdar för rådslaget 2016-2018', { expect: ['Haninge', 'Nykvarn', 'Huddinge'], lang: 'sv' }),
  Q('rotation', 'hur många år tills nykvarn har rådslaget', { expect: ['2017'], expectAny: [['6', 'sex']], lang: 'sv' }),
  Q('rotation', 'rådslag 2012 host?', { expect: ['Nynäshamn'], lang: 'en' }),
  Q('rotation', 'rådslag 2014?', { expect: ['Tyresö'], locale: 'en-GB', lang: 'en' }),
  Q('rotation', 'So the rådslag moves around between the municipalities – which one is hosting in 2017, and which in 2018?', { expect: ['Nykvarn', 'Huddinge'], lang: 'en' }),
  Q('rotation', 'vem är värd för rådslaget i år?', { now: '2012-02-01T09:00:00+01:00', expect: ['Nynäshamn'], lang: 'sv' }),
  Q('rotation', 'rådslaget nästa år, vem har det', { now: '2012-05-03T14:00:00+02:00', expect: ['Botkyrka'], lang: 'sv' }),
  Q('rotation', 'who is hosting this year\'s rådslag?', { now: '2013-01-15T09:00:00+01:00', expect: ['Botkyrka'], lang: 'en' }),

  // ---------------- budget ----------------
  Q('budget', 'hur stor är budgeten totalt 2011', { expect: ['860 000'], lang: 'sv' }),
  Q('budget', 'vad går mest pengar till', { expect: ['580 000'], expectAny: [['personal']], lang: 'sv' }),
  Q('budget', 'minsta kostnadsposten?', { expect: ['50 000'], lang: 'sv' }),
  Q('budget', 'If the fees were split equally between the eight municipalities, how much would each one pay?', { expect: ['107 500'], lang: 'en' }),
  Q('budget', 'vad blir personalkostnaden per månad', { expect: ['48 333'], lang: 'sv' }),
  Q('budget', 'total budget per month?', { expectAny: [['71 666', '71 667']], lang: 'en' }),
  Q('budget', 'hur mkt blir kvar av budgeten om man drar bort personalen', { expect: ['280 000'], lang: 'sv' }),
  Q('budget', 'skillnaden mellan personal och utredningar?', { expect: ['350 000'], lang: 'sv' }),
  Q('budget', 'What share of the budget goes to staff?', { expectAny: [['67', '68']], lang: 'en' }),
  Q('budget', 'hur många procent av budgeten är utredningar och konsultstöd', { expectAny: [['26', '27']], lang: 'sv' }),
  Q('budget', 'How much is set aside for studies and consultants per quarter?', { expect: ['57 500'], lang: 'en' }),
  Q('budget', 'budget per kvartal?', { expect: ['215 000'], lang: 'sv' }),
  Q('budget', 'om utredningspotten delas lika på de åtta kommunerna, hur mycket per kommun', { expect: ['28 750'], lang: 'sv' }),
  Q('budget', 'staff costs divided by the eight municipalities?', { expect: ['72 500'], lang: 'en' }),
  Q('budget', 'hur mycket mer går till utredningar än till huddinge-ersättningen', { expect: ['180 000'], lang: 'sv' }),

  // ---------------- yesno ----------------
  Q('yesno', 'är SK 14/4 i nykvarn?', { startsWith: 'Ja', lang: 'sv' }),
  Q('yesno', 'ingår salem i överförmyndarnämnden', { startsWith: 'Nej', lang: 'sv' }),
  Q('yesno', 'Is Huddinge part of the miljö- och hälsoskyddsförbund?', { startsWith: 'No', lang: 'en' }),
  Q('yesno', 'ligger nyckeltalsdagen på hösten', { startsWith: 'Ja', expect: ['6 okt'], lang: 'sv' }),
  Q('yesno', 'Does the committee meet on Thursdays?', { startsWith: 'Yes', lang: 'en' }),
  Q('yesno', 'har rådslaget redan varit i år?', { startsWith: 'Ja', expect: ['24 mars'], lang: 'sv' }),
  Q('yesno', 'Is Haninge the host municipality for the overformyndarnamnd?', { startsWith: 'Yes', lang: 'en' }),
  Q('yesno', 'blir det nåt SK-möte i augusti?', { startsWith: 'Nej', expectAny: [['22 sep', '9 juni']], lang: 'sv' }),
  Q('yesno', 'krockar nyckeltalsdagen med nåt LG-möte', { startsWith: 'Nej', lang: 'sv' }),
  Q('yesno', 'Is the budget balanced?', { startsWith: 'Yes', expect: ['860 000'], lang: 'en' }),
  Q('yesno', 'Did the environment and health protection association start in 2011?', { startsWith: 'No', expect: ['2008'], lang: 'en' }),
  Q('yesno', 'är kommundirektörerna med på SK-mötena?', { startsWith: 'Ja', lang: 'sv' }),
  Q('yesno', 'Do LG meetings start in the afternoon?', { startsWith: 'No', expectAny: [T830], lang: 'en' }),
  Q('yesno', 'kan fler kommuner gå med i överförmyndarnämnden', { startsWith: 'Ja', lang: 'sv' }),
  Q('yesno', 'har nyckeltalsdagen varit?', { now: '2011-10-10T09:00:00+02:00', startsWith: 'Ja', expect: ['6 okt'], lang: 'sv' }),
  Q('yesno', 'Has the Södertörn conference already happened?', { now: '2011-09-05T09:00:00+02:00', startsWith: 'Yes', expect: ['1 Sep'], lang: 'en' }),

  // ---------------- premise ----------------
  Q('premise', 'varför är botkyrka värd för SK 9/6?', { expect: ['Salem'], lang: 'sv' }),
  Q('premise', 'Why is the rådslag in Haninge this year?', { expect: ['Salem'], lang: 'en' }),
  Q('premise', 'vilket datum i maj har SK möte', { expectAny: [['9 juni', '20 maj']], lang: 'sv' }),
  Q('premise', 'nyckeltalsdagen i våras, var hölls den?', { expect: ['6 okt', 'Botkyrka'], lang: 'sv' }),
  Q('premise', 'Since Nykvarn is in the överförmyndarnämnd, who is the host municipality?', { expect: ['Haninge'], lang: 'en' }),
  Q('premise', 'LG-mötet torsdag 20/5, vilken tid börjar det?', { expect: ['fredag'], expectAny: [T830], lang: 'sv' }),
  Q('premise', 'Why does Södertälje host the rådslag in 2014?', { expect: ['Tyresö'], lang: 'en' }),
  Q('premise', 'budgeten är ju på en miljon, hur mycket av den går till personal', { expect: ['860 000', '580 000'], lang: 'sv' }),
  Q('premise', 'vad säger vision 2030?', { expect: ['2025'], lang: 'sv' }),
  Q('premise', 'the LG meets on Thursdays, right?', { startsWith: 'No', expect: ['Friday'], lang: 'en' }),
  Q('premise', 'varför ligger SK 3/11 i tyresö', { expect: ['Botkyrka'], lang: 'sv' }),
  Q('premise', 'södertörnskonferensen 24 mars i salem – vilka var med?', { expectAny: [['1 sep', 'rådslag']], lang: 'sv' }),

  // ---------------- offplan ----------------
  Q('offplan', 'kan du boka ett rum till LG 20/5?', { kind: NIP, lang: 'sv' }),
  Q('offplan', 'Please send the agenda for the April committee meeting to everyone', { kind: NIP, lang: 'en' }),
  Q('offplan', 'vad heter kommundirektören i salem', { kind: NIP, lang: 'sv' }),
  Q('offplan', "what's the address of the venue in Nykvarn?", { kind: NIP, lang: 'en' }),
  Q('offplan', 'budget 2012?', { kind: NIP, lang: 'sv' }),
  Q('offplan', 'ring botkyrkas kommundirektör och säg att jag är sen', { kind: NIP, lang: 'sv' }),
  Q('offplan', 'How much does lunch cost at the planning conference?', { kind: NIP, lang: 'en' }),
  Q('offplan', 'vilket datum är rådslaget 2012', { kind: NIP, lang: 'sv' }),
  Q('offplan', 'vem är ordförande i samarbetskommittén', { kind: NIP, lang: 'sv' }),
  Q('offplan', 'rådslaget 2019 vem är värd', { kind: NIP, lang: 'sv' }),

  // ---------------- topic ----------------
  Q('topic', 'när är ledningsgruppens planeringskonferens', { expect: ['31 mars'], expectNot: ['28 jan'], lang: 'sv' }),
  Q('topic', 'SK planeringskonf datum?', { expect: ['27', '28 jan'], expectNot: ['31 mars'], lang: 'sv' }),
  Q('topic', "When was the committee's planning conference?", { expect: ['27', '28 Jan'], expectNot: ['31 March'], lang: 'en' }),
  Q('topic', 'And when does the ledningsgrupp have its own planning conference?', { expect: ['31 March'], expectNot: ['28 Jan'], lang: 'en' }),
  Q('topic', 'vad är syftet med ledningsgruppen', { expectAny: [['förbereda']], expect: ['samordna'], lang: 'sv' }),
  Q('topic', 'syftet med rådslaget?', { expectAny: [['frågeställningar', 'fokus']], expectNot: ['ledande tjänstemän'], lang: 'sv' }),
  Q('topic', 'vad täcker posten ersättning till huddinge', { expect: ['kontorsservice', 'arbetsrum'], lang: 'sv' }),
  Q('topic', 'what does the 230 000 line cover?', { expectAny: [['konsult', 'consult']], lang: 'en' }),
  Q('topic', 'vilket förbund har hand om explosiva varor', { expect: ['brandförsvarsförbund'], expectNot: ['överförmyndar'], lang: 'sv' }),
  Q('topic', 'vem sköter kontrollen av receptfria läkemedel', { expect: ['miljö- och hälsoskyddsförbund'], expectNot: ['brandförsvar'], lang: 'sv' }),
  Q('topic', 'var är södertörnskonferensen', { expect: ['Huddinge', 'Tyresö'], expectNot: ['Salem'], lang: 'sv' }),
  Q('topic', 'var hölls rådslaget i år', { expect: ['Salem'], expectNot: ['Huddinge/Tyresö'], lang: 'sv' }),
  Q('topic', 'Who takes part in the Södertörn conference?', { expectAny: [['parties', 'partier']], expectNot: ['Handelskammaren', 'Chamber of Commerce'], lang: 'en' }),
  Q('topic', 'who takes part in the rådslag?', { expect: ['KTH'], expectAny: [['Handelskammaren', 'Chamber of Commerce']], lang: 'en' }),
  Q('topic', 'vilket styrdokument gäller för de regionala utvecklingsfrågorna', { expect: ['UtvecklingsProgram 2010'], lang: 'sv' }),
  Q('topic', 'LG i maj eller SK i juni – vilket kommer först?', { expect: ['20 maj'], lang: 'sv' }),

  // ---------------- period ----------------
  Q('period', 'vilka SK-möten är det i höst', { expect: ['22 sep', '3 nov', '8 dec'], lang: 'sv' }),
  Q('period', "What's left for the committee before the summer?", { expect: ['14 April', '9 June'], lang: 'en' }),
  Q('period', 'första SK efter sommaren', { expect: ['22 sep', 'Nynäshamn'], lang: 'sv' }),
  Q('period', 'sista LG-mötet i år', { expect: ['25 nov'], lang: 'sv' }),
  Q('period', 'vad händer i oktober', { expect: ['6 okt', '14 okt'], lang: 'sv' }),
  Q('period', 'vilka möten är det i september', { expect: ['1 sep', '9 sep', '22 sep'], lang: 'sv' }),
  Q('period', 'What is the first event after the summer break?', { expect: ['1 Sep'], lang: 'en' }),
  Q('period', 'SK-möten första halvåret', { expect: ['27 jan', '14 april', '9 juni'], lang: 'sv' }),
  Q('period', 'How many LG meetings are left this year?', { expectAny: [['4', 'four']], lang: 'en' }),
  Q('period', 'vilka möten har redan varit i år', { expect: ['21 jan', '27 jan', '24 mars', '31 mars'], lang: 'sv' }),
  Q('period', 'anything in November?', { expect: ['3 Nov', '25 Nov'], lang: 'en' }),
  Q('period', 'nästa SK?', { now: '2011-07-01T09:00:00+02:00', expect: ['22 sep', 'Nynäshamn'], lang: 'sv' }),
  Q('period', 'när är nästa LG?', { now: '2011-07-01T09:00:00+02:00', expect: ['9 sep'], lang: 'sv' }),
  Q('period', 'hur många SK-möten är kvar i år', { now: '2011-11-10T09:00:00+01:00', expect: ['8 dec'], expectAny: [['1', 'ett']], lang: 'sv' }),
  Q('period', 'Where was the last committee meeting?', { now: '2011-11-10T09:00:00+01:00', expect: ['Botkyrka'], lang: 'en' }),
  Q('period', 'förra SK-mötet, var var det?', { now: '2011-06-15T09:00:00+02:00', expect: ['Salem'], lang: 'sv' }),
  Q('period', 'nästa SK möte var', { now: '2012-02-01T09:00:00+01:00', expect: ['Huddinge'], expectAny: [['apr']], lang: 'sv' }),

  // ---------------- typo ----------------
  Q('typo', 'när är ledingsgruppen i maj', { expect: ['20 maj'], lang: 'sv' }),
  Q('typo', 'vem är vård för SK-mötet 22/9', { expect: ['Nynäshamn'], lang: 'sv' }),
  Q('typo', 'nyckeltalsdgen var?', { expect: ['Botkyrka'], lang: 'sv' }),
  Q('typo', 'södertörnskonferänsen datum', { expect: ['1 sep'], lang: 'sv' }),
  Q('typo', 'rådslagent 2017', { expect: ['Nykvarn'], lang: 'sv' }),
  Q('typo', 'överförmynarnämnden vilka kommuner', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], lang: 'sv' }),
  Q('typo', 'LG-datum i hsöt', { expect: ['9 sep', '14 okt', '25 nov'], lang: 'sv' }),
  Q('typo', 'samarbetskomitén hur ofta träffas den', { expectAny: [['sex', '6']], lang: 'sv' }),
  Q('typo', 'wen is the comittee meeting in june', { expect: ['9 June'], lang: 'en' }),
  Q('typo', 'miljöförbudnet startade när', { expect: ['2008'], lang: 'sv' }),
  Q('typo', 'planeringskonfernsen för LG?', { expect: ['31 mars'], lang: 'sv' }),

  // ---------------- language ----------------
  Q('language', 'SK 3/11 värd?', { locale: 'en-GB', expect: ['Botkyrka'], lang: 'en' }),
  Q('language', 'ÖFN?', { locale: 'sv-SE', expectAny: [['överförmyndar']], lang: 'sv' }),
  Q('language', 'kostnader?', { locale: 'en-GB', expect: ['580 000', '50 000', '230 000'], lang: 'en' }),
  Q('language', 'what is a rådslag?', { expectAny: [['annual', 'yearly', 'every year', 'each year']], lang: 'en' }),
  Q('language', 'nyckeltal 6/10?', { locale: 'en-GB', expect: ['Botkyrka'], lang: 'en' }),
  Q('language', 'LG 9/9 tid?', { expectAny: [T830], lang: 'sv' }),
  Q('language', "What's the samarbetskommitté exactly?", { expectAny: [['chair', 'ordförande']], lang: 'en' }),
  Q('language', 'Södertörnskonferensen?', { locale: 'en-GB', expect: ['1 Sep'], lang: 'en' }),
  Q('language', "ok and what does 'heldag' mean for the nyckeltal day?", { expectAny: [['full day', 'full-day', 'all day', 'whole day', 'all-day']], lang: 'en' }),

  // ---------------- facts ----------------
  Q('facts', 'hur många invånare har södertörn', { expect: ['430 000'], lang: 'sv' }),
  Q('facts', 'What is the vision for 2025?', { expectAny: [['half a million', '500 000']], lang: 'en' }),
  Q('facts', 'vilka målområden finns i utvecklingsprogrammet', { expect: ['Näringsliv', 'Mångfald', 'Klimat', 'Infrastruktur'], lang: 'sv' }),
  Q('facts', 'Which regional bodies do the municipalities coordinate their work in?', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'], lang: 'en' }),
  Q('facts', 'förhållningssätt?', { expect: ['gemensamma nyttan', 'ge och få'], lang: 'sv' }),
  Q('facts', 'vilka infrastruktursatsningar nämns i planen', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'], lang: 'sv' }),
  Q('facts', 'who provides the secretariat?', { expect: ['Huddinge'], lang: 'en' }),
  Q('facts', 'SK tider?', { expectAny: [T12, ['15.00', '15:00']], lang: 'sv' }),
  Q('facts', 'What time do the LG meetings run?', { expectAny: [T830, ['13.00', '13:00', '1 pm', '1pm']], lang: 'en' }),
  Q('facts', 'vilka är de viktigaste regionala utvecklingsfrågorna enligt SUP 2010', { expect: ['utbildningsnivå', 'klimateffektivt'], lang: 'sv' }),
  Q('facts', 'när fastställdes utvecklingsprogrammet', { expect: ['2010'], expectAny: [['hösten']], lang: 'sv' }),
  Q('facts', 'vad ska prioriteras under 2011, regionala frågor eller verksamhetsfrågor?', { expect: ['regional'], lang: 'sv' }),
  Q('facts', 'What are the two main areas of cooperation?', { expectAny: [['regional'], ['verksamhet', 'operational', 'service', 'business']], lang: 'en' }),
  Q('facts', 'samverkan om upphandling, vad säger planen', { expectAny: [['offentlig upphandling', 'LOU']], lang: 'sv' }),
  Q('facts', 'sedan när finns överförmyndarnämnden', { expect: ['2011'], expectAny: [['1 januari']], lang: 'sv' }),
  Q('facts', 'What is the Södertörn conference?', { expectAny: [['annual', 'yearly', 'every year', 'each year'], ['parties', 'partier']], lang: 'en' }),
  Q('facts', 'vad innebär gemensam ägarstyrning', { expectAny: [['ägardialog', 'bolagsordning', 'förbundsordning']], lang: 'sv' }),
  Q('facts', 'omvärldsbevakning, vad gör ni där', { expectAny: [['kontaktnät']], lang: 'sv' }),
  Q('facts', "what's the Stockholm slogan in the plan?", { expect: ['Capital of Scandinavia'], lang: 'en' }),
  Q('facts', 'inom vilka områden har samarbetet traditioner', { expectAny: [['gymnasie'], ['räddningstjänst']], lang: 'sv' }),
  Q('facts', 'vilken veckodag var rådslaget', { expect: ['torsdag'], lang: 'sv' }),
  Q('facts', 'LG möte hur lång tid', { expectAny: [['4,5', '4.5', 'fyra och en halv', '4 timmar och 30', '4 h 30']], lang: 'sv' }),
  Q('facts', 'What weekday is the nyckeltal day?', { expect: ['Thursday'], lang: 'en' }),
  Q('facts', 'hur många veckor till SK 9/6', { expectAny: [['9', 'nio']], lang: 'sv' }),
  Q('facts', 'hur många dagar är det till LG 20/5', { expect: ['43'], lang: 'sv' }),
  Q('facts', 'How many weeks until the Södertörn conference?', { expect: ['21'], lang: 'en' }),
  Q('facts', 'SK 22/9 morgon el eftermiddag?', { expectAny: [T12, ['eftermiddag', 'lunch', 'mitt på dagen']], lang: 'sv' }),
  Q('facts', 'vad kommer efter SK 14/4', { expect: ['20 maj'], lang: 'sv' }),
  Q('facts', 'vilket möte ligger närmast före SK 3/11', { expect: ['14 okt'], lang: 'sv' }),
  Q('facts', 'nästa möte?', { expect: ['14 april', 'Nykvarn'], lang: 'sv' }),
  Q('facts', 'veckor mellan SK 9/6 och 22/9', { expect: ['15'], lang: 'sv' }),
  Q('facts', 'vad är syftet med samarbetskommittén', { expect: ['regionala utveckling'], lang: 'sv' }),
  Q('facts', 'Where is the committee meeting in April 2012?', { expect: ['Huddinge'], lang: 'en' }),

  // ---------------- followup conversations ----------------
  C('followup', [
    { q: 'vem är värd för rådslaget 2013?', expect: ['Botkyrka'], lang: 'sv' },
    { q: 'och året efter?', expect: ['Tyresö'], lang: 'sv' },
  ]),
  C('followup', [
    { q: 'när är nästa SK', expect: ['14 april', 'Nykvarn'], lang: 'sv' },
    { q: 'och nästa efter det?', expect: ['9 juni', 'Salem'], lang: 'sv' },
    { q: 'vilken tid', expectAny: [T12], lang: 'sv' },
  ]),
  C('followup', [
    { q: 'What is the rådslag?', expect: ['KTH'], lang: 'en' },
    { q: 'who hosts it this year?', expect: ['Salem'], lang: 'en' },
    { q: 'and when was it?', expect: ['24 March'], lang: 'en' },
  ]),
  C('followup', [
    { q: 'vad kostar personalen', expect: ['580 000'], lang: 'sv' },
    { q: 'per månad då?', expect: ['48 333'], lang: 'sv' },
  ]),
  C('followup', [
    { q: 'vilka är med i överförmyndarnämnden', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
    { q: 'o vem är värdkommun?', expect: ['Haninge'], lang: 'sv' },
  ]),
  C('followup', [
    { q: 'när startade miljöförbundet', expect: ['2008'], lang: 'sv' },
    { q: 'vilka kommuner är med där?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
  ]),
  C('followup', [
    { q: 'LG i maj?', expect: ['20 maj'], lang: 'sv' },
    { q: 'vilken veckodag', expect: ['fredag'], lang: 'sv' },
    { q: 'när slutar det', expectAny: [['13.00', '13:00']], lang: 'sv' },
  ]),
  C('followup', [
    { q: 'när är nyckeltalsdagen', expect: ['6 okt'], lang: 'sv' },
    { q: 'var?', expect: ['Botkyrka'], lang: 'sv' },
    { q: 'krockar det med LG?', startsWith: 'Nej', lang: 'sv' },
  ]),
  C('followup', [
    { q: 'When is the Södertörn conference?', expect: ['1 Sep'], lang: 'en' },
    { q: 'where?', expect: ['Huddinge', 'Tyresö'], lang: 'en' },
    { q: 'and who attends it?', expectAny: [['parties', 'partier']], lang: 'en' },
  ]),
  C('followup', [
    { q: 'What is the total budget?', expect: ['860 000'], lang: 'en' },
    { q: 'and if we split that equally between the kommuner?', expect: ['107 500'], lang: 'en' },
  ]),
  C('followup', [
    { q: 'vem är värd för SK i november', expect: ['Botkyrka'], lang: 'sv' },
    { q: 'nej jag menade december-mötet', expect: ['Tyresö'], lang: 'sv' },
  ]),
  C('followup', [
    { q: 'vision 2025 vad säger den', expectAny: [['halv miljon', '500 000']], lang: 'sv' },
    { q: 'hur många bor där nu då', expect: ['430 000'], lang: 'sv' },
  ]),
  C('followup', [
    { q: 'Who sits in the ledningsgrupp?', expectAny: [['kommundirekt', 'municipal director', 'chief executive', 'city manager', 'municipal manager']], lang: 'en' },
    { q: 'how often do they meet?', expectAny: [['six', '6']], lang: 'en' },
    { q: 'and what is the point of it?', expectAny: [['prepare', 'förbereda']], lang: 'en' },
  ]),
  C('followup', [
    { q: 'hur många målområden har SUP 2010', expectAny: [['fyra', '4']], lang: 'sv' },
    { q: 'och hur många utvecklingsfrågor?', expectAny: [['fem', '5']], lang: 'sv' },
  ]),
  C('followup', [
    { q: 'nästa LG?', expect: ['25 nov'], lang: 'sv' },
    { q: 'och SK efter det?', expect: ['8 dec', 'Tyresö'], lang: 'sv' },
  ], { now: '2011-11-10T09:00:00+01:00' }),
  C('followup', [
    { q: 'SK 22/9 var?', expect: ['Nynäshamn'], lang: 'sv' },
    { q: 'och LG-mötet innan dess?', expect: ['9 sep'], lang: 'sv' },
    { q: 'vilken tid börjar det', expectAny: [T830], lang: 'sv' },
  ]),
];

// ---------------- change requests ----------------
const S = 'secretariat', M = 'member';
const commands = [
  // complete, secretariat -> confirm
  Q('move', 'flytta LG 20/5 till 27/5', { as: S, kind: 'confirm', expect: ['27 maj'], lang: 'sv' }),
  Q('move', 'Move the LG meeting on 20 May to 27 May', { as: S, kind: 'confirm', expect: ['27 May'], lang: 'en' }),
  Q('move', 'SK 9/6 behöver flyttas till 16/6, salem kan inte den 9e', { as: S, kind: 'confirm', expect: ['16 juni'], lang: 'sv' }),
  Q('move', 'kan du lägga södertörnskonferensen på 8 sep istället', { as: S, kind: 'confirm', expect: ['8 sep'], lang: 'sv' }),
  Q('move', 'flytta SK-mötet i november en vecka senare', { as: S, kind: 'confirm', expect: ['10 nov'], lang: 'sv' }),
  Q('move', 'please move the committee meeting on 22 September to 29 September', { as: S, kind: 'confirm', expect: ['29 Sep'], lang: 'en' }),
  Q('host', 'byt värd för SK 22/9 till Haninge', { as: S, kind: 'confirm', expect: ['Haninge'], lang: 'sv' }),
  Q('host', 'tyresö kan inte ta SK 8/12, södertälje tar det istället', { as: S, kind: 'confirm', expect: ['Södertälje'], lang: 'sv' }),
  Q('host', 'Change the host of the 14 April committee meeting to Salem', { as: S, kind: 'confirm', expect: ['Salem'], lang: 'en' }),
  Q('cancel', 'ställ in LG 14/10', { as: S, kind: 'confirm', expectAny: [['14 okt', '14/10']], lang: 'sv' }),
  Q('cancel', 'Cancel the LG meeting on 9 September', { as: S, kind: 'confirm', expectAny: [['9 Sep', '9/9']], lang: 'en' }),
  Q('add', 'lägg till ett extra SK-möte 18/8 i huddinge', { as: S, kind: 'confirm', expect: ['18 aug'], lang: 'sv' }),
  Q('add', 'Add an extra LG meeting on Friday 17 June', { as: S, kind: 'confirm', expect: ['17 June'], lang: 'en' }),
  Q('budgetline', 'ändra personal till 600 000', { as: S, kind: 'confirm', expect: ['600 000'], lang: 'sv' }),
  Q('budgetline', 'utredningar, konsultstöd mm sänks till 210 000', { as: S, kind: 'confirm', expect: ['210 000'], lang: 'sv' }),
  Q('budgetline', 'höj ersättningen till huddinge med 10 000', { as: S, kind: 'confirm', expect: ['60 000'], lang: 'sv' }),
  Q('budgetline', 'Set the consultancy line to 250 000', { as: S, kind: 'confirm', expect: ['250 000'], lang: 'en' }),
  Q('rotationhost', 'rådslaget 2014 ska vara i haninge istället för tyresö', { as: S, kind: 'confirm', expect: ['Haninge'], lang: 'sv' }),
  Q('rotationhost', 'Make Salem the host of the 2012 rådslag', { as: S, kind: 'confirm', expect: ['Salem'], lang: 'en' }),
  // mixed change + question (persona 3)
  Q('move', 'hej! flytta LG 9/9 till 16/9 tack. och vem är värd för SK veckan efter?', { as: S, kind: 'confirm', expect: ['16 sep', 'Nynäshamn'], lang: 'sv' }),
  Q('budgetline', 'sätt personal till 560 000 – hur mycket sparar vi då?', { as: S, kind: 'confirm', expect: ['560 000'], expectAny: [['20 000']], lang: 'sv' }),

  // history
  Q('history', 'visa ändringar', { as: S, kind: 'history', lang: 'sv' }),
  Q('history', 'what has changed in the plan?', { as: S, kind: 'history', lang: 'en' }),

  // missing -> clarify
  Q('missing', 'flytta mötet till 27/5', { as: S, kind: 'clarify', lang: 'sv' }),
  Q('missing', 'flytta LG-mötet', { as: S, kind: 'clarify', lang: 'sv' }),
  Q('missing', 'ändra budgeten för personal', { as: S, kind: 'clarify', lang: 'sv' }),
  Q('missing', 'byt värd för SK', { as: S, kind: 'clarify', lang: 'sv' }),
  Q('missing', 'lägg till ett möte', { as: S, kind: 'clarify', lang: 'sv' }),
  Q('missing', 'move the June meeting', { as: S, kind: 'clarify', lang: 'en' }),

  // member -> refused
  Q('refused', 'flytta SK 14/4 till 15/4', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'sv' }),
  Q('refused', 'Can you change the host of the 2012 rådslag to Salem?', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'en' }),
  Q('refused', 'stryk LG 25/11', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'sv' }),
  Q('refused', 'höj utredningar till 300 000', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'sv' }),
  Q('refused', 'Move the nyckeltal day to 13 October please', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'en' }),

  // secretariat / member questions that look like commands
  Q('facts', 'när är LG i maj?', { as: S, expect: ['20 maj'], lang: 'sv' }),
  Q('facts', 'vem är värd för SK 3/11 nu?', { as: S, expect: ['Botkyrka'], lang: 'sv' }),
  Q('facts', 'kan du kolla vilket datum SK har i september', { as: S, expect: ['22 sep'], lang: 'sv' }),
  Q('budget', 'vad ligger personalbudgeten på?', { as: S, expect: ['580 000'], lang: 'sv' }),
  Q('rotation', 'Which year does Haninge host the rådslag?', { as: S, expect: ['2016'], lang: 'en' }),
  Q('facts', 'vem är värd för SK 14/4?', { as: M, expect: ['Nykvarn'], lang: 'sv' }),

  // conversations with confirmation / cancellation / correction
  C('confirm', [
    { q: 'flytta LG 9/9 till 16/9', as: S, kind: 'confirm', expect: ['16 sep'], lang: 'sv' },
    { q: 'ja', as: S, kind: 'confirmed', lang: 'sv' },
  ]),
  C('confirm', [
    { q: 'byt värd för SK 14/4 till salem', as: S, kind: 'confirm', expect: ['Salem'], lang: 'sv' },
    { q: 'avbryt', as: S, kind: 'cancelled', lang: 'sv' },
  ]),
  C('confirm', [
    { q: 'flytta LG 20/5 till 27/5', as: S, kind: 'confirm', expect: ['27 maj'], lang: 'sv' },
    { q: 'nej förlåt, jag menade juni-mötet: SK 9/6 till 16/6', as: S, kind: 'confirm', expect: ['16 juni'], lang: 'sv' },
    { q: 'ja', as: S, kind: 'confirmed', lang: 'sv' },
  ]),
  C('confirm', [
    { q: 'ställ in SK 3/11', as: S, kind: 'confirm', expectAny: [['3 nov', '3/11']], lang: 'sv' },
    { q: 'nej vänta, jag menade 8/12', as: S, kind: 'confirm', expectAny: [['8 dec', '8/12']], lang: 'sv' },
    { q: 'avbryt', as: S, kind: 'cancelled', lang: 'sv' },
  ]),
  C('confirm', [
    { q: 'byt värd för SK 22/9 till haninge', as: S, kind: 'confirm', expect: ['Haninge'], lang: 'sv' },
    { q: 'ok kör', as: S, kind: 'confirmed', lang: 'sv' },
    { q: 'visa ändringar', as: S, kind: 'history', expect: ['Haninge'], lang: 'sv' },
  ]),
  C('confirm', [
    { q: 'sätt utredningar till 200 000', as: S, kind: 'confirm', expect: ['200 000'], lang: 'sv' },
    { q: 'nej', as: S, kind: 'cancelled', lang: 'sv' },
  ]),
  C('confirm', [
    { q: 'Move the nyckeltal day to 13 October', as: S, kind: 'confirm', expect: ['13 Oct'], lang: 'en' },
    { q: 'yes', as: S, kind: 'confirmed', lang: 'en' },
  ]),
  C('confirm', [
    { q: 'flytta LG i oktober till 21/10', as: S, kind: 'confirm', expect: ['21 okt'], lang: 'sv' },
    { q: 'nej, 28/10 menade jag', as: S, kind: 'confirm', expect: ['28 okt'], lang: 'sv' },
    { q: 'bekräfta', as: S, kind: 'confirmed', lang: 'sv' },
  ]),
];

function write(name, description, items) {
  const out = { description, defaultNow: NOW, items };
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify(out, null, 2) + '\n');
}
write('pool-questions.json', 'Round 33 writer as: questions (Botkyrka assistant / EU partner / secretariat personas)', questions);
write('pool-commands.json', 'Round 33 writer as: change requests (secretariat, members, confirmations)', commands);

function stats(items) {
  const cat = {}, lang = {};
  for (const it of items) {
    cat[it.category] = (cat[it.category] || 0) + 1;
    const l = it.lang || (it.conversation && it.conversation[0].lang) || '?';
    lang[l] = (lang[l] || 0) + 1;
  }
  return { n: items.length, cat, lang };
}
console.log(JSON.stringify({ questions: stats(questions), commands: stats(commands) }, null, 1));

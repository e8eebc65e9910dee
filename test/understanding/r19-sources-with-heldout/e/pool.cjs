// Round 19, writer "e" — Tyresö communications officer (questions) + secretariat to-do list (commands).
// Source: /work/shared/plan/verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const CANNOT = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'];
const T15 = ['15.00', '15:00'];
const T0830 = ['08.30', '08:30', '8.30', '8:30'];
const T13 = ['13.00', '13:00'];

const Q = [];
const q = (category, lang, qtext, o = {}) => Q.push(Object.assign({ category, q: qtext, lang }, o));

// ---------------- ROTATION ----------------
q('rotation', 'sv', 'vem är värd för rådslaget 2014?', { expect: ['Tyresö'] });
q('rotation', 'sv', 'när är det Tyresös tur att ha rådslaget? behöver det till artikeln', { expect: ['2014'] });
q('rotation', 'en', 'Which municipality hosts the Södertörn rådslag in 2016?', { expect: ['Haninge'] });
q('rotation', 'sv', 'stämmer det att Huddinge är sist i turordningen för rådslaget, 2018?', { startsWith: 'Ja', expect: ['Huddinge', '2018'] });
q('rotation', 'sv', 'vilken kommun har rådslaget året efter Botkyrka?', { expect: ['Tyresö'] });
q('rotation', 'en', 'Who hosts the rådslag the year before Nykvarn?', { expect: ['Haninge'] });
q('rotation', 'sv', 'hur många år är det kvar tills Tyresö ska stå värd för rådslaget, räknat från i år?', { expect: ['2014'], expectAny: [['3', 'tre']] });
q('rotation', 'en', 'rådslag 2012 host?', { locale: 'en-GB', expect: ['Nynäshamn'] });
q('rotation', 'sv', 'Vilka kommuner är värdar för rådslaget mellan 2013 och 2015?', { expect: ['Botkyrka', 'Tyresö', 'Södertälje'], expectNot: ['Nykvarn'] });
q('rotation', 'en', 'In which year does Nykvarn host the rådslag?', { expect: ['2017'] });
q('rotation', 'sv', 'kan du lista hela turordningen för värdskapet för rådslaget, alla år?', { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] });
q('rotation', 'sv', 'vem var värd för rådslaget i år och när hölls det?', { expect: ['Salem', '24 mars'] });
q('rotation', 'sv', 'hur lång tid tar det innan alla åtta kommunerna har varit värd för rådslaget?', { expect: ['2018'], expectAny: [['8', 'åtta']] });
q('rotation', 'en', 'Which year is Södertälje hosting the rådslag, and who hosts the year after?', { expect: ['2015', 'Haninge'] });

// ---------------- BUDGET ----------------
q('budget', 'sv', 'hur stor är budgeten för 2011?', { expect: ['860 000'] });
q('budget', 'en', 'If the fees were split equally between the eight municipalities, what would Tyresö pay?', { expect: ['107 500'] });
q('budget', 'sv', 'hur mycket går till personal per månad?', { expectAny: [['48 333', '48 334']] });
q('budget', 'en', 'What share of the budget goes to staff costs?', { expectAny: [['67', '68']] });
q('budget', 'sv', 'vad blir kvar av budgeten när personalkostnaderna är betalda?', { expect: ['280 000'] });
q('budget', 'en', 'How much more is spent on staff than on studies and consultancy?', { expect: ['350 000'] });
q('budget', 'en', 'total costs per quarter?', { expect: ['215 000'] });
q('budget', 'sv', 'vilken är den minsta kostnadsposten i budgeten?', { expect: ['50 000'], expectAny: [['Huddinge', 'kontorsservice']] });
q('budget', 'sv', 'största posten i budgeten?', { expect: ['580 000'], expectAny: [['personal']] });
q('budget', 'en', 'How much is budgeted for studies and consultancy support per month?', { expectAny: [['19 166', '19 167']] });
q('budget', 'sv', 'vad kostar samarbetet per invånare ungefär, med ca 430 000 invånare?', { expectAny: [['2 kr', '2 kronor', 'två kronor', '2,00', '2 sek']] });
q('budget', 'sv', 'går budgeten ihop? alltså intäkter minus kostnader', { expect: ['860 000'], expectAny: [['balans', 'jämnt', 'går ihop', 'noll', '0 kr', 'lika stora', 'inget överskott']] });
q('budget', 'sv', 'utredningar och konsultstöd – hur stor andel av kostnaderna är det i procent?', { expectAny: [['26', '27']] });
q('budget', 'sv', 'om utredningsposten delas lika på de åtta kommunerna, hur mycket blir det per kommun?', { expect: ['28 750'] });
q('budget', 'sv', 'hur mycket är budgeten för första halvåret om kostnaderna sprids jämnt över året?', { expect: ['430 000'] });
q('budget', 'en', 'total budget per month?', { expectAny: [['71 666', '71 667']] });
q('budget', 'sv', 'hur mycket betalar varje kommun för personalen om det delas lika?', { expect: ['72 500'] });
q('budget', 'sv', 'Vad är skillnaden mellan utredningsposten och ersättningen till Huddinge?', { expect: ['180 000'] });
q('budget', 'en', 'How much do the municipalities pay in fees in total, and what is the biggest cost?', { expect: ['860 000', '580 000'] });

// ---------------- YES/NO ----------------
q('yesno', 'sv', 'Är Tyresö med i överförmyndarnämnden?', { startsWith: 'Ja' });
q('yesno', 'sv', 'är Salem med i miljö- och hälsoskyddsförbundet?', { startsWith: 'Nej' });
q('yesno', 'en', 'Does the management group meet on Fridays?', { startsWith: 'Yes' });
q('yesno', 'sv', 'Är SK-mötet 14/4 i Nykvarn?', { startsWith: 'Ja', expect: ['Nykvarn'] });
q('yesno', 'sv', 'har rådslaget redan varit i år?', { startsWith: 'Ja', expect: ['24 mars'] });
q('yesno', 'en', 'Is Södertälje hosting the SK meeting on 8 December?', { startsWith: 'No', expect: ['Tyresö'] });
q('yesno', 'en', 'Do the municipal directors attend the committee meetings?', { startsWith: 'Yes' });
q('yesno', 'sv', 'ska mer tid läggas på verksamhetsfrågorna än på de regionala utvecklingsfrågorna under 2011?', { startsWith: 'Nej', expectAny: [['regionala utvecklingsfrågor']] });
q('yesno', 'en', 'Is the Södertörn conference a full-day event?', { startsWith: 'Yes', expect: ['1 September'] });
q('yesno', 'sv', 'Finns det något SK-möte i maj?', { startsWith: 'Nej' });
q('yesno', 'en', 'Is Tyresö hosting an SK meeting this year?', { startsWith: 'Yes', expect: ['8 December'] });
q('yesno', 'sv', 'är nyckeltalsdagen före Södertörnskonferensen?', { startsWith: 'Nej', expect: ['6 oktober', '1 september'] });
q('yesno', 'en', 'Can more municipalities join the joint överförmyndarnämnd?', { startsWith: 'Yes' });
q('yesno', 'sv', 'Är Karolinska Universitetssjukhuset en av parterna i rådslaget?', { startsWith: 'Nej', expectAny: [['Karolinska institutet', 'Karolinska Institutet']] });

// ---------------- PREMISE ----------------
q('premise', 'sv', 'varför hålls nyckeltalsdagen i Haninge i år?', { expect: ['Botkyrka'] });
q('premise', 'sv', 'Jag har hört att Södertörnskonferensen är i Södertälje, varför blev det där?', { expect: ['Huddinge', 'Tyresö'] });
q('premise', 'sv', 'varför är Södertälje värdkommun för överförmyndarnämnden?', { expect: ['Haninge'] });
q('premise', 'en', 'Why did the Södertörn environment and health protection association only start in 2010?', { expect: ['2008'] });
q('premise', 'sv', 'ryktet säger att budgeten ligger på en miljon kronor – stämmer det?', { startsWith: 'Nej', expect: ['860 000'] });
q('premise', 'en', 'Why does Huddinge get 100 000 for office services and rooms?', { expect: ['50 000'] });
q('premise', 'sv', 'varför möts SK på fredagar?', { expect: ['torsdag'] });
q('premise', 'sv', 'vad står det i visionen för 2030?', { expect: ['2025'] });
q('premise', 'sv', 'varför är Tyresö värd för rådslaget 2013?', { expect: ['Botkyrka'] });
q('premise', 'sv', 'hur kommer det sig att sekretariatet sitter i Södertälje?', { expect: ['Huddinge'] });
q('premise', 'en', 'Why does the management group only meet four times a year?', { expectAny: [['six', '6']] });
q('premise', 'sv', 'stämmer det att ÖFN har funnits sedan 2009?', { startsWith: 'Nej', expect: ['2011'] });
q('premise', 'sv', 'Vad gör Nykvarn i miljö- och hälsoskyddsförbundet?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] });
q('premise', 'en', 'I heard the key figures day is in the spring – when exactly?', { expect: ['6 October'] });
q('premise', 'sv', 'varför har SK-mötet 9/6 lagts i Botkyrka?', { expect: ['Salem'] });
q('premise', 'sv', 'de sju kommunerna på Södertörn – vilka är det?', { expectAny: [['åtta', '8']], expect: ['Nykvarn', 'Salem'] });
q('premise', 'sv', 'någon sa att Tyresö ska ha SK-mötet i november, stämmer det?', { startsWith: 'Nej', expect: ['Botkyrka', '8 december'] });

// ---------------- OFF-PLAN / CANNOT ----------------
q('offplan', 'sv', 'kan du boka en lokal i Nykvarn till SK 14/4?', { kind: CANNOT });
q('offplan', 'sv', 'skicka kallelse till LG om mötet 20/5', { kind: CANNOT });
q('offplan', 'sv', 'vad heter kommunstyrelsens ordförande i Tyresö? vill citera hen', { kind: CANNOT });
q('offplan', 'en', "What's on the agenda for the SK meeting on 14 April?", { kind: CANNOT });
q('offplan', 'sv', 'vilken adress har Södertörnskonferensen 1 sep?', { kind: CANNOT });
q('offplan', 'sv', 'hur stor blir budgeten 2012?', { kind: CANNOT });
q('offplan', 'sv', 'vem är kontaktperson på sekretariatet? behöver ett namn för pressmeddelandet', { kind: CANNOT });
q('offplan', 'en', 'Can you call the Salem office and confirm the room for June?', { kind: CANNOT });
q('offplan', 'sv', 'hur många deltagare kommer till Södertörnskonferensen?', { kind: CANNOT });
q('offplan', 'sv', 'vilket tema har rådslaget 2012?', { kind: CANNOT });

// ---------------- TOPIC (the right one of two) ----------------
q('topic', 'sv', 'när är samarbetskommitténs planeringskonferens?', { expect: ['27'], expectAny: [['jan']], expectNot: ['31 mars'] });
q('topic', 'en', "When is the management group's planning conference?", { expect: ['31 March', '1 April'], expectNot: ['28 January'] });
q('topic', 'sv', 'vad ska utredningsposten i budgeten täcka?', { expect: ['konsultstöd'] });
q('topic', 'en', 'what exactly do we pay Huddinge for?', { expect: ['50 000'], expectAny: [['office']] });
q('topic', 'sv', 'vilka deltar i Södertörnskonferensen?', { expectAny: [['parti']], expect: ['tjänstemän'], expectNot: ['Handelskammaren'] });
q('topic', 'sv', 'vilka är med i rådslaget utöver kommunerna?', { expect: ['Södertörns högskola', 'KTH', 'Handelskammaren', 'Företagarna'], expectAny: [['Karolinska']] });
q('topic', 'sv', 'vad är syftet med ledningsgruppen?', { expectAny: [['förbereda', 'förbereder']], expect: ['samordna'] });
q('topic', 'sv', 'vem har hand om kontrollen av receptfria läkemedel?', { expect: ['miljö- och hälsoskyddsförbund'], expectNot: ['brandförsvarsförbund'] });
q('topic', 'en', 'Which body handles explosive goods for the member municipalities?', { expectAny: [['brandförsvarsförbund', 'fire']], expectNot: ['miljö- och hälsoskyddsförbund'] });
q('topic', 'sv', 'när är Södertörnskonferensen?', { expect: ['1 september'], expectNot: ['24 mars'] });
q('topic', 'sv', 'när var rådslaget?', { expect: ['24 mars'], expectNot: ['1 september'] });
q('topic', 'sv', 'vilket styrdokument gäller för verksamhetsfrågorna?', { expect: ['verksamhetsplan'] });
q('topic', 'en', 'What is the governing document for the regional development issues?', { expect: ['UtvecklingsProgram 2010'] });

// ---------------- PERIOD ----------------
q('period', 'sv', 'vilka SK-möten är det i höst?', { expect: ['22 september', '3 november', '8 december'], expectNot: ['9 juni'] });
q('period', 'sv', 'när är första LG efter sommaren?', { expect: ['9 september'], expectNot: ['14 oktober'] });
q('period', 'en', 'Which SK meetings are left this spring?', { expect: ['14 April', '9 June'], expectNot: ['22 September'] });
q('period', 'en', 'last SK meeting this year?', { expect: ['8 December', 'Tyresö'] });
q('period', 'sv', 'vilka LG-möten ligger under första halvåret?', { expect: ['21 januari', '20 maj'], expectAny: [['31 mars', '1 april']], expectNot: ['9 september'] });
q('period', 'sv', 'Vad händer i september?', { expect: ['1 september', '9 september', '22 september'] });
q('period', 'en', 'what happens in October?', { expect: ['6 October', '14 October'] });
q('period', 'sv', 'nästa möte?', { expect: ['14 april'] });
q('period', 'sv', 'nästa SK?', { now: '2011-10-01T09:00:00+02:00', expect: ['3 november', 'Botkyrka'], expectNot: ['22 september'] });
q('period', 'sv', 'hur många LG-möten är det kvar i år?', { expectAny: [['4', 'fyra']], expect: ['20 maj', '25 november'] });
q('period', 'en', 'what is coming up next after the Södertörn conference?', { now: '2011-09-02T09:00:00+02:00', expect: ['9 September'] });

// ---------------- FOLLOW-UP ----------------
const conv = (category, turns, o = {}) => Q.push(Object.assign({ category, conversation: turns }, o));
conv('followup', [
  { q: 'när är nästa SK-möte?', lang: 'sv', expect: ['14 april'] },
  { q: 'och vem är värd?', lang: 'sv', expect: ['Nykvarn'] },
  { q: 'och mötet efter det?', lang: 'sv', expect: ['9 juni', 'Salem'] },
]);
conv('followup', [
  { q: 'vem har rådslaget 2014?', lang: 'sv', expect: ['Tyresö'] },
  { q: 'och året innan?', lang: 'sv', expect: ['Botkyrka'] },
]);
conv('followup', [
  { q: 'When does the LG meet in May?', lang: 'en', expect: ['20 May'] },
  { q: 'what time?', lang: 'en', expectAny: [T0830, T13] },
]);
conv('followup', [
  { q: 'vilka kommuner är med i ÖFN?', lang: 'sv', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
  { q: 'och vem är värdkommun?', lang: 'sv', expect: ['Haninge'] },
  { q: 'sedan när?', lang: 'sv', expect: ['2011'] },
]);
conv('followup', [
  { q: 'hur mycket är personalposten?', lang: 'sv', expect: ['580 000'] },
  { q: 'och per månad?', lang: 'sv', expectAny: [['48 333', '48 334']] },
]);
conv('followup', [
  { q: "when's the key figures day?", lang: 'en', expect: ['6 October'] },
  { q: 'where?', lang: 'en', expect: ['Botkyrka'] },
]);
conv('followup', [
  { q: 'vilka kommuner bildade miljö- och hälsoskyddsförbundet?', lang: 'sv', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
  { q: 'sedan när är det igång?', lang: 'sv', expect: ['2008'] },
]);
conv('followup', [
  { q: 'SK 22/9 – var?', lang: 'sv', expect: ['Nynäshamn'] },
  { q: 'stämmer det att det är en torsdag?', lang: 'sv', startsWith: 'Ja' },
]);
conv('followup', [
  { q: 'Who hosts the Södertörn conference?', lang: 'en', expect: ['Huddinge', 'Tyresö'] },
  { q: 'and the key figures day?', lang: 'en', expect: ['Botkyrka'] },
]);

// ---------------- TYPO ----------------
q('typo', 'sv', 'när är ledingsgruppens nästa möte?', { expect: ['20 maj'] });
q('typo', 'sv', 'vem ä värd för SKmötet 3/11', { expect: ['Botkyrka'] });
q('typo', 'sv', 'nykeltalsdagen var?', { expect: ['Botkyrka'] });
q('typo', 'sv', 'södertörnskonfernsen datum?', { expect: ['1 september'] });
q('typo', 'sv', 'rådslagt 2017 värdkomun?', { expect: ['Nykvarn'] });
q('typo', 'sv', 'överförmyndarnämden vilka kommuner', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] });
q('typo', 'sv', 'samarbetskomiténs planeringskonf när?', { expect: ['27'], expectAny: [['jan']], expectNot: ['31 mars'] });
q('typo', 'sv', 'budgten personal?', { expect: ['580 000'] });
q('typo', 'sv', 'LG-datum i höst?', { expect: ['9 september', '14 oktober', '25 november'] });
q('typo', 'en', 'when is the mangement group meeting in novmber?', { expect: ['25 November'] });

// ---------------- LANGUAGE ----------------
q('language', 'en', 'SK 3/11 värd?', { locale: 'en-GB', expect: ['Botkyrka'] });
q('language', 'sv', 'ÖFN?', { locale: 'sv-SE', expect: ['Haninge'] });
q('language', 'en', 'kostnader?', { locale: 'en-GB', expect: ['580 000'] });
q('language', 'en', 'Rådslag 2018?', { locale: 'en-GB', expect: ['Huddinge'] });
q('language', 'en', 'Who sits on the Södertörn cooperation committee?', { expectAny: [['chair']] });
q('language', 'sv', 'vad är timeline för nyckeltals-eventet?', { expect: ['6 oktober'] });
q('language', 'en', 'nyckeltal 6/10?', { locale: 'en-US', expect: ['Botkyrka'] });
q('language', 'sv', 'SK 9/6?', { expect: ['Salem'] });

// ---------------- FACTS (whole plan) ----------------
q('facts', 'sv', 'vad är visionen för 2025?', { expect: ['2025'], expectAny: [['halv miljon', '500 000']] });
q('facts', 'en', 'How many inhabitants does Södertörn have today according to the plan?', { expect: ['430 000'] });
q('facts', 'en', 'What does the Vision 2025 say?', { expectAny: [['half a million', '500 000', '500,000']] });
q('facts', 'sv', 'vilka förhållningssätt ska känneteckna samverkan?', { expect: ['gemensamma nyttan', 'ge och få'], expectAny: [['demokratiska processen']] });
q('facts', 'sv', 'vad innebär "gå före" i förhållningssätten?', { expect: ['ledarskap'] });
q('facts', 'sv', 'vilka målområden finns i Södertörns UtvecklingsProgram 2010?', { expect: ['Näringsliv', 'Mångfald', 'Klimat', 'Infrastruktur'] });
q('facts', 'sv', 'hur många konkreta utvecklingsfrågor hör till målområdena?', { expectAny: [['fem', '5']] });
q('facts', 'sv', 'sedan när gäller utvecklingsprogrammet, när fastställdes det?', { expect: ['2010'], expectAny: [['hösten']] });
q('facts', 'sv', 'vilka två huvudområden bedrivs samverkan inom?', { expect: ['regionala utvecklingsfrågor', 'verksamhetsfrågor'] });
q('facts', 'sv', 'vad är syftet med samverkan, kort?', { expectAny: [['regionala utveckling', 'hemkommun']] });
q('facts', 'sv', 'i vilka regionala organ samordnar vi våra insatser?', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] });
q('facts', 'en', "Which companies does the plan mention as examples of Södertörn's strengths?", { expect: ['Scania'], expectAny: [['Astra Zeneca', 'AstraZeneca']] });
q('facts', 'sv', 'vilka infrastruktursatsningar har kommunerna drivit gemensamt?', { expect: ['väg 73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] });
q('facts', 'sv', 'inom vilka områden har samarbetet traditioner?', { expect: ['gymnasie', 'räddningstjänst'], expectAny: [['energi', 'återvinning']] });
q('facts', 'sv', 'vem sitter i samarbetskommittén?', { expect: ['kommunstyrelse'], expectAny: [['ordförande']] });
q('facts', 'en', 'how often does SK meet?', { expectAny: [['six', '6']] });
q('facts', 'en', 'How often does the management group meet?', { expectAny: [['six', '6']] });
q('facts', 'sv', 'vilka tider har SK sina möten?', { expect: ['torsdag'], expectAny: [T12, T15] });
q('facts', 'sv', 'vilken veckodag och tid träffas LG?', { expect: ['fredag'], expectAny: [T0830, T13] });
q('facts', 'en', 'Since when have the municipalities cooperated on the överförmyndare (guardianship) work?', { expect: ['1 January 2011'] });
q('facts', 'sv', 'vad är ÖFN för något?', { expect: ['överförmyndar'], expectAny: [['nämnd']] });
q('facts', 'sv', 'hur länge har vi haft gemensam upphandling?', { expect: ['många år'] });
q('facts', 'sv', 'varför ska samverkan om upphandling utvecklas?', { expect: ['offentlig upphandling'] });
q('facts', 'sv', 'vad innebär gemensam ägarstyrning?', { expectAny: [['ägardialog']] });
q('facts', 'sv', 'vad är Södertörns rådslag?', { expectAny: [['årlig', 'varje år']] });
q('facts', 'en', 'Who takes part in the rådslag?', { expect: ['KTH'], expectAny: [['Handelskammaren', 'Chamber of Commerce']] });
q('facts', 'sv', 'vad är nyckeltalsdagen för något?', { expectAny: [['uppföljning', 'följa upp', 'följer upp']] });
q('facts', 'sv', 'hur är LG:s planeringskonferens upplagd?', { expect: ['lunch'] });
q('facts', 'sv', 'varför ska det läggas mer tid på regionala utvecklingsfrågor i år?', { expectAny: [['handlingsplan', 'UtvecklingsProgram']] });
q('facts', 'sv', 'vad bygger samverkan på enligt arbetsformerna?', { expect: ['eget intresse'] });
q('facts', 'en', 'What is the purpose of the cooperation committee?', { expectAny: [['regional development']] });
q('facts', 'sv', 'hur beskriver planen Södertörns plats i Stockholm?', { expect: ['Capital of Scandinavia'] });
q('facts', 'sv', 'vilka nya uppgifter har lagts på befintliga samverkansorgan?', { expect: ['receptfria läkemedel', 'explosiva varor'] });
q('facts', 'sv', 'vad ska kommunerna göra när riksdagen ger dem nya uppgifter?', { expect: ['enskilt'], expectAny: [['befintliga samverkansorgan', 'befintliga']] });
q('facts', 'sv', 'vad handlar omvärldsbevakningen om?', { expect: ['kontaktnät'] });
q('facts', 'sv', 'när är SK-mötet i Tyresö, och vilken tid börjar det?', { expect: ['8 december'], expectAny: [T12] });
q('facts', 'sv', 'vilka kommuner är värdar för SK under 2012?', { expect: ['Södertälje', 'Huddinge'] });
q('facts', 'sv', 'Vad innebär verksamhetsfrågor som samverkansområde?', { expectAny: [['effektiv']], expect: ['kvalitet'] });
q('facts', 'sv', 'i vilka gemensamma organ är Tyresö med?', { expect: ['överförmyndar'], expectAny: [['miljö- och hälsoskyddsförbund']] });

const COMMANDS = [];
const c = (category, as, qtext, o = {}) => COMMANDS.push(Object.assign({ category, as, q: qtext, lang: o.lang || 'sv' }, o));
const S = 'secretariat', M = 'member';
// move
c('move', S, 'flytta SK 14.4 till 28.4', { kind: 'confirm', expect: ['28 april'] });
c('move', S, 'LG 2011-05-20 ska flyttas till 2011-05-27', { kind: 'confirm', expect: ['27 maj'] });
c('move', S, 'kan du flytta SK-mötet den 3:e nov till den 10:e?', { kind: 'confirm', expect: ['10 november'] });
c('move', S, 'move the LG meeting on 14 Oct to 21 Oct', { lang: 'en', kind: 'confirm', expect: ['21 October'] });
c('move', S, 'nyckeltalsdagen flyttas från 6/10 till 13/10', { kind: 'confirm', expect: ['13 oktober'] });
c('move', S, 'Södertörnskonferensen 1 sep -> 8 sep pls', { kind: 'confirm', expect: ['8 september'] });
c('move', S, 'todo nr 4: SK 8/12 flyttas en vecka tidigare, till den 1:a dec', { kind: 'confirm', expect: ['1 december'] });
// host
c('host', S, 'SK 22/9 blir i Haninge istället för Nynäshamn', { kind: 'confirm', expect: ['Haninge'] });
c('host', S, 'ny värd för SK den 9:e juni: Södertälje', { kind: 'confirm', expect: ['Södertälje'] });
c('host', S, 'change host of the SK meeting on 3 Nov to Huddinge', { lang: 'en', kind: 'confirm', expect: ['Huddinge'] });
c('host', S, 'nyckeltalsdagen 6.10 ska hållas i Nykvarn istället', { kind: 'confirm', expect: ['Nykvarn'] });
// cancel
c('cancel', S, 'ställ in LG den 14:e okt', { kind: 'confirm', expect: ['14 oktober'] });
c('cancel', S, 'cancel SK on 9.6', { lang: 'en', kind: 'confirm', expect: ['9 June'] });
c('cancel', S, 'stryk LG-mötet 25/11, det blir inget', { kind: 'confirm', expect: ['25 november'] });
// add
c('add', S, 'lägg till ett extra LG-möte fre 17.6 kl 08.30', { kind: 'confirm', expect: ['17 juni'] });
c('add', S, 'add an extra SK meeting on 2011-10-20 in Salem', { lang: 'en', kind: 'confirm', expect: ['20 October'] });
c('add', S, 'nytt SK-möte den 18:e aug i Huddinge, samma tid som vanligt', { kind: 'confirm', expect: ['18 augusti'] });
// budget lines
c('budgetline', S, 'höj utredningar, konsultstöd mm till 250 000', { kind: 'confirm', expect: ['250 000'] });
c('budgetline', S, 'personalposten ska vara 600 000 kr', { kind: 'confirm', expect: ['600 000'] });
c('budgetline', S, 'set the Huddinge office services line to 55 000', { lang: 'en', kind: 'confirm', expect: ['55 000'] });
// rotation host
c('rotationhost', S, 'rådslaget 2016: byt värd till Tyresö', { kind: 'confirm', expect: ['Tyresö'] });
c('rotationhost', S, 'värd för rådslaget 2013 ska vara Södertälje', { kind: 'confirm', expect: ['Södertälje'] });
// history
c('history', S, 'visa ändringar', { kind: 'history' });
c('history', S, 'what has changed in the plan so far?', { lang: 'en', kind: 'history' });
// missing info -> clarify
c('missing', S, 'flytta SK-mötet', { kind: 'clarify' });
c('missing', S, 'ändra budgeten', { kind: 'clarify' });
c('missing', S, 'flytta LG till den 3:e', { kind: 'clarify' });
c('missing', S, 'ny värd för rådslaget: Salem', { kind: 'clarify' });
c('missing', S, 'flytta SK 15/4 till 29/4', { kind: 'clarify' });
// confirm conversations
COMMANDS.push({ category: 'confirm', as: S, conversation: [
  { q: 'flytta LG 20/5 till 27/5', lang: 'sv', as: S, kind: 'confirm', expect: ['27 maj'] },
  { q: 'ja', lang: 'sv', as: S, kind: 'confirmed' },
] });
COMMANDS.push({ category: 'confirm', as: S, conversation: [
  { q: 'ställ in SK 8.12', lang: 'sv', as: S, kind: 'confirm', expect: ['8 december'] },
  { q: 'nej avbryt', lang: 'sv', as: S, kind: 'cancelled' },
] });
COMMANDS.push({ category: 'confirm', as: S, conversation: [
  { q: 'höj personal till 600 000', lang: 'sv', as: S, kind: 'confirm', expect: ['600 000'] },
  { q: 'ok kör', lang: 'sv', as: S, kind: 'confirmed' },
  { q: 'visa ändringar', lang: 'sv', as: S, kind: 'history', expect: ['600 000'] },
] });
COMMANDS.push({ category: 'confirm', as: S, conversation: [
  { q: 'move SK 22 Sep to 29 Sep', lang: 'en', as: S, kind: 'confirm', expect: ['29 September'] },
  { q: 'confirm', lang: 'en', as: S, kind: 'confirmed' },
] });
COMMANDS.push({ category: 'confirm', as: S, conversation: [
  { q: 'rådslaget 2017 ska ligga i Salem istf Nykvarn', lang: 'sv', as: S, kind: 'confirm', expect: ['Salem'] },
  { q: 'bekräfta', lang: 'sv', as: S, kind: 'confirmed' },
] });
// refused (members)
c('refused', M, 'flytta SK 14/4 till 21/4, passar bättre för mig', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
c('refused', M, 'kan du byta värd för rådslaget 2014 till Haninge?', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
c('refused', M, 'cancel the LG meeting on 9 September', { lang: 'en', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
c('refused', M, 'sänk personalposten till 500 000', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
c('refused', M, 'lägg till ett SK-möte den 20 okt i Tyresö', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
// questions that look like commands
c('period', S, 'när är LG i maj?', { expect: ['20 maj'] });
c('facts', S, 'vem är värd för SK 3.11?', { expect: ['Botkyrka'] });
c('budget', S, 'vad är budgeten för utredningar nu?', { expect: ['230 000'] });
c('period', S, 'which LG meetings are left after the 14th Oct?', { lang: 'en', expect: ['25 November'], expectNot: ['9 September'] });
c('period', S, 'hur många SK-möten har vi kvar i år?', { expectAny: [['5', 'fem']], expect: ['14 april', '8 december'] });
c('period', M, 'när är nästa SK?', { expect: ['14 april'] });

const out = (file, description, items) => fs.writeFileSync(path.join(__dirname, file),
  JSON.stringify({ description, defaultNow: NOW, items }, null, 2) + '\n');
out('pool-questions.json', 'Round 19 writer e: Tyresö communications officer writing an article on the Södertörn cooperation (whole-plan facts, journalistic fact checks, rumours).', Q);
out('pool-commands.json', 'Round 19 writer e: secretariat to-do list change requests (Swedish/English, varied date formats) plus members trying to change things.', COMMANDS);
console.log('questions', Q.length, 'commands', COMMANDS.length);

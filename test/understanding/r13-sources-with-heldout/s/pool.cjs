// Round 13, writer "s" (handläggare, sekretariatet Huddinge). Source: verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const NI = ['notInPlan', 'cannot'];

// helpers
const sv = (category, q, o = {}) => ({ category, q, lang: 'sv', ...o });
const en = (category, q, o = {}) => ({ category, q, lang: 'en', ...o });
const conv = (category, turns, o = {}) => ({ category, conversation: turns, ...o });
const t = (q, lang, o = {}) => ({ q, lang, ...o });

const H12 = ['12.00', '12:00'];
const L830 = ['8.30', '8:30'];

// ---------------------------------------------------------------- questions
const Q = [];

// rotation
Q.push(
  sv('rotation', 'vem är värd för rådslaget 2015?', { expect: ['Södertälje'] }),
  sv('rotation', 'vilket år har Huddinge rådslaget', { expect: ['2018'] }),
  sv('rotation', 'rådslaget nästa år, vem står för det?', { expect: ['Nynäshamn'] }),
  sv('rotation', 'vilka kommuner är värdar för rådslaget efter 2015?', { expect: ['Haninge', 'Nykvarn', 'Huddinge'] }),
  sv('rotation', 'hur många år är det kvar tills det blir Huddinges tur att ha rådslaget?', { expectAny: [['7 år', 'sju år']] }),
  sv('rotation', 'vem är värd för rådslaget i år?', { now: '2013-02-15T09:00:00+01:00', expect: ['Botkyrka'] }),
  sv('rotation', 'vem har rådslaget nästa år', { now: '2014-06-02T09:00:00+02:00', expect: ['Södertälje'] }),
  en('rotation', 'Who hosts the rådslag in 2016?', { expect: ['Haninge'] }),
  en('rotation', 'which year is Nykvarn hosting the Södertörn rådslag', { expect: ['2017'] }),
  en('rotation', 'can you list the rådslag hosts 2011-2018 in order', { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] }),
  sv('rotation', 'rådslaget 2019 – vem är värd?', { kind: NI }),
  sv('rotation', 'vem hade rådslaget året innan Botkyrka', { expect: ['Nynäshamn'] }),
  en('rotation', 'Salem had it this year – who is next in line for the rådslag?', { expect: ['Nynäshamn'] }),
  sv('rotation', 'när är det Södertäljes tur att ha rådslaget, och när har de SK?', { expect: ['2015'], expectAny: [['januari 2012', 'jan 2012']] }),
);

// budget
Q.push(
  sv('budget', 'hur mycket är budgeterat för personal?', { expect: ['580 000'] }),
  sv('budget', 'vad blir avgiften per kommun om de 860 000 delas lika på alla åtta?', { expect: ['107 500'] }),
  sv('budget', 'personalkostnaden per månad?', { expect: ['48 333'] }),
  sv('budget', 'totala kostnader per kvartal', { expect: ['215 000'] }),
  sv('budget', 'hur mycket återstår av intäkterna när personalen är betald?', { expect: ['280 000'] }),
  sv('budget', 'skillnaden mellan personal och utredningar i kronor?', { expect: ['350 000'] }),
  sv('budget', 'vilken är den största kostnadsposten', { expect: ['Personal', '580 000'] }),
  sv('budget', 'minsta posten i budgeten?', { expect: ['50 000'], expectAny: [['Huddinge', 'kontorsservice']] }),
  sv('budget', 'hur stor andel av kostnaderna går till personal, i procent?', { expectAny: [['67', '68']] }),
  en('budget', 'What share of the budget goes to studies and consultancy support?', { expect: ['230 000'], expectAny: [['26', '27']] }),
  en('budget', 'how much is the total budget per month?', { expectAny: [['71 666', '71 667']] }),
  sv('budget', 'utredningsposten per kvartal', { expect: ['57 500'] }),
  en('budget', 'How many times bigger is the staff line than the compensation to Huddinge for office services?', { expectAny: [['11,6', '11.6']] }),
  sv('budget', 'om vi sänker personalen till 550 000, hur mycket blir då över i budgeten?', { expect: ['30 000'] }),
  sv('budget', 'om personalkostnaden fördelas lika på kommunerna, hur mycket per kommun blir det?', { expect: ['72 500'] }),
  en('budget', "what's our total income this year and where does it come from?", { expect: ['860 000'], expectAny: [['fee', 'avgift']] }),
);

// yes/no
Q.push(
  sv('yesno', 'Är Nykvarn värd för SK 14/4?', { startsWith: 'Ja', expect: ['Nykvarn'] }),
  sv('yesno', 'är SK-mötet 22/9 i botkyrka?', { startsWith: 'Nej', expect: ['Nynäshamn'] }),
  sv('yesno', 'ingår Salem i överförmyndarnämnden?', { startsWith: 'Nej' }),
  en('yesno', 'Is Haninge the host municipality for the joint guardianship board (ÖFN)?', { startsWith: 'Yes', expect: ['Haninge'] }),
  en('yesno', 'is Tyresö hosting the rådslag in 2014?', { startsWith: 'Yes' }),
  sv('yesno', 'har LG något möte i juni?', { startsWith: 'Nej' }),
  sv('yesno', 'startade miljö- och hälsoskyddsförbundet 2010?', { startsWith: 'Nej', expect: ['2008'] }),
  sv('yesno', 'är KTH med i rådslaget?', { startsWith: 'Ja' }),
  sv('yesno', 'börjar SK-mötena kl 12?', { startsWith: 'Ja' }),
  en('yesno', 'Is the Södertörn conference a full-day event?', { startsWith: 'Yes' }),
  sv('yesno', 'är södertälje värd för rådslaget 2016?', { startsWith: 'Nej', expect: ['Haninge'] }),
  sv('yesno', 'går mer än två tredjedelar av budgeten till personal?', { startsWith: 'Ja', expect: ['580 000'] }),
  en('yesno', 'Is more than a quarter of the budget set aside for studies and consultants?', { startsWith: 'Yes', expect: ['230 000'] }),
  sv('yesno', 'har Botkyrka rådslaget före Tyresö?', { startsWith: 'Ja', expect: ['2013'] }),
  en('yesno', 'does the 2011 budget balance?', { startsWith: 'Yes', expect: ['860 000'] }),
  sv('yesno', 'deltar kommundirektörerna på kommitténs möten?', { startsWith: 'Ja' }),
  en('yesno', 'Is there an LG meeting in October?', { startsWith: 'Yes', expect: ['14 October'] }),
);

// premise
Q.push(
  sv('premise', 'varför är Botkyrka värd för SK 9/6?', { expect: ['Salem'] }),
  sv('premise', 'varför har LG sina möten på torsdagar?', { expect: ['fredag'] }),
  en('premise', 'Why is the nyckeltal day in Haninge this year?', { expect: ['Botkyrka'] }),
  sv('premise', 'nykvarn har ju rådslaget 2012, vet vi datumet?', { expect: ['Nynäshamn'] }),
  sv('premise', 'när i juli är södertörnskonferensen?', { expect: ['1 sep'] }),
  sv('premise', 'personalposten på 600 000, vad blir det per månad?', { expect: ['580 000'] }),
  en('premise', 'Since Salem is part of the joint guardianship board, who else is in it?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
  sv('premise', 'varför är södertälje värd för rådslaget i år?', { expect: ['Salem'] }),
  sv('premise', 'miljöförbundet som startade 2011, vilka kommuner är med?', { expect: ['2008', 'Haninge', 'Nynäshamn', 'Tyresö'] }),
  en('premise', 'Why does the committee always meet on Mondays?', { expect: ['Thursday'] }),
  sv('premise', 'hur mycket får Tyresö i ersättning för kontorsservice och arbetsrum?', { expect: ['Huddinge', '50 000'] }),
  sv('premise', 'LG:s planeringskonferens 27-28 januari, är det heldagar?', { expectAny: [['31 mars', '31/3']] }),
  en('premise', 'the SK meeting in Huddinge on 3 November – what time does it start?', { expect: ['Botkyrka'] }),
);

// off-plan / cannot
Q.push(
  sv('offplan', 'kan du boka en lokal till SK 9/6?', { kind: NI }),
  sv('offplan', 'skicka ut kallelsen till LG 20/5', { kind: NI }),
  sv('offplan', 'vem är kommundirektör i Salem', { kind: NI }),
  sv('offplan', 'vad står på dagordningen för SK 14/4?', { kind: NI }),
  sv('offplan', 'vad kostar lunchen på södertörnskonferensen per person', { kind: NI }),
  en('offplan', "What's the street address for the nyckeltal day in Botkyrka?", { kind: NI }),
  sv('offplan', 'hur stor blir budgeten 2012?', { kind: NI }),
  en('offplan', 'Can you email the agenda to all the LG members?', { kind: NI }),
  sv('offplan', 'vem är värd för LG 20/5?', { kind: NI }),
  sv('offplan', 'vilket datum blir rådslaget 2012?', { kind: NI }),
  en('offplan', 'who chairs the committee?', { kind: NI }),
);

// topic
Q.push(
  sv('topic', 'när är samarbetskommitténs planeringskonferens?', { expectAny: [['27 jan', '27-28 jan', '27–28 jan']], expectNot: ['31 mars'] }),
  sv('topic', 'LG planeringskonf när?', { expectAny: [['31 mars', '31/3']], expectNot: ['28 jan'] }),
  sv('topic', 'vad ingår i posten på 50 000?', { expect: ['kontorsservice'] }),
  sv('topic', 'vad täcker utredningsposten', { expect: ['230 000', 'konsultstöd'] }),
  sv('topic', 'vad är syftet med ledningsgruppen?', { expect: ['förbereda', 'samordna'] }),
  en('topic', 'What is the rådslag actually for?', { expectAny: [['development', 'utveckling']] }),
  sv('topic', 'vilket styrdokument gäller för verksamhetsfrågorna?', { expect: ['verksamhetsplan'] }),
  sv('topic', 'vilka deltar på södertörnskonferensen?', { expect: ['politiska partier', 'tjänstemän'], expectNot: ['Handelskammaren'] }),
  sv('topic', 'vilka är med i rådslaget förutom kommunerna?', { expect: ['Handelskammaren', 'Företagarna', 'KTH', 'Karolinska', 'Södertörns högskola'] }),
  sv('topic', 'explosiva varor – vilket förbund hanterar det?', { expect: ['brandförsvarsförbund'] }),
  en('topic', 'Which body handles the control of non-prescription drug sales?', { expectAny: [['miljö- och hälsoskydd', 'environmental and health', 'environment and health']] }),
  sv('topic', 'när är nyckeltalsdagen', { expect: ['6 okt'], expectNot: ['1 sep'] }),
  en('topic', 'When is the Södertörn conference?', { expect: ['1 September'], expectNot: ['6 October', '24 March'] }),
  sv('topic', 'vad är skillnaden i syfte mellan regionala utvecklingsfrågor och verksamhetsfrågor?', { expect: ['region', 'effektivisera'] }),
  sv('topic', 'var hålls södertörnskonferensen', { expect: ['Huddinge', 'Tyresö'], expectNot: ['Botkyrka'] }),
);

// period
Q.push(
  sv('period', 'vilka SK-möten har vi i höst?', { expect: ['22 sep', '3 nov'] }),
  sv('period', 'LG efter sommaren?', { expect: ['9 sep', '14 okt', '25 nov'] }),
  sv('period', 'sista LG-mötet i år', { expect: ['25 nov'] }),
  sv('period', 'sista SK 2011, var är det?', { expect: ['8 dec', 'Tyresö'] }),
  sv('period', 'första SK efter sommaren', { expect: ['22 sep', 'Nynäshamn'] }),
  en('period', "What's on the calendar in October?", { expect: ['14 October', '6 October'] }),
  sv('period', 'vad händer i september?', { expect: ['1 sep', '9 sep', '22 sep'] }),
  sv('period', 'LG:s möten första halvåret', { expect: ['21 jan', '31 mars', '20 maj'] }),
  sv('period', 'vad har vi kvar före sommaren?', { expect: ['14 april', '20 maj', '9 juni'] }),
  sv('period', 'vad händer i maj?', { expect: ['20 maj'], expectNot: ['9 juni'] }),
  en('period', 'SK meetings in 2012?', { expect: ['Södertälje', 'Huddinge'], expectAny: [['January 2012', 'Jan 2012']] }),
  sv('period', 'vad händer nästa vecka?', { expect: ['14 april', 'Nykvarn'] }),
  sv('period', 'vad är kvar i år?', { now: '2011-11-01T09:00:00+01:00', expect: ['3 nov', '25 nov', '8 dec'] }),
  en('period', 'anything in December?', { expect: ['8 December', 'Tyresö'] }),
  en('period', 'How many days until the SK meeting in Nykvarn?', { expectAny: [['7 days', 'seven days']] }),
);

// follow-ups
Q.push(
  conv('followup', [
    t('vem är värd för rådslaget 2013?', 'sv', { expect: ['Botkyrka'] }),
    t('och året efter?', 'sv', { expect: ['Tyresö'] }),
    t('och 2017?', 'sv', { expect: ['Nykvarn'] }),
  ]),
  conv('followup', [
    t('när är nästa SK?', 'sv', { expect: ['14 april', 'Nykvarn'] }),
    t('och mötet efter det?', 'sv', { expect: ['9 juni', 'Salem'] }),
    t('vilken tid börjar det?', 'sv', { expectAny: [H12] }),
  ]),
  conv('followup', [
    t('personalbudgeten?', 'sv', { expect: ['580 000'] }),
    t('per månad?', 'sv', { expect: ['48 333'] }),
    t('och per kommun om det delas lika?', 'sv', { expect: ['72 500'] }),
  ]),
  conv('followup', [
    t('when is the next LG meeting?', 'en', { expect: ['20 May'] }),
    t('what time does it start?', 'en', { expectAny: [L830] }),
    t('and the one after that?', 'en', { expect: ['9 September'] }),
  ]),
  conv('followup', [
    t('vilka kommuner ingår i ÖFN?', 'sv', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
    t('vem är värdkommun?', 'sv', { expect: ['Haninge'] }),
    t('sen när?', 'sv', { expect: ['2011'] }),
  ]),
  conv('followup', [
    t('vilka är med i miljöförbundet?', 'sv', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
    t('när startade det?', 'sv', { expect: ['2008'] }),
    t('vilken ny uppgift har de fått?', 'sv', { expect: ['läkemedel'] }),
  ]),
  conv('followup', [
    t('vem har SK 22/9?', 'sv', { expect: ['Nynäshamn'] }),
    t('och i november?', 'sv', { expect: ['3 nov', 'Botkyrka'] }),
    t('sista i år då?', 'sv', { expect: ['8 dec', 'Tyresö'] }),
  ]),
  conv('followup', [
    t('södertörnskonferensen?', 'sv', { expect: ['1 sep', 'Huddinge', 'Tyresö'] }),
    t('vilka deltar?', 'sv', { expect: ['politiska partier'] }),
    t('är det heldag?', 'sv', { startsWith: 'Ja' }),
  ]),
  conv('followup', [
    t('nyckeltal day – when?', 'en', { expect: ['6 October'] }),
    t('which weekday is that?', 'en', { expect: ['Thursday'] }),
    t('who hosts it?', 'en', { expect: ['Botkyrka'] }),
  ]),
  conv('followup', [
    t("What's the vision for 2025?", 'en', { expect: ['2025'] }),
    t('and how many people live in Södertörn today?', 'en', { expect: ['430 000'] }),
  ]),
  conv('followup', [
    t('vad är syftet med LG?', 'sv', { expect: ['förbereda'] }),
    t('hur ofta träffas de?', 'sv', { expectAny: [['sex', '6 gånger']] }),
    t('vilken veckodag?', 'sv', { expect: ['fredag'] }),
  ]),
  conv('followup', [
    t('Who hosts SK on 9 June?', 'en', { expect: ['Salem'] }),
    t('did they host the rådslag this year as well?', 'en', { startsWith: 'Yes', expect: ['24 March'] }),
  ]),
  conv('followup', [
    t('när är nästa SK?', 'sv', { expect: ['3 nov', 'Botkyrka'] }),
    t('och LG?', 'sv', { expect: ['14 okt'] }),
  ], { now: '2011-09-23T09:00:00+02:00' }),
  conv('followup', [
    t('vad får huddinge i ersättning?', 'sv', { expect: ['50 000'] }),
    t('för vad?', 'sv', { expect: ['kontorsservice'] }),
    t('hur stor andel av budgeten är det?', 'sv', { expectAny: [['5,8', '5.8', '6 %', '6%', '6 procent']] }),
  ]),
  conv('followup', [
    t('vilka målområden finns i SUP 2010?', 'sv', { expect: ['Klimat', 'Infrastruktur'] }),
    t('hur många konkreta utvecklingsfrågor hör till dem?', 'sv', { expectAny: [['fem', '5']] }),
  ]),
  conv('followup', [
    t('How much do the municipalities pay in fees in total?', 'en', { expect: ['860 000'] }),
    t('per municipality if split evenly?', 'en', { expect: ['107 500'] }),
    t('and per quarter for each of them?', 'en', { expect: ['26 875'] }),
  ]),
  conv('followup', [
    t('planeringskonferensen för LG, när?', 'sv', { expectAny: [['31 mars', '31/3']] }),
    t('och kommitténs?', 'sv', { expectAny: [['27 jan', '27-28 jan', '27–28 jan']] }),
    t('är den också lunch till lunch?', 'sv', { startsWith: 'Nej', expect: ['heldag'] }),
  ]),
  conv('followup', [
    t('rådslaget i år?', 'sv', { expect: ['24 mars', 'Salem'] }),
    t('vilka deltar där?', 'sv', { expect: ['Handelskammaren'] }),
    t('och var blir det nästa år?', 'sv', { expect: ['Nynäshamn'] }),
  ]),
);

// typo
Q.push(
  sv('typo', 'ledingsgruppen nästa möte', { expect: ['20 maj'] }),
  sv('typo', 'samarbetskomiten i juni värd?', { expect: ['Salem'] }),
  sv('typo', 'rådslget 2015', { expect: ['Södertälje'] }),
  sv('typo', 'nyckeltasdagen var', { expect: ['Botkyrka'] }),
  sv('typo', 'överförmyndarnämden värdkommun', { expect: ['Haninge'] }),
  sv('typo', 'SK-mötetr 22/9 värd', { expect: ['Nynäshamn'] }),
  sv('typo', 'södertörnskonfrensen datum', { expect: ['1 sep'] }),
  sv('typo', 'LG-datumen i höst', { expect: ['9 sep', '14 okt', '25 nov'] }),
  sv('typo', 'hälsoskydsförbundet startår', { expect: ['2008'] }),
  sv('typo', 'konsultsöd budget', { expect: ['230 000'] }),
  sv('typo', 'plannerinskonferens SK', { expectAny: [['27 jan', '27-28 jan', '27–28 jan']] }),
  en('typo', 'whos hostng the rådslg 2013', { expect: ['Botkyrka'] }),
  en('typo', 'ledningsgrupen meeting time', { expectAny: [L830] }),
);

// language (locale decides fragments)
Q.push(
  { category: 'language', q: 'SK 3/11 värd?', lang: 'en', locale: 'en-GB', expect: ['Botkyrka'] },
  { category: 'language', q: 'ÖFN?', lang: 'sv', locale: 'sv-SE', expect: ['Haninge'] },
  { category: 'language', q: 'kostnader?', lang: 'en', locale: 'en-US', expect: ['580 000', '50 000', '230 000'] },
  { category: 'language', q: 'rådslaget 2014', lang: 'en', locale: 'en-GB', expect: ['Tyresö'] },
  { category: 'language', q: 'LG 20/5?', lang: 'sv', expect: ['20 maj'] },
  { category: 'language', q: 'nyckeltal 6/10', lang: 'en', locale: 'en-GB', expect: ['Botkyrka'] },
  { category: 'language', q: 'Södertörnskonferensen?', lang: 'en', locale: 'en-US', expect: ['1 September'] },
  en('language', 'what does the plan say about joint procurement?', { expect: ['procurement'] }),
);

// general facts across the plan
Q.push(
  sv('facts', 'hur många invånare har södertörn?', { expect: ['430 000'] }),
  sv('facts', 'vad säger visionen?', { expect: ['2025'], expectAny: [['halv miljon', '500 000']] }),
  en('facts', 'What does the 2025 vision say about population?', { expectAny: [['half a million', '500 000', 'half million']] }),
  sv('facts', 'vilka förhållningssätt ska prägla samverkan?', { expect: ['gemensamma nyttan'], expectAny: [['ge och få']] }),
  sv('facts', 'i vilka regionala organ samordnar vi våra insatser?', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] }),
  en('facts', 'What does joint ownership governance involve?', { expectAny: [['directive', 'direktiv', 'dialog']] }),
  sv('facts', 'vilka infrastruktursatsningar nämns i planen?', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] }),
  sv('facts', 'vilka är de viktigaste regionala utvecklingsfrågorna enligt SUP 2010?', { expect: ['utbildningsnivå', 'klimateffektivt'] }),
  sv('facts', 'när fastställdes utvecklingsprogrammet?', { expect: ['2010'], expectAny: [['hösten']] }),
  sv('facts', 'vilka företag nämns i inledningen', { expect: ['Scania', 'Astra Zeneca'] }),
  en('facts', 'Who provides the secretariat for the committee?', { expect: ['Huddinge'] }),
  sv('facts', 'vilka sitter i samarbetskommittén', { expect: ['kommunstyrelse'] }),
  en('facts', "who's in the LG?", { expectAny: [['director', 'kommundirektör', 'chief executive', 'manager']] }),
  sv('facts', 'hur ofta träffas SK?', { expectAny: [['sex gånger', '6 gånger']] }),
  sv('facts', 'vilka tider har LG sina möten?', { expectAny: [L830, ['13.00', '13:00']] }),
  en('facts', 'What time are the committee meetings?', { expect: ['Thursday'], expectAny: [H12, ['15.00', '15:00']] }),
  sv('facts', 'vilket område ska få mer tid och resurser 2011?', { expect: ['regionala utvecklingsfrågor'] }),
  en('facts', 'What nickname does the plan use for Stockholm?', { expect: ['Capital of Scandinavia'] }),
  sv('facts', 'vilka är de två huvudområdena för samverkan?', { expect: ['regionala utvecklingsfrågor', 'verksamhetsfrågor'] }),
  sv('facts', 'vad ska kommunerna göra när riksdagen ger dem nya uppgifter?', { expect: ['enskilt', 'samverkan'] }),
  sv('facts', 'vad är södertörns nyckeltal för något?', { expect: ['uppföljning'], expectAny: [['hösten']] }),
  sv('facts', 'vilka målområden har utvecklingsprogrammet', { expect: ['Näringsliv', 'Högskola', 'Olikhet', 'Mångfald', 'Klimat', 'Infrastruktur'] }),
  en('facts', 'Which municipalities are in the joint guardianship board, and since when?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö', '2011'] }),
  sv('facts', 'vilka lärosäten nämns?', { expect: ['Södertörns högskola', 'KTH', 'Karolinska Institutet'] }),
  en('facts', "What's the overall purpose of working together?", { expectAny: [['regional development', 'regional']] }),
);

// ---------------------------------------------------------------- change requests
const C = [];
const S = (category, q, o) => sv(category, q, { as: 'secretariat', ...o });
const SE = (category, q, o) => en(category, q, { as: 'secretariat', ...o });
const M = (category, q, o) => sv(category, q, { as: 'member', ...o });
const ME = (category, q, o) => en(category, q, { as: 'member', ...o });
const REF = { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] };

// moves
C.push(
  S('move', 'flytta SK 9/6 till 16/6', { kind: 'confirm', expect: ['16 juni'] }),
  S('move', 'LG-mötet 14/10 behöver flyttas till fredag 21 oktober', { kind: 'confirm', expect: ['21 okt'] }),
  SE('move', 'move the LG meeting on 20 May to 27 May', { kind: 'confirm', expect: ['27 May'] }),
  S('move', 'kan du lägga om SK-mötet i Nynäshamn till den 29/9 istället', { kind: 'confirm', expect: ['29 sep'] }),
  S('move', 'nyckeltalsdagen skjuts fram en vecka, till 13 okt', { kind: 'confirm', expect: ['13 okt'] }),
  S('move', 'södertörnskonferensen flyttas till 8 september', { kind: 'confirm', expect: ['8 sep'] }),
  S('move', 'SK 8/12 -> 15/12', { kind: 'confirm', expect: ['15 dec'] }),
);
// hosts
C.push(
  S('host', 'ny värd för SK 22/9: Haninge', { kind: 'confirm', expect: ['Haninge'] }),
  S('host', 'Salem kan inte ta SK i juni, Södertälje tar det istället', { kind: 'confirm', expect: ['Södertälje'] }),
  SE('host', 'change the host of the SK meeting on 3 November to Huddinge', { kind: 'confirm', expect: ['Huddinge'] }),
  S('host', 'byt värd för nyckeltalsdagen till Haninge', { kind: 'confirm', expect: ['Haninge'] }),
);
// cancellations
C.push(
  S('cancel', 'ställ in LG 25/11', { kind: 'confirm', expect: ['25 nov'] }),
  S('cancel', 'SK-mötet 8 december utgår, stryk det', { kind: 'confirm', expect: ['8 dec'] }),
  SE('cancel', 'cancel the LG meeting on 9 September', { kind: 'confirm', expect: ['9 September'] }),
);
// additions
C.push(
  S('add', 'lägg in ett extra LG-möte fredag 17 juni kl 08.30', { kind: 'confirm', expect: ['17 juni'] }),
  S('add', 'vi behöver ett extra SK-möte torsdag 18 augusti, Huddinge är värd', { kind: 'confirm', expect: ['18 aug', 'Huddinge'] }),
  SE('add', 'add an extra LG meeting on Friday 2 December', { kind: 'confirm', expect: ['2 December'] }),
);
// budget lines
C.push(
  S('budgetline', 'ändra utredningar, konsultstöd till 250 000', { kind: 'confirm', expect: ['250 000'] }),
  S('budgetline', 'sänk personalposten med 30 000', { kind: 'confirm', expect: ['550 000'] }),
  S('budgetline', 'höj ersättningen till Huddinge kommun till 60 000 kr', { kind: 'confirm', expect: ['60 000'] }),
  SE('budgetline', 'set the staff line to 600 000', { kind: 'confirm', expect: ['600 000'] }),
);
// rådslag rotation host
C.push(
  S('rotationhost', 'rådslaget 2013 tas av Huddinge istället för Botkyrka', { kind: 'confirm', expect: ['Huddinge'] }),
  S('rotationhost', 'byt värdkommun för rådslaget 2016 till Salem', { kind: 'confirm', expect: ['Salem'] }),
  SE('rotationhost', 'change the rådslag host for 2017 to Tyresö', { kind: 'confirm', expect: ['Tyresö'] }),
);
// history
C.push(
  S('history', 'visa ändringar', { kind: 'history' }),
  SE('history', 'what has changed in the plan?', { kind: 'history' }),
  S('history', 'vilka ändringar har gjorts hittills?', { kind: 'history' }),
);
// confirm / cancel / undo conversations
C.push(
  conv('confirm', [
    t('flytta LG 20/5 till 27/5', 'sv', { as: 'secretariat', kind: 'confirm', expect: ['27 maj'] }),
    t('ja', 'sv', { as: 'secretariat', kind: 'confirmed' }),
    t('när är LG i maj nu?', 'sv', { as: 'secretariat', expect: ['27 maj'] }),
  ]),
  conv('confirm', [
    t('ny värd för SK 14/4: Huddinge', 'sv', { as: 'secretariat', kind: 'confirm', expect: ['Huddinge'] }),
    t('nej', 'sv', { as: 'secretariat', kind: 'cancelled' }),
    t('vem är värd för SK 14/4?', 'sv', { as: 'secretariat', expect: ['Nykvarn'] }),
  ]),
  conv('confirm', [
    t('cancel the SK meeting on 3 November', 'en', { as: 'secretariat', kind: 'confirm', expect: ['3 November'] }),
    t('yes', 'en', { as: 'secretariat', kind: 'confirmed' }),
    t('show changes', 'en', { as: 'secretariat', kind: 'history' }),
  ]),
  conv('confirm', [
    t('ändra personal till 590 000', 'sv', { as: 'secretariat', kind: 'confirm', expect: ['590 000'] }),
    t('ok kör', 'sv', { as: 'secretariat', kind: 'confirmed' }),
    t('vad är personalbudgeten nu?', 'sv', { as: 'secretariat', expect: ['590 000'] }),
  ]),
  conv('confirm', [
    t('rådslaget 2014: Haninge i st f Tyresö', 'sv', { as: 'secretariat', kind: 'confirm', expect: ['Haninge'] }),
    t('avbryt', 'sv', { as: 'secretariat', kind: 'cancelled' }),
  ]),
  conv('history', [
    t('flytta nyckeltalsdagen till 20/10', 'sv', { as: 'secretariat', kind: 'confirm', expect: ['20 okt'] }),
    t('bekräfta', 'sv', { as: 'secretariat', kind: 'confirmed' }),
    t('ångra senaste ändringen', 'sv', { as: 'secretariat', kind: 'confirm', expect: ['6 okt'] }),
    t('ja', 'sv', { as: 'secretariat', kind: 'confirmed' }),
    t('när är nyckeltalsdagen?', 'sv', { as: 'secretariat', expect: ['6 okt'] }),
  ]),
  conv('history', [
    t('move SK 9 June to 16 June', 'en', { as: 'secretariat', kind: 'confirm', expect: ['16 June'] }),
    t('confirm', 'en', { as: 'secretariat', kind: 'confirmed' }),
    t('undo that', 'en', { as: 'secretariat', kind: 'confirm', expect: ['9 June'] }),
    t('yes', 'en', { as: 'secretariat', kind: 'confirmed' }),
    t('when is the SK meeting in June?', 'en', { as: 'secretariat', expect: ['9 June'] }),
  ]),
  conv('missing', [
    t('flytta LG-mötet', 'sv', { as: 'secretariat', kind: 'clarify' }),
    t('det 14/10, till 21/10', 'sv', { as: 'secretariat', kind: 'confirm', expect: ['21 okt'] }),
  ]),
  conv('missing', [
    t('ändra budgeten för utredningar', 'sv', { as: 'secretariat', kind: 'clarify' }),
    t('till 200 000', 'sv', { as: 'secretariat', kind: 'confirm', expect: ['200 000'] }),
  ]),
  conv('missing', [
    t('lägg till ett SK-möte', 'sv', { as: 'secretariat', kind: 'clarify' }),
    t('torsdag 25 augusti, Salem värd', 'sv', { as: 'secretariat', kind: 'confirm', expect: ['25 aug'] }),
  ]),
);
// incomplete
C.push(
  S('missing', 'flytta SK-mötet', { kind: 'clarify' }),
  S('missing', 'flytta LG-mötet till någon fredag i juni', { kind: 'clarify' }),
  S('missing', 'ändra budgeten', { kind: 'clarify' }),
  S('missing', 'ny värd för rådslaget', { kind: 'clarify' }),
  S('missing', 'ställ in mötet', { kind: 'clarify' }),
  SE('missing', 'change the host please', { kind: 'clarify' }),
  S('missing', 'höj personalposten', { kind: 'clarify' }),
  S('missing', 'flytta SK 9/6', { kind: 'clarify' }),
  S('missing', 'lägg in ett möte i september', { kind: 'clarify' }),
);
// members trying
C.push(
  M('refused', 'flytta SK 22/9 till 29/9', REF),
  ME('refused', 'cancel the LG meeting on 14 October', REF),
  M('refused', 'ändra personal till 600 000', REF),
  M('refused', 'byt värd för rådslaget 2015 till Nykvarn', REF),
  M('refused', 'lägg till ett extra SK-möte 18/8', REF),
  M('refused', 'Botkyrka kan inte ta SK 3/11, sätt Huddinge som värd', REF),
  ME('refused', 'add an LG meeting on 17 June', REF),
);
// secretariat questions that look like commands
C.push(
  S('period', 'när är LG i maj?', { expect: ['20 maj'] }),
  S('facts', 'kolla vem som är värd för SK 9/6', { expect: ['Salem'] }),
  S('period', 'ta fram höstens SK-datum', { expect: ['22 sep', '3 nov'] }),
  S('budget', 'visa budgeten', { expect: ['580 000', '230 000', '860 000'] }),
  S('facts', 'vilken tid börjar LG-mötet 20/5', { expectAny: [L830] }),
  SE('rotation', 'check the rådslag host for 2015', { expect: ['Södertälje'] }),
  S('topic', 'påminn mig, vilket datum var LG:s planeringskonferens?', { expectAny: [['31 mars', '31/3']] }),
);

const write = (file, description, items) => fs.writeFileSync(path.join(__dirname, file),
  JSON.stringify({ description, defaultNow: NOW, items }, null, 2) + '\n');
write('pool-questions.json', 'Round 13 writer s (handläggare, sekretariatet): questions about verksamhetsplan 2011', Q);
write('pool-commands.json', 'Round 13 writer s (handläggare, sekretariatet): change requests, members, secretariat questions', C);
console.log('questions', Q.length, 'commands', C.length);

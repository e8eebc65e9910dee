// Round 16, writer z. Source: /work/shared/plan/verksamhetsplan-2011.txt only.
// Persona: secretariat at Huddinge – a newly hired coordinator (mostly English, sometimes
// Swedish/English mix) learning the plan section by section, and an experienced administrator
// (terse Swedish, typos) who keeps the plan current via change requests.
const fs = require('fs');
const path = require('path');

const NOW = '2011-04-07T10:00:00+02:00';
const CANNOT = ['notInPlan', 'cannot'];

function Q(category, q, lang, o = {}) {
  return Object.assign({ category, q, lang }, o);
}
function C(category, turns, o = {}) {
  return Object.assign({ category, conversation: turns }, o);
}
function T(q, lang, o = {}) {
  return Object.assign({ q, lang }, o);
}

const questions = [];
const add = (...xs) => questions.push(...xs);

// ---------------- rotation ----------------
add(
  Q('rotation', 'vem är värd för rådslaget 2014?', 'sv', { expect: ['Tyresö'] }),
  Q('rotation', 'rådslag 2016 värd', 'sv', { expect: ['Haninge'] }),
  Q('rotation', 'vilket år har Nykvarn rådslaget?', 'sv', { expect: ['2017'] }),
  Q('rotation', 'Which municipality hosts the Södertörn rådslag in 2015?', 'en', { expect: ['Södertälje'] }),
  Q('rotation', 'när är huddinge värd för rådslaget', 'sv', { expect: ['2018'], expectNot: ['2011'] }),
  Q('rotation', 'who hosts rådslaget next year?', 'en', { expect: ['Nynäshamn'] }),
  Q('rotation', 'vem står för rådslaget i år', 'sv', { expect: ['Salem'] }),
  Q('rotation', 'rådslaget 2019 – vem blir värd då?', 'sv', { kind: CANNOT }),
  Q('rotation', 'vilka år är Botkyrka resp. Tyresö värdar för rådslaget?', 'sv', { expect: ['2013', '2014'] }),
  Q('rotation', 'In what order do the municipalities take turns hosting the rådslag, 2011 to 2018?', 'en',
    { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] }),
  Q('rotation', 'vem har rådslaget året efter botkyrka?', 'sv', { expect: ['Tyresö'] }),
  Q('rotation', 'hur många år är det kvar tills Huddinge får rådslaget?', 'sv', { expect: ['2018'], expectAny: [['7', 'sju']] }),
  Q('rotation', 'vem är värd för årets rådslag?', 'sv', { now: '2013-02-01T09:00:00+01:00', expect: ['Botkyrka'] }),
);

// ---------------- budget ----------------
add(
  Q('budget', 'hur stor är budgeten totalt?', 'sv', { expect: ['860 000'] }),
  Q('budget', 'vad får varje kommun betala om avgiften delas lika på alla åtta?', 'sv', { expect: ['107 500'] }),
  Q('budget', 'personalkostnad?', 'sv', { locale: 'sv-SE', expect: ['580 000'] }),
  Q('budget', 'How much does Huddinge get for office services and rooms?', 'en', { expect: ['50 000'] }),
  Q('budget', 'utredningar och konsultstöd per månad, ungefär?', 'sv', { expectAny: [['19 166', '19 167']] }),
  Q('budget', 'hur mycket blir kvar av intäkterna när personalen är betald?', 'sv', { expect: ['280 000'] }),
  Q('budget', "What's the difference between the staff budget and the consultancy budget?", 'en', { expect: ['350 000'] }),
  Q('budget', 'största kostnadsposten?', 'sv', { expect: ['580 000'], expectAny: [['personal']] }),
  Q('budget', 'which cost line is the smallest?', 'en', { expect: ['50 000'], expectAny: [['Huddinge']] }),
  Q('budget', 'hur stor andel av budgeten går till personal?', 'sv', { expectAny: [['67', '68']] }),
  Q('budget', 'what percentage of the costs is investigations and consultants?', 'en', { expectAny: [['26', '27']] }),
  Q('budget', 'budgeten per kvartal', 'sv', { expect: ['215 000'] }),
  Q('budget', 'total budget per month?', 'en', { expectAny: [['71 666', '71 667']] }),
  Q('budget', 'om personalkostnaden delas lika mellan kommunerna, hur mycket blir det per kommun?', 'sv', { expect: ['72 500'] }),
  Q('budget', 'vad kostar personalen per månad', 'sv', { expectAny: [['48 333']] }),
  Q('budget', 'om utredningspengarna sprids jämnt över året, hur mycket borde vara använt efter tre kvartal?', 'sv',
    { now: '2011-10-01T09:00:00+02:00', expect: ['172 500'] }),
);

// ---------------- yesno ----------------
add(
  Q('yesno', 'är SK-mötet 14/4 i Nykvarn?', 'sv', { startsWith: 'Ja', expect: ['Nykvarn'] }),
  Q('yesno', 'Is the Södertörn conference held in Salem?', 'en', { startsWith: 'No', expectAny: [['Huddinge', 'Tyresö']] }),
  Q('yesno', 'håller Tyresö i rådslaget 2014?', 'sv', { startsWith: 'Ja' }),
  Q('yesno', 'Is Nykvarn part of the joint överförmyndarnämnd?', 'en', { startsWith: 'No' }),
  Q('yesno', 'ingår Salem i miljö- och hälsoskyddsförbundet?', 'sv', { startsWith: 'Nej' }),
  Q('yesno', 'träffas samarbetskommittén minst sex gånger per år?', 'sv', { startsWith: 'Ja' }),
  Q('yesno', 'Does the LG meet on Thursdays?', 'en', { startsWith: 'No', expectAny: [['Friday']] }),
  Q('yesno', 'är nyckeltalsdagen på hösten?', 'sv', { startsWith: 'Ja', expect: ['6 oktober'] }),
  Q('yesno', 'finns det nåt SK-möte i augusti?', 'sv', { startsWith: 'Nej' }),
  Q('yesno', 'är Haninge värdkommun för överförmyndarnämnden?', 'sv', { startsWith: 'Ja' }),
  Q('yesno', 'har rådslaget redan varit i år?', 'sv', { startsWith: 'Ja', expect: ['24 mars'] }),
  Q('yesno', 'Is there an LG meeting in June?', 'en', { startsWith: 'No' }),
  Q('yesno', 'är huddinge värd för SK i april 2012?', 'sv', { startsWith: 'Ja' }),
  Q('yesno', 'startade miljö- och hälsoskyddsförbundet 2010?', 'sv', { startsWith: 'Nej', expect: ['2008'] }),
);

// ---------------- premise ----------------
add(
  Q('premise', 'varför är Botkyrka värd för SK 9/6?', 'sv', { expect: ['Salem'] }),
  Q('premise', 'why is the nyckeltal day in Huddinge this year?', 'en', { expect: ['Botkyrka'] }),
  Q('premise', 'när i maj har SK sitt möte?', 'sv', { expectAny: [['9 juni', '14 april']] }),
  Q('premise', 'eftersom Södertälje har rådslaget 2012 – när är Nynäshamn värd?', 'sv', { expect: ['2012', 'Nynäshamn'] }),
  Q('premise', 'how come the staff budget is 600 000?', 'en', { expect: ['580 000'] }),
  Q('premise', 'LG-mötet torsdag 20/5, vilken tid börjar det?', 'sv', { expectAny: [['fredag'], ['08.30', '8.30', '08:30', '8:30']] }),
  Q('premise', 'The Södertörn conference on 1 October – where is it held?', 'en', { expect: ['1 September'], expectAny: [['Huddinge', 'Tyresö']] }),
  Q('premise', 'varför ingår Södertälje i miljö- och hälsoskyddsförbundet?', 'sv', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
  Q('premise', 'SK-mötet i Södertälje 8/12, när börjar det?', 'sv', { expect: ['Tyresö'], expectAny: [['12.00', '12:00']] }),
  Q('premise', 'the vision says 400 000 inhabitants by 2025, right?', 'en', { expectAny: [['half a million', '500 000', '500,000']] }),
  Q('premise', 'sen överförmyndarnämnden startade 2008, har fler kommuner gått med?', 'sv', { expect: ['2011'] }),
  Q('premise', 'varför hålls rådslaget i Botkyrka i år?', 'sv', { expect: ['Salem'] }),
);

// ---------------- offplan ----------------
add(
  Q('offplan', 'boka ett rum till LG 20/5', 'sv', { kind: CANNOT }),
  Q('offplan', 'can you send the invitation for SK 14/4 to everyone?', 'en', { kind: CANNOT }),
  Q('offplan', 'vem är ordförande i samarbetskommittén?', 'sv', { kind: CANNOT }),
  Q('offplan', "what's the address for the meeting in Nykvarn next week?", 'en', { kind: CANNOT }),
  Q('offplan', 'vad står på dagordningen 9/6?', 'sv', { kind: CANNOT }),
  Q('offplan', 'budget 2012?', 'sv', { locale: 'sv-SE', kind: CANNOT }),
  Q('offplan', 'ring kommundirektören i Salem och kolla om de kan ta SK', 'sv', { kind: CANNOT }),
  Q('offplan', 'who hosts the LG meeting on 9/9?', 'en', { kind: CANNOT }),
  Q('offplan', 'vad kostar det att delta i södertörnskonferensen?', 'sv', { kind: CANNOT }),
  Q('offplan', 'hur många invånare har Salem?', 'sv', { kind: CANNOT }),
  Q('offplan', 'vem är kontaktperson för nyckeltalsdagen i botkyrka', 'sv', { kind: CANNOT }),
);

// ---------------- topic ----------------
add(
  Q('topic', 'när är ledningsgruppens planeringskonferens?', 'sv', { expect: ['31 mars', '1 april'], expectNot: ['28 jan'] }),
  Q('topic', "When is the committee's own planning conference?", 'en', { expect: ['January'], expectAny: [['27']], expectNot: ['31 March'] }),
  Q('topic', 'vad täcker ersättningen till Huddinge?', 'sv', { expectAny: [['kontorsservice'], ['arbetsrum']] }),
  Q('topic', 'vad ingår i posten på 230 000?', 'sv', { expectAny: [['utredningar', 'utredning'], ['konsult']] }),
  Q('topic', 'What is the purpose of the ledningsgrupp?', 'en', { expectAny: [['prepar'], ['coordinat']] }),
  Q('topic', 'syftet med verksamhetsfrågorna?', 'sv', { expectAny: [['effektivisera']], expectNot: ['utveckla Södertörn som region'] }),
  Q('topic', 'vad syftar de regionala utvecklingsfrågorna till?', 'sv', { expectAny: [['utveckla Södertörn som region', 'Södertörn som region']] }),
  Q('topic', 'styrdokument för verksamhetsfrågor?', 'sv', { expectAny: [['verksamhetsplan']] }),
  Q('topic', 'who attends Södertörnskonferensen?', 'en', { expectAny: [['parties', 'partier'], ['officials', 'tjänstemän', 'civil servants', 'officers']], expectNot: ['Handelskammaren', 'KTH'] }),
  Q('topic', 'vilka är med i rådslaget förutom kommunerna?', 'sv', { expect: ['Södertörns högskola', 'KTH', 'Handelskammaren', 'Företagarna'], expectAny: [['Karolinska']] }),
  Q('topic', 'when is the nyckeltal day?', 'en', { expect: ['6 October'], expectNot: ['1 September'] }),
  Q('topic', 'södertörnskonferensen datum?', 'sv', { expect: ['1 september'], expectNot: ['6 oktober', '24 mars'] }),
  Q('topic', 'var lägger man ansvaret för explosiva varor?', 'sv', { expectAny: [['brandförsvarsförbund']], expectNot: ['hälsoskyddsförbund'] }),
  Q('topic', 'receptfria läkemedel – vem sköter kontrollen?', 'sv', { expectAny: [['miljö- och hälsoskyddsförbund', 'miljö och hälsoskyddsförbund']], expectNot: ['brandförsvar'] }),
);

// ---------------- period ----------------
add(
  Q('period', 'vilka SK-möten är det i höst?', 'sv', { expect: ['22 september', '3 november', '8 december'], expectNot: ['14 april'] }),
  Q('period', 'LG efter sommaren?', 'sv', { expect: ['9 september', '14 oktober', '25 november'], expectNot: ['20 maj'] }),
  Q('period', 'första SK-mötet i år?', 'sv', { expect: ['27 januari', 'Haninge'] }),
  Q('period', 'sista LG-mötet 2011?', 'sv', { expect: ['25 november'] }),
  Q('period', 'Which SK meetings are in the first half of the year?', 'en', { expect: ['27 January', '14 April', '9 June'], expectNot: ['22 September'] }),
  Q('period', 'vad händer i oktober?', 'sv', { expect: ['6 oktober', '14 oktober'] }),
  Q('period', 'återstående SK-möten i år', 'sv', { expect: ['14 april', '9 juni', '22 september', '3 november', '8 december'], expectNot: ['27 januari'] }),
  Q('period', 'which meetings are left before the summer?', 'en', { expect: ['14 April', '20 May', '9 June'] }),
  Q('period', 'SK möten 2012?', 'sv', { expect: ['Södertälje', 'Huddinge'], expectAny: [['januari', 'jan']], expectNot: ['8 december'] }),
  Q('period', 'vad händer i september?', 'sv', { expect: ['1 september', '9 september', '22 september'] }),
  Q('period', 'hur många LG-möten är kvar i år?', 'sv', { expectAny: [['4', 'fyra']] }),
  Q('period', 'nästa SK?', 'sv', { now: '2011-10-01T09:00:00+02:00', expect: ['3 november', 'Botkyrka'] }),
  Q('period', 'nästa SK-möte?', 'sv', { now: '2011-12-09T09:00:00+01:00', expect: ['Södertälje'], expectNot: ['8 december'] }),
);

// ---------------- followup ----------------
add(
  C('followup', [
    T('vem är värd för rådslaget 2014?', 'sv', { expect: ['Tyresö'] }),
    T('och året efter?', 'sv', { expect: ['Södertälje'] }),
  ]),
  C('followup', [
    T('när är SK i juni?', 'sv', { expect: ['9 juni'] }),
    T('vem är värd?', 'sv', { expect: ['Salem'] }),
  ]),
  C('followup', [
    T('when is the next LG meeting?', 'en', { expect: ['20 May'] }),
    T('and the one after that?', 'en', { expect: ['9 September'] }),
  ]),
  C('followup', [
    T('what does the budget say about staff?', 'en', { expect: ['580 000'] }),
    T('per month?', 'en', { expect: ['48 333'] }),
  ]),
  C('followup', [
    T('vem är värdkommun för överförmyndarnämnden?', 'sv', { expect: ['Haninge'] }),
    T('vilka fler kommuner är med?', 'sv', { expect: ['Botkyrka', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
  ]),
  C('followup', [
    T('nyckeltalsdagen när?', 'sv', { expect: ['6 oktober'] }),
    T('var?', 'sv', { expect: ['Botkyrka'] }),
  ]),
  C('followup', [
    T('SK 22/9 var?', 'sv', { expect: ['Nynäshamn'] }),
    T('och mötet efter det?', 'sv', { expect: ['3 november', 'Botkyrka'] }),
  ]),
  C('followup', [
    T("what's the vision for 2025?", 'en', { expectAny: [['half a million', '500 000', '500,000']] }),
    T('and how many people live in Södertörn today?', 'en', { expectAny: [['430 000', '430,000']] }),
  ]),
  C('followup', [
    T('vilka målområden finns i utvecklingsprogrammet?', 'sv', { expect: ['Klimat', 'Infrastruktur'], expectAny: [['Mångfald'], ['Högskola']] }),
    T('och hur många konkreta utvecklingsfrågor hör till dem?', 'sv', { expectAny: [['fem', '5']] }),
  ]),
  C('followup', [
    T('when does Tyresö host the SK?', 'en', { expect: ['8 December'] }),
    T('and the rådslag?', 'en', { expect: ['2014'] }),
  ]),
  C('followup', [
    T('vad kostar personalen', 'sv', { expect: ['580 000'] }),
    T('och resten av kostnaderna sammanlagt?', 'sv', { expect: ['280 000'] }),
  ]),
  C('followup', [
    T('vilka kommuner bildade miljö- och hälsoskyddsförbundet?', 'sv', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
    T('när startade det?', 'sv', { expect: ['2008'] }),
  ]),
  C('followup', [
    T('LG-mötet i oktober?', 'sv', { expect: ['14 oktober'] }),
    T('vilken tid börjar det?', 'sv', { expectAny: [['08.30', '8.30', '08:30', '8:30']] }),
  ]),
);

// ---------------- typo ----------------
add(
  Q('typo', 'när träffas ledingsgruppen nästa gång?', 'sv', { expect: ['20 maj'] }),
  Q('typo', 'vem e värd för SK-mötet i novmber', 'sv', { expect: ['Botkyrka'] }),
  Q('typo', 'rådlsaget 2015?', 'sv', { expect: ['Södertälje'] }),
  Q('typo', 'nyckletalsdagen var?', 'sv', { expect: ['Botkyrka'] }),
  Q('typo', 'södertörnskonfernsen när', 'sv', { expect: ['1 september'] }),
  Q('typo', 'budgetn för utredingar', 'sv', { expect: ['230 000'] }),
  Q('typo', 'samarbetskomitten träffas hur ofta', 'sv', { expectAny: [['sex', '6']] }),
  Q('typo', 'LG-datumen i hösst', 'sv', { expect: ['9 september', '14 oktober', '25 november'] }),
  Q('typo', 'överförmyndarnämden värdkommun?', 'sv', { expect: ['Haninge'] }),
  Q('typo', 'visionn 2025?', 'sv', { expectAny: [['halv miljon', '500 000']] }),
  Q('typo', 'hur mycke får hudinge för kontorsservice', 'sv', { expect: ['50 000'] }),
  Q('typo', 'wen hosts the SK meting in june', 'en', { expect: ['Salem'] }),
  Q('typo', 'planerinskonferensen för LG?', 'sv', { expect: ['31 mars', '1 april'] }),
);

// ---------------- language ----------------
add(
  Q('language', 'SK 3/11 värd?', 'en', { locale: 'en-GB', expect: ['Botkyrka'] }),
  Q('language', 'ÖFN?', 'sv', { locale: 'sv-SE', expectAny: [['överförmyndar']] }),
  Q('language', 'kostnader?', 'en', { locale: 'en-GB', expect: ['580 000', '50 000', '230 000'] }),
  Q('language', 'när är the next LG meeting?', 'sv', { expect: ['20 maj'] }),
  Q('language', "what is 'rådslaget' and who is värd this year?", 'en', { expect: ['Salem'] }),
  Q('language', 'who is the värdkommun för överförmyndarnämnden?', 'en', { expect: ['Haninge'] }),
  Q('language', 'hur många invånare har Södertörn, roughly?', 'sv', { expect: ['430 000'] }),
  Q('language', 'LG 25/11?', 'en', { locale: 'en-GB', expect: ['25 November'] }),
  Q('language', 'rådslag 2017', 'en', { locale: 'en-US', expect: ['Nykvarn'] }),
  Q('language', 'What are the verksamhetsfrågor about?', 'en', { expectAny: [['efficien', 'streamlin', 'effective']] }),
  Q('language', "vad betyder 'gå före' i förhållningssättet?", 'sv', { expectAny: [['ledarskap']] }),
  Q('language', 'vilken tid är the SK meetings?', 'sv', { expectAny: [['12.00', '12:00'], ['15.00', '15:00']] }),
);

// ---------------- facts (whole plan, section by section) ----------------
add(
  // 1. Inledning
  Q('facts', 'hur många invånare har Södertörn?', 'sv', { expect: ['430 000'] }),
  Q('facts', 'Which companies does the plan mention as examples?', 'en', { expect: ['Scania'], expectAny: [['Astra Zeneca', 'AstraZeneca'], ['Karolinska']] }),
  Q('facts', 'vilka lärosäten nämns i inledningen?', 'sv', { expect: ['Södertörns högskola', 'KTH'], expectAny: [['Karolinska Institutet']] }),
  Q('facts', 'vilka infrastruktursatsningar har drivits gemensamt?', 'sv', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] }),
  Q('facts', 'What are the most important regional development issues in the development programme 2010?', 'en', { expectAny: [['education'], ['climate'], ['infrastructure']] }),
  // 2. Syfte, 3. Förhållningssätt
  Q('facts', "What's the purpose of the Södertörn cooperation?", 'en', { expectAny: [['strengthen'], ['goals', 'objectives']] }),
  Q('facts', 'vad syftar samverkan till?', 'sv', { expectAny: [['stärka'], ['hemkommun']] }),
  Q('facts', 'vad ska samverkan kännetecknas av?', 'sv', { expectAny: [['gemensamma nyttan'], ['demokratiska'], ['ledarskap'], ['ge och få']] }),
  // 4. Vision
  Q('facts', 'visionen?', 'sv', { locale: 'sv-SE', expect: ['2025'], expectAny: [['halv miljon', '500 000']] }),
  Q('facts', 'hur många fler invånare än idag innebär visionen, minst?', 'sv', { expectAny: [['70 000']] }),
  // 5. Samverkansområden
  Q('facts', 'hur många huvudområden bedrivs samverkan inom?', 'sv', { expectAny: [['två', '2']], expect: ['regionala utvecklingsfrågor', 'verksamhetsfrågor'] }),
  Q('facts', 'målområden i SUP 2010?', 'sv', { expect: ['Näringsliv', 'Högskola', 'Mångfald', 'Klimat', 'Infrastruktur'] }),
  Q('facts', 'In which regional bodies do they coordinate joint efforts?', 'en', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] }),
  Q('facts', 'vad innebär gemensam ägarstyrning?', 'sv', { expectAny: [['ägardialog', 'bolagsordning', 'direktiv', 'förbundsordning']] }),
  Q('facts', 'what does the plan say about joint procurement?', 'en', { expectAny: [['more goods', 'more products', 'fler varor', 'goods and services'], ['Public Procurement', 'offentlig upphandling', 'procurement act']] }),
  Q('facts', 'When did the joint överförmyndarnämnd start?', 'en', { expect: ['2011'], expectAny: [['1 January', 'January 1']] }),
  Q('facts', 'vilka kommuner ingår i överförmyndarnämnden?', 'sv', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
  Q('facts', 'who founded the miljö- och hälsoskyddsförbund, and when did it start?', 'en', { expect: ['Haninge', 'Nynäshamn', 'Tyresö', '2008'] }),
  Q('facts', 'vilket område ska få mer tid och resurser 2011?', 'sv', { expectAny: [['regionala utvecklingsfrågor']] }),
  Q('facts', 'When was the development programme SUP 2010 adopted?', 'en', { expect: ['2010'], expectAny: [['autumn', 'fall']] }),
  // 6. Arbetsformer
  Q('facts', 'vem sitter i samarbetskommittén?', 'sv', { expectAny: [['kommunstyrelseordförande', 'kommunstyrelsens ordförande', 'ordförande']] }),
  Q('facts', "who's in the LG?", 'en', { expectAny: [['municipal director', 'chief executive', 'city manager', 'kommundirekt', 'municipal manager']] }),
  Q('facts', 'vem står för sekretariatet?', 'sv', { expect: ['Huddinge'] }),
  Q('facts', 'vad är södertörns rådslag för något?', 'sv', { expectAny: [['årlig', 'varje år'], ['frågeställningar', 'utveckling']] }),
  Q('facts', 'when was the rådslag this year, and where?', 'en', { expect: ['24 March', 'Salem'] }),
  Q('facts', 'what is the nyckeltal day about?', 'en', { expect: ['6 October', 'Botkyrka'], expectAny: [['follow-up', 'follow up', 'key figure', 'key ratio', 'nyckeltal']] }),
  // 7. Kalendarium
  Q('facts', 'vilken tid är SK-mötena?', 'sv', { expectAny: [['12.00', '12:00'], ['15.00', '15:00'], ['torsdag']] }),
  Q('facts', 'What time are the LG meetings?', 'en', { expectAny: [['08.30', '8.30', '08:30', '8:30'], ['13.00', '13:00'], ['Friday']] }),
  Q('facts', 'hur länge håller LG:s planeringskonferens på?', 'sv', { expectAny: [['lunch till lunch', 'lunch-till-lunch']] }),
  Q('facts', 'var var SK-mötet 27/1?', 'sv', { expect: ['Haninge'] }),
  // 8. Budget
  Q('facts', 'vad kommer intäkterna ifrån?', 'sv', { expect: ['860 000'], expectAny: [['avgift']] }),
);

// ======================== commands ========================
const S = 'secretariat', M = 'member';
const commands = [];
const addc = (...xs) => commands.push(...xs);

addc(
  // move
  Q('move', 'flytta SK 22/9 till 29/9', 'sv', { as: S, kind: 'confirm', expect: ['29 september'] }),
  Q('move', 'LG 14/10 ska flyttas till 21/10', 'sv', { as: S, kind: 'confirm', expect: ['21 oktober'] }),
  Q('move', 'move the LG meeting on 20 May to 27 May', 'en', { as: S, kind: 'confirm', expect: ['27 May'] }),
  Q('move', 'sk-mötet i nykvarn blir en vecka senare', 'sv', { as: S, kind: 'confirm', expect: ['21 april'] }),
  Q('move', 'nyckeltalsdagen flyttas till 13 okt', 'sv', { as: S, kind: 'confirm', expect: ['13 oktober'] }),
  Q('move', 'södertörnskonferensen blir 8 sep istället', 'sv', { as: S, kind: 'confirm', expect: ['8 september'] }),
  Q('move', 'flyta SK 8/12 till 15/12', 'sv', { as: S, kind: 'confirm', expect: ['15 december'] }),
  // host
  Q('host', 'SK 3/11 blir i Huddinge istället', 'sv', { as: S, kind: 'confirm', expect: ['Huddinge'] }),
  Q('host', 'ny värd för sk 9/6: haninge', 'sv', { as: S, kind: 'confirm', expect: ['Haninge'] }),
  Q('host', 'change the host of the SK meeting on 22 Sept to Södertälje', 'en', { as: S, kind: 'confirm', expect: ['Södertälje'] }),
  Q('host', 'nyckeltalsdagen ska va i Tyresö', 'sv', { as: S, kind: 'confirm', expect: ['Tyresö'] }),
  // cancel
  Q('cancel', 'ställ in LG 9/9', 'sv', { as: S, kind: 'confirm', expect: ['9 september'] }),
  Q('cancel', 'sk 8/12 utgår', 'sv', { as: S, kind: 'confirm', expect: ['8 december'] }),
  Q('cancel', 'cancel the LG on 25 Nov pls', 'en', { as: S, kind: 'confirm', expect: ['25 November'] }),
  // add
  Q('add', 'lägg till extra LG 17/6', 'sv', { as: S, kind: 'confirm', expect: ['17 juni'] }),
  Q('add', 'extra SK-möte 18/8 i Huddinge', 'sv', { as: S, kind: 'confirm', expect: ['18 augusti', 'Huddinge'] }),
  Q('add', 'add an extra LG meeting on 2 December', 'en', { as: S, kind: 'confirm', expect: ['2 December'] }),
  // budgetline
  Q('budgetline', 'utredningar höjs till 250 000', 'sv', { as: S, kind: 'confirm', expect: ['250 000'] }),
  Q('budgetline', 'ändra personal till 600 000', 'sv', { as: S, kind: 'confirm', expect: ['600 000'] }),
  Q('budgetline', 'ersättningen t huddinge ska va 60 000', 'sv', { as: S, kind: 'confirm', expect: ['60 000'] }),
  Q('budgetline', 'set the consultancy line to 200 000', 'en', { as: S, kind: 'confirm', expect: ['200 000'] }),
  // rotationhost
  Q('rotationhost', 'rådslaget 2013 hålls i Huddinge istället för Botkyrka', 'sv', { as: S, kind: 'confirm', expect: ['Huddinge'] }),
  Q('rotationhost', 'byt värd för rådslag 2016 till Salem', 'sv', { as: S, kind: 'confirm', expect: ['Salem'] }),
  Q('rotationhost', 'nynäshamn kan inte ta rådslaget 2012, södertälje tar det', 'sv', { as: S, kind: 'confirm', expect: ['Södertälje'] }),
  // history
  Q('history', 'visa ändringar', 'sv', { as: S, kind: 'history' }),
  Q('history', 'what has changed?', 'en', { as: S, kind: 'history' }),
  Q('history', 'vilka ändringar har gjorts i planen', 'sv', { as: S, kind: 'history' }),
  // conversations
  C('confirm', [
    T('flytta LG 20/5 till 27/5', 'sv', { as: S, kind: 'confirm', expect: ['27 maj'] }),
    T('ja', 'sv', { as: S, kind: 'confirmed' }),
  ]),
  C('confirm', [
    T('SK 14/4 ställs in', 'sv', { as: S, kind: 'confirm', expect: ['14 april'] }),
    T('nej', 'sv', { as: S, kind: 'cancelled' }),
  ]),
  C('confirm', [
    T('rådslaget 2014 -> Haninge', 'sv', { as: S, kind: 'confirm', expect: ['Haninge'] }),
    T('bekräfta', 'sv', { as: S, kind: 'confirmed' }),
    T('visa ändringar', 'sv', { as: S, kind: 'history' }),
  ]),
  C('confirm', [
    T('move SK 9 June to 16 June', 'en', { as: S, kind: 'confirm', expect: ['16 June'] }),
    T('ok go ahead', 'en', { as: S, kind: 'confirmed' }),
  ]),
  C('confirm', [
    T('extra LG 10/6', 'sv', { as: S, kind: 'confirm', expect: ['10 juni'] }),
    T('avbryt', 'sv', { as: S, kind: 'cancelled' }),
  ]),
  C('history', [
    T('personal 620 000', 'sv', { as: S, kind: 'confirm', expect: ['620 000'] }),
    T('ok kör', 'sv', { as: S, kind: 'confirmed' }),
    T('ångra det', 'sv', { as: S, expect: ['580 000'] }),
  ]),
  // missing → clarify
  Q('missing', 'flytta SK-mötet', 'sv', { as: S, kind: 'clarify' }),
  Q('missing', 'ändra budgeten', 'sv', { as: S, kind: 'clarify' }),
  Q('missing', 'lägg till ett möte 15/6', 'sv', { as: S, kind: 'clarify' }),
  Q('missing', 'ny värd för rådslaget', 'sv', { as: S, kind: 'clarify' }),
  Q('missing', 'flytta LG till 3/6', 'sv', { as: S, kind: 'clarify' }),
  Q('missing', 'ställ in SK 16/6', 'sv', { as: S, kind: 'clarify' }),
  Q('missing', 'höj utredningar', 'sv', { as: S, kind: 'clarify' }),
  // refused (members)
  Q('refused', 'flytta SK 9/6 till 16/6', 'sv', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'change the rådslag host for 2015 to Tyresö', 'en', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'stryk LG 14/10', 'sv', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'sätt personal till 500 000', 'sv', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  // questions from the secretariat that look like commands
  Q('period', 'när är LG i maj?', 'sv', { as: S, expect: ['20 maj'] }),
  Q('facts', 'vem är värd för SK 3/11?', 'sv', { as: S, expect: ['Botkyrka'] }),
  Q('budget', 'hur mycket är budgeten för utredningar nu?', 'sv', { as: S, expect: ['230 000'] }),
  Q('rotation', 'vilket år har Haninge rådslaget?', 'sv', { as: S, expect: ['2016'] }),
  Q('yesno', 'är SK 22/9 fortfarande i Nynäshamn?', 'sv', { as: S, startsWith: 'Ja', expect: ['Nynäshamn'] }),
);

function write(name, description, items) {
  const out = { description, defaultNow: NOW, items };
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify(out, null, 2) + '\n');
}
write('pool-questions.json', 'Round 16 writer z: questions about Verksamhetsplan 2011 (coordinator learning the plan, administrator checking facts)', questions);
write('pool-commands.json', 'Round 16 writer z: change requests from the secretariat (administrator), members, and look-alike questions', commands);

function stats(items) {
  const cat = {}, lang = {};
  for (const it of items) {
    cat[it.category] = (cat[it.category] || 0) + 1;
    const l = it.lang || (it.conversation && it.conversation[0].lang);
    lang[l] = (lang[l] || 0) + 1;
  }
  return { total: items.length, cat, lang };
}
console.log('questions', JSON.stringify(stats(questions)));
console.log('commands', JSON.stringify(stats(commands)));

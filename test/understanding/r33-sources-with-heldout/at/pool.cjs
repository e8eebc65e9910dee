// Round 33, writer "at": question pool from /work/shared/plan/verksamhetsplan-2011.txt only.
// Run: node pool.js  -> pool-questions.json, pool-commands.json
const fs = require('fs');
const path = require('path');

const NOW = '2011-04-07T10:00:00+02:00';
const CANNOT = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'];
const T15 = ['15.00', '15:00'];
const T0830 = ['08.30', '8.30', '08:30', '8:30'];
const T13 = ['13.00', '13:00'];

// q(category, text, lang, opts)
function q(category, text, lang, opts = {}) {
  return Object.assign({ category, q: text, lang }, opts);
}
// conversation(category, turns, opts)
function conv(category, turns, opts = {}) {
  return Object.assign({ category, conversation: turns }, opts);
}
function t(text, lang, opts = {}) {
  return Object.assign({ q: text, lang }, opts);
}

const questions = [];
const Q = (...a) => questions.push(q(...a));
const C = (...a) => questions.push(conv(...a));

// ---------------------------------------------------------------- rotation
Q('rotation', 'Hej! Jag är ny på sekretariatet och försöker lära mig hur rotationen funkar – vilken kommun är värd för rådslaget 2014?', 'sv', { expect: ['Tyresö'] });
Q('rotation', 'rådslaget 2016 vem e värd', 'sv', { expect: ['Haninge'] });
Q('rotation', 'Which municipality hosts the rådslag in 2015?', 'en', { expect: ['Södertälje'] });
Q('rotation', 'när är nykvarn värd för rådslaget?', 'sv', { expect: ['2017'] });
Q('rotation', 'vem har rådslaget nästa år?', 'sv', { expect: ['Nynäshamn'] });
Q('rotation', "Who's hosting the Södertörn rådslag the year after Tyresö?", 'en', { expect: ['Södertälje'] });
Q('rotation', 'Stämmer det att Botkyrka ska ha rådslaget någon gång? Vilket år i så fall?', 'sv', { expect: ['2013'] });
Q('rotation', 'rådslag 2018?', 'sv', { expect: ['Huddinge'] });
Q('rotation', 'As a Haninge councillor I would like to know: which year is it our turn to host the rådslag?', 'en', { expect: ['2016'] });
Q('rotation', 'vem är värd för rådslaget året före Haninge?', 'sv', { expect: ['Södertälje'] });
Q('rotation', 'kan du lista värdkommunerna för rådslaget 2011–2018 i ordning?', 'sv', {
  expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'],
});
Q('rotation', 'who hosts the rådslag in 2019?', 'en', { kind: CANNOT });
Q('rotation', 'In what year does Huddinge get to host the rådslag?', 'en', { expect: ['2018'] });

// ---------------------------------------------------------------- budget
Q('budget', 'hur stor är budgeten totalt för 2011?', 'sv', { expect: ['860 000'] });
Q('budget', 'vad lägger vi på personal', 'sv', { expect: ['580 000'] });
Q('budget', 'How much is budgeted for studies and consultancy support?', 'en', { expect: ['230 000'] });
Q('budget', 'Hur mycket får egentligen Huddinge kommun för kontorsservice och arbetsrum? Det låter som ett eget litet bidrag.', 'sv', { expect: ['50 000'] });
Q('budget', 'om avgifterna delas lika mellan kommunerna, vad betalar varje kommun?', 'sv', { expect: ['107 500'] });
Q('budget', 'If the fees are split equally, what does Haninge pay to the committee this year?', 'en', { expect: ['107 500'] });
Q('budget', 'personnel cost per month?', 'en', { expect: ['48 333'] });
Q('budget', 'hur många procent av budgeten går till personal?', 'sv', { expectAny: [['67', '68']] });
Q('budget', 'skillnaden mellan personal och utredningar?', 'sv', { expect: ['350 000'] });
Q('budget', 'vad kostar allt utom personalen sammanlagt?', 'sv', { expect: ['280 000'] });
Q('budget', "What's the total budget per quarter?", 'en', { expect: ['215 000'] });
Q('budget', 'vilken är den minsta kostnadsposten?', 'sv', { expect: ['50 000'], expectAny: [['Huddinge', 'kontorsservice']] });
Q('budget', 'Hur mycket blir över när alla kostnader är betalda?', 'sv', {
  expect: ['860 000'], expectAny: [['noll', 'balans', 'jämnt', 'inget', 'ingenting', 'lika']],
});
Q('budget', 'What share of the budget goes to studies and consultants?', 'en', { expectAny: [['26', '27']] });
Q('budget', 'hur mycket personalkostnad blir det per kommun om man delar lika?', 'sv', { expect: ['72 500'] });
Q('budget', 'total spend per month', 'en', { expectAny: [['71 666', '71 667']] });
Q('budget', 'vad betalar varje kommun per månad om avgifterna delas lika på alla åtta?', 'sv', { expect: ['8 958'] });
Q('budget', 'personal plus ersättningen till huddinge, hur mycket blir det tillsammans?', 'sv', { expect: ['630 000'] });
Q('budget', 'largest cost item?', 'en', { expect: ['580 000'], expectAny: [['personnel', 'staff', 'personal']] });
Q('budget', 'hur många gånger större är personalposten än utredningsposten?', 'sv', { expectAny: [['2,5', '2.5']] });
Q('budget', 'vilka intäkter har kommittén?', 'sv', { expect: ['860 000'], expectAny: [['avgift']] });

// ---------------------------------------------------------------- yes/no
Q('yesno', 'är Nykvarn värd för SK 14/4?', 'sv', { startsWith: 'Ja', expect: ['Nykvarn'] });
Q('yesno', 'Stämmer det att ledningsgruppen träffas på torsdagar? Jag har fått för mig det.', 'sv', { startsWith: 'Nej', expect: ['fredag'] });
Q('yesno', 'Is the 2011 budget balanced?', 'en', { startsWith: 'Yes', expect: ['860 000'] });
Q('yesno', 'ingår södertälje i överförmyndarnämnden?', 'sv', { startsWith: 'Nej' });
Q('yesno', 'Is KTH part of the rådslag?', 'en', { startsWith: 'Yes' });
Q('yesno', 'har rådslaget redan varit i år?', 'sv', { startsWith: 'Ja', expect: ['24 mars'] });
Q('yesno', 'är Salem värd för rådslaget 2012?', 'sv', { startsWith: 'Nej', expect: ['Nynäshamn'] });
Q('yesno', 'Does the committee meet at least six times a year?', 'en', { startsWith: 'Yes', expectAny: [['six', '6']] });
Q('yesno', 'börjar SK-mötena kl 12?', 'sv', { startsWith: 'Ja', expectAny: [T12] });
Q('yesno', 'är nyckeltalsdagen i Botkyrka?', 'sv', { startsWith: 'Ja', expect: ['Botkyrka'] });
Q('yesno', 'Ska vi lägga mer tid på verksamhetsfrågorna än på de regionala utvecklingsfrågorna i år?', 'sv', { startsWith: 'Nej', expect: ['regionala'] });
Q('yesno', 'Is Huddinge a member of the Södertörn environment and health protection federation?', 'en', {
  startsWith: 'No', expect: ['Haninge', 'Nynäshamn', 'Tyresö'],
});
Q('yesno', 'Är LG-mötet den 20 maj en fredag?', 'sv', { startsWith: 'Ja' });
Q('yesno', 'Has the LG planning conference already taken place?', 'en', { startsWith: 'Yes', expectAny: [['31 March', '1 April']] });
Q('yesno', 'Is Haninge the host municipality for the joint guardianship board (överförmyndarnämnden)?', 'en', { startsWith: 'Yes' });
Q('yesno', 'deltar kommundirektörerna på samarbetskommitténs möten?', 'sv', { startsWith: 'Ja' });

// ---------------------------------------------------------------- premise
Q('premise', 'Varför lägger kommittén mer pengar på konsulter än på personal?', 'sv', { expect: ['580 000', '230 000'] });
Q('premise', 'hur kan de lägga en miljon på konferenser??', 'sv', { expect: ['860 000'] });
Q('premise', 'varför är Botkyrka värd för rådslaget i år?', 'sv', { expect: ['Salem'] });
Q('premise', 'Varför har Haninge fått SK-mötet 22/9?', 'sv', { expect: ['Nynäshamn'] });
Q('premise', 'Why does the committee only meet four times a year?', 'en', { expectAny: [['six', '6']] });
Q('premise', 'Varför får Huddinge 230 000 för kontorsservice? Det är ju mer än en kvarts budget.', 'sv', { expect: ['50 000'] });
Q('premise', 'varför startade miljöförbundet först 2010?', 'sv', { expect: ['2008'] });
Q('premise', 'Varför är alla åtta kommuner med i överförmyndarnämnden när bara några behöver den?', 'sv', {
  expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], expectAny: [['fem', '5']],
});
Q('premise', 'Why is Tyresö running the secretariat?', 'en', { expect: ['Huddinge'] });
Q('premise', 'Visionen säger en miljon invånare 2025 – hur realistiskt är det egentligen?', 'sv', { expectAny: [['halv miljon', '500 000']] });
Q('premise', 'varför hålls södertörnskonferensen i Salem i år?', 'sv', { expect: ['Huddinge', 'Tyresö'] });
Q('premise', 'Why do the municipalities pay 1.2 million in fees to the committee?', 'en', { expectAny: [['860 000', '860,000']] });
Q('premise', 'när i våras var nyckeltalsdagen?', 'sv', { expect: ['6 oktober'] });
Q('premise', 'Varför har SK sina möten på fredagsmorgnar? Det passar ju ingen politiker.', 'sv', { expect: ['torsdag'], expectAny: [T12] });

// ---------------------------------------------------------------- offplan / cannot
Q('offplan', 'kan du boka ett konferensrum i Nykvarn till 14/4?', 'sv', { kind: CANNOT });
Q('offplan', 'skicka kallelsen till LG-mötet 20 maj till alla kommundirektörer', 'sv', { kind: CANNOT });
Q('offplan', 'Vem är ordförande i samarbetskommittén just nu? Jag behöver veta vem jag ska vända mig till.', 'sv', { kind: CANNOT });
Q('offplan', 'vad kostar lunchen på Södertörnskonferensen per person?', 'sv', { kind: CANNOT });
Q('offplan', "What's the street address for the meeting in Nynäshamn on 22 September?", 'en', { kind: CANNOT });
Q('offplan', 'vad står på dagordningen till SK 14/4?', 'sv', { kind: CANNOT });
Q('offplan', "What's the committee's budget for 2012?", 'en', { kind: CANNOT });
Q('offplan', 'ring kommundirektören i Tyresö och säg att vi blir sena', 'sv', { kind: CANNOT });
Q('offplan', 'hur många anställda har sekretariatet?', 'sv', { kind: CANNOT });
Q('offplan', 'Which municipality hosts the LG meeting on 20 May?', 'en', { kind: CANNOT });

// ---------------------------------------------------------------- topic (right one of two similar)
Q('topic', 'när är samarbetskommitténs planeringskonferens?', 'sv', { expect: ['27', '28 januari'], expectNot: ['31 mars'] });
Q('topic', 'när har LG sin planeringskonferens?', 'sv', { expect: ['31 mars', '1 april'], expectNot: ['28 januari'] });
Q('topic', 'When is the Södertörn conference – not the rådslag, the other one?', 'en', { expect: ['1 September'], expectNot: ['24 March'] });
Q('topic', 'rådslaget i år, datum?', 'sv', { expect: ['24 mars'], expectNot: ['1 september'] });
Q('topic', 'Vad täcker egentligen ersättningen till Huddinge kommun?', 'sv', { expect: ['kontorsservice', 'arbetsrum'] });
Q('topic', 'vad ingår i posten utredningar?', 'sv', { expect: ['230 000', 'konsultstöd'] });
Q('topic', 'vilka kommuner ingår i miljö- och hälsoskyddsförbundet?', 'sv', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'], expectNot: ['Botkyrka', 'Huddinge'] });
Q('topic', 'vilka är med i överförmyndarnämnden?', 'sv', {
  expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], expectNot: ['Södertälje', 'Salem', 'Nykvarn'],
});
Q('topic', 'Who takes part in the annual Södertörn conference?', 'en', { expectAny: [['political parties', 'parties', 'partier']] });
Q('topic', 'vilka deltar i rådslaget förutom kommunerna?', 'sv', {
  expect: ['Södertörns högskola', 'KTH', 'Handelskammaren', 'Företagarna'], expectAny: [['Karolinska']],
});
Q('topic', 'vad är styrdokumentet för verksamhetsfrågorna?', 'sv', { expect: ['verksamhetsplan'] });
Q('topic', 'vad är styrdokumentet för de regionala utvecklingsfrågorna?', 'sv', { expectAny: [['UtvecklingsProgram', 'utvecklingsprogram']], expect: ['2010'] });
Q('topic', 'vad har brandförsvarsförbundet fått för nytt ansvar enligt planen?', 'sv', { expect: ['explosiv'] });
Q('topic', 'What is the purpose of the ledningsgrupp?', 'en', { expectAny: [['prepare', 'förbereda'], ['coordinat', 'co-ordinat', 'samordna']] });
Q('topic', 'var är nyckeltalsdagen?', 'sv', { expect: ['Botkyrka'], expectNot: ['Salem'] });
Q('topic', 'vem har fått kontrollansvaret för receptfria läkemedel i Haninge, Nynäshamn och Tyresö?', 'sv', { expect: ['miljö- och hälsoskyddsförbund'] });

// ---------------------------------------------------------------- period
Q('period', 'vilka SK-möten är det i höst?', 'sv', { expect: ['22 september', '3 november', '8 december'], expectNot: ['9 juni'] });
Q('period', 'LG efter sommaren?', 'sv', { expect: ['9 september', '14 oktober', '25 november'], expectNot: ['20 maj'] });
Q('period', 'första SK efter sommaren, var är det?', 'sv', { expect: ['22 september', 'Nynäshamn'] });
Q('period', "When's the last LG meeting this year?", 'en', { expect: ['25 November'] });
Q('period', 'sista SK-mötet för året?', 'sv', { expect: ['8 december', 'Tyresö'] });
Q('period', 'vad händer i maj?', 'sv', { expect: ['20 maj'] });
Q('period', 'vad händer i oktober', 'sv', { expect: ['6 oktober', '14 oktober'] });
Q('period', "What's on in September?", 'en', { expect: ['1 September', '9 September', '22 September'] });
Q('period', 'Vilka SK-möten är kvar innan sommaren?', 'sv', { expect: ['14 april', '9 juni'], expectNot: ['22 september'] });
Q('period', 'hur många LG-möten är kvar i år?', 'sv', { expectAny: [['4', 'fyra']] });
Q('period', 'nästa SK?', 'sv', { now: '2011-10-01T09:00:00+02:00', expect: ['3 november', 'Botkyrka'] });
Q('period', "when's the next LG meeting?", 'en', { now: '2011-09-10T09:00:00+02:00', expect: ['14 October'] });
Q('period', 'vad händer nästa vecka?', 'sv', { expect: ['14 april', 'Nykvarn'] });
Q('period', 'nästa sk-möte?', 'sv', { now: '2011-12-15T09:00:00+01:00', expect: ['Södertälje'], expectAny: [['januari', 'jan']] });
Q('period', 'vad hände i mars?', 'sv', { expect: ['24 mars', '31 mars'] });
Q('period', 'vad är det första som händer efter sommaren?', 'sv', { expect: ['1 september'], expectAny: [['Södertörnskonferens']] });
Q('period', 'How many committee meetings are left in 2011?', 'en', { expectAny: [['5', 'five']] });

// ---------------------------------------------------------------- followups (conversations)
C('followup', [
  t('vem är värd för rådslaget 2014?', 'sv', { expect: ['Tyresö'] }),
  t('och året efter?', 'sv', { expect: ['Södertälje'] }),
  t('och 2017?', 'sv', { expect: ['Nykvarn'] }),
]);
C('followup', [
  t('när är nästa SK?', 'sv', { expect: ['14 april'] }),
  t('vem är värd?', 'sv', { expect: ['Nykvarn'] }),
  t('och mötet efter det?', 'sv', { expect: ['9 juni', 'Salem'] }),
]);
C('followup', [
  t('hur mycket är personalbudgeten?', 'sv', { expect: ['580 000'] }),
  t('och per månad?', 'sv', { expect: ['48 333'] }),
  t('hur stor andel av totalen är det?', 'sv', { expectAny: [['67', '68']] }),
]);
C('followup', [
  t('vilka kommuner ingår i överförmyndarnämnden?', 'sv', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
  t('och vem är värdkommun?', 'sv', { expect: ['Haninge'] }),
  t('sedan när?', 'sv', { expect: ['1 januari 2011'] }),
]);
C('followup', [
  t('When is the LG planning conference?', 'en', { expect: ['31 March', '1 April'] }),
  t("and the committee's?", 'en', { expect: ['27', '28 January'] }),
]);
C('followup', [
  t('när är Södertörnskonferensen?', 'sv', { expect: ['1 september'] }),
  t('var då?', 'sv', { expect: ['Huddinge', 'Tyresö'] }),
  t('vilka deltar?', 'sv', { expectAny: [['politiska partier', 'partierna']] }),
]);
C('followup', [
  t('när startade miljöförbundet?', 'sv', { expect: ['2008'] }),
  t('vilka kommuner bildade det?', 'sv', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
  t('vad har de lagt på förbundet mer?', 'sv', { expectAny: [['receptfria', 'läkemedel']] }),
]);
C('followup', [
  t('LG-möten i höst?', 'sv', { expect: ['9 september', '14 oktober', '25 november'] }),
  t('vilken tid?', 'sv', { expectAny: [T0830, T13] }),
  t('och vilken veckodag?', 'sv', { expect: ['fredag'] }),
]);
C('followup', [
  t('Who hosts the rådslag in 2016?', 'en', { expect: ['Haninge'] }),
  t('and when is it Huddinge?', 'en', { expect: ['2018'] }),
]);
C('followup', [
  t('vad går utredningsposten på?', 'sv', { expect: ['230 000'] }),
  t('om vi delar den lika på kommunerna då?', 'sv', { expect: ['28 750'] }),
]);
C('followup', [
  t('vad är visionen?', 'sv', { expect: ['2025'], expectAny: [['halv miljon', '500 000']] }),
  t('hur många bor där nu?', 'sv', { expect: ['430 000'] }),
  t('hur många fler behövs alltså?', 'sv', { expect: ['70 000'] }),
]);
C('followup', [
  t('nyckeltalsdagen?', 'sv', { expect: ['6 oktober', 'Botkyrka'] }),
  t('är det en heldag?', 'sv', { startsWith: 'Ja' }),
]);
C('followup', [
  t('vilka är målområdena i utvecklingsprogrammet?', 'sv', { expect: ['Näringsliv', 'Mångfald', 'Klimat', 'Infrastruktur'] }),
  t('hur många utvecklingsfrågor hör till dem?', 'sv', { expectAny: [['fem', '5']] }),
]);
C('followup', [
  t('SK 22/9 var?', 'sv', { expect: ['Nynäshamn'] }),
  t('och närmaste LG-möte före det?', 'sv', { expect: ['9 september'] }),
]);
C('followup', [
  t('vem sitter i samarbetskommittén?', 'sv', { expect: ['kommunstyrelseordförande'] }),
  t('och i LG?', 'sv', { expect: ['kommundirektör'] }),
  t('vem står för sekretariatet?', 'sv', { expect: ['Huddinge'] }),
]);
C('followup', [
  t("What's the budget for personnel?", 'en', { expect: ['580 000'] }),
  t('and per quarter?', 'en', { expect: ['145 000'] }),
]);

// ---------------------------------------------------------------- typos
Q('typo', 'ledingsgruppen nästa möte?', 'sv', { expect: ['20 maj'] });
Q('typo', 'SK-mötet i juni var?', 'sv', { expect: ['Salem', '9 juni'] });
Q('typo', 'rådslagt 2015 värd', 'sv', { expect: ['Södertälje'] });
Q('typo', 'nyckltalsdagen när', 'sv', { expect: ['6 oktober'] });
Q('typo', 'hur ofta träffas samarbetskomitén', 'sv', { expectAny: [['sex', '6']] });
Q('typo', 'överförmyndarnämden vilka kommuner', 'sv', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] });
Q('typo', 'södertörnskonfernsen var?', 'sv', { expect: ['Huddinge', 'Tyresö'] });
Q('typo', 'miljöförbudet startade när', 'sv', { expect: ['2008'] });
Q('typo', 'budgetn för personal', 'sv', { expect: ['580 000'] });
Q('typo', 'värdkomun rådslag 2013', 'sv', { expect: ['Botkyrka'] });
Q('typo', 'LG-datumen i höst', 'sv', { expect: ['9 september', '14 oktober', '25 november'] });
Q('typo', 'wich municipality hosts the SK meting on 8/12', 'en', { expect: ['Tyresö'] });

// ---------------------------------------------------------------- language / locale
Q('language', 'SK 3/11 värd?', 'en', { locale: 'en-GB', expect: ['Botkyrka'] });
Q('language', 'LG 14/10?', 'sv', { expect: ['14 oktober'] });
Q('language', 'ÖFN?', 'en', { locale: 'en-GB', expect: ['Haninge'] });
Q('language', 'kostnader?', 'sv', { locale: 'sv-SE', expect: ['580 000', '50 000', '230 000'] });
Q('language', 'rådslaget 2017?', 'en', { locale: 'en-US', expect: ['Nykvarn'] });
Q('language', 'nyckeltalsdagen?', 'en', { locale: 'en-GB', expect: ['6 October'] });
Q('language', 'hey when is the next SK meeting and who hosts it', 'en', { expect: ['14 April', 'Nykvarn'] });
Q('language', 'Budget 2011?', 'en', { locale: 'en-GB', expect: ['860 000'] });
Q('language', 'SK 9/6', 'sv', { locale: 'sv-SE', expect: ['Salem', '9 juni'] });

// ---------------------------------------------------------------- general facts
Q('facts', 'Hej, jag har precis börjat här. Hur funkar det med samarbetskommittén – vilka sitter med där egentligen?', 'sv', { expect: ['kommunstyrelseordförande'] });
Q('facts', 'Vem bestämmer i ledningsgruppen, alltså vilka ingår i den?', 'sv', { expect: ['kommundirektör'] });
Q('facts', 'vad är visionen för 2025?', 'sv', { expectAny: [['halv miljon', '500 000']] });
Q('facts', "What's the Vision 2025 in one sentence?", 'en', { expectAny: [['half a million', '500 000', '500,000']] });
Q('facts', 'hur många invånare har södertörn?', 'sv', { expect: ['430 000'] });
Q('facts', 'vilka målområden finns i Södertörns UtvecklingsProgram 2010?', 'sv', { expect: ['Näringsliv', 'Högskola', 'Mångfald', 'Klimat', 'Infrastruktur'] });
Q('facts', 'Vilka är de viktigaste regionala utvecklingsfrågorna som kommunerna formulerat?', 'sv', {
  expect: ['utbildningsnivå', 'kunskapsintensivt', 'klimateffektivt', 'infrastruktur'],
});
Q('facts', 'vad är syftet med samverkan?', 'sv', { expect: ['regionala', 'hemkommunen'] });
Q('facts', 'Stämmer det att det finns några förhållningssätt som samverkan ska kännetecknas av? Vilka är de i så fall?', 'sv', {
  expect: ['gemensamma nyttan', 'demokratiska', 'ledarskap', 'ge och få'],
});
Q('facts', 'vilka infrastruktursatsningar nämns i planen?', 'sv', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] });
Q('facts', 'inom vilka områden har kommunerna traditioner av samarbete?', 'sv', { expect: ['gymnasie', 'räddningstjänst', 'energi'] });
Q('facts', 'Which companies does the plan mention as examples of the strong business sector?', 'en', { expect: ['Scania', 'Astra Zeneca'] });
Q('facts', 'i vilka regionala organ samordnar vi våra insatser?', 'sv', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] });
Q('facts', 'vad menas med gemensam ägarstyrning?', 'sv', { expectAny: [['ägardialog', 'bolagsordning', 'ägarstyrning']] });
Q('facts', 'vilka två huvudområden bedrivs samverkan inom?', 'sv', { expect: ['regionala utvecklingsfrågor', 'verksamhetsfrågor'] });
Q('facts', 'när fastställdes utvecklingsprogrammet?', 'sv', { expect: ['2010'], expectAny: [['höst']] });
Q('facts', 'vad säger planen om gemensam upphandling?', 'sv', { expectAny: [['offentlig upphandling', 'fler varor']] });
Q('facts', 'Vad ska jag göra inför nyckeltalsdagen? Och vad är det för något egentligen, när och var är den?', 'sv', { expect: ['6 oktober', 'Botkyrka'] });
Q('facts', 'vilka tider har SK-mötena?', 'sv', { expect: ['torsdag'], expectAny: [T12, T15] });
Q('facts', 'What time do LG meetings start and end?', 'en', { expectAny: [T0830, T13] });
Q('facts', 'Hur beskriver planen Södertörns plats i regionen?', 'sv', { expectAny: [['Capital of Scandinavia', 'Stockholm-Mälarregionen']] });
Q('facts', 'vad är rådslaget för något och vad är syftet?', 'sv', { expectAny: [['frågeställningar', 'Södertörns utveckling']] });
Q('facts', 'vilka högskolor och universitet nämns i inledningen?', 'sv', { expect: ['Södertörns högskola', 'KTH', 'Karolinska'] });
Q('facts', 'Hur ska kommunerna hantera nya uppgifter som riksdagen beslutar om?', 'sv', { expectAny: [['enskilt', 'befintliga samverkansorgan']] });
Q('facts', 'vilka kommuner ingår i samarbetet?', 'sv', {
  expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö'],
});
Q('facts', "I'm a Haninge councillor – which joint bodies is Haninge part of according to the plan?", 'en', {
  expectAny: [['överförmyndar', 'guardian'], ['miljö', 'environment']],
});
Q('facts', 'Since when has the joint guardianship board been in operation?', 'en', { expect: ['1 January 2011'] });
Q('facts', 'Which task has Haninge, together with Nynäshamn and Tyresö, handed over to the environment and health federation?', 'en', {
  expectAny: [['prescription', 'receptfri', 'medicin', 'pharmac', 'drug']],
});
Q('facts', 'What does the plan say about priorities between regional development issues and operational issues in 2011?', 'en', { expectAny: [['regional']] });
Q('facts', 'What are the four target areas in the Södertörn development programme?', 'en', {
  expectAny: [['Näringsliv', 'business', 'industry'], ['Klimat', 'climate'], ['Infrastruktur', 'infrastructure'], ['Mångfald', 'diversity']],
});
Q('facts', 'How many people live in Södertörn today, and what is the target for 2025?', 'en', {
  expectAny: [['430 000', '430,000'], ['half a million', '500 000', '500,000']],
});
Q('facts', 'kan fler kommuner gå med i överförmyndarnämnden?', 'sv', { expectAny: [['fler kommuner', 'utöka']] });
Q('facts', 'What is the Södertörn key figures follow-up (nyckeltal) and when does it happen?', 'en', { expect: ['6 October'] });

// ================================================================ commands
const commands = [];
const S = 'secretariat';
const M = 'member';
const K = (category, text, lang, as, opts = {}) => commands.push(Object.assign({ category, q: text, lang, as }, opts));
const KC = (category, turns, as) => commands.push({ category, as, conversation: turns.map((x) => Object.assign({ as }, x)) });
const REF = { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] };

// move
K('move', 'flytta lg-mötet 20/5 till 27/5', 'sv', S, { kind: 'confirm', expect: ['27 maj'] });
K('move', 'flytta SK 22/9 till 29/9', 'sv', S, { kind: 'confirm', expect: ['29 september'] });
K('move', 'move the LG meeting on 9 September to 16 September', 'en', S, { kind: 'confirm', expect: ['16 September'] });
K('move', 'nyckeltalsdagen flyttas till 13 okt', 'sv', S, { kind: 'confirm', expect: ['13 oktober'] });
K('move', 'flytta sk-mötet i nykvarn till 28 april', 'sv', S, { kind: 'confirm', expect: ['28 april'] });
K('move', 'fltta lg-mötte 14/10 till 21/10 tack', 'sv', S, { kind: 'confirm', expect: ['21 oktober'] });
K('move', 'Kan du flytta Södertörnskonferensen till den 8 september?', 'sv', S, { kind: 'confirm', expect: ['8 september'] });
// host
K('host', 'ändra värd för SK 3/11 till Huddinge', 'sv', S, { kind: 'confirm', expect: ['Huddinge'] });
K('host', 'sk 8/12 blir i Haninge istället för Tyresö', 'sv', S, { kind: 'confirm', expect: ['Haninge'] });
K('host', 'change the host of the committee meeting on 9 June to Botkyrka', 'en', S, { kind: 'confirm', expect: ['Botkyrka'] });
K('host', 'byt värd på sk-mötet 22/9 till södertälje', 'sv', S, { kind: 'confirm', expect: ['Södertälje'] });
// cancel
K('cancel', 'ställ in LG 25/11', 'sv', S, { kind: 'confirm', expect: ['25 november'] });
K('cancel', 'stryk sk-mötet 8 dec', 'sv', S, { kind: 'confirm', expect: ['8 december'] });
K('cancel', 'cancel the LG meeting on 14 October', 'en', S, { kind: 'confirm', expect: ['14 October'] });
// add
K('add', 'lägg till ett LG-möte fredag 17 juni', 'sv', S, { kind: 'confirm', expect: ['17 juni'] });
K('add', 'add an SK meeting on 18 August in Södertälje', 'en', S, { kind: 'confirm', expect: ['18 August', 'Södertälje'] });
K('add', 'nytt sk-möte 15/12 i Salem', 'sv', S, { kind: 'confirm', expect: ['15 december', 'Salem'] });
// budget lines
K('budgetline', 'ändra personal till 600 000', 'sv', S, { kind: 'confirm', expect: ['600 000'] });
K('budgetline', 'sänk utredningar och konsultstöd till 200 000 kr', 'sv', S, { kind: 'confirm', expect: ['200 000'] });
K('budgetline', 'ersättningen till huddinge ska vara 60000', 'sv', S, { kind: 'confirm', expect: ['60 000'] });
K('budgetline', 'set the consultancy line to 250 000', 'en', S, { kind: 'confirm', expectAny: [['250 000', '250,000']] });
// rådslag host
K('rotationhost', 'ändra värdskapet för rådsslaget 2014 till Salem', 'sv', S, { kind: 'confirm', expect: ['Salem'] });
K('rotationhost', 'rådslaget 2016 ska vara i Nykvarn', 'sv', S, { kind: 'confirm', expect: ['Nykvarn'] });
K('rotationhost', 'change the rådslag host for 2013 to Huddinge', 'en', S, { kind: 'confirm', expect: ['Huddinge'] });
// history
K('history', 'visa ändringar', 'sv', S, { kind: 'history' });
K('history', 'what has changed?', 'en', S, { kind: 'history' });
// missing / clarify
K('missing', 'flytta LG-mötet', 'sv', S, { kind: 'clarify' });
K('missing', 'ändra budgeten', 'sv', S, { kind: 'clarify' });
K('missing', 'ställ in mötet', 'sv', S, { kind: 'clarify' });
K('missing', 'byt värd för rådslaget till Tyresö', 'sv', S, { kind: 'clarify' });
K('missing', 'flytta SK 15/4 till 21/4', 'sv', S, { kind: 'clarify' });
K('missing', 'lägg till ett möte', 'sv', S, { kind: 'clarify' });
K('missing', 'change the budget line for travel to 40 000', 'en', S, { kind: 'clarify' });
// confirm / cancel conversations
KC('confirm', [
  t('flytta lg 20/5 till 27/5', 'sv', { kind: 'confirm', expect: ['27 maj'] }),
  t('ja', 'sv', { kind: 'confirmed' }),
], S);
KC('confirm', [
  t('ändra personal till 620 000', 'sv', { kind: 'confirm', expect: ['620 000'] }),
  t('nej', 'sv', { kind: 'cancelled' }),
], S);
KC('confirm', [
  t('ställ in sk 3/11', 'sv', { kind: 'confirm', expect: ['3 november'] }),
  t('ok kör', 'sv', { kind: 'confirmed' }),
  t('visa ändringar', 'sv', { kind: 'history' }),
], S);
KC('confirm', [
  t('move SK on 14 April to 21 April', 'en', { kind: 'confirm', expect: ['21 April'] }),
  t('yes', 'en', { kind: 'confirmed' }),
], S);
KC('confirm', [
  t('rådslaget 2015 ska hållas i Botkyrka istället', 'sv', { kind: 'confirm', expect: ['Botkyrka'] }),
  t('avbryt', 'sv', { kind: 'cancelled' }),
], S);
KC('confirm', [
  t('ändra värd för sk 14/4 till salem', 'sv', { kind: 'confirm', expect: ['Salem'] }),
  t('bekräfta', 'sv', { kind: 'confirmed' }),
], S);
// refused (members)
K('refused', 'flytta SK 14/4 till 21/4', 'sv', M, REF);
K('refused', 'ändra personalbudgeten till 700 000', 'sv', M, REF);
K('refused', 'cancel the LG meeting on 20 May', 'en', M, REF);
K('refused', 'byt värd för rådslaget 2014 till Haninge', 'sv', M, REF);
K('refused', 'lägg till ett SK-möte 18 augusti', 'sv', M, REF);
// questions from the secretariat that look like commands
K('period', 'när är LG i maj?', 'sv', S, { expect: ['20 maj'] });
K('facts', 'vem är värd för sk 3/11?', 'sv', S, { expect: ['Botkyrka'] });
K('budget', 'hur mycket är utredningsposten på nu?', 'sv', S, { expect: ['230 000'] });
K('facts', 'which meeting is in Nykvarn?', 'en', S, { expect: ['14 April'] });
K('rotation', 'vem har rådslaget 2014', 'sv', S, { expect: ['Tyresö'] });

// ---------------------------------------------------------------- write
function write(name, description, items) {
  const out = { description, defaultNow: NOW, items };
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify(out, null, 2) + '\n');
}
write('pool-questions.json', 'Round 33 writer at: questions from verksamhetsplan 2011 (trainee, sceptical reader, mobile secretariat, Haninge politician in English)', questions);
write('pool-commands.json', 'Round 33 writer at: change requests (secretariat and members) and command-like questions', commands);

function stats(items) {
  const cat = {}, lang = {};
  for (const it of items) {
    cat[it.category] = (cat[it.category] || 0) + 1;
    const l = it.lang || (it.conversation && it.conversation[0].lang);
    lang[l] = (lang[l] || 0) + 1;
  }
  return { n: items.length, cat, lang };
}
console.log('questions', JSON.stringify(stats(questions)));
console.log('commands', JSON.stringify(stats(commands)));

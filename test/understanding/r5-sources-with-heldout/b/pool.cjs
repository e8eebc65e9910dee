// Round 5 question pool, writer "b" (secretariat + careful committee members).
// Source: /work/shared/plan/verksamhetsplan-2011.txt only.  Run: node pool.js
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';

const T12 = ['12.00', '12:00', 'kl 12', 'kl. 12'];
const T15 = ['15.00', '15:00'];
const T0830 = ['08.30', '8.30', '08:30', '8:30'];
const T13 = ['13.00', '13:00'];

const Q = [];
const q = (category, lang, text, o = {}) => Q.push({ category, q: text, lang, ...o });
const conv = (category, turns, o = {}) => Q.push({ category, conversation: turns, ...o });

// ---------------------------------------------------------------- rotation
q('rotation', 'sv', 'vem är värd för rådslaget 2014?', { expect: ['Tyresö'] });
q('rotation', 'sv', 'rådslaget 2016 var?', { expect: ['Haninge'] });
q('rotation', 'sv', 'när är det huddinges tur att ha rådslaget', { expect: ['2018'] });
q('rotation', 'en', 'Which municipality hosts Södertörns rådslag in 2013?', { expect: ['Botkyrka'] });
q('rotation', 'sv', 'vilket år står nykvarn som värd för rådslaget', { expect: ['2017'] });
q('rotation', 'sv', 'rådslag 2012?', { locale: 'sv-SE', expect: ['Nynäshamn'] });
q('rotation', 'en', 'who hosts the rådslag the year after Tyresö?', { expect: ['Södertälje', '2015'] });
q('rotation', 'sv', 'Kan du lista hela värdrotationen för Södertörns rådslag, år för år, som den står i verksamhetsplanen?', {
  expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge', '2011', '2018'] });
q('rotation', 'sv', 'vem hade rådslaget i år och vilket datum var det', { expect: ['Salem', '24 mars'] });
q('rotation', 'en', 'Does every one of the eight municipalities get to host the rådslag at some point between 2011 and 2018?', { startsWith: 'Yes' });
q('rotation', 'sv', 'vem är värd för rådslaget två år efter att botkyrka haft det?', { expect: ['Södertälje', '2015'] });
q('rotation', 'sv', 'Hur många år är det kvar tills det är Huddinges tur att stå värd för rådslaget?', { expect: ['2018'], expectAny: [['7', 'sju']] });
q('rotation', 'sv', 'vem har rådslaget 2019?', { kind: ['notInPlan', 'cannot'] });
q('rotation', 'sv', 'vilken kommun står värd för rådslaget året före haninge', { expect: ['Södertälje', '2015'] });

// ---------------------------------------------------------------- budget
q('budget', 'sv', 'vad är den totala budgeten för 2011?', { expect: ['860 000'] });
q('budget', 'sv', 'hur mycket är budgeterat för personal', { expect: ['580 000'] });
q('budget', 'sv', 'budget för utredningar och konsultstöd?', { expect: ['230 000'] });
q('budget', 'en', 'How much of the budget is left once personnel costs are covered?', { expect: ['280 000'] });
q('budget', 'sv', 'Om avgifterna från kommunerna delas lika mellan de åtta kommunerna, hur mycket betalar då varje kommun?', { expect: ['107 500'] });
q('budget', 'sv', 'hur mycket blir personalkostnaden per månad', { expectAny: [['48 333', '48 334']] });
q('budget', 'en', 'What is the total budget per quarter?', { expect: ['215 000'] });
q('budget', 'sv', 'hur stor andel av kostnaderna går till personal, i procent?', { expectAny: [['67', '68']] });
q('budget', 'sv', 'vad är skillnaden mellan personalposten och utredningsposten', { expect: ['350 000'] });
q('budget', 'sv', 'vilken kostnadspost är minst?', { expect: ['50 000'], expectAny: [['Huddinge']] });
q('budget', 'en', 'biggest cost item in the 2011 budget?', { expect: ['580 000'], expectAny: [['personnel', 'personal', 'staff']] });
q('budget', 'sv', 'Stämmer det att budgeten är i balans, alltså att intäkterna täcker kostnaderna exakt?', { startsWith: 'Ja', expect: ['860 000'] });
q('budget', 'sv', 'vad betalar vi huddinge för kontorsservice och arbetsrum per månad ungefär', { expectAny: [['4 166', '4 167']] });
q('budget', 'sv', 'utredningar per kvartal?', { expect: ['57 500'] });
q('budget', 'sv', 'hur mycket är hela budgeten per månad', { expectAny: [['71 666', '71 667']] });
q('budget', 'en', 'If personnel went up by 20 000 and the total and the Huddinge compensation stayed the same, how much would be left for studies and consultancy?', { expect: ['210 000'] });
q('budget', 'sv', 'hur många procent av budgeten går till utredningar, konsultstöd mm?', { expectAny: [['26', '27']] });
q('budget', 'sv', 'personal plus ersättningen till huddinge tillsammans?', { expect: ['630 000'] });
q('budget', 'en', 'kostnader?', { locale: 'en-GB', expect: ['580 000', '50 000', '230 000'] });
q('budget', 'sv', 'om man delar utredningspotten lika på de åtta kommunerna, hur mycket blir det per kommun?', { expect: ['28 750'] });
q('budget', 'en', 'What share of the total budget is the compensation paid to Huddinge kommun?', { expectAny: [['5,8', '5.8', '6 %', '6%', '6 percent', '6 per cent']], expect: ['50 000'] });
q('budget', 'sv', 'var kommer intäkterna ifrån?', { expect: ['860 000'], expectAny: [['avgift']] });
q('budget', 'sv', 'hur mycket mer går till personal än till huddinges ersättning och utredningar tillsammans', { expect: ['300 000'] });

// ---------------------------------------------------------------- yesno
q('yesno', 'sv', 'Är SK-mötet 14/4 i Nykvarn?', { startsWith: 'Ja', expect: ['Nykvarn'] });
q('yesno', 'sv', 'har LG sina vanliga möten på fredagar?', { startsWith: 'Ja' });
q('yesno', 'sv', 'Är Haninge med i överförmyndarnämnden?', { startsWith: 'Ja' });
q('yesno', 'sv', 'är salem med i miljö- och hälsoskyddsförbundet', { startsWith: 'Nej', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] });
q('yesno', 'sv', 'har rådslaget redan varit i år?', { startsWith: 'Ja', expect: ['24 mars'] });
q('yesno', 'en', 'Is the Södertörn conference a full-day event?', { startsWith: 'Yes', expect: ['1 September'] });
q('yesno', 'en', 'Does the ledningsgrupp meet on Thursdays?', { startsWith: 'No', expect: ['Friday'] });
q('yesno', 'en', 'Is KTH one of the participants in the rådslag?', { startsWith: 'Yes' });
q('yesno', 'sv', 'Är det Södertälje som har SK-mötet i januari 2012?', { startsWith: 'Ja', expect: ['Södertälje'] });
q('yesno', 'sv', 'börjar SK-mötena kl 12?', { startsWith: 'Ja', expectAny: [T15] });
q('yesno', 'sv', 'Går mer än hälften av budgeten till personal?', { startsWith: 'Ja', expect: ['580 000'] });
q('yesno', 'en', 'Is the plan to spend more time on verksamhetsfrågor than on regional development issues during 2011?', { startsWith: 'No' });
q('yesno', 'sv', 'är nyckeltalsdagen i botkyrka', { startsWith: 'Ja', expect: ['6 oktober'] });
q('yesno', 'en', 'Is Huddinge hosting the SK meeting on 8 December?', { startsWith: 'No', expect: ['Tyresö'] });
q('yesno', 'sv', 'finns det något SK-möte i augusti?', { startsWith: 'Nej' });
q('yesno', 'sv', 'Deltar kommundirektörerna på samarbetskommitténs möten?', { startsWith: 'Ja' });
q('yesno', 'en', 'Has the LG planning conference already taken place this year?', { startsWith: 'Yes', expect: ['31 March'] });

// ---------------------------------------------------------------- premise
q('premise', 'sv', 'varför är botkyrka värd för SK i juni?', { expect: ['Salem'] });
q('premise', 'sv', 'Stämmer det att Södertörnskonferensen är den 6 oktober?', { startsWith: 'Nej', expect: ['1 september'] });
q('premise', 'en', 'Why is Huddinge hosting the nyckeltal day this year?', { expect: ['Botkyrka'] });
q('premise', 'sv', 'varför är det södertälje som har sekretariatet för kommittén?', { expect: ['Huddinge'] });
q('premise', 'sv', 'personalbudgeten på 530 000, hur mycket blir det per månad?', { expect: ['580 000'] });
q('premise', 'en', 'Since the 2014 rådslag is in Haninge, which year is it Tyresö\'s turn?', { expect: ['Tyresö', '2014'] });
q('premise', 'sv', 'miljö- och hälsoskyddsförbundet startade väl 2010?', { startsWith: 'Nej', expect: ['2008'] });
q('premise', 'sv', 'Varför står det i vision 2020 att vi ska vara över en halv miljon invånare?', { expect: ['2025'] });
q('premise', 'sv', 'LG-mötet torsdagen den 20 maj, vilken tid börjar det?', { expect: ['fredag'], expectAny: [T0830] });
q('premise', 'en', 'Why is the Södertörn conference spread over two days this year?', { expect: ['1 September'], expectAny: [['one day', 'full day', 'full-day', 'single day', 'one-day', 'whole day']] });
q('premise', 'sv', 'varför ingår nykvarn i överförmyndarnämnden', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] });
q('premise', 'sv', 'SK-mötet 15/9 i Nynäshamn – hur dags börjar det?', { expect: ['22 september'] });
q('premise', 'sv', 'Huddinge får väl 80 000 i ersättning för kontorsservice?', { startsWith: 'Nej', expect: ['50 000'] });

// ---------------------------------------------------------------- offplan
const NIP = { kind: ['notInPlan', 'cannot'] };
q('offplan', 'sv', 'boka ett konferensrum i nykvarn till den 14/4', NIP);
q('offplan', 'sv', 'kan du mejla ut kallelsen till LG-mötet', NIP);
q('offplan', 'sv', 'vem är ordförande i samarbetskommittén?', NIP);
q('offplan', 'en', "What's the street address for the SK meeting in Salem?", NIP);
q('offplan', 'sv', 'vad kostar lunchen på rådslaget per person', NIP);
q('offplan', 'sv', 'vad står på dagordningen den 14 april?', NIP);
q('offplan', 'sv', 'hur stor blir budgeten för 2012?', NIP);
q('offplan', 'sv', 'ring tyresö och säg att vi blir sena till SK', NIP);
q('offplan', 'en', 'Who is the kommundirektör of Haninge?', NIP);
q('offplan', 'sv', 'i vilken lokal hålls södertörnskonferensen?', NIP);
q('offplan', 'en', 'What will the weather be like in Nynäshamn on 22 September?', NIP);
q('offplan', 'sv', 'exakt vilket datum är SK-mötet i januari 2012?', NIP);
q('offplan', 'sv', 'vem är värd för LG-mötet 20 maj?', NIP);
q('offplan', 'en', 'Please add the Salem SK meeting to my Outlook calendar.', NIP);

// ---------------------------------------------------------------- topic
q('topic', 'sv', 'när är ledningsgruppens planeringskonferens?', { expect: ['31 mars', '1 april'], expectNot: ['28 jan'] });
q('topic', 'sv', 'SK:s planeringskonferens, vilka dagar?', { expect: ['27', '28 januari'], expectNot: ['31 mars'] });
q('topic', 'sv', 'vad är syftet med ledningsgruppen', { expect: ['förbereda', 'samordna'] });
q('topic', 'sv', 'vad är syftet med rådslaget?', { expectAny: [['frågeställningar', 'fokus']], expect: ['utveckling'] });
q('topic', 'sv', 'vad täcker ersättningen till huddinge kommun?', { expect: ['kontorsservice', 'arbetsrum'] });
q('topic', 'sv', 'vilka kommuner har lagt kontrollen av receptfria läkemedel på miljöförbundet?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'], expectNot: ['Salem'] });
q('topic', 'en', 'Where have the member municipalities placed the extended responsibility for explosive goods?', { expectAny: [['brandförsvarsförbund', 'fire']] });
q('topic', 'sv', 'vilka deltar på södertörnskonferensen?', { expectAny: [['partier']], expect: ['tjänstemän'], expectNot: ['Handelskammaren'] });
q('topic', 'sv', 'vilka är med i rådslaget förutom kommunerna', { expect: ['Södertörns högskola', 'Karolinska', 'KTH', 'Handelskammaren', 'Företagarna'] });
q('topic', 'sv', 'vad är syftet med verksamhetsfrågorna', { expect: ['effektivisera'], expectAny: [['ekonomi', 'kvalitet']] });
q('topic', 'sv', 'vilket styrdokument gäller för de regionala utvecklingsfrågorna?', { expect: ['UtvecklingsProgram 2010'] });
q('topic', 'en', 'What is the difference between Södertörnskonferensen and Södertörns rådslag in terms of date and place?', { expect: ['1 September', '24 March', 'Salem'], expectAny: [['Huddinge', 'Tyresö']] });
q('topic', 'sv', 'vad ska de 230 000 användas till?', { expect: ['utredningar'], expectAny: [['konsult']] });
q('topic', 'en', 'when is the nyckeltal day? not the conference, the key figures day', { expect: ['6 October'], expectNot: ['1 September'] });
q('topic', 'sv', 'vad är syftet med samarbetskommittén', { expectAny: [['regionala utvecklingen', 'regional utveckling'], ['hemkommunen']] });

// ---------------------------------------------------------------- period
q('period', 'sv', 'vilka SK-möten är det efter sommaren?', { expect: ['22 september', '3 november', '8 december'], expectNot: ['9 juni'] });
q('period', 'sv', 'LG i höst?', { expect: ['9 september', '14 oktober', '25 november'], expectNot: ['20 maj'] });
q('period', 'sv', 'vilka LG-möten är kvar före sommaren', { expect: ['20 maj'], expectNot: ['9 september'] });
q('period', 'sv', 'första SK-mötet efter sommaren, när och var?', { expect: ['22 september', 'Nynäshamn'] });
q('period', 'sv', 'sista LG-mötet i år', { expect: ['25 november'] });
q('period', 'en', 'Which SK meetings are left in the first half of the year?', { expect: ['14 April', '9 June'], expectNot: ['22 September'] });
q('period', 'sv', 'vilka SK-möten är det kvar resten av året?', { expect: ['14 april', '9 juni', '22 september', '3 november', '8 december'] });
q('period', 'sv', 'vad händer i september?', { expect: ['1 september', '9 september', '22 september'] });
q('period', 'en', 'What is on the calendar in October?', { expect: ['6 October', '14 October'] });
q('period', 'sv', 'sista SK i år och var', { expect: ['8 december', 'Tyresö'] });
q('period', 'sv', 'finns det något inplanerat i maj?', { expect: ['20 maj'] });
q('period', 'sv', 'när är nästa SK?', { now: '2011-10-01T09:00:00+02:00', expect: ['3 november', 'Botkyrka'] });
q('period', 'en', 'When is the next SK meeting and who hosts it?', { now: '2011-12-20T09:00:00+01:00', expect: ['Södertälje'], expectAny: [['January']] });
q('period', 'sv', 'vilka LG-möten har redan varit i år?', { expect: ['21 januari', '31 mars'] });

// ---------------------------------------------------------------- followup
conv('followup', [
  { q: 'när är nästa SK?', lang: 'sv', expect: ['14 april'] },
  { q: 'vem är värd?', lang: 'sv', expect: ['Nykvarn'] },
  { q: 'och mötet därefter?', lang: 'sv', expect: ['9 juni', 'Salem'] },
]);
conv('followup', [
  { q: 'vem har rådslaget 2013?', lang: 'sv', expect: ['Botkyrka'] },
  { q: 'och året efter?', lang: 'sv', expect: ['Tyresö'] },
]);
conv('followup', [
  { q: 'hur mycket är personalbudgeten?', lang: 'sv', expect: ['580 000'] },
  { q: 'och per månad?', lang: 'sv', expectAny: [['48 333', '48 334']] },
]);
conv('followup', [
  { q: 'When does the LG meet in October?', lang: 'en', expect: ['14 October'] },
  { q: 'what time?', lang: 'en', expectAny: [T0830, T13] },
]);
conv('followup', [
  { q: 'vilka kommuner ingår i överförmyndarnämnden?', lang: 'sv', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
  { q: 'vem är värdkommun för den?', lang: 'sv', expect: ['Haninge'] },
]);
conv('followup', [
  { q: 'när är nyckeltalsdagen', lang: 'sv', expect: ['6 oktober'] },
  { q: 'var?', lang: 'sv', expect: ['Botkyrka'] },
]);
conv('followup', [
  { q: 'SK 22/9, vem är värd?', lang: 'sv', expect: ['Nynäshamn'] },
  { q: 'vilken veckodag är det?', lang: 'sv', expect: ['torsdag'] },
]);
conv('followup', [
  { q: "What's the budget for studies and consultancy support?", lang: 'en', expect: ['230 000'] },
  { q: 'and as a share of the total?', lang: 'en', expectAny: [['26', '27']] },
]);
conv('followup', [
  { q: 'när startade miljö- och hälsoskyddsförbundet?', lang: 'sv', expect: ['2008'] },
  { q: 'vilka kommuner bildade det?', lang: 'sv', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
]);
conv('followup', [
  { q: 'Södertörnskonferensen när?', lang: 'sv', expect: ['1 september'] },
  { q: 'och vem håller i den?', lang: 'sv', expect: ['Huddinge', 'Tyresö'] },
]);
conv('followup', [
  { q: 'Who hosts the rådslag in 2015?', lang: 'en', expect: ['Södertälje'] },
  { q: 'do they host an SK meeting too?', lang: 'en', expectAny: [['January 2012', 'Jan 2012']] },
]);
conv('followup', [
  { q: 'vad får varje kommun betala om avgifterna delas lika?', lang: 'sv', expect: ['107 500'] },
  { q: 'och per kvartal?', lang: 'sv', expectAny: [['26 875']] },
]);

// ---------------------------------------------------------------- typo
q('typo', 'sv', 'när träffas ledingsgruppen i maj', { expect: ['20 maj'] });
q('typo', 'sv', 'SK-mötet i novembr var är det?', { expect: ['3 november', 'Botkyrka'] });
q('typo', 'sv', 'LG-datum efter sommarn?', { expect: ['9 september', '14 oktober', '25 november'] });
q('typo', 'sv', 'rådslagt 2017 vem e värd', { expect: ['Nykvarn'] });
q('typo', 'sv', 'nyckeltalsdagn?', { expect: ['6 oktober'] });
q('typo', 'sv', 'överförmyndarnämden vilka kommuner', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] });
q('typo', 'sv', 'personalkostnadrna totalt?', { expect: ['580 000'] });
q('typo', 'sv', 'samarbetskomittén träffas vilka tider?', { expectAny: [T12, T15] });
q('typo', 'sv', 'södertörnkonferensen datum', { expect: ['1 september'] });
q('typo', 'sv', 'vem är värd för SK mötet 9 juin', { expect: ['Salem'] });
q('typo', 'en', 'whats the budegt for personell', { expect: ['580 000'] });

// ---------------------------------------------------------------- language
q('language', 'en', 'SK 3/11 värd?', { locale: 'en-GB', expect: ['Botkyrka'] });
q('language', 'sv', 'SK 3/11 värd?', { expect: ['Botkyrka'] });
q('language', 'en', 'ÖFN?', { locale: 'en-GB', expect: ['Haninge'] });
q('language', 'sv', 'nyckeltal 6/10?', { locale: 'sv-SE', expect: ['Botkyrka'] });
q('language', 'en', 'Hej! Could you tell me who hosts the rådslag next year?', { expect: ['Nynäshamn'] });
q('language', 'en', 'LG 25/11?', { locale: 'en-US', expectAny: [T0830.concat(['Friday'])] });
q('language', 'en', 'budget?', { locale: 'en-GB', expect: ['860 000'] });
q('language', 'en', 'Could you remind me which kommuner are in Södertörns miljö- och hälsoskyddsförbund and when it started operating?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö', '2008'] });
q('language', 'sv', 'vem är värd för rådslaget 2016', { locale: 'en-GB', expect: ['Haninge'] });
q('language', 'en', 'When is Södertörnskonferensen?', { expect: ['1 September'] });

// ---------------------------------------------------------------- facts
q('facts', 'sv', 'hur många invånare har södertörn', { expect: ['430 000'] });
q('facts', 'sv', 'vad säger vision 2025?', { expectAny: [['halv miljon', '500 000']], expect: ['livskvalitet'] });
q('facts', 'sv', 'vilka målområden finns i Södertörns UtvecklingsProgram 2010?', { expect: ['Näringsliv', 'Högskola', 'Mångfald', 'Klimat', 'Infrastruktur'] });
q('facts', 'sv', 'hur många konkreta utvecklingsfrågor hör till målområdena?', { expectAny: [['fem', '5']] });
q('facts', 'sv', 'vilka regionala organ samordnar vi våra insatser i?', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] });
q('facts', 'sv', 'vad ska vår samverkan kännetecknas av', { expect: ['gemensamma nyttan', 'demokratiska', 'ge och få'] });
q('facts', 'sv', 'vem tillhandahåller sekretariatet', { expect: ['Huddinge'] });
q('facts', 'sv', 'vilka sitter i samarbetskommittén?', { expect: ['kommunstyrelseordförande'] });
q('facts', 'en', 'Who sits in the ledningsgrupp?', { expectAny: [['kommundirektör', 'municipal director', 'chief executive', 'city manager', 'municipal manager', 'director']] });
q('facts', 'sv', 'hur ofta ska SK träffas?', { expectAny: [['sex', '6']] });
q('facts', 'en', 'What times do the SK meetings run?', { expectAny: [T12, T15], expect: ['Thursday'] });
q('facts', 'sv', 'LG mötestider?', { expectAny: [T0830, T13] });
q('facts', 'sv', 'vilka infrastruktursatsningar nämns i planen', { expect: ['väg 73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] });
q('facts', 'sv', 'när fastställdes utvecklingsprogrammet?', { expect: ['2010'], expectAny: [['hösten']] });
q('facts', 'sv', 'Vad ska prioriteras under 2011 – regionala utvecklingsfrågor eller verksamhetsfrågor, och varför?', { expect: ['regionala'], expectAny: [['handlingsplan', 'utvecklingsprogram']] });
q('facts', 'sv', 'sedan när samverkar kommunerna i södertörns överförmyndarnämnd', { expect: ['1 januari 2011'] });
q('facts', 'en', 'Which companies does the plan mention as examples of the strong business sector?', { expect: ['Scania', 'Astra Zeneca', 'Karolinska'] });
q('facts', 'sv', 'inom vilka områden har samarbetet traditioner?', { expectAny: [['gymnasie']], expect: ['räddningstjänst'] });
q('facts', 'en', 'What does the plan say about joint procurement, and what is pushing it?', { expectAny: [['offentlig upphandling', 'Public Procurement', 'procurement act', 'procurement law', 'LOU']] });
q('facts', 'sv', 'vad är syftet med vår samverkan enligt planen', { expect: ['hemkommunen'] });
q('facts', 'en', 'What does the plan call Stockholm?', { expect: ['Capital of Scandinavia'] });
q('facts', 'sv', 'vad är nyckeltalsdagen för något?', { expect: ['uppföljning', '6 oktober'] });
q('facts', 'en', 'What is gemensam ägarstyrning about?', { expectAny: [['ägardialog', 'owner dialogue', 'owner dialog', 'ownership dialogue', 'articles of association', 'directives', 'bolagsordning']] });
q('facts', 'sv', 'vilka var de viktigaste regionala utvecklingsfrågorna i SUP 2010', { expect: ['utbildningsnivån', 'kunskapsintensivt', 'klimateffektivt', 'infrastruktur'] });
q('facts', 'sv', 'vilka högskolor och universitet nämns', { expect: ['Södertörns högskola', 'KTH', 'Karolinska Institutet'] });
q('facts', 'en', 'How many municipalities are there in Södertörn, and roughly how many inhabitants?', { expectAny: [['8', 'eight']], expect: ['430 000'] });
q('facts', 'sv', 'vilka två huvudområden bedrivs samverkan inom?', { expect: ['regionala utvecklingsfrågor', 'verksamhetsfrågor'] });
q('facts', 'sv', 'Hur ska kommunerna göra när riksdagen ger dem nya uppgifter?', { expect: ['enskilt'], expectAny: [['samverkansorgan']] });
q('facts', 'en', 'Tell me about Södertörns nyckeltal – what is it and when does it happen this year?', { expect: ['6 October', 'Botkyrka'] });
q('facts', 'sv', 'När och var är Södertörnskonferensen, och vilka bjuds in?', { expect: ['1 september', 'Huddinge', 'Tyresö', 'tjänstemän'] });
q('facts', 'en', 'How often does the ledningsgrupp meet and what does it do?', { expectAny: [['six', '6'], ['prepare', 'förbereda']] });
q('facts', 'sv', 'Kan fler kommuner gå med i miljö- och hälsoskyddsförbundet?', { startsWith: 'Ja' });

// ====================================================================== commands
const C = [];
const c = (category, lang, as, text, o = {}) => C.push({ category, q: text, lang, as, ...o });
const cc = (category, turns, o = {}) => C.push({ category, conversation: turns, ...o });
const S = 'secretariat', M = 'member';

// move
c('move', 'sv', S, 'flytta LG-mötet 20/5 till 27/5', { kind: 'confirm', expect: ['27 maj'] });
c('move', 'en', S, 'Move the SK meeting on 9 June to 16 June', { kind: 'confirm', expect: ['16 June'] });
c('move', 'sv', S, 'kan du skjuta upp SK 22/9 en vecka', { kind: 'confirm', expect: ['29 september'] });
c('move', 'sv', S, 'LG 14 okt behöver flyttas till fredagen därpå, 21 okt', { kind: 'confirm', expect: ['21 oktober'] });
c('move', 'sv', S, 'nyckeltalsdagen flyttas till 13 oktober', { kind: 'confirm', expect: ['13 oktober'] });
c('move', 'sv', S, 'Södertörnskonferensen blir den 8 sep i stället, uppdatera gärna', { kind: 'confirm', expect: ['8 september'] });
c('move', 'en', S, 'pls move LG 9 Sept to 16 Sept', { kind: 'confirm', expect: ['16 September'] });
// host
c('host', 'sv', S, 'Salem kan inte ta SK 9/6, Huddinge tar det istället', { kind: 'confirm', expect: ['Huddinge'] });
c('host', 'sv', S, 'byt värd för SK 3/11 till Haninge', { kind: 'confirm', expect: ['Haninge'] });
c('host', 'en', S, 'Change the host of the SK meeting on 8 December to Södertälje', { kind: 'confirm', expect: ['Södertälje'] });
c('host', 'sv', S, 'nyckeltalsdagen 6/10 hålls i Salem i år, inte Botkyrka', { kind: 'confirm', expect: ['Salem'] });
// cancel
c('cancel', 'sv', S, 'ställ in LG-mötet 14/10', { kind: 'confirm', expect: ['14 oktober'] });
c('cancel', 'en', S, 'Cancel the LG meeting on 25 November', { kind: 'confirm', expect: ['25 November'] });
c('cancel', 'sv', S, 'SK 8/12 utgår, stryk det ur kalendern', { kind: 'confirm', expect: ['8 december'] });
// add
c('add', 'sv', S, 'lägg till ett extra LG-möte fredag 17 juni', { kind: 'confirm', expect: ['17 juni'] });
c('add', 'en', S, 'Add an extra SK meeting on 18 August, hosted by Huddinge', { kind: 'confirm', expect: ['18 August', 'Huddinge'] });
c('add', 'sv', S, 'vi behöver ett extrainsatt SK-möte torsdag 20 oktober i Salem', { kind: 'confirm', expect: ['20 oktober', 'Salem'] });
// budgetline
c('budgetline', 'sv', S, 'ändra personal till 600 000', { kind: 'confirm', expect: ['600 000'] });
c('budgetline', 'sv', S, 'sänk utredningar och konsultstöd till 210 000 kr', { kind: 'confirm', expect: ['210 000'] });
c('budgetline', 'en', S, 'Set the compensation to Huddinge kommun for office services to 60 000', { kind: 'confirm', expect: ['60 000'] });
c('budgetline', 'sv', S, 'höj ersättningen till huddinge med 10 000', { kind: 'confirm', expect: ['60 000'] });
// rotationhost
c('rotationhost', 'sv', S, 'rådslaget 2013 ska hållas i Haninge istället för Botkyrka', { kind: 'confirm', expect: ['Haninge', '2013'] });
c('rotationhost', 'en', S, 'Change the rådslag host for 2016 to Huddinge', { kind: 'confirm', expect: ['Huddinge', '2016'] });
c('rotationhost', 'sv', S, 'ändra värdkommun för rådslaget 2014 till nykvarn', { kind: 'confirm', expect: ['Nykvarn', '2014'] });
// history
c('history', 'sv', S, 'visa ändringar', { kind: 'history' });
c('history', 'en', S, 'what has changed in the plan so far?', { kind: 'history' });
// confirm conversations
cc('confirm', [
  { q: 'flytta LG 20/5 till 27/5', lang: 'sv', as: S, kind: 'confirm', expect: ['27 maj'] },
  { q: 'ja', lang: 'sv', as: S, kind: 'confirmed' },
  { q: 'visa ändringar', lang: 'sv', as: S, kind: 'history', expect: ['27 maj'] },
]);
cc('confirm', [
  { q: 'ändra personalposten till 590 000', lang: 'sv', as: S, kind: 'confirm', expect: ['590 000'] },
  { q: 'nej', lang: 'sv', as: S, kind: 'cancelled' },
]);
cc('confirm', [
  { q: 'Move SK 14 April to 28 April', lang: 'en', as: S, kind: 'confirm', expect: ['28 April'] },
  { q: 'yes', lang: 'en', as: S, kind: 'confirmed' },
  { q: 'when is the next SK meeting?', lang: 'en', as: S, expect: ['28 April'] },
]);
cc('confirm', [
  { q: 'ställ in SK 8/12', lang: 'sv', as: S, kind: 'confirm', expect: ['8 december'] },
  { q: 'avbryt', lang: 'sv', as: S, kind: 'cancelled' },
  { q: 'när är sista SK i år?', lang: 'sv', as: S, expect: ['8 december', 'Tyresö'] },
]);
cc('confirm', [
  { q: 'byt värd för SK 22/9 till Huddinge', lang: 'sv', as: S, kind: 'confirm', expect: ['Huddinge'] },
  { q: 'ok kör', lang: 'sv', as: S, kind: 'confirmed' },
  { q: 'vem är värd för SK 22/9?', lang: 'sv', as: S, expect: ['Huddinge'] },
]);
cc('confirm', [
  { q: 'sätt utredningar till 250 000', lang: 'sv', as: S, kind: 'confirm', expect: ['250 000'] },
  { q: 'bekräfta', lang: 'sv', as: S, kind: 'confirmed' },
  { q: 'ångra det', lang: 'sv', as: S, expect: ['230 000'] },
]);
// missing -> clarify
c('missing', 'sv', S, 'flytta LG-mötet', { kind: 'clarify' });
c('missing', 'sv', S, 'ändra budgeten', { kind: 'clarify' });
c('missing', 'sv', S, 'flytta SK-mötet till 16 juni', { kind: 'clarify' });
c('missing', 'sv', S, 'byt värd för rådslaget till huddinge', { kind: 'clarify' });
c('missing', 'en', S, 'Change the personnel budget line', { kind: 'clarify' });
c('missing', 'sv', S, 'ställ in mötet i oktober', { kind: 'clarify' });
c('missing', 'sv', S, 'LG 20/5 måste flyttas', { kind: 'clarify' });
c('missing', 'sv', S, 'flytta LG-mötet 19/5 till 26/5', { kind: 'clarify' });
// refused (members)
c('refused', 'sv', M, 'flytta SK 9/6 till 16/6', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
c('refused', 'en', M, 'Change the personnel budget to 600 000', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
c('refused', 'sv', M, 'ställ in LG 25/11, vi har krock', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
c('refused', 'sv', M, 'rådslaget 2015 ska vara i Salem istället', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
c('refused', 'sv', M, 'lägg till ett SK-möte 18 augusti', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
// questions that look a bit like commands
c('period', 'sv', S, 'när är LG i maj?', { expect: ['20 maj'] });
c('facts', 'sv', S, 'vem är värd för SK 3/11?', { expect: ['Botkyrka'] });
c('budget', 'sv', S, 'hur mycket ligger på utredningar och konsultstöd just nu?', { expect: ['230 000'] });
c('rotation', 'sv', S, 'vilka kommuner har rådslaget efter 2015?', { expect: ['Haninge', 'Nykvarn', 'Huddinge'] });
c('period', 'en', S, 'which LG meetings are there after the summer?', { expect: ['9 September', '14 October', '25 November'] });
c('facts', 'sv', M, 'när är nästa LG-möte?', { expect: ['20 maj'] });
c('facts', 'en', M, 'who hosts the SK meeting in June?', { expect: ['Salem'] });

function write(name, description, items) {
  const out = { description, defaultNow: NOW, items };
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify(out, null, 2) + '\n');
}
write('pool-questions.json', 'Round 5 writer b: questions (secretariat + committee personas), from verksamhetsplan-2011 only', Q);
write('pool-commands.json', 'Round 5 writer b: change requests and secretariat/member questions', C);

function stats(items) {
  const cat = {}, lang = {};
  for (const it of items) {
    cat[it.category] = (cat[it.category] || 0) + 1;
    const l = it.lang || (it.conversation && it.conversation[0].lang);
    lang[l] = (lang[l] || 0) + 1;
  }
  return { n: items.length, cat, lang };
}
console.log('questions', JSON.stringify(stats(Q)));
console.log('commands', JSON.stringify(stats(C)));

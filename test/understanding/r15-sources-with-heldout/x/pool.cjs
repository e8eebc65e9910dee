// Round 15, writer x — auditor (Södertälje) + economist (Haninge, secretariat)
// Source: /work/shared/plan/verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const NIP = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'], T15 = ['15.00', '15:00'], T0830 = ['08.30', '08:30', '8.30', '8:30'], T13 = ['13.00', '13:00'];

const Q = [];
const sv = (category, q, o = {}) => Q.push({ category, q, lang: 'sv', ...o });
const en = (category, q, o = {}) => Q.push({ category, q, lang: 'en', ...o });

// ---------------- rotation ----------------
sv('rotation', 'vem är värd för rådslaget 2015?', { expect: ['Södertälje'] });
sv('rotation', 'rådslaget 2013 – var?', { expect: ['Botkyrka'] });
en('rotation', 'Which year is Haninge hosting the rådslag?', { expect: ['2016'] });
sv('rotation', 'vilket år har Huddinge rådslaget', { expect: ['2018'] });
sv('rotation', 'Vem tar över rådslaget efter Tyresö?', { expect: ['Södertälje'] });
en('rotation', 'Who hosts Södertörns rådslag in 2012?', { expect: ['Nynäshamn'] });
sv('rotation', 'Hur många år dröjer det, räknat från i år, innan Södertälje står som värd för rådslaget?', { expect: ['2015'], expectAny: [['fyra', '4']] });
sv('rotation', 'nykvarn rådslag vilket år', { expect: ['2017'] });
en('rotation', 'List the rådslag hosts for 2014 to 2016, please.', { expect: ['Tyresö', 'Södertälje', 'Haninge'] });
sv('rotation', 'vem var värd för rådslaget i år?', { expect: ['Salem'] });
sv('rotation', 'Vilken kommun kommer sist i värdordningen för rådslaget, och vilket år?', { expect: ['Huddinge', '2018'] });
en('rotation', 'Which comes first as rådslag host, Tyresö or Botkyrka?', { expect: ['Botkyrka', '2013'] });
sv('rotation', 'nästa rådslag – vem står för värdskapet?', { expect: ['Nynäshamn', '2012'] });

// ---------------- budget ----------------
sv('budget', 'vad är den totala budgeten för 2011?', { expect: ['860 000'] });
sv('budget', 'personal + utredningar, hur mycket blir det tillsammans?', { expect: ['810 000'] });
sv('budget', 'Om avgifterna delas lika mellan de åtta kommunerna, vad betalar då var och en?', { expect: ['107 500'] });
en('budget', 'What share of total costs goes to staff?', { expectAny: [['67', '68']] });
sv('budget', 'hur stor andel av budgeten utgör utredningar och konsultstöd?', { expectAny: [['26', '27']] });
sv('budget', 'budgeten per månad?', { expectAny: [['71 666', '71 667']] });
en('budget', 'personnel cost per quarter?', { expect: ['145 000'] });
sv('budget', 'Vad blir samarbetets kostnad per invånare om man räknar med Södertörns ca 430 000 invånare?', { expectAny: [['2 kr', '2 kronor', 'två kronor', '2,00', '2:-']] });
sv('budget', 'vilken är den minsta kostnadsposten?', { expect: ['50 000'], expectAny: [['kontorsservice', 'Huddinge']] });
en('budget', 'Which cost line is the largest, and how big is it?', { expect: ['580 000'], expectAny: [['staff', 'personnel', 'personal']] });
sv('budget', 'skillnad mellan personal och utredningar?', { expect: ['350 000'] });
sv('budget', 'Hur mycket återstår av intäkterna när personalen är betald?', { expect: ['280 000'] });
en('budget', 'If the consultancy line were split equally between the eight municipalities, how much per municipality?', { expect: ['28 750'] });
sv('budget', 'Om hela budgeten slås ut på samarbetskommitténs sex möten i år – vad kostar då ett möte?', { expectAny: [['143 333']] });
en('budget', "What do Huddinge's office-service compensation and the consultancy line add up to?", { expect: ['280 000'] });
sv('budget', 'hur många procent av budgeten går till huddinge kommun?', { expectAny: [['5,8', '5.8', '6 %', '6%', '6 procent']] });
en('budget', 'How many times larger is the staff budget than the compensation to Huddinge?', { expectAny: [['11,6', '11.6', 'almost 12', 'nearly 12', 'about 12', 'roughly 12']] });
sv('budget', 'Vad skulle totalbudgeten landa på om utredningsposten höjdes med 20 000?', { expect: ['880 000'] });
en('budget', 'What percentage of the budget do staff and consultancy make up together?', { expectAny: [['94', '95']] });
sv('budget', 'personalkostnad per månad', { expectAny: [['48 333']] });
en('budget', 'Revenue minus costs — what is the result for 2011?', { expectAny: [['balance', 'zero', 'break even', 'breaks even', 'balanced', ' 0 ']] });

// ---------------- yesno ----------------
sv('yesno', 'stämmer det att SK-mötet 14/4 är i Nykvarn?', { startsWith: 'Ja', expect: ['Nykvarn'] });
sv('yesno', 'har LG möte den 20 maj?', { startsWith: 'Ja', expect: ['20 maj'] });
en('yesno', 'Is Salem part of the joint guardianship board (ÖFN)?', { startsWith: 'No' });
sv('yesno', 'går budgeten jämnt ut?', { startsWith: 'Ja', expect: ['860 000'] });
en('yesno', 'Is there an SK meeting in August?', { startsWith: 'No' });
sv('yesno', 'ligger LG-mötena på fredagar?', { startsWith: 'Ja' });
en('yesno', 'Is staff more than half of the costs?', { startsWith: 'Yes', expect: ['580 000'] });
sv('yesno', 'Är posten för utredningar och konsultstöd större än en fjärdedel av budgeten?', { startsWith: 'Ja', expect: ['230 000'] });
sv('yesno', 'ingår Södertälje i miljö- och hälsoskyddsförbundet?', { startsWith: 'Nej' });
en('yesno', 'Does Nykvarn host the rådslag before Haninge does?', { startsWith: 'No', expect: ['2016', '2017'] });
sv('yesno', 'är KTH med i rådslaget?', { startsWith: 'Ja' });
en('yesno', 'Is the key-figures day (nyckeltal) held in the autumn?', { startsWith: 'Yes', expect: ['6 October'] });
sv('yesno', 'kostar Huddinges kontorsservice mer än 10 % av budgeten?', { startsWith: 'Nej', expect: ['50 000'] });
en('yesno', 'Does the plan mention Mälardalsrådet?', { startsWith: 'Yes' });
sv('yesno', 'Har SK fler möten än LG i höst?', { startsWith: 'Nej', expectAny: [['lika', 'tre', '3']] });

// ---------------- premise ----------------
sv('premise', 'varför är Botkyrka värd för SK 9/6?', { expect: ['Salem'] });
en('premise', "Isn't it true that Botkyrka hosts the rådslag this year?", { startsWith: 'No', expect: ['Salem'] });
sv('premise', 'ÖFN har ju Huddinge som värdkommun, eller?', { startsWith: 'Nej', expect: ['Haninge'] });
sv('premise', 'miljöförbundet startade väl 2010?', { startsWith: 'Nej', expect: ['2008'] });
sv('premise', 'så budgeten går med underskott?', { startsWith: 'Nej', expect: ['860 000'] });
en('premise', 'Since LG meets on Thursdays, what time does it start?', { expect: ['Friday'], expectAny: [T0830] });
sv('premise', 'SK-mötena börjar kl 9, när slutar de?', { expectAny: [T12, T15] });
sv('premise', 'Stämmer det att Södertälje sköter sekretariatet?', { startsWith: 'Nej', expect: ['Huddinge'] });
en('premise', 'The nyckeltal day is in Salem, right?', { startsWith: 'No', expect: ['Botkyrka'] });
sv('premise', 'Södertörnskonferensen 6 oktober – vem är värd?', { expect: ['1 september', 'Huddinge', 'Tyresö'] });
en('premise', 'The vision targets 2030 — what population does it aim for?', { expect: ['2025'], expectAny: [['half a million', '500 000', 'halv miljon']] });
sv('premise', 'varför har SUP 2010 bara tre målområden?', { expectAny: [['fyra', '4']] });
sv('premise', 'SK ses ju bara fyra gånger om året?', { startsWith: 'Nej', expectAny: [['sex', '6']] });
en('premise', 'Why is Nykvarn part of the överförmyndarnämnd?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] });
sv('premise', 'explosiva varor hamnar hos miljöförbundet, stämmer det?', { startsWith: 'Nej', expect: ['brandförsvarsförbund'] });
en('premise', 'Personnel is budgeted at 650 000, correct?', { startsWith: 'No', expect: ['580 000'] });
sv('premise', 'Haninge, Nynäshamn och Salem bildade miljöförbundet, eller hur?', { startsWith: 'Nej', expect: ['Tyresö'] });

// ---------------- offplan / not in plan ----------------
sv('offplan', 'vem är ordförande i samarbetskommittén?', { kind: NIP });
sv('offplan', 'vad tjänar den som jobbar på sekretariatet i månaden?', { kind: NIP });
en('offplan', "What's on the agenda for the SK meeting on 14 April?", { kind: NIP });
sv('offplan', 'var hålls LG-mötet 20 maj?', { kind: NIP });
sv('offplan', 'boka ett rum till LG 20/5', { kind: NIP });
en('offplan', 'Can you email the kommundirektörer about the planning conference?', { kind: NIP });
sv('offplan', 'vad blir budgeten 2012?', { kind: NIP });
sv('offplan', 'Hur mycket betalar Nykvarn faktiskt i avgift enligt fördelningsnyckeln?', { kind: NIP });
en('offplan', 'What is the exact date of the 2012 rådslag?', { kind: NIP });
sv('offplan', 'ring Tyresö och kolla om 8/12 funkar', { kind: NIP });
en('offplan', "What's the street address of the venue for the nyckeltal day?", { kind: NIP });
sv('offplan', 'hur många anställda har sekretariatet?', { kind: NIP });

// ---------------- topic (right one of two similar things) ----------------
sv('topic', 'när är samarbetskommitténs planeringskonferens?', { expect: ['27', '28 januari'], expectNot: ['31 mars'] });
en('topic', "When is the LG's planning conference?", { expect: ['31 March', '1 April'], expectNot: ['28 January'] });
sv('topic', 'vad täcker posten på 50 000?', { expect: ['kontorsservice', 'arbetsrum'] });
sv('topic', 'vad är ledningsgruppens uppgift enligt planen?', { expectAny: [['förbereda'], ['samordna']] });
en('topic', 'Who takes part in Södertörnskonferensen?', { expectAny: [['political parties', 'parties'], ['officials', 'civil servants', 'senior', 'tjänstemän']] });
sv('topic', 'Vilka deltar i rådslaget förutom kommunerna?', { expect: ['Södertörns högskola', 'Karolinska', 'KTH', 'Handelskammaren', 'Företagarna'] });
sv('topic', 'styrdokument för verksamhetsfrågorna?', { expect: ['verksamhetsplan'] });
en('topic', 'Which body takes on explosive goods, and which one the checks on non-prescription medicines?', { expectAny: [['brandförsvarsförbund', 'fire'], ['miljö- och hälsoskyddsförbund', 'environment']] });
sv('topic', 'vad syftar regionala utvecklingsfrågor resp. verksamhetsfrågor till?', { expectAny: [['region'], ['effektivisera']] });
sv('topic', 'när är nyckeltalsdagen?', { expect: ['6 oktober', 'Botkyrka'], expectNot: ['1 september'] });
en('topic', 'When is Södertörnskonferensen?', { expect: ['1 September'], expectNot: ['6 October', '24 March'] });
sv('topic', 'vad ska de 230 000 användas till?', { expectAny: [['utredning'], ['konsult']] });

// ---------------- period ----------------
sv('period', 'hur många möten har LG under hösten?', { expectAny: [['tre', '3']], expect: ['9 september', '14 oktober', '25 november'] });
sv('period', 'SK-möten efter sommaren?', { expect: ['22 september', '3 november', '8 december'] });
en('period', "What's happening in October?", { expect: ['6 October', '14 October'] });
sv('period', 'vilka SK-möten är kvar i vår?', { expect: ['14 april', '9 juni'], expectNot: ['22 september'] });
sv('period', 'vilket är årets sista möte?', { expect: ['8 december'] });
en('period', 'Which meetings are left in May and June?', { expect: ['20 May', '9 June'] });
sv('period', 'vad händer i september?', { expect: ['1 september', '9 september', '22 september'] });
sv('period', 'Hur många LG-möten ligger under första halvåret?', { expectAny: [['tre', '3']] });
en('period', 'SK meetings in the first half of 2012?', { expect: ['Södertälje', 'Huddinge'] });
sv('period', 'november?', { expect: ['3 november', '25 november'] });
sv('period', 'nästa möte?', { expect: ['14 april'] });
sv('period', 'Hur lång tid är det mellan SK-mötet i juni och det i september?', { expectAny: [['15 veckor', '105 dagar']] });

// ---------------- followup (conversations) ----------------
const conv = (category, lang, turns, o = {}) => Q.push({ category, lang, conversation: turns, ...o });
conv('followup', 'sv', [
  { q: 'vem är värd för rådslaget 2013?', expect: ['Botkyrka'], lang: 'sv' },
  { q: 'och året efter?', expect: ['Tyresö'], lang: 'sv' },
  { q: 'och 2018?', expect: ['Huddinge'], lang: 'sv' },
]);
conv('followup', 'sv', [
  { q: 'när är nästa SK?', expect: ['14 april', 'Nykvarn'], lang: 'sv' },
  { q: 'och mötet efter det?', expect: ['9 juni', 'Salem'], lang: 'sv' },
]);
conv('followup', 'en', [
  { q: 'When does LG meet in the autumn?', expect: ['9 September', '14 October', '25 November'], lang: 'en' },
  { q: 'And at what time?', expectAny: [T0830, T13], lang: 'en' },
]);
conv('followup', 'sv', [
  { q: 'vad är personalbudgeten?', expect: ['580 000'], lang: 'sv' },
  { q: 'och per kommun om man delar på åtta?', expect: ['72 500'], lang: 'sv' },
]);
conv('followup', 'sv', [
  { q: 'vilka kommuner ingår i ÖFN?', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
  { q: 'vilken är värdkommun?', expect: ['Haninge'], lang: 'sv' },
  { q: 'sen när?', expect: ['1 januari 2011'], lang: 'sv' },
]);
conv('followup', 'en', [
  { q: 'Where is the nyckeltal day held?', expect: ['Botkyrka'], lang: 'en' },
  { q: 'And when?', expect: ['6 October'], lang: 'en' },
]);
conv('followup', 'sv', [
  { q: 'SK i september?', expect: ['22 september', 'Nynäshamn'], lang: 'sv' },
  { q: 'vilken tid?', expectAny: [T12, T15], lang: 'sv' },
]);
conv('followup', 'sv', [
  { q: 'vilka kommuner bildade miljö- och hälsoskyddsförbundet?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
  { q: 'när startade det?', expect: ['2008'], lang: 'sv' },
  { q: 'can more municipalities join it?', startsWith: 'Yes', lang: 'en' },
]);
conv('followup', 'sv', [
  { q: 'budget för utredningar?', expect: ['230 000'], lang: 'sv' },
  { q: 'hur stor andel är det?', expectAny: [['26', '27']], lang: 'sv' },
  { q: 'och personal?', expectAny: [['67', '68']], lang: 'sv' },
]);
conv('followup', 'sv', [
  { q: 'när är SK i december', expect: ['8 december', 'Tyresö'], lang: 'sv' },
  { q: 'vem är värd i jan 2012 då?', expect: ['Södertälje'], lang: 'sv' },
]);

// ---------------- typo ----------------
sv('typo', 'ledingsgruppen nästa möte', { expect: ['20 maj'] });
sv('typo', 'rådslgaet 2014', { expect: ['Tyresö'] });
sv('typo', 'nyckeltalsdagn var?', { expect: ['Botkyrka'] });
sv('typo', 'budgten för personal', { expect: ['580 000'] });
sv('typo', 'överförmyndarnämden värdkommun', { expect: ['Haninge'] });
sv('typo', 'samarbetskomiten i juni', { expect: ['9 juni', 'Salem'] });
sv('typo', 'södertörnskonfernsen datum', { expect: ['1 september'] });
sv('typo', 'SK-mötet i novmber', { expect: ['3 november', 'Botkyrka'] });
sv('typo', 'LG-datum i höst', { expect: ['9 september', '14 oktober', '25 november'] });
sv('typo', 'utredningr o konsultstöd hur mkt', { expect: ['230 000'] });
en('typo', 'wich year does tyreso host the radslag', { expect: ['2014'] });
sv('typo', 'plannerinskonferens LG', { expect: ['31 mars', '1 april'] });

// ---------------- language / locale ----------------
Q.push({ category: 'language', q: 'SK 3/11 värd?', locale: 'en-GB', lang: 'en', expect: ['Botkyrka'] });
Q.push({ category: 'language', q: 'ÖFN?', locale: 'en-GB', lang: 'en', expect: ['Haninge'] });
Q.push({ category: 'language', q: 'kostnader?', locale: 'en-US', lang: 'en', expect: ['580 000', '50 000', '230 000'] });
Q.push({ category: 'language', q: 'rådslaget 2016?', locale: 'sv-SE', lang: 'sv', expect: ['Haninge'] });
Q.push({ category: 'language', q: 'LG 20/5', locale: 'en-GB', lang: 'en', expect: ['20 May'] });
en('language', 'Who hosts the SK meeting on 22 September?', { expect: ['Nynäshamn'] });
Q.push({ category: 'language', q: 'nyckeltal 6/10?', locale: 'en-GB', lang: 'en', expect: ['Botkyrka'] });
sv('language', 'vision 2025', { expectAny: [['halv miljon', '500 000']] });
Q.push({ category: 'language', q: 'budget total', locale: 'en-GB', lang: 'en', expect: ['860 000'] });

// ---------------- facts ----------------
sv('facts', 'hur många invånare har Södertörn?', { expect: ['430 000'] });
en('facts', 'What is the Vision 2025?', { expect: ['2025'], expectAny: [['half a million', '500 000']] });
sv('facts', 'vilka är målområdena i SUP 2010?', { expect: ['Näringsliv', 'Högskola', 'Mångfald', 'Klimat', 'Infrastruktur'] });
sv('facts', 'hur många konkreta utvecklingsfrågor hör till målområdena?', { expectAny: [['fem', '5']] });
en('facts', 'Name the regional bodies where the municipalities coordinate joint efforts.', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] });
sv('facts', 'vilka företag nämns som exempel i inledningen?', { expect: ['Scania', 'Astra Zeneca', 'Karolinska Universitetssjukhuset'] });
sv('facts', 'Vilka infrastruktursatsningar lyfts fram i planen?', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] });
en('facts', 'What approach (förhållningssätt) should characterise the cooperation?', { expectAny: [['common benefit', 'shared benefit', 'joint benefit', 'common good', 'gemensamma nyttan'], ['democratic'], ['give and take', 'giving and receiving', 'give and receive', 'ge och få']] });
sv('facts', 'vilka sitter i samarbetskommittén?', { expect: ['kommunstyrelse'] });
en('facts', 'Who provides the secretariat?', { expect: ['Huddinge'] });
sv('facts', 'vad är syftet med samverkan?', { expect: ['regional', 'hemkommun'] });
sv('facts', 'inom vilka områden har kommunerna traditioner av samarbete?', { expect: ['gymnasie', 'räddningstjänst', 'återvinning'] });
en('facts', 'What are the five development priorities from Södertörns UtvecklingsProgram 2010?', { expectAny: [['education', 'utbildningsnivå'], ['knowledge', 'kunskapsintensiv'], ['climate', 'klimat'], ['infrastructure', 'infrastruktur']] });
sv('facts', 'när fastställdes utvecklingsprogrammet?', { expect: ['hösten 2010'] });
sv('facts', 'Vilka två huvudområden bedrivs samverkan inom?', { expect: ['regionala utvecklingsfrågor', 'verksamhetsfrågor'] });
en('facts', 'When did the joint guardianship board start, and which municipality hosts it?', { expect: ['1 January 2011', 'Haninge'] });
sv('facts', 'vilken ny uppgift lägger Haninge, Nynäshamn och Tyresö på miljöförbundet?', { expect: ['receptfria läkemedel'] });
sv('facts', 'vad ska prioriteras under 2011 – regionala utvecklingsfrågor eller verksamhetsfrågor?', { expect: ['regionala utvecklingsfrågor'] });
en('facts', 'How is Stockholm described in the introduction?', { expect: ['Capital of Scandinavia'] });
sv('facts', 'vad är Södertörns nyckeltal?', { expect: ['uppföljning'], expectAny: [['hösten', '6 oktober']] });
en('facts', 'Who attends the SK meetings besides the chairs?', { expectAny: [['kommundirektör', 'municipal director', 'chief executive', 'city manager', 'municipal manager', 'executive director']] });
sv('facts', 'vad är rådslaget till för?', { expect: ['utveckling'], expectAny: [['frågeställningar', 'fokus']] });
en('facts', 'Which universities are mentioned in the plan?', { expect: ['Södertörns högskola', 'KTH', 'Karolinska Institutet'] });
en('facts', 'How many inhabitants today versus the 2025 vision, and what is the gap?', { expect: ['430 000', '70 000'] });
sv('facts', 'Hur många parter deltar totalt i rådslaget?', { expectAny: [['13', 'tretton']] });
sv('facts', 'vilka kommuner är inte med i överförmyndarnämnden?', { expect: ['Nykvarn', 'Salem', 'Södertälje'] });
en('facts', 'How many events does Botkyrka host this autumn, and which?', { expect: ['3 November', '6 October'], expectAny: [['two', '2']] });
en('facts', 'How much longer is an LG meeting than an SK meeting?', { expectAny: [['1.5', '1,5', 'one and a half', '90 minutes', 'an hour and a half']] });

// ================= change requests =================
const C = [];
const sec = (category, q, o = {}) => C.push({ category, q, as: 'secretariat', lang: o.lang || 'sv', ...o });
const mem = (category, q, o = {}) => C.push({ category, q, as: 'member', lang: o.lang || 'sv', ...o });
const SEC = [['sekretariat', 'secretariat']];

// move
sec('move', 'flytta LG 20/5 till 27/5', { kind: 'confirm', expect: ['27 maj'] });
sec('move', 'SK-mötet 22/9 behöver flyttas till torsdag 29 september', { kind: 'confirm', expect: ['29 september'] });
sec('move', 'Move the LG meeting on 14 October to 21 October', { kind: 'confirm', expect: ['21 October'], lang: 'en' });
sec('move', 'nyckeltalsdagen flyttas till 13 okt', { kind: 'confirm', expect: ['13 oktober'] });
sec('move', 'kan du flytta södertörnskonferensen till 8/9, huddinge har krock', { kind: 'confirm', expect: ['8 september'] });
sec('move', 'SK i Nykvarn 14/4 skjuts fram två veckor till 28/4', { kind: 'confirm', expect: ['28 april'] });
// host
sec('host', 'ändra värd för SK 3/11 till Huddinge', { kind: 'confirm', expect: ['Huddinge'] });
sec('host', 'Tyresö kan inte ta 8/12, lägg det hos Haninge istället', { kind: 'confirm', expect: ['Haninge'] });
sec('host', 'Change the host of the SK meeting on 9 June to Nynäshamn', { kind: 'confirm', expect: ['Nynäshamn'], lang: 'en' });
// cancel
sec('cancel', 'ställ in LG-mötet 9/9', { kind: 'confirm', expect: ['9 september'] });
sec('cancel', 'cancel the SK meeting on 8 December', { kind: 'confirm', expect: ['8 December'], lang: 'en' });
sec('cancel', 'LG 25/11 stryks', { kind: 'confirm', expect: ['25 november'] });
// add
sec('add', 'lägg till ett extra LG-möte fredag 17 juni', { kind: 'confirm', expect: ['17 juni'] });
sec('add', 'add an extra SK meeting on 18 August in Huddinge', { kind: 'confirm', expect: ['18 August', 'Huddinge'], lang: 'en' });
// budget lines
sec('budgetline', 'höj posten utredningar och konsultstöd till 250 000', { kind: 'confirm', expect: ['250 000'] });
sec('budgetline', 'personalbudgeten ska vara 600 000', { kind: 'confirm', expect: ['600 000'] });
sec('budgetline', 'sänk ersättningen till Huddinge för kontorsservice till 45 000', { kind: 'confirm', expect: ['45 000'] });
sec('budgetline', 'change the personnel line to 590 000', { kind: 'confirm', expect: ['590 000'], lang: 'en' });
// rotation hosts
sec('rotationhost', 'rådslaget 2013 ska hållas i Haninge istället för Botkyrka', { kind: 'confirm', expect: ['Haninge'] });
sec('rotationhost', 'byt värd för rådslaget 2016 till Salem', { kind: 'confirm', expect: ['Salem'] });
sec('rotationhost', 'Set Huddinge as host of the 2012 rådslag', { kind: 'confirm', expect: ['Huddinge'], lang: 'en' });
// history
sec('history', 'visa ändringar', { kind: 'history' });
sec('history', 'what has changed in the plan?', { kind: 'history', lang: 'en' });
// conversations with confirmation
C.push({ category: 'confirm', as: 'secretariat', lang: 'sv', conversation: [
  { q: 'flytta LG 20 maj till 27 maj', kind: 'confirm', expect: ['27 maj'], as: 'secretariat', lang: 'sv' },
  { q: 'ja', kind: 'confirmed', as: 'secretariat', lang: 'sv' },
] });
C.push({ category: 'confirm', as: 'secretariat', lang: 'sv', conversation: [
  { q: 'höj utredningar till 260 000', kind: 'confirm', expect: ['260 000'], as: 'secretariat', lang: 'sv' },
  { q: 'avbryt', kind: 'cancelled', as: 'secretariat', lang: 'sv' },
] });
C.push({ category: 'confirm', as: 'secretariat', lang: 'sv', conversation: [
  { q: 'ställ in SK 22/9', kind: 'confirm', expect: ['22 september'], as: 'secretariat', lang: 'sv' },
  { q: 'ok kör', kind: 'confirmed', as: 'secretariat', lang: 'sv' },
  { q: 'visa ändringar', kind: 'history', as: 'secretariat', lang: 'sv' },
] });
C.push({ category: 'confirm', as: 'secretariat', lang: 'en', conversation: [
  { q: 'Move SK on 3 November to 10 November', kind: 'confirm', expect: ['10 November'], as: 'secretariat', lang: 'en' },
  { q: 'confirm', kind: 'confirmed', as: 'secretariat', lang: 'en' },
] });
C.push({ category: 'confirm', as: 'secretariat', lang: 'sv', conversation: [
  { q: 'rådslaget 2015 – ändra värd till Nykvarn', kind: 'confirm', expect: ['Nykvarn'], as: 'secretariat', lang: 'sv' },
  { q: 'nej', kind: 'cancelled', as: 'secretariat', lang: 'sv' },
] });
// missing information -> clarify
sec('missing', 'flytta LG-mötet', { kind: 'clarify' });
sec('missing', 'ändra budgeten', { kind: 'clarify' });
sec('missing', 'byt värd för SK', { kind: 'clarify' });
sec('missing', 'cancel the meeting', { kind: 'clarify', lang: 'en' });
sec('missing', 'höj personalposten', { kind: 'clarify' });
sec('missing', 'move SK to 20 October', { kind: 'clarify', lang: 'en' });
// member -> refused
mem('refused', 'flytta SK 9/6 till 16/6', { kind: 'refused', expectAny: SEC });
mem('refused', 'sänk personalbudgeten till 500 000', { kind: 'refused', expectAny: SEC });
mem('refused', 'ställ in LG 14/10', { kind: 'refused', expectAny: SEC });
mem('refused', 'make Södertälje host of the 2014 rådslag', { kind: 'refused', expectAny: SEC, lang: 'en' });
mem('refused', 'lägg till ett SK-möte 25 augusti', { kind: 'refused', expectAny: SEC });
mem('refused', 'Change the nyckeltal day host to Södertälje', { kind: 'refused', expectAny: SEC, lang: 'en' });
// questions that look like commands
sec('period', 'när är LG i maj?', { expect: ['20 maj'] });
sec('rotation', 'vem är värd för SK 3/11?', { expect: ['Botkyrka'] });
sec('budget', 'hur mycket ligger personalposten på nu?', { expect: ['580 000'] });
sec('yesno', 'Is the LG meeting on 9 September still in the plan?', { startsWith: 'Yes', expect: ['9 September'], lang: 'en' });
sec('rotation', 'vilket år har Haninge rådslaget?', { expect: ['2016'] });
sec('budget', 'kolla vad utredningsposten är innan jag ändrar den', { expect: ['230 000'] });
mem('rotation', 'vem är värd för SK i juni?', { expect: ['Salem'] });

// ----- write -----
const dir = __dirname;
const w = (file, description, items) => fs.writeFileSync(path.join(dir, file),
  JSON.stringify({ description, defaultNow: NOW, items }, null, 2) + '\n');
w('pool-questions.json', 'Round 15 writer x: questions (auditor Södertälje + economist Haninge), from verksamhetsplan-2011 only', Q);
w('pool-commands.json', 'Round 15 writer x: change requests (economist = secretariat, auditor = member), from verksamhetsplan-2011 only', C);

const tally = (items) => { const c = {}, l = {}; for (const i of items) { c[i.category] = (c[i.category] || 0) + 1; l[i.lang] = (l[i.lang] || 0) + 1; } return { n: items.length, c, l }; };
console.log('questions', JSON.stringify(tally(Q)));
console.log('commands', JSON.stringify(tally(C)), 'secretariat', C.filter(i => i.as === 'secretariat').length);

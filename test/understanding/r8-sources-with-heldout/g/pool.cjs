// Round 8, writer g — persona: kommunstyrelseordförande typing on a phone between meetings.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const T = ['08.30', '8.30', '08:30', '8:30'];
const TWELVE = ['12.00', '12:00', 'kl 12', '12-15', '12–15'];

const Q = [];
const q = (category, text, o = {}) => Q.push({ category, q: text, lang: o.lang || 'sv', ...o });
const en = (category, text, o = {}) => q(category, text, { lang: 'en', ...o });
const NIP = { kind: ['notInPlan', 'cannot'] };

// ---------- rotation ----------
q('rotation', 'vem e värd för rådslaget 2013', { expect: ['Botkyrka'] });
q('rotation', 'rådslag 2016 va e de för kommun', { expect: ['Haninge'] });
q('rotation', 'när e det tyresös tur m rådslaget nästa gång', { expect: ['2014'] });
q('rotation', 'vem tar rådslaget efter botkyrka', { expect: ['Tyresö', '2014'] });
q('rotation', 'rådslaget nästa år vem håller i det', { expect: ['Nynäshamn'] });
q('rotation', 'hur många år e det kvar tills nykvarn ska ha rådslaget', { expect: ['2017'], expectAny: [['6', 'sex']] });
q('rotation', 'vem hade rådslaget året innan södertälje', { expect: ['Tyresö'] });
q('rotation', 'rådslaget 2019 vem', NIP);
q('rotation', 'vem e värd för årets rådslag', { now: '2012-03-01T09:00:00+01:00', expect: ['Nynäshamn'], expectNot: ['Salem'] });
en('rotation', 'who hosts the rådslag in 2015?', { expect: ['Södertälje'] });
en('rotation', 'which year is it Salem\'s turn to host the rådslag', { expect: ['2011'] });

// ---------- budget ----------
q('budget', 'hur mkt e budgeten totalt', { expect: ['860 000'] });
q('budget', 'om avgifterna delas lika på alla kommuner hur mkt blir det per kommun', { expect: ['107 500'] });
q('budget', 'personalkostnad per månad ungefär', { expectAny: [['48 333', '48 334']] });
q('budget', 'utredningar o konsultstöd per kvartal?', { expect: ['57 500'] });
q('budget', 'hur stor andel av budgeten går till personal', { expectAny: [['67', '68']] });
q('budget', 'vad blir kvar av intäkterna när personalen e betald', { expect: ['280 000'] });
q('budget', 'skillnaden mellan personal o utredningar', { expect: ['350 000'] });
q('budget', 'största kostnadsposten', { expect: ['580 000'], expectAny: [['personal']] });
q('budget', 'minsta posten i budgeten va e det', { expect: ['50 000'], expectAny: [['Huddinge', 'kontorsservice']] });
q('budget', 'hur mkt får huddinge för kontorsservice o arbetsrum', { expect: ['50 000'], expectNot: ['230 000'] });
q('budget', 'går budgeten jämnt ut', { startsWith: 'Ja', expect: ['860 000'] });
q('budget', 'hur mkt kostar samarbetet per invånare typ', { expectAny: [['2 kr', '2 kronor', 'två kronor', '2,00']] });
q('budget', 'om vi skär 30 000 på utredningar vad blir posten då', { expect: ['200 000'] });
en('budget', 'how much is set aside for studies and consultants', { expect: ['230 000'] });
en('budget', 'what would each municipality pay if the fees were split equally', { expect: ['107 500'] });

// ---------- yesno ----------
q('yesno', 'e SK 14/4 i nykvarn', { startsWith: 'Ja', expect: ['Nykvarn'] });
q('yesno', 'ingår salem i överförmyndarnämnden', { startsWith: 'Nej' });
q('yesno', 'e LG 20/5 en fredag', { startsWith: 'Ja', expect: ['fredag'] });
q('yesno', 'har vi ngt SK i augusti', { startsWith: 'Nej' });
q('yesno', 'e nyckeltalsdagen i botkyrka', { startsWith: 'Ja', expect: ['6 oktober'] });
q('yesno', 'börjar SK-mötena kl 13', { startsWith: 'Nej', expectAny: [TWELVE] });
q('yesno', 'e haninge värdkommun för ÖFN', { startsWith: 'Ja', expect: ['Haninge'] });
q('yesno', 'e huddinge med i miljö- o hälsoskyddsförbundet', { startsWith: 'Nej', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] });
q('yesno', 'har rådslaget redan varit i år', { startsWith: 'Ja', expect: ['24 mars'] });
q('yesno', 'deltar kommundirektörerna på SK-mötena', { startsWith: 'Ja' });
en('yesno', 'does the committee meet at least six times a year?', { startsWith: 'Yes' });
en('yesno', 'is tyresö hosting the rådslag in 2014', { startsWith: 'Yes' });

// ---------- premise ----------
q('premise', 'varför e SK 9/6 i botkyrka', { expect: ['Salem'] });
q('premise', 'LG på torsdag 20/5 när börjar det', { expect: ['fredag'], expectAny: [T] });
q('premise', 'rådslaget i nynäshamn i år, när var det', { expect: ['Salem', '24 mars'] });
q('premise', 'vem ordnar nyckeltalsdagen i huddinge 6/10', { expect: ['Botkyrka'] });
q('premise', 'södertörnskonf 1 okt e den heldag', { expect: ['1 september'] });
q('premise', 'budgeten på 900 000, hur mkt av den går till personal', { expect: ['860 000', '580 000'] });
q('premise', 'SK 22/9 e ju en fredag va', { expect: ['torsdag'] });
q('premise', 'varför e nykvarn med i överförmyndarnämnden egentligen', { expectAny: [['inte', 'ej']] });
q('premise', 'miljöförbundet som startade 2011, vilka kommuner e med', { expect: ['2008', 'Haninge', 'Nynäshamn', 'Tyresö'] });
q('premise', 'vi sju kommuner på södertörn har hur många invånare', { expect: ['430 000'], expectAny: [['åtta', '8 kommuner']] });
q('premise', 'vad säger vision 2030', { expect: ['2025'] });
q('premise', 'huddinge får 150 000 för kontorsservice, vad ingår', { expect: ['50 000'] });
en('premise', 'why is the LG planning conference on 31 May?', { expect: ['31 March'], expectAny: [['1 April', 'April 1']] });

// ---------- offplan ----------
q('offplan', 'boka ett rum till SK 14/4', NIP);
q('offplan', 'va heter ordf i salem', NIP);
q('offplan', 'skicka kallelsen till LG 20/5 åt mig', NIP);
q('offplan', 'dagordningen för SK 14/4', NIP);
q('offplan', 'va kostar lunchen på rådslaget', NIP);
q('offplan', 'hur stor blir budgeten 2012', NIP);
q('offplan', 'vem e sekreterare på sekretariatet o vad e nummret', NIP);
q('offplan', 'var hålls LG 20/5', NIP);
q('offplan', 'hur mkt betalar botkyrka i avgift exakt', NIP);
en('offplan', 'add SK 22/9 to my outlook calendar', NIP);
en('offplan', 'what were the key figures (nyckeltal) for last year', NIP);

// ---------- topic ----------
q('topic', 'när e LG:s planeringskonf', { expect: ['31 mars'], expectNot: ['27-28', '27–28'] });
q('topic', 'SK:s planeringskonferens när', { expectAny: [['27-28 jan', '27–28 jan', '27 jan', '27 och 28 jan']], expectNot: ['31 mars'] });
q('topic', 'vilka deltar på södertörnskonferensen', { expectAny: [['parti']], expectNot: ['Handelskammaren'] });
q('topic', 'vilka e med på rådslaget förutom kommunerna', { expect: ['Handelskammaren', 'Företagarna', 'KTH'] });
q('topic', 'vad ingår i posten utredningar', { expect: ['konsultstöd', '230 000'] });
q('topic', 'ersättningen till huddinge va e den för', { expectAny: [['kontorsservice', 'arbetsrum']], expect: ['50 000'] });
q('topic', 'va e syftet med LG', { expectAny: [['förbereda']], expectNot: ['stärka den kommunala'] });
q('topic', 'vem tar hand om kontrollen av receptfria läkemedel', { expectAny: [['miljö- och hälsoskyddsförbund', 'miljöförbund']], expectNot: ['brandförsvar'] });
q('topic', 'va syftar verksamhetsfrågorna till', { expectAny: [['effektivisera']] });

// ---------- period ----------
q('period', 'vilka SK-möten e det i höst', { expect: ['22 september', '3 november', '8 december'], expectNot: ['9 juni'] });
q('period', 'LG efter sommaren', { expect: ['9 september', '14 oktober', '25 november'], expectNot: ['20 maj'] });
q('period', 'va händer i sept', { expect: ['1 september', '9 september', '22 september'] });
q('period', 'sista SK-mötet i år', { expect: ['8 december', 'Tyresö'] });
q('period', 'första LG efter semestern', { expect: ['9 september'] });
q('period', 'vad har vi kvar i vår', { expect: ['14 april', '20 maj', '9 juni'] });
q('period', 'hur många SK-möten e kvar i år', { expectAny: [['5', 'fem']] });
q('period', 'oktober?', { expect: ['6 oktober', '14 oktober'] });
en('period', 'what meetings are there in november', { expect: ['3 November', '25 November'] });

// ---------- followup (conversations) ----------
const conv = (category, turns, o = {}) => Q.push({ category, lang: o.lang || 'sv', ...o, conversation: turns });
conv('followup', [
  { q: 'vem e värd för SK 22/9', expect: ['Nynäshamn'], lang: 'sv' },
  { q: 'o nästa', expect: ['3 november', 'Botkyrka'], lang: 'sv' },
]);
conv('followup', [
  { q: 'rådslaget 2014', expect: ['Tyresö'], lang: 'sv' },
  { q: 'o året efter', expect: ['Södertälje'], lang: 'sv' },
]);
conv('followup', [
  { q: 'när e nästa LG', expect: ['20 maj'], lang: 'sv' },
  { q: 'vilken tid', expectAny: [T, ['13.00', '13:00', 'kl 13']], lang: 'sv' },
]);
conv('followup', [
  { q: 'va kostar personalen', expect: ['580 000'], lang: 'sv' },
  { q: 'per månad då', expectAny: [['48 333', '48 334']], lang: 'sv' },
]);
conv('followup', [
  { q: 'vilka kommuner e med i ÖFN', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
  { q: 'o vem e värdkommun', expect: ['Haninge'], lang: 'sv' },
]);
conv('followup', [
  { q: 'when is the next SK meeting', expect: ['14 April', 'Nykvarn'], lang: 'en' },
  { q: 'and who hosts the one after that?', expect: ['Salem'], lang: 'en' },
], { lang: 'en' });
conv('followup', [
  { q: 'nyckeltalsdagen när', expect: ['6 oktober'], lang: 'sv' },
  { q: 'var', expect: ['Botkyrka'], lang: 'sv' },
]);
conv('followup', [
  { q: 'SK jan 2012 var e det', expect: ['Södertälje'], lang: 'sv' },
  { q: 'o mötet efter det', expect: ['Huddinge'], lang: 'sv' },
]);
conv('followup', [
  { q: 'miljöförbundet vilka kommuner', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
  { q: 'sen när', expect: ['2008'], lang: 'sv' },
]);

// ---------- typo ----------
q('typo', 'ledingsgruppens möten i höst', { expect: ['9 september', '14 oktober', '25 november'] });
q('typo', 'samarbetskomiten nästa möte', { expect: ['14 april', 'Nykvarn'] });
q('typo', 'överförmyndarnämden vilka e med', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] });
q('typo', 'rådslget 2015', { expect: ['Södertälje'] });
q('typo', 'södertörnskonferansen datum', { expect: ['1 september'], expectNot: ['6 oktober'] });
q('typo', 'budgten för utredningr', { expect: ['230 000'] });
q('typo', 'miljö o hälsoskydsförbundet när bildades', { expect: ['2008'] });
q('typo', 'plannerings konf LG', { expect: ['31 mars'] });

// ---------- language ----------
q('language', 'SK 3/11 värd?', { lang: 'en', locale: 'en-GB', expect: ['Botkyrka'] });
q('language', 'ÖFN?', { lang: 'en', locale: 'en-GB', expect: ['Haninge'] });
q('language', 'rådslaget 2016', { lang: 'sv', locale: 'sv-SE', expect: ['Haninge'] });
q('language', 'LG 14/10', { lang: 'en', locale: 'en-US', expectAny: [['14 October', 'October 14']] });
q('language', 'kostnader?', { lang: 'sv', expect: ['580 000', '50 000', '230 000'] });
q('language', 'budget?', { lang: 'en', locale: 'en-GB', expect: ['860 000'] });
en('language', 'when is nyckeltalsdagen this year', { expect: ['6 October'] });

// ---------- facts ----------
q('facts', 'va e samarbetet egentligen till för', { expectAny: [['regionala utveckling', 'regional utveckling']] });
q('facts', 'ärligt vad får min kommun ut av det här', { expectAny: [['hemkommun', 'sina mål']] });
q('facts', 'vision 2025 va säger den', { expectAny: [['halv miljon', '500 000']] });
q('facts', 'hur många invånare har södertörn', { expect: ['430 000'] });
q('facts', 'målområdena i utvecklingsprogrammet', { expect: ['Klimat', 'Infrastruktur'], expectAny: [['Näringsliv']], });
q('facts', 'vilka regionala organ samordnar vi oss i', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] });
q('facts', 'vårt förhållningssätt i samverkan, vad står det', { expectAny: [['gemensamma nyttan']], });
q('facts', 'varför ska vi lägga mer tid på regionala frågor än verksamhetsfrågor i år', { expectAny: [['handlingsplan', 'UtvecklingsProgram', 'utvecklingsprogram']] });
q('facts', 'vilka infrastruktursatsningar nämns', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden'] });
q('facts', 'hur ofta ses SK', { expectAny: [['sex', '6']] });
q('facts', 'vem har sekretariatet', { expect: ['Huddinge'] });
q('facts', 'vilka sitter i LG', { expectAny: [['kommundirektör']] });
q('facts', 'va säger planen om upphandling', { expectAny: [['offentlig upphandling', 'fler varor']] });
q('facts', 'när startade överförmyndarnämnden', { expect: ['2011'], expectAny: [['1 januari', 'januari']] });
q('facts', 'vilka högskolor nämns', { expect: ['KTH', 'Karolinska'], expectAny: [['Södertörns högskola']] });
q('facts', 'nyckeltalen va e det för nåt', { expectAny: [['uppföljning']] });
q('facts', 'gemensam ägarstyrning va innebär det', { expectAny: [['ägardialog', 'bolagsordning', 'direktiv']] });
en('facts', 'what is the vision for 2025', { expectAny: [['half a million', '500,000', '500 000']] });
en('facts', 'who provides the secretariat for the committee?', { expect: ['Huddinge'] });
en('facts', 'what time do LG meetings start', { expectAny: [T] });

// ---------- commands ----------
const C = [];
const S = (category, text, o = {}) => C.push({ category, q: text, as: 'secretariat', lang: o.lang || 'sv', ...o });
const M = (category, text, o = {}) => C.push({ category, q: text, as: 'member', lang: o.lang || 'sv', ...o });
const REF = { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] };

// secretariat (15)
S('move', 'flytta SK 22/9 till 29/9', { kind: 'confirm', expect: ['29 september'] });
S('move', 'LG 14/10 flyttas till fredag 21/10', { kind: 'confirm', expect: ['21 oktober'] });
S('move', 'please move the LG meeting on 9 Sept to 16 Sept', { lang: 'en', kind: 'confirm', expect: ['16 September'] });
S('host', 'ändra värd för SK 8/12 till haninge', { kind: 'confirm', expect: ['Haninge', '8 december'] });
S('cancel', 'ställ in LG-mötet 25/11', { kind: 'confirm', expect: ['25 november'] });
S('cancel', 'cancel the SK meeting on 3 November', { lang: 'en', kind: 'confirm', expect: ['3 November'] });
S('add', 'lägg in ett extra SK-möte torsdag 20/10 i haninge', { kind: 'confirm', expect: ['20 oktober', 'Haninge'] });
S('budgetline', 'höj utredningar o konsultstöd till 260 000', { kind: 'confirm', expect: ['260 000'] });
S('rotationhost', 'rådslaget 2013 blir huddinge istället för botkyrka', { kind: 'confirm', expect: ['Huddinge', '2013'] });
S('missing', 'flytta SK-mötet', { kind: 'clarify' });
S('missing', 'ändra budgetposten för personal', { kind: 'clarify' });
S('history', 'visa ändringar', { kind: 'history' });
C.push({ category: 'confirm', as: 'secretariat', lang: 'sv', conversation: [
  { q: 'flytta LG 20/5 till 27/5', as: 'secretariat', kind: 'confirm', expect: ['27 maj'], lang: 'sv' },
  { q: 'ja kör', as: 'secretariat', kind: 'confirmed', lang: 'sv' },
] });
C.push({ category: 'confirm', as: 'secretariat', lang: 'sv', conversation: [
  { q: 'ny värd för rådslaget 2015: salem', as: 'secretariat', kind: 'confirm', expect: ['Salem', '2015'], lang: 'sv' },
  { q: 'nej avbryt', as: 'secretariat', kind: 'cancelled', lang: 'sv' },
] });
C.push({ category: 'history', as: 'secretariat', lang: 'sv', conversation: [
  { q: 'ställ in SK 9/6', as: 'secretariat', kind: 'confirm', expect: ['9 juni'], lang: 'sv' },
  { q: 'bekräfta', as: 'secretariat', kind: 'confirmed', lang: 'sv' },
  { q: 'visa ändringar', as: 'secretariat', kind: 'history', expect: ['9 juni'], lang: 'sv' },
] });

// secretariat questions that look like commands (4)
S('period', 'när e LG i maj', { expect: ['20 maj'] });
S('facts', 'vem e värd för SK i sept', { expect: ['Nynäshamn', '22 september'] });
S('budget', 'hur mkt ligger på utredningsposten nu', { expect: ['230 000'] });
S('rotation', 'vilket år har salem rådslaget', { expect: ['2011'] });

// members (6)
M('refused', 'flytta SK 3/11 till 10/11', REF);
M('refused', 'ändra värd för rådslaget 2014 till botkyrka', REF);
M('refused', 'höj personalbudgeten till 620 000', REF);
M('refused', 'cancel the LG meeting on 14 October', { lang: 'en', ...REF });
M('refused', 'lägg till ett SK-möte 25/8 i salem', REF);
M('period', 'när e SK i juni', { expect: ['9 juni', 'Salem'] });

const out = (file, description, items) => fs.writeFileSync(path.join(__dirname, file),
  JSON.stringify({ description, defaultNow: NOW, items }, null, 2) + '\n');
out('pool-questions.json', 'Round 8 writer g: KS-ordförande on a phone, Swedish-first chat questions about Verksamhetsplan 2011', Q);
out('pool-commands.json', 'Round 8 writer g: change requests from the secretariat, members, and command-like questions', C);
console.log('questions', Q.length, 'commands', C.length);

// Round 30 writer "an" — pool from verksamhetsplan-2011.txt only
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const NIP = ['notInPlan', 'cannot'];
const T = ['12.00', '12:00'];
const Q = []; const C = [];
function q(category, text, o = {}) { Q.push(Object.assign({ category, q: text, lang: 'sv' }, o)); }
function en(category, text, o = {}) { q(category, text, Object.assign({ lang: 'en' }, o)); }
function c(category, text, o = {}) { C.push(Object.assign({ category, q: text, lang: 'sv', as: 'secretariat' }, o)); }
function cen(category, text, o = {}) { c(category, text, Object.assign({ lang: 'en' }, o)); }

// ---------------- rotation ----------------
q('rotation', 'vem är värd för rådslaget 2014?', { expect: ['Tyresö'] });
q('rotation', 'rådslaget 2016?', { expect: ['Haninge'] });
q('rotation', 'När är det Haninges tur att stå värd för Södertörns rådslag? Jag vill skriva om det i nyhetsbrevet.', { expect: ['2016'] });
q('rotation', 'vilket år har huddinge rådslaget', { expect: ['2018'] });
en('rotation', 'who takes the rådslag after tyresö', { expect: ['Södertälje'], expectAny: [['2015']] });
en('rotation', 'who hosts the rådslag in 2012?', { expect: ['Nynäshamn'] });
en('rotation', 'Which municipality hosts the rådslag the year after Botkyrka does?', { expect: ['Tyresö'], expectAny: [['2014']] });
q('rotation', 'Kan du räkna upp värdkommunerna för rådslaget 2011–2018 i ordning?', { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] });
q('rotation', 'hur många år är det kvar tills Haninge är värd för rådslaget?', { expect: ['2016'], expectAny: [['5', 'fem']] });
q('rotation', 'vem är sist i rotationen för rådslaget?', { expect: ['Huddinge', '2018'] });
en('rotation', 'which year was Salem the rådslag host', { expect: ['2011'] });
q('rotation', 'värd för rådslaget nästa år?', { now: '2011-10-10T09:00:00+02:00', expect: ['Nynäshamn'] });

// ---------------- budget ----------------
q('budget', 'hur stor är budgeten totalt?', { expect: ['860 000'] });
q('budget', 'vad kostar personalen?', { expect: ['580 000'] });
q('budget', 'hur mycket betalar varje kommun om avgifterna delas lika?', { expect: ['107 500'] });
q('budget', 'budget per månad?', { expectAny: [['71 666', '71 667']] });
q('budget', 'hur stor andel av kostnaderna är personal?', { expectAny: [['67', '68']] });
en('budget', "what's the difference between staff costs and the consultancy line?", { expect: ['350 000'] });
q('budget', 'vad blir kvar av intäkterna när personalen är betald?', { expect: ['280 000'] });
q('budget', 'ersättningen till huddinge, hur mycket och för vad?', { expect: ['50 000'], expectAny: [['kontorsservice', 'arbetsrum']] });
en('budget', 'biggest cost item?', { expect: ['580 000'], expectAny: [['staff', 'personnel', 'personal']] });
en('budget', 'smallest cost item in the budget?', { expect: ['50 000'], expectAny: [['Huddinge']] });
q('budget', 'utredningar per kvartal', { expect: ['57 500'] });
q('budget', 'Hur mycket går till utredningar och konsultstöd?', { expect: ['230 000'] });
en('budget', 'how much is the budget per quarter overall?', { expect: ['215 000'] });
q('budget', 'hur många procent av budgeten är utredningar', { expectAny: [['26', '27']] });
q('budget', 'om kommunerna delar lika på utredningsposten, vad blir det per kommun?', { expect: ['28 750'] });
q('budget', 'personalkostnad per månad', { expectAny: [['48 333']] });
en('budget', 'where does the income come from?', { expect: ['860 000'], expectAny: [['fee', 'municipalit', 'avgift']] });

// ---------------- yesno ----------------
q('yesno', 'är nykvarn värd för SK 14/4?', { startsWith: 'Ja' });
q('yesno', 'ligger SK-mötena på fredagar?', { startsWith: 'Nej', expectAny: [['torsdag']] });
q('yesno', 'Är Salem med i Södertörns överförmyndarnämnd?', { startsWith: 'Nej' });
en('yesno', 'is Haninge the host municipality for the överförmyndarnämnd?', { startsWith: 'Yes' });
q('yesno', 'startade miljö- och hälsoskyddsförbundet 2008?', { startsWith: 'Ja' });
q('yesno', 'blir det något överskott i budgeten?', { startsWith: 'Nej', expect: ['860 000'] });
en('yesno', 'does the LG meet on Fridays?', { startsWith: 'Yes' });
en('yesno', 'is the 2013 rådslag in Botkyrka?', { startsWith: 'Yes' });
en('yesno', 'is KTH part of the rådslag?', { startsWith: 'Yes' });
q('yesno', 'är nyckeltalsdagen i huddinge?', { startsWith: 'Nej', expect: ['Botkyrka'] });
q('yesno', 'har vi något SK i augusti?', { startsWith: 'Nej' });
en('yesno', 'is the Södertörn conference a full-day event?', { startsWith: 'Yes' });
q('yesno', 'Kan fler kommuner gå med i överförmyndarnämnden?', { startsWith: 'Ja' });
q('yesno', 'är det något möte i morgon?', { now: '2011-09-08T16:00:00+02:00', startsWith: 'Ja', expect: ['9 september'] });

// ---------------- premise ----------------
q('premise', 'varför är botkyrka värd för SK 9/6?', { expect: ['Salem'] });
q('premise', 'varför har LG sina möten på torsdagar?', { expectAny: [['fredag']] });
q('premise', 'Tyresö har ju rådslaget 2013, har de börjat planera?', { expect: ['Botkyrka'], expectAny: [['2014']] });
en('premise', 'why does Södertälje host the key figures day?', { expect: ['Botkyrka'] });
q('premise', 'Jag minns att sekretariatet ligger i Södertälje, stämmer det?', { startsWith: 'Nej', expect: ['Huddinge'] });
q('premise', 'budgeten är väl på en miljon i år?', { expect: ['860 000'] });
q('premise', 'Vad står det i visionen för 2030?', { expect: ['2025'] });
q('premise', 'varför är bara fyra kommuner med i ÖFN?', { expectAny: [['fem', '5']] });
en('premise', 'The LG planning conference is 27–28 January, right?', { startsWith: 'No', expect: ['31 March'] });
q('premise', 'Södertörnskonferensen i Nykvarn 1 sep – heldag?', { expect: ['Huddinge', 'Tyresö'] });
en('premise', 'why is the rådslag held in the autumn this year?', { expect: ['24 March'] });
q('premise', 'personalen kostar 850 000 va?', { expect: ['580 000'] });
q('premise', 'Det står väl att Södertörn redan har en halv miljon invånare?', { expect: ['430 000'] });

// ---------------- offplan ----------------
q('offplan', 'boka ett rum till LG 20/5', { kind: NIP });
q('offplan', 'skicka kallelsen till SK 14/4 till alla ordförande', { kind: NIP });
q('offplan', 'vad heter kommunstyrelseordföranden i salem?', { kind: NIP });
en('offplan', "what's the address of the venue in Nykvarn?", { kind: NIP });
q('offplan', 'vad står på dagordningen för SK 9/6?', { kind: NIP });
q('offplan', 'hur stor blir budgeten 2012?', { kind: NIP });
q('offplan', 'vad kostar lunchen på planeringskonferensen?', { kind: NIP });
en('offplan', 'who is the kommundirektör in Tyresö?', { kind: NIP });
q('offplan', 'Vad kom man fram till på rådslaget i mars?', { kind: NIP, now: '2011-04-20T09:00:00+02:00' });

// ---------------- topic ----------------
q('topic', 'när är samarbetskommitténs planeringskonferens?', { expect: ['januari'], expectAny: [['27']], expectNot: ['31 mars'] });
q('topic', 'LG:s planeringskonferens?', { expect: ['31 mars'], expectNot: ['28 januari'] });
en('topic', 'when is the Södertörn conference?', { expect: ['1 September'], expectNot: ['6 October'] });
q('topic', 'nyckeltalsdagen när?', { expect: ['6 oktober'], expectNot: ['1 september'] });
q('topic', 'vad är syftet med ledningsgruppen?', { expectAny: [['förbereda'], ['samordna']] });
q('topic', 'vad syftar verksamhetsfrågorna till?', { expect: ['effektivisera'] });
q('topic', 'vad syftar de regionala utvecklingsfrågorna till?', { expectAny: [['som region', 'utveckla Södertörn']], expectNot: ['effektivisera'] });
q('topic', 'vad ingår i posten ersättning till huddinge kommun?', { expectAny: [['kontorsservice'], ['arbetsrum']] });
q('topic', 'vilket förbund hanterar explosiva varor?', { expect: ['brandförsvarsförbund'] });
en('topic', 'who handles control of the sale of non-prescription drugs?', { expectAny: [['miljö', 'environment']] });
q('topic', 'vilket styrdokument gäller för de regionala utvecklingsfrågorna?', { expect: ['utvecklingsprogram 2010'] });
en('topic', 'who takes part in the Södertörn conference?', { expectAny: [['parties', 'partier'], ['official', 'tjänstem', 'civil servant', 'officer']], expectNot: ['Handelskammaren', 'Chamber of Commerce'] });
en('facts', 'What does ÖFN stand for and which municipalities are in it?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] });
en('premise', "isn't Nykvarn hosting the rådslag this year?", { startsWith: 'No', expect: ['Salem'] });
en('period', 'is there an SK meeting tomorrow?', { now: '2011-12-07T18:00:00+01:00', startsWith: 'Yes', expect: ['Tyresö'] });
en('offplan', 'can you book a table for lunch after the SK on 9 June?', { kind: NIP });
en('budget', 'if every municipality pays the same fee, how much is each share?', { expect: ['107 500'] });
Q.push({ category: 'followup', conversation: [
  { q: 'what is the rådslag?', expectAny: [['annual', 'yearly', 'every year']], lang: 'en' },
  { q: 'and who hosts it in 2015?', expect: ['Södertälje'], lang: 'en' }] });
q('topic', 'vilka är med i rådslaget?', { expect: ['Handelskammaren', 'Företagarna', 'KTH'] });
en('topic', 'What is the LG planning conference format – full days?', { expectAny: [['lunch']], expectNot: ['27-28', '27–28'] });

// ---------------- period ----------------
en('period', 'which SK meetings are there this autumn?', { expect: ['22 September', '3 November', '8 December'] });
q('period', 'LG-mötena första halvåret?', { expect: ['21 januari', '31 mars', '20 maj'] });
q('period', 'sista SK-mötet 2011?', { expect: ['8 december', 'Tyresö'] });
q('period', 'första LG efter sommaren', { expect: ['9 september'] });
en('period', 'what happens in October?', { expect: ['6 October', '14 October'] });
en('period', "what's on in September?", { expect: ['1 September', '9 September', '22 September'] });
en('period', 'first SK meeting of 2012 – where?', { expect: ['Södertälje'] });
// relative-now items (persona 2)
q('period', 'När är nästa SK?', { expect: ['14 april', 'Nykvarn'] });
q('period', 'SK i morgon, var är det?', { now: '2011-04-13T15:00:00+02:00', expect: ['Nykvarn'] });
q('period', 'är det LG denna vecka?', { now: '2011-05-16T08:00:00+02:00', startsWith: 'Ja', expect: ['20 maj'] });
q('period', 'vad händer om två veckor?', { now: '2011-05-06T09:00:00+02:00', expect: ['20 maj'] });
q('period', 'vilka möten har vi nästa månad?', { now: '2011-08-10T10:00:00+02:00', expect: ['1 september', '9 september', '22 september'] });
q('period', 'förra SK-mötet, vem var värd?', { now: '2011-09-26T10:00:00+02:00', expect: ['Nynäshamn'] });
q('period', 'hur många SK-möten är kvar i år?', { now: '2011-10-20T10:00:00+02:00', expectAny: [['2', 'två']], expect: ['3 november', '8 december'] });
en('period', 'how many LG meetings are left this year?', { now: '2011-10-20T10:00:00+02:00', expectAny: [['1', 'one']], expect: ['25 November'] });
q('period', 'hur länge till nästa SK?', { now: '2011-11-28T09:00:00+01:00', expect: ['8 december'], expectAny: [['10 dagar', 'tio dagar']] });
en('period', 'when is the next SK meeting?', { now: '2011-12-15T10:00:00+01:00', expect: ['Södertälje'], expectAny: [['January']] });
q('period', 'nästa sk?', { now: '2012-02-10T10:00:00+01:00', expect: ['Huddinge'], expectAny: [['april']] });
en('period', "who's hosting the SK next week?", { now: '2011-06-01T10:00:00+02:00', expect: ['Salem'] });
q('period', 'hur många dagar är det kvar till rådslaget?', { now: '2011-03-20T12:00:00+01:00', expectAny: [['4', 'fyra']], expect: ['24 mars'] });
q('period', 'nyckeltalsdagen är väl nästa vecka?', { now: '2011-09-30T10:00:00+02:00', startsWith: 'Ja', expect: ['6 oktober'] });
en('period', 'how long until the Södertörn conference?', { now: '2011-07-15T10:00:00+02:00', expect: ['1 September'], expectAny: [['48']] });
en('period', 'when was the last SK meeting and where?', { now: '2011-04-15T10:00:00+02:00', expect: ['14 April', 'Nykvarn'] });
q('period', 'LG idag?', { now: '2011-05-20T07:30:00+02:00', startsWith: 'Ja', expectAny: [['08.30', '08:30', '8.30', '8:30']] });
q('period', 'SK i morgon – vilken tid börjar det?', { now: '2011-11-02T16:00:00+01:00', expectAny: [T] });
q('period', 'vad händer denna vecka', { now: '2011-08-29T09:00:00+02:00', expect: ['Södertörnskonferensen'], expectAny: [['1 september']] });
en('period', "anything on this week?", { now: '2011-09-05T09:00:00+02:00', expect: ['9 September'] });
q('period', 'när är nästa LG?', { now: '2011-02-01T09:00:00+01:00', expect: ['31 mars'] });
en('period', 'how many SK and LG meetings are left this year?', { now: '2011-12-01T09:00:00+01:00', expect: ['8 December'], expectAny: [['1', 'one']] });
q('period', 'när är nästa LG-möte efter det här?', { now: '2011-09-09T11:00:00+02:00', expect: ['14 oktober'] });

// ---------------- followup ----------------
Q.push({ category: 'followup', conversation: [
  { q: 'vem är värd för SK 22/9?', expect: ['Nynäshamn'], lang: 'sv' },
  { q: 'och nästa?', expect: ['Botkyrka', '3 november'], lang: 'sv' }] });
Q.push({ category: 'followup', conversation: [
  { q: 'rådslaget 2013?', expect: ['Botkyrka'], lang: 'sv' },
  { q: 'och året efter?', expect: ['Tyresö'], lang: 'sv' }] });
Q.push({ category: 'followup', conversation: [
  { q: 'when is the next LG?', expect: ['20 May'], lang: 'en' },
  { q: 'what time?', expectAny: [['08.30', '08:30', '8.30', '8:30'], ['13.00', '13:00', '1 pm', '1pm']], lang: 'en' }] });
Q.push({ category: 'followup', conversation: [
  { q: 'vad kostar personalen?', expect: ['580 000'], lang: 'sv' },
  { q: 'och per månad?', expectAny: [['48 333']], lang: 'sv' }] });
Q.push({ category: 'followup', conversation: [
  { q: 'Vilka kommuner ingår i överförmyndarnämnden?', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
  { q: 'och vem är värdkommun?', expect: ['Haninge'], lang: 'sv' }] });
Q.push({ category: 'followup', conversation: [
  { q: 'när är nyckeltalsdagen', expect: ['6 oktober'], lang: 'sv' },
  { q: 'var?', expect: ['Botkyrka'], lang: 'sv' }] });
Q.push({ category: 'followup', conversation: [
  { q: 'Vad säger visionen?', expect: ['2025'], lang: 'sv' },
  { q: 'Och hur många invånare har vi idag?', expect: ['430 000'], lang: 'sv' }] });
Q.push({ category: 'followup', conversation: [
  { q: 'who hosts the SK in November?', expect: ['Botkyrka'], lang: 'en' },
  { q: 'and in December?', expect: ['Tyresö'], lang: 'en' }] });
Q.push({ category: 'followup', conversation: [
  { q: 'Södertörnskonferensen?', expect: ['1 september'], lang: 'sv' },
  { q: 'vilka deltar?', expectAny: [['parti'], ['tjänstem']], lang: 'sv' }] });
Q.push({ category: 'followup', now: '2011-05-01T10:00:00+02:00', conversation: [
  { q: 'när var rådslaget i år?', expect: ['24 mars', 'Salem'], lang: 'sv' },
  { q: 'vem har det nästa år?', expect: ['Nynäshamn'], lang: 'sv' }] });
Q.push({ category: 'followup', conversation: [
  { q: 'vilka kommuner bildade miljö- och hälsoskyddsförbundet?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
  { q: 'när startade det?', expect: ['2008'], lang: 'sv' }] });
Q.push({ category: 'followup', conversation: [
  { q: 'hur mycket får huddinge för kontorsservice?', expect: ['50 000'], lang: 'sv' },
  { q: 'och konsultstödet?', expect: ['230 000'], lang: 'sv' }] });

// ---------------- typo ----------------
q('typo', 'ledingsgruppen nästa möte?', { expect: ['20 maj'] });
q('typo', 'vem e värd för SK-mötet i novemer', { expect: ['Botkyrka'] });
q('typo', 'LG-datum i hösten', { expect: ['9 september', '14 oktober', '25 november'] });
en('typo', 'staf costs in the budgt?', { expect: ['580 000'] });
q('typo', 'rådslgaet 2015 värd?', { expect: ['Södertälje'] });
q('typo', 'överförmyndarnämden vilka kommuner', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] });
q('typo', 'samarbetskomitén träffas hur ofta', { expectAny: [['sex', '6']] });
q('typo', 'södertörnskonfrensen datum', { expect: ['1 september'] });
q('typo', 'utredingar och konsultsöd kostnad', { expect: ['230 000'] });
en('typo', 'whos hsoting the SK in june', { expect: ['Salem'] });
q('typo', 'visonen för 2025?', { expectAny: [['halv miljon', '500 000']] });

// ---------------- language ----------------
en('language', 'SK 3/11 värd?', { locale: 'en-GB', expect: ['Botkyrka'] });
en('language', 'ÖFN?', { locale: 'en-GB', expectAny: [['Haninge', 'guardian', 'överförmyndar']] });
q('language', 'kostnader?', { locale: 'sv-SE', expect: ['580 000', '50 000', '230 000'] });
en('language', 'budget?', { locale: 'en-US', expect: ['860 000'] });
q('language', 'LG 20/5?', { expect: ['20 maj'] });
en('language', 'SK 9/6?', { locale: 'en-GB', expect: ['Salem', '9 June'] });
q('language', 'Nykvarn 14/4?', { locale: 'sv-SE', expect: ['14 april'] });
en('language', 'What is the vision for 2025?', { expectAny: [['half a million', '500,000', '500 000']] });
en('language', 'In which municipality is the secretariat?', { expect: ['Huddinge'] });
q('language', 'Vilka kommuner ingår i samarbetskommittén?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö'] });
en('language', 'nyckeltal 6/10?', { locale: 'en-GB', expect: ['Botkyrka'] });

// ---------------- facts ----------------
q('facts', 'Kan du sammanfatta visionen för 2025?', { expect: ['2025'], expectAny: [['halv miljon', '500 000']] });
q('facts', 'Vad är nyckeltalsdagen?', { expect: ['nyckeltal'], expectAny: [['6 oktober'], ['uppföljning']] });
q('facts', 'Vad gör ÖFN?', { expect: ['överförmyndar'] });
q('facts', 'Vilka förhållningssätt ska prägla vår samverkan?', { expect: ['gemensamma nyttan', 'demokratiska processen', 'ledarskap', 'ge och få'] });
q('facts', 'Vad står det om infrastruktur i inledningen?', { expect: ['väg 73', 'Nynäsbanan', 'Södertörnsleden'], expectAny: [['E4']] });
q('facts', 'Hur många invånare har Södertörn enligt planen?', { expect: ['430 000'] });
q('facts', 'Vilka företag nämns som exempel på attraktionskraften?', { expect: ['Scania', 'Astra Zeneca', 'Karolinska Universitetssjukhuset'] });
q('facts', 'Vilka lärosäten nämns i planen?', { expect: ['Södertörns högskola', 'KTH', 'Karolinska Institutet'] });
q('facts', 'Kan du lista de viktigaste regionala utvecklingsfrågorna från utvecklingsprogrammet?', { expect: ['utbildningsnivå', 'kunskapsintensivt', 'klimateffektivt', 'infrastruktur'] });
q('facts', 'Vilka målområden finns i Södertörns UtvecklingsProgram 2010?', { expect: ['Näringsliv och Högskola', 'Olikhet och Mångfald', 'Klimat', 'Infrastruktur'] });
en('facts', 'Which regional bodies does the plan mention for joint action?', { expect: ['KSL', 'Stockholm', 'Business Alliance'], expectAny: [['Mälardalsrådet', 'Mälardalen Council']] });
q('facts', 'Vad står det om gemensam ägarstyrning?', { expect: ['ägar'], expectAny: [['ägardialog', 'bolagsordning', 'förbunds']] });
q('facts', 'Vad står det om gemensam upphandling?', { expect: ['upphandling'], expectAny: [['offentlig upphandling', 'fler varor']] });
q('facts', 'När började Södertörns överförmyndarnämnd sin verksamhet?', { expect: ['1 januari 2011'] });
q('facts', 'vem tillhandahåller sekretariatet?', { expect: ['Huddinge'] });
q('facts', 'Vilka sitter i samarbetskommittén?', { expect: ['kommunstyrelse'], expectAny: [['ordförande']] });
q('facts', 'Vad är syftet med samverkan enligt planen?', { expectAny: [['regional'], ['hemkommun', 'Södertörn']] });
q('facts', 'Hur ska tiden fördelas mellan regionala utvecklingsfrågor och verksamhetsfrågor under 2011?', { expect: ['regionala utvecklingsfrågor'], expectAny: [['mer tid', 'mer']] });
q('facts', 'När fastställdes Södertörns UtvecklingsProgram 2010?', { expect: ['hösten 2010'] });
q('facts', 'Inom vilka områden har samarbetet traditioner?', { expectAny: [['gymnasie'], ['räddningstjänst'], ['energi', 'återvinning']] });
q('facts', 'Vad kallas Stockholm i planen?', { expect: ['The Capital of Scandinavia'] });
q('facts', 'Vilka är de två huvudområdena för samverkan?', { expect: ['regionala utvecklingsfrågor', 'verksamhetsfrågor'] });
q('facts', 'Vad är Södertörnskonferensen?', { expectAny: [['årlig'], ['1 september']] });
q('facts', 'Vad är rådslaget och vad är syftet med det?', { expectAny: [['frågeställningar', 'fokus'], ['utveckling']] });
q('facts', 'Vad står det om Södertörns miljö- och hälsoskyddsförbund?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö', '2008'] });
en('facts', 'What are the target areas of the development programme?', { expectAny: [['Klimat', 'Climate'], ['Infrastru'], ['Mångfald', 'Diversity']] });
en('facts', 'Who sits on the management group?', { expectAny: [['kommundirektör', 'municipal director', 'chief executive', 'city manager', 'municipal manager']] });
en('facts', 'How many municipalities are there on Södertörn?', { expectAny: [['eight', '8']] });
en('facts', 'Where is the key figures day held, and when?', { expect: ['Botkyrka', '6 October'] });
en('facts', 'what time do SK meetings start?', { expectAny: [['12.00', '12:00', 'noon', '12 pm']] });
en('facts', 'Which municipality hosts the SK meeting in April 2012?', { expect: ['Huddinge'] });
en('facts', 'Who hosts SK in January 2012?', { expect: ['Södertälje'] });
q('facts', 'Vilka exempel på utökad samverkan nämns?', { expectAny: [['receptfria', 'läkemedel'], ['explosiva']] });
en('facts', 'What does the plan say about joint ownership steering?', { expectAny: [['owner', 'ägar']] });
en('facts', 'How many people should live on Södertörn by 2025 according to the vision?', { expectAny: [['half a million', '500,000', '500 000']] });

// ================= change requests =================
c('move', 'flytta nästa LG till 27/5', { kind: 'confirm', expect: ['27 maj'] });
c('move', 'det sista SK-mötet i år ska flyttas till 15/12', { kind: 'confirm', expect: ['15 december'] });
c('move', 'höstens första LG flyttas en vecka, till 16/9', { kind: 'confirm', expect: ['16 september'] });
c('move', 'SK-mötet efter sommaren flyttas till torsdag 29/9', { kind: 'confirm', expect: ['29 september'] });
c('move', 'flytta LG fredag 14 oktober till fredagen veckan efter', { kind: 'confirm', expect: ['21 oktober'] });
cen('move', 'move the LG meeting on 20 May to 27 May', { kind: 'confirm', expect: ['27 May'] });
c('move', 'andra LG-mötet efter sommaren ska vara 21/10 istället', { kind: 'confirm', expect: ['21 oktober'] });
c('move', 'SK på torsdag flyttas till torsdag 28/4', { now: '2011-04-11T09:00:00+02:00', kind: 'confirm', expect: ['28 april'] });
C.push({ category: 'move', conversation: [
  { q: 'flytta SK 22/9 till 29/9', as: 'secretariat', kind: 'confirm', expect: ['29 september'], lang: 'sv' },
  { q: 'nej, jag menade 28/9', as: 'secretariat', kind: 'confirm', expect: ['28 september'], lang: 'sv' },
  { q: 'ja', as: 'secretariat', kind: 'confirmed', lang: 'sv' }] });
C.push({ category: 'move', conversation: [
  { q: 'flytta höstens sista LG till 18/11', as: 'secretariat', kind: 'confirm', expect: ['18 november'], lang: 'sv' },
  { q: 'nej förlåt, 2/12 menade jag', as: 'secretariat', kind: 'confirm', expect: ['2 december'], lang: 'sv' },
  { q: 'bekräfta', as: 'secretariat', kind: 'confirmed', lang: 'sv' }] });
c('host', 'salem kan inte ta SK 9/6, huddinge blir värd istället', { kind: 'confirm', expect: ['Huddinge'] });
c('host', 'nästa SK-möte får Haninge som värd', { kind: 'confirm', expect: ['Haninge'], expectAny: [['14 april']] });
cen('host', 'change the host of the December SK meeting to Södertälje', { kind: 'confirm', expect: ['Södertälje'] });
c('host', 'torsdagsmötet i november – Nykvarn tar det istället för Botkyrka', { kind: 'confirm', expect: ['Nykvarn'] });
c('host', 'ny värd för det sista SK-mötet i år: salem', { kind: 'confirm', expect: ['Salem'] });
c('cancel', 'ställ in LG 25/11', { kind: 'confirm', expect: ['25 november'] });
c('cancel', 'höstens första LG stryks', { kind: 'confirm', expect: ['9 september'] });
c('cancel', 'SK på torsdag ställs in', { now: '2011-04-11T09:00:00+02:00', kind: 'confirm', expect: ['14 april'] });
cen('cancel', 'cancel the last LG meeting before the summer', { kind: 'confirm', expect: ['20 May'] });
c('add', 'lägg till ett extra LG fredag 17 juni', { kind: 'confirm', expect: ['17 juni'] });
cen('add', 'add an extra SK meeting on Thursday 20 October in Huddinge', { kind: 'confirm', expect: ['20 October'] });
c('add', 'nytt SK-möte torsdag 18/8, värd Haninge', { kind: 'confirm', expect: ['18 augusti', 'Haninge'] });
c('budgetline', 'höj utredningar till 250 000', { kind: 'confirm', expect: ['250 000'] });
c('budgetline', 'personalposten ska vara 600 000', { kind: 'confirm', expect: ['600 000'] });
cen('budgetline', 'set the Huddinge office service line to 60 000', { kind: 'confirm', expect: ['60 000'] });
c('rotationhost', 'rådslaget 2013 tar huddinge istället för botkyrka', { kind: 'confirm', expect: ['Huddinge', '2013'] });
c('rotationhost', 'byt värd för rådslaget 2016 till salem', { kind: 'confirm', expect: ['Salem', '2016'] });
c('history', 'visa ändringar', { kind: 'history' });
cen('history', 'what has changed in the plan?', { kind: 'history' });
C.push({ category: 'confirm', conversation: [
  { q: 'ställ in SK 3/11', as: 'secretariat', kind: 'confirm', expect: ['3 november'], lang: 'sv' },
  { q: 'avbryt', as: 'secretariat', kind: 'cancelled', lang: 'sv' }] });
C.push({ category: 'confirm', conversation: [
  { q: 'flytta LG 9/9 till 2/9', as: 'secretariat', kind: 'confirm', expect: ['2 september'], lang: 'sv' },
  { q: 'ok kör', as: 'secretariat', kind: 'confirmed', lang: 'sv' },
  { q: 'visa ändringar', as: 'secretariat', kind: 'history', lang: 'sv' }] });
C.push({ category: 'confirm', conversation: [
  { q: 'move the December SK to 15 December', as: 'secretariat', kind: 'confirm', expect: ['15 December'], lang: 'en' },
  { q: 'no', as: 'secretariat', kind: 'cancelled', lang: 'en' }] });
c('missing', 'flytta mötet', { kind: 'clarify' });
c('missing', 'flytta LG-mötet', { kind: 'clarify' });
c('missing', 'ändra budgeten', { kind: 'clarify' });
c('missing', 'ny värd för SK 22/9', { kind: 'clarify' });
c('missing', 'lägg till ett LG-möte', { kind: 'clarify' });
cen('missing', 'cancel the meeting', { kind: 'clarify' });
c('missing', 'höj utredningar', { kind: 'clarify' });
// members
c('refused', 'flytta SK 14/4 till 15/4', { as: 'member', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
c('refused', 'byt värd för rådslaget 2014 till haninge', { as: 'member', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
cen('refused', 'cancel the LG on 20 May', { as: 'member', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
c('refused', 'höj personalbudgeten till 700 000', { as: 'member', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
c('refused', 'nästa LG ska vara i tyresö, ändra det', { as: 'member', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
// secretariat questions (not commands)
c('facts', 'när är LG i maj?', { expect: ['20 maj'] });
c('facts', 'vem är värd för sista SK i år?', { expect: ['Tyresö'] });
c('facts', 'vilket datum har höstens första LG?', { expect: ['9 september'] });
cen('facts', 'when is the SK meeting after the summer?', { expect: ['22 September'] });
c('facts', 'hur mycket ligger utredningsposten på nu?', { expect: ['230 000'] });
c('facts', 'vilken veckodag är nyckeltalsdagen?', { expectAny: [['torsdag']] });

const out = (name, description, items) => fs.writeFileSync(path.join(__dirname, name),
  JSON.stringify({ description, defaultNow: NOW, items }, null, 2));
out('pool-questions.json', 'Round 30 writer an: questions (communications officer, relative-time member, mixed)', Q);
out('pool-commands.json', 'Round 30 writer an: change requests (secretariat relative references, corrections, members)', C);
console.log('questions', Q.length, 'commands', C.length);

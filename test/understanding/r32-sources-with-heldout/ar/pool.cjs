// Round 32, writer "ar": question pool from verksamhetsplan-2011.txt only.
// Personas: Nykvarn economist (budget), civics teacher (facts/list/why), secretariat (multi-step, corrections).
const fs = require('fs');
const path = require('path');

const NOW = '2011-04-07T10:00:00+02:00';
const NIP = ['notInPlan', 'cannot'];
const SEK = [['sekretariat', 'secretariat']];
const NOON = ['12.00', '12:00'];
const EIGHT30 = ['08.30', '8.30', '08:30', '8:30'];

function q(category, text, o = {}) {
  const lang = o.lang || 'sv';
  const it = { category, q: text, lang };
  for (const k of ['expect', 'expectAny', 'expectNot', 'startsWith', 'kind', 'locale', 'now', 'as']) {
    if (o[k] !== undefined) it[k] = o[k];
  }
  return it;
}
const en = (o = {}) => Object.assign({ lang: 'en' }, o);
function conv(category, turns, o = {}) {
  const it = { category, conversation: turns.map(t => Object.assign({ lang: 'sv' }, t)) };
  if (o.now) it.now = o.now;
  if (o.as) { it.as = o.as; it.conversation.forEach(t => { if (!t.as) t.as = o.as; }); }
  if (o.locale) it.locale = o.locale;
  return it;
}

const questions = [];
const Q = (...a) => questions.push(q(...a));

// ---------------- rotation ----------------
Q('rotation', 'vem är värd för rådslaget 2014?', { expect: ['Tyresö'] });
Q('rotation', 'rådslaget 2016 var?', { expect: ['Haninge'] });
Q('rotation', 'När är det Nykvarns tur att stå värd för rådslaget?', { expect: ['2017'] });
Q('rotation', 'which municipality is hosting the rådslag in 2012?', en({ expect: ['Nynäshamn'] }));
Q('rotation', 'vem har rådslaget nästa år', { expect: ['Nynäshamn'] });
Q('rotation', 'vilket år är Huddinge värdkommun för Södertörns rådslag?', { expect: ['2018'] });
Q('rotation', 'Who hosts the rådslag the year after Tyresö?', en({ expect: ['Södertälje'], expectAny: [['2015']] }));
Q('rotation', 'i rådslagsrotationen, vem är värd året före haninge?', { expect: ['Södertälje'] });
Q('rotation', 'Räknat från i år – hur många år dröjer det innan Nykvarn får rådslaget hos oss?', { expect: ['2017'], expectAny: [['6', 'sex']] });
Q('rotation', 'When is Botkyrka host for the Södertörn rådslag?', en({ expect: ['2013'] }));
Q('rotation', 'Kan du lista hela värdrotationen för rådslaget, år för år, så att eleverna ser ordningen?', {
  expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge', '2011', '2018'] });
Q('rotation', 'vilka kommuner har rådslaget 2013-2015?', { expect: ['Botkyrka', 'Tyresö', 'Södertälje'] });
Q('rotation', 'vem är värd för årets rådslag?', { now: '2012-06-01T09:00:00+02:00', expect: ['Nynäshamn'], expectNot: ['Salem'] });

// ---------------- budget (economist) ----------------
Q('budget', 'hur stor andel av budgeten går till personal?', { expectAny: [['67', '68']] });
Q('budget', 'personal per månad?', { expectAny: [['48 333']] });
Q('budget', 'om avgifterna delas lika mellan de åtta kommunerna, vad blir det per kommun?', { expect: ['107 500'] });
Q('budget', 'Nykvarns del per månad om 860 tkr delas lika på åtta kommuner', { expectAny: [['8 958']] });
Q('budget', 'vad blir kvar av intäkterna om man drar av personalkostnaden?', { expect: ['280 000'] });
Q('budget', 'skillnad personal vs utredningar/konsultstöd?', { expect: ['350 000'] });
Q('budget', 'vilken kostnadspost är minst?', { expect: ['50 000'], expectAny: [['kontorsservice', 'Huddinge']] });
Q('budget', 'största kostnaden i budgeten 2011', { expect: ['580 000'], expectAny: [['personal']] });
Q('budget', 'utredningar och konsultstöd per kvartal, om det fördelas jämnt', { expect: ['57 500'] });
Q('budget', 'totala kostnader per månad?', { expectAny: [['71 666', '71 667']] });
Q('budget', 'How big is the total budget for 2011?', en({ expect: ['860 000'] }));
Q('budget', 'What share of the costs goes to investigations and consultant support?', en({ expectAny: [['26', '27']] }));
Q('budget', 'personal + ersättningen till huddinge tillsammans?', { expect: ['630 000'] });
Q('budget', 'Om utredningsposten skärs ned med 80 000, vad återstår då på den raden?', { expect: ['150 000'] });
Q('budget', 'If one of the eight left and the 860 000 was split on seven municipalities, how much would each pay?', en({ expectAny: [['122 857']] }));
Q('budget', 'hur mycket är ersättningen till Huddinge för kontorsservice per månad', { expectAny: [['4 166', '4 167']] });
Q('budget', 'utredningar i tkr?', { expect: ['230'] });
Q('budget', 'hur stor andel av kostnaderna är ersättningen till Huddinge kommun? i procent', { expectAny: [['5,8', '5.8', '6 %', '6%', '6 procent']] });
Q('budget', 'Vilka intäkter finns i budgeten?', { expect: ['860 000'], expectAny: [['avgift']] });
Q('budget', 'How much is left on the consultant line after the first half-year, if the spending is even?', en({ expect: ['115 000'] }));
Q('budget', 'kostnaderna utom personal, per kvartal?', { expect: ['70 000'] });
Q('budget', 'Please say me the budget for the consultants and investigations', en({ expect: ['230 000'] }));

// ---------------- yesno ----------------
Q('yesno', 'Är Nykvarn värd för SK 14/4?', { startsWith: 'Ja', expect: ['Nykvarn'] });
Q('yesno', 'ingår Salem i överförmyndarnämnden?', { startsWith: 'Nej' });
Q('yesno', 'Är SK-mötena på torsdagar?', { startsWith: 'Ja' });
Q('yesno', 'Does the LG meet on Fridays?', en({ startsWith: 'Yes' }));
Q('yesno', 'Går budgeten 2011 jämnt ut?', { startsWith: 'Ja', expect: ['860 000'] });
Q('yesno', 'har årets rådslag redan varit?', { startsWith: 'Ja', expect: ['24 mars'] });
Q('yesno', 'Är Södertörnskonferensen en heldag?', { startsWith: 'Ja' });
Q('yesno', 'Does Huddinge provide the secretariat for the committee?', en({ startsWith: 'Yes' }));
Q('yesno', 'Is Nykvarn member in the miljö- och hälsoskyddsförbund?', en({ startsWith: 'No' }));
Q('yesno', 'är nyckeltalsdagen i Botkyrka?', { startsWith: 'Ja', expect: ['6 oktober'] });
Q('yesno', 'är det SK nästa torsdag?', { startsWith: 'Ja', expect: ['14 april', 'Nykvarn'] });
Q('yesno', 'Hålls Södertörnskonferensen före nyckeltalsdagen?', { startsWith: 'Ja', expect: ['1 september', '6 oktober'] });
Q('yesno', 'Is there any LG meeting in June?', en({ startsWith: 'No' }));

// ---------------- premise (false premises) ----------------
Q('premise', 'varför är Botkyrka värd för SK 9/6?', { expect: ['Salem'] });
Q('premise', 'Stämmer det att SK 22/9 är i Tyresö?', { startsWith: 'Nej', expect: ['Nynäshamn'] });
Q('premise', 'Är LG-mötet 20/5 en torsdag?', { startsWith: 'Nej', expect: ['fredag'] });
Q('premise', 'Is it correct that Södertälje hosts the rådslag in 2014?', en({ startsWith: 'No', expect: ['Tyresö'] }));
Q('premise', 'Är det Tyresö som är värdkommun för överförmyndarnämnden?', { startsWith: 'Nej', expect: ['Haninge'] });
Q('premise', 'Startade miljö- och hälsoskyddsförbundet 2011?', { startsWith: 'Nej', expect: ['2008'] });
Q('premise', 'The fees from the municipalities are 1 million, right?', en({ startsWith: 'No', expect: ['860 000'] }));
Q('premise', 'Är visionen att Södertörn ska ha en miljon invånare 2025?', { startsWith: 'Nej', expect: ['halv miljon'] });
Q('premise', 'hålls rådslaget 2011 i Huddinge?', { startsWith: 'Nej', expect: ['Salem'] });
Q('premise', 'Was the SK planning conference on 31 March?', en({ startsWith: 'No', expect: ['27', 'January'] }));
Q('premise', 'Varför hålls nyckeltalsdagen i Huddinge i år?', { expect: ['Botkyrka'] });
Q('premise', 'Ligger personalposten på 680 000?', { startsWith: 'Nej', expect: ['580 000'] });
Q('premise', 'Why is the Södertörn conference in Salem this year?', en({ expect: ['Huddinge', 'Tyresö'] }));
Q('premise', 'Is it so that the LG meets on thursdays?', en({ startsWith: 'No', expectAny: [['Friday']] }));

// ---------------- offplan ----------------
Q('offplan', 'boka ett rum i Nykvarns kommunhus till SK 14/4', { kind: NIP });
Q('offplan', 'skicka kallelse till LG inför 20/5', { kind: NIP });
Q('offplan', 'vem är kommunstyrelseordförande i Salem?', { kind: NIP });
Q('offplan', 'Vad kostar lunchen på Södertörnskonferensen?', { kind: NIP });
Q('offplan', 'vad står på dagordningen för SK 14/4?', { kind: NIP });
Q('offplan', 'What is the address of the meeting place in Nykvarn?', en({ kind: NIP }));
Q('offplan', 'hur stor blir budgeten 2012?', { kind: NIP });
Q('offplan', 'ring Botkyrkas kommundirektör och kolla om 3/11 funkar', { kind: NIP });
Q('offplan', 'Can you send me the minutes from the planning conference?', en({ kind: NIP }));
Q('offplan', 'vilka kommuner är med i brandförsvarsförbundet?', { kind: NIP });
Q('offplan', 'Which hotel I should book for the Södertörn conference?', en({ kind: NIP }));

// ---------------- topic (right one of two similar things) ----------------
Q('topic', 'när var samarbetskommitténs planeringskonferens?', { expect: ['27', 'januari'], expectNot: ['31 mars'] });
Q('topic', 'ledningsgruppens planeringskonferens – när?', { expect: ['31 mars'], expectAny: [['1 april']], expectNot: ['28 januari'] });
Q('topic', 'När är Södertörnskonferensen?', { expect: ['1 september'], expectNot: ['6 oktober', '24 mars'] });
Q('topic', 'Förklara skillnaden mellan Södertörnskonferensen och Södertörns rådslag – vilka deltar i vad?', {
  expectAny: [['partier', 'politiska'], ['högskola', 'KTH', 'Handelskammaren', 'Företagarna']] });
Q('topic', 'Vad ingår i ersättningen till Huddinge kommun?', { expect: ['kontorsservice'], expectAny: [['arbetsrum']] });
Q('topic', 'Vad är ledningsgruppens syfte?', { expectAny: [['förbereda'], ['samordna']] });
Q('topic', 'Vad syftar verksamhetsfrågorna till?', { expect: ['effektivisera'] });
Q('topic', 'what is the purpose of the regional development issues, as a cooperation area?', en({ expectAny: [['as a region', 'develop Södertörn']] }));
Q('topic', 'Vilket styrdokument gäller för verksamhetsfrågorna?', { expect: ['verksamhetsplan'] });
Q('topic', 'vilket förbund tar hand om explosiva varor?', { expect: ['brandförsvarsförbund'] });
Q('topic', 'vem sköter kontrollen av receptfria läkemedel i haninge?', { expect: ['miljö- och hälsoskyddsförbund'], expectNot: ['brandförsvarsförbund'] });
Q('topic', 'When is the key figures day – not the conference, the nyckeltal one?', en({ expect: ['6 October', 'Botkyrka'], expectNot: ['1 September'] }));
Q('topic', 'vilka tider gäller för LG resp SK?', { expectAny: [EIGHT30, NOON, ['15.00', '15:00'], ['13.00', '13:00']] });
Q('topic', 'What is the aim of the committee itself, not of the LG?', en({ expectAny: [['regional development']] }));

// ---------------- period ----------------
Q('period', 'vilka SK-möten är det i höst?', { expect: ['22 september', '3 november', '8 december'] });
Q('period', 'LG efter sommaren?', { expect: ['9 september', '14 oktober', '25 november'] });
Q('period', 'sista SK-mötet i år', { expect: ['8 december', 'Tyresö'] });
Q('period', 'första LG-mötet efter semestern', { expect: ['9 september'], expectNot: ['14 oktober'] });
Q('period', 'What happens in October?', en({ expect: ['6 October', '14 October'] }));
Q('period', 'vad händer i september', { expect: ['1 september', '9 september', '22 september'] });
Q('period', 'vilka LG-möten låg första halvåret?', { expect: ['21 januari', '20 maj'], expectAny: [['31 mars']] });
Q('period', 'Which SK meetings are left this spring?', en({ expect: ['14 April', '9 June'], expectNot: ['22 September'] }));
Q('period', 'nästa LG?', { expect: ['20 maj'] });
Q('period', 'nästa SK-möte', { now: '2011-10-01T09:00:00+02:00', expect: ['3 november', 'Botkyrka'] });
Q('period', 'vilka möten är det i december?', { expect: ['8 december'], expectNot: ['25 november'] });
Q('period', 'What is the first SK meeting in 2012?', en({ expect: ['Södertälje'], expectAny: [['January', 'Jan']] }));
Q('period', 'hur många SK-möten återstår i år?', { expectAny: [['5', 'fem']] });
Q('period', 'nästa möte i ledningsgruppen?', { now: '2011-11-10T09:00:00+01:00', expect: ['25 november'] });

// ---------------- followup (2–3 turns) ----------------
const C = (...a) => questions.push(conv(...a));
C('followup', [
  { q: 'när är nästa SK?', expect: ['14 april', 'Nykvarn'] },
  { q: 'och nästa efter det?', expect: ['9 juni', 'Salem'] },
]);
C('followup', [
  { q: 'vem är värd för rådslaget 2013?', expect: ['Botkyrka'] },
  { q: 'och året innan?', expect: ['Nynäshamn'] },
  { q: '2018 då?', expect: ['Huddinge'] },
]);
C('followup', [
  { q: 'när är nyckeltalsdagen?', expect: ['6 oktober'] },
  { q: 'var hålls den?', expect: ['Botkyrka'] },
]);
C('followup', [
  { q: 'hur mycket är personalposten?', expect: ['580 000'] },
  { q: 'och per månad?', expectAny: [['48 333']] },
  { q: 'hur stor andel av totalen är det?', expectAny: [['67', '68']] },
]);
C('followup', [
  { q: 'When is the Södertörn conference?', expect: ['1 September'], lang: 'en' },
  { q: 'Who is hosting it?', expect: ['Huddinge', 'Tyresö'], lang: 'en' },
]);
C('followup', [
  { q: 'SK 22/9 – vem är värd?', expect: ['Nynäshamn'] },
  { q: 'vilken tid?', expectAny: [NOON] },
]);
C('followup', [
  { q: 'Vilka kommuner ingår i Södertörns överförmyndarnämnd?', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
  { q: 'Och vilken av dem är värdkommun?', expect: ['Haninge'] },
  { q: 'sedan när gäller samarbetet?', expect: ['1 januari 2011'] },
]);
C('followup', [
  { q: 'vilka kommuner bildade miljö- och hälsoskyddsförbundet?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
  { q: 'när startade det?', expect: ['2008'] },
]);
C('followup', [
  { q: 'When does the LG meet in the autumn?', expect: ['9 September', '14 October', '25 November'], lang: 'en' },
  { q: 'and what time?', expectAny: [EIGHT30], lang: 'en' },
]);
C('followup', [
  { q: 'Vad är visionen för 2025?', expect: ['halv miljon'] },
  { q: 'Hur många invånare har Södertörn i dag då?', expect: ['430 000'] },
]);
C('followup', [
  { q: 'Vilka målområden finns i Södertörns UtvecklingsProgram 2010?', expect: ['Klimat', 'Infrastruktur'], expectAny: [['Näringsliv'], ['Mångfald']] },
  { q: 'och hur många konkreta utvecklingsfrågor hör till dem?', expectAny: [['fem', '5']] },
]);
C('followup', [
  { q: 'vilka deltar i rådslaget?', expect: ['KTH', 'Handelskammaren'], expectAny: [['Södertörns högskola']] },
  { q: 'var var det i år?', expect: ['Salem'] },
  { q: 'vilket datum?', expect: ['24 mars'] },
]);
C('followup', [
  { q: 'utredningar, konsultstöd – hur mycket?', expect: ['230 000'] },
  { q: 'och delat per kvartal?', expect: ['57 500'] },
]);
C('followup', [
  { q: 'What is the budget line for compensation to Huddinge?', expect: ['50 000'], lang: 'en' },
  { q: 'And what it is covering?', expectAny: [['office', 'kontorsservice']], lang: 'en' },
]);
C('followup', [
  { q: 'Är Tyresö värd för SK 8/12?', startsWith: 'Ja' },
  { q: 'och för Södertörnskonferensen?', startsWith: 'Ja', expect: ['Huddinge'] },
]);
C('followup', [
  { q: 'nästa LG?', expect: ['9 september'] },
  { q: 'och SK efter det?', expect: ['22 september', 'Nynäshamn'] },
], { now: '2011-09-05T09:00:00+02:00' });

// ---------------- typo ----------------
Q('typo', 'när träffas ledingsgruppen efter sommarn?', { expect: ['9 september'] });
Q('typo', 'SK-motet i juni, vem e värd', { expect: ['Salem'] });
Q('typo', 'nyckletalsdagen datum?', { expect: ['6 oktober'] });
Q('typo', 'vem har rådslgaet 2017', { expect: ['Nykvarn'] });
Q('typo', 'överförmydarnämnden vilka kommuner', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] });
Q('typo', 'södertörnskonfernsen när', { expect: ['1 september'] });
Q('typo', 'LG-datumen i höstas.. nej i höst menar jag', { expect: ['9 september', '14 oktober', '25 november'] });
Q('typo', 'budgetn för persnal?', { expect: ['580 000'] });
Q('typo', 'samarbetskomitens planeringskonf', { expect: ['januari'], expectAny: [['27']] });
Q('typo', 'miljö o hälsoskydsförbundet startade när', { expect: ['2008'] });
Q('typo', 'Hwo hosts the SK in novmber?', en({ expect: ['Botkyrka'] }));

// ---------------- language (locale decides) ----------------
Q('language', 'SK 3/11 värd?', { locale: 'en-GB', lang: 'en', expect: ['Botkyrka'] });
Q('language', 'SK 3/11 värd?', { locale: 'sv-SE', lang: 'sv', expect: ['Botkyrka'] });
Q('language', 'ÖFN?', { locale: 'en-GB', lang: 'en', expect: ['Haninge'] });
Q('language', 'kostnader?', { locale: 'en-US', lang: 'en', expect: ['580 000', '50 000', '230 000'] });
Q('language', 'rådslaget 2015', { lang: 'sv', expect: ['Södertälje'] });
Q('language', 'LG 20/5', { locale: 'en-GB', lang: 'en', expect: ['20 May'] });
Q('language', 'nyckeltal 6/10', { locale: 'sv-SE', lang: 'sv', expect: ['Botkyrka'] });
Q('language', 'Vision 2025', { locale: 'en-GB', lang: 'en', expectAny: [['half a million', 'half million', '500 000']] });

// ---------------- facts (whole plan) ----------------
Q('facts', 'Vilka kommuner ingår i Södertörnssamarbetet?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö'] });
Q('facts', 'Kan du förklara vad Södertörns rådslag är och vilka som deltar i det?', { expect: ['Handelskammaren'], expectAny: [['Företagarna'], ['KTH'], ['Karolinska']] });
Q('facts', 'Vilka förhållningssätt ska samverkan kännetecknas av? Jag vill ha alla punkterna.', { expect: ['gemensamma nyttan', 'ledarskap'], expectAny: [['demokratiska processen'], ['ge och få']] });
Q('facts', 'What is the vision for 2025?', en({ expectAny: [['half a million', 'half million', '500 000']] }));
Q('facts', 'Vilka regionala organ samordnar kommunerna sina insatser i?', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] });
Q('facts', 'Vilka infrastruktursatsningar nämns i verksamhetsplanen?', { expect: ['väg 73', 'Nynäsbanan', 'Södertörnsleden'], expectAny: [['E4']] });
Q('facts', 'Inom vilka områden har samarbetet mellan kommunerna gamla traditioner?', { expectAny: [['gymnasie'], ['räddningstjänst'], ['återvinning', 'energi']] });
Q('facts', 'Which companies are mentioned as examples of strong business in Södertörn?', en({ expect: ['Scania'], expectAny: [['Astra Zeneca', 'AstraZeneca'], ['Karolinska']] }));
Q('facts', 'Vilka sitter i samarbetskommittén?', { expectAny: [['kommunstyrelseordf', 'ordförande']] });
Q('facts', 'Who sits in the ledningsgrupp?', en({ expectAny: [['director', 'kommundirektör']] }));
Q('facts', 'Vad är syftet med samverkan på Södertörn?', { expectAny: [['regionala utveckling', 'regional utveckling'], ['hemkommun']] });
Q('facts', 'Inom vilka två huvudområden bedrivs samverkan?', { expectAny: [['regionala utvecklingsfrågor', 'Regionala utvecklingsfrågor'], ['verksamhetsfrågor']] });
Q('facts', 'När fastställdes Södertörns UtvecklingsProgram 2010?', { expect: ['hösten 2010'] });
Q('facts', 'vilka är de viktigaste regionala utvecklingsfrågorna enligt utvecklingsprogrammet?', { expect: ['utbildningsnivån'], expectAny: [['kunskapsintensivt'], ['klimateffektivt'], ['infrastruktur']] });
Q('facts', 'Varför ska mer tid läggas på de regionala utvecklingsfrågorna under 2011 än på verksamhetsfrågorna?', { expectAny: [['handlingsplan'], ['hösten 2010', 'UtvecklingsProgram']] });
Q('facts', 'Vad säger planen om gemensam upphandling?', { expectAny: [['offentlig upphandling', 'LOU'], ['varor och tjänster']] });
Q('facts', 'Who takes part in the Södertörn conference?', en({ expectAny: [['parties', 'partier']] }));
Q('facts', 'What is nyckeltal Södertörn?', en({ expectAny: [['follow', 'autumn', 'uppföljning']] }));
Q('facts', 'Förklara vad gemensam ägarstyrning innebär.', { expectAny: [['ägardialog'], ['bolagsordning', 'förbunds']] });
Q('facts', 'vad är omvärldsbevakning i planen?', { expect: ['kontaktnät'] });
Q('facts', 'What time does the LG meet?', en({ expectAny: [EIGHT30, ['13.00', '13:00', '1 pm', '1 p.m.']] }));
Q('facts', 'What is "The Capital of Scandinavia" in the plan?', en({ expect: ['Stockholm'] }));
Q('facts', 'vilka deltar vid kommitténs möten förutom ordförandena?', { expectAny: [['kommundirektör']] });
Q('facts', 'Vilka gemensamma organ nämns i planen? Jag vill ha alla.', { expectAny: [['överförmyndarnämnd'], ['miljö- och hälsoskyddsförbund'], ['brandförsvarsförbund']] });
Q('facts', 'Vad ska kommunerna göra när riksdagen ger dem nya uppgifter?', { expectAny: [['enskilt'], ['samverkansorgan']] });
Q('facts', 'When was the LG planning conference and how long was it?', en({ expectAny: [['31 March'], ['lunch']] }));
Q('facts', 'Where is the SK in December?', en({ expect: ['Tyresö', '8 December'] }));
Q('facts', 'Where was the SK meeting in January?', en({ expect: ['Haninge'], expectAny: [['27']] }));
Q('facts', 'Vem är värd för SK i april 2012?', { expect: ['Huddinge'] });
Q('facts', 'Vilken extra uppgift har miljö- och hälsoskyddsförbundet fått?', { expect: ['receptfria läkemedel'] });
Q('facts', 'When it is the next meeting of the leading group?', en({ expect: ['20 May'] }));
Q('facts', 'How many times in a year the committee is meeting?', en({ expectAny: [['six', '6']] }));
Q('facts', 'What means "gå före" in the plan?', en({ expectAny: [['leadership', 'ledarskap']] }));
Q('facts', 'In which commune is the key number day this year?', en({ expect: ['Botkyrka'] }));
Q('facts', 'What is the meaning with the rådslag, why do they have it?', en({ expectAny: [['Södertörn'], ['university', 'högskola', 'KTH', 'Chamber', 'Handelskammaren']] }));
Q('facts', 'Can you tell me which communes are in the ÖFN?', en({ expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }));
Q('facts', 'Which are the four goal areas in the development programme?', en({ expectAny: [['climate', 'Klimat'], ['infrastructure', 'Infrastruktur'], ['diversity', 'Mångfald']] }));

// =====================================================================
// Change requests
const commands = [];
const K = (...a) => commands.push(q(...a));
const KC = (...a) => commands.push(conv(...a));
const S = { as: 'secretariat' };
const M = { as: 'member' };
const s = o => Object.assign({ as: 'secretariat' }, o);
const m = o => Object.assign({ as: 'member' }, o);

// secretariat – complete requests → confirm
K('move', 'flytta LG 20/5 till 26/5, nej 27/5', s({ kind: 'confirm', expect: ['27 maj'], expectNot: ['26 maj'] }));
K('move', 'SK 22/9 måste flyttas till torsdagen efter, 29/9', s({ kind: 'confirm', expect: ['29 september'] }));
K('move', 'move the LG meeting on 20 May to 27 May', s({ kind: 'confirm', lang: 'en', expect: ['27 May'] }));
K('move', 'flytta SK 8/12 till 1/12... nej förresten 15/12 blir bättre', s({ kind: 'confirm', expect: ['15 december'], expectNot: ['1 december'] }));
K('move', 'Södertörnskonferensen flyttas från 1 sep till 8 sep', s({ kind: 'confirm', expect: ['8 september'] }));
K('move', 'nyckeltalsdagen 6/10 -> 20/10', s({ kind: 'confirm', expect: ['20 oktober'] }));
K('host', 'Nytt värdskap för SK 3/11: Huddinge istället för Botkyrka', s({ kind: 'confirm', expect: ['Huddinge'] }));
K('host', 'tyresö kan inte ta 8/12, lägg det i haninge', s({ kind: 'confirm', expect: ['Haninge'] }));
K('host', 'please change the host of the SK on 9 June to Södertälje', s({ kind: 'confirm', lang: 'en', expect: ['Södertälje'] }));
K('cancel', 'ställ in LG 14/10', s({ kind: 'confirm', expect: ['14 oktober'] }));
K('cancel', 'cancel the LG meeting 9 September, we skip it this year', s({ kind: 'confirm', lang: 'en', expect: ['9 September'] }));
K('add', 'lägg till ett extra LG-möte fredag 17/6 kl 08.30', s({ kind: 'confirm', expect: ['17 juni'] }));
K('add', 'vi behöver ett extra SK torsdag 20/10 i Salem, lägg in det', s({ kind: 'confirm', expect: ['20 oktober'] }));
K('budgetline', 'höj utredningar, konsultstöd till 250 000', s({ kind: 'confirm', expect: ['250 000'] }));
K('budgetline', 'sänk personal till 560 tkr', s({ kind: 'confirm', expect: ['560 000'] }));
K('budgetline', 'set the compensation to Huddinge for office services to 60 000', s({ kind: 'confirm', lang: 'en', expect: ['60 000'] }));
K('rotationhost', 'rådslaget 2013 ska vara i Huddinge istället', s({ kind: 'confirm', expect: ['Huddinge'] }));
K('rotationhost', 'byt värd för rådslaget 2016 till Salem, nej vänta, till Nykvarn', s({ kind: 'confirm', expect: ['Nykvarn'] }));
K('history', 'visa ändringar', s({ kind: 'history' }));
K('history', 'what has changed in the plan?', s({ kind: 'history', lang: 'en' }));

// secretariat – incomplete → clarify
K('missing', 'flytta LG-mötet', s({ kind: 'clarify' }));
K('missing', 'ändra budgetposten för personal', s({ kind: 'clarify' }));
K('missing', 'byt värd för SK', s({ kind: 'clarify' }));
K('missing', 'flytta mötet till 30/9', s({ kind: 'clarify' }));
K('missing', 'move the SK meeting please', s({ kind: 'clarify', lang: 'en' }));

// secretariat – conversations: confirm / cancel / history / undo
KC('confirm', [
  { q: 'flytta LG 25/11 till 2/12', kind: 'confirm', expect: ['2 december'] },
  { q: 'ja', kind: 'confirmed' },
], S);
KC('confirm', [
  { q: 'ändra värd för SK 9/6 till Nykvarn', kind: 'confirm', expect: ['Nykvarn'] },
  { q: 'avbryt', kind: 'cancelled' },
], S);
KC('confirm', [
  { q: 'utredningar och konsultstöd ska vara 200 000', kind: 'confirm', expect: ['200 000'] },
  { q: 'ok kör', kind: 'confirmed' },
  { q: 'visa ändringar', kind: 'history', expect: ['200 000'] },
], S);
KC('confirm', [
  { q: 'flytta LG 9/9 till 16/9', kind: 'confirm', expect: ['16 september'] },
  { q: 'nej', kind: 'cancelled' },
], S);
KC('confirm', [
  { q: 'move SK 22 September to 29 September', kind: 'confirm', lang: 'en', expect: ['29 September'] },
  { q: 'confirm', kind: 'confirmed', lang: 'en' },
], S);
KC('confirm', [
  { q: 'flytta LG 20/5 till 27/5', kind: 'confirm', expect: ['27 maj'] },
  { q: 'bekräfta', kind: 'confirmed' },
  { q: 'ångra det, det blir 20/5 ändå', expectAny: [['20 maj', 'ångra', 'återställ']] },
], S);
KC('confirm', [
  { q: 'ställ in SK 3/11', kind: 'confirm', expect: ['3 november'] },
  { q: 'ja', kind: 'confirmed' },
  { q: 'vad har ändrats hittills?', kind: 'history', expect: ['3 november'] },
], S);

// members → refused
K('refused', 'flytta SK 14/4 till 15/4', m({ kind: 'refused', expectAny: SEK }));
K('refused', 'ändra personal till 600 000', m({ kind: 'refused', expectAny: SEK }));
K('refused', 'cancel LG 25 November', m({ kind: 'refused', lang: 'en', expectAny: SEK }));
K('refused', 'byt rådslagsvärd 2012 till Nykvarn', m({ kind: 'refused', expectAny: SEK }));
K('refused', 'lägg till ett SK-möte 20/10', m({ kind: 'refused', expectAny: SEK }));
K('refused', 'Botkyrka tar inte 3/11, ge värdskapet till Salem', m({ kind: 'refused', expectAny: SEK }));

// questions that look like commands (secretariat / member) – answered as questions
K('period', 'när är LG i maj?', s({ expect: ['20 maj'] }));
K('facts', 'visa nästa SK', s({ expect: ['14 april', 'Nykvarn'] }));
K('budget', 'lista budgetposterna', s({ expect: ['580 000', '50 000', '230 000'] }));
K('facts', 'kolla vem som är värd 22/9', s({ expect: ['Nynäshamn'] }));
K('facts', 'ta fram datum för nyckeltalsdagen', s({ expect: ['6 oktober'] }));
K('rotation', 'show me the rådslag host for 2014', s({ lang: 'en', expect: ['Tyresö'] }));
K('facts', 'ge mig tiderna för ledningsgruppen', m({ expectAny: [EIGHT30] }));

const out = (file, description, items) => fs.writeFileSync(path.join(__dirname, file),
  JSON.stringify({ description, defaultNow: NOW, items }, null, 2) + '\n');
out('pool-questions.json', 'Round 32 writer ar: questions (economist, civics teacher, secretariat; followups; Danish/Finnish English; false premises)', questions);
out('pool-commands.json', 'Round 32 writer ar: change requests (secretariat, members, command-like questions)', commands);

function stats(items) {
  const c = {}, l = {};
  for (const it of items) {
    c[it.category] = (c[it.category] || 0) + 1;
    const lg = it.lang || (it.conversation && it.conversation[0].lang);
    l[lg] = (l[lg] || 0) + 1;
  }
  return { n: items.length, c, l };
}
console.log(JSON.stringify({ questions: stats(questions), commands: stats(commands) }, null, 1));

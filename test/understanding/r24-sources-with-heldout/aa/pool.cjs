// Round 24 pool, writer "aa". Source: /work/shared/plan/verksamhetsplan-2011.txt only.
// Personas: (1) Haninge kommundirektörens assistent (LG-agenda, multi-questions, lists, follow-ups)
//           (2) Finnish-born controller at Södertälje (non-native Swedish / English, budget arithmetic)
// Commands: the secretariat's economist (budget lines, amounts in many notations, moves/cancels with reasons).
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';

const T12 = ['12.00', '12:00'];
const T15 = ['15.00', '15:00'];
const T0830 = ['8.30', '8:30'];
const T13 = ['13.00', '13:00'];
const NIP = ['notInPlan', 'cannot'];

function Q(category, q, o = {}) { return Object.assign({ category, q }, o); }
function C(category, turns, o = {}) { return Object.assign({ category, conversation: turns }, o); }
function T(q, o = {}) { return Object.assign({ q }, o); }

const questions = [
  // ---------------- rotation (rådslag rotation) ----------------
  Q('rotation', 'vem har rådslaget 2013?', { expect: ['Botkyrka'], lang: 'sv' }),
  Q('rotation', 'rådslag 2016 värd', { expect: ['Haninge'], lang: 'sv', locale: 'sv-SE' }),
  Q('rotation', 'Which municipality hosts the rådslag in 2017?', { expect: ['Nykvarn'], lang: 'en' }),
  Q('rotation', 'när är södertälje värd för rådslaget, vilket år?', { expect: ['2015'], lang: 'sv' }),
  Q('rotation', 'who is hosting the rådslag next year?', { expect: ['Nynäshamn'], expectNot: ['Botkyrka'], lang: 'en' }),
  Q('rotation', 'till LG-underlaget:\n- värd rådslaget 2014\n- värd rådslaget 2015', { expect: ['Tyresö', 'Södertälje'], lang: 'sv' }),
  Q('rotation', 'vilket år är Haninge värdkommun för rådslaget nästa gång?', { expect: ['2016'], lang: 'sv' }),
  Q('rotation', 'Rådslaget efter Tyresös år – vem tar det?', { expect: ['Södertälje'], lang: 'sv' }),
  Q('rotation', 'Does Tyresö host the rådslag before or after Botkyrka?', { expect: ['2013', '2014'], expectAny: [['after']], lang: 'en' }),
  Q('rotation', 'vem var värd för rådslaget i år och vem tar över nästa år?', { expect: ['Salem', 'Nynäshamn'], lang: 'sv' }),
  Q('rotation', 'rådslag värdkommuner hela listan 2011-2018 tack', { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'], lang: 'sv' }),

  // ---------------- budget ----------------
  Q('budget', 'mycket pengar är kvar när personal är betalt?', { expect: ['280 000'], lang: 'sv' }),
  Q('budget', 'om avgift delas lika på alla kommuner, mycket betalar Södertälje?', { expect: ['107 500'], lang: 'sv' }),
  Q('budget', 'kostnader totalt per månad blir hur mycket?', { expectAny: [['71 666', '71 667']], lang: 'sv' }),
  Q('budget', 'personal per kvartal?', { expect: ['145 000'], lang: 'sv', locale: 'sv-SE' }),
  Q('budget', 'How big share of the total costs is personnel, in percent?', { expectAny: [['67', '68']], lang: 'en' }),
  Q('budget', 'skillnad mellan personal och utredningar i budget är?', { expect: ['350 000'], lang: 'sv' }),
  Q('budget', 'vilken är största kostnadsposten?', { expect: ['580 000'], expectAny: [['personal']], lang: 'sv' }),
  Q('budget', 'Which cost line is the smallest?', { expect: ['50 000'], expectAny: [['Huddinge']], lang: 'en' }),
  Q('budget', 'intäkter minus kostnader, blir det något överskott 2011?', { expect: ['860 000'], expectAny: [['balans', 'noll', 'går jämnt', 'går ihop', 'inget överskott', 'inte något överskott', 'inget resultat', 'överskott på 0', 'överskottet är 0']], lang: 'sv' }),
  Q('budget', 'konsultstöd per kommun om vi delar lika?', { expect: ['28 750'], lang: 'sv' }),
  Q('budget', 'What does Huddinge get per month for office service and rooms?', { expectAny: [['4 166', '4 167']], lang: 'en' }),
  Q('budget', 'hur stor andel av kostnaderna går till utredningar, procent', { expectAny: [['26', '27']], lang: 'sv' }),
  Q('budget', 'If personnel goes up to 620 000 and the total stays the same, how much is left for studies and consultants?', { expect: ['190 000'], lang: 'en' }),
  Q('budget', 'avgift per kommun per kvartal? vi betalar kvartalsvis i södertälje', { expect: ['26 875'], lang: 'sv' }),
  Q('budget', 'hur många gånger större är personal än ersättning till huddinge?', { expectAny: [['11,6', '11.6']], lang: 'sv' }),
  Q('budget', 'utredningar per månad, ungefär', { expectAny: [['19 166', '19 167']], lang: 'sv' }),
  Q('budget', 'budget 2011 jämfört med 2010 — personal har ökat mycket?', { kind: NIP, lang: 'sv' }),
  Q('budget', 'How much is budgeted for staff this year?', { expect: ['580 000'], lang: 'en' }),

  // ---------------- yesno ----------------
  Q('yesno', 'är SK 14/4 i nykvarn?', { startsWith: 'Ja', expect: ['Nykvarn'], lang: 'sv' }),
  Q('yesno', 'LG-mötet 9/9, är det en fredag?', { startsWith: 'Ja', lang: 'sv' }),
  Q('yesno', 'är södertälje med i överförmyndarnämnden?', { startsWith: 'Nej', lang: 'sv' }),
  Q('yesno', 'Is Haninge the host municipality of the överförmyndarnämnd?', { startsWith: 'Yes', expect: ['Haninge'], lang: 'en' }),
  Q('yesno', 'ingår nykvarn i miljö- och hälsoskyddsförbundet?', { startsWith: 'Nej', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'sv' }),
  Q('yesno', 'börjar SK-mötena kl 12?', { startsWith: 'Ja', expectAny: [T12], lang: 'sv' }),
  Q('yesno', 'Is the nyckeltal day held in Botkyrka?', { startsWith: 'Yes', expect: ['Botkyrka'], lang: 'en' }),
  Q('yesno', 'har rådslaget för i år redan varit?', { startsWith: 'Ja', expect: ['24 mars'], lang: 'sv' }),
  Q('yesno', 'Does the LG meet on Thursdays?', { startsWith: 'No', expectAny: [['Friday']], lang: 'en' }),
  Q('yesno', 'Is there any SK meeting in August?', { startsWith: 'No', lang: 'en' }),
  Q('yesno', 'budget i balans, ja eller nej?', { startsWith: 'Ja', expect: ['860 000'], lang: 'sv' }),
  Q('yesno', 'har LG något möte i juni?', { startsWith: 'Nej', lang: 'sv' }),

  // ---------------- premise ----------------
  Q('premise', 'varför är Botkyrka värd för SK 22/9?', { expect: ['Nynäshamn'], lang: 'sv' }),
  Q('premise', 'LG 20/5 börjar väl 09.00 som vanligt?', { expectAny: [T0830], lang: 'sv' }),
  Q('premise', 'Why is Huddinge hosting the rådslag in 2013?', { expect: ['Botkyrka'], lang: 'en' }),
  Q('premise', 'nyckeltalsdagen i Salem i höst, vilket datum?', { expect: ['6 okt', 'Botkyrka'], lang: 'sv' }),
  Q('premise', 'The Södertörn conference on 22 September – is it a full day?', { expect: ['1 September'], lang: 'en' }),
  Q('premise', 'varför är budgeten 960 000 i år?', { expect: ['860 000'], lang: 'sv' }),
  Q('premise', 'vad står det i vision 2030?', { expect: ['2025'], lang: 'sv' }),
  Q('premise', 'inför SK i Nynäshamn 14/4 — vilken tid börjar det?', { expect: ['Nykvarn'], expectAny: [T12], lang: 'sv' }),
  Q('premise', 'hur många invånare har södertörns sju kommuner tillsammans?', { expect: ['430 000'], expectAny: [['åtta', '8 kommuner']], lang: 'sv' }),
  Q('premise', 'Since Södertälje joined the överförmyndarnämnd this year, who is the host municipality?', { expect: ['Haninge'], lang: 'en' }),
  Q('premise', 'miljöförbundet startade 2010 va?', { expect: ['2008'], lang: 'sv' }),

  // ---------------- offplan ----------------
  Q('offplan', 'kan du boka en lokal i Nykvarn till 14/4?', { kind: NIP, lang: 'sv' }),
  Q('offplan', 'skicka kallelsen till LG 20/5 till alla kommundirektörer', { kind: NIP, lang: 'sv' }),
  Q('offplan', 'vad står på dagordningen för SK 14/4?', { kind: NIP, lang: 'sv' }),
  Q('offplan', 'vem är kommundirektör i Nykvarn?', { kind: NIP, lang: 'sv' }),
  Q('offplan', "What's the street address of the venue in Salem on 9 June?", { kind: NIP, lang: 'en' }),
  Q('offplan', 'mycket kostar lunch på nyckeltalsdagen per person?', { kind: NIP, lang: 'sv' }),
  Q('offplan', 'Can you call the Huddinge secretariat and tell them I will be late?', { kind: NIP, lang: 'en' }),
  Q('offplan', 'hur stor blir budgeten 2012?', { kind: NIP, lang: 'sv' }),
  Q('offplan', 'Who chairs the samarbetskommitté?', { kind: NIP, lang: 'en' }),
  Q('offplan', 'vilket datum är rådslaget 2012?', { kind: NIP, lang: 'sv' }),

  // ---------------- topic (the right one of two similar things) ----------------
  Q('topic', 'när är planeringskonferensen för LG?', { expect: ['31 mars'], expectNot: ['28 jan'], lang: 'sv' }),
  Q('topic', 'SK:s planeringskonferens, vilka datum?', { expect: ['27', '28 jan'], expectNot: ['31 mars'], lang: 'sv' }),
  Q('topic', 'When was the committee’s planning conference, the full-day one?', { expect: ['28 Jan'], expectNot: ['31 March'], lang: 'en' }),
  Q('topic', 'vad är syftet med ledningsgruppen?', { expectAny: [['förbereda']], expect: ['samordna'], lang: 'sv' }),
  Q('topic', 'syftet med verksamhetsfrågorna?', { expect: ['effektivisera'], lang: 'sv' }),
  Q('topic', 'vilket styrdokument gäller för de regionala utvecklingsfrågorna?', { expect: ['UtvecklingsProgram 2010'], lang: 'sv' }),
  Q('topic', 'vem sköter kontrollen av receptfria läkemedel?', { expect: ['hälsoskyddsförbund'], expectNot: ['brandförsvarsförbund'], lang: 'sv' }),
  Q('topic', 'explosiva varor — vilket förbund?', { expect: ['brandförsvarsförbund'], expectNot: ['hälsoskyddsförbund'], lang: 'sv' }),
  Q('topic', 'vilket datum är södertörnskonferensen?', { expect: ['1 september'], expectNot: ['24 mars', '6 okt'], lang: 'sv' }),
  Q('topic', 'nyckeltalsdagen eller rådslaget – vilket av dem är i Botkyrka?', { expect: ['6 okt'], expectAny: [['nyckeltal']], lang: 'sv' }),
  Q('topic', 'What is the 50 000 line in the budget for?', { expectAny: [['office', 'kontorsservice']], lang: 'en' }),
  Q('topic', 'vilka deltar på södertörnskonferensen?', { expectAny: [['politiska partier', 'partierna']], expect: ['tjänstemän'], expectNot: ['Handelskammaren'], lang: 'sv' }),
  Q('topic', 'Who takes part in the rådslag besides the municipalities?', { expect: ['Handelskammaren', 'Företagarna', 'KTH'], lang: 'en' }),
  Q('topic', 'vad ingår i budgetposten utredningar?', { expect: ['konsultstöd'], lang: 'sv' }),

  // ---------------- period ----------------
  Q('period', 'vilka SK-möten är det i höst?', { expect: ['22 sep', '3 nov', '8 dec'], lang: 'sv' }),
  Q('period', 'LG efter sommaren, datum?', { expect: ['9 sep', '14 okt', '25 nov'], lang: 'sv' }),
  Q('period', 'sista SK-mötet i år, var?', { expect: ['8 dec', 'Tyresö'], lang: 'sv' }),
  Q('period', 'första LG efter semestern?', { expect: ['9 sep'], lang: 'sv' }),
  Q('period', 'Which SK meetings are left before the summer?', { expect: ['14 Apr', '9 Jun'], lang: 'en' }),
  Q('period', 'vad händer i oktober?', { expect: ['6 okt', '14 okt'], lang: 'sv' }),
  Q('period', 'LG-möten kvar i vår?', { expect: ['20 maj'], lang: 'sv' }),
  Q('period', 'SK första halvåret 2012 — var är mötena?', { expect: ['Södertälje', 'Huddinge'], lang: 'sv' }),
  Q('period', "What's on in November?", { expect: ['3 Nov', '25 Nov'], lang: 'en' }),
  Q('period', 'nästa SK?', { now: '2011-06-10T09:00:00+02:00', expect: ['22 sep', 'Nynäshamn'], lang: 'sv' }),
  Q('period', 'next LG?', { now: '2011-10-01T09:00:00+02:00', expect: ['14 Oct'], lang: 'en' }),
  Q('period', 'första SK-mötet nästa år, var?', { now: '2011-12-09T09:00:00+01:00', expect: ['Södertälje'], lang: 'sv' }),
  Q('period', 'vad är kvar av möten denna månad?', { now: '2011-09-05T09:00:00+02:00', expect: ['9 sep', '22 sep'], lang: 'sv' }),

  // ---------------- followup ----------------
  C('followup', [
    T('när är nästa SK?', { expect: ['14 apr', 'Nykvarn'], lang: 'sv' }),
    T('och efter det?', { expect: ['9 jun', 'Salem'], lang: 'sv' }),
    T('vilken tid?', { expectAny: [T12], lang: 'sv' }),
  ]),
  C('followup', [
    T('vem har rådslaget 2014?', { expect: ['Tyresö'], lang: 'sv' }),
    T('och året efter?', { expect: ['Södertälje'], lang: 'sv' }),
    T('och sen?', { expect: ['Haninge'], lang: 'sv' }),
  ]),
  C('followup', [
    T('personal budget?', { expect: ['580 000'], lang: 'sv', locale: 'sv-SE' }),
    T('per månad då?', { expectAny: [['48 333']], lang: 'sv' }),
    T('samma för konsultstöd?', { expectAny: [['19 166', '19 167']], lang: 'sv' }),
  ]),
  C('followup', [
    T('When is the next LG meeting?', { expect: ['20 May'], lang: 'en' }),
    T('what time does it start?', { expectAny: [T0830], lang: 'en' }),
    T('and the one after that?', { expect: ['9 Sep'], lang: 'en' }),
  ]),
  C('followup', [
    T('vilka kommuner ingår i överförmyndarnämnden?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], lang: 'sv' }),
    T('vem är värdkommun?', { expect: ['Haninge'], lang: 'sv' }),
    T('sen när?', { expect: ['2011'], expectAny: [['1 januari']], lang: 'sv' }),
  ]),
  C('followup', [
    T('miljö- och hälsoskyddsförbundet, vilka kommuner?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'sv' }),
    T('när startade det?', { expect: ['2008'], lang: 'sv' }),
  ]),
  C('followup', [
    T('SK 22/9 – var?', { expect: ['Nynäshamn'], lang: 'sv' }),
    T('och närmaste LG före det?', { expect: ['9 sep'], lang: 'sv' }),
  ]),
  C('followup', [
    T('nyckeltalsdagen?', { expect: ['6 okt', 'Botkyrka'], lang: 'sv' }),
    T('heldag?', { startsWith: 'Ja', lang: 'sv' }),
  ]),
  C('followup', [
    T("Who's in the samarbetskommitté?", { expectAny: [['chair', 'kommunstyrelseordförande']], lang: 'en' }),
    T('and how often do they meet?', { expectAny: [['six', '6 times']], lang: 'en' }),
  ]),
  C('followup', [
    T('intäkter total?', { expect: ['860 000'], lang: 'sv', locale: 'sv-SE' }),
    T('delat på åtta kommuner?', { expect: ['107 500'], lang: 'sv' }),
    T('och på fem kommuner?', { expect: ['172 000'], lang: 'sv' }),
  ]),
  C('followup', [
    T('Which municipalities are in the överförmyndarnämnd?', { expect: ['Botkyrka', 'Tyresö'], lang: 'en' }),
    T('and which ones are not?', { expect: ['Nykvarn', 'Salem', 'Södertälje'], lang: 'en' }),
  ]),
  C('followup', [
    T('när är SK i Tyresö och vem har mötet innan?', { expect: ['8 dec', '3 nov', 'Botkyrka'], lang: 'sv' }),
    T('och LG-mötet mellan dem?', { expect: ['25 nov'], lang: 'sv' }),
  ]),

  // ---------------- typo ----------------
  Q('typo', 'när träffas ledingsgruppen i maj', { expect: ['20 maj'], lang: 'sv' }),
  Q('typo', 'SK-mötet i novmber var?', { expect: ['Botkyrka'], lang: 'sv' }),
  Q('typo', 'rådslagets värdkomun 2015', { expect: ['Södertälje'], lang: 'sv' }),
  Q('typo', 'överförmyndarnämdens värdkommun', { expect: ['Haninge'], lang: 'sv' }),
  Q('typo', 'budgten för konsulstöd?', { expect: ['230 000'], lang: 'sv' }),
  Q('typo', 'LG-datumen i hösst', { expect: ['9 sep', '14 okt', '25 nov'], lang: 'sv' }),
  Q('typo', 'samarbetskomittens mötestider', { expectAny: [T12, T15], lang: 'sv' }),
  Q('typo', 'planeringskonfernsen för ledningsgrupen när', { expect: ['31 mars'], lang: 'sv' }),
  Q('typo', 'whos hostign SK in decmber', { expect: ['Tyresö'], lang: 'en' }),

  // ---------------- language ----------------
  Q('language', 'SK 3/11 värd?', { locale: 'en-GB', expect: ['Botkyrka'], lang: 'en' }),
  Q('language', 'ÖFN?', { locale: 'en-GB', expect: ['Haninge'], lang: 'en' }),
  Q('language', 'kostnader?', { locale: 'sv-SE', expect: ['580 000', '50 000', '230 000'], lang: 'sv' }),
  Q('language', 'rådslag 2012', { locale: 'en-US', expect: ['Nynäshamn'], lang: 'en' }),
  Q('language', 'LG 14/10', { expect: ['14 okt'], lang: 'sv' }),
  Q('language', 'When is nyckeltalsdagen?', { expect: ['6 Oct'], lang: 'en' }),
  Q('language', 'vad säger visionen?', { locale: 'en-GB', expect: ['2025'], lang: 'sv' }),
  Q('language', 'budget 2011', { locale: 'en-GB', expect: ['860 000'], lang: 'en' }),
  Q('language', 'How many LG meetings are still left this year?', { expectAny: [['four', '4']], lang: 'en' }),
  Q('language', 'SK 9/6', { locale: 'en-GB', expect: ['Salem'], lang: 'en' }),

  // ---------------- facts: whole plan ----------------
  // Inledning
  Q('facts', 'Which companies does the plan mention as examples?', { expect: ['Scania'], expectAny: [['Astra Zeneca', 'AstraZeneca']], lang: 'en' }),
  Q('facts', 'vilka infrastruktursatsningar nämns i inledningen?', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'], lang: 'sv' }),
  Q('facts', 'vilka högskolor kopplas till näringslivet i planen?', { expect: ['Södertörns högskola', 'Karolinska'], expectAny: [['KTH', 'Tekniska högskolan']], lang: 'sv' }),
  Q('facts', 'inom vilka områden har samarbetet gamla traditioner?', { expect: ['gymnasie', 'räddningstjänst'], lang: 'sv' }),
  Q('facts', 'vilka är de viktigaste regionala utvecklingsfrågorna enligt SUP 2010?', { expect: ['utbildningsnivån', 'kunskapsintensivt', 'klimateffektivt', 'infrastruktur'], lang: 'sv' }),
  Q('facts', 'What does "The Capital of Scandinavia" refer to in the plan?', { expect: ['Stockholm'], lang: 'en' }),
  // Syfte, förhållningssätt, vision
  Q('facts', 'syftet med samverkan, kort', { expectAny: [['hemkommunen', 'regionala utvecklingen']], lang: 'sv' }),
  Q('facts', 'vad ska vår samverkan kännetecknas av?', { expect: ['gemensamma nyttan', 'demokratiska processen', 'ge och få'], lang: 'sv' }),
  Q('facts', 'What is meant by "Gå före" in the plan?', { expectAny: [['leadership', 'ledarskap']], lang: 'en' }),
  Q('facts', 'What is the vision for 2025?', { expectAny: [['half a million', '500 000', 'halv miljon']], lang: 'en' }),
  // Samverkansområden
  Q('facts', 'hur många huvudområden för samverkan finns det, och vilka?', { expectAny: [['två', '2']], expect: ['regionala utvecklingsfrågor', 'verksamhetsfrågor'], lang: 'sv' }),
  Q('facts', 'målområdena i utvecklingsprogrammet?', { expect: ['Näringsliv', 'Mångfald', 'Klimat', 'Infrastruktur'], lang: 'sv' }),
  Q('facts', 'How many concrete development issues belong to the target areas?', { expectAny: [['five', '5']], lang: 'en' }),
  Q('facts', 'omvärldsbevakning – vilka regionala organ samordnar vi oss i?', { expect: ['KSL', 'Business Alliance', 'Mälardalsrådet'], lang: 'sv' }),
  Q('facts', 'vad innebär gemensam ägarstyrning?', { expectAny: [['ägardialog', 'bolagsordning', 'direktiv']], lang: 'sv' }),
  Q('facts', 'What drives the development of joint procurement?', { expectAny: [['public procurement', 'offentlig upphandling', 'LOU']], lang: 'en' }),
  Q('facts', 'hur ska utvecklingsfrågorna följas upp?', { expectAny: [['systematiskt', 'handlingsplan']], lang: 'sv' }),
  Q('facts', 'när fastställdes södertörns utvecklingsprogram?', { expect: ['2010'], expectAny: [['hösten']], lang: 'sv' }),
  Q('facts', 'vad ska få mest tid 2011, regionala utvecklingsfrågor eller verksamhetsfrågor?', { expect: ['regionala utvecklingsfrågor'], lang: 'sv' }),
  Q('facts', 'When the Riksdag gives municipalities new tasks, what are the options?', { expectAny: [['jointly', 'cooperation', 'samverkan', 'existing']], lang: 'en' }),
  // Bodies
  Q('facts', 'vilka sitter i samarbetskommittén?', { expect: ['kommunstyrelseordförande'], lang: 'sv' }),
  Q('facts', 'vem står för sekretariatet?', { expect: ['Huddinge'], lang: 'sv' }),
  Q('facts', 'Do the municipal directors attend the committee meetings?', { startsWith: 'Yes', lang: 'en' }),
  Q('facts', 'hur ofta ska LG träffas?', { expectAny: [['sex', '6']], lang: 'sv' }),
  Q('facts', 'kan fler kommuner gå med i överförmyndarnämnden?', { startsWith: 'Ja', lang: 'sv' }),
  Q('facts', 'Who set up the environment and health protection association?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'en' }),
  Q('facts', 'vad är Södertörnskonferensen?', { expectAny: [['årlig']], lang: 'sv' }),
  Q('facts', 'rådslaget, vad är syftet med det?', { expectAny: [['frågeställningar', 'Södertörns utveckling']], lang: 'sv' }),
  // Meeting times & calendar
  Q('facts', 'SK tider?', { expect: ['torsdag'], expectAny: [T12, T15], lang: 'sv', locale: 'sv-SE' }),
  Q('facts', 'What are the LG meeting hours?', { expectAny: [T0830, T13, ['Friday']], lang: 'en' }),
  Q('facts', 'hur länge håller LG:s planeringskonferens på?', { expectAny: [['lunch till lunch', 'lunch']], lang: 'sv' }),
  Q('facts', 'är södertörnskonferensen heldag?', { startsWith: 'Ja', expect: ['1 september'], lang: 'sv' }),
  Q('facts', 'var hölls SK-mötet i januari?', { expect: ['Haninge'], lang: 'sv' }),
  Q('facts', 'Where and when was this year’s rådslag?', { expect: ['24 March', 'Salem'], lang: 'en' }),
  // Haninge multi-questions
  Q('facts', 'när är nästa SK och vem är värd? + tid', { expect: ['14 apr', 'Nykvarn'], expectAny: [T12], lang: 'sv' }),
  Q('facts', 'inför LG-agendan:\n1) datum nästa LG\n2) nästa SK efter det\n3) värd för det SK', { expect: ['20 maj', '9 jun', 'Salem'], lang: 'sv' }),
  Q('facts', 'SK 9/6: värd? tid? veckodag?', { expect: ['Salem', 'torsdag'], expectAny: [T12], lang: 'sv' }),
  Q('facts', '- rådslaget 2012 värd\n- nyckeltalsdagen datum\n- södertörnskonf datum', { expect: ['Nynäshamn', '6 okt', '1 september'], lang: 'sv' }),
  Q('facts', 'när är nästa LG och vem är värd?', { expect: ['20 maj'], lang: 'sv' }),
];

// ============================== commands ==============================
const S = 'secretariat', M = 'member';
const REF = [['sekretariat', 'secretariat']];
const commands = [
  // budget lines (economist, amounts in many notations)
  Q('budgetline', 'personal ska upp till 600\' enligt nya lönerevisionen', { as: S, kind: 'confirm', expect: ['600 000'], lang: 'sv' }),
  Q('budgetline', 'ändra utredningar, konsultstöd mm till 0,21 mkr', { as: S, kind: 'confirm', expect: ['210 000'], lang: 'sv' }),
  Q('budgetline', 'ersättning till Huddinge kommun: 65 tkr istället för 50', { as: S, kind: 'confirm', expect: ['65 000'], lang: 'sv' }),
  Q('budgetline', 'sätt personalposten till sexhundratjugotusen', { as: S, kind: 'confirm', expect: ['620 000'], lang: 'sv' }),
  Q('budgetline', 'avgifterna från kommunerna höjs till 0,9 mkr efter beslut i SK', { as: S, kind: 'confirm', expect: ['900 000'], lang: 'sv' }),
  Q('budgetline', 'change the consultancy line to 245k', { as: S, kind: 'confirm', expect: ['245 000'], lang: 'en' }),
  Q('budgetline', 'sänk konsultstödet med 30 tkr', { as: S, kind: 'confirm', expect: ['200 000'], lang: 'sv' }),
  Q('budgetline', 'personalkostnader 595 000:- tack', { as: S, kind: 'confirm', expect: ['595 000'], lang: 'sv' }),
  Q('budgetline', 'Ersättningen till Huddinge för kontorsservice ska bli 55 000 kronor, de har höjt hyran för arbetsrummen.', { as: S, kind: 'confirm', expect: ['55 000'], lang: 'sv' }),
  Q('budgetline', 'utredningar och konsultstöd = en kvarts miljon', { as: S, kind: 'confirm', expect: ['250 000'], lang: 'sv' }),
  // moves with reasons
  Q('move', 'Vi behöver flytta SK-mötet 22/9 till 29/9 pga krock med KSL:s styrelsemöte.', { as: S, kind: 'confirm', expect: ['29 sep'], lang: 'sv' }),
  Q('move', 'LG 14/10 flyttas till 21/10 eftersom flera kommundirektörer är på studieresa den veckan.', { as: S, kind: 'confirm', expect: ['21 okt'], lang: 'sv' }),
  Q('move', 'Please move the SK meeting on 3 November to 10 November, it clashes with the budget council in several municipalities.', { as: S, kind: 'confirm', expect: ['10 Nov'], lang: 'en' }),
  Q('move', 'Nyckeltalsdagen 6/10 behöver flyttas till 13/10 pga krock med Botkyrkas kommunfullmäktige.', { as: S, kind: 'confirm', expect: ['13 okt'], lang: 'sv' }),
  Q('move', 'LG 25/11 -> 2/12, pga krock med SKL:s kommundirektörsträff', { as: S, kind: 'confirm', expect: ['2 dec'], lang: 'sv' }),
  // hosts
  Q('host', 'Nykvarn kan inte ta emot SK 14/4 pga renovering av kommunhuset, Södertälje är värd istället.', { as: S, kind: 'confirm', expect: ['Södertälje'], lang: 'sv' }),
  Q('host', 'ny värd för SK 8/12: Huddinge (Tyresö har fullmäktige samma dag)', { as: S, kind: 'confirm', expect: ['Huddinge'], lang: 'sv' }),
  Q('host', 'Nyckeltalsdagen den 6 okt hålls i Haninge i stället för Botkyrka, lokalen i Botkyrka är uppbokad.', { as: S, kind: 'confirm', expect: ['Haninge'], lang: 'sv' }),
  // cancel
  Q('cancel', 'Ställ in LG-mötet 9/9 pga krock med KSL:s höstkonferens.', { as: S, kind: 'confirm', expect: ['9 sep'], lang: 'sv' }),
  Q('cancel', 'SK 8/12 utgår – för många har budgetfullmäktige den veckan.', { as: S, kind: 'confirm', expect: ['8 dec'], lang: 'sv' }),
  Q('cancel', 'cancel the LG meeting on 25 November, it is too close to the SK on 8 December', { as: S, kind: 'confirm', expect: ['25 Nov'], lang: 'en' }),
  // add
  Q('add', 'lägg till ett extra SK-möte torsdag 18/8 i Huddinge, 12-15', { as: S, kind: 'confirm', expect: ['18 aug'], lang: 'sv' }),
  Q('add', 'Lägg in ett extra LG fredag 17/6 för budgetdiskussionen inför 2012.', { as: S, kind: 'confirm', expect: ['17 jun'], lang: 'sv' }),
  // rådslag host per year
  Q('rotationhost', 'Rådslaget 2013 ska ligga i Huddinge istället för Botkyrka, de har kommit överens om att byta år.', { as: S, kind: 'confirm', expect: ['Huddinge'], lang: 'sv' }),
  Q('rotationhost', 'byt värd för rådslaget 2016 till Salem', { as: S, kind: 'confirm', expect: ['Salem'], lang: 'sv' }),
  // history
  Q('history', 'visa ändringar', { as: S, kind: 'history', lang: 'sv' }),
  Q('history', 'what has changed in the plan so far?', { as: S, kind: 'history', lang: 'en' }),
  // conversations: propose → confirm / cancel
  C('confirm', [
    T('personal till 610 tkr', { as: S, kind: 'confirm', expect: ['610 000'], lang: 'sv' }),
    T('ja', { as: S, kind: 'confirmed', lang: 'sv' }),
  ]),
  C('confirm', [
    T('Flytta LG 20/5 till 13/5 pga krock med kommunchefsnätverkets möte.', { as: S, kind: 'confirm', expect: ['13 maj'], lang: 'sv' }),
    T('avbryt', { as: S, kind: 'cancelled', lang: 'sv' }),
  ]),
  C('confirm', [
    T('utredningar 0,26 mkr', { as: S, kind: 'confirm', expect: ['260 000'], lang: 'sv' }),
    T('ok kör', { as: S, kind: 'confirmed', lang: 'sv' }),
    T('visa ändringar', { as: S, kind: 'history', expect: ['260 000'], lang: 'sv' }),
  ]),
  C('confirm', [
    T('move SK 9 June to 16 June, Salem has a council meeting that day', { as: S, kind: 'confirm', expect: ['16 June'], lang: 'en' }),
    T('yes', { as: S, kind: 'confirmed', lang: 'en' }),
  ]),
  C('confirm', [
    T('ersättningen till huddinge 48 tkr', { as: S, kind: 'confirm', expect: ['48 000'], lang: 'sv' }),
    T('nej', { as: S, kind: 'cancelled', lang: 'sv' }),
  ]),
  // missing information → clarify
  Q('missing', 'ändra personalbudgeten', { as: S, kind: 'clarify', lang: 'sv' }),
  Q('missing', 'flytta SK-mötet pga krock', { as: S, kind: 'clarify', lang: 'sv' }),
  Q('missing', 'ställ in LG-mötet', { as: S, kind: 'clarify', lang: 'sv' }),
  Q('missing', 'sätt posten till 300 tkr', { as: S, kind: 'clarify', lang: 'sv' }),
  Q('missing', 'move the LG meeting on 14 October', { as: S, kind: 'clarify', lang: 'en' }),
  // members → refused
  Q('refused', 'flytta SK 9/6 till 16/6, jag kan inte då', { as: M, kind: 'refused', expectAny: REF, lang: 'sv' }),
  Q('refused', 'change the personnel budget to 650k', { as: M, kind: 'refused', expectAny: REF, lang: 'en' }),
  Q('refused', 'ställ in nyckeltalsdagen, ingen har tid', { as: M, kind: 'refused', expectAny: REF, lang: 'sv' }),
  Q('refused', 'Tyresö vill byta rådslagsår med Botkyrka, ändra 2014 till Botkyrka', { as: M, kind: 'refused', expectAny: REF, lang: 'sv' }),
  Q('refused', 'lägg till ett LG-möte 1/7', { as: M, kind: 'refused', expectAny: REF, lang: 'sv' }),
  // secretariat questions that look like commands
  Q('facts', 'när är LG i maj?', { as: S, expect: ['20 maj'], lang: 'sv' }),
  Q('budget', 'vad står personalposten på nu?', { as: S, expect: ['580 000'], lang: 'sv' }),
  Q('rotation', 'vem är värd för rådslaget 2014?', { as: S, expect: ['Tyresö'], lang: 'sv' }),
  Q('budget', 'how much is budgeted for consultancy?', { as: S, expect: ['230 000'], lang: 'en' }),
  Q('yesno', 'är SK 22/9 fortfarande i Nynäshamn?', { as: S, startsWith: 'Ja', expect: ['Nynäshamn'], lang: 'sv' }),
];

function write(name, description, items) {
  const out = { description, defaultNow: NOW, items };
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify(out, null, 2) + '\n');
}
write('pool-questions.json', 'Round 24 writer aa: questions (Haninge KD assistant, Södertälje controller)', questions);
write('pool-commands.json', 'Round 24 writer aa: change requests (secretariat economist; members refused)', commands);

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

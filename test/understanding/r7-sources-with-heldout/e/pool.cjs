// Question writer "e" — round 7. Source: /work/shared/plan/verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const NIP = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'], T15 = ['15.00', '15:00'];
const T0830 = ['08.30', '8.30', '08:30', '8:30'], T13 = ['13.00', '13:00'];

// q(category, text, opts) — opts: expect, expectAny, expectNot, startsWith, kind, lang, locale, now, as
function q(category, text, o = {}) {
  const it = { category, q: text };
  Object.assign(it, o);
  if (!it.lang) it.lang = 'sv';
  return it;
}
const en = (category, text, o = {}) => q(category, text, Object.assign({ lang: 'en' }, o));
function conv(category, turns, o = {}) {
  return Object.assign({ category, conversation: turns.map(t => Object.assign({ lang: 'sv' }, t)) }, o);
}

const Q = [];
const add = (...xs) => Q.push(...xs);

// ---------------- rotation ----------------
add(
  q('rotation', 'vem är värd för rådslaget 2014?', { expect: ['Tyresö'] }),
  q('rotation', 'rådslaget 2012 var', { expect: ['Nynäshamn'] }),
  q('rotation', 'när är det huddinges tur att ha rådslaget', { expect: ['2018'] }),
  en('rotation', 'Which municipality hosts the Södertörn rådslag in 2015?', { expect: ['Södertälje'] }),
  en('rotation', 'when is it Haninge\'s turn to host the rådslag?', { expect: ['2016'] }),
  q('rotation', 'vem har rådslaget året efter tyresö?', { expect: ['Södertälje'], expectAny: [['2015']] }),
  q('rotation', 'vilket år är nykvarn värd för rådslaget', { expect: ['2017'] }),
  q('rotation', 'rådslag 2016', { expect: ['Haninge'] }),
  en('rotation', 'who hosted this year\'s rådslag?', { expect: ['Salem'], expectNot: ['Nynäshamn'] }),
  q('rotation', 'vem är värd för rådslaget nästa år', { expect: ['Nynäshamn'] }),
  q('rotation', 'rådslaget 2019, vem är värd?', { kind: NIP }),
  q('rotation', 'hur länge dröjer det innan botkyrka är värd för rådslaget?', { expect: ['2013'] }),
  q('rotation', 'vem står på tur före haninge i rådslagsrotationen', { expect: ['Södertälje'] }),
  q('rotation', 'kan du lista hela värdordningen för rådslaget 2011–2018?', { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] }),
  q('rotation', 'vem är värd för rådslaget i år', { now: '2013-03-01T09:00:00+01:00', expect: ['Botkyrka'] }),
  q('rotation', 'nästa års rådslag – värdkommun?', { now: '2016-05-10T09:00:00+02:00', expect: ['Nykvarn'] }),
  q('rotation', 'vilka kommuner är värdar för rådslaget 2012, 2013 och 2014?', { expect: ['Nynäshamn', 'Botkyrka', 'Tyresö'] }),
  en('rotation', 'Which year will Södertälje host the rådslag, and who comes right after them?', { expect: ['2015', 'Haninge'] }),
  q('rotation', 'vem är sist i rotationen för rådslaget', { expect: ['Huddinge', '2018'] }),
  q('rotation', 'rådslag värd 2013 och 2017?', { expect: ['Botkyrka', 'Nykvarn'] }),
);

// ---------------- budget ----------------
add(
  q('budget', 'hur stor är budgeten för 2011?', { expect: ['860 000'] }),
  q('budget', 'vad kostar personalen', { expect: ['580 000'] }),
  q('budget', 'personalkostnad per månad?', { expect: ['48 333'] }),
  q('budget', 'hur mycket blir avgiften per kommun om alla åtta betalar lika mycket', { expect: ['107 500'] }),
  en('budget', 'How much does each municipality pay if the fees are split equally?', { expect: ['107 500'] }),
  q('budget', 'vad får huddinge i ersättning för kontorsservice', { expect: ['50 000'] }),
  q('budget', 'utredningar och konsultstöd, hur mkt?', { expect: ['230 000'] }),
  q('budget', 'hur mycket mer går till personal än till utredningar och konsultstöd?', { expect: ['350 000'] }),
  q('budget', 'hur stor andel av kostnaderna är personal', { expectAny: [['67', '68']] }),
  en('budget', 'What share of the budget goes to studies and consultancy support?', { expectAny: [['26', '27']] }),
  q('budget', 'vad kostar allt utom personalen tillsammans', { expect: ['280 000'] }),
  q('budget', 'största kostnadsposten?', { expect: ['580 000'], expectAny: [['personal']] }),
  q('budget', 'vilken är den minsta posten i budgeten', { expect: ['50 000'] }),
  q('budget', 'budget per kvartal', { expect: ['215 000'] }),
  en('budget', "What's the monthly budget?", { expectAny: [['71 666', '71 667']] }),
  q('budget', 'hur mycket är utredningsposten per kommun om man delar lika', { expect: ['28 750'] }),
  q('budget', 'intäkter?', { expect: ['860 000'], expectAny: [['avgift']] }),
  q('budget', 'personal och huddingeersättningen tillsammans', { expect: ['630 000'] }),
  q('budget', 'om personalen höjs med 20 000 och totalen ska vara samma, hur mycket blir kvar till utredningar och konsultstöd?', { expect: ['210 000'] }),
  q('budget', 'kostnader?', { locale: 'en-GB', lang: 'en', expect: ['580 000', '50 000', '230 000'] }),
  en('budget', 'How much is Huddinge compensated, and what for?', { expect: ['50 000'], expectAny: [['office', 'kontorsservice']] }),
  q('budget', 'hur många procent av budgeten går till annat än personal?', { expectAny: [['32', '33']] }),
  en('budget', 'what is the difference between the consultancy line and Huddinge\'s office compensation?', { expect: ['180 000'] }),
  q('budget', 'hur mkt kostar utredningar per månad', { expectAny: [['19 166', '19 167']] }),
  q('budget', 'budgeten för 2012?', { kind: NIP }),
);

// ---------------- yes/no ----------------
add(
  q('yesno', 'är SK-mötet 14/4 i Nykvarn?', { startsWith: 'Ja', expect: ['Nykvarn'] }),
  q('yesno', 'är LG 20 maj en torsdag?', { startsWith: 'Nej', expect: ['fredag'] }),
  en('yesno', 'Is the Södertörn conference on 1 September?', { startsWith: 'Yes', expect: ['1 September'] }),
  q('yesno', 'hölls rådslaget i år i Botkyrka?', { startsWith: 'Nej', expect: ['Salem'] }),
  q('yesno', 'ingår Nykvarn i överförmyndarnämnden?', { startsWith: 'Nej' }),
  q('yesno', 'är tyresö med i miljö- och hälsoskyddsförbundet', { startsWith: 'Ja' }),
  en('yesno', 'Is Haninge the host municipality for the joint guardianship board (överförmyndarnämnden)?', { startsWith: 'Yes', expect: ['Haninge'] }),
  q('yesno', 'träffas samarbetskommittén minst sex gånger per år?', { startsWith: 'Ja' }),
  q('yesno', 'är södertälje med i miljöförbundet', { startsWith: 'Nej' }),
  en('yesno', 'Does KTH take part in the rådslag?', { startsWith: 'Yes' }),
  q('yesno', 'är nyckeltalsdagen i botkyrka?', { startsWith: 'Ja', expect: ['6 oktober'] }),
  q('yesno', 'har SK sina möten på fredagar?', { startsWith: 'Nej', expect: ['torsdag'] }),
  en('yesno', 'Do the LG meetings start at 8.30?', { startsWith: 'Yes' }),
  q('yesno', 'har vi redan haft rådslaget i år?', { startsWith: 'Ja', expect: ['24 mars'] }),
  en('yesno', 'Is the 2011 budget balanced?', { startsWith: 'Yes', expect: ['860 000'] }),
  q('yesno', 'är handelskammaren med på rådslaget', { startsWith: 'Ja' }),
  q('yesno', 'startade miljö- och hälsoskyddsförbundet 2010?', { startsWith: 'Nej', expect: ['2008'] }),
  en('yesno', 'Does the committee meet in Salem in June?', { startsWith: 'Yes', expect: ['9 June'] }),
  q('yesno', 'sker nyckeltalsuppföljningen på våren?', { startsWith: 'Nej', expectAny: [['hösten', '6 oktober']] }),
  q('yesno', 'deltar kommundirektörerna på samarbetskommitténs möten?', { startsWith: 'Ja' }),
  en('yesno', 'Is Nykvarn hosting the rådslag in 2012?', { startsWith: 'No', expect: ['Nynäshamn'] }),
);

// ---------------- premise ----------------
add(
  q('premise', 'varför är Botkyrka värd för SK 9/6?', { expect: ['Salem'] }),
  en('premise', 'Why is the rådslag in Tyresö this year?', { expect: ['Salem'] }),
  q('premise', 'varför ligger lg-mötet 20/5 på en torsdag', { expect: ['fredag'] }),
  q('premise', 'varför budgeteras personalen till 650 000?', { expect: ['580 000'] }),
  en('premise', 'Why does Huddinge get 80 000 for office services?', { expect: ['50 000'] }),
  q('premise', 'varför är södertörnskonferensen i oktober i år', { expect: ['1 september'] }),
  q('premise', 'varför hålls nyckeltalsdagen i salem?', { expect: ['Botkyrka'] }),
  en('premise', 'Since Nykvarn is in the överförmyndarnämnd, which municipality hosts that board?', { expect: ['Haninge'] }),
  q('premise', 'varför sköter södertälje sekretariatet?', { expect: ['Huddinge'] }),
  q('premise', 'miljöförbundet bildades ju av fem kommuner, vilka var det?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
  q('premise', 'SK 22/9 i Tyresö – när börjar det?', { expect: ['Nynäshamn'], expectAny: [T12] }),
  en('premise', 'Why is the LG planning conference held in January?', { expect: ['31 March'] }),
  q('premise', 'rådslaget 2014 i Botkyrka, stämmer det att det är deras andra gång?', { expect: ['Tyresö'] }),
);

// ---------------- offplan ----------------
add(
  q('offplan', 'boka ett konferensrum till LG 20/5', { kind: NIP }),
  q('offplan', 'skicka kallelse till SK 14/4 till alla ledamöter', { kind: NIP }),
  q('offplan', 'vem är kommundirektör i salem?', { kind: NIP }),
  q('offplan', 'vilken adress har mötet i nykvarn 14/4', { kind: NIP }),
  q('offplan', 'vad står på dagordningen till SK 9/6?', { kind: NIP }),
  en('offplan', 'Can you email the programme for the Södertörn conference to everyone?', { kind: NIP }),
  en('offplan', 'what does lunch at the LG planning conference cost per person?', { kind: NIP }),
  q('offplan', 'vem är ordförande i samarbetskommittén', { kind: NIP }),
  en('offplan', 'Who is the contact person at KTH for the rådslag?', { kind: NIP }),
  q('offplan', 'ring tyresö och säg att vi blir sena', { kind: NIP }),
  q('offplan', 'vilket datum är rådslaget 2012?', { kind: NIP }),
  q('offplan', 'blir det regn 1 sep?', { kind: NIP }),
  en('offplan', 'How many people work in the secretariat?', { kind: NIP }),
);

// ---------------- topic ----------------
add(
  q('topic', 'när är ledningsgruppens planeringskonferens', { expect: ['31 mars'], expectAny: [['1 april']], expectNot: ['28 januari'] }),
  q('topic', 'samarbetskommitténs planeringskonferens när?', { expect: ['27', '28 januari'], expectNot: ['31 mars'] }),
  en('topic', 'When is the Södertörn conference?', { expect: ['1 September'], expectNot: ['24 March'] }),
  q('topic', 'när var rådslaget i år?', { expect: ['24 mars', 'Salem'], expectNot: ['1 september'] }),
  q('topic', 'vad är syftet med ledningsgruppen', { expectAny: [['förbereda']], expect: ['samordna'] }),
  q('topic', 'syftet med rådslaget?', { expectAny: [['frågeställningar', 'fokus']] }),
  q('topic', 'vad syftar verksamhetsfrågorna till', { expect: ['effektivisera'] }),
  q('topic', 'vilket styrdokument gäller för de regionala utvecklingsfrågorna', { expectAny: [['UtvecklingsProgram 2010', 'utvecklingsprogram 2010']] }),
  en('topic', 'What does the 50 000 line cover?', { expectAny: [['office', 'kontorsservice']] }),
  q('topic', 'vem deltar i södertörnskonferensen', { expectAny: [['politiska partier', 'partierna']], expect: ['tjänstemän'] }),
  q('topic', 'vilket förbund tar hand om explosiva varor', { expect: ['brandförsvarsförbund'] }),
  q('topic', 'vem har kontrollen av receptfria läkemedel för haninge, nynäshamn och tyresö', { expect: ['miljö- och hälsoskyddsförbund'] }),
  q('topic', 'vad är skillnaden mellan rådslaget och södertörnskonferensen', { expectAny: [['högskola', 'KTH', 'Karolinska']], expect: ['politiska'] }),
  en('topic', 'Which event is in Botkyrka in October?', { expect: ['6 October'], expectAny: [['nyckeltal', 'key figure', 'key indicator']] }),
  q('topic', 'var hålls södertörnskonferensen', { expect: ['Huddinge', 'Tyresö'] }),
  q('topic', 'vad ingår i posten utredningar', { expectAny: [['konsultstöd']], expect: ['230 000'] }),
  q('topic', 'ska vi lägga mest tid på regionala utvecklingsfrågor eller verksamhetsfrågor 2011?', { expectAny: [['regionala utvecklingsfrågor', 'regionala']] }),
);

// ---------------- period ----------------
add(
  q('period', 'SK-möten i höst?', { expect: ['22 september', '3 november', '8 december'] }),
  q('period', 'lg efter sommaren', { expect: ['9 september', '14 oktober', '25 november'] }),
  q('period', 'första LG-mötet efter sommaren', { expect: ['9 september'] }),
  q('period', 'sista sk-mötet i år, var?', { expect: ['8 december', 'Tyresö'] }),
  en('period', 'committee meetings this spring?', { expect: ['14 April', '9 June'] }),
  q('period', 'vad händer i oktober', { expect: ['6 oktober', '14 oktober'] }),
  en('period', "what's on in September?", { expect: ['1 September', '9 September', '22 September'] }),
  q('period', 'nästa SK', { expect: ['14 april', 'Nykvarn'] }),
  q('period', 'nästa lg?', { expect: ['20 maj'] }),
  q('period', 'nästa SK-möte?', { now: '2011-09-23T09:00:00+02:00', expect: ['3 november', 'Botkyrka'] }),
  q('period', 'hur många SK-möten är kvar i år', { expectAny: [['5', 'fem']] }),
  en('period', 'What is the first committee meeting of 2012 and where?', { expect: ['Södertälje'] }),
  q('period', 'vilka möten har vi i november', { expect: ['3 november', '25 november'] }),
  q('period', 'SK-mötena första halvåret', { expect: ['14 april', '9 juni'] }),
  en('period', 'anything in December?', { expect: ['8 December', 'Tyresö'] }),
  q('period', 'hur många LG-möten återstår 2011', { expectAny: [['4', 'fyra']] }),
  q('period', 'nästa lg-möte', { now: '2011-10-20T08:00:00+02:00', expect: ['25 november'] }),
);

// ---------------- followup ----------------
add(
  conv('followup', [
    { q: 'när är nästa SK?', expect: ['14 april'] },
    { q: 'vem är värd?', expect: ['Nykvarn'] },
    { q: 'och mötet efter det?', expect: ['9 juni', 'Salem'] },
  ]),
  conv('followup', [
    { q: 'rådslaget 2013?', expect: ['Botkyrka'] },
    { q: 'och året innan?', expect: ['Nynäshamn'] },
  ]),
  conv('followup', [
    { q: 'When does the LG meet in May?', lang: 'en', expect: ['20 May'] },
    { q: 'what time?', lang: 'en', expectAny: [T0830, T13] },
  ]),
  conv('followup', [
    { q: 'vad kostar personalen?', expect: ['580 000'] },
    { q: 'per månad då?', expect: ['48 333'] },
  ]),
  conv('followup', [
    { q: 'vilka kommuner ingår i överförmyndarnämnden', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
    { q: 'och vem är värdkommun?', expect: ['Haninge'] },
  ]),
  conv('followup', [
    { q: 'när är södertörnskonferensen', expect: ['1 september'] },
    { q: 'var?', expect: ['Huddinge', 'Tyresö'] },
  ]),
  conv('followup', [
    { q: 'Who hosts the rådslag in 2016?', lang: 'en', expect: ['Haninge'] },
    { q: 'and the year after?', lang: 'en', expect: ['Nykvarn'] },
  ]),
  conv('followup', [
    { q: 'SK 22/9 var?', expect: ['Nynäshamn'] },
    { q: 'tid?', expectAny: [T12, T15] },
  ]),
  conv('followup', [
    { q: 'miljöförbundet, vilka kommuner?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
    { q: 'när startade det?', expect: ['2008'] },
  ]),
  conv('followup', [
    { q: 'nyckeltalsdagen?', expect: ['6 oktober', 'Botkyrka'] },
    { q: 'vilken veckodag är det?', expect: ['torsdag'] },
  ]),
  conv('followup', [
    { q: 'vad är visionen för 2025', expectAny: [['halv miljon']] },
    { q: 'och hur många bor på södertörn idag?', expect: ['430 000'] },
  ]),
  conv('followup', [
    { q: 'budget totalt?', expect: ['860 000'] },
    { q: 'delat på åtta kommuner?', expect: ['107 500'] },
  ]),
  conv('followup', [
    { q: 'who takes part in the rådslag?', lang: 'en', expect: ['KTH'] },
    { q: 'and who hosts it next year?', lang: 'en', expect: ['Nynäshamn'] },
  ]),
  conv('followup', [
    { q: 'lg i oktober?', expect: ['14 oktober'] },
    { q: 'och nästa efter det?', expect: ['25 november'] },
  ]),
);

// ---------------- typo ----------------
add(
  q('typo', 'ledingsgruppen nästa möte', { expect: ['20 maj'] }),
  q('typo', 'samarbetskomiten 9/6 värd', { expect: ['Salem'] }),
  q('typo', 'rådslgaet 2015', { expect: ['Södertälje'] }),
  q('typo', 'nyckeltalsdagn var?', { expect: ['Botkyrka'] }),
  q('typo', 'södertörnskonfrensen datum', { expect: ['1 september'] }),
  q('typo', 'SK-mötet i novmber', { expect: ['3 november', 'Botkyrka'] }),
  q('typo', 'LG-datum hösten', { expect: ['9 september', '14 oktober', '25 november'] }),
  q('typo', 'överförmyndarnämden vilka kommuner', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
  q('typo', 'budgten personal', { expect: ['580 000'] }),
  q('typo', 'planeringskonfernsen lg', { expect: ['31 mars'] }),
  q('typo', 'vem e värd för sk i decmber', { expect: ['Tyresö'] }),
  en('typo', 'wen is the next comittee meeting', { expect: ['14 April', 'Nykvarn'] }),
  q('typo', 'rådsalget nykvarn vilket år', { expect: ['2017'] }),
  q('typo', 'kontorsservis huddinge hur mkt', { expect: ['50 000'] }),
  q('typo', 'brandförsvarsförbundent – vilken ny uppgift får de?', { expect: ['explosiva varor'] }),
  q('typo', 'samarbetskomitténs mötestider', { expectAny: [T12], expect: ['torsdag'] }),
);

// ---------------- language ----------------
add(
  q('language', 'SK 3/11 värd?', { locale: 'en-GB', lang: 'en', expect: ['Botkyrka'] }),
  q('language', 'ÖFN?', { locale: 'sv-SE', lang: 'sv', expect: ['Haninge'] }),
  q('language', 'ÖFN?', { locale: 'en-GB', lang: 'en', expect: ['Haninge'] }),
  en('language', 'When is the LG meeting in October?', { expect: ['14 October'] }),
  q('language', 'rådslag 2017?', { locale: 'en-US', lang: 'en', expect: ['Nykvarn'] }),
  en('language', 'Which universities take part in the rådslag?', { expect: ['Södertörn', 'KTH', 'Karolinska'] }),
  q('language', '22/9?', { locale: 'en-GB', lang: 'en', expect: ['Nynäshamn', '22 September'] }),
  q('language', '14/4?', { locale: 'sv-SE', lang: 'sv', expect: ['Nykvarn', '14 april'] }),
  en('language', 'What does ÖFN stand for?', { expectAny: [['överförmyndar', 'guardian']] }),
  q('language', 'nyckeltal?', { locale: 'en-GB', lang: 'en', expect: ['6 October', 'Botkyrka'] }),
  en('language', 'I work at Södertörns högskola – are we invited to the rådslag, and when was it this year?', { startsWith: 'Yes', expect: ['24 March'] }),
  q('language', 'LG 9/9 tid', { locale: 'sv-SE', lang: 'sv', expectAny: [T0830] }),
);

// ---------------- facts ----------------
add(
  q('facts', 'hur många invånare har södertörn', { expect: ['430 000'] }),
  q('facts', 'vilka kommuner ingår i samarbetet?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö'] }),
  q('facts', 'vad är visionen', { expect: ['2025'], expectAny: [['halv miljon']] }),
  q('facts', 'vilka målområden finns i södertörns utvecklingsprogram', { expect: ['Näringsliv', 'Mångfald', 'Klimat', 'Infrastruktur'] }),
  q('facts', 'vilket förhållningssätt ska prägla vår samverkan?', { expect: ['gemensamma nyttan', 'demokratiska'], expectAny: [['ge och få']] }),
  q('facts', 'i vilka regionala organ samordnar vi insatser', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] }),
  q('facts', 'vilka infrastruktursatsningar nämns i planen', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] }),
  q('facts', 'vilka företag nämns som exempel', { expect: ['Scania', 'Astra Zeneca', 'Karolinska'] }),
  q('facts', 'vem sitter i samarbetskommittén', { expectAny: [['kommunstyrelseordför', 'kommunstyrelsens ordför']] }),
  en('facts', 'Who sits on the ledningsgrupp?', { expectAny: [['kommundirektör', 'director', 'chief executive', 'manager']] }),
  q('facts', 'vilken kommun har sekretariatet', { expect: ['Huddinge'] }),
  q('facts', 'hur ofta träffas ledningsgruppen', { expectAny: [['sex', '6']] }),
  q('facts', 'när på dagen är SK-mötena', { expectAny: [T12, T15] }),
  q('facts', 'LG tider', { expectAny: [T0830, T13] }),
  en('facts', 'What are the key regional development issues in the Södertörn development programme 2010?', { expectAny: [['education', 'utbildning'], ['climate', 'klimat'], ['infrastructure', 'infrastruktur']] }),
  q('facts', 'när fastställdes södertörns utvecklingsprogram 2010', { expect: ['hösten 2010'] }),
  q('facts', 'gemensam ägarstyrning, vad innebär det', { expectAny: [['ägardialog', 'direktiv', 'bolagsordning']] }),
  q('facts', 'omvärldsbevakning – vad gör vi där?', { expect: ['kontaktnät'] }),
  q('facts', 'varför ska upphandlingssamverkan utvecklas', { expectAny: [['offentlig upphandling', 'LOU']] }),
  en('facts', 'When did the joint överförmyndarnämnd start?', { expect: ['1 January 2011'] }),
  q('facts', 'vilka är med på rådslaget förutom kommunerna', { expect: ['Södertörns högskola', 'Karolinska', 'KTH', 'Handelskammaren', 'Företagarna'] }),
  q('facts', 'vad kallas stockholm i planen', { expect: ['Capital of Scandinavia'] }),
  q('facts', 'vad är syftet med samverkan', { expect: ['hemkommunen'], expectAny: [['regionala utvecklingen', 'regional']] }),
  q('facts', 'inom vilka områden har samarbetet traditioner', { expect: ['gymnasie', 'räddningstjänst'], expectAny: [['energi', 'återvinning']] }),
  q('facts', 'vad är södertörns nyckeltal', { expect: ['uppföljning'], expectAny: [['hösten', '6 oktober']] }),
  q('facts', 'hur lång är södertörnskonferensen', { expect: ['heldag'] }),
  en('facts', 'What are the two main areas of cooperation?', { expectAny: [['regional']] }),
  q('facts', 'styrdokument för verksamhetsfrågorna', { expectAny: [['budget', 'verksamhetsplan']] }),
  q('facts', 'hur många konkreta utvecklingsfrågor hör till målområdena', { expectAny: [['fem', '5']] }),
  en('facts', 'Which three municipalities formed the environmental and health protection association?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
  q('facts', 'vilka högskolor och universitet nämns', { expect: ['Södertörns högskola', 'KTH', 'Karolinska Institutet'] }),
  en('facts', 'How long is the LG planning conference?', { expect: ['lunch'] }),
  q('facts', 'vilken veckodag har SK sina möten', { expect: ['torsdag'] }),
  en('facts', 'which weekday does the LG meet?', { expect: ['Friday'] }),
  q('facts', 'vad ska kommunerna göra när riksdagen ger dem nya uppgifter', { expect: ['enskilt'], expectAny: [['samverkan', 'samverkansorgan']] }),
  q('facts', 'hur många rådslag finns det värdar för i planen', { expectAny: [['8', 'åtta']] }),
  q('facts', 'SK apr 2012 värd', { expect: ['Huddinge'] }),
  q('facts', 'SK jan 2012 var', { expect: ['Södertälje'] }),
  q('facts', 'hur många invånare ska södertörn ha 2025', { expectAny: [['halv miljon', '500 000']] }),
  q('facts', 'kan fler kommuner gå med i överförmyndarnämnden?', { startsWith: 'Ja' }),
  en('facts', 'How many municipalities are in the cooperation and roughly how many inhabitants?', { expectAny: [['8', 'eight']], expect: ['430 000'] }),
  q('facts', 'vad är samarbetskommitténs syfte', { expectAny: [['kommunala och den regionala', 'regionala utvecklingen', 'regional']] }),
  q('facts', 'när är SK-mötet i Salem', { expect: ['9 juni'] }),
  q('facts', 'var är SK 3/11', { expect: ['Botkyrka'] }),
);
// trimmed after review (duplicates / weaker items)
const DROP = new Set([
  'vilka högskolor och universitet nämns', 'hur många invånare ska södertörn ha 2025', 'SK jan 2012 var',
  'vad är samarbetskommitténs syfte', 'när är SK-mötet i Salem', 'var är SK 3/11',
  'hur många rådslag finns det värdar för i planen', 'vilken veckodag har SK sina möten', 'hur lång är södertörnskonferensen',
  'rådslag värd 2013 och 2017?', 'vilka kommuner är värdar för rådslaget 2012, 2013 och 2014?', 'vem är sist i rotationen för rådslaget',
  'hur mkt kostar utredningar per månad', 'personal och huddingeersättningen tillsammans', 'vilken är den minsta posten i budgeten',
  'hur mycket är utredningsposten per kommun om man delar lika',
  'är södertälje med i miljöförbundet', 'är handelskammaren med på rådslaget', 'deltar kommundirektörerna på samarbetskommitténs möten?',
  'nästa lg?', 'hur många LG-möten återstår 2011', 'rådsalget nykvarn vilket år', 'budgten personal',
  'var hålls södertörnskonferensen', 'rådslaget 2014 i Botkyrka, stämmer det att det är deras andra gång?', 'blir det regn 1 sep?',
  'vem har rådslaget året efter tyresö?', 'personalkostnad per månad?', 'hur många invånare har södertörn',
  'vilken kommun har sekretariatet', 'varför ligger lg-mötet 20/5 på en torsdag',
]);
const found = new Set(Q.filter(it => DROP.has(it.q)).map(it => it.q));
for (const d of DROP) if (!found.has(d)) throw new Error('drop not found: ' + d);
for (let i = Q.length - 1; i >= 0; i--) if (DROP.has(Q[i].q)) Q.splice(i, 1);

// ---------------- commands ----------------
const S = 'secretariat', M = 'member';
const c = (category, text, o) => Object.assign({ category, q: text, lang: 'sv', as: S }, o);
const ce = (category, text, o) => c(category, text, Object.assign({ lang: 'en' }, o));
const C = [
  // move
  c('move', 'flytta LG-mötet 20/5 till 27/5', { kind: 'confirm', expect: ['27 maj'] }),
  ce('move', 'move the LG meeting on 20 May to 27 May', { kind: 'confirm', expect: ['27 May'] }),
  c('move', 'SK-mötet 22/9 behöver flyttas till 29/9', { kind: 'confirm', expect: ['29 september'] }),
  c('move', 'kan du flytta nyckeltalsdagen till 13 oktober', { kind: 'confirm', expect: ['13 oktober'] }),
  c('move', 'lg 14/10 -> 21/10', { kind: 'confirm', expect: ['21 oktober'] }),
  ce('move', 'Please move the committee meeting on 3 November to 10 November', { kind: 'confirm', expect: ['10 November'] }),
  // host
  c('host', 'SK 22/9 ska hållas i Haninge istället', { kind: 'confirm', expect: ['Haninge'] }),
  c('host', 'ny värd för SK 8/12: Huddinge', { kind: 'confirm', expect: ['Huddinge'] }),
  ce('host', 'change the host of the SK meeting on 9 June to Tyresö', { kind: 'confirm', expect: ['Tyresö'] }),
  // cancel
  c('cancel', 'ställ in LG-mötet 9/9', { kind: 'confirm', expectAny: [['9 september', '9/9']] }),
  c('cancel', 'stryk sk 3/11, det blir inget', { kind: 'confirm', expectAny: [['3 november', '3/11']] }),
  ce('cancel', 'cancel the LG meeting on 25 November', { kind: 'confirm', expect: ['25 November'] }),
  // add
  c('add', 'lägg till ett extra SK-möte 18 augusti i Huddinge', { kind: 'confirm', expect: ['18 augusti'] }),
  ce('add', 'add an LG meeting on 16 December', { kind: 'confirm', expect: ['16 December'] }),
  c('add', 'nytt lg-möte 17/6', { kind: 'confirm', expect: ['17 juni'] }),
  // budgetline
  c('budgetline', 'ändra personal till 600 000', { kind: 'confirm', expect: ['600 000'] }),
  c('budgetline', 'sänk utredningar, konsultstöd mm till 210 000 kr', { kind: 'confirm', expect: ['210 000'] }),
  c('budgetline', 'huddinges ersättning för kontorsservice ska vara 60 000', { kind: 'confirm', expect: ['60 000'] }),
  ce('budgetline', 'set the consultancy budget line to 250 000', { kind: 'confirm', expect: ['250 000'] }),
  // rotationhost
  c('rotationhost', 'rådslaget 2013 ska vara i Huddinge i stället för Botkyrka', { kind: 'confirm', expect: ['Huddinge'] }),
  c('rotationhost', 'byt värd för rådslaget 2015 till salem', { kind: 'confirm', expect: ['Salem'] }),
  ce('rotationhost', 'change the rådslag host for 2014 to Nykvarn', { kind: 'confirm', expect: ['Nykvarn'] }),
  // history
  c('history', 'visa ändringar', { kind: 'history' }),
  ce('history', 'what has changed in the plan?', { kind: 'history' }),
  c('history', 'vilka ändringar har gjorts i planen hittills', { kind: 'history' }),
  // conversations
  Object.assign({ category: 'confirm', as: S, conversation: [
    { q: 'flytta SK 14/4 till 28/4', as: S, lang: 'sv', kind: 'confirm', expect: ['28 april'] },
    { q: 'ja', as: S, lang: 'sv', kind: 'confirmed' },
  ] }),
  Object.assign({ category: 'confirm', as: S, conversation: [
    { q: 'ställ in LG 20/5', as: S, lang: 'sv', kind: 'confirm', expectAny: [['20 maj', '20/5']] },
    { q: 'nej', as: S, lang: 'sv', kind: 'cancelled' },
  ] }),
  Object.assign({ category: 'confirm', as: S, conversation: [
    { q: 'personalposten ska bli 620 000', as: S, lang: 'sv', kind: 'confirm', expect: ['620 000'] },
    { q: 'ok kör', as: S, lang: 'sv', kind: 'confirmed' },
    { q: 'visa ändringar', as: S, lang: 'sv', kind: 'history', expect: ['620 000'] },
  ] }),
  Object.assign({ category: 'confirm', as: S, conversation: [
    { q: 'move the Södertörn conference to 8 September', as: S, lang: 'en', kind: 'confirm', expect: ['8 September'] },
    { q: 'yes', as: S, lang: 'en', kind: 'confirmed' },
  ] }),
  Object.assign({ category: 'confirm', as: S, conversation: [
    { q: 'rådslaget 2016 i tyresö istället', as: S, lang: 'sv', kind: 'confirm', expect: ['Tyresö'] },
    { q: 'avbryt', as: S, lang: 'sv', kind: 'cancelled' },
  ] }),
  Object.assign({ category: 'confirm', as: S, conversation: [
    { q: 'nytt SK-möte 16 juni i Salem', as: S, lang: 'sv', kind: 'confirm', expect: ['16 juni'] },
    { q: 'bekräfta', as: S, lang: 'sv', kind: 'confirmed' },
  ] }),
  // missing info → clarify
  c('missing', 'flytta LG-mötet', { kind: 'clarify' }),
  c('missing', 'ändra budgeten', { kind: 'clarify' }),
  c('missing', 'flytta SK till 30/6', { kind: 'clarify' }),
  c('missing', 'byt värd för rådslaget', { kind: 'clarify' }),
  ce('missing', 'move the meeting on 20 May', { kind: 'clarify' }),
  // member → refused
  c('refused', 'flytta SK 9/6 till 16/6', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  c('refused', 'ställ in nyckeltalsdagen', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  ce('refused', 'change personnel costs to 700 000', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  c('refused', 'lägg till ett LG-möte 2/12', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  c('refused', 'rådslaget 2014 ska vara i Salem', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  ce('refused', 'please make Haninge the host of the committee meeting on 22 September', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  // questions from the secretariat (look like commands, are questions)
  c('facts', 'när är LG i maj?', { expect: ['20 maj'] }),
  c('facts', 'vilket datum har SK-mötet i Salem', { expect: ['9 juni'] }),
  c('facts', 'vad ligger personalbudgeten på', { expect: ['580 000'] }),
  c('facts', 'rådslaget 2013 – vem har det?', { expect: ['Botkyrka'] }),
  ce('facts', 'when is the last LG meeting this year?', { expect: ['25 November'] }),
];

function out(file, description, items) {
  fs.writeFileSync(path.join(__dirname, file), JSON.stringify({ description, defaultNow: NOW, items }, null, 2) + '\n');
}
out('pool-questions.json', 'Writer e, round 7: questions about Verksamhetsplan 2011 (mixed personas: new secretariat employee, LG directors, SK chairs, university partners).', Q);
out('pool-commands.json', 'Writer e, round 7: change requests from the secretariat (and members/questions).', C);

// summary
function summary(items) {
  const cat = {}, lang = {};
  for (const it of items) {
    cat[it.category] = (cat[it.category] || 0) + 1;
    const l = it.lang || (it.conversation && it.conversation[0].lang) || '?';
    lang[l] = (lang[l] || 0) + 1;
  }
  return { n: items.length, cat, lang };
}
console.log(JSON.stringify({ questions: summary(Q), commands: summary(C) }, null, 1));

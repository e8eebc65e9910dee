// Round 25 pool, writer "ad". Source: /work/shared/plan/verksamhetsplan-2011.txt only.
// Personas: Nykvarn förtroendevald revisor (claims, money, responsibilities); summer intern (vision, history,
// bodies, calendar, sv/en mix); secretariat head (change requests, formal sv / en); members (refused).
const fs = require('fs');
const path = require('path');

const NOW = '2011-04-07T10:00:00+02:00';
const NIP = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'];
const T15 = ['15.00', '15:00'];
const T0830 = ['08.30', '8.30', '08:30', '8:30'];
const T13 = ['13.00', '13:00'];
const REF = [['sekretariat', 'secretariat']];

function Q(category, q, o = {}) {
  const it = { category, q };
  Object.assign(it, o);
  if (!it.lang) it.lang = 'sv';
  return it;
}
function C(category, turns, o = {}) {
  const it = { category, conversation: turns.map(t => Object.assign({ lang: 'sv' }, t)) };
  Object.assign(it, o);
  return it;
}
const en = (o = {}) => Object.assign({ lang: 'en' }, o);

const questions = [
  // ---------------- rotation ----------------
  Q('rotation', 'vem är värd för rådslaget 2013?', { expect: ['Botkyrka'] }),
  Q('rotation', 'när är det nykvarns tur att hålla i rådslaget', { expect: ['2017'] }),
  Q('rotation', 'rådslag 2015 värd', { expect: ['Södertälje'] }),
  Q('rotation', 'Which municipality hosts the Södertörn rådslag in 2014?', en({ expect: ['Tyresö'] })),
  Q('rotation', 'vilket år har Huddinge rådslaget?', { expect: ['2018'] }),
  Q('rotation', 'Who hosts the rådslag the year after Haninge?', en({ expect: ['Nykvarn'] })),
  Q('rotation', 'vem hade rådslaget året före Tyresö', { expect: ['Botkyrka'], expectNot: ['Södertälje'] }),
  Q('rotation', 'rådslaget nästa år, vilken kommun?', { expect: ['Nynäshamn'] }),
  Q('rotation', 'When is it Södertälje\'s turn to host the rådslag?', en({ expect: ['2015'] })),
  Q('rotation', 'kan du lista värdkommunerna för rådslaget 2011–2018 i ordning?', {
    expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] }),
  Q('rotation', 'vem är värd för rådslaget 2019?', { kind: NIP }),
  Q('rotation', 'haninge rådslag vilket år', { expect: ['2016'] }),
  Q('rotation', 'vem har rådslaget i år?', { now: '2013-05-02T09:00:00+02:00', expect: ['Botkyrka'] }),
  Q('rotation', 'which year does Nykvarn host the rådslag, and who comes right after?', en({ expect: ['2017', 'Huddinge'] })),

  // ---------------- budget ----------------
  Q('budget', 'hur stor är budgeten totalt för 2011?', { expect: ['860 000'] }),
  Q('budget', 'vad kostar personalen?', { expect: ['580 000'] }),
  Q('budget', 'Hur mycket är avsatt för utredningar och konsultstöd?', { expect: ['230 000'] }),
  Q('budget', 'Vad får Huddinge kommun i ersättning från kommittén, och för vad?', {
    expect: ['50 000'], expectAny: [['kontorsservice', 'arbetsrum']] }),
  Q('budget', 'Om avgifterna från kommunerna delas lika mellan de åtta kommunerna, hur mycket blir det per kommun?', {
    expect: ['107 500'] }),
  Q('budget', 'personalkostnad per månad?', { expect: ['48 333'] }),
  Q('budget', 'vad blir kvar av intäkterna när personalkostnaden är betald?', { expect: ['280 000'] }),
  Q('budget', 'hur stor andel av kostnaderna går till personal?', { expectAny: [['67', '68']] }),
  Q('budget', 'skillnaden mellan personal och utredningar i kronor?', { expect: ['350 000'] }),
  Q('budget', "What's the largest cost item in the budget?", en({ expect: ['580 000'], expectAny: [['staff', 'personnel', 'personal']] })),
  Q('budget', 'smallest cost item?', en({ expect: ['50 000'], expectAny: [['Huddinge', 'office']] })),
  Q('budget', 'What are the total costs per month on average?', en({ expectAny: [['71 666', '71 667']] })),
  Q('budget', 'konsultpengarna per kvartal?', { expect: ['57 500'] }),
  Q('budget', 'Är det korrekt att budgeten är i balans, alltså att intäkterna täcker kostnaderna exakt?', {
    startsWith: 'Ja', expect: ['860 000'] }),
  Q('budget', 'utredningar plus ersättningen till huddinge tillsammans', { expect: ['280 000'] }),
  Q('budget', 'How large a share of the budget goes to studies and consultancy, in percent?', en({ expectAny: [['26', '27']] })),
  Q('budget', 'om personalkostnaden fördelas lika på de åtta kommunerna, vad blir det per kommun?', { expect: ['72 500'] }),
  Q('budget', 'How much more does staff cost than the compensation to Huddinge?', en({ expect: ['530 000'] })),
  Q('budget', 'what are the revenues?', en({ expect: ['860 000'], expectAny: [['fee', 'avgift', 'municipalit']] })),
  Q('budget', 'ungefär hur mycket kostar kommittén per invånare på Södertörn?', {
    expectAny: [['2 kr', '2 kronor', 'två kronor', 'två kr', '2,00', '2.00']] }),

  // ---------------- yesno ----------------
  Q('yesno', 'Stämmer det att samarbetskommittén träffas på torsdagar?', { startsWith: 'Ja', expectAny: [['torsdag']] }),
  Q('yesno', 'Är det korrekt att Nykvarn är värd för SK-mötet den 14 april?', { startsWith: 'Ja', expect: ['Nykvarn'] }),
  Q('yesno', 'är nykvarn med i överförmyndarnämnden?', { startsWith: 'Nej' }),
  Q('yesno', 'ingår Salem i miljö- och hälsoskyddsförbundet?', { startsWith: 'Nej' }),
  Q('yesno', 'Is there an LG meeting in June?', en({ startsWith: 'No' })),
  Q('yesno', 'Enligt min anteckning är personalbudgeten 580 000 kr – stämmer det?', { startsWith: 'Ja', expect: ['580 000'] }),
  Q('yesno', 'har LG något möte i augusti?', { startsWith: 'Nej' }),
  Q('yesno', 'Does the management group meet on Fridays?', en({ startsWith: 'Yes' })),
  Q('yesno', 'Är Haninge värdkommun för Södertörns överförmyndarnämnd?', { startsWith: 'Ja' }),
  Q('yesno', 'hålls nyckeltalsdagen i botkyrka?', { startsWith: 'Ja', expect: ['6 oktober'] }),
  Q('yesno', 'Is Huddinge hosting the SK meeting on 22 September?', en({ startsWith: 'No', expect: ['Nynäshamn'] })),
  Q('yesno', 'är SK-mötet i december i Tyresö?', { startsWith: 'Ja', expect: ['8 december'] }),
  Q('yesno', 'Is KTH part of the rådslag?', en({ startsWith: 'Yes' })),
  Q('yesno', 'Är Södertörnskonferensen en halvdag?', { startsWith: 'Nej', expectAny: [['heldag']] }),
  Q('yesno', 'har SK redan haft mötet i Salem?', { now: '2011-06-15T09:00:00+02:00', startsWith: 'Ja', expect: ['9 juni'] }),
  Q('yesno', 'Kan fler kommuner gå med i miljö- och hälsoskyddsförbundet?', { startsWith: 'Ja' }),

  // ---------------- premise ----------------
  Q('premise', 'varför är Botkyrka värd för SK 9/6?', { expect: ['Salem'] }),
  Q('premise', 'Enligt min anteckning har Nykvarn rådslaget 2016 – varför just det året?', { expect: ['Haninge', '2017'] }),
  Q('premise', 'Why is the personnel budget 600 000?', en({ expect: ['580 000'] })),
  Q('premise', 'varför har LG möte den 13 maj?', { expect: ['20 maj'] }),
  Q('premise', 'varför ligger nyckeltalsdagen i Huddinge i år?', { expect: ['Botkyrka'] }),
  Q('premise', 'Eftersom Södertälje är värdkommun för överförmyndarnämnden – vad innebär det för oss andra?', { expect: ['Haninge'] }),
  Q('premise', 'miljöförbundet startade ju 2010, hur har det gått sen dess?', { expect: ['2008'] }),
  Q('premise', 'Why is the Södertörn conference held in Nynäshamn on 1 September?', en({ expect: ['Huddinge', 'Tyresö'] })),
  Q('premise', 'SK träffas ju tolv gånger per år, räcker verkligen budgeten till det?', {
    expectAny: [['minst sex', 'minst 6', 'sex gånger', '6 gånger']] }),
  Q('premise', 'varför är SK-mötena på fredagar?', { expectAny: [['torsdag']] }),
  Q('premise', 'ersättningen på 80 000 till Huddinge, vad täcker den?', { expect: ['50 000'] }),

  // ---------------- offplan ----------------
  Q('offplan', 'boka ett konferensrum i Nykvarn till 14/4', { kind: NIP }),
  Q('offplan', 'vem är kommunstyrelseordförande i Nykvarn?', { kind: NIP }),
  Q('offplan', 'Can you email the agenda for the LG meeting on 20 May to everyone?', en({ kind: NIP })),
  Q('offplan', 'vad står på dagordningen för SK 9/6?', { kind: NIP }),
  Q('offplan', 'hur stor blir budgeten 2012?', { kind: NIP }),
  Q('offplan', 'vilken adress har lokalen där Södertörnskonferensen hålls?', { kind: NIP }),
  Q('offplan', "what's the weather forecast for Salem on 9 June?", en({ kind: NIP })),
  Q('offplan', 'ring kommundirektören i haninge och säg att jag är sen', { kind: NIP }),
  Q('offplan', 'vad kostar lunchen på LG:s planeringskonferens?', { kind: NIP }),
  Q('offplan', 'Who is the head of the secretariat? I need a name for the website.', en({ kind: NIP })),

  // ---------------- topic ----------------
  Q('topic', 'när är samarbetskommitténs planeringskonferens?', { expect: ['27', '28 januari'], expectNot: ['31 mars'] }),
  Q('topic', 'LG:s planeringskonferens, när?', { expect: ['31 mars', '1 april'], expectNot: ['28 januari'] }),
  Q('topic', 'What does the 50 000 to Huddinge cover?', en({ expectAny: [['office', 'kontorsservice']] })),
  Q('topic', 'vad ingår i budgetposten på 230 000?', { expectAny: [['utredning'], ['konsult']] }),
  Q('topic', 'What is the purpose of the LG, as opposed to the SK?', en({ expectAny: [['prepar'], ['coordinat']] })),
  Q('topic', 'vilka deltar i Södertörnskonferensen? (alltså inte rådslaget)', {
    expectAny: [['politiska partier', 'partierna']], expectNot: ['Handelskammaren'] }),
  Q('topic', 'vilka är med på rådslaget förutom kommunerna?', {
    expect: ['Södertörns högskola', 'KTH', 'Handelskammaren', 'Företagarna'], expectAny: [['Karolinska']] }),
  Q('topic', 'vad är syftet med verksamhetsfrågorna?', { expectAny: [['effektivisera']] }),
  Q('topic', 'vilket styrdokument gäller för de regionala utvecklingsfrågorna?', { expect: ['UtvecklingsProgram 2010'] }),
  Q('topic', 'vilket förbund tar explosiva varor och vilket tar kontrollen av receptfria läkemedel?', {
    expect: ['brandförsvarsförbund', 'miljö- och hälsoskyddsförbund'] }),
  Q('topic', 'Södertörnskonferensen eller rådslaget – vilket av dem hölls i Salem?', { expectAny: [['rådslag']], expect: ['24 mars'] }),
  Q('topic', 'When is the nyckeltal day, and when is the Södertörn conference?', en({ expect: ['6 October', '1 September'] })),

  // ---------------- period ----------------
  Q('period', 'vilka SK-möten är det i höst?', { expect: ['22 september', '3 november', '8 december'] }),
  Q('period', 'LG efter sommaren?', { expect: ['9 september', '14 oktober', '25 november'] }),
  Q('period', 'sista SK-mötet i år, när och var?', { expect: ['8 december', 'Tyresö'] }),
  Q('period', 'första LG-mötet efter semestern', { expect: ['9 september'], expectNot: ['20 maj'] }),
  Q('period', 'vad händer i oktober?', { expect: ['6 oktober', '14 oktober'] }),
  Q('period', "What's on in September?", en({ expect: ['1 September', '9 September', '22 September'] })),
  Q('period', 'nästa SK-möte?', { expect: ['14 april', 'Nykvarn'] }),
  Q('period', 'nästa SK?', { now: '2011-10-01T09:00:00+02:00', expect: ['3 november', 'Botkyrka'], expectNot: ['22 september'] }),
  Q('period', 'vilka LG-möten är kvar i år?', { expect: ['20 maj', '9 september', '14 oktober', '25 november'] }),
  Q('period', 'SK meetings before the summer?', en({ expect: ['14 April', '9 June'] })),
  Q('period', 'Which SK meetings are planned for 2012?', en({ expect: ['Södertälje', 'Huddinge'], expectAny: [['January', 'Jan'], ['April', 'Apr']] })),
  Q('period', 'Which full-day events are there in the second half of the year?', en({ expect: ['1 September', '6 October'] })),
  Q('period', 'första SK-mötet i höst – var är det?', { expect: ['Nynäshamn'] }),
  Q('period', 'nästa LG?', { now: '2011-05-25T09:00:00+02:00', expect: ['9 september'] }),
  Q('period', 'what happened in March?', en({ expect: ['24 March', '31 March'] })),

  // ---------------- followup ----------------
  C('followup', [
    { q: 'vem är värd för rådslaget 2014?', expect: ['Tyresö'] },
    { q: 'och året efter?', expect: ['Södertälje'] }]),
  C('followup', [
    { q: 'när är SK i september?', expect: ['22 september'] },
    { q: 'vem är värd då?', expect: ['Nynäshamn'] }]),
  C('followup', [
    { q: 'What does staff cost this year?', expect: ['580 000'], lang: 'en' },
    { q: 'and per month?', expect: ['48 333'], lang: 'en' }]),
  C('followup', [
    { q: 'när träffas LG i maj?', expect: ['20 maj'] },
    { q: 'och nästa gång efter det?', expect: ['9 september'] }]),
  C('followup', [
    { q: 'vilka kommuner ingår i överförmyndarnämnden?', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
    { q: 'vem är värdkommun?', expect: ['Haninge'] }]),
  C('followup', [
    { q: 'när är nyckeltalsdagen?', expect: ['6 oktober'] },
    { q: 'var?', expect: ['Botkyrka'] }]),
  C('followup', [
    { q: 'Can you tell me about the vision?', expect: ['2025'], lang: 'en' },
    { q: 'how many inhabitants does it aim for?', expectAny: [['half a million', '500 000']], lang: 'en' }]),
  C('followup', [
    { q: 'vad kostar utredningar?', expect: ['230 000'] },
    { q: 'hur stor andel av totalen är det?', expectAny: [['26', '27']] }]),
  C('followup', [
    { q: 'när är SK-mötet i Botkyrka?', expect: ['3 november'] },
    { q: 'vilken tid?', expectAny: [T12, T15] }]),
  C('followup', [
    { q: 'rådslaget 2011 – när och var?', expect: ['24 mars', 'Salem'] },
    { q: 'och nästa år?', expect: ['Nynäshamn'] }]),
  C('followup', [
    { q: 'vem sitter i ledningsgruppen?', expectAny: [['kommundirektör']] },
    { q: 'hur ofta träffas de?', expectAny: [['minst sex', 'minst 6', 'sex gånger', '6 gånger']] }]),
  C('followup', [
    { q: 'When did Södertörns miljö- och hälsoskyddsförbund start?', expect: ['2008'], lang: 'en' },
    { q: 'which municipalities founded it?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'en' }]),

  // ---------------- typo ----------------
  Q('typo', 'ledingsgruppens möten i höst?', { expect: ['9 september', '14 oktober', '25 november'] }),
  Q('typo', 'när är SK-mötet i nykvan', { expect: ['14 april'] }),
  Q('typo', 'rådslagets värdkomun 2016', { expect: ['Haninge'] }),
  Q('typo', 'budgetn för persnal?', { expect: ['580 000'] }),
  Q('typo', 'överförmyndarnämden vilka kommuner', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
  Q('typo', 'nyckeltalsdagne datum', { expect: ['6 oktober'] }),
  Q('typo', 'södertörnskonferansen när', { expect: ['1 september'] }),
  Q('typo', 'LG-datum i novmber', { expect: ['25 november'] }),
  Q('typo', 'samarbetskomitens planeringskonfernes?', { expect: ['27'], expectAny: [['januari', 'jan']], expectNot: ['31 mars'] }),
  Q('typo', 'miljöförbunde startår', { expect: ['2008'] }),
  Q('typo', 'whos hostng the SK meetng on 3/11', en({ expect: ['Botkyrka'] })),

  // ---------------- language ----------------
  Q('language', 'SK 3/11 värd?', { locale: 'en-GB', lang: 'en', expect: ['Botkyrka'] }),
  Q('language', 'ÖFN?', { locale: 'sv-SE', expectAny: [['överförmyndar']] }),
  Q('language', 'LG 20/5?', { locale: 'en-GB', lang: 'en', expect: ['20 May'] }),
  Q('language', 'kostnader?', { expect: ['580 000', '50 000', '230 000'] }),
  Q('language', 'When is the Södertörn conference and where?', en({ expect: ['1 September', 'Huddinge', 'Tyresö'] })),
  Q('language', 'what is the rådslag?', en({ expect: ['KTH'], expectAny: [['annual', 'every year', 'yearly']] })),
  Q('language', 'nyckeltal 6/10?', { locale: 'en-GB', lang: 'en', expect: ['Botkyrka'] }),
  Q('language', 'Rådslag 2017?', { locale: 'en-GB', lang: 'en', expect: ['Nykvarn'] }),
  Q('language', 'Who provides the secretariat?', en({ expect: ['Huddinge'] })),
  Q('language', 'budget?', { locale: 'en-GB', lang: 'en', expect: ['860 000'] }),
  Q('language', 'SK 9/6?', { locale: 'sv-SE', expect: ['Salem'] }),

  // ---------------- facts ----------------
  Q('facts', 'vad är visionen?', { expect: ['2025'], expectAny: [['halv miljon', '500 000']] }),
  Q('facts', 'How many people live in Södertörn today, according to the plan?', en({ expect: ['430 000'] })),
  Q('facts', 'vilka förhållningssätt ska vår samverkan kännetecknas av?', {
    expectAny: [['gemensamma nyttan', 'gemensam nytta'], ['demokratisk'], ['ledarskap'], ['ge och få']] }),
  Q('facts', 'vilka är målområdena i utvecklingsprogrammet?', {
    expect: ['Näringsliv', 'Högskola', 'Mångfald', 'Klimat', 'Infrastruktur'] }),
  Q('facts', 'hur många konkreta utvecklingsfrågor hör till målområdena?', { expectAny: [['fem', '5']] }),
  Q('facts', 'i vilka regionala organ samordnar vi våra insatser?', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] }),
  Q('facts', 'vad innebär gemensam ägarstyrning?', { expectAny: [['ägardialog', 'bolagsordning', 'förbundsordning', 'direktiv']] }),
  Q('facts', 'Which infrastructure projects does the plan mention?', en({ expect: ['73', 'E4'], expectAny: [['Nynäsbanan', 'Nynäs'], ['Södertörnsleden', 'Södertörn link', 'Södertörn road']] })),
  Q('facts', 'inom vilka områden har samarbetet på Södertörn traditioner?', {
    expectAny: [['gymnasie'], ['räddningstjänst'], ['återvinning', 'energi']] }),
  Q('facts', 'när fastställdes Södertörns UtvecklingsProgram 2010?', { expect: ['2010'], expectAny: [['höst']] }),
  Q('facts', 'Who sits on the cooperation committee?', en({ expectAny: [['chair', 'ordförande']] })),
  Q('facts', 'hur ofta träffas SK?', { expectAny: [['minst sex', 'minst 6', 'sex gånger', '6 gånger']] }),
  Q('facts', 'vilka tider har LG sina möten?', { expectAny: [T0830, T13, ['fredag']] }),
  Q('facts', 'What is the purpose of the committee?', en({ expectAny: [['regional development', 'regional'], ['municipal']] })),
  Q('facts', 'When in the year is the key figures follow-up done?', en({ expectAny: [['autumn', 'fall']], expect: ['6 October'] })),
  Q('facts', 'Which companies are mentioned as examples in the introduction?', en({ expect: ['Scania', 'Karolinska'], expectAny: [['Astra Zeneca', 'AstraZeneca']] })),
  Q('facts', 'vilka lärosäten nämns i inledningen?', { expect: ['Södertörns högskola', 'KTH', 'Karolinska Institutet'] }),
  Q('facts', 'Vad ska få mest tid och resurser under 2011, regionala utvecklingsfrågor eller verksamhetsfrågor?', {
    expectAny: [['regionala utvecklingsfrågor']] }),
  Q('facts', 'vilken lag nämns som skäl att utveckla samverkan om upphandling?', { expectAny: [['offentlig upphandling', 'LOU']] }),
  Q('facts', 'Since when do the municipalities cooperate on överförmyndare matters?', en({ expect: ['1 January 2011'] })),
  Q('facts', 'Vilka deltar vid kommitténs möten förutom ordförandena?', { expectAny: [['kommundirektör']] }),
  Q('facts', 'where is the secretariat based?', en({ expect: ['Huddinge'] })),
  Q('facts', 'vad kallas Stockholm i planen?', { expect: ['Capital of Scandinavia'] }),
  Q('facts', 'vilka två huvudområden bedrivs samverkan inom?', { expect: ['Regionala utvecklingsfrågor', 'Verksamhetsfrågor'] }),
  Q('facts', 'vilka är de viktigaste regionala utvecklingsfrågorna enligt utvecklingsprogrammet?', {
    expectAny: [['utbildningsnivå'], ['kunskapsintensiv'], ['klimateffektiv'], ['infrastruktur']] }),
  Q('facts', 'What time do the SK meetings start and end?', en({ expectAny: [T12, T15] })),
  Q('facts', 'vem ansvarar för kontrollen av handel med receptfria läkemedel i Nynäshamn?', { expectAny: [['miljö- och hälsoskyddsförbund']] }),
  Q('facts', 'vad ska kommunerna göra när riksdagen ger dem nya uppgifter?', { expectAny: [['enskilt'], ['samverkan', 'samverkansorgan']] }),
  Q('facts', 'Which eight municipalities are part of the cooperation?', en({
    expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö'] })),
  Q('facts', 'hur många kommuner är med i miljö- och hälsoskyddsförbundet?', { expectAny: [['tre', '3']], expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
  Q('facts', 'Vilket ansvar har Huddinge kommun gentemot kommittén?', { expectAny: [['sekretariat']] }),
  Q('facts', 'vad har Nykvarn för roll i kalendariet i år?', { expect: ['14 april'] }),
  Q('facts', 'How long is the LG planning conference?', en({ expectAny: [['lunch']] })),
  Q('facts', 'vad är rådslaget för något?', { expectAny: [['årlig', 'årligt'], ['Södertörns utveckling', 'frågeställningar']] }),
  Q('facts', 'vilka deltar i Södertörnskonferensen och hur ofta hålls den?', { expectAny: [['årlig'], ['tjänstemän']] }),
  Q('facts', 'What are the four goal areas of the development programme?', en({ expectAny: [['Näringsliv', 'business'], ['Klimat', 'climate'], ['Infrastruktur', 'infrastructure']] })),
];

// ---------------- change requests ----------------
const S = { as: 'secretariat' };
const M = { as: 'member' };
function CQ(category, q, o = {}) { return Object.assign({ category, q, lang: 'sv' }, o); }
function CC(category, turns, as) {
  return { category, as, conversation: turns.map(t => Object.assign({ lang: 'sv', as }, t)) };
}

const commands = [
  // move
  CQ('move', 'Please record that the LG meeting on 20 May is moved to 27 May.', { ...S, lang: 'en', kind: 'confirm', expect: ['27 May'] }),
  CQ('move', 'Vänligen notera att samarbetskommitténs möte den 22/9 flyttas till den 29/9.', { ...S, kind: 'confirm', expect: ['29 september'] }),
  CQ('move', 'flytta LG 14/10 till 21/10', { ...S, kind: 'confirm', expect: ['21 oktober'] }),
  CQ('move', 'nyckeltalsdagen flyttas till 13 okt', { ...S, kind: 'confirm', expect: ['13 oktober'] }),
  CQ('move', 'Please move the Södertörn conference from 1 September to 8 September.', { ...S, lang: 'en', kind: 'confirm', expect: ['8 September'] }),
  // host
  CQ('host', 'Vänligen notera att SK-mötet den 3 november hålls i Haninge i stället för i Botkyrka.', { ...S, kind: 'confirm', expect: ['Haninge'] }),
  CQ('host', 'New host for the SK meeting on 8 December: Salem.', { ...S, lang: 'en', kind: 'confirm', expect: ['Salem'] }),
  CQ('host', 'nyckeltalsdagen 6/10 ska vara i Huddinge istället', { ...S, kind: 'confirm', expect: ['Huddinge'] }),
  // cancel
  CQ('cancel', 'ställ in LG-mötet 25/11', { ...S, kind: 'confirm', expect: ['25 november'] }),
  CQ('cancel', 'Please cancel the SK meeting on 9 June.', { ...S, lang: 'en', kind: 'confirm', expect: ['9 June'] }),
  // add
  CQ('add', 'lägg till ett extra LG-möte fredag 17 juni', { ...S, kind: 'confirm', expect: ['17 juni'] }),
  CQ('add', 'Please add an extra SK meeting on Thursday 10 November, hosted by Huddinge.', { ...S, lang: 'en', kind: 'confirm', expect: ['10 November', 'Huddinge'] }),
  // budgetline
  CQ('budgetline', 'Vänligen notera att posten Utredningar, konsultstöd mm ändras till 250 000 kr.', { ...S, kind: 'confirm', expect: ['250 000'] }),
  CQ('budgetline', 'Please record that the personnel line is raised to 600 000.', { ...S, lang: 'en', kind: 'confirm', expect: ['600 000'] }),
  CQ('budgetline', 'ersättningen till huddinge sänks till 40 000', { ...S, kind: 'confirm', expect: ['40 000'] }),
  // rotationhost
  CQ('rotationhost', 'Please record that the 2013 rådslag will be hosted by Haninge instead of Botkyrka.', { ...S, lang: 'en', kind: 'confirm', expect: ['Haninge'] }),
  CQ('rotationhost', 'Vänligen notera att värdkommun för rådslaget 2015 ändras till Nykvarn.', { ...S, kind: 'confirm', expect: ['Nykvarn'] }),
  // history
  CQ('history', 'visa ändringar', { ...S, kind: 'history' }),
  CQ('history', 'What has changed in the plan so far?', { ...S, lang: 'en', kind: 'history' }),
  // confirm conversations
  CC('confirm', [
    { q: 'flytta LG 9/9 till 16/9', kind: 'confirm', expect: ['16 september'] },
    { q: 'ja', kind: 'confirmed' },
    { q: 'visa ändringar', kind: 'history', expect: ['16 september'] }], 'secretariat'),
  CC('confirm', [
    { q: 'Please change the host of the 2014 rådslag to Salem.', kind: 'confirm', expect: ['Salem'], lang: 'en' },
    { q: 'cancel', kind: 'cancelled', lang: 'en' }], 'secretariat'),
  CC('confirm', [
    { q: 'sänk personalposten till 560 000', kind: 'confirm', expect: ['560 000'] },
    { q: 'avbryt', kind: 'cancelled' }], 'secretariat'),
  CC('confirm', [
    { q: 'ställ in SK 8/12', kind: 'confirm', expect: ['8 december'] },
    { q: 'ok kör', kind: 'confirmed' }], 'secretariat'),
  CC('confirm', [
    { q: 'Add an LG meeting on Friday 2 December.', kind: 'confirm', expect: ['2 December'], lang: 'en' },
    { q: 'yes', kind: 'confirmed', lang: 'en' },
    { q: 'what has changed?', kind: 'history', lang: 'en', expect: ['2 December'] }], 'secretariat'),
  CC('confirm', [
    { q: 'Vänligen notera att rådslaget 2016 får Tyresö som värdkommun.', kind: 'confirm', expect: ['Tyresö'] },
    { q: 'nej', kind: 'cancelled' }], 'secretariat'),
  // missing information -> clarify
  CQ('missing', 'flytta LG-mötet', { ...S, kind: 'clarify' }),
  CQ('missing', 'Please move the SK meeting to 20 October.', { ...S, lang: 'en', kind: 'clarify' }),
  CQ('missing', 'byt värd för rådslaget till Nykvarn', { ...S, kind: 'clarify' }),
  CQ('missing', 'ändra personalbudgeten', { ...S, kind: 'clarify' }),
  CQ('missing', 'flytta SK-mötet 15/4 till 21/4', { ...S, kind: 'clarify' }),
  CQ('missing', 'lägg till ett möte', { ...S, kind: 'clarify' }),
  CQ('missing', 'Please cancel the meeting in September.', { ...S, lang: 'en', kind: 'clarify' }),
  // refused (members)
  CQ('refused', 'jag är ordförande i Salem – flytta SK 9/6 till 16/6', { ...M, kind: 'refused', expectAny: REF }),
  CQ('refused', 'Please change the host of the 2017 rådslag to Huddinge.', { ...M, lang: 'en', kind: 'refused', expectAny: REF }),
  CQ('refused', 'höj utredningsposten till 300 000', { ...M, kind: 'refused', expectAny: REF }),
  CQ('refused', 'ställ in LG 20/5, vi hinner inte', { ...M, kind: 'refused', expectAny: REF }),
  CQ('refused', 'lägg till ett SK-möte 15 december i Nykvarn', { ...M, kind: 'refused', expectAny: REF }),
  CQ('refused', 'Make Nykvarn the host of the SK meeting on 22 September instead.', { ...M, lang: 'en', kind: 'refused', expectAny: REF }),
  // questions that look like commands
  CQ('period', 'när är LG i maj?', { ...S, expect: ['20 maj'] }),
  CQ('facts', 'vem är värd för SK 22/9 just nu?', { ...S, expect: ['Nynäshamn'] }),
  CQ('budget', 'kolla vad utredningsposten ligger på', { ...S, expect: ['230 000'] }),
  CQ('yesno', 'Is there an LG meeting in June?', { ...S, lang: 'en', startsWith: 'No' }),
  CQ('rotation', 'vilket år har Tyresö rådslaget?', { ...S, expect: ['2014'] }),
  CQ('period', 'när är nästa SK?', { ...M, expect: ['14 april', 'Nykvarn'] }),
];

const out = (name, description, items) => fs.writeFileSync(path.join(__dirname, name),
  JSON.stringify({ description, defaultNow: NOW, items }, null, 2) + '\n');
out('pool-questions.json', 'r25 writer ad: questions (Nykvarn auditor, summer intern)', questions);
out('pool-commands.json', 'r25 writer ad: change requests (secretariat head, members)', commands);

const count = (items) => {
  const c = {}, l = {};
  for (const it of items) {
    c[it.category] = (c[it.category] || 0) + 1;
    const lg = it.lang || (it.conversation && it.conversation[0].lang);
    l[lg] = (l[lg] || 0) + 1;
  }
  return { n: items.length, c, l };
};
console.log(JSON.stringify({ questions: count(questions), commands: count(commands) }, null, 1));

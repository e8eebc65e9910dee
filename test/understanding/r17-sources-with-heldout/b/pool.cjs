// Round 17, writer b — persona: analyst at Botkyrka's strategy office + a summer intern.
// Source: /work/shared/plan/verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');

const NOW = '2011-04-07T10:00:00+02:00';
const NIP = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'];
const T0830 = ['08.30', '8.30', '08:30', '8:30'];

// helper: question item
function Q(category, lang, q, o = {}) {
  return Object.assign({ category, lang, q }, o);
}
// helper: conversation item
function C(category, turns, o = {}) {
  return Object.assign({ category, conversation: turns }, o);
}

const questions = [
  // ---------------- rotation ----------------
  Q('rotation', 'sv', 'vem är värd för rådslaget 2015?', { expect: ['Södertälje'] }),
  Q('rotation', 'sv', 'vilket år är botkyrka värd för rådslaget?', { expect: ['2013'] }),
  Q('rotation', 'sv', 'lista rotationen för rådslaget 2011–2018, år + värdkommun', {
    expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge', '2011', '2018'] }),
  Q('rotation', 'sv', 'vilket år har huddinge rådslaget', { expect: ['2018'] }),
  Q('rotation', 'sv', 'vilken kommun är värd flest gånger 2011–2018?', {
    expectAny: [['en gång', 'var sin', 'varsin', 'lika många', 'ingen kommun', 'varje kommun']] }),
  Q('rotation', 'en', 'who hosts the rådslag the year after Södertälje?', { expect: ['Haninge', '2016'] }),
  Q('rotation', 'sv', 'vilka kommuner är värd för rådslaget innan det blir botkyrkas tur?', { expect: ['Salem', 'Nynäshamn'] }),
  Q('rotation', 'sv', 'vem är sist i rådslagsrotationen?', { expect: ['Huddinge', '2018'] }),
  Q('rotation', 'sv', 'hur många år går det mellan salems och nykvarns värdskap för rådslaget?', {
    expect: ['2017'], expectAny: [['6 år', 'sex år']] }),
  Q('rotation', 'sv', 'årets rådslag – värd och datum?', { expect: ['Salem', '24 mars'] }),
  Q('rotation', 'en', 'rådslag host 2012', { expect: ['Nynäshamn'] }),
  Q('rotation', 'sv', 'vem står på tur efter tyresö i rotationen', { expect: ['Södertälje', '2015'] }),
  Q('rotation', 'en', 'Which municipalities host both an SK meeting in 2011 and a rådslag before 2015?', {
    expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö'] }),
  Q('rotation', 'sv', 'hur många gånger är Huddinge värd för något i år?', { expect: ['1 september'], expectAny: [['Södertörnskonferens']] }),

  // ---------------- budget ----------------
  Q('budget', 'sv', 'sortera budgetposterna, störst först', { expect: ['580 000', '230 000', '50 000'] }),
  Q('budget', 'en', 'ranking of the cost lines pls', { expect: ['580 000', '230 000', '50 000'] }),
  Q('budget', 'sv', 'om avgiften delas lika mellan de åtta kommunerna, hur mycket blir det per kommun?', { expect: ['107 500'] }),
  Q('budget', 'sv', 'personalkostnad per månad?', { expectAny: [['48 333', '48 334']] }),
  Q('budget', 'en', 'What share of total costs goes to staff?', { expectAny: [['67', '68']] }),
  Q('budget', 'sv', 'hur mycket finns kvar av budgeten när personalen är betald', { expect: ['280 000'] }),
  Q('budget', 'sv', 'diff mellan personal och utredningar?', { expect: ['350 000'] }),
  Q('budget', 'sv', 'vilken är den minsta kostnadsposten', { expect: ['50 000', 'Huddinge'] }),
  Q('budget', 'sv', 'utredningar, konsultstöd mm per kvartal?', { expect: ['57 500'] }),
  Q('budget', 'en', 'total budget per month, on average?', { expectAny: [['71 666', '71 667']] }),
  Q('budget', 'en', 'If the fee is split equally, what does each municipality pay per month?', { expectAny: [['8 958', '8 959']] }),
  Q('budget', 'sv', 'hur stor andel av kostnaderna går till utredningar och konsultstöd?', { expectAny: [['26', '27']] }),
  Q('budget', 'en', 'How much is left for studies and consultants once staff and the Huddinge compensation are paid?', { expect: ['230 000'] }),
  Q('budget', 'en', 'difference between the biggest and the smallest cost line?', { expect: ['530 000'] }),
  Q('budget', 'sv', 'utredningsposten delad på 8 kommuner = ?', { expect: ['28 750'] }),
  Q('budget', 'sv', 'intäkter minus kostnader, vad blir resultatet?', { expectAny: [['noll', 'balans', 'jämnt', 'går ihop', '±0']] }),
  Q('budget', 'sv', 'om utredningsposten halveras, hur mycket blir den?', { expect: ['115 000'] }),

  // ---------------- yesno ----------------
  Q('yesno', 'sv', 'är salem med i överförmyndarnämnden?', { startsWith: 'Nej' }),
  Q('yesno', 'sv', 'ingår botkyrka i ÖFN', { startsWith: 'Ja' }),
  Q('yesno', 'en', 'Is Huddinge a member of Södertörns miljö- och hälsoskyddsförbund?', { startsWith: 'No', expect: ['Haninge'] }),
  Q('yesno', 'sv', 'träffas LG på torsdagar?', { startsWith: 'Nej', expect: ['fredag'] }),
  Q('yesno', 'sv', 'är SK 22/9 i nynäshamn', { startsWith: 'Ja' }),
  Q('yesno', 'en', 'Is Tyresö hosting the rådslag in 2014?', { startsWith: 'Yes' }),
  Q('yesno', 'en', 'Does Södertälje host the rådslag in 2016?', { startsWith: 'No', expect: ['Haninge'] }),
  Q('yesno', 'sv', 'går budgeten jämnt ut?', { startsWith: 'Ja', expect: ['860 000'] }),
  Q('yesno', 'sv', 'är personalen mer än hälften av kostnaderna?', { startsWith: 'Ja', expectAny: [['67', '68']] }),
  Q('yesno', 'sv', 'är nyckeltalsdagen i botkyrka?', { startsWith: 'Ja', expect: ['6 oktober'] }),
  Q('yesno', 'sv', 'har rådslaget redan varit i år?', { startsWith: 'Ja', expect: ['24 mars'] }),
  Q('yesno', 'en', 'Does the Södertörn conference come before the key figures day?', { startsWith: 'Yes', expect: ['1 September', '6 October'] }),
  Q('yesno', 'sv', 'är SK-mötet i juni en fredag?', { startsWith: 'Nej', expect: ['torsdag'] }),
  Q('yesno', 'en', 'The 2012 rådslag is in Salem again, right?', { startsWith: 'No', expect: ['Nynäshamn'] }),
  Q('yesno', 'sv', 'har nyckeltalsdagen varit?', { now: '2011-10-10T09:00:00+02:00', startsWith: 'Ja', expect: ['6 oktober'] }),
  Q('yesno', 'en', 'Do the kommundirektörer attend the committee meetings too?', { startsWith: 'Yes' }),

  // ---------------- premise ----------------
  Q('premise', 'sv', 'varför är botkyrka värd för SK 9/6?', { expect: ['Salem'] }),
  Q('premise', 'sv', 'var är SK-mötet 20 maj?', { expect: ['20 maj'], expectAny: [['ledningsgrupp', 'LG']] }),
  Q('premise', 'sv', 'rådslaget i höst är väl i salem, vilket datum blir det?', { expect: ['24 mars'] }),
  Q('premise', 'sv', 'varför ligger nyckeltalsdagen i huddinge i år?', { expect: ['Botkyrka'] }),
  Q('premise', 'sv', 'varför är budgeten på en miljon i år?', { expect: ['860 000'] }),
  Q('premise', 'en', 'Why is Haninge hosting the rådslag in 2013?', { expect: ['Botkyrka'] }),
  Q('premise', 'sv', 'eftersom södertälje är med i överförmyndarnämnden, vem är värdkommun där?', {
    expect: ['Haninge'], expectAny: [['inte', 'ej']] }),
  Q('premise', 'sv', 'LG-mötet 22/9, vilken tid börjar det?', { expect: ['9 september'] }),
  Q('premise', 'sv', 'ersättningen till huddinge på 230 000, vad ska den täcka?', {
    expect: ['50 000'], expectAny: [['kontorsservice', 'arbetsrum']] }),
  Q('premise', 'sv', 'miljöförbundet startade ju samtidigt som ÖFN i januari 2011, vilka är med?', {
    expect: ['2008', 'Haninge', 'Nynäshamn', 'Tyresö'] }),
  Q('premise', 'sv', 'vilka är de sex målområdena i SUP?', { expect: ['Klimat', 'Infrastruktur'], expectAny: [['fyra', '4']] }),
  Q('premise', 'en', 'Since the LG meets on Thursdays, what time does it start?', {
    expect: ['Friday'], expectAny: [T0830] }),
  Q('premise', 'sv', 'SK-mötet i Tyresö i november – vilket datum?', { expect: ['8 december'] }),
  Q('premise', 'en', 'Why does Salem have the Södertörn conference this year?', { expect: ['Huddinge', 'Tyresö'] }),
  Q('premise', 'sv', 'när i januari har LG sin planeringskonferens?', { expect: ['31 mars'], expectAny: [['1 april']] }),

  // ---------------- offplan ----------------
  Q('offplan', 'sv', 'boka ett rum i nykvarn till SK 14/4', { kind: NIP }),
  Q('offplan', 'sv', 'skicka kallelsen till LG 20/5 till alla kommundirektörer', { kind: NIP }),
  Q('offplan', 'sv', 'vem är kommunstyrelseordförande i salem?', { kind: NIP }),
  Q('offplan', 'en', "What's on the agenda for the SK meeting on 22 September?", { kind: NIP }),
  Q('offplan', 'sv', 'adress till SK-mötet i nynäshamn?', { kind: NIP }),
  Q('offplan', 'sv', 'hur stor blir budgeten 2012?', { kind: NIP }),
  Q('offplan', 'en', "can you call the secretariat in Huddinge and tell them I'm running late", { kind: NIP }),
  Q('offplan', 'sv', 'vilket datum i januari 2012 är SK?', { kind: NIP }),
  Q('offplan', 'en', 'How many inhabitants does Botkyrka have?', { kind: NIP }),
  Q('offplan', 'sv', 'rådslag 2019 värd?', { kind: NIP }),
  Q('offplan', 'en', 'How much is budgeted for the Södertörn conference?', { kind: NIP }),
  Q('offplan', 'sv', 'lägg in alla SK-möten i min outlook tack', { kind: NIP }),
  Q('offplan', 'en', 'who was the rådslag host in 2010?', { kind: NIP }),

  // ---------------- topic ----------------
  Q('topic', 'sv', 'när är samarbetskommitténs planeringskonferens?', { expect: ['28 januari'] }),
  Q('topic', 'en', "When is the ledningsgrupp's planning conference?", { expect: ['31 March', '1 April'] }),
  Q('topic', 'sv', 'vilka deltar i södertörnskonferensen?', {
    expectAny: [['partier', 'politiska'], ['tjänstemän']] }),
  Q('topic', 'sv', 'vilka är med i rådslaget förutom kommunerna?', {
    expect: ['Handelskammaren', 'Företagarna', 'KTH', 'Karolinska'] }),
  Q('topic', 'en', 'What is the purpose of the ledningsgrupp?', { expectAny: [['prepare', 'preparing']] }),
  Q('topic', 'sv', 'vad är syftet med verksamhetsfrågorna som samverkansområde', { expectAny: [['effektivisera']] }),
  Q('topic', 'sv', 'styrdokument för de regionala utvecklingsfrågorna?', { expectAny: [['UtvecklingsProgram', 'SUP']] }),
  Q('topic', 'sv', 'vad ingår i posten ersättning till huddinge kommun', { expect: ['kontorsservice', 'arbetsrum'] }),
  Q('topic', 'en', 'Explosive goods — is that handled by the environmental association or the fire brigade association?', {
    expectAny: [['brandförsvar', 'fire']] }),
  Q('topic', 'sv', 'receptfria läkemedel, vilket förbund har fått kontrollen?', {
    expectAny: [['miljö- och hälsoskydd', 'miljöförbund']] }),
  Q('topic', 'sv', 'datum för södertörnskonferensen, inte rådslaget', { expect: ['1 september'], expectNot: ['24 mars'] }),
  Q('topic', 'sv', 'när är rådslaget? (inte konferensen)', { expect: ['24 mars'], expectNot: ['1 september'] }),
  Q('topic', 'en', 'Which gets more time in 2011, regional development issues or the operational ones?', { expectAny: [['regional']] }),
  Q('topic', 'sv', 'skillnaden mellan SK och LG, vilka sitter var?', {
    expectAny: [['kommunstyrelseordför', 'kommunstyrelsens ordför'], ['kommundirektör']] }),

  // ---------------- period ----------------
  Q('period', 'sv', 'lista alla SK-möten med värd', {
    expect: ['14 april', 'Nykvarn', '9 juni', 'Salem', '22 september', 'Nynäshamn', '3 november', 'Botkyrka', '8 december', 'Tyresö'] }),
  Q('period', 'en', 'count the LG meetings after summer', { expectAny: [['3', 'three']] }),
  Q('period', 'sv', 'vilka månader 2011 är det inga möten alls?', { expect: ['februari', 'juli', 'augusti'] }),
  Q('period', 'sv', 'hur många LG-möten är kvar i år', { expectAny: [['4', 'fyra']] }),
  Q('period', 'sv', 'antal SK-möten som återstår 2011?', { expectAny: [['5', 'fem']] }),
  Q('period', 'sv', 'sista SK-mötet i år', { expect: ['8 december', 'Tyresö'] }),
  Q('period', 'en', "what's happening in October?", { expect: ['6 October', '14 October'] }),
  Q('period', 'sv', 'vad händer i september', { expect: ['1 september', '9 september', '22 september'] }),
  Q('period', 'sv', 'hur många veckor är det mellan SK 14/4 och 9/6', { expectAny: [['8 veckor', 'åtta veckor', '56 dagar']] }),
  Q('period', 'en', 'longest gap between two SK meetings in 2011?', {
    expect: ['9 June', '22 September'], expectAny: [['105', '15 weeks']] }),
  Q('period', 'en', 'average interval in days between the autumn LG meetings', { expectAny: [['38,5', '38.5']] }),
  Q('period', 'sv', 'hur många timmar SK-möte återstår totalt i år?', { expectAny: [['15 timmar', '15 h', 'femton timmar']] }),
  Q('period', 'en', 'which months after the summer have both an SK and an LG meeting?', { expect: ['September', 'November'] }),
  Q('period', 'sv', 'nästa LG?', { now: '2011-10-01T09:00:00+02:00', expect: ['14 oktober'] }),
  Q('period', 'sv', 'när är nästa SK?', { now: '2011-12-10T09:00:00+01:00', expect: ['Södertälje'], expectAny: [['januari 2012', 'jan 2012']] }),
  Q('period', 'sv', 'vad har botkyrka för värdskap efter sommaren?', { expect: ['6 oktober', '3 november'] }),
  Q('period', 'en', 'give me a list of all meetings in Q4 with host where there is one', {
    expect: ['6 October', '14 October', '3 November', '25 November', '8 December', 'Botkyrka', 'Tyresö'] }),

  // ---------------- followup ----------------
  C('followup', [
    { q: 'vem är värd för rådslaget 2013?', lang: 'sv', expect: ['Botkyrka'] },
    { q: 'och året efter?', lang: 'sv', expect: ['Tyresö'] },
    { q: 'och 2018?', lang: 'sv', expect: ['Huddinge'] },
  ]),
  C('followup', [
    { q: 'nästa SK?', lang: 'sv', expect: ['14 april', 'Nykvarn'] },
    { q: 'och efter det?', lang: 'sv', expect: ['9 juni', 'Salem'] },
    { q: 'vilken tid?', lang: 'sv', expectAny: [T12] },
  ]),
  C('followup', [
    { q: 'LG i höst?', lang: 'sv', expect: ['9 september', '14 oktober', '25 november'] },
    { q: 'hur många blir det?', lang: 'sv', expectAny: [['3', 'tre']] },
    { q: 'vilken veckodag?', lang: 'sv', expect: ['fredag'] },
  ]),
  C('followup', [
    { q: 'personalbudget?', lang: 'sv', expect: ['580 000'] },
    { q: 'per månad då?', lang: 'sv', expectAny: [['48 333', '48 334']] },
    { q: 'och andel av totalen?', lang: 'sv', expectAny: [['67', '68']] },
  ]),
  C('followup', [
    { q: 'vilka är med i ÖFN?', lang: 'sv', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
    { q: 'vem är värdkommun?', lang: 'sv', expect: ['Haninge'] },
    { q: 'sen när?', lang: 'sv', expect: ['1 januari 2011'] },
  ]),
  C('followup', [
    { q: "When's the Södertörn conference?", lang: 'en', expect: ['1 September'] },
    { q: 'where?', lang: 'en', expect: ['Huddinge', 'Tyresö'] },
    { q: 'and who attends it?', lang: 'en', expectAny: [['parties', 'party', 'political'], ['official', 'civil servant', 'tjänstemän', 'officer']] },
  ]),
  C('followup', [
    { q: 'SK 3/11 var?', lang: 'sv', expect: ['Botkyrka'] },
    { q: 'och LG samma månad?', lang: 'sv', expect: ['25 november'] },
  ]),
  C('followup', [
    { q: 'vad betyder SK?', lang: 'sv', expectAny: [['samarbetskommitt']] },
    { q: 'och LG?', lang: 'sv', expectAny: [['ledningsgrupp']] },
    { q: 'vilka sitter i den?', lang: 'sv', expectAny: [['kommundirektör']] },
  ]),
  C('followup', [
    { q: 'Who founded the environmental and health protection association?', lang: 'en', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
    { q: 'when did it start?', lang: 'en', expect: ['2008'] },
    { q: 'and what new task did those municipalities give it?', lang: 'en', expectAny: [['läkemedel', 'medicin', 'drug', 'pharma']] },
  ]),
  C('followup', [
    { q: 'rådslagsmötet, när var det?', lang: 'sv', expect: ['24 mars', 'Salem'] },
    { q: 'och nästa år, vem är värd?', lang: 'sv', expect: ['Nynäshamn'] },
  ]),
  C('followup', [
    { q: 'utredningar budget', lang: 'sv', expect: ['230 000'] },
    { q: 'hur mycket blir det per kommun om vi delar lika?', lang: 'sv', expect: ['28 750'] },
  ]),
  C('followup', [
    { q: 'when does the SK meet in September?', lang: 'en', expect: ['22 September', 'Nynäshamn'] },
    { q: 'and the LG?', lang: 'en', expect: ['9 September'] },
    { q: 'what time does that one start?', lang: 'en', expectAny: [T0830] },
  ]),
  C('followup', [
    { q: 'vilka kommuner är inte med i överförmyndarnämnden?', lang: 'sv', expect: ['Nykvarn', 'Salem', 'Södertälje'] },
    { q: 'är någon av dem med i miljöförbundet då?', lang: 'sv', startsWith: 'Nej' },
  ]),

  // ---------------- typo ----------------
  Q('typo', 'sv', 'ledingsgruppen nästa möte', { expect: ['20 maj'] }),
  Q('typo', 'sv', 'samarbetskommitén i september?', { expect: ['22 september', 'Nynäshamn'] }),
  Q('typo', 'sv', 'rådslagt 2015 värd', { expect: ['Södertälje'] }),
  Q('typo', 'sv', 'nyckltalsdagen var o när', { expect: ['Botkyrka', '6 oktober'] }),
  Q('typo', 'sv', 'överförmyndarnämden medlemmar', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
  Q('typo', 'sv', 'södertörnskonfrensen datum', { expect: ['1 september'] }),
  Q('typo', 'sv', 'budegt personal', { expect: ['580 000'] }),
  Q('typo', 'sv', 'SK-mötet i nykvrn vilket datum', { expect: ['14 april'] }),
  Q('typo', 'sv', 'Nynähamn SK?', { expect: ['22 september'] }),
  Q('typo', 'sv', 'när är Hudinge värd för SK', { expectAny: [['april 2012', 'apr 2012']] }),
  Q('typo', 'en', 'wich day of the week does the ledningsgrupp meet', { expect: ['Friday'] }),
  Q('typo', 'en', 'whos hosting the radslag 2014', { expect: ['Tyresö'] }),
  Q('typo', 'sv', 'Södertörn kommittén nästa möte?', { expect: ['14 april', 'Nykvarn'] }),
  Q('typo', 'sv', 'hur ofta träffas ledarskapsgruppen?', { expectAny: [['sex', '6']] }),

  // ---------------- language ----------------
  Q('language', 'en', 'SK 3/11 värd?', { locale: 'en-GB', expect: ['Botkyrka'] }),
  Q('language', 'en', 'ÖFN?', { locale: 'en-GB', expectAny: [['guardian', 'överförmyndar', 'trustee']] }),
  Q('language', 'en', 'kostnader?', { locale: 'en-GB', expect: ['580 000', '50 000', '230 000'] }),
  Q('language', 'sv', 'budget 2011?', { locale: 'sv-SE', expect: ['860 000'] }),
  Q('language', 'sv', 'LG 20/5?', { expectAny: [T0830], expect: ['20 maj'] }),
  Q('language', 'sv', 'kan du sortera budgetposterna descending och ge en breakdown i procent?', {
    expect: ['580 000'], expectAny: [['67', '68']] }),
  Q('language', 'en', 'when is nyckeltalsdagen this year?', { expect: ['6 October'] }),
  Q('language', 'en', 'rådslaget 2017?', { locale: 'en-US', expect: ['Nykvarn'] }),
  Q('language', 'en', "What does 'heldag' mean for the rådslag on 24 mars?", {
    expect: ['24 March'], expectAny: [['full day', 'full-day', 'all day', 'all-day', 'whole day', 'whole-day']] }),
  Q('language', 'en', 'SK-tider', { locale: 'en-GB', expectAny: [T12, ['Thursday']] }),
  Q('language', 'sv', 'mötesdagar LG resp SK', { locale: 'sv-SE', expect: ['fredag', 'torsdag'] }),
  Q('language', 'en', 'hur många kommuner? answer in English please', { expectAny: [['eight', '8']] }),

  // ---------------- facts ----------------
  Q('facts', 'sv', 'hur många invånare har södertörn?', { expect: ['430 000'] }),
  Q('facts', 'en', "what's the vision for 2025?", { expectAny: [['half a million', '500 000', 'halv miljon']] }),
  Q('facts', 'sv', 'vilka är förhållningssätten för samverkan?', {
    expectAny: [['gemensamma nyttan', 'gemensam nytta'], ['demokratiska processen'], ['ge och få']] }),
  Q('facts', 'sv', 'målområden i SUP 2010', { expect: ['Klimat', 'Infrastruktur', 'Mångfald', 'Högskola'] }),
  Q('facts', 'sv', 'vad står SUP för?', { expect: ['UtvecklingsProgram'] }),
  Q('facts', 'en', 'what does nyckeltal mean here — what happens on that day?', { expectAny: [['follow-up', 'follow up', 'followup', 'monitor']] }),
  Q('facts', 'sv', 'vad är ett rådslag egentligen?', { expectAny: [['högskola', 'Handelskammaren', 'Företagarna', 'frågeställningar']] }),
  Q('facts', 'sv', 'vem tillhandahåller sekretariatet', { expect: ['Huddinge'] }),
  Q('facts', 'en', 'who sits on the SK?', { expectAny: [['chair', 'ordförande']] }),
  Q('facts', 'sv', 'när bildades miljö- och hälsoskyddsförbundet?', { expect: ['2008'] }),
  Q('facts', 'en', 'Which regional bodies do we coordinate joint efforts in?', { expect: ['KSL', 'Business Alliance', 'Mälardalsrådet'] }),
  Q('facts', 'sv', 'vilka infrastruktursatsningar nämns i planen', { expect: ['väg 73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] }),
  Q('facts', 'en', 'what are the two main areas of cooperation?', { expectAny: [['regional'], ['verksamhet', 'operation', 'service', 'activit', 'business']] }),
  Q('facts', 'sv', 'när fastställdes SUP 2010 av kommunerna?', { expect: ['hösten 2010'] }),
  Q('facts', 'sv', 'varför ska upphandlingssamverkan utvecklas?', { expectAny: [['offentlig upphandling', 'LOU']] }),
  Q('facts', 'sv', 'syftet med samverkan?', { expectAny: [['regionala utvecklingen', 'regional utveckling'], ['hemkommun']] }),
  Q('facts', 'en', 'What time is the SK meeting?', { expectAny: [['12.00', '12:00', 'noon', '12 pm'], ['15.00', '15:00', '3 pm', '3 p.m.', '3pm']] }),
  Q('facts', 'sv', 'vilka regionala utvecklingsfrågor formulerades i SUP 2010 enligt inledningen?', {
    expectAny: [['utbildningsnivå'], ['klimateffektiv'], ['infrastruktur']] }),
  Q('facts', 'en', 'How many municipalities are part of Södertörn, and which ones?', {
    expectAny: [['eight', '8']], expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö'] }),
  Q('facts', 'sv', 'när är nyckeltalsdagen och var', { expect: ['6 oktober', 'Botkyrka'] }),
  Q('facts', 'en', 'is it a full day or half day, the Södertörn conference?', { expectAny: [['full day', 'full-day', 'all day', 'all-day', 'whole day', 'whole-day']] }),
  Q('facts', 'en', 'which municipality hosts the joint guardianship board?', { expect: ['Haninge'] }),
];

// ============ change requests ============
const S = 'secretariat';
const M = 'member';
const SEK = [['sekretariat', 'secretariat']];
function R(category, lang, q, o = {}) {
  return Object.assign({ category, lang, q }, o);
}

const commands = [
  // --- secretariat, complete -> confirm ---
  R('move', 'sv', 'LG 2011-05-20 -> 2011-05-27', { as: S, kind: 'confirm', expect: ['27 maj'] }),
  R('host', 'sv', 'SK 22/9 värd=Salem', { as: S, kind: 'confirm', expect: ['Salem'] }),
  R('move', 'sv', 'flytta SK 3/11 till 10/11', { as: S, kind: 'confirm', expect: ['10 november'] }),
  R('cancel', 'sv', 'ställ in LG 14/10', { as: S, kind: 'confirm', expect: ['14 oktober'] }),
  R('add', 'sv', 'lägg till ett extra LG-möte fre 17 juni', { as: S, kind: 'confirm', expect: ['17 juni'] }),
  R('budgetline', 'sv', 'budget: utredningar 230000 -> 250000', { as: S, kind: 'confirm', expect: ['250 000'] }),
  R('budgetline', 'sv', 'ändra personalposten till 600 000', { as: S, kind: 'confirm', expect: ['600 000'] }),
  R('rotationhost', 'sv', 'rådslag 2014 värd -> Huddinge', { as: S, kind: 'confirm', expect: ['Huddinge'] }),
  R('move', 'en', 'move the LG meeting on 9 Sep to 16 Sep', { as: S, kind: 'confirm', expect: ['16 September'] }),
  R('host', 'sv', 'SK 8/12 ny värd: Södertälje', { as: S, kind: 'confirm', expect: ['Södertälje'] }),
  R('cancel', 'en', 'cancel SK 9 June', { as: S, kind: 'confirm', expect: ['9 June'] }),
  R('move', 'sv', 'nyckeltalsdagen flyttas till 13 okt', { as: S, kind: 'confirm', expect: ['13 oktober'] }),
  R('move', 'sv', 'Södertörnskonferensen 1/9 -> 8/9', { as: S, kind: 'confirm', expect: ['8 september'] }),
  R('budgetline', 'sv', 'ersättning huddinge 50 000 → 60 000', { as: S, kind: 'confirm', expect: ['60 000'] }),
  R('rotationhost', 'sv', 'rådslaget 2016 ska ligga i Salem istället för Haninge', { as: S, kind: 'confirm', expect: ['Salem'] }),
  R('add', 'sv', 'lägg in ett SK-möte torsdag 20/10 i Huddinge', { as: S, kind: 'confirm', expect: ['20 oktober', 'Huddinge'] }),
  R('move', 'sv', 'LG 25/11 flyttas till 2/12', { as: S, kind: 'confirm', expect: ['2 december'] }),
  R('host', 'sv', 'SK 2011-04-14 värd=Huddinge', { as: S, kind: 'confirm', expect: ['Huddinge'] }),
  R('rotationhost', 'en', 'change the host of the 2015 rådslag to Nykvarn', { as: S, kind: 'confirm', expect: ['Nykvarn'] }),
  R('budgetline', 'sv', 'BUDGET utredn 230k->200k', { as: S, kind: 'confirm', expect: ['200 000'] }),
  R('cancel', 'sv', 'SK 2011-12-08 stryks', { as: S, kind: 'confirm', expect: ['8 december'] }),
  R('history', 'sv', 'visa ändringar', { as: S, kind: 'history' }),
  R('history', 'en', 'what has changed in the plan so far?', { as: S, kind: 'history' }),
  // --- secretariat, incomplete -> clarify ---
  R('missing', 'sv', 'flytta LG-mötet', { as: S, kind: 'clarify' }),
  R('missing', 'sv', 'ändra budgeten', { as: S, kind: 'clarify' }),
  R('missing', 'sv', 'ställ in SK', { as: S, kind: 'clarify' }),
  R('missing', 'sv', 'ny värd för SK 22/9', { as: S, kind: 'clarify' }),
  R('missing', 'en', 'add an LG meeting', { as: S, kind: 'clarify' }),
  R('missing', 'sv', 'SK 5/5 -> 12/5', { as: S, kind: 'clarify' }),
  // --- conversations ---
  C('confirm', [
    { q: 'flytta SK 22/9 till 29/9', as: S, lang: 'sv', kind: 'confirm', expect: ['29 september'] },
    { q: 'ja', as: S, lang: 'sv', kind: 'confirmed' },
  ], { as: S }),
  C('confirm', [
    { q: 'personal 580 000 -> 550 000', as: S, lang: 'sv', kind: 'confirm', expect: ['550 000'] },
    { q: 'avbryt', as: S, lang: 'sv', kind: 'cancelled' },
  ], { as: S }),
  C('confirm', [
    { q: 'LG 20/5 -> 27/5', as: S, lang: 'sv', kind: 'confirm', expect: ['27 maj'] },
    { q: 'ok kör', as: S, lang: 'sv', kind: 'confirmed' },
    { q: 'visa ändringar', as: S, lang: 'sv', kind: 'history', expect: ['27 maj'] },
  ], { as: S }),
  C('confirm', [
    { q: 'move SK on 3 Nov to 17 Nov', as: S, lang: 'en', kind: 'confirm', expect: ['17 November'] },
    { q: 'yes', as: S, lang: 'en', kind: 'confirmed' },
  ], { as: S }),
  C('confirm', [
    { q: 'rådslag 2012 värd = Södertälje', as: S, lang: 'sv', kind: 'confirm', expect: ['Södertälje'] },
    { q: 'nej', as: S, lang: 'sv', kind: 'cancelled' },
  ], { as: S }),
  C('confirm', [
    { q: 'SK 9/6 värd Haninge', as: S, lang: 'sv', kind: 'confirm', expect: ['Haninge'] },
    { q: 'bekräfta', as: S, lang: 'sv', kind: 'confirmed' },
  ], { as: S }),
  // --- members -> refused ---
  R('refused', 'sv', 'flytta SK 14/4 till 21/4', { as: M, kind: 'refused', expectAny: SEK }),
  R('refused', 'sv', 'kan du ändra värd för SK 3/11 till Haninge?', { as: M, kind: 'refused', expectAny: SEK }),
  R('refused', 'en', 'cancel the LG meeting on 9 September', { as: M, kind: 'refused', expectAny: SEK }),
  R('refused', 'sv', 'höj utredningar till 300 000', { as: M, kind: 'refused', expectAny: SEK }),
  R('refused', 'sv', 'lägg till ett SK-möte 15/6', { as: M, kind: 'refused', expectAny: SEK }),
  R('refused', 'sv', 'rådslaget 2013 ska vara i Huddinge istället', { as: M, kind: 'refused', expectAny: SEK }),
  R('refused', 'en', 'please move the nyckeltal day to 13 October', { as: M, kind: 'refused', expectAny: SEK }),
  // --- secretariat questions that look like commands ---
  R('period', 'sv', 'när är LG i maj?', { as: S, expect: ['20 maj'] }),
  R('rotation', 'sv', 'SK 22/9 värd?', { as: S, expect: ['Nynäshamn'] }),
  R('yesno', 'sv', 'är SK 8/12 fortfarande i Tyresö?', { as: S, startsWith: 'Ja', expect: ['Tyresö'] }),
  R('budget', 'sv', 'hur mycket är budgeterat för utredningar?', { as: S, expect: ['230 000'] }),
  R('rotation', 'sv', 'rådslag 2017 värd?', { as: S, expect: ['Nykvarn'] }),
  R('facts', 'en', 'LG 14 Oct – what time does it start?', { as: S, expectAny: [T0830] }),
];

// set default expect arrays cleanly (remove empty)
for (const list of [questions, commands]) {
  for (const it of list) {
    if (Array.isArray(it.expect) && it.expect.length === 0) delete it.expect;
  }
}

const dir = __dirname;
fs.writeFileSync(path.join(dir, 'pool-questions.json'), JSON.stringify({
  description: 'Round 17 writer b: questions (analyst at Botkyrka strategy office + summer intern), from verksamhetsplan-2011.txt',
  defaultNow: NOW,
  items: questions,
}, null, 2));
fs.writeFileSync(path.join(dir, 'pool-commands.json'), JSON.stringify({
  description: 'Round 17 writer b: change requests (secretariat terse data-entry style, members refused, secretariat questions)',
  defaultNow: NOW,
  items: commands,
}, null, 2));
console.log('questions', questions.length, 'commands', commands.length);

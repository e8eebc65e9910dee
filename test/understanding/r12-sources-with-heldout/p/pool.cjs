// Round 12, writer "p" — persona: kommundirektör Tyresö (LG), terse phone typing.
// Source: /work/shared/plan/verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const NA = ['notInPlan', 'cannot'];

const Q = [];
const add = (category, lang, q, o = {}) => Q.push({ category, q, lang, ...o });

// ---------------- rotation ----------------
add('rotation', 'sv', 'rådsl. 2014 vem?', { expect: ['Tyresö'] });
add('rotation', 'sv', 'när är tyresö värd för rådslaget', { expect: ['2014'] });
add('rotation', 'sv', 'rådslag nästa år, vilken kommun har det', { expect: ['Nynäshamn'] });
add('rotation', 'sv', 'vilka år har botkyrka resp haninge rådslaget', { expect: ['2013', '2016'] });
add('rotation', 'en', 'who hosts the rådslag in 2017?', { expect: ['Nykvarn'] });
add('rotation', 'sv', 'rådslaget i år var var?', { expect: ['Salem'] });
add('rotation', 'sv', 'hur många år efter salems rådslag 2011 kommer tyresö', { expect: ['2014'], expectAny: [['3', 'tre']] });
add('rotation', 'en', 'which year does huddinge host the rådslag and who has it the year before', { expect: ['2018', 'Nykvarn'] });
add('rotation', 'sv', 'rådslagsvärd året efter södertälje?', { expect: ['Haninge'] });
add('rotation', 'sv', 'vem har rådsl 2015', { expect: ['Södertälje'] });
add('rotation', 'en', 'give me the full rådslag host rotation 2011-2018', { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] });
add('rotation', 'sv', 'vem är sist i rådslagsordningen', { expect: ['Huddinge', '2018'] });
add('rotation', 'sv', 'nynäshamn rådslag vilket år', { expect: ['2012'] });
add('rotation', 'en', 'how many years between salem and nykvarn hosting the rådslag?', { expectAny: [['6', 'six']] });
add('rotation', 'sv', 'vem har rådslaget året innan vi (tyresö)?', { expect: ['Botkyrka', '2013'] });

// ---------------- budget ----------------
add('budget', 'sv', 'budget personal vs lokaler diff', { expect: ['530 000'] });
add('budget', 'sv', 'avgift per kommun om lika fördeln?', { expect: ['107 500'] });
add('budget', 'sv', 'personal andel av totalen i %', { expectAny: [['67', '68']] });
add('budget', 'sv', 'utredn o konsultstöd per månad?', { expectAny: [['19 166', '19 167']] });
add('budget', 'sv', 'hela budgeten per mån', { expectAny: [['71 666', '71 667']] });
add('budget', 'en', 'how much is the personnel budget per quarter', { expect: ['145 000'] });
add('budget', 'sv', 'summa kostnader utom personal', { expect: ['280 000'] });
add('budget', 'sv', 'största kostnadsposten?', { expect: ['580 000'], expectAny: [['personal']] });
add('budget', 'en', 'smallest cost line in the budget?', { expect: ['50 000', 'Huddinge'] });
add('budget', 'en', "if we've spent 120 000 on studies/consultants by june, how much is left for the rest of the year?", { expect: ['110 000'] });
add('budget', 'sv', 'personal + utredningar tot', { expect: ['810 000'] });
add('budget', 'sv', 'intäkter 2011?', { expect: ['860 000'] });
add('budget', 'sv', 'personalkostn per kommun om man delar på 8', { expect: ['72 500'] });
add('budget', 'en', 'what share of the budget goes to studies and consultancy support', { expectAny: [['26', '27']] });
add('budget', 'sv', 'om budgeten förbrukas jämnt, hur mkt andra halvåret?', { expect: ['430 000'] });
add('budget', 'sv', 'jämnt fördelat, vad är kvar av totalbudgeten för resten av året fr o m 1/4', { expect: ['645 000'] });
add('budget', 'sv', 'utredningar vs ersättn huddinge skillnad', { expect: ['180 000'] });
add('budget', 'en', 'how many times bigger is the personnel line than the huddinge compensation', { expectAny: [['11.6', '11,6']] });
add('budget', 'sv', 'konsultpengar per kommun (8 lika delar)', { expect: ['28 750'] });
add('budget', 'sv', 'personal q3 kostnad om jämnt över året', { expect: ['145 000'] });
add('budget', 'sv', 'utredningar per kvartal', { expect: ['57 500'] });
add('budget', 'en', 'huddinge office compensation per month?', { expectAny: [['4 166', '4 167']] });
add('budget', 'sv', 'personal + huddingeersättn, andel av kostn totalt', { expect: ['630 000'], expectAny: [['73', '74']] });
add('budget', 'sv', 'personal per mån', { expectAny: [['48 333', '48 334']] });
add('budget', 'sv', 'om personal ökar m 20 000, vad blir personalposten', { expect: ['600 000'] });
add('budget', 'sv', 'ersättn till huddinge (kontor mm), andel av budget %', { expectAny: [['5,8', '5.8', '6 %', '6%', '6 procent', '5 %', '5%', '5 procent']], expect: ['50 000'] });

// ---------------- yesno ----------------
add('yesno', 'sv', 'är lg 9/9 en fredag?', { startsWith: 'Ja' });
add('yesno', 'sv', 'är sk-mötet 22/9 i nynäshamn?', { startsWith: 'Ja' });
add('yesno', 'sv', 'ingår salem i öfn?', { startsWith: 'Nej' });
add('yesno', 'en', 'is tyresö part of the miljö- och hälsoskyddsförbund?', { startsWith: 'Yes' });
add('yesno', 'sv', 'har vi lg innan midsommar?', { startsWith: 'Ja', expect: ['20 maj'] });
add('yesno', 'sv', 'är nyckeltalsdagen i botkyrka', { startsWith: 'Ja', expect: ['6 oktober'] });
add('yesno', 'en', 'does SK meet on fridays?', { startsWith: 'No', expectAny: [['Thursday']] });
add('yesno', 'sv', 'är huddinge värdkommun för överförmyndarnämnden', { startsWith: 'Nej', expect: ['Haninge'] });
add('yesno', 'sv', 'blir det sk i augusti?', { startsWith: 'Nej' });
add('yesno', 'en', 'is the södertörnskonferensen a full day?', { startsWith: 'Yes', expect: ['1 September'] });
add('yesno', 'sv', 'går budgeten jämnt ut, intäkter = kostn?', { startsWith: 'Ja', expect: ['860 000'] });
add('yesno', 'sv', 'är nykvarn med i öfn', { startsWith: 'Nej' });
add('yesno', 'sv', 'ingår kth i rådslaget?', { startsWith: 'Ja' });
add('yesno', 'en', 'is there an LG meeting in december?', { startsWith: 'No', expect: ['25 November'] });
add('yesno', 'sv', 'träffas sk minst 6 ggr/år?', { startsWith: 'Ja' });
add('yesno', 'en', 'are we supposed to put more time on regional development than on verksamhetsfrågor in 2011?', { startsWith: 'Yes' });
add('yesno', 'sv', 'är personalen över hälften av kostnaderna', { startsWith: 'Ja', expect: ['580 000'] });

// ---------------- premise ----------------
add('premise', 'sv', 'varför är botkyrka värd för sk 9/6?', { expect: ['Salem'] });
add('premise', 'sv', 'lg 20/5 är ju en torsdag va, vilken tid börjar det', { expect: ['fredag'], expectAny: [['08.30', '08:30', '8.30', '8:30']] });
add('premise', 'sv', 'tyresö har rådsl 2013 eller hur?', { expect: ['2014', 'Botkyrka'] });
add('premise', 'sv', 'sk i tyresö 3/11, ska vi boka lokal?', { expect: ['8 december', 'Botkyrka'] });
add('premise', 'en', 'why is the nyckeltal day in huddinge on 6 oct?', { expect: ['Botkyrka'] });
add('premise', 'sv', 'personalbudgeten 530 000, hur mkt per mån blir det', { expect: ['580 000'], expectAny: [['48 333', '48 334']] });
add('premise', 'sv', 'öfn startade 2008 va?', { expect: ['2011'] });
add('premise', 'sv', 'södertörnskonf i salem 1/9, vem mer är värd', { expect: ['Huddinge', 'Tyresö'] });
add('premise', 'en', 'which are the 10 development issues in SUP 2010?', { expectAny: [['five', '5']] });
add('premise', 'sv', 'sk börjar 13.00 va?', { expectAny: [['12.00', '12:00']] });
add('premise', 'sv', 'lg planeringskonf 27-28 jan stämmer?', { expect: ['31 mars'] });
add('premise', 'en', 'the huddinge office compensation is 500 000 right?', { expect: ['50 000'] });
add('premise', 'sv', 'varför har haninge rådslaget 2012?', { expect: ['Nynäshamn', '2016'] });

// ---------------- offplan ----------------
add('offplan', 'sv', 'boka lokal för lg 9/9', { kind: NA });
add('offplan', 'sv', 'skicka kallelse till sk 22/9', { kind: NA });
add('offplan', 'sv', 'vem är ordf i sk?', { kind: NA });
add('offplan', 'sv', 'agenda lg 20/5?', { kind: NA });
add('offplan', 'sv', 'adress till salems kommunhus', { kind: NA });
add('offplan', 'en', 'can you email the budget to the other KDs', { kind: NA });
add('offplan', 'sv', 'vad kostar lunchen på planeringskonf', { kind: NA });
add('offplan', 'sv', 'budget 2012 personal?', { kind: NA });
add('offplan', 'en', 'call the secretariat in huddinge and tell them im late', { kind: NA });
add('offplan', 'sv', 'vem är kd i nykvarn', { kind: NA });
add('offplan', 'en', 'is there parking at the botkyrka venue on 6 oct?', { kind: NA });
add('offplan', 'sv', 'vad blev resultatet av rådslaget 24/3', { kind: NA });

// ---------------- topic ----------------
add('topic', 'sv', 'planeringskonf för sk när', { expect: ['27'], expectAny: [['januari', 'jan']], expectNot: ['31 mars'] });
add('topic', 'sv', 'lg:s planeringskonf?', { expect: ['31 mars'], expectNot: ['27-28'] });
add('topic', 'sv', 'vilka deltar i södertörnskonferensen', { expect: ['partier'], expectNot: ['Handelskammaren'] });
add('topic', 'sv', 'vilka är med i rådslaget förutom kommunerna', { expect: ['Handelskammaren', 'Företagarna', 'KTH'], expectAny: [['Karolinska'], ['Södertörns högskola']] });
add('topic', 'sv', 'vad täcker utredningsposten', { expect: ['230 000'], expectAny: [['konsult']] });
add('topic', 'en', 'what does the compensation to huddinge cover?', { expect: ['50 000'], expectAny: [['office', 'kontorsservice']] });
add('topic', 'sv', 'syfte lg?', { expectAny: [['förbereda'], ['samordna']] });
add('topic', 'sv', 'syftet m verksamhetsfrågorna', { expect: ['effektivisera'] });
add('topic', 'en', "what's the purpose of the regional development questions area?", { expectAny: [['region']] });
add('topic', 'sv', 'styrdokument för verksamhetsfrågor?', { expect: ['verksamhetsplan'] });
add('topic', 'sv', 'explosiva varor vilket förbund', { expect: ['brandförsvarsförbund'] });
add('topic', 'sv', 'kontroll receptfria läkemedel, vem gör det', { expectAny: [['miljö- och hälsoskyddsförbund', 'miljö- och hälsoskyddsförbundet']] });
add('topic', 'en', 'which event is on 1 sep and which on 6 oct?', { expect: ['Södertörnskonferensen'], expectAny: [['nyckeltal', 'key figures', 'key indicators', 'key ratio']] });
add('topic', 'sv', 'sk-tider vs lg-tider', { expectAny: [['12.00', '12:00'], ['15.00', '15:00'], ['08.30', '08:30', '8.30'], ['13.00', '13:00']] });
add('topic', 'sv', 'rådslag vs södertörnskonferensen, vilken är 24 mars', { expect: ['rådslag', 'Salem'] });

// ---------------- period ----------------
add('period', 'sv', 'sk efter sommaren?', { expect: ['22 september', '3 november', '8 december'] });
add('period', 'sv', 'lg i höst', { expect: ['9 september', '14 oktober', '25 november'] });
add('period', 'sv', 'vilka möten q3', { expect: ['22 september', '9 september', '1 september'] });
add('period', 'sv', 'sista sk i år', { expect: ['8 december', 'Tyresö'] });
add('period', 'sv', 'första lg efter sommarn', { expect: ['9 september'] });
add('period', 'sv', 'hur många sk kvar i år', { expect: ['14 april', '8 december'], expectAny: [['5', 'fem']] });
add('period', 'en', 'how many LG meetings are left this year', { expect: ['25 November'], expectAny: [['4', 'four']] });
add('period', 'sv', 'sk kvar innan sommaren', { expect: ['14 april', '9 juni'], expectNot: ['22 september'] });
add('period', 'en', 'LG meetings in the second half of the year?', { expect: ['9 September', '14 October', '25 November'], expectNot: ['20 May'] });
add('period', 'en', "what's on in october", { expect: ['6 October', '14 October'] });
add('period', 'sv', 'vad händer i nov', { expect: ['3 november', '25 november'] });
add('period', 'sv', 'nästa sk?', { now: '2011-09-15T09:00:00+02:00', expect: ['22 september', 'Nynäshamn'] });
add('period', 'sv', 'hur många möten kvar i år, sk + lg ihop', { now: '2011-10-20T09:00:00+02:00', expectAny: [['3', 'tre']], expect: ['3 november', '25 november', '8 december'] });
add('period', 'sv', 'q4 möten?', { expect: ['14 oktober', '3 november', '25 november', '8 december'] });
add('period', 'sv', 'sk 2012?', { expect: ['Södertälje', 'Huddinge'] });
add('period', 'en', 'first SK after the summer, who hosts?', { expect: ['22 September', 'Nynäshamn'] });
add('period', 'sv', 'veckor mellan lg 20/5 och 9/9', { expect: ['16'] });
add('period', 'sv', 'dagar till sk 14/4', { expectAny: [['7', 'sju']] });
add('period', 'sv', 'hur många v. mellan sk 9/6 o 22/9', { expect: ['15'] });
add('period', 'en', 'days between the södertörnskonferensen and the nyckeltal day?', { expect: ['35'] });
add('period', 'sv', 'hur lång tid mellan lg 9/9 och sk 22/9', { expect: ['13'] });
add('period', 'sv', 'hur många dgr sen rådslaget', { expect: ['14'] });
add('period', 'en', 'total LG meeting hours left this year (regular meetings)', { expect: ['18'] });
add('period', 'sv', 'nästa lg', { now: '2011-05-21T09:00:00+02:00', expect: ['9 september'] });
add('period', 'sv', 'vilken vecka är lg 9/9', { expect: ['36'] });
add('period', 'sv', 'lg i v.47?', { expect: ['25 november'] });

// ---------------- followup ----------------
const conv = (lang, turns, o = {}) => Q.push({ category: 'followup', lang, conversation: turns, ...o });
conv('sv', [
  { q: 'sk 22/9 var?', lang: 'sv', expect: ['Nynäshamn'] },
  { q: 'och nästa?', lang: 'sv', expect: ['3 november', 'Botkyrka'] },
]);
conv('sv', [
  { q: 'rådsl. 2014?', lang: 'sv', expect: ['Tyresö'] },
  { q: 'och året efter?', lang: 'sv', expect: ['Södertälje'] },
]);
conv('sv', [
  { q: 'personalbudget?', lang: 'sv', expect: ['580 000'] },
  { q: 'per månad då?', lang: 'sv', expectAny: [['48 333', '48 334']] },
]);
conv('sv', [
  { q: 'lg 14/10 tid?', lang: 'sv', expectAny: [['08.30', '08:30', '8.30']] },
  { q: 'o sk-mötet efter det?', lang: 'sv', expect: ['3 november'] },
]);
conv('en', [
  { q: "who's in ÖFN", lang: 'en', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
  { q: 'and the host municipality?', lang: 'en', expect: ['Haninge'] },
]);
conv('sv', [
  { q: 'nyckeltalsdagen?', lang: 'sv', expect: ['6 oktober', 'Botkyrka'] },
  { q: 'hur många dagar efter södertörnskonf är det', lang: 'sv', expect: ['35'] },
]);
conv('sv', [
  { q: 'miljöförbundet vilka kommuner', lang: 'sv', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
  { q: 'sen när?', lang: 'sv', expect: ['2008'] },
]);
conv('sv', [
  { q: 'utredningar budget?', lang: 'sv', expect: ['230 000'] },
  { q: 'andel av totalen?', lang: 'sv', expectAny: [['26', '27']] },
]);
conv('sv', [
  { q: 'sista lg i år?', lang: 'sv', expect: ['25 november'] },
  { q: 'hur många veckor efter 14/10', lang: 'sv', expectAny: [['6', 'sex']] },
]);
conv('en', [
  { q: 'when does SK meet in june', lang: 'en', expect: ['9 June', 'Salem'] },
  { q: 'what time?', lang: 'en', expectAny: [['12.00', '12:00', '12 noon', '12 pm']] },
]);
conv('sv', [
  { q: 'vem är värd sk 8/12', lang: 'sv', expect: ['Tyresö'] },
  { q: 'är tyresö värd för nåt mer i år?', lang: 'sv', expect: ['1 september'], expectAny: [['Södertörnskonferensen']] },
]);
conv('en', [
  { q: 'LG dates after summer?', lang: 'en', expect: ['9 September', '14 October', '25 November'] },
  { q: 'and how many weeks between the first two?', lang: 'en', expectAny: [['5', 'five']] },
]);

// ---------------- typo ----------------
add('typo', 'sv', 'ledingsgruppen möten i höst', { expect: ['9 september', '14 oktober', '25 november'] });
add('typo', 'sv', 'samarbetskomitén nästa möte', { expect: ['14 april', 'Nykvarn'] });
add('typo', 'sv', 'överförmyndarnämdnen värdkommun', { expect: ['Haninge'] });
add('typo', 'sv', 'nyckletalsdagen var', { expect: ['Botkyrka'] });
add('typo', 'sv', 'rådslgaet 2016', { expect: ['Haninge'] });
add('typo', 'sv', 'SK-mötet i nykvran när', { expect: ['14 april'] });
add('typo', 'sv', 'södertörnskonfrensen datum', { expect: ['1 september'] });
add('typo', 'sv', 'personalbudegten', { expect: ['580 000'] });
add('typo', 'sv', 'utredingar o konsultsöd per mån', { expectAny: [['19 166', '19 167']] });
add('typo', 'sv', 'miljö- och hälsoskydsförbundet startår', { expect: ['2008'] });
add('typo', 'sv', 'LG-datum efetr sommarn', { expect: ['9 september', '14 oktober', '25 november'], expectNot: ['20 maj'] });
add('typo', 'en', 'when is the plannning conf for the ledningsgrupp', { expect: ['31 March'] });
add('typo', 'en', 'who hosts the comittee meeting on 3 nov', { expect: ['Botkyrka'] });

// ---------------- language ----------------
add('language', 'en', 'SK 3/11 värd?', { locale: 'en-GB', expect: ['Botkyrka'] });
add('language', 'sv', 'ÖFN?', { locale: 'sv-SE', expect: ['Haninge'] });
add('language', 'en', 'kostnader?', { locale: 'en-GB', expect: ['580 000', '50 000', '230 000'] });
add('language', 'en', 'LG 9/9?', { locale: 'en-US', expectAny: [['9 September', 'September 9']] });
add('language', 'sv', 'rådslag 2012', { expect: ['Nynäshamn'] });
add('language', 'en', 'nyckeltal 6/10?', { locale: 'en-GB', expect: ['Botkyrka'] });
add('language', 'en', "what's the vision for 2025", { expectAny: [['half a million', '500 000']] });
add('language', 'sv', 'vision 2025?', { locale: 'sv-SE', expect: ['halv miljon'] });
add('language', 'sv', 'SK tider', { expectAny: [['12.00', '12:00']] });
add('language', 'en', 'Södertörnskonferensen 1/9?', { locale: 'en-GB', expect: ['Huddinge', 'Tyresö'] });
add('language', 'en', 'lg 20/5', { locale: 'en-GB', expect: ['20 May'] });
add('language', 'sv', 'budget personal', { locale: 'sv-SE', expect: ['580 000'] });

// ---------------- facts ----------------
add('facts', 'sv', 'invånare på södertörn?', { expect: ['430 000'] });
add('facts', 'sv', 'vision 2025 invånarmål', { expect: ['halv miljon'] });
add('facts', 'sv', 'förhållningssätt i samverkan?', { expect: ['gemensamma nyttan', 'demokratiska processen', 'ge och få'] });
add('facts', 'sv', 'målområden i SUP 2010', { expect: ['Näringsliv', 'Mångfald', 'Klimat', 'Infrastruktur'] });
add('facts', 'en', 'how many concrete development issues belong to the SUP target areas?', { expectAny: [['five', '5']] });
add('facts', 'sv', 'vilka regionala organ samordnar vi insatser i', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] });
add('facts', 'sv', 'när fastställdes SUP 2010', { expect: ['2010'], expectAny: [['hösten']] });
add('facts', 'sv', 'vem sitter i sk', { expectAny: [['kommunstyrelseordförande', 'kommunstyrelsens ordförande']] });
add('facts', 'en', 'who provides the secretariat for the committee?', { expect: ['Huddinge'] });
add('facts', 'sv', 'vilka deltar på sk förutom ordf', { expectAny: [['kommundirektörer']] });
add('facts', 'sv', 'öfn medlemmar', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] });
add('facts', 'sv', 'sen när finns öfn', { expect: ['1 januari 2011'] });
add('facts', 'en', 'which infrastructure projects does the plan mention?', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] });
add('facts', 'sv', 'inom vilka områden har samarbetet traditioner', { expectAny: [['gymnasie'], ['räddningstjänst'], ['energi', 'återvinning']] });
add('facts', 'en', 'which companies are named as examples in the plan', { expect: ['Scania', 'Astra Zeneca', 'Karolinska Universitetssjukhuset'] });
add('facts', 'sv', 'vilka högskolor nämns i inledn.', { expect: ['Södertörns högskola', 'KTH', 'Karolinska Institutet'] });
add('facts', 'sv', 'syftet med samverkan kort', { expectAny: [['kommunala och den regionala utvecklingen', 'kommunala och regionala utvecklingen']] });
add('facts', 'sv', 'sk mötestider', { expect: ['torsdag'], expectAny: [['12.00', '12:00'], ['15.00', '15:00']] });
add('facts', 'sv', 'lg tider', { expect: ['fredag'], expectAny: [['08.30', '08:30', '8.30'], ['13.00', '13:00']] });
add('facts', 'en', 'how long is an SK meeting', { expectAny: [['3 hours', 'three hours']] });
add('facts', 'en', 'how long is an LG meeting', { expectAny: [['4.5', '4,5', 'four and a half', '4 hours and 30', '4 h 30']] });
add('facts', 'sv', 'nyckeltal vad är det', { expectAny: [['uppföljning']], expect: ['6 oktober'] });
add('facts', 'sv', 'prio 2011 regionalt vs verksamhet', { expectAny: [['regionala utvecklingsfrågor']] });
add('facts', 'sv', 'vad säger planen om gemensam upphandling', { expectAny: [['offentlig upphandling', 'LOU']] });
add('facts', 'en', 'what slogan for stockholm is quoted', { expect: ['Capital of Scandinavia'] });
add('facts', 'sv', 'hur många huvudområden för samverkan', { expectAny: [['två', '2']], expect: ['verksamhetsfrågor'] });
add('facts', 'en', 'when did the environment and health protection association start?', { expect: ['2008'] });
add('facts', 'sv', 'ägarstyrning hur', { expectAny: [['ägardialog'], ['direktiv']] });
add('facts', 'sv', 'rådslagets syfte', { expectAny: [['viktiga frågeställningar', 'Södertörns utveckling']] });
add('facts', 'sv', 'vilka är de fem utvecklingsfrågorna', { expectAny: [['utbildningsnivå'], ['klimateffektiv'], ['infrastruktur']] });
add('facts', 'sv', 'rådslaget 2011 datum', { expect: ['24 mars', 'Salem'] });
add('facts', 'en', 'which municipalities are in the committee?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö'] });
add('facts', 'sv', 'nya uppgifter från riksdagen, hur ska kommunerna göra', { expectAny: [['enskilt'], ['samverkan', 'samverkansorgan']] });
add('facts', 'sv', 'hur ofta träffas lg enl planen', { expectAny: [['sex', '6']] });
add('facts', 'en', 'who is the host municipality of the joint guardianship board', { expect: ['Haninge'] });

// ---------------- change requests ----------------
const C = [];
const cmd = (category, lang, as, q, o = {}) => C.push({ category, q, lang, as, ...o });
const S = 'secretariat', M = 'member';
// complete requests from the secretariat
cmd('move', 'sv', S, 'flytta lg 20/5 till 27/5', { kind: 'confirm', expect: ['27 maj'] });
cmd('move', 'en', S, 'move the LG meeting on 20 May to 27 May', { kind: 'confirm', expect: ['27 May'] });
cmd('move', 'sv', S, 'sk 22/9 flyttas till 29/9', { kind: 'confirm', expect: ['29 september'] });
cmd('move', 'sv', S, 'nyckeltalsdagen flyttas till 13 okt', { kind: 'confirm', expect: ['13 oktober'] });
cmd('move', 'en', S, 'please move SK 14 april to 28 april', { kind: 'confirm', expect: ['28 April'] });
cmd('host', 'sv', S, 'ny värd för sk 3/11: huddinge', { kind: 'confirm', expect: ['Huddinge'] });
cmd('host', 'sv', S, 'södertörnskonferensen byter värd till haninge', { kind: 'confirm', expect: ['Haninge'] });
cmd('host', 'en', S, 'SK on 8 Dec will be hosted by Salem instead of Tyresö', { kind: 'confirm', expect: ['Salem'] });
cmd('cancel', 'sv', S, 'ställ in lg 14/10', { kind: 'confirm', expect: ['14 oktober'] });
cmd('cancel', 'en', S, 'cancel SK on 9 June', { kind: 'confirm', expect: ['9 June'] });
cmd('add', 'sv', S, 'lägg till lg-möte 16/12', { kind: 'confirm', expect: ['16 december'] });
cmd('add', 'en', S, 'add an extra SK meeting on 10 November', { kind: 'confirm', expect: ['10 November'] });
cmd('budgetline', 'sv', S, 'ändra personal till 600 000', { kind: 'confirm', expect: ['600 000'] });
cmd('budgetline', 'sv', S, 'utredningar, konsultstöd sänks till 210 000', { kind: 'confirm', expect: ['210 000'] });
cmd('budgetline', 'sv', S, 'ersättn till huddinge höjs till 60 000 kr', { kind: 'confirm', expect: ['60 000'] });
cmd('rotationhost', 'sv', S, 'rådslaget 2015 ska vara i nykvarn istället', { kind: 'confirm', expect: ['Nykvarn'] });
cmd('rotationhost', 'en', S, 'change the rådslag host for 2013 to Haninge', { kind: 'confirm', expect: ['Haninge'] });
cmd('history', 'sv', S, 'visa ändringar', { kind: 'history' });
cmd('history', 'en', S, 'what has changed in the plan?', { kind: 'history' });
// incomplete → clarify
cmd('missing', 'sv', S, 'flytta mötet till 30/9', { kind: 'clarify' });
cmd('missing', 'sv', S, 'flytta lg 9/9', { kind: 'clarify' });
cmd('missing', 'sv', S, 'ändra budgeten för personal', { kind: 'clarify' });
cmd('missing', 'sv', S, 'ny värd för sk', { kind: 'clarify' });
cmd('missing', 'sv', S, 'ställ in mötet', { kind: 'clarify' });
cmd('missing', 'en', S, 'change the rådslag host', { kind: 'clarify' });
cmd('missing', 'sv', S, 'flytta lg 16/9 till 23/9', { kind: 'clarify' });
// conversations
const cc = (lang, turns) => C.push({ category: 'confirm', lang, as: S, conversation: turns });
cc('sv', [
  { q: 'flytta sk 8/12 till 15/12', as: S, lang: 'sv', kind: 'confirm', expect: ['15 december'] },
  { q: 'ja', as: S, lang: 'sv', kind: 'confirmed' },
]);
cc('sv', [
  { q: 'ändra utredningar till 250 000', as: S, lang: 'sv', kind: 'confirm', expect: ['250 000'] },
  { q: 'avbryt', as: S, lang: 'sv', kind: 'cancelled' },
]);
cc('en', [
  { q: 'move LG 25 Nov to 2 Dec', as: S, lang: 'en', kind: 'confirm', expect: ['2 December'] },
  { q: 'ok kör', as: S, lang: 'en', kind: 'confirmed' },
  { q: 'what has changed', as: S, lang: 'en', kind: 'history' },
]);
cc('sv', [
  { q: 'ny värd sk 22/9: salem', as: S, lang: 'sv', kind: 'confirm', expect: ['Salem'] },
  { q: 'nej', as: S, lang: 'sv', kind: 'cancelled' },
]);
cc('sv', [
  { q: 'ställ in lg 9/9', as: S, lang: 'sv', kind: 'confirm', expect: ['9 september'] },
  { q: 'bekräfta', as: S, lang: 'sv', kind: 'confirmed' },
]);
cc('sv', [
  { q: 'rådslag 2016 värd nykvarn ist för haninge', as: S, lang: 'sv', kind: 'confirm', expect: ['Nykvarn'] },
  { q: 'ja', as: S, lang: 'sv', kind: 'confirmed' },
  { q: 'visa ändringar', as: S, lang: 'sv', kind: 'history' },
]);
// members → refused
cmd('refused', 'sv', M, 'flytta sk 3/11 till 10/11', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
cmd('refused', 'en', M, 'can you cancel LG on 14 Oct', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
cmd('refused', 'sv', M, 'ändra personal till 620 000', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
cmd('refused', 'sv', M, 'byt rådslagsvärd 2014 till södertälje', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
cmd('refused', 'sv', M, 'lägg till lg 16/9', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
cmd('refused', 'en', M, 'make haninge host of SK 8 dec', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
// questions from the secretariat (look like commands, but are questions)
cmd('facts', 'sv', S, 'när är lg i maj?', { expect: ['20 maj'] });
cmd('rotation', 'sv', S, 'vem är värd för sk 3/11?', { expect: ['Botkyrka'] });
cmd('budget', 'sv', S, 'vad är personalbudgeten nu?', { expect: ['580 000'] });
cmd('rotation', 'sv', S, 'vilket år har tyresö rådslaget?', { expect: ['2014'] });
cmd('period', 'sv', S, 'hur många lg kvar efter 20/5?', { expectAny: [['3', 'tre']], expect: ['25 november'] });
cmd('period', 'en', S, 'list the autumn SK meetings pls', { expect: ['22 September', '3 November', '8 December'] });

const out = (file, description, items) =>
  fs.writeFileSync(path.join(__dirname, file), JSON.stringify({ description, defaultNow: NOW, items }, null, 2) + '\n');
out('pool-questions.json', 'Round 12 writer p (KD Tyresö persona): questions from the plan', Q);
out('pool-commands.json', 'Round 12 writer p (KD Tyresö persona): change requests', C);

const count = (arr) => arr.reduce((m, x) => ((m[x.category + '/' + x.lang] = (m[x.category + '/' + x.lang] || 0) + 1), m), {});
console.log('questions', Q.length, count(Q));
console.log('commands', C.length, count(C));

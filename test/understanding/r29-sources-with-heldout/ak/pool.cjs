// Round 29 writer "ak" – pool from verksamhetsplan-2011.txt only
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const NP = ['notInPlan', 'cannot'];
const q = (category, text, o = {}) => Object.assign({ category, q: text }, o);
const sv = (category, text, o = {}) => q(category, text, Object.assign({ lang: 'sv' }, o));
const en = (category, text, o = {}) => q(category, text, Object.assign({ lang: 'en' }, o));
const T12 = ['12.00', '12:00'];
const T15 = ['15.00', '15:00'];
const T0830 = ['08.30', '08:30', '8.30', '8:30'];
const T13 = ['13.00', '13:00'];

const questions = [
  // ---------------- rotation ----------------
  sv('rotation', 'vem är värd för rådslaget 2013?', { expect: ['Botkyrka'] }),
  sv('rotation', 'rådslaget 2016 var', { expect: ['Haninge'] }),
  en('rotation', 'Which municipality hosts the Södertörn rådslag in 2015?', { expect: ['Södertälje'] }),
  sv('rotation', 'Ursäkta en nybörjarfråga, men jag är ny som kommunstyrelseordförande i Nykvarn: när blir det Nykvarns tur att vara värdkommun för Södertörns rådslag?', { expect: ['2017'] }),
  sv('rotation', 'vem har rådslaget efter tyresö', { expect: ['Södertälje'] }),
  sv('rotation', 'när är huddinge värd för rådslaget', { expect: ['2018'] }),
  en('rotation', 'who hosts the next rådslag?', { expect: ['Nynäshamn'] }),
  sv('rotation', 'värd för årets rådslag?', { expect: ['Salem'] }),
  en('rotation', 'List the rådslag host municipalities for 2011 to 2014, please.', { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö'] }),
  sv('rotation', 'hur många år är det kvar tills Nykvarn har rådslaget?', { expect: ['2017'], expectAny: [['6', 'sex']] }),
  sv('rotation', 'vem är värd för rådslaget i år?', { now: '2013-02-01T09:00:00+01:00', expect: ['Botkyrka'] }),
  en('rotation', 'In which year is Tyresö the host of the rådslag?', { expect: ['2014'] }),

  // ---------------- budget ----------------
  en('budget', 'What is the total budget for 2011?', { expect: ['860 000'] }),
  en('budget', 'How much is budgeted for personnel per quarter?', { expect: ['145 000'] }),
  en('budget', 'If the municipal fees are split equally between the eight municipalities, what does each municipality pay?', { expect: ['107 500'] }),
  en('budget', "What share of total costs is personnel? A percentage is fine.", { expectAny: [['67', '68']] }),
  en('budget', 'Difference between the personnel line and the studies/consultancy line?', { expect: ['350 000'] }),
  en('budget', 'total budget per month?', { expectAny: [['71 666', '71 667']] }),
  sv('budget', 'utredningar och konsultstöd per kvartal?', { expect: ['57 500'] }),
  sv('budget', 'hur mycket kostar personalen per månad', { expectAny: [['48 333', '48 334']] }),
  en('budget', "What's left of the budget once personnel is paid?", { expect: ['280 000'] }),
  sv('budget', 'största kostnadsposten?', { expect: ['580 000'], expectAny: [['personal']] }),
  en('budget', 'Which cost line is the smallest?', { expect: ['50 000'], expectAny: [['Huddinge']] }),
  en('budget', "Södertälje's share of the fees per quarter, assuming an equal split between the eight?", { expect: ['26 875'] }),
  en('budget', 'With roughly 430 000 inhabitants on Södertörn, how many kronor per inhabitant is the 2011 budget?', { expectAny: [['2 kr', '2 kronor', '2 SEK', 'SEK 2', 'two kronor', '2.00', '2,00', 'two']] }),
  en('budget', 'If I divide the total budget by the six SK meetings in 2011, what is the cost per meeting?', { expectAny: [['143 333', '143 334']] }),
  sv('budget', 'hur stor andel av kostnaderna går till utredningar och konsultstöd?', { expectAny: [['26', '27']] }),
  en('budget', "Huddinge pays its equal share of the fees and gets the office compensation back. What's the difference between the two amounts?", { expect: ['57 500'] }),
  en('budget', 'personnel cost per municipality with an equal split?', { expect: ['72 500'] }),
  en('budget', 'What percentage of the budget is the compensation to Huddinge?', { expectAny: [['5', '6']] }),
  en('budget', 'How much more does personnel cost than the office compensation to Huddinge?', { expect: ['530 000'] }),
  sv('budget', 'Ursäkta, jag är inte så van vid era budgetuppställningar ännu. Vilka kostnadsposter finns i samarbetskommitténs budget för 2011 och hur stora är de?', { expect: ['580 000', '50 000', '230 000'] }),

  // ---------------- yesno ----------------
  sv('yesno', 'Är Nykvarn med i överförmyndarnämnden?', { startsWith: 'Nej' }),
  en('yesno', 'Is Haninge the host municipality for the joint guardianship board?', { startsWith: 'Yes' }),
  sv('yesno', 'träffas SK på torsdagar?', { startsWith: 'Ja' }),
  sv('yesno', 'är LG 20/5 en fredag?', { startsWith: 'Ja' }),
  sv('yesno', 'hålls nyckeltalsdagen i botkyrka?', { startsWith: 'Ja', expectAny: [['6 oktober', '6 okt']] }),
  en('yesno', 'Is Salem a member of Södertörns miljö- och hälsoskyddsförbund?', { startsWith: 'No' }),
  sv('yesno', 'har rådslaget redan varit i år?', { startsWith: 'Ja', expect: ['24 mars'] }),
  en('yesno', 'Does the committee meet at least six times a year?', { startsWith: 'Yes' }),
  sv('yesno', 'är tyresö värd för SK i december?', { startsWith: 'Ja', expect: ['8 december'] }),
  sv('yesno', 'ingår Handelskammaren i rådslaget?', { startsWith: 'Ja' }),
  en('yesno', 'Is there an SK meeting in August?', { startsWith: 'No' }),
  sv('yesno', 'ska mer tid läggas på verksamhetsfrågorna än på de regionala utvecklingsfrågorna under 2011?', { startsWith: 'Nej' }),
  en('yesno', 'Is Södertälje hosting the Södertörn conference?', { startsWith: 'No', expectAny: [['Huddinge', 'Tyresö']] }),
  sv('yesno', 'Stämmer det att vi i Nykvarn ska stå värd för samarbetskommitténs möte redan nästa vecka?', { startsWith: 'Ja', expect: ['14 april'] }),
  sv('yesno', 'Kan fler kommuner gå med i överförmyndarnämnden?', { startsWith: 'Ja' }),
  sv('yesno', 'deltar kommundirektörerna på kommitténs möten?', { startsWith: 'Ja' }),

  // ---------------- premise ----------------
  sv('premise', 'varför har Haninge SK-mötet 22/9?', { expect: ['Nynäshamn'] }),
  en('premise', 'Why does the LG always meet on Thursdays?', { expectAny: [['Friday', 'Fridays']] }),
  sv('premise', 'Nykvarn är ju med i ÖFN sedan 2011 – vem är värdkommun där?', { expect: ['Haninge'], expectAny: [['inte', 'ej', 'ingår ej']] }),
  sv('premise', 'när är rådslaget i Salem 2012?', { expect: ['Nynäshamn'] }),
  sv('premise', 'varför är personalbudgeten 650 000?', { expect: ['580 000'] }),
  en('premise', 'Where is the Södertörn conference on 6 October held?', { expect: ['1 September'], expectAny: [['Huddinge', 'Tyresö']] }),
  sv('premise', 'SK-mötet 15/4 i Nykvarn, börjar det 12?', { expect: ['14 april'] }),
  sv('premise', 'miljöförbundet bildades av fem kommuner, vilka då?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'], expectAny: [['tre', '3']] }),
  en('premise', 'Why is Södertälje hosting the rådslag in 2014?', { expect: ['Tyresö'] }),
  sv('premise', 'huddinge får väl 100 000 för kontorsservice?', { expect: ['50 000'] }),
  sv('premise', 'LG:s planeringskonferens var väl 27-28 jan?', { expect: ['31 mars', '1 april'] }),
  sv('premise', 'vad säger vision 2030?', { expect: ['2025'] }),

  // ---------------- offplan ----------------
  sv('offplan', 'boka ett rum till LG 20/5', { kind: NP }),
  en('offplan', 'Can you send the agenda for the SK meeting on 14 April to all members?', { kind: NP }),
  sv('offplan', 'vem är ordförande i samarbetskommittén?', { kind: NP }),
  sv('offplan', 'Vad har Nykvarns kommunhus för adress, så att jag kan skriva den i inbjudan till mötet den 14 april?', { kind: NP }),
  en('offplan', "what's the budget for 2012?", { kind: NP }),
  sv('offplan', 'ring salems kommundirektör och fråga om 9/6', { kind: NP }),
  sv('offplan', 'vilka punkter står på dagordningen för SK 9/6?', { kind: NP }),
  sv('offplan', 'Skulle du vänligen kunna skicka en kallelse till de övriga kommunstyrelseordförandena inför vårt möte i Nykvarn?', { kind: NP }),
  sv('offplan', 'hur många invånare har Nykvarn?', { kind: NP }),
  en('offplan', "Who is Tyresö's municipal director?", { kind: NP }),

  // ---------------- topic ----------------
  sv('topic', 'när är planeringskonferensen för SK?', { expect: ['27', '28'], expectAny: [['jan']], expectNot: ['31 mars'] }),
  en('topic', "When is the management group's planning conference?", { expect: ['31 March', '1 April'], expectNot: ['28 January'] }),
  sv('topic', 'vad är syftet med rådslaget?', { expectAny: [['Södertörns utveckling', 'viktiga frågeställningar']] }),
  en('topic', 'What is the ledningsgrupp for?', { expectAny: [['prepar', 'förbered'], ['coordinat', 'samordna']] }),
  sv('topic', 'vad ingår i posten utredningar?', { expect: ['konsultstöd'] }),
  en('topic', 'What does the 50 000 cost line cover?', { expect: ['Huddinge'], expectAny: [['kontorsservice', 'office']] }),
  sv('topic', 'vilka deltar i södertörnskonferensen?', { expectAny: [['partier', 'partierna'], ['tjänstemän']], expectNot: ['Handelskammaren'] }),
  sv('topic', 'vilka är med i rådslaget förutom kommunerna?', { expect: ['Handelskammaren', 'Företagarna', 'KTH'] }),
  sv('topic', 'vilket styrdokument gäller för verksamhetsfrågorna?', { expectAny: [['verksamhetsplan']] }),
  sv('topic', 'vilket förbund får ansvaret för explosiva varor?', { expectAny: [['brandförsvarsförbund']] }),
  sv('topic', 'receptfria läkemedel – vem sköter kontrollen?', { expectAny: [['miljö- och hälsoskydd']], expectNot: ['brandförsvar'] }),
  en('topic', 'What is the purpose of the verksamhetsfrågor area, as opposed to the regional development issues?', { expectAny: [['effic', 'effektivisera']] }),
  en('topic', 'Which event is on 1 September?', { expectAny: [['Södertörnskonferens', 'Södertörn conference']] }),
  sv('topic', 'två planeringskonferenser står i planen – vilken är lunch till lunch?', { expectAny: [['ledningsgrupp', 'LG']], expect: ['31 mars'] }),

  // ---------------- period ----------------
  sv('period', 'vilka SK-möten är det i höst?', { expect: ['22 september', '3 november', '8 december'] }),
  sv('period', 'första LG efter sommaren?', { expect: ['9 september'] }),
  en('period', 'Which SK meetings are in the first half of 2011?', { expect: ['27 January', '14 April', '9 June'] }),
  sv('period', 'sista SK-mötet i år?', { expect: ['8 december'], expectAny: [['Tyresö']] }),
  sv('period', 'vad händer i oktober?', { expect: ['6 oktober', '14 oktober'] }),
  en('period', 'Any meetings in May?', { expect: ['20 May'] }),
  sv('period', 'vilka SK-möten är kvar i vår?', { expect: ['14 april', '9 juni'], expectNot: ['22 september'] }),
  sv('period', 'hur många LG-möten blir det under hösten?', { expectAny: [['3', 'tre']], expect: ['9 september', '14 oktober', '25 november'] }),
  sv('period', 'SK-möten 2012 enligt planen?', { expectAny: [['Södertälje'], ['Huddinge']] }),
  en('period', 'What happens in September?', { expect: ['1 September', '9 September', '22 September'] }),
  en('period', "what's the next meeting in the calendar?", { expect: ['14 April'] }),
  sv('period', 'vilka möten har redan varit i år?', { expect: ['21 januari', '27 januari', '24 mars'] }),
  sv('period', 'nästa SK?', { now: '2011-10-01T09:00:00+02:00', expect: ['3 november'], expectAny: [['Botkyrka']] }),
  en('period', 'when is the next LG?', { now: '2011-06-15T09:00:00+02:00', expect: ['9 September'] }),

  // ---------------- followup ----------------
  q('followup', null, { conversation: [
    { q: 'när är nästa SK?', lang: 'sv', expect: ['14 april'] },
    { q: 'och efter det?', lang: 'sv', expect: ['9 juni'] },
    { q: 'vem är värd då?', lang: 'sv', expect: ['Salem'] },
  ] }),
  q('followup', null, { conversation: [
    { q: 'vem är värd för rådslaget 2014?', lang: 'sv', expect: ['Tyresö'] },
    { q: 'och året efter?', lang: 'sv', expect: ['Södertälje'] },
  ] }),
  q('followup', null, { conversation: [
    { q: "What's the personnel budget?", lang: 'en', expect: ['580 000'] },
    { q: 'and per quarter?', lang: 'en', expect: ['145 000'] },
  ] }),
  q('followup', null, { conversation: [
    { q: 'vilka kommuner ingår i ÖFN?', lang: 'sv', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
    { q: 'vilken är värdkommun?', lang: 'sv', expect: ['Haninge'] },
  ] }),
  q('followup', null, { conversation: [
    { q: 'när är nyckeltalsdagen?', lang: 'sv', expect: ['6 oktober'] },
    { q: 'var?', lang: 'sv', expect: ['Botkyrka'] },
  ] }),
  q('followup', null, { conversation: [
    { q: 'When is the SK meeting in Salem?', lang: 'en', expect: ['9 June'] },
    { q: 'what time does it start?', lang: 'en', expectAny: [T12] },
  ] }),
  q('followup', null, { conversation: [
    { q: 'När ska Nykvarn vara värd för samarbetskommitténs möte i år?', lang: 'sv', expect: ['14 april'] },
    { q: 'Tack så mycket. Och vilken tid på dagen börjar och slutar ett sådant möte?', lang: 'sv', expectAny: [T12, T15] },
  ] }),
  q('followup', null, { conversation: [
    { q: 'miljöförbundet – vilka kommuner?', lang: 'sv', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
    { q: 'sen när?', lang: 'sv', expect: ['2008'] },
  ] }),
  q('followup', null, { conversation: [
    { q: 'LG i maj?', lang: 'sv', expect: ['20 maj'] },
    { q: 'vilken tid?', lang: 'sv', expectAny: [T0830, T13] },
  ] }),
  q('followup', null, { conversation: [
    { q: 'budget för utredningar?', lang: 'sv', expect: ['230 000'] },
    { q: 'hur mycket blir det per kommun om man delar lika?', lang: 'sv', expect: ['28 750'] },
  ] }),
  q('followup', null, { conversation: [
    { q: 'Who hosts SK on 3 November?', lang: 'en', expect: ['Botkyrka'] },
    { q: 'and the meeting after that?', lang: 'en', expect: ['8 December'], expectAny: [['Tyresö']] },
  ] }),
  q('followup', null, { conversation: [
    { q: 'när är södertörnskonferensen?', lang: 'sv', expect: ['1 september'] },
    { q: 'var hålls den?', lang: 'sv', expect: ['Huddinge', 'Tyresö'] },
  ] }),

  // ---------------- typo ----------------
  sv('typo', 'när är ledingsgruppen i maj', { expect: ['20 maj'] }),
  sv('typo', 'vem är vård för SK-mötet 22/9', { expect: ['Nynäshamn'] }),
  sv('typo', 'rådslgaet 2016?', { expect: ['Haninge'] }),
  sv('typo', 'budgten för persnal', { expect: ['580 000'] }),
  sv('typo', 'samarbetskomiténs möten vilken veckodag', { expectAny: [['torsdag']] }),
  sv('typo', 'överförmyndarnämden vilka kommuner', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
  en('typo', 'when is the ledningsgrupen planing conference', { expect: ['31 March'] }),
  sv('typo', 'södertörnskonfernsen datum', { expect: ['1 september'] }),
  sv('typo', 'SK-mötet i tyreso?', { expect: ['8 december'] }),
  sv('typo', 'hur mycket får hudinge för kontorservice', { expect: ['50 000'] }),
  sv('typo', 'LG-datum hösten', { expect: ['9 september', '14 oktober', '25 november'] }),
  sv('typo', 'vison 2025?', { expectAny: [['halv miljon', '500 000']] }),

  // ---------------- language ----------------
  q('language', 'SK 3/11 värd?', { locale: 'en-GB', lang: 'en', expect: ['Botkyrka'] }),
  q('language', 'ÖFN?', { locale: 'sv-SE', lang: 'sv', expect: ['överförmyndarnämnd'] }),
  q('language', 'kostnader?', { locale: 'en-GB', lang: 'en', expect: ['580 000', '50 000', '230 000'] }),
  en('language', "What is 'rådslaget' and who takes part?", { expect: ['KTH'] }),
  q('language', 'nyckeltal 6/10?', { locale: 'en-GB', lang: 'en', expect: ['Botkyrka'] }),
  q('language', 'LG 14/10', { lang: 'sv', expect: ['14 oktober'] }),
  q('language', 'rådslag 2017?', { locale: 'en-GB', lang: 'en', expect: ['Nykvarn'] }),
  en('language', "What does 'Södertörns UtvecklingsProgram 2010' focus on?", { expectAny: [['education', 'utbildning']] }),
  q('language', 'budget 2011 summa', { locale: 'en-GB', lang: 'en', expect: ['860 000'] }),

  // ---------------- facts ----------------
  sv('facts', 'hur många invånare har södertörn?', { expect: ['430 000'] }),
  sv('facts', 'Vad säger visionen för 2025?', { expectAny: [['halv miljon', '500 000'], ['livskvalitet', 'hållbar']] }),
  sv('facts', 'vilka målområden finns i utvecklingsprogrammet?', { expect: ['Klimat', 'Infrastruktur'], expectAny: [['Näringsliv'], ['Mångfald']] }),
  en('facts', 'What are the five priority development issues in Södertörns UtvecklingsProgram 2010?', { expectAny: [['education', 'utbildning'], ['infrastructure', 'infrastruktur'], ['climate', 'klimat']] }),
  sv('facts', 'vilka infrastruktursatsningar nämns?', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] }),
  en('facts', 'Which companies does the plan mention as examples?', { expect: ['Scania'], expectAny: [['Astra Zeneca', 'AstraZeneca']] }),
  sv('facts', 'Jag är alldeles ny i samarbetskommittén och undrar vad förkortningen SK står för, och vilka det egentligen är som sitter i den?', { expectAny: [['samarbetskommitt'], ['kommunstyrelseordförande']] }),
  sv('facts', 'Vad betyder LG, och vad har ledningsgruppen för uppgift i förhållande till kommittén?', { expectAny: [['ledningsgrupp'], ['kommundirektör'], ['förbered']] }),
  sv('facts', 'Vad står ÖFN för, och är Nykvarn en av kommunerna där?', { expect: ['överförmyndarnämnd'], expectAny: [['inte', 'ej', 'nej']] }),
  sv('facts', 'vilka förhållningssätt ska samverkan kännetecknas av?', { expectAny: [['gemensamma nyttan'], ['demokratiska processen'], ['ge och få']] }),
  en('facts', 'What is the purpose of the cooperation between the municipalities?', { expectAny: [['regional development', 'regionala utvecklingen', 'regional'], ['home municipalit', 'hemkommunen', 'own municipalit']] }),
  sv('facts', 'vem har sekretariatet?', { expect: ['Huddinge'] }),
  sv('facts', 'hur ofta träffas ledningsgruppen?', { expectAny: [['sex', '6']] }),
  sv('facts', 'vilka regionala organ nämns under omvärldsbevakning?', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] }),
  en('facts', 'What does the plan say about joint procurement?', { expectAny: [['public procurement', 'offentlig upphandling', 'LOU', 'procurement act'], ['more goods', 'more', 'fler']] }),
  sv('facts', 'när startade överförmyndarnämnden?', { expectAny: [['1 januari 2011']] }),
  sv('facts', 'vilka bildade södertörns miljö- och hälsoskyddsförbund?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
  sv('facts', 'när fastställdes södertörns utvecklingsprogram?', { expect: ['2010'], expectAny: [['hösten']] }),
  sv('facts', 'inom vilka områden har kommunerna samarbetat traditionellt?', { expectAny: [['gymnasie'], ['räddningstjänst'], ['återvinning', 'energi']] }),
  en('facts', 'What nickname does the plan use for Stockholm?', { expect: ['Capital of Scandinavia'] }),
  sv('facts', 'Vad är Södertörns nyckeltal för något, och när äger det rum?', { expectAny: [['uppföljning'], ['6 oktober', 'hösten']] }),
  en('facts', 'What time does the LG meet?', { expectAny: [T0830, T13, ['Friday']] }),
  en('facts', 'What are the hours of an SK meeting?', { expectAny: [T12, T15, ['Thursday']] }),
  sv('facts', 'Jag har sett uttrycket gemensam ägarstyrning i planen. Vad innebär det, och genom vilka verktyg ska den utövas?', { expectAny: [['ägardialog'], ['direktiv'], ['bolagsordning', 'förbunds']] }),
  
  sv('facts', 'vilka kommuner ingår i samarbetskommittén?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö'] }),
  en('facts', 'Who attends the Södertörn conference?', { expectAny: [['political part', 'politiska partier'], ['official', 'tjänstemän']] }),
  sv('facts', 'vilka två huvudområden bedrivs samverkan inom?', { expectAny: [['regionala utvecklingsfrågor'], ['verksamhetsfrågor']] }),
  sv('facts', 'hur ska arbetet med de fem utvecklingsfrågorna följas upp?', { expectAny: [['handlingsplan'], ['systematisk']] }),
  en('facts', 'What examples of new municipal responsibilities does the plan give?', { expectAny: [['läkemedel', 'medicin', 'pharmac', 'drug'], ['explosiv']] }),
  sv('facts', 'Som ny ordförande i Nykvarn vill jag gärna förstå vår egen roll: har Nykvarn några särskilda värduppdrag i kalendariet eller rotationen?', { expect: ['14 april', '2017'] }),
  en('facts', 'Which steering document applies to the regional development issues?', { expectAny: [['UtvecklingsProgram 2010', 'Utvecklingsprogram 2010', 'Development Programme 2010', 'Development Program 2010']] }),
  sv('facts', 'vad ska kommunerna göra när riksdagen ger dem nya uppgifter?', { expectAny: [['enskilt'], ['samverkan', 'samverkansorgan']] }),
];

// ---------------- change requests ----------------
const S = 'secretariat', M = 'member';
const c = (category, text, as, o = {}) => Object.assign({ category, q: text, as }, o);
const commands = [
  // secretariat, complete -> confirm
  c('move', 'flytta LG 20/5 till 27/5', S, { kind: 'confirm', lang: 'sv', expect: ['27 maj'] }),
  c('move', 'move SK 22/9 to 29/9', S, { kind: 'confirm', lang: 'en', expect: ['29 September'] }),
  c('move', 'SK 9 juni flyttas till 16 juni', S, { kind: 'confirm', lang: 'sv', expect: ['16 juni'] }),
  c('move', 'flytta nyckeltalsdagen 6 okt -> 13 okt', S, { kind: 'confirm', lang: 'sv', expect: ['13 oktober'] }),
  c('move', 'södertörnskonferensen flyttas till 8.9', S, { kind: 'confirm', lang: 'sv', expect: ['8 september'] }),
  c('move', 'LG 2011-10-14 ska ligga 2011-10-21 istället', S, { kind: 'confirm', lang: 'sv', expect: ['21 oktober'] }),
  c('host', 'ny värd för SK 3/11: Huddinge', S, { kind: 'confirm', lang: 'sv', expect: ['Huddinge'] }),
  c('host', 'ändra värd för SK-mötet 8.12 till Salem', S, { kind: 'confirm', lang: 'sv', expect: ['Salem'] }),
  c('host', 'SK 22 sep – Haninge tar över som värd', S, { kind: 'confirm', lang: 'sv', expect: ['Haninge'] }),
  c('host', 'change the host of the SK meeting on 9 June to Södertälje', S, { kind: 'confirm', lang: 'en', expect: ['Södertälje'] }),
  c('cancel', 'ställ in LG 14/10', S, { kind: 'confirm', lang: 'sv', expect: ['14 oktober'] }),
  c('cancel', 'stryk LG-mötet fre 25/11', S, { kind: 'confirm', lang: 'sv', expect: ['25 november'] }),
  c('cancel', 'cancel the SK meeting on 2011-11-03', S, { kind: 'confirm', lang: 'en', expect: ['3 November'] }),
  c('cancel', 'ställ in LG 9/9 och 14/10', S, { kind: 'confirm', lang: 'sv', expect: ['9 september', '14 oktober'] }),
  c('add', 'lägg till ett LG-möte fre 16/9', S, { kind: 'confirm', lang: 'sv', expect: ['16 september'] }),
  c('add', 'nytt SK-möte 2011-06-16, värd Södertälje', S, { kind: 'confirm', lang: 'sv', expect: ['16 juni', 'Södertälje'] }),
  c('add', 'add an extra LG meeting on 2 December', S, { kind: 'confirm', lang: 'en', expect: ['2 December'] }),
  c('add', 'lägg in två extra LG: 10.6 och 16.9', S, { kind: 'confirm', lang: 'sv', expect: ['10 juni', '16 september'] }),
  c('budgetline', 'ändra budgetposten utredningar till 250 000', S, { kind: 'confirm', lang: 'sv', expect: ['250 000'] }),
  c('budgetline', 'personalposten ska vara 600 000 istället', S, { kind: 'confirm', lang: 'sv', expect: ['600 000'] }),
  c('budgetline', 'set the compensation to Huddinge for office services to 60 000', S, { kind: 'confirm', lang: 'en', expect: ['60 000'] }),
  c('rotationhost', 'rådslaget 2013 ska vara i Huddinge istället', S, { kind: 'confirm', lang: 'sv', expect: ['Huddinge', '2013'] }),
  c('rotationhost', 'byt värd för rådslaget 2015 till Nykvarn', S, { kind: 'confirm', lang: 'sv', expect: ['Nykvarn'] }),
  c('history', 'visa ändringar', S, { kind: 'history', lang: 'sv' }),
  c('history', 'what has changed?', S, { kind: 'history', lang: 'en' }),

  // conversations
  c('confirm', null, S, { conversation: [
    { q: 'flytta LG 20.5 till 27.5', as: S, kind: 'confirm', lang: 'sv', expect: ['27 maj'] },
    { q: 'ja', as: S, kind: 'confirmed', lang: 'sv' },
  ] }),
  c('confirm', null, S, { conversation: [
    { q: 'ställ in SK tors 8/12', as: S, kind: 'confirm', lang: 'sv', expect: ['8 december'] },
    { q: 'avbryt', as: S, kind: 'cancelled', lang: 'sv' },
  ] }),
  c('confirm', null, S, { conversation: [
    { q: 'change host of SK 22/9 to Södertälje', as: S, kind: 'confirm', lang: 'en', expect: ['Södertälje'] },
    { q: 'yes', as: S, kind: 'confirmed', lang: 'en' },
    { q: 'what has changed?', as: S, kind: 'history', lang: 'en', expect: ['Södertälje'] },
  ] }),
  c('confirm', null, S, { conversation: [
    { q: 'utredningar 200 000', as: S, kind: 'confirm', lang: 'sv', expect: ['200 000'] },
    { q: 'nej', as: S, kind: 'cancelled', lang: 'sv' },
  ] }),
  c('confirm', null, S, { conversation: [
    { q: 'lägg till LG fre 2/12', as: S, kind: 'confirm', lang: 'sv', expect: ['2 december'] },
    { q: 'ok kör', as: S, kind: 'confirmed', lang: 'sv' },
    { q: 'visa ändringar', as: S, kind: 'history', lang: 'sv', expect: ['2 december'] },
  ] }),
  c('confirm', null, S, { conversation: [
    { q: 'SK 3 nov -> 10 nov', as: S, kind: 'confirm', lang: 'sv', expect: ['10 november'] },
    { q: 'bekräfta', as: S, kind: 'confirmed', lang: 'sv' },
  ] }),

  // missing info -> clarify
  c('missing', 'flytta LG-mötet', S, { kind: 'clarify', lang: 'sv' }),
  c('missing', 'flytta LG 20/5', S, { kind: 'clarify', lang: 'sv' }),
  c('missing', 'ändra budgeten', S, { kind: 'clarify', lang: 'sv' }),
  c('missing', 'ny värd för SK', S, { kind: 'clarify', lang: 'sv' }),
  c('missing', 'set the personnel line to', S, { kind: 'clarify', lang: 'en' }),

  // members -> refused
  c('refused', 'Skulle jag kunna flytta vårt möte i Nykvarn den 14 april till den 28 april? Det passar oss tyvärr inte.', M, { kind: 'refused', lang: 'sv', expectAny: [['sekretariat', 'secretariat']] }),
  c('refused', 'cancel LG 25 Nov', M, { kind: 'refused', lang: 'en', expectAny: [['sekretariat', 'secretariat']] }),
  c('refused', 'ändra personal till 700 000', M, { kind: 'refused', lang: 'sv', expectAny: [['sekretariat', 'secretariat']] }),
  c('refused', 'salem tar rådslaget 2016 istället, ändra det', M, { kind: 'refused', lang: 'sv', expectAny: [['sekretariat', 'secretariat']] }),
  c('refused', 'lägg till ett SK-möte 15/12', M, { kind: 'refused', lang: 'sv', expectAny: [['sekretariat', 'secretariat']] }),
  c('refused', 'ny värd för SK 9/6: Botkyrka', M, { kind: 'refused', lang: 'sv', expectAny: [['sekretariat', 'secretariat']] }),

  // secretariat asking questions (no kind)
  c('period', 'när är LG i maj?', S, { lang: 'sv', expect: ['20 maj'] }),
  c('facts', 'vem är värd för SK 22/9 just nu?', S, { lang: 'sv', expect: ['Nynäshamn'] }),
  c('budget', 'hur mycket ligger på utredningar?', S, { lang: 'sv', expect: ['230 000'] }),
  c('facts', 'what weekday is the LG on 14/10?', S, { lang: 'en', expect: ['Friday'] }),
  c('rotation', 'rådslaget 2017 – vem?', S, { lang: 'sv', expect: ['Nykvarn'] }),
];

const write = (file, description, items) => fs.writeFileSync(path.join(__dirname, file),
  JSON.stringify({ description, defaultNow: NOW, items: items.map(i => { const o = Object.assign({}, i); if (o.q === null) delete o.q; return o; }) }, null, 2) + '\n');
write('pool-questions.json', 'Round 29 writer ak: questions from verksamhetsplan-2011 (personas: new Nykvarn KSO, Södertälje controller in English, secretariat)', questions);
write('pool-commands.json', 'Round 29 writer ak: change requests (secretariat batches/hosts/cancellations, members trying, secretariat questions)', commands);
console.log('questions', questions.length, 'commands', commands.length);

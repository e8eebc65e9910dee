// Round 18, writer "d": EU-project officer persona (questions), Huddinge secretariat head (commands).
// Source: /work/shared/plan/verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');

const NOT = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'];
const T15 = ['15.00', '15:00'];
const T0830 = ['08.30', '08:30', '8.30', '8:30'];
const T13 = ['13.00', '13:00'];

function Q(category, lang, q, o = {}) { return Object.assign({ category, lang, q }, o); }
function C(category, turns, o = {}) { return Object.assign({ category, conversation: turns }, o); }

const questions = [
  // ---------------- rotation ----------------
  Q('rotation', 'en', 'which kommun hosts the rådslag in 2014?', { expect: ['Tyresö'] }),
  Q('rotation', 'sv', 'vem är värdkommun för rådslaget 2016', { expect: ['Haninge'] }),
  Q('rotation', 'en', 'Who hosts Södertörns rådslag the year after Nynäshamn?', { expect: ['Botkyrka'] }),
  Q('rotation', 'sv', 'Vilket år har Huddinge rådslaget?', { expect: ['2018'] }),
  Q('rotation', 'en', 'which municipality is the last one in the list of värdkommun for rådslaget?', { expect: ['Huddinge', '2018'] }),
  Q('rotation', 'sv', 'rådslaget 2017?', { expect: ['Nykvarn'] }),
  Q('rotation', 'en', 'How many years from now until Tyresö is host of the rådslag?', { expect: ['2014'], expectAny: [['3', 'three']] }),
  Q('rotation', 'sv', 'Vilka kommuner är värd för rådslaget före Tyresö?', { expect: ['Salem', 'Nynäshamn', 'Botkyrka'] }),
  Q('rotation', 'en', 'which host comes directly after Haninge in the rådslag rotation', { expect: ['Nykvarn'] }),
  Q('rotation', 'sv', 'Vem har rådslaget nästa år?', { expect: ['Nynäshamn'], expectNot: ['Botkyrka'] }),
  Q('rotation', 'sv', 'Vilken värd har rådslag i 2013 och vilken i 2015?', { expect: ['Botkyrka', 'Södertälje'] }),
  Q('rotation', 'en', 'Of the kommuner in the överförmyndarnämnd, which one hosts the rådslag last?', { expect: ['Huddinge', '2018'] }),
  Q('rotation', 'en', 'Of the three kommuner in the miljö- och hälsoskyddsförbund, which is first to host the rådslag?', { expect: ['Nynäshamn', '2012'] }),
  Q('rotation', 'sv', 'I vilken ordning är värdkommunerna för rådslaget 2014 till 2016?', { expect: ['Tyresö', 'Södertälje', 'Haninge'] }),

  // ---------------- budget ----------------
  Q('budget', 'en', 'What is the total budget for 2011?', { expect: ['860 000'] }),
  Q('budget', 'sv', 'Hur mycket kostar personal i budgeten?', { expect: ['580 000'] }),
  Q('budget', 'en', 'if the avgifter from the kommuner are split equally on the eight, how much pays each one?', { expect: ['107 500'] }),
  Q('budget', 'en', 'How big share of the kostnader is Personal, in percent?', { expectAny: [['67', '68']] }),
  Q('budget', 'sv', 'Hur mycket blir utredningar och konsultstöd per månad?', { expectAny: [['19 166', '19 167']] }),
  Q('budget', 'en', 'what is the difference between Personal and "Utredningar, konsultstöd mm"?', { expect: ['350 000'] }),
  Q('budget', 'sv', 'Vilken kostnadspost är den minsta?', { expect: ['50 000'], expectAny: [['Huddinge', 'kontorsservice']] }),
  Q('budget', 'en', 'which cost line is the biggest one', { expect: ['580 000'], expectAny: [['Personal', 'staff', 'personnel']] }),
  Q('budget', 'en', 'How much is left of the 860 000 after the personnel costs?', { expect: ['280 000'] }),
  Q('budget', 'sv', 'Hur mycket per kvartal är personalkostnaden?', { expect: ['145 000'] }),
  Q('budget', 'sv', 'Hur mycket är personal och ersättningen till Huddinge tillsammans?', { expect: ['630 000'] }),
  Q('budget', 'en', 'what percent of the budget goes to utredningar and konsultstöd?', { expectAny: [['26', '27']] }),
  Q('budget', 'sv', 'Hur mycket är hela budgeten per månad?', { expectAny: [['71 666', '71 667']] }),
  Q('budget', 'en', 'How many times bigger is Personal than the ersättning to Huddinge?', { expectAny: [['11,6', '11.6']] }),
  Q('budget', 'en', 'what are the intäkter in the budget?', { expect: ['860 000'], expectAny: [['avgift', 'fee']] }),
  Q('budget', 'en', 'What does the Huddinge line cost per quarter?', { expect: ['12 500'] }),
  Q('budget', 'en', 'if we divide the Personal line equal on the eight kommuner, what is it per kommun?', { expect: ['72 500'] }),

  // ---------------- yesno ----------------
  Q('yesno', 'en', 'Is the SK meeting on 14/4 in Nykvarn?', { startsWith: 'Yes', expect: ['Nykvarn'] }),
  Q('yesno', 'sv', 'Är Botkyrka värd för nyckeltalsdagen?', { startsWith: 'Ja', expect: ['Botkyrka'] }),
  Q('yesno', 'en', 'Does the ledningsgruppen meet on Thursdays?', { startsWith: 'No', expectAny: [['Friday']] }),
  Q('yesno', 'sv', 'Är Nykvarn med i Södertörns överförmyndarnämnd?', { startsWith: 'Nej' }),
  Q('yesno', 'sv', 'Stämmer det att personal kostar mer än hälften av budgeten?', { startsWith: 'Ja', expect: ['580 000'] }),
  Q('yesno', 'sv', 'Har Tyresö rådslaget 2015?', { startsWith: 'Nej', expect: ['2014'] }),
  Q('yesno', 'en', 'Is it correct that Huddinge provides the kansliet (secretariat) for the committee?', { startsWith: 'Yes', expect: ['Huddinge'] }),
  Q('yesno', 'en', 'Is this year\'s rådslag already over?', { startsWith: 'Yes', expect: ['24 March'] }),
  Q('yesno', 'sv', 'Startade miljö- och hälsoskyddsförbundet år 2010?', { startsWith: 'Nej', expect: ['2008'] }),
  Q('yesno', 'en', 'Does Södertörn already have more than half a million inhabitants?', { startsWith: 'No', expect: ['430 000'] }),
  Q('yesno', 'en', 'Is the budget in balance, intäkter the same as kostnader?', { startsWith: 'Yes', expect: ['860 000'] }),
  Q('yesno', 'sv', 'Är KTH med i rådslaget?', { startsWith: 'Ja' }),
  Q('yesno', 'en', 'Do the kommundirektörer also take part in the SK meetings?', { startsWith: 'Yes' }),
  Q('yesno', 'sv', 'Kan fler kommuner gå med i överförmyndarnämnden?', { startsWith: 'Ja' }),
  Q('yesno', 'sv', 'Är LG-mötet i oktober på en fredag?', { startsWith: 'Ja', expect: ['14 oktober'] }),

  // ---------------- premise ----------------
  Q('premise', 'sv', 'Varför har Haninge SK-mötet den 22/9?', { expect: ['Nynäshamn'] }),
  Q('premise', 'en', 'Why does the LG always meet on Tuesdays?', { expectAny: [['Friday']] }),
  Q('premise', 'sv', 'Personal kostar 680 000 i budgeten, hur mycket är då kvar för resten?', { expect: ['580 000'] }),
  Q('premise', 'en', 'What should I bring to the nyckeltal day in Salem?', { expect: ['Botkyrka'] }),
  Q('premise', 'sv', 'Varför slutar SK-mötena först kl 16?', { expectAny: [T15] }),
  Q('premise', 'en', 'Nykvarn hosts the Södertörnskonferensen on 1 Sep – where in Nykvarn is it?', { expect: ['Huddinge', 'Tyresö'] }),
  Q('premise', 'en', 'The överförmyndarnämnd has seven member kommuner, which are they?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], expectAny: [['five', '5']] }),
  Q('premise', 'sv', 'Eftersom Södertälje har rådslaget 2011, när var det?', { expect: ['Salem', '24 mars'] }),
  Q('premise', 'en', 'Why is the Södertörnskonferensen only held every second year?', { expectAny: [['annual', 'every year', 'once a year', 'yearly', 'each year']] }),
  Q('premise', 'sv', 'Ledningsgruppen består av kommunstyrelseordförandena, eller hur?', { expectAny: [['kommundirektör']] }),
  Q('premise', 'en', 'The Utredningar line is 320 000, correct? how much is that per kommun?', { expect: ['230 000'] }),

  // ---------------- offplan / cannot ----------------
  Q('offplan', 'en', 'Can you book a room in Salem for the SK on 9 June?', { kind: NOT }),
  Q('offplan', 'sv', 'skicka kallelsen till LG 20/5 till alla kommundirektörer', { kind: NOT }),
  Q('offplan', 'en', 'What is the name of the head of kansliet in Huddinge?', { kind: NOT }),
  Q('offplan', 'en', "What's on the agenda for the SK meeting 22/9?", { kind: NOT }),
  Q('offplan', 'sv', 'Vad är adressen till lokalen i Nykvarn den 14/4?', { kind: NOT }),
  Q('offplan', 'en', 'How large is the budget for 2012?', { kind: NOT }),
  Q('offplan', 'en', 'who hosts the rådslag in 2019?', { kind: NOT }),
  Q('offplan', 'sv', 'Hur mycket är avgiften som Salem betalar?', { kind: NOT }),
  Q('offplan', 'en', 'Please call Botkyrka and tell them the nyckeltal day is confirmed', { kind: NOT }),
  Q('offplan', 'sv', 'Hur stor var budgeten år 2010?', { kind: NOT }),
  Q('offplan', 'en', 'How much EU funding does the Södertörn cooperation receive?', { kind: NOT }),
  Q('offplan', 'sv', 'Vem är ordförande i samarbetskommittén?', { kind: NOT }),

  // ---------------- topic (right one of two similar things) ----------------
  Q('topic', 'sv', 'När är samarbetskommitténs planeringskonferens?', { expect: ['27', '28'], expectAny: [['jan']], expectNot: ['31 mars'] }),
  Q('topic', 'en', "When is the ledningsgruppen's planning conference?", { expect: ['31 March', '1 April'], expectNot: ['28 Jan'] }),
  Q('topic', 'en', 'When is Södertörnskonferensen?', { expect: ['1 September'], expectNot: ['24 March', '6 October'] }),
  Q('topic', 'sv', 'När är rådslaget i år?', { expect: ['24 mars'], expectNot: ['1 september'] }),
  Q('topic', 'en', 'What is the purpose of the ledningsgrupp?', { expectAny: [['prepare', 'förbereda'], ['coordinat', 'samordna']] }),
  Q('topic', 'en', "What does the budget line 'Ersättning till Huddinge kommun' cover?", { expectAny: [['kontorsservice', 'office service']] }),
  Q('topic', 'sv', 'Vad är syftet med verksamhetsfrågorna, och vad är syftet med de regionala utvecklingsfrågorna?', { expect: ['effektivisera', 'region'] }),
  Q('topic', 'en', 'What is the styrdokument for the regionala utvecklingsfrågor?', { expect: ['2010'], expectAny: [['utvecklingsprogram']] }),
  Q('topic', 'en', 'which of the two planning conferences is lunch to lunch?', { expect: ['31 March'] }),
  Q('topic', 'sv', 'Vad handlar Södertörns nyckeltal om?', { expectAny: [['uppföljning', 'följa upp']] }),
  Q('topic', 'sv', 'Var är nyckeltalsdagen och var är rådslaget?', { expect: ['Botkyrka', 'Salem'] }),
  Q('topic', 'en', 'Who sits in the samarbetskommitté and who sits in the ledningsgrupp?', { expectAny: [['kommunstyrelseordförande', 'chair'], ['kommundirektör', 'director', 'chief executive']] }),
  Q('topic', 'sv', 'Vad ingår i posten utredningar?', { expect: ['konsultstöd'] }),

  // ---------------- period ----------------
  Q('period', 'sv', 'vad händer i september?', { expect: ['1 september', '9 september', '22 september'] }),
  Q('period', 'en', 'Which SK meetings are there after the summer?', { expect: ['22 September', '3 November', '8 December'], expectNot: ['9 June'] }),
  Q('period', 'en', 'what is the last LG meeting this year?', { expect: ['25 November'] }),
  Q('period', 'sv', 'Första LG-mötet efter sommaren?', { expect: ['9 september'] }),
  Q('period', 'en', 'How many LG meetings are left this spring?', { expect: ['20 May'], expectAny: [['one', '1']] }),
  Q('period', 'sv', 'Vilka SK-möten har vi i höst och vem är värd?', { expect: ['22 september', 'Nynäshamn', '3 november', 'Botkyrka', '8 december', 'Tyresö'] }),
  Q('period', 'en', "What's happening in October?", { expect: ['6 October', '14 October'] }),
  Q('period', 'en', 'next SK meeting?', { expect: ['14 April', 'Nykvarn'] }),
  Q('period', 'sv', 'När är nästa LG?', { expect: ['20 maj'] }),
  Q('period', 'en', 'What is the last event in the kalendarium for 2011?', { expect: ['8 December', 'Tyresö'] }),
  Q('period', 'sv', 'Vad händer i maj och juni?', { expect: ['20 maj', '9 juni', 'Salem'] }),
  Q('period', 'en', "what's next in the calendar?", { now: '2011-10-01T09:00:00+02:00', expect: ['6 October', 'Botkyrka'] }),
  Q('period', 'en', 'When is the next SK and who is host?', { now: '2011-11-10T09:00:00+01:00', expect: ['8 December', 'Tyresö'] }),
  Q('period', 'sv', 'Hur många SK-möten är det kvar i år?', { expectAny: [['5', 'fem']] }),
  Q('period', 'sv', 'vad händer denna månad?', { now: '2011-09-05T09:00:00+02:00', expect: ['9 september', '22 september'] }),
  Q('period', 'en', 'How many LG meetings in the second half of the year?', { expectAny: [['3', 'three']], expect: ['9 September', '14 October', '25 November'] }),

  // ---------------- followup (conversations) ----------------
  C('followup', [
    { q: 'när är SK i juni?', lang: 'sv', expect: ['9 juni', 'Salem'] },
    { q: 'och nästa efter det?', lang: 'sv', expect: ['22 september', 'Nynäshamn'] },
  ]),
  C('followup', [
    { q: 'who hosts the rådslag in 2013?', lang: 'en', expect: ['Botkyrka'] },
    { q: 'and the year after?', lang: 'en', expect: ['Tyresö'] },
  ]),
  C('followup', [
    { q: 'När är Södertörnskonferensen?', lang: 'sv', expect: ['1 september'] },
    { q: 'var?', lang: 'sv', expect: ['Huddinge', 'Tyresö'] },
  ]),
  C('followup', [
    { q: 'How much is the Personal line?', lang: 'en', expect: ['580 000'] },
    { q: 'and per month?', lang: 'en', expectAny: [['48 333', '48 334']] },
  ]),
  C('followup', [
    { q: 'Vilka kommuner är med i överförmyndarnämnden?', lang: 'sv', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
    { q: 'och vem är värdkommun?', lang: 'sv', expect: ['Haninge'] },
  ]),
  C('followup', [
    { q: 'When is the LG meeting in October?', lang: 'en', expect: ['14 October'] },
    { q: 'what time?', lang: 'en', expectAny: [T0830, T13] },
  ]),
  C('followup', [
    { q: 'Vem är värd för SK 3/11?', lang: 'sv', expect: ['Botkyrka'] },
    { q: 'har de något annat i år också?', lang: 'sv', expectAny: [['6 oktober', 'nyckeltal']] },
  ]),
  C('followup', [
    { q: 'which kommuner formed the miljö- och hälsoskyddsförbund?', lang: 'en', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
    { q: 'when did it start?', lang: 'en', expect: ['2008'] },
  ]),
  C('followup', [
    { q: 'Hur stor är budgeten?', lang: 'sv', expect: ['860 000'] },
    { q: 'hur mycket per kommun om man delar avgifterna lika?', lang: 'sv', expect: ['107 500'] },
  ]),
  C('followup', [
    { q: 'vem har rådslaget 2016?', lang: 'sv', expect: ['Haninge'] },
    { q: 'och två år senare?', lang: 'sv', expect: ['Huddinge'] },
  ]),

  // ---------------- typo ----------------
  Q('typo', 'sv', 'när är ledingsgruppen i novmber', { expect: ['25 november'] }),
  Q('typo', 'sv', 'vem e värd för SK-mötet 9/6', { expect: ['Salem'] }),
  Q('typo', 'en', 'who hosts the radslag 2015', { expect: ['Södertälje'] }),
  Q('typo', 'sv', 'nyckeltalsdgen var?', { expect: ['Botkyrka'] }),
  Q('typo', 'sv', 'LG-datumen efter sommarn?', { expect: ['9 september', '14 oktober', '25 november'] }),
  Q('typo', 'en', 'whos in the overformyndarnamnd', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
  Q('typo', 'sv', 'södertörnskonferansen när', { expect: ['1 september'] }),
  Q('typo', 'en', 'samarbetskomitén meeting time?', { expectAny: [T12, T15] }),
  Q('typo', 'en', 'when is the planeringskonferens of the ledningsgrupen', { expect: ['31 March'] }),
  Q('typo', 'sv', 'vem är värd för SK-möttet i decmber', { expect: ['Tyresö'] }),

  // ---------------- language (undecided fragments, locale decides) ----------------
  Q('language', 'en', 'SK 22/9 värd?', { locale: 'en-GB', expect: ['Nynäshamn'] }),
  Q('language', 'en', 'ÖFN?', { locale: 'en-GB', expect: ['Haninge'] }),
  Q('language', 'sv', 'rådslag 2014', { locale: 'sv-SE', expect: ['Tyresö'] }),
  Q('language', 'en', 'kostnader?', { locale: 'en-GB', expect: ['580 000', '50 000', '230 000'] }),
  Q('language', 'en', 'LG 20/5', { locale: 'en-GB', expect: ['20 May'] }),
  Q('language', 'sv', 'nyckeltal 6/10', { expect: ['Botkyrka'] }),
  Q('language', 'en', 'Södertörnskonferensen', { locale: 'en-US', expect: ['1 September'] }),
  Q('language', 'en', 'Vision 2025?', { locale: 'en-GB', expectAny: [['half a million', '500 000']] }),
  Q('language', 'sv', 'SK 8/12', { locale: 'sv-SE', expect: ['Tyresö'] }),

  // ---------------- facts (whole plan) ----------------
  Q('facts', 'sv', 'Vad är visionen för 2025?', { expectAny: [['halv miljon', '500 000']] }),
  Q('facts', 'sv', 'Vilka är förhållningssätten för vår samverkan?', { expect: ['gemensamma nyttan', 'demokratiska', 'Gå före', 'ge och få'] }),
  Q('facts', 'en', 'Which four målområden are in the UtvecklingsProgram 2010?', { expectAny: [['Klimat', 'Climate'], ['Infrastruktur', 'Infrastructure'], ['Mångfald', 'Diversity'], ['Näringsliv', 'Business', 'industry']] }),
  Q('facts', 'en', 'how many målområden and how many konkreta utvecklingsfrågor are there?', { expectAny: [['four', '4'], ['five', '5']] }),
  Q('facts', 'sv', 'I vilka regionala organ samordnar vi våra insatser?', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] }),
  Q('facts', 'en', 'Name the companies which the introduction gives as examples', { expect: ['Scania', 'Astra Zeneca', 'Karolinska'] }),
  Q('facts', 'en', 'Which infrastructure projects does the plan mention?', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] }),
  Q('facts', 'en', 'Who takes part in the rådslag?', { expect: ['Södertörns högskola', 'Karolinska', 'KTH', 'Handelskammaren', 'Företagarna'] }),
  Q('facts', 'en', 'Besides the eight kommuner, how many other organisations take part in the rådslag?', { expectAny: [['five', '5']] }),
  Q('facts', 'sv', 'Vad gör Södertörns brandförsvarsförbund enligt planen?', { expectAny: [['explosiva']] }),
  Q('facts', 'en', 'Who does the control of receptfria läkemedel for Haninge, Nynäshamn and Tyresö?', { expectAny: [['miljö', 'environment']] }),
  Q('facts', 'sv', 'Vilka två huvudområden finns för samverkan?', { expect: ['regionala utvecklingsfrågor', 'verksamhetsfrågor'] }),
  Q('facts', 'en', 'What does the plan say about gemensam upphandling and the law?', { expectAny: [['offentlig upphandling', 'public procurement']] }),
  Q('facts', 'en', 'what day and time are the SK meetings?', { expectAny: [['Thursday'], T12, T15] }),
  Q('facts', 'sv', 'Vilken tid träffas ledningsgruppen?', { expectAny: [T0830, T13] }),
  Q('facts', 'en', 'What gets more time and resources in 2011, regionala utvecklingsfrågor or verksamhetsfrågor?', { expectAny: [['regional']] }),
  Q('facts', 'sv', 'När blev Södertörns UtvecklingsProgram 2010 fastställt?', { expect: ['2010'], expectAny: [['hösten', 'höst']] }),
  Q('facts', 'en', "What is 'The Capital of Scandinavia' in the plan?", { expect: ['Stockholm'] }),
  Q('facts', 'sv', 'Hur ofta träffas ledningsgruppen?', { expectAny: [['sex', '6']] }),
  Q('facts', 'en', 'Which are the eight Södertörn kommuner?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö'] }),
  Q('facts', 'sv', 'Vilka är de viktigaste regionala utvecklingsfrågorna enligt Södertörns UtvecklingsProgram 2010?', { expect: ['utbildningsnivå', 'kunskapsintensiv', 'kompetens', 'klimateffektiv', 'infrastruktur'] }),
  Q('facts', 'en', 'Who participates in the Södertörnskonferensen?', { expectAny: [['parties', 'partier'], ['tjänstemän', 'official', 'officer', 'civil servant']] }),
  Q('facts', 'sv', 'Vad är syftet med samverkan?', { expectAny: [['stärka'], ['hemkommun']] }),
  Q('facts', 'en', 'When did the överförmyndarnämnd start?', { expect: ['1 January', '2011'] }),
  Q('facts', 'en', 'What does gemensam ägarstyrning mean in the plan?', { expectAny: [['ägardialog', 'owner dialogue', 'ownership dialogue', 'owner dialog']] }),
  Q('facts', 'sv', 'Inom vilka områden har samarbetet traditioner?', { expect: ['gymnasie', 'räddningstjänst', 'återvinning'] }),
  Q('facts', 'en', 'Which universities and högskolor are mentioned in the plan?', { expect: ['Södertörns högskola', 'KTH', 'Karolinska Institutet'] }),
  Q('facts', 'en', 'How many more inhabitants does Vision 2025 need compared with today?', { expect: ['70 000'] }),
  Q('facts', 'sv', 'Vilka kommuner är med både i överförmyndarnämnden och i miljö- och hälsoskyddsförbundet?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
  Q('facts', 'en', 'Which kommuner are not in the överförmyndarnämnd?', { expect: ['Nykvarn', 'Salem', 'Södertälje'] }),
  Q('facts', 'sv', 'Hur långt är ett LG-möte?', { expectAny: [['4,5', '4.5', 'fyra och en halv', '4 timmar och 30', '4 h 30']] }),
  Q('facts', 'en', 'How long is an SK meeting?', { expectAny: [['3 hours', 'three hours', '3 h']] }),
];

// ---------------- change requests ----------------
const S = 'secretariat', M = 'member';
function R(category, lang, as, q, o = {}) { return Object.assign({ category, lang, as, q }, o); }

const commands = [
  // move
  R('move', 'sv', S, 'flytta SK 9/6 till 16/6', { kind: 'confirm', expect: ['16 juni'] }),
  R('move', 'sv', S, 'flytta LG 20/5 till 27/5', { kind: 'confirm', expect: ['27 maj'] }),
  R('move', 'en', S, 'move SK 22/9 to 29/9', { kind: 'confirm', expect: ['29 September'] }),
  R('move', 'sv', S, 'flytta nyckeltalsdagen till 13/10', { kind: 'confirm', expect: ['13 oktober'] }),
  R('move', 'sv', S, 'södertörnskonferensen: ändra datum till 8 sep', { kind: 'confirm', expect: ['8 september'] }),
  R('move', 'en', S, 'move the LG on 25 Nov to 2 Dec', { kind: 'confirm', expect: ['2 December'] }),
  R('move', 'sv', S, 'flytta SK 3/11 en vecka framåt', { kind: 'confirm', expect: ['10 november'] }),

  // host
  R('host', 'sv', S, 'sätt Haninge som värd för SK 22/9', { kind: 'confirm', expect: ['Haninge'] }),
  R('host', 'sv', S, 'SK 3/11 – ändra värd till Salem', { kind: 'confirm', expect: ['Salem'] }),
  R('host', 'en', S, 'change host for SK 8 Dec to Huddinge', { kind: 'confirm', expect: ['Huddinge'] }),

  // cancel
  R('cancel', 'sv', S, 'stryk LG 9/9', { kind: 'confirm', expectAny: [['9 september', '9/9']] }),
  R('cancel', 'sv', S, 'ställ in SK-mötet 8/12', { kind: 'confirm', expectAny: [['8 december', '8/12']] }),
  R('cancel', 'en', S, 'cancel the LG meeting on 14 October', { kind: 'confirm', expectAny: [['14 October', '14/10']] }),

  // add
  R('add', 'sv', S, 'lägg till extra LG fredag 17/6 kl 08.30-13.00', { kind: 'confirm', expect: ['17 juni'] }),
  R('add', 'sv', S, 'lägg in ett extra SK-möte 18/8, värd Huddinge', { kind: 'confirm', expect: ['18 augusti', 'Huddinge'] }),
  R('add', 'en', S, 'add an extra SK meeting on 24 November, host Haninge', { kind: 'confirm', expect: ['24 November', 'Haninge'] }),

  // budget line
  R('budgetline', 'sv', S, 'sätt utredningar till 250 000', { kind: 'confirm', expect: ['250 000'] }),
  R('budgetline', 'sv', S, 'personal: ändra till 570 000', { kind: 'confirm', expect: ['570 000'] }),
  R('budgetline', 'en', S, 'set the Huddinge ersättning line to 55 000', { kind: 'confirm', expect: ['55 000'] }),
  R('budgetline', 'sv', S, 'höj utredningar, konsultstöd mm med 20 000', { kind: 'confirm', expect: ['250 000'] }),

  // rotation host
  R('rotationhost', 'sv', S, 'rådslaget 2013: ändra värd till Haninge', { kind: 'confirm', expect: ['Haninge', '2013'] }),
  R('rotationhost', 'sv', S, 'sätt Huddinge som värdkommun för rådslaget 2015', { kind: 'confirm', expect: ['Huddinge', '2015'] }),
  R('rotationhost', 'en', S, 'change the rådslag host for 2017 to Salem', { kind: 'confirm', expect: ['Salem', '2017'] }),

  // missing -> clarify
  R('missing', 'sv', S, 'flytta LG-mötet', { kind: 'clarify' }),
  R('missing', 'sv', S, 'flytta SK 9/6', { kind: 'clarify' }),
  R('missing', 'sv', S, 'ändra personal', { kind: 'clarify' }),
  R('missing', 'sv', S, 'ny värd för rådslaget', { kind: 'clarify' }),
  R('missing', 'en', S, 'cancel the meeting', { kind: 'clarify' }),

  // confirm conversations
  C('confirm', [
    { q: 'flytta LG 20/5 till 27/5', lang: 'sv', as: S, kind: 'confirm', expect: ['27 maj'] },
    { q: 'bekräfta', lang: 'sv', as: S, kind: 'confirmed' },
  ]),
  C('confirm', [
    { q: 'sätt utredningar till 240 000', lang: 'sv', as: S, kind: 'confirm', expect: ['240 000'] },
    { q: 'avbryt', lang: 'sv', as: S, kind: 'cancelled' },
  ]),
  C('confirm', [
    { q: 'change host for SK 9 June to Botkyrka', lang: 'en', as: S, kind: 'confirm', expect: ['Botkyrka'] },
    { q: 'yes', lang: 'en', as: S, kind: 'confirmed' },
    { q: 'what has changed?', lang: 'en', as: S, kind: 'history' },
  ]),
  C('confirm', [
    { q: 'rådslaget 2014 – ändra till Nykvarn', lang: 'sv', as: S, kind: 'confirm', expect: ['Nykvarn'] },
    { q: 'nej', lang: 'sv', as: S, kind: 'cancelled' },
  ]),
  C('confirm', [
    { q: 'flytta SK 22/9 till 29/9', lang: 'sv', as: S, kind: 'confirm', expect: ['29 september'] },
    { q: 'ok kör', lang: 'sv', as: S, kind: 'confirmed' },
    { q: 'när är SK i september nu?', lang: 'sv', as: S, expect: ['29 september'] },
  ]),

  // history
  R('history', 'sv', S, 'visa ändringar', { kind: 'history' }),
  R('history', 'en', S, 'what has changed in the plan?', { kind: 'history' }),

  // members -> refused
  R('refused', 'sv', M, 'flytta SK 14/4 till 28/4', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  R('refused', 'sv', M, 'ändra personal till 620 000', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  R('refused', 'en', M, 'move LG 9 Sep to 16 Sep please', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  R('refused', 'sv', M, 'sätt Salem som värd för rådslaget 2016', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  R('refused', 'en', M, 'add an SK meeting on 26 May', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),

  // secretariat questions that look like commands
  R('period', 'sv', S, 'när är LG i maj?', { expect: ['20 maj'] }),
  R('rotation', 'sv', S, 'kolla vem som har rådslaget 2016', { expect: ['Haninge'] }),
  R('budget', 'sv', S, 'visa budgeten', { expect: ['860 000', '580 000', '230 000'] }),
  R('period', 'sv', S, 'lista SK-mötena i höst', { expect: ['22 september', '3 november', '8 december'] }),
  R('period', 'en', S, 'show me the LG dates after summer', { expect: ['9 September', '14 October', '25 November'] }),
];

const base = { defaultNow: '2011-04-07T10:00:00+02:00' };
fs.writeFileSync(path.join(__dirname, 'pool-questions.json'), JSON.stringify(Object.assign({
  description: 'Round 18 writer d: questions (EU-project officer persona, ~half English with Swedish plan terms).',
}, base, { items: questions }), null, 2));
fs.writeFileSync(path.join(__dirname, 'pool-commands.json'), JSON.stringify(Object.assign({
  description: 'Round 18 writer d: change requests (Huddinge secretariat head, terse; member attempts; command-like questions).',
}, base, { items: commands }), null, 2));
console.log('questions', questions.length, 'commands', commands.length);

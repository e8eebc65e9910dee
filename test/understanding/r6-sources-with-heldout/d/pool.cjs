// Writer "d" — round 6 pool. Source: /work/shared/plan/verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');
const DEFAULT_NOW = '2011-04-07T10:00:00+02:00';
const NC = ['notInPlan', 'cannot'];
const T1200 = ['12.00', '12:00'];
const T0830 = ['08.30', '8.30', '08:30', '8:30'];

function Q(category, q, o = {}) {
  const it = { category, q };
  Object.assign(it, o);
  if (!it.lang) it.lang = 'sv';
  return it;
}
function C(category, turns, o = {}) {
  return Object.assign({ category, conversation: turns }, o);
}
const en = (o = {}) => Object.assign({ lang: 'en' }, o);

const questions = [
  // ---------------- rotation ----------------
  Q('rotation', 'vem är värd för rådslaget 2016?', { expect: ['Haninge'] }),
  Q('rotation', 'Which municipality hosts the Södertörn rådslag in 2017?', en({ expect: ['Nykvarn'] })),
  Q('rotation', 'vilket år har huddinge rådslaget', { expect: ['2018'] }),
  Q('rotation', 'när är det tyresös tur att ha rådslaget?', { expect: ['2014'] }),
  Q('rotation', 'When does Södertälje host the rådslag?', en({ expect: ['2015'] })),
  Q('rotation', 'nästa rådslag – vem är värd?', { expect: ['Nynäshamn', '2012'] }),
  Q('rotation', 'vem tar över rådslaget efter botkyrka', { expect: ['Tyresö', '2014'] }),
  Q('rotation', 'vem hade rådslaget året före haninge?', { expect: ['Södertälje', '2015'] }),
  Q('rotation', 'list the rådslag hosts 2013 to 2015 pls', en({ expect: ['Botkyrka', 'Tyresö', 'Södertälje'] })),
  Q('rotation', 'hur många år är det kvar tills Nykvarn ska ha rådslaget?', { expect: ['2017'], expectAny: [['6', 'sex']] }),
  Q('rotation', 'rådslaget 2019, vem har det?', { kind: NC }),
  Q('rotation', 'vem är sist i turordningen för rådslaget?', { expect: ['Huddinge', '2018'] }),
  Q('rotation', 'Is Salem hosting the rådslag again before 2018?', en({ startsWith: 'No' })),
  Q('rotation', 'vilka kommuner har rådslaget efter 2015?', { expect: ['Haninge', 'Nykvarn', 'Huddinge'] }),
  Q('rotation', 'rådslaget i år – var och när?', { now: '2011-02-15T09:00:00+01:00', expect: ['Salem', '24 mars'] }),

  // ---------------- budget ----------------
  Q('budget', 'hur mycket blir det per kommun om avgifterna delas lika?', { expect: ['107 500'] }),
  Q('budget', 'personalkostnad per månad?', { expectAny: [['48 333', '48 334']] }),
  Q('budget', "What's the total budget for 2011?", en({ expect: ['860 000'] })),
  Q('budget', 'hur mycket är kvar av intäkterna när personalen är betald?', { expect: ['280 000'] }),
  Q('budget', 'skillnad mellan personal och utredningar?', { expect: ['350 000'] }),
  Q('budget', 'How much is budgeted per quarter in total?', en({ expect: ['215 000'] })),
  Q('budget', 'vilken är den minsta kostnadsposten?', { expect: ['50 000'], expectAny: [['Huddinge', 'kontorsservice']] }),
  Q('budget', 'största kostnaden i budgeten', { expect: ['580 000'], expectAny: [['personal']] }),
  Q('budget', 'hur stor andel av kostnaderna går till personal?', { expectAny: [['67', '68']] }),
  Q('budget', 'what share of the costs goes to studies and consultants?', en({ expectAny: [['26', '27']] })),
  Q('budget', 'utredningar och konsultstöd per månad', { expectAny: [['19 166', '19 167']] }),
  Q('budget', 'vad får huddinge i ersättning per kvartal?', { expect: ['12 500'] }),
  Q('budget', 'If the eight municipalities split the personnel cost equally, how much does each pay?', en({ expect: ['72 500'] })),
  Q('budget', 'hela budgeten per månad?', { expectAny: [['71 666', '71 667']] }),
  Q('budget', 'går budgeten ihop?', { startsWith: 'Ja', expect: ['860 000'] }),
  Q('budget', 'om vi lägger 100 000 av utredningspengarna på en studie om väg 73, hur mycket finns kvar på den posten?', { expect: ['130 000'] }),
  Q('budget', 'costs?', en({ locale: 'en-GB', expect: ['580 000', '50 000', '230 000'] })),

  // ---------------- yesno ----------------
  Q('yesno', 'är SK 14/4 i nykvarn?', { startsWith: 'Ja', expect: ['Nykvarn'] }),
  Q('yesno', 'är LG-mötet 20 maj en fredag?', { startsWith: 'Ja' }),
  Q('yesno', 'Is the Södertörn conference held in Botkyrka?', en({ startsWith: 'No', expect: ['Huddinge'] })),
  Q('yesno', 'ingår salem i överförmyndarnämnden?', { startsWith: 'Nej' }),
  Q('yesno', 'Does the committee meet at least six times a year?', en({ startsWith: 'Yes' })),
  Q('yesno', 'är nyckeltalsdagen på våren?', { startsWith: 'Nej', expect: ['6 oktober'] }),
  Q('yesno', 'Does Huddinge provide the secretariat?', en({ startsWith: 'Yes' })),
  Q('yesno', 'är nykvarn med i miljö- och hälsoskyddsförbundet?', { startsWith: 'Nej' }),
  Q('yesno', 'krockar SK 22/9 med något LG-möte?', { startsWith: 'Nej' }),
  Q('yesno', 'har rådslaget redan varit i år?', { startsWith: 'Ja', expect: ['24 mars'] }),
  Q('yesno', 'Is Södertälje hosting the January 2012 committee meeting?', en({ startsWith: 'Yes', expect: ['Södertälje'] })),
  Q('yesno', 'Are the LG meetings on Thursdays?', en({ startsWith: 'No', expect: ['Friday'] })),
  Q('yesno', 'är det LG den här veckan?', { now: '2011-09-05T08:00:00+02:00', startsWith: 'Ja', expect: ['9 september'] }),
  Q('yesno', 'hålls SK-mötet i december i tyresö?', { startsWith: 'Ja', expect: ['8 december'] }),

  // ---------------- premise ----------------
  Q('premise', 'varför är nyckeltalsdagen i haninge i år?', { expect: ['Botkyrka'] }),
  Q('premise', 'Why is the LG meeting on Thursday 20 May?', en({ expect: ['Friday'] })),
  Q('premise', 'varför har personalposten bara 480 000?', { expect: ['580 000'] }),
  Q('premise', 'när i juni är nynäshamn värd för SK?', { expect: ['Salem', '9 juni'] }),
  Q('premise', 'varför ingår södertälje i överförmyndarnämnden?', { expect: ['Botkyrka', 'Tyresö'] }),
  Q('premise', 'What time does the Södertörn conference on 6 October start?', en({ expect: ['1 September'] })),
  Q('premise', 'SK ses ju på fredagar kl 8.30, gäller det 22/9 också?', { expect: ['torsdag'], expectAny: [T1200] }),
  Q('premise', 'miljö- och hälsoskyddsförbundet startade 2011, va?', { expect: ['2008'] }),
  Q('premise', 'Why is Salem hosting the rådslag in 2012?', en({ expect: ['Nynäshamn'] })),
  Q('premise', 'varför hölls rådslaget i botkyrka i år?', { expect: ['Salem'] }),
  Q('premise', 'de sju södertörnskommunerna, vilka är det?', { expectAny: [['åtta', '8']], expect: ['Nykvarn', 'Salem'] }),

  // ---------------- offplan ----------------
  Q('offplan', 'boka ett rum i nykvarn till 14/4', { kind: NC }),
  Q('offplan', 'send a calendar invite for the LG meeting on 9 September to all the directors', en({ kind: NC })),
  Q('offplan', 'vem är ordförande i samarbetskommittén?', { kind: NC }),
  Q('offplan', 'vad är adressen till mötet i salem 9/6?', { kind: NC }),
  Q('offplan', "what's the agenda for the 22 September meeting?", en({ kind: NC })),
  Q('offplan', 'vad kostar tåget till nynäshamn?', { kind: NC }),
  Q('offplan', 'hur stor blir budgeten 2012?', { kind: NC }),
  Q('offplan', "can you call the Botkyrka office and say we'll be 20 min late?", en({ kind: NC })),
  Q('offplan', 'finns det parkering vid rådslaget?', { kind: NC }),
  Q('offplan', 'vad blir det för lunch på LG 20/5?', { kind: NC }),
  Q('offplan', "What's the weather forecast for 1 September?", en({ kind: NC })),

  // ---------------- topic ----------------
  Q('topic', 'när är ledningsgruppens planeringskonferens?', { expect: ['31 mars'], expectNot: ['28 januari'] }),
  Q('topic', "When is the committee's planning conference?", en({ expect: ['28 January'], expectNot: ['31 March'] })),
  Q('topic', 'vad är syftet med ledningsgruppen?', { expect: ['förbereda'], expectAny: [['samordna']] }),
  Q('topic', 'vad ingår i ersättningen till huddinge?', { expect: ['kontorsservice', '50 000'], expectAny: [['arbetsrum']] }),
  Q('topic', 'vem har hand om kontrollen av receptfria läkemedel?', { expectAny: [['miljö- och hälsoskyddsförbund']], expectNot: ['brandförsvarsförbund'] }),
  Q('topic', 'vilka deltar i södertörnskonferensen?', { expectAny: [['politiska partier']], expect: ['tjänstemän'], expectNot: ['Handelskammaren'] }),
  Q('topic', 'Who takes part in the rådslag?', en({ expect: ['KTH'], expectAny: [['Handelskammaren', 'Chamber of Commerce'], ['Företagarna', 'entrepreneurs']] })),
  Q('topic', 'vad syftar verksamhetsfrågorna till?', { expect: ['effektivisera'] }),
  Q('topic', 'när är nyckeltalsdagen?', { expect: ['6 oktober'], expectNot: ['1 september'] }),
  Q('topic', 'When is the Södertörn conference?', en({ expect: ['1 September'], expectNot: ['6 October'] })),
  Q('topic', 'vad kommer först, LG i oktober eller nyckeltalsdagen?', { expect: ['6 oktober', '14 oktober'] }),

  // ---------------- period ----------------
  Q('period', 'SK-möten i vår?', { expect: ['14 april', '9 juni'], expectNot: ['22 september'] }),
  Q('period', 'första LG efter sommaren', { expect: ['9 september'] }),
  Q('period', "What's happening in October?", en({ expect: ['6 October', '14 October'] })),
  Q('period', 'vad händer i september?', { expect: ['1 september', '9 september', '22 september'] }),
  Q('period', 'LG första halvåret', { expect: ['21 januari', '31 mars', '20 maj'], expectNot: ['9 september'] }),
  Q('period', 'hur många möten är det i november?', { expectAny: [['två', '2']], expect: ['3 november', '25 november'] }),
  Q('period', "what's next?", en({ now: '2011-09-23T09:00:00+02:00', expect: ['6 October'] })),
  Q('period', 'vad händer närmast?', { now: '2011-08-15T09:00:00+02:00', expect: ['1 september'] }),
  Q('period', 'vad händer vecka 38?', { expect: ['22 september', 'Nynäshamn'] }),
  Q('period', 'hur många dagar till nästa SK?', { now: '2011-11-28T09:00:00+01:00', expect: ['8 december'], expectAny: [['10', 'tio']] }),
  Q('period', 'vilka möten har vi kvar i år?', { now: '2011-10-10T09:00:00+02:00', expect: ['14 oktober', '3 november', '25 november', '8 december'], expectNot: ['6 oktober'] }),
  Q('period', 'In the autumn, which events are less than ten days apart?', en({ expect: ['1 September', '9 September', '6 October', '14 October'] })),
  Q('period', 'hur många dagar är det kvar till SK i juni?', { expect: ['9 juni'], expectAny: [['63']] }),
  Q('period', "When's the next committee meeting and how many days until then?", en({ now: '2011-06-15T09:00:00+02:00', expect: ['22 September'], expectAny: [['99']] })),
  Q('period', 'nästa LG?', { now: '2011-05-02T08:00:00+02:00', expect: ['20 maj'] }),
  Q('period', 'vad är nästa möte?', { now: '2011-01-10T09:00:00+01:00', expect: ['21 januari'] }),
  Q('period', 'i vilken ordning kommer rådslaget, nyckeltalsdagen och södertörnskonferensen i år?', { expect: ['24 mars', '1 september', '6 oktober'] }),
  Q('period', 'hur många SK-möten är kvar i år?', { now: '2011-09-05T08:00:00+02:00', expectAny: [['tre', '3']], expect: ['22 september', '3 november', '8 december'] }),
  Q('period', 'How many LG meetings are there after the summer?', en({ expectAny: [['three', '3']], expect: ['9 September', '14 October', '25 November'] })),

  // ---------------- followup ----------------
  C('followup', [
    { q: 'när är nästa SK?', expect: ['14 april'], lang: 'sv' },
    { q: 'var?', expect: ['Nykvarn'], lang: 'sv' },
    { q: 'och nästa efter det?', expect: ['9 juni', 'Salem'], lang: 'sv' },
  ]),
  C('followup', [
    { q: 'vem har rådslaget 2014?', expect: ['Tyresö'], lang: 'sv' },
    { q: 'och året efter?', expect: ['Södertälje'], lang: 'sv' },
    { q: 'och 2018?', expect: ['Huddinge'], lang: 'sv' },
  ]),
  C('followup', [
    { q: 'How much is the personnel budget?', expect: ['580 000'], lang: 'en' },
    { q: 'and per month?', expectAny: [['48 333', '48 334']], lang: 'en' },
    { q: 'per municipality for the whole year?', expect: ['72 500'], lang: 'en' },
  ]),
  C('followup', [
    { q: 'när är nyckeltalsdagen?', expect: ['6 oktober'], lang: 'sv' },
    { q: 'var då?', expect: ['Botkyrka'], lang: 'sv' },
    { q: 'vilken veckodag?', expect: ['torsdag'], lang: 'sv' },
  ]),
  C('followup', [
    { q: 'vilka kommuner ingår i överförmyndarnämnden?', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
    { q: 'vem är värdkommun?', expect: ['Haninge'], lang: 'sv' },
    { q: 'sen när?', expect: ['1 januari 2011'], lang: 'sv' },
  ]),
  C('followup', [
    { q: "what's on this week?", expect: ['9 September'], lang: 'en' },
    { q: 'what time?', expectAny: [T0830], lang: 'en' },
    { q: 'and after that?', expect: ['22 September'], lang: 'en' },
  ], { now: '2011-09-05T08:00:00+02:00' }),
  C('followup', [
    { q: 'vad kostar konsultstödet?', expect: ['230 000'], lang: 'sv' },
    { q: 'och huddinge-ersättningen?', expect: ['50 000'], lang: 'sv' },
    { q: 'tillsammans?', expect: ['280 000'], lang: 'sv' },
  ]),
  C('followup', [
    { q: 'vem är värd för SK 3/11?', expect: ['Botkyrka'], lang: 'sv' },
    { q: 'och mötet efter?', expect: ['Tyresö', '8 december'], lang: 'sv' },
    { q: 'vilken tid börjar det?', expectAny: [T1200], lang: 'sv' },
  ]),
  C('followup', [
    { q: "When's the rådslag this year?", expect: ['24 March', 'Salem'], lang: 'en' },
    { q: 'who takes part?', expectAny: [['Handelskammaren', 'Chamber of Commerce']], lang: 'en' },
    { q: 'and who hosts it next year?', expect: ['Nynäshamn'], lang: 'en' },
  ], { now: '2011-02-15T09:00:00+01:00' }),
  C('followup', [
    { q: 'när träffas LG i maj?', expect: ['20 maj'], lang: 'sv' },
    { q: 'hur många dagar är det därifrån till nästa SK?', expect: ['9 juni'], expectAny: [['20', 'tjugo']], lang: 'sv' },
  ]),

  // ---------------- typo ----------------
  Q('typo', 'när är ledingsgruppen i oktober', { expect: ['14 oktober'] }),
  Q('typo', 'vem är värd för samarbetskomitten 9/6', { expect: ['Salem'] }),
  Q('typo', 'rådlsaget 2015?', { expect: ['Södertälje'] }),
  Q('typo', 'nyckeltaldagen var?', { expect: ['Botkyrka'] }),
  Q('typo', 'södertörnskonfernsen datum', { expect: ['1 september'] }),
  Q('typo', 'vilka kommuner ingår i överförmydarnämnden', { expect: ['Botkyrka', 'Huddinge', 'Tyresö'] }),
  Q('typo', 'SK-mötet i nynäshman när', { expect: ['22 september'] }),
  Q('typo', 'LG-datumen i höst?', { expect: ['9 september', '14 oktober', '25 november'] }),
  Q('typo', 'vilken tid börjar samarbetskomiténs möten', { expectAny: [T1200] }),
  Q('typo', 'when is the comittee meeting in decmber?', en({ expect: ['8 December', 'Tyresö'] })),

  // ---------------- language ----------------
  Q('language', 'SK 8/12 värd?', en({ locale: 'en-GB', expect: ['Tyresö'] })),
  Q('language', 'ÖFN?', { locale: 'sv-SE', expect: ['Haninge'] }),
  Q('language', 'LG 9/9?', en({ locale: 'en-GB', expect: ['9 September'] })),
  Q('language', 'rådslaget 2016', en({ locale: 'en-GB', expect: ['Haninge'] })),
  Q('language', 'Nyckeltal?', en({ locale: 'en-GB', expect: ['6 October', 'Botkyrka'] })),
  Q('language', 'hey quick one – who hosts the committee meeting in april?', en({ expect: ['Nykvarn', '14 April'] })),
  Q('language', 'kostnader?', { expect: ['580 000', '230 000'] }),
  Q('language', 'Vision 2025?', en({ locale: 'en-GB', expectAny: [['half a million', '500 000']] })),
  Q('language', 'Södertörnskonferensen?', en({ locale: 'en-GB', expect: ['1 September'] })),
  Q('language', 'budget 2011', { locale: 'sv-SE', expect: ['860 000'] }),

  // ---------------- facts ----------------
  Q('facts', 'hur många invånare har södertörn?', { expect: ['430 000'] }),
  Q('facts', 'What is the vision for 2025?', en({ expectAny: [['half a million', '500 000']] })),
  Q('facts', 'vilka är målområdena i utvecklingsprogrammet?', { expect: ['Näringsliv och Högskola', 'Olikhet och Mångfald', 'Klimat', 'Infrastruktur'] }),
  Q('facts', 'Which infrastructure investments does the plan mention?', en({ expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] })),
  Q('facts', 'vilka regionala organ samordnar vi oss i?', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] }),
  Q('facts', 'förhållningssätt?', { expect: ['gemensamma nyttan'], expectAny: [['ge och få']] }),
  Q('facts', 'vilka kommuner bildade miljö- och hälsoskyddsförbundet?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
  Q('facts', 'vilka sitter i samarbetskommittén?', { expectAny: [['kommunstyrelseordförande', 'kommunstyrelsens ordförande', 'KS-ordförande']] }),
  Q('facts', 'What are the committee meeting times?', en({ expect: ['Thursday'], expectAny: [T1200, ['15.00', '15:00']] })),
  Q('facts', 'vad är syftet med samverkan?', { expect: ['regionala utvecklingen'], expectAny: [['stärka']] }),
  Q('facts', 'vad är rådslaget till för?', { expectAny: [['Södertörns utveckling', 'utveckling']] }),
  Q('facts', 'vad är södertörns nyckeltal för nåt?', { expect: ['uppföljning'], expectAny: [['hösten', '6 oktober']] }),
  Q('facts', 'när fastställdes södertörns utvecklingsprogram?', { expect: ['2010'], expectAny: [['hösten']] }),
  Q('facts', 'Which area should get more time and resources in 2011?', en({ expectAny: [['regional development']] })),
  Q('facts', 'vad säger planen om upphandling?', { expectAny: [['offentlig upphandling', 'LOU']], expect: ['varor och tjänster'] }),
  Q('facts', 'vilka lärosäten nämns?', { expect: ['Södertörns högskola', 'KTH', 'Karolinska'] }),
  Q('facts', 'vilka är de viktigaste regionala utvecklingsfrågorna enligt utvecklingsprogrammet?', { expect: ['utbildningsnivån', 'klimateffektivt'] }),
  Q('facts', 'How many municipalities are in the överförmyndarnämnd (the joint guardianship board)?', en({ expectAny: [['five', '5']] })),
  Q('facts', 'inom vilka områden har samarbetet traditioner?', { expect: ['gymnasie', 'räddningstjänst'], expectAny: [['återvinning']] }),
  Q('facts', 'gemensam ägarstyrning – vad innebär det?', { expectAny: [['ägardialog', 'bolagsordning', 'direktiv']] }),
  Q('facts', 'Who attends the committee meetings besides the chairs?', en({ expectAny: [['municipal director', 'kommundirektör', 'chief executive']] })),
  Q('facts', 'vilka två huvudområden finns för samverkan?', { expect: ['Regionala utvecklingsfrågor', 'Verksamhetsfrågor'] }),
  Q('facts', 'vad gör vi inom omvärldsbevakning?', { expect: ['kontaktnät'] }),
  Q('facts', 'how long is the nyckeltal day?', en({ expectAny: [['full day', 'all day', 'whole day', 'full-day', 'all-day']] })),
];

// ---------------- change requests ----------------
const S = 'secretariat', M = 'member';
const commands = [
  // move
  Q('move', 'kan du flytta LG 20/5 till 27/5?', { as: S, kind: 'confirm', expect: ['27 maj'] }),
  Q('move', 'vi måste flytta SK-mötet 22/9 till 29/9, nynäshamn kan inte', { as: S, kind: 'confirm', expect: ['29 september'] }),
  Q('move', 'move the LG meeting on 25 November to 2 December', en({ as: S, kind: 'confirm', expect: ['2 December'] })),
  Q('move', 'nyckeltalsdagen flyttas till 13 okt', { as: S, kind: 'confirm', expect: ['13 oktober'] }),
  Q('move', 'flytta nästa LG en vecka senare', { as: S, kind: 'confirm', expect: ['27 maj'] }),
  Q('move', 'SK i juni blir 16/6 istället', { as: S, kind: 'confirm', expect: ['16 juni'] }),
  Q('move', 'kan du fixa så att södertörnskonferensen ligger 8 sep istället', { as: S, kind: 'confirm', expect: ['8 september'] }),
  // host
  Q('host', 'det blir huddinge som är värd för SK 3/11 istället', { as: S, kind: 'confirm', expect: ['Huddinge'] }),
  Q('host', 'kan du fixa så att nyckeltalsdagen hålls i haninge i år', { as: S, kind: 'confirm', expect: ['Haninge'] }),
  Q('host', 'change the host of the 22 September committee meeting to Södertälje', en({ as: S, kind: 'confirm', expect: ['Södertälje'] })),
  // cancel
  Q('cancel', 'ställ in LG-mötet 14/10', { as: S, kind: 'confirm', expect: ['14 oktober'] }),
  Q('cancel', 'SK 8/12 utgår', { as: S, kind: 'confirm', expect: ['8 december'] }),
  Q('cancel', 'cancel the LG meeting on 9 September', en({ as: S, kind: 'confirm', expect: ['9 September'] })),
  // add
  Q('add', 'lägg till ett extra LG-möte fredag 17 juni', { as: S, kind: 'confirm', expect: ['17 juni'] }),
  Q('add', 'vi behöver ett extra SK den 10 nov kl 12 i huddinge', { as: S, kind: 'confirm', expect: ['10 november'] }),
  Q('add', 'add an extra LG meeting on 16 December', en({ as: S, kind: 'confirm', expect: ['16 December'] })),
  // budgetline
  Q('budgetline', 'personalposten ska vara 600 000', { as: S, kind: 'confirm', expect: ['600 000'] }),
  Q('budgetline', 'kan du fixa så att utredningar/konsultstöd blir 200 000', { as: S, kind: 'confirm', expect: ['200 000'] }),
  Q('budgetline', 'set the compensation to Huddinge for office services to 60 000', en({ as: S, kind: 'confirm', expect: ['60 000'] })),
  // rotationhost
  Q('rotationhost', 'rådslaget 2014 blir i haninge istället för tyresö', { as: S, kind: 'confirm', expect: ['Haninge', '2014'] }),
  Q('rotationhost', 'det blir nykvarn som har rådslaget 2015', { as: S, kind: 'confirm', expect: ['Nykvarn', '2015'] }),
  Q('rotationhost', 'Huddinge will host the rådslag in 2016 instead of Haninge', en({ as: S, kind: 'confirm', expect: ['Huddinge', '2016'] })),
  // history
  Q('history', 'visa ändringar', { as: S, kind: 'history' }),
  Q('history', 'what has changed in the plan so far?', en({ as: S, kind: 'history' })),
  C('history', [
    { q: 'flytta LG 14/10 till 21/10', as: S, kind: 'confirm', expect: ['21 oktober'], lang: 'sv' },
    { q: 'ja', as: S, kind: 'confirmed', lang: 'sv' },
    { q: 'ångra det', as: S, expect: ['14 oktober'], lang: 'sv' },
  ], { as: S }),
  // confirm conversations
  C('confirm', [
    { q: 'flytta LG 20/5 till 27/5', as: S, kind: 'confirm', expect: ['27 maj'], lang: 'sv' },
    { q: 'ja', as: S, kind: 'confirmed', lang: 'sv' },
    { q: 'visa ändringar', as: S, kind: 'history', expect: ['27 maj'], lang: 'sv' },
  ], { as: S }),
  C('confirm', [
    { q: 'vi måste flytta SK 14/4 till 28/4', as: S, kind: 'confirm', expect: ['28 april'], lang: 'sv' },
    { q: 'nej', as: S, kind: 'cancelled', lang: 'sv' },
  ], { as: S }),
  C('confirm', [
    { q: 'flytta LG 9/9 till 15/9', as: S, kind: 'confirm', expect: ['15 september'], lang: 'sv' },
    { q: 'nej vänta, 16/9', as: S, kind: 'confirm', expect: ['16 september'], lang: 'sv' },
    { q: 'ok kör', as: S, kind: 'confirmed', lang: 'sv' },
  ], { as: S }),
  C('confirm', [
    { q: 'ställ in nyckeltalsdagen', as: S, kind: 'confirm', expect: ['6 oktober'], lang: 'sv' },
    { q: 'glöm det', as: S, kind: 'cancelled', lang: 'sv' },
  ], { as: S }),
  C('confirm', [
    { q: 'sätt utredningar, konsultstöd till 250 000', as: S, kind: 'confirm', expect: ['250 000'], lang: 'sv' },
    { q: 'bekräfta', as: S, kind: 'confirmed', lang: 'sv' },
  ], { as: S }),
  C('confirm', [
    { q: 'move the committee meeting on 3 November to 10 November', as: S, kind: 'confirm', expect: ['10 November'], lang: 'en' },
    { q: 'yes', as: S, kind: 'confirmed', lang: 'en' },
  ], { as: S }),
  // missing info → clarify
  Q('missing', 'flytta mötet till 30/9', { as: S, kind: 'clarify' }),
  Q('missing', 'ändra budgeten', { as: S, kind: 'clarify' }),
  Q('missing', 'byt värd för SK', { as: S, kind: 'clarify' }),
  Q('missing', 'move the LG meeting', en({ as: S, kind: 'clarify' })),
  Q('missing', 'höj personalposten', { as: S, kind: 'clarify' }),
  Q('missing', 'flytta LG 12/5 till 19/5', { as: S, kind: 'clarify' }),
  // members → refused
  Q('refused', 'flytta SK 14/4 till 28/4', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'change the rådslag host for 2013 to Salem', en({ as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] })),
  Q('refused', 'ställ in LG 25/11, vi hinner inte', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'lägg personal på 700 000 i budgeten tack', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'kan du lägga till ett SK-möte 15 december?', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  // questions from the secretariat (still questions)
  Q('facts', 'när är LG i maj?', { as: S, expect: ['20 maj'] }),
  Q('facts', 'vem är värd för SK 22/9?', { as: S, expect: ['Nynäshamn'] }),
  Q('budget', 'how much is budgeted for studies and consultants?', en({ as: S, expect: ['230 000'] })),
  Q('facts', 'vilket datum ligger nyckeltalsdagen på?', { as: S, expect: ['6 oktober'] }),
  Q('yesno', 'vi har väl rådslaget i salem i år?', { as: S, startsWith: 'Ja', expect: ['Salem'] }),
];

const outDir = __dirname;
fs.writeFileSync(path.join(outDir, 'pool-questions.json'), JSON.stringify({
  description: 'Writer d, round 6: questions (calendar/travel-planning persona, now varied across 2011).',
  defaultNow: DEFAULT_NOW, items: questions }, null, 2));
fs.writeFileSync(path.join(outDir, 'pool-commands.json'), JSON.stringify({
  description: 'Writer d, round 6: change requests from the secretariat (chat style), member refusals, secretariat questions.',
  defaultNow: DEFAULT_NOW, items: commands }, null, 2));

function stats(items) {
  const cat = {}, lang = {};
  for (const it of items) {
    cat[it.category] = (cat[it.category] || 0) + 1;
    const l = it.lang || (it.conversation && it.conversation[0].lang) || '?';
    lang[l] = (lang[l] || 0) + 1;
  }
  return { n: items.length, cat, lang };
}
console.log('questions', JSON.stringify(stats(questions)));
console.log('commands', JSON.stringify(stats(commands)));

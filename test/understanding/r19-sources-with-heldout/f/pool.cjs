// Round 19 writer f — persona: KSO Nykvarn (terse, no capitals, slang) + English-writing deputy.
const fs = require('fs');
const path = require('path');
const DEF = '2011-04-07T10:00:00+02:00';
const NIS = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'], T15 = ['15.00', '15:00'];
const T0830 = ['08.30', '8.30', '08:30', '8:30'], T13 = ['13.00', '13:00'];

function Q(category, q, o = {}) {
  const it = { category, q };
  Object.assign(it, o);
  if (!it.lang) it.lang = 'sv';
  return it;
}
function C(category, turns, o = {}) {
  return Object.assign({ category, conversation: turns.map(t => Object.assign({ lang: 'sv' }, t)) }, o);
}

const questions = [
  // ---------------- rotation ----------------
  Q('rotation', 'vem e värd för rådslaget 2017?', { now: '2011-12-12T09:00:00+01:00', expect: ['Nykvarn'] }),
  Q('rotation', 'när e nykvarn värd för rådslaget', { expect: ['2017'] }),
  Q('rotation', 'vem tar rådslaget efter oss? (nykvarn alltså)', { expect: ['Huddinge', '2018'] }),
  Q('rotation', 'rådslag nästa år vem', { expect: ['Nynäshamn'] }),
  Q('rotation', 'vem e värd för rådslaget i år', { now: '2012-03-01T09:00:00+01:00', expect: ['Nynäshamn'], expectNot: ['Salem'] }),
  Q('rotation', 'who hosts the rådslag in 2015?', { now: '2012-02-20T09:00:00+01:00', lang: 'en', expect: ['Södertälje'] }),
  Q('rotation', 'which year is haninge host for the rådslag', { lang: 'en', expect: ['2016'] }),
  Q('rotation', 'rådslaget 2019 vem', { kind: NIS }),
  Q('rotation', 'vem hade rådslaget i år', { expect: ['Salem'] }),
  Q('rotation', 'hela rotationen för rådslaget tack', { now: '2011-08-09T09:00:00+02:00', expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] }),
  Q('rotation', 'is huddinge last in the rådslag rotation?', { lang: 'en', startsWith: 'Yes', expect: ['2018'] }),
  Q('rotation', 'värd för rådslaget två år efter tyresö?', { expect: ['Haninge'] }),
  Q('rotation', 'rådslag 2013 host', { lang: 'en', expect: ['Botkyrka'] }),
  Q('rotation', 'vem har rådslaget året före nykvarn', { now: '2011-09-15T09:00:00+02:00', expect: ['Haninge', '2016'] }),

  // ---------------- budget ----------------
  Q('budget', 'vad betalar nykvarn om avgifterna delas lika', { expect: ['107 500'] }),
  Q('budget', 'hur mkt e avgifterna totalt', { now: '2011-07-04T09:00:00+02:00', expect: ['860 000'] }),
  Q('budget', 'vad får huddinge för kontorsservice o arbetsrum', { now: '2011-11-10T09:00:00+01:00', expect: ['50 000'] }),
  Q('budget', 'vad kostar hela kalaset per månad', { expectAny: [['71 666', '71 667']] }),
  Q('budget', 'hur stor del av kostnaderna e personal, procent', { expectAny: [['67', '68']] }),
  Q('budget', 'vad blir kvar när personalen e betald', { expect: ['280 000'] }),
  Q('budget', 'skillnad personal o utredningar?', { now: '2012-01-05T09:00:00+01:00', expect: ['350 000'] }),
  Q('budget', 'minsta posten i budgeten', { expect: ['50 000'], expectAny: [['Huddinge', 'kontorsservice']] }),
  Q('budget', 'how much does each municipality pay if the fees are split equally?', { lang: 'en', expect: ['107 500'] }),
  Q('budget', "what's the staff cost per month", { lang: 'en', expectAny: [['48 333']] }),
  Q('budget', 'share of the budget for studies and consultants?', { lang: 'en', expectAny: [['26', '27']] }),
  Q('budget', 'personal + ersättningen t huddinge ihop?', { expect: ['630 000'] }),
  Q('budget', 'nykvarns del av utredningspengarna om man delar lika på åtta', { now: '2011-10-18T09:00:00+02:00', expect: ['28 750'] }),
  Q('budget', 'per kvartal, totala kostnaden?', { expect: ['215 000'] }),
  Q('budget', 'nykvarns avgift per månad om lika fördelning', { expectAny: [['8 958']] }),
  Q('budget', 'utredningar minus huddinge-ersättningen?', { now: '2011-08-22T09:00:00+02:00', expect: ['180 000'] }),

  // ---------------- yesno ----------------
  Q('yesno', 'e nykvarn med i överförmyndarnämnden?', { now: '2011-11-30T09:00:00+01:00', startsWith: 'Nej' }),
  Q('yesno', 'e vi (nykvarn) värd för sk 14/4?', { startsWith: 'Ja' }),
  Q('yesno', 'e sk alltid på torsdagar', { startsWith: 'Ja' }),
  Q('yesno', 'has nykvarn already hosted the rådslag?', { lang: 'en', startsWith: 'No', expect: ['2017'] }),
  Q('yesno', 'is the nyckeltal day in botkyrka', { lang: 'en', startsWith: 'Yes' }),
  Q('yesno', 'e södertörnskonferensen i huddinge?', { startsWith: 'Ja', expect: ['Tyresö'] }),
  Q('yesno', 'e rådslaget redan gjort i år', { startsWith: 'Ja', expect: ['24 mars'] }),
  Q('yesno', 'is the sk meeting on 22/9 in nynäshamn?', { lang: 'en', startsWith: 'Yes' }),
  Q('yesno', 'startade miljöförbundet 2010?', { startsWith: 'Nej', expect: ['2008'] }),
  Q('yesno', 'does nykvarn host any sk meeting in the autumn?', { lang: 'en', startsWith: 'No' }),
  Q('yesno', 'har vi haft sk-mötet i salem', { now: '2011-06-10T09:00:00+02:00', startsWith: 'Ja', expect: ['9 juni'] }),
  Q('yesno', 'ska det läggas mer tid på verksamhetsfrågorna än regionala frågor 2011?', { startsWith: 'Nej', expect: ['regional'] }),
  Q('yesno', 'e södertörnskonferensen idag?', { now: '2011-09-01T08:00:00+02:00', startsWith: 'Ja' }),
  Q('yesno', 'was the nyckeltal day yesterday?', { lang: 'en', now: '2011-10-07T09:00:00+02:00', startsWith: 'Yes', expect: ['6 October'] }),

  // ---------------- premise ----------------
  Q('premise', 'varför e botkyrka värd 14/4?', { expect: ['Nykvarn'] }),
  Q('premise', 'sk 9/6 e hos oss i nykvarn va', { expect: ['Salem'] }),
  Q('premise', 'rådslaget 2012 e i nykvarn, stämmer?', { startsWith: 'Nej', expect: ['Nynäshamn'] }),
  Q('premise', 'vad betalar nykvarn till ÖFN', { expectAny: [['inte', 'ej', 'ingår']] }),
  Q('premise', 'lg-mötet på torsdag 20/5, när börjar det', { expect: ['fredag'], expectAny: [T0830] }),
  Q('premise', 'why is the nyckeltal day in november?', { lang: 'en', expect: ['6 October'] }),
  Q('premise', 'sk 3/11 i tyresö, när börjar det', { expect: ['Botkyrka'], expectAny: [T12] }),
  Q('premise', 'lg:s planeringskonf e 27-28 jan va?', { expect: ['31 mars'] }),
  Q('premise', 'since when has salem been in the environmental federation?', { lang: 'en', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
  Q('premise', 'varför e södertörnskonferensen i botkyrka i år', { expect: ['Huddinge', 'Tyresö'] }),
  Q('premise', 'ÖFN startade 2010 eller?', { expect: ['2011'] }),
  Q('premise', 'budgeten e 960 000 stämmer?', { startsWith: 'Nej', expect: ['860 000'] }),
  Q('premise', "who's running the secretariat in haninge?", { lang: 'en', expect: ['Huddinge'] }),
  Q('premise', 'när e nykvarn värd för sk igen efter påsk', { now: '2011-04-25T09:00:00+02:00', expectAny: [['inte', 'ej', 'inga', 'inget']] }),

  // ---------------- offplan ----------------
  Q('offplan', 'boka lokal i nykvarn t 14/4', { kind: NIS }),
  Q('offplan', 'skicka kallelse t alla i sk', { kind: NIS }),
  Q('offplan', 'vem e ordförande i sk', { kind: NIS }),
  Q('offplan', 'vad blir det för mat på rådslaget', { kind: NIS }),
  Q('offplan', 'adress t salems kommunhus?', { kind: NIS }),
  Q('offplan', 'agenda for 14/4?', { lang: 'en', kind: NIS }),
  Q('offplan', 'call the kommundirektör in salem pls', { lang: 'en', kind: NIS }),
  Q('offplan', 'vem leder nyckeltalsdagen', { kind: NIS, now: '2011-09-28T09:00:00+02:00' }),
  Q('offplan', 'can you book a taxi to botkyrka for 6 oct', { lang: 'en', kind: NIS }),
  Q('offplan', 'vad blir budgeten 2012', { kind: NIS, now: '2011-11-20T09:00:00+01:00' }),

  // ---------------- topic ----------------
  Q('topic', 'när e sk:s planeringskonferens', { expectAny: [['27', '27-28', '27–28']], expect: ['jan'], expectNot: ['31 mars'] }),
  Q('topic', 'lg planeringskonf när', { expect: ['31 mars', '1 april'] }),
  Q('topic', 'vad e syftet med rådslaget', { expectAny: [['frågeställningar', 'fokus']], expect: ['utveckling'] }),
  Q('topic', 'vad e lg till för', { now: '2011-05-19T09:00:00+02:00', expect: ['förbereda', 'samordna'] }),
  Q('topic', 'vilka e med på södertörnskonferensen', { expect: ['partier', 'tjänstemän'] }),
  Q('topic', 'vilka e med på rådslaget förutom kommunerna', { expect: ['KTH', 'Handelskammaren', 'Företagarna'] }),
  Q('topic', 'vad täcker posten utredningar', { expect: ['konsultstöd'] }),
  Q('topic', 'verksamhetsfrågor syftar till va?', { expect: ['effektivisera'] }),
  Q('topic', "what's the nyckeltal day about?", { lang: 'en', expectAny: [['follow-up', 'follow up', 'followup', 'key figures', 'key indicators', 'key performance']] }),
  Q('topic', 'styrdokument för verksamhetsfrågorna?', { expect: ['verksamhetsplan'] }),
  Q('topic', 'explosiva varor vem tar det', { now: '2011-09-07T09:00:00+02:00', expect: ['brandförsvarsförbund'] }),
  Q('topic', 'receptfria läkemedel, vem kollar', { expect: ['miljö- och hälsoskyddsförbund'] }),
  Q('topic', 'what does the 50 000 to huddinge cover?', { lang: 'en', expectAny: [['office']] }),

  // ---------------- period ----------------
  Q('period', 'sk före midsommar?', { expect: ['14 april', '9 juni'], expectNot: ['22 september'] }),
  Q('period', 'sk till hösten', { expect: ['22 september', '3 november'], expectNot: ['9 juni'] }),
  Q('period', 'lg efter sommaren', { expect: ['9 september', '14 oktober', '25 november'], expectNot: ['20 maj'] }),
  Q('period', 'sista sk i år', { expect: ['8 december', 'Tyresö'] }),
  Q('period', 'sista lg före jul', { expect: ['25 november'] }),
  Q('period', "what's on in september?", { lang: 'en', expect: ['1 September', '9 September', '22 September'] }),
  Q('period', 'nästa sk', { expect: ['14 april', 'Nykvarn'] }),
  Q('period', 'nästa sk', { now: '2011-09-23T09:00:00+02:00', expect: ['3 november', 'Botkyrka'] }),
  Q('period', 'nästa sk-möte', { now: '2011-12-09T09:00:00+01:00', expect: ['Södertälje'], expectAny: [['januari', 'jan']] }),
  Q('period', 'när e nästa sk', { now: '2012-02-01T09:00:00+01:00', expect: ['Huddinge'], expectAny: [['april', 'apr']] }),
  Q('period', 'lg meetings left in the first half of the year?', { lang: 'en', expect: ['20 May'], expectNot: ['9 September'] }),
  Q('period', 'nästa lg', { now: '2011-10-10T09:00:00+02:00', expect: ['14 oktober'] }),
  Q('period', 'hur många sk kvar i år', { now: '2011-04-15T09:00:00+02:00', expectAny: [['4', 'fyra']] }),
  Q('period', 'nåt kvar före jul?', { now: '2011-11-28T09:00:00+01:00', expect: ['8 december'] }),
  Q('period', 'next sk?', { lang: 'en', now: '2011-11-04T09:00:00+01:00', expect: ['8 December', 'Tyresö'] }),

  // ---------------- followup ----------------
  C('followup', [
    { q: 'vem e värd för rådslaget 2017?', expect: ['Nykvarn'] },
    { q: 'o året efter?', expect: ['Huddinge'] },
  ]),
  C('followup', [
    { q: 'när e sk i nynäshamn', expect: ['22 september'] },
    { q: 'vilken tid', expectAny: [T12, T15] },
  ]),
  C('followup', [
    { q: 'nästa lg?', expect: ['20 maj'] },
    { q: 'o sen?', expect: ['9 september'] },
  ]),
  C('followup', [
    { q: 'when is the södertörnskonferensen?', lang: 'en', expect: ['1 September'] },
    { q: 'where?', lang: 'en', expect: ['Huddinge', 'Tyresö'] },
  ]),
  C('followup', [
    { q: 'vilka e med i ÖFN', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
    { q: 'vem e värdkommun', expect: ['Haninge'] },
  ], { now: '2011-06-28T09:00:00+02:00' }),
  C('followup', [
    { q: 'miljöförbundet vilka e med', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
    { q: 'när startade det', expect: ['2008'] },
  ]),
  C('followup', [
    { q: 'nyckeltalsdagen?', expect: ['6 oktober', 'Botkyrka'] },
    { q: 'e botkyrka värd för nåt mer i år', startsWith: 'Ja', expect: ['3 november'] },
  ]),
  C('followup', [
    { q: 'what does nykvarn host this year?', lang: 'en', expect: ['14 April'] },
    { q: 'and the rådslag?', lang: 'en', expect: ['2017'] },
  ]),
  C('followup', [
    { q: 'avgifter totalt', expect: ['860 000'] },
    { q: 'delat på åtta?', expect: ['107 500'] },
    { q: 'o per månad för oss', expectAny: [['8 958']] },
  ]),
  C('followup', [
    { q: 'sk 14/4 var', expect: ['Nykvarn'] },
    { q: 'o mötet efter', expect: ['9 juni', 'Salem'] },
  ]),
  C('followup', [
    { q: 'lg meeting times?', lang: 'en', expectAny: [T0830, T13] },
    { q: 'and sk?', lang: 'en', expectAny: [T12, T15] },
  ]),
  C('followup', [
    { q: 'nästa sk', expect: ['22 september', 'Nynäshamn'] },
    { q: 'o lg', expect: ['14 oktober'] },
  ], { now: '2011-09-10T09:00:00+02:00' }),
  C('followup', [
    { q: 'vem e värd för sk 8/12', expect: ['Tyresö'] },
    { q: 'har de nåt rådslag nån gång?', expect: ['2014'] },
  ], { now: '2011-10-20T09:00:00+02:00' }),

  // ---------------- typo ----------------
  Q('typo', 'ledingsgruppen nästa möte?', { expect: ['20 maj'] }),
  Q('typo', 'när e samarbetskomitén i salem', { expect: ['9 juni'] }),
  Q('typo', 'rådslgaet 2016?', { now: '2012-03-15T09:00:00+01:00', expect: ['Haninge'] }),
  Q('typo', 'nykeltalsdagen var', { expect: ['Botkyrka'] }),
  Q('typo', 'södertörnskonfernsen datum', { expect: ['1 september'] }),
  Q('typo', 'överförmyndarnämdnen värdkommun?', { expect: ['Haninge'] }),
  Q('typo', 'planeringskonferensn lg', { expect: ['31 mars'] }),
  Q('typo', 'rådlsag host 2014', { lang: 'en', expect: ['Tyresö'] }),
  Q('typo', 'whne is the next sk meting?', { lang: 'en', expect: ['14 April', 'Nykvarn'] }),
  Q('typo', 'miljöförbudnet startår', { expect: ['2008'] }),
  Q('typo', 'LG-datumen i höst', { now: '2011-08-01T09:00:00+02:00', expect: ['9 september', '14 oktober', '25 november'] }),

  // ---------------- language ----------------
  Q('language', 'SK 3/11 värd?', { locale: 'en-GB', lang: 'en', expect: ['Botkyrka'] }),
  Q('language', 'ÖFN?', { locale: 'sv-SE', lang: 'sv', expect: ['överförmyndar'] }),
  Q('language', 'kostnader?', { locale: 'en-GB', lang: 'en', expect: ['580 000', '50 000', '230 000'] }),
  Q('language', 'LG 9/9?', { locale: 'en-GB', lang: 'en', expect: ['9 September'] }),
  Q('language', 'rådslaget 2017', { lang: 'sv', expect: ['Nykvarn'] }),
  Q('language', "what's nykvarn hosting", { lang: 'en', expectAny: [['14 April', '2017']] }),
  Q('language', 'nyckeltal 6/10?', { locale: 'en-GB', lang: 'en', expect: ['Botkyrka'] }),
  Q('language', 'vision 2025', { locale: 'en-GB', lang: 'en', expectAny: [['half a million', '500 000', 'half million']] }),
  Q('language', 'SK 14/4?', { locale: 'en-GB', lang: 'en', expect: ['Nykvarn', '14 April'], now: '2011-04-11T09:00:00+02:00' }),
  Q('language', 'does nykvarn pay anything to the överförmyndarnämnd?', { lang: 'en', startsWith: 'No' }),
  Q('language', 'SK 22/9?', { locale: 'sv-SE', lang: 'sv', expect: ['Nynäshamn', '22 september'] }),

  // ---------------- facts ----------------
  Q('facts', 'hur många invånare har södertörn', { now: '2012-01-20T09:00:00+01:00', expect: ['430 000'] }),
  Q('facts', 'visionen 2025?', { now: '2011-11-15T09:00:00+01:00', expectAny: [['halv miljon', '500 000']] }),
  Q('facts', 'målområdena i utvecklingsprogrammet', { now: '2011-08-30T09:00:00+02:00', expect: ['Näringsliv', 'Mångfald', 'Klimat', 'Infrastruktur'] }),
  Q('facts', 'hur många utvecklingsfrågor finns det', { expectAny: [['fem', '5']] }),
  Q('facts', 'förhållningssätt?', { now: '2012-02-14T09:00:00+01:00', expect: ['gemensamma nyttan', 'demokratiska'] }),
  Q('facts', 'vilka regionala organ samordnar vi oss i', { now: '2011-10-25T09:00:00+02:00', expect: ['KSL', 'Business Alliance', 'Mälardalsrådet'] }),
  Q('facts', 'vilka sitter i sk', { now: '2011-12-01T09:00:00+01:00', expect: ['kommunstyrelseordförande'] }),
  Q('facts', 'vilka e i lg', { now: '2012-03-08T09:00:00+01:00', expect: ['kommundirektör'] }),
  Q('facts', 'när fastställdes utvecklingsprogrammet', { now: '2011-06-15T09:00:00+02:00', expect: ['2010'], expectAny: [['hösten']] }),
  Q('facts', 'vilka infrastruktursatsningar nämns', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] }),
  Q('facts', 'what are the two main areas of cooperation?', { lang: 'en', expect: ['regional'], expectAny: [['operational', 'operations', 'activit', 'service', 'verksamhet']] }),
  Q('facts', 'styrdokument regionala utvecklingsfrågor', { expect: ['UtvecklingsProgram 2010'] }),
  Q('facts', 'upphandling vad säger planen', { now: '2011-09-20T09:00:00+02:00', expectAny: [['offentlig upphandling', 'fler varor']] }),
  Q('facts', 'gemensam ägarstyrning?', { expectAny: [['ägardialog', 'bolagsordning']] }),
  Q('facts', 'omvärldsbevakning va e det', { expect: ['kontaktnät'] }),
  Q('facts', "what's stockholm's slogan in the plan?", { lang: 'en', expect: ['Capital of Scandinavia'] }),
  Q('facts', 'who attends the sk meetings besides the chairs?', { lang: 'en', expectAny: [['municipal director', 'kommundirektör', 'chief executive', 'city manager', 'municipal manager', 'chief officer']] }),
  Q('facts', 'sk:s syfte', { expect: ['regionala utvecklingen'] }),
  Q('facts', 'vilka traditioner har samarbetet', { expect: ['gymnasie', 'räddningstjänst'] }),
  Q('facts', 'varför mer tid på regionala frågor i år', { expect: ['handlingsplan'] }),
  Q('facts', 'when did the ÖFN start?', { lang: 'en', expect: ['1 January', '2011'] }),
  Q('facts', 'vad e södertörnskonferensen', { expect: ['årlig', 'partier'] }),
  Q('facts', 'nya uppgifter från riksdagen hur gör vi', { expect: ['befintliga'] }),
  Q('facts', 'sk-möten 2012?', { expect: ['Södertälje', 'Huddinge'] }),
  Q('facts', 'what does the plan say about the E4?', { lang: 'en', expectAny: [['widen', 'breddning', 'broaden', 'expansion']] }),
];

// ---------------- change requests ----------------
const S = 'secretariat', M = 'member';
function R(category, q, o = {}) {
  return Object.assign({ category, q, lang: 'sv' }, o);
}
const commands = [
  // move
  R('move', 'flytta sk 22/9 till 29/9', { now: '2011-08-10T09:00:00+02:00', as: S, kind: 'confirm', expect: ['29 september'] }),
  R('move', 'LG 20/5 flyttas t 27/5', { as: S, kind: 'confirm', expect: ['27 maj'] }),
  R('move', 'move the LG meeting on 9 Sept to 16 Sept', { as: S, lang: 'en', kind: 'confirm', expect: ['16 September'] }),
  R('move', 'nyckeltalsd. flyttas till 13/10', { as: S, kind: 'confirm', expect: ['13 oktober'] }),
  R('move', 'sk 8/12 -> 15/12, krockar m lucia', { as: S, kind: 'confirm', expect: ['15 december'] }),
  R('move', 'södertörnskonf 1/9 ska va 8/9 istället', { as: S, kind: 'confirm', expect: ['8 september'] }),
  // host
  R('host', 'ny värd SK 9/6: södertälje', { as: S, kind: 'confirm', expect: ['Södertälje'] }),
  R('host', 'sk 3/11 byter värd t haninge', { as: S, kind: 'confirm', expect: ['Haninge'] }),
  R('host', 'change host of the SK meeting on 8 Dec to Huddinge', { as: S, lang: 'en', kind: 'confirm', expect: ['Huddinge'] }),
  R('host', 'nyckeltalsd. hålls i nykvarn ist f botkyrka', { as: S, kind: 'confirm', expect: ['Nykvarn'] }),
  // cancel
  R('cancel', 'ställ in LG 14/10', { now: '2011-09-12T09:00:00+02:00', as: S, kind: 'confirm', expect: ['14 oktober'] }),
  R('cancel', 'stryk sk-mötet 8/12', { as: S, kind: 'confirm', expect: ['8 december'] }),
  R('cancel', 'cancel the LG on 25 Nov', { as: S, lang: 'en', kind: 'confirm', expect: ['25 November'] }),
  // add
  R('add', 'lägg t LG-möte fre 16/12', { as: S, kind: 'confirm', expect: ['16 december'] }),
  R('add', 'nytt sk-möte 20/10 i nykvarn', { as: S, kind: 'confirm', expect: ['20 oktober', 'Nykvarn'] }),
  R('add', 'add an LG meeting on 17 June', { as: S, lang: 'en', kind: 'confirm', expect: ['17 June'] }),
  // budgetline
  R('budgetline', 'utredningar/konsultstöd höj t 250 000', { as: S, kind: 'confirm', expect: ['250 000'] }),
  R('budgetline', 'personal ska va 600 000', { as: S, kind: 'confirm', expect: ['600 000'] }),
  R('budgetline', 'set the Huddinge office compensation to 60 000', { as: S, lang: 'en', kind: 'confirm', expect: ['60 000'] }),
  // rotationhost
  R('rotationhost', 'rådsl. 2013 byt värd t huddinge', { as: S, kind: 'confirm', expect: ['Huddinge', '2013'] }),
  R('rotationhost', 'rådslaget 2017 -> salem ist f nykvarn', { as: S, kind: 'confirm', expect: ['Salem', '2017'] }),
  R('rotationhost', 'make Tyresö host of the 2016 rådslag', { as: S, lang: 'en', kind: 'confirm', expect: ['Tyresö', '2016'] }),
  // missing → clarify
  R('missing', 'flytta lg-mötet', { as: S, kind: 'clarify' }),
  R('missing', 'ändra budgeten', { as: S, kind: 'clarify' }),
  R('missing', 'ny värd för sk', { as: S, kind: 'clarify' }),
  R('missing', 'move the meeting to next week', { as: S, lang: 'en', kind: 'clarify' }),
  R('missing', 'ställ in mötet i höst', { as: S, kind: 'clarify' }),
  // refused (members)
  R('refused', 'flytta sk 14/4 t 15/4', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  R('refused', 'byt värd rådsl. 2017 t huddinge, vi orkar int', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  R('refused', 'change the staff budget to 500 000', { as: M, lang: 'en', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  R('refused', 'lägg t ett extra sk hos oss i nykvarn i maj', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  R('refused', 'move LG 20/5 to 27/5 pls', { as: M, lang: 'en', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  R('refused', 'ställ in lg 9/9', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  // history
  R('history', 'visa ändringar', { as: S, kind: 'history' }),
  R('history', 'what has changed?', { as: S, lang: 'en', kind: 'history' }),
  // conversations (confirm / cancel / undo / history)
  { category: 'confirm', as: S, conversation: [
    { q: 'flytta LG 20/5 t 27/5', as: S, lang: 'sv', kind: 'confirm', expect: ['27 maj'] },
    { q: 'ja', as: S, lang: 'sv', kind: 'confirmed' },
    { q: 'visa ändringar', as: S, lang: 'sv', kind: 'history', expect: ['27 maj'] },
  ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'ställ in sk 3/11', as: S, lang: 'sv', kind: 'confirm', expect: ['3 november'] },
    { q: 'avbryt', as: S, lang: 'sv', kind: 'cancelled' },
  ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'utredningar 200 000', as: S, lang: 'sv', kind: 'confirm', expect: ['200 000'] },
    { q: 'ok kör', as: S, lang: 'sv', kind: 'confirmed' },
    { q: 'ångra', as: S, lang: 'sv', expect: ['230 000'] },
  ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'ny värd nyckeltalsd.: salem', as: S, lang: 'sv', kind: 'confirm', expect: ['Salem'] },
    { q: 'nej', as: S, lang: 'sv', kind: 'cancelled' },
    { q: 'vem e värd för nyckeltalsdagen', as: S, lang: 'sv', expect: ['Botkyrka'] },
  ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'move SK 22/9 to 29/9', as: S, lang: 'en', kind: 'confirm', expect: ['29 September'] },
    { q: 'yes', as: S, lang: 'en', kind: 'confirmed' },
    { q: 'undo', as: S, lang: 'en', expect: ['22 September'] },
  ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'rådsl. 2014 värd nykvarn', as: S, lang: 'sv', kind: 'confirm', expect: ['Nykvarn', '2014'] },
    { q: 'bekräfta', as: S, lang: 'sv', kind: 'confirmed' },
    { q: 'vem e värd för rådslaget 2014', as: S, lang: 'sv', expect: ['Nykvarn'] },
  ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'flytta lg', as: S, lang: 'sv', kind: 'clarify' },
    { q: '20/5 till 3/6', as: S, lang: 'sv', kind: 'confirm', expect: ['3 juni'] },
    { q: 'ja', as: S, lang: 'sv', kind: 'confirmed' },
  ] },
  { category: 'confirm', as: S, now: '2011-09-05T09:00:00+02:00', conversation: [
    { q: 'lägg t sk-möte tors 1/12 i nykvarn', as: S, lang: 'sv', kind: 'confirm', expect: ['1 december', 'Nykvarn'] },
    { q: 'ok', as: S, lang: 'sv', kind: 'confirmed' },
    { q: 'ångra', as: S, lang: 'sv' },
    { q: 'visa ändringar', as: S, lang: 'sv', kind: 'history' },
  ] },
  // secretariat questions that look like commands
  R('period', 'när e LG i maj', { as: S, expect: ['20 maj'] }),
  R('facts', 'vem e värd 9/6 nu', { as: S, expect: ['Salem'] }),
  R('budget', 'vad ligger utredningar på i budgeten', { as: S, expect: ['230 000'] }),
  R('rotation', 'rådsl. 2013 vem har det', { as: S, expect: ['Botkyrka'] }),
  R('period', 'hur många lg kvar i år', { as: S, expectAny: [['4', 'fyra']] }),
  R('facts', 'which LG meeting is the planning conference?', { as: S, lang: 'en', expect: ['31 March'] }),
];

const out = (name, items, description) => fs.writeFileSync(path.join(__dirname, name),
  JSON.stringify({ description, defaultNow: DEF, items }, null, 2) + '\n');
out('pool-questions.json', questions, 'r19 writer f: Nykvarn KSO persona (terse, no capitals, slang) + English deputy');
out('pool-commands.json', commands, 'r19 writer f: secretariat chat-style change requests, members refused, secretariat questions');
console.log('questions', questions.length, 'commands', commands.length);

// Round 23 writer "r" — pool from verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const NI = ['notInPlan', 'cannot'];

function Q(category, q, o = {}) {
  const it = { category, q };
  Object.assign(it, o);
  if (!it.lang) it.lang = 'sv';
  return it;
}
function E(category, q, o = {}) { return Q(category, q, Object.assign({ lang: 'en' }, o)); }
function C(category, turns, o = {}) {
  return Object.assign({ category, conversation: turns.map(t => Object.assign({ lang: 'sv' }, t)) }, o);
}

const T = ['12.00', '12:00'];
const LGT = ['08.30', '08:30', '8.30', '8:30'];

const questions = [
  // ---------------- rotation ----------------
  Q('rotation', 'vem har rådslaget två tusen tolv', { expect: ['Nynäshamn'] }),
  Q('rotation', 'rådslaget två tusen fjorton vem är värd för det', { expect: ['Tyresö'] }),
  Q('rotation', 'när har nynäs hamn rådslaget alltså vilket år', { expect: ['2012'] }),
  Q('rotation', 'vem har rådslaget året efter nynäshamn', { expect: ['Botkyrka'] }),
  Q('rotation', 'rådslag 2018', { expect: ['Huddinge'] }),
  Q('rotation', 'vilket år är söder tälje värd för rådslaget', { expect: ['2015'] }),
  E('rotation', 'Which year does Haninge host the Rådslag?', { expect: ['2016'] }),
  E('rotation', "who's hosting the radslag in 2017", { expect: ['Nykvarn'] }),
  Q('rotation', 'vem hade rådslaget i år', { expect: ['Salem'] }),
  E('rotation', 'Rådslag host in 2013, please', { expect: ['Botkyrka'] }),
  Q('rotation', 'vilka kommuner är värd för rådslaget mellan 2014 och 2016', { expect: ['Tyresö', 'Södertälje', 'Haninge'] }),
  Q('rotation', 'huddinge har dom rådslaget nån gång eller', { expect: ['2018'] }),
  E('rotation', 'Remind me of the order of Rådslag hosts after Salem, up to 2015', { expect: ['Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje'] }),

  // ---------------- budget ----------------
  Q('budget', 'hur mycket var det nu igen i avgifter från kommunerna', { expect: ['860 000'] }),
  Q('budget', 'om man delar avgiften lika på åtta kommuner vad blir det per kommun', { expect: ['107 500'] }),
  Q('budget', 'personal kostnaden per månad', { expect: ['48 333'] }),
  Q('budget', 'hur stor del av budgeten går till personal i procent', { expectAny: [['67', '68']] }),
  Q('budget', 'vad blir kvar om man drar personalen från intäkterna', { expect: ['280 000'] }),
  Q('budget', 'utredningar och konsult stöd hur mycket har vi där', { expect: ['230 000'] }),
  Q('budget', 'största kostnadsposten', { expect: ['580 000'], expectAny: [['personal']] }),
  Q('budget', 'minsta posten i budgeten vilken är det', { expect: ['50 000'] }),
  Q('budget', 'skillnaden mellan personal och utredningar', { expect: ['350 000'] }),
  Q('budget', 'blir det överskott eller underskott i budgeten två tusen elva', { expectAny: [['balans', '860 000', 'jämnt', 'noll']] }),
  E('budget', "what's the total budget for 2011", { expect: ['860 000'] }),
  E('budget', 'how much is set aside for consultants per quarter', { expect: ['57 500'] }),
  E('budget', 'if the staff costs were split equally across the eight councils, what would each pay', { expect: ['72 500'] }),
  Q('budget', 'totala kostnader per kvartal', { expect: ['215 000'] }),
  Q('budget', 'om personalen går upp till sex hundra tusen hur mycket saknas då', { expect: ['20 000'] }),
  Q('budget', 'vad kostar samarbetet per månad totalt', { expectAny: [['71 666', '71 667']] }),
  E('budget', 'what share of the budget goes on investigations and consultancy', { expectAny: [['26', '27']] }),
  E('budget', 'how much more do we spend on staff than on Huddinge office services', { expect: ['530 000'] }),

  // ---------------- yesno ----------------
  Q('yesno', 'är det nynäs hamn som har rådslaget nästa år', { startsWith: 'Ja', expect: ['2012'] }),
  Q('yesno', 'är sk på torsdagar', { startsWith: 'Ja' }),
  Q('yesno', 'är led nings gruppen på fredagar', { startsWith: 'Ja' }),
  Q('yesno', 'har nynäshamn sk i september', { startsWith: 'Ja', expect: ['22 september'] }),
  Q('yesno', 'är salem värd för sk nio juni', { startsWith: 'Ja' }),
  Q('yesno', 'är botkyrka värd för nyckeltalsdagen', { startsWith: 'Ja', expect: ['6 oktober'] }),
  Q('yesno', 'ingår salem i överförmyndar nämnden', { startsWith: 'Nej' }),
  Q('yesno', 'är nykvarn med i miljö förbundet', { startsWith: 'Nej', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
  E('yesno', 'Is the Södertörn conference in September?', { startsWith: 'Yes', expect: ['1 September'] }),
  Q('yesno', 'har vi nåt lg möte i juni', { startsWith: 'Nej' }),
  Q('yesno', 'är rådslaget redan genomfört i år', { startsWith: 'Ja', expect: ['24 mars'] }),
  Q('yesno', 'går budgeten jämnt ut', { startsWith: 'Ja', expect: ['860 000'] }),
  E('yesno', 'is Huddinge hosting the committee in December', { startsWith: 'No', expect: ['Tyresö'] }),
  Q('yesno', 'är det haninge som är värdkommun för överförmyndarnämnden', { startsWith: 'Ja' }),
  E('yesno', 'are the committee meetings on Fridays', { startsWith: 'No', expect: ['Thursday'] }),
  Q('yesno', 'deltar kommun direktörerna på samarbetskommitténs möten', { startsWith: 'Ja' }),
  E('yesno', 'Is the nyckeltal day a full day?', { startsWith: 'Yes' }),

  // ---------------- premise ----------------
  Q('premise', 'varför har botkyrka sk nio juni', { expect: ['Salem'] }),
  Q('premise', 'rådslaget i höst var är det', { expect: ['24 mars'] }),
  Q('premise', 'nynäshamn har ju rådslaget i år eller hur', { expect: ['Salem', '2012'] }),
  Q('premise', 'nyckeltals dagen i huddinge i oktober vilket datum', { expect: ['6 oktober', 'Botkyrka'] }),
  Q('premise', 'söder törns konferensen sjätte oktober vem håller i den', { expect: ['1 september'] }),
  Q('premise', 'miljöförbundet startade ju förra året va', { expect: ['2008'] }),
  Q('premise', 'sekretariatet sitter i haninge visst', { expect: ['Huddinge'] }),
  Q('premise', 'budgeten var nio hundra tusen eller', { expect: ['860 000'] }),
  Q('premise', 'visionen 2030 vad säger den', { expect: ['2025'] }),
  E('premise', 'Why is the LG meeting on Thursday 20 May?', { expect: ['Friday'] }),
  E('premise', 'since Tyresö hosts our committee meeting on 22 September, what time does it start', { expect: ['Nynäshamn'], expectAny: [T] }),
  Q('premise', 'lg mötet fjortonde november vilken tid', { expectAny: [['14 oktober', '25 november']] }),
  E('premise', 'The ÖFN is hosted by Huddinge, right?', { expect: ['Haninge'] }),
  Q('premise', 'södertörn har väl en halv miljon invånare nu', { expect: ['430 000'] }),

  // ---------------- offplan ----------------
  Q('offplan', 'boka ett rum i salem till nio juni', { kind: NI }),
  Q('offplan', 'skicka ett mejl till led nings gruppen att jag blir sen', { kind: NI }),
  Q('offplan', 'vad heter kommundirektören i nykvarn', { kind: NI }),
  Q('offplan', 'vad är adressen till botkyrka kommunhus för nyckeltalsdagen', { kind: NI }),
  Q('offplan', 'vad blir budgeten två tusen tolv', { kind: NI }),
  E('offplan', "can you ring the Salem office and tell them I'm running late", { kind: NI }),
  E('offplan', "what's on the agenda for 14 April", { kind: NI }),
  Q('offplan', 'vad kostar lunchen på rådslaget', { kind: NI }),
  Q('offplan', 'vem är moderator på söder törns konferensen', { kind: NI }),
  E('offplan', "what's the weather forecast for Tyresö on 8 December", { kind: NI }),
  Q('offplan', 'hur många kom på rådslaget i mars', { kind: NI }),
  E('offplan', 'please organise a taxi from Nynäshamn to Salem for 9 June', { kind: NI }),

  // ---------------- topic ----------------
  Q('topic', 'planerings konferensen för sk när är den', { expect: ['27', '28', 'januari'] }),
  Q('topic', 'led nings gruppens planeringskonferens när', { expect: ['31 mars', '1 april'] }),
  Q('topic', 'vad täcker posten ersättning till huddinge', { expect: ['kontorsservice'] }),
  Q('topic', 'vad är syftet med ledningsgruppen', { expect: ['förbereda', 'samordna'] }),
  Q('topic', 'verksamhetsfrågor syfte', { expect: ['effektivisera'] }),
  Q('topic', 'regionala utvecklings frågor vad är syftet med dom', { expect: ['region'], expectNot: ['effektivisera'] }),
  E('topic', 'which joint body handles explosives', { expectAny: [['brandförsvarsförbund', 'fire']] }),
  Q('topic', 'receptfria läkemedel vem har det', { expect: ['miljö- och hälsoskyddsförbund'] }),
  E('topic', 'who attends the Södertörn conference as opposed to the Rådslag', { expectAny: [['parties', 'party']] }),
  Q('topic', 'vad är styrdokumentet för verksamhetsfrågorna', { expect: ['verksamhetsplan'] }),
  Q('topic', 'styrdokument regionala utvecklingsfrågor', { expect: ['utvecklingsprogram', '2010'] }),
  Q('topic', 'vilka kommuner är inte med i överförmyndarnämnden', { expect: ['Nykvarn', 'Salem', 'Södertälje'] }),
  E('topic', 'should we spend more time this year on regional development or on service issues', { expectAny: [['regional development']] }),
  Q('topic', 'vilken konferens är med partierna och vilken är med högskolorna', { expect: ['Södertörnskonferensen', 'rådslag'] }),

  // ---------------- period ----------------
  Q('period', 'sk mötena i höst', { expect: ['22 september', '3 november', '8 december'] }),
  Q('period', 'första lg efter sommaren', { expect: ['9 september'] }),
  Q('period', 'sista sk i år', { expect: ['8 december', 'Tyresö'] }),
  Q('period', 'vad har vi för möten i oktober', { expect: ['6 oktober', '14 oktober'] }),
  E('period', "what's on in September", { expect: ['1 September', '9 September', '22 September'] }),
  Q('period', 'första sk nästa år vem är värd', { expect: ['Södertälje'] }),
  Q('period', 'sk före sommaren', { expect: ['14 april', '9 juni'] }),
  E('period', 'last LG meeting of the year', { expect: ['25 November'] }),
  Q('period', 'vad händer i november', { expect: ['3 november', '25 november'] }),
  Q('period', 'nästa sk', { expect: ['14 april', 'Nykvarn'] }),
  Q('period', 'nästa möte med led nings gruppen', { now: '2011-10-01T09:00:00+02:00', expect: ['14 oktober'] }),
  Q('period', 'nästa sk var är det', { now: '2011-09-23T09:00:00+02:00', expect: ['3 november', 'Botkyrka'] }),
  E('period', "when's the next committee meeting", { now: '2011-11-04T09:00:00+01:00', expect: ['8 December', 'Tyresö'] }),
  Q('period', 'hur många sk möten är kvar i år', { expectAny: [['fem', '5']] }),
  E('period', 'how many LG meetings are left this year', { expectAny: [['four', '4']] }),

  // ---------------- followup ----------------
  C('followup', [
    { q: 'vem har sk i juni', expect: ['Salem'] },
    { q: 'och sen då', expect: ['22 september', 'Nynäshamn'] },
    { q: 'och efter det', expect: ['3 november', 'Botkyrka'] },
  ]),
  C('followup', [
    { q: 'rådslaget två tusen tretton', expect: ['Botkyrka'] },
    { q: 'och året efter', expect: ['Tyresö'] },
    { q: 'och nynäshamn då vilket år', expect: ['2012'] },
  ]),
  C('followup', [
    { q: 'personal kostnaden', expect: ['580 000'] },
    { q: 'och per månad', expect: ['48 333'] },
    { q: 'hur mycket var det nu igen totalt', expect: ['860 000'] },
  ]),
  C('followup', [
    { q: "when's the next LG", expect: ['20 May'], lang: 'en' },
    { q: 'and the one after that', expect: ['9 September'], lang: 'en' },
    { q: 'what time do they start', expectAny: [LGT], lang: 'en' },
  ]),
  C('followup', [
    { q: 'när är nyckeltals dagen', expect: ['6 oktober'] },
    { q: 'var då', expect: ['Botkyrka'] },
    { q: 'är det heldag', startsWith: 'Ja' },
  ]),
  C('followup', [
    { q: 'överförmyndar nämnden vilka är med', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
    { q: 'och vem är värd', expect: ['Haninge'] },
    { q: 'sen när', expect: ['2011'] },
  ]),
  C('followup', [
    { q: 'who is in the environment and health protection association', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'en' },
    { q: 'when did it start', expect: ['2008'], lang: 'en' },
    { q: 'could other councils join', startsWith: 'Yes', lang: 'en' },
  ]),
  C('followup', [
    { q: 'sk 3/11 vem är värd', expect: ['Botkyrka'] },
    { q: 'vilken tid', expectAny: [T] },
    { q: 'vilken veckodag är det', expect: ['torsdag'] },
  ]),
  C('followup', [
    { q: 'söder törns konferensen när', expect: ['1 september'] },
    { q: 'var', expect: ['Huddinge', 'Tyresö'] },
    { q: 'vilka deltar', expectAny: [['partier']] },
  ]),
  C('followup', [
    { q: "What's the budget for consultancy?", expect: ['230 000'], lang: 'en' },
    { q: 'and per council if split equally', expect: ['28 750'], lang: 'en' },
    { q: 'and the staff line', expect: ['580 000'], lang: 'en' },
  ]),
  C('followup', [
    { q: 'vad är visionen', expect: ['2025'] },
    { q: 'hur många invånare ska vi vara då', expectAny: [['halv miljon', '500 000']] },
    { q: 'och hur många är vi nu', expect: ['430 000'] },
  ]),
  C('followup', [
    { q: 'vem är värd för sk i april', expect: ['Nykvarn'] },
    { q: 'och nästa år i april', expect: ['Huddinge'] },
    { q: 'och januari två tusen tolv', expect: ['Södertälje'] },
  ]),
  C('followup', [
    { q: 'when is the next committee meeting', expect: ['14 April', 'Nykvarn'], lang: 'en' },
    { q: 'and the one after', expect: ['9 June', 'Salem'], lang: 'en' },
  ]),

  // ---------------- typo ----------------
  Q('typo', 'ledingsgruppen nästa möte', { expect: ['20 maj'] }),
  Q('typo', 'sammarbetskommitén i december', { expect: ['8 december', 'Tyresö'] }),
  Q('typo', 'nyckeltaldagen var', { expect: ['Botkyrka'] }),
  Q('typo', 'rådslgaet 2015', { expect: ['Södertälje'] }),
  Q('typo', 'sk-mötet i sept', { expect: ['22 september', 'Nynäshamn'] }),
  Q('typo', 'lg-datum hösten', { expect: ['9 september', '14 oktober', '25 november'] }),
  Q('typo', 'överförmyndarnämden värdkommun', { expect: ['Haninge'] }),
  Q('typo', 'personalkostnadrna', { expect: ['580 000'] }),
  Q('typo', 'söder törns rådslag vilka är med', { expect: ['KTH', 'Handelskammaren'] }),
  E('typo', 'whens the next comittee meeting', { expect: ['14 April', 'Nykvarn'] }),
  E('typo', 'ledningsgrup meeting times', { expectAny: [LGT] }),
  Q('typo', 'miljö och hälso skydds förbundet startår', { expect: ['2008'] }),
  Q('typo', 'brand försvars förbundet vad gör dom enligt planen', { expect: ['explosiva'] }),
  Q('typo', 'samarbetskomiténs tider', { expectAny: [T, ['15.00', '15:00']] }),

  // ---------------- language ----------------
  Q('language', 'SK 3/11 värd?', { locale: 'en-GB', lang: 'en', expect: ['Botkyrka'] }),
  Q('language', 'ÖFN?', { locale: 'sv-SE', lang: 'sv', expect: ['Haninge'] }),
  Q('language', 'LG 9/9?', { locale: 'en-GB', lang: 'en', expect: ['9 September'] }),
  Q('language', 'rådslag 2016', { locale: 'en-GB', lang: 'en', expect: ['Haninge'] }),
  Q('language', 'personal?', { lang: 'sv', expect: ['580 000'] }),
  Q('language', 'Nyckeltal Södertörn', { locale: 'en-GB', lang: 'en', expect: ['6 October', 'Botkyrka'] }),
  E('language', 'Could you remind me which councils sit on the Södertörn joint guardianship board?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
  Q('language', 'Budget 2011', { locale: 'en-GB', lang: 'en', expect: ['860 000'] }),
  Q('language', 'Salem 9/6', { locale: 'en-GB', lang: 'en', expect: ['9 June'] }),
  Q('language', 'SK 22/9', { locale: 'sv-SE', lang: 'sv', expect: ['Nynäshamn'] }),
  C('language', [
    { q: 'när är söder törns konferensen', expect: ['1 september'] },
    { q: 'sorry, in English please, who hosts it', expect: ['Huddinge', 'Tyresö'], lang: 'en' },
  ]),

  // ---------------- facts ----------------
  E('facts', 'how many people live in Södertörn', { expect: ['430 000'] }),
  Q('facts', 'vilka företag nämns i inledningen', { expect: ['Scania'], expectAny: [['Astra Zeneca', 'AstraZeneca']] }),
  Q('facts', 'vilka infrastruktur satsningar nämns', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] }),
  Q('facts', 'målområdena i utvecklings programmet', { expect: ['Näringsliv', 'Mångfald', 'Klimat', 'Infrastruktur'] }),
  Q('facts', 'hur många konkreta utvecklingsfrågor hör till målområdena', { expectAny: [['fem', '5']] }),
  Q('facts', 'förhållningssätt vad står det', { expect: ['gemensamma nyttan', 'demokratiska', 'ge och få'] }),
  E('facts', 'what principles should our cooperation be characterised by', { expectAny: [['common', 'joint', 'shared', 'mutual'], ['democratic'], ['give']] }),
  Q('facts', 'vad är visionen två tusen tjugofem', { expect: ['2025'], expectAny: [['halv miljon', '500 000']] }),
  E('facts', "what's the 2025 vision", { expectAny: [['half a million', '500,000', '500 000']] }),
  Q('facts', 'vem ingår i samarbetskommittén', { expect: ['kommunstyrelse'] }),
  Q('facts', 'hur ofta ska sk träffas minst', { expectAny: [['sex', '6']] }),
  Q('facts', 'vem tillhandahåller sekretariatet', { expect: ['Huddinge'] }),
  Q('facts', 'vilka regionala organ nämns', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] }),
  E('facts', 'what does the plan say about joint procurement', { expect: ['procurement'], expectAny: [['goods', 'services']] }),
  Q('facts', 'gemensam ägarstyrning vad innebär det', { expect: ['ägardialog'] }),
  Q('facts', 'när fastställdes utvecklings programmet', { expect: ['2010'], expectAny: [['hösten']] }),
  Q('facts', 'vilka är med i rådslaget förutom kommunerna', { expect: ['Södertörns högskola', 'KTH', 'Handelskammaren', 'Företagarna'], expectAny: [['Karolinska']] }),
  E('facts', 'who takes part in the Södertörn conference', { expectAny: [['parties', 'party'], ['officials', 'officers', 'civil servants']] }),
  Q('facts', 'när görs nyckeltals uppföljningen', { expectAny: [['6 oktober', 'hösten']] }),
  Q('facts', 'vilka lärosäten nämns i planen', { expect: ['Södertörns högskola', 'KTH', 'Karolinska Institutet'] }),
  E('facts', 'what do we see Södertörn as a natural part of', { expect: ['Capital of Scandinavia'] }),
  Q('facts', 'hur många huvudområden för samverkan', { expectAny: [['två', '2']], expect: ['verksamhetsfrågor'] }),
  Q('facts', 'vad ska kommunerna göra när riksdagen ger nya uppgifter', { expect: ['befintliga samverkansorgan'] }),
  E('facts', 'what time does the LG meet', { expectAny: [LGT, ['13.00', '13:00']] }),
  Q('facts', 'vad är syftet med vår samverkan', { expectAny: [['hemkommun', 'regionala utveckling']] }),
  Q('facts', 'utvecklings frågorna i söder törns utvecklings program vilka är de', { expect: ['utbildningsnivån', 'klimateffektivt'] }),
  E('facts', 'Which steering document applies to the regional development issues?', { expectAny: [['UtvecklingsProgram 2010', 'Development Programme 2010', 'Development Program 2010']] }),
  Q('facts', 'hur många lg möten har vi i år', { expectAny: [['sex', '6']] }),
  Q('facts', 'vilka tre kommuner bildade miljöförbundet', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
  E('facts', 'who sits on the LG', { expectAny: [['chief executive', 'municipal director', 'kommundirektör', 'directors']] }),
  E('facts', 'where is the Rådslag held this year and when was it', { expect: ['Salem', '24 March'] }),
];

const S = 'secretariat', M = 'member';
const commands = [
  // move
  Q('move', 'flyta lg 20/5 -> 27/5', { as: S, kind: 'confirm', expect: ['27 maj'] }),
  Q('move', 'sk 9/6 flytta till 16/6', { as: S, kind: 'confirm', expect: ['16 juni'] }),
  E('move', 'move the LG meeting on 20 May to 27 May', { as: S, kind: 'confirm', expect: ['27 May'] }),
  Q('move', 'södertörnskonf 1/9 -> 8/9', { as: S, kind: 'confirm', expect: ['8 september'] }),
  Q('move', 'nyckeltal 6/10 flytta 13/10', { as: S, kind: 'confirm', expect: ['13 oktober'] }),
  E('move', 'pls move SK 8 Dec to 15 Dec', { as: S, kind: 'confirm', expect: ['15 December'] }),
  // host
  Q('host', 'sk 9/6 värd tyresö', { as: S, kind: 'confirm', expect: ['Tyresö'] }),
  E('host', 'change host of the committee meeting on 3 November to Huddinge', { as: S, kind: 'confirm', expect: ['Huddinge'] }),
  Q('host', 'ny värd sk 14/4 salem', { as: S, kind: 'confirm', expect: ['Salem'] }),
  // cancel
  Q('cancel', 'ställ in lg 14/10', { as: S, kind: 'confirm', expect: ['14 oktober'] }),
  Q('cancel', 'stryk sk 8/12', { as: S, kind: 'confirm', expect: ['8 december'] }),
  E('cancel', 'cancel LG 9 Sept', { as: S, kind: 'confirm', expect: ['9 September'] }),
  // add
  Q('add', 'nytt lg 17/6 8.30', { as: S, kind: 'confirm', expect: ['17 juni'] }),
  E('add', 'add an extra committee meeting on 20 October in Salem', { as: S, kind: 'confirm', expect: ['20 October'] }),
  Q('add', 'lägg till sk 20/10 haninge', { as: S, kind: 'confirm', expect: ['20 oktober'] }),
  // budgetline
  Q('budgetline', 'personal 600k', { as: S, kind: 'confirm', expect: ['600 000'] }),
  Q('budgetline', 'utredn 200 000', { as: S, kind: 'confirm', expect: ['200 000'] }),
  E('budgetline', 'set consultancy line to 250k', { as: S, kind: 'confirm', expect: ['250 000'] }),
  Q('budgetline', 'avgifter 900k', { as: S, kind: 'confirm', expect: ['900 000'] }),
  // rotationhost
  Q('rotationhost', 'rådslag 2013 värd haninge', { as: S, kind: 'confirm', expect: ['Haninge'] }),
  Q('rotationhost', 'byt värd rådslaget 2012 till nykvarn', { as: S, kind: 'confirm', expect: ['Nykvarn'] }),
  E('rotationhost', 'Rådslag 2016 host -> Salem', { as: S, kind: 'confirm', expect: ['Salem'] }),
  // history
  Q('history', 'visa ändringar', { as: S, kind: 'history' }),
  E('history', 'what has changed', { as: S, kind: 'history' }),
  // missing
  Q('missing', 'flytta lg', { as: S, kind: 'clarify' }),
  Q('missing', 'ställ in mötet', { as: S, kind: 'clarify' }),
  Q('missing', 'ändra budgeten', { as: S, kind: 'clarify' }),
  Q('missing', 'flytta sk 14/4', { as: S, kind: 'clarify' }),
  E('missing', 'move the LG meeting to 3 June', { as: S, kind: 'clarify' }),
  Q('missing', 'flytta lg 21/5 till 27/5', { as: S, kind: 'clarify' }),
  Q('missing', 'ställ in sk 15/6', { as: S, kind: 'clarify' }),
  // confirm conversations
  C('confirm', [
    { q: 'flytta sk 3/11 -> 10/11', as: S, kind: 'confirm', expect: ['10 november'] },
    { q: 'ja', as: S, kind: 'confirmed' },
  ]),
  C('confirm', [
    { q: 'ställ in lg 25/11', as: S, kind: 'confirm', expect: ['25 november'] },
    { q: 'nej', as: S, kind: 'cancelled' },
  ]),
  C('confirm', [
    { q: 'kontorsservice 60 000', as: S, kind: 'confirm', expect: ['60 000'] },
    { q: 'kör', as: S, kind: 'confirmed' },
    { q: 'visa ändringar', as: S, kind: 'history' },
  ]),
  C('confirm', [
    { q: 'move LG 9 Sep to 16 Sep', as: S, kind: 'confirm', expect: ['16 September'], lang: 'en' },
    { q: 'yes', as: S, kind: 'confirmed', lang: 'en' },
  ]),
  C('confirm', [
    { q: 'nyckeltalsdagen värd huddinge', as: S, kind: 'confirm', expect: ['Huddinge'] },
    { q: 'avbryt', as: S, kind: 'cancelled' },
  ]),
  C('confirm', [
    { q: 'sk 22/9 värd salem', as: S, kind: 'confirm', expect: ['Salem'] },
    { q: 'nej jag menade haninge', as: S, kind: 'confirm', expect: ['Haninge'] },
    { q: 'ok kör', as: S, kind: 'confirmed' },
  ]),
  C('confirm', [
    { q: 'flytta sk 22/9 till 29/9', as: S, kind: 'confirm', expect: ['29 september'] },
    { q: 'nej jag menade 15/9', as: S, kind: 'confirm', expect: ['15 september'] },
    { q: 'bekräfta', as: S, kind: 'confirmed' },
  ]),
  // refused (members)
  Q('refused', 'flytta sk 9/6 till 16/6', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  E('refused', 'cancel the LG on 14 October', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'personal 600k', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'rådslaget 2012 värd salem istället', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'lägg till ett sk möte 20/10', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  // questions from the secretariat / members (no kind)
  Q('period', 'när är lg i maj', { as: S, expect: ['20 maj'] }),
  Q('facts', 'vem är värd sk 9/6', { as: S, expect: ['Salem'] }),
  Q('budget', 'vad ligger personal på nu', { as: S, expect: ['580 000'] }),
  E('topic', 'which dates is the LG planning conference', { as: S, expect: ['31 March', '1 April'] }),
  Q('rotation', 'rådslag 2014 vem', { as: S, expect: ['Tyresö'] }),
  Q('period', 'när är nästa sk', { as: M, expect: ['14 april', 'Nykvarn'] }),
];

const dir = __dirname;
fs.writeFileSync(path.join(dir, 'pool-questions.json'), JSON.stringify({
  description: 'Round 23 writer r: questions (Nynäshamn KSO dictating while driving; UK councillor in English) from verksamhetsplan-2011.txt',
  defaultNow: NOW, items: questions }, null, 2));
fs.writeFileSync(path.join(dir, 'pool-commands.json'), JSON.stringify({
  description: 'Round 23 writer r: change requests (secretariat head on phone; members trying changes) from verksamhetsplan-2011.txt',
  defaultNow: NOW, items: commands }, null, 2));
console.log('questions', questions.length, 'commands', commands.length);

// Round 18, writer c. Persona: Södertälje kommundirektör typing on a phone while walking.
// Change-request persona: newly hired secretariat assistant (long, polite; sometimes forgets date/amount).
// Source: /work/shared/plan/verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');

const DEFAULT_NOW = '2011-04-07T10:00:00+02:00';
const NC = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'];
const T830 = ['8.30', '08.30', '8:30', '08:30'];

function Q(category, q, o = {}) { return Object.assign({ category, q }, o); }
function C(category, turns, o = {}) { return Object.assign({ category, conversation: turns }, o); }
function T(q, o = {}) { return Object.assign({ q }, o); }

const sv = { lang: 'sv' };
const en = { lang: 'en' };
function S(o) { return Object.assign({}, sv, o); }
function E(o) { return Object.assign({}, en, o); }

const questions = [
  // ---------------- rotation ----------------
  Q('rotation', 'rådslaget 2013 vem e värd', S({ expect: ['Botkyrka'] })),
  Q('rotation', 'eh när e det södertäljes tur att ha rådslaget alltså vilket år', S({ expect: ['2015'] })),
  Q('rotation', 'nästa års rådslag vem e värd', S({ now: '2011-10-05T14:20:00+02:00', expect: ['Nynäshamn'] })),
  Q('rotation', 'who hosts the rådslag in 2017?', E({ expect: ['Nykvarn'] })),
  Q('rotation', 'which year does Huddinge host the rådslag', E({ expect: ['2018'] })),
  Q('rotation', 'rådslaget efter tyresös år vem tar det då', S({ expect: ['Södertälje'] })),
  Q('rotation', 'vem är värd för rådslaget i år', S({ now: '2012-03-01T09:00:00+01:00', expect: ['Nynäshamn'], expectNot: ['Salem'] })),
  Q('rotation', 'which municipality hosts the rådslag the year after Botkyrka?', E({ expect: ['Tyresö'] })),
  Q('rotation', 'rådslag 2019 vem', S({ kind: NC })),
  Q('rotation', 'om tre år vem har rådslaget alltså', S({ now: '2011-06-01T16:40:00+02:00', expect: ['Tyresö'] })),
  Q('rotation', 'rådslag host 2014', { locale: 'en-GB', lang: 'en', expect: ['Tyresö'] }),
  Q('rotation', 'rådslaget om två år var', S({ now: '2011-11-15T11:05:00+01:00', expect: ['Botkyrka'] })),

  // ---------------- budget ----------------
  Q('budget', 'om vi delar avgifterna lika på alla åtta kommunerna vad blir det per kommun typ', S({ expect: ['107 500'] })),
  Q('budget', 'budgeten per månad alltså totalt', S({ expectAny: [['71 666', '71 667']] })),
  Q('budget', 'personal per kvartal', S({ expect: ['145 000'] })),
  Q('budget', 'vad blir kvar av intäkterna om man drar bort personalen', S({ expect: ['280 000'] })),
  Q('budget', 'difference between personnel and studies/consultants in kronor?', E({ expect: ['350 000'] })),
  Q('budget', 'största kostnadsposten', S({ expectAny: [['Personal']], expect: ['580 000'] })),
  Q('budget', 'hur stor andel av kostnaderna e personal i procent', S({ expectAny: [['67', '68']] })),
  Q('budget', 'how much does Huddinge get for office services and workrooms?', E({ expect: ['50 000'] })),
  Q('budget', "what's the budget for studies and consultants", E({ expect: ['230 000'] })),
  Q('budget', "if the fees are split equally between the eight municipalities, what's each one's share?", E({ expect: ['107 500'] })),
  Q('budget', 'hur stor andel e utredningar o konsultstöd av totalen', S({ expectAny: [['26', '27']] })),
  Q('budget', 'monthly personnel cost?', E({ expect: ['48 333'] })),
  Q('budget', 'what share of the costs is the compensation to Huddinge, roughly in percent', E({ expectAny: [['5', '6']], expect: ['50 000'] })),

  // ---------------- yesno ----------------
  Q('yesno', 'är nykvarn värd för sk 14/4', S({ startsWith: 'Ja', expect: ['Nykvarn'] })),
  Q('yesno', 'e lg mötet 20/5 en torsdag', S({ startsWith: 'Nej', expect: ['fredag'] })),
  Q('yesno', 'ingår södertälje i överförmyndarnämnden', S({ startsWith: 'Nej' })),
  Q('yesno', 'is Haninge the host municipality for the överförmyndarnämnd?', E({ startsWith: 'Yes' })),
  Q('yesno', 'is the Södertörn conference a full day thing?', E({ startsWith: 'Yes', expect: ['1 September'] })),
  Q('yesno', 'är nyckeltalsdagen i botkyrka', S({ startsWith: 'Ja', expect: ['6 oktober'] })),
  Q('yesno', 'does the LG meet on Thursdays?', E({ startsWith: 'No', expect: ['Friday'] })),
  Q('yesno', 'blir det mer tid på verksamhetsfrågorna än på de regionala frågorna 2011', S({ startsWith: 'Nej', expect: ['regionala'] })),
  Q('yesno', 'har vi rådslaget 2015 alltså södertälje', S({ startsWith: 'Ja', expect: ['2015'] })),
  Q('yesno', 'is personnel more than half of the budget?', E({ startsWith: 'Yes', expect: ['580 000'] })),
  Q('yesno', 'förra sk mötet var de i nynäshamn', S({ now: '2011-09-26T13:10:00+02:00', startsWith: 'Ja' })),
  Q('yesno', 'är sk på torsdag i nykvarn', S({ now: '2011-04-11T08:05:00+02:00', startsWith: 'Ja', expect: ['14 april'] })),
  Q('yesno', 'kan fler kommuner gå med i överförmyndarnämnden', S({ startsWith: 'Ja' })),

  // ---------------- premise ----------------
  Q('premise', 'varför e botkyrka värd för sk 9/6', S({ expect: ['Salem'] })),
  Q('premise', 'sk 22/9 i nykvarn alltså vilken tid börjar dett', S({ expect: ['Nynäshamn'], expectAny: [T12] })),
  Q('premise', 'varför e lg mötet 20/5 på en torsdag', S({ expect: ['fredag'] })),
  Q('premise', 'rådslaget nästa år i södertälje vem bokar lokalen där', S({ now: '2011-09-01T07:30:00+02:00', expect: ['Nynäshamn'] })),
  Q('premise', 'why did Salem join the överförmyndarnämnd?', E({ expectAny: [['not', "n't"]] })),
  Q('premise', 'nyckeltalsdagen e ju på våren va när exakt', S({ expect: ['6 oktober'] })),
  Q('premise', 'södertörnskonferensen 1 sep e i botkyrka va', S({ expect: ['Huddinge', 'Tyresö'] })),
  Q('premise', 'when in May is the SK meeting?', E({ expectAny: [['14 April', '9 June']] })),
  Q('premise', "the rådslag this year is in Nykvarn right?", E({ startsWith: 'No', expect: ['Salem'] })),
  Q('premise', 'varför ligger sk:s planeringskonferens i mars i år', S({ expect: ['28 januari'] })),
  Q('premise', 'miljöförbundet startade väl 2010 när salem gick med', S({ expect: ['2008'] })),

  // ---------------- offplan ----------------
  Q('offplan', 'boka ett rum åt lg 20/5 tack', S({ kind: NC })),
  Q('offplan', 'skicka ett mejl till alla kd om att jag blir sen idag', S({ kind: NC })),
  Q('offplan', 'vad står på dagordningen på sk 14/4', S({ kind: NC })),
  Q('offplan', 'what will the 2012 budget be?', E({ kind: NC })),
  Q('offplan', 'hur många invånare har södertälje', S({ kind: NC })),
  Q('offplan', 'can you put all the SK meetings in my outlook', E({ kind: NC })),

  // ---------------- topic ----------------
  Q('topic', 'planeringskonferensen för sk när var de typ', S({ expect: ['28 januari'], expectNot: ['31 mars'] })),
  Q('topic', 'lg:s planeringskonf vilka datum', S({ expect: ['31 mars', '1 april'], expectNot: ['28 januari'] })),
  Q('topic', 'eh vad e syftet med lg alltså', S({ expect: ['förbereda', 'samordna'] })),
  Q('topic', 'vad e rådslaget till för alltså syftet', S({ expectAny: [['frågeställningar', 'fokus']] })),
  Q('topic', 'vilket styrdokument gäller för de regionala utvecklingsfrågorna', S({ expect: ['UtvecklingsProgram'] })),
  Q('topic', 'explosives, which association handles that?', E({ expectAny: [['brandförsvarsförbund', 'fire']] })),
  Q('topic', 'receptfria läkemedel kontrollen vem tar den', S({ expect: ['hälsoskydd'] })),
  Q('topic', 'which conference is held in Huddinge/Tyresö?', E({ expectAny: [['Södertörnskonferensen', 'Södertörn conference', 'Södertörn Conference']], expect: ['1 September'] })),
  Q('topic', 'who takes part in the rådslag besides the eight municipalities?', E({ expectAny: [['Handelskammaren', 'Chamber of Commerce'], ['Företagarna']], expect: ['KTH'] })),
  Q('topic', 'vilka e med på södertörnskonferensen', S({ expect: ['partier', 'tjänstemän'] })),
  Q('topic', 'vad ingår i ersättningen till huddinge', S({ expect: ['kontorsservice', 'arbetsrum'] })),

  // ---------------- period ----------------
  Q('period', 'sk möten i höst', S({ now: '2011-08-01T08:00:00+02:00', expect: ['22 september', '3 november', '8 december'] })),
  Q('period', 'LG dates after the summer', E({ expect: ['9 September', '14 October', '25 November'] })),
  Q('period', 'första sk mötet efter semestern var', S({ now: '2011-07-04T09:00:00+02:00', expect: ['22 september', 'Nynäshamn'] })),
  Q('period', 'remaining LG meetings before the summer?', E({ expect: ['20 May'] })),
  Q('period', 'vad händer nästa månad', S({ now: '2011-09-15T11:00:00+02:00', expect: ['6 oktober', '14 oktober'] })),
  Q('period', "what's on in September", E({ expect: ['1 September', '9 September', '22 September'] })),
  Q('period', 'nästa möte överhuvudtaget', S({ now: '2011-09-05T07:50:00+02:00', expect: ['9 september'] })),
  Q('period', 'vad har vi kvar i år', S({ now: '2011-11-10T15:30:00+01:00', expect: ['25 november', '8 december'] })),
  Q('period', 'vilka heldagar e det i höst', S({ now: '2011-05-30T10:00:00+02:00', expect: ['1 september', '6 oktober'] })),
  Q('period', 'december?', { locale: 'en-GB', lang: 'en', expect: ['8 December', 'Tyresö'] }),
  Q('period', 'hur många sk möten e kvar i år', S({ now: '2011-10-20T12:45:00+02:00', expectAny: [['2', 'två']], expect: ['3 november', '8 december'] })),
  Q('period', 'next month LG?', E({ now: '2011-09-20T17:00:00+02:00', expect: ['14 October'] })),

  // ---------------- followup (conversations) ----------------
  C('followup', [
    T('nästa sk', S({ expect: ['14 april', 'Nykvarn'] })),
    T('o den efter', S({ expect: ['9 juni', 'Salem'] })),
    T('vilken tid alltså', S({ expectAny: [T12] })),
  ]),
  C('followup', [
    T('rådslaget 2013 vem', S({ expect: ['Botkyrka'] })),
    T('och året efter', S({ expect: ['Tyresö'] })),
    T('o när har södertälje det', S({ expect: ['2015'] })),
  ]),
  C('followup', [
    T('när e nästa lg', S({ expect: ['14 oktober'] })),
    T('o förra', S({ expect: ['9 september'] })),
    T('vilken tid börjar de', S({ expectAny: [T830] })),
  ], { now: '2011-10-01T11:00:00+02:00' }),
  C('followup', [
    T('personal i budgeten', S({ expect: ['580 000'] })),
    T('och per månad', S({ expect: ['48 333'] })),
    T('om man delar personalen på åtta kommuner då', S({ expect: ['72 500'] })),
  ]),
  C('followup', [
    T('vem e med i överförmyndarnämnden', S({ expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] })),
    T('vem e värdkommun', S({ expect: ['Haninge'] })),
    T('sen när', S({ expect: ['2011'] })),
  ]),
  C('followup', [
    T('miljö o hälsoskyddsförbundet vilka kommuner', S({ expect: ['Haninge', 'Nynäshamn', 'Tyresö'] })),
    T('när startade det', S({ expect: ['2008'] })),
    T('kan fler gå med', S({ startsWith: 'Ja' })),
  ]),
  C('followup', [
    T("when's the nyckeltal day", E({ expect: ['6 October'] })),
    T('where?', E({ expect: ['Botkyrka'] })),
    T('full day?', E({ startsWith: 'Yes' })),
  ]),
  C('followup', [
    T('sk om två veckor var e det', S({ expect: ['Nynäshamn'] })),
    T('vilken tid', S({ expectAny: [T12] })),
    T('o nästa efter det', S({ expect: ['3 november', 'Botkyrka'] })),
  ], { now: '2011-09-08T08:40:00+02:00' }),
  C('followup', [
    T('södertörnskonferensen när', S({ expect: ['1 september'] })),
    T('var', S({ expect: ['Huddinge', 'Tyresö'] })),
    T('vilka deltar', S({ expect: ['partier'] })),
  ]),
  C('followup', [
    T('vision 2025 vad säger den kort', S({ expectAny: [['halv miljon', '500 000']] })),
    T('o hur många invånare har vi nu', S({ expect: ['430 000'] })),
  ]),
  C('followup', [
    T('what are the focus areas in the development programme', E({ expectAny: [['Klimat', 'Climate'], ['Infrastruktur', 'Infrastructure']] })),
    T('and how many concrete development issues belong to them?', E({ expectAny: [['5', 'five']] })),
  ]),
  C('followup', [
    T('när e lg:s planeringskonferens', S({ expect: ['31 mars', '1 april'] })),
    T('den för sk då', S({ expect: ['28 januari'] })),
  ]),
  C('followup', [
    T('nästa sk var', S({ expect: ['8 december', 'Tyresö'] })),
    T('o efter nyår', S({ expect: ['Södertälje'] })),
    T('o sen', S({ expect: ['Huddinge'] })),
  ], { now: '2011-11-20T19:15:00+01:00' }),
  C('followup', [
    T('vad kostar utredningar', S({ expect: ['230 000'] })),
    T('hur stor del av totalen e det', S({ expectAny: [['26', '27']] })),
    T('o vad blir kvar för resten', S({ expect: ['630 000'] })),
  ]),
  C('followup', [
    T('vilka regionala organ samordnar vi insatser i', S({ expect: ['KSL', 'Mälardalsrådet'], expectAny: [['Business Alliance']] })),
    T('vad heter programmet med utvecklingsfrågorna', S({ expect: ['UtvecklingsProgram'] })),
    T('när fastställdes det', S({ expect: ['2010'] })),
  ]),
  C('followup', [
    T('host of SK on 3 Nov?', E({ expect: ['Botkyrka'] })),
    T('and in December?', E({ expect: ['Tyresö'] })),
    T('what time do they start', E({ expectAny: [T12] })),
  ]),
  C('followup', [
    T('förra årets rådslag var', S({ expect: ['Salem'] })),
    T('o i år', S({ expect: ['Nynäshamn'] })),
    T('o nästa år då', S({ expect: ['Botkyrka'] })),
  ], { now: '2012-01-15T20:30:00+01:00' }),
  C('followup', [
    T('igår sk vem var värd', S({ expect: ['Salem'] })),
    T('o nästa gång', S({ expect: ['22 september', 'Nynäshamn'] })),
  ], { now: '2011-06-10T09:20:00+02:00' }),

  // ---------------- typo ----------------
  Q('typo', 'ledingsgruppen nästa möte', S({ expect: ['20 maj'] })),
  Q('typo', 'SK-mötet i juni vem e vård', S({ expect: ['Salem'] })),
  Q('typo', 'rådslagget 2014', S({ expect: ['Tyresö'] })),
  Q('typo', 'LG-datumen i höst', S({ now: '2011-06-20T15:00:00+02:00', expect: ['9 september', '14 oktober', '25 november'] })),
  Q('typo', 'sk möte 22/9 vem ör värd', S({ expect: ['Nynäshamn'] })),
  Q('typo', 'ledningsgrupp meetign times', E({ expectAny: [T830], expect: ['13'] })),
  Q('typo', 'samarbetskommitèns möten vilken veckodag', S({ expect: ['torsdag'] })),

  // ---------------- language ----------------
  Q('language', 'SK 3/11 värd?', { locale: 'en-GB', lang: 'en', expect: ['Botkyrka'] }),
  Q('language', 'ÖFN?', { locale: 'sv-SE', lang: 'sv', expectAny: [['överförmyndar']] }),
  Q('language', 'kostnader?', { locale: 'en-GB', lang: 'en', expect: ['580 000', '50 000', '230 000'] }),
  Q('language', 'LG 14/10', { locale: 'en-GB', lang: 'en', expect: ['14 October'] }),
  Q('language', 'when is nyckeltalsdagen?', E({ expect: ['6 October'] })),
  Q('language', 'vad menar planen med the capital of scandinavia', S({ expect: ['Stockholm'] })),
  Q('language', 'Södertörnskonferensen 2011?', { locale: 'en-GB', lang: 'en', expect: ['1 September'] }),
  Q('language', "hi what's the vision for 2025", E({ expectAny: [['half a million', '500 000', 'half million']] })),
  Q('language', 'rådslaget 2016', { lang: 'sv', expect: ['Haninge'] }),
  Q('language', 'SK 9/6 värd?', { locale: 'sv-SE', lang: 'sv', expect: ['Salem'] }),
  Q('language', 'quick q in english pls who is the secretariat', E({ expect: ['Huddinge'] })),

  // ---------------- facts ----------------
  Q('facts', 'vilka företag nämns som exempel', S({ expect: ['Scania'], expectAny: [['Astra Zeneca', 'AstraZeneca']] })),
  Q('facts', 'which universities does the plan mention?', E({ expect: ['KTH'], expectAny: [['Södertörn']], })),
  Q('facts', 'vilka infrastruktursatsningar nämns i inledningen typ vägar o så', S({ expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] })),
  Q('facts', 'de fem utvecklingsfrågorna i utvecklingsprogrammet vilka e de', S({ expect: ['utbildningsnivå', 'klimat'], expectAny: [['infrastruktur']] })),
  Q('facts', 'förhållningssätt i samverkan?', S({ expectAny: [['gemensam'], ['demokratisk'], ['ge och få']] })),
  Q('facts', 'what does the plan say about "gå före"?', E({ expectAny: [['leadership', 'ledarskap']] })),
  Q('facts', 'hur många fler invånare behövs för att nå visionen minst', S({ expect: ['70 000'] })),
  Q('facts', 'målområdena i utveklingsprogrammet', S({ expect: ['Näringsliv', 'Mångfald', 'Klimat', 'Infrastruktur'] })),
  Q('facts', 'upphandling vilken lag nämns', S({ expectAny: [['offentlig upphandling', 'LOU']] })),
  Q('facts', 'what does the plan say about joint procurement?', E({ expectAny: [['Public Procurement', 'LOU', 'procurement act', 'offentlig upphandling', 'procurement law']] })),
  Q('facts', 'vem sitter i samarbetskommittén', S({ expect: ['kommunstyrelseordförande'] })),
  Q('facts', 'who provides the secretariat for the committee?', E({ expect: ['Huddinge'] })),
  Q('facts', 'who sits in the management group?', E({ expectAny: [['director', 'chief executive', 'kommundirektör', 'manager']] })),
  Q('facts', 'vilka är med i rådslaget förutom kommunerna eh', S({ expect: ['KTH', 'Handelskammaren', 'Företagarna'], expectAny: [['Karolinska']] })),
  Q('facts', 'när var rådslaget i år', S({ now: '2011-05-10T08:30:00+02:00', expect: ['24 mars', 'Salem'] })),
  Q('facts', 'what is the Södertörn conference', E({ expectAny: [['annual', 'yearly', 'every year']] })),
  Q('facts', 'what are the revenues in the budget', E({ expect: ['860 000'], expectAny: [['fee', 'municipalit']] })),
  Q('facts', 'syftet med samverkan enligt planen', S({ expectAny: [['utveckling']], expect: ['hemkommun'] })),
  Q('facts', 'when was the development programme adopted', E({ expect: ['2010'], expectAny: [['autumn', 'fall']] })),
  Q('facts', 'vilka kommuner ingår i södertörn alla åtta', S({ expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö'] })),
  Q('facts', 'is the LG planning conference lunch to lunch?', E({ startsWith: 'Yes', expect: ['31 March', '1 April'] })),

  // ---------------- now-relative extras (misc categories) ----------------
  Q('period', 'nästa lg', S({ now: '2011-05-02T08:10:00+02:00', expect: ['20 maj'] })),
  Q('period', 'nästa sk var', S({ now: '2011-10-03T08:15:00+02:00', expect: ['3 november', 'Botkyrka'] })),
  Q('period', 'nästa sk alltså efter jul', S({ now: '2011-12-15T16:00:00+01:00', expect: ['Södertälje'] })),
  Q('rotation', 'vem har rådslaget nästa år', S({ now: '2012-02-01T10:00:00+01:00', expect: ['Botkyrka'] })),
  Q('facts', 'nyckeltalsdagen i höst när', S({ now: '2011-08-15T13:00:00+02:00', expect: ['6 oktober'] })),
  Q('facts', 'lg på fredag vilken tid', S({ now: '2011-09-05T18:30:00+02:00', expectAny: [T830] })),
  Q('period', 'lg på fredag e de det sista för året', S({ now: '2011-11-21T09:00:00+01:00', startsWith: 'Ja', expect: ['25 november'] })),
  Q('facts', 'förra veckans nyckeltalsdag var var den', S({ now: '2011-10-10T10:30:00+02:00', expect: ['Botkyrka'] })),
  Q('topic', 'konferensen nästa torsdag var e den', S({ now: '2011-08-25T12:00:00+02:00', expect: ['Huddinge', 'Tyresö'] })),
  Q('facts', 'igår sk var e de', S({ now: '2011-11-04T07:45:00+01:00', expect: ['Botkyrka'] })),
  Q('period', 'nästa sk efter gårdagens', S({ now: '2011-09-23T08:00:00+02:00', expect: ['3 november'] })),
  Q('yesno', 'e sk nästa vecka', S({ now: '2011-11-28T09:00:00+01:00', startsWith: 'Ja', expect: ['8 december'] })),
  Q('yesno', 'is there an LG meeting next week', E({ now: '2011-05-12T09:00:00+02:00', startsWith: 'Yes', expect: ['20 May'] })),
  Q('premise', 'sk om en vecka i salem va', S({ now: '2011-04-07T10:00:00+02:00', expect: ['Nykvarn'] })),
  Q('period', 'hur många lg kvar i höst', S({ now: '2011-10-17T08:00:00+02:00', expect: ['25 november'] })),
  Q('topic', "next week's planning conference, is it ours (LG) or the committee's?", E({ now: '2011-03-24T09:00:00+01:00', expectAny: [['LG', 'management group', 'ledningsgrupp']], expect: ['31 March'] })),
  Q('period', 'sk i höst vem e värd först', S({ now: '2011-08-10T10:00:00+02:00', expect: ['22 september', 'Nynäshamn'] })),
  Q('period', 'förra lg vilket datum var de', S({ now: '2011-06-01T12:10:00+02:00', expect: ['20 maj'] })),
  Q('yesno', 'lg om tre veckor stämmer de', S({ now: '2011-11-04T08:00:00+01:00', startsWith: 'Ja', expect: ['25 november'] })),
  Q('rotation', "who hosted last year's rådslag", E({ now: '2013-05-01T10:00:00+02:00', expect: ['Nynäshamn'] })),
  Q('period', 'when is the next SK', E({ now: '2011-06-20T10:00:00+02:00', expect: ['22 September', 'Nynäshamn'] })),
  Q('period', 'where was the last SK meeting', E({ now: '2011-12-20T14:00:00+01:00', expect: ['8 December', 'Tyresö'] })),
  Q('yesno', 'nyckeltalsdagen e den nästa vecka', S({ now: '2011-09-29T17:20:00+02:00', startsWith: 'Ja', expect: ['6 oktober'] })),
  Q('period', 'sk nästa månad vem e värd', S({ now: '2011-10-12T09:30:00+02:00', expect: ['Botkyrka'] })),
  Q('period', 'vad har vi nästa vecka', S({ now: '2011-05-16T07:30:00+02:00', expect: ['20 maj'] })),
  Q('period', 'anything this week?', E({ now: '2011-08-29T08:00:00+02:00', expect: ['1 September'] })),
  Q('rotation', 'rådslaget om fyra år vem', S({ now: '2012-01-10T11:00:00+01:00', expect: ['Haninge'] })),
  Q('period', 'vad händer i morgon', S({ now: '2011-10-05T16:00:00+02:00', expect: ['6 oktober', 'Botkyrka'] })),
  Q('facts', 'sk på torsdag vilken tid slutar de', S({ now: '2011-06-07T10:00:00+02:00', expectAny: [['15.00', '15:00']] })),
  Q('period', 'förra månadens lg', S({ now: '2011-06-15T13:00:00+02:00', expect: ['20 maj'] })),
  Q('period', 'sk i vår vem har', S({ now: '2012-02-15T09:00:00+01:00', expect: ['Huddinge'] })),
  Q('period', 'how many SK meetings are left this year', E({ now: '2011-06-20T09:00:00+02:00', expect: ['22 September', '3 November', '8 December'] })),
  Q('yesno', 'tyresö har sk om två månader va', S({ now: '2011-10-08T12:00:00+02:00', startsWith: 'Ja', expect: ['8 december'] })),
];

// ---------------- change requests ----------------
const sec = { as: 'secretariat' };
const mem = { as: 'member' };
function SC(o) { return Object.assign({}, sec, o); }
function MB(o) { return Object.assign({}, mem, o); }

const commands = [
  // move
  Q('move', 'Hej! Jag är ny här på sekretariatet och skulle vara väldigt tacksam om du kunde hjälpa mig att flytta ledningsgruppens möte den 20 maj till fredagen den 27 maj, eftersom flera kommundirektörer har fått förhinder. Tack så mycket på förhand!', SC({ lang: 'sv', kind: 'confirm', expect: ['27 maj'] })),
  Q('move', 'God morgon, skulle du vänligen kunna flytta samarbetskommitténs möte den 22 september till torsdagen den 29 september? Stort tack för hjälpen!', SC({ lang: 'sv', kind: 'confirm', expect: ['29 september'] })),
  Q('move', 'Hello, I hope you are well. Would you kindly move the LG meeting on 14 October to Friday 21 October? Many thanks in advance.', SC({ lang: 'en', kind: 'confirm', expect: ['21 October'] })),
  Q('move', 'Hej, jag skulle behöva flytta SK-mötet i november, men jag vet inte riktigt hur man gör. Jag vore mycket tacksam för hjälp!', SC({ lang: 'sv', kind: 'clarify', category: 'missing' })),
  Q('move', 'Hej igen! Skulle du kunna flytta nyckeltalsdagen den 6 oktober till torsdagen den 13 oktober? Botkyrka har bett om det. Tusen tack!', SC({ lang: 'sv', kind: 'confirm', expect: ['13 oktober'] })),
  Q('move', 'Ursäkta att jag stör igen, men skulle du kunna flytta mötet till den 16 juni? Tack snälla.', SC({ lang: 'sv', kind: 'clarify', category: 'missing' })),
  // host
  Q('host', 'Hej! Salem har tyvärr meddelat att de inte kan ta emot samarbetskommittén den 9 juni. Skulle du vara så vänlig och ändra värd för det mötet till Huddinge? Tack!', SC({ lang: 'sv', kind: 'confirm', expect: ['Huddinge'] })),
  Q('host', 'Vänligen ändra värdkommun för SK-mötet den 3 november från Botkyrka till Haninge. Tack snälla för hjälpen, det uppskattas verkligen.', SC({ lang: 'sv', kind: 'confirm', expect: ['Haninge'] })),
  Q('host', 'Good afternoon! Could you please change the host of the SK meeting on 8 December to Södertälje? Thank you very much.', SC({ lang: 'en', kind: 'confirm', expect: ['Södertälje'] })),
  Q('host', 'Hej, jag skulle vilja byta värd för ett av mötena till Tyresö om det går bra. Tack på förhand!', SC({ lang: 'sv', kind: 'clarify', category: 'missing' })),
  // cancel
  Q('cancel', 'Hej, tyvärr måste ledningsgruppens möte den 9 september ställas in. Skulle du kunna ta bort det ur kalendariet? Tack så hemskt mycket.', SC({ lang: 'sv', kind: 'confirm', expect: ['9 september'] })),
  Q('cancel', "Hello, I'm afraid the SK meeting on 8 December has to be cancelled. Could you please remove it from the plan? Kind regards.", SC({ lang: 'en', kind: 'confirm', expect: ['8 December'] })),
  Q('cancel', 'Hej! Kan du vara snäll och ställa in mötet? Tack!', SC({ lang: 'sv', kind: 'clarify', category: 'missing' })),
  // add
  Q('add', 'Hej! Ledningsgruppen önskar ett extra möte fredagen den 17 juni kl 08.30–13.00. Skulle du kunna lägga till det i kalendariet? Tack på förhand.', SC({ lang: 'sv', kind: 'confirm', expect: ['17 juni'] })),
  Q('add', 'Could you please add an extra SK meeting on Thursday 18 August, hosted by Huddinge? Thank you so much!', SC({ lang: 'en', kind: 'confirm', expect: ['18 August'] })),
  Q('add', 'Hej, jag har fått i uppdrag att lägga till ett extra möte för samarbetskommittén i Haninge. Vore väldigt tacksam om du kunde hjälpa mig!', SC({ lang: 'sv', kind: 'clarify', category: 'missing' })),
  // budgetline
  Q('budgetline', 'Hej, skulle du vänligen kunna ändra budgetposten Utredningar, konsultstöd mm från 230 000 kr till 250 000 kr? Tack så mycket!', SC({ lang: 'sv', kind: 'confirm', expect: ['250 000'] })),
  Q('budgetline', 'God eftermiddag! Personalkostnaden i budgeten behöver justeras till 600 000 kr enligt beslut. Jag vore tacksam om du kunde uppdatera den.', SC({ lang: 'sv', kind: 'confirm', expect: ['600 000'] })),
  Q('budgetline', 'Please change the budget line for compensation to Huddinge kommun (office services, workrooms) to 60 000 kr. Thanks a lot!', SC({ lang: 'en', kind: 'confirm', expect: ['60 000'] })),
  Q('budgetline', 'Hej! Jag har fått i uppdrag att ändra ersättningen till Huddinge kommun för kontorsservice i budgeten. Kan du hjälpa mig med det? Tack!', SC({ lang: 'sv', kind: 'clarify', category: 'missing' })),
  Q('budgetline', 'Skulle du kunna höja konsultstödet lite grann? Tack snälla!', SC({ lang: 'sv', kind: 'clarify', category: 'missing' })),
  // rotationhost
  Q('rotationhost', 'Hej, jag skulle vilja be dig ändra värdkommun för rådslaget 2013 från Botkyrka till Huddinge. Tack så mycket för hjälpen!', SC({ lang: 'sv', kind: 'confirm', expect: ['Huddinge', '2013'] })),
  Q('rotationhost', 'Hi! Could you please set Nykvarn as host municipality of the rådslag in 2016? Much appreciated.', SC({ lang: 'en', kind: 'confirm', expect: ['Nykvarn', '2016'] })),
  Q('rotationhost', 'Hej! Rådslaget 2014 behöver få en ny värdkommun, Tyresö har bett att få byta. Kan du ordna det? Tack!', SC({ lang: 'sv', kind: 'clarify', category: 'missing' })),
  // history
  Q('history', 'visa ändringar', SC({ lang: 'sv', kind: 'history' })),
  Q('history', 'Hi, what has changed in the plan so far?', SC({ lang: 'en', kind: 'history' })),
  Q('history', 'Hej! Skulle du kunna visa mig vilka ändringar som har gjorts i planen hittills? Tack!', SC({ lang: 'sv', kind: 'history' })),
  // refused (members)
  Q('refused', 'flytta lg 20/5 till 27/5', MB({ lang: 'sv', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] })),
  Q('refused', 'sätt södertälje som värd för sk 3/11 tack', MB({ lang: 'sv', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] })),
  Q('refused', 'cancel the SK meeting on 9 June', MB({ lang: 'en', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] })),
  Q('refused', 'ändra personal i budgeten till 600 000', MB({ lang: 'sv', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] })),
  Q('refused', 'lägg till ett extra lg möte 17/6 eh alltså fredag', MB({ lang: 'sv', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] })),
  Q('refused', 'byt värd för rådslaget 2015 till haninge vi orkar inte', MB({ lang: 'sv', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] })),
  // questions from the secretariat
  Q('facts', 'Hej! När är LG i maj?', SC({ lang: 'sv', expect: ['20 maj'] })),
  Q('facts', 'Vem är värd för SK-mötet den 9 juni? Jag behöver veta det för kallelsen.', SC({ lang: 'sv', expect: ['Salem'] })),
  Q('budget', 'Hur mycket är budgeterat för personal i år, om jag får fråga?', SC({ lang: 'sv', expect: ['580 000'] })),
  Q('rotation', 'Which municipality hosts the rådslag in 2015? I need it for a letter.', SC({ lang: 'en', expect: ['Södertälje'] })),
  Q('facts', 'Vilken tid brukar ledningsgruppen träffas? Jag ska boka lokal.', SC({ lang: 'sv', expectAny: [T830] })),
  // conversations
  C('confirm', [
    T('Hej! Skulle du kunna flytta samarbetskommitténs möte den 14 april till torsdagen den 28 april? Nykvarn har bett om det. Tack!', { as: 'secretariat', lang: 'sv', kind: 'confirm', expect: ['28 april'] }),
    T('Ja tack, det ser jättebra ut!', { as: 'secretariat', lang: 'sv', kind: 'confirmed' }),
  ], { as: 'secretariat' }),
  C('confirm', [
    T('Hej, jag skulle vilja ändra budgetposten för personal till 590 000 kr. Tack!', { as: 'secretariat', lang: 'sv', kind: 'confirm', expect: ['590 000'] }),
    T('Nej förlåt, jag ångrar mig, avbryt är du snäll.', { as: 'secretariat', lang: 'sv', kind: 'cancelled' }),
  ], { as: 'secretariat' }),
  C('confirm', [
    T('Could you please add an extra LG meeting on Friday 2 December? Thank you!', { as: 'secretariat', lang: 'en', kind: 'confirm', expect: ['2 December'] }),
    T('Yes please, go ahead.', { as: 'secretariat', lang: 'en', kind: 'confirmed' }),
  ], { as: 'secretariat' }),
  C('confirm', [
    T('Hej! Jag behöver flytta ledningsgruppens möte den 25 november, vore tacksam för hjälp.', { as: 'secretariat', lang: 'sv', kind: 'clarify' }),
    T('Oj förlåt, till fredagen den 2 december.', { as: 'secretariat', lang: 'sv', kind: 'confirm', expect: ['2 december'] }),
    T('Precis så, jag bekräftar.', { as: 'secretariat', lang: 'sv', kind: 'confirmed' }),
  ], { as: 'secretariat' }),
  C('confirm', [
    T('Hej, skulle du vänligen kunna ändra värd för SK-mötet den 22 september till Södertälje? Tack!', { as: 'secretariat', lang: 'sv', kind: 'confirm', expect: ['Södertälje'] }),
    T('ok kör', { as: 'secretariat', lang: 'sv', kind: 'confirmed' }),
    T('visa ändringar', { as: 'secretariat', lang: 'sv', kind: 'history' }),
  ], { as: 'secretariat' }),
  C('confirm', [
    T('Hej! Kan du ändra värdkommun för rådslaget 2017 från Nykvarn till Salem? Tack så mycket.', { as: 'secretariat', lang: 'sv', kind: 'confirm', expect: ['Salem', '2017'] }),
    T('Avbryt, tack, jag måste kolla med Nykvarn först.', { as: 'secretariat', lang: 'sv', kind: 'cancelled' }),
  ], { as: 'secretariat' }),
  C('confirm', [
    T('Hej! Tyvärr måste vi ställa in ledningsgruppens möte den 14 oktober. Skulle du kunna hjälpa mig med det?', { as: 'secretariat', lang: 'sv', kind: 'confirm', expect: ['14 oktober'] }),
    T('Absolut, gör så!', { as: 'secretariat', lang: 'sv', kind: 'confirmed' }),
  ], { as: 'secretariat' }),
  C('confirm', [
    T('Hej, jag skulle vilja ändra beloppet för utredningar och konsultstöd i budgeten. Tack på förhand!', { as: 'secretariat', lang: 'sv', kind: 'clarify' }),
    T('Förlåt, jag glömde beloppet: 200 000 kr.', { as: 'secretariat', lang: 'sv', kind: 'confirm', expect: ['200 000'] }),
    T('Det stämmer, bekräftat!', { as: 'secretariat', lang: 'sv', kind: 'confirmed' }),
  ], { as: 'secretariat' }),
];

function write(name, description, items) {
  const out = { description, defaultNow: DEFAULT_NOW, items };
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify(out, null, 2) + '\n');
}
write('pool-questions.json', 'Round 18 writer c: questions (Södertälje kommundirektör on a phone)', questions);
write('pool-commands.json', 'Round 18 writer c: change requests (new secretariat assistant) and member attempts', commands);

function stats(items) {
  const cat = {}, lang = {};
  let conv = 0, withNow = 0;
  for (const it of items) {
    cat[it.category] = (cat[it.category] || 0) + 1;
    const l = it.lang || (it.conversation && it.conversation[0].lang) || '?';
    lang[l] = (lang[l] || 0) + 1;
    if (it.conversation) conv++;
    if (it.now) withNow++;
  }
  return { total: items.length, conv, withNow, cat, lang };
}
console.log('questions', JSON.stringify(stats(questions)));
console.log('commands', JSON.stringify(stats(commands)));

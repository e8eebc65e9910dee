// Round 14, writer "v" — persona: kommunstyrelseordförande i Salem (colloquial spoken Swedish, some English).
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const NI = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'];
const T15 = ['15.00', '15:00'];
const T0830 = ['08.30', '8.30', '08:30', '8:30'];
const T13 = ['13.00', '13:00'];

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

const questions = [
  // ---------------- rotation ----------------
  Q('rotation', 'vem har rådslaget nästa år?', { expect: ['Nynäshamn'] }),
  Q('rotation', 'när e Tyresö värd för rådslaget', { expect: ['2014'] }),
  Q('rotation', 'rådslaget 2015 vart e det', { expect: ['Södertälje'] }),
  Q('rotation', 'vem tar över rådslaget efter Södertälje?', { expect: ['Haninge'], expectAny: [['2016']] }),
  Q('rotation', 'Huddinge e väl sist på listan för rådslaget, vilket år blir det för dom?', { expect: ['2018'] }),
  Q('rotation', 'vem hade rådslaget 2010, alltså året innan oss?', { kind: NI }),
  Q('rotation', 'om tre år, vem e värd för rådslaget då', { expect: ['Tyresö'] }),
  Q('rotation', 'who hosts the rådslag in 2013?', { lang: 'en', expect: ['Botkyrka'] }),
  Q('rotation', 'rådslaget va ju hos oss i Salem i år, vem e det som har det efter Nynäshamn?', { expect: ['Botkyrka'], expectAny: [['2013']] }),
  Q('rotation', 'which year is Haninge hosting the rådslag?', { lang: 'en', expect: ['2016'] }),
  Q('rotation', 'kan du lista hela rotationen för rådslaget, alla år', { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] }),
  Q('rotation', 'vilka två kommuner har rådslaget närmast efter oss i Salem', { expect: ['Nynäshamn', 'Botkyrka'] }),
  Q('rotation', 'när e Salem värdkommun för rådslaget nästa gång efter 2011, står vi med nånstans fram till 2018?', { expectAny: [['2018', 'inte', 'ingen']], expectNot: ['Salem 2012'] }),

  // ---------------- budget ----------------
  Q('budget', 'hur mycket blir det per kommun om vi delar avgifterna lika på alla åtta?', { expect: ['107 500'] }),
  Q('budget', 'vad e budgeten totalt i år?', { expect: ['860 000'] }),
  Q('budget', 'personal va?', { expect: ['580 000'] }),
  Q('budget', 'hur mycket e utredningar och konsultstöd per månad om man slår ut det?', { expectAny: [['19 166', '19 167']] }),
  Q('budget', 'vad blir kostnaderna per kvartal totalt?', { expect: ['215 000'] }),
  Q('budget', 'hur stor andel av budgeten går till personal?', { expectAny: [['67', '68']] }),
  Q('budget', 'skillnaden mellan personalposten och utredningsposten?', { expect: ['350 000'] }),
  Q('budget', 'hur mycket går till annat än personal?', { expect: ['280 000'] }),
  Q('budget', 'vilken e den minsta posten i budgeten?', { expect: ['50 000'], expectAny: [['Huddinge', 'kontorsservice']] }),
  Q('budget', "if the consultancy line is split equally over the eight municipalities, what's each one's share?", { lang: 'en', expect: ['28 750'] }),
  Q('budget', 'hur många procent av kostnaderna e utredningar, konsultstöd mm?', { expectAny: [['26', '27']] }),
  Q('budget', "what's the personnel cost per month?", { lang: 'en', expectAny: [['48 333']] }),
  Q('budget', 'om utredningsposten höjs med 20 000, hur mycket mer måste varje kommun betala om vi delar lika?', { expect: ['2 500'] }),
  Q('budget', 'vi har redan lagt 95 000 på en konsult, hur mycket e kvar av utredningspotten då?', { expect: ['135 000'] }),
  Q('budget', 'hur mycket e budgeten per månad?', { expectAny: [['71 666', '71 667']] }),
  Q('budget', 'what do the fees from the municipalities add up to?', { lang: 'en', expect: ['860 000'] }),

  // ---------------- yesno ----------------
  Q('yesno', 'e SK 22/9 i Nynäshamn?', { startsWith: 'Ja', expect: ['Nynäshamn'] }),
  Q('yesno', 'e det Botkyrka som har SK 8/12?', { startsWith: 'Nej', expect: ['Tyresö'] }),
  Q('yesno', 'e Salem med i överförmyndarnämnden?', { startsWith: 'Nej' }),
  Q('yesno', 'ingår Salem i miljö- och hälsoskyddsförbundet?', { startsWith: 'Nej' }),
  Q('yesno', 'börjar LG halv nio?', { startsWith: 'Ja', expectAny: [T0830] }),
  Q('yesno', 'e Haninge värdkommun för ÖFN?', { startsWith: 'Ja', expect: ['Haninge'] }),
  Q('yesno', 'går personalkostnaden över 600 000?', { startsWith: 'Nej', expect: ['580 000'] }),
  Q('yesno', 'går budgeten jämnt upp, intäkter mot kostnader?', { startsWith: 'Ja', expect: ['860 000'] }),
  Q('yesno', 'Is Nykvarn hosting the rådslag in 2017?', { lang: 'en', startsWith: 'Yes' }),
  Q('yesno', 'Is the LG meeting on 14 October a Thursday?', { lang: 'en', startsWith: 'No', expect: ['Friday'] }),
  Q('yesno', 'va rådslaget i år hos oss i Salem?', { startsWith: 'Ja', expect: ['24 mars'] }),
  Q('yesno', 'e nyckeltalsdagen i Huddinge i år?', { startsWith: 'Nej', expect: ['Botkyrka'] }),
  Q('yesno', 'deltar kommundirektörerna på SK-mötena också?', { startsWith: 'Ja' }),
  Q('yesno', 'does the committee meet at least six times a year?', { lang: 'en', startsWith: 'Yes' }),
  Q('yesno', 'har vi nåt SK-möte i juli?', { startsWith: 'Nej' }),

  // ---------------- premise ----------------
  Q('premise', 'varför e Botkyrka värd för SK 9/6?', { expect: ['Salem'] }),
  Q('premise', 'vi i Salem e ju värd för SK 14/4, hur dags kör vi igång?', { expect: ['Nykvarn'], expectAny: [T12] }),
  Q('premise', 'vart e SK-mötet 20/5?', { expectAny: [['ledningsgrupp', 'LG']] }),
  Q('premise', 'miljöförbundet som startade 2010, vilka kommuner e med där?', { expect: ['2008', 'Haninge', 'Nynäshamn', 'Tyresö'] }),
  Q('premise', 'Salem e ju värdkommun för överförmyndarnämnden, hur länge har det varit så?', { expect: ['Haninge'] }),
  Q('premise', 'varför e rådslaget i Tyresö i år?', { expect: ['Salem'] }),
  Q('premise', 'LG-mötet på torsdag 20/5, hur dags börjar det?', { expect: ['fredag'], expectAny: [T0830] }),
  Q('premise', 'varför betalar vi 80 000 till Huddinge för kontorsservice och arbetsrum?', { expect: ['50 000'] }),
  Q('premise', 'Why is the nyckeltal day in Huddinge on 6 October?', { lang: 'en', expect: ['Botkyrka'] }),
  Q('premise', 'Södertörnskonferensen i oktober, vart e den nu igen?', { expect: ['1 september'] }),

  // ---------------- offplan ----------------
  Q('offplan', 'kan du boka en lokal åt oss till 9/6?', { kind: NI }),
  Q('offplan', 'skicka ut kallelsen till SK 14/4 till alla ordförandena', { kind: NI }),
  Q('offplan', 'vem e kommundirektör i Nykvarn nu?', { kind: NI }),
  Q('offplan', 'vad e adressen dit vi ska 22/9 i Nynäshamn', { kind: NI }),
  Q('offplan', 'hur mycket e budgeten för 2012 då?', { kind: NI }),
  Q('offplan', 'dagordningen för 14/4, vad står på den?', { kind: NI }),
  Q('offplan', 'can you book a taxi for me to Nykvarn on the 14th?', { lang: 'en', kind: NI }),
  Q('offplan', 'ring sekretariatet och säg att jag blir sen idag', { kind: NI }),
  Q('offplan', "what's the weather going to be like in Salem on 9 June?", { lang: 'en', kind: NI }),
  Q('offplan', 'vad heter hon som leder sekretariatet i Huddinge?', { kind: NI }),
  Q('offplan', 'nyckeltalsdagen 2012, när blir den?', { kind: NI }),

  // ---------------- topic ----------------
  Q('topic', 'samarbetskommitténs planeringskonferens, när va den?', { expect: ['28 januari'], expectNot: ['1 april'] }),
  Q('topic', 'ledningsgruppens planeringskonferens?', { expect: ['31 mars', '1 april'], expectNot: ['28 januari'] }),
  Q('topic', 'vad e syftet med ledningsgruppen?', { expect: ['förbereda'], expectAny: [['samordna']] }),
  Q('topic', 'Södertörnskonferensen, när e den?', { expect: ['1 september'], expectNot: ['24 mars', '6 oktober'] }),
  Q('topic', 'rådslaget i år, när va det?', { expect: ['24 mars'], expectNot: ['1 september', '6 oktober'] }),
  Q('topic', 'vad ingår i posten utredningar?', { expect: ['konsultstöd', '230 000'] }),
  Q('topic', 'vad e det ersättningen till Huddinge ska täcka?', { expect: ['kontorsservice'], expectAny: [['arbetsrum']] }),
  Q('topic', 'vilka kommuner e med i miljö- och hälsoskyddsförbundet, alltså inte ÖFN', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
  Q('topic', 'kontrollen av receptfria läkemedel, vem sköter det för Haninge, Nynäshamn och Tyresö?', { expect: ['miljö- och hälsoskyddsförbund'], expectNot: ['brandförsvarsförbund'] }),
  Q('topic', 'vad e skillnaden i syfte mellan regionala utvecklingsfrågor och verksamhetsfrågor?', { expect: ['region', 'effektivisera'] }),
  Q('topic', "What's the steering document for the regional development issues?", { lang: 'en', expect: ['utvecklingsprogram', '2010'] }),
  Q('topic', 'vilka e med i rådslaget förutom kommunerna?', { expect: ['KTH', 'Handelskammaren', 'Företagarna'], expectAny: [['Karolinska']] }),
  Q('topic', 'vilka deltar i Södertörnskonferensen?', { expect: ['partier'], expectAny: [['tjänstemän']] }),
  Q('topic', 'what are the dates of the two planning conferences, the committee one and the LG one?', { lang: 'en', expect: ['28 January', '31 March'] }),

  // ---------------- period ----------------
  Q('period', 'har vi nåt i juni?', { expect: ['9 juni', 'Salem'] }),
  Q('period', 'vilka SK-möten e kvar i höst?', { expect: ['22 september', '3 november', '8 december'] }),
  Q('period', 'första LG efter sommaren?', { expect: ['9 september'] }),
  Q('period', 'sista SK i år, vart e det?', { expect: ['8 december', 'Tyresö'] }),
  Q('period', 'vad händer i oktober?', { expect: ['6 oktober', '14 oktober'] }),
  Q('period', 'vad har vi för möten i september, de e väl en del?', { expect: ['1 september', '9 september', '22 september'] }),
  Q('period', 'vad e kvar innan sommaren?', { expect: ['14 april', '20 maj', '9 juni'] }),
  Q('period', "what's on in November?", { lang: 'en', expect: ['3 November', '25 November'] }),
  Q('period', 'första SK nästa år, vart blir det?', { expect: ['Södertälje'], expectAny: [['januari', 'jan']] }),
  Q('period', 'SK-möten första halvåret som e kvar?', { expect: ['14 april', '9 juni'] }),
  Q('period', 'när e nästa SK?', { now: '2011-10-01T09:00:00+02:00', expect: ['3 november', 'Botkyrka'] }),
  Q('period', 'vad e nästa grej i kalendern?', { now: '2011-09-05T09:00:00+02:00', expect: ['9 september'] }),
  Q('period', 'hur många SK e kvar i år?', { expectAny: [['5', 'fem']] }),

  // ---------------- followup ----------------
  C('followup', [
    { q: 'vem har rådslaget nästa år?', expect: ['Nynäshamn'] },
    { q: 'och året efter?', expect: ['Botkyrka'] },
    { q: 'ok, och när e SK hos Botkyrka i år då?', expect: ['3 november'] },
  ]),
  C('followup', [
    { q: 'när e nästa SK?', expect: ['14 april', 'Nykvarn'] },
    { q: 'hur dags?', expectAny: [T12] },
    { q: 'och LG efter det?', expect: ['20 maj'] },
  ]),
  C('followup', [
    { q: 'ÖFN, vilka kommuner e med?', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
    { q: 'sen när?', expect: ['1 januari 2011'] },
    { q: 'och vem e värdkommun?', expect: ['Haninge'] },
  ]),
  C('followup', [
    { q: 'vad e budgeten för personal?', expect: ['580 000'] },
    { q: 'och per månad?', expectAny: [['48 333']] },
    { q: 'btw, när har vi nyckeltalsdagen?', expect: ['6 oktober'] },
  ]),
  C('followup', [
    { q: 'SK 22/9 vart?', expect: ['Nynäshamn'] },
    { q: 'vad e det för veckodag?', expect: ['torsdag'] },
    { q: 'och närmaste LG innan dess?', expect: ['9 september'] },
  ]),
  C('followup', [
    { q: 'miljö- och hälsoskyddsförbundet, när startade det?', expect: ['2008'] },
    { q: 'vilka bildade det?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
    { q: 'och explosiva varor, vart hamnar det?', expect: ['brandförsvarsförbund'] },
  ]),
  C('followup', [
    { q: 'when is the Södertörn conference?', lang: 'en', expect: ['1 September'] },
    { q: 'who hosts it?', lang: 'en', expect: ['Huddinge', 'Tyresö'] },
    { q: 'and the nyckeltal day?', lang: 'en', expect: ['6 October', 'Botkyrka'] },
  ]),
  C('followup', [
    { q: 'vilka år har Haninge och Huddinge rådslaget?', expect: ['2016', '2018'] },
    { q: 'och Salem?', expect: ['2011'] },
  ]),
  C('followup', [
    { q: 'utredningar och konsultstöd, hur mycket e det?', expect: ['230 000'] },
    { q: 'och om vi delar det på åtta?', expect: ['28 750'] },
    { q: 'ok. vad va visionen nu igen, den för 2025?', expectAny: [['halv miljon', '500 000']] },
  ]),
  C('followup', [
    { q: 'när träffas LG i maj?', expect: ['20 maj'] },
    { q: 'hur dags slutar dom?', expectAny: [T13] },
    { q: 'och SK i juni, e det hos oss i Salem?', startsWith: 'Ja', expect: ['9 juni'] },
  ]),
  C('followup', [
    { q: 'vad e nästa SK?', expect: ['3 november', 'Botkyrka'] },
    { q: 'och den efter?', expect: ['8 december', 'Tyresö'] },
    { q: 'och första nästa år?', expect: ['Södertälje'] },
  ], { now: '2011-09-23T09:00:00+02:00' }),
  C('followup', [
    { q: 'planeringskonferensen för SK, när va den?', expect: ['28 januari'] },
    { q: 'och LG:s?', expect: ['31 mars'] },
    { q: 'vilka sitter i LG egentligen?', expect: ['kommundirektör'] },
  ]),
  C('followup', [
    { q: 'vem e värd 3/11?', expect: ['Botkyrka'] },
    { q: 'and the one after that?', lang: 'en', expect: ['8 December', 'Tyresö'] },
  ]),
  C('followup', [
    { q: 'hur många invånare har Södertörn?', expect: ['430 000'] },
    { q: 'och vad e målet i visionen?', expectAny: [['halv miljon', '500 000']] },
    { q: 'vilka målområden har utvecklingsprogrammet?', expect: ['Klimat', 'Infrastruktur'], expectAny: [['Mångfald']] },
  ]),

  // ---------------- typo ----------------
  Q('typo', 'ledingsgruppen nästa möte?', { expect: ['20 maj'] }),
  Q('typo', 'samarbetskomiten i september vart', { expect: ['22 september', 'Nynäshamn'] }),
  Q('typo', 'nyckeltalsdagn vart e den', { expect: ['Botkyrka'] }),
  Q('typo', 'rådslget 2015?', { expect: ['Södertälje'] }),
  Q('typo', 'överförmyndarnämden värdkomun', { expect: ['Haninge'] }),
  Q('typo', 'planerings konferensen för ledningsgrupen', { expect: ['31 mars'] }),
  Q('typo', 'budgetn för utredingar', { expect: ['230 000'] }),
  Q('typo', 'SK-mötet i nykvarn när', { expect: ['14 april'] }),
  Q('typo', 'LG-datumen i höst', { expect: ['9 september', '14 oktober', '25 november'] }),
  Q('typo', 'ersätning till huddinge hur mkt', { expect: ['50 000'] }),
  Q('typo', 'wen is the nxt SK meeting', { lang: 'en', expect: ['14 April', 'Nykvarn'] }),
  Q('typo', 'brandförsvarsförbundt, vad har dom fått för uppgift enligt planen?', { expectAny: [['explosiva']] }),

  // ---------------- language ----------------
  Q('language', 'SK 3/11 värd?', { locale: 'en-GB', lang: 'en', expect: ['Botkyrka'] }),
  Q('language', 'ÖFN?', { locale: 'en-GB', lang: 'en', expect: ['Haninge'] }),
  Q('language', 'kostnader?', { locale: 'en-GB', lang: 'en', expect: ['580 000', '50 000', '230 000'] }),
  Q('language', 'kostnader?', { locale: 'sv-SE', lang: 'sv', expect: ['580 000', '50 000', '230 000'] }),
  Q('language', 'rådslaget 2014?', { locale: 'en-US', lang: 'en', expect: ['Tyresö'] }),
  Q('language', 'LG 25/11?', { locale: 'en-GB', lang: 'en', expect: ['25 November'] }),
  Q('language', 'when is the LG meeting in May?', { locale: 'sv-SE', lang: 'en', expect: ['20 May'] }),
  Q('language', 'när e nästa SK-möte?', { locale: 'en-GB', lang: 'sv', expect: ['14 april'] }),
  Q('language', 'nyckeltalsdagen?', { lang: 'sv', expect: ['6 oktober'] }),
  Q('language', 'Södertörnskonferensen 2011?', { locale: 'en-GB', lang: 'en', expect: ['1 September'] }),
  Q('language', 'What are the meeting times for the LG?', { lang: 'en', expect: ['Friday'], expectAny: [T0830, T13] }),

  // ---------------- facts ----------------
  Q('facts', 'vad e visionen för 2025?', { expectAny: [['halv miljon', '500 000']] }),
  Q('facts', 'vilka målområden finns i Södertörns UtvecklingsProgram 2010?', { expect: ['Näringsliv', 'Högskola', 'Mångfald', 'Klimat', 'Infrastruktur'] }),
  Q('facts', 'vad står det om förhållningssätt, hur ska samverkan kännetecknas?', { expect: ['gemensamma nyttan', 'ge och få'], expectAny: [['demokratiska']] }),
  Q('facts', 'vilka regionala organ samordnar vi insatserna i?', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] }),
  Q('facts', 'vilka företag nämns i inledningen som exempel?', { expect: ['Scania'], expectAny: [['Astra Zeneca', 'AstraZeneca'], ['Karolinska']] }),
  Q('facts', 'vilka infrastruktursatsningar har vi drivit gemensamt enligt inledningen?', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] }),
  Q('facts', 'vilka sitter i samarbetskommittén?', { expectAny: [['kommunstyrelseordförande', 'kommunstyrelsens ordförande']] }),
  Q('facts', 'hur ofta ska SK träffas?', { expectAny: [['sex', '6']] }),
  Q('facts', 'vad säger planen om gemensam upphandling?', { expect: ['offentlig upphandling'] }),
  Q('facts', 'hur ska tiden fördelas 2011 mellan regionala utvecklingsfrågor och verksamhetsfrågorna?', { expect: ['regionala'], expectAny: [['mer tid', 'mer']] }),
  Q('facts', 'när fastställdes utvecklingsprogrammet?', { expect: ['2010'], expectAny: [['hösten']] }),
  Q('facts', 'vad kallas Stockholm i planen, nån engelsk slogan va?', { expect: ['Capital of Scandinavia'] }),
  Q('facts', 'vilka högskolor och universitet nämns?', { expect: ['Södertörns högskola', 'KTH', 'Karolinska Institutet'] }),
  Q('facts', 'vad e syftet med samarbetskommittén?', { expect: ['regional'], expectAny: [['stärka']] }),
  Q('facts', 'när görs nyckeltalsuppföljningen?', { expectAny: [['hösten', '6 oktober']] }),
  Q('facts', 'gemensam ägarstyrning, vad innebär det?', { expectAny: [['ägardialog', 'bolagsordning', 'direktiv']] }),
  Q('facts', 'vad har kommunerna på Södertörn traditionellt samarbetat om?', { expect: ['gymnas', 'räddningstjänst'], expectAny: [['återvinning', 'energi']] }),
  Q('facts', 'vilka e dom fem viktigaste utvecklingsfrågorna i utvecklingsprogrammet?', { expect: ['utbildningsnivå', 'klimateffektiv', 'infrastruktur'] }),
  Q('facts', 'hur dags håller SK-mötena på?', { expectAny: [T12, T15] }),
  Q('facts', 'omvärldsbevakning, vad gör vi där?', { expectAny: [['kontaktnät']] }),
  Q('facts', 'what is the vision for 2025?', { lang: 'en', expectAny: [['half a million', '500 000', 'half million']] }),
  Q('facts', 'how many inhabitants does Södertörn have?', { lang: 'en', expect: ['430 000'] }),
  Q('facts', 'who provides the secretariat for the committee?', { lang: 'en', expect: ['Huddinge'] }),
  Q('facts', 'vad e rådslaget för nåt, vad e syftet?', { expectAny: [['årlig', 'återkommande'], ['Södertörns utveckling', 'frågeställningar', 'högskola']] }),
  Q('facts', 'vilka styrdokument gäller för verksamhetsfrågorna?', { expect: ['verksamhetsplan'] }),
  Q('facts', "who's in the ledningsgrupp?", { lang: 'en', expectAny: [['kommundirektör', 'municipal director', 'chief executive', 'city manager', 'director']] }),
  Q('facts', 'when and where was this year’s rådslag?', { lang: 'en', expect: ['24 March', 'Salem'] }),
];

// ---------------- change requests ----------------
const S = 'secretariat', M = 'member';
const commands = [
  // move
  Q('move', 'flytta SK 22/9 till 29/9', { as: S, kind: 'confirm', expect: ['29 september'] }),
  Q('move', 'LG 20/5 ska flyttas till 27/5', { as: S, kind: 'confirm', expect: ['27 maj'] }),
  Q('move', 'move the SK meeting on 3 November to 10 November', { as: S, lang: 'en', kind: 'confirm', expect: ['10 November'] }),
  Q('move', 'kan du flytta SK-mötet i Tyresö till 15/12, dom har budgetfullmäktige 8:e', { as: S, kind: 'confirm', expect: ['15 december'] }),
  Q('move', 'LG 9/9 -> 16/9', { as: S, kind: 'confirm', expect: ['16 september'] }),
  Q('move', 'Södertörnskonferensen blir 8 sep istället för 1 sep', { as: S, kind: 'confirm', expect: ['8 september'] }),
  // host
  Q('host', 'Salem tar SK 22/9 istället för Nynäshamn', { as: S, kind: 'confirm', expect: ['Salem'] }),
  Q('host', 'ny värd för SK 3/11: Haninge', { as: S, kind: 'confirm', expect: ['Haninge'] }),
  Q('host', 'nyckeltalsdagen 6/10 ska vara i Södertälje i år istället', { as: S, kind: 'confirm', expect: ['Södertälje'] }),
  Q('host', 'change the host of the SK meeting on 8 December to Huddinge', { as: S, lang: 'en', kind: 'confirm', expect: ['Huddinge'] }),
  // cancel
  Q('cancel', 'ställ in LG 25/11', { as: S, kind: 'confirm', expect: ['25 november'] }),
  Q('cancel', 'SK 8/12 e inställt, ta bort det', { as: S, kind: 'confirm', expect: ['8 december'] }),
  Q('cancel', 'cancel the LG meeting on 14 October', { as: S, lang: 'en', kind: 'confirm', expect: ['14 October'] }),
  // add
  Q('add', 'lägg till ett extra SK-möte 18/8 i Huddinge', { as: S, kind: 'confirm', expect: ['18 augusti'] }),
  Q('add', 'add an extra LG meeting on 2 September', { as: S, lang: 'en', kind: 'confirm', expect: ['2 September'] }),
  // budgetline
  Q('budgetline', 'höj utredningar, konsultstöd till 260 000', { as: S, kind: 'confirm', expect: ['260 000'] }),
  Q('budgetline', 'personalposten ska va 600 000', { as: S, kind: 'confirm', expect: ['600 000'] }),
  Q('budgetline', 'ersättningen till Huddinge ändras till 55 000', { as: S, kind: 'confirm', expect: ['55 000'] }),
  Q('budgetline', 'set the personnel budget line to 570 000', { as: S, lang: 'en', kind: 'confirm', expect: ['570 000'] }),
  // rotationhost
  Q('rotationhost', 'rådslaget 2013 ska vara i Huddinge istället', { as: S, kind: 'confirm', expect: ['Huddinge'] }),
  Q('rotationhost', 'the rådslag host for 2014 should be Södertälje', { as: S, lang: 'en', kind: 'confirm', expect: ['Södertälje'] }),
  // history
  Q('history', 'visa ändringar', { as: S, kind: 'history' }),
  Q('history', 'what has changed in the plan?', { as: S, lang: 'en', kind: 'history' }),
  // missing -> clarify
  Q('missing', 'flytta SK-mötet', { as: S, kind: 'clarify' }),
  Q('missing', 'ändra budgeten', { as: S, kind: 'clarify' }),
  Q('missing', 'flytta LG till 3/6', { as: S, kind: 'clarify' }),
  Q('missing', 'ny värd för rådslaget: Tyresö', { as: S, kind: 'clarify' }),
  Q('missing', 'höj personalbudgeten', { as: S, kind: 'clarify' }),
  Q('missing', 'cancel the meeting', { as: S, lang: 'en', kind: 'clarify' }),
  // confirm conversations
  C('confirm', [
    { q: 'flytta LG 14/10 till 21/10', as: S, kind: 'confirm', expect: ['21 oktober'] },
    { q: 'ja', as: S, kind: 'confirmed' },
  ]),
  C('confirm', [
    { q: 'SK 14/4 ska va i Salem istället för Nykvarn', as: S, kind: 'confirm', expect: ['Salem'] },
    { q: 'nej', as: S, kind: 'cancelled' },
  ]),
  C('confirm', [
    { q: 'move SK 9 June to 16 June', as: S, lang: 'en', kind: 'confirm', expect: ['16 June'] },
    { q: 'confirm', as: S, lang: 'en', kind: 'confirmed' },
    { q: 'what has changed?', as: S, lang: 'en', kind: 'history' },
  ]),
  C('confirm', [
    { q: 'sänk utredningar till 200 000', as: S, kind: 'confirm', expect: ['200 000'] },
    { q: 'avbryt', as: S, kind: 'cancelled' },
  ]),
  C('confirm', [
    { q: 'ställ in nyckeltalsdagen 6/10', as: S, kind: 'confirm', expect: ['6 oktober'] },
    { q: 'ok kör', as: S, kind: 'confirmed' },
    { q: 'visa ändringar', as: S, kind: 'history' },
  ]),
  C('confirm', [
    { q: 'rådslaget 2017 ska va i Södertälje', as: S, kind: 'confirm', expect: ['Södertälje'] },
    { q: 'bekräfta', as: S, kind: 'confirmed' },
  ]),
  // refused (members)
  Q('refused', 'flytta SK 9/6 till 16/6, vi har kommunfullmäktige i Salem då', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'byt så att Salem tar rådslaget 2015 istället för Södertälje', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'höj utredningsposten till 300 000', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'move the SK meeting on 22 September to 29 September', { as: M, lang: 'en', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'lägg till ett extra SK-möte 18/8 hos oss i Salem', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  // questions from the secretariat that look a bit like commands
  Q('period', 'när e LG i maj?', { as: S, expect: ['20 maj'] }),
  Q('facts', 'SK 3/11 – vem e värd?', { as: S, expect: ['Botkyrka'] }),
  Q('budget', 'vad står personal på i budgeten nu?', { as: S, expect: ['580 000'] }),
  Q('facts', 'when is the nyckeltal day?', { as: S, lang: 'en', expect: ['6 October'] }),
];

function write(file, description, items) {
  fs.writeFileSync(path.join(__dirname, file), JSON.stringify({ description, defaultNow: NOW, items }, null, 2) + '\n');
}
write('pool-questions.json', 'Round 14 writer v (Salem KSO persona): questions', questions);
write('pool-commands.json', 'Round 14 writer v (Salem KSO persona): change requests', commands);

// summary
for (const [name, items] of [['questions', questions], ['commands', commands]]) {
  const cat = {}, lang = {};
  for (const it of items) {
    cat[it.category] = (cat[it.category] || 0) + 1;
    const l = it.lang || (it.conversation && it.conversation[0].lang);
    lang[l] = (lang[l] || 0) + 1;
  }
  console.log(name, items.length, JSON.stringify(cat), JSON.stringify(lang));
}

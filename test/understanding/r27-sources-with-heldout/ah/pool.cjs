// Round 27, writer "ah": personas = Södertälje KSO (reflective why/what-for), new LG minute-taker (calendar),
// secretariat head (changes) + members asking for changes they cannot make.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';

const NI = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'];
const T15 = ['15.00', '15:00', '3 pm', '3pm', '3 p.m.'];
const T0830 = ['08.30', '8.30', '08:30', '8:30'];
const T13 = ['13.00', '13:00', '1 pm', '1pm', '1 p.m.'];

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
  // ---------------- Persona 1: Södertälje KSO, reflective ----------------
  Q('facts', 'Jag sitter och förbereder mig inför nästa möte och undrar, lite grundläggande kanske, varför vi över huvud taget samverkar på Södertörn – vad är egentligen syftet enligt planen?', { expect: ['utveckling', 'regional'] }),
  Q('facts', 'Vad menas egentligen med visionen för 2025, alltså vilket tillstånd är det vi säger att vi vill nå, och hur många invånare är det tänkt att Södertörn ska ha då?', { expectAny: [['halv miljon', '500 000']] }),
  C('followup', [
    { q: 'När är det Södertäljes tur att vara värd för rådslaget, det har jag faktiskt aldrig riktigt hållit koll på?', expect: ['2015'] },
    { q: 'och sen?', expect: ['Haninge', '2016'] },
    { q: 'och året därpå då?', expect: ['Nykvarn', '2017'] },
  ]),
  Q('facts', 'Varför har vi ett rådslag varje år – vad är det till för, egentligen, och vilka sitter med där utöver oss kommuner?', { expect: ['Handelskammaren', 'KTH', 'utveckling'] }),
  C('followup', [
    { q: 'Står det något i planen om att vi ska lägga mer tid på de regionala utvecklingsfrågorna i år än på verksamhetsfrågorna?', startsWith: 'Ja' },
    { q: 'varför då?', expectAny: [['handlingsplan', 'utvecklingsprogram']] },
  ]),
  Q('facts', 'Ett av våra förhållningssätt heter visst "gå före" – vad betyder det, vad står det där mer exakt?', { expect: ['ledarskap'] }),
  Q('topic', 'Hur ska jag förstå skillnaden mellan de två huvudområdena för samverkan, alltså vad syftar de till var för sig?', { expect: ['verksamhetsfrågor', 'effektivisera'], expectAny: [['som region', 'regionen', 'region']] }),
  Q('topic', 'Om man ska säga det enkelt: vad är skillnaden mellan syftet med ledningsgruppen och syftet med samarbetskommittén?', { expect: ['förbereda'], expectAny: [['samordna']] }),
  Q('budget', 'Det är ju Huddinge som håller i sekretariatet åt oss – hur mycket får de i ersättning i budgeten, och för vad?', { expect: ['50 000'], expectAny: [['kontorsservice', 'arbetsrum']] }),
  Q('facts', 'Lite historik, tack: inom vilka områden har kommunerna på Södertörn traditionellt samarbetat, sådär innan allt det här med utvecklingsprogrammet kom till?', { expect: ['gymnasie', 'räddningstjänst'], expectAny: [['återvinning', 'energi', 'miljö']] }),
  Q('facts', 'Vilka infrastruktursatsningar är det som planen lyfter fram som exempel på att vårt gemensamma agerande har lönat sig?', { expect: ['väg 73', 'Nynäsbanan'], expectAny: [['Södertörnsleden', 'E4']] }),
  Q('facts', 'Vad är Södertörns UtvecklingsProgram 2010 för något, och när fastställdes det av kommunerna?', { expect: ['hösten 2010'] }),
  Q('facts', 'Vilka är de viktigaste regionala utvecklingsfrågorna som utvecklingsprogrammet pekar ut – jag minns bara det där om utbildningsnivån.', { expect: ['utbildningsnivå', 'klimat', 'infrastruktur'], expectAny: [['kunskapsintensiv']] }),
  Q('facts', 'Och målområdena då, vilka är det? Det är väl fyra stycken om jag inte missminner mig?', { expect: ['Näringsliv', 'Mångfald', 'Klimat', 'Infrastruktur'] }),
  Q('facts', "I'm trying to understand what the Södertörn Conference is actually for – who attends it, and when and where is it this year?", { lang: 'en', expect: ['1 September', 'Huddinge', 'Tyresö'], expectAny: [['part']] }),
  Q('facts', 'Vad innebär det att vi ska ha en gemensam ägarstyrning, och genom vad ska den utövas?', { expectAny: [['ägardialog', 'bolagsordning', 'direktiv']] }),
  Q('facts', 'Jag har sett att omvärldsbevakning står med – vilka regionala organ är det vi ska samordna oss i?', { expect: ['KSL', 'Mälardalsrådet'], expectAny: [['Business Alliance']] }),
  Q('premise', 'Varför är Södertälje med i överförmyndarnämnden när vi aldrig har fattat något beslut om det?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
  C('followup', [
    { q: 'Hur många invånare har Södertörn idag, enligt planen?', expect: ['430 000'] },
    { q: 'och hur många ska vi vara 2025?', expectAny: [['halv miljon', '500 000']] },
  ]),
  Q('facts', 'Why do we have a key figures day at all, what is it meant to follow up, and when is it this year?', { lang: 'en', expect: ['6 October', 'Botkyrka'], expectAny: [['follow']] }),
  Q('facts', 'Jag sitter ju själv i SK, men vilka ingår formellt i kommittén, vilka deltar mer, och hur ofta ska vi egentligen ses?', { expectAny: [['sex', '6'], ['ordförande'], ['kommundirektör']] }),
  Q('premise', 'Eftersom miljö- och hälsoskyddsförbundet startade först i år, hur mycket har de hunnit göra?', { expect: ['2008'] }),
  Q('topic', 'När det gäller kontrollen av receptfria läkemedel – hamnar den hos brandförsvarsförbundet eller hos miljöförbundet?', { expectAny: [['miljö- och hälsoskydd', 'miljöförbund']] }),
  C('followup', [
    { q: 'Vad säger planen om hur samverkan kring upphandling ska utvecklas framöver?', expectAny: [['fler varor', 'fler']] },
    { q: 'varför då?', expectAny: [['offentlig upphandling', 'LOU', 'större krav', 'lagen']] },
  ]),
  Q('facts', 'Vilka företag och lärosäten är det som nämns som exempel på Södertörns attraktionskraft i inledningen?', { expect: ['Scania'], expectAny: [['Södertörns högskola', 'KTH', 'Karolinska']] }),
  Q('premise', 'Since Södertälje hosts the rådslag in 2013, what should we start preparing on our side?', { lang: 'en', expect: ['Botkyrka', '2015'] }),
  Q('offplan', 'Kan du sammanfatta vad rådslaget i Salem i mars kom fram till?', { kind: NI }),
  Q('facts', 'Vad syftar "The Capital of Scandinavia" på i planen, och hur ser vi på Södertörns roll i det?', { expect: ['Stockholm'] }),
  C('followup', [
    { q: 'Vem är värd för SK-mötet i januari nästa år?', expect: ['Södertälje'] },
    { q: 'och mötet efter det?', expect: ['Huddinge'], expectAny: [['april 2012', 'apr 2012']] },
  ]),
  Q('facts', 'När riksdagen lägger nya uppgifter på kommunerna – vad säger planen om hur vi ska hantera det, var och en för sig eller tillsammans?', { expectAny: [['enskilt'], ['samverkansorgan', 'samverkan']] }),
  Q('topic', 'Which body gets the new responsibility for explosive goods – the fire service federation or the environment and health federation?', { lang: 'en', expectAny: [['brandförsvar', 'fire']] }),
  C('followup', [
    { q: 'Vilka kommuner är med i Södertörns miljö- och hälsoskyddsförbund?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
    { q: 'och när startade det?', expect: ['2008'] },
  ]),
  Q('facts', 'What is the long-term vision for 2025 – in a sentence, what kind of Södertörn are we aiming for?', { lang: 'en', expectAny: [['half a million', '500,000', '500 000'], ['quality of life', 'sustainable']] }),
  Q('yesno', 'Är det verkligen så att överförmyndarverksamheten kan utökas med fler kommuner, eller är den låst till de som är med nu?', { startsWith: 'Ja' }),
  C('followup', [
    { q: 'Vem har värdskapet för Södertörns överförmyndarnämnd?', expect: ['Haninge'] },
    { q: 'och sedan när finns nämnden?', expectAny: [['1 januari 2011', '2011']] },
  ]),

  // ---------------- Persona 2: new LG minute-taker, calendar ----------------
  Q('facts', 'vilken veckodag har LG sina möten?', { expect: ['fredag'] }),
  Q('facts', 'what time do LG meetings start?', { lang: 'en', expectAny: [T0830] }),
  Q('facts', 'nästa LG?', { expect: ['20 maj'] }),
  Q('facts', 'när är LG-mötet efter det i maj?', { expect: ['9 september'] }),
  Q('period', 'hur många LG-möten är det kvar i år?', { expectAny: [['4', 'fyra']], expect: ['25 november'] }),
  Q('yesno', 'is there an LG meeting in June?', { lang: 'en', startsWith: 'No' }),
  Q('yesno', 'finns det något SK i oktober?', { startsWith: 'Nej' }),
  Q('period', 'mellan september och december, vilken månad har inget SK-möte?', { expect: ['oktober'] }),
  Q('period', 'sista LG-mötet i år?', { expect: ['25 november'] }),
  Q('period', 'första SK efter sommaren – när och var?', { expect: ['22 september', 'Nynäshamn'] }),
  Q('period', 'LG meetings in the autumn, which dates?', { lang: 'en', expect: ['9 September', '14 October', '25 November'] }),
  Q('facts', 'vilket SK-möte ligger närmast före det i Nynäshamn?', { expect: ['9 juni', 'Salem'] }),
  Q('yesno', 'är LG 14/10 en fredag?', { startsWith: 'Ja' }),
  Q('facts', 'SK 3/11 – är det torsdag eller fredag?', { expect: ['torsdag'] }),
  Q('facts', 'what time do SK meetings finish?', { lang: 'en', expectAny: [T15] }),
  Q('period', 'hur många veckor är det mellan LG 9/9 och LG 14/10?', { expectAny: [['5 veckor', 'fem veckor']] }),
  Q('yesno', 'blir det något möte alls i juli?', { startsWith: 'Nej' }),
  Q('period', 'vad är första punkten i kalendern efter sommaruppehållet?', { expect: ['1 september'], expectAny: [['Södertörnskonferens']] }),
  Q('period', 'when is the first LG meeting after the summer break?', { lang: 'en', expect: ['9 September'] }),
  Q('period', 'vilka möten är det i september?', { expect: ['1 september', '9 september', '22 september'] }),
  Q('period', 'how many SK meetings are left between now and the end of the year?', { lang: 'en', expectAny: [['5', 'five']], expect: ['8 December'] }),
  Q('topic', 'the LG planning conference — which days was that?', { lang: 'en', expect: ['31 March', '1 April'], expectNot: ['28 January'] }),
  Q('topic', 'när var SK:s planeringskonferens?', { expectAny: [['27', '27-28', '27–28'], ['28 januari', '28 jan']], expectNot: ['31 mars'] }),
  Q('facts', "what's the next meeting after the key figures day?", { lang: 'en', expect: ['14 October'] }),
  Q('facts', 'vilket möte är det närmast före nyckeltalsdagen, datum?', { expect: ['22 september'] }),
  Q('period', 'hur många möten har SK och LG sammanlagt i november?', { expectAny: [['2', 'två']], expect: ['3 november', '25 november'] }),
  Q('period', 'första halvåret – vilka SK-möten återstår?', { expect: ['14 april', '9 juni'], expectNot: ['22 september'] }),
  Q('facts', 'which day of the week is the Södertörn conference?', { lang: 'en', expect: ['Thursday'] }),
  Q('facts', 'rådslaget 24 mars, vilken veckodag var det?', { expect: ['torsdag'] }),
  Q('facts', 'when does an LG meeting end?', { lang: 'en', expectAny: [T13] }),
  Q('period', 'möten mellan 1/5 och 31/8?', { expect: ['20 maj', '9 juni'] }),
  Q('yesno', 'is the SK meeting on 9 June the last one before the summer?', { lang: 'en', startsWith: 'Yes' }),
  Q('facts', 'When is the LG meeting just before the SK meeting on 3 November?', { lang: 'en', expect: ['14 October'] }),
  Q('facts', 'vilken tid börjar SK?', { expectAny: [T12] }),
  Q('period', 'which months this year have no SK meeting at all from May onwards?', { lang: 'en', expect: ['May', 'July', 'August', 'October'] }),
  Q('period', 'sista mötet för året överhuvudtaget?', { expect: ['8 december'] }),

  // ---------------- Typos ----------------
  Q('typo', 'när är ledingsgruppen i oktober?', { expect: ['14 oktober'] }),
  Q('typo', 'nästa SKmöte vem e värd', { expect: ['14 april', 'Nykvarn'] }),
  Q('typo', 'LGdatum i höst', { expect: ['9 september', '14 oktober', '25 november'] }),
  Q('typo', 'wich day is the ledningsgrupp meeting in novmber', { lang: 'en', expect: ['25 November'] }),
  Q('typo', 'hur mycke är personalkostnaden', { expect: ['580 000'] }),
  Q('typo', 'rådslagett 2016?', { expect: ['Haninge'] }),
  Q('typo', 'samarbetskomitén nästa möte?', { expect: ['14 april'] }),
  Q('typo', 'överförmyndarnämdnen vilka kommuner ingår', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
  Q('typo', 'nyckeltalsdgen var?', { expect: ['Botkyrka'] }),
  Q('typo', 'södertörnskonferanse datum', { expect: ['1 september'] }),
  Q('typo', 'miljö o hälsoskyddsförbudet när startade det', { expect: ['2008'] }),
  Q('typo', 'vem e värd för SK-mötet i sept', { expect: ['Nynäshamn'] }),
  Q('typo', 'LG-mötetr i maj', { expect: ['20 maj'] }),
  Q('typo', 'utredningarr konsultstöd hur mkt?', { expect: ['230 000'] }),

  // ---------------- Persona 3: secretariat head, budget & questions ----------------
  Q('budget', 'om avgiften delas lika mellan kommunerna, hur mycket betalar var och en?', { expect: ['107 500'] }),
  Q('budget', 'vad blir kvar av budgeten när personal och ersättningen till Huddinge är betalda?', { expect: ['230 000'] }),
  Q('budget', 'personalkostnad per månad?', { expectAny: [['48 333', '48 334']] }),
  Q('budget', 'hur stor andel av budgeten går till personal?', { expectAny: [['67', '68']] }),
  Q('budget', 'hela budgeten per kvartal?', { expect: ['215 000'] }),
  Q('budget', 'skillnaden mellan personal och utredningar?', { expect: ['350 000'] }),
  Q('budget', 'största kostnadsposten?', { expect: ['580 000'], expectAny: [['personal']] }),
  Q('budget', 'smallest cost line in the budget?', { lang: 'en', expect: ['50 000'], expectAny: [['office', 'kontorsservice', 'Huddinge']] }),
  Q('budget', 'utredningar och konsultstöd per månad, ungefär?', { expectAny: [['19 166', '19 167']] }),
  Q('budget', 'what does each municipality pay per month if the fees are split equally?', { lang: 'en', expectAny: [['8 958', '8 959']] }),
  Q('yesno', 'går budgeten jämnt ut, intäkter mot kostnader?', { startsWith: 'Ja', expect: ['860 000'] }),
  Q('budget', 'Huddinges ersättning för kontorsservice per kvartal?', { expect: ['12 500'] }),
  Q('budget', 'utredningspotten delad på åtta kommuner, vad blir det?', { expect: ['28 750'] }),
  Q('budget', 'What share of the budget goes to studies and consultants?', { lang: 'en', expectAny: [['26', '27']] }),
  Q('premise', 'nu när budgeten är på 900 000, hur fördelas den?', { expect: ['860 000'] }),
  Q('premise', 'personal ligger väl på 680 000?', { expect: ['580 000'] }),
  C('followup', [
    { q: 'vad kostar personalen?', expect: ['580 000'] },
    { q: 'och per kommun?', expect: ['72 500'] },
  ]),
  Q('budget', 'how much do all the non-staff costs add up to?', { lang: 'en', expect: ['280 000'] }),
  Q('offplan', 'what will the budget be in 2012?', { lang: 'en', kind: NI }),
  Q('offplan', 'vad kostar det att arrangera rådslaget?', { kind: NI }),
  Q('offplan', 'vad heter den som är sekreterare för SK?', { kind: NI }),
  Q('offplan', 'boka en lokal i Nykvarn till SK 14/4', { kind: NI }),
  Q('offplan', 'skicka ut kallelsen till LG-mötet 20/5 till alla kommundirektörer', { kind: NI }),
  Q('premise', 'varför får Huddinge 100 000 för kontorsservice?', { expect: ['50 000'] }),
  Q('budget', 'hur mycket mer går till personal än till Huddingeersättningen och utredningarna tillsammans?', { expect: ['300 000'] }),

  // ---------------- Offplan (mixed) ----------------
  Q('offplan', 'vem är värd för LG 20/5?', { kind: NI }),
  Q('offplan', 'vilken adress har Salems kommunhus, till SK 9/6?', { kind: NI }),
  Q('offplan', "what's on the agenda for SK on 14 April?", { lang: 'en', kind: NI }),
  Q('offplan', 'exakt datum för SK i januari 2012?', { kind: NI }),
  Q('offplan', 'vem är värd för rådslaget 2019?', { kind: NI }),
  Q('offplan', 'vad kostar överförmyndarnämnden per år?', { kind: NI }),
  Q('offplan', 'please call Tyresö and tell them SK on 8 December starts at 12', { lang: 'en', kind: NI }),

  // ---------------- Rotation ----------------
  Q('rotation', 'rådslaget 2014 värd?', { expect: ['Tyresö'] }),
  Q('rotation', 'vem har rådslaget nästa år?', { expect: ['Nynäshamn'] }),
  Q('rotation', 'which year does Nykvarn host the rådslag?', { lang: 'en', expect: ['2017'] }),
  Q('rotation', 'när är Huddinge värd för rådslaget?', { expect: ['2018'] }),
  Q('rotation', 'vilken kommun står sist i värdlistan för rådslaget?', { expect: ['Huddinge', '2018'] }),
  Q('rotation', 'who hosts the rådslag the year after Botkyrka does?', { lang: 'en', expect: ['Tyresö', '2014'] }),
  Q('rotation', 'rådslagsvärdar 2012 till 2014?', { expect: ['Nynäshamn', 'Botkyrka', 'Tyresö'] }),
  Q('rotation', 'vem står näst på tur efter Nynäshamn att ha rådslaget?', { expect: ['Botkyrka', '2013'] }),
  Q('rotation', 'where was this year’s rådslag held and on what date?', { lang: 'en', expect: ['Salem', '24 March'] }),
  Q('rotation', 'rådslaget 2013 och 2017 – vilka kommuner?', { expect: ['Botkyrka', 'Nykvarn'] }),
  Q('yesno', 'Är Salem värd för rådslaget i år?', { startsWith: 'Ja' }),
  Q('yesno', 'är Haninge värd för rådslaget 2015?', { startsWith: 'Nej', expect: ['Södertälje'] }),
  Q('rotation', 'hur många år är det kvar tills Haninge har rådslaget?', { expect: ['2016'], expectAny: [['5', 'fem']] }),

  // ---------------- Language ----------------
  Q('language', 'SK 3/11 värd?', { locale: 'en-GB', lang: 'en', expect: ['Botkyrka'] }),
  Q('language', 'ÖFN?', { locale: 'sv-SE', lang: 'sv', expectAny: [['överförmyndar']] }),
  Q('language', 'kostnader?', { locale: 'en-US', lang: 'en', expect: ['580 000', '50 000', '230 000'] }),
  Q('language', 'LG 9/9?', { locale: 'en-GB', lang: 'en', expect: ['9 September'] }),
  Q('language', 'rådslaget 2015?', { locale: 'en-GB', lang: 'en', expect: ['Södertälje'] }),
  Q('language', 'nyckeltal 2011?', { locale: 'en-GB', lang: 'en', expect: ['6 October', 'Botkyrka'] }),
  Q('language', 'Södertörnskonferensen?', { lang: 'sv', expect: ['1 september'] }),
  Q('language', 'budget 2011?', { locale: 'en-GB', lang: 'en', expect: ['860 000'] }),
  Q('language', 'när är nästa SK?', { locale: 'en-GB', lang: 'sv', expect: ['14 april'] }),
  Q('language', 'Where is the next SK meeting held?', { locale: 'sv-SE', lang: 'en', expect: ['Nykvarn'] }),
  Q('language', 'when is rådslaget next year and where?', { lang: 'en', expect: ['Nynäshamn', '2012'] }),
  Q('language', 'LG?', { locale: 'en-US', lang: 'en', expectAny: [['Friday', '20 May']] }),

  // ---------------- Yes/no ----------------
  Q('yesno', 'Är Nykvarn med i miljö- och hälsoskyddsförbundet?', { startsWith: 'Nej' }),
  Q('yesno', 'Is Haninge the host municipality for the guardianship board?', { lang: 'en', startsWith: 'Yes' }),
  Q('yesno', 'ingår Salem i ÖFN?', { startsWith: 'Nej' }),
  Q('yesno', 'håller SK sina möten på torsdagar?', { startsWith: 'Ja' }),
  Q('yesno', 'Does the LG meet on Thursdays?', { lang: 'en', startsWith: 'No', expect: ['Friday'] }),
  Q('yesno', 'Is Huddinge hosting the Södertörn conference?', { lang: 'en', startsWith: 'Yes', expect: ['Tyresö'] }),
  Q('yesno', 'är Tyresö värd för nyckeltalsdagen?', { startsWith: 'Nej', expect: ['Botkyrka'] }),
  Q('yesno', 'SK 14/4 i Nykvarn, stämmer det?', { startsWith: 'Ja' }),
  Q('yesno', 'Is Södertälje a member of the environment and health protection federation?', { lang: 'en', startsWith: 'No' }),
  Q('yesno', 'var SK:s planeringskonferens i mars?', { startsWith: 'Nej', expectAny: [['28 januari', '28 jan']] }),
  Q('yesno', 'Is KTH one of the participants in the rådslag?', { lang: 'en', startsWith: 'Yes' }),
  Q('yesno', 'träffas ledningsgruppen minst sex gånger per år?', { startsWith: 'Ja' }),
  Q('yesno', 'har överförmyndarnämnden funnits sedan 2008?', { startsWith: 'Nej', expectAny: [['1 januari 2011', '2011']] }),

  // ---------------- Premise ----------------
  Q('premise', 'varför är Botkyrka värd för SK 9/6?', { expect: ['Salem'] }),
  Q('premise', 'Why is the LG meeting on 20 May on a Thursday this time?', { lang: 'en', expect: ['Friday'] }),
  Q('premise', 'eftersom nyckeltalsdagen ligger i Tyresö, hur tar man sig dit?', { expect: ['Botkyrka'] }),
  Q('premise', 'hur förbereder vi Södertörnskonferensen den 22/9?', { expect: ['1 september'] }),
  Q('premise', 'When Nykvarn hosts the rådslag next year, who should I contact?', { lang: 'en', expect: ['Nynäshamn', '2017'] }),
  Q('premise', 'eftersom Tyresö har sekretariatet – vem ska jag mejla?', { expect: ['Huddinge'] }),
  Q('premise', 'SK-mötet i Huddinge 8 december, börjar det kl 12?', { expect: ['Tyresö'] }),
  Q('premise', 'Since the LG planning conference was back in January, is the next one also in January?', { lang: 'en', expect: ['31 March'] }),
  Q('premise', 'Södertälje var värd för rådslaget i år, hur gick det?', { expect: ['Salem'] }),

  // ---------------- Topic ----------------
  Q('topic', 'Södertörnskonferensen eller rådslaget – vilken av dem är det där högskolorna är med?', { expectAny: [['rådslag']] }),
  Q('topic', 'who attends the Södertörn conference, as opposed to the rådslag?', { lang: 'en', expectAny: [['parties', 'party']] }),
  Q('topic', 'vad täcker posten på 50 000?', { expectAny: [['kontorsservice', 'arbetsrum']] }),
  Q('topic', 'vad ingår i posten på 230 000?', { expectAny: [['utredningar', 'konsultstöd']] }),
  Q('topic', 'which of the two planning conferences runs lunch to lunch?', { lang: 'en', expect: ['31 March'], expectAny: [['LG', 'management group', 'ledningsgrupp']] }),
  Q('topic', 'vad är styrdokumentet för verksamhetsfrågorna?', { expect: ['verksamhetsplan'], expectAny: [['budget']] }),
  Q('topic', 'och för de regionala utvecklingsfrågorna, vilket styrdokument gäller där?', { expectAny: [['UtvecklingsProgram 2010', 'utvecklingsprogram 2010']] }),
  Q('topic', 'LG:s mötestider jämfört med SK:s?', { expectAny: [T0830, T12, T13, T15] }),

  // ---------------- General facts ----------------
  Q('facts', 'vilka kommuner ingår i samarbetet?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö'] }),
  Q('facts', 'Who provides the secretariat for the committee?', { lang: 'en', expect: ['Huddinge'] }),
  Q('facts', 'vad är förhållningssätten för vår samverkan?', { expectAny: [['gemensamma nyttan', 'gemensam nytta'], ['demokratiska', 'demokratisk'], ['ge och få']] }),
  Q('facts', 'What are the main responsibilities of the management group?', { lang: 'en', expectAny: [['prepare'], ['coordinat']] }),
  Q('facts', 'hur ska arbetet med de fem utvecklingsfrågorna följas upp?', { expectAny: [['handlingsplan'], ['systematisk', 'utvärdering']] }),
  Q('facts', 'när sker uppföljningen av nyckeltalsarbetet?', { expectAny: [['hösten', '6 oktober']] }),
];

const commands = [
  // ---------------- Secretariat: complete requests ----------------
  Q('move', 'flytta LG 20/5 till 27/5', { as: 'secretariat', kind: 'confirm', expect: ['27 maj'] }),
  Q('move', 'SK-mötet den 22 september behöver flyttas till den 29:e', { as: 'secretariat', kind: 'confirm', expect: ['29 september'] }),
  Q('move', 'move the LG meeting on 14 October to 21 October', { as: 'secretariat', lang: 'en', kind: 'confirm', expect: ['21 October'] }),
  Q('move', 'lägg om nyckeltalsdagen från 6 okt till 13 okt', { as: 'secretariat', kind: 'confirm', expect: ['13 oktober'] }),
  Q('move', 'Södertörnskonferensen flyttas till 8/9', { as: 'secretariat', kind: 'confirm', expect: ['8 september'] }),
  Q('host', 'SK 3/11 ska vara i Haninge istället för Botkyrka', { as: 'secretariat', kind: 'confirm', expect: ['Haninge'] }),
  Q('host', 'byt värd för SK-mötet 8/12 till Södertälje', { as: 'secretariat', kind: 'confirm', expect: ['Södertälje'] }),
  Q('host', 'new host for the SK meeting on 9 June: Huddinge', { as: 'secretariat', lang: 'en', kind: 'confirm', expect: ['Huddinge'] }),
  Q('host', 'nyckeltalsdagen ska hållas i Salem i år, inte Botkyrka', { as: 'secretariat', kind: 'confirm', expect: ['Salem'] }),
  Q('cancel', 'ställ in LG-mötet 25/11', { as: 'secretariat', kind: 'confirm', expect: ['25 november'] }),
  Q('cancel', 'SK 8 december blir inte av, stryk det', { as: 'secretariat', kind: 'confirm', expect: ['8 december'] }),
  Q('cancel', 'cancel the LG meeting on 9 September please', { as: 'secretariat', lang: 'en', kind: 'confirm', expect: ['9 September'] }),
  Q('add', 'lägg in ett extra LG-möte fredag 17 juni', { as: 'secretariat', kind: 'confirm', expect: ['17 juni'] }),
  Q('add', 'vi behöver ett extra SK-möte torsdag 18 augusti kl 12-15', { as: 'secretariat', kind: 'confirm', expect: ['18 augusti'] }),
  Q('add', 'add an extra LG meeting on Friday 16 December', { as: 'secretariat', lang: 'en', kind: 'confirm', expect: ['16 December'] }),
  Q('budgetline', 'höj utredningar, konsultstöd till 260 000', { as: 'secretariat', kind: 'confirm', expect: ['260 000'] }),
  Q('budgetline', 'personalposten ska vara 600 000', { as: 'secretariat', kind: 'confirm', expect: ['600 000'] }),
  Q('budgetline', 'change the Huddinge office services line to 60 000', { as: 'secretariat', lang: 'en', kind: 'confirm', expect: ['60 000'] }),
  Q('rotationhost', 'rådslaget 2014 ska ligga i Huddinge istället för Tyresö', { as: 'secretariat', kind: 'confirm', expect: ['Huddinge'] }),
  Q('rotationhost', 'byt värd för rådslaget 2016 till Nykvarn', { as: 'secretariat', kind: 'confirm', expect: ['Nykvarn'] }),
  Q('rotationhost', 'make Södertälje the host of the 2013 rådslag', { as: 'secretariat', lang: 'en', kind: 'confirm', expect: ['Södertälje'] }),
  Q('history', 'visa ändringar', { as: 'secretariat', kind: 'history' }),
  Q('history', 'what has changed in the plan so far?', { as: 'secretariat', lang: 'en', kind: 'history' }),

  // ---------------- Secretariat: missing pieces ----------------
  Q('missing', 'flytta LG-mötet', { as: 'secretariat', kind: 'clarify' }),
  Q('missing', 'ändra budgeten för personal', { as: 'secretariat', kind: 'clarify' }),
  Q('missing', 'byt värd för SK', { as: 'secretariat', kind: 'clarify' }),
  Q('missing', 'move the SK meeting to 6 October', { as: 'secretariat', lang: 'en', kind: 'clarify' }),
  Q('missing', 'lägg till ett möte', { as: 'secretariat', kind: 'clarify' }),

  // ---------------- Secretariat: conversations ----------------
  C('confirm', [
    { q: 'flytta SK 14/4 till 28/4', kind: 'confirm', expect: ['28 april'] },
    { q: 'ja', kind: 'confirmed' },
    { q: 'ställ in LG 14/10 också', kind: 'confirm', expect: ['14 oktober'] },
    { q: 'nej avbryt, det blir av ändå', kind: 'cancelled' },
    { q: 'visa ändringar', kind: 'history', expect: ['28 april'] },
  ], { as: 'secretariat' }),
  C('confirm', [
    { q: 'change the rådslag host for 2012 to Haninge', kind: 'confirm', expect: ['Haninge'], lang: 'en' },
    { q: 'yes', kind: 'confirmed', lang: 'en' },
    { q: 'what has changed?', kind: 'history', expect: ['Haninge'], lang: 'en' },
  ], { as: 'secretariat' }),
  C('confirm', [
    { q: 'sätt personal till 610 000', kind: 'confirm', expect: ['610 000'] },
    { q: 'ok kör', kind: 'confirmed' },
  ], { as: 'secretariat' }),
  C('confirm', [
    { q: 'lägg till ett LG-möte 19 augusti', kind: 'confirm', expect: ['19 augusti'] },
    { q: 'bekräfta', kind: 'confirmed' },
    { q: 'och flytta SK 22/9 till 15/9', kind: 'confirm', expect: ['15 september'] },
    { q: 'ja', kind: 'confirmed' },
    { q: 'visa ändringar', kind: 'history', expect: ['19 augusti', '15 september'] },
  ], { as: 'secretariat' }),
  C('confirm', [
    { q: 'stryk nyckeltalsdagen 6/10', kind: 'confirm', expect: ['6 oktober'] },
    { q: 'nej vänta, avbryt', kind: 'cancelled' },
  ], { as: 'secretariat' }),

  // ---------------- Members: refused ----------------
  Q('refused', 'kan du flytta SK 22/9 till 29/9? vi kan inte det datumet', { as: 'member', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'please change the host of SK on 3 November to Tyresö', { as: 'member', lang: 'en', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'ställ in LG 20/5', { as: 'member', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'höj utredningsposten till 300 000', { as: 'member', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'Nynäshamn vill byta så att vi har rådslaget 2013 och Botkyrka 2012 – ändra det i planen', { as: 'member', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'lägg till ett extra SK-möte torsdag 25 augusti', { as: 'member', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),

  // ---------------- Secretariat: questions that look like commands ----------------
  Q('facts', 'när är LG i maj?', { as: 'secretariat', expect: ['20 maj'] }),
  Q('facts', 'vilken kommun står som värd för SK 3/11 just nu?', { as: 'secretariat', expect: ['Botkyrka'] }),
  Q('budget', 'hur mycket ligger personal på i budgeten?', { as: 'secretariat', expect: ['580 000'] }),
  Q('rotation', 'vem är värd för rådslaget 2014 enligt planen?', { as: 'secretariat', expect: ['Tyresö'] }),
  Q('facts', 'which date is the key figures day currently set for?', { as: 'secretariat', lang: 'en', expect: ['6 October'] }),
  Q('facts', 'SK 8/12 – vilken värd står det?', { as: 'secretariat', expect: ['Tyresö'] }),
];

function clean(it) {
  for (const k of Object.keys(it)) if (it[k] === undefined) delete it[k];
  if (it.conversation) it.conversation.forEach(clean);
  return it;
}
questions.forEach(clean); commands.forEach(clean);

const dir = __dirname;
fs.writeFileSync(path.join(dir, 'pool-questions.json'), JSON.stringify({
  description: 'Round 27 writer ah: questions (Södertälje KSO reflective, LG minute-taker calendar, secretariat head budget/questions)',
  defaultNow: NOW, items: questions }, null, 2));
fs.writeFileSync(path.join(dir, 'pool-commands.json'), JSON.stringify({
  description: 'Round 27 writer ah: change requests (secretariat head multi-step, members refused, secretariat questions)',
  defaultNow: NOW, items: commands }, null, 2));
console.log('questions', questions.length, 'commands', commands.length);

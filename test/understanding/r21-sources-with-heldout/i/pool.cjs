// Round 21, writer i — questions and change requests from verksamhetsplan-2011.txt only.
// Persona (questions): Salem's kommunstyrelseordförande, retired teacher, careful polite Swedish.
// Persona (commands): head of the secretariat at Huddinge, brisk Swedish/English, corrects herself.
const fs = require('fs');
const path = require('path');

const NOT = ['notInPlan', 'cannot'];
const SEC = 'secretariat';
const MEM = 'member';
const T12 = ['12.00', '12:00'];
const T15 = ['15.00', '15:00'];
const T0830 = ['08.30', '08:30', '8.30', '8:30'];
const T13 = ['13.00', '13:00'];

const questions = [
  // ---------------- rotation ----------------
  { category: 'rotation', lang: 'sv', q: 'Kan du vara vänlig och berätta vilken kommun som står värd för Södertörns rådslag år 2014?', expect: ['Tyresö'] },
  { category: 'rotation', lang: 'sv', q: 'rådslaget 2016 var?', expect: ['Haninge'] },
  { category: 'rotation', lang: 'en', q: 'Who hosts the rådslag in 2012?', expect: ['Nynäshamn'] },
  { category: 'rotation', lang: 'sv', q: 'Vilket år är det Salem som är värdkommun för rådslaget, enligt planen?', expect: ['2011'] },
  { category: 'rotation', lang: 'sv', q: 'vilket år har huddinge rådslaget', expect: ['2018'] },
  { category: 'rotation', lang: 'en', q: 'Which year is Södertälje hosting the rådslag?', expect: ['2015'] },
  { category: 'rotation', lang: 'sv', q: 'Var god och redogör för hela värdordningen för rådslaget 2011–2018.', expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] },
  { category: 'rotation', lang: 'sv', q: 'Vem står på tur efter Botkyrka att hålla i rådslaget?', expect: ['Tyresö'] },
  { category: 'rotation', lang: 'en', q: 'Which municipality hosts the rådslag the year before Nykvarn does?', expect: ['Haninge'] },
  { category: 'rotation', lang: 'sv', q: 'Jag minns inte riktigt – är det Nykvarn eller Nynäshamn som har rådslaget nästa år?', expect: ['Nynäshamn'] },
  { category: 'rotation', lang: 'sv', q: 'vem har rådslaget om tre år', expect: ['Tyresö'] },
  { category: 'rotation', lang: 'en', q: 'last one in the rådslag rotation?', expect: ['Huddinge'], expectAny: [['2018']] },
  { category: 'rotation', lang: 'sv', q: 'Vilket år blir det Botkyrkas tur att stå värd för rådslaget?', expect: ['2013'] },
  { category: 'rotation', lang: 'sv', q: 'Rådslaget i år – vem var värd och vilket datum hölls det?', expect: ['Salem', '24 mars'] },

  // ---------------- budget ----------------
  { category: 'budget', lang: 'sv', q: 'Kan du vara vänlig och redogöra för hur stora de totala intäkterna är i 2011 års budget?', expect: ['860 000'] },
  { category: 'budget', lang: 'sv', q: 'vad kostar personalen', expect: ['580 000'] },
  { category: 'budget', lang: 'en', q: 'How much is budgeted for studies and consultancy support?', expect: ['230 000'] },
  { category: 'budget', lang: 'sv', q: 'Om kommunernas avgifter fördelas lika mellan de åtta kommunerna, hur mycket blir det per kommun?', expect: ['107 500'] },
  { category: 'budget', lang: 'sv', q: 'total budget per månad?', expectAny: [['71 666', '71 667']] },
  { category: 'budget', lang: 'sv', q: 'Hur mycket går åt till personal per kvartal?', expect: ['145 000'] },
  { category: 'budget', lang: 'en', q: "What's the difference between the staff costs and the studies/consultancy line?", expect: ['350 000'] },
  { category: 'budget', lang: 'sv', q: 'Vilken är den största kostnadsposten i budgeten?', expectAny: [['personal']], expect: ['580 000'] },
  { category: 'budget', lang: 'en', q: 'smallest cost item in the budget?', expect: ['50 000'], expectAny: [['Huddinge', 'office']] },
  { category: 'budget', lang: 'sv', q: 'Hur stor andel av kostnaderna utgör personalen, i procent?', expectAny: [['67', '68']] },
  { category: 'budget', lang: 'en', q: 'What share of total costs is the compensation paid to Huddinge?', expectAny: [['5,8', '5.8', '6 %', '6%', '6 percent', 'six percent']] },
  { category: 'budget', lang: 'sv', q: 'Hur mycket återstår av intäkterna när personalkostnaden är betald?', expect: ['280 000'] },
  { category: 'budget', lang: 'sv', q: 'Om man bortser från ersättningen till Huddinge kommun, hur mycket är då kvar av budgeten?', expect: ['810 000'] },
  { category: 'budget', lang: 'en', q: 'How much is spent per month on utredningar and consultants?', expectAny: [['19 166', '19 167']] },
  { category: 'budget', lang: 'sv', q: 'ersättningen till huddinge per kvartal', expect: ['12 500'] },
  { category: 'budget', lang: 'sv', q: 'Går budgeten jämnt ut, eller blir det över- eller underskott?', expect: ['860 000'], expectAny: [['balans', 'noll', 'går ihop', 'jämnt', 'lika', 'samma', '0 kr']] },
  { category: 'budget', lang: 'sv', q: 'Personal och Huddingeersättningen tillsammans – hur mycket blir det?', expect: ['630 000'] },
  { category: 'budget', lang: 'en', q: 'What percentage of the costs goes to studies and consultancy?', expectAny: [['26', '27']] },
  { category: 'budget', lang: 'sv', q: 'hur mkt av personalposten bär varje kommun om vi delar lika', expect: ['72 500'] },
  { category: 'budget', lang: 'sv', q: 'Vad blir personalkostnaden per månad?', expectAny: [['48 333', '48 334']] },
  { category: 'budget', lang: 'en', q: 'If the consultancy budget were split evenly across the eight municipalities, what would each one carry?', expect: ['28 750'] },

  // ---------------- yesno ----------------
  { category: 'yesno', lang: 'sv', q: 'Ingår Salem i Södertörns överförmyndarnämnd?', startsWith: 'Nej' },
  { category: 'yesno', lang: 'sv', q: 'Är det Haninge som är värdkommun för överförmyndarnämnden?', startsWith: 'Ja' },
  { category: 'yesno', lang: 'en', q: 'Is Nykvarn a member of Södertörns miljö- och hälsoskyddsförbund?', startsWith: 'No' },
  { category: 'yesno', lang: 'sv', q: 'Hålls SK-mötet den 22/9 i Nynäshamn?', startsWith: 'Ja' },
  { category: 'yesno', lang: 'en', q: 'Does the LG meet on Fridays?', startsWith: 'Yes' },
  { category: 'yesno', lang: 'sv', q: 'Har rådslaget redan varit i år?', startsWith: 'Ja', expect: ['24 mars'] },
  { category: 'yesno', lang: 'sv', q: 'Stämmer det att kommitténs budget omsluter en miljon kronor?', startsWith: 'Nej', expect: ['860 000'] },
  { category: 'yesno', lang: 'en', q: 'Is it Huddinge that provides the secretariat?', startsWith: 'Yes' },
  { category: 'yesno', lang: 'sv', q: 'Är Karolinska institutet med i rådslaget?', startsWith: 'Ja' },
  { category: 'yesno', lang: 'sv', q: 'är nyckeltalsdagen i botkyrka', startsWith: 'Ja', expect: ['6 oktober'] },
  { category: 'yesno', lang: 'en', q: 'Is the Södertörn conference held in Salem this year?', startsWith: 'No', expect: ['Huddinge', 'Tyresö'] },
  { category: 'yesno', lang: 'sv', q: 'Har Södertörn redan i dag över en halv miljon invånare?', startsWith: 'Nej', expect: ['430 000'] },
  { category: 'yesno', lang: 'en', q: 'Does the committee meet at least six times a year?', startsWith: 'Yes' },
  { category: 'yesno', lang: 'sv', q: 'Deltar kommundirektörerna vid samarbetskommitténs möten?', startsWith: 'Ja' },
  { category: 'yesno', lang: 'sv', q: 'På partimötet sades det att Salem står värd både för rådslaget och för ett SK-möte i år. Stämmer det?', startsWith: 'Ja', expect: ['24 mars', '9 juni'] },
  { category: 'yesno', lang: 'sv', q: 'Kan fler kommuner ansluta sig till överförmyndarnämnden?', startsWith: 'Ja' },

  // ---------------- premise ----------------
  { category: 'premise', lang: 'sv', q: 'På partimötet sades det att Botkyrka står värd för SK den 9 juni. Hur kommer det sig?', expect: ['Salem'] },
  { category: 'premise', lang: 'sv', q: 'I partigruppen påstod någon att rådslaget 2012 ska hållas i Nykvarn – varför just där?', expect: ['Nynäshamn'] },
  { category: 'premise', lang: 'en', q: 'Why is the LG meeting on 20 May on a Thursday?', expect: ['Friday'] },
  { category: 'premise', lang: 'sv', q: 'Varför kostar personalen 680 000 kronor i år?', expect: ['580 000'] },
  { category: 'premise', lang: 'sv', q: 'Eftersom Salem ingår i överförmyndarnämnden – vilken kommun är värd för den?', expect: ['Haninge'], expectAny: [['inte', 'ej']] },
  { category: 'premise', lang: 'en', q: 'Since the Södertörn conference is in October, which day exactly?', expect: ['1 September'] },
  { category: 'premise', lang: 'sv', q: 'Hur kommer det sig att miljö- och hälsoskyddsförbundet bildades av fem kommuner?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], expectAny: [['tre', '3']] },
  { category: 'premise', lang: 'sv', q: 'Varför ska vi lägga mer tid på verksamhetsfrågorna än på de regionala utvecklingsfrågorna under 2011?', expect: ['regionala utvecklingsfrågor'] },
  { category: 'premise', lang: 'en', q: 'Why does our vision aim at the year 2030?', expect: ['2025'] },
  { category: 'premise', lang: 'sv', q: 'Varför är Haninge värd för Södertörnskonferensen?', expect: ['Huddinge', 'Tyresö'] },
  { category: 'premise', lang: 'sv', q: 'Jag hörde att samarbetskommitténs möten börjar klockan nio på tisdagar – stämmer verkligen det?', expect: ['torsdag'], expectAny: [T12] },
  { category: 'premise', lang: 'en', q: 'Why is the nyckeltal day in Haninge this year?', expect: ['Botkyrka'] },

  // ---------------- offplan ----------------
  { category: 'offplan', lang: 'sv', kind: NOT, q: 'Kan du vara vänlig och boka en lokal i Salem till SK-mötet den 9 juni?' },
  { category: 'offplan', lang: 'sv', kind: NOT, q: 'vem är kommundirektör i nykvarn?' },
  { category: 'offplan', lang: 'en', kind: NOT, q: 'Please send the agenda for the 14 April meeting to all members.' },
  { category: 'offplan', lang: 'sv', kind: NOT, q: 'Vad kostar lunchen på rådslaget?' },
  { category: 'offplan', lang: 'sv', kind: NOT, q: 'Vilken adress har mötet i Nynäshamn den 22 september?' },
  { category: 'offplan', lang: 'en', kind: NOT, q: 'What will the committee budget be for 2012?' },
  { category: 'offplan', lang: 'sv', kind: NOT, q: 'ring tyresö och säg att jag blir sen' },
  { category: 'offplan', lang: 'sv', kind: NOT, q: 'Vad står på dagordningen för LG den 20 maj?' },
  { category: 'offplan', lang: 'en', kind: NOT, q: 'Who is the chair of the samarbetskommitté?' },
  { category: 'offplan', lang: 'sv', kind: NOT, q: 'Hur många deltog egentligen på rådslaget i mars?' },
  { category: 'offplan', lang: 'sv', kind: NOT, q: 'Skulle du kunna skicka en kallelse till Nyckeltalsdagen till våra nämndordförande?' },

  // ---------------- topic ----------------
  { category: 'topic', lang: 'sv', q: 'När äger samarbetskommitténs planeringskonferens rum?', expect: ['januari'], expectAny: [['27']], expectNot: ['1 april'] },
  { category: 'topic', lang: 'en', q: "When is the management group's planning conference?", expectAny: [['31 March', 'March 31'], ['1 April', 'April 1']], expectNot: ['January'] },
  { category: 'topic', lang: 'sv', q: 'Vad ingår i budgetposten Ersättning till Huddinge kommun?', expect: ['kontorsservice'], expectAny: [['arbetsrum']] },
  { category: 'topic', lang: 'sv', q: 'vad täcker raden utredningar?', expect: ['konsultstöd', '230 000'] },
  { category: 'topic', lang: 'sv', q: 'Vad är ledningsgruppens syfte?', expect: ['förbereda', 'samordna'] },
  { category: 'topic', lang: 'en', q: 'Who takes part in the Södertörn conference – not the rådslag, the conference?', expectAny: [['political parties', 'parties', 'politic'], ['officials', 'civil servants', 'officers', 'senior staff']], expectNot: ['Företagarna'] },
  { category: 'topic', lang: 'sv', q: 'Vilka deltar i Södertörns rådslag förutom kommunerna?', expect: ['Södertörns högskola', 'KTH', 'Handelskammaren', 'Företagarna'], expectAny: [['Karolinska']] },
  { category: 'topic', lang: 'sv', q: 'Vilket styrdokument gäller för verksamhetsfrågorna?', expect: ['verksamhetsplan'], expectNot: ['UtvecklingsProgram 2010'] },
  { category: 'topic', lang: 'en', q: 'What is the regional development area supposed to achieve, and what document steers it?', expectAny: [['region']], expect: ['UtvecklingsProgram'] },
  { category: 'topic', lang: 'sv', q: 'explosiva varor – vilket förbund tar hand om det?', expect: ['brandförsvar'], expectNot: ['miljö- och hälsoskyddsförbund'] },
  { category: 'topic', lang: 'sv', q: 'Vem sköter kontrollen av handeln med receptfria läkemedel?', expect: ['miljö- och hälsoskydd'], expectNot: ['brandförsvar'] },
  { category: 'topic', lang: 'sv', q: 'Vad syftar samverkan i verksamhetsfrågorna till?', expectAny: [['effektivisera', 'effektivisering']] },
  { category: 'topic', lang: 'sv', q: 'Hur länge håller ledningsgruppens planeringskonferens på?', expectAny: [['lunch']], expectNot: ['heldagar'] },

  // ---------------- period ----------------
  { category: 'period', lang: 'sv', q: 'Vilka SK-möten har vi i höst?', expect: ['22 september', '3 november', '8 december'], expectNot: ['9 juni'] },
  { category: 'period', lang: 'sv', q: 'LG-möten efter sommaren?', expect: ['9 september', '14 oktober', '25 november'] },
  { category: 'period', lang: 'en', q: "What's the first committee meeting after the summer?", expect: ['22 September', 'Nynäshamn'] },
  { category: 'period', lang: 'sv', q: 'Vilket är årets sista möte i ledningsgruppen?', expect: ['25 november'] },
  { category: 'period', lang: 'sv', q: 'vilka SK-möten återstår under första halvåret', expect: ['14 april', '9 juni'], expectNot: ['22 september'] },
  { category: 'period', lang: 'en', q: 'Apart from the SK and LG meetings, what events are there in the autumn?', expect: ['1 September', '6 October'] },
  { category: 'period', lang: 'sv', q: 'Kan du vara vänlig och tala om när samarbetskommittén sammanträder härnäst?', expect: ['14 april', 'Nykvarn'] },
  { category: 'period', lang: 'sv', now: '2011-06-01T09:00:00+02:00', q: 'nästa LG?', expect: ['9 september'] },
  { category: 'period', lang: 'en', q: 'When is the last committee meeting this year?', expect: ['8 December', 'Tyresö'] },
  { category: 'period', lang: 'sv', q: 'Vad har vi för möten i maj och juni?', expect: ['20 maj', '9 juni'] },
  { category: 'period', lang: 'sv', q: 'Vilka SK-möten är inplanerade för 2012?', expect: ['Södertälje', 'Huddinge'], expectAny: [['januari', 'jan']], expectNot: ['Nykvarn'] },
  { category: 'period', lang: 'sv', q: 'vad händer i oktober', expect: ['6 oktober', '14 oktober'] },
  { category: 'period', lang: 'en', now: '2011-10-01T09:00:00+02:00', q: "what's left for the committee this year?", expect: ['3 November', '8 December'], expectNot: ['22 September'] },

  // ---------------- followup ----------------
  { category: 'followup', conversation: [
    { q: 'När är SK-mötet i Salem?', expect: ['9 juni'], lang: 'sv' },
    { q: 'och vilken tid börjar det?', expectAny: [T12], lang: 'sv' },
  ] },
  { category: 'followup', conversation: [
    { q: 'Vem har rådslaget 2013?', expect: ['Botkyrka'], lang: 'sv' },
    { q: 'och året efter?', expect: ['Tyresö'], lang: 'sv' },
  ] },
  { category: 'followup', conversation: [
    { q: 'When is the next LG meeting?', expect: ['20 May'], lang: 'en' },
    { q: 'and the one after that?', expect: ['9 September'], lang: 'en' },
  ] },
  { category: 'followup', conversation: [
    { q: 'Vilka kommuner ingår i miljö- och hälsoskyddsförbundet?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
    { q: 'När startade det?', expect: ['2008'], lang: 'sv' },
  ] },
  { category: 'followup', conversation: [
    { q: 'Hur stor är personalposten?', expect: ['580 000'], lang: 'sv' },
    { q: 'och per månad?', expectAny: [['48 333', '48 334']], lang: 'sv' },
  ] },
  { category: 'followup', conversation: [
    { q: 'Var hålls SK den 3 november?', expect: ['Botkyrka'], lang: 'sv' },
    { q: 'Är Botkyrka värd för något mer i år?', expect: ['6 oktober'], lang: 'sv' },
  ] },
  { category: 'followup', conversation: [
    { q: 'Which municipalities are in the joint guardianship board (ÖFN)?', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], lang: 'en' },
    { q: 'and which one hosts it?', expect: ['Haninge'], lang: 'en' },
  ] },
  { category: 'followup', conversation: [
    { q: 'När är Södertörnskonferensen?', expect: ['1 september'], lang: 'sv' },
    { q: 'vem är värd då?', expect: ['Huddinge', 'Tyresö'], lang: 'sv' },
  ] },
  { category: 'followup', conversation: [
    { q: 'Kan du vara vänlig och återge vad Vision 2025 säger om befolkningen?', expectAny: [['halv miljon', '500 000']], lang: 'sv' },
    { q: 'Och hur många invånare har vi i dag?', expect: ['430 000'], lang: 'sv' },
  ] },
  { category: 'followup', conversation: [
    { q: 'vem är värd för SK 22/9', expect: ['Nynäshamn'], lang: 'sv' },
    { q: 'och mötet före det?', expect: ['Salem'], expectAny: [['9 juni']], lang: 'sv' },
  ] },
  { category: 'followup', conversation: [
    { q: 'What are the fees from the municipalities in total?', expect: ['860 000'], lang: 'en' },
    { q: 'per municipality, if split equally?', expect: ['107 500'], lang: 'en' },
  ] },
  { category: 'followup', conversation: [
    { q: 'Vem står värd för rådslaget 2015?', expect: ['Södertälje'], lang: 'sv' },
    { q: 'Har Södertälje även något SK-möte?', expectAny: [['januari', 'jan']], expect: ['2012'], lang: 'sv' },
  ] },

  // ---------------- typo ----------------
  { category: 'typo', lang: 'sv', q: 'när träffas ledingsgruppen i novmber', expect: ['25 november'] },
  { category: 'typo', lang: 'sv', q: 'SK-mötets värdkomun i sept?', expect: ['Nynäshamn'] },
  { category: 'typo', lang: 'sv', q: 'rådslagets värdkomun 2015', expect: ['Södertälje'] },
  { category: 'typo', lang: 'sv', q: 'nyckeltalsdagn vart?', expect: ['Botkyrka'] },
  { category: 'typo', lang: 'sv', q: 'LG-datum i höstas... nej i höst menar jag', expect: ['9 september', '14 oktober', '25 november'] },
  { category: 'typo', lang: 'sv', q: 'överförmyndarnämdens värdkommun', expect: ['Haninge'] },
  { category: 'typo', lang: 'sv', q: 'personalkostnaderan i budgeten?', expect: ['580 000'] },
  { category: 'typo', lang: 'sv', q: 'södertörnskonferansen datum', expect: ['1 september'] },
  { category: 'typo', lang: 'en', q: 'wen is the next comittee meeting', expect: ['14 April'] },
  { category: 'typo', lang: 'sv', q: 'samarbetskomittens mötestider', expect: ['torsdag'], expectAny: [T12, T15] },

  // ---------------- language ----------------
  { category: 'language', lang: 'en', locale: 'en-GB', q: 'SK 3/11 värd?', expect: ['Botkyrka'] },
  { category: 'language', lang: 'sv', locale: 'sv-SE', q: 'ÖFN?', expectAny: [['överförmyndar']] },
  { category: 'language', lang: 'en', locale: 'en-US', q: 'kostnader?', expect: ['580 000', '50 000', '230 000'] },
  { category: 'language', lang: 'en', locale: 'en-GB', q: 'LG 20/5', expect: ['20 May'] },
  { category: 'language', lang: 'sv', q: 'Rådslag 2017?', expect: ['Nykvarn'] },
  { category: 'language', lang: 'en', locale: 'en-GB', q: 'nyckeltal 6/10?', expect: ['Botkyrka'] },
  { category: 'language', lang: 'en', q: "What is the 'rådslag' exactly?", expectAny: [['annual', 'yearly', 'every year', 'each year']] },
  { category: 'language', lang: 'sv', locale: 'sv-SE', q: 'Salem 9/6', expect: ['9 juni'] },
  { category: 'language', lang: 'en', locale: 'en-GB', q: 'budget total?', expect: ['860 000'] },
  { category: 'language', lang: 'sv', locale: 'en-GB', q: 'Vem är värd för SK-mötet den 8 december?', expect: ['Tyresö'] },

  // ---------------- facts ----------------
  // history / introduction
  { category: 'facts', lang: 'sv', q: 'Kan du vara vänlig och berätta inom vilka områden kommunerna på Södertörn av tradition har samarbetat?', expectAny: [['gymnasie'], ['räddningstjänst'], ['energi', 'återvinning']] },
  { category: 'facts', lang: 'en', q: 'Which infrastructure projects have the municipalities pushed together?', expectAny: [['73']], expect: ['Nynäsbanan', 'Södertörnsleden', 'E4'] },
  { category: 'facts', lang: 'sv', q: 'Vilka företag framhålls som exempel i inledningen?', expect: ['Scania'], expectAny: [['Astra Zeneca', 'AstraZeneca'], ['Karolinska']] },
  { category: 'facts', lang: 'en', q: 'Which universities and colleges does the plan mention?', expectAny: [['Södertörn']], expect: ['KTH', 'Karolinska'] },
  { category: 'facts', lang: 'sv', q: 'Vilka är de viktigaste regionala utvecklingsfrågorna enligt Södertörns UtvecklingsProgram 2010?', expect: ['utbildningsnivå', 'kunskapsintensivt'], expectAny: [['klimateffektiv'], ['infrastruktur']] },
  { category: 'facts', lang: 'sv', q: 'Hur beskrivs Stockholm i planens inledning?', expect: ['Capital of Scandinavia'] },
  { category: 'facts', lang: 'sv', q: 'Vilka kommuner ingår i Södertörnssamarbetet?', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö'] },
  { category: 'facts', lang: 'en', q: 'how many municipalities in södertörn?', expectAny: [['eight', '8']] },
  // vision / goals / purpose
  { category: 'facts', lang: 'sv', q: 'Kan du vara vänlig och återge visionen för 2025 i sin helhet?', expectAny: [['halv miljon', '500 000']], expect: ['livskvalitet'] },
  { category: 'facts', lang: 'sv', q: 'Vilka målområden finns i utvecklingsprogrammet?', expect: ['Näringsliv', 'Mångfald', 'Klimat', 'Infrastruktur'] },
  { category: 'facts', lang: 'sv', q: 'Hur många konkreta utvecklingsfrågor hör till målområdena?', expectAny: [['fem', '5']] },
  { category: 'facts', lang: 'en', q: 'What four target areas does the development programme have?', expectAny: [['Näringsliv', 'business', 'industry'], ['Mångfald', 'diversity'], ['Klimat', 'climate'], ['Infrastruktur', 'infrastructure']] },
  { category: 'facts', lang: 'en', q: 'What principles should characterise our cooperation?', expectAny: [['benefit'], ['democratic'], ['leadership'], ['give']] },
  { category: 'facts', lang: 'sv', q: 'Vad är syftet med vår samverkan?', expect: ['hemkommun'] },
  { category: 'facts', lang: 'sv', q: 'När fastställdes Södertörns UtvecklingsProgram?', expect: ['2010'], expectAny: [['hösten']] },
  { category: 'facts', lang: 'sv', q: 'Inom vilka två huvudområden bedrivs samverkan?', expect: ['regionala utvecklingsfrågor', 'verksamhetsfrågor'] },
  { category: 'facts', lang: 'sv', q: 'Vad innebär ”Gå före” bland förhållningssätten?', expect: ['ledarskap'] },
  { category: 'facts', lang: 'en', q: 'How many inhabitants does the vision aim for, and by when?', expectAny: [['half a million', '500 000', '500,000']], expect: ['2025'] },
  // tasks
  { category: 'facts', lang: 'sv', q: 'Vilka regionala organ samordnar vi våra insatser i?', expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] },
  { category: 'facts', lang: 'en', q: 'What does the plan say about joint ownership steering?', expectAny: [['own'], ['directive', 'dialogue', 'articles']] },
  { category: 'facts', lang: 'sv', q: 'Vad säger planen om omvärldsbevakning?', expect: ['kontaktnät'] },
  { category: 'facts', lang: 'sv', q: 'Vad står det om gemensam upphandling?', expectAny: [['offentlig upphandling', 'LOU'], ['fler varor']] },
  { category: 'facts', lang: 'en', q: 'When did the joint guardianship board start?', expect: ['1 January', '2011'] },
  { category: 'facts', lang: 'sv', q: 'Vilka kommuner ingår i Södertörns överförmyndarnämnd?', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
  { category: 'facts', lang: 'sv', q: 'Hur ska kommunerna göra när riksdagen ger oss nya uppgifter?', expect: ['enskilt'], expectAny: [['samverkansorgan']] },
  { category: 'facts', lang: 'sv', q: 'Hur ska tid och resurser fördelas mellan samverkansområdena under 2011?', expect: ['regionala utvecklingsfrågor'], expectAny: [['mer']] },
  { category: 'facts', lang: 'sv', q: 'Vad bygger samverkan på Södertörn på, enligt avsnittet om arbetsformer?', expectAny: [['eget intresse', 'egna intresse'], ['ansvarsfördelning']] },
  // bodies
  { category: 'facts', lang: 'sv', q: 'Vilka sitter i samarbetskommittén?', expect: ['kommunstyrelseordf'] },
  { category: 'facts', lang: 'en', q: 'How often does the committee meet?', expectAny: [['six', '6']] },
  { category: 'facts', lang: 'sv', q: 'Vem tillhandahåller sekretariatet?', expect: ['Huddinge'] },
  { category: 'facts', lang: 'sv', q: 'Vilka ingår i ledningsgruppen?', expect: ['kommundirektör'] },
  { category: 'facts', lang: 'sv', q: 'Vad är Södertörnskonferensen för något?', expectAny: [['årlig', 'varje år', 'årligen'], ['politiska partier', 'partierna'], ['tjänstemän']] },
  { category: 'facts', lang: 'sv', q: 'Berätta om Södertörns rådslag', expectAny: [['årlig', 'varje år', 'årligen']], expect: ['Södertörns högskola', 'Handelskammaren'] },
  { category: 'facts', lang: 'en', q: 'What is the nyckeltal day about and when is it?', expectAny: [['key figure', 'key indicator', 'key performance', 'key ratio', 'nyckeltal', 'benchmark']], expect: ['6 October', 'Botkyrka'] },
  { category: 'facts', lang: 'sv', q: 'Vad är samarbetskommitténs syfte?', expect: ['regionala utveckling'] },
  // meeting times & calendar
  { category: 'facts', lang: 'en', q: 'LG meeting times?', expect: ['Friday'], expectAny: [T0830, T13] },
  { category: 'facts', lang: 'sv', q: 'Hur många gånger träffas ledningsgruppen under 2011 enligt kalendariet?', expectAny: [['sex', '6']] },
  { category: 'facts', lang: 'sv', q: 'Vilket datum har SK-mötet i Tyresö?', expect: ['8 december'] },
  { category: 'facts', lang: 'en', q: 'When does Huddinge host the committee?', expectAny: [['April']], expect: ['2012'] },
  { category: 'facts', lang: 'sv', q: 'Hur många SK-möten återstår i år?', expectAny: [['fem', '5']] },
  { category: 'facts', lang: 'sv', q: 'Kan du vara vänlig och tala om hur länge Södertörnskonferensen pågår?', expect: ['heldag'] },
  { category: 'facts', lang: 'en', q: 'Which municipalities host the Södertörn conference?', expect: ['Huddinge', 'Tyresö'] },
  { category: 'facts', lang: 'sv', q: 'Hur många år återstår till visionsåret, räknat från i år?', expect: ['2025'], expectAny: [['14', 'fjorton']] },
  { category: 'facts', lang: 'en', q: 'Who takes part in the rådslag besides the eight municipalities?', expect: ['KTH'], expectAny: [['Karolinska'], ['Handelskammaren', 'Chamber of Commerce']] },
  { category: 'facts', lang: 'sv', q: 'Vilka kommuner lägger kontrollen av receptfria läkemedel på miljöförbundet?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
];

const commands = [
  // ---------------- secretariat: complete requests -> confirm ----------------
  { category: 'move', as: SEC, lang: 'sv', kind: 'confirm', q: 'flytta LG 20/5 till 27/5', expect: ['27 maj'] },
  { category: 'move', as: SEC, lang: 'en', kind: 'confirm', q: 'move the SK meeting on 22 Sept to 29 Sept', expect: ['29 September'] },
  { category: 'move', as: SEC, lang: 'sv', kind: 'confirm', q: 'SK 9/6 flyttas till torsdag 16/6, samma värd', expect: ['16 juni'] },
  { category: 'move', as: SEC, lang: 'sv', kind: 'confirm', q: 'nyckeltalsdagen 6 okt ska flyttas en vecka, till 13 okt', expect: ['13 oktober'] },
  { category: 'move', as: SEC, lang: 'sv', kind: 'confirm', q: 'Södertörnskonferensen 1/9 → 8/9 tack', expect: ['8 september'] },
  { category: 'host', as: SEC, lang: 'sv', kind: 'confirm', q: 'ny värd för SK 3/11: Huddinge i stället för Botkyrka', expect: ['Huddinge'] },
  { category: 'host', as: SEC, lang: 'en', kind: 'confirm', q: 'Södertörn conference 1 Sept - new host Södertälje', expect: ['Södertälje'] },
  { category: 'host', as: SEC, lang: 'sv', kind: 'confirm', q: 'Nykvarn kan inte ta SK 14/4, Haninge tar det', expect: ['Haninge'] },
  { category: 'cancel', as: SEC, lang: 'sv', kind: 'confirm', q: 'ställ in LG-mötet 14/10', expect: ['14 oktober'] },
  { category: 'cancel', as: SEC, lang: 'en', kind: 'confirm', q: 'cancel the committee meeting on 8 Dec', expect: ['8 December'] },
  { category: 'add', as: SEC, lang: 'sv', kind: 'confirm', q: 'lägg till ett extra LG-möte fredag 17 juni', expect: ['17 juni'] },
  { category: 'add', as: SEC, lang: 'en', kind: 'confirm', q: 'add an extra SK meeting Thursday 1 December, host Salem', expect: ['1 December', 'Salem'] },
  { category: 'budgetline', as: SEC, lang: 'sv', kind: 'confirm', q: 'ändra raden Utredningar, konsultstöd till 250 000', expect: ['250 000'] },
  { category: 'budgetline', as: SEC, lang: 'en', kind: 'confirm', q: 'personnel line → 600 000 pls', expect: ['600 000'] },
  { category: 'rotationhost', as: SEC, lang: 'sv', kind: 'confirm', q: 'rådslaget 2014 ska hållas i Haninge istället', expect: ['Haninge', '2014'] },
  { category: 'rotationhost', as: SEC, lang: 'sv', kind: 'confirm', q: 'byt värd för rådslaget 2016 till Tyresö', expect: ['Tyresö', '2016'] },
  // history
  { category: 'history', as: SEC, lang: 'sv', kind: 'history', q: 'visa ändringar' },
  { category: 'history', as: SEC, lang: 'en', kind: 'history', q: 'what has changed in the plan so far?' },
  // ---------------- secretariat: conversations ----------------
  { category: 'confirm', as: SEC, conversation: [
    { q: 'flytta SK 14/4 till 28/4', kind: 'confirm', expect: ['28 april'], lang: 'sv', as: SEC },
    { q: 'ja', kind: 'confirmed', lang: 'sv', as: SEC },
  ] },
  { category: 'confirm', as: SEC, conversation: [
    { q: 'flytta LG 9/9 till 16/9', kind: 'confirm', expect: ['16 september'], lang: 'sv', as: SEC },
    { q: 'nej vänta, avbryt', kind: 'cancelled', lang: 'sv', as: SEC },
    { q: 'flytta LG 9/9 till 23/9 menade jag', kind: 'confirm', expect: ['23 september'], lang: 'sv', as: SEC },
    { q: 'ok kör', kind: 'confirmed', lang: 'sv', as: SEC },
  ] },
  { category: 'confirm', as: SEC, conversation: [
    { q: 'change host of SK 22/9 to Salem', kind: 'confirm', expect: ['Salem'], lang: 'en', as: SEC },
    { q: 'confirm', kind: 'confirmed', lang: 'en', as: SEC },
  ] },
  { category: 'confirm', as: SEC, conversation: [
    { q: 'ersättningen till Huddinge ska vara 60 000', kind: 'confirm', expect: ['60 000'], lang: 'sv', as: SEC },
    { q: 'avbryt, fel siffra', kind: 'cancelled', lang: 'sv', as: SEC },
  ] },
  { category: 'confirm', as: SEC, conversation: [
    { q: 'lägg till SK-möte torsdag 10 nov i Haninge', kind: 'confirm', expect: ['10 november'], lang: 'sv', as: SEC },
    { q: 'bekräfta', kind: 'confirmed', lang: 'sv', as: SEC },
    { q: 'visa ändringar', kind: 'history', expect: ['10 november'], lang: 'sv', as: SEC },
  ] },
  { category: 'confirm', as: SEC, conversation: [
    { q: 'move LG 25/11 to 2/12', kind: 'confirm', expect: ['2 December'], lang: 'en', as: SEC },
    { q: 'yes', kind: 'confirmed', lang: 'en', as: SEC },
  ] },
  { category: 'confirm', as: SEC, conversation: [
    { q: 'rådslaget 2013 – Salem tar det istället för Botkyrka', kind: 'confirm', expect: ['Salem', '2013'], lang: 'sv', as: SEC },
    { q: 'nej', kind: 'cancelled', lang: 'sv', as: SEC },
  ] },
  // ---------------- secretariat: incomplete -> clarify ----------------
  { category: 'move', as: SEC, lang: 'sv', kind: 'clarify', q: 'flytta LG-mötet' },
  { category: 'budgetline', as: SEC, lang: 'sv', kind: 'clarify', q: 'ändra budgeten' },
  { category: 'move', as: SEC, lang: 'sv', kind: 'clarify', q: 'SK 22/9 måste flyttas' },
  { category: 'rotationhost', as: SEC, lang: 'en', kind: 'clarify', q: 'new host for the rådslag' },
  { category: 'budgetline', as: SEC, lang: 'sv', kind: 'clarify', q: 'höj personalraden' },
  { category: 'cancel', as: SEC, lang: 'sv', kind: 'clarify', q: 'ställ in mötet i november' },
  { category: 'add', as: SEC, lang: 'en', kind: 'clarify', q: 'add a meeting' },
  // ---------------- secretariat: things not in the plan ----------------
  { category: 'missing', as: SEC, lang: 'sv', kind: 'clarify', q: 'flytta LG 13/5 till 27/5' },
  { category: 'missing', as: SEC, lang: 'en', kind: 'clarify', q: 'change the travel budget line to 40 000' },
  // ---------------- members -> refused ----------------
  { category: 'refused', as: MEM, lang: 'sv', kind: 'refused', q: 'Kan du vara vänlig och flytta SK-mötet i Salem den 9 juni till den 16 juni?', expectAny: [['sekretariat', 'secretariat']] },
  { category: 'refused', as: MEM, lang: 'en', kind: 'refused', q: 'cancel the LG meeting on 20 May', expectAny: [['sekretariat', 'secretariat']] },
  { category: 'refused', as: MEM, lang: 'sv', kind: 'refused', q: 'Jag önskar att Salem blir värd för rådslaget 2017 i stället för Nykvarn. Var god och ändra det.', expectAny: [['sekretariat', 'secretariat']] },
  { category: 'refused', as: MEM, lang: 'sv', kind: 'refused', q: 'sätt utredningsposten till 300 000', expectAny: [['sekretariat', 'secretariat']] },
  { category: 'refused', as: MEM, lang: 'en', kind: 'refused', q: 'change the host of the SK meeting on 8 Dec to Nykvarn', expectAny: [['sekretariat', 'secretariat']] },
  { category: 'refused', as: MEM, lang: 'sv', kind: 'refused', q: 'lägg till ett SK-möte den 1 december', expectAny: [['sekretariat', 'secretariat']] },
  // ---------------- questions that look like commands ----------------
  { category: 'period', as: SEC, lang: 'sv', q: 'när är LG i maj?', expect: ['20 maj'] },
  { category: 'facts', as: SEC, lang: 'sv', q: 'vem är värd för SK 3/11 just nu?', expect: ['Botkyrka'] },
  { category: 'budget', as: SEC, lang: 'en', q: "what's the current amount for utredningar?", expect: ['230 000'] },
  { category: 'rotation', as: SEC, lang: 'sv', q: 'rådslaget 2015, vem har det?', expect: ['Södertälje'] },
  { category: 'period', as: SEC, lang: 'sv', q: 'vilka möten har vi i september?', expect: ['1 september', '9 september', '22 september'] },
  { category: 'budget', as: MEM, lang: 'sv', q: 'Hur stor är ersättningen till Huddinge för kontorsservice?', expect: ['50 000'] },
];

const out = (name, description, items) => {
  const doc = { description, defaultNow: '2011-04-07T10:00:00+02:00', items };
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify(doc, null, 2) + '\n');
};
out('pool-questions.json', 'Round 21 writer i: questions (Salem KSO persona) from verksamhetsplan 2011', questions);
out('pool-commands.json', 'Round 21 writer i: change requests (Huddinge secretariat persona) and members', commands);

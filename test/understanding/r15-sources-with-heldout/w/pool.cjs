// Round 15, writer "w" — persona: Tyresö kommundirektör (LG), English keyboard layout half of the time.
// Source: /work/shared/plan/verksamhetsplan-2011.txt only. Default now: Thu 7 April 2011 10:00.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const NI = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'];
const T15 = ['15.00', '15:00'];
const T0830 = ['08.30', '8.30', '08:30', '8:30'];
const T13 = ['13.00', '13:00'];

const questions = [
  // ───────────── ROTATION (rådslag hosts) ─────────────
  { category: 'rotation', q: 'vem ar vard for radslaget 2013?', expect: ['Botkyrka'], lang: 'sv' },
  { category: 'rotation', q: 'När är det Tyresös tur att stå värd för rådslaget?', expect: ['2014'], lang: 'sv' },
  { category: 'rotation', q: 'Which municipality hosts the Södertörn rådslag in 2016?', expect: ['Haninge'], lang: 'en' },
  { category: 'rotation', q: 'radslaget efter tyreso, vem tar det?', expect: ['Södertälje', '2015'], lang: 'sv' },
  { category: 'rotation', q: 'vem har rådslaget året före Huddinge?', expect: ['Nykvarn', '2017'], lang: 'sv' },
  { category: 'rotation', q: 'Hur många år är det mellan Salems och Huddinges värdskap för rådslaget?', expect: ['2011', '2018'], expectAny: [['7', 'sju']], lang: 'sv' },
  { category: 'rotation', q: "who hosted this year's rådslag?", expect: ['Salem'], lang: 'en' },
  { category: 'rotation', q: 'vilken kommun ar vard 2012 for radslaget', expect: ['Nynäshamn'], lang: 'sv' },
  { category: 'rotation', q: 'Södertälje – vilket år har de rådslaget?', expect: ['2015'], lang: 'sv' },
  { category: 'rotation', q: 'vem ligger mellan botkyrka och södertälje i rotationen för rådslaget?', expect: ['Tyresö', '2014'], lang: 'sv' },
  { category: 'rotation', q: 'Forwarding a question from a partner in Gdansk: in which year will Huddinge host the rådslag?', expect: ['2018'], lang: 'en' },
  { category: 'rotation', q: 'vem ar sist i rotationen for radslaget', expect: ['Huddinge', '2018'], lang: 'sv' },
  { category: 'rotation', q: 'Is there a municipality that hosts both an SK meeting and the rådslag in 2011?', expect: ['Salem'], lang: 'en' },
  { category: 'rotation', q: 'which municipality hosts the rådslag two years after Salem?', expect: ['Botkyrka', '2013'], lang: 'en' },
  { category: 'rotation', q: 'list the rådslag hosts 2011–2018 please, need it for an email', expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'], lang: 'en' },

  // ───────────── BUDGET ─────────────
  { category: 'budget', q: 'hur stor ar totala budgeten 2011', expect: ['860 000'], lang: 'sv' },
  { category: 'budget', q: 'Vad är budgeterat för personal?', expect: ['580 000'], lang: 'sv' },
  { category: 'budget', q: 'om avgifterna delas lika mellan kommunerna, vad betalar var och en?', expect: ['107 500'], lang: 'sv' },
  { category: 'budget', q: 'How much would each of the eight municipalities pay if the fees were split equally?', expect: ['107 500'], lang: 'en' },
  { category: 'budget', q: 'hur stor andel av kostnaderna ar personal', expectAny: [['67', '68']], lang: 'sv' },
  { category: 'budget', q: 'Hur mycket blir utredningar och konsultstöd per månad?', expectAny: [['19 166', '19 167']], lang: 'sv' },
  { category: 'budget', q: 'budget per manad totalt?', expectAny: [['71 666', '71 667']], lang: 'sv' },
  { category: 'budget', q: 'Vad blir personalkostnaden per kvartal?', expect: ['145 000'], lang: 'sv' },
  { category: 'budget', q: "What's the difference between the staff budget and the budget for studies and consultants?", expect: ['350 000'], lang: 'en' },
  { category: 'budget', q: 'vilken ar minsta kostnadsposten', expect: ['50 000', 'Huddinge'], lang: 'sv' },
  { category: 'budget', q: 'ovriga kostnader utover personal, hur mycket sammanlagt', expect: ['280 000'], lang: 'sv' },
  { category: 'budget', q: 'Går budgeten ihop, intäkter mot kostnader?', expect: ['860 000'], expectAny: [['balans', 'noll', 'jämnt', 'ihop', 'samma', 'lika']], lang: 'sv' },
  { category: 'budget', q: 'What share of the budget goes to studies and consultancy support?', expectAny: [['26', '27']], lang: 'en' },
  { category: 'budget', q: 'utredningar per kommun om man delar lika?', expect: ['28 750'], lang: 'sv' },
  { category: 'budget', q: 'vad blir tyresos del av personalkostnaden om vi delar pa atta', expect: ['72 500'], lang: 'sv' },
  { category: 'budget', q: 'Where does the revenue come from, and how much is it?', expect: ['860 000'], expectAny: [['municipalit']], lang: 'en' },
  { category: 'budget', q: 'hur stor andel av budgeten ar ersattningen till huddinge', expectAny: [['5,8', '5.8', '6 %', '6%', '6 procent']], lang: 'sv' },
  { category: 'budget', q: 'Huddinge compensation per month?', expectAny: [['4 166', '4 167']], lang: 'en' },

  // ───────────── YES / NO ─────────────
  { category: 'yesno', q: 'ar SK 9/6 i salem?', startsWith: 'Ja', expect: ['Salem'], lang: 'sv' },
  { category: 'yesno', q: 'Är Nykvarn med i överförmyndarnämnden?', startsWith: 'Nej', lang: 'sv' },
  { category: 'yesno', q: 'Is Tyresö part of the joint overförmyndarnämnd (ÖFN)?', startsWith: 'Yes', lang: 'en' },
  { category: 'yesno', q: 'ar LG pa fredagar?', startsWith: 'Ja', lang: 'sv' },
  { category: 'yesno', q: 'ar nyckeltalsdagen i september', startsWith: 'Nej', expect: ['6 oktober'], lang: 'sv' },
  { category: 'yesno', q: 'Har vi något SK-möte i maj?', startsWith: 'Nej', lang: 'sv' },
  { category: 'yesno', q: 'Is the Södertörn conference a full-day event?', startsWith: 'Yes', lang: 'en' },
  { category: 'yesno', q: 'Börjar SK-mötena klockan tolv?', startsWith: 'Ja', expectAny: [T12], lang: 'sv' },
  { category: 'yesno', q: 'ar det LG imorgon?', startsWith: 'Nej', expect: ['20 maj'], lang: 'sv' },
  { category: 'yesno', q: 'ar tyreso vard for SK i december', startsWith: 'Ja', expect: ['8 december'], lang: 'sv' },
  { category: 'yesno', q: 'Does Salem belong to the environment and health protection association?', startsWith: 'No', lang: 'en' },
  { category: 'yesno', q: 'ska haninge ha radslaget 2015', startsWith: 'Nej', expect: ['Södertälje'], lang: 'sv' },
  { category: 'yesno', q: 'Hålls Södertörnskonferensen före sommaren?', startsWith: 'Nej', expect: ['1 september'], lang: 'sv' },
  { category: 'yesno', q: 'Is KTH part of the rådslag?', startsWith: 'Yes', lang: 'en' },
  { category: 'yesno', q: 'Deltar kommundirektörerna på kommitténs möten?', startsWith: 'Ja', lang: 'sv' },
  { category: 'yesno', q: 'is the nyckeltal day in Botkyrka?', startsWith: 'Yes', lang: 'en' },

  // ───────────── PREMISE (false premise) ─────────────
  { category: 'premise', q: 'varför är Botkyrka värd för SK 9/6?', expect: ['Salem'], lang: 'sv' },
  { category: 'premise', q: 'eftersom LG ar pa torsdagar, vilken tid borjar de?', expectAny: [['fredag'], T0830], lang: 'sv' },
  { category: 'premise', q: 'Varför har Huddinge rådslaget 2014?', expect: ['Tyresö'], lang: 'sv' },
  { category: 'premise', q: 'Why is Huddinge the host municipality for the överförmyndarnämnd?', expect: ['Haninge'], lang: 'en' },
  { category: 'premise', q: 'miljoforbundet startade 2010 va? vilka kommuner bildade det', expect: ['2008', 'Haninge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
  { category: 'premise', q: 'Personalbudgeten på 530 000, räcker den för sekretariatet?', expect: ['580 000'], lang: 'sv' },
  { category: 'premise', q: 'Why is the nyckeltal day held in Nynäshamn this year?', expect: ['Botkyrka'], lang: 'en' },
  { category: 'premise', q: 'varfor ar SK 14/4 i haninge', expect: ['Nykvarn'], lang: 'sv' },
  { category: 'premise', q: 'Sekretariatet ligger ju i Södertälje – vad får de i ersättning?', expect: ['Huddinge', '50 000'], lang: 'sv' },
  { category: 'premise', q: 'The vision 2025 aims for one million inhabitants on Södertörn, right?', expectAny: [['half a million', '500 000', 'half-million']], lang: 'en' },
  { category: 'premise', q: 'radslaget ar ju i host, vilket datum blev det?', expect: ['24 mars'], lang: 'sv' },

  // ───────────── OFF-PLAN / CANNOT ─────────────
  { category: 'offplan', q: 'kan du skicka kallelsen till SK 14/4?', kind: NI, lang: 'sv' },
  { category: 'offplan', q: 'book a room for LG on 20 May please', kind: NI, lang: 'en' },
  { category: 'offplan', q: 'vem ar ordforande i SK just nu?', kind: NI, lang: 'sv' },
  { category: 'offplan', q: 'Vad blir budgeten för 2012?', kind: NI, lang: 'sv' },
  { category: 'offplan', q: 'vad star pa dagordningen for SK 14/4', kind: NI, lang: 'sv' },
  { category: 'offplan', q: 'Can you email the agenda for the Södertörn conference to our partners in Tallinn?', kind: NI, lang: 'en' },
  { category: 'offplan', q: 'boka tag till nykvarn 14/4 tack', kind: NI, lang: 'sv' },
  { category: 'offplan', q: 'Hur många invånare har Tyresö?', kind: NI, lang: 'sv' },
  { category: 'offplan', q: 'vad kostar lunchen pa LG:s planeringskonferens', kind: NI, lang: 'sv' },
  { category: 'offplan', q: 'ring Salems kommundirektör och säg att jag blir sen', kind: NI, lang: 'sv' },
  { category: 'offplan', q: "What's the dial-in number for the LG meeting?", kind: NI, lang: 'en' },
  { category: 'offplan', q: 'who is the contact person at the secretariat?', kind: NI, lang: 'en' },

  // ───────────── TOPIC (right one of two similar things) ─────────────
  { category: 'topic', q: 'nar ar LG:s planeringskonferens', expect: ['31 mars', '1 april'], expectNot: ['28 januari'], lang: 'sv' },
  { category: 'topic', q: 'samarbetskommitténs planeringskonferens, vilka datum?', expect: ['28 januari'], expectNot: ['31 mars'], lang: 'sv' },
  { category: 'topic', q: 'When is the Södertörn conference? Not the rådslag, the conference.', expect: ['1 September'], expectNot: ['24 March'], lang: 'en' },
  { category: 'topic', q: 'nar ar radslaget', expect: ['24 mars', 'Salem'], expectNot: ['1 september'], lang: 'sv' },
  { category: 'topic', q: 'Vad täcker budgetposten på 50 000?', expect: ['kontorsservice', 'arbetsrum'], lang: 'sv' },
  { category: 'topic', q: 'vad ar syftet med LG', expectAny: [['förbereda', 'forbereda'], ['samordna']], lang: 'sv' },
  { category: 'topic', q: 'What is the purpose of the samarbetskommitté?', expect: ['regional'], expectAny: [['municipal', 'local']], lang: 'en' },
  { category: 'topic', q: 'explosiva varor – vilket förbund?', expectAny: [['brandförsvarsförbund', 'brandforsvarsforbund']], lang: 'sv' },
  { category: 'topic', q: 'receptfria lakemedel, vilket forbund har tillsynen', expectAny: [['miljö- och hälsoskydd', 'miljö och hälsoskydd', 'miljo- och halsoskydd', 'hälsoskyddsförbund']], expectNot: ['brandförsvar'], lang: 'sv' },
  { category: 'topic', q: 'vad syftar verksamhetsfragorna till', expectAny: [['effektivisera']], lang: 'sv' },
  { category: 'topic', q: "What's the steering document for the regional development issues?", expect: ['2010'], expectAny: [['UtvecklingsProgram', 'Development Programme', 'Development Program']], lang: 'en' },
  { category: 'topic', q: 'vilka deltar pa sodertornskonferensen', expectAny: [['partier', 'parti'], ['tjänstemän', 'tjanstemän', 'tjänsteman']], lang: 'sv' },
  { category: 'topic', q: 'Vilka är med i rådslaget förutom kommunerna?', expect: ['KTH', 'Handelskammaren', 'Företagarna'], expectAny: [['Södertörns högskola'], ['Karolinska']], lang: 'sv' },
  { category: 'topic', q: 'what is the nyckeltal day actually about, and when is it?', expect: ['6 October'], expectAny: [['key figure', 'key performance', 'indicator', 'nyckeltal']], lang: 'en' },

  // ───────────── PERIOD ─────────────
  { category: 'period', q: 'nar ar nasta LG', expect: ['20 maj'], lang: 'sv' },
  { category: 'period', q: 'nästa SK?', expect: ['14 april', 'Nykvarn'], lang: 'sv' },
  { category: 'period', q: 'vilka SK-möten är det i höst?', expect: ['22 september', '3 november', '8 december'], lang: 'sv' },
  { category: 'period', q: 'LG resten av aret', expect: ['20 maj', '9 september', '14 oktober', '25 november'], lang: 'sv' },
  { category: 'period', q: 'vad har vi for moten fore midsommar', expect: ['14 april', '20 maj', '9 juni'], lang: 'sv' },
  { category: 'period', q: "What's on in September?", expect: ['1 September', '9 September', '22 September'], lang: 'en' },
  { category: 'period', q: 'sista SK-mötet i år?', expect: ['8 december', 'Tyresö'], lang: 'sv' },
  { category: 'period', q: 'vad hander i oktober', expect: ['6 oktober', '14 oktober'], lang: 'sv' },
  { category: 'period', q: 'How many SK meetings are left this year?', expectAny: [['5', 'five']], lang: 'en' },
  { category: 'period', q: 'nästa SK-möte?', now: '2011-10-01T09:00:00+02:00', expect: ['3 november', 'Botkyrka'], lang: 'sv' },
  { category: 'period', q: 'nasta SK efter nyar', now: '2011-12-09T09:00:00+01:00', expect: ['Södertälje'], expectAny: [['januari']], lang: 'sv' },
  { category: 'period', q: 'SK första halvåret', expect: ['14 april', '9 juni'], expectNot: ['22 september'], lang: 'sv' },
  { category: 'period', q: 'next LG?', now: '2011-06-10T09:00:00+02:00', expect: ['9 September'], lang: 'en' },
  { category: 'period', q: 'nasta vecka, har vi nagot mote?', expect: ['14 april'], lang: 'sv' },
  { category: 'period', q: 'nasta LG och nasta SK?', now: '2011-09-05T09:00:00+02:00', expect: ['9 september', '22 september'], lang: 'sv' },
  { category: 'period', q: 'When in the autumn is the key figures follow-up?', expect: ['6 October'], lang: 'en' },
  { category: 'period', q: 'what meetings do I have before the summer break? LG and SK', expect: ['14 April', '20 May', '9 June'], lang: 'en' },

  // ───────────── FOLLOW-UPS ─────────────
  { category: 'followup', conversation: [
    { q: 'nar ar nasta SK', expect: ['14 april', 'Nykvarn'], lang: 'sv' },
    { q: 'och efter det?', expect: ['9 juni', 'Salem'], lang: 'sv' },
    { q: 'vilken tid?', expectAny: [T12], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'vem ar vard for radslaget 2014', expect: ['Tyresö'], lang: 'sv' },
    { q: 'och året efter?', expect: ['Södertälje'], lang: 'sv' },
    { q: 'och 2013?', expect: ['Botkyrka'], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'When is the next LG meeting?', expect: ['20 May'], lang: 'en' },
    { q: 'and the one after that?', expect: ['9 September'], lang: 'en' },
    { q: 'what time does it start?', expectAny: [T0830], lang: 'en' } ] },
  { category: 'followup', conversation: [
    { q: 'vad ar personalbudgeten', expect: ['580 000'], lang: 'sv' },
    { q: 'och per manad?', expect: ['48 333'], lang: 'sv' },
    { q: 'hur stor andel av totalen är det?', expectAny: [['67', '68']], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'vilka ar med i overformyndarnamnden', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
    { q: 'vem ar vardkommun?', expect: ['Haninge'], lang: 'sv' },
    { q: 'sedan när?', expect: ['2011'], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'När är Södertörnskonferensen?', expect: ['1 september'], lang: 'sv' },
    { q: 'var?', expect: ['Huddinge', 'Tyresö'], lang: 'sv' },
    { q: 'heldag?', startsWith: 'Ja', lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'miljö- och hälsoskyddsförbundet, vilka kommuner är med?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
    { q: 'när startade det?', expect: ['2008'], lang: 'sv' },
    { q: 'och vilken ny uppgift har de fått?', expectAny: [['läkemedel', 'lakemedel']], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'Who hosts the SK meeting on 22 September?', expect: ['Nynäshamn'], lang: 'en' },
    { q: 'and on 3 November?', expect: ['Botkyrka'], lang: 'en' },
    { q: 'what weekday is that?', expect: ['Thursday'], lang: 'en' } ] },
  { category: 'followup', conversation: [
    { q: 'nyckeltalsdagen?', expect: ['6 oktober', 'Botkyrka'], lang: 'sv' },
    { q: 'och radslaget?', expect: ['24 mars', 'Salem'], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'nar ar SK:s planeringskonferens', expect: ['28 januari'], lang: 'sv' },
    { q: 'och LG:s?', expect: ['31 mars', '1 april'], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'hur mycket ar utredningar och konsultstod', expect: ['230 000'], lang: 'sv' },
    { q: 'delat pa 8?', expect: ['28 750'], lang: 'sv' } ] },
  { category: 'followup', now: '2011-10-01T09:00:00+02:00', conversation: [
    { q: 'nasta LG?', expect: ['14 oktober'], lang: 'sv' },
    { q: 'och sen?', expect: ['25 november'], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'Which municipalities are in the environment and health protection association?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'en' },
    { q: 'and who is not in the guardianship board?', expect: ['Nykvarn', 'Salem', 'Södertälje'], lang: 'en' } ] },

  // ───────────── TYPOS ─────────────
  { category: 'typo', q: 'när är ledingsgruppen i maj', expect: ['20 maj'], lang: 'sv' },
  { category: 'typo', q: 'samarbetskomitten nasta mote', expect: ['14 april'], lang: 'sv' },
  { category: 'typo', q: 'nyckeltalsdagn vart', expect: ['Botkyrka'], lang: 'sv' },
  { category: 'typo', q: 'vem ar vard for rdslaget 2017', expect: ['Nykvarn'], lang: 'sv' },
  { category: 'typo', q: 'overformyndarnamden vardkommun', expect: ['Haninge'], lang: 'sv' },
  { category: 'typo', q: 'sodertornskonferansen datum', expect: ['1 september'], lang: 'sv' },
  { category: 'typo', q: 'LG-datum i höst', expect: ['9 september', '14 oktober', '25 november'], lang: 'sv' },
  { category: 'typo', q: 'persnalkostnad budget?', expect: ['580 000'], lang: 'sv' },
  { category: 'typo', q: 'when is the nex ledningsgrup meeting', expect: ['20 May'], lang: 'en' },
  { category: 'typo', q: 'hur mycket far hudinge kommun i ersattning', expect: ['50 000'], lang: 'sv' },
  { category: 'typo', q: 'sammarbetskommitténs planeringskonferns?', expect: ['28 januari'], lang: 'sv' },
  { category: 'typo', q: 'Vem har radslgaet 2012', expect: ['Nynäshamn'], lang: 'sv' },
  { category: 'typo', q: 'who hosts the sodertorn confrence?', expect: ['Huddinge', 'Tyresö'], lang: 'en' },

  // ───────────── LANGUAGE ─────────────
  { category: 'language', q: 'SK 3/11 värd?', locale: 'en-GB', expect: ['Botkyrka'], lang: 'en' },
  { category: 'language', q: 'ÖFN?', locale: 'sv-SE', expect: ['Haninge'], lang: 'sv' },
  { category: 'language', q: 'kostnader?', locale: 'en-GB', expect: ['580 000', '50 000', '230 000'], lang: 'en' },
  { category: 'language', q: 'radslaget 2015', expect: ['Södertälje'], lang: 'sv' },
  { category: 'language', q: 'Forwarding to our Estonian partner – could you summarise the Vision 2025 in English?', expect: ['2025'], expectAny: [['half a million', '500 000', 'half-million']], lang: 'en' },
  { category: 'language', q: 'nyckeltal 6/10?', locale: 'en-US', expect: ['Botkyrka'], lang: 'en' },
  { category: 'language', q: 'Hej! Snabbt: när är LG i oktober?', expect: ['14 oktober'], lang: 'sv' },
  { category: 'language', q: 'Quick one — who takes part in the rådslag? Need it in English for a partner.', expect: ['KTH'], expectAny: [['Karolinska'], ['Södertörn University', 'Södertörns högskola']], lang: 'en' },
  { category: 'language', q: 'LG 20/5', locale: 'sv-SE', expect: ['20 maj'], lang: 'sv' },
  { category: 'language', q: 'SK 8/12?', expect: ['Tyresö'], lang: 'sv' },
  { category: 'language', q: 'budget 2011 total', locale: 'en-GB', expect: ['860 000'], lang: 'en' },
  { category: 'language', q: 'rådslag 2013', locale: 'en-GB', expect: ['Botkyrka'], lang: 'en' },

  // ───────────── GENERAL FACTS (whole plan) ─────────────
  { category: 'facts', q: 'vad ar visionen', expect: ['2025'], expectAny: [['halv miljon', '500 000']], lang: 'sv' },
  { category: 'facts', q: 'hur manga invanare har sodertorn idag', expect: ['430 000'], lang: 'sv' },
  { category: 'facts', q: 'Vilka är målområdena i utvecklingsprogrammet?', expect: ['Näringsliv', 'Högskola', 'Mångfald', 'Klimat', 'Infrastruktur'], lang: 'sv' },
  { category: 'facts', q: 'What are the guiding principles for how we cooperate?', expect: ['democratic'], expectAny: [['give and', 'giving and']], lang: 'en' },
  { category: 'facts', q: 'vilka sitter i samarbetskommittén?', expectAny: [['ordförande', 'ordforande']], lang: 'sv' },
  { category: 'facts', q: 'vem sitter i LG', expectAny: [['kommundirektör', 'kommundirektor']], lang: 'sv' },
  { category: 'facts', q: 'Which regional bodies do we coordinate our efforts in?', expect: ['KSL', 'Business Alliance'], expectAny: [['Mälardalsrådet', 'Malardalsradet', 'Mälardalen Council', 'Mälardal']], lang: 'en' },
  { category: 'facts', q: 'vilka infrastruktursatsningar namns i planen', expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'], lang: 'sv' },
  { category: 'facts', q: 'Vilka är de prioriterade regionala utvecklingsfrågorna i UtvecklingsProgram 2010?', expectAny: [['utbildningsnivå'], ['kunskapsintensiv'], ['klimateffektiv']], lang: 'sv' },
  { category: 'facts', q: 'What are the two main areas of cooperation in 2011?', expectAny: [['regional development'], ['operational', 'verksamhetsfrågor', 'activit', 'service']], lang: 'en' },
  { category: 'facts', q: 'vad sager planen om gemensam upphandling', expectAny: [['offentlig upphandling', 'LOU']], lang: 'sv' },
  { category: 'facts', q: 'Vad innebär gemensam ägarstyrning?', expectAny: [['ägardialog', 'bolagsordning', 'förbundsordning']], lang: 'sv' },
  { category: 'facts', q: 'varfor ska mer tid laggas pa regionala utvecklingsfragor 2011', expectAny: [['handlingsplan']], lang: 'sv' },
  { category: 'facts', q: 'när fastställdes utvecklingsprogrammet?', expect: ['2010'], expectAny: [['hösten', 'hosten']], lang: 'sv' },
  { category: 'facts', q: 'Which universities are mentioned in the plan?', expect: ['KTH'], expectAny: [['Södertörn University', 'Södertörns högskola'], ['Karolinska']], lang: 'en' },
  { category: 'facts', q: 'vilka omraden har samarbetet traditioner inom', expectAny: [['gymnasie'], ['räddningstjänst', 'raddningstjanst'], ['återvinning', 'energi', 'miljö']], lang: 'sv' },
  { category: 'facts', q: 'omvarldsbevakning – vad gor vi dar', expectAny: [['kontaktnät', 'kontaktnat'], ['beslutsfattare', 'KSL', 'opinionsbildning']], lang: 'sv' },
  { category: 'facts', q: 'What time are the committee meetings, and on which weekday?', expect: ['Thursday'], expectAny: [T12, T15], lang: 'en' },
  { category: 'facts', q: 'Vad ska kommunerna göra när riksdagen ger dem nya uppgifter?', expectAny: [['enskilt'], ['samverkansorgan', 'samverkan']], lang: 'sv' },
  { category: 'facts', q: 'What does the plan say about more municipalities joining the guardianship board?', expectAny: [['more municipalities', 'other municipalities', 'additional municipalities', 'further municipalities', 'expand', 'extend']], lang: 'en' },
  { category: 'facts', q: 'who attends the annual Södertörn conference?', expectAny: [['part'], ['officials', 'officers', 'civil servants', 'executives', 'senior']], lang: 'en' },
  { category: 'facts', q: 'What happens with key figures (nyckeltal) each year?', expectAny: [['autumn', 'fall'], ['follow-up', 'follow up', 'review']], lang: 'en' },
];

const commands = [
  // ───────────── MOVE ─────────────
  { category: 'move', as: 'secretariat', q: 'flytta LG 20/5 till 27/5', kind: 'confirm', expect: ['27 maj'], lang: 'sv' },
  { category: 'move', as: 'secretariat', q: 'SK-mötet 22/9 behöver flyttas till 29/9', kind: 'confirm', expect: ['29 september'], lang: 'sv' },
  { category: 'move', as: 'secretariat', q: 'move the LG meeting on 14 October to 21 October', kind: 'confirm', expect: ['21 October'], lang: 'en' },
  { category: 'move', as: 'secretariat', q: 'nyckeltalsdagen flyttas till 13 okt', kind: 'confirm', expect: ['13 oktober'], lang: 'sv' },
  { category: 'move', as: 'secretariat', q: 'kan du flytta södertörnskonferensen från 1 sep till 8 sep', kind: 'confirm', expect: ['8 september'], lang: 'sv' },
  { category: 'move', as: 'secretariat', q: 'SK 3/11 -> 10/11', kind: 'confirm', expect: ['10 november'], lang: 'sv' },
  { category: 'move', as: 'secretariat', q: 'please move SK on 9 June to 16 June, Salem can’t make it', kind: 'confirm', expect: ['16 June'], lang: 'en' },

  // ───────────── HOST ─────────────
  { category: 'host', as: 'secretariat', q: 'SK 8/12 blir i Haninge istället för Tyresö', kind: 'confirm', expect: ['Haninge'], lang: 'sv' },
  { category: 'host', as: 'secretariat', q: 'ny värd för SK 14/4: Huddinge', kind: 'confirm', expect: ['Huddinge'], lang: 'sv' },
  { category: 'host', as: 'secretariat', q: 'change the host of the SK meeting on 22 September to Södertälje', kind: 'confirm', expect: ['Södertälje'], lang: 'en' },
  { category: 'host', as: 'secretariat', q: 'nyckeltalsdagen halls i salem i ar, inte botkyrka', kind: 'confirm', expect: ['Salem'], lang: 'sv' },

  // ───────────── CANCEL ─────────────
  { category: 'cancel', as: 'secretariat', q: 'stryk LG 25/11', kind: 'confirm', expect: ['25 november'], lang: 'sv' },
  { category: 'cancel', as: 'secretariat', q: 'ställ in SK-mötet den 9 juni', kind: 'confirm', expect: ['9 juni'], lang: 'sv' },
  { category: 'cancel', as: 'secretariat', q: 'cancel the LG meeting on 9 September', kind: 'confirm', expect: ['9 September'], lang: 'en' },

  // ───────────── ADD ─────────────
  { category: 'add', as: 'secretariat', q: 'lägg till ett extra LG-möte fredag 17 juni', kind: 'confirm', expect: ['17 juni'], lang: 'sv' },
  { category: 'add', as: 'secretariat', q: 'add an extra SK meeting on 20 October hosted by Huddinge', kind: 'confirm', expect: ['20 October', 'Huddinge'], lang: 'en' },
  { category: 'add', as: 'secretariat', q: 'nytt SK-mote 1/12 i nykvarn', kind: 'confirm', expect: ['1 december', 'Nykvarn'], lang: 'sv' },

  // ───────────── BUDGET LINE ─────────────
  { category: 'budgetline', as: 'secretariat', q: 'höj utredningar, konsultstöd till 260 000', kind: 'confirm', expect: ['260 000'], lang: 'sv' },
  { category: 'budgetline', as: 'secretariat', q: 'personal ska vara 600 000 istallet', kind: 'confirm', expect: ['600 000'], lang: 'sv' },
  { category: 'budgetline', as: 'secretariat', q: 'set the compensation to Huddinge for office services to 55 000', kind: 'confirm', expect: ['55 000'], lang: 'en' },
  { category: 'budgetline', as: 'secretariat', q: 'avgifterna från kommunerna sänks till 840 000', kind: 'confirm', expect: ['840 000'], lang: 'sv' },

  // ───────────── RÅDSLAG HOST ─────────────
  { category: 'rotationhost', as: 'secretariat', q: 'rådslaget 2013 ska hållas i Huddinge', kind: 'confirm', expect: ['Huddinge', '2013'], lang: 'sv' },
  { category: 'rotationhost', as: 'secretariat', q: 'byt vard for radslaget 2016 till nykvarn', kind: 'confirm', expect: ['Nykvarn', '2016'], lang: 'sv' },
  { category: 'rotationhost', as: 'secretariat', q: 'change the 2015 rådslag host to Botkyrka', kind: 'confirm', expect: ['Botkyrka', '2015'], lang: 'en' },

  // ───────────── HISTORY ─────────────
  { category: 'history', as: 'secretariat', q: 'visa ändringar', kind: 'history', lang: 'sv' },
  { category: 'history', as: 'secretariat', q: 'what has changed in the plan so far?', kind: 'history', lang: 'en' },

  // ───────────── MISSING (clarify) ─────────────
  { category: 'missing', as: 'secretariat', q: 'flytta LG-mötet', kind: 'clarify', lang: 'sv' },
  { category: 'missing', as: 'secretariat', q: 'ändra budgeten', kind: 'clarify', lang: 'sv' },
  { category: 'missing', as: 'secretariat', q: 'ny vard for SK', kind: 'clarify', lang: 'sv' },
  { category: 'missing', as: 'secretariat', q: 'stryk mötet i november', kind: 'clarify', lang: 'sv' },
  { category: 'missing', as: 'secretariat', q: 'change the staff budget line', kind: 'clarify', lang: 'en' },
  { category: 'missing', as: 'secretariat', q: 'lagg till ett extra SK-mote', kind: 'clarify', lang: 'sv' },

  // ───────────── REFUSED (members) ─────────────
  { category: 'refused', as: 'member', q: 'flytta SK 9/6 till 16/6', kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'sv' },
  { category: 'refused', as: 'member', q: 'ändra personal till 600 000', kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'sv' },
  { category: 'refused', as: 'member', q: 'tyreso tar radslaget 2013 istallet, andra det', kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'sv' },
  { category: 'refused', as: 'member', q: 'cancel the LG on 25 November', kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'en' },
  { category: 'refused', as: 'member', q: 'lagg in ett extra LG 17/6', kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'sv' },
  { category: 'refused', as: 'member', q: 'Gör Tyresö till värd för SK 22/9 istället för Nynäshamn', kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'sv' },

  // ───────────── CONFIRM FLOWS ─────────────
  { category: 'confirm', conversation: [
    { as: 'secretariat', q: 'flytta LG 20/5 till 27/5', kind: 'confirm', expect: ['27 maj'], lang: 'sv' },
    { as: 'secretariat', q: 'ja', kind: 'confirmed', lang: 'sv' },
    { as: 'secretariat', q: 'visa ändringar', kind: 'history', expect: ['27 maj'], lang: 'sv' } ] },
  { category: 'confirm', conversation: [
    { as: 'secretariat', q: 'SK 8/12 i Haninge istället', kind: 'confirm', expect: ['Haninge'], lang: 'sv' },
    { as: 'secretariat', q: 'nej', kind: 'cancelled', lang: 'sv' } ] },
  { category: 'confirm', conversation: [
    { as: 'secretariat', q: 'move LG on 9 September to 16 September', kind: 'confirm', expect: ['16 September'], lang: 'en' },
    { as: 'secretariat', q: 'yes', kind: 'confirmed', lang: 'en' } ] },
  { category: 'confirm', conversation: [
    { as: 'secretariat', q: 'utredningar 230 000 -> 200 000', kind: 'confirm', expect: ['200 000'], lang: 'sv' },
    { as: 'secretariat', q: 'ok kör', kind: 'confirmed', lang: 'sv' } ] },
  { category: 'confirm', conversation: [
    { as: 'secretariat', q: 'rådslaget 2017 till Salem', kind: 'confirm', expect: ['Salem', '2017'], lang: 'sv' },
    { as: 'secretariat', q: 'avbryt', kind: 'cancelled', lang: 'sv' } ] },
  { category: 'confirm', conversation: [
    { as: 'secretariat', q: 'ställ in nyckeltalsdagen 6/10', kind: 'confirm', expect: ['6 oktober'], lang: 'sv' },
    { as: 'secretariat', q: 'bekräfta', kind: 'confirmed', lang: 'sv' } ] },

  // ───────────── QUESTIONS from the secretariat (look like commands) ─────────────
  { category: 'period', as: 'secretariat', q: 'när är LG i maj?', expect: ['20 maj'], lang: 'sv' },
  { category: 'rotation', as: 'secretariat', q: 'vem ar vard for radslaget 2016?', expect: ['Haninge'], lang: 'sv' },
  { category: 'facts', as: 'secretariat', q: 'vem är värd för SK-mötet i september?', expect: ['Nynäshamn'], lang: 'sv' },
  { category: 'budget', as: 'secretariat', q: 'how much is budgeted for staff this year?', expect: ['580 000'], lang: 'en' },
  { category: 'period', as: 'secretariat', q: 'hur många LG-möten är kvar i år?', expectAny: [['4', 'fyra']], lang: 'sv' },
  { category: 'yesno', as: 'secretariat', q: 'ligger SK 3/11 i Botkyrka?', startsWith: 'Ja', lang: 'sv' },
];

function write(name, description, items) {
  const out = { description, defaultNow: NOW, items };
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify(out, null, 2) + '\n');
}
write('pool-questions.json', 'Round 15 writer w (Tyresö kommundirektör persona): questions about Verksamhetsplan 2011', questions);
write('pool-commands.json', 'Round 15 writer w: change requests (secretariat/member) and secretariat questions', commands);
console.log('questions', questions.length, 'commands', commands.length);

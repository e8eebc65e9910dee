// Round 11, writer "n": persona = kommundirektör i Haninge (kalender, LG/SK, krockar, dagar kvar, budget).
const fs = require('fs');
const path = require('path');
const DEF = '2011-04-07T10:00:00+02:00';
const NP = { kind: ['notInPlan', 'cannot'] };
const T12 = ['12.00', '12:00'];
const T0830 = ['08.30', '08:30', '8.30', '8:30'];

const q = [];
const add = (o) => q.push(o);

// ---------------- rotation ----------------
add({ category: 'rotation', q: 'vem är värd för rådslaget 2016?', expect: ['Haninge'], lang: 'sv' });
add({ category: 'rotation', q: 'när är det haninges tur att ha rådslaget', expect: ['2016'], lang: 'sv' });
add({ category: 'rotation', q: 'who hosts the rådslag in 2014?', expect: ['Tyresö'], lang: 'en' });
add({ category: 'rotation', q: 'vilken kommun tar rådslaget året efter haninge?', expect: ['Nykvarn'], expectAny: [['2017']], lang: 'sv' });
add({ category: 'rotation', q: 'rådslaget nästa år, vem har det?', now: '2011-11-15T09:00:00+01:00', expect: ['Nynäshamn'], lang: 'sv' });
add({ category: 'rotation', q: 'Which year is it Södertälje\'s turn to host the rådslag?', expect: ['2015'], lang: 'en' });
add({ category: 'rotation', q: 'hur många år är det kvar tills haninge är värd för rådslaget?', expect: ['2016'], expectAny: [['5 år', 'fem år']], lang: 'sv' });

// ---------------- budget ----------------
add({ category: 'budget', q: 'vad blir avgiften per kommun om de 860 000 delas lika?', expect: ['107 500'], lang: 'sv' });
add({ category: 'budget', q: 'hur mkt går till personal?', expect: ['580 000'], lang: 'sv' });
add({ category: 'budget', q: 'personalkostnad per månad?', expect: ['48 333'], lang: 'sv' });
add({ category: 'budget', q: 'total budget per kvartal', expect: ['215 000'], lang: 'sv' });
add({ category: 'budget', q: 'hur stor andel av budgeten är personal, i procent', expectAny: [['67', '68']], lang: 'sv' });
add({ category: 'budget', q: 'diff mellan personal och utredningar?', expect: ['350 000'], lang: 'sv' });
add({ category: 'budget', q: 'How much would each municipality pay for consultancy support if the 230 000 is split equally?', expect: ['28 750'], lang: 'en' });
add({ category: 'budget', q: 'vad blir hela budgeten per månad', expectAny: [['71 666', '71 667']], lang: 'sv' });
add({ category: 'budget', q: 'personalen delat på åtta kommuner blir?', expect: ['72 500'], lang: 'sv' });

// ---------------- yesno ----------------
add({ category: 'yesno', q: 'krockar LG 9/9 med något?', startsWith: 'Nej', lang: 'sv' });
add({ category: 'yesno', q: 'är sk 14/4 i nykvarn?', startsWith: 'Ja', expect: ['Nykvarn'], lang: 'sv' });
add({ category: 'yesno', q: 'är haninge värd för något sk-möte i höst', startsWith: 'Nej', lang: 'sv' });
add({ category: 'yesno', q: 'har vi LG i juni?', startsWith: 'Nej', lang: 'sv' });
add({ category: 'yesno', q: 'any LG meeting in august?', now: '2011-06-20T09:00:00+02:00', startsWith: 'No', expectAny: [['9 September', 'September 9']], lang: 'en' });
add({ category: 'yesno', q: 'Is Salem hosting both the rådslag and an SK meeting this year?', startsWith: 'Yes', expectAny: [['9 June', 'June 9']], lang: 'en' });
add({ category: 'yesno', q: 'är det LG på fredag?', now: '2011-10-11T08:00:00+02:00', startsWith: 'Ja', expect: ['14 oktober'], lang: 'sv' });
add({ category: 'yesno', q: 'är det sk på torsdag?', now: '2011-10-24T08:00:00+02:00', startsWith: 'Nej', expect: ['3 november'], lang: 'sv' });
add({ category: 'yesno', q: 'måste jag som kommundirektör vara med på SK-mötena?', startsWith: 'Ja', lang: 'sv' });
add({ category: 'yesno', q: 'är nästa sk i salem?', now: '2011-04-15T09:00:00+02:00', startsWith: 'Ja', expect: ['9 juni'], lang: 'sv' });
add({ category: 'yesno', q: 'har vi haft nyckeltalsdagen än', now: '2011-10-10T09:00:00+02:00', startsWith: 'Ja', expect: ['6 oktober'], lang: 'sv' });

// ---------------- premise ----------------
add({ category: 'premise', q: 'varför är botkyrka värd för SK 9/6?', expect: ['Salem'], lang: 'sv' });
add({ category: 'premise', q: 'hur långt är det kvar till rådslaget?', expect: ['24 mars'], lang: 'sv' });
add({ category: 'premise', q: 'LG-mötet torsdag 20/5, när börjar det?', expect: ['fredag'], expectAny: [T0830], lang: 'sv' });
add({ category: 'premise', q: 'södertörnskonferensen i oktober, var är den?', expect: ['1 september'], expectAny: [['Huddinge', 'Tyresö']], lang: 'sv' });
add({ category: 'premise', q: 'Why does the committee meeting on 22/9 start at 9?', expectAny: [T12], lang: 'en' });
add({ category: 'premise', q: 'LG ses ju bara fyra ggr i år, vilka datum blir det?', expect: ['20 maj', '9 september', '14 oktober', '25 november'], lang: 'sv' });
add({ category: 'premise', q: 'Nynäshamn hosts the rådslag this year, right?', expect: ['Salem'], startsWith: 'No', lang: 'en' });

// ---------------- offplan ----------------
add({ category: 'offplan', q: 'boka ett rum för LG 20/5', ...NP, lang: 'sv' });
add({ category: 'offplan', q: 'skicka inbjudan till sk 22/9 till alla ksordf', ...NP, lang: 'sv' });
add({ category: 'offplan', q: 'påminn mig via mejl en vecka innan nyckeltalsdagen', ...NP, lang: 'sv' });
add({ category: 'offplan', q: 'kan du dela protokollet från LG 21/1?', ...NP, lang: 'sv' });
add({ category: 'offplan', q: 'var hålls LG 20/5?', ...NP, lang: 'sv' });
add({ category: 'offplan', q: 'dagordning sk 14/4?', ...NP, lang: 'sv' });
add({ category: 'offplan', q: "what's the budget for 2012?", ...NP, lang: 'en' });
add({ category: 'offplan', q: 'Could you email me the minutes from the LG planning conference?', ...NP, lang: 'en' });

// ---------------- topic ----------------
add({ category: 'topic', q: 'när är LG:s planeringskonferens?', expect: ['31 mars'], expectNot: ['28 januari'], lang: 'sv' });
add({ category: 'topic', q: 'sk:s planeringskonf, när?', expectAny: [['27-28 januari', '27–28 januari', '27 och 28 januari', '27 januari', '28 januari']], expectNot: ['31 mars'], lang: 'sv' });
add({ category: 'topic', q: 'hur lång är ledningsgruppens planeringskonferens', expect: ['lunch'], expectNot: ['heldagar'], lang: 'sv' });
add({ category: 'topic', q: 'vad gör LG egentligen', expectAny: [['förbereda', 'förbereder']], lang: 'sv' });
add({ category: 'topic', q: 'vem sköter kontrollen av receptfria läkemedel?', expect: ['miljö- och hälsoskyddsförbund'], expectNot: ['brandförsvarsförbund'], lang: 'sv' });
add({ category: 'topic', q: "When is the management group's planning conference?", expectAny: [['31 March', 'March 31']], expectNot: ['28 January', 'January 28'], lang: 'en' });
add({ category: 'topic', q: 'vad täcker ersättningen till huddinge', expectAny: [['kontorsservice', 'arbetsrum']], expect: ['50 000'], lang: 'sv' });

// ---------------- period ----------------
add({ category: 'period', q: 'LG i höst?', now: '2011-06-28T09:00:00+02:00', expect: ['9 september', '14 oktober', '25 november'], expectNot: ['20 maj'], lang: 'sv' });
add({ category: 'period', q: 'vilka sk-möten är det i höst', now: '2011-08-15T09:00:00+02:00', expect: ['22 september', '3 november', '8 december'], expectNot: ['9 juni'], lang: 'sv' });
add({ category: 'period', q: 'sista SK-mötet i år', now: '2011-05-02T09:00:00+02:00', expect: ['8 december', 'Tyresö'], lang: 'sv' });
add({ category: 'period', q: 'nästa LG?', expect: ['20 maj'], lang: 'sv' });
add({ category: 'period', q: 'nästa sk', now: '2011-06-15T09:00:00+02:00', expect: ['22 september', 'Nynäshamn'], lang: 'sv' });
add({ category: 'period', q: 'sista LG i år?', now: '2011-10-20T09:00:00+02:00', expect: ['25 november'], lang: 'sv' });
add({ category: 'period', q: 'vad har jag den här veckan', now: '2011-05-16T08:00:00+02:00', expect: ['20 maj'], lang: 'sv' });
add({ category: 'period', q: 'nåt möte nästa vecka?', now: '2011-09-14T09:00:00+02:00', expect: ['22 september'], lang: 'sv' });
add({ category: 'period', q: 'what happens tomorrow?', now: '2011-10-05T16:00:00+02:00', expect: ['Botkyrka'], expectAny: [['key', 'nyckeltal']], lang: 'en' });
add({ category: 'period', q: 'vad händer idag', now: '2011-09-01T07:30:00+02:00', expectAny: [['Södertörnskonferens']], lang: 'sv' });
add({ category: 'period', q: 'how many SK meetings are left this year?', now: '2011-10-01T09:00:00+02:00', expectAny: [['3 November', 'November 3'], ['8 December', 'December 8']], expectNot: ['22 September', 'September 22'], lang: 'en' });
add({ category: 'period', q: 'när var senaste LG', now: '2011-12-20T09:00:00+01:00', expect: ['25 november'], lang: 'sv' });
add({ category: 'period', q: 'when is the next committee meeting?', now: '2011-12-01T09:00:00+01:00', expectAny: [['8 December', 'December 8']], expect: ['Tyresö'], lang: 'en' });
add({ category: 'period', q: 'nästa möte i ledningsgruppen', now: '2011-01-25T09:00:00+01:00', expect: ['31 mars'], lang: 'sv' });

// ---------------- facts (incl. durations, days until) ----------------
add({ category: 'facts', q: 'hur många dagar kvar till sk i nykvarn', expectAny: [['7 dagar', 'sju dagar', 'en vecka']], lang: 'sv' });
add({ category: 'facts', q: 'hur långt är det kvar till södertörnskonferensen', expectAny: [['147', '21 veckor']], lang: 'sv' });
add({ category: 'facts', q: 'hur många veckor mellan SK-mötena i höst?', expectAny: [['6 veckor', 'sex veckor', '42 dagar'], ['5 veckor', 'fem veckor', '35 dagar']], lang: 'sv' });
add({ category: 'facts', q: 'How many weeks between LG 20/5 and LG 9/9?', expectAny: [['16 weeks', 'sixteen weeks', '112 days']], lang: 'en' });
add({ category: 'facts', q: 'hur lång tid mellan LG 14/10 och SK 3/11', expectAny: [['20 dagar', 'tjugo dagar']], lang: 'sv' });
add({ category: 'facts', q: 'hur långt kvar till rådslaget?', now: '2011-03-01T09:00:00+01:00', expectAny: [['23 dagar', 'tjugotre dagar']], expect: ['24 mars'], lang: 'sv' });
add({ category: 'facts', q: 'dagar kvar till nyckeltalsdagen', now: '2011-09-12T09:00:00+02:00', expectAny: [['24 dagar', 'tjugofyra dagar']], lang: 'sv' });
add({ category: 'facts', q: 'how many weeks until the Södertörn conference?', now: '2011-08-04T09:00:00+02:00', expectAny: [['4 weeks', 'four weeks', '28 days']], lang: 'en' });
add({ category: 'facts', q: 'tid kvar till LG:s planeringskonferens?', now: '2011-03-10T09:00:00+01:00', expectAny: [['21 dagar', 'tjugoen dagar', '3 veckor', 'tre veckor']], lang: 'sv' });
add({ category: 'facts', q: 'hur länge är det till LG?', now: '2011-09-05T08:00:00+02:00', expect: ['9 september'], expectAny: [['4 dagar', 'fyra dagar']], lang: 'sv' });
add({ category: 'facts', q: 'hur länge håller ett sk-möte på', expectAny: [['3 timmar', 'tre timmar']], lang: 'sv' });
add({ category: 'facts', q: 'How long is an LG meeting?', expectAny: [['4.5', '4,5', '4½', 'four and a half', '4 hours 30', '4 hours and 30', '4 h 30']], lang: 'en' });
add({ category: 'facts', q: 'hur många invånare har södertörn', expect: ['430 000'], lang: 'sv' });
add({ category: 'facts', q: 'vilka regionala organ samordnar vi oss i?', expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'], lang: 'sv' });
add({ category: 'facts', q: 'vilka deltar på södertörnskonferensen', expectAny: [['politiska partier'], ['tjänstemän']], lang: 'sv' });

// ---------------- typo ----------------
add({ category: 'typo', q: 'när träffas ledingsgruppen i nov', now: '2011-10-03T09:00:00+02:00', expect: ['25 november'], lang: 'sv' });
add({ category: 'typo', q: 'vem e värd för SK-mötet i sept', expect: ['Nynäshamn', '22 september'], lang: 'sv' });
add({ category: 'typo', q: 'alla LG-datumen 2011?', expect: ['21 januari', '20 maj', '9 september', '14 oktober', '25 november'], expectAny: [['31 mars']], lang: 'sv' });
add({ category: 'typo', q: 'rådslgaet 2017 ?', expect: ['Nykvarn'], lang: 'sv' });
add({ category: 'typo', q: 'samarbetskomitén vilken tid', expectAny: [T12, ['15.00', '15:00']], lang: 'sv' });
add({ category: 'typo', q: 'överförmydnarnämnden värdkommun', expect: ['Haninge'], lang: 'sv' });
add({ category: 'typo', q: 'planerigskonf LG när', expect: ['31 mars'], lang: 'sv' });
add({ category: 'typo', q: 'wen hosts the SK meeitng in decmber', expect: ['Tyresö'], lang: 'en' });

// ---------------- language ----------------
add({ category: 'language', q: 'SK 3/11 värd?', locale: 'en-GB', expect: ['Botkyrka'], lang: 'en' });
add({ category: 'language', q: 'ÖFN?', locale: 'sv-SE', expect: ['Haninge'], expectAny: [['överförmyndar']], lang: 'sv' });
add({ category: 'language', q: 'LG 25/11?', locale: 'en-GB', expectAny: [['25 November', 'November 25'], ['Friday', '08:30', '08.30', '8:30']], lang: 'en' });
add({ category: 'language', q: 'kostnader?', locale: 'en-GB', expect: ['580 000', '230 000', '50 000'], lang: 'en' });
add({ category: 'language', q: 'rådslaget 2015', expect: ['Södertälje'], lang: 'sv' });
add({ category: 'language', q: 'what is ÖFN', expectAny: [['överförmyndarnämnd', 'guardian']], lang: 'en' });
add({ category: 'language', q: 'nyckeltal 6/10?', locale: 'en-US', expect: ['Botkyrka'], lang: 'en' });
add({ category: 'language', q: 'Vad säger visionen för 2025? svara kort', expectAny: [['halv miljon', '500 000']], lang: 'sv' });

// ---------------- followup (conversations) ----------------
add({ category: 'followup', conversation: [
  { q: 'när är nästa sk?', expect: ['14 april', 'Nykvarn'], lang: 'sv' },
  { q: 'och nästa efter det?', expect: ['9 juni', 'Salem'], lang: 'sv' },
  { q: 'hur många veckor mellan dem', expectAny: [['8 veckor', 'åtta veckor', '56 dagar']], lang: 'sv' },
] });
add({ category: 'followup', conversation: [
  { q: 'rådslaget 2014?', expect: ['Tyresö'], lang: 'sv' },
  { q: 'och året efter?', expect: ['Södertälje'], lang: 'sv' },
  { q: 'och haninge?', expect: ['2016'], lang: 'sv' },
] });
add({ category: 'followup', conversation: [
  { q: 'när är LG 9/9?', expect: ['fredag'], expectAny: [T0830], lang: 'sv' },
  { q: 'krockar det med nåt?', startsWith: 'Nej', lang: 'sv' },
  { q: 'hur lång tid är det sen till SK 22/9?', expectAny: [['13 dagar', 'tretton dagar']], lang: 'sv' },
] });
add({ category: 'followup', conversation: [
  { q: 'When is the Södertörn conference?', expectAny: [['1 September', 'September 1']], lang: 'en' },
  { q: 'where?', expect: ['Huddinge', 'Tyresö'], lang: 'en' },
  { q: 'and the key figures day?', expectAny: [['6 October', 'October 6']], expect: ['Botkyrka'], lang: 'en' },
] });
add({ category: 'followup', conversation: [
  { q: 'vilka kommuner är med i ÖFN', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
  { q: 'vem är värdkommun?', expect: ['Haninge'], lang: 'sv' },
  { q: 'sedan när?', expect: ['2011'], lang: 'sv' },
] });
add({ category: 'followup', now: '2011-08-29T09:00:00+02:00', conversation: [
  { q: 'vad har jag för möten i september?', expect: ['1 september', '9 september', '22 september'], lang: 'sv' },
  { q: 'vilken tid är LG?', expectAny: [T0830], lang: 'sv' },
  { q: 'och SK?', expectAny: [T12], lang: 'sv' },
] });
add({ category: 'followup', now: '2011-09-12T09:00:00+02:00', conversation: [
  { q: 'hur många dagar kvar till nyckeltalsdagen', expectAny: [['24 dagar', 'tjugofyra dagar']], lang: 'sv' },
  { q: 'var är den?', expect: ['Botkyrka'], lang: 'sv' },
  { q: 'heldag?', startsWith: 'Ja', lang: 'sv' },
] });
add({ category: 'followup', conversation: [
  { q: 'Who hosts SK on 8 December?', expect: ['Tyresö'], lang: 'en' },
  { q: 'what time does it start?', expectAny: [T12], lang: 'en' },
  { q: 'and the one after that?', expect: ['Södertälje'], expectAny: [['January', 'jan']], lang: 'en' },
] });
add({ category: 'followup', conversation: [
  { q: 'miljöförbundet, vilka kommuner?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
  { q: 'när startade det?', expect: ['2008'], lang: 'sv' },
] });
add({ category: 'followup', conversation: [
  { q: 'boka ett rum till LG 14/10', kind: ['notInPlan', 'cannot'], lang: 'sv' },
  { q: 'ok men vilken veckodag är det iaf?', expect: ['fredag'], lang: 'sv' },
] });
add({ category: 'followup', conversation: [
  { q: 'vilket LG ligger närmast före SK 3/11?', expect: ['14 oktober'], lang: 'sv' },
  { q: 'och före SK 8/12?', expect: ['25 november'], lang: 'sv' },
] });

// ---------------- extra "now"-dependent items ----------------
add({ category: 'period', q: 'vad är nästa grej i kalendern', now: '2011-08-25T09:00:00+02:00', expect: ['1 september'], expectAny: [['Södertörnskonferens']], lang: 'sv' });
add({ category: 'facts', q: 'hur långt kvar till nästa LG', now: '2011-11-01T09:00:00+01:00', expect: ['25 november'], expectAny: [['24 dagar', 'tjugofyra dagar']], lang: 'sv' });
add({ category: 'period', q: "What's on today?", now: '2011-03-24T08:00:00+01:00', expect: ['Salem'], expectAny: [['rådslag', 'Council', 'Consultation']], lang: 'en' });
add({ category: 'facts', q: 'hur många veckor kvar till sk i salem', now: '2011-05-12T09:00:00+02:00', expect: ['9 juni'], expectAny: [['4 veckor', 'fyra veckor', '28 dagar']], lang: 'sv' });
add({ category: 'yesno', q: 'krockar fredagens LG med något?', now: '2011-11-21T09:00:00+01:00', startsWith: 'Nej', expect: ['25 november'], lang: 'sv' });
add({ category: 'yesno', q: 'har vi haft sk i botkyrka än', now: '2011-11-10T09:00:00+01:00', startsWith: 'Ja', expect: ['3 november'], lang: 'sv' });
add({ category: 'facts', q: 'how many days until the next LG?', now: '2011-10-03T09:00:00+02:00', expectAny: [['14 October', 'October 14'], ['11 days', 'eleven days']], lang: 'en' });
add({ category: 'premise', q: 'hur förbereder jag mig inför rådslaget nästa månad?', now: '2011-04-20T09:00:00+02:00', expect: ['24 mars'], lang: 'sv' });

// ================= change requests =================
const c = [];
const addc = (o) => c.push(o);
const SEC = 'secretariat', MEM = 'member';
addc({ category: 'move', as: SEC, q: 'flytta LG 20/5 till 27/5', kind: 'confirm', expect: ['27 maj'], lang: 'sv' });
addc({ category: 'host', as: SEC, q: 'SK 22/9 ska hållas i Haninge istället', kind: 'confirm', expect: ['Haninge'], lang: 'sv' });
addc({ category: 'cancel', as: SEC, q: 'ställ in LG 14/10', kind: 'confirm', expect: ['14 oktober'], lang: 'sv' });
addc({ category: 'add', as: SEC, q: 'lägg till ett extra LG fredag 17 juni kl 08.30', kind: 'confirm', expect: ['17 juni'], lang: 'sv' });
addc({ category: 'budgetline', as: SEC, q: 'ändra utredningar, konsultstöd till 250 000', kind: 'confirm', expect: ['250 000'], lang: 'sv' });
addc({ category: 'rotationhost', as: SEC, q: 'rådslaget 2017 ska ligga i Salem istället för Nykvarn', kind: 'confirm', expect: ['Salem'], lang: 'sv' });
addc({ category: 'history', as: SEC, q: 'visa ändringar', kind: 'history', lang: 'sv' });
addc({ category: 'missing', as: SEC, q: 'flytta LG-mötet', kind: 'clarify', lang: 'sv' });
addc({ category: 'missing', as: SEC, q: 'ändra personalbudgeten', kind: 'clarify', lang: 'sv' });
addc({ category: 'confirm', as: SEC, conversation: [
  { q: 'move the LG meeting on 25 November to 2 December', kind: 'confirm', expectAny: [['2 December', 'December 2']], lang: 'en', as: SEC },
  { q: 'yes', kind: 'confirmed', as: SEC },
] });
addc({ category: 'confirm', as: SEC, conversation: [
  { q: 'flytta sk 8/12 till 15/12', kind: 'confirm', expect: ['15 december'], lang: 'sv', as: SEC },
  { q: 'avbryt', kind: 'cancelled', as: SEC },
] });
addc({ category: 'refused', as: MEM, q: 'kan du flytta LG 9/9 till 16/9', kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'sv' });
addc({ category: 'refused', as: MEM, q: 'change the host of SK 3/11 to Huddinge', kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'en' });
addc({ category: 'refused', as: MEM, q: 'sänk personalposten till 550 000', kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'sv' });
addc({ category: 'period', as: SEC, q: 'när är LG i maj?', expect: ['20 maj'], lang: 'sv' });

const out = (name, items, desc) => fs.writeFileSync(path.join(__dirname, name),
  JSON.stringify({ description: desc, defaultNow: DEF, items }, null, 2) + '\n');
out('pool-questions.json', q, 'Round 11 writer n: kommundirektör Haninge – calendar, clashes, durations, days until, budget, plan facts');
out('pool-commands.json', c, 'Round 11 writer n: change requests (secretariat + members)');
console.log('questions', q.length, 'commands', c.length);

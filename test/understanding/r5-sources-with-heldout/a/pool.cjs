// Round 5 question pool, writer "a" — persona: LG (kommundirektörer) and committee chairs typing fast in Teams
// on their phones (short Swedish fragments, typos, abbreviations, follow-ups), plus a newly hired director
// who writes English. Source: /work/shared/plan/verksamhetsplan-2011.txt only.
// Run: node pool.js
const fs = require('fs');
const path = require('path');

const NOW = '2011-04-07T10:00:00+02:00';
const NIP = ['notInPlan', 'cannot'];
const T_SK_START = ['12.00', '12:00'];
const T_SK_END = ['15.00', '15:00'];
const T_LG_START = ['08.30', '8.30', '08:30', '8:30'];
const T_LG_END = ['13.00', '13:00'];

const questions = [];
function q(category, text, o = {}) {
  questions.push(Object.assign({ category, q: text, lang: 'sv' }, o));
}
function en(category, text, o = {}) { q(category, text, Object.assign({ lang: 'en' }, o)); }
function conv(category, turns, o = {}) {
  questions.push(Object.assign({ category, conversation: turns.map(t => Object.assign({ lang: 'sv' }, t)) }, o));
}

// ───────────────────────── ROTATION (rådslag host per year) ─────────────────────────
q('rotation', 'vem har rådslaget nästa år?', { expect: ['Nynäshamn'] });
q('rotation', 'när är det huddinges tur att ha rådslaget', { expect: ['2018'] });
en('rotation', 'Which municipality hosts the Rådslag in 2017?', { expect: ['Nykvarn'] });
q('rotation', 'när är tyresö värd för rådslaget', { expect: ['2014'] });
q('rotation', 'vilken kommun är sist i rotationen för rådslaget?', { expect: ['Huddinge', '2018'] });
q('rotation', 'vem tar rådslaget efter botkyrka', { expect: ['Tyresö'] });
q('rotation', 'rådslaget om tre år, var blir det', { expect: ['Tyresö'] });
en('rotation', 'who had the rådslag this year?', { expect: ['Salem'] });
q('rotation', 'hur många år är det tills södertälje har rådslaget?', { expect: ['2015'], expectAny: [['4', 'fyra']] });
en('rotation', 'Could you list all the rådslag host municipalities for 2011 to 2018?',
  { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] });
q('rotation', 'vem hade rådslaget året före nykvarn', { expect: ['Haninge'] });
q('rotation', 'rådslaget 2012 o 2013?', { expect: ['Nynäshamn', 'Botkyrka'] });

// ───────────────────────── BUDGET (arithmetic) ─────────────────────────
q('budget', 'totala budgeten?', { expect: ['860 000'] });
q('budget', 'vad blir avgiften per kommun om vi delar lika', { expect: ['107 500'] });
en('budget', 'How much do we spend on staff per month?', { expectAny: [['48 333', '48 334']] });
q('budget', 'personal + huddinge-ersättningen tillsammans?', { expect: ['630 000'] });
q('budget', 'hur mkt är kvar när personalen är betald', { expect: ['280 000'] });
en('budget', "What's the difference between the staff costs and the studies/consultancy line?", { expect: ['350 000'] });
q('budget', 'största kostnadsposten', { expect: ['580 000'], expectAny: [['personal']] });
q('budget', 'minsta kostnaden i budgeten?', { expect: ['50 000'], expectAny: [['Huddinge', 'kontorsservice']] });
en('budget', 'What share of the budget goes to staff?', { expectAny: [['67', '68']] });
q('budget', 'hur stor andel av totalen är utredningar, i procent', { expectAny: [['26', '27']] });
q('budget', 'utredningar per kvartal', { expect: ['57 500'] });
q('budget', 'hela budgeten per månad?', { expectAny: [['71 666', '71 667']] });
q('budget', 'personalkostnad per kommun vid lika fördelning', { expect: ['72 500'] });
en('budget', 'If costs are split equally between the municipalities, what does each one pay for studies and consultancy?',
  { expect: ['28 750'] });
q('budget', 'vad kostar personalen per kvartal', { expect: ['145 000'] });
en('budget', 'How many times bigger is the staff line than the compensation to Huddinge?', { expectAny: [['11,6', '11.6']] });
q('budget', 'om avgifterna höjs med 10 %, hur mycket blir intäkterna då?', { expect: ['946 000'] });
en('budget', 'What is the total income in the budget and where does it come from?',
  { expect: ['860 000'], expectAny: [['municipalit', 'kommun']] });

// ───────────────────────── YES / NO ─────────────────────────
q('yesno', 'är SK 14/4 i nykvarn?', { startsWith: 'Ja', expect: ['Nykvarn'] });
q('yesno', 'SK 22/9 i botkyrka va?', { startsWith: 'Nej', expect: ['Nynäshamn'] });
en('yesno', 'Are LG meetings on Thursdays?', { startsWith: 'No', expect: ['Friday'] });
q('yesno', 'är salem med i överförmyndarnämnden?', { startsWith: 'Nej' });
en('yesno', 'Is Tyresö part of the environmental and health protection association?', { startsWith: 'Yes' });
q('yesno', 'har rådslaget redan varit i år?', { startsWith: 'Ja', expect: ['24 mars'] });
q('yesno', 'är haninge värdkommun för ÖFN', { startsWith: 'Ja' });
en('yesno', 'Is there a committee meeting in October?', { startsWith: 'No' });
q('yesno', 'finns det nåt LG-möte i juni?', { startsWith: 'Nej' });
q('yesno', 'går budgeten jämnt ut?', { startsWith: 'Ja', expect: ['860 000'] });
en('yesno', 'Is the nyckeltal day in the spring?', { startsWith: 'No', expect: ['6 October'] });
q('yesno', 'tyresö har rådslaget 2013 eller?', { startsWith: 'Nej', expect: ['Botkyrka'] });
en('yesno', 'Does the LG meeting on 9 September come before the Södertörn conference?',
  { startsWith: 'No', expect: ['1 September'] });
q('yesno', 'ska vi lägga mer tid på regionala utvecklingsfrågor än verksamhetsfrågor i år?', { startsWith: 'Ja' });
q('yesno', 'kan fler kommuner gå med i ÖFN?', { startsWith: 'Ja' });

// ───────────────────────── FALSE PREMISES ─────────────────────────
q('premise', 'varför är botkyrka värd för SK 9/6?', { expect: ['Salem'] });
q('premise', 'vilken tid börjar LG torsdag 20/5', { expect: ['fredag'], expectAny: [T_LG_START] });
q('premise', 'varför höjdes personalbudgeten till 600 000?', { expect: ['580 000'] });
en('premise', "Where in Huddinge is this year's rådslag being held?", { expect: ['Salem'] });
q('premise', 'varför är nyckeltalsdagen i huddinge i år?', { expect: ['Botkyrka'] });
en('premise', 'What date in October is the Södertörn conference?', { expect: ['1 September'] });
q('premise', 'vad säger vision 2030?', { expect: ['2025'] });
q('premise', 'miljöförbundet startade 2010 va, vilka kommuner bildade det?',
  { expect: ['2008', 'Haninge', 'Nynäshamn', 'Tyresö'] });
q('premise', 'vi är ju tio kommuner i samarbetet, hur många invånare har vi totalt?',
  { expect: ['430 000'], expectAny: [['åtta', '8']] });
en('premise', 'Since the SK meets on Fridays, what time do the meetings start?',
  { expect: ['Thursday'], expectAny: [T_SK_START] });

// ───────────────────────── OFF-PLAN / CANNOT ─────────────────────────
q('offplan', 'boka en lokal i nykvarn till 14/4', { kind: NIP });
q('offplan', 'skicka kallelse till LG för 20/5', { kind: NIP });
q('offplan', 'vem är ordförande i SK?', { kind: NIP });
en('offplan', "What's the address of Salem's town hall?", { kind: NIP });
q('offplan', 'budgeten för 2012?', { kind: NIP });
en('offplan', 'Who hosts the LG meeting on 20 May?', { kind: NIP });
q('offplan', 'vem är värd för rådslaget 2019', { kind: NIP });
en('offplan', 'Can you put all the committee meetings into my Outlook calendar?', { kind: NIP });
q('offplan', 'hur många invånare har nykvarn?', { kind: NIP });
en('offplan', 'Who is the kommundirektör in Haninge? I need to call them.', { kind: NIP });

// ───────────────────────── TOPIC (the right one of two similar things) ─────────────────────────
q('topic', 'när var LG:s planeringskonferens?', { expect: ['31 mars'], expectNot: ['28 januari'] });
q('topic', 'planeringskonferensen för kommittén, datum?', { expect: ['28 januari'], expectNot: ['31 mars'] });
en('topic', "What's the purpose of the LG?",
  { expectAny: [['prepar'], ['coordinat']] });
q('topic', 'vad ingår i ersättningen till huddinge', { expect: ['kontorsservice', 'arbetsrum'] });
q('topic', 'konsultstöd, vilken budgetpost o hur mycket', { expect: ['utredningar', '230 000'] });
en('topic', 'What is the verksamhetsfrågor area supposed to achieve?',
  { expectAny: [['efficien', 'effektiv'], ['quality', 'kvalitet', 'econom']] });
q('topic', 'vilken konferens är i sept o vilken i okt?', { expect: ['1 september', '6 oktober'] });
q('topic', 'vem sköter explosiva varor', { expect: ['brandförsvarsförbund'] });
q('topic', 'receptfria läkemedel, vilket förbund?',
  { expectAny: [['miljö- och hälsoskyddsförbund', 'miljöförbund']], expectNot: ['brandförsvarsförbund'] });
q('topic', 'vilka deltar på södertörnskonferensen?',
  { expectAny: [['partier'], ['tjänstemän']], expectNot: ['Handelskammaren'] });
en('topic', 'Who takes part in the rådslag besides the municipalities?',
  { expectAny: [['KTH'], ['Karolinska'], ['Handelskammaren', 'Chamber of Commerce'], ['Företagarna']] });

// ───────────────────────── PERIOD ─────────────────────────
q('period', 'vilka SK-möten är det i höst?', { expect: ['22 september', '3 november', '8 december'] });
q('period', 'LG efter sommaren', { expect: ['9 september', '14 oktober', '25 november'] });
en('period', 'first committee meeting after the summer?', { expect: ['22 September', 'Nynäshamn'] });
q('period', 'sista SK-mötet för året, var?', { expect: ['8 december', 'Tyresö'] });
q('period', 'vad händer i september?', { expect: ['1 september', '9 september', '22 september'] });
en('period', "what's on in October?", { expect: ['6 October', '14 October'] });
q('period', 'SK före sommaren?', { expect: ['14 april', '9 juni'] });
q('period', 'nästa SK', { expect: ['14 april', 'Nykvarn'] });
q('period', 'nästa LG?', { now: '2011-10-01T09:00:00+02:00', expect: ['14 oktober'] });
en('period', 'next committee meeting?', { now: '2011-09-23T09:00:00+02:00', expect: ['3 November', 'Botkyrka'] });
q('period', 'nästa SK-möte?', { now: '2011-12-09T09:00:00+01:00', expect: ['Södertälje', '2012'], expectAny: [['januari', 'jan']] });
en('period', 'Which SK meetings are planned for 2012?', { expect: ['Södertälje', 'Huddinge'], expectAny: [['January'], ['April']] });

// ───────────────────────── FOLLOW-UPS (conversations) ─────────────────────────
conv('followup', [
  { q: 'när är nästa SK?', expect: ['14 april', 'Nykvarn'] },
  { q: 'och efter det?', expect: ['9 juni', 'Salem'] },
  { q: 'tid?', expectAny: [T_SK_START, T_SK_END] },
]);
conv('followup', [
  { q: 'vem har rådslaget 2013?', expect: ['Botkyrka'] },
  { q: 'och året efter?', expect: ['Tyresö'] },
  { q: 'o 2012?', expect: ['Nynäshamn'] },
]);
conv('followup', [
  { q: 'vad kostar personalen?', expect: ['580 000'] },
  { q: 'per månad?', expectAny: [['48 333', '48 334']] },
  { q: 'och utredningar?', expect: ['230 000'] },
]);
conv('followup', [
  { q: 'ÖFN vilka är med', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
  { q: 'värdkommun?', expect: ['Haninge'] },
  { q: 'sen när?', expect: ['1 januari', '2011'] },
]);
conv('followup', [
  { q: "When's the next LG meeting?", expect: ['20 May'], lang: 'en' },
  { q: 'and the one after that?', expect: ['9 September'], lang: 'en' },
  { q: 'what time?', expectAny: [T_LG_START, T_LG_END], lang: 'en' },
]);
conv('followup', [
  { q: 'miljöförbundet, vilka kommuner?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
  { q: 'när startade det', expect: ['2008'] },
  { q: 'vad har de fått för ny uppgift?', expect: ['läkemedel'] },
]);
conv('followup', [
  { q: 'Who hosts the SK meeting on 22 September?', expect: ['Nynäshamn'], lang: 'en' },
  { q: 'and the one in November?', expect: ['Botkyrka', '3 November'], lang: 'en' },
]);
conv('followup', [
  { q: 'totala avgifterna?', expect: ['860 000'] },
  { q: 'delat på alla kommunerna?', expect: ['107 500'] },
  { q: 'per kvartal för en kommun då', expect: ['26 875'] },
]);
conv('followup', [
  { q: 'södertörnskonferensen när?', expect: ['1 september'] },
  { q: 'var?', expect: ['Huddinge', 'Tyresö'] },
  { q: 'vilka deltar', expectAny: [['parti'], ['tjänstemän']] },
]);
conv('followup', [
  { q: 'What is our vision?', expect: ['2025'], expectAny: [['half a million', '500 000']], lang: 'en' },
  { q: 'and how many inhabitants do we have today?', expect: ['430 000'], lang: 'en' },
]);
conv('followup', [
  { q: 'rådslaget i år?', expect: ['24 mars', 'Salem'] },
  { q: 'vilka är med?', expect: ['Handelskammaren', 'Företagarna'] },
]);
conv('followup', [
  { q: 'Which municipality hosts the rådslag in 2016?', expect: ['Haninge'], lang: 'en' },
  { q: 'and the year before?', expect: ['Södertälje'], lang: 'en' },
]);

// ───────────────────────── TYPOS ─────────────────────────
q('typo', 'ledingsgruppen nästa möte', { expect: ['20 maj'] });
q('typo', 'när är samarbetskomiten i juni', { expect: ['9 juni', 'Salem'] });
q('typo', 'rådslagets värdkomun 2015', { expect: ['Södertälje'] });
q('typo', 'budgten för utredningr', { expect: ['230 000'] });
q('typo', 'södertörnskonfernsen datum', { expect: ['1 september'] });
q('typo', 'miljö och hälsoskyddförbundet medlemar', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] });
q('typo', 'kommitens möte i nov', { expect: ['3 november', 'Botkyrka'] });
en('typo', 'whens the next ledningsgrupp meting', { expect: ['20 May'] });
en('typo', 'commitee meeting in septmber?', { expect: ['22 September', 'Nynäshamn'] });
q('typo', 'LG-datm i oktber', { expect: ['14 oktober'] });
q('typo', 'SK-mötet i decmber var', { expect: ['8 december', 'Tyresö'] });
q('typo', 'planeringskonferensn för ledningsgrupen', { expect: ['31 mars'], expectNot: ['28 januari'] });

// ───────────────────────── LANGUAGE / LOCALE ─────────────────────────
q('language', 'SK 3/11 värd?', { locale: 'en-GB', lang: 'en', expect: ['Botkyrka'] });
q('language', 'ÖFN?', { locale: 'sv-SE', lang: 'sv', expect: ['Haninge'] });
q('language', 'kostnader?', { locale: 'en-GB', lang: 'en', expect: ['580 000', '50 000', '230 000'] });
q('language', '14/4?', { locale: 'en-GB', lang: 'en', expect: ['14 April', 'Nykvarn'] });
q('language', 'när är nästa LG?', { locale: 'en-GB', lang: 'sv', expect: ['20 maj'] });
q('language', 'when is the next LG meeting?', { locale: 'sv-SE', lang: 'en', expect: ['20 May'] });
q('language', 'rådslaget 2014', { expect: ['Tyresö'] });
en('language', 'Who hosts the Södertörnskonferensen?', { expect: ['Huddinge', 'Tyresö'] });
q('language', 'LG 9/9', { locale: 'en-US', lang: 'en', expect: ['9 September'], expectAny: [T_LG_START] });
q('language', 'nyckeltal?', { locale: 'en-GB', lang: 'en', expect: ['6 October', 'Botkyrka'] });
q('language', 'budget', { locale: 'sv-SE', lang: 'sv', expect: ['860 000'] });

// ───────────────────────── GENERAL FACTS (whole plan) ─────────────────────────
q('facts', 'hur många invånare har södertörn', { expect: ['430 000'] });
en('facts', 'What is Vision 2025 about?', { expect: ['2025'], expectAny: [['half a million', '500 000']] });
q('facts', 'vilka målområden finns i SUP 2010', { expect: ['Näringsliv', 'Högskola', 'Mångfald', 'Klimat', 'Infrastruktur'] });
q('facts', 'hur många konkreta utvecklingsfrågor hör till målområdena?', { expectAny: [['fem', '5']] });
q('facts', 'vilka företag nämns som exempel i planen', { expect: ['Scania'], expectAny: [['AstraZeneca', 'Astra Zeneca']] });
q('facts', 'vilka infrastruktursatsningar nämns', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] });
q('facts', 'förhållningssätt?', { expectAny: [['gemensamma nyttan'], ['demokratiska'], ['ge och få']] });
en('facts', 'Which regional bodies do we coordinate our efforts in?',
  { expect: ['KSL', 'Business Alliance'], expectAny: [['Mälardalsrådet', 'Mälardalen']] });
q('facts', 'vem sitter i samarbetskommittén', { expectAny: [['kommunstyrelseordförande', 'kommunstyrelsens ordförande', 'kommunstyrelsernas ordförande']] });
q('facts', 'vem har sekretariatet åt kommittén', { expect: ['Huddinge'] });
q('facts', 'hur ofta träffas LG', { expectAny: [['sex', '6']] });
q('facts', 'när startade miljö- och hälsoskyddsförbundet', { expect: ['2008'] });
en('facts', 'When did the joint guardianship committee (ÖFN) start?', { expect: ['2011'], expectAny: [['1 January', 'January 1']] });
q('facts', 'vilka kommuner är inte med i överförmyndarnämnden', { expect: ['Nykvarn', 'Salem', 'Södertälje'] });
en('facts', 'What are the two main areas of cooperation?',
  { expectAny: [['regional'], ['verksamhet', 'operation', 'service', 'activit', 'business']] });
q('facts', 'vad ska prioriteras 2011, regionala frågor eller verksamhetsfrågor?', { expect: ['regionala utvecklingsfrågor'] });
q('facts', 'när fastställdes SUP 2010?', { expect: ['2010'], expectAny: [['höst']] });
en('facts', 'What does the plan say about joint procurement?', { expectAny: [['procurement'], ['goods', 'services', 'LOU', 'Procurement Act']] });
q('facts', 'vad är södertörns rådslag för nåt', { expectAny: [['årlig', 'varje år'], ['utveckling']] });
q('facts', 'nyckeltalsdagen, vad är det', { expectAny: [['uppföljning', 'följa upp', 'följer upp']] });
en('facts', 'What time are the SK meetings?', { expect: ['Thursday'], expectAny: [T_SK_START, T_SK_END] });
q('facts', 'LG tider?', { expect: ['fredag'], expectAny: [T_LG_START, T_LG_END] });
en('facts', 'When and where is the key figures day?', { expect: ['6 October', 'Botkyrka'] });
q('facts', 'vad menas med "The Capital of Scandinavia" i planen?', { expect: ['Stockholm'] });
q('facts', 'vilka högskolor nämns i planen?', { expect: ['Södertörns högskola', 'KTH', 'Karolinska'] });
en('facts', 'Which municipalities founded the environmental and health protection association?',
  { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] });
q('facts', 'vilka områden har vi traditionellt samarbetat inom', { expectAny: [['gymnasie'], ['räddningstjänst']] });
q('facts', 'vilka är de viktigaste regionala utvecklingsfrågorna i SUP 2010?', { expect: ['utbildningsnivå', 'klimat'] });
en('facts', 'Which municipalities are part of the cooperation?',
  { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö'] });
q('facts', 'vem deltar på SK-mötena förutom ordförandena?', { expect: ['kommundirektör'] });
q('facts', 'gemensam ägarstyrning – hur då?', { expectAny: [['ägardialog'], ['direktiv', 'bolagsordning', 'förbunds']] });
q('facts', 'omvärldsbevakning, vad gör vi där', { expectAny: [['kontaktnät'], ['KSL', 'opinionsbildning', 'Mälardalsrådet']] });
q('facts', 'alla SK-datum resten av året', { expect: ['14 april', '9 juni', '22 september', '3 november', '8 december'] });
en('facts', 'What does the LG planning conference look like, timing-wise?', { expect: ['31 March'], expectAny: [['lunch']] });

// ═════════════════════════ CHANGE REQUESTS ═════════════════════════
const commands = [];
function c(category, text, as, o = {}) {
  commands.push(Object.assign({ category, q: text, as, lang: 'sv' }, o));
}
function cc(category, as, turns, o = {}) {
  commands.push(Object.assign({ category, as, conversation: turns.map(t => Object.assign({ as, lang: 'sv' }, t)) }, o));
}
const S = 'secretariat', M = 'member';
const REF = { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] };

// move
c('move', 'flytta LG 20/5 till 27/5', S, { kind: 'confirm', expect: ['27 maj'] });
c('move', 'SK-mötet 9 juni behöver flyttas till 16 juni', S, { kind: 'confirm', expect: ['16 juni'] });
c('move', 'move the LG meeting on 20 May to 27 May', S, { kind: 'confirm', expect: ['27 May'], lang: 'en' });
c('move', 'södertörnskonferensen flyttas till 8/9', S, { kind: 'confirm', expect: ['8 september'] });
c('move', 'Please move the committee meeting of 3 November to 10 November.', S, { kind: 'confirm', expect: ['10 November'], lang: 'en' });
// host
c('host', 'ny värd för SK 22/9: Haninge', S, { kind: 'confirm', expect: ['Haninge'] });
c('host', 'salem kan inte ta 9/6, huddinge tar det istället', S, { kind: 'confirm', expect: ['Huddinge'] });
c('host', 'change the host of the SK meeting on 8 December to Södertälje', S, { kind: 'confirm', expect: ['Södertälje'], lang: 'en' });
// cancel
c('cancel', 'ställ in LG 14/10', S, { kind: 'confirm', expect: ['14 oktober'] });
c('cancel', 'SK 8/12 utgår', S, { kind: 'confirm', expect: ['8 december'] });
c('cancel', 'cancel the LG meeting on 25 November', S, { kind: 'confirm', expect: ['25 November'], lang: 'en' });
// add
c('add', 'lägg till ett extra SK-möte 20 okt i Huddinge', S, { kind: 'confirm', expect: ['20 oktober'] });
c('add', 'nytt LG-möte fredag 17 juni', S, { kind: 'confirm', expect: ['17 juni'] });
c('add', 'add an extra LG meeting on Friday 16 December', S, { kind: 'confirm', expect: ['16 December'], lang: 'en' });
// budget lines
c('budgetline', 'höj utredningar till 250 000', S, { kind: 'confirm', expect: ['250 000'] });
c('budgetline', 'personal ska vara 600 000 i budgeten', S, { kind: 'confirm', expect: ['600 000'] });
c('budgetline', 'set the compensation to Huddinge for office services to 60 000', S, { kind: 'confirm', expect: ['60 000'], lang: 'en' });
// rådslag rotation host
c('rotationhost', 'rådslaget 2013 ska vara i tyresö istället', S, { kind: 'confirm', expect: ['Tyresö'] });
c('rotationhost', 'change the rådslag host for 2016 to Salem', S, { kind: 'confirm', expect: ['Salem'], lang: 'en' });
c('rotationhost', 'byt värdkommun för rådslaget 2012 till Södertälje', S, { kind: 'confirm', expect: ['Södertälje'] });
// missing information → clarify
c('missing', 'flytta LG-mötet', S, { kind: 'clarify' });
c('missing', 'flytta SK 14/4', S, { kind: 'clarify' });
c('missing', 'ändra personalbudgeten', S, { kind: 'clarify' });
c('missing', 'ny värd för SK', S, { kind: 'clarify' });
c('missing', 'cancel the meeting', S, { kind: 'clarify', lang: 'en' });
// history
c('history', 'visa ändringar', S, { kind: 'history' });
c('history', 'what has changed?', S, { kind: 'history', lang: 'en' });
// confirm / cancel conversations
cc('confirm', S, [
  { q: 'flytta SK 22/9 till 29/9', kind: 'confirm', expect: ['29 september'] },
  { q: 'ja', kind: 'confirmed' },
]);
cc('confirm', S, [
  { q: 'ställ in LG 9/9', kind: 'confirm', expect: ['9 september'] },
  { q: 'avbryt', kind: 'cancelled' },
]);
cc('confirm', S, [
  { q: 'move the nyckeltal day to 13 October', kind: 'confirm', expect: ['13 October'], lang: 'en' },
  { q: 'yes', kind: 'confirmed', lang: 'en' },
  { q: 'what has changed?', kind: 'history', lang: 'en' },
]);
cc('confirm', S, [
  { q: 'rådslaget 2014 ska till nykvarn', kind: 'confirm', expect: ['Nykvarn'] },
  { q: 'nej', kind: 'cancelled' },
]);
cc('confirm', S, [
  { q: 'höj utredningar mm till 240 000', kind: 'confirm', expect: ['240 000'] },
  { q: 'ok kör', kind: 'confirmed' },
  { q: 'visa ändringar', kind: 'history', expect: ['240 000'] },
]);
cc('confirm', S, [
  { q: 'SK 3/11 ny värd södertälje', kind: 'confirm', expect: ['Södertälje'] },
  { q: 'bekräfta', kind: 'confirmed' },
]);
// members → refused
c('refused', 'flytta SK 14/4 till 21/4', M, REF);
c('refused', 'cancel LG on 20 May', M, Object.assign({ lang: 'en' }, REF));
c('refused', 'höj personal till 700 000', M, REF);
c('refused', 'byt rådslagsvärd 2015 till salem', M, REF);
c('refused', 'lägg till ett SK möte 1 dec', M, REF);
// questions from the secretariat that look a bit like commands
c('period', 'när är LG i maj?', S, { expect: ['20 maj'] });
c('facts', 'vem är värd för SK 9/6?', S, { expect: ['Salem'] });
c('budget', 'hur mycket ligger på utredningar nu?', S, { expect: ['230 000'] });
c('rotation', 'vilket år har tyresö rådslaget', S, { expect: ['2014'] });
c('period', 'which LG meetings are left this autumn?', S, { expect: ['9 September', '14 October', '25 November'], lang: 'en' });
c('yesno', 'ska SK 3/11 vara i botkyrka?', S, { startsWith: 'Ja', expect: ['Botkyrka'] });

function write(name, description, items) {
  const out = { description, defaultNow: NOW, items };
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify(out, null, 2) + '\n');
}
write('pool-questions.json',
  'Round 5 writer a: questions (LG/committee chairs in Teams on phones; new English-speaking director)', questions);
write('pool-commands.json',
  'Round 5 writer a: change requests from the secretariat, refused member requests, secretariat questions', commands);

function stats(items, label) {
  const byCat = {}, byLang = {};
  for (const it of items) {
    byCat[it.category] = (byCat[it.category] || 0) + 1;
    const l = it.lang || (it.conversation && it.conversation[0].lang) || '?';
    byLang[l] = (byLang[l] || 0) + 1;
  }
  console.log(label, items.length, JSON.stringify(byCat), JSON.stringify(byLang));
}
stats(questions, 'questions');
stats(commands, 'commands');

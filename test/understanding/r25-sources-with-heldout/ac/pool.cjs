// Round 25 pool, writer "ac". Source: /work/shared/plan/verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const NIP = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'];
const T15 = ['15.00', '15:00'];
const T0830 = ['08.30', '08:30', '8.30', '8:30'];
const T13 = ['13.00', '13:00'];

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

const questions = [
  // ---------------- rotation ----------------
  Q('rotation', 'rådslag 2013 vem', { expect: ['Botkyrka'] }),
  Q('rotation', 'rådslager 2016 värd', { expect: ['Haninge'] }),
  Q('rotation', 'när e salem värd för rådslaget', { expect: ['2011'] }),
  E('rotation', 'Which year does Huddinge host the Södertörn rådslag?', { expect: ['2018'] }),
  E('rotation', 'Who hosts the rådslag the year after Tyresö does?', { expect: ['Södertälje', '2015'] }),
  Q('rotation', 'nykvarn rådslag år?', { expect: ['2017'] }),
  Q('rotation', 'nästa rådslag var', { expect: ['Nynäshamn', '2012'] }),
  E('rotation', 'Can you list the rådslag host municipalities for 2014, 2015 and 2016?', { expect: ['Tyresö', 'Södertälje', 'Haninge'] }),
  Q('rotation', 'vem hade rådslaget innan tyresö', { expect: ['Botkyrka', '2013'] }),
  Q('rotation', 'sista året i rotationen?', { expect: ['2018', 'Huddinge'] }),
  E('rotation', 'Counting from 2011, how many years until Huddinge hosts the rådslag?', { expect: ['2018'], expectAny: [['7', 'seven']] }),
  Q('rotation', 'rådslaget 2019?', { kind: NIP }),
  Q('rotation', 'hsninge rådslag', { expect: ['2016'] }),
  Q('rotation', 'vilka e värdar för rådslaget 2012 o 2017', { expect: ['Nynäshamn', 'Nykvarn'] }),
  Q('rotation', 'hur många år mellan salem o södertälje i rådslagsrotationen', { expect: ['2015'], expectAny: [['4 år', 'fyra år']] }),
  E('rotation', 'As finance we need to plan the hosting cost: in which year is it Huddinge\'s turn to host the rådslag, and who hosts right before us?', { expect: ['2018', 'Nykvarn', '2017'] }),

  // ---------------- budget ----------------
  Q('budget', 'budgeten tot?', { expect: ['860 000'] }),
  E('budget', "What's each municipality's share of the fees if the 860k is split equally across all eight?", { expect: ['107 500'] }),
  E('budget', 'What percentage of total costs is personnel?', { expectAny: [['67', '68']] }),
  E('budget', 'How much is budgeted per month for personnel?', { expect: ['48 333'] }),
  Q('budget', 'utredningar per kvartal', { expect: ['57 500'] }),
  E('budget', 'Difference between the personnel line and the studies/consultancy line?', { expect: ['350 000'] }),
  Q('budget', 'störst kostnadspost', { expect: ['580 000'], expectAny: [['personal']] }),
  Q('budget', 'minsta posten i budgeten', { expect: ['50 000'], expectAny: [['Huddinge', 'kontorsservice']] }),
  E('budget', 'How much does Huddinge receive for office services and workspace, and what share of total costs is that?', { expect: ['50 000'], expectAny: [['5,8', '5.8', '6 %', '6%', '6 per']] }),
  Q('budget', 'allt utom personal hur mkt', { expect: ['280 000'] }),
  E('budget', "Assuming equal fees, what is Huddinge's net contribution once you deduct the compensation we get for office services?", { expect: ['57 500'] }),
  Q('budget', 'budget per månad totalt', { expectAny: [['71 666', '71 667']] }),
  E('budget', 'Share of the budget going to studies and consultancy support, in percent?', { expectAny: [['26', '27']] }),
  Q('budget', 'går budgeten ihop', { startsWith: 'Ja', expect: ['860 000'] }),
  Q('budget', 'personal per kommun om man delar lika', { expect: ['72 500'] }),
  E('budget', 'Per-municipality split of the consultancy line, equal shares?', { expect: ['28 750'] }),
  Q('budget', 'personal o ersättningen t huddinge ihop', { expect: ['630 000'] }),
  E('budget', 'How many times larger is the personnel line than the Huddinge office-services compensation?', { expectAny: [['11,6', '11.6']] }),
  Q('budget', 'konsultstöd per mån', { expectAny: [['19 166', '19 167']] }),
  E('budget', 'Quarterly figure for the whole budget?', { expect: ['215 000'] }),
  E('budget', 'What are the revenue sources in the 2011 budget?', { expect: ['860 000'], expectAny: [['avgift', 'fee']] }),
  Q('budget', 'ersättn huddinge per kvartal', { expect: ['12 500'] }),

  // ---------------- yesno ----------------
  Q('yesno', 'sk 9/6 i salem?', { startsWith: 'Ja', expect: ['Salem'] }),
  Q('yesno', 'e nykvarn med i öfn', { startsWith: 'Nej' }),
  E('yesno', 'Is Salem a member of the Södertörn environment and health protection association?', { startsWith: 'No', expect: ['Haninge'] }),
  Q('yesno', 'lg på fredagar?', { startsWith: 'Ja' }),
  Q('yesno', 'nyckeltalsdagen i huddinge?', { startsWith: 'Nej', expect: ['Botkyrka'] }),
  E('yesno', 'Is the total 2011 budget over one million kronor?', { startsWith: 'No', expect: ['860 000'] }),
  Q('yesno', 'är rådslaget 2014 i tyresö', { startsWith: 'Ja' }),
  E('yesno', 'Does any municipality host the rådslag twice between 2011 and 2018?', { startsWith: 'No' }),
  Q('yesno', 'börjar sk kl 13', { startsWith: 'Nej', expectAny: [T12] }),
  Q('yesno', 'haninge värd för öfn?', { startsWith: 'Ja' }),
  Q('yesno', 'har miljöförbundet funnits sen 2008', { startsWith: 'Ja' }),
  E('yesno', 'Are Södertälje and Salem part of the joint guardianship board?', { startsWith: 'No' }),
  Q('yesno', 'ingår kth i rådslaget', { startsWith: 'Ja' }),
  Q('yesno', 'deltar kommundirektörerna på sk', { startsWith: 'Ja' }),

  // ---------------- premise ----------------
  Q('premise', 'varför e botkyrka värd för sk 9/6', { expect: ['Salem'] }),
  E('premise', 'Why did the personnel line go up to 680,000?', { expect: ['580 000'] }),
  Q('premise', 'varför är nyckeltalsdagen i haninge', { expect: ['Botkyrka'] }),
  E('premise', 'Since all eight municipalities are in the överförmyndarnämnd, how is its cost split between them?', { expect: ['Botkyrka', 'Nynäshamn', 'Tyresö'] }),
  Q('premise', 'när i maj e sk', { expect: ['9 juni'] }),
  E('premise', 'Why is Tyresö hosting the 2013 rådslag?', { expect: ['Botkyrka'] }),
  Q('premise', 'lg torsdag 20/5 eller?', { expect: ['fredag'] }),
  E('premise', 'Since the Södertörnskonferensen is in Salem this year, what date is it?', { expect: ['1 September'], expectAny: [['Huddinge', 'Tyresö']] }),
  Q('premise', 'miljöförbundet startade 2010 va', { expect: ['2008'] }),
  E('premise', 'The municipal fees add up to 900,000, right? How is that spent?', { expect: ['860 000'] }),
  Q('premise', 'rådslaget i nykvarn nästa år', { expect: ['Nynäshamn'] }),

  // ---------------- offplan ----------------
  Q('offplan', 'boka lokal sk 14/4', { kind: NIP }),
  E('offplan', 'Can you send the meeting invite for the LG on 20 May to all the directors?', { kind: NIP }),
  Q('offplan', 'vem e ordf i sk', { kind: NIP }),
  E('offplan', 'What will the committee budget be for 2012?', { kind: NIP }),
  Q('offplan', 'agenda 9/6?', { kind: NIP }),
  Q('offplan', 'adress nykvarn kommunhus', { kind: NIP }),
  E('offplan', 'What did last year\'s key-figure follow-up show for Huddinge?', { kind: NIP }),
  Q('offplan', 'ring tyresö o säg att ja e sen', { kind: NIP }),
  Q('offplan', 'vad kostar konferensen per person', { kind: NIP }),
  Q('offplan', 'lunch ingår på sk?', { kind: NIP }),

  // ---------------- topic ----------------
  Q('topic', 'planeringskonf sk när', { expect: ['27', '28', 'januari'], expectNot: ['31 mars'] }),
  E('topic', "When was the ledningsgrupp's planning conference?", { expect: ['31 March', '1 April'], expectNot: ['January'] }),
  Q('topic', 'södertörnskonferensen när', { expect: ['1 september'], expectNot: ['24 mars'] }),
  Q('topic', 'rådslaget i år när', { expect: ['24 mars'], expectNot: ['1 september'] }),
  E('topic', 'What does the 50 000 budget line cover?', { expectAny: [['kontorsservice', 'office service'], ['arbetsrum', 'workspace', 'work space', 'office space', 'premises', 'rooms']] }),
  E('topic', "What's in the 230 000 line?", { expectAny: [['utredning', 'stud', 'investigation', 'inquir'], ['konsult', 'consult']] }),
  Q('topic', 'vad syftar verksamhetsfrågorna till', { expectAny: [['effektivisera'], ['kvalitet']] }),
  E('topic', 'What is the ledningsgrupp for, as opposed to the committee itself?', { expectAny: [['prepar', 'förbered'], ['coordinat', 'samordna']] }),
  Q('topic', 'explosiva varor vem', { expect: ['brandförsvarsförbund'] }),
  Q('topic', 'nyckeltal botkyrka när', { expect: ['6 oktober'], expectNot: ['3 november'] }),
  Q('topic', 'sk i botkyrka när', { expect: ['3 november'], expectNot: ['6 oktober'] }),

  // ---------------- period ----------------
  Q('period', 'sk i höst', { expect: ['22 september', '3 november', '8 december'] }),
  Q('period', 'lg efter sommarn', { expect: ['9 september', '14 oktober', '25 november'] }),
  E('period', 'Which committee meetings fall in the first half of the year?', { expect: ['27 January', '14 April', '9 June'] }),
  Q('period', 'sista sk i år', { expect: ['8 december', 'Tyresö'] }),
  E('period', "What's on in October?", { expect: ['6 October', '14 October'] }),
  Q('period', 'första lg efter semestern', { expect: ['9 september'] }),
  Q('period', 'vad händer i september', { expect: ['1 september', '9 september', '22 september'] }),
  E('period', 'How many SK meetings are left this year?', { expect: ['14 April', '8 December'], expectAny: [['5', 'five']] }),
  Q('period', 'lg i vår kvar', { expect: ['20 maj'] }),
  Q('period', 'dec?', { expect: ['8 december'] }),
  Q('period', 'sk nov', { expect: ['3 november', 'Botkyrka'] }),
  Q('period', 'vad e kvar före midsommar', { expect: ['14 april', '20 maj', '9 juni'] }),
  Q('period', 'nästa sk', { now: '2011-10-01T09:00:00+02:00', expect: ['3 november', 'Botkyrka'] }),

  // ---------------- followup ----------------
  C('followup', [
    { q: 'när e sk nästa', expect: ['14 april', 'Nykvarn'] },
    { q: 'o efter de', expect: ['9 juni', 'Salem'] },
  ]),
  C('followup', [
    { q: 'When does Tyresö host the rådslag?', lang: 'en', expect: ['2014'] },
    { q: 'And the year before?', lang: 'en', expect: ['Botkyrka'] },
  ]),
  C('followup', [
    { q: 'lg maj', expect: ['20 maj'] },
    { q: 'tid?', expectAny: [T0830, T13] },
  ]),
  C('followup', [
    { q: "What's the personnel budget?", lang: 'en', expect: ['580 000'] },
    { q: 'As a percentage of total costs?', lang: 'en', expectAny: [['67', '68']] },
    { q: 'and per municipality if split equally?', lang: 'en', expect: ['72 500'] },
  ]),
  C('followup', [
    { q: 'överförmyndarnämnden vilka kommuner', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
    { q: 'värdkommun?', expect: ['Haninge'] },
  ]),
  C('followup', [
    { q: 'nyckeltalsdagen', expect: ['6 oktober', 'Botkyrka'] },
    { q: 'veckodag?', expect: ['torsdag'] },
  ]),
  C('followup', [
    { q: 'Who takes part in the Södertörn rådslag?', lang: 'en', expect: ['KTH'], expectAny: [['Handelskammaren', 'Chamber of Commerce']] },
    { q: 'How often is it held?', lang: 'en', expectAny: [['annual', 'every year', 'yearly', 'once a year']] },
  ]),
  C('followup', [
    { q: 'sk 22/9 värd', expect: ['Nynäshamn'] },
    { q: 'o rådslaget när e dom värd', expect: ['2012'] },
  ]),
  C('followup', [
    { q: 'When is the Södertörnskonferensen?', lang: 'en', expect: ['1 September'] },
    { q: 'Who attends?', lang: 'en', expectAny: [['part', 'parti'], ['official', 'tjänstem', 'civil servant', 'senior staff', 'management']] },
  ]),
  C('followup', [
    { q: 'miljöförbundet startår', expect: ['2008'] },
    { q: 'vilka kommuner', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
  ]),

  // ---------------- typo ----------------
  Q('typo', 'ledingsgruppen nästa möte', { expect: ['20 maj'] }),
  Q('typo', 'samarbetskomitens tider', { expectAny: [T12, T15] }),
  Q('typo', 'nyckeltaldagen var', { expect: ['Botkyrka'] }),
  Q('typo', 'överförmyndarnämden värdkommun', { expect: ['Haninge'] }),
  Q('typo', 'södertörnskonferesen datum', { expect: ['1 september'] }),
  Q('typo', 'rådslgaet 2015', { expect: ['Södertälje'] }),
  Q('typo', 'planeringskonfrensen lg', { expect: ['31 mars', '1 april'] }),
  Q('typo', 'konsulstöd budget', { expect: ['230 000'] }),
  Q('typo', 'SK-mötet i tyrsö', { expect: ['8 december'] }),
  Q('typo', 'LG-datum okt', { expect: ['14 oktober'] }),
  E('typo', 'whens the nyckletal day', { expect: ['6 October'] }),
  E('typo', 'personel budget?', { expect: ['580 000'] }),

  // ---------------- language ----------------
  Q('language', 'SK 3/11 värd?', { locale: 'en-GB', lang: 'en', expect: ['Botkyrka'] }),
  Q('language', 'ÖFN?', { locale: 'en-US', lang: 'en', expect: ['Haninge'] }),
  Q('language', 'rådslag 2015', { locale: 'en-GB', lang: 'en', expect: ['Södertälje'] }),
  Q('language', 'kostnader?', { locale: 'sv-SE', lang: 'sv', expect: ['580 000', '50 000', '230 000'] }),
  Q('language', 'LG 9/9?', { lang: 'sv', expect: ['9 september'] }),
  E('language', 'Who hosts rådslaget 2013?', { expect: ['Botkyrka'] }),
  Q('language', 'nyckeltal 6/10 var', { locale: 'en-GB', lang: 'sv', expect: ['Botkyrka'] }),
  Q('language', 'budget 2011 total', { locale: 'en-GB', lang: 'en', expect: ['860 000'] }),
  E('language', 'what time does sk start', { expectAny: [T12] }),

  // ---------------- facts ----------------
  Q('facts', 'vision 2025?', { expectAny: [['halv miljon', '500 000']] }),
  Q('facts', 'invånare södertörn', { expect: ['430 000'] }),
  Q('facts', 'målområden sup', { expect: ['Näringsliv', 'Mångfald', 'Klimat', 'Infrastruktur'] }),
  E('facts', 'What are the five development issues in Södertörns UtvecklingsProgram 2010?', { expectAny: [['utbildningsnivå', 'education'], ['kunskapsintensiv', 'knowledge'], ['infrastruktur', 'infrastructure']] }),
  Q('facts', 'förhållningssätt', { expect: ['gemensamma nyttan', 'ge och få'] }),
  Q('facts', 'regionala organ vilka', { expect: ['KSL', 'Business Alliance', 'Mälardalsrådet'] }),
  Q('facts', 'syftet m sk', { expectAny: [['regionala utveckling', 'regional utveckling']] }),
  Q('facts', 'sk består av?', { expectAny: [['kommunstyrelseordförande', 'kommunstyrelsens ordförande', 'ordförande']] }),
  Q('facts', 'vem har sekretariatet', { expect: ['Huddinge'] }),
  Q('facts', 'sk hur många ggr per år', { expectAny: [['sex', '6']] }),
  Q('facts', 'vilka sitter i lg', { expect: ['kommundirektör'] }),
  Q('facts', 'infrastruktur satsningar vilka', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] }),
  Q('facts', 'vilka företag nämns', { expect: ['Scania', 'Astra'] }),
  Q('facts', 'traditioner samarbete', { expect: ['gymnasie', 'räddningstjänst'] }),
  Q('facts', 'stockholm slogan?', { expect: ['Capital of Scandinavia'] }),
  Q('facts', 'två huvudområden', { expect: ['regionala utvecklingsfrågor', 'verksamhetsfrågor'] }),
  E('facts', 'Which of the two main areas gets more time and resources in 2011?', { expectAny: [['regional']] }),
  Q('facts', 'upphandling vad gäller', { expectAny: [['offentlig upphandling', 'LOU'], ['varor och tjänster']] }),
  Q('facts', 'öfn sen när', { expect: ['1 januari', '2011'] }),
  Q('facts', 'kan fler kommuner gå med i miljöförbundet', { startsWith: 'Ja' }),
  Q('facts', 'rådslaget syfte', { expectAny: [['frågeställningar', 'Södertörns utveckling']] }),
  E('facts', 'What is the key-figures day and when is it?', { expect: ['6 October'], expectAny: [['annual', 'yearly', 'every year'], ['key figure', 'nyckeltal', 'follow-up', 'follow up']] }),
  Q('facts', 'sk mötestider', { expect: ['torsdag'], expectAny: [T12, T15] }),
  E('facts', 'What hours does the LG meet?', { expectAny: [T0830, T13, ['Friday']] }),
  Q('facts', 'ägarstyrning?', { expect: ['ägardialog'] }),
  Q('facts', 'högskolor i planen', { expect: ['Södertörns högskola', 'KTH', 'Karolinska Institutet'] }),
  Q('facts', 'sup 2010 fastställd när', { expect: ['hösten 2010'] }),
  Q('facts', 'södertörnskonf var', { expect: ['Huddinge', 'Tyresö'] }),
  Q('facts', 'sk jan 2012 värd', { expect: ['Södertälje'] }),
  Q('facts', 'sk apr 2012 vem', { expect: ['Huddinge'] }),
  Q('facts', 'omvärldsbevakning vad', { expect: ['kontaktnät'] }),
  Q('facts', 'hemkommunen syfte?', { expectAny: [['hemkommun'], ['mål']] }),
  Q('facts', '14/4 var', { expect: ['Nykvarn'] }),
  Q('facts', 'salem värd sk när', { expect: ['9 juni'] }),
  E('facts', 'How much must the population grow from today to reach the half-million in the 2025 vision?', { expect: ['70 000'] }),
  E('facts', 'How many municipalities are in the environment and health association vs the guardianship board?', { expectAny: [['three', '3'], ['five', '5']] }),
  Q('facts', 'lg hur ofta', { expectAny: [['sex', '6']] }),
  Q('facts', 'receptfria läkemedel kontroll vem', { expect: ['miljö- och hälsoskyddsförbund'] }),
];

const S = 'secretariat', M = 'member';
const REF = [['sekretariat', 'secretariat']];
const commands = [
  // move
  Q('move', 'LG 20/5 -> 27/5 pls 🙏', { as: S, kind: 'confirm', expect: ['27 maj'] }),
  Q('move', 'sk 22/9 -> 29/9 👍', { as: S, kind: 'confirm', expect: ['29 september'] }),
  Q('move', 'LG 14/10 -> 21/10... nej sorry jag menade 28/10 😅', { as: S, kind: 'confirm', expect: ['28 oktober'] }),
  E('move', 'move the LG meeting on 9 Sep to 16 Sep pls', { as: S, kind: 'confirm', expect: ['16 September'] }),
  Q('move', 'nyckeltalsdagen 6/10 -> 13/10 ✅', { as: S, kind: 'confirm', expect: ['13 oktober'] }),
  Q('move', 'sk 3/11 flyttas t 10/11 (krockar m fullmäktige 🙄)', { as: S, kind: 'confirm', expect: ['10 november'] }),
  Q('move', 'LG 9/9 -> 16/9 o sk 22/9 -> 29/9 tack 🙌', { as: S, kind: 'confirm', expect: ['16 september', '29 september'] }),
  // host
  Q('host', 'sk 22/9 värd nynäshamn -> haninge', { as: S, kind: 'confirm', expect: ['Haninge'] }),
  Q('host', '8/12 tyresö kan inte 😬 huddinge tar sk istället', { as: S, kind: 'confirm', expect: ['Huddinge'] }),
  E('host', 'SK 9 June host -> Södertälje instead of Salem', { as: S, kind: 'confirm', expect: ['Södertälje'] }),
  // cancel
  Q('cancel', 'ställ in lg 25/11 ❌', { as: S, kind: 'confirm', expect: ['25 november'] }),
  Q('cancel', 'stryk sk 8/12, vi kör julbord istället 🎄', { as: S, kind: 'confirm', expect: ['8 december'] }),
  E('cancel', 'cancel the LG on 14/10 pls', { as: S, kind: 'confirm', expect: ['14 October'] }),
  // add
  Q('add', 'lägg till extra lg 16/12 08.30 📅', { as: S, kind: 'confirm', expect: ['16 december'] }),
  Q('add', '+ extra sk 1/12 i huddinge', { as: S, kind: 'confirm', expect: ['1 december'] }),
  E('add', 'add an extra SK meeting on 18 Aug, Huddinge hosting', { as: S, kind: 'confirm', expect: ['18 August'] }),
  // budgetline
  Q('budgetline', 'personal 580 -> 600k', { as: S, kind: 'confirm', expect: ['600 000'] }),
  Q('budgetline', 'utredn 230k -> 210k o personal -> 600k 💸', { as: S, kind: 'confirm', expect: ['210 000', '600 000'] }),
  E('budgetline', 'bump the Huddinge office-services compensation from 50 000 to 55 000', { as: S, kind: 'confirm', expect: ['55 000'] }),
  Q('budgetline', "avgifterna 860' -> 880'... nej vänta 900' 🙈", { as: S, kind: 'confirm', expect: ['900 000'] }),
  // rotationhost
  Q('rotationhost', 'rådslag 2015 södertälje -> salem', { as: S, kind: 'confirm', expect: ['Salem'] }),
  E('rotationhost', 'change the 2016 rådslag host to Nykvarn', { as: S, kind: 'confirm', expect: ['Nykvarn'] }),
  Q('rotationhost', 'rådslaget 2013 botkyrka -> huddinge, nej förlåt haninge 🙃', { as: S, kind: 'confirm', expect: ['Haninge'] }),
  // history
  Q('history', 'visa ändringar', { as: S, kind: 'history' }),
  E('history', 'what has changed so far?', { as: S, kind: 'history' }),
  Q('history', 'vad har ändrats i planen 👀', { as: S, kind: 'history' }),
  // missing -> clarify
  Q('missing', 'flytta lg-mötet 🙏', { as: S, kind: 'clarify' }),
  Q('missing', 'ändra personalbudgeten', { as: S, kind: 'clarify' }),
  Q('missing', 'flytta mötet t 30/9', { as: S, kind: 'clarify' }),
  E('missing', 'change the host pls', { as: S, kind: 'clarify' }),
  // confirm conversations
  C('confirm', [
    { q: 'LG 20/5 -> 27/5', as: S, kind: 'confirm', expect: ['27 maj'] },
    { q: 'ja', as: S, kind: 'confirmed' },
  ]),
  C('confirm', [
    { q: 'sk 3/11 -> 17/11 👍', as: S, kind: 'confirm', expect: ['17 november'] },
    { q: 'avbryt', as: S, kind: 'cancelled' },
  ]),
  C('confirm', [
    { q: 'rådslag 2014 tyresö -> nykvarn', as: S, kind: 'confirm', expect: ['Nykvarn'] },
    { q: 'ok kör', as: S, kind: 'confirmed' },
    { q: 'visa ändringar', as: S, kind: 'history', expect: ['Nykvarn'] },
  ]),
  C('confirm', [
    { q: 'move SK 22 Sep to 29 Sep', as: S, lang: 'en', kind: 'confirm', expect: ['29 September'] },
    { q: 'yes', as: S, lang: 'en', kind: 'confirmed' },
  ]),
  C('confirm', [
    { q: 'personal -> 590k', as: S, kind: 'confirm', expect: ['590 000'] },
    { q: 'nej', as: S, kind: 'cancelled' },
  ]),
  // members -> refused
  Q('refused', 'flytta sk 9/6 -> 16/6', { as: M, kind: 'refused', expectAny: REF }),
  E('refused', 'move LG 20 May to 27 May', { as: M, kind: 'refused', expectAny: REF }),
  Q('refused', 'höj utredningar till 300 000', { as: M, kind: 'refused', expectAny: REF }),
  Q('refused', 'rådslaget 2017 → salem istället', { as: M, kind: 'refused', expectAny: REF }),
  Q('refused', 'ställ in sk 8/12', { as: M, kind: 'refused', expectAny: REF }),
  E('refused', 'please make Huddinge host the SK on 3 Nov instead', { as: M, kind: 'refused', expectAny: REF }),
  // secretariat questions that look like commands
  Q('period', 'när e lg i maj?', { as: S, expect: ['20 maj'] }),
  Q('facts', 'vem e värd sk 22/9 nu?', { as: S, expect: ['Nynäshamn'] }),
  Q('budget', 'vad ligger personalposten på? ska ev ändra', { as: S, expect: ['580 000'] }),
  E('period', 'which LG meetings are left after summer? might move one', { as: S, expect: ['9 September', '14 October', '25 November'] }),
  Q('rotation', 'rådslag 2016 värd? funderar på att byta', { as: S, expect: ['Haninge'] }),
];

function write(name, description, items) {
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify({ description, defaultNow: NOW, items }, null, 2) + '\n');
}
write('pool-questions.json', 'Round 25 writer ac: questions (Salem KSO phone fragments; Huddinge finance controller in English)', questions);
write('pool-commands.json', 'Round 25 writer ac: change requests (secretariat Slack style; members refused)', commands);
console.log('questions', questions.length, 'commands', commands.length);

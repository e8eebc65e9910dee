// Round 27, writer "ag". Source: /work/shared/plan/verksamhetsplan-2011.txt only.
// Personas: (1) political secretary of Haninge's KSO, (2) Huddinge budget analyst (sv/en, odd phrasing),
// (3) secretariat writing change requests in mixed sv/en, plus members trying changes.
const fs = require('fs');
const path = require('path');

const sv = (category, q, o = {}) => ({ category, q, lang: 'sv', ...o });
const en = (category, q, o = {}) => ({ category, q, lang: 'en', ...o });
const T = { t12: ['12.00', '12:00'], t15: ['15.00', '15:00'], t0830: ['08.30', '8.30', '08:30', '8:30'], t13: ['13.00', '13:00'] };
const NIP = { kind: ['notInPlan', 'cannot'] };

const questions = [
  // ---------------- rotation ----------------
  sv('rotation', 'när är det haninges tur att stå värd för rådslaget?', { expect: ['2016'] }),
  sv('rotation', 'rådslaget 2018, vem håller i det?', { expect: ['Huddinge'] }),
  en('rotation', 'Which municipality hosts the rådslag in 2014?', { expect: ['Tyresö'] }),
  sv('rotation', 'hur länge dröjer det innan vi i huddinge får rådslaget?', { expect: ['2018'] }),
  sv('rotation', 'vem kommer efter Tyresö i rotationen för rådslaget?', { expect: ['Södertälje'], expectAny: [['2015']] }),
  sv('rotation', 'Vilka år är Nykvarn respektive Södertälje värdkommun för Södertörns rådslag?', { expect: ['2017', '2015'] }),
  en('rotation', 'list the rådslag hosts for 2015 through 2017 please', { expect: ['Södertälje', 'Haninge', 'Nykvarn'] }),
  sv('rotation', 'vem står på tur för rådslaget nästa år', { expect: ['Nynäshamn'] }),
  en('rotation', "what year is it Botkyrka's turn with the rådslag?", { expect: ['2013'] }),
  sv('rotation', 'har Nykvarn rådslaget före eller efter Haninge?', { expect: ['2016', '2017'], expectAny: [['efter']] }),
  en('rotation', 'Two years after Tyresö hosts the rådslag, whose turn is it?', { expect: ['Haninge'], expectAny: [['2016']] }),
  sv('rotation', 'vilken kommun har rådslaget om tre år', { expect: ['Tyresö'] }),
  en('rotation', 'who hosted the rådslag this year?', { expect: ['Salem'] }),
  sv('rotation', 'min chef vill veta om Haninge har rådslaget någon gång före 2016', { startsWith: 'Nej', expect: ['2016'] }),

  // ---------------- budget ----------------
  en('budget', "What's a third of the committee's total budget?", { expectAny: [['286 666', '286 667']] }),
  sv('budget', 'hur mycket blir personalkostnaden per vecka om man räknar med 52 veckor?', { expectAny: [['11 153', '11 154']] }),
  en('budget', 'Per day, counting all 365 days, what does the committee spend in total?', { expectAny: [['2 356']] }),
  sv('budget', 'om avgifterna delas lika mellan de åtta kommunerna, vad betalar var och en?', { expect: ['107 500'] }),
  en('budget', 'what if the 860 000 in fees were split only among the five ÖFN municipalities – how much each?', { expect: ['172 000'] }),
  sv('budget', 'hur stor andel av kostnaderna går till personal, i procent?', { expectAny: [['67', '68']] }),
  sv('budget', 'utredningar och konsultstöd per kvartal?', { expect: ['57 500'] }),
  en('budget', 'How much more goes to staff than to studies and consultancy?', { expect: ['350 000'] }),
  sv('budget', 'om personalbudgeten skärs ned med 10 procent, vad landar den på då?', { expect: ['522 000'] }),
  sv('budget', 'vilken kostnadspost är minst?', { expect: ['50 000'], expectAny: [['Huddinge']] }),
  en('budget', 'biggest cost line in the 2011 budget?', { expect: ['580 000'], expectAny: [['staff', 'personnel', 'personal']] }),
  sv('budget', 'hur mycket återstår av intäkterna när personalen är betald?', { expect: ['280 000'] }),
  en('budget', "Huddinge's compensation for office services, per month?", { expectAny: [['4 166', '4 167']] }),
  sv('budget', 'kvartalsvis – vad kostar personalen?', { expect: ['145 000'] }),
  en('budget', 'what if consultancy went up by 100 000, what would total costs come to?', { expect: ['960 000'] }),
  sv('budget', 'hur många gånger större är personalposten än ersättningen till Huddinge kommun?', { expectAny: [['11,6', '11.6']] }),
  sv('budget', 'om alla betalar lika mycket, vad blir det per kommun och månad?', { expectAny: [['8 958', '8 959']] }),
  en('budget', 'Two thirds of the studies and consultancy line – roughly how much?', { expectAny: [['153 333']] }),
  sv('budget', 'skillnaden mellan utredningsposten och ersättningen till huddinge?', { expect: ['180 000'] }),
  sv('budget', 'vad kostar personalen per dag räknat på årets 365 dagar', { expectAny: [['1 589']] }),
  sv('budget', 'personalposten fördelad lika på de åtta kommunerna – hur mycket per kommun?', { expect: ['72 500'] }),
  sv('budget', 'om avgiften höjs med 10 000 kr per kommun, vad blir intäkterna totalt?', { expect: ['940 000'] }),
  sv('budget', 'vad kostar Huddinges kontorsservice i veckan ungefär?', { expectAny: [['961', '962']] }),

  // ---------------- topic ----------------
  sv('topic', 'när har ledningsgruppen sin planeringskonferens?', { expect: ['31 mars', '1 april'], expectNot: ['28 januari'] }),
  en('topic', "When is the committee's own planning conference?", { expect: ['27', '28 January'], expectNot: ['31 March'] }),
  sv('topic', 'vad täcker posten på 50 000?', { expect: ['Huddinge'], expectAny: [['kontorsservice', 'arbetsrum']] }),
  en('topic', 'what does the 230 000 line cover', { expectAny: [['stud', 'investigat', 'consult', 'utredning', 'konsult']] }),
  sv('topic', 'Södertörnskonferensen – när och var?', { expect: ['1 september', 'Huddinge', 'Tyresö'], expectNot: ['24 mars'] }),
  sv('topic', 'när är nyckeltalsdagen i år?', { expect: ['6 oktober', 'Botkyrka'], expectNot: ['1 september'] }),
  sv('topic', 'vilka kommuner bildade miljö- och hälsoskyddsförbundet?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'], expectNot: ['Botkyrka'] }),
  en('topic', 'who is responsible for the new explosive goods task?', { expectAny: [['brandförsvar', 'fire']], expectNot: ['hälsoskydd'] }),
  sv('topic', 'vem sköter kontrollen av receptfria läkemedel för Haninge?', { expectAny: [['miljö- och hälsoskydd', 'miljö och hälsoskydd', 'miljöförbund']], expectNot: ['brandförsvar'] }),
  en('topic', "What's the point of the LG – why does it meet?", { expectAny: [['prepar'], ['coordinat']] }),
  sv('topic', 'vad syftar verksamhetsfrågorna till, till skillnad från de regionala utvecklingsfrågorna?', { expectAny: [['effektivi']] }),
  en('topic', "the LG's planning conference, what are the hours?", { expect: ['31 March'], expectAny: [['lunch']] }),
  sv('topic', 'vilket styrdokument gäller för de regionala utvecklingsfrågorna?', { expect: ['utvecklingsprogram 2010'] }),
  sv('topic', 'vilken av planeringskonferenserna var min ordförandes, den i januari eller den i mars?', { expect: ['27', '28 januari'], expectAny: [['kommitté', 'samarbetskommitt', 'SK']] }),

  // ---------------- period ----------------
  sv('period', 'vilka SK-möten har ordföranden i höst och var är de?', { expect: ['22 september', 'Nynäshamn', '3 november', 'Botkyrka', '8 december', 'Tyresö'], expectNot: ['9 juni'] }),
  sv('period', 'LG efter sommaren, första datumet?', { expect: ['9 september'] }),
  en('period', 'first committee meeting after the summer break?', { expect: ['22 September', 'Nynäshamn'], expectNot: ['14 April'] }),
  sv('period', 'sista LG-mötet för året', { expect: ['25 november'] }),
  en('period', 'Which SK meetings are left this spring?', { expect: ['14 April', '9 June'], expectNot: ['22 September'] }),
  sv('period', 'hur många SK-möten återstår 2011?', { expectAny: [['5', 'fem']] }),
  sv('period', 'ledningsgruppens möten under första halvåret', { expect: ['21 januari', '20 maj'], expectAny: [['31 mars']], expectNot: ['9 september'] }),
  en('period', "what's on in October?", { expect: ['6 October', '14 October'] }),
  sv('period', 'vad händer i september?', { expect: ['1 september', '9 september', '22 september'] }),
  en('period', 'last committee meeting of the year, and where?', { expect: ['8 December', 'Tyresö'] }),
  sv('period', 'första SK-mötet 2012?', { expect: ['Södertälje'], expectAny: [['januari']] }),
  sv('period', 'nästa SK-möte?', { now: '2011-09-10T09:00:00+02:00', expect: ['22 september', 'Nynäshamn'] }),
  en('period', "what's left in the calendar this year?", { now: '2011-11-26T09:00:00+01:00', expect: ['8 December'] }),
  sv('period', 'hur många gånger träffas ledningsgruppen under hösten?', { expectAny: [['3', 'tre']] }),

  // ---------------- yesno ----------------
  sv('yesno', 'stämmer det att SK-mötet 14/4 är i Nykvarn?', { startsWith: 'Ja', expect: ['Nykvarn'] }),
  sv('yesno', 'är det rätt att Haninge är värdkommun för överförmyndarnämnden?', { startsWith: 'Ja' }),
  sv('yesno', 'Stämmer det att rådslaget 2016 ligger hos Haninge?', { startsWith: 'Ja' }),
  sv('yesno', 'är det rätt att SK-mötena börjar 13.00?', { startsWith: 'Nej', expectAny: [T.t12] }),
  en('yesno', 'Is the key figures day in Botkyrka?', { startsWith: 'Yes', expect: ['Botkyrka'] }),
  en('yesno', 'does the LG meet on thursdays?', { startsWith: 'No', expectAny: [['Friday']] }),
  sv('yesno', 'Är Nykvarn med i Södertörns överförmyndarnämnd?', { startsWith: 'Nej' }),
  sv('yesno', 'ska min ordförande delta på LG-mötena?', { startsWith: 'Nej', expectAny: [['kommundirektör']] }),
  en('yesno', 'Do the municipal directors attend the committee meetings as well?', { startsWith: 'Yes' }),
  sv('yesno', 'är södertörnskonferensen en heldag?', { startsWith: 'Ja' }),
  en('yesno', 'Is Salem hosting the June committee meeting?', { startsWith: 'Yes', expect: ['9 June'] }),
  sv('yesno', 'har Haninge något SK-möte som värd resten av året?', { startsWith: 'Nej' }),
  en('yesno', 'Does the budget balance?', { startsWith: 'Yes', expect: ['860 000'] }),
  sv('yesno', 'stämmer det att kommittén ska träffas minst sex gånger per år?', { startsWith: 'Ja' }),

  // ---------------- premise ----------------
  sv('premise', 'min chef undrar varför SK i september hålls i Tyresö', { expect: ['Nynäshamn'] }),
  en('premise', 'Since Haninge hosts the rådslag in 2014, what should we start preparing?', { expect: ['Tyresö'], expectAny: [['2016']] }),
  sv('premise', 'LG-mötet den 18 november, när börjar det?', { expect: ['25 november'], expectAny: [T.t0830] }),
  en('premise', "What's the 600 000 staff line per month?", { expect: ['580 000'], expectAny: [['48 333']] }),
  sv('premise', 'rådslaget i höst, vilket datum blir det?', { expect: ['24 mars', 'Salem'] }),
  en('premise', 'The Södertörn conference in Botkyrka on 1 September – is it a full day?', { expect: ['Huddinge', 'Tyresö'] }),
  sv('premise', 'eftersom Södertälje har sekretariatet, vem ska jag mejla där?', { expect: ['Huddinge'] }),
  sv('premise', 'hur gick nyckeltalsdagen i våras?', { expect: ['6 oktober'] }),
  sv('premise', 'vilka sju kommuner sitter i samarbetskommittén?', { expectAny: [['åtta', '8']] }),
  en('premise', 'ÖFN has been running since 2008 – which municipalities are in it?', { expect: ['2011', 'Botkyrka', 'Huddinge'] }),
  sv('premise', 'vad står det i visionen för 2030?', { expect: ['2025'] }),
  sv('premise', 'SK:s planeringskonferens 31/3–1/4, vem var värd?', { expectAny: [['ledningsgrupp', 'LG']] }),

  // ---------------- offplan ----------------
  sv('offplan', 'kan du boka ett rum i Nykvarn till 14/4?', NIP),
  sv('offplan', 'vad heter Nykvarns kommunstyrelseordförande?', NIP),
  sv('offplan', 'vilken adress har mötet i Salem 9/6?', NIP),
  en('offplan', "What's on the agenda for the 14 April meeting?", NIP),
  en('offplan', 'can you email the minutes to the LG?', NIP),
  sv('offplan', 'hur mycket kostar luncherna på rådslaget?', NIP),
  sv('offplan', 'vad blir budgeten för 2012?', NIP),
  en('offplan', "Could you ring Tyresö and check they're OK hosting in December?", NIP),
  sv('offplan', 'finns det parkering vid Botkyrkas kommunhus på nyckeltalsdagen?', NIP),
  en('offplan', "who's in charge of the secretariat?", NIP),
  sv('offplan', 'vad beslutade kommittén den 27/1?', NIP),
  sv('offplan', 'lägg in SK 14/4 i min chefs kalender', { ...NIP, as: 'member' }),
  sv('offplan', 'var hålls LG 20/5?', NIP),

  // ---------------- followup ----------------
  { category: 'followup', conversation: [
    { q: 'när är nästa SK?', lang: 'sv', expect: ['14 april', 'Nykvarn'] },
    { q: 'och nästa efter det?', lang: 'sv', expect: ['9 juni', 'Salem'] } ] },
  { category: 'followup', conversation: [
    { q: 'who hosts the rådslag in 2012?', lang: 'en', expect: ['Nynäshamn'] },
    { q: 'and the year after?', lang: 'en', expect: ['Botkyrka'] } ] },
  { category: 'followup', conversation: [
    { q: 'personalkostnad 2011?', lang: 'sv', expect: ['580 000'] },
    { q: 'per månad då?', lang: 'sv', expectAny: [['48 333']] } ] },
  { category: 'followup', conversation: [
    { q: 'LG i oktober?', lang: 'sv', expect: ['14 oktober'] },
    { q: 'vilken tid?', lang: 'sv', expectAny: [T.t0830, T.t13] } ] },
  { category: 'followup', conversation: [
    { q: 'Vilka kommuner ingår i ÖFN?', lang: 'sv', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
    { q: 'och vem är värdkommun?', lang: 'sv', expect: ['Haninge'] } ] },
  { category: 'followup', conversation: [
    { q: "When's the Södertörn conference?", lang: 'en', expect: ['1 September'] },
    { q: "who's hosting it?", lang: 'en', expect: ['Huddinge', 'Tyresö'] },
    { q: 'is it a full day?', lang: 'en', startsWith: 'Yes' } ] },
  { category: 'followup', conversation: [
    { q: 'stämmer det att SK 22/9 är i Nynäshamn?', lang: 'sv', startsWith: 'Ja' },
    { q: 'och 3/11?', lang: 'sv', expect: ['Botkyrka'] } ] },
  { category: 'followup', conversation: [
    { q: 'total budget for 2011?', lang: 'en', expect: ['860 000'] },
    { q: 'split eight ways?', lang: 'en', expect: ['107 500'] },
    { q: 'and per quarter for each of them?', lang: 'en', expect: ['26 875'] } ] },
  { category: 'followup', conversation: [
    { q: 'vad säger visionen?', lang: 'sv', expect: ['2025'], expectAny: [['halv miljon', '500 000']] },
    { q: 'hur många bor där idag?', lang: 'sv', expect: ['430 000'] } ] },
  { category: 'followup', conversation: [
    { q: 'miljöförbundet, när kom det igång?', lang: 'sv', expect: ['2008'] },
    { q: 'vilka kommuner är med?', lang: 'sv', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
    { q: 'vilken ny uppgift har de fått?', lang: 'sv', expectAny: [['läkemedel']] } ] },
  { category: 'followup', conversation: [
    { q: 'var är SK i december?', lang: 'sv', expect: ['Tyresö'] },
    { q: 'och i januari nästa år?', lang: 'sv', expect: ['Södertälje'] } ] },
  { category: 'followup', conversation: [
    { q: 'How much is the studies and consultancy line?', lang: 'en', expect: ['230 000'] },
    { q: "what's that per week?", lang: 'en', expectAny: [['4 423']] },
    { q: 'and a third of the annual amount?', lang: 'en', expectAny: [['76 666', '76 667']] } ] },

  // ---------------- typo ----------------
  sv('typo', 'när träffas ledingsgruppen näst?', { expect: ['20 maj'] }),
  sv('typo', 'vem är vård för rådslget 2015', { expect: ['Södertälje'] }),
  sv('typo', 'SK-motet i juni, vilken komun?', { expect: ['Salem'] }),
  sv('typo', 'budgetn för utredingar', { expect: ['230 000'] }),
  en('typo', 'whens the nyckeltals day', { expect: ['6 October'] }),
  sv('typo', 'samarbetskomitens mötestider?', { expectAny: [T.t12, T.t15] }),
  sv('typo', 'överförmyndarnämdnen värdkommun', { expect: ['Haninge'] }),
  sv('typo', 'södertörnskonfernesen datum', { expect: ['1 september'] }),
  sv('typo', 'ledningsgrupens planeringskonf när', { expect: ['31 mars'] }),
  sv('typo', 'hur mkt går till personl', { expect: ['580 000'] }),
  en('typo', 'comittee meeting in novmber?', { expect: ['3 November', 'Botkyrka'] }),
  sv('typo', 'LGmötet i maj?', { expect: ['20 maj'] }),

  // ---------------- language ----------------
  { category: 'language', q: 'SK 9/6 värd?', locale: 'en-GB', lang: 'en', expect: ['Salem'] },
  { category: 'language', q: 'ÖFN?', locale: 'en-GB', lang: 'en', expect: ['Haninge'] },
  { category: 'language', q: 'kostnader?', locale: 'sv-SE', lang: 'sv', expect: ['580 000', '50 000', '230 000'] },
  { category: 'language', q: 'LG 14/10', locale: 'en-US', lang: 'en', expect: ['14 October'] },
  { category: 'language', q: 'rådslaget 2017', locale: 'en-GB', lang: 'en', expect: ['Nykvarn'] },
  { category: 'language', q: 'nyckeltal 2011', lang: 'sv', expect: ['6 oktober', 'Botkyrka'] },
  { category: 'language', q: 'Vision 2025?', locale: 'en-GB', lang: 'en', expectAny: [['half a million', '500 000']] },
  { category: 'language', q: 'SK 8/12', locale: 'sv-SE', lang: 'sv', expect: ['8 december', 'Tyresö'] },

  // ---------------- facts ----------------
  sv('facts', 'hur många invånare har Södertörn?', { expect: ['430 000'] }),
  en('facts', "What's the vision for 2025?", { expectAny: [['half a million', '500 000']] }),
  sv('facts', 'vilka målområden har utvecklingsprogrammet?', { expect: ['Näringsliv', 'Mångfald', 'Klimat', 'Infrastruktur'] }),
  en('facts', 'how many concrete development issues sit under the target areas?', { expectAny: [['five', '5']] }),
  sv('facts', 'vilka infrastruktursatsningar nämns i planen?', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] }),
  en('facts', 'Which big employers does the plan mention as examples?', { expect: ['Scania'], expectAny: [['Astra']] }),
  sv('facts', 'vad ska vår samverkan kännetecknas av?', { expect: ['gemensamma nyttan', 'ge och få'] }),
  sv('facts', 'vilka regionala organ samordnar vi oss i?', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] }),
  en('facts', 'who provides the secretariat for the committee?', { expect: ['Huddinge'] }),
  sv('facts', 'vilka sitter i samarbetskommittén?', { expectAny: [['kommunstyrelseordf', 'kommunstyrelsens ordf']] }),
  en('facts', 'What day and time are the committee meetings held?', { expect: ['Thursday'], expectAny: [T.t12, T.t15] }),
  sv('facts', 'vilka tider har LG sina möten?', { expect: ['fredag'], expectAny: [T.t0830, T.t13] }),
  sv('facts', 'vilka deltar på södertörnskonferensen?', { expectAny: [['parti'], ['tjänstem']] }),
  en('facts', "what's the purpose of the rådslag?", { expectAny: [['development']] }),
  sv('facts', 'vilka externa parter är med på rådslaget?', { expect: ['Handelskammaren', 'Företagarna', 'KTH'] }),
  sv('facts', 'nyckeltalsarbetet – vad är det för något?', { expectAny: [['uppföljning', 'följ'], ['höst', '6 oktober']] }),
  sv('facts', 'sedan när samverkar kommunerna om överförmyndarverksamheten?', { expect: ['1 januari 2011'] }),
  sv('facts', 'när fastställdes Södertörns utvecklingsprogram?', { expect: ['2010'] }),
  sv('facts', 'vad ska vi lägga mer tid på under 2011?', { expect: ['regionala utvecklingsfrågor'] }),
  en('facts', 'What are the main regional development issues in SUP 2010?', { expectAny: [['education'], ['knowledge'], ['climate']] }),
  sv('facts', 'gemensam ägarstyrning, vad innebär det?', { expectAny: [['ägardialog']] }),
  en('facts', 'Which universities does the plan link to the region?', { expect: ['KTH', 'Karolinska'] }),
  sv('facts', 'inom vilka områden har samarbetet traditioner?', { expect: ['gymnasie', 'räddningstjänst'] }),
  en('facts', 'what nickname does the plan use for Stockholm?', { expect: ['Capital of Scandinavia'] }),
  sv('facts', 'hur ofta ska ledningsgruppen träffas?', { expectAny: [['sex', '6']] }),
  en('facts', 'Which municipality hosts the committee meeting on 3 November?', { expect: ['Botkyrka'] }),
  sv('facts', 'var är SK-mötet den 14 april och när börjar det?', { expect: ['Nykvarn'], expectAny: [T.t12] }),
  sv('facts', 'vilka kommuner är inte med i ÖFN?', { expect: ['Nykvarn', 'Salem', 'Södertälje'] }),
  sv('facts', 'vad gör kommunerna när riksdagen ger dem nya uppgifter?', { expectAny: [['enskilt'], ['samverkan', 'samverkansorgan']] }),
  sv('facts', 'omvärldsbevakning?', { expect: ['kontaktnät'] }),
  sv('facts', 'vilka frågor ska kommittén driva?', { expectAny: [['gagna', 'gynna']] }),
];

// ---------------- change requests ----------------
const S = 'secretariat', M = 'member';
const c = (category, q, o) => ({ category, q, ...o });
const commands = [
  // move
  c('move', 'hej! kan du flytta LG 20/5 → 27/5, tack', { as: S, lang: 'sv', kind: 'confirm', expect: ['27 maj'] }),
  c('move', 'please flytta SK-mötet 22/9 till 29/9', { as: S, lang: 'sv', locale: 'sv-SE', kind: 'confirm', expectAny: [['29 september']] }),
  c('move', 'SK 3/11 ska flyttas till 10/11', { as: S, lang: 'sv', kind: 'confirm', expect: ['10 november'] }),
  c('move', 'move the key figures day from 6 Oct to 13 Oct', { as: S, lang: 'en', kind: 'confirm', expect: ['13 October'] }),
  c('move', 'LG 14/10 -> 21/10 pls', { as: S, lang: 'sv', locale: 'sv-SE', kind: 'confirm', expect: ['21 oktober'] }),
  c('move', 'Södertörnskonferensen skjuts en vecka, till torsdag 8 sep', { as: S, lang: 'sv', kind: 'confirm', expect: ['8 september'] }),
  c('move', 'can you flytta the LG on 9/9 to 16/9?', { as: S, lang: 'en', locale: 'en-GB', kind: 'confirm', expect: ['16 September'] }),
  // host
  c('host', 'ny värd för SK 9/6: Huddinge istället för Salem', { as: S, lang: 'sv', kind: 'confirm', expect: ['Huddinge'] }),
  c('host', 'change host for the december SK meeting to Haninge', { as: S, lang: 'en', kind: 'confirm', expect: ['Haninge'] }),
  c('host', 'nyckeltalsdagen ska vara i Södertälje i stället för Botkyrka', { as: S, lang: 'sv', kind: 'confirm', expect: ['Södertälje'] }),
  c('host', 'kan du switcha värd för SK 22/9 to Tyresö?', { as: S, lang: 'sv', locale: 'sv-SE', kind: 'confirm', expect: ['Tyresö'] }),
  // cancel
  c('cancel', 'stryk LG-mötet 25/11', { as: S, lang: 'sv', kind: 'confirm', expect: ['25 november'] }),
  c('cancel', 'Cancel SK 3/11 please, Botkyrka can’t make it', { as: S, lang: 'en', kind: 'confirm', expect: ['3 November'] }),
  c('cancel', 'Vi ställer in nyckeltalsdagen i år.', { as: S, lang: 'sv', kind: 'confirm', expect: ['6 oktober'] }),
  // add
  c('add', 'lägg till ett extra LG fredag 17 juni', { as: S, lang: 'sv', kind: 'confirm', expect: ['17 juni'] }),
  c('add', 'add an extra committee meeting on Thursday 18 August, hosted by Huddinge', { as: S, lang: 'en', kind: 'confirm', expect: ['18 August', 'Huddinge'] }),
  c('add', 'vi behöver ett extra SK-möte 20/10 hos Södertälje, kan du lägga in det', { as: S, lang: 'sv', kind: 'confirm', expect: ['20 oktober', 'Södertälje'] }),
  // budgetline
  c('budgetline', 'höj utredningar, konsultstöd mm till 250 000', { as: S, lang: 'sv', kind: 'confirm', expect: ['250 000'] }),
  c('budgetline', 'personnel should be 600 000 instead of 580', { as: S, lang: 'en', kind: 'confirm', expect: ['600 000'] }),
  c('budgetline', 'Sänk ersättningen till Huddinge kommun för kontorsservice till 45 000 kr.', { as: S, lang: 'sv', kind: 'confirm', expect: ['45 000'] }),
  // rotationhost
  c('rotationhost', 'rådslaget 2013 ska hållas i Huddinge istället för Botkyrka', { as: S, lang: 'sv', kind: 'confirm', expect: ['Huddinge'], expectAny: [['2013']] }),
  c('rotationhost', 'switch the 2017 rådslag host to Salem', { as: S, lang: 'en', kind: 'confirm', expect: ['Salem'], expectAny: [['2017']] }),
  c('rotationhost', 'byt host för rådslag 2014 till Nykvarn tack', { as: S, lang: 'sv', locale: 'sv-SE', kind: 'confirm', expect: ['Nykvarn'] }),
  // history
  c('history', 'vad har ändrats i planen hittills?', { as: S, lang: 'sv', kind: 'history' }),
  c('history', 'show me the change log', { as: S, lang: 'en', kind: 'history' }),
  c('history', 'lista alla ändringar', { as: S, lang: 'sv', kind: 'history' }),
  // missing -> clarify
  c('missing', 'flytta LG-mötet', { as: S, lang: 'sv', kind: 'clarify' }),
  c('missing', 'ändra personalposten i budgeten', { as: S, lang: 'sv', kind: 'clarify' }),
  c('missing', 'byt värd för SK till Salem', { as: S, lang: 'sv', kind: 'clarify' }),
  c('missing', 'cancel the meeting in September', { as: S, lang: 'en', kind: 'clarify' }),
  c('missing', 'lägg till ett möte', { as: S, lang: 'sv', kind: 'clarify' }),
  c('missing', 'move LG to later', { as: S, lang: 'en', kind: 'clarify' }),
  // confirm conversations
  { category: 'confirm', as: S, conversation: [
    { q: 'flytta SK 9/6 till 16/6', as: S, lang: 'sv', kind: 'confirm', expect: ['16 juni'] },
    { q: 'ja', as: S, lang: 'sv', kind: 'confirmed' } ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'set the consultancy line to 200 000', as: S, lang: 'en', kind: 'confirm', expect: ['200 000'] },
    { q: 'yes go ahead', as: S, lang: 'en', kind: 'confirmed' } ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'ändra värd för rådslaget 2015 till Haninge', as: S, lang: 'sv', kind: 'confirm', expect: ['Haninge'] },
    { q: 'nej, avbryt', as: S, lang: 'sv', kind: 'cancelled' } ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'stryk LG 9/9', as: S, lang: 'sv', kind: 'confirm', expect: ['9 september'] },
    { q: 'ok kör', as: S, lang: 'sv', kind: 'confirmed' },
    { q: 'visa ändringar', as: S, lang: 'sv', kind: 'history' } ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'move LG 14/10 to 7/10', as: S, lang: 'en', kind: 'confirm', expect: ['7 October'] },
    { q: 'no, scratch that', as: S, lang: 'en', kind: 'cancelled' } ] },
  // refused (members)
  c('refused', 'flytta SK 22/9 till 29/9', { as: M, lang: 'sv', kind: 'refused', expectAny: [['sekretariat']] }),
  c('refused', "I'd like Haninge to host the December meeting instead, can you change it?", { as: M, lang: 'en', kind: 'refused', expectAny: [['secretariat']] }),
  c('refused', 'sätt personal till 500 000', { as: M, lang: 'sv', kind: 'refused', expectAny: [['sekretariat']] }),
  c('refused', 'ställ in LG 20/5, vi har krock', { as: M, lang: 'sv', kind: 'refused', expectAny: [['sekretariat']] }),
  c('refused', 'change the 2016 rådslag host to Botkyrka', { as: M, lang: 'en', kind: 'refused', expectAny: [['secretariat']] }),
  c('refused', 'lägg till ett extra SK 16/6 i Haninge', { as: M, lang: 'sv', kind: 'refused', expectAny: [['sekretariat']] }),
  // secretariat questions that look like commands
  c('period', 'kolla när LG ses i maj', { as: S, lang: 'sv', expect: ['20 maj'] }),
  c('facts', 'ta fram vem som är värd 22/9', { as: S, lang: 'sv', expect: ['Nynäshamn'] }),
  c('budget', 'visa budgeten för personal', { as: S, lang: 'sv', expect: ['580 000'] }),
  c('period', 'list the autumn SK dates', { as: S, lang: 'en', expect: ['22 September', '3 November', '8 December'] }),
  c('rotation', 'check who hosts the rådslag 2015', { as: S, lang: 'en', expect: ['Södertälje'] }),
];

const out = (name, description, items) => fs.writeFileSync(path.join(__dirname, name),
  JSON.stringify({ description, defaultNow: '2011-04-07T10:00:00+02:00', items }, null, 2) + '\n');
out('pool-questions.json', 'r27 writer ag: questions (Haninge KSO secretary, Huddinge budget analyst, secretariat)', questions);
out('pool-commands.json', 'r27 writer ag: change requests (secretariat mixed sv/en, members, command-like questions)', commands);

const count = (items) => {
  const cat = {}, lang = {};
  for (const it of items) {
    cat[it.category] = (cat[it.category] || 0) + 1;
    const l = it.lang || (it.conversation && it.conversation[0].lang) || '?';
    lang[l] = (lang[l] || 0) + 1;
  }
  return { n: items.length, cat, lang };
};
console.log('questions', JSON.stringify(count(questions)));
console.log('commands', JSON.stringify(count(commands)));

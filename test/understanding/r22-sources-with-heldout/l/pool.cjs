// Round 22, writer "l". Source: /work/shared/plan/verksamhetsplan-2011.txt only.
// Personas: questions = Nykvarn's kommundirektör (terse, abbreviations) + a Norwegian-born colleague (English,
// some Norwegian spellings); change requests = the secretariat's new administrator (long, polite Swedish).
const fs = require('fs');
const path = require('path');

const NOW = '2011-04-07T10:00:00+02:00';
const NIP = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'];
const T0830 = ['08.30', '08:30', '8.30', '8:30'];

// q(category, text, lang, opts)
function q(category, text, lang, opts = {}) {
  return Object.assign({ category, q: text, lang }, opts);
}
function conv(category, turns, opts = {}) {
  return Object.assign({ category, conversation: turns }, opts);
}
function t(text, lang, opts = {}) {
  return Object.assign({ q: text, lang }, opts);
}

// ------------------------------------------------------------------ QUESTIONS
const questions = [
  // ---------------- rotation
  q('rotation', 'rådsl. 2017 värd?', 'sv', { expect: ['Nykvarn'] }),
  q('rotation', 'när har nykvarn rådslaget', 'sv', { expect: ['2017'] }),
  q('rotation', 'vem tar rådsl. efter oss i nykvarn?', 'sv', { expect: ['Huddinge', '2018'] }),
  q('rotation', 'who hosts the rådslag in 2012?', 'en', { expect: ['Nynäshamn'] }),
  q('rotation', 'hvem has the rådslag 2016?', 'en', { expect: ['Haninge'] }),
  q('rotation', 'hur många år är det kvar tills nykvarn är värd för rådslaget, räknat från i år?', 'sv',
    { expect: ['2017'], expectAny: [['6', 'sex']] }),
  q('rotation', 'vilka kommuner har rådsl. före nykvarn?', 'sv',
    { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge'] }),
  q('rotation', 'rådslag 2019 – vem är värd?', 'sv', { kind: NIP }),
  q('rotation', 'which year is Huddinge hosting the rådslag', 'en', { expect: ['2018'] }),
  q('rotation', 'rådsl 2013?', 'sv', { locale: 'sv-SE', expect: ['Botkyrka'] }),
  q('rotation', 'vem är värd för rådslaget året efter tyresö', 'sv', { expect: ['Södertälje', '2015'] }),
  q('rotation', 'nästa rådsl, vem har det?', 'sv', { expect: ['Nynäshamn', '2012'] }),
  q('rotation', "what's the rådslag rotation after Södertälje? just the next two", 'en',
    { expect: ['Haninge', 'Nykvarn'] }),

  // ---------------- budget
  q('budget', 'vad får huddinge för kontorsservice o arbetsrum', 'sv', { expect: ['50 000'] }),
  q('budget', 'om avgifterna delas lika mellan de 8 kommunerna, vad blir nykvarns del?', 'sv', { expect: ['107 500'] }),
  q('budget', 'budg per mån, hela budgeten', 'sv', { expectAny: [['71 666', '71 667']] }),
  q('budget', 'personal per månad?', 'sv', { expect: ['48 333'] }),
  q('budget', 'totala kostn per kvartal', 'sv', { expect: ['215 000'] }),
  q('budget', 'diff mellan personal och utredningar?', 'sv', { expect: ['350 000'] }),
  q('budget', 'största kostnadsposten', 'sv', { expect: ['580 000'], expectAny: [['personal']] }),
  q('budget', 'minsta posten i budg?', 'sv', { expect: ['50 000'], expectAny: [['Huddinge', 'kontorsservice']] }),
  q('budget', 'hur stor andel av kostnaderna är personal, i %?', 'sv', { expectAny: [['67', '68']] }),
  q('budget', "what's the budsjett for consultants and studies", 'en', { expect: ['230 000'] }),
  q('budget', 'how much does each kommune pay if the fees are split equally?', 'en', { expect: ['107 500'] }),
  q('budget', 'total costs excluding staff?', 'en', { expect: ['280 000'] }),
  q('budget', 'vad blir kvar av avgifterna när personal och huddinge-ersättn. är dragna?', 'sv', { expect: ['230 000'] }),
  q('budget', 'utredningar per kvartal', 'sv', { expect: ['57 500'] }),
  q('budget', 'nykvarn + salem tillsammans, om avgiften delas lika?', 'sv', { expect: ['215 000'] }),
  q('budget', 'utredn. som andel av totalen, procent', 'sv', { expectAny: [['26', '27']] }),
  q('budget', 'staff and office compensation together?', 'en', { expect: ['630 000'] }),

  // ---------------- yesno
  q('yesno', 'är sk alltid torsdagar?', 'sv', { startsWith: 'Ja', expect: ['torsdag'] }),
  q('yesno', 'är nykvarn med i överförmyndarnämnden?', 'sv', { startsWith: 'Nej' }),
  q('yesno', 'ingår nykvarn i miljö- o hälsoskyddsförb.?', 'sv', { startsWith: 'Nej' }),
  q('yesno', 'is nykvarn hosting the next SK?', 'en', { startsWith: 'Yes', expect: ['14 April'] }),
  q('yesno', 'är nykvarn värd för rådsl. 2016?', 'sv', { startsWith: 'Nej', expect: ['Haninge'] }),
  q('yesno', 'is there an lg møte in june?', 'en', { startsWith: 'No' }),
  q('yesno', 'går budg jämnt ut, intäkter = kostn?', 'sv', { startsWith: 'Ja', expect: ['860 000'] }),
  q('yesno', 'has the rådslag already happened this year?', 'en', { startsWith: 'Yes', expect: ['24 March'] }),
  q('yesno', 'sk 3/11 hos tyresö?', 'sv', { startsWith: 'Nej', expect: ['Botkyrka'] }),
  q('yesno', 'does the LG meet at least six times a year?', 'en', { startsWith: 'Yes' }),
  q('yesno', 'blir det sk på torsdag nästa vecka?', 'sv', { startsWith: 'Ja', expect: ['14 april', 'Nykvarn'] }),
  q('yesno', 'deltar kommundir. på sk-mötena?', 'sv', { startsWith: 'Ja' }),
  q('yesno', 'kan nykvarn gå med i öfn senare?', 'sv', { startsWith: 'Ja' }),
  q('yesno', 'is Södertälje in the miljö- och hälsoskyddsförbund?', 'en', { startsWith: 'No' }),

  // ---------------- premise
  q('premise', 'varför är salem värd för sk 14/4?', 'sv', { expect: ['Nykvarn'] }),
  q('premise', 'rådsl. 2012 i salem, vad behöver vi förbereda?', 'sv', { expect: ['Nynäshamn'] }),
  q('premise', 'since Nykvarn is the host kommune for ÖFN, what do we have to do?', 'en', { expect: ['Haninge'] }),
  q('premise', 'lg 20/5 är en torsdag va?', 'sv', { expect: ['fredag'] }),
  q('premise', 'nyckeltalsdagen 6 okt i huddinge – vilken lokal?', 'sv', { expect: ['Botkyrka'] }),
  q('premise', 'miljöförb. startade 2011 eller hur?', 'sv', { expect: ['2008'] }),
  q('premise', 'varför ligger södertörnskonferensen hos salem i år?', 'sv', { expect: ['Huddinge', 'Tyresö'] }),
  q('premise', 'when in 2011 is Nykvarn hosting the rådslag?', 'en', { expect: ['2017'] }),
  q('premise', 'personalbudgeten 680 000, hur mycket blir det per månad?', 'sv', { expect: ['580 000'] }),
  q('premise', 'sk-mötena börjar kl 9 eller hur', 'sv', { expectAny: [T12] }),
  q('premise', "the SK planning conference is in March, right? what dates?", 'en',
    { expect: ['27', '28'], expectAny: [['January', 'Jan']] }),
  q('premise', 'varför har lg möten på torsdagar?', 'sv', { expect: ['fredag'] }),

  // ---------------- offplan
  q('offplan', 'boka lokal i nykvarn för sk 14/4', 'sv', { kind: NIP }),
  q('offplan', 'vem är ordf. i sk?', 'sv', { kind: NIP }),
  q('offplan', 'skicka kallelse till lg', 'sv', { kind: NIP }),
  q('offplan', 'dagordn. sk 14/4?', 'sv', { kind: NIP }),
  q('offplan', "what's the address for nyckeltalsdagen in Botkyrka?", 'en', { kind: NIP }),
  q('offplan', 'budg 2012?', 'sv', { kind: NIP }),
  q('offplan', 'vad kostar lunchen på södertörnskonf?', 'sv', { kind: NIP }),
  q('offplan', 'can you call the Salem kd and tell him I will be late', 'en', { kind: NIP }),
  q('offplan', 'vem är kd i haninge nu', 'sv', { kind: NIP }),
  q('offplan', 'parkering vid stadshuset i nynäshamn 22/9?', 'sv', { kind: NIP }),

  // ---------------- topic
  q('topic', 'lg:s planeringskonf när?', 'sv', { expect: ['31 mars', '1 april'] }),
  q('topic', 'sk:s planeringskonf?', 'sv', { expect: ['27', '28'], expectAny: [['januari', 'jan']], expectNot: ['31 mars'] }),
  q('topic', 'what is the LG for, really?', 'en', { expect: ['prepar'], expectAny: [['coordinat']] }),
  q('topic', 'syftet m verksamhetsfrågorna?', 'sv', { expect: ['effektivisera'] }),
  q('topic', 'syfte regionala utv.frågor?', 'sv', { expect: ['utveckla Södertörn'] }),
  q('topic', 'vad ingår i ersättn. till huddinge?', 'sv', { expect: ['kontorsservice', 'arbetsrum'] }),
  q('topic', "what's the 230 000 line for?", 'en', { expectAny: [['utredning', 'investigation', 'studies', 'inquir', 'reports', 'analys']], expect: ['consult'] }),
  q('topic', 'vilket förbund tar explosiva varor?', 'sv', { expect: ['brandförsvarsförbund'] }),
  q('topic', 'kontroll av receptfria läkemedel, vem har den?', 'sv', { expectAny: [['miljö- och hälsoskyddsförbund', 'miljöförbund']] }),
  q('topic', 'rådslaget el. södertörnskonf – vilken är 1 sep?', 'sv', { expect: ['Södertörnskonferens'] }),
  q('topic', 'vad är syftet med rådslaget?', 'sv', { expect: ['Södertörns utveckling'] }),
  q('topic', 'which one has Södertörns högskola and KTH in it – the rådslag or the Södertörn conference?', 'en', { expect: ['rådslag'] }),
  q('topic', 'styrdokument för de regionala utv.frågorna', 'sv', { expect: ['UtvecklingsProgram 2010'] }),

  // ---------------- period
  q('period', 'hur många lg-möten i höst', 'sv', { expectAny: [['3', 'tre']], expect: ['9 september', '14 oktober', '25 november'] }),
  q('period', 'sk i höst?', 'sv', { expect: ['22 september', '3 november', '8 december'] }),
  q('period', 'första sk efter sommaren', 'sv', { expect: ['22 september', 'Nynäshamn'] }),
  q('period', 'which SK meetings are left before summer?', 'en', { expect: ['14 April', '9 June'] }),
  q('period', "what's on in september", 'en', { expect: ['1 September', '9 September', '22 September'] }),
  q('period', 'sista sk 2011?', 'sv', { expect: ['8 december', 'Tyresö'] }),
  q('period', 'first SK in 2012, who hosts?', 'en', { expect: ['Södertälje'] }),
  q('period', 'hur många sk kvar i år?', 'sv', { expectAny: [['5', 'fem']] }),
  q('period', 'vilken vecka är lg i maj', 'sv', { expect: ['20 maj'], expectAny: [['vecka 20', 'v. 20', 'v.20', 'v 20']] }),
  q('period', 'which week is the nyckeltal day?', 'en', { expectAny: [['week 40', 'w40', 'w. 40']] }),
  q('period', 'vilken vecka är sk i juni?', 'sv', { expect: ['9 juni'], expectAny: [['vecka 23', 'v. 23', 'v.23', 'v 23']] }),
  q('period', 'nästa lg?', 'sv', { now: '2011-10-01T09:00:00+02:00', expect: ['14 oktober'] }),
  q('period', 'next SK after the summer break, who hosts and when?', 'en', { now: '2011-06-10T09:00:00+02:00', expect: ['22 September', 'Nynäshamn'] }),
  q('period', 'nästa sk?', 'sv', { now: '2011-11-30T09:00:00+01:00', expect: ['8 december', 'Tyresö'] }),
  q('period', 'första halvåret, hur många sk totalt (inkl jan)?', 'sv', { expectAny: [['3', 'tre']], expect: ['27 januari', '14 april', '9 juni'] }),

  // ---------------- followup
  conv('followup', [
    t('nästa sk?', 'sv', { expect: ['14 april', 'Nykvarn'] }),
    t('och efter det?', 'sv', { expect: ['9 juni', 'Salem'] }),
  ]),
  conv('followup', [
    t('rådsl. 2015?', 'sv', { expect: ['Södertälje'] }),
    t('och året innan?', 'sv', { expect: ['Tyresö'] }),
  ]),
  conv('followup', [
    t('when is lg in may?', 'en', { expect: ['20 May'] }),
    t('what weekday?', 'en', { expect: ['Friday'] }),
    t('and what time?', 'en', { expectAny: [T0830] }),
  ]),
  conv('followup', [
    t('södertörnskonf?', 'sv', { expect: ['1 september'] }),
    t('vem är värd?', 'sv', { expect: ['Huddinge', 'Tyresö'] }),
  ]),
  conv('followup', [
    t('nyckeltalsdagen när', 'sv', { expect: ['6 oktober'] }),
    t('var?', 'sv', { expect: ['Botkyrka'] }),
    t('veckodag?', 'sv', { expect: ['torsdag'] }),
  ]),
  conv('followup', [
    t('personal budg?', 'sv', { expect: ['580 000'] }),
    t('och per mån?', 'sv', { expect: ['48 333'] }),
  ]),
  conv('followup', [
    t('vilka är med i öfn', 'sv', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
    t('värdkommun?', 'sv', { expect: ['Haninge'] }),
    t('sen när?', 'sv', { expect: ['2011'], expectAny: [['1 januari', 'januari']] }),
  ]),
  conv('followup', [
    t('hvem hosts sk 22/9?', 'en', { expect: ['Nynäshamn'] }),
    t('and the one after that?', 'en', { expect: ['3 November', 'Botkyrka'] }),
  ]),
  conv('followup', [
    t('när är nykvarn värd för sk?', 'sv', { expect: ['14 april'] }),
    t('och rådsl.?', 'sv', { expect: ['2017'] }),
  ]),
  conv('followup', [
    t('miljöförb., vilka kommuner', 'sv', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
    t('startår?', 'sv', { expect: ['2008'] }),
  ]),
  conv('followup', [
    t('utredningar & konsultstöd, how much?', 'en', { expect: ['230 000'] }),
    t('and per month?', 'en', { expectAny: [['19 166', '19 167']] }),
  ]),

  // ---------------- typo
  q('typo', 'ledingsgruppens möten i höst?', 'sv', { expect: ['9 september', '14 oktober', '25 november'] }),
  q('typo', 'samarbetskomitén möte i juni', 'sv', { expect: ['9 juni', 'Salem'] }),
  q('typo', 'nyckletalsdagen var', 'sv', { expect: ['Botkyrka'] }),
  q('typo', 'rådslgaet 2018', 'sv', { expect: ['Huddinge'] }),
  q('typo', 'södertörnskonferensn datum', 'sv', { expect: ['1 september'] }),
  q('typo', 'överförmyndarnämden värdkommun', 'sv', { expect: ['Haninge'] }),
  q('typo', 'SK-mötet i novmber?', 'sv', { expect: ['3 november', 'Botkyrka'] }),
  q('typo', 'LG-datum okt', 'sv', { expect: ['14 oktober'] }),
  q('typo', 'planeringskonfernsen för lg', 'sv', { expect: ['31 mars'] }),
  q('typo', 'ledningsgrupen tider?', 'sv', { expectAny: [T0830, ['13.00', '13:00']] }),
  q('typo', 'wich municipality hosts the nyckletal day', 'en', { expect: ['Botkyrka'] }),

  // ---------------- language (locale-driven fragments, mixed)
  q('language', 'SK 3/11 värd?', 'en', { locale: 'en-GB', expect: ['Botkyrka'] }),
  q('language', 'ÖFN?', 'en', { locale: 'en-GB', expect: ['Haninge'] }),
  q('language', 'kostnader?', 'sv', { locale: 'sv-SE', expect: ['580 000', '50 000', '230 000'] }),
  q('language', 'LG 9/9?', 'en', { locale: 'en-GB', expect: ['9 September'] }),
  q('language', 'rådslag 2017?', 'en', { locale: 'en-GB', expect: ['Nykvarn'] }),
  q('language', 'nyckeltal 6/10?', 'sv', { expect: ['Botkyrka'] }),
  q('language', "when's the next møte for SK?", 'en', { expect: ['14 April', 'Nykvarn'] }),
  q('language', 'budsjett total?', 'en', { locale: 'en-GB', expect: ['860 000'] }),
  q('language', 'vision 2025?', 'en', { locale: 'en-GB', expectAny: [['half a million', '500 000', '500,000']] }),
  q('language', 'Södertörnskonferensen 2011', 'en', { locale: 'en-GB', expect: ['1 September', 'Huddinge', 'Tyresö'] }),
  q('language', 'lg tider?', 'sv', { expectAny: [T0830] }),

  // ---------------- facts (whole plan)
  q('facts', 'how many people live in Södertörn today?', 'en', { expect: ['430 000'] }),
  q('facts', 'how many inhabitants in the 2025 vision?', 'en', { expectAny: [['half a million', '500 000', '500,000']] }),
  q('facts', 'målområden i SUP 2010?', 'sv', { expect: ['Näringsliv', 'Högskola', 'Mångfald', 'Klimat', 'Infrastruktur'] }),
  q('facts', 'hur många konkreta utv.frågor hör till målområdena', 'sv', { expectAny: [['fem', '5']] }),
  q('facts', 'förhållningssätt?', 'sv', { expect: ['gemensamma nyttan', 'ge och få'] }),
  q('facts', 'which regional bodies do we coordinate our efforts in?', 'en', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] }),
  q('facts', 'who provides the secretariat?', 'en', { expect: ['Huddinge'] }),
  q('facts', 'who sits in the SK?', 'en', { expectAny: [['chair', 'ordförande']] }),
  q('facts', 'hur ofta ska sk träffas minst', 'sv', { expectAny: [['sex', '6']] }),
  q('facts', 'what weekday does the LG meet?', 'en', { expect: ['Friday'] }),
  q('facts', 'vem deltar i södertörnskonferensen?', 'sv', { expect: ['tjänstemän'], expectAny: [['partier']] }),
  q('facts', 'vilka är med på rådslaget utöver kommunerna?', 'sv',
    { expect: ['Södertörns högskola', 'Karolinska', 'KTH', 'Handelskammaren', 'Företagarna'] }),
  q('facts', 'nyckeltal – vad är det för nåt?', 'sv', { expect: ['uppföljning'] }),
  q('facts', 'två huvudområden för samverkan?', 'sv', { expect: ['Regionala utvecklingsfrågor', 'Verksamhetsfrågor'] }),
  q('facts', 'vad ska prioriteras 2011, regionalt el. verksamhet?', 'sv', { expect: ['regionala utvecklingsfrågor'] }),
  q('facts', 'när fastställdes SUP 2010', 'sv', { expect: ['hösten 2010'] }),
  q('facts', 'which infrastructure projects does the plan mention?', 'en', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] }),
  q('facts', 'företagsexempel i planen?', 'sv', { expect: ['Scania', 'Astra Zeneca'] }),
  q('facts', 'de viktigaste regionala utvecklingsfrågorna enl. SUP?', 'sv', { expect: ['utbildningsnivå', 'klimateffektiv'] }),
  q('facts', 'vad är syftet med samverkan', 'sv', { expect: ['regionala utveckling'] }),
  q('facts', 'upphandlingssamverkan – vad ska hända 2011?', 'sv', { expect: ['varor och tjänster'] }),
  q('facts', 'varför måste upphandlingssamarbetet utvecklas?', 'sv', { expectAny: [['offentlig upphandling', 'LOU']] }),
  q('facts', 'stockholm slogan i planen?', 'sv', { expect: ['Capital of Scandinavia'] }),
  q('facts', 'hur sköts ägarstyrningen', 'sv', { expect: ['ägardialog'] }),
  q('facts', 'omvärldsbevakning, vad gör vi?', 'sv', { expect: ['kontaktnät'] }),
  q('facts', 'nya uppgifter från riksdagen, hur hanteras de?', 'sv', { expect: ['enskilt', 'befintliga samverkansorgan'] }),
  q('facts', 'where was the SK on 27 Jan?', 'en', { expect: ['Haninge'] }),
  q('facts', 'rådslaget 2011 datum o plats', 'sv', { expect: ['24 mars', 'Salem'] }),
  q('facts', 'hur är lg:s planeringskonf upplagd?', 'sv', { expect: ['lunch till lunch'] }),
  q('facts', 'vilken veckodag är södertörnskonf?', 'sv', { expect: ['torsdag'] }),
  q('facts', 'when is the nyckeltal follow-up held?', 'en', { expect: ['6 October'] }),
  q('facts', "what's ÖFN exactly", 'en', { expectAny: [['överförmyndar', 'guardian']] }),
  q('facts', 'who handles explosive goods for the member municipalities?', 'en', { expectAny: [['brandförsvarsförbund', 'fire']] }),
  q('facts', 'vad är nykvarn värd för i år?', 'sv', { expect: ['14 april'] }),
  q('facts', 'vilka gemensamma nämnder/förbund i planen är nykvarn INTE med i?', 'sv',
    { expect: ['överförmyndarnämnd'], expectAny: [['miljö- och hälsoskyddsförbund', 'miljöförbund']] }),
  q('facts', 'vad kommer närmast efter rådslaget i kalendern?', 'sv', { expect: ['31 mars'] }),
  q('facts', 'which LG møte is right before the SK on 9 June?', 'en', { expect: ['20 May'] }),
  q('facts', 'which LG is right after the nyckeltal day?', 'en', { expect: ['14 October'] }),
  q('facts', 'what is Södertörns rådslag?', 'en', { expectAny: [['annual', 'yearly', 'every year']] }),
];

// secretariat questions that look a bit like commands
const secQuestions = [
  q('facts', 'Hej! När är ledningsgruppens möte i maj, så jag kan lägga in det i kalendern?', 'sv', { as: 'secretariat', expect: ['20 maj'] }),
  q('facts', 'Hej igen, vem är värd för samarbetskommitténs möte den 3 november? Tack på förhand!', 'sv', { as: 'secretariat', expect: ['Botkyrka'] }),
  q('budget', 'Hej! Hur mycket är budgeterat för personal i år? Jag ska stämma av mot lönerna.', 'sv', { as: 'secretariat', expect: ['580 000'] }),
  q('rotation', 'Hej! Vilket år är det Nykvarns tur att vara värd för rådslaget? Kommundirektören frågade.', 'sv', { as: 'secretariat', expect: ['2017'] }),
  q('facts', 'Hi! Just checking before I send the invitation – what time does the LG meeting on 9 September start?', 'en', { as: 'secretariat', expectAny: [T0830] }),
];

// ------------------------------------------------------------------ COMMANDS
const S = { as: 'secretariat' };
const M = { as: 'member' };
const commands = [
  // move
  q('move', 'Hej! Skulle du kunna vara snäll och flytta ledningsgruppens möte den 20 maj till den 27:e, lokalen var dubbelbokad. Tack!', 'sv',
    Object.assign({ kind: 'confirm', expect: ['27 maj'] }, S)),
  q('move', 'Hej! Ordförandena har önskat att samarbetskommitténs möte den 22 september flyttas en vecka, till torsdagen den 29 september. Kan du ordna det? Tack så mycket!', 'sv',
    Object.assign({ kind: 'confirm', expect: ['29 september'] }, S)),
  q('move', 'Hej hej! Botkyrka har meddelat att de inte kan ta emot oss den 6 oktober, så nyckeltalsdagen behöver flyttas till den 13 oktober. Vore jättesnällt om du kunde ändra det. Mvh', 'sv',
    Object.assign({ kind: 'confirm', expect: ['13 oktober'] }, S)),
  q('move', 'Hi! Could you please move the LG meeting on 14 October to 21 October? Several directors are away that week. Thanks a lot!', 'en',
    Object.assign({ kind: 'confirm', expect: ['21 October'] }, S)),
  q('move', 'Hej! Ledningsgruppens möte i november behöver flyttas, kan du hjälpa mig med det? Tack!', 'sv',
    Object.assign({ kind: 'clarify' }, S)),
  q('move', 'Hej! Mötet i september behöver flyttas till den 29 september, skulle du kunna fixa det? Tusen tack!', 'sv',
    Object.assign({ kind: 'clarify' }, S)),
  q('move', 'Hej! Jag har fått veta att Salem vill ha samarbetskommitténs möte den 22 september en vecka senare, den 29:e, och att de gärna står som värd då i stället för Nynäshamn. Kan du flytta mötet? Tack!', 'sv',
    Object.assign({ kind: 'confirm', expect: ['29 september'] }, S)),

  // host
  q('host', 'Hej! Botkyrka har tyvärr renovering i kommunhuset i höst, så Haninge tar över som värd för samarbetskommitténs möte den 3 november. Kan du ändra det i planen? Tack!', 'sv',
    Object.assign({ kind: 'confirm', expect: ['Haninge'] }, S)),
  q('host', 'Hej! Skulle du kunna ändra värd för nyckeltalsdagen den 6 oktober till Södertälje? Det är överenskommet med båda kommunerna. Vänliga hälsningar', 'sv',
    Object.assign({ kind: 'confirm', expect: ['Södertälje'] }, S)),
  q('host', 'Hello! Please change the host of the SK meeting on 22 September to Salem – Nynäshamn asked to swap. Thank you!', 'en',
    Object.assign({ kind: 'confirm', expect: ['Salem'] }, S)),
  q('host', 'Hej! Kan du vara snäll och byta värd för ett av mötena till Nykvarn? Tack!', 'sv',
    Object.assign({ kind: 'clarify' }, S)),

  // cancel
  q('cancel', 'Hej! Tråkigt nog behöver vi ställa in ledningsgruppens möte den 9 september, det krockar med en länsträff. Kan du stryka det? Tack!', 'sv',
    Object.assign({ kind: 'confirm', expect: ['9 september'] }, S)),
  q('cancel', 'Hej! Kan du ställa in LG-mötet? Tack!', 'sv',
    Object.assign({ kind: 'clarify' }, S)),

  // add
  q('add', 'Hej! Ledningsgruppen vill ha ett extra möte fredagen den 17 juni innan sommaren. Skulle du kunna lägga in det? Tack så mycket!', 'sv',
    Object.assign({ kind: 'confirm', expect: ['17 juni'] }, S)),
  q('add', 'Hej! Samarbetskommittén behöver ett extrainsatt möte torsdagen den 20 oktober, och Nykvarn har erbjudit sig att vara värd. Kan du lägga till det? Tack!', 'sv',
    Object.assign({ kind: 'confirm', expect: ['20 oktober', 'Nykvarn'] }, S)),
  q('add', 'Hej! Kan du lägga till ett extra möte för ledningsgruppen någon gång i höst? Tack på förhand!', 'sv',
    Object.assign({ kind: 'clarify' }, S)),

  // budgetline
  q('budgetline', 'Hej! Vi har fått besked om att posten för utredningar och konsultstöd ska höjas till 250 000 kr. Kan du ändra det i budgeten? Tack!', 'sv',
    Object.assign({ kind: 'confirm', expect: ['250 000'] }, S)),
  q('budgetline', 'Hi! Could you change the compensation to Huddinge for office services to 55 000? Thanks!', 'en',
    Object.assign({ kind: 'confirm', expect: ['55 000'] }, S)),
  q('budgetline', 'Hej! Skulle du kunna höja konsultstödet lite grann i budgeten? Tack!', 'sv',
    Object.assign({ kind: 'clarify' }, S)),
  q('budgetline', 'Hej! Kan du ändra beloppet till 300 000 kr? Tack så mycket!', 'sv',
    Object.assign({ kind: 'clarify' }, S)),

  // rotationhost
  q('rotationhost', 'Hej! Södertälje och Nykvarn har kommit överens om att byta år, så Nykvarn blir värd för rådslaget 2015. Kan du ändra det i planen? Tack!', 'sv',
    Object.assign({ kind: 'confirm', expect: ['Nykvarn', '2015'] }, S)),
  q('rotationhost', 'Hej! Kan du ändra värdkommunen för rådslaget till Tyresö? Tack!', 'sv',
    Object.assign({ kind: 'clarify' }, S)),

  // history
  q('history', 'Hej! Skulle du kunna visa ändringar som gjorts i planen hittills? Tack!', 'sv',
    Object.assign({ kind: 'history' }, S)),
  q('history', 'Hi! What has changed in the plan so far?', 'en',
    Object.assign({ kind: 'history' }, S)),

  // missing (refers to something that does not exist)
  q('missing', 'Hej! Kan du flytta ledningsgruppens möte den 13 maj till den 27 maj? Tack!', 'sv',
    Object.assign({ kind: 'clarify' }, S)),
  q('missing', 'Hej! Vi behöver ställa in samarbetskommitténs möte den 15 september. Tack för hjälpen!', 'sv',
    Object.assign({ kind: 'clarify' }, S)),
  q('missing', 'Hej! Kan du sänka budgetposten för resor till 20 000 kr? Tack!', 'sv',
    Object.assign({ kind: 'clarify' }, S)),

  // confirm conversations
  conv('confirm', [
    t('Hej! Skulle du kunna flytta ledningsgruppens möte den 20 maj till den 27 maj? Lokalen var dubbelbokad. Tack!', 'sv', Object.assign({ kind: 'confirm', expect: ['27 maj'] }, S)),
    t('ja tack', 'sv', Object.assign({ kind: 'confirmed' }, S)),
  ]),
  conv('confirm', [
    t('Hej! Personalposten ska justeras till 590 000 kr enligt det nya beslutet. Kan du ändra det? Tack!', 'sv', Object.assign({ kind: 'confirm', expect: ['590 000'] }, S)),
    t('perfekt, kör', 'sv', Object.assign({ kind: 'confirmed' }, S)),
  ]),
  conv('confirm', [
    t('Hej! Nykvarn tar över som värd för samarbetskommitténs möte den 9 juni, kan du ändra det? Tack!', 'sv', Object.assign({ kind: 'confirm', expect: ['Nykvarn'] }, S)),
    t('nej vänta, det var visst inte bestämt än', 'sv', Object.assign({ kind: 'cancelled' }, S)),
  ]),
  conv('confirm', [
    t('Hej! Haninge och Huddinge byter år för rådslaget, så Huddinge blir värd 2016. Kan du föra in det? Tack!', 'sv', Object.assign({ kind: 'confirm', expect: ['Huddinge', '2016'] }, S)),
    t('det stämmer', 'sv', Object.assign({ kind: 'confirmed' }, S)),
  ]),
  conv('confirm', [
    t('Hej! Samarbetskommitténs möte den 8 december behöver tyvärr ställas in. Kan du stryka det? Tack!', 'sv', Object.assign({ kind: 'confirm', expect: ['8 december'] }, S)),
    t('nej vänta, avbryt', 'sv', Object.assign({ kind: 'cancelled' }, S)),
  ]),
  conv('confirm', [
    t('Hej! Kan du flytta ledningsgruppens möte i november? Tack!', 'sv', Object.assign({ kind: 'clarify' }, S)),
    t('Förlåt, till fredagen den 2 december!', 'sv', Object.assign({ kind: 'confirm', expect: ['2 december'] }, S)),
    t('ja tack', 'sv', Object.assign({ kind: 'confirmed' }, S)),
  ]),
  conv('confirm', [
    t('Hi! Please move the nyckeltal day on 6 October to 20 October. Thanks!', 'en', Object.assign({ kind: 'confirm', expect: ['20 October'] }, S)),
    t('ok go ahead', 'en', Object.assign({ kind: 'confirmed' }, S)),
    t('what has changed?', 'en', Object.assign({ kind: 'history' }, S)),
  ]),

  // refused (members)
  q('refused', 'flytta sk 14/4 till 28/4', 'sv', Object.assign({ kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }, M)),
  q('refused', 'byt värd nyckeltalsdagen → nykvarn', 'sv', Object.assign({ kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }, M)),
  q('refused', 'stryk lg 25/11', 'sv', Object.assign({ kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }, M)),
  q('refused', 'höj utredn. till 260 000', 'sv', Object.assign({ kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }, M)),
  q('refused', 'move lg 9/9 to 16/9 pls', 'en', Object.assign({ kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }, M)),
  q('refused', 'cancel the sk møte 8/12', 'en', Object.assign({ kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }, M)),
].concat(secQuestions);

const out = (name, desc, items) => fs.writeFileSync(path.join(__dirname, name),
  JSON.stringify({ description: desc, defaultNow: NOW, items }, null, 2) + '\n');
out('pool-questions.json', 'Round 22 writer l: questions (persona: Nykvarn kommundirektör + Norwegian-born colleague)', questions);
out('pool-commands.json', 'Round 22 writer l: change requests (persona: new secretariat administrator) + member refusals + secretariat questions', commands);
console.log('questions', questions.length, 'commands', commands.length);

// Round 31 writer "ao" — pool from /work/shared/plan/verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const NIP = ['notInPlan', 'cannot'];
const TIME_830 = ['8.30', '08.30', '8:30', '08:30'];
const TIME_12 = ['12.00', '12:00'];
const TIME_13 = ['13.00', '13:00'];
const TIME_15 = ['15.00', '15:00'];
const SEK = ['sekretariat', 'secretariat'];

// helper: q(category, lang, text, opts)
const Q = (category, lang, q, o = {}) => Object.assign({ category, lang, q }, o);

const questions = [
  // ---------------- rotation ----------------
  Q('rotation', 'sv', 'nar ar det nynashamns tur med radslaget?', { expect: ['2012'] }),
  Q('rotation', 'sv', 'vem har radslaget efter oss i nynashamn', { expect: ['Botkyrka'], expectAny: [['2013']] }),
  Q('rotation', 'sv', 'vem hade radslaget aret innan nynashamn?', { expect: ['Salem'] }),
  Q('rotation', 'sv', 'hur manga ar e det kvar tills sodertalje har radslaget, rakna fran i ar', { expect: ['2015'], expectAny: [['4', 'fyra']] }),
  Q('rotation', 'sv', 'radslaget 2017 vem?', { expect: ['Nykvarn'] }),
  Q('rotation', 'sv', 'vilken kommun har rådslaget sist i turordningen som står i planen?', { expect: ['Huddinge', '2018'] }),
  Q('rotation', 'sv', 'hur många år är det mellan tyresös och haninges rådslag?', { expectAny: [['två år', '2 år']] }),
  Q('rotation', 'sv', 'radslaget 2013 och 2014, vilka kommuner?', { expect: ['Botkyrka', 'Tyresö'] }),
  Q('rotation', 'sv', 'vilket år har huddinge rådslaget', { expect: ['2018'] }),
  Q('rotation', 'sv', 'vem e värd för rådslaget i år', { expect: ['Salem'] }),
  Q('rotation', 'sv', 'nar har haninge radslaget, fore eller efter nykvarn?', { expect: ['2016'], expectAny: [['före', 'innan', 'tidigare', 'fore']] }),
  Q('rotation', 'sv', 'botkyrka, vilket ar har dom radslaget?', { expect: ['2013'] }),
  Q('rotation', 'sv', 'Vem ska ha rådslaget två år efter Nynäshamn?', { expect: ['Tyresö'], expectAny: [['2014']] }),
  Q('rotation', 'en', 'Good morning! Could you tell me which year we at Södertälje are due to host the Södertörn rådslag, and also who has it the year before us?', { expect: ['2015', 'Tyresö'] }),
  Q('rotation', 'en', 'Who hosts the rådslag the year after Tyresö?', { expect: ['Södertälje'], expectAny: [['2015']] }),
  Q('rotation', 'en', 'Would you mind listing all the rådslag host municipalities from 2011 to 2018, in order?', { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] }),
  Q('rotation', 'en', 'How many years until Huddinge hosts the rådslag?', { expect: ['2018'], expectAny: [['7', 'seven']] }),
  Q('rotation', 'en', 'rådslag 2016 host?', { expect: ['Haninge'] }),

  // ---------------- budget ----------------
  Q('budget', 'sv', 'hur mycket är budgeten på totalt?', { expect: ['860 000'] }),
  Q('budget', 'sv', 'vad går personalen på i budgeten', { expect: ['580 000'] }),
  Q('budget', 'en', "What's the budget for staff, and how does that compare to office services? I'd be grateful for the difference as well.", { expect: ['580 000', '50 000', '530 000'] }),
  Q('budget', 'sv', 'om man delar avgifterna lika på alla åtta kommuner, vad blir det per kommun?', { expect: ['107 500'] }),
  Q('budget', 'sv', 'personalkostnad per månad?', { expectAny: [['48 333', '48 334']] }),
  Q('budget', 'sv', 'vad blir kostnaderna per kvartal totalt', { expect: ['215 000'] }),
  Q('budget', 'sv', 'hur mycket blir kvar när personalen är betald?', { expect: ['280 000'] }),
  Q('budget', 'sv', 'hur stor andel av budgeten går till personal i procent', { expectAny: [['67', '68']] }),
  Q('budget', 'sv', 'hur många procent av kostnaderna är utredningar och konsultstöd?', { expectAny: [['26', '27']] }),
  Q('budget', 'sv', 'skillnaden mellan personal och utredningar?', { expect: ['350 000'] }),
  Q('budget', 'sv', 'vilken kostnadspost är störst?', { expect: ['580 000'], expectAny: [['personal']] }),
  Q('budget', 'en', 'Which is the smallest cost line in the budget?', { expect: ['50 000'], expectAny: [['Huddinge', 'office']] }),
  Q('budget', 'en', 'Roughly how much do we pay Huddinge for office services per month?', { expectAny: [['4 166', '4 167']] }),
  Q('budget', 'sv', 'utredningar + kontorsservice ihop blir?', { expect: ['280 000'] }),
  Q('budget', 'sv', 'budget per manad totalt', { expectAny: [['71 666', '71 667']] }),
  Q('budget', 'sv', 'konsultpengarna delat lika på de 8 kommunerna, hur mycket per kommun', { expect: ['28 750'] }),
  Q('budget', 'en', "What would Södertälje's share of the fees be if they're split equally, and how many municipalities pay in?", { expect: ['107 500'], expectAny: [['8', 'eight']] }),
  Q('budget', 'sv', 'hur många gånger större är personalposten än ersättningen till huddinge?', { expectAny: [['11,6', '11.6']] }),
  Q('budget', 'sv', 'vad har vi för utredningar per halvår?', { expect: ['115 000'] }),
  Q('budget', 'en', 'How much income does the committee have, and where does it come from?', { expect: ['860 000'], expectAny: [['municipalit', 'kommun']] }),

  // ---------------- yesno ----------------
  Q('yesno', 'sv', 'ar nynashamn med i overformyndarnamnden?', { startsWith: 'Ja' }),
  Q('yesno', 'sv', 'e nynashamn med i miljo och halsoskyddsforbundet', { startsWith: 'Ja' }),
  Q('yesno', 'en', 'Is Södertälje part of the joint överförmyndarnämnd?', { startsWith: 'No' }),
  Q('yesno', 'sv', 'har vi SK hos oss i nynashamn 22/9?', { startsWith: 'Ja' }),
  Q('yesno', 'en', 'Is the LG meeting on 14 October a Friday?', { startsWith: 'Yes' }),
  Q('yesno', 'sv', 'ligger nyckeltalsdagen i nynäshamn i år?', { startsWith: 'Nej', expect: ['Botkyrka'] }),
  Q('yesno', 'sv', 'är huddinge värdkommun för överförmyndarnämnden?', { startsWith: 'Nej', expect: ['Haninge'] }),
  Q('yesno', 'en', 'Does the committee meet at least six times a year?', { startsWith: 'Yes' }),
  Q('yesno', 'sv', 'blir det nåt SK-möte i augusti?', { startsWith: 'Nej' }),
  Q('yesno', 'sv', 'har sodertalje nat SK-mote som vard i ar?', { startsWith: 'Nej', expect: ['2012'] }),
  Q('yesno', 'en', 'Is Salem hosting the rådslag this year?', { startsWith: 'Yes' }),
  Q('yesno', 'sv', 'går budgeten jämnt ut, alltså intäkter lika med kostnader?', { startsWith: 'Ja', expect: ['860 000'] }),
  Q('yesno', 'sv', 'ar det nan kommun som har radslaget tva ganger mellan 2011 och 2018?', { startsWith: 'Nej' }),
  Q('yesno', 'sv', 'har LG nåt möte i juni', { startsWith: 'Nej' }),
  Q('yesno', 'en', 'Is the Södertörn conference a full-day event?', { startsWith: 'Yes' }),
  Q('yesno', 'sv', 'kan fler kommuner gå med i miljöförbundet?', { startsWith: 'Ja' }),
  Q('yesno', 'sv', 'ar det nan kommun som ar vard for fler an ett SK-mote i ar?', { startsWith: 'Nej' }),

  // ---------------- premise ----------------
  Q('premise', 'sv', 'varför är Botkyrka värd för SK 9/6?', { expect: ['Salem'] }),
  Q('premise', 'sv', 'sen nynashamn har radslaget 2013, vem har det 2014?', { expect: ['2012', 'Tyresö'] }),
  Q('premise', 'en', 'As the LG meets on Thursdays, what time does it usually start?', { expect: ['Friday'], expectAny: [TIME_830] }),
  Q('premise', 'sv', 'miljöförbundet som startade 2010, vilka kommuner är med där?', { expect: ['2008', 'Haninge', 'Nynäshamn', 'Tyresö'] }),
  Q('premise', 'sv', 'varför har personal 680 000 i budgeten?', { expect: ['580 000'] }),
  Q('premise', 'en', 'Since the Södertörn conference on 1 September is in Salem, could you tell me who is expected to attend?', { expect: ['Huddinge', 'Tyresö'] }),
  Q('premise', 'sv', 'nyckeltalsdagen i våras, var va den?', { expect: ['6 oktober', 'Botkyrka'] }),
  Q('premise', 'sv', 'salem sitter ju i ÖFN, sen när då?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
  Q('premise', 'en', "Since Nykvarn is hosting the committee on 9 June, I assume we'll need to sort out travel there?", { expect: ['Salem'] }),
  Q('premise', 'sv', 'SK-mötena är väl kl 9-12 som vanligt?', { expectAny: [TIME_12, TIME_15] }),
  Q('premise', 'sv', 'vad säger vision 2030?', { expect: ['2025'] }),

  // ---------------- offplan ----------------
  Q('offplan', 'sv', 'kan du boka ett rum i nynashamn till SK 22/9?', { kind: NIP }),
  Q('offplan', 'en', 'Could you please send the invitation for the LG meeting on 20 May to all the directors? Many thanks.', { kind: NIP }),
  Q('offplan', 'sv', 'skriv ut verksamhetsplanen åt mig', { kind: NIP }),
  Q('offplan', 'sv', 'vad heter ordföranden i samarbetskommittén?', { kind: NIP }),
  Q('offplan', 'sv', 'vad kostar det att gå på södertörnskonferensen per person?', { kind: NIP }),
  Q('offplan', 'sv', 'vilken adress är SK-mötet i Salem på', { kind: NIP }),
  Q('offplan', 'en', "What's on the agenda for the committee meeting on 14 April?", { kind: NIP }),
  Q('offplan', 'sv', 'budget 2012?', { kind: NIP }),
  Q('offplan', 'en', 'Would you be so kind as to invite the people from Scania to next year’s rådslag?', { kind: NIP }),
  Q('offplan', 'sv', 'ring sekretariatet och säg att jag blir sen', { kind: NIP }),
  Q('offplan', 'sv', 'vem är värd för LG 9/9?', { kind: NIP }),
  Q('offplan', 'en', 'Could you print the 2011 calendar for me and leave it at reception in Södertälje?', { kind: NIP }),

  // ---------------- topic ----------------
  Q('topic', 'sv', 'när är planeringskonferensen för LG?', { expect: ['31 mars'], expectNot: ['28 januari'] }),
  Q('topic', 'sv', 'samarbetskommitténs planeringskonferens, när var den?', { expect: ['28 januari'], expectNot: ['31 mars'] }),
  Q('topic', 'en', 'When is the Södertörn conference this year?', { expect: ['1 September'], expectNot: ['24 March', '6 October'] }),
  Q('topic', 'sv', 'när är rådslaget i år?', { expect: ['24 mars'], expectNot: ['1 september', '6 oktober'] }),
  Q('topic', 'sv', 'vad täcker ersättningen till huddinge?', { expect: ['kontorsservice'], expectAny: [['arbetsrum']] }),
  Q('topic', 'sv', 'vad ingår i posten utredningar', { expect: ['konsultstöd'] }),
  Q('topic', 'sv', 'vad är syftet med ledningsgruppen?', { expect: ['förbereda'], expectAny: [['samordna']] }),
  Q('topic', 'sv', 'vad syftar verksamhetsfrågorna till', { expect: ['effektivisera'] }),
  Q('topic', 'en', 'Which joint body has taken over the control of certain over-the-counter medicines (receptfria läkemedel)?', { expectAny: [['miljö- och hälsoskydd', 'environment']], expectNot: ['brandförsvar'] }),
  Q('topic', 'sv', 'explosiva varor, vilket förbund tar det?', { expect: ['brandförsvarsförbund'], expectNot: ['miljö- och hälsoskyddsförbund'] }),
  Q('topic', 'sv', 'vilka deltar i södertörnskonferensen?', { expectAny: [['parti'], ['tjänstemän']] }),
  Q('topic', 'sv', 'vilka är med i rådslaget förutom kommunerna?', { expect: ['KTH', 'Handelskammaren', 'Företagarna'] }),
  Q('topic', 'sv', 'hur lång är LG:s planeringskonferens', { expect: ['lunch'] }),
  Q('topic', 'en', 'Which steering document governs the regional development questions?', { expect: ['UtvecklingsProgram 2010'] }),

  // ---------------- period ----------------
  Q('period', 'sv', 'vilka SK-möten är kvar i vår?', { expect: ['14 april', '9 juni'], expectNot: ['22 september'] }),
  Q('period', 'sv', 'LG efter sommaren?', { expect: ['9 september', '14 oktober', '25 november'], expectNot: ['20 maj'] }),
  Q('period', 'en', "What's the first committee meeting after the summer, and who hosts it?", { expect: ['22 September', 'Nynäshamn'] }),
  Q('period', 'sv', 'sista SK-mötet i år, var?', { expect: ['8 december', 'Tyresö'] }),
  Q('period', 'sv', 'sista LG i år', { expect: ['25 november'] }),
  Q('period', 'sv', 'vilka LG-möten var det första halvåret?', { expect: ['21 januari', '31 mars', '20 maj'], expectNot: ['9 september'] }),
  Q('period', 'sv', 'SK i höst, var o när?', { expect: ['22 september', 'Nynäshamn', '3 november', 'Botkyrka', '8 december', 'Tyresö'] }),
  Q('period', 'sv', 'nästa SK?', { expect: ['14 april', 'Nykvarn'] }),
  Q('period', 'sv', 'nästa SK-möte?', { now: '2011-10-01T09:00:00+02:00', expect: ['3 november', 'Botkyrka'], expectNot: ['22 september'] }),
  Q('period', 'en', 'When is the next committee meeting?', { now: '2011-12-09T09:00:00+01:00', expect: ['Södertälje'], expectAny: [['January 2012', 'Jan 2012']] }),
  Q('period', 'sv', 'vad händer i oktober?', { expect: ['6 oktober', '14 oktober'] }),
  Q('period', 'sv', 'hur många SK-möten är det kvar i år?', { expectAny: [['5', 'fem']] }),
  Q('period', 'en', 'What is happening in September? Meetings and conferences, please.', { expect: ['1 September', '9 September', '22 September'] }),
  Q('period', 'en', 'next LG?', { now: '2011-05-21T09:00:00+02:00', expect: ['9 September'], expectNot: ['20 May'] }),

  // ---------------- followup ----------------
  { category: 'followup', conversation: [
    { q: 'vem har radslaget 2013?', lang: 'sv', expect: ['Botkyrka'] },
    { q: 'och aret efter?', lang: 'sv', expect: ['Tyresö'] },
    { q: 'nar har vi i nynashamn det da', lang: 'sv', expect: ['2012'] },
  ] },
  { category: 'followup', conversation: [
    { q: 'när är nästa SK?', lang: 'sv', expect: ['14 april', 'Nykvarn'] },
    { q: 'och det efter?', lang: 'sv', expect: ['9 juni', 'Salem'] },
    { q: 'vilken tid börjar det?', lang: 'sv', expectAny: [TIME_12] },
  ] },
  { category: 'followup', conversation: [
    { q: "When's the LG planning conference?", lang: 'en', expect: ['31 March'] },
    { q: "And the committee's own one?", lang: 'en', expect: ['28 January'] },
  ] },
  { category: 'followup', conversation: [
    { q: 'vad går personal på', lang: 'sv', expect: ['580 000'] },
    { q: 'och per månad?', lang: 'sv', expectAny: [['48 333', '48 334']] },
    { q: 'hur mycket blir kvar till resten?', lang: 'sv', expect: ['280 000'] },
  ] },
  { category: 'followup', conversation: [
    { q: 'vilka kommuner är med i miljöförbundet?', lang: 'sv', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
    { q: 'när startade det?', lang: 'sv', expect: ['2008'] },
    { q: 'vad har dom fått för ny uppgift?', lang: 'sv', expectAny: [['receptfria', 'läkemedel']] },
  ] },
  { category: 'followup', conversation: [
    { q: 'SK 22/9 värd?', lang: 'sv', expect: ['Nynäshamn'] },
    { q: 'och mötet innan?', lang: 'sv', expect: ['9 juni', 'Salem'] },
  ] },
  { category: 'followup', conversation: [
    { q: 'Who hosts the key figures day (nyckeltal)?', lang: 'en', expect: ['Botkyrka'] },
    { q: 'And when is it?', lang: 'en', expect: ['6 October'] },
  ] },
  { category: 'followup', conversation: [
    { q: 'vem är värdkommun för ÖFN?', lang: 'sv', expect: ['Haninge'] },
    { q: 'hur många kommuner är med?', lang: 'sv', expectAny: [['5', 'fem']] },
    { q: 'sedan när?', lang: 'sv', expect: ['2011'] },
  ] },

  // ---------------- typo ----------------
  Q('typo', 'sv', 'när träffas ledingsgruppen nästa gång', { expect: ['20 maj'] }),
  Q('typo', 'sv', 'SK-mötet i novemer, var är det?', { expect: ['3 november', 'Botkyrka'] }),
  Q('typo', 'sv', 'LG-datumen i hösst?', { expect: ['9 september', '14 oktober', '25 november'] }),
  Q('typo', 'sv', 'vem är värdkomun för radslaget 2016', { expect: ['Haninge'] }),
  Q('typo', 'sv', 'överförmyndarnämden, vilka ingår', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
  Q('typo', 'sv', 'nyckeltalsdgen när', { expect: ['6 oktober'] }),
  Q('typo', 'sv', 'sammarbetskomitten vilka tider?', { expectAny: [TIME_12, TIME_15] }),
  Q('typo', 'sv', 'budgetn för utrednigar?', { expect: ['230 000'] }),
  Q('typo', 'en', 'where is the sodertorn confernce this yr?', { expect: ['Huddinge', 'Tyresö'] }),

  // ---------------- language ----------------
  Q('language', 'en', 'SK 3/11 värd?', { locale: 'en-GB', expect: ['Botkyrka'] }),
  Q('language', 'en', 'LG 20/5?', { locale: 'en-GB', expect: ['20 May'] }),
  Q('language', 'sv', 'ÖFN?', { locale: 'sv-SE', expectAny: [['överförmyndarnämnd']] }),
  Q('language', 'en', 'kostnader?', { locale: 'en-GB', expect: ['580 000', '50 000', '230 000'] }),
  Q('language', 'sv', 'rådslaget 2015?', { expect: ['Södertälje'] }),
  Q('language', 'en', 'nyckeltal 6/10?', { locale: 'en-GB', expect: ['Botkyrka'] }),
  Q('language', 'en', 'budget?', { locale: 'en-GB', expect: ['860 000'] }),
  Q('language', 'en', 'Hej! Quick one in English please – when does the committee meet in June?', { expect: ['9 June'] }),
  Q('language', 'sv', '22/9?', { locale: 'sv-SE', expect: ['Nynäshamn'] }),
  Q('language', 'sv', 'Nykvarn 14/4?', { expect: ['14 april'] }),

  // ---------------- facts ----------------
  Q('facts', 'sv', 'hur många invånare har södertörn?', { expect: ['430 000'] }),
  Q('facts', 'en', 'What does the Vision 2025 say?', { expectAny: [['half a million', '500 000']] }),
  Q('facts', 'sv', 'vad säger visionen?', { expect: ['halv miljon'] }),
  Q('facts', 'sv', 'vilka målområden finns i utvecklingsprogrammet', { expect: ['Klimat', 'Infrastruktur'], expectAny: [['Mångfald'], ['Högskola']] }),
  Q('facts', 'sv', 'hur många konkreta utvecklingsfrågor hör till målområdena?', { expectAny: [['5', 'fem']] }),
  Q('facts', 'sv', 'vilka infrastrukturprojekt nämns i planen?', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden'] }),
  Q('facts', 'sv', 'förhållningssätt?', { expect: ['gemensamma nyttan'], expectAny: [['ge och få']] }),
  Q('facts', 'sv', 'i vilka regionala organ samordnar ni er?', { expect: ['KSL', 'Business Alliance', 'Mälardalsrådet'] }),
  Q('facts', 'sv', 'vem har sekretariatet?', { expect: ['Huddinge'] }),
  Q('facts', 'sv', 'vilka sitter i samarbetskommittén', { expectAny: [['kommunstyrelseordför']] }),
  Q('facts', 'en', 'Who sits in the management group?', { expectAny: [['director', 'kommundirektör']] }),
  Q('facts', 'sv', 'när startade överförmyndarnämnden', { expect: ['1 januari 2011'] }),
  Q('facts', 'sv', 'vilka företag nämns i inledningen', { expect: ['Scania'], expectAny: [['Astra']] }),
  Q('facts', 'sv', 'vilka är de två huvudområdena för samverkan?', { expectAny: [['regionala utvecklingsfrågor'], ['verksamhetsfrågor']] }),
  Q('facts', 'en', 'Which area is getting more time and resources in 2011?', { expectAny: [['regional']] }),
  Q('facts', 'sv', 'när fastställdes utvecklingsprogrammet', { expect: ['2010'], expectAny: [['höst']] }),
  Q('facts', 'sv', 'varför samverkar kommunerna egentligen?', { expect: ['stärka'], expectAny: [['regional']] }),
  Q('facts', 'sv', 'vad ska hända med den gemensamma upphandlingen framöver?', { expectAny: [['fler varor', 'offentlig upphandling']] }),
  Q('facts', 'en', 'What time does the committee meet, and on which weekday?', { expect: ['Thursday'], expectAny: [TIME_12, TIME_15] }),
  Q('facts', 'sv', 'LG tider', { expectAny: [TIME_830, TIME_13, ['fredag']] }),
  Q('facts', 'sv', 'vad är rådslaget för nåt?', { expectAny: [['årlig', 'varje år'], ['frågeställningar', 'frågor']] }),
  Q('facts', 'en', 'What is Södertörns nyckeltal, and when does it take place?', { expectAny: [['6 October']] }),
  Q('facts', 'en', 'Who attends the Södertörn conference?', { expectAny: [['parties', 'party', 'partier']] }),
  Q('facts', 'sv', 'vilka högskolor och universitet nämns', { expect: ['KTH', 'Karolinska'], expectAny: [['Södertörns högskola']] }),
  Q('facts', 'sv', 'hur många kommuner är det på södertörn', { expectAny: [['8', 'åtta']] }),
  Q('facts', 'sv', 'vad kallas stockholm i planen', { expect: ['Capital of Scandinavia'] }),
  Q('facts', 'sv', 'vilka är de viktigaste regionala utvecklingsfrågorna enligt programmet?', { expect: ['utbildningsnivå'], expectAny: [['klimateffektiv']] }),
  Q('facts', 'sv', 'inom vilka områden har samarbetet traditioner?', { expect: ['gymnasie', 'räddningstjänst'] }),
  Q('facts', 'sv', 'hur ofta träffas LG?', { expectAny: [['sex', '6']] }),
  Q('facts', 'en', 'Apart from the chairs, who takes part in the committee meetings?', { expectAny: [['director', 'kommundirektör']] }),
  Q('facts', 'sv', 'vad innebär gemensam ägarstyrning', { expectAny: [['ägardialog', 'bolagsordning', 'förbundsordning']] }),
  Q('facts', 'en', 'Which meetings are we at Södertälje hosting according to the plan? And is there anything for us before Christmas?', { expect: ['2015'], expectAny: [['January 2012', 'Jan 2012']] }),
  Q('facts', 'sv', 'vad ar nynashamn vard for i ar?', { expect: ['22 september'] }),
  Q('facts', 'en', 'Which municipalities make up Södertörn?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö'] }),
];

// ---------------- change requests ----------------
const S = 'secretariat', M = 'member';
const C = (category, lang, as, q, o = {}) => Object.assign({ category, lang, as, q }, o);
const commands = [
  // move
  C('move', 'sv', S, 'flytta lg 20/5 -> 27/5 tack', { kind: 'confirm', expect: ['27 maj'] }),
  C('move', 'en', S, 'Could you move SK on 9 June to 16 June please', { kind: 'confirm', expect: ['16 June'] }),
  C('move', 'sv', S, 'sk 14/4 flyttas till 28/4', { kind: 'confirm', expect: ['28 april'] }),
  C('move', 'sv', S, 'flyta LG 14/10 till 21/10', { kind: 'confirm', expect: ['21 oktober'] }),
  C('move', 'sv', S, 'nyckeltalsdagen flyttas till 13 okt', { kind: 'confirm', expect: ['13 oktober'] }),
  C('move', 'sv', S, 'flytta lg 9/9 till 16/9 och sk 22/9 till 29/9', { kind: 'confirm', expect: ['16 september', '29 september'] }),
  C('move', 'sv', S, 'batch: lg 14/10 -> 21/10, lg 25/11 -> 2/12', { kind: 'confirm', expect: ['21 oktober', '2 december'] }),
  // host
  C('host', 'sv', S, 'ny värd SK 22/9: Haninge', { kind: 'confirm', expect: ['Haninge'] }),
  C('host', 'sv', S, 'SK 3/11 ska va i Huddinge istället för botkyrka', { kind: 'confirm', expect: ['Huddinge'] }),
  C('host', 'en', S, 'change host for the 8 Dec committee meeting to Salem pls', { kind: 'confirm', expect: ['Salem'] }),
  C('host', 'sv', S, 'nyckeltal 6/10 värd -> Södertälje', { kind: 'confirm', expect: ['Södertälje'] }),
  // cancel
  C('cancel', 'sv', S, 'ställ in sk 3/11 pls', { kind: 'confirm', expect: ['3 november'] }),
  C('cancel', 'sv', S, 'LG 25/11 utgår', { kind: 'confirm', expect: ['25 november'] }),
  C('cancel', 'en', S, 'cancel the LG on 14 Oct pls', { kind: 'confirm', expect: ['14 October'] }),
  // add
  C('add', 'sv', S, 'lägg till extra LG fre 17/6 kl 08.30', { kind: 'confirm', expect: ['17 juni'] }),
  C('add', 'sv', S, 'nytt SK-möte 18/8 i Södertälje', { kind: 'confirm', expect: ['18 augusti', 'Södertälje'] }),
  C('add', 'en', S, 'add an extra committee meeting on 20 October, host Nykvarn', { kind: 'confirm', expect: ['20 October', 'Nykvarn'] }),
  // budgetline
  C('budgetline', 'sv', S, 'ändra utredningar till 250 000', { kind: 'confirm', expect: ['250 000'] }),
  C('budgetline', 'sv', S, 'personal ska va 600 000 istället', { kind: 'confirm', expect: ['600 000'] }),
  C('budgetline', 'en', S, 'Update the Huddinge office services line to 55 000', { kind: 'confirm', expect: ['55 000'] }),
  // rotationhost
  C('rotationhost', 'sv', S, 'radslaget 2016 -> Huddinge', { kind: 'confirm', expect: ['Huddinge'] }),
  C('rotationhost', 'sv', S, 'byt värd för rådslaget 2014 till Nykvarn tack', { kind: 'confirm', expect: ['Nykvarn'] }),
  // history
  C('history', 'sv', S, 'visa ändringar', { kind: 'history' }),
  C('history', 'en', S, 'what has changed?', { kind: 'history' }),
  // missing -> clarify
  C('missing', 'sv', S, 'flytta lg-mötet tack', { kind: 'clarify' }),
  C('missing', 'sv', S, 'ny värd för SK', { kind: 'clarify' }),
  C('missing', 'sv', S, 'ändra budgeten', { kind: 'clarify' }),
  C('missing', 'sv', S, 'ställ in mötet i november', { kind: 'clarify' }),
  C('missing', 'en', S, 'move the committee meeting to next week', { kind: 'clarify' }),
  C('missing', 'sv', S, 'flytta sk 22/9 till', { kind: 'clarify' }),
  C('missing', 'sv', S, 'sätt personal till', { kind: 'clarify' }),
  // conversations
  { category: 'confirm', as: S, conversation: [
    { q: 'flytta SK 9/6 till 16/6', lang: 'sv', as: S, kind: 'confirm', expect: ['16 juni'] },
    { q: 'ja', lang: 'sv', as: S, kind: 'confirmed' },
  ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'ställ in LG 9/9', lang: 'sv', as: S, kind: 'confirm', expect: ['9 september'] },
    { q: 'nej', lang: 'sv', as: S, kind: 'cancelled' },
  ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'utredningar 200 000 tack', lang: 'sv', as: S, kind: 'confirm', expect: ['200 000'] },
    { q: 'ok kör', lang: 'sv', as: S, kind: 'confirmed' },
    { q: 'visa ändringar', lang: 'sv', as: S, kind: 'history' },
  ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'Please make Tyresö the host of the 2017 rådslag', lang: 'en', as: S, kind: 'confirm', expect: ['Tyresö'] },
    { q: 'confirm', lang: 'en', as: S, kind: 'confirmed' },
  ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'ny värd sk 14/4: Salem', lang: 'sv', as: S, kind: 'confirm', expect: ['Salem'] },
    { q: 'avbryt', lang: 'sv', as: S, kind: 'cancelled' },
  ] },
  // members -> refused
  C('refused', 'sv', M, 'kan du flytta LG 20/5 till 27/5?', { kind: 'refused', expectAny: [SEK] }),
  C('refused', 'sv', M, 'ställ in SK 8/12, jag kan inte komma', { kind: 'refused', expectAny: [SEK] }),
  C('refused', 'en', M, 'Please change the rådslag 2015 host to Huddinge', { kind: 'refused', expectAny: [SEK] }),
  C('refused', 'sv', M, 'höj utredningar till 300 000', { kind: 'refused', expectAny: [SEK] }),
  C('refused', 'sv', M, 'lägg till ett SK-möte 30/6 i nynashamn', { kind: 'refused', expectAny: [SEK] }),
  C('refused', 'sv', M, 'ny värd LG... nej SK 9/6: Nynäshamn', { kind: 'refused', expectAny: [SEK] }),
  // questions from the secretariat
  C('period', 'sv', S, 'när är LG i maj?', { expect: ['20 maj'] }),
  C('facts', 'sv', S, 'vem är värd för sk 3/11?', { expect: ['Botkyrka'] }),
  C('budget', 'sv', S, 'vad är budgeten för personal just nu?', { expect: ['580 000'] }),
  C('rotation', 'sv', S, 'rådslaget 2016 vem har det', { expect: ['Haninge'] }),
  C('period', 'sv', S, 'vilka möten ligger i december?', { expect: ['8 december', 'Tyresö'] }),
];

const out = (name, description, items) => fs.writeFileSync(path.join(__dirname, name),
  JSON.stringify({ description, defaultNow: NOW, items }, null, 2) + '\n');
out('pool-questions.json', 'Round 31 writer ao: questions on Verksamhetsplan 2011 (Nynäshamn politician, Södertälje manager in English, general facts).', questions);
out('pool-commands.json', 'Round 31 writer ao: change requests (secretariat sv/en, members, secretariat questions).', commands);

// Round 20, writer h. Source: /work/shared/plan/verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const NI = ['notInPlan', 'cannot'];
const T830 = ['08.30', '08:30', '8.30', '8:30'];
const T12 = ['12.00', '12:00'];
const T13 = ['13.00', '13:00'];
const T15 = ['15.00', '15:00'];

function q(category, lang, text, o = {}) { return Object.assign({ category, q: text, lang }, o); }
function conv(category, turns, o = {}) { return Object.assign({ category, conversation: turns }, o); }
function t(lang, text, o = {}) { return Object.assign({ q: text, lang }, o); }

const questions = [
  // ---------- budget (arithmetic) ----------
  q('budget', 'sv', 'hur mycket blir avgiften per kommun om de 860 000 delas lika på alla åtta?', { expect: ['107 500'] }),
  q('budget', 'en', "If the fees were split evenly between the eight municipalities, what would Botkyrka's share be?", { expect: ['107 500'] }),
  q('budget', 'sv', 'personalkostnad per månad?', { expectAny: [['48 333', '48 334']] }),
  q('budget', 'en', 'What percentage of total costs goes to staff?', { expectAny: [['67', '68']] }),
  q('budget', 'sv', 'hur stor andel av budgeten går till utredningar och konsultstöd', { expectAny: [['26', '27']] }),
  q('budget', 'sv', 'vad återstår av intäkterna när personalkostnaden är täckt?', { expect: ['280 000'] }),
  q('budget', 'en', "difference between the personnel line and the studies/consultancy line?", { expect: ['350 000'] }),
  q('budget', 'sv', 'totala budgeten per kvartal', { expect: ['215 000'] }),
  q('budget', 'en', 'How much is the consultancy support line per quarter?', { expect: ['57 500'] }),
  q('budget', 'sv', 'vilken kostnadspost är minst?', { expect: ['50 000'], expectAny: [['Huddinge', 'kontorsservice']] }),
  q('budget', 'en', 'largest cost item?', { expect: ['580 000'], expectAny: [['staff', 'personnel', 'personal']] }),
  q('budget', 'sv', 'ersättningen till huddinge – hur mycket blir det i månaden?', { expectAny: [['4 166', '4 167']] }),
  q('budget', 'sv', 'personal och kontorsservice ihop, vad landar det på?', { expect: ['630 000'] }),
  q('budget', 'en', 'How much do the municipal fees come to per inhabitant, given roughly 430 000 residents?', { expectAny: [['2 kr', 'SEK 2', '2 SEK', '2.00', '2,00', '2 kronor', 'two kronor']] }),
  q('budget', 'sv', 'om utredningsposten fördelas lika på de åtta kommunerna, vad blir det per kommun', { expect: ['28 750'] }),
  q('budget', 'en', 'total revenue for 2011?', { expect: ['860 000'] }),
  q('budget', 'sv', 'Hur mycket större är personalposten än ersättningen till Huddinge?', { expect: ['530 000'] }),
  q('budget', 'en', "what's the whole budget per month?", { expectAny: [['71 666', '71 667']] }),
  q('budget', 'sv', 'vad går personalen på per halvår', { expect: ['290 000'] }),
  q('budget', 'en', "Huddinge's office reimbursement as a percentage of total costs?", { expectAny: [['5,8', '5.8', '6 %', '6%', '6 per', '5 %', '5%']] }),
  q('budget', 'sv', 'min ordf undrar: hur mycket lägger vi sammanlagt på annat än personal?', { expect: ['280 000'] }),
  q('budget', 'en', 'If we split the staff budget equally per municipality, what does each pay for it?', { expect: ['72 500'] }),

  // ---------- topic: what a line covers / right one of two ----------
  q('topic', 'sv', 'vad täcker posten på 50 000?', { expectAny: [['kontorsservice', 'arbetsrum']], expect: ['Huddinge'] }),
  q('topic', 'en', 'What is the 230 000 line for?', { expectAny: [['consult', 'utredning', 'studies', 'investigation', 'inquir']] }),
  q('topic', 'sv', 'vem får ersättning för kontorsservice och arbetsrum', { expect: ['Huddinge'] }),
  q('topic', 'en', 'where does the revenue come from?', { expect: ['860 000'], expectAny: [['municipalit', 'kommun']] }),
  q('topic', 'sv', 'när är kommitténs planeringskonferens?', { expect: ['28 januari'], expectNot: ['31 mars'] }),
  q('topic', 'en', "When is the management group's planning conference?", { expect: ['31 March', '1 April'], expectNot: ['28 January'] }),
  q('topic', 'sv', 'LG:s planeringskonf – hur länge pågår den?', { expectAny: [['lunch']] }),
  q('topic', 'en', 'where is the nyckeltal day held?', { expect: ['Botkyrka'], expectNot: ['Salem'] }),
  q('topic', 'sv', 'var hålls södertörnskonferensen', { expect: ['Huddinge', 'Tyresö'], expectNot: ['Salem'] }),
  q('topic', 'sv', 'vad är syftet med ledningsgruppen', { expectAny: [['förbereda'], ['samordna']] }),
  q('topic', 'en', "what's the purpose of the rådslag?", { expectAny: [['focus', 'important', 'key'], ['development', 'Södertörn']] }),
  q('topic', 'sv', 'vad syftar verksamhetsfrågorna till', { expectAny: [['effektivisera']] }),
  q('topic', 'en', 'And regional development issues – what are they meant to achieve, and which document governs them?', { expect: ['2010'], expectAny: [['region']] }),
  q('topic', 'sv', 'vilket förbund ansvarar för explosiva varor', { expect: ['brandförsvarsförbund'] }),
  q('topic', 'en', 'Who handles the control of over-the-counter medicine sales for Haninge, Nynäshamn and Tyresö?', { expectAny: [['miljö- och hälsoskyddsförbund', 'environment and health']] }),
  q('topic', 'sv', 'vilka sitter i SK resp LG?', { expectAny: [['ordförande', 'ordföranden'], ['kommundirektör']] }),
  q('topic', 'en', 'Who attends the Södertörn conference?', { expectAny: [['part'], ['official', 'civil servant', 'senior', 'executive']] }),

  // ---------- rotation ----------
  q('rotation', 'sv', 'vem har rådslaget 2013', { expect: ['Botkyrka'] }),
  q('rotation', 'en', "When is it Botkyrka's turn to host the rådslag?", { expect: ['2013'] }),
  q('rotation', 'sv', 'rådslaget 2016, var?', { expect: ['Haninge'] }),
  q('rotation', 'en', 'Which municipality hosts the Rådslag in 2018?', { expect: ['Huddinge'] }),
  q('rotation', 'sv', 'vilket år är tyresö värd för rådslaget', { expect: ['2014'] }),
  q('rotation', 'sv', 'rådslaget nästa år – vem står värd?', { expect: ['Nynäshamn'] }),
  q('rotation', 'en', 'rådslag host 2017', { expect: ['Nykvarn'] }),
  q('rotation', 'sv', 'vem var värd för årets rådslag', { expect: ['Salem'] }),
  q('rotation', 'en', "after Tyresö, who's next in the rådslag rotation?", { expect: ['Södertälje'] }),
  q('rotation', 'sv', 'södertälje rådslagsvärd vilket år', { expect: ['2015'] }),
  q('rotation', 'sv', 'hur många år är det kvar tills Botkyrka står värd för rådslaget?', { expectAny: [['2013', 'två år', '2 år']] }),
  q('rotation', 'en', "who hosts this year's rådslag?", { now: '2014-02-01T09:00:00+01:00', expect: ['Tyresö'] }),

  // ---------- yes/no ----------
  q('yesno', 'sv', 'är huddinge sist i rotationen för rådslaget?', { startsWith: 'Ja', expect: ['2018'] }),
  q('yesno', 'sv', 'står nykvarn värd för SK 14/4?', { startsWith: 'Ja' }),
  q('yesno', 'en', 'Is Botkyrka hosting the SK meeting in November?', { startsWith: 'Yes', expect: ['3 November'] }),
  q('yesno', 'sv', 'ingår botkyrka i överförmyndarnämnden?', { startsWith: 'Ja' }),
  q('yesno', 'en', 'Is Botkyrka a member of the environment and health protection association?', { startsWith: 'No', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
  q('yesno', 'sv', 'är LG-mötena på torsdagar?', { startsWith: 'Nej', expect: ['fredag'] }),
  q('yesno', 'en', 'Does the SK meet at least six times a year?', { startsWith: 'Yes' }),
  q('yesno', 'sv', 'har rådslaget redan varit i år?', { startsWith: 'Ja', expect: ['24 mars'] }),
  q('yesno', 'en', 'Is the nyckeltal day in Botkyrka?', { startsWith: 'Yes', expect: ['6 October'] }),
  q('yesno', 'sv', 'är södertälje med i ÖFN', { startsWith: 'Nej' }),
  q('yesno', 'en', 'Is Haninge the host municipality for the joint guardianship board?', { startsWith: 'Yes' }),
  q('yesno', 'sv', 'blir det något SK-möte i juli?', { startsWith: 'Nej' }),
  q('yesno', 'en', 'Does Huddinge provide the secretariat?', { startsWith: 'Yes' }),
  q('yesno', 'sv', 'är KTH med i rådslaget?', { startsWith: 'Ja' }),
  q('yesno', 'en', 'Is more than half of the budget staff costs?', { startsWith: 'Yes', expect: ['580 000'] }),
  q('yesno', 'sv', 'är södertörnskonferensen en heldag', { startsWith: 'Ja' }),
  q('yesno', 'sv', 'startade miljö- och hälsoskyddsförbundet 2010?', { startsWith: 'Nej', expect: ['2008'] }),
  q('yesno', 'sv', 'går budgeten jämnt ut?', { startsWith: 'Ja', expect: ['860 000'] }),

  // ---------- premise ----------
  q('premise', 'sv', 'varför är Tyresö värd för SK i juni?', { expect: ['Salem'] }),
  q('premise', 'en', 'Why is Haninge hosting the rådslag in 2013?', { expect: ['Botkyrka'] }),
  q('premise', 'sv', 'vad ska vi ta upp på LG 27/5?', { expect: ['20 maj'] }),
  q('premise', 'en', 'Since consultancy support has 280 000 kr, how much is that per quarter?', { expect: ['230 000'] }),
  q('premise', 'sv', 'vilket år gick nykvarn med i överförmyndarnämnden?', { expect: ['Botkyrka', 'Huddinge', 'Tyresö'] }),
  q('premise', 'en', "Who's organising the Södertörn conference in Salem on 1 September?", { expect: ['Huddinge', 'Tyresö'] }),
  q('premise', 'sv', 'nyckeltalsdagen i våras, var hölls den?', { expect: ['6 oktober', 'Botkyrka'] }),
  q('premise', 'en', 'Why is the LG planning conference on 27–28 January?', { expect: ['31 March'] }),
  q('premise', 'sv', 'varför betalar Huddinge 50 000 till kommittén?', { expect: ['kontorsservice'] }),
  q('premise', 'sv', 'personalbudgeten på 680 000, vad blir det per månad?', { expect: ['580 000'] }),

  // ---------- offplan ----------
  q('offplan', 'sv', 'kan du boka ett rum i nykvarn till 14/4', { kind: NI }),
  q('offplan', 'en', 'Send the LG agenda to all the municipal directors please', { kind: NI }),
  q('offplan', 'sv', 'vem är kommunstyrelseordförande i Salem?', { kind: NI }),
  q('offplan', 'en', "What's the street address of the venue for the nyckeltal day?", { kind: NI }),
  q('offplan', 'sv', 'hur stor blir budgeten 2012?', { kind: NI }),
  q('offplan', 'en', "What's the hourly rate for the consultants?", { kind: NI }),
  q('offplan', 'sv', 'ring nykvarn och säg att jag blir sen', { kind: NI }),
  q('offplan', 'en', "what's on the agenda for 14 April?", { kind: NI }),
  q('offplan', 'en', 'Can you put all SK dates into my Outlook calendar?', { kind: NI }),
  q('offplan', 'sv', 'vad kostar lunchen på planeringskonferensen', { kind: NI }),

  // ---------- period ----------
  q('period', 'sv', 'vilka SK-möten är det i höst?', { expect: ['22 september', '3 november', '8 december'] }),
  q('period', 'en', 'LG meetings after the summer?', { expect: ['9 September', '14 October', '25 November'] }),
  q('period', 'sv', 'första LG-mötet efter idag', { expect: ['20 maj'] }),
  q('period', 'en', "When's the last SK meeting of 2011?", { expect: ['8 December', 'Tyresö'] }),
  q('period', 'sv', 'vad händer i oktober', { expect: ['6 oktober', '14 oktober'] }),
  q('period', 'en', 'SK meetings in the first half of the year?', { expect: ['14 April', '9 June'] }),
  q('period', 'sv', 'vad har LG kvar i vår', { expect: ['20 maj'], expectNot: ['9 september'] }),
  q('period', 'sv', 'nästa SK-möte?', { expect: ['14 april', 'Nykvarn'] }),
  q('period', 'en', 'next SK meeting?', { now: '2011-09-23T09:00:00+02:00', expect: ['3 November', 'Botkyrka'] }),
  q('period', 'sv', 'hur många SK-möten är det kvar i år', { expect: ['8 december'], expectAny: [['fem', '5']] }),
  q('period', 'en', 'What happens in September?', { expect: ['1 September', '9 September', '22 September'] }),
  q('period', 'sv', 'sista LG-mötet i år?', { expect: ['25 november'] }),

  // ---------- followup ----------
  conv('followup', [t('sv', 'när är nästa SK?', { expect: ['14 april'] }), t('sv', 'och vem är värd?', { expect: ['Nykvarn'] })]),
  conv('followup', [t('en', 'who hosts the rådslag in 2013?', { expect: ['Botkyrka'] }), t('en', 'and the year after?', { expect: ['Tyresö'] })]),
  conv('followup', [t('sv', 'vad kostar personalen?', { expect: ['580 000'] }), t('sv', 'och per kvartal?', { expect: ['145 000'] })]),
  conv('followup', [t('en', "when's LG in May?", { expect: ['20 May'] }), t('en', 'what time does it start?', { expectAny: [T830] })]),
  conv('followup', [t('sv', 'vilka är med i överförmyndarnämnden?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
    t('sv', 'vem är värdkommun?', { expect: ['Haninge'] }), t('sv', 'sedan när?', { expect: ['2011'], expectAny: [['1 januari']] })]),
  conv('followup', [t('en', 'SK meeting in September?', { expect: ['22 September', 'Nynäshamn'] }), t('en', 'what weekday is that?', { expect: ['Thursday'] })]),
  conv('followup', [t('sv', 'hur mycket får huddinge för kontorsservice', { expect: ['50 000'] }),
    t('sv', 'hur stor del av totalen är det', { expectAny: [['5,8', '5.8', '6 %', '6%', '6 procent', '5 %', '5%']] })]),
  conv('followup', [t('en', "what's the biggest cost line?", { expect: ['580 000'] }), t('en', 'and split across the eight municipalities?', { expect: ['72 500'] })]),
  conv('followup', [t('sv', 'rådslaget 2015?', { expect: ['Södertälje'] }), t('sv', 'och 2016?', { expect: ['Haninge'] }), t('sv', 'och sista året i listan?', { expect: ['2018', 'Huddinge'] })]),
  conv('followup', [t('en', "who's in the environment and health protection association?", { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }), t('en', 'when did it start?', { expect: ['2008'] })]),
  conv('followup', [t('sv', 'nyckeltalsdagen när?', { expect: ['6 oktober'] }), t('sv', 'var?', { expect: ['Botkyrka'] })]),
  conv('followup', [t('en', 'what are the SK meeting times?', { expectAny: [T12, T15] }), t('en', 'and LG?', { expectAny: [T830, T13] })]),

  // ---------- typo ----------
  q('typo', 'sv', 'när träffas ledingsgruppen nästa gång', { expect: ['20 maj'] }),
  q('typo', 'sv', 'vem är värd för samarbetskomitén i septmber', { expect: ['Nynäshamn'] }),
  q('typo', 'sv', 'rådlsaget 2014 värd?', { expect: ['Tyresö'] }),
  q('typo', 'sv', 'nyckeltalsdan var e den', { expect: ['Botkyrka'] }),
  q('typo', 'en', 'whens the next ledningsgrupp meting', { expect: ['20 May'] }),
  q('typo', 'sv', 'överförmyndarnämden vilka kommuner', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
  q('typo', 'sv', 'SK-mötet i dec, värd?', { expect: ['Tyresö'] }),
  q('typo', 'sv', 'budgten för utrednignar', { expect: ['230 000'] }),
  q('typo', 'en', 'how much is the personel budget', { expect: ['580 000'] }),
  q('typo', 'sv', 'södertörnskonferansen datum', { expect: ['1 september'] }),
  q('typo', 'sv', 'LG-datumen i höst', { expect: ['9 september', '14 oktober', '25 november'] }),
  q('typo', 'sv', 'planeringskonferansen för kommitén när', { expect: ['28 januari'], expectNot: ['31 mars'] }),

  // ---------- language (locale decides / English answer) ----------
  q('language', 'en', 'LG 14/10?', { locale: 'en-GB', expect: ['14 October'] }),
  q('language', 'en', 'budget?', { locale: 'en-US', expect: ['860 000'] }),
  q('language', 'sv', 'rådslag 2016', { locale: 'sv-SE', expect: ['Haninge'] }),
  q('language', 'en', 'SK 9/6', { locale: 'en-GB', expect: ['Salem'] }),
  q('language', 'en', 'nyckeltal 6/10', { locale: 'en-GB', expect: ['Botkyrka'] }),
  q('language', 'en', 'kostnader', { locale: 'en-GB', expect: ['580 000', '50 000', '230 000'] }),
  q('language', 'sv', 'ÖFN?', { expect: ['Haninge'] }),
  q('language', 'en', 'Could you explain in English what the Vision 2025 says?', { expectAny: [['half a million', '500 000', 'half million']] }),

  // ---------- facts (whole plan) ----------
  q('facts', 'sv', 'hur många invånare har södertörn', { expect: ['430 000'] }),
  q('facts', 'en', 'Summarise the vision for 2025', { expectAny: [['growth'], ['diversity']] }),
  q('facts', 'sv', 'vilka målområden finns i utvecklingsprogrammet', { expect: ['Näringsliv', 'Mångfald', 'Klimat', 'Infrastruktur'] }),
  q('facts', 'en', 'Which regional bodies do we coordinate our efforts in?', { expect: ['KSL'], expectAny: [['Business Alliance'], ['Mälardal']] }),
  q('facts', 'sv', 'vilka förhållningssätt ska prägla samverkan', { expectAny: [['gemensamma nyttan'], ['demokratiska'], ['ge och få']] }),
  q('facts', 'en', 'what infrastructure projects does the plan mention?', { expect: ['73', 'E4'], expectAny: [['Nynäs'], ['Södertörnsleden', 'Södertörn link', 'Södertörn Link']] }),
  q('facts', 'sv', 'vilka företag nämns som exempel i inledningen', { expect: ['Scania'], expectAny: [['Astra Zeneca', 'AstraZeneca']] }),
  q('facts', 'en', 'Which universities are mentioned?', { expectAny: [['Södertörn'], ['KTH', 'Royal Institute'], ['Karolinska']] }),
  q('facts', 'sv', 'vilka deltar i rådslaget', { expect: ['KTH', 'Karolinska', 'Handelskammaren', 'Företagarna'] }),
  q('facts', 'en', 'Apart from the eight municipalities, who takes part in the rådslag?', { expectAny: [['KTH'], ['Karolinska'], ['Chamber of Commerce', 'Handelskammaren'], ['Företagarna']] }),
  q('facts', 'sv', 'vilka tider har SK-mötena', { expectAny: [T12, T15] }),
  q('facts', 'en', 'what time do LG meetings run?', { expectAny: [T830, T13] }),
  q('facts', 'sv', 'hur ofta ska ledningsgruppen träffas enligt planen', { expect: ['minst'], expectAny: [['sex', '6']] }),
  q('facts', 'en', 'who provides the secretariat for the committee?', { expect: ['Huddinge'] }),
  q('facts', 'sv', 'vad är syftet med samarbetskommittén', { expectAny: [['stärka'], ['regional']] }),
  q('facts', 'sv', 'vad är södertörns nyckeltal för något', { expectAny: [['uppföljning'], ['hösten', '6 oktober']] }),
  q('facts', 'en', 'What are the five development issues in the development programme?', { expectAny: [['education'], ['knowledge-intensive', 'knowledge intensive'], ['climate'], ['infrastructure']] }),
  q('facts', 'sv', 'när fastställdes utvecklingsprogrammet', { expect: ['hösten 2010'] }),
  q('facts', 'en', 'Which area gets more time and resources in 2011?', { expectAny: [['regional development']] }),
  q('facts', 'sv', 'vad innebär gemensam ägarstyrning', { expectAny: [['ägardialog', 'bolagsordning', 'direktiv', 'förbundsordning']] }),
  q('facts', 'sv', 'vad står det om upphandling i planen', { expectAny: [['varor och tjänster', 'fler varor'], ['offentlig upphandling', 'LOU']] }),
  q('facts', 'en', 'When did the joint guardianship board start?', { expect: ['1 January 2011'] }),
  q('facts', 'sv', 'vilka kommuner bildade miljö- och hälsoskyddsförbundet', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
  q('facts', 'sv', 'vad kallas Stockholm i planen', { expect: ['Capital of Scandinavia'] }),
  q('facts', 'en', 'In which areas does the Södertörn cooperation have traditions?', { expectAny: [['upper secondary', 'gymnas', 'secondary'], ['rescue', 'fire', 'räddning'], ['energy']] }),
  q('facts', 'en', 'Who attends the SK meetings apart from the chairs?', { expectAny: [['director', 'chief executive', 'kommundirektör', 'city manager']] }),
  q('facts', 'sv', 'när är rådslaget i år och var', { expect: ['24 mars', 'Salem'] }),
  q('facts', 'en', 'date of the Södertörn conference?', { expect: ['1 September'], expectNot: ['24 March'] }),
  q('facts', 'sv', 'vad ska kommunerna göra när riksdagen ger dem nya uppgifter?', { expectAny: [['enskilt'], ['samverkan', 'samverkansorgan']] }),
  q('facts', 'en', 'Where is the SK in January 2012?', { expect: ['Södertälje'] }),
  q('facts', 'sv', 'sk april 2012 – vem är värd', { expect: ['Huddinge'] }),
  q('facts', 'en', 'How many inhabitants does the vision aim for by 2025?', { expectAny: [['half a million', '500 000', 'half million']] }),
  q('facts', 'sv', 'vad säger planen om avvägningen mellan de två samverkansområdena', { expectAny: [['regionala utvecklingsfrågor']] }),
  q('facts', 'en', 'What are the two main areas of cooperation?', { expectAny: [['regional development'], ['operation', 'service', 'activit', 'verksamhet']] }),
  q('facts', 'sv', 'vem sitter i samarbetskommittén', { expectAny: [['kommunstyrelseordför', 'ordförande', 'ordföranden']] }),
];

const S = 'secretariat', M = 'member';
const REF = { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] };
const commands = [
  // move
  q('move', 'sv', 'flytta LG 20/5 till 27/5', { as: S, kind: 'confirm', expect: ['27 maj'] }),
  q('move', 'sv', 'sk 9/6 -> 16/6 tack', { as: S, kind: 'confirm', expect: ['16 juni'] }),
  q('move', 'en', 'pls move LG 9/9 to 16 sep', { as: S, kind: 'confirm', expect: ['16 September'] }),
  q('move', 'sv', 'nyckeltalsdagen flytta till 13 okt', { as: S, kind: 'confirm', expect: ['13 oktober'] }),
  q('move', 'sv', 'flyta sk-mötet 22/9 t 29/9', { as: S, kind: 'confirm', expect: ['29 september'] }),
  // host
  q('host', 'sv', 'ny värd för sk 3/11: huddinge', { as: S, kind: 'confirm', expect: ['Huddinge'] }),
  q('host', 'en', 'SK 8/12 host -> Haninge instead', { as: S, kind: 'confirm', expect: ['Haninge'] }),
  q('host', 'sv', 'nykvarn kan ej ta sk 14/4, salem tar det ist', { as: S, kind: 'confirm', expect: ['Salem'] }),
  // cancel
  q('cancel', 'sv', 'ställ in lg 14/10 pga budgetmöte', { as: S, kind: 'confirm', expect: ['14 oktober'] }),
  q('cancel', 'en', 'cancel the sk mtg on 9 june', { as: S, kind: 'confirm', expect: ['9 June'] }),
  // add
  q('add', 'sv', 'lägg till extra LG fre 17/6 kl 8.30', { as: S, kind: 'confirm', expect: ['17 juni'] }),
  q('add', 'en', 'add an extra SK meeting 18 Aug, Huddinge hosts', { as: S, kind: 'confirm', expect: ['18 August'] }),
  // budget lines
  q('budgetline', 'sv', 'utredn mm höj till 250 000', { as: S, kind: 'confirm', expect: ['250 000'] }),
  q('budgetline', 'sv', 'persnal 600 000 ist f 580', { as: S, kind: 'confirm', expect: ['600 000'] }),
  q('budgetline', 'en', 'set huddinge office reimb to 60k', { as: S, kind: 'confirm', expect: ['60 000'] }),
  q('budgetline', 'sv', 'sänk konsultstöd m 30 000', { as: S, kind: 'confirm', expect: ['200 000'] }),
  // rådslag rotation host
  q('rotationhost', 'sv', 'rådslagt 2014 ska va haninge ist för tyresö', { as: S, kind: 'confirm', expect: ['Haninge'] }),
  q('rotationhost', 'en', 'change rådslag host 2016 to Nykvarn', { as: S, kind: 'confirm', expect: ['Nykvarn'] }),
  // missing info -> clarify
  q('missing', 'sv', 'flytta LG-mötet', { as: S, kind: 'clarify' }),
  q('missing', 'sv', 'flytta sk till 17/11', { as: S, kind: 'clarify' }),
  q('missing', 'sv', 'ställ in lg-mötet', { as: S, kind: 'clarify' }),
  q('missing', 'sv', 'lägg in ett extra möte', { as: S, kind: 'clarify' }),
  q('missing', 'sv', 'ändra personalposten', { as: S, kind: 'clarify' }),
  q('missing', 'sv', 'byt värd för rådslaget', { as: S, kind: 'clarify' }),
  q('missing', 'en', 'change the host pls', { as: S, kind: 'clarify' }),
  // history
  q('history', 'sv', 'visa ändr', { as: S, kind: 'history' }),
  q('history', 'en', "what's been changed so far?", { as: S, kind: 'history' }),
  // confirm / cancel conversations
  conv('confirm', [t('sv', 'flytta lg 25/11 t 2/12', { as: S, kind: 'confirm', expect: ['2 december'] }), t('sv', 'ja kör', { as: S, kind: 'confirmed' })], { as: S }),
  conv('confirm', [t('sv', 'utredningar 230 -> 210 000', { as: S, kind: 'confirm', expect: ['210 000'] }), t('sv', 'nej avbryt', { as: S, kind: 'cancelled' })], { as: S }),
  conv('confirm', [t('en', 'move SK 3/11 to 10 Nov', { as: S, kind: 'confirm', expect: ['10 November'] }), t('en', 'yes', { as: S, kind: 'confirmed' }),
    t('en', 'show changes', { as: S, kind: 'history' })], { as: S }),
  conv('confirm', [t('sv', 'stryk nyckeltalsdagen 6/10', { as: S, kind: 'confirm', expect: ['6 oktober'] }), t('sv', 'bekräfta', { as: S, kind: 'confirmed' })], { as: S }),
  conv('confirm', [t('sv', 'värd sk 22/9 -> tyresö', { as: S, kind: 'confirm', expect: ['Tyresö'] }), t('sv', 'nä avbryt', { as: S, kind: 'cancelled' })], { as: S }),
  conv('confirm', [t('sv', 'rådslag 2017 värd huddinge', { as: S, kind: 'confirm', expect: ['Huddinge'] }), t('sv', 'ok kör', { as: S, kind: 'confirmed' }),
    t('sv', 'visa ändringar', { as: S, kind: 'history' })], { as: S }),
  // members -> refused
  q('refused', 'sv', 'flytta SK 14/4 till 28/4', Object.assign({ as: M }, REF)),
  q('refused', 'en', 'Cancel LG on 20 May', Object.assign({ as: M }, REF)),
  q('refused', 'sv', 'höj personal till 620 000', Object.assign({ as: M }, REF)),
  q('refused', 'sv', 'rådslaget 2013 ska va i haninge istället', Object.assign({ as: M }, REF)),
  q('refused', 'en', 'add an SK meeting on 15 Sep please', Object.assign({ as: M }, REF)),
  q('refused', 'sv', 'ny värd för sk 9/6: södertälje', Object.assign({ as: M }, REF)),
  // secretariat questions that look like commands
  q('period', 'sv', 'när är LG i maj?', { as: S, expect: ['20 maj'] }),
  q('facts', 'sv', 'vem e värd sk 3/11', { as: S, expect: ['Botkyrka'] }),
  q('budget', 'sv', 'vad ligger personal på nu', { as: S, expect: ['580 000'] }),
  q('period', 'en', 'which LG mtgs are left this yr?', { as: S, expect: ['20 May', '9 September', '14 October', '25 November'] }),
  q('rotation', 'sv', 'rådslag 2015 värd?', { as: S, expect: ['Södertälje'] }),
];

function write(name, description, items) {
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify({ description, defaultNow: NOW, items }, null, 2) + '\n');
}
write('pool-questions.json', 'Round 20 writer h: questions (Botkyrka controller persona), from verksamhetsplan-2011 only', questions);
write('pool-commands.json', 'Round 20 writer h: change requests (Huddinge secretariat budget officer persona) and members', commands);

// Question writer "c" — round 6. Source: /work/shared/plan/verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const NA = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'], T15 = ['15.00', '15:00'], T830 = ['8.30', '8:30'], T13 = ['13.00', '13:00'];

function Q(category, lang, q, o = {}) { return Object.assign({ category, q, lang }, o); }

const questions = [
  // ---------------- rotation ----------------
  Q('rotation', 'sv', 'vem är värd för rådslaget 2013?', { expect: ['Botkyrka'] }),
  Q('rotation', 'sv', 'när har Tyresö rådslaget', { expect: ['2014'] }),
  Q('rotation', 'en', 'Which municipality hosts the Södertörn rådslag in 2016?', { expect: ['Haninge'] }),
  Q('rotation', 'sv', 'rådslaget nästa år – var blir det?', { expect: ['Nynäshamn'] }),
  Q('rotation', 'sv', 'Vilken kommun står som värd för rådslaget året efter att Södertälje har varit värd?', { expect: ['Haninge', '2016'] }),
  Q('rotation', 'en', "when is it Huddinge's turn to host the rådslag?", { expect: ['2018'] }),
  Q('rotation', 'sv', 'Hur många år dröjer det innan Södertälje blir värdkommun för rådslaget?', { expect: ['2015'], expectAny: [['fyra', '4 år']] }),
  Q('rotation', 'sv', 'vem var värd för rådslaget i år', { expect: ['Salem'] }),
  Q('rotation', 'en', 'list the rådslag host rotation 2011-2018 please', { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] }),
  Q('rotation', 'sv', 'Vem tar över värdskapet för rådslaget efter Nynäshamn?', { expect: ['Botkyrka', '2013'] }),
  Q('rotation', 'en', 'Who hosts the rådslag the year before Huddinge does?', { expect: ['Nykvarn', '2017'] }),
  Q('rotation', 'sv', 'vilka kommuner är värdar för rådslaget 2015–2017?', { expect: ['Södertälje', 'Haninge', 'Nykvarn'] }),

  // ---------------- budget ----------------
  Q('budget', 'sv', 'hur stor är budgeten totalt?', { expect: ['860 000'] }),
  Q('budget', 'sv', 'hur mycket går till personal', { expect: ['580 000'] }),
  Q('budget', 'en', 'How much is budgeted for investigations and consultancy support?', { expect: ['230 000'] }),
  Q('budget', 'sv', 'Om avgifterna fördelas lika mellan de åtta kommunerna, vad betalar då var och en?', { expect: ['107 500'] }),
  Q('budget', 'sv', 'vad blir hela budgeten per månad?', { expectAny: [['71 666', '71 667']] }),
  Q('budget', 'en', 'what share of the budget goes to staff?', { expectAny: [['67', '68']] }),
  Q('budget', 'sv', 'hur mycket mer kostar personalen än utredningarna?', { expect: ['350 000'] }),
  Q('budget', 'sv', 'Vilken är den minsta kostnadsposten i budgeten?', { expect: ['50 000'], expectAny: [['Huddinge', 'kontorsservice']] }),
  Q('budget', 'en', 'largest cost item?', { expect: ['580 000'], expectAny: [['personnel', 'staff', 'personal']] }),
  Q('budget', 'sv', 'personal + konsultstöd tillsammans?', { expect: ['810 000'] }),
  Q('budget', 'sv', 'hur mycket återstår av intäkterna när personalkostnaden är dragen?', { expect: ['280 000'] }),
  Q('budget', 'sv', 'Går budgeten ihop, eller blir det ett underskott?', { expectAny: [['balans', 'går ihop', 'jämnt', 'noll', 'inget underskott']] }),
  Q('budget', 'en', 'Per quarter, how much does the committee spend?', { expect: ['215 000'] }),
  Q('budget', 'sv', 'vad kostar personalen per månad', { expect: ['48 333'] }),
  Q('budget', 'sv', 'Hur stor andel av kostnaderna utgör utredningar och konsultstöd?', { expectAny: [['26', '27']] }),
  Q('budget', 'en', 'If the fees are split evenly, how much of the consultancy line does each municipality fund?', { expect: ['28 750'] }),
  Q('budget', 'sv', 'Om personalposten höjs till 600 000 och totalen ligger fast på samma nivå, hur mycket blir då kvar till utredningar och konsultstöd?', { expect: ['210 000'] }),
  Q('budget', 'sv', 'vad får huddinge per månad för kontorsservicen?', { expectAny: [['4 166', '4 167']] }),

  // ---------------- yesno ----------------
  Q('yesno', 'sv', 'Är Nykvarn värd för SK 14/4?', { startsWith: 'Ja', expect: ['Nykvarn'] }),
  Q('yesno', 'sv', 'är sk-mötet 9/6 i botkyrka?', { startsWith: 'Nej', expect: ['Salem'] }),
  Q('yesno', 'en', 'Is Södertälje a member of the överförmyndarnämnd?', { startsWith: 'No' }),
  Q('yesno', 'sv', 'Träffas ledningsgruppen på fredagar?', { startsWith: 'Ja' }),
  Q('yesno', 'en', 'Is the 2011 budget balanced?', { startsWith: 'Yes', expect: ['860 000'] }),
  Q('yesno', 'sv', 'har rådslaget redan varit i år?', { startsWith: 'Ja', expect: ['24 mars'] }),
  Q('yesno', 'en', 'Does Tyresö host the rådslag in 2013?', { startsWith: 'No', expect: ['Botkyrka'] }),
  Q('yesno', 'sv', 'Blir det något SK-möte i augusti?', { startsWith: 'Nej' }),
  Q('yesno', 'sv', 'Startade miljö- och hälsoskyddsförbundet sin verksamhet 2008?', { startsWith: 'Ja' }),
  Q('yesno', 'en', 'Is KTH part of the rådslag?', { startsWith: 'Yes' }),
  Q('yesno', 'en', 'Is the nyckeltal day held in Botkyrka?', { startsWith: 'Yes', expect: ['Botkyrka'] }),
  Q('yesno', 'sv', 'ligger södertörnskonferensen på en fredag?', { startsWith: 'Nej', expect: ['torsdag'] }),
  Q('yesno', 'sv', 'Står personalen för mer än hälften av kostnaderna?', { startsWith: 'Ja', expect: ['580 000'] }),
  Q('yesno', 'en', 'Is Salem in the Södertörn environment and health protection association?', { startsWith: 'No' }),
  Q('yesno', 'en', 'Can more municipalities join the överförmyndarnämnd?', { startsWith: 'Yes' }),

  // ---------------- premise ----------------
  Q('premise', 'sv', 'varför är Botkyrka värd för SK 9/6?', { expect: ['Salem'] }),
  Q('premise', 'en', 'Why is the LG meeting on 20 May on a Thursday this time?', { expect: ['Friday'] }),
  Q('premise', 'sv', 'Varför har Haninge rådslaget 2012?', { expect: ['Nynäshamn'] }),
  Q('premise', 'sv', 'Med 900 000 i avgifter från kommunerna, hur mycket blir över efter personalen?', { expect: ['860 000'] }),
  Q('premise', 'sv', 'Nu när Södertälje har gått med i överförmyndarnämnden – vilken kommun är värd för den?', { expect: ['Haninge'], expectAny: [['inte', 'ingår ej']] }),
  Q('premise', 'sv', 'miljöförbundet som startade 2010, vilka kommuner bildade det?', { expect: ['2008', 'Haninge', 'Nynäshamn', 'Tyresö'] }),
  Q('premise', 'sv', 'nyckeltalsdagen i Huddinge 6 okt, är den heldag?', { expect: ['Botkyrka'] }),
  Q('premise', 'en', 'Since the Södertörn conference is in Salem on 1 September, who is organising it?', { expect: ['Huddinge', 'Tyresö'] }),
  Q('premise', 'sv', 'Vad säger visionen för 2030?', { expect: ['2025'] }),
  Q('premise', 'sv', 'SK:s planeringskonferens i mars, vilka datum var den?', { expect: ['28 januari'] }),
  Q('premise', 'en', 'Why is the compensation to Huddinge 100 000?', { expect: ['50 000'] }),
  Q('premise', 'en', 'Since SK meets on Fridays, what time do the meetings start?', { expect: ['Thursday'], expectAny: [T12] }),
  Q('premise', 'sv', 'vilka är de fem målområdena i utvecklingsprogrammet?', { expect: ['Klimat', 'Infrastruktur'], expectAny: [['fyra', '4 mål']] }),

  // ---------------- offplan ----------------
  Q('offplan', 'sv', 'boka en lokal i Nykvarn till 14/4', { kind: NA }),
  Q('offplan', 'sv', 'skicka kallelsen till LG-mötet 20/5', { kind: NA }),
  Q('offplan', 'sv', 'Vem är ordförande i samarbetskommittén?', { kind: NA }),
  Q('offplan', 'sv', 'vad står på dagordningen för SK 14/4?', { kind: NA }),
  Q('offplan', 'en', "What's the street address of the venue in Salem on 9 June?", { kind: NA }),
  Q('offplan', 'sv', 'Hur ser budgeten ut för 2012?', { kind: NA }),
  Q('offplan', 'sv', 'vad kostar lunchen på planeringskonferensen', { kind: NA }),
  Q('offplan', 'en', 'call the kommundirektör in Salem for me', { kind: NA }),
  Q('offplan', 'sv', 'Vem är kommundirektör i Södertälje?', { kind: NA }),
  Q('offplan', 'en', "Which topics will be discussed at this year's Södertörn conference?", { kind: NA }),

  // ---------------- topic ----------------
  Q('topic', 'sv', 'När är samarbetskommitténs planeringskonferens?', { expect: ['28 januari'], expectNot: ['31 mars'] }),
  Q('topic', 'sv', 'LG:s planeringskonferens, när?', { expect: ['31 mars', '1 april'], expectNot: ['28 januari'] }),
  Q('topic', 'en', 'What does the 50 000 to Huddinge cover?', { expectAny: [['office', 'kontorsservice']] }),
  Q('topic', 'sv', 'vad ingår i posten på 230 000?', { expect: ['utredningar', 'konsultstöd'] }),
  Q('topic', 'sv', 'Vad är syftet med ledningsgruppen?', { expect: ['förbereda', 'samordna'] }),
  Q('topic', 'sv', 'vilka deltar i södertörnskonferensen?', { expectAny: [['partier', 'partierna']], expectNot: ['Handelskammaren'] }),
  Q('topic', 'sv', 'Kan du redogöra för vilka parter som deltar i Södertörns rådslag?', { expect: ['Handelskammaren', 'Företagarna', 'KTH', 'Karolinska'] }),
  Q('topic', 'en', 'What is the governing document for the operational questions (verksamhetsfrågor)?', { expect: ['budget'] }),
  Q('topic', 'sv', 'vart lägger kommunerna ansvaret för explosiva varor?', { expect: ['brandförsvarsförbund'] }),
  Q('topic', 'sv', 'vem sköter kontrollen av receptfria läkemedel?', { expect: ['hälsoskyddsförbund'] }),
  Q('topic', 'en', "What's the difference between the rådslag and the Södertörn conference in terms of who takes part?", { expectAny: [['Chamber of Commerce', 'Handelskammaren'], ['parties', 'partier']] }),
  Q('topic', 'sv', 'Vad är syftet med de regionala utvecklingsfrågorna respektive verksamhetsfrågorna?', { expect: ['region', 'effektivisera'] }),
  Q('topic', 'en', 'When is the nyckeltal day – not the rådslag, the key figures one?', { expect: ['6 October'], expectNot: ['24 March'] }),

  // ---------------- period ----------------
  Q('period', 'sv', 'vilka SK-möten är det i höst?', { expect: ['22 september', '3 november', '8 december'] }),
  Q('period', 'sv', 'LG före sommaren?', { expect: ['20 maj'], expectNot: ['9 september'] }),
  Q('period', 'en', 'First SK meeting after the summer?', { expect: ['22 September', 'Nynäshamn'] }),
  Q('period', 'sv', 'sista LG-mötet i år', { expect: ['25 november'] }),
  Q('period', 'sv', 'vad har vi för möten i maj', { expect: ['20 maj'] }),
  Q('period', 'sv', 'Vad händer i oktober?', { expect: ['6 oktober', '14 oktober'] }),
  Q('period', 'sv', 'SK första halvåret?', { expect: ['14 april', '9 juni'] }),
  Q('period', 'en', "What's on in September?", { expect: ['1 September', '9 September', '22 September'] }),
  Q('period', 'sv', 'nästa vecka, har vi något möte då?', { expect: ['14 april', 'Nykvarn'] }),
  Q('period', 'sv', 'när är nästa SK?', { now: '2011-06-10T09:00:00+02:00', expect: ['22 september', 'Nynäshamn'] }),
  Q('period', 'en', 'next LG meeting?', { now: '2011-11-04T09:00:00+01:00', expect: ['25 November'] }),
  Q('period', 'sv', 'nästa sk-möte?', { now: '2011-12-09T09:00:00+01:00', expect: ['Södertälje'], expectAny: [['januari 2012', 'jan 2012']] }),
  Q('period', 'sv', 'Vilka LG-möten återstår i år?', { expect: ['20 maj', '9 september', '14 oktober', '25 november'], expectNot: ['21 januari'] }),
  Q('period', 'en', 'How many SK meetings are left this year?', { expectAny: [['five', '5 SK', '5 meeting', '5 more', '5 remaining']] }),
  Q('period', 'sv', 'december – vilka möten?', { expect: ['8 december', 'Tyresö'] }),

  // ---------------- followup ----------------
  { category: 'followup', conversation: [
    { q: 'när är nästa SK?', lang: 'sv', expect: ['14 april'] },
    { q: 'och var?', lang: 'sv', expect: ['Nykvarn'] },
    { q: 'och mötet efter det?', lang: 'sv', expect: ['9 juni', 'Salem'] } ] },
  { category: 'followup', conversation: [
    { q: 'vem har rådslaget 2013?', lang: 'sv', expect: ['Botkyrka'] },
    { q: 'och året efter?', lang: 'sv', expect: ['Tyresö'] } ] },
  { category: 'followup', conversation: [
    { q: 'LG i höst?', lang: 'sv', expect: ['9 september', '14 oktober', '25 november'] },
    { q: 'vilken tid börjar de?', lang: 'sv', expectAny: [T830] } ] },
  { category: 'followup', conversation: [
    { q: 'What are the staff costs this year?', lang: 'en', expect: ['580 000'] },
    { q: 'and as a share of the total?', lang: 'en', expectAny: [['67', '68']] } ] },
  { category: 'followup', conversation: [
    { q: 'vilka kommuner ingår i ÖFN?', lang: 'sv', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
    { q: 'vem är värdkommun?', lang: 'sv', expect: ['Haninge'] },
    { q: 'sedan när?', lang: 'sv', expect: ['2011'] } ] },
  { category: 'followup', conversation: [
    { q: 'när är nyckeltalsdagen?', lang: 'sv', expect: ['6 oktober'] },
    { q: 'var?', lang: 'sv', expect: ['Botkyrka'] },
    { q: 'är det en heldag?', lang: 'sv', startsWith: 'Ja' } ] },
  { category: 'followup', conversation: [
    { q: 'When does Södertälje host the SK?', lang: 'en', expect: ['January 2012'] },
    { q: 'and the rådslag?', lang: 'en', expect: ['2015'] } ] },
  { category: 'followup', conversation: [
    { q: 'Vilka målområden finns i utvecklingsprogrammet?', lang: 'sv', expect: ['Klimat', 'Infrastruktur', 'Mångfald', 'Näringsliv'] },
    { q: 'och hur många utvecklingsfrågor hör till dem?', lang: 'sv', expectAny: [['fem', '5 utvecklingsfrågor', '5 konkreta']] } ] },
  { category: 'followup', conversation: [
    { q: 'vad är visionen?', lang: 'sv', expect: ['2025'], expectAny: [['halv miljon', '500 000']] },
    { q: 'och hur många bor på Södertörn idag?', lang: 'sv', expect: ['430 000'] } ] },
  { category: 'followup', conversation: [
    { q: 'What does Huddinge get for the kontorsservice?', lang: 'en', expect: ['50 000'] },
    { q: 'och per månad?', lang: 'sv', expectAny: [['4 166', '4 167']] } ] },
  { category: 'followup', conversation: [
    { q: 'SK 22/9 – värd?', lang: 'sv', expect: ['Nynäshamn'] },
    { q: 'och 3/11?', lang: 'sv', expect: ['Botkyrka'] } ] },
  { category: 'followup', conversation: [
    { q: 'When is the Södertörn conference?', lang: 'en', expect: ['1 September'] },
    { q: 'who hosts it?', lang: 'en', expect: ['Huddinge', 'Tyresö'] },
    { q: 'is it a full day?', lang: 'en', startsWith: 'Yes' } ] },

  // ---------------- typo ----------------
  Q('typo', 'sv', 'när träffas ledingsgruppen nästa gång', { expect: ['20 maj'] }),
  Q('typo', 'sv', 'vem e värd för SK-mötet 22/9', { expect: ['Nynäshamn'] }),
  Q('typo', 'sv', 'LG-datumen i hösst?', { expect: ['9 september', '14 oktober', '25 november'] }),
  Q('typo', 'sv', 'rådslagett 2015 värd', { expect: ['Södertälje'] }),
  Q('typo', 'sv', 'nyckeltalsdagn när', { expect: ['6 oktober'] }),
  Q('typo', 'sv', 'överförmyndarnämden vilka kommuner', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
  Q('typo', 'sv', 'samarbetskomitén i juni var', { expect: ['9 juni', 'Salem'] }),
  Q('typo', 'sv', 'södertörnskonferenssen datum', { expect: ['1 september'] }),
  Q('typo', 'sv', 'budgten för personal?', { expect: ['580 000'] }),
  Q('typo', 'sv', 'plannerinskonferens LG', { expect: ['31 mars'] }),
  Q('typo', 'en', 'whos hostng the radslag 2014', { expect: ['Tyresö'] }),
  Q('typo', 'en', 'wen is the nxt SK meting', { expect: ['14 April'] }),

  // ---------------- language ----------------
  Q('language', 'en', 'SK 3/11 värd?', { locale: 'en-GB', expect: ['Botkyrka'] }),
  Q('language', 'en', 'ÖFN?', { locale: 'en-GB', expect: ['Haninge'] }),
  Q('language', 'sv', 'kostnader?', { locale: 'sv-SE', expect: ['580 000', '50 000', '230 000'] }),
  Q('language', 'en', 'Nyckeltal Södertörn', { locale: 'en-US', expect: ['6 October', 'Botkyrka'] }),
  Q('language', 'sv', 'LG 20/5?', { expect: ['20 maj'], expectAny: [T830] }),
  Q('language', 'en', 'Hej! Quick one – when is Södertälje hosting the rådslag?', { expect: ['2015'] }),
  Q('language', 'en', 'rådslag 2012', { locale: 'en-GB', expect: ['Nynäshamn'] }),
  Q('language', 'en', 'budget?', { locale: 'en-GB', expect: ['860 000'] }),
  Q('language', 'en', 'In English please: who sits in the ledningsgrupp?', { expectAny: [['director', 'kommundirektör']] }),
  Q('language', 'sv', 'Salem?', { locale: 'sv-SE', expect: ['9 juni'] }),
  Q('language', 'en', 'Okej, so vad är next step för SK after 14/4 – which date and värd?', { locale: 'en-GB', expect: ['9 June', 'Salem'] }),

  // ---------------- facts ----------------
  Q('facts', 'sv', 'Vad är visionen för Södertörn?', { expect: ['2025'], expectAny: [['halv miljon', '500 000']] }),
  Q('facts', 'en', 'What is the purpose of the cooperation?', { expectAny: [['regional'], ['home municipalit', 'own municipalit', 'hemkommun']] }),
  Q('facts', 'sv', 'Vilka målområden finns i Södertörns UtvecklingsProgram 2010?', { expect: ['Näringsliv', 'Högskola', 'Mångfald', 'Klimat', 'Infrastruktur'] }),
  Q('facts', 'sv', 'Vilka förhållningssätt ska känneteckna vår samverkan?', { expectAny: [['gemensamma nyttan'], ['demokratiska'], ['ge och få']] }),
  Q('facts', 'en', 'Who sits on the samarbetskommitté?', { expectAny: [['chair', 'ordförande']] }),
  Q('facts', 'sv', 'vilka sitter i LG', { expect: ['kommundirektör'] }),
  Q('facts', 'sv', 'hur ofta ska SK träffas?', { expectAny: [['sex gånger', '6 gånger', 'minst sex', 'minst 6']] }),
  Q('facts', 'sv', 'vem tillhandahåller sekretariatet', { expect: ['Huddinge'] }),
  Q('facts', 'en', 'What time are the SK meetings?', { expect: ['Thursday'], expectAny: [T12, T15] }),
  Q('facts', 'sv', 'vilka tider har LG', { expect: ['fredag'], expectAny: [T830, T13] }),
  Q('facts', 'sv', 'När bildades miljö- och hälsoskyddsförbundet, och av vilka kommuner?', { expect: ['2008', 'Haninge', 'Nynäshamn', 'Tyresö'] }),
  Q('facts', 'en', 'Since when has the joint överförmyndarnämnd existed?', { expect: ['1 January 2011'] }),
  Q('facts', 'sv', 'I vilka regionala organ samordnar vi våra insatser?', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] }),
  Q('facts', 'sv', 'vilka infrastruktursatsningar nämns i planen?', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] }),
  Q('facts', 'sv', 'Vilka är de två huvudområdena för samverkan?', { expect: ['regionala utvecklingsfrågor', 'verksamhetsfrågor'] }),
  Q('facts', 'sv', 'ska vi lägga mest tid på regionala frågor eller verksamhetsfrågor i år?', { expect: ['regionala'] }),
  Q('facts', 'en', 'When was Södertörns UtvecklingsProgram 2010 adopted?', { expectAny: [['autumn 2010', 'fall 2010']] }),
  Q('facts', 'sv', 'vad är rådslaget till för?', { expectAny: [['frågeställningar', 'Södertörns utveckling']] }),
  Q('facts', 'en', 'What is the nyckeltal follow-up and when does it happen?', { expectAny: [['autumn', '6 October']] }),
  Q('facts', 'sv', 'Inom vilka områden har samarbetet traditioner?', { expect: ['gymnasie', 'räddningstjänst'], expectAny: [['återvinning', 'energi']] }),
  Q('facts', 'en', 'What are the five regional development issues in the development programme?', { expectAny: [['education', 'utbildningsnivå'], ['infrastructure', 'infrastruktur'], ['climate', 'klimat']] }),
  Q('facts', 'sv', 'Vilka fem utvecklingsfrågor lyfts fram i UtvecklingsProgrammet?', { expect: ['utbildningsnivå', 'kunskapsintensivt', 'klimateffektivt', 'infrastruktur'] }),
  Q('facts', 'en', 'How does the plan describe Stockholm?', { expect: ['Capital of Scandinavia'] }),
  Q('facts', 'sv', 'vad menas med gemensam ägarstyrning?', { expectAny: [['ägardialog', 'direktiv', 'bolagsordning']] }),
  Q('facts', 'sv', 'Vilka kommuner ingår i samarbetskommittén?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö'] }),
  Q('facts', 'sv', 'När är rådslaget i år och var?', { expect: ['24 mars', 'Salem'] }),
  Q('facts', 'sv', 'Hur ska kommunerna göra när riksdagen ger dem nya uppgifter?', { expectAny: [['enskilt'], ['samverkansorgan', 'samverkan']] }),
  Q('facts', 'en', 'Compare SK and LG meetings – which weekdays and times?', { expect: ['Thursday', 'Friday'], expectAny: [T12, T830] }),
  Q('facts', 'sv', 'vad skiljer SK från LG när det gäller vilka som sitter i dem?', { expect: ['kommundirektör'], expectAny: [['kommunstyrelseordförande', 'ordförande']] }),
  Q('facts', 'sv', 'Vilka kommuner ingår inte i överförmyndarnämnden?', { expect: ['Nykvarn', 'Salem', 'Södertälje'] }),
  Q('facts', 'en', 'How much money goes into the committee this year, and what is it used for?', { expect: ['860 000', '580 000', '50 000', '230 000'] }),
];

// ---------------- change requests ----------------
function C(category, as, lang, q, o = {}) { return Object.assign({ category, as, q, lang }, o); }
const S = 'secretariat', M = 'member';
const REF = { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] };

const commands = [
  // move
  C('move', S, 'sv', 'flytta LG 20/5 till 27/5', { kind: 'confirm', expect: ['27 maj'] }),
  C('move', S, 'en', 'move the LG meeting on 20 May to 27 May', { kind: 'confirm', expect: ['27 May'] }),
  C('move', S, 'sv', 'SK 22/9 -> 29/9', { kind: 'confirm', expect: ['29 september'] }),
  C('move', S, 'sv', 'flytta nyckeltalsdagen till 13/10', { kind: 'confirm', expect: ['13 oktober'] }),
  C('move', S, 'sv', 'flytta sk 3/11 till 10/11, nej vänta, 17/11', { kind: 'confirm', expect: ['17 november'] }),
  C('move', S, 'sv', 'flytta LG 9/9 till 16/9 och ställ in LG 14/10', { kind: 'confirm', expect: ['16 september', '14 oktober'] }),
  // host
  C('host', S, 'sv', 'SK 9/6 ska vara i Haninge istället för Salem', { kind: 'confirm', expect: ['Haninge'] }),
  C('host', S, 'en', 'change host of the SK meeting on 8 December to Huddinge', { kind: 'confirm', expect: ['Huddinge'] }),
  C('host', S, 'sv', 'ny värd sk 14/4: södertälje', { kind: 'confirm', expect: ['Södertälje'] }),
  C('host', S, 'sv', 'SK 3/11 värd Salem, SK 8/12 värd Nykvarn', { kind: 'confirm', expect: ['Salem', 'Nykvarn'] }),
  // cancel
  C('cancel', S, 'sv', 'ställ in LG 14/10', { kind: 'confirm', expect: ['14 oktober'] }),
  C('cancel', S, 'en', 'cancel the SK meeting on 3 November', { kind: 'confirm', expect: ['3 November'] }),
  // add
  C('add', S, 'sv', 'lägg till extra SK-möte 18/8 i Huddinge', { kind: 'confirm', expect: ['18 augusti', 'Huddinge'] }),
  C('add', S, 'en', 'add an LG meeting on Friday 17 June', { kind: 'confirm', expect: ['17 June'] }),
  // budgetline
  C('budgetline', S, 'sv', 'ändra personal till 600 000', { kind: 'confirm', expect: ['600 000'] }),
  C('budgetline', S, 'sv', 'konsultstöd -30k', { kind: 'confirm', expect: ['200 000'] }),
  C('budgetline', S, 'en', 'set the Huddinge office compensation to 60 000', { kind: 'confirm', expect: ['60 000'] }),
  C('budgetline', S, 'sv', 'höj utredningar o konsultstöd med 20 000', { kind: 'confirm', expect: ['250 000'] }),
  // rotationhost
  C('rotationhost', S, 'sv', 'rådslaget 2013 -> Haninge istf Botkyrka', { kind: 'confirm', expect: ['Haninge'] }),
  C('rotationhost', S, 'en', 'make Huddinge host of the rådslag in 2014', { kind: 'confirm', expect: ['Huddinge'] }),
  C('rotationhost', S, 'sv', 'byt värd rådslag 2016 till salem', { kind: 'confirm', expect: ['Salem'] }),
  // history
  C('history', S, 'sv', 'visa ändringar', { kind: 'history' }),
  C('history', S, 'en', 'what has changed?', { kind: 'history' }),
  // missing
  C('missing', S, 'sv', 'flytta LG-mötet', { kind: 'clarify' }),
  C('missing', S, 'sv', 'ändra budgeten', { kind: 'clarify' }),
  C('missing', S, 'sv', 'ny värd för sk', { kind: 'clarify' }),
  C('missing', S, 'en', 'cancel the meeting', { kind: 'clarify' }),
  C('missing', S, 'sv', 'lägg till möte 15/9', { kind: 'clarify' }),
  C('missing', S, 'sv', 'flytta sk 14/4', { kind: 'clarify' }),
  // confirm conversations
  { category: 'confirm', conversation: [
    { q: 'flytta LG 25/11 till 2/12', as: S, lang: 'sv', kind: 'confirm', expect: ['2 december'] },
    { q: 'ja', as: S, lang: 'sv', kind: 'confirmed' } ] },
  { category: 'confirm', conversation: [
    { q: 'ställ in SK 8/12', as: S, lang: 'sv', kind: 'confirm', expect: ['8 december'] },
    { q: 'avbryt', as: S, lang: 'sv', kind: 'cancelled' } ] },
  { category: 'confirm', conversation: [
    { q: 'move SK 22 Sep to 29 Sep', as: S, lang: 'en', kind: 'confirm', expect: ['29 September'] },
    { q: 'ok go', as: S, lang: 'en', kind: 'confirmed' } ] },
  { category: 'confirm', conversation: [
    { q: 'flytta LG 20/5 till 26/5', as: S, lang: 'sv', kind: 'confirm', expect: ['26 maj'] },
    { q: 'nej 27/5 menade jag', as: S, lang: 'sv', kind: 'confirm', expect: ['27 maj'] },
    { q: 'ok kör', as: S, lang: 'sv', kind: 'confirmed' } ] },
  { category: 'confirm', conversation: [
    { q: 'sätt personal till 620 000', as: S, lang: 'sv', kind: 'confirm', expect: ['620 000'] },
    { q: 'bekräfta', as: S, lang: 'sv', kind: 'confirmed' },
    { q: 'visa ändringar', as: S, lang: 'sv', kind: 'history', expect: ['620 000'] } ] },
  // refused (members)
  C('refused', M, 'sv', 'flytta SK 14/4 till 15/4', REF),
  C('refused', M, 'en', 'cancel LG 20 May', REF),
  C('refused', M, 'sv', 'Jag vill att Södertälje tar över rådslaget 2013 i stället för Botkyrka.', REF),
  C('refused', M, 'sv', 'Höj personalbudgeten till 650 000.', REF),
  C('refused', M, 'en', 'Please change the host of the SK meeting on 22 September to Södertälje.', REF),
  // questions from the secretariat that look like commands
  C('facts', S, 'sv', 'när är LG i maj?', { expect: ['20 maj'] }),
  C('facts', S, 'sv', 'vem är värd för SK 3/11?', { expect: ['Botkyrka'] }),
  C('facts', S, 'sv', 'vad ligger personalposten på?', { expect: ['580 000'] }),
  C('yesno', S, 'sv', 'har vi något möte 27/5?', { startsWith: 'Nej' }),
  C('facts', S, 'sv', 'vilken kommun har rådslaget 2016?', { expect: ['Haninge'] }),
  C('facts', S, 'en', 'which LG meetings are left after the summer?', { expect: ['9 September', '14 October', '25 November'] }),
];

function write(name, description, items) {
  const out = { description, defaultNow: NOW, items };
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify(out, null, 2) + '\n');
}
write('pool-questions.json', 'Round 6 writer c: questions from the 2011 plan (SK politicians, Södertälje director mixing sv/en).', questions);
write('pool-commands.json', 'Round 6 writer c: change requests from a hurried secretariat member, member refusals, secretariat questions.', commands);
console.log('questions', questions.length, 'commands', commands.length);

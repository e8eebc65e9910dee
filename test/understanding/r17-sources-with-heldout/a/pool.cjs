// Round 17, writer a — persona: Nynäshamn's KSO (SK member) and her political secretary.
// Only source: /work/shared/plan/verksamhetsplan-2011.txt
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const NIP = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'];
const T15 = ['15.00', '15:00'];
const T0830 = ['08.30', '08:30', '8.30', '8:30'];
const T13 = ['13.00', '13:00'];

const q = [];
const add = (o) => q.push(o);

// ---------------- ROTATION ----------------
add({ category: 'rotation', lang: 'sv', q: 'Hej! Jag tror att vi i Nynäshamn har rådslaget 2012, men stämmer det?', startsWith: 'Ja', expect: ['2012'] });
add({ category: 'rotation', lang: 'sv', q: 'vem har rådslaget 2014?', expect: ['Tyresö'] });
add({ category: 'rotation', lang: 'sv', q: 'Jag skulle vilja veta vilken kommun som är värd för rådslaget året efter att vi i Nynäshamn haft det.', expect: ['Botkyrka'], expectAny: [['2013']] });
add({ category: 'rotation', lang: 'sv', q: 'rådslag 2016 värd', expect: ['Haninge'] });
add({ category: 'rotation', lang: 'en', q: 'Which year is Södertälje hosting the Södertörn rådslag?', expect: ['2015'] });
add({ category: 'rotation', lang: 'en', q: 'Who hosts the rådslag next year?', expect: ['Nynäshamn'] });
add({ category: 'rotation', lang: 'sv', q: 'Vilken kommun står sist i rotationen för rådslaget, och vilket år är det?', expect: ['Huddinge', '2018'] });
add({ category: 'rotation', lang: 'sv', q: 'När är det Nykvarns tur att ha rådslaget?', expect: ['2017'] });
add({ category: 'rotation', lang: 'sv', q: 'Vem var värd för rådslaget i år, och vilket datum hölls det?', expect: ['Salem', '24 mars'] });
add({ category: 'rotation', lang: 'en', q: 'Could you list the rådslag hosts for 2013, 2014 and 2015?', expect: ['Botkyrka', 'Tyresö', 'Södertälje'] });
add({ category: 'rotation', lang: 'sv', q: 'Vem har rådslaget 2019?', kind: NIP });
add({ category: 'rotation', lang: 'sv', q: 'Hur många år är det kvar innan Huddinge ska ha rådslaget?', expect: ['2018'], expectAny: [['7', 'sju']] });
add({ category: 'rotation', lang: 'en', q: 'In the rådslag rotation, does Tyresö come before or after Botkyrka?', expectAny: [['after']], expect: ['2013', '2014'] });
add({ category: 'rotation', lang: 'sv', q: 'Vilken kommun hade rådslaget närmast före oss i Nynäshamn?', expect: ['Salem'], expectAny: [['2011']] });

// ---------------- BUDGET ----------------
add({ category: 'budget', lang: 'sv', q: 'Jag skulle vilja veta hur mycket som går till utredningar.', expect: ['230 000'] });
add({ category: 'budget', lang: 'sv', q: 'total budget 2011?', expect: ['860 000'] });
add({ category: 'budget', lang: 'sv', q: 'Om avgifterna från kommunerna skulle delas lika mellan alla åtta kommuner, hur mycket blir det per kommun?', expect: ['107 500'] });
add({ category: 'budget', lang: 'sv', q: 'hur mycket blir personalkostnaden per månad', expect: ['48 333'] });
add({ category: 'budget', lang: 'en', q: 'How much is budgeted for studies and consultancy support per quarter?', expect: ['57 500'] });
add({ category: 'budget', lang: 'sv', q: 'Hur stor andel av kostnaderna går till personal, i procent?', expectAny: [['67', '68']] });
add({ category: 'budget', lang: 'sv', q: 'Vad blir kvar av intäkterna när personalkostnaden är betald?', expect: ['280 000'] });
add({ category: 'budget', lang: 'sv', q: 'skillnad personal vs utredningar?', expect: ['350 000'] });
add({ category: 'budget', lang: 'en', q: "What's the largest cost item in the 2011 budget?", expect: ['580 000'] });
add({ category: 'budget', lang: 'sv', q: 'Vilken är den minsta kostnadsposten?', expect: ['50 000'], expectAny: [['Huddinge']] });
add({ category: 'budget', lang: 'en', q: 'What share of the budget goes to studies and consultants?', expectAny: [['26', '27']] });
add({ category: 'budget', lang: 'sv', q: 'Hur mycket blir ersättningen till Huddinge kommun per månad?', expectAny: [['4 166', '4 167']] });
add({ category: 'budget', lang: 'sv', q: 'Personal och utredningar sammanlagt – hur mycket blir det?', expect: ['810 000'] });
add({ category: 'budget', lang: 'en', q: 'If the total costs are spread evenly over the twelve months, how much is that per month?', expectAny: [['71 666', '71 667']] });
add({ category: 'budget', lang: 'sv', q: 'Går budgeten jämnt ut, alltså är intäkterna lika stora som kostnaderna?', startsWith: 'Ja', expect: ['860 000'] });
add({ category: 'budget', lang: 'sv', q: 'Om utredningspotten delas lika på de åtta kommunerna, vad blir det per kommun?', expect: ['28 750'] });
add({ category: 'budget', lang: 'en', q: 'Where does the income come from, and how much is it?', expect: ['860 000'], expectAny: [['municipalit', 'kommun']] });
add({ category: 'budget', lang: 'sv', q: 'personal första halvåret, om det fördelas jämnt?', expect: ['290 000'] });

// ---------------- YES/NO ----------------
add({ category: 'yesno', lang: 'sv', q: 'Är Salem värd för SK-mötet den 9 juni?', startsWith: 'Ja' });
add({ category: 'yesno', lang: 'sv', q: 'Ingår inte Salem i överförmyndarnämnden?', startsWith: 'Nej' });
add({ category: 'yesno', lang: 'sv', q: 'träffas ledningsgruppen på torsdagar?', startsWith: 'Nej', expect: ['fredag'] });
add({ category: 'yesno', lang: 'en', q: 'Is Nynäshamn a member of Södertörns miljö- och hälsoskyddsförbund?', startsWith: 'Yes' });
add({ category: 'yesno', lang: 'en', q: 'Does the committee meet on Fridays?', startsWith: 'No', expect: ['Thursday'] });
add({ category: 'yesno', lang: 'sv', q: 'Är Huddinge med i miljö- och hälsoskyddsförbundet?', startsWith: 'Nej', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] });
add({ category: 'yesno', lang: 'sv', q: 'Jag har fått för mig att Nynäshamn har rådslaget 2013 – är det rätt?', startsWith: 'Nej', expect: ['2012', 'Botkyrka'] });
add({ category: 'yesno', lang: 'sv', q: 'Ligger nyckeltalsdagen på hösten?', startsWith: 'Ja', expect: ['6 oktober'] });
add({ category: 'yesno', lang: 'en', q: 'Is Haninge the host municipality for the joint överförmyndarnämnd?', startsWith: 'Yes' });
add({ category: 'yesno', lang: 'sv', q: 'Finns det något SK-möte i augusti?', startsWith: 'Nej' });
add({ category: 'yesno', lang: 'en', q: 'is there an LG meeting in june?', startsWith: 'No' });
add({ category: 'yesno', lang: 'en', q: "Isn't the Södertörn conference held in Botkyrka?", startsWith: 'No', expect: ['Huddinge', 'Tyresö'] });
add({ category: 'yesno', lang: 'sv', q: 'Är KTH med i rådslaget?', startsWith: 'Ja' });
add({ category: 'yesno', lang: 'sv', q: 'Hålls Södertörnskonferensen före sommaren?', startsWith: 'Nej', expect: ['1 september'] });

// ---------------- PREMISE ----------------
add({ category: 'premise', lang: 'sv', q: 'Varför har Huddinge fått SK-mötet den 22/9? Jag trodde att det var vår tur i Nynäshamn.', expect: ['Nynäshamn'] });
add({ category: 'premise', lang: 'sv', q: 'Eftersom LG ses på torsdagar – vilken tid börjar de?', expect: ['fredag'], expectAny: [T0830] });
add({ category: 'premise', lang: 'sv', q: 'Med en budget på 900 000 kr, hur mycket blir över när personalen är betald?', expect: ['860 000'], expectAny: [['280 000']] });
add({ category: 'premise', lang: 'en', q: 'Since Salem is part of the överförmyndarnämnd, which other municipalities are in it?', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] });
add({ category: 'premise', lang: 'sv', q: 'Miljö- och hälsoskyddsförbundet startade ju 2011 – vilka kommuner bildade det?', expect: ['2008', 'Haninge', 'Nynäshamn', 'Tyresö'] });
add({ category: 'premise', lang: 'sv', q: 'Nyckeltalsdagen hos Huddinge – vilket datum var det nu igen?', expect: ['Botkyrka', '6 oktober'] });
add({ category: 'premise', lang: 'en', q: 'The Södertörn conference on 6 October – who is hosting it?', expect: ['1 September'], expectAny: [['Huddinge', 'Tyresö']] });
add({ category: 'premise', lang: 'sv', q: 'Eftersom det är Haninge som håller i sekretariatet, hur mycket får de i ersättning?', expect: ['Huddinge', '50 000'] });
add({ category: 'premise', lang: 'sv', q: 'Varför är SK-mötena alltid på förmiddagen?', expectAny: [T12, T15] });
add({ category: 'premise', lang: 'sv', q: 'rådslaget i år var väl i Tyresö?', startsWith: 'Nej', expect: ['Salem'] });
add({ category: 'premise', lang: 'sv', q: 'Personalposten ligger på 850 000, eller hur?', startsWith: 'Nej', expect: ['580 000'] });
add({ category: 'premise', lang: 'en', q: 'As the committee only meets four times a year, when is the next one?', expect: ['14 April'], expectAny: [['six', '6']] });
add({ category: 'premise', lang: 'sv', q: 'Nynäshamn är ju värdkommun för överförmyndarnämnden, men vilka andra kommuner ingår?', expect: ['Haninge'] });

// ---------------- OFF-PLAN ----------------
add({ category: 'offplan', lang: 'sv', q: 'Skulle ni kunna boka ett konferensrum åt oss i Nynäshamn till den 22/9?', kind: NIP });
add({ category: 'offplan', lang: 'sv', q: 'kan du skicka ut en kallelse till alla kso inför 14/4', kind: NIP });
add({ category: 'offplan', lang: 'sv', q: 'Vad står på dagordningen för SK-mötet i Nykvarn nästa vecka?', kind: NIP });
add({ category: 'offplan', lang: 'en', q: 'What is the address of the venue for the Södertörn conference?', kind: NIP });
add({ category: 'offplan', lang: 'sv', q: 'Vem är kommundirektör i Salem?', kind: NIP });
add({ category: 'offplan', lang: 'sv', q: 'Hur stor blir budgeten för samarbetskommittén 2012?', kind: NIP });
add({ category: 'offplan', lang: 'en', q: "Could you call the secretariat and tell them I'll be 15 minutes late?", kind: NIP });
add({ category: 'offplan', lang: 'sv', q: 'Vad kostar lunchen på nyckeltalsdagen?', kind: NIP });
add({ category: 'offplan', lang: 'en', q: 'Our twin town guests arrive in September – which hotel in Nynäshamn should we book for them?', kind: NIP });
add({ category: 'offplan', lang: 'sv', q: 'Vem är värd för LG-mötet den 20 maj?', kind: NIP });
add({ category: 'offplan', lang: 'sv', q: 'Var hålls samarbetskommitténs planeringskonferens i januari?', kind: NIP });
add({ category: 'offplan', lang: 'en', q: "What's the weather going to be like in Nykvarn on 14 April?", kind: NIP });
add({ category: 'offplan', lang: 'sv', q: 'Hur många deltog på rådslaget i mars?', kind: NIP });

// ---------------- TOPIC ----------------
add({ category: 'topic', lang: 'sv', q: 'När är samarbetskommitténs planeringskonferens?', expect: ['28 januari'], expectNot: ['31 mars'] });
add({ category: 'topic', lang: 'sv', q: 'ledningsgruppens planeringskonferens, när?', expect: ['1 april'], expectNot: ['28 januari'] });
add({ category: 'topic', lang: 'en', q: 'When is the Södertörn conference? I mean the big annual one, not a planning conference.', expect: ['1 September'] });
add({ category: 'topic', lang: 'sv', q: 'Vad ingår i posten ersättning till Huddinge kommun?', expect: ['kontorsservice', 'arbetsrum'] });
add({ category: 'topic', lang: 'en', q: 'What does the 230 000 line in the budget cover?', expectAny: [['utredningar', 'studies', 'investigations', 'reports', 'inquiries']], expect: ['consult'] });
add({ category: 'topic', lang: 'sv', q: 'Vad är syftet med ledningsgruppen?', expect: ['förbereda'], expectAny: [['samordna']] });
add({ category: 'topic', lang: 'sv', q: 'Vad är tanken med rådslaget – vad ska det göra?', expectAny: [['frågeställningar', 'fokus']] });
add({ category: 'topic', lang: 'sv', q: 'Vilket styrdokument gäller för de regionala utvecklingsfrågorna, och vilket gäller för verksamhetsfrågorna?', expect: ['UtvecklingsProgram'], expectAny: [['verksamhetsplan']] });
add({ category: 'topic', lang: 'en', q: "What is the purpose of the 'verksamhetsfrågor' area, as opposed to the regional development issues?", expectAny: [['efficien', 'effektiv']] });
add({ category: 'topic', lang: 'sv', q: 'Nyckeltal eller rådslag – vilket av dem är i Botkyrka i år?', expect: ['nyckeltal', '6 oktober'] });
add({ category: 'topic', lang: 'sv', q: 'Vilken ny uppgift lägger Haninge, Nynäshamn och Tyresö på miljöförbundet, och vad hamnar hos brandförsvarsförbundet?', expect: ['receptfria', 'explosiva'] });
add({ category: 'topic', lang: 'en', q: 'Who takes part in the Södertörn conference, as opposed to the rådslag?', expectAny: [['parties', 'political']] });
add({ category: 'topic', lang: 'sv', q: 'Vilka två syften har ledningsgruppen respektive samarbetskommittén? Jag blandar ihop dem.', expectAny: [['förbereda']], expect: ['regional'] });

// ---------------- PERIOD ----------------
add({ category: 'period', lang: 'sv', q: 'Vilka SK-möten har vi kvar i vår?', expect: ['14 april', '9 juni'], expectNot: ['22 september'] });
add({ category: 'period', lang: 'sv', q: 'LG i höst?', expect: ['9 september', '14 oktober', '25 november'], expectNot: ['20 maj'] });
add({ category: 'period', lang: 'en', q: "What's the first committee meeting after the summer, and who hosts it?", expect: ['22 September', 'Nynäshamn'] });
add({ category: 'period', lang: 'sv', q: 'sista SK-mötet för året?', expect: ['8 december', 'Tyresö'] });
add({ category: 'period', lang: 'sv', q: 'Vad händer i september?', expect: ['1 september', '9 september', '22 september'] });
add({ category: 'period', lang: 'en', q: 'Which LG meetings fall in the first half of the year?', expect: ['21 January', '20 May'], expectNot: ['9 September'] });
add({ category: 'period', lang: 'sv', q: 'Hur många SK-möten återstår i år?', expectAny: [['5', 'fem']] });
add({ category: 'period', lang: 'sv', q: 'nästa LG?', now: '2011-10-01T09:00:00+02:00', expect: ['14 oktober'] });
add({ category: 'period', lang: 'sv', q: 'Vad är nästa sak i kalendern?', now: '2011-10-01T09:00:00+02:00', expect: ['6 oktober'], expectAny: [['nyckeltal']] });
add({ category: 'period', lang: 'sv', q: 'Finns det något inbokat i oktober?', expect: ['6 oktober', '14 oktober'] });
add({ category: 'period', lang: 'en', q: "What's on in November?", expect: ['3 November', '25 November'] });
add({ category: 'period', lang: 'sv', q: 'Hej! Jag missade tyvärr Södertörnskonferensen igår. När är nästa SK-möte och vem är värd?', now: '2011-09-02T09:00:00+02:00', expect: ['22 september', 'Nynäshamn'] });
add({ category: 'period', lang: 'sv', q: 'första LG-mötet efter sommaren?', expect: ['9 september'], expectNot: ['20 maj'] });

// ---------------- FOLLOW-UP ----------------
add({ category: 'followup', conversation: [
  { q: 'Hej! Jag undrar när nästa SK-möte är, och vem som är värd?', lang: 'sv', expect: ['14 april', 'Nykvarn'] },
  { q: 'Tack! Och mötet efter det?', lang: 'sv', expect: ['9 juni', 'Salem'] } ] });
add({ category: 'followup', conversation: [
  { q: 'vem har rådslaget 2012?', lang: 'sv', expect: ['Nynäshamn'] },
  { q: 'och året efter?', lang: 'sv', expect: ['Botkyrka'] },
  { q: 'och 2014 då', lang: 'sv', expect: ['Tyresö'] } ] });
add({ category: 'followup', conversation: [
  { q: 'Hur mycket är budgeterat för personal?', lang: 'sv', expect: ['580 000'] },
  { q: 'per månad då?', lang: 'sv', expect: ['48 333'] } ] });
add({ category: 'followup', conversation: [
  { q: 'LG-mötena i höst?', lang: 'sv', expect: ['9 september', '14 oktober', '25 november'] },
  { q: 'vilken veckodag och vilken tid?', lang: 'sv', expect: ['fredag'], expectAny: [T0830, T13] } ] });
add({ category: 'followup', conversation: [
  { q: 'When is the key figures day (nyckeltal)?', lang: 'en', expect: ['6 October'] },
  { q: 'and where?', lang: 'en', expect: ['Botkyrka'] } ] });
add({ category: 'followup', conversation: [
  { q: 'Vilka kommuner ingår i överförmyndarnämnden?', lang: 'sv', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
  { q: 'och vem är värdkommun?', lang: 'sv', expect: ['Haninge'] },
  { q: 'sedan när?', lang: 'sv', expect: ['1 januari 2011'] } ] });
add({ category: 'followup', conversation: [
  { q: 'När är Södertörnskonferensen?', lang: 'sv', expect: ['1 september'] },
  { q: 'Vilka är det som deltar där?', lang: 'sv', expectAny: [['partier'], ['tjänstemän']] } ] });
add({ category: 'followup', conversation: [
  { q: 'Who hosts the committee meeting on 3 November?', lang: 'en', expect: ['Botkyrka'] },
  { q: 'What time does it start?', lang: 'en', expectAny: [T12] } ] });
add({ category: 'followup', conversation: [
  { q: 'Vilket datum har vi SK-mötet hos oss i Nynäshamn?', lang: 'sv', expect: ['22 september'] },
  { q: 'och vilket LG-möte ligger närmast före det?', lang: 'sv', expect: ['9 september'] } ] });
add({ category: 'followup', conversation: [
  { q: 'hur stor är posten utredningar, konsultstöd?', lang: 'sv', expect: ['230 000'] },
  { q: 'och om vi delar den på årets fyra kvartal?', lang: 'sv', expect: ['57 500'] } ] });
add({ category: 'followup', conversation: [
  { q: 'Vilka kommuner ingår i miljö- och hälsoskyddsförbundet?', lang: 'sv', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
  { q: 'När startade det?', lang: 'sv', expect: ['2008'] } ] });
add({ category: 'followup', conversation: [
  { q: 'Apart from the eight municipalities, who takes part in the rådslag?', lang: 'en', expect: ['KTH', 'Handelskammaren'] },
  { q: 'and how often is it held?', lang: 'en', expectAny: [['annual', 'every year', 'once a year', 'yearly']] } ] });
add({ category: 'followup', conversation: [
  { q: 'vem är värd för SK 8/12?', lang: 'sv', expect: ['Tyresö'] },
  { q: 'och nästa möte efter det?', lang: 'sv', expect: ['Södertälje'], expectAny: [['januari 2012', 'jan 2012']] } ] });

// ---------------- TYPO ----------------
add({ category: 'typo', lang: 'sv', q: 'när träffas ledingsgruppen i maj', expect: ['20 maj'] });
add({ category: 'typo', lang: 'sv', q: 'vem är värd för samarbetskomittén i juni', expect: ['Salem'] });
add({ category: 'typo', lang: 'sv', q: 'nyckletalsdagen var?', expect: ['Botkyrka'] });
add({ category: 'typo', lang: 'sv', q: 'rådslagget 2015?', expect: ['Södertälje'] });
add({ category: 'typo', lang: 'sv', q: 'vilka kommuner är med i överförmyndarnämden', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] });
add({ category: 'typo', lang: 'sv', q: 'Södertörnskonferansen datum', expect: ['1 september'] });
add({ category: 'typo', lang: 'sv', q: 'hur mkt är utredningr o konsultstöd', expect: ['230 000'] });
add({ category: 'typo', lang: 'sv', q: 'SK-mötet i Nynäshman, när?', expect: ['22 september'] });
add({ category: 'typo', lang: 'en', q: 'whos hosting the comittee meeting in decmber', expect: ['Tyresö', '8 December'] });
add({ category: 'typo', lang: 'sv', q: 'LG-datum efter sommarn?', expect: ['9 september', '14 oktober', '25 november'] });
add({ category: 'typo', lang: 'sv', q: 'miljöförbudnet startår', expect: ['2008'] });

// ---------------- LANGUAGE ----------------
add({ category: 'language', lang: 'en', locale: 'en-GB', q: 'SK 3/11 värd?', expect: ['Botkyrka'] });
add({ category: 'language', lang: 'en', locale: 'en-GB', q: 'ÖFN?', expect: ['Haninge', 'Tyresö'] });
add({ category: 'language', lang: 'en', locale: 'en-GB', q: 'LG 20/5?', expect: ['20 May'] });
add({ category: 'language', lang: 'sv', locale: 'sv-SE', q: 'nyckeltal 6/10?', expect: ['Botkyrka'] });
add({ category: 'language', lang: 'en', q: 'Hi, our twin town delegation would like to attend the rådslag next year – which municipality hosts it in 2012?', expect: ['Nynäshamn'] });
add({ category: 'language', lang: 'sv', locale: 'en-GB', q: 'när är nästa SK-möte?', expect: ['14 april', 'Nykvarn'] });
add({ category: 'language', lang: 'en', locale: 'sv-SE', q: 'When does the management group meet in May?', expect: ['20 May'] });
add({ category: 'language', lang: 'sv', q: 'SK 14/4?', expect: ['Nykvarn'] });
add({ category: 'language', lang: 'en', q: 'Our twin town asked how many people live in Södertörn – do you know?', expect: ['430 000'] });
add({ category: 'language', lang: 'en', locale: 'en-GB', q: 'Vision 2025?', expectAny: [['half a million', '500 000']] });
add({ category: 'language', lang: 'en', locale: 'en-US', q: 'budget 2011?', expect: ['860 000'] });

// ---------------- FACTS ----------------
add({ category: 'facts', lang: 'sv', q: 'Vad säger visionen för 2025?', expectAny: [['halv miljon', '500 000']] });
add({ category: 'facts', lang: 'en', q: 'How many inhabitants does Södertörn have today, according to the plan?', expect: ['430 000'] });
add({ category: 'facts', lang: 'sv', q: 'Vilka målområden finns i Södertörns UtvecklingsProgram 2010?', expect: ['Näringsliv', 'Högskola', 'Mångfald', 'Klimat', 'Infrastruktur'] });
add({ category: 'facts', lang: 'sv', q: 'Hur många konkreta utvecklingsfrågor hör till målområdena?', expectAny: [['fem', '5']] });
add({ category: 'facts', lang: 'sv', q: 'Jag ska presentera vårt samarbete för fullmäktige. Vad ska vår samverkan kännetecknas av enligt förhållningssätten?', expect: ['gemensamma nyttan', 'demokratiska processen'], expectAny: [['ge och få']] });
add({ category: 'facts', lang: 'sv', q: 'I vilka regionala organ samordnar vi våra insatser?', expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] });
add({ category: 'facts', lang: 'en', q: 'Which infrastructure projects have the municipalities pushed jointly?', expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] });
add({ category: 'facts', lang: 'sv', q: 'vilka sitter i samarbetskommittén?', expectAny: [['kommunstyrelseordförande', 'kommunstyrelsens ordförande']] });
add({ category: 'facts', lang: 'sv', q: 'Hur ofta ska samarbetskommittén träffas enligt planen?', expectAny: [['sex', '6']], expect: ['minst'] });
add({ category: 'facts', lang: 'en', q: 'Who provides the secretariat for the committee?', expect: ['Huddinge'] });
add({ category: 'facts', lang: 'sv', q: 'Vilka är med på rådslaget förutom kommunerna?', expect: ['Södertörns högskola', 'Karolinska', 'KTH', 'Handelskammaren', 'Företagarna'] });
add({ category: 'facts', lang: 'sv', q: 'Vilka tider gäller för SK-mötena?', expect: ['torsdag'], expectAny: [T12, T15] });
add({ category: 'facts', lang: 'en', q: 'What times do the LG meetings run?', expect: ['Friday'], expectAny: [T0830, T13] });
add({ category: 'facts', lang: 'sv', q: 'Vilka företag nämns som exempel i inledningen?', expect: ['Scania'], expectAny: [['Astra'], ['Karolinska']] });
add({ category: 'facts', lang: 'sv', q: 'Inom vilka områden har samarbetet mellan kommunerna traditioner?', expectAny: [['gymnasie'], ['räddningstjänst'], ['återvinning']] });
add({ category: 'facts', lang: 'en', q: 'What are the most important regional development issues set out in the Södertörn development programme 2010?', expectAny: [['education'], ['knowledge'], ['climate'], ['infrastructure']] });
add({ category: 'facts', lang: 'sv', q: 'Jag skulle vilja veta hur planen fördelar tiden mellan regionala utvecklingsfrågor och verksamhetsfrågor under 2011.', expect: ['regionala'], expectAny: [['mer tid', 'mer resurser', 'andra resurser']] });
add({ category: 'facts', lang: 'sv', q: 'När fastställdes Södertörns UtvecklingsProgram 2010?', expect: ['hösten 2010'] });
add({ category: 'facts', lang: 'sv', q: 'Vad säger planen om gemensam upphandling?', expectAny: [['fler varor'], ['offentlig upphandling', 'LOU']] });
add({ category: 'facts', lang: 'sv', q: 'Vad är samarbetskommitténs syfte?', expectAny: [['stärka']], expect: ['regional'] });
add({ category: 'facts', lang: 'en', q: 'When and where was this year’s rådslag?', expect: ['24 March', 'Salem'] });
add({ category: 'facts', lang: 'sv', q: 'När hålls Södertörns nyckeltal, och hur lång är dagen?', expect: ['6 oktober'], expectAny: [['heldag']] });
add({ category: 'facts', lang: 'sv', q: 'Vilka deltar på kommitténs möten förutom ordförandena?', expect: ['kommundirektör'] });
add({ category: 'facts', lang: 'en', q: 'What does the plan call Stockholm?', expect: ['Capital of Scandinavia'] });
add({ category: 'facts', lang: 'sv', q: 'Från vilket datum samverkar kommunerna i överförmyndarnämnden?', expect: ['1 januari 2011'] });
add({ category: 'facts', lang: 'sv', q: 'Vilka två huvudområden bedrivs samverkan inom?', expect: ['regionala utvecklingsfrågor', 'verksamhetsfrågor'] });
add({ category: 'facts', lang: 'en', q: 'What does the plan say about joint ownership control (gemensam ägarstyrning)?', expectAny: [['dialog']] });
add({ category: 'facts', lang: 'sv', q: 'Vad ska vi uppnå med omvärldsbevakningen?', expectAny: [['kontaktnät']] });
add({ category: 'facts', lang: 'en', q: 'How many municipalities are part of the Södertörn cooperation?', expectAny: [['8', 'eight']] });
add({ category: 'facts', lang: 'sv', q: 'Vem är värd för SK-mötet i april 2012?', expect: ['Huddinge'] });

for (const it of q) if (!it.conversation && !it.lang) throw new Error('missing lang: ' + it.q);

// ================= CHANGE REQUESTS =================
const SEC = 'secretariat', MEM = 'member';
const REF = [['sekretariat', 'secretariat']];
const c = [];
const cmd = (o) => c.push(o);

// move
cmd({ category: 'move', as: SEC, lang: 'sv', kind: 'confirm', q: 'Hej! Skulle ni kunna flytta SK-mötet den 22/9 till torsdagen veckan efter, 29/9?', expect: ['29 september'] });
cmd({ category: 'move', as: SEC, lang: 'sv', kind: 'confirm', q: 'LG 14/10 behöver flyttas till 21/10', expect: ['21 oktober'] });
cmd({ category: 'move', as: SEC, lang: 'en', kind: 'confirm', q: 'Could you move the LG meeting on 20 May to 27 May, please?', expect: ['27 May'] });
cmd({ category: 'move', as: SEC, lang: 'sv', kind: 'confirm', q: 'Vi behöver flytta nyckeltalsdagen från 6 oktober till 13 oktober.', expect: ['13 oktober'] });
cmd({ category: 'move', as: SEC, lang: 'sv', kind: 'confirm', q: 'södertörnskonferensen flyttas till 8/9', expect: ['8 september'] });
cmd({ category: 'move', as: SEC, lang: 'en', kind: 'confirm', q: 'Please move the committee meeting of 8 December to 15 December.', expect: ['15 December'] });
cmd({ category: 'move', as: SEC, lang: 'sv', kind: 'confirm', q: 'Botkyrka undrar om SK-mötet 3/11 kan läggas en vecka senare, den 10/11 – kan ni ordna det?', expect: ['10 november'] });
// host
cmd({ category: 'host', as: SEC, lang: 'sv', kind: 'confirm', q: 'Vi behöver byta värd för SK-mötet 9 juni – Haninge tar det i stället för Salem.', expect: ['Haninge'] });
cmd({ category: 'host', as: SEC, lang: 'sv', kind: 'confirm', q: 'Tyresö kan tyvärr inte ta mötet 8/12. Skulle Huddinge kunna stå som värd i stället?', expect: ['Huddinge'] });
cmd({ category: 'host', as: SEC, lang: 'en', kind: 'confirm', q: 'New host for the key figures day on 6 October: Södertälje.', expect: ['Södertälje'] });
cmd({ category: 'host', as: SEC, lang: 'sv', kind: 'confirm', q: 'ändra värd för SK 3/11 till Salem', expect: ['Salem'] });
// cancel
cmd({ category: 'cancel', as: SEC, lang: 'sv', kind: 'confirm', q: 'Skulle ni kunna ställa in LG-mötet den 25/11?', expect: ['25 november'] });
cmd({ category: 'cancel', as: SEC, lang: 'en', kind: 'confirm', q: 'Please cancel the LG meeting on 9 September.', expect: ['9 September'] });
cmd({ category: 'cancel', as: SEC, lang: 'sv', kind: 'confirm', q: 'SK-mötet i december utgår, kan ni stryka det ur kalendariet?', expect: ['8 december'] });
// add
cmd({ category: 'add', as: SEC, lang: 'sv', kind: 'confirm', q: 'Vi behöver lägga till ett extra SK-möte torsdag 18 augusti i Huddinge.', expect: ['18 augusti', 'Huddinge'] });
cmd({ category: 'add', as: SEC, lang: 'sv', kind: 'confirm', q: 'lägg in ett extra LG fredag 17/6', expect: ['17 juni'] });
cmd({ category: 'add', as: SEC, lang: 'en', kind: 'confirm', q: 'Add an extra LG meeting on Friday 3 June.', expect: ['3 June'] });
// budget line
cmd({ category: 'budgetline', as: SEC, lang: 'sv', kind: 'confirm', q: 'Posten utredningar, konsultstöd behöver höjas till 250 000.', expect: ['250 000'] });
cmd({ category: 'budgetline', as: SEC, lang: 'sv', kind: 'confirm', q: 'Skulle ni kunna ändra personalposten till 600 000 kr?', expect: ['600 000'] });
cmd({ category: 'budgetline', as: SEC, lang: 'sv', kind: 'confirm', q: 'ersättningen till Huddinge blir 60 000 istället', expect: ['60 000'] });
cmd({ category: 'budgetline', as: SEC, lang: 'en', kind: 'confirm', q: 'Change the staff line in the budget to 560 000.', expect: ['560 000'] });
// rotation host
cmd({ category: 'rotationhost', as: SEC, lang: 'sv', kind: 'confirm', q: 'Vi behöver byta värd för rådslaget 2013 – Haninge tar det i stället för Botkyrka.', expect: ['Haninge'] });
cmd({ category: 'rotationhost', as: SEC, lang: 'sv', kind: 'confirm', q: 'Rådslaget 2015 ska ligga i Salem, kan ni ändra det?', expect: ['Salem'] });
cmd({ category: 'rotationhost', as: SEC, lang: 'en', kind: 'confirm', q: 'Change the host of the 2017 rådslag to Södertälje.', expect: ['Södertälje'] });
// history
cmd({ category: 'history', as: SEC, lang: 'sv', kind: 'history', q: 'visa ändringar' });
cmd({ category: 'history', as: SEC, lang: 'en', kind: 'history', q: 'what has changed in the plan so far?' });
// missing -> clarify
cmd({ category: 'missing', as: SEC, lang: 'sv', kind: 'clarify', q: 'skulle ni kunna flytta LG-mötet?' });
cmd({ category: 'missing', as: SEC, lang: 'sv', kind: 'clarify', q: 'flytta SK 22/9' });
cmd({ category: 'missing', as: SEC, lang: 'sv', kind: 'clarify', q: 'Vi behöver ändra budgeten för utredningar.' });
cmd({ category: 'missing', as: SEC, lang: 'sv', kind: 'clarify', q: 'vi behöver byta värd för SK i juni' });
cmd({ category: 'missing', as: SEC, lang: 'en', kind: 'clarify', q: 'add a meeting please' });
// refused (member)
cmd({ category: 'refused', as: MEM, lang: 'sv', kind: 'refused', q: 'Jag skulle vilja att SK-mötet 22/9 flyttas till 29/9, det krockar med vårt fullmäktige.', expectAny: REF });
cmd({ category: 'refused', as: MEM, lang: 'sv', kind: 'refused', q: 'Kan ni byta värd för rådslaget 2012 till Nykvarn? Vi i Nynäshamn har svårt att ta det det året.', expectAny: REF });
cmd({ category: 'refused', as: MEM, lang: 'sv', kind: 'refused', q: 'Höj utredningsposten till 300 000.', expectAny: REF });
cmd({ category: 'refused', as: MEM, lang: 'en', kind: 'refused', q: 'Please cancel the LG meeting on 14 October.', expectAny: REF });
cmd({ category: 'refused', as: MEM, lang: 'sv', kind: 'refused', q: 'Lägg till ett extra SK-möte den 18 augusti, tack.', expectAny: REF });
cmd({ category: 'refused', as: MEM, lang: 'sv', kind: 'refused', q: 'Skulle ni kunna byta värd för SK 9/6 till Nynäshamn?', expectAny: REF });
cmd({ category: 'refused', as: MEM, lang: 'sv', kind: 'refused', q: 'ställ in nyckeltalsdagen', expectAny: REF });
// conversations: confirm / cancel
cmd({ category: 'confirm', conversation: [
  { as: SEC, lang: 'sv', kind: 'confirm', q: 'flytta LG 20/5 till 27/5', expect: ['27 maj'] },
  { as: SEC, lang: 'sv', kind: 'confirmed', q: 'ja' } ] });
cmd({ category: 'confirm', conversation: [
  { as: SEC, lang: 'sv', kind: 'confirm', q: 'Skulle ni kunna byta värd för SK 3/11 till Salem?', expect: ['Salem'] },
  { as: SEC, lang: 'sv', kind: 'cancelled', q: 'avbryt' } ] });
cmd({ category: 'confirm', conversation: [
  { as: SEC, lang: 'sv', kind: 'confirm', q: 'ändra personal till 590 000', expect: ['590 000'] },
  { as: SEC, lang: 'sv', kind: 'confirmed', q: 'ok kör' },
  { as: SEC, lang: 'sv', kind: 'history', q: 'visa ändringar', expect: ['590 000'] } ] });
cmd({ category: 'confirm', conversation: [
  { as: SEC, lang: 'en', kind: 'confirm', q: 'move the Södertörn conference to 8 September', expect: ['8 September'] },
  { as: SEC, lang: 'en', kind: 'confirmed', q: 'yes' } ] });
cmd({ category: 'confirm', conversation: [
  { as: SEC, lang: 'sv', kind: 'confirm', q: 'Rådslaget 2014 behöver gå till Haninge i stället för Tyresö.', expect: ['Haninge'] },
  { as: SEC, lang: 'sv', kind: 'confirmed', q: 'bekräfta' } ] });
cmd({ category: 'confirm', conversation: [
  { as: SEC, lang: 'sv', kind: 'confirm', q: 'ställ in LG 14/10', expect: ['14 oktober'] },
  { as: SEC, lang: 'sv', kind: 'cancelled', q: 'nej' } ] });
// questions from the secretariat (look like commands, are questions)
cmd({ category: 'period', as: SEC, lang: 'sv', q: 'när är LG i maj?', expect: ['20 maj'] });
cmd({ category: 'facts', as: SEC, lang: 'sv', q: 'vem är värd för SK 9/6?', expect: ['Salem'] });
cmd({ category: 'budget', as: SEC, lang: 'sv', q: 'hur mycket ligger på utredningar just nu?', expect: ['230 000'] });
cmd({ category: 'rotation', as: SEC, lang: 'en', q: 'which municipality hosts the rådslag in 2016?', expect: ['Haninge'] });
cmd({ category: 'period', as: SEC, lang: 'sv', q: 'vilka LG-datum har vi kvar i höst?', expect: ['9 september', '14 oktober', '25 november'] });

const out = (file, description, items) => fs.writeFileSync(path.join(__dirname, file),
  JSON.stringify({ description, defaultNow: NOW, items }, null, 2) + '\n');
out('pool-questions.json', 'Round 17 writer a: questions by Nynäshamn KSO (SK member) and her political secretary, from verksamhetsplan-2011.txt', q);
out('pool-commands.json', 'Round 17 writer a: change requests (secretariat, polite/indirect), member refusals, secretariat questions', c);
console.log('questions', q.length, 'commands', c.length);

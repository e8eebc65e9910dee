// Round 14 writer "u" – persona: communications officer at Botkyrka kommun writing an intranet article.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const T1200 = ['12.00', '12:00'];
const T1500 = ['15.00', '15:00'];
const T0830 = ['08.30', '8.30', '08:30', '8:30'];
const T1300 = ['13.00', '13:00'];
const NIP = ['notInPlan', 'cannot'];

const Q = [];
const q = (category, lang, text, o = {}) => Q.push({ category, q: text, lang, ...o });

// ---------------- rotation ----------------
q('rotation', 'sv', 'vilken kommun är värd för rådslaget 2013?', { expect: ['Botkyrka'] });
q('rotation', 'en', 'Which municipality hosts Södertörns rådslag in 2016?', { expect: ['Haninge'] });
q('rotation', 'sv', 'när är botkyrka värd för rådslaget nästa gång', { expect: ['2013'] });
q('rotation', 'sv', 'rådslaget 2018 – var?', { expect: ['Huddinge'] });
q('rotation', 'en', "who's hosting the rådslag next year?", { expect: ['Nynäshamn'] });
q('rotation', 'sv', 'kan du lista hela värdordningen för rådslaget 2011–2018? ska ha med den som faktaruta i artikeln',
  { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] });
q('rotation', 'en', 'In what year does Nykvarn host the rådslag?', { expect: ['2017'] });
q('rotation', 'sv', 'vem var värd för rådslaget i år', { expect: ['Salem'] });
q('rotation', 'sv', 'vilket år har Tyresö rådslaget', { expect: ['2014'] });
q('rotation', 'en', 'who hosts the rådslag the year after Botkyrka?', { expect: ['Tyresö'] });
q('rotation', 'sv', 'vem har rådslaget året före Huddinge?', { expect: ['Nykvarn'] });
q('rotation', 'sv', 'Södertälje rådslag vilket år', { expect: ['2015'] });
q('rotation', 'en', 'Does every one of the eight municipalities get to host the rådslag once between 2011 and 2018?', { startsWith: 'Yes' });

// ---------------- budget ----------------
q('budget', 'sv', 'hur stor är budgeten totalt för 2011?', { expect: ['860 000'] });
q('budget', 'sv', 'hur mycket går till personal', { expect: ['580 000'] });
q('budget', 'en', 'How much is set aside for studies and consultancy support?', { expect: ['230 000'] });
q('budget', 'sv', 'vad får Huddinge i ersättning för kontorsservice och arbetsrum?', { expect: ['50 000'] });
q('budget', 'sv', 'om avgifterna delas lika mellan de åtta kommunerna, vad betalar Botkyrka då?', { expect: ['107 500'] });
q('budget', 'en', "what's the monthly cost of the whole budget, roughly?", { expectAny: [['71 666', '71 667']] });
q('budget', 'sv', 'hur mycket är personalkostnaden per kvartal', { expect: ['145 000'] });
q('budget', 'sv', 'vilken är den största kostnadsposten?', { expect: ['580 000'], expectAny: [['personal']] });
q('budget', 'en', 'Which is the smallest cost item in the budget?', { expect: ['50 000'], expectAny: [['Huddinge', 'office']] });
q('budget', 'sv', 'hur stor andel av budgeten är personal, i procent?', { expectAny: [['67', '68']] });
q('budget', 'en', 'what percentage of the budget goes to studies and consultants?', { expectAny: [['26', '27']] });
q('budget', 'sv', 'skillnaden mellan personal och utredningar i kronor?', { expect: ['350 000'] });
q('budget', 'sv', 'hur mycket blir kvar om man drar av personalkostnaden från intäkterna', { expect: ['280 000'] });
q('budget', 'en', 'What do the costs add up to – does the budget balance?', { expect: ['860 000'] });
q('budget', 'sv', 'vad kostar utredningar och konsultstöd per månad', { expectAny: [['19 166', '19 167']] });
q('budget', 'en', 'how much do personnel and the compensation to Huddinge come to together?', { expect: ['630 000'] });
q('budget', 'sv', 'var kommer intäkterna ifrån?', { expect: ['860 000'], expectAny: [['avgift']] });
q('budget', 'sv', 'vad kostar samarbetet per kvartal om man räknar hela budgeten', { expect: ['215 000'] });
q('budget', 'en', 'How much bigger is the studies/consultancy line than the Huddinge compensation?', { expect: ['180 000'] });

// ---------------- yesno ----------------
q('yesno', 'sv', 'Är Botkyrka med i Södertörns överförmyndarnämnd?', { startsWith: 'Ja' });
q('yesno', 'sv', 'ingår botkyrka i miljö- och hälsoskyddsförbundet?', { startsWith: 'Nej', expect: ['Haninge'] });
q('yesno', 'en', 'Does the SK meet on Thursdays?', { startsWith: 'Yes', expectAny: [T1200] });
q('yesno', 'sv', 'träffas ledningsgruppen på fredagar?', { startsWith: 'Ja' });
q('yesno', 'en', 'Is Botkyrka hosting the nyckeltal day this year?', { startsWith: 'Yes', expect: ['6 October'] });
q('yesno', 'sv', 'Är Salem värd för SK-mötet i juni?', { startsWith: 'Ja', expect: ['9 juni'] });
q('yesno', 'en', 'Is Södertälje hosting anything in 2011?', { startsWith: 'No', expect: ['2012'] });
q('yesno', 'sv', 'går budgeten jämnt ut, alltså är intäkter och kostnader lika stora?', { startsWith: 'Ja', expect: ['860 000'] });
q('yesno', 'en', 'Is it Huddinge that provides the secretariat?', { startsWith: 'Yes' });
q('yesno', 'sv', 'har rådslaget redan varit i år?', { startsWith: 'Ja', expect: ['24 mars'] });
q('yesno', 'sv', 'ska det läggas mer tid på verksamhetsfrågorna än på de regionala utvecklingsfrågorna under 2011?', { startsWith: 'Nej', expectAny: [['regional']] });
q('yesno', 'en', 'Does the 2025 vision mention more than half a million inhabitants?', { startsWith: 'Yes' });
q('yesno', 'sv', 'är Haninge värdkommun för överförmyndarnämnden?', { startsWith: 'Ja' });
q('yesno', 'en', 'Is the Södertörn conference just a half-day thing?', { startsWith: 'No', expect: ['1 September'] });
q('yesno', 'sv', 'är KTH med i rådslaget?', { startsWith: 'Ja' });
q('yesno', 'sv', 'Är Nykvarn med i överförmyndarnämnden?', { startsWith: 'Nej' });
q('yesno', 'sv', 'kan fler kommuner gå med i överförmyndarnämnden?', { startsWith: 'Ja' });

// ---------------- premise ----------------
q('premise', 'sv', 'Varför hålls SK-mötet i juni i Botkyrka?', { expect: ['Salem'] });
q('premise', 'en', 'I heard the rådslag 2013 will be in Huddinge – why Huddinge?', { expect: ['Botkyrka'] });
q('premise', 'sv', 'ryktet säger att nyckeltalsdagen 6 oktober är i Haninge, vad ska jag skriva om det?', { expect: ['Botkyrka'] });
q('premise', 'sv', 'varför startade miljö- och hälsoskyddsförbundet redan 2005?', { expect: ['2008'] });
q('premise', 'en', 'Why is Huddinge the host municipality for the överförmyndarnämnd?', { expect: ['Haninge'] });
q('premise', 'sv', 'när är SK-mötet i Botkyrka i oktober?', { expect: ['3 november'] });
q('premise', 'en', 'Why is the budget 960 000 this year?', { expect: ['860 000'] });
q('premise', 'sv', 'varför är alla åtta kommuner med i överförmyndarnämnden?', { expectAny: [['fem', '5']] });
q('premise', 'en', 'Why does the ledningsgrupp always meet on Wednesdays?', { expectAny: [['Friday']] });
q('premise', 'sv', 'hur kommer det sig att Södertörn redan har 600 000 invånare?', { expect: ['430 000'] });
q('premise', 'sv', 'Vad kommer det att handla om på rådslaget i Salem i höst?', { expect: ['24 mars'] });
q('premise', 'en', 'Since Salem hosts the rådslag in 2012, do we know the date yet?', { expect: ['Nynäshamn'] });
q('premise', 'sv', 'varför är södertälje med i miljö- och hälsoskyddsförbundet?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] });
q('premise', 'en', 'Why is the samarbetskommitté planning conference held lunch to lunch on 31 March?', { expect: ['January'], expectAny: [['27']] });

// ---------------- offplan ----------------
q('offplan', 'sv', 'kan du skriva hela intranätsartikeln om Södertörnssamarbetet åt mig och publicera den?', { kind: NIP });
q('offplan', 'en', 'Please send a press release about the rådslag to Mitt i Botkyrka.', { kind: NIP });
q('offplan', 'sv', 'ge mig ett citat från kommunstyrelsens ordförande i Botkyrka om samarbetet', { kind: NIP });
q('offplan', 'sv', 'vad heter Huddinges kommundirektör?', { kind: NIP });
q('offplan', 'en', "What's the street address of the venue for the nyckeltal day in Botkyrka?", { kind: NIP });
q('offplan', 'sv', 'vad stod på dagordningen vid SK-mötet 27/1?', { kind: NIP });
q('offplan', 'sv', 'vad är budgeten för 2012?', { kind: NIP });
q('offplan', 'en', 'Can you book a room in Botkyrka for the SK meeting on 3 November?', { kind: NIP });
q('offplan', 'sv', 'mejla ledningsgruppen och påminn om mötet 20/5', { kind: NIP });
q('offplan', 'sv', 'vilket datum är rådslaget 2012?', { kind: NIP });
q('offplan', 'en', 'Who is giving the keynote at the Södertörn conference?', { kind: NIP });
q('offplan', 'sv', 'kan du ta fram en bild på Nykvarns kommunhus till artikeln', { kind: NIP });
q('offplan', 'sv', 'vad sa Huddinges ordförande på förra SK-mötet?', { kind: NIP });
q('offplan', 'en', 'post a short summary of the plan on our intranet news page', { kind: NIP });

// ---------------- topic ----------------
q('topic', 'sv', 'vad är skillnaden mellan samarbetskommitténs planeringskonferens och ledningsgruppens planeringskonferens?',
  { expect: ['27', '31 mars'], expectAny: [['lunch']] });
q('topic', 'en', 'When is the planning conference of the samarbetskommitté?', { expect: ['January'], expectAny: [['27']], expectNot: ['31 March'] });
q('topic', 'sv', 'när är ledningsgruppens planeringskonferens?', { expect: ['31 mars'], expectNot: ['28 januari', '27-28 jan'] });
q('topic', 'en', "What's the difference between the Södertörn conference and the rådslag?", { expectAny: [['part'], ['Chamber of Commerce', 'Handelskammaren', 'KTH', 'universit', 'högskola']] });
q('topic', 'sv', 'förklara skillnaden mellan SK och LG', { expectAny: [['kommunstyrelse'], ['kommundirektör']] });
q('topic', 'en', 'why does the ledningsgrupp exist at all – what does it do that the SK does not?', { expectAny: [['prepar'], ['coordinat']] });
q('topic', 'sv', 'vad är syftet med ledningsgruppen?', { expectAny: [['förbereda'], ['samordna']] });
q('topic', 'sv', "vad täcker posten 'utredningar, konsultstöd mm'?", { expect: ['230 000'] });
q('topic', 'sv', 'vad ingår i ersättningen till huddinge kommun?', { expect: ['50 000'], expectAny: [['kontorsservice', 'arbetsrum']] });
q('topic', 'en', "What's the difference between the two main collaboration areas?", { expectAny: [['region'], ['efficien', 'effektiv']] });
q('topic', 'sv', 'vilket förbund har fått ansvaret för explosiva varor?', { expect: ['brandförsvarsförbund'] });
q('topic', 'en', 'Who handles control of the sale of non-prescription medicines?', { expectAny: [['miljö', 'environment']] });
q('topic', 'sv', 'vilka styrdokument gäller för de två samverkansområdena?', { expectAny: [['UtvecklingsProgram'], ['verksamhetsplan']] });
q('topic', 'sv', 'vad är syftet med rådslaget', { expectAny: [['utveckling']] });

// ---------------- period ----------------
q('period', 'sv', 'vad händer efter sommaren? lista allt, SK, LG och konferenserna',
  { expect: ['1 september', '9 september', '22 september', '6 oktober', '14 oktober', '3 november', '25 november', '8 december'] });
q('period', 'en', 'which SK meetings are there in the autumn?', { expect: ['22 September', '3 November'] });
q('period', 'sv', 'när är ledningsgruppens första möte efter sommaren?', { expect: ['9 september'] });
q('period', 'sv', 'sista SK-mötet i år?', { expect: ['8 december', 'Tyresö'] });
q('period', 'en', 'What SK meetings are left in the first half of the year?', { expect: ['14 April', '9 June'] });
q('period', 'sv', 'vilka LG-möten är kvar före sommaren?', { expect: ['20 maj'] });
q('period', 'sv', 'vad händer i oktober?', { expect: ['6 oktober', '14 oktober'] });
q('period', 'en', 'anything on in September?', { expect: ['1 September', '9 September', '22 September'] });
q('period', 'sv', 'nästa SK-möte?', { expect: ['14 april', 'Nykvarn'] });
q('period', 'sv', 'vilka möten har vi kvar i år?', { now: '2011-10-01T09:00:00+02:00',
  expect: ['6 oktober', '14 oktober', '3 november', '25 november', '8 december'], expectNot: ['22 september'] });
q('period', 'en', 'when does the SK meet next?', { now: '2011-06-15T09:00:00+02:00', expect: ['22 September', 'Nynäshamn'] });
q('period', 'sv', 'första SK-mötet 2012?', { expect: ['Södertälje'], expectAny: [['jan']] });

// ---------------- followup ----------------
const conv = (category, turns, o = {}) => Q.push({ category, conversation: turns, ...o });
conv('followup', [
  { q: 'när är nästa SK-möte?', lang: 'sv', expect: ['14 april', 'Nykvarn'] },
  { q: 'och efter det?', lang: 'sv', expect: ['9 juni', 'Salem'] },
]);
conv('followup', [
  { q: 'Who hosts the rådslag in 2014?', lang: 'en', expect: ['Tyresö'] },
  { q: 'and the year before?', lang: 'en', expect: ['Botkyrka'] },
]);
conv('followup', [
  { q: 'vilka kommuner är med i överförmyndarnämnden?', lang: 'sv', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
  { q: 'vilken av dem är värdkommun?', lang: 'sv', expect: ['Haninge'] },
]);
conv('followup', [
  { q: 'när är nyckeltalsdagen?', lang: 'sv', expect: ['6 oktober'] },
  { q: 'var då?', lang: 'sv', expect: ['Botkyrka'] },
]);
conv('followup', [
  { q: 'How much is budgeted for personnel?', lang: 'en', expect: ['580 000'] },
  { q: 'and per month?', lang: 'en', expectAny: [['48 333']] },
]);
conv('followup', [
  { q: 'vilka ingår i miljö- och hälsoskyddsförbundet', lang: 'sv', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
  { q: 'när startade det?', lang: 'sv', expect: ['2008'] },
]);
conv('followup', [
  { q: 'When is Södertörnskonferensen?', lang: 'en', expect: ['1 September'] },
  { q: 'who hosts it?', lang: 'en', expect: ['Huddinge', 'Tyresö'] },
]);
conv('followup', [
  { q: 'när träffas SK i november?', lang: 'sv', expect: ['3 november'] },
  { q: 'vilken tid?', lang: 'sv', expectAny: [T1200] },
  { q: 'och vem är värd?', lang: 'sv', expect: ['Botkyrka'] },
]);
conv('followup', [
  { q: 'vem är värd för rådslaget 2015', lang: 'sv', expect: ['Södertälje'] },
  { q: 'och när är Södertälje värd för ett SK-möte?', lang: 'sv', expect: ['2012'], expectAny: [['jan']] },
]);
conv('followup', [
  { q: 'When does the LG meet in October?', lang: 'en', expect: ['14 October'] },
  { q: 'what time?', lang: 'en', expectAny: [T0830, T1300] },
]);
conv('followup', [
  { q: 'vilka målområden finns i utvecklingsprogrammet?', lang: 'sv', expect: ['Klimat', 'Infrastruktur'], expectAny: [['Mångfald'], ['Näringsliv']] },
  { q: 'och hur många konkreta utvecklingsfrågor hör till dem?', lang: 'sv', expectAny: [['fem', '5']] },
]);

// ---------------- typo ----------------
q('typo', 'sv', 'när träffas ledingsgruppen i maj', { expect: ['20 maj'] });
q('typo', 'sv', 'vem e värd för SK-mötet i septmber', { expect: ['Nynäshamn', '22 september'] });
q('typo', 'sv', 'samarbetskomiten vilka sitter i den', { expectAny: [['kommunstyrelse']] });
q('typo', 'sv', 'rådslgaet 2016 värd?', { expect: ['Haninge'] });
q('typo', 'sv', 'överförmyndarnämden värdkommun', { expect: ['Haninge'] });
q('typo', 'sv', 'nyckeltalsdgen datum', { expect: ['6 oktober'] });
q('typo', 'en', 'wen is the sodertorn conferance', { expect: ['1 September'] });
q('typo', 'sv', 'budgten för personal', { expect: ['580 000'] });
q('typo', 'sv', 'LG-datmen i höst?', { expect: ['9 september', '14 oktober', '25 november'] });
q('typo', 'sv', 'södertörskonferensen vem deltar', { expectAny: [['parti'], ['tjänstem']] });

// ---------------- language ----------------
q('language', 'en', 'ÖFN?', { locale: 'en-GB', expect: ['Haninge'] });
q('language', 'en', 'nyckeltal 6/10?', { locale: 'en-GB', expect: ['Botkyrka'] });
q('language', 'sv', 'rådslaget 2017', { locale: 'sv-SE', expect: ['Nykvarn'] });
q('language', 'en', 'Budget 2011?', { locale: 'en-GB', expect: ['860 000'] });
q('language', 'en', 'LG 20/5', { locale: 'en-GB', expect: ['20 May'] });
q('language', 'sv', 'SK 8/12', { expect: ['Tyresö'] });
q('language', 'en', 'Salem 9/6', { locale: 'en-US', expect: ['9 June'] });
q('language', 'en', 'What does "rådslag" mean here, and who takes part in it?', { expectAny: [['KTH'], ['Karolinska']] });

// ---------------- facts ----------------
q('facts', 'sv', 'hur många invånare har Södertörn?', { expect: ['430 000'] });
q('facts', 'en', 'What is the vision for 2025?', { expectAny: [['half a million', '500 000']] });
q('facts', 'sv', 'kan du sammanfatta visionen 2025 i en mening?', { expectAny: [['halv miljon', '500 000'], ['mångfald']] });
q('facts', 'sv', 'vilka förhållningssätt ska känneteckna samverkan?', { expectAny: [['gemensamma nyttan'], ['ge och få']] });
q('facts', 'en', 'What is the purpose of the cooperation?', { expectAny: [['regional'], ['home municipalit', 'own municipalit', 'hemkommun']] });
q('facts', 'sv', 'vilka kommuner ingår i södertörnssamarbetet?',
  { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö'] });
q('facts', 'sv', 'vad menas med SK?', { expectAny: [['kommunstyrelse']] });
q('facts', 'en', 'Who sits on the ledningsgrupp?', { expectAny: [['director', 'chief executive', 'kommundirektör']] });
q('facts', 'sv', 'hur ofta träffas samarbetskommittén?', { expectAny: [['sex', '6']] });
q('facts', 'sv', 'vilken kommun har sekretariatet?', { expect: ['Huddinge'] });
q('facts', 'en', 'What time are the SK meetings?', { expectAny: [T1200, T1500] });
q('facts', 'sv', 'vilka tider har LG sina möten', { expectAny: [T0830, T1300] });
q('facts', 'sv', 'vilka är målområdena i Södertörns UtvecklingsProgram 2010?', { expect: ['Näringsliv', 'Högskola', 'Mångfald', 'Klimat', 'Infrastruktur'] });
q('facts', 'en', 'What are the most important regional development issues in the development programme?',
  { expectAny: [['education'], ['climate'], ['infrastructure']] });
q('facts', 'sv', 'vilka infrastruktursatsningar nämns i planen?', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] });
q('facts', 'sv', 'i vilka regionala organ samordnar kommunerna sina insatser?', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] });
q('facts', 'en', 'Which companies are mentioned as examples of the business community?', { expect: ['Scania'], expectAny: [['Astra']] });
q('facts', 'sv', 'vilka deltar i södertörns rådslag förutom kommunerna?', { expect: ['KTH', 'Handelskammaren', 'Företagarna'], expectAny: [['Karolinska']] });
q('facts', 'sv', 'vilka är med på Södertörnskonferensen?', { expectAny: [['parti'], ['tjänstem']] });
q('facts', 'en', 'What is the nyckeltal day about and when is it?', { expect: ['6 October'] });
q('facts', 'sv', 'vad menas med gemensam ägarstyrning?', { expectAny: [['ägardialog', 'bolagsordning', 'förbundsordning', 'direktiv']] });
q('facts', 'sv', 'förklara vad planen menar med omvärldsbevakning', { expectAny: [['kontaktnät']] });
q('facts', 'en', 'What does the plan say about joint procurement?', { expectAny: [['procurement'], ['goods', 'services']] });
q('facts', 'sv', 'när började överförmyndarnämnden?', { expect: ['2011'], expectAny: [['1 januari']] });
q('facts', 'sv', 'kan du ge mig en översikt över alla gemensamma nämnder och förbund som nämns i planen?',
  { expectAny: [['överförmyndarnämnd'], ['miljö- och hälsoskyddsförbund'], ['brandförsvarsförbund']] });
q('facts', 'en', 'List all the joint bodies (nämnder and förbund) mentioned in the plan',
  { expectAny: [['överförmyndar', 'guardian'], ['miljö', 'environment'], ['brandförsvar', 'fire']] });
q('facts', 'sv', 'vilka kommuner står som värdar för något under 2011? lista allt',
  { expect: ['Nykvarn', 'Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Huddinge'] });
q('facts', 'en', 'Which municipality hosts each of the remaining SK meetings this year? I need the list for the article.',
  { expect: ['Nykvarn', 'Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö'] });
q('facts', 'sv', "vad betyder 'Gå före' i förhållningssätten?", { expectAny: [['ledarskap']] });
q('facts', 'sv', 'varför finns samarbetskommittén?', { expectAny: [['regionala utvecklingen', 'regional utveckling']] });
q('facts', 'en', 'Why will more time go to regional development issues than operational issues in 2011?', { expectAny: [['action plan', 'handlingsplan']] });
q('facts', 'sv', 'inom vilka områden har kommunerna samarbetat länge?', { expectAny: [['gymnasie'], ['räddningstjänst'], ['återvinning', 'energi', 'miljö']] });
q('facts', 'sv', "vad syftar 'The Capital of Scandinavia' på i planen?", { expect: ['Stockholm'] });
q('facts', 'en', 'How many municipalities are in the överförmyndarnämnd?', { expectAny: [['five', '5']] });
q('facts', 'sv', 'vilka högskolor och universitet nämns?', { expect: ['KTH'], expectAny: [['Södertörns högskola'], ['Karolinska']] });
q('facts', 'en', 'When was Södertörns UtvecklingsProgram 2010 adopted?', { expectAny: [['autumn', 'fall']] });
q('facts', 'sv', 'hur många målområden finns det i utvecklingsprogrammet?', { expectAny: [['fyra', '4']] });
q('facts', 'en', 'What does the plan say should happen when the Riksdag gives the municipalities new tasks?',
  { expectAny: [['individual', 'separately', 'on their own', 'alone', 'enskilt'], ['existing', 'joint bodies', 'cooperat']] });
q('facts', 'sv', 'vad har Södertörns brandförsvarsförbund fått för ny uppgift?', { expectAny: [['explosiv']] });
q('facts', 'sv', 'hur ser ledningsgruppens kalendarium ut för 2011?',
  { expect: ['21 januari', '31 mars', '20 maj', '9 september', '14 oktober', '25 november'] });
q('facts', 'en', 'How long is the SK planning conference?', { expectAny: [['two days', '2 days', 'two full days', 'full days', '27']] });
q('facts', 'sv', 'vem deltar förutom ordförandena på samarbetskommitténs möten?', { expectAny: [['kommundirektör']] });
q('facts', 'en', 'What does the plan say about the size of Södertörn today compared with the vision?', { expect: ['430 000'], expectAny: [['half a million', '500 000']] });

// =================== change requests ===================
const C = [];
const c = (category, as, lang, text, o = {}) => C.push({ category, as, q: text, lang, ...o });
const cc = (category, turns, o = {}) => C.push({ category, conversation: turns, ...o });
const S = 'secretariat', M = 'member';
const SEK = [['sekretariat', 'secretariat']];

// move
c('move', S, 'sv', 'flytta LG-mötet 20/5 till 27/5', { kind: 'confirm', expect: ['27 maj'] });
c('move', S, 'en', 'move the LG meeting on 20 May to 27 May', { kind: 'confirm', expect: ['27 May'] });
c('move', S, 'sv', 'SK 22/9 behöver flyttas till 29/9', { kind: 'confirm', expect: ['29 september'] });
c('move', S, 'sv', 'kan vi flytta nyckeltalsdagen till 13 okt', { kind: 'confirm', expect: ['13 oktober'] });
c('move', S, 'sv', 'flytta sk-mötet i december till torsdag 15/12', { kind: 'confirm', expect: ['15 december'] });
c('move', S, 'en', 'Please move Södertörnskonferensen to 8 September', { kind: 'confirm', expect: ['8 September'] });
// host
c('host', S, 'sv', 'SK 3/11 ska vara i Huddinge istället för Botkyrka', { kind: 'confirm', expect: ['Huddinge'] });
c('host', S, 'sv', 'byt värd för sk-mötet 9/6 till Södertälje', { kind: 'confirm', expect: ['Södertälje'] });
c('host', S, 'en', 'change the host of the SK meeting on 8 December to Haninge', { kind: 'confirm', expect: ['Haninge'] });
c('host', S, 'sv', 'nyckeltalsdagen 6/10 – Salem blir värd i stället', { kind: 'confirm', expect: ['Salem'] });
// cancel
c('cancel', S, 'sv', 'ställ in LG 14/10', { kind: 'confirm', expect: ['14 oktober'] });
c('cancel', S, 'en', 'cancel the LG meeting on 25 November', { kind: 'confirm', expect: ['25 November'] });
c('cancel', S, 'sv', 'SK-mötet den 8 december utgår', { kind: 'confirm', expect: ['8 december'] });
// add
c('add', S, 'sv', 'lägg till ett extra LG-möte fredag 17/6', { kind: 'confirm', expect: ['17 juni'] });
c('add', S, 'en', 'add an extra SK meeting on 18 August in Huddinge', { kind: 'confirm', expect: ['18 August', 'Huddinge'] });
c('add', S, 'sv', 'nytt sk-möte 20/10 i Södertälje', { kind: 'confirm', expect: ['20 oktober', 'Södertälje'] });
// budgetline
c('budgetline', S, 'sv', 'höj utredningar och konsultstöd till 250 000', { kind: 'confirm', expect: ['250 000'] });
c('budgetline', S, 'sv', 'ändra personal till 600 000 kr', { kind: 'confirm', expect: ['600 000'] });
c('budgetline', S, 'en', 'set the Huddinge office services line to 60 000', { kind: 'confirm', expect: ['60 000'] });
c('budgetline', S, 'sv', 'budgetraden ersättning till huddinge ska vara 55 000', { kind: 'confirm', expect: ['55 000'] });
// rotationhost
c('rotationhost', S, 'sv', 'rådslaget 2014 ska hållas i Haninge i stället för Tyresö', { kind: 'confirm', expect: ['Haninge'] });
c('rotationhost', S, 'en', 'change the rådslag host for 2013 to Huddinge', { kind: 'confirm', expect: ['Huddinge'] });
c('rotationhost', S, 'sv', 'byt värdkommun för rådslaget 2017 till Salem', { kind: 'confirm', expect: ['Salem'] });
// history
c('history', S, 'sv', 'visa ändringar', { kind: 'history' });
c('history', S, 'en', 'what has changed in the plan so far?', { kind: 'history' });
c('history', S, 'sv', 'vilka ändringar har gjorts hittills', { kind: 'history' });
// missing -> clarify
c('missing', S, 'sv', 'flytta LG-mötet', { kind: 'clarify' });
c('missing', S, 'sv', 'ändra budgeten', { kind: 'clarify' });
c('missing', S, 'sv', 'byt värd för sk-mötet', { kind: 'clarify' });
c('missing', S, 'en', 'move the SK meeting to 30 June', { kind: 'clarify' });
c('missing', S, 'sv', 'lägg till ett möte', { kind: 'clarify' });
c('missing', S, 'sv', 'höj personalbudgeten', { kind: 'clarify' });
// refused (members)
c('refused', M, 'sv', 'flytta sk 14/4 till 28/4', { kind: 'refused', expectAny: SEK });
c('refused', M, 'en', 'change the budget for studies and consultancy to 300 000', { kind: 'refused', expectAny: SEK });
c('refused', M, 'sv', 'rådslaget 2012 ska vara i Botkyrka istället', { kind: 'refused', expectAny: SEK });
c('refused', M, 'sv', 'ställ in LG 9/9', { kind: 'refused', expectAny: SEK });
c('refused', M, 'en', 'add an SK meeting on 25 August please', { kind: 'refused', expectAny: SEK });
// confirm conversations
cc('confirm', [
  { q: 'flytta LG 9/9 till 16/9', as: S, lang: 'sv', kind: 'confirm', expect: ['16 september'] },
  { q: 'ja', as: S, lang: 'sv', kind: 'confirmed' },
]);
cc('confirm', [
  { q: 'ändra utredningar, konsultstöd till 200 000', as: S, lang: 'sv', kind: 'confirm', expect: ['200 000'] },
  { q: 'nej', as: S, lang: 'sv', kind: 'cancelled' },
]);
cc('confirm', [
  { q: 'move SK 22 September to 29 September', as: S, lang: 'en', kind: 'confirm', expect: ['29 September'] },
  { q: 'confirm', as: S, lang: 'en', kind: 'confirmed' },
]);
cc('confirm', [
  { q: 'ställ in nyckeltalsdagen 6/10', as: S, lang: 'sv', kind: 'confirm', expect: ['6 oktober'] },
  { q: 'avbryt', as: S, lang: 'sv', kind: 'cancelled' },
]);
cc('confirm', [
  { q: 'flytta LG-mötet 20/5 till 27/5', as: S, lang: 'sv', kind: 'confirm', expect: ['27 maj'] },
  { q: 'ok kör', as: S, lang: 'sv', kind: 'confirmed' },
  { q: 'visa ändringar', as: S, lang: 'sv', kind: 'history', expectAny: [['27 maj']] },
]);
// questions from the secretariat / members that look like commands
c('question', S, 'sv', 'när är LG i maj?', { category: 'facts', expect: ['20 maj'] });
c('question', S, 'sv', 'vem är värd för sk 3/11?', { category: 'facts', expect: ['Botkyrka'] });
c('question', S, 'sv', 'hur mycket är budgeterat för personal just nu?', { category: 'budget', expect: ['580 000'] });
c('question', S, 'sv', 'vilket år ska Södertälje ha rådslaget?', { category: 'rotation', expect: ['2015'] });
c('question', S, 'en', 'which LG meeting is in November?', { category: 'facts', expect: ['25 November'] });
c('question', M, 'sv', 'vem är värd för SK-mötet 14/4?', { category: 'facts', expect: ['Nykvarn'] });
// normalise: c('question',...) used category override
for (const it of C) if (it.category === 'question') throw new Error('bad');

function write(name, description, items) {
  const out = { description, defaultNow: NOW, items };
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify(out, null, 2) + '\n');
}
write('pool-questions.json', 'Round 14 writer u – questions (persona: Botkyrka communications officer writing an intranet article)', Q);
write('pool-commands.json', 'Round 14 writer u – change requests and secretariat questions', C);

const count = (items) => {
  const cat = {}, lang = {};
  for (const it of items) {
    cat[it.category] = (cat[it.category] || 0) + 1;
    const l = it.lang || (it.conversation && it.conversation[0].lang);
    lang[l] = (lang[l] || 0) + 1;
  }
  return { n: items.length, cat, lang };
};
console.log(JSON.stringify({ questions: count(Q), commands: count(C) }, null, 1));

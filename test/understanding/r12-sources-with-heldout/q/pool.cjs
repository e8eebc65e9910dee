// Round 12, writer q — persona: international liaison officer, Södertälje (≈50 % English, 50 % Swedish)
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const CANNOT = ['notInPlan', 'cannot'];
const T12 = [['12.00', '12:00']];

const questions = [
  // ---------------- rotation ----------------
  { category: 'rotation', q: 'rådslaget 2013, vem är värd?', expect: ['Botkyrka'], lang: 'sv' },
  { category: 'rotation', q: 'Who hosts the rådslag next year?', expect: ['Nynäshamn'], lang: 'en' },
  { category: 'rotation', q: 'när är det södertäljes tur att ha rådslaget', expect: ['2015'], lang: 'sv' },
  { category: 'rotation', q: 'Which municipality is last in the rådslag rotation, and what year?', expect: ['Huddinge', '2018'], lang: 'en' },
  { category: 'rotation', q: 'vem var värd för rådslaget i år?', expect: ['Salem'], lang: 'sv' },
  { category: 'rotation', q: 'The rådslag the year after Tyresö hosts it - whereabouts will that be?', expect: ['Södertälje'], lang: 'en' },
  { category: 'rotation', q: 'who has the rådslag right before Huddinge?', expect: ['Nykvarn'], lang: 'en' },
  { category: 'rotation', q: 'rådslagsvärdar 2014–2016?', expect: ['Tyresö', 'Södertälje', 'Haninge'], lang: 'sv' },
  { category: 'rotation', q: 'Who will host the rådslag in 2019?', kind: CANNOT, lang: 'en' },
  { category: 'rotation', q: 'hur många år är det kvar tills nykvarn är värd för rådslaget?', expect: ['2017'], expectAny: [['6', 'sex']], lang: 'sv' },
  { category: 'rotation', q: "What's the full rådslag host rotation?", expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'], lang: 'en' },

  // ---------------- budget ----------------
  { category: 'budget', q: 'om avgifterna delas lika, vad betalar södertälje?', expect: ['107 500'], lang: 'sv' },
  { category: 'budget', q: 'How much is left of the budget once staff costs are paid?', expect: ['280 000'], lang: 'en' },
  { category: 'budget', q: 'skillnaden mellan personal och utredningar/konsultstöd?', expect: ['350 000'], lang: 'sv' },
  { category: 'budget', q: 'Which is the biggest cost line?', expectAny: [['staff', 'personnel', 'personal']], expect: ['580 000'], lang: 'en' },
  { category: 'budget', q: 'minsta kostnadsposten?', expect: ['50 000'], expectAny: [['Huddinge']], lang: 'sv' },
  { category: 'budget', q: 'how big a share of the costs is staff, in percent?', expectAny: [['67', '68']], lang: 'en' },
  { category: 'budget', q: 'hur stor andel av kostnaderna går till utredningar och konsultstöd?', expectAny: [['26', '27']], lang: 'sv' },
  { category: 'budget', q: 'budget per quarter if spread evenly?', expect: ['215 000'], lang: 'en' },
  { category: 'budget', q: 'vad blir kostnaderna per månad totalt?', expectAny: [['71 666', '71 667']], lang: 'sv' },
  { category: 'budget', q: 'Consultancy money per month?', expectAny: [['19 166', '19 167']], lang: 'en' },
  { category: 'budget', q: 'Staff plus the Huddinge office compensation, together?', expect: ['630 000'], lang: 'en' },
  { category: 'budget', q: 'om personalkostnaden delas lika på de åtta kommunerna, hur mycket per kommun?', expect: ['72 500'], lang: 'sv' },
  { category: 'budget', q: 'How much more is the staff line than the payment to Huddinge?', expect: ['530 000'], lang: 'en' },
  { category: 'budget', q: 'om vi halverar utredningsposten, hur mycket frigörs?', expect: ['115 000'], lang: 'sv' },
  { category: 'budget', q: 'Where does the money come from?', expect: ['860 000'], expectAny: [['municipal', 'kommun']], lang: 'en' },

  // ---------------- yes/no ----------------
  { category: 'yesno', q: 'Är Södertälje med i överförmyndarnämnden?', startsWith: 'Nej', lang: 'sv' },
  { category: 'yesno', q: 'Is Haninge the host municipality for the överförmyndarnämnd?', startsWith: 'Yes', expect: ['Haninge'], lang: 'en' },
  { category: 'yesno', q: 'träffas LG på fredagar?', startsWith: 'Ja', lang: 'sv' },
  { category: 'yesno', q: 'Are the SK meetings always on a Thursday?', startsWith: 'Yes', lang: 'en' },
  { category: 'yesno', q: 'Is Södertälje hosting the rådslag in 2016?', startsWith: 'No', expectAny: [['Haninge', '2015']], lang: 'en' },
  { category: 'yesno', q: 'Is the 2011 budget balanced?', startsWith: 'Yes', expect: ['860 000'], lang: 'en' },
  { category: 'yesno', q: 'ingår salem i miljö- och hälsoskyddsförbundet?', startsWith: 'Nej', lang: 'sv' },
  { category: 'yesno', q: 'Has the rådslag already taken place this year?', startsWith: 'Yes', expect: ['24 March'], lang: 'en' },
  { category: 'yesno', q: 'is KTH part of the rådslag?', startsWith: 'Yes', lang: 'en' },
  { category: 'yesno', q: 'finns det något LG-möte i juni?', startsWith: 'Nej', lang: 'sv' },
  { category: 'yesno', q: 'Is there an SK meeting in August?', startsWith: 'No', lang: 'en' },
  { category: 'yesno', q: 'Will there be an SK meeting in Södertälje this year?', startsWith: 'No', expectAny: [['2012']], lang: 'en' },
  { category: 'yesno', q: 'Kostar personalen mer än en halv miljon?', startsWith: 'Ja', expect: ['580 000'], lang: 'sv' },
  { category: 'yesno', q: 'är SK:s planeringskonferens heldagar?', startsWith: 'Ja', lang: 'sv' },
  { category: 'yesno', q: 'Do the kommundirektörer take part in the committee meetings?', startsWith: 'Yes', lang: 'en' },
  { category: 'yesno', q: 'ska det läggas mer tid på verksamhetsfrågorna än på de regionala frågorna i år?', startsWith: 'Nej', expectAny: [['regional']], lang: 'sv' },

  // ---------------- premise ----------------
  { category: 'premise', q: 'Why is Salem hosting the SK meeting on 22/9?', expect: ['Nynäshamn'], lang: 'en' },
  { category: 'premise', q: 'varför är det Södertälje som står för sekretariatet?', expect: ['Huddinge'], lang: 'sv' },
  { category: 'premise', q: 'The överförmyndarnämnd has been running since 2008, right? How has it gone?', expect: ['2011'], lang: 'en' },
  { category: 'premise', q: 'Why is the LG meeting on Thursday 20 May?', expect: ['Friday'], lang: 'en' },
  { category: 'premise', q: 'vad säger visionen för 2030?', expect: ['2025'], lang: 'sv' },
  { category: 'premise', q: 'varför får huddinge 230 000 för kontorsservice?', expect: ['50 000'], lang: 'sv' },
  { category: 'premise', q: 'When in 2011 is the rådslag in Nynäshamn?', expect: ['2012'], expectAny: [['Salem']], lang: 'en' },
  { category: 'premise', q: 'Södertörnskonferensen den 1 oktober – är det heldag?', expect: ['1 september'], lang: 'sv' },
  { category: 'premise', q: 'So the committee only meets four times a year, yeah?', expectAny: [['six', '6']], lang: 'en' },
  { category: 'premise', q: 'Since Södertörn already has a million inhabitants, what is the vision aiming for?', expect: ['430 000'], lang: 'en' },
  { category: 'premise', q: 'Miljöförbundet som Södertälje var med och bildade – när startade det?', expect: ['2008', 'Haninge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
  { category: 'premise', q: 'vilken dag i mars är nyckeltalsdagen?', expect: ['6 oktober'], lang: 'sv' },
  { category: 'premise', q: 'Why do the ten Södertörn municipalities cooperate?', expectAny: [['eight', '8']], lang: 'en' },
  { category: 'premise', q: 'hur mycket bidrar staten med till budgeten?', expect: ['860 000'], expectAny: [['kommun']], lang: 'sv' },

  // ---------------- offplan / cannot ----------------
  { category: 'offplan', q: "Who's the kommundirektör in Nykvarn?", kind: CANNOT, lang: 'en' },
  { category: 'offplan', q: "what's the train fare from Södertälje to Salem for the June SK?", kind: CANNOT, lang: 'en' },
  { category: 'offplan', q: 'Could you book a meeting room in Huddinge for 9/6?', kind: CANNOT, lang: 'en' },
  { category: 'offplan', q: 'skicka kallelsen till LG 20/5 till alla kommundirektörer', kind: CANNOT, lang: 'sv' },
  { category: 'offplan', q: 'remind me a week before the nyckeltal day, cheers', kind: CANNOT, lang: 'en' },
  { category: 'offplan', q: 'vad står på dagordningen för SK 14/4?', kind: CANNOT, lang: 'sv' },
  { category: 'offplan', q: 'Is there a URL where I can download the verksamhetsplan?', kind: CANNOT, lang: 'en' },
  { category: 'offplan', q: 'hur stor blir budgeten för 2012?', kind: CANNOT, lang: 'sv' },
  { category: 'offplan', q: 'Please translate my welcome speech for the Södertörn conference into Swedish', kind: CANNOT, lang: 'en' },
  { category: 'offplan', q: 'vem är moderator på södertörnskonferensen', kind: CANNOT, lang: 'sv' },
  { category: 'offplan', q: 'How much will lunch cost at the LG planning conference?', kind: CANNOT, lang: 'en' },
  { category: 'offplan', q: 'send me the minutes from the January SK meeting please', kind: CANNOT, lang: 'en' },
  { category: 'offplan', q: 'How many people work at the secretariat?', kind: CANNOT, lang: 'en' },
  { category: 'offplan', q: 'vem är ordförande i samarbetskommittén?', kind: CANNOT, lang: 'sv' },
  { category: 'offplan', q: 'How much does each municipality pay for the överförmyndarnämnd?', kind: CANNOT, lang: 'en' },

  // ---------------- topic (right one of two similar) ----------------
  { category: 'topic', q: 'när är samarbetskommitténs planeringskonferens?', expectAny: [['27']], expect: ['januari'], expectNot: ['31 mars'], lang: 'sv' },
  { category: 'topic', q: "When's the LG planning conference?", expect: ['31 March'], expectNot: ['28 January'], lang: 'en' },
  { category: 'topic', q: 'Södertörnskonferensen, när?', expect: ['1 september'], expectNot: ['31 mars', '27-28', '27–28'], lang: 'sv' },
  { category: 'topic', q: "What's the LG actually for?", expectAny: [['prepar'], ['coordinat']], lang: 'en' },
  { category: 'topic', q: 'What does the 230 000 line cover?', expectAny: [['stud', 'investigat', 'utredning', 'inquir', 'report'], ['consult']], lang: 'en' },
  { category: 'topic', q: 'vad täcker ersättningen till huddinge kommun?', expect: ['kontorsservice'], expectAny: [['arbetsrum']], lang: 'sv' },
  { category: 'topic', q: 'vilka kommuner ingår i miljö- och hälsoskyddsförbundet?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], expectNot: ['Botkyrka', 'Huddinge'], lang: 'sv' },
  { category: 'topic', q: 'Which municipalities are in the överförmyndarnämnd?', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], lang: 'en' },
  { category: 'topic', q: 'Who takes part in the Södertörn conference?', expectAny: [['part', 'politic'], ['official', 'tjänstem', 'civil servant', 'senior staff', 'officer']], expectNot: ['Handelskammaren'], lang: 'en' },
  { category: 'topic', q: 'who attends the rådslag?', expectAny: [['Handelskammaren', 'Chamber of Commerce'], ['KTH'], ['Företagarna']], lang: 'en' },
  { category: 'topic', q: 'vad är syftet med verksamhetsfrågorna, till skillnad från de regionala utvecklingsfrågorna?', expectAny: [['effektivisera', 'effektiv']], lang: 'sv' },
  { category: 'topic', q: 'Which steering document applies to the regional development issues?', expectAny: [['utvecklingsprogram', 'development programme', 'development program']], expect: ['2010'], lang: 'en' },
  { category: 'topic', q: 'vem hanterar explosiva varor?', expect: ['brandförsvarsförbund'], expectNot: ['miljö- och hälsoskyddsförbund'], lang: 'sv' },
  { category: 'topic', q: 'Who handles the control of over-the-counter medicines in Haninge?', expectAny: [['miljö- och hälsoskydd', 'environment']], expectNot: ['brandförsvar'], lang: 'en' },
  { category: 'topic', q: 'What is the rådslag meant to achieve?', expectAny: [['focus', 'fokus'], ['development', 'utveckling']], lang: 'en' },

  // ---------------- period ----------------
  { category: 'period', q: 'vilka SK-möten är det i höst?', expect: ['22 september', '3 november', '8 december'], expectNot: ['9 juni'], lang: 'sv' },
  { category: 'period', q: 'first LG after the summer?', expect: ['9 September'], expectNot: ['20 May'], lang: 'en' },
  { category: 'period', q: 'sista SK-mötet i år, var och när?', expect: ['8 december', 'Tyresö'], lang: 'sv' },
  { category: 'period', q: 'When was the first LG meeting this year?', expect: ['21 January'], lang: 'en' },
  { category: 'period', q: 'SK i vår, vilka möten är kvar?', expect: ['14 april', '9 juni'], expectNot: ['22 september'], lang: 'sv' },
  { category: 'period', q: 'vad händer i oktober?', expect: ['6 oktober', '14 oktober'], lang: 'sv' },
  { category: 'period', q: "What's on in September?", expect: ['1 September', '9 September', '22 September'], lang: 'en' },
  { category: 'period', q: "What's happening in November, meeting-wise?", expect: ['3 November', '25 November'], lang: 'en' },
  { category: 'period', q: 'LG dates this autumn', expect: ['9 September', '14 October', '25 November'], expectNot: ['20 May'], lang: 'en' },
  { category: 'period', q: 'What meetings are left before the summer break?', expect: ['14 April', '20 May', '9 June'], lang: 'en' },

  // ---------------- followup (conversations) ----------------
  { category: 'followup', conversation: [
    { q: 'när är nästa SK?', expect: ['14 april', 'Nykvarn'], lang: 'sv' },
    { q: 'och efter det?', expect: ['9 juni', 'Salem'], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'Who hosts the rådslag in 2015?', expect: ['Södertälje'], lang: 'en' },
    { q: 'and the year after?', expect: ['Haninge'], lang: 'en' } ] },
  { category: 'followup', conversation: [
    { q: 'vad kostar personalen?', expect: ['580 000'], lang: 'sv' },
    { q: 'och per månad?', expect: ['48 333'], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: "When's the nyckeltal day?", expect: ['6 October'], lang: 'en' },
    { q: 'whereabouts?', expect: ['Botkyrka'], lang: 'en' } ] },
  { category: 'followup', conversation: [
    { q: 'vilka är med i överförmyndarnämnden?', expect: ['Botkyrka', 'Tyresö'], lang: 'sv' },
    { q: 'vem är värdkommun?', expect: ['Haninge'], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'LG i maj?', expect: ['20 maj'], lang: 'sv' },
    { q: 'vilken tid börjar det?', expectAny: [['08.30', '8.30', '08:30', '8:30']], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'How much do the municipalities pay in fees altogether?', expect: ['860 000'], lang: 'en' },
    { q: 'and if we split it equally?', expect: ['107 500'], lang: 'en' } ] },
  { category: 'followup', conversation: [
    { q: 'Södertörnskonferensen?', expect: ['1 september'], lang: 'sv' },
    { q: 'vilka deltar?', expectAny: [['parti'], ['tjänstem']], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: "What's the vision in a nutshell?", expect: ['2025'], lang: 'en' },
    { q: 'and how many live there today?', expect: ['430 000'], lang: 'en' } ] },
  { category: 'followup', conversation: [
    { q: 'Who hosts the SK meeting on 3 November?', expect: ['Botkyrka'], lang: 'en' },
    { q: 'and the one after that?', expect: ['8 December', 'Tyresö'], lang: 'en' },
    { q: 'what time does it start?', expectAny: T12, lang: 'en' } ] },
  { category: 'followup', conversation: [
    { q: 'när har södertälje rådslaget?', expect: ['2015'], lang: 'sv' },
    { q: 'och när är vi värd för SK?', expect: ['2012'], expectAny: [['januari', 'jan']], lang: 'sv' } ] },

  // ---------------- typo ----------------
  { category: 'typo', q: 'när är ledingsgruppen i maj', expect: ['20 maj'], lang: 'sv' },
  { category: 'typo', q: 'samarbetskomitens möte i november?', expect: ['3 november', 'Botkyrka'], lang: 'sv' },
  { category: 'typo', q: 'vem är värd för rådslagget 2013', expect: ['Botkyrka'], lang: 'sv' },
  { category: 'typo', q: 'when is the sodertornskonferansen', expect: ['1 September'], lang: 'en' },
  { category: 'typo', q: 'overformyndarnamnden vilka kommuner', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
  { category: 'typo', q: 'who hosts the SK meting in decmber', expect: ['Tyresö'], lang: 'en' },
  { category: 'typo', q: 'LG-datum i höst', expect: ['9 september', '14 oktober', '25 november'], lang: 'sv' },
  { category: 'typo', q: 'SK-mötet i juni, var?', expect: ['Salem'], lang: 'sv' },
  { category: 'typo', q: 'sodertalje radslag which year', expect: ['2015'], lang: 'en' },
  { category: 'typo', q: 'planeringskonfrensen för LG?', expect: ['31 mars'], expectAny: [['1 april']], lang: 'sv' },
  { category: 'typo', q: 'hur mycke får huddinge i ersätning', expect: ['50 000'], lang: 'sv' },
  { category: 'typo', q: 'comittee planing conference dates?', expect: ['January'], expectAny: [['27']], expectNot: ['31 March'], lang: 'en' },

  // ---------------- language (locale decides fragments; words decide otherwise) ----------------
  { category: 'language', q: 'SK 22/9 värd?', locale: 'en-GB', expect: ['Nynäshamn'], lang: 'en' },
  { category: 'language', q: 'ÖFN?', locale: 'en-GB', expect: ['Haninge'], lang: 'en' },
  { category: 'language', q: 'rådslaget 2016?', locale: 'en-GB', expect: ['Haninge'], lang: 'en' },
  { category: 'language', q: 'LG 9/9?', locale: 'sv-SE', expect: ['9 september'], expectAny: [['08.30', '8.30', '08:30', '8:30', 'fredag']], lang: 'sv' },
  { category: 'language', q: 'SK jan 2012?', locale: 'en-GB', expect: ['Södertälje'], lang: 'en' },
  { category: 'language', q: 'kostnader?', locale: 'en-GB', expect: ['580 000', '50 000', '230 000'], lang: 'en' },
  { category: 'language', q: 'Södertörnskonferensen 2011', locale: 'en-US', expect: ['1 September'], lang: 'en' },
  { category: 'language', q: 'when is the next LG meeting?', locale: 'sv-SE', expect: ['20 May'], lang: 'en' },
  { category: 'language', q: 'vem är värd för SK den 9/6?', locale: 'en-GB', expect: ['Salem'], lang: 'sv' },
  { category: 'language', q: 'SK 8/12?', expect: ['Tyresö', '8 december'], lang: 'sv' },
  { category: 'language', q: 'Nyckeltal Södertörn 6/10?', locale: 'en-GB', expect: ['Botkyrka'], lang: 'en' },
  { category: 'language', q: 'budget 2011?', locale: 'sv-SE', expect: ['860 000'], lang: 'sv' },

  // ---------------- facts (whole plan) ----------------
  { category: 'facts', q: 'How many people live in the Södertörn area?', expect: ['430 000'], lang: 'en' },
  { category: 'facts', q: 'vart vill vi nå till 2025?', expect: ['2025'], expectAny: [['halv miljon', '500 000']], lang: 'sv' },
  { category: 'facts', q: 'What values is our cooperation supposed to be built on?', expectAny: [['democra'], ['leader'], ['give']], lang: 'en' },
  { category: 'facts', q: 'vilka målområden har utvecklingsprogrammet?', expect: ['Klimat', 'Infrastruktur'], expectAny: [['Näringsliv'], ['Mångfald']], lang: 'sv' },
  { category: 'facts', q: 'Which regional bodies do we coordinate our work in?', expect: ['KSL', 'Mälardalsrådet'], expectAny: [['Business Alliance']], lang: 'en' },
  { category: 'facts', q: 'vilka infrastrukturprojekt har vi drivit ihop?', expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'], lang: 'sv' },
  { category: 'facts', q: 'inom vilka områden har samarbetet gamla traditioner?', expectAny: [['gymnasie'], ['räddningstjänst']], lang: 'sv' },
  { category: 'facts', q: 'What are the big regional priorities from the 2010 development programme?', expectAny: [['educat', 'universit', 'högskola'], ['climate', 'klimat'], ['infrastru']], lang: 'en' },
  { category: 'facts', q: 'i egna ord: varför samverkar vi överhuvudtaget?', expectAny: [['regional'], ['hemkommun']], lang: 'sv' },
  { category: 'facts', q: 'Who actually sits on the committee?', expectAny: [['chair', 'kommunstyrelseordför', 'leader']], lang: 'en' },
  { category: 'facts', q: 'What time do SK meetings start and finish?', expectAny: [['12.00', '12:00'], ['15.00', '15:00']], lang: 'en' },
  { category: 'facts', q: 'Which of the two main areas gets more time and resources in 2011?', expectAny: [['regional']], lang: 'en' },
  { category: 'facts', q: 'när fastställdes utvecklingsprogrammet?', expect: ['2010'], expectAny: [['höst']], lang: 'sv' },
  { category: 'facts', q: 'vilken lag driver på upphandlingssamverkan?', expectAny: [['offentlig upphandling', 'LOU']], lang: 'sv' },
  { category: 'facts', q: 'When did the joint guardianship board start?', expect: ['1 January 2011'], lang: 'en' },
  { category: 'facts', q: 'vilka högskolor nämns i planen?', expect: ['Södertörns högskola', 'KTH'], expectAny: [['Karolinska']], lang: 'sv' },
  { category: 'facts', q: 'What does joint ownership steering mean for us?', expectAny: [['own'], ['dialog', 'directive']], lang: 'en' },
  { category: 'facts', q: 'vad går omvärldsbevakningen ut på?', expectAny: [['kontaktnät', 'beslutsfattare']], lang: 'sv' },
  { category: 'facts', q: 'the nyckeltal follow-up — what time of year does it happen?', expectAny: [['autumn', 'October', 'fall']], lang: 'en' },
  { category: 'facts', q: 'ska fler kommuner kunna gå med i överförmyndarnämnden?', startsWith: 'Ja', expectAny: [['utöka', 'fler kommuner', 'ingå']], lang: 'sv' },
  { category: 'facts', q: 'what happens when parliament hands the municipalities new tasks?', expectAny: [['individual', 'alone', 'separately', 'on their own', 'independently'], ['existing']], lang: 'en' },
  { category: 'facts', q: 'hur ser vi på Södertörns roll i Stockholm-Mälarregionen?', expectAny: [['naturlig', 'aktiv']], lang: 'sv' },
];

const S = 'secretariat', M = 'member';
const commands = [
  // move
  { category: 'move', as: S, q: 'flytta SK 22/9 till 29/9', kind: 'confirm', expect: ['29 september'], lang: 'sv' },
  { category: 'move', as: S, q: 'move the nyckeltal day to 13 October', kind: 'confirm', expect: ['13 October'], lang: 'en' },
  { category: 'move', as: S, q: 'LG 9/9 behöver flyttas till 16/9', kind: 'confirm', expect: ['16 september'], lang: 'sv' },
  { category: 'move', as: S, q: 'kan du flytta SK-mötet i december till den 15:e', kind: 'confirm', expect: ['15 december'], lang: 'sv' },
  { category: 'move', as: S, q: 'Södertörnskonferensen flyttas till 8 sep', kind: 'confirm', expect: ['8 september'], lang: 'sv' },
  { category: 'move', as: S, q: 'please move the SK meeting on 9 June to 16 June', kind: 'confirm', expect: ['16 June'], lang: 'en' },
  { category: 'move', as: S, q: 'flytta lg 25/11 -> 2/12', kind: 'confirm', expect: ['2 december'], lang: 'sv' },
  // host
  { category: 'host', as: S, q: 'SK 3/11 ska vara i Huddinge istället för Botkyrka', kind: 'confirm', expect: ['Huddinge'], lang: 'sv' },
  { category: 'host', as: S, q: 'change the host of the SK meeting on 8 December to Södertälje', kind: 'confirm', expect: ['Södertälje'], lang: 'en' },
  { category: 'host', as: S, q: 'nyckeltalsdagen hålls i Salem i stället', kind: 'confirm', expect: ['Salem'], lang: 'sv' },
  // cancel
  { category: 'cancel', as: S, q: 'ställ in LG 14/10', kind: 'confirm', expect: ['14 oktober'], lang: 'sv' },
  { category: 'cancel', as: S, q: 'cancel the SK meeting on 22 September', kind: 'confirm', expect: ['22 September'], lang: 'en' },
  // add
  { category: 'add', as: S, q: 'lägg till ett extra LG-möte fredag 16/12', kind: 'confirm', expect: ['16 december'], lang: 'sv' },
  { category: 'add', as: S, q: 'add an extra SK meeting on 25 August in Södertälje', kind: 'confirm', expect: ['25 August', 'Södertälje'], lang: 'en' },
  // budget lines
  { category: 'budgetline', as: S, q: 'höj utredningar, konsultstöd till 250 000', kind: 'confirm', expect: ['250 000'], lang: 'sv' },
  { category: 'budgetline', as: S, q: 'set the staff line to 600 000', kind: 'confirm', expect: ['600 000'], lang: 'en' },
  { category: 'budgetline', as: S, q: 'ersättningen till huddinge ska vara 60 000', kind: 'confirm', expect: ['60 000'], lang: 'sv' },
  { category: 'budgetline', as: S, q: 'sänk personalposten med 30 000', kind: 'confirm', expect: ['550 000'], lang: 'sv' },
  // rådslag rotation host
  { category: 'rotationhost', as: S, q: 'byt värd för rådslaget 2013 till Salem', kind: 'confirm', expect: ['Salem', '2013'], lang: 'sv' },
  { category: 'rotationhost', as: S, q: 'the 2016 rådslag should be hosted by Södertälje instead of Haninge', kind: 'confirm', expect: ['Södertälje', '2016'], lang: 'en' },
  { category: 'rotationhost', as: S, q: 'rådslag 2014: Nykvarn istället', kind: 'confirm', expect: ['Nykvarn', '2014'], lang: 'sv' },
  // history
  { category: 'history', as: S, q: 'visa ändringar', kind: 'history', lang: 'sv' },
  { category: 'history', as: S, q: 'what has changed in the plan so far?', kind: 'history', lang: 'en' },
  // confirm conversations
  { category: 'confirm', as: S, conversation: [
    { as: S, q: 'flytta LG 14/10 till 21/10', kind: 'confirm', expect: ['21 oktober'], lang: 'sv' },
    { as: S, q: 'ja', kind: 'confirmed', lang: 'sv' } ] },
  { category: 'confirm', as: S, conversation: [
    { as: S, q: 'höj personal till 620 000', kind: 'confirm', expect: ['620 000'], lang: 'sv' },
    { as: S, q: 'avbryt', kind: 'cancelled', lang: 'sv' } ] },
  { category: 'confirm', as: S, conversation: [
    { as: S, q: 'make Huddinge the host of the SK meeting on 22 September', kind: 'confirm', expect: ['Huddinge'], lang: 'en' },
    { as: S, q: 'yes, go ahead', kind: 'confirmed', lang: 'en' } ] },
  { category: 'confirm', as: S, conversation: [
    { as: S, q: 'ställ in SK 9/6', kind: 'confirm', expect: ['9 juni'], lang: 'sv' },
    { as: S, q: 'nej', kind: 'cancelled', lang: 'sv' } ] },
  { category: 'confirm', as: S, conversation: [
    { as: S, q: 'lägg till ett LG-möte 17/6', kind: 'confirm', expect: ['17 juni'], lang: 'sv' },
    { as: S, q: 'ok kör', kind: 'confirmed', lang: 'sv' },
    { as: S, q: 'visa ändringar', kind: 'history', expect: ['17 juni'], lang: 'sv' } ] },
  { category: 'confirm', as: S, conversation: [
    { as: S, q: 'move the SK meeting on 3 November to 10 November', kind: 'confirm', expect: ['10 November'], lang: 'en' },
    { as: S, q: 'confirm', kind: 'confirmed', lang: 'en' },
    { as: S, q: 'when is the SK meeting in Botkyrka now?', expect: ['10 November'], lang: 'en' } ] },
  // missing (clarify)
  { category: 'missing', as: S, q: 'flytta SK-mötet', kind: 'clarify', lang: 'sv' },
  { category: 'missing', as: S, q: 'move the LG meeting to next week', kind: 'clarify', lang: 'en' },
  { category: 'missing', as: S, q: 'ändra budgeten', kind: 'clarify', lang: 'sv' },
  { category: 'missing', as: S, q: 'byt värd för rådslaget', kind: 'clarify', lang: 'sv' },
  { category: 'missing', as: S, q: 'cancel the meeting', kind: 'clarify', lang: 'en' },
  { category: 'missing', as: S, q: 'lägg till ett möte', kind: 'clarify', lang: 'sv' },
  // refused (members)
  { category: 'refused', as: M, q: 'flytta SK 9/6 till 16/6', kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'sv' },
  { category: 'refused', as: M, q: 'change the rådslag host for 2015 to Botkyrka', kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'en' },
  { category: 'refused', as: M, q: 'höj personalbudgeten till 700 000', kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'sv' },
  { category: 'refused', as: M, q: 'ställ in nyckeltalsdagen', kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'sv' },
  { category: 'refused', as: M, q: 'add an LG meeting on 17 June please', kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'en' },
  // questions from the secretariat (look like commands, are questions)
  { category: 'facts', as: S, q: 'när är LG i maj?', expect: ['20 maj'], lang: 'sv' },
  { category: 'facts', as: S, q: 'vem är värd för SK 3/11?', expect: ['Botkyrka'], lang: 'sv' },
  { category: 'budget', as: S, q: 'show me the budget line for studies and consultancy', expect: ['230 000'], lang: 'en' },
  { category: 'facts', as: S, q: 'vilket datum har nyckeltalsdagen?', expect: ['6 oktober'], lang: 'sv' },
  { category: 'rotation', as: S, q: "what's the rådslag host for 2017?", expect: ['Nykvarn'], lang: 'en' },
];

// per-item "now" overrides (added here to keep the lists readable)
questions.push(
  { category: 'period', q: 'nästa SK?', now: '2011-10-01T09:00:00+02:00', expect: ['3 november', 'Botkyrka'], expectNot: ['22 september'], lang: 'sv' },
  { category: 'period', q: 'next LG meeting?', now: '2011-09-15T09:00:00+02:00', expect: ['14 October'], lang: 'en' },
  { category: 'period', q: 'när är nästa SK-möte?', now: '2011-12-10T09:00:00+01:00', expect: ['Södertälje'], expectAny: [['januari', 'jan']], lang: 'sv' },
  { category: 'yesno', q: 'Has the Södertörn conference happened yet?', now: '2011-09-05T09:00:00+02:00', startsWith: 'Yes', expect: ['1 September'], lang: 'en' },
);

function write(name, description, items) {
  const out = { description, defaultNow: NOW, items };
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify(out, null, 2) + '\n');
}
write('pool-questions.json', 'Round 12 writer q (Södertälje international liaison, ~50% English): questions', questions);
write('pool-commands.json', 'Round 12 writer q (Södertälje international liaison, ~50% English): change requests', commands);
console.log('questions', questions.length, 'commands', commands.length);

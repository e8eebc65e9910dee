// Round 8, writer "h" — persona: administrator at the secretariat in Huddinge.
// Source: /work/shared/plan/verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');

const SEK = [['sekretariat', 'secretariat']];
const NIP = ['notInPlan', 'cannot'];

// ---------------------------------------------------------------- questions
const questions = [
  // ---------------- rotation (rådslag hosts)
  { category: 'rotation', q: 'vem har rådslaget 2013?', expect: ['Botkyrka'], lang: 'sv' },
  { category: 'rotation', q: 'rådslag 2018 värd', expect: ['Huddinge'], lang: 'sv' },
  { category: 'rotation', q: 'Which municipality hosts the Södertörn rådslag in 2016?', expect: ['Haninge'], lang: 'en' },
  { category: 'rotation', q: 'när är det Nykvarns tur att ha rådslaget?', expect: ['2017'], lang: 'sv' },
  { category: 'rotation', q: 'vilket år står Tyresö som värd för rådslaget', expect: ['2014'], lang: 'sv' },
  { category: 'rotation', q: 'vem ska ha nästa rådslag?', expect: ['Nynäshamn', '2012'], lang: 'sv' },
  { category: 'rotation', q: 'Could you list the rådslag host municipalities for 2011 to 2018, please? A partner asked.',
    expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'], lang: 'en' },
  { category: 'rotation', q: 'When is it Södertälje\'s turn to host the rådslag?', expect: ['2015'], lang: 'en' },

  // ---------------- budget arithmetic
  { category: 'budget', q: 'om avgiften delas lika, hur mycket betalar varje kommun?', expect: ['107 500'], lang: 'sv' },
  { category: 'budget', q: 'totala budgeten 2011?', expect: ['860 000'], lang: 'sv' },
  { category: 'budget', q: 'personalkostnad per månad ungefär?', expectAny: [['48 333', '48 334']], lang: 'sv' },
  { category: 'budget', q: 'hur mycket återstår av intäkterna när personalen är betald', expect: ['280 000'], lang: 'sv' },
  { category: 'budget', q: 'What share of the costs goes to staff?', expectAny: [['67', '68']], lang: 'en' },
  { category: 'budget', q: 'vilken är den största kostnadsposten i budgeten?', expect: ['580 000'], expectAny: [['personal']], lang: 'sv' },
  { category: 'budget', q: 'Which is the smallest cost line and how much is it?', expect: ['50 000', 'Huddinge'], lang: 'en' },
  { category: 'budget', q: 'skillnaden mellan personal och utredningar i kronor?', expect: ['350 000'], lang: 'sv' },
  { category: 'budget', q: 'utredningar, konsultstöd mm per kvartal', expect: ['57 500'], lang: 'sv' },
  { category: 'budget', q: 'hur mycket får Huddinge per månad för kontorsservice och arbetsrum?', expectAny: [['4 166', '4 167']], lang: 'sv' },
  { category: 'budget', q: 'How much of the consultancy/studies line falls on each municipality if split evenly?', expect: ['28 750'], lang: 'en' },
  { category: 'budget', q: 'hur stor andel av kostnaderna är utredningar och konsultstöd, i procent?', expectAny: [['26', '27']], lang: 'sv' },
  { category: 'budget', q: 'ersättningen till huddinge plus utredningsposten, summa?', expect: ['280 000'], lang: 'sv' },

  // ---------------- yes/no
  { category: 'yesno', q: 'är SK 14/4 i Nykvarn?', startsWith: 'Ja', expect: ['Nykvarn'], lang: 'sv' },
  { category: 'yesno', q: 'är Salem med i överförmyndarnämnden?', startsWith: 'Nej', lang: 'sv' },
  { category: 'yesno', q: 'Is Haninge the host municipality for the joint överförmyndarnämnd?', startsWith: 'Yes', expect: ['Haninge'], lang: 'en' },
  { category: 'yesno', q: 'blir det rådslag i Huddinge 2017?', startsWith: 'Nej', expect: ['Nykvarn'], lang: 'sv' },
  { category: 'yesno', q: 'går budgeten jämnt ut, alltså lika stora intäkter som kostnader?', startsWith: 'Ja', expect: ['860 000'], lang: 'sv' },
  { category: 'yesno', q: 'Does the committee (SK) meet on Fridays?', startsWith: 'No', expectAny: [['Thursday']], lang: 'en' },
  { category: 'yesno', q: 'är KTH med i rådslaget?', startsWith: 'Ja', lang: 'sv' },
  { category: 'yesno', q: 'har årets rådslag redan varit?', startsWith: 'Ja', expect: ['24 mars'], lang: 'sv' },
  { category: 'yesno', q: 'deltar kommundirektörerna på samarbetskommitténs möten?', startsWith: 'Ja', lang: 'sv' },

  // ---------------- false premises
  { category: 'premise', q: 'hur kommer det sig att Haninge har SK-mötet 22/9?', expect: ['Nynäshamn'], lang: 'sv' },
  { category: 'premise', q: 'LG-mötet torsdag 20 maj, börjar det 12?', expectAny: [['fredag'], ['08.30', '08:30', '8.30', '8:30']], expect: ['20 maj'], lang: 'sv' },
  { category: 'premise', q: 'rådslaget 2013 i Tyresö – vet vi datum än?', expect: ['Botkyrka'], lang: 'sv' },
  { category: 'premise', q: 'varför ligger nyckeltalsdagen i Huddinge i år?', expect: ['Botkyrka'], lang: 'sv' },
  { category: 'premise', q: 'Why are the municipal fees 900 000 in the budget?', expect: ['860 000'], lang: 'en' },
  { category: 'premise', q: 'sen när är Södertälje med i miljö- och hälsoskyddsförbundet?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },

  // ---------------- off-plan
  { category: 'offplan', q: 'boka ett konferensrum i Nykvarn till SK 14/4', kind: NIP, lang: 'sv' },
  { category: 'offplan', q: 'vem är kommundirektör i Salem?', kind: NIP, lang: 'sv' },
  { category: 'offplan', q: 'vad kostar lunchen på Södertörnskonferensen per person?', kind: NIP, lang: 'sv' },
  { category: 'offplan', q: 'Can you email the agenda for the LG meeting on 20 May to all the directors?', kind: NIP, lang: 'en' },
  { category: 'offplan', q: 'hur stor blir budgeten för 2012?', kind: NIP, lang: 'sv' },
  { category: 'offplan', q: 'What is the street address of the venue in Botkyrka for the key figures day?', kind: NIP, lang: 'en' },

  // ---------------- topic traps
  { category: 'topic', q: 'när är ledningsgruppens planeringskonferens?', expect: ['31 mars'], expectNot: ['28 januari'], lang: 'sv' },
  { category: 'topic', q: 'SK:s planeringskonferens, vilka dagar?', expect: ['28 januari'], expectNot: ['31 mars'], lang: 'sv' },
  { category: 'topic', q: 'What is the purpose of the ledningsgrupp?', expectAny: [['prepare', 'preparing']], lang: 'en' },
  { category: 'topic', q: 'vad är syftet med rådslaget?', expectAny: [['frågeställningar', 'fokus']], expectNot: ['förbereda'], lang: 'sv' },
  { category: 'topic', q: 'vad syftar verksamhetsfrågorna till?', expectAny: [['effektivisera']], expectNot: ['som region'], lang: 'sv' },
  { category: 'topic', q: 'syftet med de regionala utvecklingsfrågorna?', expectAny: [['som region']], expectNot: ['effektivisera'], lang: 'sv' },
  { category: 'topic', q: 'vad täcker ersättningen till Huddinge kommun?', expect: ['kontorsservice', 'arbetsrum'], lang: 'sv' },
  { category: 'topic', q: 'vad ingår i posten på 230 000?', expect: ['utredningar', 'konsultstöd'], lang: 'sv' },
  { category: 'topic', q: 'When is the Södertörn conference (Södertörnskonferensen)?', expect: ['1 September'], expectNot: ['24 March', '6 October'], lang: 'en' },
  { category: 'topic', q: 'styrdokument för verksamhetsfrågorna?', expectAny: [['verksamhetsplan']], expectNot: ['UtvecklingsProgram 2010'], lang: 'sv' },

  // ---------------- period
  { category: 'period', q: 'SK-möten i höst?', expect: ['22 september', '3 november', '8 december'], lang: 'sv' },
  { category: 'period', q: 'vilka LG-möten är det efter sommaren', expect: ['9 september', '14 oktober', '25 november'], lang: 'sv' },
  { category: 'period', q: 'första SK-mötet efter sommaren – datum och värd', expect: ['22 september', 'Nynäshamn'], expectNot: ['3 november'], lang: 'sv' },
  { category: 'period', q: 'sista ledningsgruppsmötet i år?', expect: ['25 november'], lang: 'sv' },
  { category: 'period', q: 'What is on the calendar in October?', expect: ['6 October', '14 October'], lang: 'en' },
  { category: 'period', q: 'vad händer i september?', expect: ['1 september', '9 september', '22 september'], lang: 'sv' },
  { category: 'period', q: 'nästa SK?', now: '2011-10-01T09:00:00+02:00', expect: ['3 november', 'Botkyrka'], lang: 'sv' },
  { category: 'period', q: 'när är nästa möte i samarbetskommittén och var?', now: '2011-12-09T09:00:00+01:00', expect: ['Södertälje'], expectAny: [['jan']], lang: 'sv' },

  // ---------------- follow-ups
  { category: 'followup', conversation: [
    { q: 'vem har rådslaget 2014?', expect: ['Tyresö'], lang: 'sv' },
    { q: 'och året efter?', expect: ['Södertälje'], lang: 'sv' },
    { q: 'och 2018 då?', expect: ['Huddinge'], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'när är nästa SK?', expect: ['14 april', 'Nykvarn'], lang: 'sv' },
    { q: 'och vem är värd för mötet efter det?', expect: ['Salem'], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'What is the staff budget for 2011?', expect: ['580 000'], lang: 'en' },
    { q: 'and per municipality, split evenly?', expect: ['72 500'], lang: 'en' } ] },
  { category: 'followup', conversation: [
    { q: 'vilka kommuner ingår i överförmyndarnämnden?', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
    { q: 'vilken av dem är värdkommun?', expect: ['Haninge'], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'LG i höst?', expect: ['9 september', '14 oktober', '25 november'], lang: 'sv' },
    { q: 'vilken veckodag?', expectAny: [['fredag']], lang: 'sv' },
    { q: 'och tiden?', expectAny: [['08.30', '08:30', '8.30', '8:30']], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'when is the nyckeltal day?', expect: ['6 October'], lang: 'en' },
    { q: 'who hosts it?', expect: ['Botkyrka'], lang: 'en' } ] },

  // ---------------- typos
  { category: 'typo', q: 'vem är värd för samarbetskomitén 22/9', expect: ['Nynäshamn'], lang: 'sv' },
  { category: 'typo', q: 'ledingsgruppen nästa möte', expect: ['20 maj'], lang: 'sv' },
  { category: 'typo', q: 'rådslaet 2016 värd?', expect: ['Haninge'], lang: 'sv' },
  { category: 'typo', q: 'nyckeltalsdagn var någonstans', expect: ['Botkyrka'], lang: 'sv' },
  { category: 'typo', q: 'budgetn för utredingar och konsultstöd?', expect: ['230 000'], lang: 'sv' },
  { category: 'typo', q: 'SK-mötet i novmber, vem är värd?', expect: ['3 november', 'Botkyrka'], lang: 'sv' },
  { category: 'typo', q: 'överförmyndarnämden värdkommun', expect: ['Haninge'], lang: 'sv' },

  // ---------------- language (locale decides fragments)
  { category: 'language', q: 'Who hosts the committee meeting in December?', expect: ['Tyresö', '8 December'], lang: 'en' },
  { category: 'language', q: 'SK 3/11 värd?', locale: 'en-GB', expect: ['Botkyrka'], lang: 'en' },
  { category: 'language', q: 'budget total?', locale: 'en-GB', expect: ['860 000'], lang: 'en' },
  { category: 'language', q: 'LG 20/5 tid?', locale: 'en-GB', expectAny: [['08.30', '08:30', '8.30', '8:30']], lang: 'en' },
  { category: 'language', q: 'rådslaget 2015?', expect: ['Södertälje'], lang: 'sv' },

  // ---------------- facts across the whole plan
  // inledning / key figures
  { category: 'facts', q: 'hur många invånare har Södertörn?', expect: ['430 000'], lang: 'sv' },
  { category: 'facts', q: 'hur många kommuner ingår i Södertörnssamarbetet', expectAny: [['åtta', '8']], lang: 'sv' },
  { category: 'facts', q: 'Which companies does the plan mention as examples?', expect: ['Scania', 'Astra Zeneca'], lang: 'en' },
  { category: 'facts', q: 'vilka infrastruktursatsningar nämns i inledningen?', expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'], lang: 'sv' },
  { category: 'facts', q: 'inom vilka områden har samarbetet traditioner?', expectAny: [['gymnasie'], ['räddningstjänst'], ['återvinning']], lang: 'sv' },
  { category: 'facts', q: 'vad kallas Stockholm i planen, något på engelska?', expect: ['Capital of Scandinavia'], lang: 'sv' },
  { category: 'facts', q: 'vilka är de viktigaste regionala utvecklingsfrågorna enligt SUP 2010?', expectAny: [['utbildningsnivå'], ['kunskapsintensiv'], ['klimateffektiv'], ['infrastruktur']], lang: 'sv' },
  // syfte, förhållningssätt, vision
  { category: 'facts', q: 'vad är syftet med vår samverkan?', expectAny: [['regionala utvecklingen', 'regional utveckling'], ['hemkommunen']], lang: 'sv' },
  { category: 'facts', q: 'förhållningssätt – vad ska samverkan kännetecknas av?', expectAny: [['gemensamma nyttan'], ['demokratiska processen'], ['ledarskap'], ['ge och få']], lang: 'sv' },
  { category: 'facts', q: 'visionen 2025?', expectAny: [['halv miljon']], expect: ['livskvalitet'], lang: 'sv' },
  { category: 'facts', q: 'How many inhabitants does the 2025 vision aim for?', expectAny: [['half a million', '500 000']], lang: 'en' },
  // samverkansområden, mål, uppgifter
  { category: 'facts', q: 'vilka två huvudområden bedrivs samverkan inom?', expectAny: [['regionala utvecklingsfrågor']], expect: ['verksamhetsfrågor'], lang: 'sv' },
  { category: 'facts', q: 'målområdena i utvecklingsprogrammet?', expect: ['Näringsliv', 'Högskola', 'Mångfald', 'Klimat', 'Infrastruktur'], lang: 'sv' },
  { category: 'facts', q: 'i vilka regionala organ samordnar vi våra insatser?', expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'], lang: 'sv' },
  { category: 'facts', q: 'vad säger planen om gemensam ägarstyrning', expectAny: [['bolagsordning'], ['ägardialog']], lang: 'sv' },
  { category: 'facts', q: 'gemensam upphandling – vad ska utvecklas?', expectAny: [['fler varor och tjänster', 'varor och tjänster']], lang: 'sv' },
  { category: 'facts', q: 'när fastställdes Södertörns UtvecklingsProgram 2010?', expect: ['2010'], expectAny: [['höst']], lang: 'sv' },
  { category: 'facts', q: 'vilket av samverkansområdena ska få mer tid och resurser under 2011?', expectAny: [['regionala utvecklingsfrågor']], lang: 'sv' },
  // joint bodies
  { category: 'facts', q: 'Which municipalities are NOT part of the joint överförmyndarnämnd?', expect: ['Nykvarn', 'Salem', 'Södertälje'], lang: 'en' },
  { category: 'facts', q: 'sedan när samverkar vi om överförmyndarverksamheten?', expect: ['1 januari 2011'], lang: 'sv' },
  { category: 'facts', q: 'vilket år startade miljö- och hälsoskyddsförbundet sin verksamhet', expect: ['2008'], lang: 'sv' },
  { category: 'facts', q: 'vilka kommuner bildade Södertörns miljö- och hälsoskyddsförbund?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], expectNot: ['Botkyrka'], lang: 'sv' },
  { category: 'facts', q: 'Who handles control of the sale of certain non-prescription drugs for Haninge, Nynäshamn and Tyresö?', expectAny: [['miljö- och hälsoskydd', 'environment']], lang: 'en' },
  { category: 'facts', q: 'explosiva varor – vem hanterar det?', expectAny: [['brandförsvarsförbund']], lang: 'sv' },
  // committee, LG, secretariat
  { category: 'facts', q: 'vilka sitter i samarbetskommittén?', expectAny: [['kommunstyrelseordförande', 'kommunstyrelsens ordförande', 'ordförande']], lang: 'sv' },
  { category: 'facts', q: 'Who makes up the ledningsgrupp?', expectAny: [['municipal director', 'chief executive', 'kommundirektör', 'city manager', 'municipal manager']], lang: 'en' },
  { category: 'facts', q: 'hur ofta ska LG träffas?', expectAny: [['sex', '6']], lang: 'sv' },
  { category: 'facts', q: 'vem står för sekretariatet?', expect: ['Huddinge'], lang: 'sv' },
  { category: 'facts', q: 'SK:s mötestider?', expectAny: [['torsdag'], ['12.00', '12:00'], ['15.00', '15:00']], lang: 'sv' },
  { category: 'facts', q: 'What time do LG meetings end?', expectAny: [['13.00', '13:00', '1 pm', '1 p.m.', '1pm']], lang: 'en' },
  // conference, rådslag, nyckeltal, history
  { category: 'facts', q: 'vilka deltar på Södertörnskonferensen?', expectAny: [['partier'], ['tjänstemän']], lang: 'sv' },
  { category: 'facts', q: 'Who takes part in the rådslag besides the eight municipalities?', expect: ['Södertörns högskola', 'Karolinska', 'KTH'], expectAny: [['Handelskammaren', 'Chamber of Commerce'], ['Företagarna']], lang: 'en' },
  { category: 'facts', q: 'när och var var rådslaget 2011?', expect: ['24 mars', 'Salem'], lang: 'sv' },
  { category: 'facts', q: 'nyckeltalsuppföljningen, när på året görs den?', expectAny: [['höst']], expect: ['6 oktober'], lang: 'sv' },
  { category: 'facts', q: 'hur ska arbetet med de fem utvecklingsfrågorna bedrivas?', expectAny: [['handlingsplan']], lang: 'sv' },
  { category: 'facts', q: 'which eight municipalities are in the Södertörn cooperation?',
    expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö'], lang: 'en' },
];

// ---------------------------------------------------------------- change requests
const S = 'secretariat', M = 'member';
const commands = [
  // ---- move (secretariat)
  { category: 'move', as: S, q: 'flytta SK 14/4 till 28/4', kind: 'confirm', expect: ['28 april'], lang: 'sv' },
  { category: 'move', as: S, q: 'LG-mötet den 20 maj behöver flyttas till 27 maj', kind: 'confirm', expect: ['27 maj'], lang: 'sv' },
  { category: 'move', as: S, q: 'Please move the LG meeting on 9 September to 16 September', kind: 'confirm', expect: ['16 September'], lang: 'en' },
  { category: 'move', as: S, q: 'kan du flytta samarbetskommitténs möte i november till den 10:e', kind: 'confirm', expect: ['10 november'], lang: 'sv' },
  { category: 'move', as: S, q: 'nyckeltalsdagen flyttas till 13 okt', kind: 'confirm', expect: ['13 oktober'], lang: 'sv' },
  { category: 'move', as: S, q: 'Södertörnskonferensen 1/9 -> 8/9', kind: 'confirm', expect: ['8 september'], lang: 'sv' },

  // ---- host (secretariat)
  { category: 'host', as: S, q: 'ny värd för SK 22/9: Haninge', kind: 'confirm', expect: ['Haninge'], lang: 'sv' },
  { category: 'host', as: S, q: 'Botkyrka kan inte ta SK 3/11, Huddinge tar det istället', kind: 'confirm', expect: ['Huddinge'], lang: 'sv' },
  { category: 'host', as: S, q: 'change the host of the committee meeting on 9 June to Södertälje', kind: 'confirm', expect: ['Södertälje'], lang: 'en' },
  { category: 'host', as: S, q: 'sätt Nykvarn som värd för SK i december', kind: 'confirm', expect: ['Nykvarn'], lang: 'sv' },

  // ---- cancel (secretariat)
  { category: 'cancel', as: S, q: 'ställ in LG 14/10', kind: 'confirm', expect: ['14 oktober'], lang: 'sv' },
  { category: 'cancel', as: S, q: 'SK-mötet 9 juni utgår', kind: 'confirm', expect: ['9 juni'], lang: 'sv' },
  { category: 'cancel', as: S, q: 'cancel the LG meeting on 25 November', kind: 'confirm', expect: ['25 November'], lang: 'en' },

  // ---- add (secretariat)
  { category: 'add', as: S, q: 'lägg in ett extra LG-möte fredag 17 juni', kind: 'confirm', expect: ['17 juni'], lang: 'sv' },
  { category: 'add', as: S, q: 'vi behöver ett extra SK-möte torsdag 18 augusti, Huddinge är värd', kind: 'confirm', expect: ['18 augusti', 'Huddinge'], lang: 'sv' },
  { category: 'add', as: S, q: 'add an extra LG meeting on Friday 2 December', kind: 'confirm', expect: ['2 December'], lang: 'en' },

  // ---- budget lines (secretariat)
  { category: 'budgetline', as: S, q: 'höj utredningar med 10 %', kind: 'confirm', expect: ['253 000'], lang: 'sv' },
  { category: 'budgetline', as: S, q: 'sänk personal med 30 000', kind: 'confirm', expect: ['550 000'], lang: 'sv' },
  { category: 'budgetline', as: S, q: 'ersättningen till huddinge ska vara 60 000 i stället', kind: 'confirm', expect: ['60 000'], lang: 'sv' },
  { category: 'budgetline', as: S, q: 'increase the staff budget line by 5%', kind: 'confirm', expect: ['609 000'], lang: 'en' },
  { category: 'budgetline', as: S, q: 'dra ner posten utredningar/konsultstöd med 20 000 kr', kind: 'confirm', expect: ['210 000'], lang: 'sv' },

  // ---- rådslag host of a year (secretariat)
  { category: 'rotationhost', as: S, q: 'rådslaget 2013 ska vara i Huddinge', kind: 'confirm', expect: ['Huddinge', '2013'], lang: 'sv' },
  { category: 'rotationhost', as: S, q: 'byt värd för rådslaget 2016 till Salem', kind: 'confirm', expect: ['Salem', '2016'], lang: 'sv' },
  { category: 'rotationhost', as: S, q: 'Change the rådslag host for 2015 to Tyresö', kind: 'confirm', expect: ['Tyresö', '2015'], lang: 'en' },

  // ---- history (secretariat)
  { category: 'history', as: S, q: 'visa ändringar', kind: 'history', lang: 'sv' },
  { category: 'history', as: S, q: 'what has changed in the plan so far?', kind: 'history', lang: 'en' },

  // ---- missing information (secretariat)
  { category: 'missing', as: S, q: 'flytta mötet till 30/9', kind: 'clarify', lang: 'sv' },
  { category: 'missing', as: S, q: 'höj budgeten med 10 %', kind: 'clarify', lang: 'sv' },
  { category: 'missing', as: S, q: 'ställ in SK i höst', kind: 'clarify', lang: 'sv' },
  { category: 'missing', as: S, q: 'lägg till ett LG-möte', kind: 'clarify', lang: 'sv' },
  { category: 'missing', as: S, q: 'sänk utredningsposten', kind: 'clarify', lang: 'sv' },
  { category: 'missing', as: S, q: 'move the committee meeting please', kind: 'clarify', lang: 'en' },

  // ---- confirm / cancel conversations (secretariat)
  { category: 'confirm', as: S, conversation: [
    { q: 'flytta LG 20/5 till 27/5', as: S, kind: 'confirm', expect: ['27 maj'], lang: 'sv' },
    { q: 'ja', as: S, kind: 'confirmed', lang: 'sv' } ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'ställ in SK 22/9', as: S, kind: 'confirm', expect: ['22 september'], lang: 'sv' },
    { q: 'avbryt', as: S, kind: 'cancelled', lang: 'sv' } ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'personalposten ska upp till 600 000', as: S, kind: 'confirm', expect: ['600 000'], lang: 'sv' },
    { q: 'ok kör', as: S, kind: 'confirmed', lang: 'sv' } ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'move the SK meeting on 3 November to 10 November', as: S, kind: 'confirm', expect: ['10 November'], lang: 'en' },
    { q: 'yes, confirm', as: S, kind: 'confirmed', lang: 'en' } ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'nyckeltalsdagen ska hållas i Huddinge istället', as: S, kind: 'confirm', expect: ['Huddinge'], lang: 'sv' },
    { q: 'nej', as: S, kind: 'cancelled', lang: 'sv' } ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'flytta SK 8/12 till 15/12', as: S, kind: 'confirm', expect: ['15 december'], lang: 'sv' },
    { q: 'bekräfta', as: S, kind: 'confirmed', lang: 'sv' },
    { q: 'visa ändringar', as: S, kind: 'history', expect: ['15 december'], lang: 'sv' } ] },

  // undo after a confirmed change: the original date comes back (kind of the undo turn left open)
  { category: 'history', as: S, conversation: [
    { q: 'flytta LG 9/9 till 16/9', as: S, kind: 'confirm', expect: ['16 september'], lang: 'sv' },
    { q: 'ja', as: S, kind: 'confirmed', lang: 'sv' },
    { q: 'ångra det', as: S, expect: ['9 september'], lang: 'sv' } ] },

  // ---- members (refused)
  { category: 'refused', as: M, q: 'flytta SK 14/4 till 21/4, vi i Nykvarn hinner inte', kind: 'refused', expectAny: SEK, lang: 'sv' },
  { category: 'refused', as: M, q: 'can you cancel the LG meeting on 9 September?', kind: 'refused', expectAny: SEK, lang: 'en' },
  { category: 'refused', as: M, q: 'höj utredningar till 300 000', kind: 'refused', expectAny: SEK, lang: 'sv' },
  { category: 'refused', as: M, q: 'ändra värd för rådslaget 2014 till Haninge', kind: 'refused', expectAny: SEK, lang: 'sv' },
  { category: 'refused', as: M, q: 'lägg till ett SK-möte 25/8', kind: 'refused', expectAny: SEK, lang: 'sv' },
  { category: 'refused', as: M, q: 'Salem can\'t host SK on 9 June, please make Södertälje the host', kind: 'refused', expectAny: SEK, lang: 'en' },
  { category: 'refused', as: M, q: 'ställ in nyckeltalsdagen', kind: 'refused', expectAny: SEK, lang: 'sv' },

  // ---- questions from the secretariat that look a bit like commands
  { category: 'period', as: S, q: 'när är LG i maj?', expect: ['20 maj'], lang: 'sv' },
  { category: 'facts', as: S, q: 'vem är värd för SK 22/9 just nu?', expect: ['Nynäshamn'], lang: 'sv' },
  { category: 'budget', as: S, q: 'hur mycket ligger på utredningar i budgeten?', expect: ['230 000'], lang: 'sv' },
  { category: 'rotation', as: S, q: 'vem har rådslaget 2016 enligt planen?', expect: ['Haninge'], lang: 'sv' },
  { category: 'yesno', as: S, q: 'is the nyckeltal day still on 6 October?', startsWith: 'Yes', expect: ['6 October'], lang: 'en' },
];

const DESC_Q = 'Round 8 writer h — questions about Verksamhetsplan 2011 (secretariat administrator persona, ~75 % Swedish).';
const DESC_C = 'Round 8 writer h — change requests and secretariat/member messages about Verksamhetsplan 2011.';
const NOW = '2011-04-07T10:00:00+02:00';
fs.writeFileSync(path.join(__dirname, 'pool-questions.json'), JSON.stringify({ description: DESC_Q, defaultNow: NOW, items: questions }, null, 2));
fs.writeFileSync(path.join(__dirname, 'pool-commands.json'), JSON.stringify({ description: DESC_C, defaultNow: NOW, items: commands }, null, 2));
console.log('questions', questions.length, 'commands', commands.length);

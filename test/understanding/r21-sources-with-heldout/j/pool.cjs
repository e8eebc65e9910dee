// Round 21, writer j — consultant persona (English ~60 %, clumsy learner Swedish) + Huddinge phone-typing secretariat.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const CANNOT = ['notInPlan', 'cannot'];

function Q(category, q, lang, o = {}) { return Object.assign({ category, q, lang }, o); }
function C(category, turns, o = {}) { return Object.assign({ category, conversation: turns }, o); }
function T(q, lang, o = {}) { return Object.assign({ q, lang }, o); }

const questions = [
  // ---------------- rotation (rådslag hosts) ----------------
  Q('rotation', 'Which year is Tyresö the rådslag host?', 'en', { expect: ['2014'] }),
  Q('rotation', 'vem ar vard for radslaget 2016', 'sv', { expect: ['Haninge'] }),
  Q('rotation', "Which year is it Huddinge's turn to host the Södertörn rådslag?", 'en', { expect: ['2018'] }),
  Q('rotation', 'vilket ar Nykvarn ar vard for radslaget?', 'sv', { expect: ['2017'] }),
  Q('rotation', 'radslag 2012 var', 'sv', { expect: ['Nynäshamn'] }),
  Q('rotation', 'Could you list the rådslag host municipalities from 2011 to 2018 in order?', 'en',
    { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] }),
  Q('rotation', 'vem har radslaget aret efter tyreso', 'sv', { expect: ['Södertälje'] }),
  Q('rotation', 'who was host for the rådslag this year?', 'en', { expect: ['Salem'] }),
  Q('rotation', 'vilken kommun ar vard for radslag 2015 och vilken 2017?', 'sv', { expect: ['Södertälje', 'Nykvarn'] }),
  Q('rotation', "How many years are there between Salem's turn and Huddinge's turn as rådslag host?", 'en',
    { expectAny: [['7 years', 'seven']] }),
  Q('rotation', 'In the year Södertälje hosts the January SK meeting, which municipality hosts the rådslag?', 'en',
    { expect: ['Nynäshamn'] }),
  Q('rotation', 'rådslag host 2019?', 'en', { kind: CANNOT }),
  Q('rotation', 'nar ar haninge vard for radslaget', 'sv', { expect: ['2016'] }),
  Q('rotation', 'Botkyrka rådslag year', 'en', { expect: ['2013'] }),

  // ---------------- budget ----------------
  Q('budget', "What's the total budget for 2011?", 'en', { expect: ['860 000'] }),
  Q('budget', 'How much goes to personnel?', 'en', { expect: ['580 000'] }),
  Q('budget', 'hur mycket ar konsultstod i budget', 'sv', { expect: ['230 000'] }),
  Q('budget', 'If the fees were split equally between the eight municipalities, what would each one pay?', 'en',
    { expect: ['107 500'] }),
  Q('budget', 'What share of the costs is staff?', 'en', { expectAny: [['67', '68']] }),
  Q('budget', 'hur mycket ar hela budgeten per manad', 'sv', { expectAny: [['71 666', '71 667']] }),
  Q('budget', 'budget per kvartal hur mycket', 'sv', { expect: ['215 000'] }),
  Q('budget', 'What is the difference between the personnel line and the studies/consultancy line?', 'en',
    { expect: ['350 000'] }),
  Q('budget', 'which cost line is the smallest?', 'en', { expect: ['50 000', 'Huddinge'] }),
  Q('budget', 'vad ar storsta kostnaden', 'sv', { expect: ['580 000'] }),
  Q('budget', 'How much of the budget is left once personnel costs are paid?', 'en', { expect: ['280 000'] }),
  Q('budget', "Huddinge's compensation for office service — how much is that per month?", 'en',
    { expectAny: [['4 166', '4 167']] }),
  Q('budget', 'hur mycket per invanare ar avgifterna ungefar', 'sv',
    { expectAny: [['2 kr', '2,00', 'två kronor', '2 kronor']] }),
  Q('budget', 'How much would the studies and consultancy line cost each municipality, split eight ways?', 'en',
    { expect: ['28 750'] }),
  Q('budget', 'What percentage of the budget is for utredningar?', 'en', { expectAny: [['26', '27']] }),
  Q('budget', 'personal och huddinge ersattning tillsammans?', 'sv', { expect: ['630 000'] }),
  Q('budget', 'staff budget per quarter', 'en', { expect: ['145 000'] }),
  Q('budget', 'hur manga kostnadsposter finns det', 'sv', { expectAny: [['3', 'tre']] }),
  Q('budget', 'hur mycket mer gar till konsulter an till huddinge for kontor?', 'sv', { expect: ['180 000'] }),
  Q('budget', 'where does the money come from?', 'en', { expect: ['860 000'], expectAny: [['fee', 'avgift', 'contribution']] }),

  // ---------------- yes/no ----------------
  Q('yesno', 'ar salem vard for radslaget 2011?', 'sv', { startsWith: 'Ja', expect: ['Salem'] }),
  Q('yesno', 'Does the LG meet on Fridays?', 'en', { startsWith: 'Yes' }),
  Q('yesno', 'finns SK mote i augusti?', 'sv', { startsWith: 'Nej' }),
  Q('yesno', 'ingar salem i overformyndarnamnden', 'sv', { startsWith: 'Nej' }),
  Q('yesno', 'Is Tyresö part of the environment and health protection association?', 'en', { startsWith: 'Yes' }),
  Q('yesno', 'Is the 2011 budget balanced?', 'en', { startsWith: 'Yes', expect: ['860 000'] }),
  Q('yesno', 'Has the rådslag already taken place this year?', 'en', { startsWith: 'Yes', expect: ['24 March'] }),
  Q('yesno', 'ar nyckeltalsdagen pa varen?', 'sv', { startsWith: 'Nej', expect: ['6 oktober'] }),
  Q('yesno', 'Does every one of the eight municipalities get to host the rådslag once between 2011 and 2018?', 'en',
    { startsWith: 'Yes' }),
  Q('yesno', 'ar huddinge vard sk i december?', 'sv', { startsWith: 'Nej', expect: ['Tyresö'] }),
  Q('yesno', 'traffas sk pa fredagar', 'sv', { startsWith: 'Nej', expect: ['torsdag'] }),
  Q('yesno', 'Has the Södertörn conference happened yet?', 'en',
    { startsWith: 'Yes', expect: ['1 September'], now: '2011-09-05T09:00:00+02:00' }),
  Q('yesno', 'Can more municipalities join the överförmyndarnämnd according to the plan?', 'en', { startsWith: 'Yes' }),
  Q('yesno', 'ar sodertalje med i miljoforbundet', 'sv', { startsWith: 'Nej' }),
  Q('yesno', 'is there any LG meeting in december?', 'en', { startsWith: 'No', expect: ['25 November'] }),

  // ---------------- premise ----------------
  Q('premise', "Why is Haninge hosting this year's rådslag?", 'en', { expect: ['Salem'] }),
  Q('premise', 'LG 20/5 ar pa torsdag, eller hur?', 'sv', { expect: ['fredag'] }),
  Q('premise', 'Since Huddinge hosts the nyckeltal day in October, what date is it?', 'en',
    { expect: ['Botkyrka', '6 October'] }),
  Q('premise', 'The SK meets on Fridays from 8:30, right?', 'en', { expect: ['Thursday'], expectAny: [['12.00', '12:00', '12 noon', '12 pm']] }),
  Q('premise', 'overformyndarnamnden startade 2008, stammer?', 'sv', { expect: ['2011'] }),
  Q('premise', 'Given the one million kronor budget, how big is the personnel share?', 'en', { expect: ['860 000'] }),
  Q('premise', 'varfor ar huddinge vardkommun for overformyndarnamnden', 'sv', { expect: ['Haninge'] }),
  Q('premise', 'With ten Södertörn municipalities, how many chairs sit on the SK?', 'en', { expectAny: [['8', 'eight']] }),
  Q('premise', "The Södertörn conference is in Salem in March, isn't it?", 'en', { expect: ['1 September'] }),
  Q('premise', 'nar i december traffas LG', 'sv', { expect: ['25 november'] }),
  Q('premise', 'Why are there no SK meetings in the autumn this year?', 'en',
    { expect: ['22 September', '3 November', '8 December'] }),

  // ---------------- offplan / cannot ----------------
  Q('offplan', 'Can you book a meeting room in Nykvarn for 14 April?', 'en', { kind: CANNOT }),
  Q('offplan', 'skicka kallelse till LG for 20/5', 'sv', { kind: CANNOT }),
  Q('offplan', 'What is the name of the SK chairperson?', 'en', { kind: CANNOT }),
  Q('offplan', "What's on the agenda for the SK meeting on 9 June?", 'en', { kind: CANNOT }),
  Q('offplan', 'What is the street address of the venue for the nyckeltal day?', 'en', { kind: CANNOT }),
  Q('offplan', 'vad ar budgeten for 2012', 'sv', { kind: CANNOT }),
  Q('offplan', 'How many people attended the rådslag in March?', 'en', { kind: CANNOT }),
  Q('offplan', 'Who hosts the LG meeting on 20 May?', 'en', { kind: CANNOT }),
  Q('offplan', 'What is the exact date of the SK meeting in January 2012?', 'en', { kind: CANNOT }),
  Q('offplan', 'kan du ringa sekretariatet at mig', 'sv', { kind: CANNOT }),
  Q('offplan', 'will it rain on the day of the Södertörn conference?', 'en', { kind: CANNOT }),
  Q('offplan', 'vad var budget 2010', 'sv', { kind: CANNOT }),
  Q('offplan', 'Where is the LG planning conference held, which venue?', 'en', { kind: CANNOT }),
  Q('offplan', 'vem ar sekreterare pa huddinge, namn?', 'sv', { kind: CANNOT }),

  // ---------------- topic (right one of two similar) ----------------
  Q('topic', "When is the SK's planning conference?", 'en', { expect: ['27', '28', 'January'], expectNot: ['1 April'] }),
  Q('topic', 'nar ar ledningsgruppens planeringskonferens', 'sv', { expect: ['31 mars', '1 april'], expectNot: ['28 januari'] }),
  Q('topic', 'What is the 50 000 line in the budget for?', 'en',
    { expect: ['Huddinge'], expectAny: [['office', 'kontorsservice', 'arbetsrum']] }),
  Q('topic', 'vad ar 230 000 for', 'sv', { expectAny: [['utredning', 'konsult']] }),
  Q('topic', 'What is the LG for — what is its purpose?', 'en',
    { expectAny: [['prepare', 'förbereda', 'preparing'], ['coordinat', 'samordna']] }),
  Q('topic', 'vad ar syftet med radslaget', 'sv', { expectAny: [['fokus', 'frågeställningar']] }),
  Q('topic', 'Which one is held in Huddinge/Tyresö — the rådslag or the Södertörn conference? And when?', 'en',
    { expect: ['1 September'] }),
  Q('topic', 'Who takes part in the Södertörn conference?', 'en', { expectAny: [['parties', 'partier', 'political']] }),
  Q('topic', 'Who takes part in the rådslag?', 'en', { expect: ['KTH'], expectAny: [['Karolinska'], ['Handelskammaren', 'Chamber of Commerce']] }),
  Q('topic', 'vem tar hand om explosiva varor', 'sv', { expect: ['brandförsvarsförbund'] }),
  Q('topic', 'Which joint body handles control of the sale of non-prescription medicines?', 'en',
    { expectAny: [['miljö- och hälsoskydd', 'environment']], expectNot: ['brandförsvar'] }),
  Q('topic', 'What is the purpose of the verksamhetsfrågor, as opposed to the regional development questions?', 'en',
    { expectAny: [['effektivisera', 'efficien']] }),
  Q('topic', 'What is the steering document for the regional development questions?', 'en',
    { expect: ['2010'], expectAny: [['UtvecklingsProgram', 'Development Programme', 'Development Program']] }),
  Q('topic', 'nar ar sodertornskonferensen', 'sv', { expect: ['1 september'], expectNot: ['24 mars', '6 oktober'] }),

  // ---------------- period ----------------
  Q('period', 'Which SK meetings are in the autumn?', 'en', { expect: ['22 September', '3 November', '8 December'] }),
  Q('period', 'LG efter sommaren?', 'sv', { expect: ['9 september', '14 oktober', '25 november'] }),
  Q('period', 'last SK meeting of 2011 — when and where?', 'en', { expect: ['8 December', 'Tyresö'] }),
  Q('period', "What's happening in October?", 'en', { expect: ['6 October', '14 October'] }),
  Q('period', 'vad hander i september', 'sv', { expect: ['1 september', '9 september', '22 september'] }),
  Q('period', 'Which meetings are still left before the summer break?', 'en', { expect: ['14 April', '20 May', '9 June'] }),
  Q('period', 'Are there any months in 2011 with no meeting or event at all? Which ones?', 'en',
    { expect: ['February', 'July', 'August'] }),
  Q('period', 'vilka manader i hosten traffas bade SK och LG?', 'sv', { expect: ['september', 'november'] }),
  Q('period', 'forsta LG efter sommaren', 'sv', { expect: ['9 september'] }),
  Q('period', 'How many SK meetings are left in 2011?', 'en', { expectAny: [['5', 'five']] }),
  Q('period', 'hur manga LG moten kvar i ar', 'sv', { expectAny: [['4', 'fyra']] }),
  Q('period', 'vad hander i maj', 'sv', { expect: ['20 maj'] }),
  Q('period', 'Who hosts the first SK meeting of 2012?', 'en', { expect: ['Södertälje'] }),
  Q('period', "What are the next SK and LG meetings?", 'en',
    { expect: ['3 November', '14 October'], now: '2011-10-01T09:00:00+02:00' }),
  Q('period', 'nar ar nasta sk mote', 'sv', { expect: ['Södertälje'], expectAny: [['januari 2012', 'jan 2012']], now: '2011-12-09T09:00:00+01:00' }),

  // ---------------- followup (conversations) ----------------
  C('followup', [
    T('nar ar nasta SK mote', 'sv', { expect: ['14 april'] }),
    T('vem ar vard', 'sv', { expect: ['Nykvarn'] }),
    T('och motet efter det?', 'sv', { expect: ['9 juni', 'Salem'] }),
  ]),
  C('followup', [
    T('who hosts the rådslag in 2014?', 'en', { expect: ['Tyresö'] }),
    T('and the year after?', 'en', { expect: ['Södertälje'] }),
    T("when is Haninge's turn?", 'en', { expect: ['2016'] }),
  ]),
  C('followup', [
    T('staff budget?', 'en', { expect: ['580 000'] }),
    T('per month?', 'en', { expectAny: [['48 333', '48 334']] }),
    T('and as a share of the total?', 'en', { expectAny: [['67', '68']] }),
  ]),
  C('followup', [
    T('when does the LG meet in October?', 'en', { expect: ['14 October'] }),
    T('what time?', 'en', { expectAny: [['08.30', '8.30', '08:30', '8:30']] }),
  ]),
  C('followup', [
    T('vilka kommuner ar med i ofn', 'sv', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
    T('vem ar vardkommun', 'sv', { expect: ['Haninge'] }),
    T('sedan nar', 'sv', { expect: ['2011'], expectAny: [['1 januari']] }),
  ]),
  C('followup', [
    T('When is the nyckeltal day?', 'en', { expect: ['6 October'] }),
    T('where?', 'en', { expect: ['Botkyrka'] }),
    T('how many days from today is that?', 'en', { expect: ['182'] }),
  ]),
  C('followup', [
    T('SK 22/9 vard?', 'sv', { expect: ['Nynäshamn'] }),
    T('och 3/11?', 'sv', { expect: ['Botkyrka'] }),
  ], { locale: 'sv-SE' }),
  C('followup', [
    T("what's the vision for the cooperation?", 'en', { expect: ['2025'] }),
    T('how many inhabitants does Södertörn have today?', 'en', { expect: ['430 000'] }),
    T('and in the vision?', 'en', { expectAny: [['half a million', '500 000']] }),
  ]),
  C('followup', [
    T('which municipalities formed the environment and health protection association?', 'en',
      { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
    T('when did it start?', 'en', { expect: ['2008'] }),
  ]),
  C('followup', [
    T('how many days are there between the SK meetings on 14 April and 9 June?', 'en', { expectAny: [['56', '8 weeks', 'eight weeks']] }),
    T('and between the last two SK meetings of the year?', 'en', { expectAny: [['35', '5 weeks', 'five weeks']] }),
  ]),
  C('followup', [
    T('nar var radslaget', 'sv', { expect: ['24 mars'] }),
    T('vem ar vard nasta ar', 'sv', { expect: ['Nynäshamn'] }),
  ]),

  // ---------------- typo ----------------
  Q('typo', 'ledingsgruppen nasta mote', 'sv', { expect: ['20 maj'] }),
  Q('typo', 'samarbetskomiten i juni var', 'sv', { expect: ['Salem'] }),
  Q('typo', 'when is the nyckeltalsdagn', 'en', { expect: ['6 October'] }),
  Q('typo', 'radslgaet 2017', 'sv', { expect: ['Nykvarn'] }),
  Q('typo', 'sodertornskonferensn date?', 'en', { expect: ['1 September'] }),
  Q('typo', 'overformyndarnamdn vardkommun', 'sv', { expect: ['Haninge'] }),
  Q('typo', 'budgte for utredningar?', 'en', { expect: ['230 000'] }),
  Q('typo', 'what does the ledningsgrup consist of', 'en',
    { expectAny: [['kommundirektör', 'municipal director', 'chief executive', 'city manager', 'directors']] }),
  Q('typo', 'SK-motet i novmber', 'sv', { expect: ['3 november', 'Botkyrka'] }),
  Q('typo', 'LG-datum in the autum?', 'en', { expect: ['9 September', '14 October', '25 November'] }),
  Q('typo', 'hur ofta trafas samarbetskomitten', 'sv', { expectAny: [['sex', '6']] }),

  // ---------------- language ----------------
  Q('language', 'ÖFN värdkommun?', 'en', { locale: 'en-GB', expect: ['Haninge'] }),
  Q('language', 'SK 8/12?', 'en', { locale: 'en-US', expect: ['Tyresö'] }),
  Q('language', 'rådslaget 2016', 'sv', { locale: 'sv-SE', expect: ['Haninge'] }),
  Q('language', 'LG 9/9?', 'en', { locale: 'en-GB', expect: ['9 September'] }),
  Q('language', "What does 'rådslag' mean in this plan?", 'en', { expectAny: [['annual', 'yearly', 'every year']] }),
  Q('language', 'svara pa svenska: nar ar sodertornskonferensen', 'sv', { expect: ['1 september'] }),
  Q('language', 'kostnader?', 'en', { locale: 'en-US', expect: ['580 000', '50 000', '230 000'] }),
  Q('language', 'nyckeltal Botkyrka?', 'sv', { locale: 'sv-SE', expect: ['6 oktober'] }),
  Q('language', 'SK 14/4 värd?', 'en', { locale: 'en-AU', expect: ['Nykvarn'] }),

  // ---------------- facts ----------------
  Q('facts', 'How many inhabitants does Södertörn have?', 'en', { expect: ['430 000'] }),
  Q('facts', "What's Vision 2025 about?", 'en', { expectAny: [['half a million', '500 000']] }),
  Q('facts', 'vilka ar malomraden i utvecklingsprogrammet', 'sv',
    { expect: ['Näringsliv', 'Högskola', 'Mångfald', 'Klimat', 'Infrastruktur'] }),
  Q('facts', 'How many concrete development issues belong to the goal areas?', 'en', { expectAny: [['5', 'five']] }),
  Q('facts', 'What are the main regional development questions in the UtvecklingsProgram 2010?', 'en',
    { expectAny: [['utbildningsnivå', 'education'], ['klimat', 'climate'], ['infrastruktur', 'infrastructure']] }),
  Q('facts', 'Which companies are mentioned as examples of Södertörn’s attraction?', 'en',
    { expect: ['Scania', 'Astra Zeneca'], expectAny: [['Karolinska']] }),
  Q('facts', 'vilka infrastruktur projekt namns', 'sv', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] }),
  Q('facts', 'What principles should characterise the cooperation?', 'en',
    { expectAny: [['nytta', 'benefit', 'common good'], ['democra', 'demokrati'], ['give and', 'ge och få', 'giving and']] }),
  Q('facts', 'In which regional organisations does Södertörn coordinate its efforts?', 'en',
    { expect: ['KSL', 'Business Alliance', 'Mälardalsrådet'] }),
  Q('facts', 'Who sits on the samarbetskommittén?', 'en', { expectAny: [['kommunstyrelseordförande', 'chair']] }),
  Q('facts', 'hur ofta traffas LG enligt planen', 'sv', { expectAny: [['sex', '6']] }),
  Q('facts', 'Which body meets more often, the SK or the LG?', 'en', { expectAny: [['six', '6']] }),
  Q('facts', 'vem har sekretariatet', 'sv', { expect: ['Huddinge'] }),
  Q('facts', 'What time do the SK meetings run?', 'en', { expectAny: [['12.00', '12:00', '12 noon'], ['15.00', '15:00', '3 pm', '3pm']] }),
  Q('facts', 'LG meeting hours?', 'en', { expectAny: [['08.30', '8.30', '08:30', '8:30'], ['13.00', '13:00', '1 pm', '1pm']] }),
  Q('facts', 'Which municipalities are not part of the överförmyndarnämnd?', 'en', { expect: ['Nykvarn', 'Salem', 'Södertälje'] }),
  Q('facts', 'Which municipalities are in both the ÖFN and the environment association?', 'en',
    { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
  Q('facts', 'nar faststalldes utvecklingsprogrammet', 'sv', { expect: ['2010'], expectAny: [['hösten', 'höst']] }),
  Q('facts', 'In 2011, should more time go to regional development or to operational questions?', 'en', { expect: ['regional'] }),
  Q('facts', 'In what areas has the cooperation traditionally worked?', 'en',
    { expectAny: [['gymnas', 'upper secondary', 'high school'], ['räddningstjänst', 'rescue', 'fire']] }),
  Q('facts', 'What does Botkyrka host in 2011?', 'en', { expect: ['3 November', '6 October'] }),
  Q('facts', 'What events is Salem hosting this year?', 'en', { expect: ['24 March', '9 June'] }),
  Q('facts', 'vilket SK mote ar nynashamn vard', 'sv', { expect: ['22 september'] }),
  Q('facts', 'vem ar vard for sk i april 2012', 'sv', { expect: ['Huddinge'] }),
  Q('facts', 'vad ar syftet med samverkan', 'sv', { expect: ['regional'] }),
  Q('facts', 'How long is the LG planning conference?', 'en', { expect: ['lunch'] }),
  Q('facts', 'vilken veckodag ar sodertornskonferensen', 'sv', { expect: ['torsdag'] }),
  Q('facts', 'hur manga dagar mellan sodertornskonferensen och SK i september', 'sv',
    { expectAny: [['21', 'tre veckor', '3 veckor']] }),
  Q('facts', 'hur manga timmar ar ett SK mote', 'sv', { expectAny: [['3 timmar', 'tre timmar', '3 h']] }),
  Q('facts', 'Who attends the SK meetings besides the chairs?', 'en',
    { expectAny: [['kommundirektör', 'municipal director', 'chief executive', 'directors', 'city manager']] }),
  Q('facts', 'How often is the Södertörn conference held?', 'en', { expectAny: [['annual', 'once a year', 'every year', 'yearly']] }),
  Q('facts', 'vad ska kommunerna gora nar de far nya uppgifter fran riksdagen', 'sv',
    { expectAny: [['enskilt', 'samverkan', 'befintliga']] }),
];

const S = 'secretariat', M = 'member';
const commands = [
  // move
  Q('move', 'flytta lg 20/5 till 27/5', 'sv', { as: S, kind: 'confirm', expect: ['27 maj'] }),
  Q('move', 'sk 22/9 ska va 29/9 ist', 'sv', { as: S, kind: 'confirm', expect: ['29 september'] }),
  Q('move', 'nyckeltalsdagn flyttas t 13/10', 'sv', { as: S, kind: 'confirm', expect: ['13 oktober'] }),
  Q('move', 'move the LG meeting on 9 Sep to 16 Sep', 'en', { as: S, kind: 'confirm', expect: ['16 September'] }),
  Q('move', 'sk motet 14/4 -> 28/4 tack', 'sv', { as: S, kind: 'confirm', expect: ['28 april'] }),
  Q('move', 'sodertornskonf flytta till 8/9', 'sv', { as: S, kind: 'confirm', expect: ['8 september'] }),
  // host
  Q('host', 'ny värd sk 3/11: huddinge', 'sv', { as: S, kind: 'confirm', expect: ['Huddinge'] }),
  Q('host', 'sk 8/12 värd salem istf tyresö', 'sv', { as: S, kind: 'confirm', expect: ['Salem'] }),
  Q('host', 'change host for sk 9 june to nykvarn', 'en', { as: S, kind: 'confirm', expect: ['Nykvarn'] }),
  // cancel
  Q('cancel', 'stryk lg 14/10', 'sv', { as: S, kind: 'confirm', expect: ['14 oktober'] }),
  Q('cancel', 'ställ in sk i juni', 'sv', { as: S, kind: 'confirm', expect: ['9 juni'] }),
  Q('cancel', 'cancel sk 3 nov pls', 'en', { as: S, kind: 'confirm', expect: ['3 November'] }),
  // add
  Q('add', 'lägg till extra lg 17/6', 'sv', { as: S, kind: 'confirm', expect: ['17 juni'] }),
  Q('add', 'lägg in sk möte 18/8 i tyresö', 'sv', { as: S, kind: 'confirm', expect: ['18 augusti'] }),
  Q('add', 'add an extra LG meeting on 2 Dec', 'en', { as: S, kind: 'confirm', expect: ['2 December'] }),
  // budget lines
  Q('budgetline', 'utredningar ska va 250 000', 'sv', { as: S, kind: 'confirm', expect: ['250 000'] }),
  Q('budgetline', 'ändra personal t 600000 kr', 'sv', { as: S, kind: 'confirm', expect: ['600 000'] }),
  Q('budgetline', 'ersättn huddinge höj till 60 000', 'sv', { as: S, kind: 'confirm', expect: ['60 000'] }),
  Q('budgetline', 'set the consultancy line to 210 000', 'en', { as: S, kind: 'confirm', expect: ['210 000'] }),
  // rotation host
  Q('rotationhost', 'rådslaget 2014 i haninge istf tyresö', 'sv', { as: S, kind: 'confirm', expect: ['Haninge'] }),
  Q('rotationhost', 'radslag 2017 ska va huddinge', 'sv', { as: S, kind: 'confirm', expect: ['Huddinge'] }),
  // history
  Q('history', 'visa ändringar', 'sv', { as: S, kind: 'history' }),
  Q('history', 'what has changed so far?', 'en', { as: S, kind: 'history' }),
  // missing → clarify
  Q('missing', 'flytta lg-mötet', 'sv', { as: S, kind: 'clarify' }),
  Q('missing', 'ändra budgeten', 'sv', { as: S, kind: 'clarify' }),
  Q('missing', 'ny värd för sk 22/9', 'sv', { as: S, kind: 'clarify' }),
  Q('missing', 'ställ in mötet', 'sv', { as: S, kind: 'clarify' }),
  Q('missing', 'move the sk meeting to 5 may', 'en', { as: S, kind: 'clarify' }),
  Q('missing', 'personalposten ska ändras', 'sv', { as: S, kind: 'clarify' }),
  // confirm conversations
  C('confirm', [
    T('flytta lg 25/11 till 2/12', 'sv', { as: S, kind: 'confirm', expect: ['2 december'] }),
    T('ja', 'sv', { as: S, kind: 'confirmed' }),
  ]),
  C('confirm', [
    T('sk 9/6 -> 16/6', 'sv', { as: S, kind: 'confirm', expect: ['16 juni'] }),
    T('avbryt', 'sv', { as: S, kind: 'cancelled' }),
  ]),
  C('confirm', [
    T('personal 560 000 ist', 'sv', { as: S, kind: 'confirm', expect: ['560 000'] }),
    T('ok kör', 'sv', { as: S, kind: 'confirmed' }),
    T('visa ändr', 'sv', { as: S, kind: 'history' }),
  ]),
  C('confirm', [
    T('move nyckeltal day to 20 oct', 'en', { as: S, kind: 'confirm', expect: ['20 October'] }),
    T('no', 'en', { as: S, kind: 'cancelled' }),
  ]),
  C('confirm', [
    T('radslag 2015 värd nykvarn', 'sv', { as: S, kind: 'confirm', expect: ['Nykvarn'] }),
    T('bekräfta', 'sv', { as: S, kind: 'confirmed' }),
  ]),
  // refused (members)
  Q('refused', 'flytta sk 9/6 till 16/6', 'sv', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'change the rådslag 2015 host to Salem', 'en', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'höj utredningar till 300 000', 'sv', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'cancel LG on 25 Nov', 'en', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'lagg till sk mote 1/7', 'sv', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  // questions from the secretariat that look like commands
  Q('facts', 'när är lg i maj?', 'sv', { as: S, expect: ['20 maj'] }),
  Q('facts', 'vem är värd för sk 3/11', 'sv', { as: S, expect: ['Botkyrka'] }),
  Q('budget', 'hur mkt e budgeterat för personal', 'sv', { as: S, expect: ['580 000'] }),
  Q('rotation', 'vilket år har huddinge rådslaget', 'sv', { as: S, expect: ['2018'] }),
  Q('facts', 'kolla datum nyckeltalsdagen', 'sv', { as: S, expect: ['6 oktober'] }),
  Q('facts', 'när är nästa lg', 'sv', { as: M, expect: ['20 maj'] }),
];

const dir = __dirname;
fs.writeFileSync(path.join(dir, 'pool-questions.json'), JSON.stringify({
  description: 'Round 21 writer j: consultant evaluating the Södertörn cooperation (English ~60 %, clumsy Swedish without å/ä/ö); comparisons, counts, day differences, unanswerables.',
  defaultNow: NOW, items: questions }, null, 2));
fs.writeFileSync(path.join(dir, 'pool-commands.json'), JSON.stringify({
  description: 'Round 21 writer j: change requests by a Huddinge secretariat assistant typing on a phone (lower case, abbreviations, typos), plus member attempts and look-alike questions.',
  defaultNow: NOW, items: commands }, null, 2));
console.log('questions', questions.length, 'commands', commands.length);

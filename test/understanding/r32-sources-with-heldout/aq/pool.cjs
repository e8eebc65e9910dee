// Round 32, writer "aq": question and change-request pool written from verksamhetsplan-2011.txt only.
// Personas: (1) Salem's kommunstyrelseordförande dictating (no punctuation, numbers in words),
// (2) English-speaking management consultant (formal), (3) the secretariat in a hurry (shorthand).
const fs = require('fs');
const path = require('path');

const NOT = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'];
const T15 = ['15.00', '15:00'];
const T0830 = ['08.30', '8.30', '08:30', '8:30'];
const T13 = ['13.00', '13:00'];

const questions = [
  // ---------------- rotation ----------------
  { category: 'rotation', lang: 'sv', q: 'vem är värd för rådslaget tjugohundratretton', expect: ['Botkyrka'] },
  { category: 'rotation', lang: 'sv', q: 'rådslag 2014 värd?', expect: ['Tyresö'] },
  { category: 'rotation', lang: 'en', q: 'Which municipality is scheduled to host the Södertörn rådslag in 2016?', expect: ['Haninge'] },
  { category: 'rotation', lang: 'sv', q: 'vilket år har nykvarn rådslaget', expect: ['2017'] },
  { category: 'rotation', lang: 'sv', q: 'vem har rådslaget året efter botkyrka', expect: ['Tyresö'] },
  { category: 'rotation', lang: 'en', q: 'Who hosted this year\'s rådslag, and on what date was it held?', expect: ['Salem', '24 March'] },
  { category: 'rotation', lang: 'sv', q: 'hur långt sträcker sig värdrotationen för rådslaget och är alla åtta kommunerna med', expect: ['2018'], expectAny: [['åtta', '8', 'alla']] },
  { category: 'rotation', lang: 'en', q: 'Following the rotation order, which municipality hosts the rådslag the year after Tyresö?', expect: ['Södertälje'] },
  { category: 'rotation', lang: 'sv', q: 'vem är värd för rådslaget 2019', kind: NOT },
  { category: 'rotation', lang: 'sv', q: 'vem var värd för rådslaget i år och vem tar över nästa år', expect: ['Salem', 'Nynäshamn'] },
  { category: 'rotation', lang: 'en', q: 'Of the eight municipalities, what proportion host the rådslag during the 2011–2015 part of the rotation?', expectAny: [['5', 'five'], ['62', '63']] },

  // ---------------- budget ----------------
  { category: 'budget', lang: 'sv', q: 'hur stor är budgeten totalt för 2011', expect: ['860 000'] },
  { category: 'budget', lang: 'en', locale: 'en-GB', q: 'personal budget 2011?', expect: ['580 000'] },
  { category: 'budget', lang: 'sv', q: 'om avgifterna delas lika mellan de åtta kommunerna vad blir det per kommun då', expect: ['107 500'] },
  { category: 'budget', lang: 'en', q: 'What proportion of total costs is allocated to personnel?', expectAny: [['67', '68']] },
  { category: 'budget', lang: 'sv', q: 'utr/konsultstöd per kvartal?', expect: ['57 500'] },
  { category: 'budget', lang: 'en', q: 'How much of the budget remains once personnel costs are covered?', expect: ['280 000'] },
  { category: 'budget', lang: 'sv', q: 'skillnaden mellan personal och utredningar i budgeten', expect: ['350 000'] },
  { category: 'budget', lang: 'sv', q: 'vilken är den största kostnadsposten', expect: ['580 000'], expectAny: [['personal']] },
  { category: 'budget', lang: 'en', q: 'smallest cost item in the budget?', expect: ['50 000'], expectAny: [['Huddinge']] },
  { category: 'budget', lang: 'sv', q: 'intäkter vs kostn 2011 – går det jämnt ut?', expect: ['860 000'] },
  { category: 'budget', lang: 'sv', q: 'hur stor andel av kostnaderna är utredningar och konsultstöd', expectAny: [['26', '27']] },
  { category: 'budget', lang: 'sv', q: 'budget per månad totalt', expectAny: [['71 666', '71 667']] },
  { category: 'budget', lang: 'sv', q: 'utr 230\' /mån?', expectAny: [['19 166', '19 167']] },
  { category: 'budget', lang: 'en', q: 'What is the ratio of personnel costs to studies and consultancy support?', expectAny: [['2,5', '2.5']] },
  { category: 'budget', lang: 'sv', q: 'om personalkostnaden landar på sexhundratusen hur stort blir underskottet med samma intäkter', expect: ['20 000'] },

  // ---------------- yesno ----------------
  { category: 'yesno', lang: 'sv', q: 'är SK 9/6 i Salem?', startsWith: 'Ja', expect: ['Salem'] },
  { category: 'yesno', lang: 'en', q: 'Is the LG meeting on 20 May a Friday?', startsWith: 'Yes' },
  { category: 'yesno', lang: 'sv', q: 'är nyckeltalsdagen i botkyrka', startsWith: 'Ja' },
  { category: 'yesno', lang: 'en', q: 'Does Salem take part in the joint guardianship board (överförmyndarnämnden)?', startsWith: 'No' },
  { category: 'yesno', lang: 'sv', q: 'ingår södertälje i miljö- och hälsoskyddsförbundet', startsWith: 'Nej' },
  { category: 'yesno', lang: 'en', q: 'Is Haninge the host municipality for the Södertörn överförmyndarnämnd?', startsWith: 'Yes', expect: ['Haninge'] },
  { category: 'yesno', lang: 'sv', q: 'börjar sk mötena klockan tolv', startsWith: 'Ja' },
  { category: 'yesno', lang: 'sv', q: 'är huddinge värd för rådslaget 2013', startsWith: 'Nej', expect: ['Botkyrka'] },
  { category: 'yesno', lang: 'en', q: 'Do the LG meetings start at 9 am?', startsWith: 'No', expectAny: [T0830] },
  { category: 'yesno', lang: 'sv', q: 'är det sk nästa torsdag', startsWith: 'Ja', expect: ['14 april', 'Nykvarn'] },
  { category: 'yesno', lang: 'en', q: 'Does the personnel line exceed two thirds of total costs?', startsWith: 'Yes' },
  { category: 'yesno', lang: 'sv', q: 'är personalbudgeten femhundra åttiotusen', startsWith: 'Ja', expect: ['580 000'] },
  { category: 'yesno', lang: 'sv', q: 'har rådslaget för i år redan genomförts', startsWith: 'Ja', expect: ['24 mars'] },
  { category: 'yesno', lang: 'en', q: 'Is Huddinge hosting any of the committee meetings in 2011?', startsWith: 'No' },

  // ---------------- premise ----------------
  { category: 'premise', lang: 'sv', q: 'varför är Botkyrka värd för SK 9/6', expect: ['Salem'] },
  { category: 'premise', lang: 'en', q: 'Why is the 2012 rådslag being held in Salem?', expect: ['Nynäshamn'] },
  { category: 'premise', lang: 'sv', q: 'eftersom nyckeltalsdagen är i huddinge hur lång är den', expect: ['Botkyrka'] },
  { category: 'premise', lang: 'sv', q: 'varför ligger LG-mötena på torsdagar', expectAny: [['fredag']] },
  { category: 'premise', lang: 'en', q: 'The 2011 budget totals 960 000 kronor, correct? How is that split?', expect: ['860 000'] },
  { category: 'premise', lang: 'sv', q: 'varför ligger överförmyndarnämnden hos huddinge som värdkommun', expect: ['Haninge'] },
  { category: 'premise', lang: 'sv', q: 'miljöförbundet startade 2010 med fyra kommuner vilka var det', expect: ['2008', 'Haninge', 'Nynäshamn', 'Tyresö'] },
  { category: 'premise', lang: 'en', q: 'Given that the Södertörn conference is on 1 October, which municipalities are hosting it?', expect: ['1 September', 'Huddinge', 'Tyresö'] },
  { category: 'premise', lang: 'sv', q: 'när vi i salem har sk i augusti vad är det för tid', expect: ['9 juni'], expectAny: [T12] },
  { category: 'premise', lang: 'sv', q: 'varför har visionen målåret 2030', expect: ['2025'] },
  { category: 'premise', lang: 'sv', q: 'vilka sju kommuner ingår i samarbetskommittén', expectAny: [['åtta', '8']] },
  { category: 'premise', lang: 'en', q: 'Why does the ledningsgrupp meet only four times a year?', expectAny: [['six', '6']] },

  // ---------------- offplan ----------------
  { category: 'offplan', lang: 'sv', q: 'boka en lokal till LG 20/5', kind: NOT },
  { category: 'offplan', lang: 'sv', q: 'skicka ut kallelsen till sk fjortonde april till alla ordförande', kind: NOT },
  { category: 'offplan', lang: 'en', q: 'What is the name of the person heading the secretariat?', kind: NOT },
  { category: 'offplan', lang: 'sv', q: 'vad står på dagordningen för SK 9/6', kind: NOT },
  { category: 'offplan', lang: 'sv', q: 'adress till mötet i nykvarn 14/4', kind: NOT },
  { category: 'offplan', lang: 'en', q: 'Could you call the Nynäshamn office and confirm the September meeting for me?', kind: NOT },
  { category: 'offplan', lang: 'sv', q: 'hur stor blir budgeten 2012', kind: NOT },
  { category: 'offplan', lang: 'sv', q: 'vem är värd för LG 20/5?', kind: NOT },
  { category: 'offplan', lang: 'en', q: 'Where was the committee\'s planning conference in January held?', kind: NOT },
  { category: 'offplan', lang: 'sv', q: 'vilket datum är rådslaget 2012', kind: NOT },

  // ---------------- topic ----------------
  { category: 'topic', lang: 'sv', q: 'när är ledningsgruppens planeringskonferens', expect: ['31 mars', '1 april'], expectNot: ['28 januari'] },
  { category: 'topic', lang: 'en', q: 'When is the committee\'s own planning conference?', expect: ['27', '28', 'January'], expectNot: ['31 March'] },
  { category: 'topic', lang: 'sv', q: 'vad är syftet med ledningsgruppen', expectAny: [['förbereda'], ['samordna']] },
  { category: 'topic', lang: 'sv', q: 'vad ingår i ersättningen till huddinge kommun', expectAny: [['kontorsservice'], ['arbetsrum']] },
  { category: 'topic', lang: 'en', q: 'Who attends the Södertörn conference, as opposed to the rådslag?', expectAny: [['part'], ['official', 'officer', 'civil servant', 'tjänstem']] },
  { category: 'topic', lang: 'sv', q: 'vilka är med på rådslaget förutom kommunerna', expect: ['Handelskammaren', 'Företagarna', 'KTH'], expectAny: [['Karolinska']] },
  { category: 'topic', lang: 'sv', q: 'vad är syftet med rådslaget', expectAny: [['frågeställningar', 'fokus'], ['utveckling']] },
  { category: 'topic', lang: 'sv', q: 'vilket styrdokument gäller för verksamhetsfrågorna', expectAny: [['verksamhetsplan']] },
  { category: 'topic', lang: 'en', q: 'What is the stated purpose of the operational (verksamhetsfrågor) collaboration area?', expectAny: [['efficien', 'effektivis'], ['quality', 'kvalitet']] },
  { category: 'topic', lang: 'sv', q: 'vem sköter kontrollen av receptfria läkemedel', expect: ['miljö- och hälsoskyddsförbund'], expectNot: ['brandförsvarsförbund'] },
  { category: 'topic', lang: 'sv', q: 'explosiva varor vilket förbund', expect: ['brandförsvarsförbund'], expectNot: ['hälsoskyddsförbund'] },
  { category: 'topic', lang: 'sv', q: 'vilken tid håller ledningsgruppen på', expectAny: [T0830, T13], expectNot: ['12.00-15.00', '12:00-15:00'] },
  { category: 'topic', lang: 'sv', q: 'nyckeltal eller södertörnskonferensen vilken av dem är i botkyrka', expectAny: [['nyckeltal']] },
  { category: 'topic', lang: 'en', q: 'When is the Södertörn conference?', expect: ['1 September'], expectNot: ['6 October'] },
  { category: 'topic', lang: 'en', q: 'Which of the two main collaboration areas should receive more time and resources in 2011?', expectAny: [['regional']] },

  // ---------------- period ----------------
  { category: 'period', lang: 'sv', q: 'vilka SK-möten är kvar i vår', expect: ['14 april', '9 juni'], expectNot: ['22 september'] },
  { category: 'period', lang: 'sv', q: 'första LG efter sommaren', expect: ['9 september'] },
  { category: 'period', lang: 'en', q: 'Which committee meetings take place in the autumn?', expect: ['22 September', '3 November', '8 December'] },
  { category: 'period', lang: 'sv', q: 'sista sk mötet i år', expect: ['8 december', 'Tyresö'] },
  { category: 'period', lang: 'sv', q: 'vad händer i oktober', expect: ['6 oktober', '14 oktober'] },
  { category: 'period', lang: 'en', q: 'what meetings are there in september', expect: ['1 September', '9 September', '22 September'] },
  { category: 'period', lang: 'sv', q: 'vad har vi för möten i maj och juni', expect: ['20 maj', '9 juni'] },
  { category: 'period', lang: 'sv', q: 'första sk mötet nästa år var', expect: ['Södertälje'], expectAny: [['januari', 'jan']] },
  { category: 'period', lang: 'en', locale: 'en-GB', q: 'december?', expect: ['8 December', 'Tyresö'] },
  { category: 'period', lang: 'sv', now: '2011-10-01T09:00:00+02:00', q: 'nästa SK-möte?', expect: ['3 november', 'Botkyrka'], expectNot: ['22 september'] },
  { category: 'period', lang: 'en', now: '2011-12-15T09:00:00+01:00', q: 'When is the next committee meeting?', expect: ['Södertälje'], expectAny: [['January']] },
  { category: 'period', lang: 'sv', now: '2012-02-01T09:00:00+01:00', q: 'nästa sk', expect: ['Huddinge'], expectAny: [['april', 'apr']] },
  { category: 'period', lang: 'sv', now: '2011-09-15T09:00:00+02:00', q: 'när är nästa ledningsgrupp', expect: ['14 oktober'] },
  { category: 'period', lang: 'en', now: '2011-11-04T09:00:00+01:00', q: 'What is left in the calendar for the rest of this year?', expect: ['25 November', '8 December'] },
  { category: 'period', lang: 'sv', now: '2011-06-10T09:00:00+02:00', q: 'nu när vårt sk möte i salem är klart när är nästa och var', expect: ['22 september', 'Nynäshamn'] },

  // ---------------- other "now": yes/no, rotation, counting ----------------
  { category: 'yesno', lang: 'sv', now: '2011-11-26T09:00:00+01:00', q: 'finns det fler LG-möten i år', startsWith: 'Nej' },
  { category: 'yesno', lang: 'en', now: '2011-12-08T09:00:00+01:00', q: 'is there an SK meeting today?', startsWith: 'Yes', expect: ['Tyresö'], expectAny: [T12] },
  { category: 'rotation', lang: 'sv', now: '2012-01-10T09:00:00+01:00', q: 'vem har rådslaget i år', expect: ['Nynäshamn'] },
  { category: 'facts', lang: 'sv', now: '2011-10-05T14:00:00+02:00', q: 'nyckeltalsdagen imorgon var är den', expect: ['Botkyrka'] },
  { category: 'period', lang: 'sv', now: '2011-08-25T09:00:00+02:00', q: 'hur många dagar är det kvar till södertörnskonferensen', expectAny: [['7', 'sju']], expect: ['1 september'] },

  // ---------------- typo ----------------
  { category: 'typo', lang: 'sv', q: 'när träffas ledingsgruppen nästa gång', expect: ['20 maj'] },
  { category: 'typo', lang: 'sv', q: 'vem är värd för SK-mötet i septmber', expect: ['Nynäshamn'] },
  { category: 'typo', lang: 'sv', q: 'LG-datum hösten', expect: ['9 september', '14 oktober', '25 november'] },
  { category: 'typo', lang: 'sv', q: 'rådslgaet 2015', expect: ['Södertälje'] },
  { category: 'typo', lang: 'sv', q: 'nyckeltasldagen var', expect: ['Botkyrka'] },
  { category: 'typo', lang: 'sv', q: 'överförmyndarnämden medlemmar', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
  { category: 'typo', lang: 'sv', q: 'samarbetskomiténs planeringskonfrens när', expect: ['27', '28'], expectAny: [['januari', 'jan']] },
  { category: 'typo', lang: 'en', q: 'wen is the next comittee meeting', expect: ['14 April', 'Nykvarn'] },
  { category: 'typo', lang: 'sv', q: 'utredninar konsultstöd hur mkt', expect: ['230 000'] },
  { category: 'typo', lang: 'sv', q: 'vem har sekretarjatet', expect: ['Huddinge'] },

  // ---------------- language ----------------
  { category: 'language', lang: 'en', locale: 'en-GB', q: 'SK 3/11 värd?', expect: ['Botkyrka'] },
  { category: 'language', lang: 'en', locale: 'en-GB', q: 'ÖFN?', expect: ['Haninge'] },
  { category: 'language', lang: 'sv', locale: 'sv-SE', q: 'kostnader?', expect: ['580 000', '50 000', '230 000'] },
  { category: 'language', lang: 'en', locale: 'en-GB', q: 'kostnader?', expect: ['580 000', '50 000', '230 000'] },
  { category: 'language', lang: 'en', locale: 'en-US', q: 'LG 9/9?', expect: ['9 September'] },
  { category: 'language', lang: 'sv', q: 'rådslaget 2017?', expect: ['Nykvarn'] },
  { category: 'language', lang: 'en', locale: 'en-GB', q: 'vision 2025', expectAny: [['half a million', '500 000']] },
  { category: 'language', lang: 'en', q: 'When is nyckeltalsdagen this year?', expect: ['6 October'] },
  { category: 'language', lang: 'en', locale: 'en-GB', q: 'sekretariatet?', expect: ['Huddinge'] },
  { category: 'language', lang: 'sv', locale: 'sv-SE', q: 'SK 22/9', expect: ['Nynäshamn'] },

  // ---------------- facts ----------------
  { category: 'facts', lang: 'en', q: 'What does the Vision 2025 say?', expect: ['2025'], expectAny: [['half a million', '500 000']] },
  { category: 'facts', lang: 'sv', q: 'vilka förhållningssätt ska känneteckna samverkan', expect: ['gemensamma nyttan', 'ge och få'], expectAny: [['demokratiska']] },
  { category: 'facts', lang: 'sv', q: 'vilka är de två huvudområdena för samverkan', expectAny: [['regionala utvecklingsfrågor'], ['verksamhetsfrågor']] },
  { category: 'facts', lang: 'en', q: 'What are the target areas set out in Södertörns UtvecklingsProgram 2010?', expectAny: [['Näringsliv', 'business', 'industry'], ['Klimat', 'climate'], ['Infrastruktur', 'infrastructure'], ['Mångfald', 'diversity']] },
  { category: 'facts', lang: 'sv', q: 'i vilka regionala organ samordnar vi gemensamma insatser', expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] },
  { category: 'facts', lang: 'en', q: 'Who sits on the samarbetskommitté?', expectAny: [['kommunstyrelse', 'executive'], ['eight', '8']] },
  { category: 'facts', lang: 'sv', q: 'vilka företag lyfts fram som exempel i inledningen', expect: ['Scania'], expectAny: [['Astra']] },
  { category: 'facts', lang: 'en', q: 'Which infrastructure investments does the plan mention?', expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] },
  { category: 'facts', lang: 'sv', q: 'inom vilka områden har samarbetet traditioner', expectAny: [['gymnasie'], ['räddningstjänst'], ['återvinning', 'energi']] },
  { category: 'facts', lang: 'sv', q: 'vilka är de viktigaste regionala utvecklingsfrågorna enligt utvecklingsprogrammet', expectAny: [['utbildningsnivå'], ['klimateffektiv'], ['kunskapsintensiv']] },
  { category: 'facts', lang: 'en', q: 'When was the Södertörn development programme adopted by the municipalities?', expect: ['2010'], expectAny: [['autumn', 'fall', 'hösten']] },
  { category: 'facts', lang: 'en', q: 'What is the stated purpose of the samarbetskommitté?', expectAny: [['regional development', 'regionala utveckling', 'regional'], ['home municipalit', 'hemkommun', 'own municipalit', 'goals']] },
  { category: 'facts', lang: 'sv', q: 'vad säger planen om gemensam upphandling', expectAny: [['offentlig upphandling', 'LOU'], ['fler varor', 'varor och tjänster']] },
  { category: 'facts', lang: 'sv', q: 'gemensam ägarstyrning hur går det till', expectAny: [['ägardialog'], ['bolagsordning', 'förbunds']] },
  { category: 'facts', lang: 'en', q: 'What does the external monitoring (omvärldsbevakning) work involve?', expectAny: [['contact', 'network', 'kontaktnät']] },
  { category: 'facts', lang: 'sv', q: 'vad kallas stockholm i planen', expect: ['Capital of Scandinavia'] },
  { category: 'facts', lang: 'sv', q: 'när följs nyckeltalsarbetet upp', expectAny: [['hösten', 'höst']], expect: ['6 oktober'] },
  { category: 'facts', lang: 'sv', q: 'vilka kommuner är värd för sk möten tjugohundraelva', expect: ['Nykvarn', 'Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö'] },
  { category: 'facts', lang: 'en', q: 'How long does a committee (SK) meeting last?', expectAny: [['three hours', '3 hours', '12.00', '12:00', '12 pm', 'noon']] },
  { category: 'facts', lang: 'sv', q: 'hur länge håller LG-mötena på', expectAny: [['4,5', 'fyra och en halv', '4.5', '13.00', '13:00']] },
  { category: 'facts', lang: 'en', q: 'On which weekday does the ledningsgrupp meet?', expectAny: [['Friday']] },
  { category: 'facts', lang: 'sv', q: 'vilka kommuner bildade miljö- och hälsoskyddsförbundet', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
  { category: 'facts', lang: 'en', q: 'Which municipalities are members of the joint guardianship board, and since when?', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö', '2011'] },
  { category: 'facts', lang: 'sv', q: 'vad ska kommunerna göra när riksdagen ger oss nya uppgifter', expectAny: [['enskilt'], ['samverkansorgan']] },
  { category: 'facts', lang: 'sv', q: 'hur ofta är södertörnskonferensen och vem deltar', expectAny: [['årlig', 'varje år', 'en gång per år'], ['partier'], ['tjänstemän']] },
  { category: 'facts', lang: 'en', q: 'what is the rådslag', expectAny: [['annual', 'yearly', 'every year', 'each year']] },
  { category: 'facts', lang: 'en', q: 'Which body provides the committee\'s secretariat, and what compensation does it receive for office services and premises?', expect: ['Huddinge', '50 000'] },
  { category: 'facts', lang: 'sv', q: 'hur många gånger per år ska samarbetskommittén träffas', expectAny: [['sex', '6']] },
  { category: 'facts', lang: 'en', q: 'Which municipalities do not host any committee meeting in 2011?', expect: ['Huddinge', 'Södertälje'] },
  { category: 'facts', lang: 'sv', q: 'hur ska arbetet med de konkreta utvecklingsfrågorna styras och följas upp', expectAny: [['handlingsplan'], ['systematisk']] },
  { category: 'facts', lang: 'sv', q: 'vad händer tjugoandra september', expect: ['Nynäshamn'] },
  { category: 'facts', lang: 'en', q: 'How many concrete development issues belong to the target areas, and how is the work on them to be governed?', expectAny: [['five', '5'], ['action plan', 'handlingsplan']] },

  // ---------------- followup conversations ----------------
  { category: 'followup', conversation: [
    { q: 'när är nästa sk', lang: 'sv', expect: ['14 april', 'Nykvarn'] },
    { q: 'och efter det?', lang: 'sv', expect: ['9 juni', 'Salem'] },
  ] },
  { category: 'followup', conversation: [
    { q: 'vem är värd för rådslaget 2014', lang: 'sv', expect: ['Tyresö'] },
    { q: 'och året efter?', lang: 'sv', expect: ['Södertälje'] },
    { q: 'och 2018', lang: 'sv', expect: ['Huddinge'] },
  ] },
  { category: 'followup', conversation: [
    { q: 'When is the next LG meeting?', lang: 'en', expect: ['20 May'] },
    { q: 'What time does it start?', lang: 'en', expectAny: [T0830] },
    { q: 'And the one after that?', lang: 'en', expect: ['9 September'] },
  ] },
  { category: 'followup', conversation: [
    { q: 'vad har vi budgeterat för personal', lang: 'sv', expect: ['580 000'] },
    { q: 'och per månad?', lang: 'sv', expectAny: [['48 333', '48 334']] },
  ] },
  { category: 'followup', conversation: [
    { q: 'vilka kommuner ingår i överförmyndarnämnden', lang: 'sv', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
    { q: 'vem är värdkommun?', lang: 'sv', expect: ['Haninge'] },
    { q: 'sedan när', lang: 'sv', expect: ['2011'], expectAny: [['1 januari']] },
  ] },
  { category: 'followup', conversation: [
    { q: 'SK 22/9?', lang: 'sv', expect: ['Nynäshamn'] },
    { q: 'tid?', lang: 'sv', expectAny: [T12, T15] },
  ] },
  { category: 'followup', conversation: [
    { q: 'Which municipalities formed the Södertörn environment and health protection association?', lang: 'en', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
    { q: 'When did it start operating?', lang: 'en', expect: ['2008'] },
  ] },
  { category: 'followup', conversation: [
    { q: 'när har vi i salem sk', lang: 'sv', expect: ['9 juni'] },
    { q: 'och rådslaget när var det', lang: 'sv', expect: ['24 mars'] },
  ] },
  { category: 'followup', conversation: [
    { q: 'nyckeltalsdagen?', lang: 'sv', expect: ['6 oktober', 'Botkyrka'] },
    { q: 'heldag eller halvdag', lang: 'sv', expectAny: [['heldag']] },
  ] },
  { category: 'followup', conversation: [
    { q: 'What is the total budget for 2011?', lang: 'en', expect: ['860 000'] },
    { q: 'And if the fees were split equally between the municipalities?', lang: 'en', expect: ['107 500'] },
    { q: 'What proportion goes to personnel?', lang: 'en', expectAny: [['67', '68']] },
  ] },
  { category: 'followup', conversation: [
    { q: 'södertörnskonferensen när', lang: 'sv', expect: ['1 september'] },
    { q: 'var då', lang: 'sv', expect: ['Huddinge', 'Tyresö'] },
  ] },
  { category: 'followup', conversation: [
    { q: 'hur många invånare har södertörn idag', lang: 'sv', expect: ['430 000'] },
    { q: 'och vad är målet i visionen', lang: 'sv', expect: ['2025'], expectAny: [['halv miljon', '500 000']] },
  ] },
  { category: 'followup', as: 'secretariat', conversation: [
    { q: 'LG 14/10', lang: 'sv', expect: ['14 oktober'] },
    { q: 'närmaste SK efter?', lang: 'sv', expect: ['3 november', 'Botkyrka'] },
  ] },
  { category: 'followup', conversation: [
    { q: 'vilka målområden finns i utvecklingsprogrammet', lang: 'sv', expectAny: [['Näringsliv'], ['Klimat'], ['Infrastruktur'], ['Mångfald']] },
    { q: 'hur många konkreta utvecklingsfrågor hör till dem', lang: 'sv', expectAny: [['fem', '5']] },
  ] },
  { category: 'followup', now: '2011-10-01T09:00:00+02:00', conversation: [
    { q: 'nästa sk?', lang: 'sv', expect: ['3 november', 'Botkyrka'] },
    { q: 'och lg?', lang: 'sv', expect: ['14 oktober'] },
  ] },
  { category: 'followup', conversation: [
    { q: 'Which body is responsible for coordinating collaboration matters between the municipalities besides the committee?', lang: 'en', expectAny: [['ledningsgrupp', 'management group', 'LG']] },
    { q: 'Who sits on it?', lang: 'en', expectAny: [['kommundirektör', 'director', 'chief executive', 'manager']] },
    { q: 'How often does it meet?', lang: 'en', expectAny: [['six', '6']] },
  ] },
];

// ---------------- change requests ----------------
const S = 'secretariat', M = 'member';
const commands = [
  // move
  { category: 'move', as: S, lang: 'sv', kind: 'confirm', q: 'flytta LG 20/5 till 27/5', expect: ['27 maj'] },
  { category: 'move', as: S, lang: 'en', kind: 'confirm', q: 'please move the SK meeting on 22 September to 29 September', expect: ['29 September'] },
  { category: 'move', as: S, lang: 'sv', kind: 'confirm', q: 'nyckeltalsdagen flyttas till 13 okt', expect: ['13 oktober'] },
  { category: 'move', as: S, lang: 'sv', kind: 'confirm', q: 'södertörnskonf 1/9 -> 8/9', expect: ['8 september'] },
  // host
  { category: 'host', as: S, lang: 'sv', kind: 'confirm', q: 'SK 9/6 värd Tyresö istf Salem', expect: ['Tyresö'] },
  { category: 'host', as: S, lang: 'sv', kind: 'confirm', q: 'ändra värd för SK 22/9 till Haninge', expect: ['Haninge'] },
  { category: 'host', as: S, lang: 'en', kind: 'confirm', q: 'change the host of the key figures day on 6 October to Huddinge', expect: ['Huddinge'] },
  // cancel
  { category: 'cancel', as: S, lang: 'sv', kind: 'confirm', q: 'ställ in LG 14/10', expect: ['14 oktober'] },
  { category: 'cancel', as: S, lang: 'sv', kind: 'confirm', q: 'SK 3/11 utgår', expect: ['3 november'] },
  { category: 'cancel', as: S, lang: 'en', kind: 'confirm', q: 'cancel the LG meeting on 25 November', expect: ['25 November'] },
  // add
  { category: 'add', as: S, lang: 'sv', kind: 'confirm', q: 'lägg till ett extra LG-möte fre 17/6 08.30-13.00', expect: ['17 juni'] },
  { category: 'add', as: S, lang: 'sv', kind: 'confirm', q: 'nytt SK-möte 18/8 i Södertälje', expect: ['18 augusti', 'Södertälje'] },
  { category: 'add', as: S, lang: 'en', kind: 'confirm', q: 'add an extra SK meeting on 20 October hosted by Huddinge', expect: ['20 October', 'Huddinge'] },
  // budgetline
  { category: 'budgetline', as: S, lang: 'sv', kind: 'confirm', q: 'prsnl 600\'', expect: ['600 000'] },
  { category: 'budgetline', as: S, lang: 'sv', kind: 'confirm', q: 'utredningar 230\' -> 200\'', expect: ['200 000'] },
  { category: 'budgetline', as: S, lang: 'sv', kind: 'confirm', q: 'ersättning till huddinge 50k -> 60k', expect: ['60 000'] },
  { category: 'budgetline', as: S, lang: 'en', kind: 'confirm', q: 'set the studies and consultancy line to 250 000', expect: ['250 000'] },
  { category: 'budgetline', as: S, lang: 'sv', kind: 'confirm', q: 'personalkostnaderna ska vara 0,6 m', expect: ['600 000'] },
  // rotationhost
  { category: 'rotationhost', as: S, lang: 'sv', kind: 'confirm', q: 'rådslaget 2013 värd Södertälje istället för Botkyrka', expect: ['Södertälje'] },
  { category: 'rotationhost', as: S, lang: 'sv', kind: 'confirm', q: 'byt värd för rådslaget 2015 till Salem', expect: ['Salem'] },
  { category: 'rotationhost', as: S, lang: 'en', kind: 'confirm', q: 'change the rådslag host for 2016 to Nykvarn', expect: ['Nykvarn'] },
  // history
  { category: 'history', as: S, lang: 'sv', kind: 'history', q: 'visa ändringar' },
  { category: 'history', as: S, lang: 'en', kind: 'history', q: 'what has changed in the plan so far?' },
  // missing -> clarify
  { category: 'missing', as: S, lang: 'sv', kind: 'clarify', q: 'flytta LG-mötet' },
  { category: 'missing', as: S, lang: 'sv', kind: 'clarify', q: 'flytta SK 22/9' },
  { category: 'missing', as: S, lang: 'sv', kind: 'clarify', q: 'ändra budgeten för personal' },
  { category: 'missing', as: S, lang: 'sv', kind: 'clarify', q: 'byt värd för rådslaget' },
  { category: 'missing', as: S, lang: 'en', kind: 'clarify', q: 'cancel the meeting' },
  { category: 'missing', as: S, lang: 'sv', kind: 'clarify', q: 'flytta LG 13/5 till 27/5' },
  // refused (members)
  { category: 'refused', as: M, lang: 'sv', kind: 'refused', q: 'flytta sk nionde juni till sextonde juni vi har budgetmöte i salem', expectAny: [['sekretariat', 'secretariat']] },
  { category: 'refused', as: M, lang: 'sv', kind: 'refused', q: 'ändra personalbudgeten till sexhundratjugotusen', expectAny: [['sekretariat', 'secretariat']] },
  { category: 'refused', as: M, lang: 'en', kind: 'refused', q: 'Please cancel the LG meeting on 9 September.', expectAny: [['sekretariat', 'secretariat']] },
  { category: 'refused', as: M, lang: 'sv', kind: 'refused', q: 'rådslaget 2012 ska vara i salem istället för nynäshamn', expectAny: [['sekretariat', 'secretariat']] },
  { category: 'refused', as: M, lang: 'en', kind: 'refused', q: 'Add a committee meeting on 18 August in Salem.', expectAny: [['sekretariat', 'secretariat']] },
  // conversations: propose -> confirm / cancel
  { category: 'confirm', as: S, conversation: [
    { q: 'flytta LG 9/9 till 16/9', lang: 'sv', kind: 'confirm', expect: ['16 september'] },
    { q: 'ja', lang: 'sv', kind: 'confirmed' },
  ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'SK 14/4 värd Salem', lang: 'sv', kind: 'confirm', expect: ['Salem'] },
    { q: 'nej', lang: 'sv', kind: 'cancelled' },
  ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'personal 580\' -> 560\'', lang: 'sv', kind: 'confirm', expect: ['560 000'] },
    { q: 'ok kör', lang: 'sv', kind: 'confirmed' },
    { q: 'visa ändringar', lang: 'sv', kind: 'history', expect: ['560 000'] },
  ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'move SK 3 November to 10 November', lang: 'en', kind: 'confirm', expect: ['10 November'] },
    { q: 'confirm', lang: 'en', kind: 'confirmed' },
  ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'ställ in nyckeltalsdagen', lang: 'sv', kind: 'confirm', expect: ['6 oktober'] },
    { q: 'avbryt', lang: 'sv', kind: 'cancelled' },
  ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'rådslag 2014 -> Huddinge', lang: 'sv', kind: 'confirm', expect: ['Huddinge'] },
    { q: 'bekräfta', lang: 'sv', kind: 'confirmed' },
  ] },
  // questions from the secretariat that look like commands
  { category: 'facts', as: S, lang: 'sv', q: 'när är LG i maj?', expect: ['20 maj'] },
  { category: 'budget', as: S, lang: 'sv', q: 'vad står personal på i budgeten nu', expect: ['580 000'] },
  { category: 'rotation', as: S, lang: 'sv', q: 'rådslaget 2013 – vem har det?', expect: ['Botkyrka'] },
  { category: 'facts', as: S, lang: 'sv', q: 'SK 8/12 tid?', expectAny: [T12] },
  { category: 'budget', as: S, lang: 'en', q: 'what is the consultancy budget line at the moment?', expect: ['230 000'] },
];

const out = (file, description, items) => {
  fs.writeFileSync(path.join(__dirname, file), JSON.stringify({
    description, defaultNow: '2011-04-07T10:00:00+02:00', items,
  }, null, 2) + '\n');
};
out('pool-questions.json', 'Round 32 writer aq: questions on verksamhetsplan 2011 (Salem chair dictating, English consultant, secretariat shorthand)', questions);
out('pool-commands.json', 'Round 32 writer aq: change requests and secretariat questions', commands);
console.log('questions', questions.length, 'commands', commands.length);

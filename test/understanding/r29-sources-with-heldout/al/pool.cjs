// Round 29, writer "al". Source: /work/shared/plan/verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const T12 = ['12.00', '12:00', '12 noon'];
const T0830 = ['08.30', '08:30', '8.30', '8:30'];
const CANNOT = ['notInPlan', 'cannot'];

const questions = [
  // ---------------- rotation ----------------
  { category: 'rotation', q: 'vem har rådslaget 2014?', expect: ['Tyresö'], lang: 'sv' },
  { category: 'rotation', q: 'Which municipality is host the rådslag in 2017?', expect: ['Nykvarn'], lang: 'en' },
  { category: 'rotation', q: 'när är det huddinges tur att ha rådslaget', expect: ['2018'], lang: 'sv' },
  { category: 'rotation', q: 'vilket år har botkyrka rådslaget', expect: ['2013'], lang: 'sv' },
  { category: 'rotation', q: 'vem är värd för rådslaget nästa år?', expect: ['Nynäshamn'], lang: 'sv' },
  { category: 'rotation', q: 'In which year Södertälje will be host for the rådslag?', expect: ['2015'], lang: 'en' },
  { category: 'rotation', q: 'vem tar över rådslaget efter tyresö', expect: ['Södertälje'], lang: 'sv' },
  { category: 'rotation', q: 'vem var värd för rådslaget i år', expect: ['Salem'], lang: 'sv' },
  { category: 'rotation', q: 'rådslaget 2012 och 2013?', expect: ['Nynäshamn', 'Botkyrka'], lang: 'sv' },
  { category: 'rotation', q: 'When is it Haninge turn to organise the rådslag?', expect: ['2016'], lang: 'en' },
  { category: 'rotation', q: 'hela rotationen för rådslaget, vilka år och kommuner?', expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge', '2018'], lang: 'sv' },

  // ---------------- budget ----------------
  { category: 'budget', q: 'hur mycket betalar varje kommun om avgifterna delas lika på alla åtta?', expect: ['107 500'], lang: 'sv' },
  { category: 'budget', q: 'totala budgeten?', expect: ['860 000'], lang: 'sv' },
  { category: 'budget', q: 'vad är budgeterat för personal', expect: ['580 000'], lang: 'sv' },
  { category: 'budget', q: 'hur mkt finns för utredningar och konsultstöd', expect: ['230 000'], lang: 'sv' },
  { category: 'budget', q: 'How much is left of the income when personnel costs are paid?', expect: ['280 000'], lang: 'en' },
  { category: 'budget', q: 'vad blir kostnaderna per månad totalt', expectAny: [['71 666', '71 667']], lang: 'sv' },
  { category: 'budget', q: 'personalkostnaden per kvartal?', expect: ['145 000'], lang: 'sv' },
  { category: 'budget', q: 'hur stor andel av kostnaderna går till personal i procent', expectAny: [['67', '68']], lang: 'sv' },
  { category: 'budget', q: 'skillnaden mellan personal och utredningar?', expect: ['350 000'], lang: 'sv' },
  { category: 'budget', q: 'vilken är den största kostnadsposten', expect: ['580 000'], expectAny: [['personal']], lang: 'sv' },
  { category: 'budget', q: 'minsta posten i budgeten', expect: ['50 000'], expectAny: [['Huddinge', 'kontorsservice']], lang: 'sv' },
  { category: 'budget', q: 'What percentage of the budget is for studies and consultant support?', expectAny: [['26', '27']], lang: 'en' },
  { category: 'budget', q: 'If the consultancy money is split even on the eight municipalities, how much each?', expect: ['28 750'], lang: 'en' },

  // ---------------- yesno ----------------
  { category: 'yesno', q: 'är SK 22/9 en torsdag?', startsWith: 'Ja', lang: 'sv' },
  { category: 'yesno', q: 'LG den 9 sep, är det en fredag?', startsWith: 'Ja', lang: 'sv' },
  { category: 'yesno', q: 'Is the nyckeltal day held in Botkyrka?', startsWith: 'Yes', expect: ['6 October'], lang: 'en' },
  { category: 'yesno', q: 'börjar sk-mötena kl 13?', startsWith: 'Nej', expectAny: [T12], lang: 'sv' },
  { category: 'yesno', q: 'ingår Nykvarn i överförmyndarnämnden?', startsWith: 'Nej', lang: 'sv' },
  { category: 'yesno', q: 'Is Salem member of the miljö- och hälsoskyddsförbund?', startsWith: 'No', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'en' },
  { category: 'yesno', q: 'går budgeten ihop, alltså intäkter = kostnader?', startsWith: 'Ja', expect: ['860 000'], lang: 'sv' },
  { category: 'yesno', q: 'har rådslaget redan varit i år?', startsWith: 'Ja', expect: ['24 mars'], lang: 'sv' },
  { category: 'yesno', q: 'Is the SK meeting 8 December in Tyresö?', startsWith: 'Yes', lang: 'en' },
  { category: 'yesno', q: 'nynäshamn här – är det vi som har SK i september?', startsWith: 'Ja', expect: ['22 september'], lang: 'sv' },
  { category: 'yesno', q: 'salem: har vi sk-mötet i juni?', startsWith: 'Ja', expect: ['9 juni'], lang: 'sv' },
  { category: 'yesno', q: 'tyresö här, är vi värd 3/11?', startsWith: 'Nej', expect: ['Botkyrka'], lang: 'sv' },
  { category: 'yesno', q: 'är det vi i botkyrka som har nyckeltalsdagen i oktober', startsWith: 'Ja', expect: ['6 oktober'], lang: 'sv' },
  { category: 'yesno', q: 'har vi i nykvarn sk nästa vecka?', startsWith: 'Ja', expect: ['14 april'], lang: 'sv' },
  { category: 'yesno', q: 'huddinge: ska vi vara värd för något SK-möte under 2011?', startsWith: 'Nej', expect: ['2012'], lang: 'sv' },
  { category: 'yesno', q: 'Is the LG meeting on 14 October a Thursday?', startsWith: 'No', expect: ['Friday'], lang: 'en' },
  { category: 'yesno', q: 'deltar kommundirektörerna på kommitténs möten?', startsWith: 'Ja', lang: 'sv' },
  { category: 'yesno', q: 'haninge här. har vi SK 27/1 nästa år också?', startsWith: 'Nej', expect: ['Södertälje'], lang: 'sv' },

  // ---------------- premise ----------------
  { category: 'premise', q: 'varför är botkyrka värd för SK 9/6?', expect: ['Salem'], lang: 'sv' },
  { category: 'premise', q: 'varför hölls rådslaget i Huddinge i år?', expect: ['Salem'], lang: 'sv' },
  { category: 'premise', q: 'Why the Södertörn conference is in Botkyrka this year?', expect: ['Huddinge', 'Tyresö'], lang: 'en' },
  { category: 'premise', q: 'eftersom LG träffas på torsdagar, vilken tid börjar de?', expect: ['fredag'], expectAny: [T0830], lang: 'sv' },
  { category: 'premise', q: 'vilken av de sex kommunerna i överförmyndarnämnden är värdkommun?', expect: ['Haninge'], expectAny: [['fem', '5', 'Botkyrka']], lang: 'sv' },
  { category: 'premise', q: 'miljöförbundet startade 2010 va? vilka bildade det', expect: ['2008', 'Haninge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
  { category: 'premise', q: 'The SK meets on Fridays 12 to 15, right?', startsWith: 'No', expect: ['Thursday'], lang: 'en' },
  { category: 'premise', q: 'vem var värd för nyckeltalsdagen i mars?', expect: ['6 oktober', 'Botkyrka'], lang: 'sv' },
  { category: 'premise', q: 'varför kostar personalen 650 000 i år?', expect: ['580 000'], lang: 'sv' },
  { category: 'premise', q: 'LG:s planeringskonferens 27-28 jan, var det heldagar?', expect: ['31 mars'], lang: 'sv' },
  { category: 'premise', q: 'Why is Salem host for the rådslag again in 2012?', expect: ['Nynäshamn'], lang: 'en' },
  { category: 'premise', q: 'när är rådslaget i oktober?', expect: ['24 mars'], lang: 'sv' },

  // ---------------- offplan ----------------
  { category: 'offplan', q: 'kan du boka ett rum till LG 20/5', kind: CANNOT, lang: 'sv' },
  { category: 'offplan', q: 'skicka kallelse till sk-mötet i nykvarn', kind: CANNOT, lang: 'sv' },
  { category: 'offplan', q: 'vem är kommundirektör i salem?', kind: CANNOT, lang: 'sv' },
  { category: 'offplan', q: 'What is the address for the meeting in Nykvarn?', kind: CANNOT, lang: 'en' },
  { category: 'offplan', q: 'vad står på dagordningen 14/4', kind: CANNOT, lang: 'sv' },
  { category: 'offplan', q: 'hur stor blir budgeten 2012?', kind: CANNOT, lang: 'sv' },
  { category: 'offplan', q: 'ring tyresö och säg att vi blir sena', kind: CANNOT, lang: 'sv' },
  { category: 'offplan', q: 'Who is the chairman of the committee, his name?', kind: CANNOT, lang: 'en' },
  { category: 'offplan', q: 'vad kostar lunchen på södertörnskonferensen', kind: CANNOT, lang: 'sv' },
  { category: 'offplan', q: 'Can you send us the minutes from the rådslag in March please', kind: CANNOT, lang: 'en' },

  // ---------------- topic ----------------
  { category: 'topic', q: 'när är ledningsgruppens planeringskonferens', expect: ['31 mars'], expectNot: ['28 januari'], lang: 'sv' },
  { category: 'topic', q: 'samarbetskommitténs planeringskonferens datum?', expect: ['28 januari'], expectNot: ['31 mars'], lang: 'sv' },
  { category: 'topic', q: 'When is the Södertörn conference?', expect: ['1 September'], expectNot: ['31 March', '24 March'], lang: 'en' },
  { category: 'topic', q: 'vad är syftet med ledningsgruppen', expect: ['förbereda', 'samordna'], lang: 'sv' },
  { category: 'topic', q: 'vad syftar verksamhetsfrågorna till?', expect: ['effektivisera'], lang: 'sv' },
  { category: 'topic', q: 'syftet med de regionala utvecklingsfrågorna', expect: ['region'], expectNot: ['effektivisera'], lang: 'sv' },
  { category: 'topic', q: 'vad täcker posten på 230 000', expect: ['konsultstöd'], lang: 'sv' },
  { category: 'topic', q: 'What does the 50 000 to Huddinge cover?', expectAny: [['office', 'kontorsservice']], lang: 'en' },
  { category: 'topic', q: 'vilka deltar i södertörnskonferensen', expect: ['partier'], expectNot: ['Handelskammaren'], lang: 'sv' },
  { category: 'topic', q: 'vilka är med på rådslaget förutom kommunerna', expect: ['Södertörns högskola', 'KTH', 'Handelskammaren', 'Företagarna'], lang: 'sv' },
  { category: 'topic', q: 'vilka styrdokument gäller för verksamhetsfrågorna', expect: ['verksamhetsplan'], expectNot: ['UtvecklingsProgram'], lang: 'sv' },
  { category: 'topic', q: 'which organisation takes care of the explosive goods?', expect: ['brandförsvarsförbund'], lang: 'en' },
  { category: 'topic', q: 'vem sköter kontrollen av receptfria läkemedel', expect: ['hälsoskyddsförbund'], expectNot: ['brandförsvarsförbund'], lang: 'sv' },

  // ---------------- period ----------------
  { category: 'period', q: 'SK-möten i höst?', expect: ['22 september', '3 november', '8 december'], expectNot: ['9 juni'], lang: 'sv' },
  { category: 'period', q: 'vilka LG är kvar före sommaren', expect: ['20 maj'], expectNot: ['9 september'], lang: 'sv' },
  { category: 'period', q: 'första LG efter sommaren', expect: ['9 september'], lang: 'sv' },
  { category: 'period', q: 'sista sk i år, var?', expect: ['8 december', 'Tyresö'], lang: 'sv' },
  { category: 'period', q: 'LG hösten 2011', expect: ['9 september', '14 oktober', '25 november'], expectNot: ['20 maj'], lang: 'sv' },
  { category: 'period', q: 'Which SK meetings are still left in the first half of the year?', expect: ['14 April', '9 June'], expectNot: ['22 September'], lang: 'en' },
  { category: 'period', q: 'nästa LG?', now: '2011-10-01T09:00:00+02:00', expect: ['14 oktober'], lang: 'sv' },
  { category: 'period', q: 'What meetings are in November?', expect: ['3 November', '25 November'], lang: 'en' },
  { category: 'period', q: 'vad händer i oktober', expect: ['6 oktober', '14 oktober'], lang: 'sv' },
  { category: 'period', q: 'SK i början av 2012, vem är värd', expect: ['Södertälje'], lang: 'sv' },
  { category: 'period', q: 'what is happening in september?', expect: ['1 September', '9 September', '22 September'], lang: 'en' },
  { category: 'period', q: 'nästa sk efter sommaruppehållet?', now: '2011-06-20T09:00:00+02:00', expect: ['22 september', 'Nynäshamn'], lang: 'sv' },

  // ---------------- followup (conversations) ----------------
  { category: 'followup', conversation: [
    { q: 'när var rådslaget i år?', expect: ['24 mars', 'Salem'], lang: 'sv' },
    { q: 'och 2012 då, vem är värd?', expect: ['Nynäshamn'], lang: 'sv' },
    { q: 'och året efter?', expect: ['Botkyrka'], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'nästa SK?', expect: ['14 april'], lang: 'sv' },
    { q: 'var?', expect: ['Nykvarn'], lang: 'sv' },
    { q: 'vilken tid börjar det', expectAny: [T12], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'How much is personnel in the budget?', expect: ['580 000'], lang: 'en' },
    { q: 'and per month?', expectAny: [['48 333', '48 334']], lang: 'en' },
    { q: 'what share of total is that', expectAny: [['67', '68']], lang: 'en' } ] },
  { category: 'followup', conversation: [
    { q: 'vilka kommuner är med i överförmyndarnämnden', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
    { q: 'vem är värdkommun', expect: ['Haninge'], lang: 'sv' },
    { q: 'sen när?', expect: ['1 januari 2011'], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'när är nyckeltalsdagen', expect: ['6 oktober'], lang: 'sv' },
    { q: 'vem står värd', expect: ['Botkyrka'], lang: 'sv' },
    { q: 'vilken veckodag är det', expect: ['torsdag'], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'LG i maj?', expect: ['20 maj'], lang: 'sv' },
    { q: 'och nästa efter det', expect: ['9 september'], lang: 'sv' },
    { q: 'tid?', expectAny: [T0830], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'Who is sitting in the samarbetskommitté?', expectAny: [['chair', 'kommunstyrelseordförande']], lang: 'en' },
    { q: 'and who is supporting them with a secretariat?', expect: ['Huddinge'], lang: 'en' },
    { q: 'how often they meet?', expectAny: [['six', '6']], lang: 'en' } ] },
  { category: 'followup', conversation: [
    { q: 'vilket år är tyresö värd för rådslaget', expect: ['2014'], lang: 'sv' },
    { q: 'och södertälje?', expect: ['2015'], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'SK 22/9 vem är värd', expect: ['Nynäshamn'], lang: 'sv' },
    { q: 'och mötet efter det?', expect: ['3 november', 'Botkyrka'], lang: 'sv' } ] },
  { category: 'followup', conversation: [
    { q: 'The environment and health protection association, which municipalities are in it?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'en' },
    { q: 'since when it is working?', expect: ['2008'], lang: 'en' } ] },
  { category: 'followup', conversation: [
    { q: 'vad kostar personalen', expect: ['580 000'], lang: 'sv' },
    { q: 'och utredningarna?', expect: ['230 000'], lang: 'sv' },
    { q: 'skillnaden?', expect: ['350 000'], lang: 'sv' } ] },

  // ---------------- typo ----------------
  { category: 'typo', q: 'när träffas ledingsgruppen nästa gång', expect: ['20 maj'], lang: 'sv' },
  { category: 'typo', q: 'samarbetskomitén i september var är det', expect: ['Nynäshamn', '22 september'], lang: 'sv' },
  { category: 'typo', q: 'rådsalget 2015?', expect: ['Södertälje'], lang: 'sv' },
  { category: 'typo', q: 'nyckeltalsdan var är den', expect: ['Botkyrka'], lang: 'sv' },
  { category: 'typo', q: 'överförmyndarnämden värdkomun', expect: ['Haninge'], lang: 'sv' },
  { category: 'typo', q: 'SK-mötet i decmber vem är värd', expect: ['Tyresö'], lang: 'sv' },
  { category: 'typo', q: 'södertörnskonfernsen när', expect: ['1 september'], lang: 'sv' },
  { category: 'typo', q: 'budgten för konsultsöd', expect: ['230 000'], lang: 'sv' },
  { category: 'typo', q: 'kommundirektörena sitter i vilken grupp', expectAny: [['ledningsgrupp', 'LG']], lang: 'sv' },
  { category: 'typo', q: 'whos hosting the radslag 2013', expect: ['Botkyrka'], lang: 'en' },

  // ---------------- language ----------------
  { category: 'language', q: 'SK 3/11 värd?', locale: 'en-GB', expect: ['Botkyrka'], lang: 'en' },
  { category: 'language', q: 'ÖFN?', locale: 'en-GB', expect: ['Haninge'], lang: 'en' },
  { category: 'language', q: 'kostnader?', locale: 'sv-SE', expect: ['580 000', '50 000', '230 000'], lang: 'sv' },
  { category: 'language', q: 'budget 2011', locale: 'en-US', expect: ['860 000'], lang: 'en' },
  { category: 'language', q: 'rådslaget 2014?', expect: ['Tyresö'], lang: 'sv' },
  { category: 'language', q: 'LG 20/5', locale: 'en-GB', expectAny: [T0830], lang: 'en' },
  { category: 'language', q: 'vision 2025', locale: 'en-GB', expectAny: [['half a million', '500 000']], lang: 'en' },
  { category: 'language', q: 'How often does the ledningsgrupp meet?', expectAny: [['six', '6']], lang: 'en' },
  { category: 'language', q: 'nyckeltal 6/10', locale: 'sv-SE', expect: ['Botkyrka'], lang: 'sv' },
  { category: 'language', q: 'Södertörnskonferensen 2011?', locale: 'en-GB', expect: ['1 September'], lang: 'en' },

  // ---------------- facts (trainee, Swedish) ----------------
  { category: 'facts', q: 'vad betyder SK', expectAny: [['samarbetskommitté']], lang: 'sv' },
  { category: 'facts', q: 'vem ingår i samarbetskommittén', expect: ['kommunstyrelseordförande'], lang: 'sv' },
  { category: 'facts', q: 'vilka sitter i ledningsgruppen', expect: ['kommundirektör'], lang: 'sv' },
  { category: 'facts', q: 'hur ofta träffas sk', expectAny: [['sex', '6']], lang: 'sv' },
  { category: 'facts', q: 'vem har sekretariatet', expect: ['Huddinge'], lang: 'sv' },
  { category: 'facts', q: 'vad är rådslaget för nåt', expect: ['KTH'], expectAny: [['Södertörns högskola']], lang: 'sv' },
  { category: 'facts', q: 'hur många invånare har södertörn', expect: ['430 000'], lang: 'sv' },
  { category: 'facts', q: 'vad säger visionen 2025', expect: ['halv miljon'], lang: 'sv' },
  { category: 'facts', q: 'vilka målområden finns i utvecklingsprogrammet', expect: ['Näringsliv', 'Mångfald', 'Klimat', 'Infrastruktur'], lang: 'sv' },
  { category: 'facts', q: 'vad ska samverkan kännetecknas av', expect: ['gemensamma nyttan', 'demokratiska', 'ledarskap', 'ge och få'], lang: 'sv' },
  { category: 'facts', q: 'vilka regionala organ samordnar vi oss i', expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'], lang: 'sv' },
  { category: 'facts', q: 'vad menas med gemensam ägarstyrning', expectAny: [['ägardialog', 'bolagsordning', 'direktiv']], lang: 'sv' },
  { category: 'facts', q: 'när började överförmyndarnämnden', expect: ['1 januari 2011'], lang: 'sv' },
  { category: 'facts', q: 'vilka infrastruktursatsningar nämns i planen', expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'], lang: 'sv' },
  { category: 'facts', q: 'när fastställdes SUP 2010', expect: ['hösten 2010'], lang: 'sv' },
  { category: 'facts', q: 'vad ska prioriteras 2011, regionala frågor eller verksamhetsfrågor?', expect: ['regionala utvecklingsfrågor'], lang: 'sv' },
  { category: 'facts', q: 'vilka är de två huvudområdena för samverkan', expect: ['regionala utvecklingsfrågor', 'verksamhetsfrågor'], lang: 'sv' },
  { category: 'facts', q: 'vad står det om upphandling?', expectAny: [['offentlig upphandling', 'LOU']], lang: 'sv' },
  { category: 'facts', q: 'när på dagen är LG', expectAny: [T0830, ['13.00', '13:00']], lang: 'sv' },
  { category: 'facts', q: 'vad är syftet med samarbetskommittén', expect: ['stärka'], lang: 'sv' },
  { category: 'facts', q: 'inom vilka områden har samarbetet traditioner', expect: ['gymnasie', 'räddningstjänst', 'återvinning'], lang: 'sv' },
  { category: 'facts', q: 'vilka kommuner ingår i samarbetet', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö'], lang: 'sv' },
  { category: 'facts', q: 'vad är södertörns nyckeltal', expect: ['uppföljning'], lang: 'sv' },
  { category: 'facts', q: 'de fem utvecklingsfrågorna i SUP?', expect: ['utbildningsnivån', 'kunskapsintensivt', 'klimateffektivt', 'infrastrukturen'], lang: 'sv' },
  { category: 'facts', q: 'vad gör kommunerna när riksdagen ger dem nya uppgifter', expect: ['enskilt'], expectAny: [['samverkansorgan']], lang: 'sv' },
  { category: 'facts', q: 'hur lång är LG:s planeringskonferens', expect: ['lunch till lunch'], lang: 'sv' },

  // ---------------- facts (delegation, English) ----------------
  { category: 'facts', q: 'How is the cooperation organised, which bodies you have?', expectAny: [['committee', 'samarbetskommitté'], ['management group', 'ledningsgrupp']], lang: 'en' },
  { category: 'facts', q: 'Which municipalities are in the joint guardianship board (överförmyndarnämnd)?', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], lang: 'en' },
  { category: 'facts', q: 'When the committee is meeting, which weekday and what hour?', expect: ['Thursday'], expectAny: [T12], lang: 'en' },
  { category: 'facts', q: 'Who is participating at the Södertörn conference?', expectAny: [['parties', 'partier']], lang: 'en' },
  { category: 'facts', q: 'what is the rådslag and who take part in it', expect: ['KTH'], expectAny: [['Handelskammaren', 'Chamber of Commerce']], lang: 'en' },
  { category: 'facts', q: 'Which are the target areas of the development programme 2010?', expectAny: [['Climate', 'Klimat'], ['Infrastructure', 'Infrastruktur']], lang: 'en' },
  { category: 'facts', q: 'What is the purpose for your cooperation?', expectAny: [['strengthen', 'stärka']], lang: 'en' },
  { category: 'facts', q: 'In which regional bodies you coordinate your efforts?', expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'], lang: 'en' },
  { category: 'facts', q: 'what is this key figures day and when is it?', expect: ['6 October', 'Botkyrka'], lang: 'en' },
  { category: 'facts', q: 'What is the total budget and how it is financed?', expect: ['860 000'], expectAny: [['fee', 'avgift']], lang: 'en' },
  { category: 'facts', q: 'What principles is guiding the cooperation?', expectAny: [['common', 'gemensam', 'joint', 'shared'], ['democra', 'demokrati']], lang: 'en' },
  { category: 'facts', q: 'management group meeting when, which day of week?', expect: ['Friday'], expectAny: [T0830], lang: 'en' },
  { category: 'facts', q: 'Which infrastructure projects have you driven together?', expect: ['73', 'Nynäsbanan'], lang: 'en' },
  { category: 'facts', q: 'What means "The Capital of Scandinavia" in the plan?', expect: ['Stockholm'], lang: 'en' },
];

// ---------------- change requests ----------------
const S = 'secretariat', M = 'member';
const commands = [
  // move
  { category: 'move', as: S, q: 'flytta LG 20/5 till 27/5', kind: 'confirm', expect: ['27 maj'], lang: 'sv' },
  { category: 'move', as: S, q: 'SK-mötet 22 september behöver flyttas till 29 september', kind: 'confirm', expect: ['29 september'], lang: 'sv' },
  { category: 'move', as: S, q: 'kan du flytta nyckeltalsdagen till 13 okt', kind: 'confirm', expect: ['13 oktober'], lang: 'sv' },
  { category: 'move', as: S, q: 'move the LG meeting on 20 May to 27 May', kind: 'confirm', expect: ['27 May'], lang: 'en' },
  { category: 'move', as: S, q: 'södertörnskonferensen flyttas till 8 sep', kind: 'confirm', expect: ['8 september'], lang: 'sv' },
  { category: 'move', as: S, q: 'lg 14/10 ska vara 21/10 istället', kind: 'confirm', expect: ['21 oktober'], lang: 'sv' },
  // host
  { category: 'host', as: S, q: 'ny värd för SK 3/11: Huddinge', kind: 'confirm', expect: ['Huddinge'], lang: 'sv' },
  { category: 'host', as: S, q: 'SK i december blir i Haninge istället för Tyresö', kind: 'confirm', expect: ['Haninge'], lang: 'sv' },
  { category: 'host', as: S, q: 'change host of the SK meeting 9 June to Södertälje', kind: 'confirm', expect: ['Södertälje'], lang: 'en' },
  { category: 'host', as: S, q: 'nyckeltalsdagen ska hållas i salem i stället', kind: 'confirm', expect: ['Salem'], lang: 'sv' },
  // cancel
  { category: 'cancel', as: S, q: 'ställ in LG 14/10', kind: 'confirm', expect: ['14 oktober'], lang: 'sv' },
  { category: 'cancel', as: S, q: 'sk-mötet 8/12 utgår', kind: 'confirm', expect: ['8 december'], lang: 'sv' },
  { category: 'cancel', as: S, q: 'cancel the LG meeting on 25 November', kind: 'confirm', expect: ['25 November'], lang: 'en' },
  // add
  { category: 'add', as: S, q: 'lägg till ett LG-möte fredag 16 december', kind: 'confirm', expect: ['16 december'], lang: 'sv' },
  { category: 'add', as: S, q: 'lägg in ett extra SK 16 juni i Huddinge', kind: 'confirm', expect: ['16 juni', 'Huddinge'], lang: 'sv' },
  { category: 'add', as: S, q: 'add an LG meeting on 17 June', kind: 'confirm', expect: ['17 June'], lang: 'en' },
  // budgetline
  { category: 'budgetline', as: S, q: 'ändra utredningar, konsultstöd till 250 000', kind: 'confirm', expect: ['250 000'], lang: 'sv' },
  { category: 'budgetline', as: S, q: 'personalposten ska vara 600 000', kind: 'confirm', expect: ['600 000'], lang: 'sv' },
  { category: 'budgetline', as: S, q: 'Set the line for office service to Huddinge to 60 000', kind: 'confirm', expect: ['60 000'], lang: 'en' },
  // rotationhost
  { category: 'rotationhost', as: S, q: 'rådslaget 2013 ska vara i huddinge istället', kind: 'confirm', expect: ['Huddinge', '2013'], lang: 'sv' },
  { category: 'rotationhost', as: S, q: 'byt värd för rådslaget 2015 till nykvarn', kind: 'confirm', expect: ['Nykvarn'], lang: 'sv' },
  { category: 'rotationhost', as: S, q: 'Change the rådslag host for 2016 to Salem', kind: 'confirm', expect: ['Salem'], lang: 'en' },
  // history
  { category: 'history', as: S, q: 'visa ändringar', kind: 'history', lang: 'sv' },
  { category: 'history', as: S, q: 'what has changed in the plan?', kind: 'history', lang: 'en' },
  { category: 'history', as: S, q: 'historik över ändringarna tack', kind: 'history', lang: 'sv' },
  // missing -> clarify
  { category: 'missing', as: S, q: 'flytta LG-mötet', kind: 'clarify', lang: 'sv' },
  { category: 'missing', as: S, q: 'ändra budgeten', kind: 'clarify', lang: 'sv' },
  { category: 'missing', as: S, q: 'ny värd för sk', kind: 'clarify', lang: 'sv' },
  { category: 'missing', as: S, q: 'move the meeting to 30 September', kind: 'clarify', lang: 'en' },
  { category: 'missing', as: S, q: 'ställ in mötet', kind: 'clarify', lang: 'sv' },
  // refused (members)
  { category: 'refused', as: M, q: 'flytta SK 22/9 till 29/9', kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'sv' },
  { category: 'refused', as: M, q: 'vi i tyresö vill byta värd för sk 8/12 till haninge', kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'sv' },
  { category: 'refused', as: M, q: 'Please cancel the LG meeting 9 September', kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'en' },
  { category: 'refused', as: M, q: 'höj personalposten till 620 000', kind: 'refused', expectAny: [['sekretariat', 'secretariat']], lang: 'sv' },
  // questions from the secretariat (look like commands, are questions)
  { category: 'move', as: S, q: 'när är LG i maj?', expect: ['20 maj'], lang: 'sv' },
  { category: 'host', as: S, q: 'vem är värd för SK 14/4?', expect: ['Nykvarn'], lang: 'sv' },
  { category: 'budgetline', as: S, q: 'hur mycket ligger på personal just nu?', expect: ['580 000'], lang: 'sv' },
  { category: 'rotationhost', as: S, q: 'vilket år har nynäshamn rådslaget', expect: ['2012'], lang: 'sv' },
  { category: 'cancel', as: S, q: 'when is the SK in November?', expect: ['3 November'], lang: 'en' },
  // conversations
  { category: 'confirm', conversation: [
    { as: S, q: 'flytta LG 20/5 till 27/5', kind: 'confirm', expect: ['27 maj'], lang: 'sv' },
    { as: S, q: 'ja', kind: 'confirmed', lang: 'sv' },
    { as: S, q: 'visa ändringar', kind: 'history', expect: ['27 maj'], lang: 'sv' },
    { as: S, q: 'ångra det', expect: ['20 maj'], lang: 'sv' } ] },
  { category: 'confirm', conversation: [
    { as: S, q: 'ställ in SK 8/12', kind: 'confirm', expect: ['8 december'], lang: 'sv' },
    { as: S, q: 'nej', kind: 'cancelled', lang: 'sv' } ] },
  { category: 'confirm', conversation: [
    { as: S, q: 'utredningar och konsultstöd ska vara 250 000', kind: 'confirm', expect: ['250 000'], lang: 'sv' },
    { as: S, q: 'nej förlåt, 260 000 menade jag', kind: 'confirm', expect: ['260 000'], lang: 'sv' },
    { as: S, q: 'ok kör', kind: 'confirmed', lang: 'sv' } ] },
  { category: 'confirm', conversation: [
    { as: S, q: 'move the SK meeting on 22 September to 29 September', kind: 'confirm', expect: ['29 September'], lang: 'en' },
    { as: S, q: 'confirm', kind: 'confirmed', lang: 'en' },
    { as: S, q: 'what has changed?', kind: 'history', expect: ['29 September'], lang: 'en' } ] },
  { category: 'confirm', conversation: [
    { as: S, q: 'rådslaget 2014 ska hållas i huddinge', kind: 'confirm', expect: ['Huddinge'], lang: 'sv' },
    { as: S, q: 'avbryt', kind: 'cancelled', lang: 'sv' } ] },
  { category: 'confirm', conversation: [
    { as: S, q: 'ny värd för nyckeltalsdagen: Salem', kind: 'confirm', expect: ['Salem'], lang: 'sv' },
    { as: S, q: 'nej vänta, Haninge ska det vara', kind: 'confirm', expect: ['Haninge'], lang: 'sv' },
    { as: S, q: 'bekräfta', kind: 'confirmed', lang: 'sv' } ] },
  { category: 'confirm', conversation: [
    { as: S, q: 'lägg till LG fredag 17 juni', kind: 'confirm', expect: ['17 juni'], lang: 'sv' },
    { as: S, q: 'ja', kind: 'confirmed', lang: 'sv' },
    { as: S, q: 'ångra senaste ändringen', expect: ['17 juni'], lang: 'sv' } ] },
  { category: 'confirm', conversation: [
    { as: S, q: 'flytta lg 9/9 till 16/9', kind: 'confirm', expect: ['16 september'], lang: 'sv' },
    { as: S, q: 'oj, jag menade 14/10 → 21/10', kind: 'confirm', expect: ['21 oktober'], lang: 'sv' },
    { as: S, q: 'ja', kind: 'confirmed', lang: 'sv' },
    { as: S, q: 'visa ändringar', kind: 'history', expect: ['21 oktober'], lang: 'sv' } ] },
];

function write(name, description, items) {
  const out = { description, defaultNow: NOW, items };
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify(out, null, 2) + '\n');
}
write('pool-questions.json', 'Round 29 writer al: questions from verksamhetsplan-2011 (trainee, Finnish delegation, LG/SK members).', questions);
write('pool-commands.json', 'Round 29 writer al: change requests (secretariat, members, undo/history/corrections).', commands);
console.log('questions', questions.length, 'commands', commands.length);

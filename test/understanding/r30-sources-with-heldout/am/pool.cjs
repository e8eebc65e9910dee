// Round 30 writer "am" — pool from verksamhetsplan-2011.txt only
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const NI = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'], T15 = ['15.00', '15:00'], T0830 = ['08.30', '08:30', '8.30', '8:30'], T13 = ['13.00', '13:00'];
const SEK = [['sekretariat', 'secretariat']];

const Q = [];
const q = (category, lang, text, o = {}) => Q.push(Object.assign({ category, q: text, lang }, o));
const conv = (category, turns, o = {}) => Q.push(Object.assign({ category, conversation: turns }, o));

// ---------------- rotation ----------------
q('rotation', 'sv', 'rådslaget 2014 vem är värd', { expect: ['Tyresö'] });
q('rotation', 'sv', 'vilken kommun har rådslaget 2016', { expect: ['Haninge'] });
q('rotation', 'sv', 'när är det tyresös tur för rådslaget', { expect: ['2014'] });
q('rotation', 'en', 'Which municipality hosts the Södertörn rådslag in 2013?', { expect: ['Botkyrka'] });
q('rotation', 'en', 'In which year is Huddinge the host of the rådslag?', { expect: ['2018'] });
q('rotation', 'sv', 'värd rådslag 2017?', { expect: ['Nykvarn'] });
q('rotation', 'sv', 'Hej, vem står som värdkommun för rådslaget nästa år?', { expect: ['Nynäshamn'] });
q('rotation', 'en', 'rådslag host 2015', { expect: ['Södertälje'] });
q('rotation', 'sv', 'vilket år har södertälje rådslaget', { expect: ['2015'] });
q('rotation', 'sv', 'vem har rådslaget efter botkyrka', { expect: ['Tyresö'], expectNot: ['Nykvarn'] });
q('rotation', 'en', 'Who was host of this year\'s rådslag, and where does it go after that?', { expect: ['Salem', 'Nynäshamn'] });
q('rotation', 'sv', 'sista året i rotationen för rådslaget, vem är värd då', { expect: ['2018', 'Huddinge'] });

// ---------------- budget ----------------
q('budget', 'en', 'What is the total budget for 2011?', { expect: ['860 000'] });
q('budget', 'en', 'If the municipal fees are split equally between the eight municipalities, how much does each one pay?', { expect: ['107 500'] });
q('budget', 'en', 'What do Personnel and the Huddinge compensation add up to together?', { expect: ['630 000'] });
q('budget', 'en', 'What share of total costs is the personnel line? Percentage please.', { expectAny: [['67', '68']] });
q('budget', 'en', 'How much is budgeted for investigations and consultancy support per quarter?', { expect: ['57 500'] });
q('budget', 'en', 'Monthly figure for the whole cost budget, assuming an even spread over 12 months?', { expectAny: [['71 666', '71 667']] });
q('budget', 'en', 'Do the three cost lines actually add up to the stated total of 860 000?', { startsWith: 'Yes', expect: ['860 000'] });
q('budget', 'en', 'difference between the personnel line and the consultancy line?', { expect: ['350 000'] });
q('budget', 'en', 'What proportion of the budget goes to studies and consultants? Rounded to a whole percent is fine.', { expectAny: [['26', '27']] });
q('budget', 'en', 'Huddinge compensation per month?', { expectAny: [['4 166', '4 167']] });
q('budget', 'en', 'If we spread the whole budget evenly over six committee meetings, what is that per meeting?', { expectAny: [['143 333', '143 334']] });
q('budget', 'en', 'Which is the smallest cost line and how large is it?', { expect: ['50 000'], expectAny: [['Huddinge', 'kontorsservice', 'office']] });
q('budget', 'en', 'What is left of the revenue once personnel costs are paid?', { expect: ['280 000'] });
q('budget', 'en', 'Personnel per quarter, please. Double-check the figure.', { expect: ['145 000'] });
q('budget', 'sv', 'hur mycket är personalkostnaden per månad', { expectAny: [['48 333', '48 334']] });
q('budget', 'sv', 'vad blir avgiften per kommun och kvartal om den delas lika', { expect: ['26 875'] });
q('budget', 'sv', 'största kostnadsposten?', { expect: ['580 000'], expectAny: [['personal', 'Personal']] });
q('budget', 'sv', 'hur stor andel av budgeten är ersättningen till huddinge', { expectAny: [['5', '6']] });
q('budget', 'sv', 'utredningar + huddingeersättningen tillsammans?', { expect: ['280 000'] });
q('budget', 'sv', 'intäkter 2011?', { expect: ['860 000'] });
q('budget', 'sv', 'hur mycket budget för halva året om vi räknar jämnt', { expect: ['430 000'] });
q('budget', 'sv', 'om personalbudgeten delas på de åtta kommunerna, vad blir det per kommun', { expect: ['72 500'] });
q('budget', 'en', 'How much larger is the consultancy line than the Huddinge office compensation?', { expect: ['180 000'] });
q('budget', 'en', 'Sum of all costs except personnel, and what percentage of the total is that?', { expect: ['280 000'], expectAny: [['32', '33']] });

// ---------------- yesno ----------------
q('yesno', 'sv', 'är tyresö värd för rådslaget 2014', { startsWith: 'Ja' });
q('yesno', 'sv', 'ses sk på fredagar?', { startsWith: 'Nej', expectAny: [['torsdag']] });
q('yesno', 'sv', 'ingår salem i överförmyndarnämnden', { startsWith: 'Nej' });
q('yesno', 'sv', 'är haninge värdkommun för ÖFN', { startsWith: 'Ja' });
q('yesno', 'sv', 'startade miljö- och hälsoskyddsförbundet 2010?', { startsWith: 'Nej', expect: ['2008'] });
q('yesno', 'en', 'Is the budget balanced, revenue equal to costs?', { startsWith: 'Yes' });
q('yesno', 'en', 'Does the management group meet on Fridays?', { startsWith: 'Yes' });
q('yesno', 'sv', 'har rådslaget redan varit i år', { startsWith: 'Ja', expect: ['24 mars'] });
q('yesno', 'en', 'Is Huddinge hosting the rådslag in 2016?', { startsWith: 'No', expect: ['Haninge'] });
q('yesno', 'sv', 'är nyckeltalsdagen i botkyrka', { startsWith: 'Ja' });
q('yesno', 'sv', 'är tyresö med i miljöförbundet', { startsWith: 'Ja' });
q('yesno', 'en', 'Is Nykvarn a member of the joint guardianship board?', { startsWith: 'No' });
q('yesno', 'sv', 'blir det sk-möte nästa torsdag?', { startsWith: 'Ja', expect: ['Nykvarn'] });
q('yesno', 'en', 'Is the personnel line more than two thirds of the budget?', { startsWith: 'Yes', expectAny: [['67', '68']] });

// ---------------- premise ----------------
q('premise', 'sv', 'varför är botkyrka värd för sk 9/6', { expect: ['Salem'] });
q('premise', 'en', 'Why does the management group meet on Thursdays?', { expectAny: [['Friday']] });
q('premise', 'sv', 'rådslaget 2013 i tyresö, är det heldag?', { expect: ['Botkyrka'] });
q('premise', 'sv', 'personalposten är 680 000 va? vad blir det per månad', { expect: ['580 000'] });
q('premise', 'en', 'Since all eight municipalities are in the overförmyndarnämnd, who is the host municipality?', { expect: ['Haninge'], expectAny: [['five', 'Botkyrka']] });
q('premise', 'sv', 'sk 22/9 hos Nykvarn, vilken tid börjar det', { expect: ['Nynäshamn'] });
q('premise', 'en', 'The Södertörn conference in Salem on 1 September — is it a full day?', { expectAny: [['Huddinge', 'Tyresö']] });
q('premise', 'sv', 'nyckeltalsdagen 6 okt i haninge – vem ordnar?', { expect: ['Botkyrka'] });
q('premise', 'sv', 'sk-mötet i tyresö 8 november, stämmer tiden 12-15?', { expect: ['8 december'] });

// ---------------- offplan ----------------
q('offplan', 'sv', 'boka lokal för sk 14/4', { kind: NI });
q('offplan', 'sv', 'skicka kallelsen till LG för 20 maj', { kind: NI });
q('offplan', 'sv', 'vem är ordförande i samarbetskommittén', { kind: NI });
q('offplan', 'sv', 'vad kostar lunchen på rådslaget', { kind: NI });
q('offplan', 'en', 'What is on the agenda for the committee meeting on 22 September?', { kind: NI });
q('offplan', 'sv', 'adress till nykvarns kommunhus', { kind: NI });
q('offplan', 'en', 'What will the budget be for 2012?', { kind: NI });
q('offplan', 'sv', 'vad heter kommundirektören i salem', { kind: NI });
q('offplan', 'en', 'Can you call Botkyrka and tell them we are running late?', { kind: NI });
q('offplan', 'sv', 'vilket datum är rådslaget 2012', { kind: NI });
q('offplan', 'sv', 'hur många personer jobbar på sekretariatet', { kind: NI });

// ---------------- topic ----------------
q('topic', 'sv', 'när är sk:s planeringskonferens', { expect: ['27', '28', 'jan'], expectNot: ['31 mars'] });
q('topic', 'sv', 'ledningsgruppens planeringskonferens när', { expect: ['31 mars', '1 april'], expectNot: ['27-28', '28 jan'] });
q('topic', 'en', 'When is the Södertörn conference (not the rådslag)?', { expect: ['1 September'], expectNot: ['24 March'] });
q('topic', 'sv', 'vad täcker posten på 50 000', { expectAny: [['kontorsservice', 'arbetsrum']] });
q('topic', 'en', 'What does the 230 000 line cover?', { expectAny: [['consult', 'konsult']], expectAny2: undefined });
q('topic', 'sv', 'vad är syftet med ledningsgruppen', { expectAny: [['förbereda'], ['samordna']] });
q('topic', 'sv', 'syftet med rådslaget?', { expectAny: [['fokus', 'frågeställningar', 'utveckling']] });
q('topic', 'en', 'What is the purpose of the second main area, verksamhetsfrågor?', { expectAny: [['effici', 'effektiv'], ['individual', 'each municipality', 'enskilda']] });
q('topic', 'sv', 'vilka kommuner har miljö- och hälsoskyddsförbundet (inte ÖFN)', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'], expectNot: ['Botkyrka'] });
q('topic', 'sv', 'vilka ingår i överförmyndarnämnden', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] });
q('topic', 'en', 'Where is the key figures day held, as opposed to the rådslag?', { expect: ['Botkyrka'], expectNot: ['Salem'] });
q('topic', 'sv', 'vem tar hand om explosiva varor', { expect: ['brandförsvarsförbund'] });
q('topic', 'sv', 'kontroll av receptfria läkemedel, var ligger det', { expect: ['miljö- och hälsoskyddsförbund'] });
// fix placeholder field
Q.forEach(x => { delete x.expectAny2; });

// ---------------- period ----------------
q('period', 'sv', 'vilka sk möten är kvar före sommaren', { expect: ['14 april', '9 juni'] });
q('period', 'sv', 'sk i höst?', { expect: ['22 september', '3 november', '8 december'] });
q('period', 'sv', 'LG hösten', { expect: ['9 september', '14 oktober', '25 november'] });
q('period', 'en', 'First committee meeting after the summer, and who hosts it?', { expect: ['22 September', 'Nynäshamn'] });
q('period', 'sv', 'sista lg för året', { expect: ['25 november'] });
q('period', 'en', 'When is the last SK meeting of 2011?', { expect: ['8 December', 'Tyresö'] });
q('period', 'sv', 'vilka lg-möten ligger första halvåret', { expect: ['21 januari', '20 maj'], expectAny: [['31 mars', '1 april']] });
q('period', 'en', 'What happens in October?', { expect: ['6 October', '14 October'] });
q('period', 'sv', 'vad händer i september', { expect: ['1 september', '9 september', '22 september'] });
q('period', 'sv', 'första lg efter sommaren', { expect: ['9 september'] });
q('period', 'en', 'committee meetings in the first half of 2012?', { expectAny: [['January', 'jan']], expect: ['Södertälje', 'Huddinge'] });

// ---------------- followup (conversations) ----------------
conv('followup', [
  { q: 'nästa sk', lang: 'sv', expect: ['14 april', 'Nykvarn'] },
  { q: 'och sen?', lang: 'sv', expect: ['9 juni', 'Salem'] },
  { q: 'hur länge', lang: 'sv', expectAny: [T12, T15] },
]);
conv('followup', [
  { q: 'nyckeltalsdagen', lang: 'sv', expect: ['6 oktober', 'Botkyrka'] },
  { q: 'vilken veckodag', lang: 'sv', expect: ['torsdag'] },
  { q: 'närmaste lg efter det då', lang: 'sv', expect: ['14 oktober'] },
]);
conv('followup', [
  { q: 'vem har rådslaget 2014', lang: 'sv', expect: ['Tyresö'] },
  { q: 'och året innan', lang: 'sv', expect: ['Botkyrka'] },
  { q: 'och året efter tyresö', lang: 'sv', expect: ['Södertälje'] },
]);
conv('followup', [
  { q: 'When does the management group meet next?', lang: 'en', expect: ['20 May'] },
  { q: 'What time?', lang: 'en', expectAny: [T0830, T13] },
  { q: 'And the one after that?', lang: 'en', expect: ['9 September'] },
]);
conv('followup', [
  { q: 'södertörnskonferensen', lang: 'sv', expect: ['1 september'] },
  { q: 'vem håller i det', lang: 'sv', expect: ['Huddinge', 'Tyresö'] },
  { q: 'hur länge', lang: 'sv', expectAny: [['heldag']] },
]);
conv('followup', [
  { q: 'What is the personnel budget?', lang: 'en', expect: ['580 000'] },
  { q: 'And per month?', lang: 'en', expectAny: [['48 333', '48 334']] },
  { q: 'What share of the total is it?', lang: 'en', expectAny: [['67', '68']] },
]);
conv('followup', [
  { q: 'sk 8/12 vem är värd', lang: 'sv', expect: ['Tyresö'] },
  { q: 'vilken veckodag', lang: 'sv', expect: ['torsdag'] },
  { q: 'och mötet efter det', lang: 'sv', expect: ['Södertälje'] },
]);
conv('followup', [
  { q: 'ÖFN vilka kommuner', lang: 'sv', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
  { q: 'sedan när', lang: 'sv', expect: ['2011'], expectAny: [['1 januari']] },
  { q: 'vem är värdkommun', lang: 'sv', expect: ['Haninge'] },
]);
conv('followup', [
  { q: 'Which is the largest cost line?', lang: 'en', expect: ['580 000'] },
  { q: 'and the second largest?', lang: 'en', expect: ['230 000'] },
  { q: 'difference between them?', lang: 'en', expect: ['350 000'] },
]);
conv('followup', [
  { q: 'lg 14/10', lang: 'sv', expectAny: [T0830] },
  { q: 'vilken dag är det', lang: 'sv', expect: ['fredag'] },
  { q: 'nästa lg efter det?', lang: 'sv', expect: ['25 november'] },
]);

// ---------------- typo ----------------
q('typo', 'sv', 'när träffas ledingsgruppen nästa gång', { expect: ['20 maj'] });
q('typo', 'sv', 'ledningsgruppen s planerings konferens', { expect: ['31 mars'] });
q('typo', 'sv', 'rådslsget 2015 värd', { expect: ['Södertälje'] });
q('typo', 'sv', 'SK-mötet i nynäshman när', { expect: ['22 september'] });
q('typo', 'sv', 'vilka lg-datm i höst', { expect: ['9 september', '14 oktober', '25 november'] });
q('typo', 'sv', 'nykeltalsdagen var', { expect: ['Botkyrka'] });
q('typo', 'sv', 'södertörnskonfernsen datum', { expect: ['1 september'] });
q('typo', 'sv', 'överförmyndarnämden värdkommun', { expect: ['Haninge'] });
q('typo', 'sv', 'personalkostander totalt', { expect: ['580 000'] });
q('typo', 'en', 'wich municipality hosts the comittee on 3 nov', { expect: ['Botkyrka'] });
q('typo', 'sv', 'samarbetskomiten tid', { expectAny: [T12, T15] });
q('typo', 'sv', 'rådsalget i år va', { expect: ['24 mars', 'Salem'] });

// ---------------- language ----------------
q('language', 'en', 'SK 3/11 värd?', { locale: 'en-GB', expect: ['Botkyrka'] });
q('language', 'sv', 'ÖFN?', { locale: 'sv-SE', expectAny: [['överförmyndar']] });
q('language', 'en', 'kostnader?', { locale: 'en-US', expect: ['580 000', '50 000', '230 000'] });
q('language', 'sv', 'LG 20/5?', { expectAny: [T0830], expect: ['20 maj'] });
q('language', 'en', 'rådslaget 2018?', { locale: 'en-GB', expect: ['Huddinge'] });
q('language', 'en', 'Vilken kommun har SK i juni — answer in English please', { expect: ['Salem'], expectAny: [['June']] });
q('language', 'sv', 'when is nyckeltalsdagen? svara på svenska tack', { expect: ['6 oktober'] });
q('language', 'en', 'Hi, what is the vision for 2025?', { expectAny: [['half a million', '500 000', 'million']] });

// ---------------- facts ----------------
q('facts', 'sv', 'vision 2025?', { expectAny: [['halv miljon', '500 000']] });
q('facts', 'sv', 'hur många invånare har södertörn idag', { expect: ['430 000'] });
q('facts', 'en', 'How many inhabitants does the vision aim for by 2025?', { expectAny: [['half a million', '500 000']] });
q('facts', 'sv', 'vilka är målområdena i utvecklingsprogrammet', { expect: ['Näringsliv', 'Högskola', 'Mångfald', 'Klimat', 'Infrastruktur'] });
q('facts', 'en', 'What are the four guiding principles of the cooperation?', { expectAny: [['common benefit', 'gemensamma nyttan', 'joint benefit', 'shared benefit'], ['democratic', 'demokratisk'], ['leadership', 'ledarskap'], ['give and', 'ge och få']] });
q('facts', 'sv', 'förhållningssätt', { expectAny: [['gemensamma nyttan'], ['demokratiska'], ['ledarskap'], ['ge och få']] });
q('facts', 'sv', 'vilka sitter i sk', { expectAny: [['kommunstyrelseordförande', 'kommunstyrelsens ordförande', 'KSO']] });
q('facts', 'en', 'Who makes up the management group?', { expectAny: [['chief executive', 'municipal director', 'kommundirektör', 'city manager', 'municipal manager']] });
q('facts', 'sv', 'hur ofta träffas sk enligt planen', { expectAny: [['sex', '6']] });
q('facts', 'sv', 'vilken kommun håller sekretariatet', { expect: ['Huddinge'] });
q('facts', 'en', 'What time do the committee meetings run?', { expectAny: [T12, T15] });
q('facts', 'sv', 'lg mötestider', { expectAny: [T0830, T13] });
q('facts', 'sv', 'vilka regionala organ samordnar vi insatser i', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] });
q('facts', 'en', 'Which organisations take part in the rådslag besides the municipalities?', { expect: ['Karolinska', 'KTH'], expectAny: [['Södertörns högskola', 'Södertörn University'], ['Handelskammaren', 'Chamber of Commerce'], ['Företagarna', 'entrepreneurs', 'business owners']] });
q('facts', 'sv', 'när började miljö- och hälsoskyddsförbundet', { expect: ['2008'] });
q('facts', 'en', 'Which infrastructure projects does the plan mention as successes of joint action?', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] });
q('facts', 'sv', 'vilka traditioner har samarbetet', { expectAny: [['gymnasie'], ['räddningstjänst'], ['energi', 'återvinning']] });
q('facts', 'sv', 'vad är nyckeltalsdagen för något', { expectAny: [['uppföljning']] });
q('facts', 'sv', 'vilka deltar på södertörnskonferensen', { expectAny: [['partier'], ['tjänstemän']] });
q('facts', 'sv', 'vilka företag nämns i planen', { expect: ['Scania', 'Astra Zeneca', 'Karolinska Universitetssjukhuset'] });
q('facts', 'sv', 'när fastställdes SUP 2010', { expectAny: [['hösten 2010']] });
q('facts', 'en', 'Should regional development or operational questions get more time in 2011?', { expectAny: [['regional development', 'regionala utvecklingsfrågor']] });
q('facts', 'sv', 'syftet med samarbetskommittén', { expectAny: [['kommunala och den regionala utvecklingen', 'regionala utvecklingen', 'regional utveckling']] });
q('facts', 'sv', 'hur många utvecklingsfrågor hör till målområdena', { expectAny: [['fem', '5']] });
q('facts', 'en', 'What are the two main areas of cooperation?', { expectAny: [['regional development', 'Regionala utvecklingsfrågor'], ['operational', 'Verksamhetsfrågor', 'service']] });
q('facts', 'sv', 'vilka högskolor nämns', { expect: ['Södertörns högskola', 'KTH', 'Karolinska Institutet'] });
q('facts', 'sv', 'hur många kommuner ingår i samarbetet', { expectAny: [['åtta', '8']] });
q('facts', 'sv', 'nyckeltalsuppföljningen när i höst', { expect: ['6 oktober'] });
q('facts', 'sv', 'vad står det om upphandling', { expectAny: [['fler varor', 'lagen om offentlig upphandling', 'LOU', 'utvecklas', 'utökas']] });
q('facts', 'sv', 'vilken roll har kommundirektörerna på sk-mötena', { expectAny: [['deltar']] });
q('facts', 'sv', 'vilka veckodagar har sk resp lg', { expect: ['torsdag', 'fredag'] });
q('facts', 'sv', 'vilka är de viktigaste regionala utvecklingsfrågorna', { expectAny: [['utbildningsnivå'], ['kunskapsintensivt'], ['klimateffektivt']] });
q('facts', 'en', 'What is Södertörn described as part of — "The Capital of" what?', { expect: ['Scandinavia'] });
q('facts', 'sv', 'rådslaget vilken tid på dagen', { expectAny: [['heldag']] });
q('facts', 'sv', 'hur sker den gemensamma ägarstyrningen', { expectAny: [['ägardialog', 'owner dialogue', 'ownership dialogue', 'owner dialog', 'directive', 'direktiv']] });

// extra Tyresö-persona items
q('rotation', 'sv', 'tyresö värd nån gång i år', { expect: ['8 december'] });
q('yesno', 'sv', 'öfn tyresö med', { startsWith: 'Ja' });
q('period', 'sv', 'hur många sk kvar i år', { expectAny: [['5', 'fem']], expect: ['8 december'] });
q('period', 'sv', 'antal lg kvar 2011', { expectAny: [['4', 'fyra']], expect: ['25 november'] });
q('yesno', 'en', 'Does the revenue consist only of fees from the municipalities?', { startsWith: 'Yes', expect: ['860 000'] });
q('facts', 'sv', 'vad hände m överförmyndarverksamheten 1 jan', { expectAny: [['överförmyndarnämnd']] });
q('budget', 'sv', 'huddinge ersättning per kvartal', { expect: ['12 500'] });

// ---------------- commands ----------------
const C = [];
const c = (category, lang, as, text, o = {}) => C.push(Object.assign({ category, q: text, lang, as }, o));
const cc = (category, as, turns, o = {}) => C.push(Object.assign({ category, as, conversation: turns.map(t => Object.assign({ as }, t)) }, o));
const S = 'secretariat', M = 'member';

// move
c('move', 'sv', S, 'hej! pga krock med budgetberedningen behöver vi flytta LG-mötet 20/5 till 27/5', { kind: 'confirm', expect: ['27 maj'] });
c('move', 'sv', S, 'Hej, flera ordförande har kommunfullmäktige den 22 september och har bett oss se över det. Kan du flytta SK-mötet 22/9 till torsdagen veckan efter, 29/9?', { kind: 'confirm', expect: ['29 september'] });
c('move', 'en', S, 'Hi — the room in Botkyrka is double booked. Please move the SK meeting on 3 November to 10 November. Thanks!', { kind: 'confirm', expectAny: [['10 November', '10 Nov']] });
c('move', 'sv', S, 'lg 25/11 flyttas till 2/12, flera kommundirektörer är på KSL-konferens', { kind: 'confirm', expect: ['2 december'] });
c('move', 'sv', S, 'Botkyrka har meddelat att lokalen inte är ledig 6 okt. Vi flyttar nyckeltalsdagen till 13 oktober istället.', { kind: 'confirm', expect: ['13 oktober'] });
c('move', 'sv', S, 'hej igen, julbordet krockar – sk 8/12 ska flyttas till 15/12. tyresö är fortfarande värd', { kind: 'confirm', expect: ['15 december'] });
c('move', 'en', S, 'Could you move the Södertörn conference from 1 Sept to 8 Sept? Huddinge and Tyresö both asked for it.', { kind: 'confirm', expectAny: [['8 September', '8 Sep']] });
// host
c('host', 'sv', S, 'Hej! Nynäshamn har renovering i kommunhuset i höst och kan inte ta emot. Huddinge tar SK 22/9 istället.', { kind: 'confirm', expect: ['Huddinge'] });
c('host', 'sv', S, 'ändra värd för sk 14/4 från nykvarn till södertälje, kort varsel men det är bestämt', { kind: 'confirm', expect: ['Södertälje'] });
c('host', 'en', S, 'New host for the committee meeting on 3 November: Haninge instead of Botkyrka.', { kind: 'confirm', expect: ['Haninge'] });
c('host', 'sv', S, 'hej, vi har pratat med botkyrka och huddinge. nyckeltalsdagen 6/10 blir i huddinge i år, kan du ändra det', { kind: 'confirm', expect: ['Huddinge'] });
// cancel
c('cancel', 'sv', S, 'hej! det finns för få ärenden till LG i oktober så vi ställer in mötet 14/10', { kind: 'confirm', expect: ['14 oktober'] });
c('cancel', 'en', S, 'Please cancel the LG meeting on 9 September, too many of the directors are away.', { kind: 'confirm', expectAny: [['9 September', '9 Sep']] });
c('cancel', 'sv', S, 'Efter dialog med ordförandena har vi bestämt att SK 9/6 utgår. Ställ in det tack.', { kind: 'confirm', expect: ['9 juni'] });
// add
c('add', 'sv', S, 'hej, inför budgetarbetet vill LG ha ett extra möte. lägg in LG fredag 17 juni', { kind: 'confirm', expect: ['17 juni'] });
c('add', 'en', S, 'Add an extra SK meeting on Thursday 18 August, hosted by Huddinge.', { kind: 'confirm', expectAny: [['18 August', '18 Aug']] });
c('add', 'sv', S, 'Ordförandena vill ses en gång till innan jul. Kan du lägga till ett SK-möte torsdag 20 oktober i Södertälje?', { kind: 'confirm', expect: ['20 oktober'] });
// budgetline
c('budgetline', 'sv', S, 'hej! efter beslut i SK höjs posten utredningar, konsultstöd mm till 250 000', { kind: 'confirm', expect: ['250 000'] });
c('budgetline', 'sv', S, 'personal ska vara 600 000 istället för 580 000, lönerevisionen blev högre än beräknat', { kind: 'confirm', expect: ['600 000'] });
c('budgetline', 'en', S, 'Huddinge has asked for more for office services. Change the compensation to Huddinge kommun to 55 000.', { kind: 'confirm', expect: ['55 000'] });
c('budgetline', 'sv', S, 'Vi har sett över konsultbehovet för året. Sänk utredningar till 210 000 tack', { kind: 'confirm', expect: ['210 000'] });
// rotationhost
c('rotationhost', 'sv', S, 'hej, haninge och nykvarn har kommit överens: rådslaget 2016 blir i nykvarn istället', { kind: 'confirm', expect: ['Nykvarn'] });
c('rotationhost', 'en', S, 'Tyresö cannot host the rådslag in 2014. Please set Huddinge as host for 2014.', { kind: 'confirm', expect: ['Huddinge'] });
c('rotationhost', 'sv', S, 'Ändra värdkommun för rådslaget 2017 till Salem, Nykvarn har tackat nej och SK har godkänt bytet.', { kind: 'confirm', expect: ['Salem'] });
// history
c('history', 'sv', S, 'visa ändringar', { kind: 'history' });
c('history', 'en', S, 'what has changed in the plan so far?', { kind: 'history' });
c('history', 'sv', S, 'kan du lista vad som ändrats i kalendariet', { kind: 'history' });
// missing / clarify
c('missing', 'sv', S, 'hej, vi behöver flytta LG-mötet', { kind: 'clarify' });
c('missing', 'sv', S, 'ändra budgetposten till 300 000', { kind: 'clarify' });
c('missing', 'sv', S, 'Pga sjukdom hos ordföranden måste vi byta värd för SK-mötet i höst.', { kind: 'clarify' });
c('missing', 'en', S, 'Please move the committee meeting to next week.', { kind: 'clarify' });
c('missing', 'sv', S, 'lägg till ett möte', { kind: 'clarify' });
// refused (members)
c('refused', 'sv', M, 'flytta sk 22/9 till 29/9, jag kan inte då', { kind: 'refused', expectAny: SEK });
c('refused', 'en', M, 'Change the host of the 3 November meeting to Haninge please.', { kind: 'refused', expectAny: SEK });
c('refused', 'sv', M, 'höj personalposten till 620 000', { kind: 'refused', expectAny: SEK });
c('refused', 'sv', M, 'ställ in LG 20/5 vi har ändå inget att ta upp', { kind: 'refused', expectAny: SEK });
c('refused', 'sv', M, 'Tyresö vill byta rådslagsår med Södertälje, sätt Södertälje som värd 2014', { kind: 'refused', expectAny: SEK });
c('refused', 'en', M, 'Please move the LG meeting on 14 October to 21 October.', { kind: 'refused', expectAny: SEK });
c('refused', 'sv', M, 'lägg till ett extra sk-möte 18 aug hos oss i salem', { kind: 'refused', expectAny: SEK });
c('rotation', 'sv', M, 'vem har rådslaget 2012 förresten', { expect: ['Nynäshamn'] });
// confirm conversations
cc('confirm', S, [
  { q: 'hej! budgetberedningen krockar, flytta lg 9/9 till 16/9', lang: 'sv', kind: 'confirm', expect: ['16 september'] },
  { q: 'ja', lang: 'sv', kind: 'confirmed' },
]);
cc('confirm', S, [
  { q: 'Please change the personnel line to 590 000.', lang: 'en', kind: 'confirm', expect: ['590 000'] },
  { q: 'no, cancel', lang: 'en', kind: 'cancelled' },
]);
cc('confirm', S, [
  { q: 'Salem har vattenskada i lokalen. SK 9/6 flyttas till 16/6, samma värd', lang: 'sv', kind: 'confirm', expect: ['16 juni'] },
  { q: 'ok kör', lang: 'sv', kind: 'confirmed' },
  { q: 'visa ändringar', lang: 'sv', kind: 'history', expect: ['16 juni'] },
]);
cc('confirm', S, [
  { q: 'byt värd för sk 8/12 till haninge', lang: 'sv', kind: 'confirm', expect: ['Haninge'] },
  { q: 'avbryt', lang: 'sv', kind: 'cancelled' },
]);
// secretariat questions that look like commands
c('period', 'sv', S, 'när är LG i maj?', { expect: ['20 maj'] });
c('facts', 'sv', S, 'vem är värd för sk-mötet vi ska flytta i september?', { expect: ['Nynäshamn'] });
c('budget', 'sv', S, 'innan jag ändrar något – vad står personal på nu?', { expect: ['580 000'] });
c('rotation', 'en', S, 'Before we change anything: who is down as rådslag host for 2016?', { expect: ['Haninge'] });
c('period', 'sv', S, 'vilka lg-möten finns kvar i år så jag vet vilka jag kan flytta', { expect: ['20 maj', '9 september', '14 oktober', '25 november'] });

function write(name, desc, items) {
  const out = { description: desc, defaultNow: NOW, items };
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify(out, null, 2) + '\n');
}
write('pool-questions.json', 'Round 30 writer am — questions (Tyresö kommundirektör, external auditor, general facts)', Q);
write('pool-commands.json', 'Round 30 writer am — change requests (secretariat, members)', C);
const count = (items) => { const m = {}; for (const i of items) { const l = i.lang || (i.conversation && i.conversation[0].lang); const k = i.category + '/' + l; m[k] = (m[k] || 0) + 1; } return m; };
console.log('questions', Q.length, count(Q));
console.log('commands', C.length, count(C));

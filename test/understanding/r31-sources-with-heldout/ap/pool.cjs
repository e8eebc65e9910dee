// Round 31 writer "ap" — question pool from verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const T12 = ['12.00', '12:00'];
const T0830 = ['08.30', '8.30', '08:30', '8:30'];
const CANNOT = ['notInPlan', 'cannot'];

const questions = [];
function Q(category, q, o = {}) { questions.push(Object.assign({ category, q, lang: 'sv' }, o)); }
function E(category, q, o = {}) { questions.push(Object.assign({ category, q, lang: 'en' }, o)); }
function C(category, turns, o = {}) { questions.push(Object.assign({ category, conversation: turns }, o)); }

// ---------------- rotation ----------------
Q('rotation', 'vem är värd för rådslaget 2014?', { expect: ['Tyresö'] });
Q('rotation', 'rådslaget 2016 var?', { expect: ['Haninge'] });
Q('rotation', 'vilket år är det Huddinges tur att ha rådslaget', { expect: ['2018'] });
Q('rotation', 'när blir Botkyrka värdkommun för Södertörns rådslag?', { expect: ['2013'] });
Q('rotation', 'vem tar över rådslaget efter Tyresö?', { expect: ['Södertälje'] });
Q('rotation', 'vilken kommun har rådslaget året innan Nykvarn?', { expect: ['Haninge'] });
Q('rotation', 'rådslaget nästa år - vem är värd', { expect: ['Nynäshamn'] });
E('rotation', 'Which municipality hosts the Södertörn rådslag in 2017?', { expect: ['Nykvarn'] });
E('rotation', 'when is it Södertälje\'s turn to host the rådslag?', { expect: ['2015'] });
E('rotation', 'who hosts rådslaget this year', { expect: ['Salem'] });
Q('rotation', 'vilka kommuner är värdar för rådslaget 2012 till 2014?', { expect: ['Nynäshamn', 'Botkyrka', 'Tyresö'] });
Q('rotation', 'vem är sist i värdturordningen för rådslaget och vilket år?', { expect: ['Huddinge', '2018'] });
E('rotation', 'Is there a year in the rotation where Nynäshamn hosts the rådslag, and which one?', { expect: ['2012'] });
Q('rotation', 'värd rådslag 2015 o 2016?', { expect: ['Södertälje', 'Haninge'] });

// ---------------- budget ----------------
Q('budget', 'hur stor är budgeten totalt 2011?', { expect: ['860 000'] });
Q('budget', 'vad är personalkostnaden i budgeten', { expect: ['580 000'] });
Q('budget', 'hur mycket går till utredningar och konsultstöd?', { expect: ['230 000'] });
E('budget', 'How much does Huddinge get for office services and rooms?', { expect: ['50 000'] });
Q('budget', 'om avgifterna delas lika mellan de åtta kommunerna, hur mycket blir det per kommun?', { expect: ['107 500'] });
Q('budget', 'personal per månad?', { expect: ['48 333'] });
E('budget', 'what is the total budget per month, roughly?', { expectAny: [['71 666', '71 667']] });
Q('budget', 'hur mycket är utredningsposten per kvartal', { expect: ['57 500'] });
Q('budget', 'hur mycket blir kvar av intäkterna när personalen är betald?', { expect: ['280 000'] });
Q('budget', 'skillnaden mellan personal och utredningar?', { expect: ['350 000'] });
E('budget', 'What share of the costs is personnel, in percent?', { expectAny: [['67', '68']] });
Q('budget', 'vilken kostnadspost är minst?', { expectAny: [['kontorsservice', 'Huddinge']], expect: ['50 000'] });
Q('budget', 'största kostnadsposten i budgeten', { expectAny: [['personal']], expect: ['580 000'] });
Q('budget', 'hur stor andel av budgeten går till utredningar, konsultstöd mm?', { expectAny: [['26', '27']] });
E('budget', 'personnel plus the Huddinge compensation, together?', { expect: ['630 000'] });
Q('budget', 'går budgeten jämnt upp eller blir det underskott?', { expectAny: [['860 000']] });
Q('budget', 'om utredningsposten höjs till 300 000, hur mycket saknas då i intäkter?', { expect: ['70 000'] });
Q('budget', 'om varje kommun betalar lika mycket för personalen, vad blir det per kommun?', { expect: ['72 500'] });
E('budget', 'how much are the consultancy costs per month', { expectAny: [['19 166', '19 167']] });
Q('budget', 'hur mycket är kostnaderna för första halvåret om man fördelar jämnt?', { expect: ['430 000'] });

// ---------------- yesno ----------------
Q('yesno', 'stämmer det att SK 14/4 är i Nykvarn?', { startsWith: 'Ja', expect: ['Nykvarn'] });
Q('yesno', 'är Nykvarn med i överförmyndarnämnden?', { startsWith: 'Nej' });
E('yesno', 'Is Huddinge a member of Södertörns miljö- och hälsoskyddsförbund?', { startsWith: 'No' });
Q('yesno', 'träffas LG på fredagar?', { startsWith: 'Ja' });
E('yesno', 'is it true that the nyckeltal day is held in Botkyrka?', { startsWith: 'Yes', expect: ['Botkyrka'] });
Q('yesno', 'är Södertörnskonferensen i Haninge?', { startsWith: 'Nej', expectAny: [['Huddinge', 'Tyresö']] });
E('yesno', 'does Huddinge provide the secretariat?', { startsWith: 'Yes' });
Q('yesno', 'stämmer det att miljö- och hälsoskyddsförbundet startade 2010?', { startsWith: 'Nej', expect: ['2008'] });
E('yesno', 'Is the goal in Vision 2025 a million inhabitants?', { startsWith: 'No', expectAny: [['half a million', 'halv miljon', '500 000']] });
Q('yesno', 'är SK-mötet 22/9 i Botkyrka?', { startsWith: 'Nej', expect: ['Nynäshamn'] });
Q('yesno', 'ingår Karolinska institutet i rådslaget?', { startsWith: 'Ja' });
E('yesno', 'Is the Södertörn conference just a half day?', { startsWith: 'No', expectAny: [['full day', 'full-day', 'all day', 'whole day', 'heldag']] });
Q('yesno', 'är Haninge värdkommun för överförmyndarnämnden?', { startsWith: 'Ja' });
E('yesno', 'Does personnel take up more than half of the budget?', { startsWith: 'Yes', expect: ['580 000'] });
Q('yesno', 'har LG möte 9/9?', { startsWith: 'Ja' });
Q('yesno', 'stämmer det att Södertälje har rådslaget 2014?', { startsWith: 'Nej', expect: ['Tyresö'] });
E('yesno', 'does the committee meet on Thursdays?', { startsWith: 'Yes' });

// ---------------- premise ----------------
Q('premise', 'varför är Botkyrka värd för SK 9/6?', { expect: ['Salem'] });
E('premise', 'Why did Botkyrka host the rådslag this year?', { expect: ['Salem'] });
Q('premise', 'varför hålls nyckeltalsdagen i Huddinge?', { expect: ['Botkyrka'] });
E('premise', 'Why is Nykvarn the host municipality for the överförmyndarnämnd?', { expect: ['Haninge'] });
Q('premise', 'eftersom Haninge sköter sekretariatet, vem där ska jag kontakta?', { expect: ['Huddinge'] });
E('premise', 'Since the environment federation was set up by five municipalities, which five were they?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] });
Q('premise', 'varför ligger Södertörnskonferensen i oktober i år?', { expect: ['1 september'] });
Q('premise', 'varför har Södertälje SK-mötet 8 december?', { expect: ['Tyresö'] });
E('premise', 'why is the personnel line 650 000 in the budget?', { expect: ['580 000'] });
Q('premise', 'när 2012 har Botkyrka rådslaget?', { expect: ['2013'], expectAny: [['Nynäshamn']] });
E('premise', 'Why is the LG meeting on 20 May on a Thursday?', { expect: ['Friday'] });

// ---------------- offplan ----------------
Q('offplan', 'boka ett rum till LG 20/5', { kind: CANNOT });
Q('offplan', 'skicka kallelse till SK-mötet i Nykvarn', { kind: CANNOT });
Q('offplan', 'vad heter kommunstyrelseordföranden i Tyresö?', { kind: CANNOT });
E('offplan', 'what is the street address for the rådslag venue?', { kind: CANNOT });
Q('offplan', 'vad står på dagordningen 14/4?', { kind: CANNOT });
E('offplan', 'what will the budget be for 2012?', { kind: CANNOT });
Q('offplan', 'ring Salem och säg att vi blir sena', { kind: CANNOT });
Q('offplan', 'hur många invånare har Haninge?', { kind: CANNOT });
E('offplan', 'How much does lunch cost at the planning conference?', { kind: CANNOT });
Q('offplan', 'vem är ordförande i KSL?', { kind: CANNOT });

// ---------------- topic ----------------
Q('topic', 'när är samarbetskommitténs planeringskonferens?', { expect: ['28 januari'], expectNot: ['31 mars'] });
Q('topic', 'när har ledningsgruppen sin planeringskonferens?', { expect: ['31 mars'], expectNot: ['27-28', '27–28'] });
E('topic', 'When is the Södertörn conference?', { expect: ['1 September'], expectNot: ['24 March'] });
Q('topic', 'när var rådslaget i år?', { expect: ['24 mars'], expectNot: ['1 september'] });
Q('topic', 'vad täcker posten på 50 000?', { expectAny: [['kontorsservice', 'arbetsrum']] });
E('topic', 'what is the 230 000 line for?', { expectAny: [['consult', 'investigat', 'studies', 'utredning', 'konsult']] });
Q('topic', 'vilka ingår i överförmyndarnämnden? (inte miljöförbundet)', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] });
E('topic', 'Who handles control of non-prescription medicines, and who handles explosives?', { expectAny: [['miljö- och hälsoskyddsförbund', 'environment', 'miljö'], ['brandförsvarsförbund', 'fire']] });
Q('topic', 'vad är syftet med ledningsgruppen, inte kommittén?', { expectAny: [['förbereda']] });
Q('topic', 'vilka deltar i Södertörnskonferensen, jämfört med rådslaget?', { expectAny: [['politiska partier', 'partierna']] });
E('topic', 'What is the purpose of the verksamhetsfrågor area as opposed to the regional development questions?', { expectAny: [['efficien', 'effektivisera']] });
Q('topic', 'vilket styrdokument gäller för de regionala utvecklingsfrågorna?', { expect: ['UtvecklingsProgram 2010'] });
Q('topic', 'var är nyckeltalsdagen, inte rådslaget', { expect: ['Botkyrka'], expectNot: ['Salem'] });

// ---------------- period ----------------
Q('period', 'vilka SK-möten är det i höst?', { expect: ['22 september', '3 november', '8 december'] });
Q('period', 'LG efter sommaren?', { expect: ['9 september', '14 oktober', '25 november'] });
E('period', 'When is the first committee meeting after the summer, and where?', { expect: ['22 September', 'Nynäshamn'] });
Q('period', 'sista SK-mötet i år?', { expect: ['8 december', 'Tyresö'] });
Q('period', 'sista LG 2011', { expect: ['25 november'] });
E('period', 'what happens in October?', { expect: ['6 October', '14 October'] });
Q('period', 'vad händer i september?', { expect: ['1 september', '9 september', '22 september'] });
E('period', 'any LG meetings before the summer break that are still to come?', { expect: ['20 May'] });
Q('period', 'vilka möten har vi i november', { expect: ['3 november', '25 november'] });
Q('period', 'första SK-mötet 2012?', { expect: ['Södertälje'], expectAny: [['januari', 'jan']] });
Q('period', 'nästa SK?', { expect: ['14 april', 'Nykvarn'] });
Q('period', 'nästa LG-möte?', { now: '2011-10-01T09:00:00+02:00', expect: ['14 oktober'] });
E('period', 'next event on the calendar?', { now: '2011-09-25T09:00:00+02:00', expect: ['6 October'] });

// ---------------- followup ----------------
C('followup', [
  { q: 'vem är värd för rådslaget 2013?', expect: ['Botkyrka'], lang: 'sv' },
  { q: 'och året efter?', expect: ['Tyresö'], lang: 'sv' },
  { q: 'och 2018?', expect: ['Huddinge'], lang: 'sv' },
]);
C('followup', [
  { q: 'när är nästa SK?', expect: ['14 april', 'Nykvarn'], lang: 'sv' },
  { q: 'och efter det?', expect: ['9 juni', 'Salem'], lang: 'sv' },
  { q: 'vilken tid?', expectAny: [T12], lang: 'sv' },
]);
C('followup', [
  { q: 'Which municipalities are in the överförmyndarnämnd?', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], lang: 'en' },
  { q: 'what about the environment and health federation?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], expectNot: ['Botkyrka'], lang: 'en' },
  { q: 'when did that one start?', expect: ['2008'], lang: 'en' },
]);
C('followup', [
  { q: 'varför samverkar Södertörnskommunerna över huvud taget?', expectAny: [['regionala utvecklingen', 'regional utveckling', 'kommunala']], lang: 'sv' },
  { q: 'och varför då?', expectAny: [['gynnar', 'hemkommunen', 'mål']], lang: 'sv' },
]);
C('followup', [
  { q: 'hur mycket är personalbudgeten?', expect: ['580 000'], lang: 'sv' },
  { q: 'och per månad?', expect: ['48 333'], lang: 'sv' },
  { q: 'hur stor andel av totalen är det?', expectAny: [['67', '68']], lang: 'sv' },
]);
C('followup', [
  { q: 'when does LG meet after the summer?', expect: ['9 September', '14 October', '25 November'], lang: 'en' },
  { q: 'what time?', expectAny: [T0830], lang: 'en' },
]);
C('followup', [
  { q: 'When is the Södertörn conference?', expect: ['1 September'], lang: 'en' },
  { q: 'where?', expect: ['Huddinge', 'Tyresö'], lang: 'en' },
  { q: 'and who attends it?', expectAny: [['political parties', 'parties']], lang: 'en' },
]);
C('followup', [
  { q: 'när är nyckeltalsdagen?', expect: ['6 oktober'], lang: 'sv' },
  { q: 'var?', expect: ['Botkyrka'], lang: 'sv' },
  { q: 'och rådslaget då?', expect: ['24 mars', 'Salem'], lang: 'sv' },
]);
C('followup', [
  { q: 'vilka är målområdena i utvecklingsprogrammet?', expect: ['Klimat', 'Infrastruktur'], expectAny: [['Näringsliv']], lang: 'sv' },
  { q: 'hur många konkreta utvecklingsfrågor hör till dem?', expectAny: [['fem', '5']], lang: 'sv' },
  { q: 'och hur ska de följas upp?', expectAny: [['systematiskt', 'handlingsplan']], lang: 'sv' },
]);
C('followup', [
  { q: 'vem är värd för SK 3/11?', expect: ['Botkyrka'], lang: 'sv' },
  { q: 'och mötet innan?', expect: ['Nynäshamn'], lang: 'sv' },
]);

// ---------------- typo ----------------
Q('typo', 'ledingsgruppen nästa möte?', { expect: ['20 maj'] });
Q('typo', 'SK-mötet i juni värd?', { expect: ['Salem'] });
Q('typo', 'LG-datum i höst', { expect: ['9 september', '14 oktober', '25 november'] });
Q('typo', 'rådslagt 2016 värdkomun', { expect: ['Haninge'] });
Q('typo', 'värdkommun för överförmyndarnämden?', { expect: ['Haninge'] });
Q('typo', 'nyckeltalsdagn när', { expect: ['6 oktober'] });
Q('typo', 'vilken veckodag träffas samarbetskomitten', { expect: ['torsdag'] });
Q('typo', 'sodertornskonferensen datum', { expect: ['1 september'] });
Q('typo', 'budgten för utredningar', { expect: ['230 000'] });
Q('typo', 'när startde miljö- och hälsoskydsförbundet', { expect: ['2008'] });
E('typo', 'whos in the ledningsgrupen', { expectAny: [['municipal director', 'chief executive', 'kommundirektör', 'city manager', 'director']] });

// ---------------- language (locale decides for fragments) ----------------
Q('language', 'SK 3/11 värd?', { lang: 'en', locale: 'en-GB', expect: ['Botkyrka'] });
Q('language', 'ÖFN värdkommun?', { lang: 'en', locale: 'en-GB', expect: ['Haninge'] });
Q('language', 'rådslag 2015?', { lang: 'sv', locale: 'sv-SE', expect: ['Södertälje'] });
Q('language', 'nyckeltal 6/10?', { lang: 'en', locale: 'en-US', expect: ['Botkyrka'] });
Q('language', 'vem är värd för rådslaget 2015?', { lang: 'sv', locale: 'en-GB', expect: ['Södertälje'] });
E('language', 'who hosts SK on 14/4?', { locale: 'sv-SE', expect: ['Nykvarn'] });
Q('language', 'LG 25/11?', { lang: 'sv', expect: ['25 november'] });
Q('language', 'budget personal?', { lang: 'en', locale: 'en-GB', expect: ['580 000'] });
E('language', 'kan du svara på engelska: when is the rådslag 2011?', { expect: ['24 March'] });

// ---------------- facts ----------------
Q('facts', 'hur många invånare har Södertörn?', { expect: ['430 000'] });
E('facts', 'What is the Vision 2025?', { expectAny: [['half a million', 'halv miljon', '500 000']] });
Q('facts', 'vad är visionen för 2025', { expectAny: [['halv miljon', '500 000']], expect: ['livskvalitet'] });
Q('facts', 'vilka fyra förhållningssätt ska prägla samverkan?', { expectAny: [['gemensamma nyttan']], expect: ['demokratiska processen'] });
E('facts', 'What are the two main areas of cooperation?', { expectAny: [['regional development', 'regionala utvecklingsfrågor']], expectNot: ['Vision 2025 is'] });
Q('facts', 'vilka är de två huvudområdena för samverkan?', { expect: ['Regionala utvecklingsfrågor', 'Verksamhetsfrågor'] });
Q('facts', 'vilka regionala organ samordnar vi insatser i?', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] });
E('facts', 'Which infrastructure projects have been pushed jointly?', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] });
Q('facts', 'inom vilka områden har samarbetet traditioner?', { expectAny: [['gymnasie']], expect: ['räddningstjänst'] });
Q('facts', 'vilka företag nämns som exempel i inledningen?', { expect: ['Scania', 'Astra Zeneca'] });
E('facts', 'which universities are mentioned in the introduction?', { expect: ['Karolinska'], expectAny: [['KTH', 'Tekniska högskolan', 'Royal Institute'], ['Södertörns högskola', 'Södertörn University']] });
Q('facts', 'vilka sitter i samarbetskommittén?', { expectAny: [['kommunstyrelseordförande', 'kommunstyrelsens ordförande']] });
E('facts', 'how often does the committee meet?', { expectAny: [['six', '6']] });
Q('facts', 'hur ofta träffas ledningsgruppen minst?', { expectAny: [['sex', '6']] });
Q('facts', 'vem deltar mer än ordförandena på kommitténs möten?', { expect: ['kommundirektör'] });
E('facts', 'Who provides the secretariat for the committee?', { expect: ['Huddinge'] });
Q('facts', 'vilka är med i Södertörns rådslag?', { expect: ['Handelskammaren', 'Företagarna'], expectAny: [['KTH']] });
E('facts', 'What is the rådslag for?', { expectAny: [['important issues', 'key issues', 'questions', 'development', 'utveckling']] });
Q('facts', 'vad är Södertörns nyckeltal?', { expectAny: [['uppföljning']] });
Q('facts', 'när började överförmyndarnämnden?', { expect: ['2011'], expectAny: [['1 januari']] });
E('facts', 'What is the slogan Stockholm is referred to by in the plan?', { expect: ['Capital of Scandinavia'] });
Q('facts', 'vilka fem utvecklingsfrågor pekar utvecklingsprogrammet ut?', { expectAny: [['utbildningsnivå']], expect: ['klimateffektiv', 'infrastruktur'] });
Q('facts', 'när fastställdes Södertörns UtvecklingsProgram 2010?', { expect: ['2010'], expectAny: [['hösten']] });
E('facts', 'Should the regional development questions or the operational questions get more time in 2011?', { expectAny: [['regional development', 'regionala utvecklingsfrågor']] });
Q('facts', 'vad säger planen om gemensam upphandling?', { expectAny: [['fler varor', 'offentlig upphandling', 'utvecklas']] });
Q('facts', 'vad innebär gemensam ägarstyrning?', { expectAny: [['ägardialog', 'bolagsordning', 'förbunds']] });
E('facts', 'what do we do in omvärldsbevakning?', { expectAny: [['contact', 'network', 'kontaktnät', 'decision']] });
Q('facts', 'vilken tid är SK-mötena?', { expectAny: [T12], expect: ['15'] });
E('facts', 'What time are the LG meetings?', { expectAny: [T0830], expect: ['13'] });
Q('facts', 'vilka målområden finns i SUP 2010?', { expect: ['Mångfald', 'Klimat', 'Infrastruktur'], expectAny: [['Högskola']] });
Q('facts', 'vad är syftet med samarbetskommittén?', { expectAny: [['regionala utvecklingen', 'kommunala']] });
E('facts', 'Who is the host municipality for the overförmyndar board and can others join?', { expect: ['Haninge'] });
Q('facts', 'var ligger SK-mötet 9/6?', { expect: ['Salem'] });
E('facts', 'where is the committee meeting on 14 April?', { expect: ['Nykvarn'] });
Q('facts', 'vilka kommuner har receptfria läkemedel hos miljöförbundet?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] });
Q('facts', 'vem är värd för SK i april 2012?', { expect: ['Huddinge'] });
E('facts', 'what is the source of income in the budget?', { expect: ['860 000'], expectAny: [['fee', 'avgift']] });

// ---------------- commands ----------------
const cmds = [];
function S(category, q, o = {}) { cmds.push(Object.assign({ category, q, as: 'secretariat', lang: 'sv' }, o)); }
function SE(category, q, o = {}) { cmds.push(Object.assign({ category, q, as: 'secretariat', lang: 'en' }, o)); }
function M(category, q, o = {}) { cmds.push(Object.assign({ category, q, as: 'member', lang: 'sv', kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }, o)); }
function CC(category, turns, o = {}) { cmds.push(Object.assign({ category, conversation: turns }, o)); }

S('move', 'flytta LG 20/5 till 27/5', { kind: 'confirm', expect: ['27 maj'] });
SE('move', 'move the LG meeting on 20 May to 27 May', { kind: 'confirm', expect: ['27 May'] });
S('move', 'SK-mötet 3/11 flyttas till 10 nov', { kind: 'confirm', expect: ['10 november'] });
S('move', 'nyckeltalsdagen blir 13 okt istället', { kind: 'confirm', expect: ['13 oktober'] });
S('move', 'södertörnskonferensen 1 sep -> 8 sep', { kind: 'confirm', expect: ['8 september'] });
S('host', 'SK 22/9 ska vara hos Haninge istället', { kind: 'confirm', expect: ['Haninge'] });
S('host', 'ny värd för SK 8 december: Södertälje', { kind: 'confirm', expect: ['Södertälje'] });
SE('host', 'the nyckeltal day will be hosted by Huddinge instead of Botkyrka', { kind: 'confirm', expect: ['Huddinge'] });
S('cancel', 'ställ in LG-mötet 14/10', { kind: 'confirm', expect: ['14 oktober'] });
SE('cancel', 'cancel the LG meeting on 25 Nov', { kind: 'confirm', expect: ['25 November'] });
S('cancel', 'stryk SK-mötet 9 juni', { kind: 'confirm', expect: ['9 juni'] });
S('add', 'lägg till ett extra LG-möte fredag 17 juni', { kind: 'confirm', expect: ['17 juni'] });
S('add', 'lägg in ett SK-möte 18 augusti i Huddinge', { kind: 'confirm', expect: ['18 augusti'] });
S('budgetline', 'ändra utredningar och konsultstöd till 300 tkr', { kind: 'confirm', expect: ['300 000'] });
S('budgetline', 'personal 0,6 mkr', { kind: 'confirm', expect: ['600 000'] });
S('budgetline', 'sätt ersättningen till huddinge för kontorsservice till 60.000', { kind: 'confirm', expect: ['60 000'] });
S('budgetline', 'personalposten ska vara sexhundratusen', { kind: 'confirm', expect: ['600 000'] });
SE('budgetline', 'change the consultancy line to 200k', { kind: 'confirm', expect: ['200 000'] });
S('rotationhost', 'rådslaget 2014 ska hållas i Huddinge istället för Tyresö', { kind: 'confirm', expect: ['Huddinge'] });
S('rotationhost', 'byt värd för rådslaget 2016 till Salem', { kind: 'confirm', expect: ['Salem'] });
SE('rotationhost', 'new host for the 2017 rådslag: Botkyrka', { kind: 'confirm', expect: ['Botkyrka'] });
S('history', 'visa ändringar', { kind: 'history' });
SE('history', 'what has changed in the plan?', { kind: 'history' });
S('missing', 'flytta LG-mötet', { kind: 'clarify' });
S('missing', 'ändra budgeten', { kind: 'clarify' });
S('missing', 'ny värd för rådslaget', { kind: 'clarify' });
S('missing', 'flytta SK 22/9', { kind: 'clarify' });
S('missing', 'ändra personal till', { kind: 'clarify' });
SE('missing', 'add a meeting', { kind: 'clarify' });
M('refused', 'flytta SK 14/4 till 21/4');
M('refused', 'change the personnel budget to 600k', { lang: 'en' });
M('refused', 'rådslaget 2013 ska vara i Haninge');
M('refused', 'ställ in LG 9/9');
M('refused', 'lägg till ett LG-möte 16 december');
// secretariat questions that look like commands
S('period', 'när är LG i maj?', { expect: ['20 maj'] });
S('rotation', 'vem har rådslaget 2014 nu?', { expect: ['Tyresö'] });
S('budget', 'vad är utredningsposten just nu?', { expect: ['230 000'] });
S('facts', 'vem är värd för SK i november?', { expect: ['Botkyrka'] });
S('facts', 'visa när nyckeltalsdagen är', { expect: ['6 oktober'] });
// conversations
CC('confirm', [
  { q: 'flytta LG 20/5 till 27/5', as: 'secretariat', kind: 'confirm', expect: ['27 maj'], lang: 'sv' },
  { q: 'ja', as: 'secretariat', kind: 'confirmed', lang: 'sv' },
  { q: 'när är LG i maj?', as: 'secretariat', expect: ['27 maj'], lang: 'sv' },
]);
CC('confirm', [
  { q: 'utredningar 0,25 mkr', as: 'secretariat', kind: 'confirm', expect: ['250 000'], lang: 'sv' },
  { q: 'avbryt', as: 'secretariat', kind: 'cancelled', lang: 'sv' },
  { q: 'hur mycket är utredningsposten?', as: 'secretariat', expect: ['230 000'], lang: 'sv' },
]);
CC('confirm', [
  { q: 'rådslaget 2015 ska vara i Nykvarn', as: 'secretariat', kind: 'confirm', expect: ['Nykvarn'], lang: 'sv' },
  { q: 'ok kör', as: 'secretariat', kind: 'confirmed', lang: 'sv' },
  { q: 'visa ändringar', as: 'secretariat', kind: 'history', expect: ['2015'], lang: 'sv' },
]);
CC('confirm', [
  { q: 'move SK on 22 Sep to 29 Sep', as: 'secretariat', kind: 'confirm', expect: ['29 September'], lang: 'en' },
  { q: 'no, I meant 15 September', as: 'secretariat', kind: 'confirm', expect: ['15 September'], lang: 'en' },
  { q: 'confirm', as: 'secretariat', kind: 'confirmed', lang: 'en' },
]);
CC('history', [
  { q: 'ersättning till huddinge 55 000', as: 'secretariat', kind: 'confirm', expect: ['55 000'], lang: 'sv' },
  { q: 'bekräfta', as: 'secretariat', kind: 'confirmed', lang: 'sv' },
  { q: 'ångra senaste ändringen', as: 'secretariat', expect: ['50 000'], lang: 'sv' },
]);
CC('confirm', [
  { q: 'ställ in nyckeltalsdagen', as: 'secretariat', kind: 'confirm', expect: ['6 oktober'], lang: 'sv' },
  { q: 'nej', as: 'secretariat', kind: 'cancelled', lang: 'sv' },
]);

function write(name, description, items) {
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify({ description, defaultNow: NOW, items }, null, 2));
}
write('pool-questions.json', 'Round 31 writer ap: questions', questions);
write('pool-commands.json', 'Round 31 writer ap: change requests', cmds);

function count(items, label) {
  const by = {}; const lang = {};
  for (const it of items) {
    by[it.category] = (by[it.category] || 0) + 1;
    const l = it.lang || (it.conversation && it.conversation[0].lang) || '?';
    lang[l] = (lang[l] || 0) + 1;
  }
  console.log(label, items.length, JSON.stringify(by), JSON.stringify(lang));
}
count(questions, 'questions'); count(cmds, 'commands');

// Round 20, writer g. Persona: Haninge kommundirektör (questions); new Huddinge secretariat colleague (commands).
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const CANNOT = ['notInPlan', 'cannot'];

function q(category, text, o = {}) { return Object.assign({ category, q: text }, o); }
const sv = (o = {}) => Object.assign({ lang: 'sv' }, o);
const en = (o = {}) => Object.assign({ lang: 'en' }, o);

const questions = [
  // ---------------- rotation ----------------
  q('rotation', 'vilket år är det vår tur att ha rådslaget? (Haninge alltså)', sv({ expect: ['2016'] })),
  q('rotation', 'rådslaget nästa år – vem hostar?', sv({ expect: ['Nynäshamn'] })),
  q('rotation', 'Which municipality hosts the Södertörn rådslag in 2017?', en({ expect: ['Nykvarn'] })),
  q('rotation', 'värdkommun rådslag 2015', sv({ expect: ['Södertälje'] })),
  q('rotation', 'vem har rådslaget året efter oss?', sv({ expect: ['Nykvarn', '2017'] })),
  q('rotation', 'when is it Huddinge\'s turn to host the rådslag?', en({ expect: ['2018'] })),
  q('rotation', 'kan du lista hela rotationen för rådslaget, alla år?', sv({ expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] })),
  q('rotation', 'rådslaget 2013 och 2014, vilka kommuner?', sv({ expect: ['Botkyrka', 'Tyresö'] })),
  q('rotation', 'who hosted the rådslag this year?', en({ expect: ['Salem'] })),
  q('rotation', 'vem är värd för rådslaget 2019?', sv({ kind: CANNOT })),
  q('rotation', 'Tyresö host year for the annual rådslag?', en({ expect: ['2014'] })),
  q('rotation', 'vem har rådslaget två år efter Botkyrka', sv({ expect: ['Södertälje', '2015'] })),
  q('rotation', 'vilken kommun är sist i rådslagsrotationen?', sv({ expect: ['Huddinge', '2018'] })),

  // ---------------- budget ----------------
  q('budget', 'hur stor är totala budgeten för 2011?', sv({ expect: ['860 000'] })),
  q('budget', 'om avgifterna delas lika mellan de åtta kommunerna, vad blir vår andel?', sv({ expect: ['107 500'] })),
  q('budget', 'personalkostnad per månad, rough estimate?', sv({ expectAny: [['48 333', '48 334']] })),
  q('budget', 'What is the consultancy budget per quarter?', en({ expect: ['57 500'] })),
  q('budget', 'hur mycket är kvar när personalen är betald', sv({ expect: ['280 000'] })),
  q('budget', 'skillnaden mellan personal och utredningar i budgeten?', sv({ expect: ['350 000'] })),
  q('budget', 'Which cost line is the largest, and how big is it?', en({ expect: ['580 000'], expectAny: [['personnel', 'staff', 'personal']] })),
  q('budget', 'minsta kostnadsposten?', sv({ expect: ['50 000'], expectAny: [['Huddinge', 'kontorsservice']] })),
  q('budget', 'hur många procent av budgeten går till personal', sv({ expectAny: [['67']] })),
  q('budget', 'what share of costs is utredningar/konsultstöd, in percent?', en({ expectAny: [['26', '27']] })),
  q('budget', 'vi har redan dragit 85 000 på konsulter i år – hur mycket finns kvar på den raden?', sv({ expect: ['145 000'] })),
  q('budget', 'total budget per month, roughly?', en({ expectAny: [['71 666', '71 667']] })),
  q('budget', 'utredningar per månad', sv({ expectAny: [['19 166', '19 167']] })),
  q('budget', 'Huddinge gets 50k for office service – if the fees are split equally, what does Huddinge pay net after that compensation?', en({ expect: ['57 500'] })),
  q('budget', 'personal plus ersättning till Huddinge, summa?', sv({ expect: ['630 000'] })),
  q('budget', 'hur mycket per kommun blir konsultstödet om man slår ut det lika?', sv({ expect: ['28 750'] })),
  q('budget', 'intäkter minus kostnader – går budgeten ihop?', sv({ expectAny: [['0', 'noll', 'balans', 'går ihop', 'samma']], expect: ['860 000'] })),
  q('budget', 'budget för första halvåret om man räknar jämnt?', sv({ expect: ['430 000'] })),
  q('budget', 'What would each of the 8 municipalities pay towards staff costs if split evenly?', en({ expect: ['72 500'] })),
  q('budget', 'kostnader?', { locale: 'sv-SE', lang: 'sv', expect: ['580 000', '50 000', '230 000'] }),
  q('budget', 'hur mycket större är konsultposten än ersättningen till Huddinge', sv({ expect: ['180 000'] })),

  // ---------------- yesno ----------------
  q('yesno', 'stämmer det att nästa SK är i Nykvarn?', sv({ startsWith: 'Ja', expect: ['14 april'] })),
  q('yesno', 'är nyckeltalsdagen i Salem i år?', sv({ startsWith: 'Nej', expect: ['Botkyrka'] })),
  q('yesno', 'Does the ledningsgrupp normally meet on Fridays?', en({ startsWith: 'Yes' })),
  q('yesno', 'är Nykvarn med i överförmyndarnämnden?', sv({ startsWith: 'Nej' })),
  q('yesno', 'Is Salem a member of the miljö- och hälsoskyddsförbund?', en({ startsWith: 'No', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] })),
  q('yesno', 'har vi något LG-möte i juni?', sv({ startsWith: 'Nej' })),
  q('yesno', 'är södertörnskonferensen heldag?', sv({ startsWith: 'Ja' })),
  q('yesno', 'Is more than half of the budget spent on staff?', en({ startsWith: 'Yes', expect: ['580 000'] })),
  q('yesno', 'stämmer det att Tyresö har rådslaget 2015?', sv({ startsWith: 'Nej', expect: ['Södertälje'] })),
  q('yesno', 'har rådslaget redan varit i år?', sv({ startsWith: 'Ja', expect: ['24 mars'] })),
  q('yesno', 'Is KTH one of the participants in the rådslag?', en({ startsWith: 'Yes' })),
  q('yesno', 'är KSL med i rådslaget?', sv({ startsWith: 'Nej' })),
  q('yesno', 'startade miljöförbundet 2010?', sv({ startsWith: 'Nej', expect: ['2008'] })),
  q('yesno', 'Is Haninge the host municipality for the överförmyndarnämnd?', en({ startsWith: 'Yes' })),
  q('yesno', 'slutar SK kl 15?', sv({ startsWith: 'Ja' })),
  q('yesno', 'Does the committee meet in August?', en({ startsWith: 'No' })),
  q('yesno', 'kommundirektörerna – är vi med på SK-mötena också?', sv({ startsWith: 'Ja' })),
  q('yesno', 'stämmer det att Haninge är värdkommun för ÖFN? och vilka andra är med?', sv({ startsWith: 'Ja', expect: ['Botkyrka', 'Huddinge', 'Nynäshamn', 'Tyresö'] })),
  q('yesno', 'är Huddinge värd för SK i april nästa år?', sv({ startsWith: 'Ja' })),

  // ---------------- premise ----------------
  q('premise', 'varför har Tyresö SK i juni?', sv({ expect: ['Salem'] })),
  q('premise', 'Why is the Södertörn conference being held in Botkyrka this year?', en({ expect: ['Huddinge', 'Tyresö'] })),
  q('premise', 'vilken tid börjar LG på torsdagarna?', sv({ expect: ['fredag'], expectAny: [['08.30', '08:30', '8.30']] })),
  q('premise', 'hur mycket får Haninge i ersättning för kontorsservice?', sv({ expect: ['Huddinge', '50 000'] })),
  q('premise', 'rådslaget 2013 i Tyresö – ska vi börja planera?', sv({ expect: ['Botkyrka'] })),
  q('premise', 'sen överförmyndarnämnden startade 2009, hur har det gått?', sv({ expect: ['2011'] })),
  q('premise', 'Since all eight municipalities are in the överförmyndarnämnd, who hosts it?', en({ expect: ['Haninge'], expectAny: [['five', '5']] })),
  q('premise', 'konsultbudgeten på 280 000, räcker den?', sv({ expect: ['230 000'] })),
  q('premise', 'SK börjar ju kl 9, eller hur?', sv({ expectAny: [['12.00', '12:00']] })),
  q('premise', 'nyckeltalsdagen i vår, vilket datum?', sv({ expect: ['6 oktober'] })),
  q('premise', 'The LG meeting on 22 September – where is it?', en({ expectAny: [['committee', 'samarbetskommitt', 'SK']], expect: ['Nynäshamn'] })),
  q('premise', 'vi hade ju SK i Nykvarn förra veckan, när är nästa?', sv({ expect: ['14 april'] })),

  // ---------------- offplan ----------------
  q('offplan', 'kan du boka en lokal i Nykvarn till SK 14/4?', sv({ kind: CANNOT })),
  q('offplan', 'skicka ut kallelsen till LG 20/5 till alla kommundirektörer', sv({ kind: CANNOT })),
  q('offplan', 'vem är ordförande i samarbetskommittén?', sv({ kind: CANNOT })),
  q('offplan', 'what is on the agenda for next week\'s SK?', en({ kind: CANNOT })),
  q('offplan', 'adress till rådslaget i Salem?', sv({ kind: CANNOT })),
  q('offplan', 'hur stor blir budgeten 2012?', sv({ kind: CANNOT })),
  q('offplan', 'How many inhabitants does Haninge have?', en({ kind: CANNOT })),
  q('offplan', 'kan du ringa sekretariatet och säga att jag blir sen till torsdagens SK', sv({ kind: CANNOT })),
  q('offplan', 'vad kostade rådslaget i mars?', sv({ kind: CANNOT })),
  q('offplan', 'Can you order lunch for the LG meeting on 20 May?', en({ kind: CANNOT })),
  q('offplan', 'vem är kontaktperson på sekretariatet?', sv({ kind: CANNOT })),
  q('offplan', 'vad blir temat för södertörnskonferensen?', sv({ kind: CANNOT })),

  // ---------------- topic ----------------
  q('topic', 'SK:s planeringskonferens – vilka dagar var den?', sv({ expect: ['27', '28'], expectNot: ['31 mars'] })),
  q('topic', 'when was the LG planning conference?', en({ expect: ['31 March', '1 April'], expectNot: ['27-28', '28 January'] })),
  q('topic', 'vad ingår i posten utredningar?', sv({ expectAny: [['konsult']] })),
  q('topic', 'the 50 000 to Huddinge – what is it for?', en({ expectAny: [['office', 'kontorsservice']] })),
  q('topic', 'vad är syftet med ledningsgruppen?', sv({ expectAny: [['förbereda']], expect: ['samordna'] })),
  q('topic', 'syftet med verksamhetsfrågorna?', sv({ expect: ['effektivisera'] })),
  q('topic', 'vilket styrdokument gäller för de regionala utvecklingsfrågorna?', sv({ expect: ['UtvecklingsProgram 2010'] })),
  q('topic', 'receptfria läkemedel – vilket förbund lägger Haninge den kontrollen på?', sv({ expect: ['miljö- och hälsoskydd'] })),
  q('topic', 'Which body handles explosive goods for the member municipalities?', en({ expectAny: [['brandförsvar', 'fire']] })),
  q('topic', 'södertörnskonferensen, när är den? (inte rådslaget)', sv({ expect: ['1 september'], expectNot: ['24 mars'] })),
  q('topic', 'nyckeltalsdagen datum', sv({ expect: ['6 oktober'], expectNot: ['1 september'] })),
  q('topic', 'vilka deltar på Södertörnskonferensen?', sv({ expectAny: [['partier', 'politiska']], expect: ['tjänstemän'] })),
  q('topic', 'Who takes part in the rådslag besides the eight municipalities?', en({ expect: ['Södertörns högskola', 'KTH', 'Handelskammaren', 'Företagarna'], expectAny: [['Karolinska']] })),
  q('topic', 'vad är syftet med rådslaget?', sv({ expectAny: [['frågeställningar', 'utveckling']] })),

  // ---------------- period ----------------
  q('period', 'SK-möten i höst?', sv({ expect: ['22 september', '3 november', '8 december'], expectNot: ['9 juni'] })),
  q('period', 'vilka LG-möten har vi kvar i vår?', sv({ expect: ['20 maj'], expectNot: ['9 september'] })),
  q('period', 'first committee meeting after the summer?', en({ expect: ['22 September', 'Nynäshamn'] })),
  q('period', 'första LG efter sommaren', sv({ expect: ['9 september'] })),
  q('period', 'When is the last SK of 2011 and who hosts it?', en({ expect: ['8 December', 'Tyresö'] })),
  q('period', 'sista LG-mötet i år?', sv({ expect: ['25 november'] })),
  q('period', 'vad händer i oktober? både LG och annat', sv({ expect: ['14 oktober', '6 oktober'] })),
  q('period', 'vi i LG – alla datum första halvåret?', sv({ expect: ['21 januari', '20 maj'], expectAny: [['31 mars', '1 april']] })),
  q('period', 'Any meetings in September?', en({ expect: ['1 September', '9 September', '22 September'] })),
  q('period', 'två saker: vem är värd för SK 22/9, och när är LG i oktober?', sv({ expect: ['Nynäshamn', '14 oktober'] })),
  q('period', 'hur många LG har vi kvar före sommaren, och vilken tid startar de?', sv({ expect: ['20 maj'], expectAny: [['08.30', '08:30', '8.30']] })),
  q('period', 'vad har vi nästa månad?', sv({ expect: ['20 maj'] })),
  q('period', 'SK i november – datum och värd', sv({ expect: ['3 november', 'Botkyrka'] })),
  q('period', 'how many SK meetings are left this year?', en({ expectAny: [['5', 'five']] })),
  q('period', 'nästa SK', sv({ now: '2011-10-01T09:00:00+02:00', expect: ['3 november', 'Botkyrka'] })),
  q('period', 'när är nästa LG?', sv({ now: '2011-10-01T09:00:00+02:00', expect: ['14 oktober'] })),
  q('period', 'first SK next year – where?', en({ now: '2011-12-09T09:00:00+01:00', expect: ['Södertälje'], expectAny: [['January', 'Jan']] })),
  q('period', 'torsdagens SK – var är den?', sv({ now: '2011-06-03T08:00:00+02:00', expect: ['Salem'] })),
  q('period', 'vad är nästa stora heldag i höst efter sommaren?', sv({ now: '2011-08-15T09:00:00+02:00', expect: ['1 september'], expectAny: [['Södertörnskonferens']] })),

  // ---------------- typo ----------------
  q('typo', 'ledingsgruppen nästa möte?', sv({ expect: ['20 maj'] })),
  q('typo', 'vem är värd för SK-mötet i juni', sv({ expect: ['Salem'] })),
  q('typo', 'rådslgaet 2012 var', sv({ expect: ['Nynäshamn'] })),
  q('typo', 'nyckeltasldagen var och när', sv({ expect: ['6 oktober', 'Botkyrka'] })),
  q('typo', 'södertörnskonfernesen datum', sv({ expect: ['1 september'] })),
  q('typo', 'vilka kommuner ingår i överförmyndarnämden', sv({ expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], expectNot: ['Nykvarn'] })),
  q('typo', 'budgetn för utredingar', sv({ expect: ['230 000'] })),
  q('typo', 'samarbetskomitten ses hur ofta?', sv({ expectAny: [['sex', '6']] })),
  q('typo', 'LG-datumen i höst', sv({ expect: ['9 september', '14 oktober', '25 november'] })),
  q('typo', 'whos hosting the commitee in septmber', en({ expect: ['Nynäshamn'] })),
  q('typo', 'personalkostnadrna totalt?', sv({ expect: ['580 000'] })),
  q('typo', 'miljöförbudnet, vilka är medlemmar', sv({ expect: ['Haninge', 'Nynäshamn', 'Tyresö'] })),

  // ---------------- language ----------------
  q('language', 'SK 3/11 värd?', { locale: 'en-GB', lang: 'en', expect: ['Botkyrka'] }),
  q('language', 'ÖFN?', { locale: 'en-GB', lang: 'en', expect: ['Haninge'], expectAny: [['guardian', 'överförmyndar']] }),
  q('language', 'LG 9/9 tid?', { locale: 'sv-SE', lang: 'sv', expectAny: [['08.30', '08:30', '8.30', '8:30']] }),
  q('language', 'rådslag 2016?', { locale: 'en-US', lang: 'en', expect: ['Haninge'] }),
  q('language', 'What time does the ledningsgrupp meet?', en({ expectAny: [['08.30', '08:30', '8.30', '8:30', '8:30 am']], expect: ['13'] })),
  q('language', 'quick one – vilken veckodag är SK?', sv({ expectAny: [['torsdag']] })),
  q('language', 'Can you summarise the vision for 2025 in one sentence?', en({ expectAny: [['half a million', '500 000', 'halv miljon']] })),
  q('language', 'nyckeltal 6/10 host?', { locale: 'en-GB', lang: 'en', expect: ['Botkyrka'] }),

  // ---------------- facts ----------------
  q('facts', 'hur många invånare har Södertörn enligt planen?', sv({ expect: ['430 000'] })),
  q('facts', 'visionen 2025 – vad säger den om befolkningen?', sv({ expectAny: [['halv miljon', '500 000']] })),
  q('facts', 'What are the target areas (målområden) in the UtvecklingsProgram?', en({ expectAny: [['Näringsliv', 'business'], ['Klimat', 'climate'], ['Infrastru'], ['Mångfald', 'diversity']] })),
  q('facts', 'hur många konkreta utvecklingsfrågor hör till målområdena?', sv({ expectAny: [['fem', '5']] })),
  q('facts', 'vårt förhållningssätt i samverkan, vad står det?', sv({ expectAny: [['gemensamma nyttan', 'gemensam nytta'], ['ge och få']] })),
  q('facts', 'vilka regionala organ samordnar vi insatser i?', sv({ expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] })),
  q('facts', 'When did the miljö- och hälsoskyddsförbund start operating?', en({ expect: ['2008'] })),
  q('facts', 'från när gäller överförmyndarsamverkan?', sv({ expect: ['1 januari 2011'] })),
  q('facts', 'vilka infrastruktursatsningar nämns i planen?', sv({ expect: ['väg 73', 'Nynäsbanan', 'Södertörnsleden'], expectAny: [['E4']] })),
  q('facts', 'Which companies are mentioned as examples in the introduction?', en({ expect: ['Scania'], expectAny: [['Astra Zeneca', 'AstraZeneca']] })),
  q('facts', 'vilka sitter i samarbetskommittén?', sv({ expectAny: [['kommunstyrelseordförande', 'kommunstyrelsens ordförande', 'KS-ordförande']] })),
  q('facts', 'SK mötestid, från och till? behöver blocka kalendern', sv({ expectAny: [['12.00', '12:00']], expect: ['15'] })),
  q('facts', 'what does the plan call Stockholm?', en({ expect: ['Capital of Scandinavia'] })),
  q('facts', 'när fastställdes UtvecklingsProgram 2010?', sv({ expectAny: [['hösten 2010']] })),
  q('facts', 'ska vi lägga mer tid på regionala utvecklingsfrågor eller verksamhetsfrågor 2011?', sv({ expectAny: [['regionala utvecklingsfrågor']] })),
  q('facts', 'Which law is mentioned in connection with joint procurement?', en({ expectAny: [['offentlig upphandling', 'public procurement', 'LOU']] })),
  q('facts', 'hur bedriver vi ägarstyrning gemensamt?', sv({ expectAny: [['ägardialog', 'bolagsordning', 'direktiv']] })),
  q('facts', 'vem tillhandahåller sekretariatet?', sv({ expect: ['Huddinge'] })),
  q('facts', 'Which universities are mentioned alongside the companies?', en({ expect: ['Södertörns högskola', 'Karolinska'], expectAny: [['KTH', 'Tekniska högskolan', 'Royal Institute']] })),
  q('facts', 'när görs nyckeltalsuppföljningen?', sv({ expectAny: [['hösten', '6 oktober']] })),
  q('facts', 'vilka traditioner har samarbetet?', sv({ expectAny: [['gymnasie']], expect: ['räddningstjänst'] })),
  q('facts', 'What are the two main areas of cooperation?', en({ expectAny: [['regional development', 'regionala utvecklingsfrågor'], ['verksamhetsfrågor', 'operational', 'operations', 'service']] })),
];

// ---------- follow-up conversations ----------
function conv(category, turns, o = {}) { return Object.assign({ category, conversation: turns }, o); }
questions.push(
  conv('followup', [
    { q: 'när är nästa SK?', lang: 'sv', expect: ['14 april', 'Nykvarn'] },
    { q: 'och efter det?', lang: 'sv', expect: ['9 juni', 'Salem'] },
  ]),
  conv('followup', [
    { q: 'vem har rådslaget 2014?', lang: 'sv', expect: ['Tyresö'] },
    { q: 'och året efter?', lang: 'sv', expect: ['Södertälje'] },
  ]),
  conv('followup', [
    { q: 'What is the staff budget?', lang: 'en', expect: ['580 000'] },
    { q: 'and per month?', lang: 'en', expectAny: [['48 333', '48 334']] },
  ]),
  conv('followup', [
    { q: 'LG i höst, vilka datum?', lang: 'sv', expect: ['9 september', '14 oktober', '25 november'] },
    { q: 'vilken tid?', lang: 'sv', expectAny: [['08.30', '08:30', '8.30']] },
  ]),
  conv('followup', [
    { q: 'när är Haninge värd för rådslaget?', lang: 'sv', expect: ['2016'] },
    { q: 'och Huddinge då?', lang: 'sv', expect: ['2018'] },
  ]),
  conv('followup', [
    { q: 'which municipalities are in the överförmyndarnämnd?', lang: 'en', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
    { q: 'and which of them is the host?', lang: 'en', expect: ['Haninge'] },
  ]),
  conv('followup', [
    { q: 'nyckeltalsdagen – när?', lang: 'sv', expect: ['6 oktober'] },
    { q: 'vilken veckodag blir det?', lang: 'sv', expect: ['torsdag'] },
    { q: 'och var?', lang: 'sv', expect: ['Botkyrka'] },
  ]),
  conv('followup', [
    { q: 'SK 22/9 – var?', lang: 'sv', expect: ['Nynäshamn'] },
    { q: 'nästa SK efter det?', lang: 'sv', expect: ['3 november', 'Botkyrka'] },
  ]),
  conv('followup', [
    { q: 'hur mycket är avsatt för utredningar och konsultstöd?', lang: 'sv', expect: ['230 000'] },
    { q: 'hur stor andel av totalen är det?', lang: 'sv', expectAny: [['26', '27']] },
  ]),
  conv('followup', [
    { q: 'When is the Södertörnskonferensen?', lang: 'en', expect: ['1 September'] },
    { q: 'who hosts it?', lang: 'en', expect: ['Huddinge', 'Tyresö'] },
  ]),
);

// fix two placeholder artefacts above (keep items clean)
for (const it of questions) {
  if ('expectAny2' in it) delete it.expectAny2;
  if (it.expect && it.expect.length === 0) delete it.expect;
  if (it.kind === undefined) delete it.kind;
}

// ---------------- change requests ----------------
const S = 'secretariat', M = 'member';
function c(category, text, o) { return Object.assign({ category, q: text }, o); }
const commands = [
  // complete requests from the secretariat
  c('move', 'Hej! Jag skulle vilja flytta ledningsgruppens möte den 20 maj till fredagen den 27 maj.', { as: S, kind: 'confirm', lang: 'sv', expect: ['27 maj'] }),
  c('move', 'Please move the committee meeting on 22 September to Thursday 29 September.', { as: S, kind: 'confirm', lang: 'en', expect: ['29 September'] }),
  c('move', 'Nyckeltalsdagen den 6 oktober behöver flyttas till den 13 oktober, tack.', { as: S, kind: 'confirm', lang: 'sv', expect: ['13 oktober'] }),
  c('move', 'Södertörnskonferensen ska enligt beslut hållas den 8 september i stället för den 1 september.', { as: S, kind: 'confirm', lang: 'sv', expect: ['8 september'] }),
  c('move', 'Vänligen flytta LG-mötet den 9 september till den 16 september.', { as: S, kind: 'confirm', lang: 'sv', expect: ['16 september'] }),
  c('host', 'Samarbetskommitténs möte den 14 april kommer att hållas i Haninge i stället för i Nykvarn. Kan du ändra värdkommunen?', { as: S, kind: 'confirm', lang: 'sv', expect: ['Haninge'] }),
  c('host', 'Jag vill ändra värd för SK-mötet den 3 november till Tyresö.', { as: S, kind: 'confirm', lang: 'sv', expect: ['Tyresö'] }),
  c('host', 'Could you change the host of the SK meeting on 8 December to Huddinge?', { as: S, kind: 'confirm', lang: 'en', expect: ['Huddinge'] }),
  c('cancel', 'Ledningsgruppens möte den 14 oktober ska ställas in.', { as: S, kind: 'confirm', lang: 'sv', expect: ['14 oktober'] }),
  c('cancel', 'Please cancel the committee meeting on 8 December.', { as: S, kind: 'confirm', lang: 'en', expect: ['8 December'] }),
  c('add', 'Jag skulle vilja lägga till ett extra möte för ledningsgruppen fredagen den 17 juni.', { as: S, kind: 'confirm', lang: 'sv', expect: ['17 juni'] }),
  c('add', 'Add an extra SK meeting on Thursday 20 October, hosted by Södertälje.', { as: S, kind: 'confirm', lang: 'en', expect: ['20 October', 'Södertälje'] }),
  c('budgetline', 'Budgetposten för utredningar och konsultstöd ska ändras till 250 000 kronor.', { as: S, kind: 'confirm', lang: 'sv', expect: ['250 000'] }),
  c('budgetline', 'Personalkostnaden i budgeten ska höjas till 600 000 kr.', { as: S, kind: 'confirm', lang: 'sv', expect: ['600 000'] }),
  c('budgetline', 'Ersättningen till Huddinge kommun för kontorsservice ska vara 60 000 kronor i stället för 50 000.', { as: S, kind: 'confirm', lang: 'sv', expect: ['60 000'] }),
  c('rotationhost', 'Enligt beslut ska rådslaget 2013 arrangeras av Huddinge i stället för Botkyrka.', { as: S, kind: 'confirm', lang: 'sv', expect: ['Huddinge'] }),
  c('rotationhost', 'Värdkommun för rådslaget 2016 ändras till Nykvarn.', { as: S, kind: 'confirm', lang: 'sv', expect: ['Nykvarn'] }),

  // incomplete / non-existent
  c('missing', 'Jag behöver flytta ledningsgruppens möte.', { as: S, kind: 'clarify', lang: 'sv' }),
  c('missing', 'Kan du ändra budgeten?', { as: S, kind: 'clarify', lang: 'sv' }),
  c('missing', 'Please move the SK meeting to 6 October.', { as: S, kind: 'clarify', lang: 'en' }),
  c('missing', 'Mötet i november ska ställas in.', { as: S, kind: 'clarify', lang: 'sv' }),
  c('missing', 'Jag skulle vilja byta värd för rådslaget.', { as: S, kind: 'clarify', lang: 'sv' }),
  c('missing', 'Samarbetskommitténs möte den 9 juni ska flyttas.', { as: S, kind: 'clarify', lang: 'sv' }),
  c('missing', 'Flytta SK-mötet den 15 maj till den 19 maj.', { as: S, kind: 'clarify', lang: 'sv' }),
  c('missing', 'Budgetraden för resor ska ändras till 40 000 kronor.', { as: S, kind: 'clarify', lang: 'sv' }),
  c('missing', 'Jag vill lägga till ett möte.', { as: S, kind: 'clarify', lang: 'sv' }),

  // confirmation conversations
  { category: 'confirm', as: S, conversation: [
    { q: 'Samarbetskommitténs möte den 9 juni ska flyttas till den 16 juni.', as: S, kind: 'confirm', lang: 'sv', expect: ['16 juni'] },
    { q: 'ja', as: S, kind: 'confirmed', lang: 'sv' },
  ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'Personalposten ska ändras till 560 000 kronor.', as: S, kind: 'confirm', lang: 'sv', expect: ['560 000'] },
    { q: 'avbryt', as: S, kind: 'cancelled', lang: 'sv' },
  ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'Change the host of the 2015 rådslag to Salem, please.', as: S, kind: 'confirm', lang: 'en', expect: ['Salem'] },
    { q: 'yes, confirm', as: S, kind: 'confirmed', lang: 'en' },
  ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'LG-mötet den 25 november ska ställas in.', as: S, kind: 'confirm', lang: 'sv', expect: ['25 november'] },
    { q: 'nej', as: S, kind: 'cancelled', lang: 'sv' },
  ] },
  { category: 'history', as: S, conversation: [
    { q: 'Jag vill lägga till ett SK-möte torsdagen den 17 november med Huddinge som värd.', as: S, kind: 'confirm', lang: 'sv', expect: ['17 november', 'Huddinge'] },
    { q: 'ok kör', as: S, kind: 'confirmed', lang: 'sv' },
    { q: 'visa ändringar', as: S, kind: 'history', lang: 'sv' },
  ] },
  c('history', 'Kan du visa vilka ändringar som har gjorts i planen?', { as: S, kind: 'history', lang: 'sv' }),
  c('history', 'What has changed in the plan so far?', { as: S, kind: 'history', lang: 'en' }),

  // members -> refused
  c('refused', 'flytta LG 20/5 till 19/5', { as: M, kind: 'refused', lang: 'sv', expectAny: [['sekretariat', 'secretariat']] }),
  c('refused', 'change the consultancy budget to 300 000', { as: M, kind: 'refused', lang: 'en', expectAny: [['sekretariat', 'secretariat']] }),
  c('refused', 'ställ in SK 8/12, vi kör det i jan istället', { as: M, kind: 'refused', lang: 'sv', expectAny: [['sekretariat', 'secretariat']] }),
  c('refused', 'rådslaget 2014 ska vara hos oss i Haninge, ändra det', { as: M, kind: 'refused', lang: 'sv', expectAny: [['sekretariat', 'secretariat']] }),
  c('refused', 'lägg in ett extra LG fredag 1 juli', { as: M, kind: 'refused', lang: 'sv', expectAny: [['sekretariat', 'secretariat']] }),
  c('refused', 'make Haninge host of SK on 22 Sept', { as: M, kind: 'refused', lang: 'en', expectAny: [['sekretariat', 'secretariat']] }),

  // secretariat questions that look a bit like commands
  c('move', 'När är ledningsgruppens möte i maj?', { as: S, lang: 'sv', expect: ['20 maj'] }),
  c('host', 'Vilken kommun är värd för samarbetskommitténs möte den 3 november?', { as: S, lang: 'sv', expect: ['Botkyrka'] }),
  c('budgetline', 'Hur stor är budgetposten för utredningar och konsultstöd?', { as: S, lang: 'sv', expect: ['230 000'] }),
  c('rotationhost', 'Vilket år är Haninge värdkommun för rådslaget?', { as: S, lang: 'sv', expect: ['2016'] }),
  c('move', 'Which Friday is the ledningsgrupp meeting in October?', { as: S, lang: 'en', expect: ['14 October'] }),
];

const outQ = { description: 'Round 20 writer g: questions (persona: Haninge kommundirektör)', defaultNow: NOW, items: questions };
const outC = { description: 'Round 20 writer g: change requests (persona: new Huddinge secretariat colleague) and member/secretariat contrasts', defaultNow: NOW, items: commands };
fs.writeFileSync(path.join(__dirname, 'pool-questions.json'), JSON.stringify(outQ, null, 2));
fs.writeFileSync(path.join(__dirname, 'pool-commands.json'), JSON.stringify(outC, null, 2));
console.log('questions', questions.length, 'commands', commands.length);

// Round 20k, writer k — persona: secretariat summer substitute at Huddinge relaying questions.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const NB = ['notInPlan', 'cannot'];
const sv = (category, q, o = {}) => ({ category, q, lang: 'sv', ...o });
const en = (category, q, o = {}) => ({ category, q, lang: 'en', ...o });

const questions = [
  // ---------------- rotation ----------------
  sv('rotation', 'En man ringde växeln och undrar vilken kommun som ska ha Södertörns rådslag 2014', { expect: ['Tyresö'] }),
  sv('rotation', 'hon på Nykvarns kommunkansli frågar när det blir Nykvarns tur att vara värd för rådslaget', { expect: ['2017'] }),
  en('rotation', 'A reporter from The Local is asking which municipality hosts the Södertörn rådslag in 2016.', { expect: ['Haninge'] }),
  sv('rotation', 'rådslaget 2012 var?', { expect: ['Nynäshamn'] }),
  sv('rotation', 'Vilken kommun står sist i turordningen för rådslaget?', { expect: ['Huddinge', '2018'] }),
  sv('rotation', 'vem tar rådslaget året efter Botkyrka', { expect: ['Tyresö'] }),
  en('rotation', 'Which year does Södertälje host the rådslag, and which municipality hosts it the year before them?', { expect: ['2015', 'Tyresö'] }),
  sv('rotation', 'En politisk sekreterare i Huddinge undrar hur många år det dröjer innan Huddinge får vara värd för rådslaget, räknat från i år', { expect: ['2018'], expectAny: [['7', 'sju']] }),
  sv('rotation', 'vilka kommuner är värdar för rådslaget åren 2013 till 2015?', { expect: ['Botkyrka', 'Tyresö', 'Södertälje'] }),
  sv('rotation', 'Vem stod värd för rådslaget i år?', { expect: ['Salem'] }),
  sv('rotation', 'Vilken kommun har rådslaget två år efter Nynäshamn?', { expect: ['Tyresö'] }),
  sv('rotation', 'Rådslagsvärd 2017?', { locale: 'sv-SE', expect: ['Nykvarn'] }),
  en('rotation', 'rådslag host 2015?', { locale: 'en-GB', expect: ['Södertälje'] }),
  sv('rotation', 'Kan du lista hela värdordningen för rådslaget från 2011 och framåt?', { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] }),
  sv('rotation', 'Haninges kommunikatör undrar: vilket år är det Haninge som arrangerar rådslaget?', { expect: ['2016'], expectNot: ['2013'] }),

  // ---------------- budget ----------------
  sv('budget', 'En journalist på Södertälje-tidningen undrar hur mycket varje kommun betalar om avgifterna delas lika mellan de åtta', { expect: ['107 500'] }),
  en('budget', "What's the committee's total budget for 2011?", { expect: ['860 000'] }),
  sv('budget', 'hur mkt går till personal', { expect: ['580 000'] }),
  sv('budget', 'Hur stor andel av kostnaderna är personal, ungefär i procent?', { expectAny: [['67', '68']] }),
  en('budget', 'How much is set aside per month for studies and consultancy support?', { expectAny: [['19 166', '19 167']] }),
  sv('budget', 'vad blir de totala kostnaderna per kvartal om man sprider dem jämnt', { expect: ['215 000'] }),
  sv('budget', 'skillnaden mellan personalposten och utredningsposten?', { expect: ['350 000'] }),
  sv('budget', 'Vad får Huddinge kommun i ersättning, och för vad?', { expect: ['50 000'], expectAny: [['kontorsservice', 'arbetsrum']] }),
  en('budget', 'Which cost line is the smallest?', { expect: ['50 000'], expectAny: [['Huddinge']] }),
  sv('budget', 'Vilken kostnadspost är störst?', { expect: ['580 000'], expectAny: [['personal']] }),
  sv('budget', 'Om man drar bort personalkostnaden från intäkterna, hur mycket finns kvar till allt annat?', { expect: ['280 000'] }),
  sv('budget', 'personalkostnad per månad?', { expectAny: [['48 333', '48 334']] }),
  en('budget', 'What percentage of total costs goes to the reimbursement to Huddinge?', { expectAny: [['5', '6']] }),
  sv('budget', 'Vad har kommittén för intäkter och var kommer pengarna ifrån?', { expect: ['860 000'], expectAny: [['avgift']] }),
  sv('budget', 'personal plus ersättningen till huddinge, hur mycket blir det ihop', { expect: ['630 000'] }),
  en('budget', 'If the personnel cost were split equally between the municipalities, how much would each pay?', { expect: ['72 500'] }),

  // ---------------- yesno ----------------
  sv('yesno', 'Är det sant att Salem har rådslaget i år?', { startsWith: 'Ja', expect: ['Salem'] }),
  sv('yesno', 'En assistent på Tyresö frågar: ligger SK-mötet i december hos Tyresö?', { startsWith: 'Ja', expect: ['8 december'] }),
  en('yesno', 'Does the management group meet on Thursdays?', { startsWith: 'No', expectAny: [['Friday']] }),
  sv('yesno', 'Ingår Södertälje i överförmyndarnämnden?', { startsWith: 'Nej' }),
  sv('yesno', 'Är Nykvarn med i miljö- och hälsoskyddsförbundet?', { startsWith: 'Nej', expectAny: [['Haninge', 'Nynäshamn', 'Tyresö']] }),
  en('yesno', 'Is the key figures day in the spring?', { startsWith: 'No', expect: ['6 October'] }),
  sv('yesno', 'Stämmer det att samarbetskommittén ska träffas minst sex gånger per år?', { startsWith: 'Ja' }),
  sv('yesno', 'har rådslaget redan varit i år', { startsWith: 'Ja', expect: ['24 mars'] }),
  en('yesno', 'Has the Södertörn conference already taken place this year?', { startsWith: 'No', expect: ['1 September'] }),
  sv('yesno', 'Är Handelskammaren med i rådslaget?', { startsWith: 'Ja' }),
  sv('yesno', 'Är Huddinge värd för rådslaget 2016?', { startsWith: 'Nej', expect: ['Haninge'] }),
  en('yesno', 'Is every one of the eight municipalities on the rådslag hosting rota?', { startsWith: 'Yes' }),
  sv('yesno', 'blir det nåt SK-möte i juli?', { startsWith: 'Nej' }),
  sv('yesno', 'Stämmer det att Haninge är värdkommun för överförmyndarnämnden?', { startsWith: 'Ja' }),
  en('yesno', 'Does the committee meet next week?', { startsWith: 'Yes', expect: ['14 April'], expectAny: [['Nykvarn']] }),
  sv('yesno', 'Ligger LG:s planeringskonferens samma dagar som kommitténs planeringskonferens?', { startsWith: 'Nej', expect: ['31 mars'] }),

  // ---------------- premise ----------------
  sv('premise', 'Någon på Botkyrka påstod att de ska ha rådslaget 2012 – vad gäller?', { expect: ['Nynäshamn', '2013'] }),
  sv('premise', 'varför hålls SK-mötet 22/9 i Salem?', { expect: ['Nynäshamn'] }),
  en('premise', 'A reporter writes that the committee budget is 960,000 kronor. Why is it that high?', { expect: ['860 000'] }),
  sv('premise', 'Varför ligger nyckeltalsdagen i Södertälje i år?', { expect: ['Botkyrka'] }),
  sv('premise', 'En politiker sa att miljöförbundet startade först 2010, varför dröjde det?', { expect: ['2008'] }),
  en('premise', 'Why are there only seven municipalities in the committee?', { expectAny: [['eight', '8']] }),
  sv('premise', 'När på våren är Södertörnskonferensen?', { expect: ['1 september'] }),
  sv('premise', 'Varför har ledningsgruppen sina möten på onsdagar?', { expectAny: [['fredag']] }),
  en('premise', 'Why does Salem host the 2013 rådslag?', { expect: ['Botkyrka'] }),
  sv('premise', 'Överförmyndarnämnden har ju Huddinge som värdkommun, hur fungerar det?', { expect: ['Haninge'] }),
  sv('premise', 'Personalposten på 680 000, vad ingår i den?', { expect: ['580 000'] }),
  en('premise', 'Someone told me the committee meetings run from 9 to 12 in the morning. Is that right?', { expectAny: [['12.00', '12:00', '12 noon', '12 pm', 'noon']] }),

  // ---------------- offplan ----------------
  sv('offplan', 'Kan du boka ett konferensrum till SK-mötet 9/6?', { kind: NB }),
  en('offplan', 'Who is the chair of the committee?', { kind: NB }),
  sv('offplan', 'Vad är adressen till lokalen där rådslaget hölls i Salem?', { kind: NB }),
  sv('offplan', 'skicka kallelse till lg-mötet 20 maj till alla kommundirektörer tack', { kind: NB }),
  en('offplan', "What's on the agenda for the 14 April meeting?", { kind: NB }),
  sv('offplan', 'Hur stor blir budgeten för 2012?', { kind: NB }),
  sv('offplan', 'Vilket datum blir rådslaget 2012?', { kind: NB }),
  en('offplan', 'Can you phone the municipal director in Nykvarn and tell him the meeting is postponed?', { kind: NB }),
  sv('offplan', 'Vad kostar lunchen på Södertörnskonferensen?', { kind: NB }),
  sv('offplan', 'Hur många deltagare kom till rådslaget i mars?', { kind: NB }),
  sv('offplan', 'Vem är kommundirektör i Salem?', { kind: NB }),
  en('offplan', 'How many staff work at the secretariat in Huddinge?', { kind: NB }),

  // ---------------- topic ----------------
  sv('topic', 'när är planeringskonferensen för samarbetskommittén?', { expect: ['28 januari'], expectNot: ['31 mars'] }),
  en('topic', "When is the management group's planning conference?", { expect: ['31 March', '1 April'], expectNot: ['28 January'] }),
  sv('topic', 'Södertörnskonferensen – när och var?', { expect: ['1 september', 'Huddinge', 'Tyresö'], expectNot: ['24 mars'] }),
  sv('topic', 'Vilka bjuds in till Södertörnskonferensen?', { expectAny: [['parti', 'politisk']], expectNot: ['Handelskammaren'] }),
  sv('topic', 'Vilka organisationer utöver kommunerna är med i rådslaget?', { expect: ['Södertörns högskola', 'KTH', 'Handelskammaren', 'Företagarna'], expectAny: [['Karolinska']] }),
  en('topic', "What does the budget line 'Utredningar, konsultstöd mm' cover, and how much is it?", { expect: ['230 000'] }),
  sv('topic', 'Vad är ledningsgruppen till för?', { expectAny: [['förbereda']], expect: ['samordna'] }),
  en('topic', 'The key figures day and the Södertörn conference – which one is in Botkyrka, and when?', { expect: ['6 October'] }),
  sv('topic', 'Vilket styrdokument gäller för verksamhetsfrågorna?', { expectAny: [['verksamhetsplan']] }),
  sv('topic', 'Vad syftar de regionala utvecklingsfrågorna till?', { expect: ['region'] }),
  sv('topic', 'Vilket förbund ska ta hand om frågorna om explosiva varor?', { expectAny: [['brandförsvar']] }),
  en('topic', 'Which body takes over control of the sale of certain over-the-counter medicines?', { expectAny: [['miljö', 'environment']] }),
  sv('topic', 'Vad ska prioriteras mest under 2011, de regionala utvecklingsfrågorna eller verksamhetsfrågorna?', { expectAny: [['regional']] }),

  // ---------------- period ----------------
  sv('period', 'vilka SK-möten är det i höst?', { expect: ['22 september', '3 november', '8 december'], expectNot: ['9 juni'] }),
  sv('period', 'LG-mötena efter sommaren?', { expect: ['9 september', '14 oktober', '25 november'], expectNot: ['20 maj'] }),
  en('period', "What's the last committee meeting of 2011?", { expect: ['8 December', 'Tyresö'] }),
  sv('period', 'Första SK-mötet 2012, var hålls det?', { expect: ['Södertälje'] }),
  sv('period', 'Vad händer i oktober?', { expect: ['6 oktober', '14 oktober'] }),
  en('period', 'Which meetings are there in September?', { expect: ['1 September', '9 September', '22 September'] }),
  sv('period', 'sista LG-mötet i år', { expect: ['25 november'] }),
  sv('period', 'Vilka SK-möten är kvar före sommaren?', { expect: ['14 april', '9 juni'], expectNot: ['22 september'] }),
  sv('period', 'Nästa SK-möte?', { now: '2011-07-05T09:00:00+02:00', expect: ['22 september', 'Nynäshamn'] }),
  en('period', "What's coming up this month?", { now: '2011-10-01T09:00:00+02:00', expect: ['6 October', '14 October'] }),
  sv('period', 'Hur många SK-möten är kvar i år?', { expectAny: [['5', 'fem']] }),
  sv('period', 'Hur länge är det kvar till nyckeltalsdagen?', { expect: ['6 oktober'], expectAny: [['182', '26 veckor', 'sex månader', '6 månader', 'halvår']] }),
  sv('period', 'LG-möten första halvåret?', { expect: ['21 januari', '31 mars', '20 maj'], expectNot: ['9 september'] }),
  en('period', 'When did the committee last meet?', { now: '2011-06-20T10:00:00+02:00', expect: ['9 June', 'Salem'] }),
  sv('period', 'hur många dagar är det kvar till södertörnskonferensen', { expect: ['1 september'], expectAny: [['147']] }),
  en('period', "I'm covering for the summer – what's the first LG meeting after the holidays?", { now: '2011-07-12T09:00:00+02:00', expect: ['9 September'] }),
  sv('period', 'Vilket är det sista SK-mötet som står i kalendariet?', { expect: ['Huddinge'], expectAny: [['april 2012', 'apr 2012']] }),

  // ---------------- followup (conversations) ----------------
  { category: 'followup', conversation: [
    { q: 'vem är värd för rådslaget 2013?', lang: 'sv', expect: ['Botkyrka'] },
    { q: 'och året efter?', lang: 'sv', expect: ['Tyresö'] },
    { q: 'och sen då', lang: 'sv', expect: ['Södertälje'] } ] },
  { category: 'followup', conversation: [
    { q: 'när är nästa SK?', lang: 'sv', expect: ['14 april', 'Nykvarn'] },
    { q: 'och mötet efter det?', lang: 'sv', expect: ['9 juni', 'Salem'] } ] },
  { category: 'followup', conversation: [
    { q: 'When is the LG meeting in May?', lang: 'en', expect: ['20 May'] },
    { q: 'what time does it start?', lang: 'en', expectAny: [['08.30', '8.30', '08:30', '8:30']] } ] },
  { category: 'followup', conversation: [
    { q: 'Vilka kommuner är med i överförmyndarnämnden?', lang: 'sv', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
    { q: 'och vilken av dem är värdkommun?', lang: 'sv', expect: ['Haninge'] } ] },
  { category: 'followup', conversation: [
    { q: 'När är nyckeltalsdagen?', lang: 'sv', expect: ['6 oktober'] },
    { q: 'var då?', lang: 'sv', expect: ['Botkyrka'] } ] },
  { category: 'followup', conversation: [
    { q: 'Who hosts the committee meeting on 3 November?', lang: 'en', expect: ['Botkyrka'] },
    { q: 'and the one after that?', lang: 'en', expect: ['Tyresö', '8 December'] } ] },
  { category: 'followup', conversation: [
    { q: 'Hur mycket är personalbudgeten?', lang: 'sv', expect: ['580 000'] },
    { q: 'och per månad?', lang: 'sv', expectAny: [['48 333', '48 334']] } ] },
  { category: 'followup', conversation: [
    { q: 'när hade vi rådslaget i år', lang: 'sv', expect: ['24 mars'] },
    { q: 'vem tar det nästa år?', lang: 'sv', expect: ['Nynäshamn'] } ] },
  { category: 'followup', conversation: [
    { q: 'vilka tider har SK-mötena?', lang: 'sv', expectAny: [['12.00', '12:00']] },
    { q: 'och LG?', lang: 'sv', expectAny: [['08.30', '8.30', '08:30', '8:30'], ['13.00', '13:00']] } ] },
  { category: 'followup', conversation: [
    { q: 'Which municipalities set up the environment and health protection association?', lang: 'en', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
    { q: 'when did it start operating?', lang: 'en', expect: ['2008'] } ] },
  { category: 'followup', conversation: [
    { q: 'SK i juni, var?', lang: 'sv', expect: ['Salem', '9 juni'] },
    { q: 'vilken veckodag är det?', lang: 'sv', expect: ['torsdag'] } ] },
  { category: 'followup', conversation: [
    { q: 'Hur mycket betalar kommunerna in totalt i avgifter?', lang: 'sv', expect: ['860 000'] },
    { q: 'och om det delas lika per kommun?', lang: 'sv', expect: ['107 500'] } ] },

  // ---------------- typo ----------------
  sv('typo', 'när träffas ledingsgruppen i maj', { expect: ['20 maj'] }),
  sv('typo', 'vem är värd för samarbetskomitén 9/6', { expect: ['Salem'] }),
  sv('typo', 'rådslaet 2015 vem e värd', { expect: ['Södertälje'] }),
  sv('typo', 'nykeltalsdagen när', { expect: ['6 oktober'] }),
  sv('typo', 'södertörnskonferansen var är den', { expect: ['Huddinge', 'Tyresö'] }),
  sv('typo', 'överförmyndarnämden vilka kommuner är med', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
  sv('typo', 'budgten för personal?', { expect: ['580 000'] }),
  sv('typo', 'LG-mötte i oktober datum', { expect: ['14 oktober'] }),
  sv('typo', 'SK-motet i november vem e värd', { expect: ['Botkyrka'] }),
  en('typo', 'when is the comittee meeting in decmber', { expect: ['8 December'] }),
  sv('typo', 'planeringskonferansen för kommiten när', { expect: ['28 januari'] }),
  sv('typo', 'miljöförbunet startade vilket år', { expect: ['2008'] }),

  // ---------------- language ----------------
  en('language', "Hi, I write for an English-language paper in Stockholm. Which municipalities make up Södertörn?", { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö'] }),
  en('language', 'SK 22/9 värd?', { locale: 'en-GB', expect: ['Nynäshamn'] }),
  sv('language', 'ÖFN?', { locale: 'sv-SE', expectAny: [['överförmyndar']] }),
  en('language', 'nyckeltal?', { locale: 'en-US', expect: ['6 October', 'Botkyrka'] }),
  en('language', "In plain English please: what is a 'rådslag'?", { expectAny: [['annual', 'every year', 'yearly', 'each year']] }),
  en('language', 'LG 14/10?', { locale: 'en-GB', expect: ['14 October'] }),
  sv('language', 'kostnader?', { locale: 'sv-SE', expect: ['580 000', '50 000', '230 000'] }),
  en('language', 'rådslaget 2018?', { locale: 'en-GB', expect: ['Huddinge'] }),
  sv('language', 'Journalisten skrev på engelska men vill ha svaret på svenska, så jag frågar själv: vilken kommun är värd för SK den 8 december?', { expect: ['Tyresö'] }),
  en('language', 'Quick one from our English desk: what time do the committee meetings finish?', { expectAny: [['15.00', '15:00', '3 pm', '3pm', '3 p.m.']] }),

  // ---------------- facts ----------------
  sv('facts', 'Hur många invånare har Södertörn enligt planen?', { expect: ['430 000'] }),
  en('facts', 'The vision mentions a population figure for 2025 – what is it?', { expectAny: [['half a million', '500 000', '500,000']] }),
  sv('facts', 'Hur många fler invånare behövs ungefär för att nå visionens befolkningsmål?', { expect: ['70 000'] }),
  sv('facts', 'hur många år är det kvar till visionsåret', { expectAny: [['14', 'fjorton']], expect: ['2025'] }),
  sv('facts', 'Vilka företag nämns som exempel i inledningen?', { expect: ['Scania'], expectAny: [['Astra']] }),
  en('facts', 'Which infrastructure projects does the plan mention?', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] }),
  sv('facts', 'Vad kallas Stockholm i planen, på engelska?', { expect: ['Capital of Scandinavia'] }),
  sv('facts', 'Vad ska samverkan kännetecknas av?', { expectAny: [['gemensamma nyttan'], ['demokratisk'], ['ledarskap'], ['ge och få']] }),
  en('facts', 'What are the target areas in the development programme from 2010?', { expectAny: [['Näringsliv', 'business'], ['Mångfald', 'diversity'], ['Klimat', 'climate'], ['Infrastru']] }),
  sv('facts', 'Hur många konkreta utvecklingsfrågor hör till målområdena?', { expectAny: [['fem', '5']] }),
  sv('facts', 'När fastställdes Södertörns UtvecklingsProgram?', { expect: ['2010'], expectAny: [['höst']] }),
  sv('facts', 'I vilka regionala organ samordnar kommunerna sina insatser?', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] }),
  en('facts', 'Since when has the joint guardianship board been running?', { expect: ['2011'], expectAny: [['1 January', 'January 1']] }),
  sv('facts', 'Vilken lag nämns i avsnittet om gemensam upphandling?', { expectAny: [['offentlig upphandling', 'LOU']] }),
  sv('facts', 'Vem tillhandahåller sekretariatet åt kommittén?', { expect: ['Huddinge'] }),
  en('facts', 'Who actually sits on the Södertörn committee?', { expectAny: [['chair', 'ordförande'], ['eight', '8']] }),
  sv('facts', 'Vilka deltar vid kommitténs möten förutom ordförandena?', { expectAny: [['kommundirektör']] }),
  sv('facts', 'Vad är Södertörns nyckeltal för något?', { expectAny: [['uppföljning']], expect: ['höst'] }),
  en('facts', "What's the purpose of the Södertörn rådslag?", { expectAny: [['development', 'utveckling']] }),
  sv('facts', 'Hur många parter är med i rådslaget totalt, kommunerna inräknade?', { expectAny: [['13', 'tretton']] }),
  sv('facts', 'Vilka är de två huvudområdena för samverkan?', { expect: ['verksamhetsfrågor'], expectAny: [['regionala utvecklingsfrågor']] }),
  en('facts', 'In which areas do the municipalities have a tradition of working together?', { expectAny: [['upper secondary', 'gymnas', 'secondary', 'high school'], ['rescue', 'fire', 'räddning'], ['energy', 'energi', 'recycling', 'environment']] }),
  sv('facts', 'Vilka kommuner står utanför överförmyndarnämnden?', { expect: ['Nykvarn', 'Salem', 'Södertälje'] }),
  sv('facts', 'Hur många år har miljö- och hälsoskyddsförbundet varit igång?', { expect: ['2008'], expectAny: [['3', 'tre']] }),
  sv('facts', 'Vilka kommuner är inte värd för något SK-möte under 2011?', { expect: ['Huddinge', 'Södertälje'] }),
  en('facts', 'How many LG meetings are scheduled for 2011, the planning conference included?', { expectAny: [['6', 'six']] }),
  sv('facts', 'Vilken kommun har både ett SK-möte och rådslaget i år?', { expect: ['Salem'] }),
  sv('facts', 'Vilken kommun har både nyckeltalsdagen och ett SK-möte i höst?', { expect: ['Botkyrka'] }),
  en('facts', 'At minimum, how often does the committee have to meet per year?', { expectAny: [['six', '6']] }),
  sv('facts', 'Till vem lägger Haninge, Nynäshamn och Tyresö kontrollen av receptfria läkemedel?', { expectAny: [['miljö- och hälsoskyddsförbund', 'miljöförbund']] }),
  sv('facts', 'Hur långa är SK-sammanträdena?', { expectAny: [['3 timmar', 'tre timmar', '12.00', '12:00']] }),
  sv('facts', 'Vilken dag var rådslaget och hur länge höll det på?', { expect: ['24 mars'], expectAny: [['heldag']] }),
  en('facts', 'Where is this year\'s Södertörn conference being held?', { expect: ['Huddinge', 'Tyresö'] }),
  sv('facts', 'Mitt i Haninge har två frågor: när är SK-mötet i Nynäshamn, och vem är värd för mötet efter det?', { expect: ['22 september', 'Botkyrka'] }),
  en('facts', 'Two questions from a reporter: where is the key figures day held, and how many days later does the LG meet?', { expect: ['Botkyrka'], expectAny: [['8', 'eight']] }),
  sv('facts', 'Hur lång tid är LG:s planeringskonferens, från när till när?', { expectAny: [['lunch']], expect: ['31 mars', '1 april'] }),
];

// ---------------- change requests ----------------
const S = 'secretariat', M = 'member';
const c = (category, q, lang, o) => ({ category, q, lang, as: S, ...o });
const commands = [
  // move
  c('move', 'eh flytta sk mötet den fjortonde april till den tjugoförsta april', 'sv', { kind: 'confirm', expect: ['21 april'] }),
  c('move', 'flytta alltså lg den tjugonde maj till den tjugosjunde maj', 'sv', { kind: 'confirm', expect: ['27 maj'] }),
  c('move', 'sk nionde juni ska flyttas till sextonde juni eh samma tid som vanligt', 'sv', { kind: 'confirm', expect: ['16 juni'] }),
  c('move', 'move the committee meeting on 22 September to 29 September', 'en', { kind: 'confirm', expect: ['29 September'] }),
  c('move', 'nyckeltalsdagen flyttas till den trettonde oktober', 'sv', { kind: 'confirm', expect: ['13 oktober'] }),
  c('move', 'flytta södertörnskonferensen från första september till åttonde september alltså', 'sv', { kind: 'confirm', expect: ['8 september'] }),
  c('move', 'eh lg mötet nionde september flytta det till sextonde september', 'sv', { kind: 'confirm', expect: ['16 september'] }),
  // host
  c('host', 'ny värd för sk den tredje november eh haninge istället för botkyrka', 'sv', { kind: 'confirm', expect: ['Haninge'] }),
  c('host', 'sk mötet åttonde december ska vara i huddinge inte tyresö', 'sv', { kind: 'confirm', expect: ['Huddinge'] }),
  c('host', 'change the host of the 9 June committee meeting to Nykvarn', 'en', { kind: 'confirm', expect: ['Nykvarn'] }),
  c('host', 'nyckeltalsdagen ska alltså hållas i södertälje i stället för botkyrka', 'sv', { kind: 'confirm', expect: ['Södertälje'] }),
  // cancel
  c('cancel', 'ställ in lg mötet den fjortonde oktober', 'sv', { kind: 'confirm', expect: ['14 oktober'] }),
  c('cancel', 'eh stryk sk mötet åttonde december det blir inget', 'sv', { kind: 'confirm', expect: ['8 december'] }),
  c('cancel', 'cancel the LG meeting on 25 November', 'en', { kind: 'confirm', expect: ['25 November'] }),
  // add
  c('add', 'lägg till ett extra sk möte den tionde november klockan tolv i huddinge', 'sv', { kind: 'confirm', expect: ['10 november'] }),
  c('add', 'eh nytt lg möte den sextonde december alltså en fredag', 'sv', { kind: 'confirm', expect: ['16 december'] }),
  c('add', 'add an extra LG meeting on 17 June', 'en', { kind: 'confirm', expect: ['17 June'] }),
  // budget lines
  c('budgetline', 'ändra personal till sexhundratusen', 'sv', { kind: 'confirm', expect: ['600 000'] }),
  c('budgetline', 'eh utredningar och konsultstöd sänk den till tvåhundratiotusen', 'sv', { kind: 'confirm', expect: ['210 000'] }),
  c('budgetline', 'ersättningen till huddinge kommun ska vara sjuttiotusen alltså', 'sv', { kind: 'confirm', expect: ['70 000'] }),
  c('budgetline', 'set the consultancy line to 250 000', 'en', { kind: 'confirm', expect: ['250 000'] }),
  c('budgetline', 'avgifterna från kommunerna höj till niohundratusen', 'sv', { kind: 'confirm', expect: ['900 000'] }),
  // rotation host
  c('rotationhost', 'rådslaget tjugotretton ska vara i huddinge istället', 'sv', { kind: 'confirm', expect: ['Huddinge', '2013'] }),
  c('rotationhost', 'eh ändra värd för rådslaget 2016 till salem', 'sv', { kind: 'confirm', expect: ['Salem', '2016'] }),
  c('rotationhost', 'the 2014 rådslag host should be Nykvarn instead of Tyresö', 'en', { kind: 'confirm', expect: ['Nykvarn', '2014'] }),
  // history
  c('history', 'visa ändringar', 'sv', { kind: 'history' }),
  c('history', 'what has changed in the plan so far', 'en', { kind: 'history' }),
  c('history', 'eh vilka ändringar har gjorts alltså', 'sv', { kind: 'history' }),
  // missing information
  c('missing', 'flytta sk mötet till den tjugonionde', 'sv', { kind: 'clarify' }),
  c('missing', 'ändra budgeten eh', 'sv', { kind: 'clarify' }),
  c('missing', 'ny värd för sk mötet i höst alltså', 'sv', { kind: 'clarify' }),
  c('missing', 'ställ in mötet', 'sv', { kind: 'clarify' }),
  c('missing', 'change the personnel line', 'en', { kind: 'clarify' }),
  c('missing', 'eh flytta lg mötet i oktober', 'sv', { kind: 'clarify' }),
  // confirm / cancel conversations
  { category: 'confirm', as: S, conversation: [
    { q: 'flytta lg tjugonde maj till tjugosjunde maj', lang: 'sv', as: S, kind: 'confirm', expect: ['27 maj'] },
    { q: 'ja', lang: 'sv', as: S, kind: 'confirmed' } ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'ändra personal till sexhundratusen', lang: 'sv', as: S, kind: 'confirm', expect: ['600 000'] },
    { q: 'nej avbryt', lang: 'sv', as: S, kind: 'cancelled' } ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'ny värd för rådslaget tjugofemton eh haninge', lang: 'sv', as: S, kind: 'confirm', expect: ['Haninge', '2015'] },
    { q: 'ok kör', lang: 'sv', as: S, kind: 'confirmed' },
    { q: 'visa ändringar', lang: 'sv', as: S, kind: 'history' } ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'move the SK meeting on 3 November to 10 November', lang: 'en', as: S, kind: 'confirm', expect: ['10 November'] },
    { q: 'yes', lang: 'en', as: S, kind: 'confirmed' } ] },
  { category: 'confirm', as: S, conversation: [
    { q: 'eh ställ in sk mötet den tjugoandra september alltså', lang: 'sv', as: S, kind: 'confirm', expect: ['22 september'] },
    { q: 'bekräfta', lang: 'sv', as: S, kind: 'confirmed' } ] },
  // members: refused
  { category: 'refused', q: 'flytta sk mötet fjortonde april till tjugoförsta april', lang: 'sv', as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] },
  { category: 'refused', q: 'cancel the LG meeting on 9 September', lang: 'en', as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] },
  { category: 'refused', q: 'ändra personalbudgeten till 600 000', lang: 'sv', as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] },
  { category: 'refused', q: 'byt värd för rådslaget 2014 till botkyrka', lang: 'sv', as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] },
  // secretariat questions that look like commands
  c('facts', 'när är lg i maj?', 'sv', { expect: ['20 maj'] }),
  c('facts', 'vem är värd för sk 3/11 just nu', 'sv', { expect: ['Botkyrka'] }),
  c('budget', 'hur mycket är utredningsposten innan jag ändrar den', 'sv', { expect: ['230 000'] }),
  c('period', 'which LG meeting is in October? I might need to move it', 'en', { expect: ['14 October'] }),
  c('rotation', 'vilket år har nykvarn rådslaget alltså', 'sv', { expect: ['2017'] }),
];


const out = (name, description, items) => fs.writeFileSync(path.join(__dirname, name),
  JSON.stringify({ description, defaultNow: NOW, items }, null, 2) + '\n');
out('pool-questions.json', 'Round 20k writer k: questions relayed by the Huddinge secretariat summer substitute (public, journalists, political assistants).', questions);
out('pool-commands.json', 'Round 20k writer k: change requests dictated to voice-to-text by the secretariat head, plus member refusals and look-alike questions.', commands);

const count = (items) => { const r = {}; for (const it of items) { const l = it.lang || (it.conversation && it.conversation[0].lang); const k = it.category; r[k] = r[k] || { sv: 0, en: 0 }; r[k][l]++; } return r; };
console.log('questions', questions.length, count(questions));
console.log('commands', commands.length, count(commands));

// Round 12, writer "o" — persona: nyvald KSO i Nykvarn, ny i SK.
// Source: /work/shared/plan/verksamhetsplan-2011.txt only.
const fs = require("fs");
const path = require("path");
const NOW = "2011-04-07T10:00:00+02:00";
const NP = ["notInPlan", "cannot"];
const T12 = ["12.00", "12:00"];
const T15 = ["15.00", "15:00"];
const T0830 = ["08.30", "08:30", "8.30", "8:30"];
const T13 = ["13.00", "13:00"];

const sv = (category, q, o = {}) => ({ category, q, lang: "sv", ...o });
const en = (category, q, o = {}) => ({ category, q, lang: "en", ...o });
const conv = (category, turns, o = {}) => ({ category, conversation: turns, ...o });
const t = (q, lang, o = {}) => ({ q, lang, ...o });

const questions = [
  // ---------------- rotation ----------------
  sv("rotation", "hej! ny i gänget här, KSO i Nykvarn sen valet. jag hörde att vi ska ha rådslaget nån gång, vilket år är det nykvarns tur? vill gärna veta hur länge vi slipper 😅", { expect: ["2017"] }),
  sv("rotation", "vem har rådslaget 2014", { expect: ["Tyresö"] }),
  sv("rotation", "jag undrar om du kan lista hela rotationen för rådslaget, alla år som står i planen och vilken kommun som är värd", { expect: ["Salem", "Nynäshamn", "Botkyrka", "Tyresö", "Södertälje", "Haninge", "Nykvarn", "Huddinge", "2011", "2018"] }),
  sv("rotation", "vem tar över rådslaget året efter att vi i nykvarn haft det?", { expect: ["Huddinge", "2018"] }),
  en("rotation", "who hosts the rådslag in 2016?", { expect: ["Haninge"] }),
  sv("rotation", "när är södertälje värd för rådslaget", { expect: ["2015"] }),
  sv("rotation", "vilken kommun har rådslaget två år efter botkyrka?", { expect: ["Södertälje", "2015"] }),
  en("rotation", "Which is the last year in the rådslag rotation, and who hosts it then?", { expect: ["2018", "Huddinge"] }),
  sv("rotation", "hur många år går det mellan att salem och haninge är värdar för rådslaget?", { expect: ["2016"], expectAny: [["5", "fem"]] }),
  sv("rotation", "rådslaget 2012 – var blir det?", { expect: ["Nynäshamn"] }),
  en("rotation", "Which municipality had this year's rådslag, and which one has it next year?", { expect: ["Salem", "Nynäshamn"] }),
  en("rotation", "who's got the rådslag the year after Tyresö?", { expect: ["Södertälje", "2015"] }),

  // ---------------- budget ----------------
  sv("budget", "hur stor är budgeten för samarbetskommittén totalt i år?", { expect: ["860 000"] }),
  sv("budget", "vad går mest pengar till?", { expect: ["580 000"], expectAny: [["personal"]] }),
  sv("budget", "jag ska förklara för min kommunstyrelse vad vi betalar in. om avgifterna delas lika mellan de åtta kommunerna, hur mycket blir nykvarns del då?", { expect: ["107 500"] }),
  sv("budget", "hur mycket får huddinge i ersättning för kontorsservice och arbetsrum", { expect: ["50 000"] }),
  sv("budget", "utredningar och konsultstöd, vad är budgeterat där?", { expect: ["230 000"] }),
  sv("budget", "hur mycket blir kostnaderna per månad i snitt om man slår ut hela året?", { expectAny: [["71 666", "71 667"]] }),
  sv("budget", "vad kostar personalen per kvartal", { expect: ["145 000"] }),
  sv("budget", "skillnaden mellan personalposten och posten för utredningar?", { expect: ["350 000"] }),
  sv("budget", "hur stor andel av budgeten är personal, ungefär i procent", { expectAny: [["67", "68"]] }),
  en("budget", "what's the smallest cost item in the budget?", { expect: ["50 000"], expectAny: [["Huddinge"]] }),
  en("budget", "How much of the fees is left once the staff costs are paid?", { expect: ["280 000"] }),
  en("budget", "What share of the budget goes to studies and consultancy support, roughly?", { expectAny: [["26", "27"]] }),
  sv("budget", "varifrån kommer intäkterna i budgeten?", { expect: ["860 000"], expectAny: [["avgift"]] }),
  sv("budget", "personalkostnaden per månad, vad blir det?", { expectAny: [["48 333", "48 334"]] }),
  sv("budget", "om man delar utredningsposten lika på alla åtta kommuner, vad blir det per kommun", { expect: ["28 750"] }),
  en("budget", "If the 860k were split evenly among the eight municipalities, what would each one pay per quarter?", { expect: ["26 875"] }),
  sv("budget", "hur mycket större är personalposten än de två andra kostnadsposterna tillsammans?", { expect: ["300 000"] }),
  en("budget", "What is the compensation to Huddinge for office services per month?", { expectAny: [["4 166", "4 167"]] }),

  // ---------------- yesno ----------------
  sv("yesno", "stämmer det att det är nykvarn som är värd för SK-mötet 14/4? dvs vi själva, nästa vecka?", { startsWith: "Ja", expect: ["Nykvarn"] }),
  sv("yesno", "är nykvarn med i överförmyndarnämnden?", { startsWith: "Nej" }),
  sv("yesno", "ingår salem i miljö- och hälsoskyddsförbundet", { startsWith: "Nej" }),
  sv("yesno", "är det alltid på torsdagar SK-mötena ligger?", { startsWith: "Ja", expect: ["torsdag"] }),
  en("yesno", "Is the Södertörn conference a full-day thing?", { startsWith: "Yes" }),
  sv("yesno", "är årets rådslag redan avklarat?", { startsWith: "Ja", expect: ["24 mars"] }),
  en("yesno", "Does the committee meet at least six times a year?", { startsWith: "Yes", expectAny: [["six", "6"]] }),
  sv("yesno", "har vi i nykvarn rådslaget 2016?", { startsWith: "Nej", expect: ["2017"] }),
  sv("yesno", "går personalkostnaden över en halv miljon?", { startsWith: "Ja", expect: ["580 000"] }),
  en("yesno", "Is it Huddinge that provides the secretariat?", { startsWith: "Yes" }),
  en("yesno", "is the nyckeltal day in Botkyrka?", { startsWith: "Yes", expect: ["6 October"] }),
  sv("yesno", "jag fick höra att vi ska lägga mer tid på verksamhetsfrågorna än på de regionala utvecklingsfrågorna i år, stämmer det?", { startsWith: "Nej" }),
  sv("yesno", "börjar SK-mötena kl 12?", { startsWith: "Ja", expectAny: [T12] }),
  en("yesno", "Is there an SK meeting in August?", { startsWith: "No" }),
  sv("yesno", "kan nykvarn gå med i överförmyndarnämnden längre fram, är det ens möjligt enligt planen?", { startsWith: "Ja" }),

  // ---------------- premise ----------------
  sv("premise", "varför har botkyrka SK-mötet 9/6?", { expect: ["Salem"] }),
  sv("premise", "SK-mötet 20/5, vem är värd för det?", { expectAny: [["ledningsgrupp", "LG"]] }),
  sv("premise", "eftersom nykvarn har rådslaget redan nästa år, vad bör jag tänka på i planeringen?", { expect: ["2017"] }),
  en("premise", "why is the nyckeltal day in Huddinge this year?", { expect: ["Botkyrka"] }),
  sv("premise", "varför är budgeten på en miljon i år?", { expect: ["860 000"] }),
  sv("premise", "hur länge har miljö- och hälsoskyddsförbundet funnits sen det startade 2010?", { expect: ["2008"] }),
  sv("premise", "varför ligger SK-mötena på fredagar, det krockar med mina fullmäktigeförberedelser", { expect: ["torsdag"] }),
  sv("premise", "vilken tid börjar SK-mötet i södertälje i september?", { expect: ["Nynäshamn"], expectAny: [T12] }),
  sv("premise", "varför hölls rådslaget i haninge i år?", { expect: ["Salem"] }),
  en("premise", "Why does the LG meet on Wednesdays?", { expect: ["Friday"] }),
  en("premise", "The Södertörn conference in October – is it a half day or a full day?", { expect: ["1 September"] }),
  sv("premise", "Tyresö har väl SK-mötet 3/11, eller hur var det?", { expect: ["Botkyrka"] }),

  // ---------------- offplan ----------------
  sv("offplan", "kan du boka ett rum i kommunhuset här i nykvarn till SK-mötet 14/4", { kind: NP }),
  sv("offplan", "skicka ett mejl till alla kommundirektörer om att vi bjuder på lunch 14/4", { kind: NP }),
  sv("offplan", "vad kostar lunchen på rådslaget?", { kind: NP }),
  en("offplan", "What's the street address for the Salem meeting on 9 June?", { kind: NP }),
  sv("offplan", "vad står på dagordningen till mötet 14/4", { kind: NP }),
  sv("offplan", "hur stor blir budgeten 2012?", { kind: NP }),
  en("offplan", "Can you ring the secretariat in Huddinge and tell them I'm running late", { kind: NP }),
  sv("offplan", "vem är kommundirektör i haninge nu för tiden", { kind: NP }),
  sv("offplan", "vad heter den som jobbar på sekretariatet i huddinge? vill ringa och presentera mig", { kind: NP }),
  en("offplan", "Is there parking at the venue in Botkyrka for the nyckeltal day?", { kind: NP }),
  sv("offplan", "lägg in 22/9 i min outlookkalender tack", { kind: NP }),

  // ---------------- topic ----------------
  sv("topic", "när har SK sin planeringskonferens? alltså kommitténs, inte ledningsgruppens", { expect: ["27"], expectAny: [["januari", "jan"]], expectNot: ["31 mars"] }),
  sv("topic", "och LG:s planeringskonferens, när var den?", { expect: ["31 mars", "1 april"], expectNot: ["28 januari"] }),
  sv("topic", "jag blandar ihop södertörnskonferensen och rådslaget, när är de och vad är skillnaden?", { expect: ["1 september", "24 mars"] }),
  sv("topic", "vilka är med på rådslaget förutom kommunerna", { expect: ["Handelskammaren", "Företagarna", "KTH"], expectAny: [["Södertörns högskola"]] }),
  sv("topic", "vilka deltar i södertörnskonferensen?", { expectAny: [["partier", "parti"], ["tjänstemän"]], expectNot: ["Handelskammaren"] }),
  sv("topic", "vad täcker budgetposten ersättning till huddinge egentligen", { expectAny: [["kontorsservice"], ["arbetsrum"]] }),
  sv("topic", "vad ingår i 230 000-posten?", { expectAny: [["utredning"], ["konsult"]] }),
  en("topic", "what's the LG actually for, compared to the SK?", { expectAny: [["prepar"]] }),
  sv("topic", "vilka kommuner är med i miljöförbundet respektive överförmyndarnämnden? vill inte blanda ihop dem", { expect: ["Haninge", "Nynäshamn", "Tyresö", "Botkyrka", "Huddinge"] }),
  sv("topic", "explosiva varor – vilket förbund hanterar det?", { expectAny: [["brandförsvarsförbund"]] }),
  sv("topic", "kontrollen av receptfria läkemedel, vem har lagt den var?", { expectAny: [["miljö- och hälsoskyddsförbund", "miljöförbund"]] }),
  sv("topic", "vad är syftet med verksamhetsfrågorna jämfört med de regionala utvecklingsfrågorna", { expectAny: [["effektivisera"], ["som region"]] }),
  en("topic", "When is the SK's own planning conference – not the LG one?", { expect: ["27"], expectAny: [["January"]], expectNot: ["31 March"] }),
  sv("topic", "nyckeltalsdagen eller södertörnskonferensen – vilken av dem är i botkyrka?", { expect: ["6 oktober"], expectAny: [["nyckeltal"]] }),
  en("topic", "Which steering document applies to the regional development issues?", { expectAny: [["UtvecklingsProgram 2010", "utvecklingsprogram 2010", "Development Programme 2010", "Development Program 2010"]] }),

  // ---------------- period ----------------
  sv("period", "vilka SK-möten är det i höst?", { expect: ["22 september", "3 november", "8 december"], expectNot: ["9 juni"] }),
  sv("period", "LG efter sommaren?", { expect: ["9 september", "14 oktober", "25 november"], expectNot: ["20 maj"] }),
  sv("period", "vad händer i oktober", { expect: ["6 oktober", "14 oktober"] }),
  sv("period", "första SK-mötet efter sommaren, var och när?", { expect: ["22 september", "Nynäshamn"] }),
  sv("period", "sista LG-mötet i år", { expect: ["25 november"] }),
  en("period", "Which SK meetings are left this spring?", { expect: ["14 April", "9 June"], expectNot: ["22 September"] }),
  sv("period", "vad har LG för möten första halvåret", { expect: ["21 januari", "31 mars", "20 maj"], expectNot: ["9 september"] }),
  sv("period", "jag försöker planera min höst, vad är det som händer i september för oss?", { expect: ["1 september", "9 september", "22 september"] }),
  en("period", "What's on in November?", { expect: ["3 November", "25 November"] }),
  sv("period", "sista SK-mötet 2011", { expect: ["8 december", "Tyresö"] }),
  sv("period", "vad är inplanerat för SK våren 2012?", { expect: ["Södertälje", "Huddinge"] }),
  sv("period", "vad är nästa grej i kalendern?", { now: "2011-10-01T09:00:00+02:00", expect: ["6 oktober"] }),
  sv("period", "när är nästa SK", { now: "2011-06-20T09:00:00+02:00", expect: ["22 september", "Nynäshamn"] }),
  sv("period", "nästa LG?", { expect: ["20 maj"] }),
  en("period", "anything on in December?", { expect: ["8 December", "Tyresö"] }),
  sv("period", "hur många SK-möten är det kvar i år?", { expectAny: [["5", "fem"]] }),

  // ---------------- followup ----------------
  conv("followup", [
    t("när har SK möte i juni?", "sv", { expect: ["9 juni", "Salem"] }),
    t("och vem har det efter det?", "sv", { expect: ["22 september", "Nynäshamn"] }),
  ]),
  conv("followup", [
    t("vem har rådslaget 2017?", "sv", { expect: ["Nykvarn"] }),
    t("och året efter?", "sv", { expect: ["Huddinge"] }),
  ]),
  conv("followup", [
    t("när är nyckeltalsdagen", "sv", { expect: ["6 oktober"] }),
    t("var?", "sv", { expect: ["Botkyrka"] }),
  ]),
  conv("followup", [
    t("how much is budgeted for staff?", "en", { expect: ["580 000"] }),
    t("and per month?", "en", { expectAny: [["48 333", "48 334"]] }),
  ]),
  conv("followup", [
    t("vilka är med i överförmyndarnämnden", "sv", { expect: ["Botkyrka", "Haninge", "Huddinge", "Nynäshamn", "Tyresö"] }),
    t("vilken kommun är värd för den?", "sv", { expect: ["Haninge"] }),
    t("sedan när?", "sv", { expect: ["2011"] }),
  ]),
  conv("followup", [
    t("nästa SK?", "sv", { expect: ["14 april", "Nykvarn"] }),
    t("vilken tid?", "sv", { expectAny: [T12] }),
    t("och mötet efter det?", "sv", { expect: ["9 juni", "Salem"] }),
  ]),
  conv("followup", [
    t("when is the Södertörn conference?", "en", { expect: ["1 September"] }),
    t("who hosts it?", "en", { expect: ["Huddinge", "Tyresö"] }),
  ]),
  conv("followup", [
    t("hur mycket finns för utredningar i budgeten", "sv", { expect: ["230 000"] }),
    t("och om man delar det lika per kommun?", "sv", { expect: ["28 750"] }),
  ]),
  conv("followup", [
    t("miljö- och hälsoskyddsförbundet, vilka kommuner är med?", "sv", { expect: ["Haninge", "Nynäshamn", "Tyresö"] }),
    t("när startade det?", "sv", { expect: ["2008"] }),
  ]),
  conv("followup", [
    t("LG i maj?", "sv", { expect: ["20 maj"] }),
    t("och nästa efter det?", "sv", { expect: ["9 september"] }),
  ]),
  conv("followup", [
    t("Who hosts SK on 3 November?", "en", { expect: ["Botkyrka"] }),
    t("and the one after that?", "en", { expect: ["8 December", "Tyresö"] }),
  ]),
  conv("followup", [
    t("rådslaget i år, var var det", "sv", { expect: ["Salem", "24 mars"] }),
    t("och nästa år?", "sv", { expect: ["Nynäshamn"] }),
  ]),

  // ---------------- typo ----------------
  sv("typo", "när träffas ledingsgruppen i höst", { expect: ["9 september", "14 oktober", "25 november"] }),
  sv("typo", "vem e värd för samarbetskomiten 22/9", { expect: ["Nynäshamn"] }),
  sv("typo", "nyckletalsdagen var?", { expect: ["Botkyrka"] }),
  sv("typo", "rådslaet 2015?", { expect: ["Södertälje"] }),
  sv("typo", "överförmyndarnämdnen värdkommun", { expect: ["Haninge"] }),
  sv("typo", "hur mkt e persnalkostnaden", { expect: ["580 000"] }),
  sv("typo", "södertörnskonferansen datum", { expect: ["1 september"] }),
  sv("typo", "SK-möet i decmber", { expect: ["8 december", "Tyresö"] }),
  sv("typo", "LG-datm i oktober", { expect: ["14 oktober"] }),
  en("typo", "whos hosting the radslag 2014", { expect: ["Tyresö"] }),
  sv("typo", "planeringskonfernsen för samarbetskomittén när", { expect: ["27"], expectNot: ["31 mars"] }),

  // ---------------- language ----------------
  { category: "language", q: "SK 3/11 värd?", locale: "en-GB", lang: "en", expect: ["Botkyrka"] },
  { category: "language", q: "ÖFN?", locale: "en-GB", lang: "en", expect: ["Haninge"] },
  { category: "language", q: "ÖFN?", lang: "sv", expect: ["Haninge"] },
  { category: "language", q: "kostnader?", locale: "sv-SE", lang: "sv", expect: ["580 000", "50 000", "230 000"] },
  { category: "language", q: "LG 20/5", locale: "en-US", lang: "en", expect: ["20 May"] },
  { category: "language", q: "rådslag 2018", locale: "en-GB", lang: "en", expect: ["Huddinge"] },
  en("language", "Could you tell me in English when the nyckeltalsdagen is this year?", { expect: ["6 October"] }),
  { category: "language", q: "SK 9/6", lang: "sv", expect: ["Salem", "9 juni"] },
  { category: "language", q: "budget 2011 total", locale: "en-GB", lang: "en", expect: ["860 000"] },
  { category: "language", q: "Nykvarn rådslag?", locale: "sv-SE", lang: "sv", expect: ["2017"] },
  en("language", "I'm the new chair from Nykvarn – which meetings am I expected to attend this autumn?", { expect: ["22 September", "3 November", "8 December"] }),

  // ---------------- facts ----------------
  sv("facts", "vad är visionen för 2025?", { expectAny: [["halv miljon", "500 000"]] }),
  sv("facts", "hur många invånare har södertörn idag enligt planen", { expect: ["430 000"] }),
  sv("facts", "vilka målområden finns i utvecklingsprogrammet", { expect: ["Näringsliv och Högskola", "Olikhet och Mångfald", "Klimat", "Infrastruktur"] }),
  sv("facts", "vad är det för förhållningssätt vi ska ha i samverkan? vill kunna säga nåt klokt på första mötet", { expectAny: [["gemensamma nyttan"], ["demokratiska processen"], ["ge och få"]] }),
  sv("facts", "vilka infrastruktursatsningar nämns i planen", { expect: ["73", "Nynäsbanan", "Södertörnsleden", "E4"] }),
  sv("facts", "i vilka regionala organ samordnar vi våra insatser?", { expect: ["KSL", "Stockholms Business Alliance", "Mälardalsrådet"] }),
  sv("facts", "vilka sitter egentligen i SK?", { expectAny: [["kommunstyrelseordförande"]] }),
  sv("facts", "vem tillhandahåller sekretariatet?", { expect: ["Huddinge"] }),
  sv("facts", "hur ofta träffas ledningsgruppen", { expectAny: [["sex", "6"]] }),
  en("facts", "What's the point of the cooperation, in a nutshell?", { expectAny: [["regional"]] }),
  sv("facts", "LG mötestider?", { expectAny: [T0830, T13] }),
  sv("facts", "vilka företag nämns som exempel i inledningen", { expect: ["Scania"], expectAny: [["Astra Zeneca", "AstraZeneca"]] }),
  sv("facts", "inom vilka områden har samarbetet gamla traditioner?", { expectAny: [["gymnasie"], ["räddningstjänst"], ["återvinning", "energi"]] }),
  sv("facts", "vilka är de viktigaste utvecklingsfrågorna i utvecklingsprogrammet 2010", { expectAny: [["utbildningsnivå"], ["kunskapsintensiv"], ["klimateffektiv"]] }),
  sv("facts", "vad innebär gemensam ägarstyrning", { expectAny: [["ägardialog"]] }),
  sv("facts", "vad säger planen om upphandling?", { expectAny: [["offentlig upphandling", "LOU"]] }),
  en("facts", "When did the joint guardianship board (överförmyndarnämnd) start?", { expect: ["2011"], expectAny: [["1 January", "January 1"]] }),
  en("facts", "When did Södertörns miljö- och hälsoskyddsförbund start operating?", { expect: ["2008"] }),
  en("facts", "Which area gets more time and resources in 2011 – regional development or the operational issues?", { expectAny: [["regional development"]] }),
  sv("facts", "när fastställdes utvecklingsprogrammet?", { expect: ["hösten 2010"] }),
  sv("facts", "vad är rådslaget för något? har bara hört ordet", { expectAny: [["årlig"], ["frågeställningar", "Södertörns utveckling"]] }),
  en("facts", "what happens on the nyckeltal day?", { expect: ["6 October"], expectAny: [["key figure", "key indicator", "nyckeltal"]] }),
  en("facts", "Who else attends the SK meetings apart from the chairs?", { expectAny: [["municipal director", "chief executive", "kommundirektör", "city manager"]] }),
  sv("facts", "vilka två huvudområden bedrivs samverkan inom", { expectAny: [["regionala utvecklingsfrågor"], ["verksamhetsfrågor"]] }),
  sv("facts", "hur ser planen på södertörns roll i stockholm? nån slogan?", { expect: ["Capital of Scandinavia"] }),
  en("facts", "What does Vision 2025 say about population?", { expectAny: [["half a million", "500 000"]] }),
  sv("facts", "vad är LG:s uppgift?", { expectAny: [["förbered"], ["samordna"]] }),
  sv("facts", "omvärldsbevakning, vad innebär det i planen", { expect: ["kontaktnät"] }),
  en("facts", "How many people live in Södertörn?", { expect: ["430 000"] }),
  sv("facts", "vad ska kommunerna göra när riksdagen ger oss nya uppgifter?", { expectAny: [["enskilt"], ["samverkansorgan"]] }),
  en("facts", "How long is the LG planning conference?", { expectAny: [["lunch"]] }),
  sv("facts", "hur ofta hålls södertörnskonferensen?", { expectAny: [["årlig", "varje år", "en gång per år"]] }),
];

// ---------------- change requests ----------------
const S = "secretariat", M = "member";
const cs = (category, q, kind, o = {}) => ({ category, q, kind, as: S, lang: "sv", ...o });
const ce = (category, q, kind, o = {}) => ({ category, q, kind, as: S, lang: "en", ...o });
const ms = (q, o = {}) => ({ category: "refused", q, kind: "refused", as: M, lang: "sv", expectAny: [["sekretariat", "secretariat"]], ...o });
const me = (q, o = {}) => ({ category: "refused", q, kind: "refused", as: M, lang: "en", expectAny: [["sekretariat", "secretariat"]], ...o });

const commands = [
  // secretariat, complete → confirm
  cs("move", "flytta SK-mötet 22/9 till 29/9", "confirm", { expect: ["29 september"] }),
  cs("move", "LG 20/5 behöver flyttas till 27/5, flera kommundirektörer är bortresta", "confirm", { expect: ["27 maj"] }),
  ce("move", "move the LG meeting on 14 October to 21 October", "confirm", { expect: ["21 October"] }),
  cs("move", "kan du lägga om SK i december från den 8:e till den 15:e", "confirm", { expect: ["15 december"] }),
  cs("host", "ny värd för SK 3/11: Haninge istället för Botkyrka", "confirm", { expect: ["Haninge"] }),
  cs("host", "SK-mötet i december tar Nykvarn i stället för Tyresö", "confirm", { expect: ["Nykvarn"] }),
  ce("host", "Huddinge will host the SK meeting on 9 June instead of Salem", "confirm", { expect: ["Huddinge"] }),
  cs("cancel", "ställ in LG 25/11", "confirm", { expect: ["25 november"] }),
  ce("cancel", "cancel the SK meeting on 9 June", "confirm", { expect: ["9 June"] }),
  cs("cancel", "SK-mötet i nynäshamn i september blir inte av, stryk det", "confirm", { expect: ["22 september"] }),
  cs("add", "lägg till ett extra SK-möte torsdag 18/8 i Södertälje", "confirm", { expect: ["18 augusti", "Södertälje"] }),
  ce("add", "add an LG meeting on 16 December", "confirm", { expect: ["16 December"] }),
  cs("add", "vi behöver ett LG-möte till, fredag 2/12", "confirm", { expect: ["2 december"] }),
  cs("budgetline", "höj posten utredningar, konsultstöd mm till 250 000", "confirm", { expect: ["250 000"] }),
  cs("budgetline", "personalposten ska vara 600 000 istället", "confirm", { expect: ["600 000"] }),
  cs("budgetline", "ändra ersättningen till huddinge kommun till 60 000 kr", "confirm", { expect: ["60 000"] }),
  ce("budgetline", "set the consultancy line to 200,000", "confirm", { expect: ["200 000"] }),
  cs("rotationhost", "rådslaget 2013 ska vara i Nykvarn i stället för Botkyrka", "confirm", { expect: ["Nykvarn"] }),
  cs("rotationhost", "byt värd för rådslaget 2016 till Salem", "confirm", { expect: ["Salem"] }),
  ce("rotationhost", "change the rådslag host for 2015 to Huddinge", "confirm", { expect: ["Huddinge"] }),
  // history
  cs("history", "visa ändringar", "history"),
  ce("history", "what has changed in the plan so far?", "history"),
  cs("history", "vilka ändringar har gjorts i planen hittills?", "history"),
  // lacking something → clarify
  cs("missing", "flytta SK-mötet", "clarify"),
  cs("missing", "ändra budgetposten för personal", "clarify"),
  cs("missing", "flytta LG-mötet till 3/6", "clarify"),
  cs("missing", "ny värd för rådslaget", "clarify"),
  cs("missing", "ställ in mötet", "clarify"),
  ce("missing", "change the budget", "clarify"),
  cs("missing", "flytta SK-mötet 15/5 till 22/5", "clarify"),
  // conversations
  conv("confirm", [
    t("flytta SK-mötet 3/11 till 10/11", "sv", { kind: "confirm", expect: ["10 november"] }),
    t("ja", "sv", { kind: "confirmed" }),
  ], { as: S }),
  conv("confirm", [
    t("sätt personalposten till 560 000", "sv", { kind: "confirm", expect: ["560 000"] }),
    t("avbryt", "sv", { kind: "cancelled" }),
  ], { as: S }),
  conv("confirm", [
    t("LG 9/9 flyttas till 16/9", "sv", { kind: "confirm", expect: ["16 september"] }),
    t("ok kör", "sv", { kind: "confirmed" }),
    t("visa ändringar", "sv", { kind: "history", expect: ["16 september"] }),
  ], { as: S }),
  conv("confirm", [
    t("Move the SK meeting on 8 December to 15 December", "en", { kind: "confirm", expect: ["15 December"] }),
    t("yes", "en", { kind: "confirmed" }),
  ], { as: S }),
  conv("confirm", [
    t("ny värd för SK 9/6 – Huddinge", "sv", { kind: "confirm", expect: ["Huddinge"] }),
    t("nej", "sv", { kind: "cancelled" }),
  ], { as: S }),
  conv("confirm", [
    t("rådslaget 2014 ska hållas i Haninge", "sv", { kind: "confirm", expect: ["Haninge"] }),
    t("bekräfta", "sv", { kind: "confirmed" }),
  ], { as: S }),
  // members → refused
  ms("flytta SK 14/4 till 21/4, vi i nykvarn hinner inte få ordning på lokalen"),
  ms("kan du ändra så att Salem tar rådslaget 2017 istället för oss i Nykvarn"),
  me("cancel the LG meeting on 20 May"),
  ms("sänk personalposten till 500 000"),
  ms("lägg till ett SK-möte 25/8 hos oss i nykvarn"),
  ms("ändra värd för SK 3/11 till Nykvarn"),
  // secretariat asking questions (not commands)
  { category: "period", q: "när är LG i maj?", as: S, lang: "sv", expect: ["20 maj"] },
  { category: "facts", q: "vem är värd för SK 22/9 just nu", as: S, lang: "sv", expect: ["Nynäshamn"] },
  { category: "budget", q: "hur mycket ligger personalposten på", as: S, lang: "sv", expect: ["580 000"] },
  { category: "rotation", q: "vilket år har Tyresö rådslaget", as: S, lang: "sv", expect: ["2014"] },
  { category: "facts", q: "what time does the LG meet on 9 September?", as: S, lang: "en", expectAny: [T0830] },
];

const out = (file, description, items) =>
  fs.writeFileSync(path.join(__dirname, file), JSON.stringify({ description, defaultNow: NOW, items }, null, 2) + "\n");
out("pool-questions.json", "Round 12 writer o (nyvald KSO Nykvarn, ny i SK): questions", questions);
out("pool-commands.json", "Round 12 writer o (nyvald KSO Nykvarn, ny i SK): change requests", commands);
console.log("questions", questions.length, "commands", commands.length);

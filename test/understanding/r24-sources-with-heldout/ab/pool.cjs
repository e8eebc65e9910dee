// Round 24 pool, writer "ab". Source: /work/shared/plan/verksamhetsplan-2011.txt only.
// Personas: new KSO of Botkyrka (long, explanatory Swedish, false beliefs); English-speaking consultant
// (precise English, comparisons); stand-in at the secretariat (hesitant change requests); members (refused).
const fs = require("fs");
const path = require("path");

const NOW = "2011-04-07T10:00:00+02:00";
const T12 = ["12.00", "12:00"];
const T15 = ["15.00", "15:00"];
const T0830 = ["08.30", "08:30", "8.30", "8:30"];
const T13 = ["13.00", "13:00"];
const NOT = ["notInPlan", "cannot"];

function Q(category, q, o = {}) {
  const lang = o.lang || "sv";
  const it = { category, q, lang };
  for (const k of ["expect", "expectAny", "expectNot", "startsWith", "kind", "locale", "now", "as"]) if (o[k] !== undefined) it[k] = o[k];
  return it;
}
function T(q, o = {}) { // conversation turn
  const it = { q, lang: o.lang || "sv" };
  for (const k of ["expect", "expectAny", "expectNot", "startsWith", "kind", "as"]) if (o[k] !== undefined) it[k] = o[k];
  return it;
}
function C(category, turns, o = {}) {
  const it = { category, conversation: turns };
  for (const k of ["locale", "now", "as"]) if (o[k] !== undefined) it[k] = o[k];
  return it;
}
const en = (o = {}) => Object.assign({ lang: "en" }, o);

const questions = [
  // ---------------- rotation ----------------
  Q("rotation", "vem är värd för rådslaget 2014?", { expect: ["Tyresö"] }),
  Q("rotation", "rådslaget 2016 vilken kommun", { expect: ["Haninge"] }),
  Q("rotation", "Which municipality hosts the Rådslag in 2017?", en({ expect: ["Nykvarn"] })),
  Q("rotation", "Jag är ny som ordförande i Botkyrka och försöker förstå turordningen för rådslaget – när är det vår tur att vara värd, och vem tar över året efter oss?", { expect: ["2013", "Tyresö"] }),
  Q("rotation", "In which year will Huddinge host the Rådslag?", en({ expect: ["2018"] })),
  Q("rotation", "rådslag 2012?", { expect: ["Nynäshamn"], locale: "sv-SE" }),
  Q("rotation", "vem har rådslaget året efter södertälje", { expect: ["Haninge"] }),
  Q("rotation", "Who hosts the Rådslag the year before Nykvarn does?", en({ expect: ["Haninge"] })),
  Q("rotation", "vilka kommuner är värdar för rådslaget 2015 till 2017?", { expect: ["Södertälje", "Haninge", "Nykvarn"] }),
  Q("rotation", "vem är värd för rådslaget i år", { expect: ["Salem"] }),
  Q("rotation", "vem blir värd för rådslaget 2019?", { kind: NOT }),
  Q("rotation", "What year is Södertälje's turn to host the Rådslag?", en({ expect: ["2015"] })),
  Q("rotation", "när har salem rådslaget nästa gång efter i år", { kind: NOT }),

  // ---------------- budget ----------------
  Q("budget", "hur stor är budgeten totalt?", { expect: ["860 000"] }),
  Q("budget", "vad kostar personalen", { expect: ["580 000"] }),
  Q("budget", "How much is set aside for studies and consultancy support in 2011?", en({ expect: ["230 000"] })),
  Q("budget", "vad får huddinge i ersättning för kontorsservice och arbetsrum?", { expect: ["50 000"] }),
  Q("budget", "om avgifterna delas lika mellan kommunerna, vad blir det per kommun?", { expect: ["107 500"] }),
  Q("budget", "How much of the budget is left once staff costs are paid?", en({ expect: ["280 000"] })),
  Q("budget", "personal per månad?", { expect: ["48 333"] }),
  Q("budget", "hur stor andel av kostnaderna går till personal?", { expectAny: [["67", "68"]] }),
  Q("budget", "What percentage of the costs goes to investigations and consultancy support?", en({ expectAny: [["26", "27"]] })),
  Q("budget", "skillnad personal och utredningar?", { expect: ["350 000"] }),
  Q("budget", "vilken är den minsta kostnadsposten i budgeten?", { expect: ["50 000"], expectAny: [["Huddinge", "kontorsservice"]] }),
  Q("budget", "What is the largest cost item, and how big is it?", en({ expect: ["580 000"], expectAny: [["staff", "personnel", "personal", "salar"]] })),
  Q("budget", "utredningar per kvartal", { expect: ["57 500"] }),
  Q("budget", "budget per month?", en({ locale: "en-GB", expectAny: [["71 666", "71 667"]] })),
  Q("budget", "personal och utredningar ihop, hur mycket blir det", { expect: ["810 000"] }),
  Q("budget", "om vi redan har gjort av med 90 000 på utredningar och konsultstöd, hur mycket finns kvar på den posten?", { expect: ["140 000"] }),
  Q("budget", "Where does the committee's income come from?", en({ expect: ["860 000"], expectAny: [["fee", "avgift", "contribution"]] })),
  Q("budget", "personalkostnad per kvartal", { expect: ["145 000"] }),
  Q("budget", "hur mycket per kommun går till personalen om man delar lika på åtta?", { expect: ["72 500"] }),
  Q("budget", "How much more goes to studies and consultants than to the compensation to Huddinge?", en({ expect: ["180 000"] })),

  // ---------------- yesno ----------------
  Q("yesno", "är SK 14/4 i Nykvarn?", { startsWith: "Ja", expect: ["Nykvarn"] }),
  Q("yesno", "är LG-mötet 20/5 en torsdag?", { startsWith: "Nej", expect: ["fredag"] }),
  Q("yesno", "Is the Södertörn conference on 1 September hosted by Salem?", en({ startsWith: "No", expect: ["Huddinge", "Tyresö"] })),
  Q("yesno", "ingår salem i överförmyndarnämnden", { startsWith: "Nej" }),
  Q("yesno", "Is Haninge the host municipality for the joint guardianship board?", en({ startsWith: "Yes", expect: ["Haninge"] })),
  Q("yesno", "är Nykvarn med i miljö- och hälsoskyddsförbundet?", { startsWith: "Nej", expect: ["Haninge", "Nynäshamn", "Tyresö"] }),
  Q("yesno", "har rådslaget redan varit i år?", { startsWith: "Ja", expect: ["24 mars"] }),
  Q("yesno", "Does the committee meet at least six times a year?", en({ startsWith: "Yes", expectAny: [["six", "6"]] })),
  Q("yesno", "är nyckeltalsdagen på hösten?", { startsWith: "Ja", expect: ["6 oktober"] }),
  Q("yesno", "Is Botkyrka hosting the Rådslag in 2012?", en({ startsWith: "No", expect: ["Nynäshamn"] })),
  Q("yesno", "börjar SK-mötena kl 12?", { startsWith: "Ja", expectAny: [T12] }),
  Q("yesno", "Is the total budget for 2011 more than 900,000 kronor?", en({ startsWith: "No", expect: ["860 000"] })),
  Q("yesno", "är det huddinge som har sekretariatet?", { startsWith: "Ja", expect: ["Huddinge"] }),
  Q("yesno", "blir det något SK-möte i augusti?", { startsWith: "Nej" }),

  // ---------------- premise ----------------
  Q("premise", "jag är ny här, kan du förklara vad ÖFN egentligen gör och vilka som är med? jag har förstått det som att alla åtta kommuner är med och att Huddinge är värdkommun", { expect: ["överförmyndar", "Haninge", "Botkyrka", "Nynäshamn", "Tyresö"] }),
  Q("premise", "varför har tyresö SK-mötet i juni?", { expect: ["Salem"] }),
  Q("premise", "Why is this year's Rådslag held in Huddinge?", en({ expect: ["Salem"] })),
  Q("premise", "Since the environmental and health protection federation started in 2010, how long has it been running?", en({ expect: ["2008"] })),
  Q("premise", "som nyvald ordförande undrar jag varför ledningsgruppen träffas på torsdagar – är det för att det ska passa ihop med samarbetskommitténs möten?", { expect: ["fredag"] }),
  Q("premise", "Södertörnskonferensen är väl i Botkyrka i oktober? jag vill boka in den i kalendern redan nu så jag inte missar den", { expect: ["1 september", "Huddinge", "Tyresö"] }),
  Q("premise", "The plan says Södertörn already has about 600,000 inhabitants, correct?", en({ expect: ["430 000"] })),
  Q("premise", "när i januari är ledningsgruppens planeringskonferens?", { expect: ["31 mars"] }),
  Q("premise", "Why is Scania one of the participants in the Rådslag?", en({ expectAny: [["Handelskammaren", "Chamber of Commerce"]] })),
  Q("premise", "personalen kostar ju 850 000 – hur mycket blir då kvar till resten?", { expect: ["580 000"] }),
  Q("premise", "Jag har fått höra att Botkyrka betalar en miljon kronor om året till samarbetskommittén, men jag förstår inte riktigt hur det går ihop – hur stor är egentligen hela budgeten?", { expect: ["860 000"] }),

  // ---------------- offplan ----------------
  Q("offplan", "kan du boka en lokal i Nykvarn till SK 14/4?", { kind: NOT }),
  Q("offplan", "vad heter kommunstyrelseordföranden i Salem?", { kind: NOT }),
  Q("offplan", "Can you email the agenda for the April committee meeting to all members?", en({ kind: NOT })),
  Q("offplan", "vilken adress är rådslaget på?", { kind: NOT }),
  Q("offplan", "vad blir budgeten för 2012?", { kind: NOT }),
  Q("offplan", "What does lunch cost at the LG planning conference?", en({ kind: NOT })),
  Q("offplan", "ring kommundirektören i haninge och säg att jag blir sen", { kind: NOT }),
  Q("offplan", "vilka punkter står på dagordningen till SK 9/6?", { kind: NOT }),
  Q("offplan", "Who heads the secretariat in Huddinge?", en({ kind: NOT })),

  // ---------------- topic ----------------
  Q("topic", "när är samarbetskommitténs planeringskonferens?", { expect: ["27"], expectAny: [["januari", "jan"]], expectNot: ["31 mars"] }),
  Q("topic", "ledningsgruppens planeringskonferens, när?", { expect: ["31 mars", "1 april"], expectNot: ["27-28 jan", "27–28 jan"] }),
  Q("topic", "What does the budget line for compensation to Huddinge cover?", en({ expect: ["50 000"], expectAny: [["office", "kontorsservice"]] })),
  Q("topic", "vilka är med i rådslaget förutom kommunerna?", { expect: ["Handelskammaren", "Företagarna", "KTH", "Karolinska"] }),
  Q("topic", "vilka deltar i Södertörnskonferensen?", { expectAny: [["partier", "politiska"], ["tjänstemän"]] }),
  Q("topic", "What is the purpose of the ledningsgrupp?", en({ expectAny: [["prepar"], ["coordinat"]] })),
  Q("topic", "vad syftar verksamhetsfrågorna till?", { expect: ["effektivisera"], expectAny: [["ekonomi", "kvalitet"]] }),
  Q("topic", "vad är syftet med de regionala utvecklingsfrågorna?", { expect: ["region"], expectNot: ["effektivisera"] }),
  Q("topic", "vilken ny uppgift om läkemedel har miljöförbundet fått?", { expect: ["receptfria"] }),
  Q("topic", "Which body takes care of the new responsibility for explosive goods?", en({ expectAny: [["brandförsvarsförbund", "fire"]] })),
  Q("topic", "nyckeltalsdagen, var är den?", { expect: ["Botkyrka"], expectNot: ["Salem"] }),
  Q("topic", "vilket styrdokument gäller för verksamhetsfrågorna?", { expect: ["verksamhetsplan"] }),
  Q("topic", "Which is hosted by Salem this year, the Rådslag or the Södertörn conference?", en({ expect: ["Rådslag", "24 March"] })),

  // ---------------- period ----------------
  Q("period", "vilka SK-möten är det i höst?", { expect: ["22 september", "3 november", "8 december"], expectNot: ["9 juni"] }),
  Q("period", "LG efter sommaren?", { expect: ["9 september", "14 oktober", "25 november"] }),
  Q("period", "Which SK meetings are left before the summer break?", en({ expect: ["14 April", "9 June"], expectNot: ["22 September"] })),
  Q("period", "första LG-mötet efter semestern", { expect: ["9 september"] }),
  Q("period", "sista SK i år, när och var?", { expect: ["8 december", "Tyresö"] }),
  Q("period", "When is the last LG meeting of 2011?", en({ expect: ["25 November"] })),
  Q("period", "vad händer i oktober?", { expect: ["6 oktober", "14 oktober"] }),
  Q("period", "LG första halvåret", { expect: ["21 januari", "20 maj"], expectAny: [["31 mars", "1 april"]] }),
  Q("period", "vilka möten och träffar har vi i september?", { expect: ["1 september", "9 september", "22 september"] }),
  Q("period", "What's on the calendar in December?", en({ expect: ["8 December", "Tyresö"] })),
  Q("period", "nästa SK?", { now: "2011-10-01T09:00:00+02:00", expect: ["3 november", "Botkyrka"], expectNot: ["22 september"] }),
  Q("period", "när är nästa LG-möte?", { now: "2011-06-15T09:00:00+02:00", expect: ["9 september"], expectNot: ["20 maj"] }),

  // ---------------- followup ----------------
  C("followup", [
    T("när är nästa SK?", { expect: ["14 april", "Nykvarn"] }),
    T("och nästa efter det?", { expect: ["9 juni", "Salem"] }),
  ]),
  C("followup", [
    T("vem är värd för rådslaget 2013?", { expect: ["Botkyrka"] }),
    T("och året efter?", { expect: ["Tyresö"] }),
  ]),
  C("followup", [
    T("When is the Södertörn conference?", en({ expect: ["1 September"] })),
    T("who hosts it?", en({ expect: ["Huddinge", "Tyresö"] })),
  ]),
  C("followup", [
    T("vad kostar personalen?", { expect: ["580 000"] }),
    T("och per månad?", { expect: ["48 333"] }),
  ]),
  C("followup", [
    T("vilka kommuner är med i miljö- och hälsoskyddsförbundet?", { expect: ["Haninge", "Nynäshamn", "Tyresö"] }),
    T("när startade det?", { expect: ["2008"] }),
  ]),
  C("followup", [
    T("When does the LG meet in May?", en({ expect: ["20 May"] })),
    T("what time?", en({ expectAny: [T0830, T13] })),
  ]),
  C("followup", [
    T("vilka är med i överförmyndarnämnden?", { expect: ["Botkyrka", "Haninge", "Huddinge", "Nynäshamn", "Tyresö"] }),
    T("och vem är värdkommun?", { expect: ["Haninge"] }),
  ]),
  C("followup", [
    T("nyckeltalsdagen?", { expect: ["6 oktober"] }),
    T("var?", { expect: ["Botkyrka"] }),
    T("är det en heldag?", { startsWith: "Ja" }),
  ]),
  C("followup", [
    T("jag sitter i Botkyrka – när är vi värd för något möte i år?", { expect: ["3 november", "6 oktober"] }),
    T("och rådslaget då?", { expect: ["2013"] }),
  ]),

  // ---------------- typo ----------------
  Q("typo", "när träffas ledingsgruppen i maj", { expect: ["20 maj"] }),
  Q("typo", "vem är värd för SK-mötet i septmber", { expect: ["Nynäshamn", "22 september"] }),
  Q("typo", "LG-datumen i höst?", { expect: ["9 september", "14 oktober", "25 november"] }),
  Q("typo", "rådslgaet 2015 värd", { expect: ["Södertälje"] }),
  Q("typo", "samarbetskomitténs budget totalt", { expect: ["860 000"] }),
  Q("typo", "överförmyndarnämden värdkommun", { expect: ["Haninge"] }),
  Q("typo", "nyckeltalsdagn var är den", { expect: ["Botkyrka"] }),
  Q("typo", "södertörnskonfernsen datum", { expect: ["1 september"] }),
  Q("typo", "when is the next ledningsgrupp meting?", en({ expect: ["20 May"] })),
  Q("typo", "personalkostanden?", { expect: ["580 000"] }),
  Q("typo", "miljö- och hälsoskydsförbundet vilka kommuner", { expect: ["Haninge", "Nynäshamn", "Tyresö"] }),

  // ---------------- language ----------------
  Q("language", "SK 3/11 värd?", { lang: "en", locale: "en-GB", expect: ["Botkyrka"] }),
  Q("language", "ÖFN?", { locale: "sv-SE", expect: ["överförmyndar"] }),
  Q("language", "kostnader?", { lang: "en", locale: "en-GB", expect: ["580 000", "50 000", "230 000"] }),
  Q("language", "rådslaget 2018", { lang: "en", locale: "en-GB", expect: ["Huddinge"] }),
  Q("language", "LG 9/9?", { locale: "sv-SE", expect: ["9 september"] }),
  Q("language", "nyckeltalsdagen?", { lang: "en", locale: "en-GB", expect: ["6 October", "Botkyrka"] }),
  Q("language", "Södertörnskonferensen 2011?", { lang: "en", locale: "en-GB", expect: ["1 September"] }),
  Q("language", "vision 2025?", { lang: "en", locale: "en-GB", expectAny: [["half a million", "500 000", "500,000"]] }),
  Q("language", "What time does the samarbetskommitté meet?", en({ expectAny: [T12, T15] })),

  // ---------------- facts ----------------
  Q("facts", "hur många invånare har Södertörn?", { expect: ["430 000"] }),
  Q("facts", "What is the vision for 2025?", en({ expectAny: [["half a million", "500 000", "500,000"]] })),
  Q("facts", "vad säger visionen", { expect: ["2025"], expectAny: [["halv miljon", "500 000"]] }),
  Q("facts", "vilka målområden finns i utvecklingsprogrammet?", { expect: ["Klimat", "Infrastruktur", "Mångfald", "Näringsliv"] }),
  Q("facts", "How many concrete development issues belong to the target areas of the development programme?", en({ expectAny: [["five", "5"]] })),
  Q("facts", "vilka regionala organ samordnar vi oss i?", { expect: ["KSL", "Stockholms Business Alliance", "Mälardalsrådet"] }),
  Q("facts", "vad ska samverkan kännetecknas av för förhållningssätt?", { expect: ["gemensamma nyttan", "demokratiska processen", "ge och få"] }),
  Q("facts", "vad är syftet med samverkan", { expect: ["hemkommunen"], expectAny: [["regionala utvecklingen", "regional"]] }),
  Q("facts", "Hej, jag har precis tagit över som KSO i Botkyrka och ska sätta mig in i allt det här. Kan du förklara vad samarbetskommittén är, vilka som sitter i den och hur ofta den träffas?", { expectAny: [["kommunstyrelseordförande", "ordförande"], ["sex", "6"]] }),
  Q("facts", "vilka sitter i ledningsgruppen", { expect: ["kommundirektör"] }),
  Q("facts", "When did the joint guardianship board start?", en({ expect: ["2011"], expectAny: [["1 January", "January 1"]] })),
  Q("facts", "Which body was formed first: the environmental and health protection federation or the guardianship board?", en({ expect: ["2008"], expectAny: [["environment", "miljö"]] })),
  Q("facts", "vilka företag nämns i planen som exempel?", { expect: ["Scania", "Astra Zeneca"] }),
  Q("facts", "vilka infrastruktursatsningar har drivits gemensamt?", { expect: ["73", "Nynäsbanan", "Södertörnsleden", "E4"] }),
  Q("facts", "inom vilka områden har samarbetet traditioner?", { expectAny: [["gymnasie"], ["räddningstjänst"], ["återvinning", "energi", "miljö"]] }),
  Q("facts", "What does the plan call Stockholm?", en({ expect: ["Capital of Scandinavia"] })),
  Q("facts", "vilka utvecklingsfrågor formulerades i Södertörns UtvecklingsProgram 2010?", { expect: ["utbildningsnivå", "kunskapsintensivt", "klimateffektivt", "infrastruktur"] }),
  Q("facts", "When was Södertörns UtvecklingsProgram 2010 adopted?", en({ expect: ["2010"], expectAny: [["autumn", "fall"]] })),
  Q("facts", "ska vi lägga mest tid på regionala utvecklingsfrågor eller verksamhetsfrågor i år?", { expect: ["regionala"] }),
  Q("facts", "vad gäller för gemensam upphandling?", { expectAny: [["varor", "tjänster"], ["offentlig upphandling", "LOU", "lagen"]] }),
  Q("facts", "vad innebär gemensam ägarstyrning", { expectAny: [["ägardialog", "bolagsordning", "förbunds", "direktiv"]] }),
  Q("facts", "What does the plan say under omvärldsbevakning?", en({ expectAny: [["network", "kontaktnät", "contact"]] })),
  Q("facts", "vad är rådslaget för något?", { expectAny: [["årlig", "årligt", "årligen"], ["högskola", "Handelskammaren", "Företagarna"]] }),
  Q("facts", "What times do the committee meetings run, and on which weekday?", en({ expect: ["Thursday"], expectAny: [T12, T15] })),
  Q("facts", "LG mötestider?", { expect: ["fredag"], expectAny: [T0830, T13] }),
  Q("facts", "What is the key figures day about and when is it?", en({ expect: ["6 October"] })),
  Q("facts", "hur ofta träffas samarbetskommittén", { expectAny: [["sex", "6"]] }),
  Q("facts", "Who attends the committee's meetings besides the chairs?", en({ expectAny: [["kommundirektör", "director", "chief executive"]] })),
  Q("facts", "vilka kommuner ingår i samarbetet", { expect: ["Botkyrka", "Haninge", "Huddinge", "Nykvarn", "Nynäshamn", "Salem", "Södertälje", "Tyresö"] }),
  Q("facts", "vilka är värdar för SK-mötena 2012?", { expect: ["Södertälje", "Huddinge"] }),
  Q("facts", "hur många kommuner är med i överförmyndarnämnden", { expectAny: [["fem", "5"]] }),
  Q("facts", "How long is the Södertörn conference?", en({ expectAny: [["full day", "full-day", "all day", "all-day", "whole day", "heldag"]] })),
  Q("facts", "hur lång är ledningsgruppens planeringskonferens?", { expect: ["lunch"] }),
  Q("facts", "vad ska brandförsvarsförbundet ta hand om enligt planen?", { expect: ["explosiva"] }),
  Q("facts", "vilka universitet och högskolor nämns?", { expect: ["Södertörns högskola", "KTH", "Karolinska"] }),
  Q("facts", "Which of the eight municipalities are not part of the guardianship board?", en({ expect: ["Nykvarn", "Salem", "Södertälje"] })),
  Q("facts", "Which governing document applies to the regional development issues?", en({ expect: ["UtvecklingsProgram 2010"] })),
  Q("facts", "hur mycket måste befolkningen öka för att nå visionen 2025?", { expect: ["70 000"] }),
  Q("facts", "vem tillhandahåller sekretariatet till kommittén", { expect: ["Huddinge"] }),
  Q("facts", "When is the nyckeltal follow-up done according to the section on joint work?", en({ expectAny: [["autumn", "fall"]] })),
];

// ---------------- change requests ----------------
const S = { as: "secretariat" };
const M = { as: "member" };
const REF = { kind: "refused", expectAny: [["sekretariat", "secretariat"]] };

const commands = [
  // move
  Q("move", "kan du flytta LG 20/5 till 27/5?", { ...S, kind: "confirm", expect: ["27 maj"] }),
  Q("move", "går det att flytta SK-mötet 22/9 till 29/9? om det inte är för krångligt", { ...S, kind: "confirm", expect: ["29 september"] }),
  Q("move", "could you move the LG meeting on 14 October to 21 October?", { ...S, lang: "en", kind: "confirm", expect: ["21 October"] }),
  Q("move", "hmm, nyckeltalsdagen 6/10 – kan den flyttas till 13 okt?", { ...S, kind: "confirm", expect: ["13 oktober"] }),
  // host
  Q("host", "går det att ändra värd för SK 3/11 till Haninge?", { ...S, kind: "confirm", expect: ["Haninge"] }),
  Q("host", "kan Södertälje ta SK 8/12 i stället för Tyresö?", { ...S, kind: "confirm", expect: ["Södertälje"] }),
  Q("host", "is it possible to make Huddinge the host of the committee meeting on 9 June?", { ...S, lang: "en", kind: "confirm", expect: ["Huddinge"] }),
  // cancel
  Q("cancel", "kan vi ställa in LG 25/11? tror inte det blir av", { ...S, kind: "confirm", expect: ["25 november"] }),
  Q("cancel", "eh, SK-mötet 8/12 ska visst strykas, kan du ta bort det?", { ...S, kind: "confirm", expect: ["8 december"] }),
  Q("cancel", "could you cancel the LG meeting on 9 September?", { ...S, lang: "en", kind: "confirm", expect: ["9 September"] }),
  // add
  Q("add", "kan du lägga in ett extra LG-möte fredag 17 juni?", { ...S, kind: "confirm", expect: ["17 juni"] }),
  Q("add", "går det att lägga till ett SK-möte 18/8 i Huddinge?", { ...S, kind: "confirm", expect: ["18 augusti"] }),
  // budgetline
  Q("budgetline", "kan vi höja utredningar och konsultstöd till 250 000?", { ...S, kind: "confirm", expect: ["250 000"] }),
  Q("budgetline", "personalposten, går den att ändra till 600 000 kr?", { ...S, kind: "confirm", expect: ["600 000"] }),
  Q("budgetline", "can you set the compensation to Huddinge for office services to 60,000?", { ...S, lang: "en", kind: "confirm", expect: ["60 000"] }),
  // rotationhost
  Q("rotationhost", "går det att byta värd för rådslaget 2014 till Salem?", { ...S, kind: "confirm", expect: ["Salem"] }),
  Q("rotationhost", "rådslaget 2017… kan Huddinge ta det i stället?", { ...S, kind: "confirm", expect: ["Huddinge"] }),
  // history
  Q("history", "visa ändringar", { ...S, kind: "history" }),
  Q("history", "what has changed in the plan so far?", { ...S, lang: "en", kind: "history" }),
  Q("history", "vilka ändringar har gjorts hittills?", { ...S, kind: "history" }),
  // missing -> clarify
  Q("missing", "kan du flytta LG-mötet?", { ...S, kind: "clarify" }),
  Q("missing", "går det att flytta SK 22/9?", { ...S, kind: "clarify" }),
  Q("missing", "kan du ändra budgeten för personal?", { ...S, kind: "clarify" }),
  Q("missing", "could you change the host?", { ...S, lang: "en", kind: "clarify" }),
  Q("missing", "kan vi lägga till ett möte?", { ...S, kind: "clarify" }),
  Q("missing", "går det att byta värd för rådslaget?", { ...S, kind: "clarify" }),
  // confirm / cancel conversations
  C("confirm", [
    T("kan du flytta LG 20/5 till 27/5?", { kind: "confirm", expect: ["27 maj"] }),
    T("ja, kör", { kind: "confirmed" }),
  ], S),
  C("confirm", [
    T("går det att ändra värd för SK 22/9 till Haninge?", { kind: "confirm", expect: ["Haninge"] }),
    T("nej förresten, avbryt", { kind: "cancelled" }),
  ], S),
  C("confirm", [
    T("could we move the committee meeting on 9 June to 16 June?", { lang: "en", kind: "confirm", expect: ["16 June"] }),
    T("yes please", { lang: "en", kind: "confirmed" }),
  ], S),
  C("confirm", [
    T("kan utredningsposten sänkas till 200 000?", { kind: "confirm", expect: ["200 000"] }),
    T("bekräftar", { kind: "confirmed" }),
    T("visa ändringar", { kind: "history", expect: ["200 000"] }),
  ], S),
  C("confirm", [
    T("ska vi ställa in LG 14/10 kanske?", { kind: "confirm", expect: ["14 oktober"] }),
    T("nä, strunta i det", { kind: "cancelled" }),
  ], S),
  C("confirm", [
    T("kan du flytta nyckeltalsdagen?", { kind: "clarify" }),
    T("till 20 oktober", { kind: "confirm", expect: ["20 oktober"] }),
    T("ok", { kind: "confirmed" }),
  ], S),
  C("confirm", [
    T("går det att sätta Nykvarn som värd för rådslaget 2016?", { kind: "confirm", expect: ["Nykvarn"] }),
    T("japp, gör så", { kind: "confirmed" }),
  ], S),
  // members -> refused
  Q("refused", "flytta SK 14/4 till 28/4", { ...M, ...REF }),
  Q("refused", "please change the host of the 2015 Rådslag to Botkyrka", { ...M, ...REF, lang: "en" }),
  Q("refused", "ställ in LG 9/9, jag kan inte då", { ...M, ...REF }),
  Q("refused", "höj utredningsposten till 300 000", { ...M, ...REF }),
  Q("refused", "lägg till ett SK-möte 7/7 i Salem", { ...M, ...REF }),
  // secretariat questions that look a bit like commands
  Q("facts", "när är LG i maj?", { ...S, expect: ["20 maj"] }),
  Q("facts", "vem är värd för SK 22/9 just nu?", { ...S, expect: ["Nynäshamn"] }),
  Q("budget", "hur mycket ligger på personal i budgeten?", { ...S, expect: ["580 000"] }),
  Q("yesno", "är rådslaget 2012 i Nynäshamn?", { ...S, startsWith: "Ja", expect: ["Nynäshamn"] }),
  Q("facts", "vilken tid börjar LG-mötena, ska skicka ut kallelse", { ...S, expectAny: [T0830] }),
];

function write(name, description, items) {
  const out = { description, defaultNow: NOW, items };
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify(out, null, 2) + "\n");
}
write("pool-questions.json", "Round 24 writer ab: questions (new Botkyrka KSO persona, English consultant persona) from verksamhetsplan 2011", questions);
write("pool-commands.json", "Round 24 writer ab: change requests (hesitant stand-in at the secretariat; members refused) from verksamhetsplan 2011", commands);

function stats(items) {
  const c = {}, l = {};
  for (const it of items) {
    c[it.category] = (c[it.category] || 0) + 1;
    const lg = it.lang || (it.conversation && it.conversation[0].lang) || "?";
    l[lg] = (l[lg] || 0) + 1;
  }
  return { total: items.length, c, l };
}
console.log("questions", JSON.stringify(stats(questions)));
console.log("commands", JSON.stringify(stats(commands)));

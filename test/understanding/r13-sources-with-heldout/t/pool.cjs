// Round 13, writer "t": controller at Haninge kommun + planning coordinator colleague.
// Source: /work/shared/plan/verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');
const NOT = ["notInPlan", "cannot"];
const T = { en: "en", sv: "sv" };
function sv(category, q, o = {}) { return Object.assign({ category, q, lang: "sv" }, o); }
function en(category, q, o = {}) { return Object.assign({ category, q, lang: "en" }, o); }
function conv(category, turns, o = {}) { return Object.assign({ category, conversation: turns }, o); }
function t(q, lang, o = {}) { return Object.assign({ q, lang }, o); }

const questions = [
  // ---------------- budget (arithmetic + lines) ----------------
  sv("budget", "hur stor är sk:s budget 2011 totalt?", { expect: ["860 000"] }),
  sv("budget", "vilken post är 230 000?", { expectAny: [["utredningar", "konsultstöd"]] }),
  en("budget", "which cost line is 50 000?", { expect: ["Huddinge"], expectAny: [["office", "kontorsservice", "work room", "workroom", "arbetsrum"]] }),
  sv("budget", "personalkostnad?", { expect: ["580 000"] }),
  sv("budget", "om vi drar av personalkostnaden från intäkterna, vad blir kvar?", { expect: ["280 000"] }),
  sv("budget", "kd undrar: om avgiften fördelas lika på de åtta kommunerna, vad blir Haninges del?", { expect: ["107 500"] }),
  sv("budget", "hela budgeten per månad, ungefär?", { expectAny: [["71 666", "71 667"]] }),
  en("budget", "What is the staff cost per quarter if spread evenly?", { expect: ["145 000"] }),
  sv("budget", "hur stor andel av kostnaderna går till personal?", { expectAny: [["67", "68"]] }),
  sv("budget", "utredningar och konsultstöd – hur många procent av totalen?", { expectAny: [["26", "27"]] }),
  en("budget", "What percentage of the budget is the compensation to Huddinge kommun?", { expectAny: [["5,8", "5.8", "5,81", "5.81", "6 %", "6%", "6 per"]] }),
  sv("budget", "skillnaden mellan personalposten och utredningsposten?", { expect: ["350 000"] }),
  sv("budget", "vilken är den största kostnadsposten", { expect: ["580 000"], expectAny: [["personal"]] }),
  en("budget", "smallest cost item in the budget?", { expect: ["50 000", "Huddinge"] }),
  en("budget", "studies + consultancy line, per month?", { expectAny: [["19 166", "19 167"]] }),
  sv("budget", "ersättningen till huddinge per kvartal", { expect: ["12 500"] }),
  en("budget", "staff plus the Huddinge compensation, combined?", { expect: ["630 000"] }),
  en("budget", "After staff and the Huddinge office compensation, how much remains for other things?", { expect: ["230 000"] }),
  sv("budget", "vad blir sk-budgeten per invånare på södertörn?", { expectAny: [["2 kr", "2 kronor", "två kronor", "2,00", "2 sek", "sek 2", "2 per"]] }),
  sv("budget", "hur mycket ökar budgeten jämfört med 2010?", { kind: NOT }),
  sv("budget", "personalkostnaden per kommun om man delar lika", { expect: ["72 500"] }),
  sv("budget", "hur många gånger större är personalposten än ersättningen till huddinge?", { expectAny: [["11,6", "11.6"]] }),
  en("budget", "total budget per week, roughly?", { expectAny: [["16 538", "16 539"]] }),
  sv("budget", "avgift per kommun och månad vid lika fördelning?", { expectAny: [["8 958", "8 959"]] }),
  en("budget", "total costs 2011?", { expect: ["860 000"] }),
  en("budget", "how much is set aside for studies and consultancy support?", { expect: ["230 000"] }),
  sv("budget", "hur mycket större är personalposten än de två andra posterna tillsammans?", { expect: ["300 000"] }),
  sv("budget", "vad får huddinge kommun i ersättning?", { expect: ["50 000"], expectAny: [["kontorsservice", "arbetsrum"]] }),
  en("budget", "If the municipal fees were split evenly, what would each municipality pay per quarter?", { expect: ["26 875"] }),
  sv("budget", "vilka intäkter har kommittén?", { expect: ["860 000"], expectAny: [["avgift"]] }),
  sv("budget", "utredningsposten per kommun om den delas lika på åtta", { expect: ["28 750"] }),
  sv("budget", "Hur stor andel av budgeten är INTE personal?", { expectAny: [["32", "33"]] }),

  // ---------------- rotation ----------------
  sv("rotation", "vem är värd för rådslaget 2014?", { expect: ["Tyresö"] }),
  sv("rotation", "när är Haninge värd för rådslaget?", { expect: ["2016"] }),
  en("rotation", "Which year does Nykvarn host the rådslag?", { expect: ["2017"] }),
  sv("rotation", "rådslaget 2012 värdkommun", { expect: ["Nynäshamn"] }),
  sv("rotation", "vem har rådslaget året efter Botkyrka?", { expect: ["Tyresö"] }),
  sv("rotation", "vilken kommun står sist i rådslagsrotationen?", { expect: ["Huddinge", "2018"] }),
  sv("rotation", "vilka är värdar för rådslaget 2015–2017?", { expect: ["Södertälje", "Haninge", "Nykvarn"] }),
  en("rotation", "who hosted the rådslag this year?", { expect: ["Salem"] }),
  sv("rotation", "nästa års rådslag, var?", { expect: ["Nynäshamn"] }),
  en("rotation", "rådslag hosts in 2013 and 2018?", { expect: ["Botkyrka", "Huddinge"] }),
  sv("rotation", "vem är värd för rådslaget 2019?", { kind: NOT }),
  en("rotation", "södertälje rådslag year?", { expect: ["2015"] }),
  en("rotation", "Which municipality hosts the rådslag two years after Tyresö?", { expect: ["Haninge", "2016"] }),

  // ---------------- yesno ----------------
  sv("yesno", "är SK-mötet 22/9 i Nynäshamn?", { startsWith: "Ja" }),
  sv("yesno", "är Haninge med i överförmyndarnämnden?", { startsWith: "Ja" }),
  en("yesno", "Is Salem part of the överförmyndarnämnd?", { startsWith: "No" }),
  sv("yesno", "ingår Huddinge i miljö- och hälsoskyddsförbundet?", { startsWith: "Nej" }),
  sv("yesno", "träffas LG på fredagar?", { startsWith: "Ja" }),
  en("yesno", "Is the 2014 rådslag in Tyresö?", { startsWith: "Yes" }),
  sv("yesno", "blir rådslaget 2016 i Nykvarn?", { startsWith: "Nej", expect: ["Haninge"] }),
  sv("yesno", "är personalbudgeten över en halv miljon?", { startsWith: "Ja", expect: ["580 000"] }),
  en("yesno", "Does the committee have any income other than the fees from the municipalities?", { startsWith: "No" }),
  sv("yesno", "startade miljöförbundet 2011?", { startsWith: "Nej", expect: ["2008"] }),
  en("yesno", "Is the SK meeting on 3 November on a Thursday?", { startsWith: "Yes" }),
  en("yesno", "Is the nyckeltal day held in Huddinge?", { startsWith: "No", expect: ["Botkyrka"] }),
  sv("yesno", "har vi något SK-möte i augusti?", { startsWith: "Nej" }),
  en("yesno", "Does the committee meet at least six times a year?", { startsWith: "Yes" }),
  sv("yesno", "går budgeten jämnt upp, intäkter = kostnader?", { startsWith: "Ja", expect: ["860 000"] }),
  sv("yesno", "är Haninge värdkommun för Södertörnskonferensen?", { startsWith: "Nej", expect: ["Huddinge", "Tyresö"] }),

  // ---------------- premise ----------------
  sv("premise", "varför är Botkyrka värd för SK 9/6?", { expect: ["Salem"] }),
  sv("premise", "varför börjar sk-mötena redan kl 9?", { expectAny: [["12.00", "12:00"]] }),
  en("premise", "Why does the LG meet on Thursdays?", { expect: ["Friday"] }),
  en("premise", "Why was this year's rådslag held in Haninge?", { expect: ["Salem"] }),
  sv("premise", "personalposten på 650 000 – vad ingår i den?", { expect: ["580 000"] }),
  sv("premise", "sedan Södertälje gick med i överförmyndarnämnden, hur många kommuner är med?", { expect: ["Södertälje"], expectAny: [["fem", "Botkyrka"]] }),
  en("premise", "The Södertörn conference on 6 October – who hosts it?", { expect: ["1 September"], expectAny: [["Huddinge", "Tyresö"]] }),
  sv("premise", "miljöförbundet som startade 2010, vilka kommuner bildade det?", { expect: ["2008", "Haninge", "Nynäshamn", "Tyresö"] }),
  sv("premise", "sk-mötet i Nykvarn 21/4, vilken tid börjar det?", { expect: ["14 april"], expectAny: [["12.00", "12:00"]] }),
  en("premise", "Why is the 2025 vision target one million inhabitants?", { expectAny: [["half a million", "500 000", "half million"]] }),
  sv("premise", "varför får Huddinge 100 000 för kontorsservice?", { expect: ["50 000"] }),

  // ---------------- offplan ----------------
  sv("offplan", "kan du boka ett rum till LG 20/5?", { kind: NOT }),
  sv("offplan", "skicka kallelsen till sk 14/4 till alla ordförande", { kind: NOT }),
  sv("offplan", "vem är kommundirektör i Salem?", { kind: NOT }),
  en("offplan", "What's on the agenda for the SK meeting on 22 September?", { kind: NOT }),
  sv("offplan", "adress till mötet i nykvarn?", { kind: NOT }),
  sv("offplan", "budget 2012?", { kind: NOT }),
  en("offplan", "call the secretariat and tell them I'm late", { kind: NOT }),
  sv("offplan", "vad kostar lunchen på Södertörnskonferensen?", { kind: NOT }),
  sv("offplan", "vem är ordförande i samarbetskommittén?", { kind: NOT }),
  en("offplan", "what will the weather be in Salem on 9 June?", { kind: NOT }),
  en("offplan", "which consultants were hired with the 230 000?", { kind: NOT }),
  sv("offplan", "exakt datum för SK-mötet i Södertälje jan 2012?", { kind: NOT }),

  // ---------------- topic (right one of two similar) ----------------
  sv("topic", "när är LG:s planeringskonferens?", { expect: ["31 mars"], expectNot: ["28 jan"] }),
  sv("topic", "samarbetskommitténs planeringskonferens – datum?", { expectAny: [["27", "28 jan"]], expect: ["jan"], expectNot: ["31 mars"] }),
  sv("topic", "när är Södertörnskonferensen?", { expect: ["1 september"], expectNot: ["24 mars"] }),
  sv("topic", "när är rådslaget i år?", { expect: ["24 mars", "Salem"], expectNot: ["1 september"] }),
  sv("topic", "vad täcker posten på 50 000?", { expectAny: [["kontorsservice", "arbetsrum"]] }),
  en("topic", "What does the 230 000 line cover?", { expectAny: [["consult", "konsult"]] }),
  sv("topic", "vad är syftet med ledningsgruppen?", { expectAny: [["förbereda"]], expect: ["samordna"] }),
  sv("topic", "syftet med rådslaget?", { expectAny: [["frågeställningar", "Södertörns utveckling"]] }),
  en("topic", "Who takes part in the Södertörn conference?", { expectAny: [["parties", "party"]] }),
  sv("topic", "receptfria läkemedel – vem sköter kontrollen?", { expect: ["miljö- och hälsoskyddsförbund"], expectNot: ["brandförsvarsförbund"] }),
  en("topic", "explosives – which joint body handles that?", { expectAny: [["brandförsvar", "fire"]] }),
  sv("topic", "vad är syftet med verksamhetsfrågorna, till skillnad från de regionala utvecklingsfrågorna?", { expectAny: [["effektivisera"]], expect: ["kvalitet"] }),

  // ---------------- period ----------------
  sv("period", "SK-möten i höst?", { expect: ["22 september", "3 november", "8 december"], expectNot: ["14 april"] }),
  sv("period", "LG-möten under våren", { expect: ["20 maj"] }),
  sv("period", "första SK efter sommaren – när och var?", { expect: ["22 september", "Nynäshamn"] }),
  en("period", "last LG of the year?", { expect: ["25 November"] }),
  en("period", "What's on in October?", { expect: ["6 October", "14 October"] }),
  sv("period", "vad händer i september", { expect: ["1 september", "9 september", "22 september"] }),
  sv("period", "hur många SK-möten är kvar i år?", { expectAny: [["5", "fem"]] }),
  en("period", "How many LG meetings are there in the second half of the year?", { expectAny: [["3", "three"]] }),
  sv("period", "sk-mötena första halvåret", { expect: ["14 april", "9 juni"] }),
  sv("period", "nästa möte?", { expect: ["14 april"] }),
  sv("period", "nästa SK?", { now: "2011-10-01T09:00:00+02:00", expect: ["3 november", "Botkyrka"] }),
  sv("period", "vad är nästa grej i kalendern?", { now: "2011-09-10T09:00:00+02:00", expect: ["22 september"] }),
  sv("period", "sk i december?", { expect: ["8 december", "Tyresö"] }),
  en("period", "Which meeting is on a Friday in September?", { expect: ["9 September"] }),
  sv("period", "vilket möte ligger på en torsdag i oktober?", { expect: ["6 oktober"], expectAny: [["nyckeltal"]] }),
  en("period", "list everything in Q4", { expect: ["6 October", "14 October", "3 November", "25 November", "8 December"] }),

  // ---------------- followup ----------------
  conv("followup", [
    t("vem är värd för rådslaget 2013?", "sv", { expect: ["Botkyrka"] }),
    t("och året efter?", "sv", { expect: ["Tyresö"] }),
  ]),
  conv("followup", [
    t("när är nästa SK?", "sv", { expect: ["14 april"] }),
    t("vem är värd då?", "sv", { expect: ["Nykvarn"] }),
    t("vilken tid?", "sv", { expectAny: [["12.00", "12:00"]] }),
  ]),
  conv("followup", [
    t("budget personal?", "sv", { expect: ["580 000"] }),
    t("och per månad?", "sv", { expectAny: [["48 333", "48 334"]] }),
  ]),
  conv("followup", [
    t("Which municipalities are in the överförmyndarnämnd?", "en", { expect: ["Botkyrka", "Haninge", "Huddinge", "Nynäshamn", "Tyresö"] }),
    t("and which one is the host municipality?", "en", { expect: ["Haninge"] }),
  ]),
  conv("followup", [
    t("när är LG i maj?", "sv", { expect: ["20 maj"] }),
    t("och LG-mötet efter det?", "sv", { expect: ["9 september"] }),
  ]),
  conv("followup", [
    t("miljöförbundet – vilka kommuner?", "sv", { expect: ["Haninge", "Nynäshamn", "Tyresö"] }),
    t("när startade det?", "sv", { expect: ["2008"] }),
  ]),
  conv("followup", [
    t("vad kostar utredningar och konsultstöd?", "sv", { expect: ["230 000"] }),
    t("hur stor andel av budgeten är det?", "sv", { expectAny: [["26", "27"]] }),
  ]),
  conv("followup", [
    t("Södertörnskonferensen när?", "sv", { expect: ["1 september"] }),
    t("vilken veckodag blir det?", "sv", { expect: ["torsdag"] }),
  ]),
  conv("followup", [
    t("When does Haninge host the rådslag?", "en", { expect: ["2016"] }),
    t("and Huddinge?", "en", { expect: ["2018"] }),
  ]),
  conv("followup", [
    t("hur många invånare har Södertörn?", "sv", { expect: ["430 000"] }),
    t("och målet till 2025?", "sv", { expectAny: [["halv miljon", "500 000"]] }),
  ]),
  conv("followup", [
    t("sk 8/12 var?", "sv", { expect: ["Tyresö"] }),
    t("och sk-mötet innan det?", "sv", { expect: ["3 november", "Botkyrka"] }),
  ]),

  // ---------------- typo ----------------
  sv("typo", "ledingsgruppen möten i höst", { expect: ["9 september", "14 oktober", "25 november"] }),
  sv("typo", "SK-mötet i juni värd?", { expect: ["Salem"] }),
  sv("typo", "LG-datum i okotber", { expect: ["14 oktober"] }),
  sv("typo", "rådslgaet 2015 värd", { expect: ["Södertälje"] }),
  sv("typo", "persnalkostnader budgte", { expect: ["580 000"] }),
  sv("typo", "överförmyndarnämden vilka kommuner", { expect: ["Botkyrka", "Haninge", "Huddinge", "Nynäshamn", "Tyresö"] }),
  sv("typo", "samarbetskomittén tider?", { expectAny: [["12.00", "12:00"], ["15.00", "15:00"]] }),
  sv("typo", "nyckletalsdagen var o när", { expect: ["Botkyrka", "6 oktober"] }),
  en("typo", "when is the södertörnskonfernsen", { expect: ["1 September"] }),
  sv("typo", "utredningar konsultsöd budget", { expect: ["230 000"] }),
  sv("typo", "miljö och hälsoskyddförbundet startår", { expect: ["2008"] }),
  en("typo", "ledningsgrupp meetng in may, what date?", { expect: ["20 May"] }),
  en("typo", "how much is the personell budget", { expect: ["580 000"] }),

  // ---------------- language ----------------
  Object.assign(en("language", "SK 3/11 värd?", { locale: "en-GB", expect: ["Botkyrka"] })),
  sv("language", "ÖFN?", { locale: "sv-SE", expectAny: [["överförmyndar"]] }),
  en("language", "kostnader?", { locale: "en-GB", expect: ["580 000", "50 000", "230 000"] }),
  sv("language", "rådslaget 2016", { expect: ["Haninge"] }),
  en("language", "LG 20/5 tid?", { locale: "en-GB", expectAny: [["08.30", "8.30", "08:30", "8:30"]] }),
  en("language", "In English please: vad är visionen för 2025?", { expectAny: [["half a million", "500 000", "half million"]] }),
  sv("language", "nyckeltal?", { locale: "sv-SE", expect: ["6 oktober", "Botkyrka"] }),

  // ---------------- facts (whole plan) ----------------
  sv("facts", "vad säger visionen 2025?", { expectAny: [["halv miljon", "500 000"], ["mångfald", "handlingskraft", "livskvalitet"]] }),
  sv("facts", "hur många bor på södertörn idag enligt planen", { expect: ["430 000"] }),
  sv("facts", "hur många fler invånare behövs för att nå visionens halva miljon?", { expect: ["70 000"] }),
  en("facts", "By roughly what percentage does the population need to grow to reach the 2025 vision?", { expectAny: [["16", "17"]] }),
  sv("facts", "genomsnittligt invånarantal per kommun?", { expect: ["53 750"] }),
  sv("facts", "målområdena i utvecklingsprogrammet?", { expect: ["Klimat", "Infrastruktur"], expectAny: [["Näringsliv"], ["Mångfald"]] }),
  sv("facts", "vilka är de regionala utvecklingsfrågorna i SUP 2010?", { expectAny: [["utbildningsnivå"], ["kunskapsintensivt"], ["klimateffektiv"]] }),
  sv("facts", "vilka infrastruktursatsningar nämns i inledningen", { expect: ["väg 73", "Nynäsbanan", "Södertörnsleden"], expectAny: [["E4"]] }),
  en("facts", "Which companies are given as examples in the plan?", { expect: ["Scania"], expectAny: [["Astra Zeneca", "AstraZeneca"]] }),
  en("facts", "In which regional bodies do the municipalities coordinate their efforts?", { expect: ["KSL", "Business Alliance", "Mälardalsrådet"] }),
  sv("facts", "förhållningssätt för samverkan?", { expectAny: [["gemensamma nyttan"], ["ge och få"], ["gå före", "ledarskap"]] }),
  en("facts", "who provides the secretariat", { expect: ["Huddinge"] }),
  en("facts", "Who sits on the samarbetskommitté?", { expectAny: [["chair", "ordförande"]] }),
  en("facts", "how often is the LG supposed to meet?", { expectAny: [["six", "6"]] }),
  sv("facts", "vilka tider har LG-mötena?", { expectAny: [["08.30", "8.30", "08:30", "8:30"], ["13.00", "13:00"]] }),
  en("facts", "How long is an SK meeting?", { expectAny: [["3 hours", "three hours"]] }),
  sv("facts", "hur långa är ledningsgruppens möten?", { expectAny: [["4,5", "4.5", "fyra och en halv", "4 timmar och 30", "4 h 30"]] }),
  sv("facts", "vilka är med i rådslaget förutom kommunerna?", { expect: ["KTH", "Handelskammaren", "Företagarna"], expectAny: [["Karolinska"]] }),
  en("facts", "How many parties take part in the rådslag in total?", { expectAny: [["13", "thirteen"]] }),
  sv("facts", "vad är Södertörns nyckeltal för något?", { expectAny: [["uppföljning"], ["hösten", "6 oktober"]] }),
  sv("facts", "värdkommun ÖFN", { expect: ["Haninge"] }),
  en("facts", "When was Södertörns UtvecklingsProgram 2010 adopted?", { expectAny: [["autumn 2010", "fall 2010", "hösten 2010"]] }),
  sv("facts", "ska regionala utvecklingsfrågor eller verksamhetsfrågor prioriteras 2011?", { expectAny: [["regionala utvecklingsfrågor"]] }),
  sv("facts", "inom vilka områden har samarbetet traditioner?", { expectAny: [["gymnasie"], ["räddningstjänst"]] }),
  en("facts", "Which universities does the plan mention?", { expect: ["KTH"], expectAny: [["Södertörn"], ["Karolinska"]] }),
  sv("facts", "vad säger planen om gemensam upphandling?", { expectAny: [["fler varor", "offentlig upphandling"]] }),
  en("facts", "How long is the LG planning conference?", { expectAny: [["lunch to lunch", "lunch till lunch"]], expect: ["31 March"] }),
  sv("facts", "styrdokument för regionala utvecklingsfrågor?", { expect: ["UtvecklingsProgram 2010"] }),
  en("facts", "What slogan is Stockholm called in the plan?", { expect: ["Capital of Scandinavia"] }),
  sv("facts", "hur många timmar sitter SK sammanlagt 2011 om alla sex möten hålls?", { expect: ["18"] }),
  en("facts", "Which municipalities are NOT in the joint guardianship board (ÖFN)?", { expect: ["Nykvarn", "Salem", "Södertälje"] }),
  sv("facts", "i vilka gemensamma organ sitter Haninge med enligt planen?", { expectAny: [["överförmyndar"], ["miljö- och hälsoskydd", "miljöförbund"]] }),
  sv("facts", "när var Haninge värd för SK senast?", { expect: ["27 januari"] }),
  sv("facts", "vilken veckodag var rådslaget?", { expect: ["torsdag"] }),
  en("facts", "What is the purpose of the cooperation?", { expectAny: [["regional development", "development"]], }),
  sv("facts", "vilka möten är Botkyrka värd för i år?", { expect: ["3 november", "6 oktober"] }),
];

// ---------------- change requests ----------------
const S = { as: "secretariat" }, M = { as: "member" };
const commands = [
  // secretariat, complete -> confirm
  sv("move", "flytta LG 20/5 till 27/5", { ...S, kind: "confirm", expect: ["27 maj"] }),
  en("move", "move the LG meeting on 20 May to 27 May", { ...S, kind: "confirm", expect: ["27 May"] }),
  sv("host", "SK 22/9 ska hållas i Haninge istället", { ...S, kind: "confirm", expect: ["Haninge"] }),
  sv("cancel", "ställ in LG-mötet 14/10", { ...S, kind: "confirm", expect: ["14 oktober"] }),
  sv("add", "lägg till ett extra SK-möte 18 augusti i Huddinge", { ...S, kind: "confirm", expect: ["18 augusti"] }),
  sv("budgetline", "ändra posten utredningar, konsultstöd mm till 250 000", { ...S, kind: "confirm", expect: ["250 000"] }),
  sv("budgetline", "personal ska vara 600 000 istället", { ...S, kind: "confirm", expect: ["600 000"] }),
  sv("rotationhost", "rådslaget 2013 hålls i Haninge istället för Botkyrka", { ...S, kind: "confirm", expect: ["Haninge"] }),
  sv("history", "visa ändringar", { ...S, kind: "history" }),
  en("history", "what has changed in the plan?", { ...S, kind: "history" }),
  sv("move", "nyckeltalsdagen flyttas till 13 okt", { ...S, kind: "confirm", expect: ["13 oktober"] }),
  sv("host", "byt värd för sk 3/11 till Södertälje", { ...S, kind: "confirm", expect: ["Södertälje"] }),
  en("cancel", "cancel the SK meeting on 8 December", { ...S, kind: "confirm", expect: ["8 December"] }),
  sv("move", "Södertörnskonferensen flyttas till 8 september", { ...S, kind: "confirm", expect: ["8 september"] }),
  sv("budgetline", "ersättningen till huddinge för kontorsservice höjs till 60 000", { ...S, kind: "confirm", expect: ["60 000"] }),
  sv("move", "LG 25/11 -> 2/12", { ...S, kind: "confirm", expect: ["2 december"] }),
  sv("rotationhost", "rådslagsvärd 2017 ändras till Salem", { ...S, kind: "confirm", expect: ["Salem"] }),
  en("add", "add an LG meeting on 16 December", { ...S, kind: "confirm", expect: ["16 December"] }),
  sv("host", "Nyckeltal Södertörn ska vara i Haninge i år", { ...S, kind: "confirm", expect: ["Haninge"] }),
  en("budgetline", "set the staff line to 560 000", { ...S, kind: "confirm", expect: ["560 000"] }),
  conv("confirm", [
    t("flytta SK 9/6 till 16/6", "sv", { ...S, kind: "confirm", expect: ["16 juni"] }),
    t("ja", "sv", { ...S, kind: "confirmed" }),
  ], S),
  conv("confirm", [
    t("ställ in LG 9/9", "sv", { ...S, kind: "confirm", expect: ["9 september"] }),
    t("nej avbryt", "sv", { ...S, kind: "cancelled" }),
  ], S),
  conv("confirm", [
    t("ändra personalkostnaden till 560 000", "sv", { ...S, kind: "confirm", expect: ["560 000"] }),
    t("ok kör", "sv", { ...S, kind: "confirmed" }),
    t("visa ändringar", "sv", { ...S, kind: "history" }),
  ], S),
  conv("confirm", [
    t("Change the 2014 rådslag host to Nykvarn", "en", { ...S, kind: "confirm", expect: ["Nykvarn"] }),
    t("confirm", "en", { ...S, kind: "confirmed" }),
  ], S),
  en("host", "the SK meeting on 14 April should be hosted by Salem instead", { ...S, kind: "confirm", expect: ["Salem"] }),
  en("budgetline", "raise studies and consultancy support to 240 000", { ...S, kind: "confirm", expect: ["240 000"] }),
  en("cancel", "cancel LG on 25 Nov", { ...S, kind: "confirm", expect: ["25 November"] }),
  // secretariat, incomplete -> clarify
  sv("missing", "flytta mötet", { ...S, kind: "clarify" }),
  sv("missing", "ändra budgeten", { ...S, kind: "clarify" }),
  sv("missing", "flytta SK-mötet i höst en vecka", { ...S, kind: "clarify" }),
  sv("missing", "byt värd för rådslaget", { ...S, kind: "clarify" }),
  sv("missing", "ställ in LG", { ...S, kind: "clarify" }),
  en("missing", "move the SK meeting to 29 September", { ...S, kind: "clarify" }),
  sv("missing", "lägg till ett möte", { ...S, kind: "clarify" }),
  en("missing", "change the budget line", { ...S, kind: "clarify" }),
  // members -> refused
  sv("refused", "flytta SK 14/4 till 15/4", { ...M, kind: "refused", expectAny: [["sekretariat", "secretariat"]] }),
  sv("refused", "ändra personalbudgeten till 500 000", { ...M, kind: "refused", expectAny: [["sekretariat", "secretariat"]] }),
  en("refused", "move the LG meeting on 9 September to 16 September", { ...M, kind: "refused", expectAny: [["sekretariat", "secretariat"]] }),
  sv("refused", "ställ in nyckeltalsdagen", { ...M, kind: "refused", expectAny: [["sekretariat", "secretariat"]] }),
  sv("refused", "rådslaget 2014 ska vara i Salem", { ...M, kind: "refused", expectAny: [["sekretariat", "secretariat"]] }),
  sv("refused", "lägg in ett SK-möte 25 augusti", { ...M, kind: "refused", expectAny: [["sekretariat", "secretariat"]] }),
  sv("refused", "Tyresö tar SK 22/9 istället", { ...M, kind: "refused", expectAny: [["sekretariat", "secretariat"]] }),
  en("refused", "please make Tyresö the rådslag host in 2016", { ...M, kind: "refused", expectAny: [["sekretariat", "secretariat"]] }),
  // secretariat questions (look like commands but are questions)
  sv("period", "när är LG i maj?", { ...S, expect: ["20 maj"] }),
  sv("budget", "vad ligger personalposten på nu?", { ...S, expect: ["580 000"] }),
  sv("facts", "vem är värd för SK 22/9?", { ...S, expect: ["Nynäshamn"] }),
  en("rotation", "which municipality hosts the rådslag in 2015?", { ...S, expect: ["Södertälje"] }),
  sv("period", "hur många LG-möten är kvar i år?", { ...S, expectAny: [["4", "fyra"]] }),
  sv("facts", "vilken dag ligger LG-mötet i oktober, ska flytta in det i kalendern", { ...S, expect: ["14 oktober"] }),
];

function write(name, description, items) {
  const out = { description, defaultNow: "2011-04-07T10:00:00+02:00", items };
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify(out, null, 2) + "\n");
}
write("pool-questions.json", "Round 13 writer t (Haninge controller + planning coordinator): questions", questions);
write("pool-commands.json", "Round 13 writer t (Haninge controller + planning coordinator): change requests", commands);

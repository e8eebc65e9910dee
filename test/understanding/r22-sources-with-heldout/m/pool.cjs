// Round 22, writer "m": question pool + change-request pool from verksamhetsplan-2011.txt only.
// Personas: political secretary at Södertälje (questions, ~50/50 en/sv, often mixed);
// secretariat member (change requests, terse, many date formats).
const fs = require("fs");
const path = require("path");

const NOT = ["notInPlan", "cannot"];
const T12 = ["12.00", "12:00"];
const T0830 = ["08.30", "08:30", "8.30", "8:30"];
const T13 = ["13.00", "13:00"];
const T15 = ["15.00", "15:00"];

function Q(category, lang, q, o = {}) { return Object.assign({ category, q, lang }, o); }
function C(category, conversation, o = {}) { return Object.assign({ category, conversation }, o); }

const questions = [
  // ---------------- rotation ----------------
  Q("rotation", "sv", "vem är värd för rådslaget 2015?", { expect: ["Södertälje"] }),
  Q("rotation", "en", "when is it Södertälje's turn to host the rådslag?", { expect: ["2015"] }),
  Q("rotation", "sv", "rådslag 2017 värd", { expect: ["Nykvarn"] }),
  Q("rotation", "en", "which municipality hosts rådslaget the year after Tyresö?", { expect: ["Södertälje"], expectAny: [["2015"]] }),
  Q("rotation", "sv", "hur många år är det mellan vårt rådslag (Södertälje) och Huddinges?", { expectAny: [["3 år", "tre år"]] }),
  Q("rotation", "en", "who hosts the rådslag in 2012 and in 2013?", { expect: ["Nynäshamn", "Botkyrka"] }),
  Q("rotation", "sv", "vilket år har Haninge rådslaget", { expect: ["2016"] }),
  Q("rotation", "en", "rådslaget 2018?", { locale: "en-GB", expect: ["Huddinge"] }),
  Q("rotation", "en", "which of Salem, Nykvarn and Tyresö hosts the rådslag first?", { expect: ["Salem"], expectAny: [["2011"]] }),
  Q("rotation", "sv", "räknat från i år, hur många år dröjer det innan Södertälje står som värd för rådslaget?", { expect: ["2015"], expectAny: [["4 år", "fyra år"]] }),
  Q("rotation", "sv", "rådslag värd 2014", { expect: ["Tyresö"] }),
  Q("rotation", "en", "what year is Nynäshamn's turn for rådslaget?", { expect: ["2012"] }),
  Q("rotation", "en", "who comes after Haninge in the rådslag rotation?", { expect: ["Nykvarn"], expectAny: [["2017"]] }),

  // ---------------- budget ----------------
  Q("budget", "sv", "vad är totalbudgeten för 2011?", { expect: ["860 000"] }),
  Q("budget", "en", "how much per municipality if the avgifter are split equally between the eight?", { expect: ["107 500"] }),
  Q("budget", "sv", "personal, hur mycket?", { expect: ["580 000"] }),
  Q("budget", "en", "what share of the budget goes to personal?", { expectAny: [["67", "68"]] }),
  Q("budget", "sv", "hur stor andel av kostnaderna är utredningar och konsultstöd?", { expectAny: [["26", "27"]] }),
  Q("budget", "sv", "vad blir hela budgeten per månad?", { expectAny: [["71 666", "71 667"]] }),
  Q("budget", "sv", "budget per kvartal om vi fördelar jämnt?", { expect: ["215 000"] }),
  Q("budget", "en", "total budget per half-year, if spread evenly?", { expect: ["430 000"] }),
  Q("budget", "sv", "skillnaden mellan personal och utredningar i kronor?", { expect: ["350 000"] }),
  Q("budget", "en", "which is the smallest cost line and how big is it?", { expect: ["50 000"], expectAny: [["office", "kontorsservice", "Huddinge"]] }),
  Q("budget", "en", "largest cost item?", { expect: ["580 000"], expectAny: [["personal", "staff", "personnel"]] }),
  Q("budget", "sv", "vad blir kvar av intäkterna när personalkostnaden är dragen?", { expect: ["280 000"] }),
  Q("budget", "sv", "utredningar per kommun om vi delar lika på åtta", { expect: ["28 750"] }),
  Q("budget", "en", "personnel cost per month?", { expectAny: [["48 333"]] }),
  Q("budget", "en", "what do all the costs except personal add up to?", { expect: ["280 000"] }),
  Q("budget", "sv", "personal plus kontorsservice tillsammans?", { expect: ["630 000"] }),
  Q("budget", "en", "how much bigger is personal than all the other costs combined?", { expect: ["300 000"] }),
  Q("budget", "sv", "vad kostar personal per kommun, jämnt fördelat?", { expect: ["72 500"] }),
  Q("budget", "en", "what share does the Huddinge ersättning take of the total?", { expectAny: [["5,8", "5.8", "6 %", "6%", "6 percent", "6 per cent", "5 %", "5%"]], expect: ["50 000"] }),

  // ---------------- yesno ----------------
  Q("yesno", "sv", "är SK 22/9 i Nynäshamn?", { startsWith: "Ja", expect: ["Nynäshamn"] }),
  Q("yesno", "en", "does LG usually meet on Thursdays?", { startsWith: "No", expectAny: [["Friday", "Fridays"]] }),
  Q("yesno", "sv", "är Södertälje med i överförmyndarnämnden?", { startsWith: "Nej" }),
  Q("yesno", "en", "does Södertälje host any SK meeting in 2011?", { startsWith: "No", expect: ["2012"] }),
  Q("yesno", "sv", "har rådslaget redan varit i år?", { startsWith: "Ja", expect: ["24 mars"] }),
  Q("yesno", "sv", "ingår Tyresö i miljö- och hälsoskyddsförbundet?", { startsWith: "Ja" }),
  Q("yesno", "sv", "är nyckeltalsdagen i Huddinge?", { startsWith: "Nej", expect: ["Botkyrka"] }),
  Q("yesno", "en", "is the Södertörn conference a full day?", { startsWith: "Yes", expect: ["1 September"] }),
  Q("yesno", "sv", "är Huddinge sist i rådslagsrotationen?", { startsWith: "Ja", expect: ["2018"] }),
  Q("yesno", "sv", "börjar SK-mötena kl 12?", { startsWith: "Ja", expectAny: [T12] }),
  Q("yesno", "en", "is Nykvarn part of the överförmyndarnämnd?", { startsWith: "No" }),
  Q("yesno", "sv", "är LG 14/10 en fredag?", { startsWith: "Ja" }),
  Q("yesno", "sv", "ligger SK 3/11 efter nyckeltalsdagen?", { startsWith: "Ja", expect: ["6 oktober"] }),
  Q("yesno", "en", "is KTH one of the participants in the rådslag?", { startsWith: "Yes" }),
  Q("yesno", "sv", "deltar kommundirektörerna på samarbetskommitténs möten?", { startsWith: "Ja" }),

  // ---------------- premise ----------------
  Q("premise", "sv", "varför är Botkyrka värd för SK 9/6?", { expect: ["Salem"] }),
  Q("premise", "en", "why is the rådslag in Haninge this year?", { expect: ["Salem"] }),
  Q("premise", "en", "when Södertälje hosts SK on 22/9, what time does it start?", { expect: ["Nynäshamn"], expectAny: [T12] }),
  Q("premise", "sv", "LG-mötet torsdag 20/5, börjar det 08.30?", { expectAny: [["fredag"]] }),
  Q("premise", "sv", "hur mycket blir de 900 000 i avgifter per kommun?", { expect: ["860 000"], expectAny: [["107 500"]] }),
  Q("premise", "sv", "ÖFN startade 2010 va? vilka är med?", { expect: ["2011", "Botkyrka", "Haninge", "Huddinge", "Nynäshamn", "Tyresö"] }),
  Q("premise", "sv", "miljöförbundet bildades av fem kommuner, vilka var det?", { expect: ["Haninge", "Nynäshamn", "Tyresö"] }),
  Q("premise", "en", "why is Nynäshamn hosting the nyckeltal day?", { expect: ["Botkyrka"] }),
  Q("premise", "sv", "Södertörnskonferensen 1 okt — var är den?", { expect: ["1 september"], expectAny: [["Huddinge", "Tyresö"]] }),
  Q("premise", "en", "the vision for 2030 says what about population?", { expect: ["2025"], expectAny: [["half a million", "500 000", "half million"]] }),
  Q("premise", "sv", "SK träffas på fredagar va? vilken tid?", { expectAny: [["torsdag"], T12] }),
  Q("premise", "en", "when is LG's planeringskonferens in January?", { expect: ["31"], expectAny: [["March"]] }),
  Q("premise", "en", "Salem hosts the rådslag in 2015, right?", { expect: ["Södertälje"] }),

  // ---------------- offplan / cannot ----------------
  Q("offplan", "en", "who is our chair's counterpart in Nykvarn?", { kind: NOT }),
  Q("offplan", "sv", "vilket rum är SK 14/4 i?", { kind: NOT }),
  Q("offplan", "en", "is there a dress code for Södertörnskonferensen?", { kind: NOT }),
  Q("offplan", "sv", "kan du boka ett konferensrum till LG 20/5?", { kind: NOT }),
  Q("offplan", "sv", "skicka kallelsen till SK 9/6 till alla ordförande", { kind: NOT }),
  Q("offplan", "en", "what's on the agenda for SK 22/9?", { kind: NOT }),
  Q("offplan", "sv", "vad kostar the Södertörn conference?", { locale: "sv-SE", kind: NOT }),
  Q("offplan", "sv", "vem är ordförande i samarbetskommittén?", { kind: NOT }),
  Q("offplan", "en", "what's the budget for 2012?", { kind: NOT }),
  Q("offplan", "sv", "adressen till Salems kommunhus?", { kind: NOT }),
  Q("offplan", "en", "call Tyresö and tell them our chair will be 20 minutes late", { kind: NOT }),
  Q("offplan", "sv", "vem från Handelskammaren kommer till rådslaget?", { kind: NOT }),
  Q("offplan", "sv", "vilka kommuner är medlemmar i brandförsvarsförbundet?", { kind: NOT }),

  // ---------------- topic (the right one of two similar things) ----------------
  Q("topic", "sv", "när är ledningsgruppens planeringskonferens?", { expect: ["31 mars", "1 april"], expectNot: ["28 januari"] }),
  Q("topic", "en", "SK's planning conference — which dates?", { expect: ["27", "28"], expectAny: [["January"]], expectNot: ["31 March"] }),
  Q("topic", "sv", "vad är skillnaden mellan Södertörnskonferensen och rådslaget?", { expectAny: [["parti"], ["högskola", "KTH", "Karolinska", "Handelskammaren"]] }),
  Q("topic", "sv", "vad täcker ersättningen till Huddinge?", { expect: ["kontorsservice", "arbetsrum", "50 000"] }),
  Q("topic", "en", "what's the point of the ledningsgrupp?", { expectAny: [["prepare", "preparing"], ["coordinat"]] }),
  Q("topic", "sv", "vad är syftet med verksamhetsfrågorna, till skillnad från de regionala?", { expectAny: [["effektivisera", "effektivare"], ["ekonomi", "kvalitet"]] }),
  Q("topic", "sv", "styrdokument för de regionala utvecklingsfrågorna?", { expect: ["UtvecklingsProgram 2010"] }),
  Q("topic", "en", "when is the annual nyckeltal follow-up?", { expect: ["6 October", "Botkyrka"], expectNot: ["1 September"] }),
  Q("topic", "sv", "vilken heldag ligger i Botkyrka?", { expect: ["6 oktober"], expectAny: [["nyckeltal"]] }),
  Q("topic", "en", "which goes where: receptfria läkemedel and explosiva varor?", { expectAny: [["miljö", "environment"], ["brandförsvar", "fire"]] }),
  Q("topic", "sv", "vilka två huvudområden bedrivs samverkan inom?", { expectAny: [["regionala utvecklingsfrågor", "regional utveckling"], ["verksamhetsfrågor"]] }),
  Q("topic", "en", "which of the two planning conferences is full days?", { expect: ["27", "28"], expectAny: [["January"]] }),
  Q("topic", "sv", "vilka är med på Södertörnskonferensen (inte rådslaget)?", { expectAny: [["parti"], ["tjänstemän"]] }),

  // ---------------- period ----------------
  Q("period", "sv", "vilka SK-möten är det i höst?", { expect: ["22 september", "3 november", "8 december"] }),
  Q("period", "sv", "LG efter sommaren?", { expect: ["9 september", "14 oktober", "25 november"] }),
  Q("period", "en", "first SK after the summer?", { expect: ["22 September", "Nynäshamn"] }),
  Q("period", "sv", "sista SK-mötet 2011?", { expect: ["8 december", "Tyresö"] }),
  Q("period", "en", "what happens in September?", { expect: ["1 September", "9 September", "22 September"] }),
  Q("period", "sv", "SK-möten första halvåret", { expect: ["27 januari", "14 april", "9 juni"] }),
  Q("period", "sv", "vad händer i oktober?", { expect: ["6 oktober", "14 oktober"] }),
  Q("period", "en", "last LG of the year?", { expect: ["25 November"] }),
  Q("period", "sv", "vårens LG-möten?", { expect: ["21 januari", "31 mars", "20 maj"] }),
  Q("period", "en", "anything in May or June I should put in the chair's calendar?", { expect: ["9 June", "Salem"], expectAny: [["20 May"]] }),
  Q("period", "sv", "SK 2012?", { expect: ["Södertälje", "Huddinge"], expectAny: [["januari", "jan"], ["april", "apr"]] }),
  Q("period", "en", "which meetings are left before midsummer?", { expect: ["14 April", "20 May", "9 June"] }),
  Q("period", "en", "how many weeks between the last SK before summer and the first one after?", { expectAny: [["15"]] }),
  Q("period", "sv", "hur många veckor mellan LG 20/5 och LG 9/9?", { expectAny: [["16"]] }),
  Q("period", "en", "how many days from today to Södertörnskonferensen?", { expect: ["147"] }),
  Q("period", "sv", "hur många dagar är det kvar till nästa LG?", { expect: ["43", "20 maj"] }),
  Q("period", "en", "weeks between SK in Nykvarn and SK in Salem?", { expectAny: [["8 weeks", "eight weeks"]] }),
  Q("period", "sv", "nästa SK?", { now: "2011-10-01T09:00:00+02:00", expect: ["3 november", "Botkyrka"] }),
  Q("period", "en", "how many SK meetings are left this year?", { expectAny: [["5", "five"]], expect: ["14 April", "8 December"] }),

  // ---------------- followup ----------------
  C("followup", [
    { q: "när är rådslaget 2011?", lang: "sv", expect: ["24 mars", "Salem"] },
    { q: "och året efter, vem är värd?", lang: "sv", expect: ["Nynäshamn"] },
  ]),
  C("followup", [
    { q: "next SK?", lang: "en", expect: ["14 April", "Nykvarn"] },
    { q: "and the one after that?", lang: "en", expect: ["9 June", "Salem"] },
    { q: "what time?", lang: "en", expectAny: [T12] },
  ]),
  C("followup", [
    { q: "vem är värd för SK 22/9?", lang: "sv", expect: ["Nynäshamn"] },
    { q: "och vilket år har de rådslaget?", lang: "sv", expect: ["2012"] },
  ]),
  C("followup", [
    { q: "budget personal?", lang: "sv", expect: ["580 000"] },
    { q: "och per kommun om man delar lika?", lang: "sv", expect: ["72 500"] },
    { q: "hur stor andel av totalen är det?", lang: "sv", expectAny: [["67", "68"]] },
  ]),
  C("followup", [
    { q: "which municipalities are in the överförmyndarnämnd?", lang: "en", expect: ["Botkyrka", "Haninge", "Huddinge", "Nynäshamn", "Tyresö"] },
    { q: "and who is the host municipality?", lang: "en", expect: ["Haninge"] },
    { q: "since when?", lang: "en", expect: ["2011"] },
  ]),
  C("followup", [
    { q: "när är nyckeltalsdagen?", lang: "sv", expect: ["6 oktober"] },
    { q: "hur många veckor efter Södertörnskonferensen är det?", lang: "sv", expectAny: [["5 veckor", "fem veckor"]] },
  ]),
  C("followup", [
    { q: "Södertälje: when do we host SK?", lang: "en", expectAny: [["January", "Jan"]], expect: ["2012"] },
    { q: "and rådslaget?", lang: "en", expect: ["2015"] },
  ]),
  C("followup", [
    { q: "LG i maj?", lang: "sv", expect: ["20 maj"] },
    { q: "vilken tid?", lang: "sv", expectAny: [T0830, T13] },
    { q: "is that a Friday?", lang: "en", startsWith: "Yes" },
  ]),
  C("followup", [
    { q: "what are the målområden in the utvecklingsprogram?", lang: "en", expectAny: [["Näringsliv", "business"], ["Mångfald", "diversity"], ["Klimat", "climate"], ["Infrastru"]] },
    { q: "how many concrete development issues belong to them?", lang: "en", expectAny: [["5", "five"]] },
  ]),
  C("followup", [
    { q: "vilka kommuner bildade miljöförbundet?", lang: "sv", expect: ["Haninge", "Nynäshamn", "Tyresö"] },
    { q: "när startade det?", lang: "sv", expect: ["2008"] },
  ]),
  C("followup", [
    { q: "när är SK i november?", lang: "sv", expect: ["3 november", "Botkyrka"] },
    { q: "och LG samma månad?", lang: "sv", expect: ["25 november"] },
    { q: "how many days between them?", lang: "en", expectAny: [["22 days", "3 weeks and 1 day", "three weeks and one day"]] },
  ]),

  // ---------------- typo ----------------
  Q("typo", "sv", "när är ledingsgruppen i maj", { expect: ["20 maj"] }),
  Q("typo", "sv", "vem är vård för sk-mötet 9/6", { expect: ["Salem"] }),
  Q("typo", "sv", "LG-datum i hösten?", { expect: ["9 september", "14 oktober", "25 november"] }),
  Q("typo", "sv", "samarbetskomiten möten vilken tid", { expectAny: [T12, T15] }),
  Q("typo", "sv", "rådslagt 2016 värd", { expect: ["Haninge"] }),
  Q("typo", "sv", "överförmyndarnämden värdkommun", { expect: ["Haninge"] }),
  Q("typo", "sv", "nyckeltaldagen var?", { expect: ["Botkyrka"] }),
  Q("typo", "sv", "sodertorns konferansen datum", { expect: ["1 september"] }),
  Q("typo", "en", "whats the budjet for konsultstöd", { expect: ["230 000"] }),
  Q("typo", "sv", "planerings konfernsen för LG", { expect: ["31 mars"] }),
  Q("typo", "sv", "milijö och hälsoskyddsförbundet start år", { expect: ["2008"] }),
  Q("typo", "en", "wen is next ledningsgrupp meeting", { expect: ["20 May"] }),
  Q("typo", "sv", "Södertälje rådslga år?", { expect: ["2015"] }),

  // ---------------- language ----------------
  Q("language", "en", "SK 3/11 värd?", { locale: "en-GB", expect: ["Botkyrka"] }),
  Q("language", "en", "ÖFN?", { locale: "en-GB", expect: ["Haninge"] }),
  Q("language", "sv", "kostnader?", { locale: "sv-SE", expect: ["580 000", "50 000", "230 000"] }),
  Q("language", "en", "när is the next SK?", { locale: "en-GB", expect: ["14 April", "Nykvarn"] }),
  Q("language", "sv", "vad kostar personal in total?", { locale: "sv-SE", expect: ["580 000"] }),
  Q("language", "en", "LG 9/9?", { locale: "en-US", expect: ["9 September"] }),
  Q("language", "sv", "svara på svenska please: när är nyckeltalsdagen?", { expect: ["6 oktober"] }),
  Q("language", "en", "please reply in English: vem är värd för rådslaget 2016?", { expect: ["Haninge"] }),
  Q("language", "en", "budget?", { locale: "en-GB", expect: ["860 000"] }),
  Q("language", "en", "which of the SK meetings does Södertälje host?", { expectAny: [["January", "Jan"]], expect: ["2012"] }),
  Q("language", "sv", "hur många kommuner is in ÖFN?", { locale: "sv-SE", expectAny: [["fem", "5"]] }),

  // ---------------- facts (whole plan) ----------------
  Q("facts", "en", "what's our vision for 2025, in short?", { expectAny: [["half a million", "500 000", "half million"]] }),
  Q("facts", "sv", "hur många invånare har Södertörn idag enligt planen?", { expect: ["430 000"] }),
  Q("facts", "sv", "vilka företag nämns som exempel?", { expect: ["Scania"], expectAny: [["Astra Zeneca", "AstraZeneca"], ["Karolinska"]] }),
  Q("facts", "en", "which universities does the plan mention?", { expect: ["KTH"], expectAny: [["Södertörn"], ["Karolinska"]] }),
  Q("facts", "en", "which infrastructure projects have we pushed together?", { expect: ["73", "Nynäsbanan", "Södertörnsleden", "E4"] }),
  Q("facts", "sv", "vad ska prägla hur vi samarbetar?", { expectAny: [["gemensamma nyttan", "gemensam nytta"], ["demokratisk"], ["ledarskap"], ["ge och få"]] }),
  Q("facts", "en", "which regional bodies do we coordinate our efforts in?", { expect: ["KSL", "Mälardalsrådet"], expectAny: [["Business Alliance"]] }),
  Q("facts", "en", "who runs the secretariat?", { expect: ["Huddinge"] }),
  Q("facts", "sv", "vilka sitter i samarbetskommittén?", { expectAny: [["kommunstyrelseordför", "kommunstyrelsens ordför", "KSO"]] }),
  Q("facts", "en", "what time does LG meet, and which weekday?", { expect: ["Friday"], expectAny: [T0830, T13] }),
  Q("facts", "sv", "vilka är med i rådslaget förutom kommunerna?", { expect: ["KTH", "Handelskammaren", "Företagarna"], expectAny: [["Södertörns högskola"], ["Karolinska"]] }),
  Q("facts", "sv", "nyckeltal södertörn, vad är det för nåt?", { expectAny: [["uppföljning", "följa upp"], ["höst", "6 oktober"]] }),
  Q("facts", "sv", "vilka utvecklingsfrågor pekade utvecklingsprogrammet ut som viktigast?", { expectAny: [["utbildningsnivå"], ["kunskapsintensiv"], ["klimateffektiv"], ["infrastruktur"]] }),
  Q("facts", "en", "where should we spend more time this year, on regional development or on the operational stuff?", { expectAny: [["regional"]] }),
  Q("facts", "en", "in my own words: why do we cooperate at all?", { expectAny: [["regional"], ["goal", "objective"]] }),
  Q("facts", "sv", "upphandlingen — vad ska hända där?", { expectAny: [["fler varor", "fler"], ["offentlig upphandling", "LOU"]] }),
  Q("facts", "sv", "inom vilka områden har vi tradition av att samarbeta?", { expectAny: [["gymnasie"], ["räddningstjänst"], ["återvinning", "energi"]] }),
  Q("facts", "sv", "vem sköter kontrollen av receptfria läkemedel för Haninge?", { expectAny: [["miljö- och hälsoskydd", "miljöförbund"]] }),
  Q("facts", "sv", "när riksdagen ger kommunerna nya uppgifter, vad ska vi göra?", { expectAny: [["enskilt", "själv"], ["befintliga", "samverkansorgan"]] }),
  Q("facts", "sv", "gemensam ägarstyrning, vad innebär det kort?", { expectAny: [["ägardialog", "bolagsordning", "förbundsordning", "direktiv"]] }),
  Q("facts", "en", "omvärldsbevakning — what do we actually do?", { expectAny: [["contact", "network"], ["KSL", "Mälardalsrådet", "Business Alliance", "opinion"]] }),
  Q("facts", "sv", "hur långa är SK-mötena?", { expectAny: [["3 timmar", "tre timmar"]] }),
  Q("facts", "sv", "LG-möten, hur många timmar?", { expectAny: [["4,5", "4.5", "fyra och en halv", "4 och en halv", "4 ½", "4½"]] }),
  Q("facts", "en", "where is the Södertörn conference held?", { expect: ["Huddinge", "Tyresö"] }),
  Q("facts", "en", "who takes part in the Södertörn conference?", { expectAny: [["part"], ["official", "tjänstem", "civil servant", "senior"]] }),
  Q("facts", "en", "how often is there a rådslag?", { expectAny: [["annual", "every year", "yearly", "once a year"]] }),
  Q("facts", "en", "who hosts SK in April 2012?", { expect: ["Huddinge"] }),
  Q("facts", "en", "what does the plan call Stockholm?", { expect: ["Capital of Scandinavia"] }),
  Q("facts", "en", "list the eight Södertörn municipalities", { expect: ["Botkyrka", "Haninge", "Huddinge", "Nykvarn", "Nynäshamn", "Salem", "Södertälje", "Tyresö"] }),
  Q("facts", "sv", "vem är värdkommun för överförmyndarnämnden?", { expect: ["Haninge"] }),
  Q("facts", "sv", "vilka målområden har utvecklingsprogrammet?", { expect: ["Näringsliv", "Mångfald", "Klimat", "Infrastruktur"] }),
  Q("facts", "en", "what does the plan say about follow-up of the development issues?", { expectAny: [["systematic"], ["action plan", "handlingsplan"]] }),
];

// ---------------- change requests ----------------
const S = "secretariat", M = "member";
const commands = [
  // move
  Q("move", "sv", "LG 2011-05-20 -> 2011-05-27", { as: S, kind: "confirm", expectAny: [["27 maj"]] }),
  Q("move", "sv", "flytta SK 22/9 till 29/9", { as: S, kind: "confirm", expect: ["29 september"] }),
  Q("move", "en", "move the LG meeting on May 20th to June 3rd", { as: S, kind: "confirm", expect: ["3 June"] }),
  Q("move", "sv", "skjut upp SK i juni en vecka", { as: S, kind: "confirm", expect: ["16 juni"] }),
  Q("move", "sv", "LG fre 14/10 -> fre 21/10", { as: S, kind: "confirm", expect: ["21 oktober"] }),
  Q("move", "sv", "nyckeltalsdagen flyttas till 13 okt", { as: S, kind: "confirm", expect: ["13 oktober"] }),
  Q("move", "en", "Södertörnskonferensen 1 sep -> 8 Sep", { as: S, locale: "en-GB", kind: "confirm", expect: ["8 September"] }),
  Q("move", "sv", "SK 2011-11-03 flyttas till tor 10/11", { as: S, kind: "confirm", expect: ["10 november"] }),
  // host
  Q("host", "sv", "SK 3/11: värd Södertälje istället för Botkyrka", { as: S, kind: "confirm", expect: ["Södertälje"] }),
  Q("host", "en", "new host for SK Dec 8th: Salem", { as: S, kind: "confirm", expect: ["Salem"] }),
  Q("host", "sv", "nyckeltal 6 okt värd -> Haninge", { as: S, kind: "confirm", expect: ["Haninge"] }),
  // cancel
  Q("cancel", "sv", "ställ in LG 25/11", { as: S, kind: "confirm", expect: ["25 november"] }),
  Q("cancel", "en", "cancel SK on 8 December", { as: S, kind: "confirm", expect: ["8 December"] }),
  // add
  Q("add", "sv", "lägg till LG fre 16/12 kl 08.30", { as: S, kind: "confirm", expect: ["16 december"] }),
  Q("add", "en", "add an extra SK meeting Thursday 18 August in Huddinge", { as: S, kind: "confirm", expect: ["18 August", "Huddinge"] }),
  // budgetline
  Q("budgetline", "sv", "budget: utredningar 250k", { as: S, kind: "confirm", expect: ["250 000"] }),
  Q("budgetline", "sv", "sätt personal till 600 000 kr", { as: S, kind: "confirm", expect: ["600 000"] }),
  Q("budgetline", "en", "change the Huddinge ersättning (kontorsservice) to 60 000", { as: S, kind: "confirm", expect: ["60 000"] }),
  // rotationhost
  Q("rotationhost", "sv", "rådslag 2013: Haninge istället för Botkyrka", { as: S, kind: "confirm", expect: ["2013", "Haninge"] }),
  Q("rotationhost", "en", "set the rådslag host for 2016 to Södertälje", { as: S, kind: "confirm", expect: ["2016", "Södertälje"] }),
  // history
  Q("history", "sv", "visa historik", { as: S, kind: "history" }),
  Q("history", "en", "what has changed?", { as: S, kind: "history" }),
  // confirm conversations
  C("confirm", [
    { q: "LG 20 maj -> 27 maj", as: S, lang: "sv", kind: "confirm", expect: ["27 maj"] },
    { q: "ja", as: S, lang: "sv", kind: "confirmed" },
    { q: "visa ändringar", as: S, lang: "sv", kind: "history", expectAny: [["27 maj", "2011-05-27", "27/5"]] },
  ], { as: S }),
  C("confirm", [
    { q: "flytta SK 14/4 till 28/4", as: S, lang: "sv", kind: "confirm", expect: ["28 april"] },
    { q: "avbryt", as: S, lang: "sv", kind: "cancelled" },
  ], { as: S }),
  C("confirm", [
    { q: "budget: utredningar 200 000", as: S, lang: "sv", kind: "confirm", expect: ["200 000"] },
    { q: "ok kör", as: S, lang: "sv", kind: "confirmed" },
    { q: "ångra det", as: S, lang: "sv", expect: ["230 000"] },
  ], { as: S }),
  C("confirm", [
    { q: "SK 9/6 -> tor 16/6", as: S, lang: "sv", kind: "confirm", expect: ["16 juni"] },
    { q: "bekräfta", as: S, lang: "sv", kind: "confirmed" },
    { q: "undo", as: S, expectAny: [["9 juni", "9 June"]] },
  ], { as: S }),
  C("confirm", [
    { q: "ny värd SK 22/9: Haninge", as: S, lang: "sv", kind: "confirm", expect: ["Haninge"] },
    { q: "nej", as: S, lang: "sv", kind: "cancelled" },
  ], { as: S }),
  C("confirm", [
    { q: "LG 20/5 -> 27/5", as: S, lang: "sv", kind: "confirm", expect: ["27 maj"] },
    { q: "ja", as: S, lang: "sv", kind: "confirmed" },
    { q: "när är LG i maj?", as: S, lang: "sv", expect: ["27 maj"] },
  ], { as: S }),
  C("confirm", [
    { q: "move LG Oct 14th to Oct 28th", as: S, lang: "en", kind: "confirm", expect: ["28 October"] },
    { q: "yes", as: S, lang: "en", kind: "confirmed" },
    { q: "show history", as: S, lang: "en", kind: "history" },
  ], { as: S }),
  // missing / clarify
  Q("missing", "sv", "budget: nyckeltal 30k", { as: S, kind: "clarify" }),
  Q("missing", "sv", "flytta LG", { as: S, kind: "clarify" }),
  Q("missing", "en", "move SK to 29 September", { as: S, kind: "clarify" }),
  Q("missing", "sv", "ändra budgeten för personal", { as: S, kind: "clarify" }),
  Q("missing", "sv", "ny värd för rådslaget", { as: S, kind: "clarify" }),
  Q("missing", "sv", "ställ in SK", { as: S, kind: "clarify" }),
  Q("missing", "en", "add a meeting on 2011-06-17", { as: S, kind: "clarify" }),
  Q("missing", "sv", "flytta LG 13/5 till 27/5", { as: S, kind: "clarify" }),
  // refused (members)
  Q("refused", "sv", "flytta SK 22/9 till 29/9", { as: M, kind: "refused", expectAny: [["sekretariat"]] }),
  Q("refused", "en", "change the budget for personal to 600 000", { as: M, kind: "refused", expectAny: [["secretariat"]] }),
  Q("refused", "sv", "rådslag 2015 värd Huddinge", { as: M, kind: "refused", expectAny: [["sekretariat"]] }),
  Q("refused", "sv", "ställ in LG 9/9", { as: M, kind: "refused", expectAny: [["sekretariat"]] }),
  Q("refused", "sv", "ångra senaste ändringen", { as: M, kind: "refused", expectAny: [["sekretariat", "secretariat"]] }),
  Q("refused", "en", "add SK meeting Aug 18 in Södertälje", { as: M, kind: "refused", expectAny: [["secretariat"]] }),
  // secretariat questions that look like commands
  Q("period", "sv", "när är LG i maj?", { as: S, expect: ["20 maj"] }),
  Q("facts", "sv", "vem är värd för SK 9/6, ska skicka ut info", { as: S, expect: ["Salem"] }),
  Q("budget", "en", "what's the amount for utredningar right now?", { as: S, expect: ["230 000"] }),
  Q("facts", "sv", "vilken veckodag är LG 14/10? funderar på att flytta det", { as: S, expectAny: [["fredag"]] }),
  Q("rotation", "sv", "rådslag 2013 — vem är värd nu?", { as: S, expect: ["Botkyrka"] }),
];

const defaultNow = "2011-04-07T10:00:00+02:00";
const dir = __dirname;
fs.writeFileSync(path.join(dir, "pool-questions.json"), JSON.stringify({
  description: "Round 22 writer m: questions (political secretary at Södertälje, ~50/50 en/sv, mixed-language fragments)",
  defaultNow, items: questions }, null, 2));
fs.writeFileSync(path.join(dir, "pool-commands.json"), JSON.stringify({
  description: "Round 22 writer m: change requests (terse secretariat, many date formats; members refused)",
  defaultNow, items: commands }, null, 2));
console.log("questions", questions.length, "commands", commands.length);

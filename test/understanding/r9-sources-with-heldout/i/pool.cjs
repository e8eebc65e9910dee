// Round 9 writer "i": Nynäshamn communications officer + EU project partner.
const fs = require('fs');
const path = require('path');
const NOTIN = ["notInPlan", "cannot"];
const sv = (o) => Object.assign({ lang: "sv" }, o);
const en = (o) => Object.assign({ lang: "en" }, o);

const Q = [];
const add = (category, o) => Q.push(Object.assign({ category }, o));

// ---------------- rotation ----------------
add("rotation", sv({ q: "Kan du berätta vilken kommun som är värd för Södertörns rådslag 2014?", expect: ["Tyresö"] }));
add("rotation", sv({ q: "Jag undrar vilket år det är Nynäshamns tur att vara värd för rådslaget?", expect: ["2012"] }));
add("rotation", en({ q: "Could you clarify which municipality will host the Södertörn Rådslag in 2016?", expect: ["Haninge"] }));
add("rotation", sv({ q: "vem har rådslaget året efter tyresö?", expect: ["Södertälje"] }));
add("rotation", sv({ q: "Vilken kommun är värd för rådslaget året innan Huddinge står på tur?", expect: ["Nykvarn"] }));
add("rotation", en({ q: "In which year is Huddinge due to host the rådslag?", expect: ["2018"] }));
add("rotation", sv({ q: "Vem är värd för rådslaget i år?", now: "2012-03-01T09:00:00+01:00", expect: ["Nynäshamn"], expectNot: ["Salem"] }));
add("rotation", sv({ q: "Hur många år går det mellan Nynäshamns och Nykvarns rådslag?", expectAny: [["5 år", "fem år"]] }));
add("rotation", en({ q: "Which municipality hosts the rådslag this year, and which one hosts it next year?", expect: ["Salem", "Nynäshamn"] }));

// ---------------- budget ----------------
add("budget", sv({ q: "Hur stor är den totala budgeten för 2011?", expect: ["860 000"] }));
add("budget", sv({ q: "Jag undrar hur mycket som är budgeterat för personal?", expect: ["580 000"] }));
add("budget", sv({ q: "Om avgifterna delas lika mellan de åtta kommunerna, hur mycket betalar då varje kommun?", expect: ["107 500"] }));
add("budget", sv({ q: "Hur mycket blir personalkostnaden per månad?", expect: ["48 333"] }));
add("budget", en({ q: "What is the total budget per quarter?", expect: ["215 000"] }));
add("budget", sv({ q: "Hur stor andel av kostnaderna går till personal, i procent?", expectAny: [["67", "68"]] }));
add("budget", sv({ q: "Vad blir kvar av budgeten om man drar av personalkostnaderna?", expect: ["280 000"] }));
add("budget", en({ q: "How much more is budgeted for staff than for studies and consultancy support?", expect: ["350 000"] }));
add("budget", sv({ q: "vilken är den minsta kostnadsposten?", expect: ["50 000"], expectAny: [["Huddinge", "kontorsservice"]] }));
add("budget", sv({ q: "Hur mycket är budgeten per månad totalt?", expectAny: [["71 666", "71 667"]] }));
add("budget", en({ q: "If the budget for studies and consultancy were divided equally among the eight municipalities, how much would that be per municipality?", expect: ["28 750"] }));
add("budget", sv({ q: "Hur mycket får Huddinge kommun i ersättning för kontorsservice per kvartal?", expect: ["12 500"] }));
add("budget", en({ q: "Which is the largest cost item in the 2011 budget?", expect: ["580 000"], expectAny: [["staff", "personnel", "Personal"]] }));

// ---------------- yes/no ----------------
add("yesno", sv({ q: "Är Nykvarn värd för samarbetskommitténs möte den 14 april?", startsWith: "Ja", expect: ["Nykvarn"] }));
add("yesno", sv({ q: "Ingår Salem i Södertörns överförmyndarnämnd?", startsWith: "Nej" }));
add("yesno", en({ q: "Is Nynäshamn a member of the Södertörn environment and health protection association?", startsWith: "Yes" }));
add("yesno", sv({ q: "Träffas ledningsgruppen på torsdagar?", startsWith: "Nej", expect: ["fredag"] }));
add("yesno", en({ q: "Does the cooperation committee have a meeting in October?", startsWith: "No" }));
add("yesno", sv({ q: "Är KTH med i Södertörns rådslag?", startsWith: "Ja" }));
add("yesno", en({ q: "Is the annual key figures follow-up held in the spring?", startsWith: "No", expectAny: [["autumn", "October", "fall"]] }));
add("yesno", sv({ q: "Går intäkter och kostnader jämnt ut i budgeten?", startsWith: "Ja", expect: ["860 000"] }));
add("yesno", sv({ q: "Är Södertälje värd för något SK-möte under 2011?", startsWith: "Nej" }));
add("yesno", sv({ q: "Har årets rådslag redan ägt rum?", startsWith: "Ja", expect: ["24 mars"] }));
add("yesno", sv({ q: "Har Södertörnskonferensen redan varit?", now: "2011-09-02T09:00:00+02:00", startsWith: "Ja", expect: ["1 september"] }));

// ---------------- false premises ----------------
add("premise", sv({ q: "Varför hålls rådslaget 2011 i Botkyrka?", expect: ["Salem"] }));
add("premise", sv({ q: "Vilken lokal i Huddinge används för nyckeltalsdagen den 6 oktober?", expect: ["Botkyrka"] }));
add("premise", sv({ q: "Varför träffas samarbetskommittén bara fyra gånger per år?", expectAny: [["sex", "6"]] }));
add("premise", en({ q: "Why is the 2011 budget set at one million kronor?", expect: ["860 000"] }));
add("premise", sv({ q: "Hur kommer det sig att Tyresö har rådslaget 2012?", expect: ["Nynäshamn"] }));
add("premise", sv({ q: "Varför bildades miljö- och hälsoskyddsförbundet först 2010?", expect: ["2008"] }));
add("premise", en({ q: "Why does Haninge provide the secretariat for the committee?", expect: ["Huddinge"] }));
add("premise", sv({ q: "Varför är Nynäshamn värd för SK-mötet den 3 november?", expect: ["Botkyrka"] }));
add("premise", en({ q: "Since the management group meets on Thursdays, could you tell me when it meets in September?", expect: ["Friday", "9 September"] }));

// ---------------- off-plan / not in plan ----------------
add("offplan", sv({ q: "Kan du boka ett konferensrum i Nynäshamn till SK-mötet den 22 september?", kind: NOTIN }));
add("offplan", sv({ q: "Vem är kommunstyrelsens ordförande i Nykvarn?", kind: NOTIN }));
add("offplan", en({ q: "Could you send the agenda for the 14 April meeting to my colleagues in Brussels?", kind: NOTIN }));
add("offplan", sv({ q: "Vilken kommun är värd för rådslaget 2019?", kind: NOTIN }));
add("offplan", sv({ q: "Vad blir budgeten för 2012?", kind: NOTIN }));
add("offplan", en({ q: "What is the exact address of the venue for the Södertörn Conference?", kind: NOTIN }));
add("offplan", sv({ q: "Hur mycket betalar Nynäshamn i avgift till samarbetskommittén?", kind: NOTIN }));
add("offplan", sv({ q: "Vilket tema hade rådslaget i Salem?", kind: NOTIN }));
add("offplan", sv({ q: "Vilket datum i januari 2012 är SK-mötet i Södertälje?", kind: NOTIN }));
add("offplan", en({ q: "Which municipalities are members of the Södertörn fire and rescue association?", kind: NOTIN }));

// ---------------- topic (right one of two similar) ----------------
add("topic", sv({ q: "När är samarbetskommitténs planeringskonferens?", expect: ["27", "28"], expectAny: [["jan"]], expectNot: ["31 mars"] }));
add("topic", en({ q: "When is the management group's planning conference?", expectAny: [["31 March", "March 31"]], expectNot: ["28 January", "January 28"] }));
add("topic", sv({ q: "Vilken budgetpost ska användas om vi vill beställa en konsultutredning?", expect: ["230 000"] }));
add("topic", en({ q: "Could you clarify what the 50 000 line in the budget covers?", expect: ["Huddinge"], expectAny: [["office", "kontorsservice"]] }));
add("topic", sv({ q: "Vad är syftet med ledningsgruppen?", expectAny: [["förbereda"], ["samordna"]] }));
add("topic", sv({ q: "Vad syftar verksamhetsfrågorna till, till skillnad från de regionala utvecklingsfrågorna?", expect: ["effektivisera"] }));
add("topic", sv({ q: "När är Södertörnskonferensen – alltså inte rådslaget?", expect: ["1 september"], expectNot: ["24 mars"] }));
add("topic", sv({ q: "Vem kontrollerar handeln med receptfria läkemedel och vem hanterar explosiva varor?", expect: ["miljö- och hälsoskyddsförbund", "brandförsvarsförbund"] }));
add("topic", en({ q: "Where is the key figures day held, as opposed to the Rådslag?", expect: ["Botkyrka"], expectNot: ["Salem"] }));

// ---------------- period ----------------
add("period", sv({ q: "Vilka SK-möten är det i höst?", expect: ["22 september", "3 november", "8 december"] }));
add("period", sv({ q: "När träffas ledningsgruppen efter sommaren?", expect: ["9 september", "14 oktober", "25 november"] }));
add("period", en({ q: "Which committee meetings remain before the summer?", expect: ["14 April", "9 June"] }));
add("period", sv({ q: "När är årets sista möte i samarbetskommittén?", expect: ["8 december", "Tyresö"] }));
add("period", sv({ q: "Vilka heldagar finns i kalendariet under hösten?", expect: ["1 september", "6 oktober"] }));
add("period", en({ q: "Which management group meetings fall in the first half of 2011?", expect: ["21 January", "20 May"], expectAny: [["31 March", "1 April"]] }));
add("period", sv({ q: "Vad händer i oktober?", expect: ["6 oktober", "14 oktober"] }));
add("period", sv({ q: "Vilka SK-möten är kvar i år?", now: "2011-10-01T09:00:00+02:00", expect: ["3 november", "8 december"], expectNot: ["22 september"] }));
add("period", sv({ q: "Vem är värd för nästa möte i samarbetskommittén?", now: "2011-12-10T09:00:00+01:00", expect: ["Södertälje"] }));
add("period", en({ q: "When is the next management group meeting?", now: "2011-05-25T09:00:00+02:00", expect: ["9 September"] }));

// ---------------- follow-up conversations ----------------
add("followup", { conversation: [
  sv({ q: "Vad är Södertörns rådslag?", expectAny: [["årligt", "årligen", "varje år"]] }),
  sv({ q: "och vilka ingår där?", expect: ["KTH", "Handelskammaren", "Företagarna"], expectAny: [["Södertörns högskola"]] }),
  sv({ q: "var hölls det i år?", expect: ["Salem"] }),
] });
add("followup", { conversation: [
  en({ q: "Which municipality hosts the rådslag in 2013?", expect: ["Botkyrka"] }),
  en({ q: "What about the year after?", expect: ["Tyresö"] }),
  en({ q: "And the one after that?", expect: ["Södertälje"] }),
] });
add("followup", { conversation: [
  sv({ q: "När är nästa SK-möte?", expect: ["14 april", "Nykvarn"] }),
  sv({ q: "och mötet efter det?", expect: ["9 juni", "Salem"] }),
  sv({ q: "vilken tid börjar det?", expectAny: [["12.00", "12:00", "kl 12"]] }),
] });
add("followup", { conversation: [
  sv({ q: "Vilka kommuner ingår i överförmyndarnämnden?", expect: ["Botkyrka", "Haninge", "Huddinge", "Nynäshamn", "Tyresö"] }),
  sv({ q: "vem är värdkommun?", expect: ["Haninge"] }),
  sv({ q: "sedan när?", expect: ["1 januari 2011"] }),
] });
add("followup", { conversation: [
  en({ q: "When does the management group meet in May?", expect: ["20 May"] }),
  en({ q: "And at what time?", expectAny: [["08.30", "08:30", "8.30", "8:30"], ["13.00", "13:00"]] }),
  en({ q: "Is that a Friday?", startsWith: "Yes" }),
] });
add("followup", { conversation: [
  sv({ q: "Vad är budgeterat för personal?", expect: ["580 000"] }),
  sv({ q: "och för utredningar?", expect: ["230 000"] }),
  sv({ q: "hur mycket blir det tillsammans?", expect: ["810 000"] }),
] });
add("followup", { conversation: [
  sv({ q: "Vilka kommuner bildade miljö- och hälsoskyddsförbundet?", expect: ["Haninge", "Nynäshamn", "Tyresö"] }),
  sv({ q: "när startade det?", expect: ["2008"] }),
  sv({ q: "kan fler kommuner gå med?", startsWith: "Ja" }),
] });
add("followup", { conversation: [
  en({ q: "What is the vision for 2025?", expectAny: [["half a million", "500 000"]] }),
  en({ q: "And how many inhabitants are there today?", expect: ["430 000"] }),
] });
add("followup", { conversation: [
  sv({ q: "Var hålls nyckeltalsdagen?", expect: ["Botkyrka"] }),
  sv({ q: "och vilket datum?", expect: ["6 oktober"] }),
] });
add("followup", { conversation: [
  sv({ q: "När har Nynäshamn SK-möte i år?", expect: ["22 september"] }),
  sv({ q: "och när är vi värd för rådslaget?", expect: ["2012"] }),
] });

// ---------------- typo ----------------
add("typo", sv({ q: "när träffas ledingsgruppen i september?", expect: ["9 september"] }));
add("typo", sv({ q: "vem e värd för SK-mötte i juni", expect: ["Salem"] }));
add("typo", sv({ q: "rådslgaet 2017 vem är värd", expect: ["Nykvarn"] }));
add("typo", sv({ q: "hur mkt är personalbudgetn", expect: ["580 000"] }));
add("typo", sv({ q: "nyckeltalsdgaen vilket datum?", expect: ["6 oktober"] }));
add("typo", sv({ q: "överförmyndarnämden vilka kommuner är med", expect: ["Botkyrka", "Haninge", "Huddinge", "Nynäshamn", "Tyresö"] }));
add("typo", sv({ q: "sodertornskonferensen datum?", expect: ["1 september"] }));

// ---------------- language ----------------
add("language", { q: "SK 3/11 värd?", locale: "en-GB", lang: "en", expect: ["Botkyrka"] });
add("language", { q: "rådslaget 2015?", locale: "en-US", lang: "en", expect: ["Södertälje"] });
add("language", { q: "LG 20/5 tid?", locale: "en-GB", lang: "en", expectAny: [["08.30", "08:30", "8.30", "8:30"]] });
add("language", { q: "budget totalt?", locale: "sv-SE", lang: "sv", expect: ["860 000"] });
add("language", { q: "Nyckeltal Södertörn?", lang: "sv", expect: ["6 oktober"] });

// ---------------- general facts ----------------
add("facts", sv({ q: "Kan du berätta vilka kommuner som ingår i Södertörnssamarbetet?", expect: ["Botkyrka", "Haninge", "Huddinge", "Nykvarn", "Nynäshamn", "Salem", "Södertälje", "Tyresö"] }));
add("facts", en({ q: "Could you clarify what the overall purpose of the Södertörn cooperation is?", expect: ["regional"], expectAny: [["municipal", "home"]] }));
add("facts", sv({ q: "Vad säger visionen för 2025?", expectAny: [["halv miljon", "500 000"], ["mångfald"]] }));
add("facts", sv({ q: "Hur många invånare har Södertörn idag enligt planen?", expect: ["430 000"] }));
add("facts", sv({ q: "Jag undrar vilka som sitter i samarbetskommittén?", expectAny: [["kommunstyrelseordförande", "kommunstyrelsens ordförande", "ordförande"]] }));
add("facts", en({ q: "Who sits on the management group?", expectAny: [["director", "kommundirektör", "chief executive", "manager"]] }));
add("facts", en({ q: "What are the target areas of the Södertörn Development Programme 2010?", expectAny: [["Business", "Näringsliv"], ["Diversity", "Mångfald"], ["Climate", "Klimat"], ["Infrastructure", "Infrastruktur"]] }));
add("facts", sv({ q: "Vilka infrastruktursatsningar nämns i planen?", expect: ["73", "Nynäsbanan", "Södertörnsleden", "E4"] }));
add("facts", sv({ q: "Inom vilka områden har kommunerna på Södertörn traditionellt samarbetat?", expectAny: [["gymnasie"], ["räddningstjänst"], ["återvinning", "energi"]] }));
add("facts", sv({ q: "Vilka förhållningssätt ska känneteckna vår samverkan?", expectAny: [["gemensamma nyttan"], ["demokratiska"], ["ge och få"]] }));
add("facts", en({ q: "In which regional bodies does the cooperation coordinate joint efforts?", expect: ["KSL"], expectAny: [["Business Alliance"], ["Mälardal"]] }));
add("facts", sv({ q: "Vilka är de viktigaste regionala utvecklingsfrågorna i utvecklingsprogrammet?", expectAny: [["utbildningsnivå"], ["kunskapsintensiv"], ["klimateffektiv"], ["infrastruktur"]] }));
add("facts", sv({ q: "Inom vilka två huvudområden bedrivs samverkan?", expect: ["regionala utvecklingsfrågor", "verksamhetsfrågor"] }));
add("facts", en({ q: "On which weekday and at what time do the committee meetings take place?", expect: ["Thursday"], expectAny: [["12.00", "12:00", "12 noon", "noon"], ["15.00", "15:00", "3 pm", "3 p.m."]] }));
add("facts", sv({ q: "Vilken veckodag och vilken tid träffas ledningsgruppen?", expect: ["fredag"], expectAny: [["08.30", "08:30", "8.30"], ["13.00", "13:00"]] }));
add("facts", sv({ q: "Var hålls Södertörnskonferensen?", expect: ["Huddinge", "Tyresö"] }));
add("facts", en({ q: "When did the joint guardianship board start its work?", expectAny: [["1 January 2011", "January 1, 2011", "January 2011"]] }));
add("facts", sv({ q: "Vad är Södertörns nyckeltal?", expectAny: [["uppföljning"], ["hösten", "6 oktober"]] }));
add("facts", sv({ q: "Vilka deltar i Södertörnskonferensen?", expectAny: [["politiska partier"], ["tjänstemän"]] }));
add("facts", en({ q: "Which organisations besides the eight municipalities take part in the Rådslag?", expect: ["KTH"], expectAny: [["Södertörn University", "Södertörns högskola"], ["Karolinska"], ["Chamber of Commerce", "Handelskammaren"], ["Företagarna"]] }));
add("facts", sv({ q: "När fastställdes Södertörns UtvecklingsProgram 2010?", expect: ["hösten 2010"] }));
add("facts", sv({ q: "Ska mer tid läggas på regionala utvecklingsfrågor eller på verksamhetsfrågor under 2011?", expect: ["regionala utvecklingsfrågor"] }));
add("facts", sv({ q: "Vad innebär gemensam ägarstyrning?", expectAny: [["ägardialog"], ["bolagsordning", "förbundsordning", "förbunds"]] }));
add("facts", sv({ q: "Vem deltar förutom ordförandena på kommitténs möten?", expectAny: [["kommundirektör"]] }));
add("facts", en({ q: "Which universities and colleges are mentioned in the introduction?", expect: ["KTH"], expectAny: [["Södertörn University", "Södertörns högskola"], ["Karolinska Institut"]] }));
add("facts", en({ q: "Could you clarify the purpose of the Södertörn Rådslag?", expectAny: [["important issues", "key issues", "important questions", "focus"]] }));

// ================= change requests =================
const C = [];
const addc = (category, o) => C.push(Object.assign({ category }, o));
const S = "secretariat", M = "member";
// secretariat, complete
addc("move", sv({ as: S, q: "flytta SK-mötet 22/9 till 29/9", kind: "confirm", expect: ["29 september"] }));
addc("move", en({ as: S, q: "Please move the LG meeting on 14 October to 21 October.", kind: "confirm", expect: ["21 October"] }));
addc("host", sv({ as: S, q: "Nykvarn kan inte ta SK 14/4 – Huddinge blir värd i stället", kind: "confirm", expect: ["Huddinge"] }));
addc("cancel", sv({ as: S, q: "ställ in LG 25/11", kind: "confirm", expect: ["25 november"] }));
addc("add", sv({ as: S, q: "lägg in ett extra LG-möte fredag 17 juni 08.30-13.00", kind: "confirm", expect: ["17 juni"] }));
addc("budgetline", sv({ as: S, q: "höj utredningar, konsultstöd mm till 250 000", kind: "confirm", expect: ["250 000"] }));
addc("budgetline", en({ as: S, q: "Please change the personnel line in the 2011 budget to 600 000.", kind: "confirm", expect: ["600 000"] }));
addc("rotationhost", sv({ as: S, q: "rådslaget 2013 ska vara i Haninge istället för Botkyrka", kind: "confirm", expect: ["Haninge"] }));
addc("move", sv({ as: S, q: "nyckeltalsdagen flyttas från 6 okt till 13 okt", kind: "confirm", expect: ["13 oktober"] }));
addc("history", sv({ as: S, q: "visa ändringar", kind: "history" }));
// secretariat, incomplete
addc("missing", sv({ as: S, q: "flytta SK-mötet", kind: "clarify" }));
addc("missing", sv({ as: S, q: "ändra personalposten i budgeten", kind: "clarify" }));
addc("missing", en({ as: S, q: "Cancel the meeting in September.", kind: "clarify" }));
// secretariat conversations
addc("confirm", { conversation: [
  sv({ as: S, q: "byt värd för kommittémötet 8 december till Haninge", kind: "confirm", expect: ["Haninge"] }),
  sv({ as: S, q: "ja", kind: "confirmed" }),
] });
addc("confirm", { conversation: [
  sv({ as: S, q: "flytta LG-mötet 20/5 till 27/5", kind: "confirm", expect: ["27 maj"] }),
  sv({ as: S, q: "avbryt", kind: "cancelled" }),
] });
addc("confirm", { conversation: [
  sv({ as: S, q: "ersättningen till Huddinge för kontorsservice ska vara 60 000", kind: "confirm", expect: ["60 000"] }),
  sv({ as: S, q: "ok kör", kind: "confirmed" }),
  sv({ as: S, q: "visa ändringar", kind: "history" }),
] });
// members
addc("refused", sv({ as: M, q: "flytta SK 9/6 till 16/6", kind: "refused", expectAny: [["sekretariat"]] }));
addc("refused", en({ as: M, q: "Can you change the host of the 2012 rådslag to Södertälje?", kind: "refused", expectAny: [["secretariat"]] }));
addc("refused", sv({ as: M, q: "ställ in nyckeltalsdagen", kind: "refused", expectAny: [["sekretariat"]] }));
addc("refused", sv({ as: M, q: "höj personalbudgeten till 620 000", kind: "refused", expectAny: [["sekretariat"]] }));
addc("refused", sv({ as: M, q: "lägg till ett SK-möte torsdag 18/8", kind: "refused", expectAny: [["sekretariat"]] }));
// questions that look a bit like commands
addc("period", sv({ as: S, q: "när är LG i maj?", expect: ["20 maj"] }));
addc("rotation", sv({ as: S, q: "vem har rådslaget 2014, tyresö va?", expect: ["Tyresö"] }));
addc("budget", sv({ as: S, q: "vad ligger personalposten på nu?", expect: ["580 000"] }));
addc("facts", sv({ as: M, q: "när är nästa SK?", expect: ["14 april", "Nykvarn"] }));
addc("facts", en({ as: S, q: "What time does the LG meet on 9 September?", expectAny: [["08.30", "08:30", "8.30", "8:30"]] }));

const base = { defaultNow: "2011-04-07T10:00:00+02:00" };
const dir = __dirname;
fs.writeFileSync(path.join(dir, "pool-questions.json"), JSON.stringify(Object.assign({ description: "Round 9 writer i: Nynäshamn comms officer newsletter + EU partner; questions across the whole plan" }, base, { items: Q }), null, 2));
fs.writeFileSync(path.join(dir, "pool-commands.json"), JSON.stringify(Object.assign({ description: "Round 9 writer i: change requests (secretariat/member) and command-like questions" }, base, { items: C }), null, 2));

function stats(items) {
  const cat = {}, lang = {};
  for (const it of items) {
    cat[it.category] = (cat[it.category] || 0) + 1;
    const l = it.lang || (it.conversation && it.conversation[0].lang) || "?";
    lang[l] = (lang[l] || 0) + 1;
  }
  return { n: items.length, cat, lang };
}
console.log("questions", JSON.stringify(stats(Q)));
console.log("commands", JSON.stringify(stats(C)));

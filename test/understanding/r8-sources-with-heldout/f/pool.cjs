// Round 8, writer f — persona: kommundirektör (new in LG this spring), English-speaking background,
// ~45 % English, terse fragments + occasional long email-style questions.
const fs = require('fs');
const path = require('path');
const NOT = ["notInPlan", "cannot"];
const DEF = "2011-04-07T10:00:00+02:00";

const Q = [];
const add = (o) => Q.push(o);

// ---------------- rotation ----------------
add({ category: "rotation", q: "rådslaget 2014?", locale: "sv-SE", lang: "sv", expect: ["Tyresö"] });
add({ category: "rotation", q: "who hosts the rådslag next year?", lang: "en", expect: ["Nynäshamn"], expectAny: [["2012"]] });
add({ category: "rotation", q: "när är det södertäljes tur med rådslaget", lang: "sv", expect: ["2015"] });
add({ category: "rotation", q: "Which year does Haninge host Södertörns rådslag?", lang: "en", expect: ["2016"] });
add({ category: "rotation", q: "rådslag host 2018?", lang: "en", expect: ["Huddinge"] });
add({ category: "rotation", q: "vem var värd för årets rådslag?", lang: "sv", expect: ["Salem"], expectNot: ["Nynäshamn"] });
add({ category: "rotation", q: "after Tyresö, who's next in the rådslag rotation?", lang: "en", expect: ["Södertälje"], expectAny: [["2015"]] });
add({ category: "rotation", q: "who hosts the rådslag in 2019?", lang: "en", kind: NOT });
add({ category: "rotation", q: "Huddinge – när blir vi värd för rådslaget?", lang: "sv", expect: ["2018"] });
add({ category: "rotation", q: "rådslagsvärdar 2012–2014?", lang: "sv", expect: ["Nynäshamn", "Botkyrka", "Tyresö"] });
add({ category: "rotation", q: "I'm new in LG – could you list the rådslag host rotation for the coming years so I know when it's our turn in Nykvarn?", lang: "en", expect: ["Nykvarn", "2017"] });

// ---------------- budget ----------------
add({ category: "budget", q: "budget left after salaries?", lang: "en", expect: ["280 000"] });
add({ category: "budget", q: "hur mycket blir avgiften per kommun om de 860 000 delas lika på alla åtta?", lang: "sv", expect: ["107 500"] });
add({ category: "budget", q: "personalkostnad per månad?", lang: "sv", expect: ["48 333"] });
add({ category: "budget", q: "what share of the budget goes to staff?", lang: "en", expectAny: [["67", "68"]] });
add({ category: "budget", q: "utredningar och konsultstöd per kvartal", lang: "sv", expect: ["57 500"] });
add({ category: "budget", q: "difference between the staff line and the consultancy line?", lang: "en", expect: ["350 000"] });
add({ category: "budget", q: "största kostnadsposten?", lang: "sv", expect: ["580 000"], expectAny: [["personal"]] });
add({ category: "budget", q: "smallest cost item in the 2011 budget?", lang: "en", expect: ["50 000"], expectAny: [["Huddinge"]] });
add({ category: "budget", q: "personal plus ersättningen till huddinge, hur mycket blir det ihop", lang: "sv", expect: ["630 000"] });
add({ category: "budget", q: "consultancy budget per month?", lang: "en", expectAny: [["19 166", "19 167"]] });
add({ category: "budget", q: "hur stor andel av kostnaderna är utredningar, i procent?", lang: "sv", expectAny: [["26", "27"]] });
add({ category: "budget", q: "If the personnel cost were split equally across the eight municipalities, what would each one's part be?", lang: "en", expect: ["72 500"] });
add({ category: "budget", q: "where does the money come from?", lang: "en", expect: ["860 000"], expectAny: [["fee", "avgift", "municipalities"]] });
add({ category: "budget", q: "vad blir kvar av budgeten om man drar av personal och huddinge-ersättningen", lang: "sv", expect: ["230 000"] });

// ---------------- yesno ----------------
add({ category: "yesno", q: "Is Salem hosting SK in June?", lang: "en", startsWith: "Yes", expect: ["9 June"] });
add({ category: "yesno", q: "är södertälje med i överförmyndarnämnden?", lang: "sv", startsWith: "Nej" });
add({ category: "yesno", q: "är SK-mötena på fredagar?", lang: "sv", startsWith: "Nej", expect: ["torsdag"] });
add({ category: "yesno", q: "Is Nykvarn part of the miljö- och hälsoskyddsförbund?", lang: "en", startsWith: "No", expect: ["Haninge", "Nynäshamn", "Tyresö"] });
add({ category: "yesno", q: "nyckeltalsdagen är väl i Botkyrka?", lang: "sv", startsWith: "Ja" });
add({ category: "yesno", q: "Is the Södertörn conference on 9 September?", lang: "en", startsWith: "No", expect: ["1 September"] });
add({ category: "yesno", q: "har SK något möte i augusti?", lang: "sv", startsWith: "Nej" });
add({ category: "yesno", q: "bor det redan över en halv miljon på södertörn?", lang: "sv", startsWith: "Nej", expect: ["430 000"] });
add({ category: "yesno", q: "Is KTH part of the rådslag?", lang: "en", startsWith: "Yes" });
add({ category: "yesno", q: "Do the kommundirektörer attend the committee's meetings as well?", lang: "en", startsWith: "Yes" });
add({ category: "yesno", q: "går budgeten jämnt ut?", lang: "sv", startsWith: "Ja", expect: ["860 000"] });

// ---------------- premise ----------------
add({ category: "premise", q: "why is Botkyrka hosting SK on 22/9?", lang: "en", expect: ["Nynäshamn"] });
add({ category: "premise", q: "LG-mötet torsdag 20 maj – börjar det 8.30?", lang: "sv", expect: ["fredag"] });
add({ category: "premise", q: "Since Tyresö hosts this year's rådslag, when is it?", lang: "en", expect: ["Salem", "24 March"] });
add({ category: "premise", q: "nyckeltalsdagen i haninge 6/10 – heldag?", lang: "sv", expect: ["Botkyrka"] });
add({ category: "premise", q: "Since the consultancy line is 280 000, how much is that per quarter?", lang: "en", expect: ["230 000", "57 500"] });
add({ category: "premise", q: "miljöförbundet startade ju samtidigt som överförmyndarnämnden 2011?", lang: "sv", expect: ["2008"] });
add({ category: "premise", q: "why is Tyresö the host municipality for the överförmyndarnämnd?", lang: "en", expect: ["Haninge"] });
add({ category: "premise", q: "SK:s planeringskonferens 31/3–1/4 var lunch till lunch, va?", lang: "sv", expect: ["27", "28"], expectAny: [["ledningsgrupp", "LG"]] });
add({ category: "premise", q: "what does Vision 2030 say?", lang: "en", expect: ["2025"] });

// ---------------- offplan ----------------
add({ category: "offplan", q: "book a room for LG 20/5", lang: "en", kind: NOT });
add({ category: "offplan", q: "vem är värd för LG 9/9?", lang: "sv", kind: NOT });
add({ category: "offplan", q: "agenda for SK 14/4?", lang: "en", kind: NOT });
add({ category: "offplan", q: "skicka kallelsen till SK 9/6 till alla ordförande", lang: "sv", kind: NOT });
add({ category: "offplan", q: "who chairs the samarbetskommitté?", lang: "en", kind: NOT });
add({ category: "offplan", q: "budget 2012?", locale: "en-GB", lang: "en", kind: NOT });
add({ category: "offplan", q: "LG dates for 2012?", lang: "en", kind: NOT });
add({ category: "offplan", q: "ring haninges kommundirektör och säg att jag blir sen", lang: "sv", kind: NOT });

// ---------------- topic ----------------
add({ category: "topic", q: "LG planning conference – dates?", lang: "en", expect: ["31 March", "1 April"], expectNot: ["28 January"] });
add({ category: "topic", q: "när är kommitténs planeringskonferens?", lang: "sv", expect: ["27", "28"], expectAny: [["jan"]], expectNot: ["31 mars"] });
add({ category: "topic", q: "var hålls södertörnskonferensen", lang: "sv", expect: ["Huddinge", "Tyresö"], expectNot: ["Salem"] });
add({ category: "topic", q: "where's the rådslag this year?", lang: "en", expect: ["Salem"], expectNot: ["Huddinge/Tyresö"] });
add({ category: "topic", q: "vad är syftet med ledningsgruppen?", lang: "sv", expect: ["förbereda"], expectAny: [["samordna"]] });
add({ category: "topic", q: "purpose of the samarbetskommitté?", lang: "en", expectAny: [["strengthen", "stärka"], ["regional"]] });
add({ category: "topic", q: "vad ingår i posten utredningar?", lang: "sv", expect: ["konsultstöd", "230 000"] });
add({ category: "topic", q: "who sits in LG and who sits in SK?", lang: "en", expectAny: [["kommundirektör", "municipal director", "chief executive", "city manager", "municipal manager"], ["kommunstyrelseordförande", "chair"]] });
add({ category: "topic", q: "explosiva varor – vilket förbund har det?", lang: "sv", expect: ["brandförsvarsförbund"] });
add({ category: "topic", q: "receptfria läkemedel, who handles the control?", lang: "en", expectAny: [["miljö- och hälsoskyddsförbund", "environment and health"]] });
add({ category: "topic", q: "vad täcker de 50 000 till huddinge?", lang: "sv", expectAny: [["kontorsservice"], ["arbetsrum"]] });

// ---------------- period ----------------
add({ category: "period", q: "SK meetings this autumn?", lang: "en", expect: ["22 September", "3 November", "8 December"] });
add({ category: "period", q: "LG i höst", lang: "sv", expect: ["9 september", "14 oktober", "25 november"] });
add({ category: "period", q: "LG next?", lang: "en", expect: ["20 May"] });
add({ category: "period", q: "next SK?", now: "2011-06-15T09:00:00+02:00", lang: "en", expect: ["22 September", "Nynäshamn"] });
add({ category: "period", q: "nästa SK-möte?", now: "2011-10-20T09:00:00+02:00", lang: "sv", expect: ["3 november", "Botkyrka"] });
add({ category: "period", q: "LG next?", now: "2011-11-10T09:00:00+01:00", lang: "en", expect: ["25 November"] });
add({ category: "period", q: "nästa SK", now: "2011-12-09T09:00:00+01:00", lang: "sv", expect: ["Södertälje"], expectAny: [["jan"]] });
add({ category: "period", q: "sista LG för året?", lang: "sv", expect: ["25 november"] });
add({ category: "period", q: "hur många LG-möten är kvar i år?", lang: "sv", expectAny: [["4", "fyra"]] });
add({ category: "period", q: "what's coming up this month?", now: "2011-09-05T09:00:00+02:00", lang: "en", expect: ["9 September", "22 September"] });
add({ category: "period", q: "SK-möten kvar före sommaren?", lang: "sv", expect: ["14 april", "9 juni"], expectNot: ["22 september"] });
add({ category: "period", q: "next LG?", now: "2011-02-10T09:00:00+01:00", lang: "en", expect: ["31 March"] });
add({ category: "period", q: "what's next in the calendar?", now: "2011-08-20T09:00:00+02:00", lang: "en", expect: ["1 September"], expectAny: [["Södertörnskonferens", "Södertörn conference", "Södertörn Conference"]] });

// ---------------- followup (conversations) ----------------
add({ category: "followup", conversation: [
  { q: "LG next?", lang: "en", expect: ["20 May"] },
  { q: "and after that?", lang: "en", expect: ["9 September"] },
  { q: "who hosts?", lang: "en", kind: NOT } ] });
add({ category: "followup", conversation: [
  { q: "nästa SK?", lang: "sv", expect: ["14 april", "Nykvarn"] },
  { q: "och efter det?", lang: "sv", expect: ["9 juni", "Salem"] },
  { q: "vilken tid?", lang: "sv", expectAny: [["12.00", "12:00"], ["15.00", "15:00"]] } ] });
add({ category: "followup", conversation: [
  { q: "who hosts the rådslag 2013?", lang: "en", expect: ["Botkyrka"] },
  { q: "and the year before?", lang: "en", expect: ["Nynäshamn"] } ] });
add({ category: "followup", conversation: [
  { q: "personalbudgeten?", lang: "sv", expect: ["580 000"] },
  { q: "per månad då?", lang: "sv", expect: ["48 333"] } ] });
add({ category: "followup", conversation: [
  { q: "which municipalities are in the överförmyndarnämnd?", lang: "en", expect: ["Botkyrka", "Haninge", "Huddinge", "Nynäshamn", "Tyresö"] },
  { q: "which one is the host?", lang: "en", expect: ["Haninge"] },
  { q: "since when?", lang: "en", expect: ["2011"], expectAny: [["1 January", "January 1"]] } ] });
add({ category: "followup", conversation: [
  { q: "SK i november?", lang: "sv", expect: ["3 november", "Botkyrka"] },
  { q: "vilken veckodag är det?", lang: "sv", expect: ["torsdag"] } ] });
add({ category: "followup", now: "2011-09-05T09:00:00+02:00", conversation: [
  { q: "next SK meeting?", lang: "en", expect: ["22 September", "Nynäshamn"] },
  { q: "and the one after?", lang: "en", expect: ["3 November", "Botkyrka"] },
  { q: "and the LG meeting before that one?", lang: "en", expect: ["14 October"] } ] });
add({ category: "followup", conversation: [
  { q: "miljöförbundet – vilka kommuner är med?", lang: "sv", expect: ["Haninge", "Nynäshamn", "Tyresö"] },
  { q: "sen när?", lang: "sv", expect: ["2008"] } ] });
add({ category: "followup", conversation: [
  { q: "konsultstöd – how much?", lang: "en", expect: ["230 000"] },
  { q: "and as a share of total costs?", lang: "en", expectAny: [["26", "27"]] } ] });
add({ category: "followup", conversation: [
  { q: "när var rådslaget i år?", lang: "sv", expect: ["24 mars", "Salem"] },
  { q: "vilka deltar förutom kommunerna?", lang: "sv", expect: ["KTH", "Handelskammaren", "Företagarna"] } ] });
add({ category: "followup", conversation: [
  { q: "Södertörn conference?", lang: "en", expect: ["1 September"] },
  { q: "where?", lang: "en", expect: ["Huddinge", "Tyresö"] },
  { q: "who attends?", lang: "en", expectAny: [["part"]] } ] });
add({ category: "followup", conversation: [
  { q: "vem är värd för SK 3/11?", lang: "sv", expect: ["Botkyrka"] },
  { q: "and 8/12?", lang: "en", expect: ["Tyresö"] } ] });
add({ category: "followup", conversation: [
  { q: "vision 2025?", lang: "sv", expectAny: [["halv miljon"]] },
  { q: "hur många bor där idag då?", lang: "sv", expect: ["430 000"] } ] });
add({ category: "followup", now: "2011-11-10T09:00:00+01:00", conversation: [
  { q: "SK kvar i år?", lang: "sv", expect: ["8 december", "Tyresö"] },
  { q: "och sen?", lang: "sv", expect: ["Södertälje"], expectAny: [["jan"]] } ] });
add({ category: "followup", conversation: [
  { q: "LG-möten i vår?", lang: "sv", expect: ["20 maj"] },
  { q: "what time do they run?", lang: "en", expectAny: [["8.30", "08.30", "08:30", "8:30"], ["13.00", "13:00"]] } ] });

// ---------------- typo ----------------
add({ category: "typo", q: "nästa ledingsgruppsmöte?", lang: "sv", expect: ["20 maj"] });
add({ category: "typo", q: "vem är värd för samarbetskomitén i juni", lang: "sv", expect: ["Salem"] });
add({ category: "typo", q: "nyckletalsdagen var?", lang: "sv", expect: ["Botkyrka"] });
add({ category: "typo", q: "överförmyndarnämdens värdkommun", lang: "sv", expect: ["Haninge"] });
add({ category: "typo", q: "Södertörnskonfernsen datum?", lang: "sv", expect: ["1 september"] });
add({ category: "typo", q: "whos hosting the SK-mötet in sept", lang: "en", expect: ["Nynäshamn", "22 September"] });
add({ category: "typo", q: "LG-datm i höst", lang: "sv", expect: ["9 september", "14 oktober", "25 november"] });
add({ category: "typo", q: "planerings konf för kommitén?", lang: "sv", expect: ["27", "28"], expectAny: [["jan"]] });

// ---------------- language ----------------
add({ category: "language", q: "SK 22/9 värd?", locale: "en-GB", lang: "en", expect: ["Nynäshamn"] });
add({ category: "language", q: "ÖFN?", locale: "sv-SE", lang: "sv", expect: ["Haninge"] });
add({ category: "language", q: "kostnader?", locale: "en-GB", lang: "en", expect: ["580 000", "50 000", "230 000"] });
add({ category: "language", q: "rådslaget 2015", locale: "en-US", lang: "en", expect: ["Södertälje"] });
add({ category: "language", q: "LG 14/10", lang: "sv", expectAny: [["14 oktober", "fredag"]] });
add({ category: "language", q: "can you tell me when nyckeltalsdagen is?", lang: "en", expect: ["6 October"] });
add({ category: "language", q: "Hej! Vad säger planen om förhållningssätt i samverkan?", locale: "en-GB", lang: "sv", expectAny: [["gemensamma nyttan"], ["ge och få"]] });

// ---------------- facts ----------------
add({ category: "facts", q: "what are the målområden in SUP 2010?", lang: "en", expectAny: [["Klimat", "Climate"], ["Infrastruktur", "Infrastructure"], ["Näringsliv", "Business", "Industry"], ["Mångfald", "Diversity"]] });
add({ category: "facts", q: "hur ofta träffas SK?", lang: "sv", expectAny: [["sex", "6"]] });
add({ category: "facts", q: "vilka regionala organ samordnar vi insatser i?", lang: "sv", expect: ["KSL", "Stockholms Business Alliance", "Mälardalsrådet"] });
add({ category: "facts", q: "which infrastructure projects does the plan mention?", lang: "en", expect: ["73", "Nynäsbanan", "Södertörnsleden", "E4"] });
add({ category: "facts", q: "who's in the rådslag besides the eight municipalities?", lang: "en", expect: ["KTH"], expectAny: [["Karolinska"], ["Södertörns högskola", "Södertörn University"], ["Handelskammaren", "Chamber of Commerce"], ["Företagarna", "Entrepreneurs"]] });
add({ category: "facts", q: "vad är södertörnskonferensen för något?", lang: "sv", expectAny: [["parti"], ["tjänstemän"]] });
add({ category: "facts", q: "nyckeltal – what is it?", lang: "en", expectAny: [["autumn", "6 October"]] });
add({ category: "facts", q: "Quick one – where should we put more time in 2011, the regional development questions or the verksamhetsfrågor?", lang: "en", expectAny: [["regional"]] });
add({ category: "facts", q: "när fastställdes SUP 2010?", lang: "sv", expectAny: [["hösten 2010"]] });
add({ category: "facts", q: "what areas does the collaboration have traditions in?", lang: "en", expectAny: [["gymnasie", "upper secondary", "secondary school"], ["räddningstjänst", "rescue", "fire"]] });
add({ category: "facts", q: "what does the plan say about joint procurement?", lang: "en", expectAny: [["offentlig upphandling", "public procurement"]] });
add({ category: "facts", q: "vilka är de viktigaste regionala utvecklingsfrågorna i SUP 2010", lang: "sv", expect: ["utbildningsnivå"], expectAny: [["klimateffektiv"]] });
add({ category: "facts", q: "gemensam ägarstyrning?", lang: "sv", expectAny: [["ägardialog", "bolagsordning", "direktiv"]] });
add({ category: "facts", q: "Hi, new here. Before my first SK meeting I'd like to understand what the two main areas of collaboration are and what steering document each one follows. Could you summarise?", lang: "en", expectAny: [["regional development", "regionala utvecklingsfrågor"], ["verksamhetsfrågor", "operational", "business", "service", "activit"], ["UtvecklingsProgram 2010", "Development Programme 2010", "Development Program 2010"]] });
add({ category: "facts", q: "vad står det om omvärldsbevakning?", lang: "sv", expect: ["kontaktnät"] });

// ================= change requests =================
const C = [];
const c = (o) => C.push(o);
const S = "secretariat", M = "member";

c({ category: "move", as: S, q: "flytta LG 20/5 till 27/5", kind: "confirm", lang: "sv", expect: ["27 maj"] });
c({ category: "move", as: S, q: "move the SK meeting on 22 Sept to 29 Sept", kind: "confirm", lang: "en", expect: ["29 September"] });
c({ category: "move", as: S, q: "kan du flytta nyckeltalsdagen till 13 oktober", kind: "confirm", lang: "sv", expect: ["13 oktober"] });
c({ category: "host", as: S, q: "ny värd för SK 9/6: Huddinge", kind: "confirm", lang: "sv", expect: ["Huddinge"] });
c({ category: "host", as: S, q: "change host of the SK meeting on 8 Dec to Haninge", kind: "confirm", lang: "en", expect: ["Haninge"] });
c({ category: "cancel", as: S, q: "ställ in LG-mötet 14/10", kind: "confirm", lang: "sv", expect: ["14 oktober"] });
c({ category: "cancel", as: S, q: "cancel SK on 3 November", kind: "confirm", lang: "en", expect: ["3 November"] });
c({ category: "add", as: S, q: "lägg in ett extra LG-möte fredag 17 juni", kind: "confirm", lang: "sv", expect: ["17 juni"] });
c({ category: "add", as: S, q: "add an SK meeting on 18 August, Salem hosting", kind: "confirm", lang: "en", expect: ["18 August", "Salem"] });
c({ category: "budgetline", as: S, q: "höj utredningar och konsultstöd till 250 000", kind: "confirm", lang: "sv", expect: ["250 000"] });
c({ category: "budgetline", as: S, q: "set the personnel line to 600 000", kind: "confirm", lang: "en", expect: ["600 000"] });
c({ category: "rotationhost", as: S, q: "rådslaget 2014 ska vara i haninge istället", kind: "confirm", lang: "sv", expect: ["Haninge"], expectAny: [["2014"]] });
c({ category: "rotationhost", as: S, q: "change the rådslag host for 2017 to Södertälje", kind: "confirm", lang: "en", expect: ["Södertälje"], expectAny: [["2017"]] });
c({ category: "history", as: S, q: "visa ändringar", kind: "history", lang: "sv" });
c({ category: "history", as: S, q: "what has changed in the plan so far?", kind: "history", lang: "en" });
c({ category: "missing", as: S, q: "flytta LG-mötet", kind: "clarify", lang: "sv" });
c({ category: "missing", as: S, q: "change the consultancy budget", kind: "clarify", lang: "en" });
c({ category: "missing", as: S, q: "byt värd för SK", kind: "clarify", lang: "sv" });
c({ category: "confirm", as: S, conversation: [
  { q: "flytta SK 14/4 till 28/4", as: S, kind: "confirm", lang: "sv", expect: ["28 april"] },
  { q: "ja", as: S, kind: "confirmed", lang: "sv" } ] });
c({ category: "confirm", as: S, conversation: [
  { q: "cancel LG on 9 Sept", as: S, kind: "confirm", lang: "en", expect: ["9 September"] },
  { q: "nej avbryt", as: S, kind: "cancelled", lang: "sv" } ] });
c({ category: "confirm", as: S, conversation: [
  { q: "sänk personal till 560 000", as: S, kind: "confirm", lang: "sv", expect: ["560 000"] },
  { q: "ok kör", as: S, kind: "confirmed", lang: "sv" },
  { q: "visa ändringar", as: S, kind: "history", lang: "sv", expect: ["560 000"] } ] });
// members
c({ category: "refused", as: M, q: "flytta SK 9/6 till 16/6", kind: "refused", lang: "sv", expectAny: [["sekretariat", "secretariat"]] });
c({ category: "refused", as: M, q: "change the rådslag host 2013 to Nykvarn", kind: "refused", lang: "en", expectAny: [["sekretariat", "secretariat"]] });
c({ category: "refused", as: M, q: "ställ in LG 25/11, vi har krock", kind: "refused", lang: "sv", expectAny: [["sekretariat", "secretariat"]] });
c({ category: "refused", as: M, q: "increase konsultstöd to 300 000 please", kind: "refused", lang: "en", expectAny: [["sekretariat", "secretariat"]] });
// questions that look like commands
c({ category: "move", as: S, q: "när är LG i maj?", lang: "sv", expect: ["20 maj"] });
c({ category: "host", as: S, q: "vem står som värd för SK 8/12 just nu?", lang: "sv", expect: ["Tyresö"] });
c({ category: "budgetline", as: S, q: "before I change it – what's the consultancy line at now?", lang: "en", expect: ["230 000"] });
c({ category: "rotationhost", as: M, q: "who's down to host the rådslag in 2016?", lang: "en", expect: ["Haninge"] });
c({ category: "cancel", as: M, q: "is the LG meeting on 14/10 still on?", lang: "en", startsWith: "Yes", expect: ["14 October"] });

const write = (file, description, items) => fs.writeFileSync(path.join(__dirname, file),
  JSON.stringify({ description, defaultNow: DEF, items }, null, 2) + "\n");
write("pool-questions.json", "Round 8 writer f: questions (kommundirektör persona, ~45% English)", Q);
write("pool-commands.json", "Round 8 writer f: change requests (secretariat + members)", C);
console.log("questions", Q.length, "commands", C.length);

// Round 3 change-request pool, written from the plan alone (no code or tests seen).
const S = "secretariat", M = "member";
// date group: Swedish, English and ISO forms of one date
const D = (day, svMonth, enMonth, mm) => [`${day} ${svMonth}`, `${day} ${enMonth}`, `2011-${mm}-${String(day).padStart(2, "0")}`];
const confirm = (category, q, group, extra = {}) => ({ category, q, expectAny: [group], kind: "confirm", lang: "sv", as: S, ...extra });
const confirmEn = (category, q, group, extra = {}) => ({ category, q, expectAny: [group], kind: "confirm", lang: "en", as: S, ...extra });
const refused = (q, extra = {}) => ({ category: "refused", q, expect: ["sekretariat"], kind: "refused", lang: "sv", as: M, ...extra });
const refusedEn = (q, extra = {}) => ({ category: "refused", q, expectAny: [["sekretariat", "secretariat"]], kind: "refused", lang: "en", as: M, ...extra });
const clarify = (q, lang = "sv") => ({ category: "clarify", q, kind: "clarify", lang, as: S });
const conv = (category, turns) => ({ category, conversation: turns });

const items = [
  // moves
  confirm("move", "ledningsgruppens möte 20/5 flyttas till 27/5", D(27, "maj", "May", "05")),
  confirm("move", "sk-mötet 22/9 behöver flyttas till 29 september", D(29, "september", "September", "09")),
  confirm("move", "vi flyttar nyckeltalsdagen till 13 oktober", D(13, "oktober", "October", "10")),
  confirm("move", "kan du lägga LG 9/9 på 16/9 istället", D(16, "september", "September", "09")),
  confirm("move", "SK 3/11 skjuts en vecka, till 10/11", D(10, "november", "November", "11")),
  confirm("move", "södertörnskonferensen blir 8 september i stället", D(8, "september", "September", "09")),
  confirm("move", "ändra datumet för sk-mötet i tyresö till 15 december", D(15, "december", "December", "12")),
  confirm("move", "LG-mötet 25/11 tidigareläggs till 18/11", D(18, "november", "November", "11")),
  confirm("move", "sk 9/6 får bli 16/6 istället", D(16, "juni", "June", "06")),
  confirmEn("move", "please move the committee meeting on 3 November to 17 November", D(17, "november", "November", "11")),
  confirmEn("move", "the LG meeting on 14 October needs to move to 28 October", D(28, "oktober", "October", "10")),
  confirmEn("move", "can we push Nyckeltal Södertörn to 20 October", D(20, "oktober", "October", "10")),
  confirm("move", "LG i oktober blir den 7:e i stället", D(7, "oktober", "October", "10")),
  confirm("move", "sk-mötet i botkyrka ska hållas 17/11 istället", D(17, "november", "November", "11")),
  confirm("move", "sk-mötet nästa vecka flyttas till 21/4", D(21, "april", "April", "04")),
  confirm("move", "första LG-mötet efter sommaren flyttas till 2/9", D(2, "september", "September", "09")),
  confirmEn("move", "the December committee meeting moves to 15 December", D(15, "december", "December", "12")),

  // new host for a meeting
  confirm("host", "sk-mötet 22/9 hålls i salem i stället för nynäshamn", ["Salem"]),
  confirm("host", "haninge tar över värdskapet för sk 3/11", ["Haninge"]),
  confirm("host", "nyckeltalsdagen blir i huddinge istället", ["Huddinge"]),
  confirm("host", "ny värd för sk-mötet 8/12 blir södertälje", ["Södertälje"]),
  confirmEn("host", "Nykvarn will host the committee meeting on 9 June instead of Salem", ["Nykvarn"]),
  confirm("host", "sk 14/4 blir hos tyresö", ["Tyresö"]),
  confirm("host", "södertörnskonferensen hålls i haninge i år", ["Haninge"]),

  // cancellations
  confirm("cancel", "LG-mötet 25/11 blir inte av", D(25, "november", "November", "11")),
  confirm("cancel", "sk-mötet 8/12 ställs in", D(8, "december", "December", "12")),
  confirm("cancel", "vi stryker ledningsgruppen 9/9", D(9, "september", "September", "09")),
  confirm("cancel", "nyckeltalsdagen 6/10 ställs in i år", D(6, "oktober", "October", "10")),
  confirmEn("cancel", "the committee meeting on 22 September is cancelled", D(22, "september", "September", "09")),
  confirm("cancel", "det blir inget LG-möte i maj", D(20, "maj", "May", "05")),
  confirm("cancel", "sista sk-mötet i år ställs in", D(8, "december", "December", "12")),
  confirm("cancel", "ta bort LG-mötet 14 oktober", D(14, "oktober", "October", "10")),

  // added meetings
  confirm("add", "lägg till ett extra LG-möte fredag 16/12", D(16, "december", "December", "12")),
  confirm("add", "vi behöver ett extrainsatt sk-möte 20/10", D(20, "oktober", "October", "10")),
  confirm("add", "lägg in ett extra ledningsgruppsmöte den 17 juni", D(17, "juni", "June", "06")),
  confirmEn("add", "add an extra SK meeting on 25 August in Huddinge", D(25, "augusti", "August", "08")),
  confirm("add", "extra sk-möte 1/12 i haninge", D(1, "december", "December", "12")),
  confirmEn("add", "please add an LG meeting on Friday 2 September", D(2, "september", "September", "09")),

  // budget line amounts
  confirm("budget", "personalkostnaderna höjs till 620 000", ["620 000"]),
  confirm("budget", "utredningar sänks till 200 000", ["200 000"]),
  confirm("budget", "ersättningen till huddinge blir 60 000 kr", ["60 000"]),
  confirm("budget", "avgifterna från kommunerna ökar till 900 000", ["900 000"]),
  confirmEn("budget", "staff costs go up to 595 000", ["595 000"]),
  confirm("budget", "vi lägger 250 000 på utredningar i stället", ["250 000"]),
  confirm("budget", "konsultstödet får 180 000", ["180 000"]),
  confirm("budget", "utredningar och konsultstöd: 240 000 kr", ["240 000"]),

  // rådslag host for a year
  confirm("rotationhost", "rådslaget 2016 hålls i huddinge istället för haninge", ["Huddinge"]),
  confirm("rotationhost", "byt värd för rådslaget 2013 till salem", ["Salem"]),
  confirmEn("rotationhost", "Tyresö will host the rådslag in 2015", ["Tyresö"]),
  confirm("rotationhost", "rådslaget 2012 blir i södertälje", ["Södertälje"]),
  confirm("rotationhost", "vi har bestämt att salem har rådslaget 2018", ["Salem"]),

  // history and undo (conversations)
  conv("history", [
    confirm("history", "flytta LG-mötet 14/10 till 28/10", D(28, "oktober", "October", "10")),
    { q: "ja", expectAny: [["28 oktober", "2011-10-28"]], lang: "sv", as: S },
    { q: "visa ändringar", expectAny: [["28 oktober", "2011-10-28"]], lang: "sv", as: S },
  ]),
  conv("undo", [
    confirm("undo", "sk-mötet 22/9 ställs in", D(22, "september", "September", "09")),
    { q: "ja", lang: "sv", as: S },
    { q: "ångra", expectAny: [["22 september", "2011-09-22"]], lang: "sv", as: S },
  ]),
  conv("history", [
    confirm("history", "personalen blir 610 000", ["610 000"]),
    { q: "japp", lang: "sv", as: S },
    { q: "vad kostar personalen nu", expect: ["610 000"], lang: "sv", as: S },
  ]),
  conv("history", [
    confirm("history", "rådslaget 2017 ska vara i salem", ["Salem"]),
    { q: "ja", lang: "sv", as: S },
    { q: "vem är värd för rådslaget 2017", expect: ["Salem"], lang: "sv", as: S },
  ]),
  conv("decline", [
    confirm("decline", "ställ in LG 20/5", D(20, "maj", "May", "05")),
    { q: "nej", lang: "sv", as: S },
    { q: "när är nästa LG-möte", expect: ["20 maj"], lang: "sv", as: S },
  ]),
  conv("history", [
    confirmEn("history", "move the committee meeting on 9 June to 16 June", D(16, "juni", "June", "06")),
    { q: "yes", lang: "en", as: S },
    { q: "show changes", expectAny: [["16 June", "16 juni", "2011-06-16"]], lang: "en", as: S },
  ]),
  conv("undo", [
    confirm("undo", "ändra utredningar till 300 000", ["300 000"]),
    { q: "ok", lang: "sv", as: S },
    { q: "ångra det", lang: "sv", as: S },
    { q: "vad kostar utredningarna", expect: ["230 000"], lang: "sv", as: S },
  ]),
  conv("clarify", [
    { q: "flytta sk-mötet 3/11", kind: "clarify", lang: "sv", as: S },
    { q: "till 10/11", expectAny: [D(10, "november", "November", "11")], kind: "confirm", lang: "sv", as: S },
  ]),
  conv("history", [
    confirm("history", "nyckeltalsdagen blir i salem", ["Salem"]),
    { q: "ja tack", lang: "sv", as: S },
    { q: "vilka ändringar har gjorts", expect: ["Salem"], lang: "sv", as: S },
  ]),
  conv("undo", [
    confirmEn("undo", "the LG meeting on 25 November is off", D(25, "november", "November", "11")),
    { q: "yes", lang: "en", as: S },
    { q: "undo that", expectAny: [["25 November", "25 november", "2011-11-25"]], lang: "en", as: S },
  ]),

  // clarify: something is missing
  clarify("flytta sk-mötet 9/6"),
  clarify("personalbudgeten ska ändras"),
  clarify("vi måste flytta LG-mötet"),
  clarify("ny värd för rådslaget 2014"),
  clarify("ett möte ska ställas in"),
  clarify("move the LG meeting to another date", "en"),
  clarify("lägg till ett extra möte"),
  clarify("byt värd för sk 22/9"),
  clarify("ändra beloppet för utredningar"),

  // refused: not in the secretariat
  refused("flytta sk-mötet 9/6 till 16/6"),
  refused("LG 25/11 blir inte av"),
  refused("personalkostnaden blir 700 000"),
  refused("rådslaget 2014 blir i nykvarn"),
  refusedEn("cancel the LG meeting on 9 September"),
  refused("lägg till ett extramöte i SK 20/10"),
  refused("nyckeltalsdagen flyttas till 13/10"),
  refused("ångra senaste ändringen"),
  refused("sk-mötet 8/12 ska vara i salem"),
  refusedEn("staff budget is now 650 000"),
  refused("ersättningen till huddinge höjs till 75 000"),
  refused("flytta LG 20/5 till 27/5 tack"),
];
module.exports = items;

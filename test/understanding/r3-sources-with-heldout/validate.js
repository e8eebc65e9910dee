// Sanity checks on the four round-3 files.
const fs = require("fs");
const files = ["r3-dev.json", "r3-heldout.json", "r3-commands-dev.json", "r3-commands-heldout.json"];
const examples = ["vem är värd två år efter nynäshamn", "kostar utredningarna mer än 250 000", "kostnader?", "kan du boka ett rum",
  "who hosts the rådslag in 2015", "ledningsgruppen 14/10 ska ligga 21/10 i stället"];
const seen = new Map(); let problems = 0;
const bad = (f, m) => { problems++; console.log("PROBLEM", f, m); };
for (const f of files) {
  const doc = JSON.parse(fs.readFileSync(__dirname + "/" + f, "utf8"));
  if (!doc.description || doc.defaultNow !== "2011-04-07T10:00:00+02:00" || !Array.isArray(doc.items)) bad(f, "shape");
  const cats = {};
  for (const it of doc.items) {
    cats[it.category] = (cats[it.category] || 0) + 1;
    const turns = it.conversation || [it];
    if (it.conversation && (turns.length < 2 || turns.length > 4)) bad(f, "conv length");
    const key = turns.map(t => t.q + "|" + (t.locale || "") + "|" + (t.now || "")).join(" / ");
    if (seen.has(key)) bad(f, "duplicate " + key + " also in " + seen.get(key)); else seen.set(key, f);
    for (const t of turns) {
      if (typeof t.q !== "string" || !t.q.trim()) bad(f, "no q");
      if (examples.includes(t.q) && !it.conversation) bad(f, "copies example " + t.q);
      if (!["sv", "en"].includes(t.lang)) bad(f, "lang " + t.q);
      for (const k of ["expect", "expectNot"]) if (t[k] && !(Array.isArray(t[k]) && t[k].every(x => typeof x === "string" && x))) bad(f, k + " " + t.q);
      if (t.expectAny && !(Array.isArray(t.expectAny) && t.expectAny.every(g => Array.isArray(g) && g.length && g.every(x => typeof x === "string")))) bad(f, "expectAny " + t.q);
      if (it.category === "yesno" && !["Ja", "Nej", "Yes", "No"].includes(t.startsWith)) bad(f, "yesno without startsWith " + t.q);
      if (t.startsWith && ((t.lang === "sv") !== ["Ja", "Nej"].includes(t.startsWith))) bad(f, "startsWith/lang " + t.q);
      if (it.category === "offplan" && JSON.stringify(t.kind) !== '["notInPlan","cannot"]') bad(f, "offplan kind " + t.q);
      if (t.now && isNaN(Date.parse(t.now))) bad(f, "now " + t.q);
      if (/commands/.test(f) && !t.as) bad(f, "no as " + t.q);
      if (t.kind === "refused" && t.as !== "member") bad(f, "refused as " + t.q);
      if (t.kind === "confirm" && !(t.expect || t.expectAny)) bad(f, "confirm w/o value " + t.q);
    }
  }
  console.log(f, doc.items.length, JSON.stringify(cats));
}
console.log(problems ? problems + " problems" : "ok");

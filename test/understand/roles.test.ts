// One role table (data/lexicon.json's roles), read the same by every reading of a role: each of its words, Swedish
// and English, is read by the yes/no of whether the role takes part in a body ("ska kommundirektörerna delta på
// SK:s möten?"), by a role's own meetings ("som ny kommundirektör, vilka möten ska jag gå på i höst?") and by a name
// asked ("vem är …", not in the plan). Before the table, each reading had a word list of its own, and words of one
// ("kso", "mayor", "kommunchef", "stadsdirektör", "chief executive", "KS-ordförande") were unknown to the other ("director", "ceo").
import { readFileSync } from 'node:fs';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { understand } from '../../bot/understand/understand.js';
import { rolesProblem } from '../../bot/understand/roles.js';
import { validateStore } from '../../bot/store/store.js';
import { SEED } from '../helpers/app.js';
import { LEXICON, freshCoreEach } from '../helpers/core.js';

const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const lexicon = buildLexicon(LEXICON, plan);
const q = (text: string) => understand({ text, plan, lexicon, now: new Date('2011-04-07T10:00:00+02:00') });

// The bodies the plan says each role is in or attends (its compositions and attendees, read by hand):
// the chairs make up the committee; the directors make up LG and attend the committee's meetings.
const PLAN_BODIES: Record<string, { bodies: string[]; inLG: boolean }> = {
  kommunstyrelseordforande: { bodies: ['samarbetskommitten'], inLG: false },
  kommundirektor: { bodies: ['ledningsgruppen', 'samarbetskommitten'], inLG: true },
};

const roles = Object.entries(LEXICON.roles ?? {});
/** Every word of the table as written in a message (a stem's letters, a phrase's words; a Swedish phrase hyphenated, "ks-ordforande"). */
const words = (lang: 'sv' | 'en') => roles.flatMap(([role, r]) => r[lang].map((w) => [lang === 'sv' ? w.replace(/\*$/, '').replace(/ /g, '-') : w.replace(/\*$/, ''), role] as const));

describe('the roles table', () => {
  it('holds the roles the plan names and words for them in both languages', () => {
    for (const role of Object.keys(PLAN_BODIES)) {
      expect(LEXICON.roles?.[role]?.sv.length).toBeGreaterThan(0);
      expect(LEXICON.roles?.[role]?.en.length).toBeGreaterThan(0);
    }
  });
});

// A role word that is also a kind of fact the plan lacks ("kontaktperson": who to contact is a name, lexicon
// notInPlanKinds) is read as that kind first, whatever the verb; the yes/no reads the others.
const lacking = new Set(Object.values(LEXICON.notInPlanKinds ?? {}).flatMap((k) => (typeof k === 'string' ? [] : k.words.map((w) => w.replace(/\*$/, '')))));
const yesNoWords = (lang: 'sv' | 'en') => words(lang).filter(([w]) => !lacking.has(w));

describe('every role word is read by the yes/no of a role taking part in a body', () => {
  const bot = freshCoreEach();
  it.each(yesNoWords('sv'))('"%s" (%s)', async (w, role) => {
    const asked = `ska ${w} delta på SK:s möten?`;
    expect(q(asked).cues).toContain('roleAttends');
    const sk = await bot.ask(asked);
    const lg = await bot.ask(`sitter ${w} i ledningsgruppen?`);
    const plain = PLAN_BODIES[role];
    expect(sk.text).toMatch(plain ? /^Ja – / : /^Nej – /);
    expect(lg.text).toMatch(plain?.inLG ? /^Ja – / : /^Nej – /);
  });
  it.each(yesNoWords('en'))('"%s" (%s)', async (w, role) => {
    const asked = `do the ${w} attend the SK meetings?`;
    expect(q(asked).cues).toContain('roleAttends');
    const sk = await bot.ask(asked);
    const lg = await bot.ask(`does the ${w} sit on LG?`);
    const plain = PLAN_BODIES[role];
    expect(sk.text).toMatch(plain ? /^Yes – / : /^No – /);
    expect(lg.text).toMatch(plain?.inLG ? /^Yes – / : /^No – /);
  });
});

describe('every word of a role the plan places in a body is read by the role’s own meetings', () => {
  const inPlan = (lang: 'sv' | 'en') => words(lang).filter(([, role]) => PLAN_BODIES[role]);
  it.each(inPlan('sv'))('"%s" (%s)', (w, role) => {
    expect(q(`som ny ${w}, vilka möten ska jag gå på i höst?`).bodies.slice().sort()).toEqual(PLAN_BODIES[role]!.bodies);
  });
  it.each(inPlan('en'))('"%s" (%s)', (w, role) => {
    expect(q(`I'm the new ${w} – which meetings am I expected to attend this autumn?`).bodies.slice().sort()).toEqual(PLAN_BODIES[role]!.bodies);
  });
});

describe('every role word asked "who is" is a name the plan does not give', () => {
  it.each([...words('sv').map(([w]) => `vem är ${w} i Salem?`), ...words('en').map(([w]) => `who is the ${w} in Salem?`)])('%s', (text) => {
    expect(q(text).notInPlanKinds).toContain('name');
  });
});

describe('the lexicon refuses a roles table it cannot read', () => {
  it('names a word in two roles, a word not folded, and a role without its lists', () => {
    expect(rolesProblem(LEXICON.roles)).toBeUndefined();
    expect(rolesProblem({ a: { sv: ['chef*'], en: [] }, b: { sv: [], en: ['chef*'] } })).toMatch(/"chef\*" is also a word of a/);
    expect(rolesProblem({ a: { sv: ['Ordförande'], en: [] } })).toMatch(/not a folded word/);
    expect(rolesProblem({ a: { sv: ['ordforande'] } })).toMatch(/needs lists sv and en/);
  });
});

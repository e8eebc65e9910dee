// The roles people hold (data/lexicon.json's roles): one table that every reading of a role reads. Whether a role
// takes part in a body ("ska kommundirektörerna delta på SK:s möten?", reason.ts roleClaim), a role's own meetings
// ("som ny kommundirektör, vilka möten ska jag gå på?", understand.ts) and a name asked ("vem är ordförande?") all
// find the role by these words, so a word one of them knows the others know too. A role's key is the plan's own
// word for it: the bodies it belongs to or attends are those whose composition or attendees start with it.

/** The roles table: by the plan's word for each role, its Swedish and English words. */
export type RolesTable = Record<string, { sv: string[]; en: string[] }>;
/** What the readers here need of the lexicon's data (lexicon.ts's LexiconData has it). */
type LexiconData = { roles?: RolesTable };

/** One word or phrase of a role (folded words; a trailing * a stem). */
interface RoleWord {
  role: string;
  parts: string[];
}

/** The table's words, longest phrase first, then in the table's order: "city manager" is read before "manager". */
const compiled = new WeakMap<object, readonly RoleWord[]>();
function roleWords(data: LexiconData): readonly RoleWord[] {
  const roles = data.roles;
  if (!roles) return [];
  let out = compiled.get(roles);
  if (!out) {
    out = Object.entries(roles)
      .flatMap(([role, r]) => [...r.sv, ...r.en].map((w) => ({ role, parts: w.split(' ') })))
      // (Array.prototype.sort is stable: within a length, the table's order stays.)
      .sort((a, b) => b.parts.length - a.parts.length);
    compiled.set(roles, out);
  }
  return out;
}

function wordAt(e: RoleWord, words: readonly string[], i: number): boolean {
  return e.parts.every((p, k) => {
    const w = words[i + k];
    return w !== undefined && (p.endsWith('*') ? w.startsWith(p.slice(0, -1)) : w === p);
  });
}

/** The role whose word or phrase starts at word i ("vem är <role>"), else undefined. */
export function roleAt(words: readonly string[], i: number, data: LexiconData): string | undefined {
  return roleWords(data).find((e) => wordAt(e, words, i))?.role;
}

/** The role the words name: its longest word or phrase anywhere (ties: the table's order), else undefined. */
export function roleIn(words: readonly string[], data: LexiconData): string | undefined {
  return roleWords(data).find((e) => words.some((_, i) => wordAt(e, words, i)))?.role;
}

/** The one-word entries of every role, folded without their stars: words never read as a typo of another term. */
export function singleRoleWords(data: LexiconData): string[] {
  return roleWords(data)
    .filter((e) => e.parts.length === 1)
    .map((e) => e.parts[0]!);
}

/**
 * What is wrong with a lexicon's roles table, else undefined: each role needs its Swedish and English words (lists,
 * maybe empty), each word folded as the reader folds a message, and a word in one role only (else which role it
 * names would be the table's order, not its meaning).
 */
export function rolesProblem(roles: unknown): string | undefined {
  if (roles === undefined) return undefined;
  if (!roles || typeof roles !== 'object' || Array.isArray(roles)) return 'roles: not an object of roles';
  const seen = new Map<string, string>();
  for (const [role, r] of Object.entries(roles as Record<string, unknown>)) {
    const entry = r as { sv?: unknown; en?: unknown } | null;
    if (!entry || typeof entry !== 'object' || !Array.isArray(entry.sv) || !Array.isArray(entry.en)) return `roles.${role}: needs lists sv and en`;
    for (const w of [...entry.sv, ...entry.en] as unknown[]) {
      if (typeof w !== 'string' || !/^[a-z0-9]+(?:[ -][a-z0-9]+)*\*?$/.test(w)) return `roles.${role}: "${String(w)}" is not a folded word or phrase (a-z, a trailing * for a stem)`;
      const other = seen.get(w);
      if (other !== undefined) return `roles.${role}: "${w}" is also a word of ${other}`;
      seen.set(w, role);
    }
  }
  return undefined;
}

// A question about what the asker's own proposal, still waiting for Bekräfta, would change ("ångra" proposed, then
// "vad kostar utredningarna?"): the answer is the plan as it is, and says that the proposal still waits and what it
// would make of the value, so the secretary is not left to think the change was made (or taken back) already.
import { say } from '../text/catalogue/index.js';
import type { Block, Reply } from './reply.js';

/** How long a proposal waits for its Bekräfta (bot/admin/secretariat.ts); an older one is decided by nothing. */
export const PROPOSAL_LIFETIME_MS = 24 * 60 * 60 * 1000;

interface Row {
  title: string;
  before: string;
  after: string;
}

const plain = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim().toLowerCase();

/** The reply's words as one plain text: its title, texts, facts, lists and bars. */
function replyText(r: Reply): string {
  const parts = [r.title];
  for (const b of r.blocks) {
    if (b.type === 'heading' || b.type === 'text') parts.push(b.text);
    else if (b.type === 'facts') parts.push(...b.facts.map((f) => `${f.title}: ${f.value}`));
    else if (b.type === 'list') parts.push(...b.items);
    else if (b.type === 'bars') parts.push(...b.rows.map((x) => `${x.label}: ${x.value}`));
  }
  return plain(parts.join('\n'));
}

function rowsOf(p: Record<string, unknown>): Row[] {
  const rows = p.rows;
  if (!Array.isArray(rows)) return [];
  return rows.filter((x): x is Row => typeof x === 'object' && x !== null && ['title', 'before', 'after'].every((k) => typeof (x as Record<string, unknown>)[k] === 'string'));
}

/**
 * The reply with a note of each of the asker's waiting proposals in this conversation (newest first) whose row names
 * what the reply states: the row's title and its value before the change both in the reply ("Utredningar, konsultstöd
 * mm" and "300 000 kr" in "Utredningar, konsultstöd mm: 300 000 kr"). The reply itself where none does.
 */
export function withWaitingProposals(r: Reply, pending: readonly Record<string, unknown>[], userId: string, conversationId: string, now: Date): Reply {
  const since = now.getTime() - PROPOSAL_LIFETIME_MS;
  const mine = pending.filter((p) => p.actor === userId && p.conversationId === conversationId && Date.parse(String(p.createdAt)) > since);
  if (!mine.length) return r;
  const text = replyText(r);
  const notes: Block[] = [];
  for (const p of [...mine].reverse()) {
    const rows = rowsOf(p).filter((row) => plain(row.title) && plain(row.before) && text.includes(plain(row.title)) && text.includes(plain(row.before)));
    if (rows.length) notes.push({ type: 'text', subtle: true, text: say(r.lang, 'proposalStillWaits', rows.map((row) => `${row.title}: ${row.before} → ${row.after}`).join('; ')) });
  }
  return notes.length ? { ...r, blocks: [...r.blocks, ...notes] } : r;
}

// The question the bot has asked a member and waits for an answer to ("flytta LG 20/5" → "Till vilket
// datum?"), per conversation and member: conversation state a turn reads and its effects set. Kept in
// memory only, like an open question in a conversation (lost on a restart: the member writes the request
// again), and bounded.
import type { Lang } from '../text/lang.js';

/** A request the bot asked the member to complete, waiting for their next message in this conversation. */
export interface Draft {
  text: string;
  lang: Lang;
  /** When it was asked (ms on the bot's clock). */
  at: number;
  /** The request as the question offered it ("Menar du fredag 20 maj?" → "flytta LG 20/5 till 26/5"): a yes takes it. */
  retry?: string;
  /**
   * The proposal the member has just cancelled ("nej"), as its change was stored: a corrected value in the
   * next message ("27/5 menade jag", "10 000 mer") proposes it corrected (admin/requests.ts readCorrection).
   * The admin commands read and check it; the core only keeps it.
   */
  cancelled?: { change: unknown; lang: Lang };
}

/** At most this many open questions wait; a new one beyond it drops the oldest. */
export const MAX_DRAFTS = 500;

export interface DraftMemory {
  get(conversationId: string, userId: string): Draft | undefined;
  set(conversationId: string, userId: string, draft: Draft | null): void;
}

export function createDraftMemory(max = MAX_DRAFTS): DraftMemory {
  const drafts = new Map<string, Draft>();
  const key = (conversationId: string, userId: string) => `${conversationId}\u0000${userId}`;
  return {
    get: (conversationId, userId) => drafts.get(key(conversationId, userId)),
    set(conversationId, userId, draft) {
      const k = key(conversationId, userId);
      if (!draft) {
        drafts.delete(k);
        return;
      }
      if (!drafts.has(k) && drafts.size >= max) drafts.delete(drafts.keys().next().value!);
      drafts.set(k, draft);
    },
  };
}

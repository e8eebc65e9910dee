// Effects as data: what a turn decided should happen, and the one runner that makes it happen. A turn
// (core/turn.ts, the commands) never writes; the runner applies its effects in order through the store's
// narrow methods and stops at the first that fails.
import type { Logger } from '../log.js';
import type { AuditInput, Store } from '../store/store.js';
import { StoreError, withHandledKey } from '../store/store.js';
import type { AuditEntry, Meeting, Plan, Subscription } from '../store/schema.js';
import type { Reply } from './reply.js';
import type { Draft, DraftMemory } from './drafts.js';

export type Effect =
  /** The conversation's follow-up context (what its last question was about). */
  | { kind: 'rememberContext'; conversationId: string; context: Record<string, unknown>; at: string }
  /** A conversation's subscription set (or removed, with null), audited. */
  | { kind: 'setSubscription'; conversationId: string; subscription: Subscription | null; audit: AuditInput }
  /** A proposed change waits for "Bekräfta"; proposals created before `dropBefore` (ms) go. */
  | { kind: 'propose'; pending: Record<string, unknown>; dropBefore: number }
  | { kind: 'cancelProposal'; pendingId: string }
  /**
   * A confirmed proposal applied: the new plan and secretariat, its audit entry, its handled key (a second
   * click applies nothing), the proposal gone. Decided on plan version `onVersion`: another version fails it.
   */
  | { kind: 'applyChange'; pendingId: string; key: string; onVersion: number; plan: Plan; secretariat: string[]; audit: AuditEntry; keepHandled: { prefix: string; count: number } }
  /** A dated copy of the store file; when it cannot be made the turn ends with `failed` instead. */
  | { kind: 'backup'; reason: string; failed: Reply }
  /** Tells the shell the meetings changed (it sends notices). */
  | { kind: 'meetingsChanged'; before: readonly Meeting[]; after: readonly Meeting[] }
  /** The member's open question in a conversation set, or (null) lapsed. */
  | { kind: 'setDraft'; conversationId: string; userId: string; draft: Draft | null }
  /** Puts the usage counts so far into the store. */
  | { kind: 'flushUsage' }
  | { kind: 'log'; level: 'debug' | 'info' | 'warn' | 'error'; message: string; fields?: Record<string, unknown> };

/**
 * The subscriptions once a conversation's is set (in its place, or added at the end) or removed (null):
 * what the runner writes, and what a command shows in its reply before the runner has written it.
 */
export function withSubscription(list: readonly Subscription[], conversationId: string, sub: Subscription | null): Subscription[] {
  if (!sub) return list.filter((s) => s.conversationId !== conversationId);
  const i = list.findIndex((s) => s.conversationId === conversationId);
  return i >= 0 ? list.map((s, j) => (j === i ? sub : s)) : [...list, sub];
}

export const log = (level: 'debug' | 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>): Effect => ({ kind: 'log', level, message, fields });

export interface RunnerDeps {
  store: Store;
  logger: Logger;
  meetingsChanged?: (before: readonly Meeting[], after: readonly Meeting[]) => void;
  usage?: { flush(): Promise<void> };
  drafts?: DraftMemory;
}

/** How running a turn's effects ended: all applied, or stopped by one with a reply to give instead. */
export type RunOutcome = { ok: true } | { ok: false; reply: Reply };

/**
 * Applies `effects` in order. A store write that fails throws (STORE_WRITE_FAILED: nothing of it changed)
 * and the effects after it are not applied; a failed backup ends the run with its reply.
 */
export async function runEffects(effects: readonly Effect[], deps: RunnerDeps): Promise<RunOutcome> {
  const { store, logger } = deps;
  for (const e of effects) {
    switch (e.kind) {
      case 'rememberContext': {
        const failed = (error: unknown) => logger.warn('could not store the conversation context', { error: error as Error });
        try {
          // Applied in memory now (the next message sees it); the file follows within a second.
          store.dialog.set(e.conversationId, { context: e.context, at: e.at }, failed);
        } catch (error) {
          // Losing a follow-up context is not worth failing the answer for.
          failed(error);
        }
        break;
      }
      case 'setSubscription':
        await store.commit(e.audit, ({ runtime }) => ({ runtime: { subscriptions: withSubscription(runtime.subscriptions, e.conversationId, e.subscription) } }));
        break;
      case 'propose':
        await store.commit(null, ({ runtime }) => ({
          runtime: { pending: [...runtime.pending.filter((x) => Date.parse(String(x.createdAt)) > e.dropBefore), e.pending] },
        }));
        break;
      case 'cancelProposal':
        await store.commit(null, ({ runtime }) => ({ runtime: { pending: runtime.pending.filter((x) => x.id !== e.pendingId) } }));
        break;
      case 'applyChange':
        await store.commit(null, ({ plan, runtime }) => {
          if (store.plan.plan !== plan || store.plan.version !== e.onVersion || runtime.handledKeys.some((k) => k.key === e.key)) {
            throw new StoreError('CHANGE_INVALID', '  the plan changed while the change was decided');
          }
          const handledKeys = withHandledKey(runtime.handledKeys, e.key, e.audit.at, e.keepHandled);
          return {
            plan: e.plan,
            runtime: {
              secretariat: e.secretariat,
              audit: [...runtime.audit, e.audit],
              pending: runtime.pending.filter((x) => x.id !== e.pendingId),
              handledKeys,
            },
          };
        });
        break;
      case 'backup':
        try {
          await store.backup(e.reason);
        } catch (error) {
          logger.error('store backup before an import failed', { error: error as Error });
          return { ok: false, reply: e.failed };
        }
        break;
      case 'meetingsChanged':
        deps.meetingsChanged?.(e.before, e.after);
        break;
      case 'setDraft':
        deps.drafts?.set(e.conversationId, e.userId, e.draft);
        break;
      case 'flushUsage':
        await deps.usage?.flush();
        break;
      case 'log':
        logger[e.level](e.message, e.fields);
        break;
    }
  }
  return { ok: true };
}

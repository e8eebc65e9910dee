// Marks the plan objects the store hands out. The store never edits them (a change replaces the plan with a
// new, validated one), so work derived from a marked object (sorted meetings, instants) can be kept with
// it and reused until the plan changes. Anything unmarked — a draft being edited inside store.update, a
// plan built by hand — is computed afresh every time.
import type { Plan } from './schema.js';

const stored = new WeakSet<object>();

export function markStored(plan: Plan): void {
  stored.add(plan);
  for (const m of plan.meetings) stored.add(m);
}

export function isStored(o: object): boolean {
  return stored.has(o);
}

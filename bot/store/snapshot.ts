// The plan as the store hands it out: frozen (nothing can edit it in place) and numbered. Work derived
// from a plan (sorted meetings, indexes, folded titles) is kept per version number, not per object: a
// plan the store did not hand out (a draft, a test's literal) has no version and is computed afresh.
import type { Plan } from './schema.js';

export interface PlanSnapshot {
  /** Unique in this process: a new plan (a confirmed change, another store) gets a new number. */
  readonly version: number;
  readonly plan: Plan;
}

const VERSION = Symbol('plan version');
let lastVersion = 0;

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as object)) deepFreeze(x);
  }
  return v;
}

/** Freezes `plan` (deeply) and gives it the next version number. */
export function snapshotOf(plan: Plan): PlanSnapshot {
  const version = ++lastVersion;
  // Not enumerable: JSON, structuredClone and equality in tests do not see it.
  Object.defineProperty(plan, VERSION, { value: version, enumerable: false });
  deepFreeze(plan);
  return Object.freeze({ version, plan });
}

/** The version of a plan the store handed out; undefined for any other plan. */
export function planVersion(plan: object): number | undefined {
  return (plan as { [VERSION]?: number })[VERSION];
}

/** Frozen data never changes, so what is derived from a frozen object may be kept with it. */
export function isImmutable(o: object): boolean {
  return Object.isFrozen(o);
}

/**
 * A value derived from a plan, kept per plan version (the last few versions: a bench or a test may hold
 * two stores). Plans without a version are computed every time.
 */
export class PlanMemo<T> {
  #kept: Array<{ version: number; value: T }> = [];
  constructor(private readonly keep = 4) {}
  get(plan: Plan, compute: () => T): T {
    const version = planVersion(plan);
    if (version === undefined) return compute();
    const hit = this.#kept.find((k) => k.version === version);
    if (hit) return hit.value;
    const value = compute();
    this.#kept.push({ version, value });
    if (this.#kept.length > this.keep) this.#kept.shift();
    return value;
  }
}

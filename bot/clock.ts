// The one clock. Everything that needs "now" is handed a Clock; only this file reads the system time.

export interface Clock {
  now(): Date;
}

/** The real time, or — with `startAt` (BOT_NOW) — a clock that starts at that instant and runs on. */
export function createClock(startAt?: Date, systemNow: () => number = () => Date.now()): Clock {
  if (!startAt) return { now: () => new Date(systemNow()) };
  const offset = startAt.getTime() - systemNow();
  return { now: () => new Date(systemNow() + offset) };
}

/** A clock that only moves when told to: for tests. */
export class ManualClock implements Clock {
  private t: number;
  constructor(start: Date | string) {
    this.t = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.t);
  }
  set(to: Date | string): void {
    this.t = new Date(to).getTime();
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

import { createClock, ManualClock } from '../bot/clock.js';

describe('the clock', () => {
  it('starts at BOT_NOW and runs on from there', () => {
    let system = 1_000_000;
    const clock = createClock(new Date('2011-04-07T08:55:00Z'), () => system);
    expect(clock.now().toISOString()).toBe('2011-04-07T08:55:00.000Z');
    system += 90_000;
    expect(clock.now().toISOString()).toBe('2011-04-07T08:56:30.000Z');
  });

  it('is the system time without BOT_NOW', () => {
    const clock = createClock(undefined, () => Date.UTC(2026, 10, 26, 12));
    expect(clock.now().toISOString()).toBe('2026-11-26T12:00:00.000Z');
  });

  it('has a manual variant for tests that only moves when told', () => {
    const c = new ManualClock('2011-01-01T00:00:00Z');
    c.advance(60_000);
    expect(c.now().toISOString()).toBe('2011-01-01T00:01:00.000Z');
    c.set('2011-03-27T00:30:00Z');
    expect(c.now().toISOString()).toBe('2011-03-27T00:30:00.000Z');
  });
});

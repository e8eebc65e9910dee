// A child process for test/store/crash.test.ts: opens the store and changes the plan in a long serial
// stream, printing each change's index once store.update() has confirmed it (it is on disk). Change i
// sets meeting sk-2011-04-14's sequence to i and its date to i days after 2011-01-01, makes municipality
// number i (round the list) host the 2014 rådslag, and adds an audit entry.
//   node --import ./test/helpers/ts-register.mjs test/helpers/storeWriter.ts <store> <seed> <count>
import { ManualClock } from '../../bot/clock.js';
import { openStore } from '../../bot/store/store.js';

export const MEETING = 'sk-2011-04-14';
export const ROTATION_YEAR = 2014;

export function dateOf(i: number): string {
  return new Date(Date.UTC(2011, 0, 1 + (i % 3000))).toISOString().slice(0, 10);
}

async function main(): Promise<void> {
  const [storePath, seedPath, count] = process.argv.slice(2) as [string, string, string];
  const store = await openStore({ storePath, seedPath, clock: new ManualClock('2011-04-07T10:00:00+02:00') });
  const hosts = store.data.plan.municipalities.map((m) => m.id);
  const start = (store.data.plan.meetings.find((m) => m.id === MEETING)!.sequence ?? 0) + 1;
  for (let i = start; i < start + Number(count); i++) {
    await store.update({ actor: 'crash-test', action: 'meeting.move', summary: `write ${i}` }, (d) => {
      const m = d.plan.meetings.find((x) => x.id === MEETING)!;
      m.sequence = i;
      m.date = { kind: 'day', date: dateOf(i) };
      d.plan.hostRotations.find((r) => r.year === ROTATION_YEAR)!.host = hosts[i % hosts.length]!;
    });
    process.stdout.write(`${i}\n`);
  }
}

if (process.argv[1]?.endsWith('storeWriter.ts')) {
  main().catch((e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  });
}

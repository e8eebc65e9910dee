// A plan 100 times larger than the 2011 seed: the 2011 calendar repeated for 100 years (fresh meeting
// ids, dates shifted by whole years), a budget and a rådslag host per year; and a store holding it with
// 1 000 subscribed conversations whose serviceUrl is the bench's fake connector. The schema keeps
// budget and rotation years within 2000–2100, so the years run 2000–2099: eleven years of history
// before the 2011 plan and 88 after it.
import { readFileSync } from 'node:fs';
import { validateStore } from '../bot/store/store.js';
import type { Conversation, Meeting, MeetingDate, Plan, StoreData, Subscription } from '../bot/store/schema.js';

export function readSeed(seedPath: string): StoreData {
  return validateStore(JSON.parse(readFileSync(seedPath, 'utf8')));
}

const shiftDate = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

function shiftMeetingDate(d: MeetingDate, years: number): MeetingDate {
  switch (d.kind) {
    case 'day':
      return { kind: 'day', date: shiftDate(d.date, years) };
    case 'days':
      return { kind: 'days', start: shiftDate(d.start, years), end: shiftDate(d.end, years) };
    case 'month':
      return { kind: 'month', month: shiftDate(d.month, years) };
  }
}

/** The seed's plan over `years` years from `firstYear`: meetings, budgets and rotations per year. */
export function bigPlan(seed: Plan, years: number, firstYear = 2000): Plan {
  const base = seed.calendarYears[0]!;
  const offsets = Array.from({ length: years }, (_, i) => firstYear - base + i);
  const meetings: Meeting[] = [];
  for (const k of offsets) {
    for (const m of seed.meetings) {
      const shifted: Meeting = { ...m, date: shiftMeetingDate(m.date, k) };
      // Fresh ids: the seed's ids end in their date (sk-2011-04-14); a suffix keeps every id unique.
      meetings.push(k === 0 ? m : { ...shifted, id: `${m.id}-${k < 0 ? 'm' : 'p'}${Math.abs(k)}` });
    }
  }
  const first = seed.budgets[0]!;
  const budgets = offsets.map((k) => ({ ...first, year: first.year + k }));
  // One host per year per rotating body, cycling through the seed's order (2011–2018 as in the plan).
  const rotationBodies = [...new Set(seed.hostRotations.map((r) => r.body))];
  const hostRotations = rotationBodies.flatMap((body) => {
    const cycle = seed.hostRotations.filter((r) => r.body === body).sort((a, b) => a.year - b.year);
    const n = cycle.length;
    return offsets.map((k) => ({ ...cycle[((k % n) + n) % n]!, year: cycle[0]!.year + k }));
  });
  const calendarYears = offsets.map((k) => base + k);
  return { ...seed, meetings, budgets, hostRotations, calendarYears };
}

/** `count` conversations subscribed to reminders, their references pointing at `serviceUrl`. */
export function subscribedConversations(count: number, serviceUrl: string, since: string): { conversations: Conversation[]; subscriptions: Subscription[] } {
  const bodies = [['*'], ['ledningsgruppen'], ['samarbetskommitten'], ['radslaget', 'ledningsgruppen']];
  const conversations: Conversation[] = [];
  const subscriptions: Subscription[] = [];
  for (let i = 0; i < count; i++) {
    const id = `19:bench-channel-${i}@thread.tacv2`;
    conversations.push({
      id,
      channel: 'botframework',
      reference: {
        channelId: 'msteams',
        serviceUrl,
        conversation: { id, conversationType: 'channel', tenantId: 'bench-tenant', isGroup: true },
        bot: { id: 'bot-1', name: 'Södertörnsboten' },
      },
      active: true,
      updatedAt: since,
    });
    subscriptions.push({
      conversationId: id,
      lang: 'sv',
      bodies: bodies[i % bodies.length]!,
      leads: [
        { unit: 'days', value: 7 },
        { unit: 'days', value: 1 },
      ],
      secretariat: i === 0,
      active: true,
      createdAt: since,
      since,
    });
  }
  return { conversations, subscriptions };
}

/** A whole store document: the plan and runtime state with the subscribed conversations. */
export function storeWith(seed: StoreData, plan: Plan, subs: { conversations: Conversation[]; subscriptions: Subscription[] }): StoreData {
  return validateStore({ schemaVersion: seed.schemaVersion, plan, runtime: { ...seed.runtime, ...subs } });
}

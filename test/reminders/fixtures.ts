// Shared builders for the reminder tests: the seed plan, subscriptions and sent records.
import { readFileSync } from 'node:fs';
import { validateStore } from '../../bot/store/store.js';
import type { Meeting, Plan, SentReminder, Subscription } from '../../bot/store/schema.js';
import { SEED } from '../helpers/app.js';

export function seedPlan(): Plan {
  return validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
}

export function sub(over: Partial<Subscription> = {}): Subscription {
  return {
    conversationId: 'conv-lg',
    bodies: ['ledningsgruppen'],
    leads: [
      { unit: 'days', value: 7 },
      { unit: 'days', value: 1 },
    ],
    secretariat: false,
    active: true,
    createdAt: '2011-01-01T00:00:00.000Z',
    lang: 'sv',
    ...over,
  };
}

export function withMeeting(plan: Plan, m: Partial<Meeting> & Pick<Meeting, 'id' | 'date'>): Plan {
  const meeting: Meeting = {
    body: 'ledningsgruppen',
    time: { kind: 'clock', start: '10:00', end: '12:00' },
    hosts: [],
    certainty: 'confirmed',
    status: 'planned',
    ...m,
  };
  return { ...plan, meetings: [...plan.meetings.filter((x) => x.id !== m.id), meeting] };
}

export function changeMeeting(plan: Plan, id: string, change: Partial<Meeting>): Plan {
  return { ...plan, meetings: plan.meetings.map((m) => (m.id === id ? { ...m, ...change } : m)) };
}

export function sent(key: string, over: Partial<SentReminder> = {}): SentReminder {
  const [kind, conversationId, meetingId] = key.split('|') as [SentReminder['kind'], string, string];
  return { key, kind, conversationId, meetingId, dueAt: '2011-01-01T00:00:00.000Z', state: 'sent', at: '2011-01-01T00:00:00.000Z', late: false, attempts: 1, ...over };
}

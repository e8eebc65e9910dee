// The domain wording in Swedish and English (see index.ts for the entry shape).
import type { Entry } from './entry.js';

export const DOMAIN = {
  // bot/domain/calendar.ts
  fullDays: { sv: 'heldagar', en: 'full days' },
  fullDay: { sv: 'heldag', en: 'full day' },
  lunchToLunch: { sv: 'lunch till lunch', en: 'lunch to lunch' },
  timeNotSet: { sv: 'tid ej angiven', en: 'time not set' },
  monthDayNotGiven: { sv: (formatMonth: string) => `${formatMonth} (planen angav ingen dag)`, en: (formatMonth: string) => `${formatMonth} (the plan gave no day)` },
  monthDayNotSet: { sv: (formatMonth: string) => `${formatMonth} (dagen är inte bestämd än)`, en: (formatMonth: string) => `${formatMonth} (the day is not set yet)` },
  clockTime: { sv: (time: string) => time.replace(':', '.'), en: (time: string) => time },
  // bot/domain/names.ts
  allMeetings: { sv: 'alla möten', en: 'all meetings' },
  leadSameDay: { sv: 'samma dag kl. 09.00', en: 'the same day at 09:00' },
  leadHours: { sv: (hours: number) => `${hours} ${hours === 1 ? 'timme' : 'timmar'} före`, en: (hours: number) => `${hours} ${hours === 1 ? 'hour' : 'hours'} before` },
  leadDays: { sv: (days: number) => `${days} ${days === 1 ? 'dag' : 'dagar'} före kl. 09.00`, en: (days: number) => `${days} ${days === 1 ? 'day' : 'days'} before at 09:00` },
} satisfies Record<string, Entry>;

// The channels wording in Swedish and English (see index.ts for the entry shape).
import type { Entry } from './entry.js';

export const CHANNELS = {
  // bot/channels/botframework/activity.ts
  locale: { sv: 'sv-SE', en: 'en-GB' },
} satisfies Record<string, Entry>;

// The core wording in Swedish and English (see index.ts for the entry shape).
import type { Entry } from './entry.js';

export const CORE = {
  // bot/core/bot.ts
  notSavedTitle: { sv: 'Det gick inte att spara', en: 'Could not save' },
  notSavedText: { sv: 'Ändringen kunde inte sparas, så inget ändrades. Försök igen om en stund; kvarstår felet, be den som driftar boten att se över lagringen.', en: 'The change could not be saved, so nothing changed. Please try again shortly; if it persists, ask whoever runs the bot to check its storage.' },
  // bot/core/receive.ts
  turnFailed: { sv: 'Något gick fel hos mig. Försök igen om en stund.', en: 'Something went wrong on my side. Please try again shortly.' },
  // bot/core/turn.ts
  tooLongTitle: { sv: 'Det var ett långt meddelande', en: 'That is a long message' },
  tooLongText: { sv: (max: number) => `Jag läser frågor på högst ${max.toLocaleString('sv-SE')} tecken. Ställ en kortare fråga, så svarar jag.`, en: (max: number) => `I read questions of up to ${max.toLocaleString('en-GB')} characters. Ask a shorter question and I will answer.` },
  // bot/core/waiting.ts
  proposalStillWaits: { sv: (rows: string) => `Ditt förslag väntar fortfarande på bekräftelse: ${rows}. Inget ändras förrän du skriver "bekräfta" (eller trycker Bekräfta); "avbryt" stryker det.`, en: (rows: string) => `Your proposal is still waiting for confirmation: ${rows}. Nothing changes until you type "confirm" (or press Confirm); "cancel" drops it.` },
} satisfies Record<string, Entry>;

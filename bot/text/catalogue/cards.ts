// The cards wording in Swedish and English (see index.ts for the entry shape).
import type { Entry } from './entry.js';

export const CARDS = {
  // cards/blockkit.ts
  slackFormInTeams: { sv: (label: string) => `${label}: (formulär finns i Teams – använd textkommandot här)`, en: (label: string) => `${label}: (form in Teams – use the text command here)` },
  slackAnswerShortened: { sv: '… svaret är för långt för ett Slack-meddelande och har kortats.', en: '… the answer is too long for one Slack message and was shortened.' },
  // cards/text.ts
  tryLabel: { sv: 'Prova', en: 'Try' },
} satisfies Record<string, Entry>;

// The tab wording in Swedish and English (see index.ts for the entry shape).
import type { Entry } from './entry.js';

export const TAB = {
  // bot/tab/page.ts
  tabTitle: { sv: 'Planen – Södertörnsboten', en: 'The plan – Södertörn bot' },
  tabLoading: { sv: 'Hämtar planen …', en: 'Loading the plan …' },
  tabNoscript: { sv: 'Sidan behöver JavaScript för att visa planen. Kalendern finns också som kalenderfil: ', en: 'This page needs JavaScript to show the plan. The calendar is also available as a calendar file: ' },
  tabCalendarFile: { sv: 'alla möten (.ics)', en: 'all meetings (.ics)' },
} satisfies Record<string, Entry>;

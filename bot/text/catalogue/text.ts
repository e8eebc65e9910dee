// The text wording in Swedish and English (see index.ts for the entry shape).
import type { Entry } from './entry.js';

export const TEXT = {
  // bot/text/dates.ts
  clockPattern: { sv: 'HH.mm', en: 'HH:mm' },
  weekdayPlural: { sv: (name: string) => `${name}ar`, en: (name: string) => `${name[0]!.toUpperCase()}${name.slice(1)}s` },
  // bot/text/format.ts
  listAnd: { sv: 'och', en: 'and' },
  percent: { sv: (p: string) => `${p.replace('.', ',')} %`, en: (p: string) => `${p}%` },
} satisfies Record<string, Entry>;

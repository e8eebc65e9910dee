// The tab wording in Swedish and English (see index.ts for the entry shape).
import type { Entry } from './entry.js';

export const TAB = {
} satisfies Record<string, Entry>;

// The one Swedish/English string catalogue (issue #13): every user-facing wording of the bot is an entry here,
// read through say(lang, 'key', …parts). Entries live in one file per feature area; the keys are unique across
// them (test/text/catalogue.test.ts checks).
import type { Lang } from '../lang.js';
import { ADMIN } from './admin.js';
import { ANSWERS } from './answers.js';
import { CARDS } from './cards.js';
import { CHANNELS } from './channels.js';
import { CORE } from './core.js';
import { DOMAIN } from './domain.js';
import type { Entry } from './entry.js';
import { REMINDERS } from './reminders.js';
import { TAB } from './tab.js';
import { TEXT } from './text.js';

export type { Entry } from './entry.js';

export const AREAS = { admin: ADMIN, answers: ANSWERS, cards: CARDS, channels: CHANNELS, core: CORE, domain: DOMAIN, reminders: REMINDERS, tab: TAB, text: TEXT } as const;

export const CATALOGUE = { ...TEXT, ...DOMAIN, ...CORE, ...CHANNELS, ...CARDS, ...TAB, ...REMINDERS, ...ADMIN, ...ANSWERS } satisfies Record<string, Entry>;

type Catalogue = typeof CATALOGUE;
export type TextKey = keyof Catalogue;

// Both languages of an entry take the same parameters: a key whose English takes other parts than its Swedish
// makes this assignment fail to compile.
type Params<F> = F extends (...args: infer A) => string ? A : [];
type SameParams<E> = E extends { sv: infer S; en: infer N }
  ? [Params<S>] extends [Params<N>]
    ? [Params<N>] extends [Params<S>]
      ? E
      : never
    : never
  : never;
const sameParams: { [K in TextKey]: SameParams<Catalogue[K]> } = CATALOGUE;
void sameParams;

/** The entry's wording in the reply's language, built from the parts the entry asks for. */
export function say<K extends TextKey>(lang: Lang, key: K, ...parts: Params<Catalogue[K]['sv']>): string {
  const text: Entry['sv'] = CATALOGUE[key][lang];
  return typeof text === 'function' ? text(...parts) : text;
}

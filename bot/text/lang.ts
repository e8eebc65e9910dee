// The two languages the bot answers in, and the one way to choose a wording by language.
export type Lang = 'sv' | 'en';

/** The Swedish or the English wording, by the reply's language. Only bot/answers and bot/understand still use
 * it: elsewhere every wording is an entry in ./catalogue (say). */
export const t = (lang: Lang, sv: string, en: string): string => (lang === 'sv' ? sv : en);

/** 'en' where a value from outside (a button's) says English; Swedish is the default, so nothing else is read. */
export function englishIn(value: unknown): 'en' | undefined {
  return value === 'en' ? 'en' : undefined;
}

// The two languages the bot answers in, and the one way to choose a wording by language.
export type Lang = 'sv' | 'en';

/** The Swedish or the English wording, by the reply's language. */
export const t = (lang: Lang, sv: string, en: string): string => (lang === 'sv' ? sv : en);

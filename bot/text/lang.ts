// The two languages the bot answers in. Every wording in either is an entry in ./catalogue, read through say().
export type Lang = 'sv' | 'en';

/** 'en' where a value from outside (a button's) says English; Swedish is the default, so nothing else is read. */
export function englishIn(value: unknown): 'en' | undefined {
  return value === 'en' ? 'en' : undefined;
}

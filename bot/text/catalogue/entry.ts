// What one catalogue entry is: the same text in Swedish and English, either fixed or a function of the parts it
// is built from. Both languages take the same parameters (checked in index.ts by type, in the test by arity).
export type Entry =
  | { readonly sv: string; readonly en: string }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  | { readonly sv: (...args: any[]) => string; readonly en: (...args: any[]) => string };

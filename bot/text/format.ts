// Numbers and lists in words, the same in every answer, card and notice: "580 000 kr", "67,4 %",
// "Botkyrka, Haninge och Salem", "2011–2014".
import type { Lang } from './lang.js';
import { say } from './catalogue/index.js';

/** "67,4 %" in Swedish, "67.4%" in English. */
export function percent(share: number, lang: 'sv' | 'en' = 'sv'): string {
  const p = String(Math.round(share * 1000) / 10);
  return say(lang, 'percent', p);
}

/** "580 000 kr" (an ordinary space between thousands, in both languages). */
export function kronor(amount: number): string {
  const sign = amount < 0 ? '−' : '';
  return `${sign}${String(Math.abs(Math.round(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} kr`;
}

/** "430 000", "53 750", "4,5": a number as Swedish writes it, an ordinary space between thousands (both languages). */
export function grouped(n: number): string {
  return n.toLocaleString('sv-SE').replace(/\s/g, ' ');
}

/** "Ledningsgruppen …" of "ledningsgruppen …": a reply's first letter in upper case, the rest as written. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function listText(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${say(lang, 'listAnd')} ${items.at(-1)}`;
}

/** Years as runs: "2011", "2011 och 2013", "2000–2010 och 2012–2099" (a plan may hold a century). */
export function yearsText(years: number[], lang: Lang): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    // Two years in a row read better as a pair than as a run: "2011 och 2012".
    if (j - i >= 2) runs.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) runs.push(String(sorted[k]));
    i = j + 1;
  }
  return listText(runs, lang);
}

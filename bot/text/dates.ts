// Dates and clock times in words, in Stockholm: "torsdag 14 april 2011", "april 2011", "14.32" / "14:32",
// "torsdagar". Depends only on the date and the language; the plan's meetings are written in domain/calendar.ts.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { sv } from 'date-fns/locale/sv';
import type { Lang } from './lang.js';
import { say } from './catalogue/index.js';

export const TIME_ZONE = 'Europe/Stockholm';
const MAX_WORDS = 20_000;

const LOCALES = { sv, en: enGB } as const;

function localDate(date: string): TZDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, 12, 0, TIME_ZONE);
}

// Dates in words depend only on the date and the language: remembered (bounded), as listings repeat them.
const words = new Map<string, string>();
function remembered(key: string, make: () => string): string {
  let v = words.get(key);
  if (v === undefined) {
    if (words.size >= MAX_WORDS) words.clear();
    words.set(key, (v = make()));
  }
  return v;
}

export function formatDay(date: string, lang: Lang, withYear = true): string {
  return remembered(`${date}|${lang}|${withYear ? 'y' : ''}`, () => {
    const pattern = withYear ? 'EEEE d MMMM yyyy' : 'EEEE d MMMM';
    return format(localDate(date), pattern, { locale: LOCALES[lang] });
  });
}

export function formatMonth(month: string, lang: Lang): string {
  return remembered(`${month}|${lang}|m`, () => format(localDate(`${month}-01`), 'MMMM yyyy', { locale: LOCALES[lang] }));
}

/** An instant's clock time in Stockholm: "14.32" (sv), "14:32" (en). */
export function formatClock(at: Date, lang: Lang): string {
  return format(new TZDate(at.getTime(), TIME_ZONE), say(lang, 'clockPattern'));
}

export function weekdayName(isoWeekday: number, lang: Lang, plural = false): string {
  // 2024-01-01 was a Monday.
  const d = localDate(`2024-01-0${isoWeekday}`);
  const name = format(d, 'EEEE', { locale: LOCALES[lang] });
  if (!plural) return name;
  return say(lang, 'weekdayPlural', name);
}


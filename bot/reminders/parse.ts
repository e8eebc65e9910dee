// Pure parsing of the subscription commands, on text already folded by fold() (lower case, no diacritics,
// no punctuation). Every trigger is anchored at the start and the end of the message, so ordinary
// questions ("när är nästa LG?", "påminner du om mötena?") never match.
import { fold, tokens } from '../understand/normalize.js';
import { type Lang } from '../text/lang.js';
import type { Plan } from '../store/schema.js';
import type { Lead } from './due.js';
import { say } from '../text/catalogue/index.js';

/** Which meetings: every body ('*'), some bodies, or words that are not a body. */
export type Target = { kind: 'all' } | { kind: 'bodies'; bodies: string[] } | { kind: 'unknown'; words: string[] } | { kind: 'none' };

export type ParsedCommand =
  | { type: 'subscribe'; lang: Lang; target: Target }
  | { type: 'secretariat'; lang: Lang }
  | { type: 'unsubscribe'; lang: Lang; target: Target }
  | { type: 'list'; lang: Lang }
  | { type: 'leads'; lang: Lang; leads: Lead[] | { error: string } };

const ALL = new Set(['alla moten', 'alla', 'allt', 'alla organ', 'hela kalendern', 'all meetings', 'all', 'everything', 'every meeting', 'the whole calendar']);
/** Words that may sit between body names: "LG och SK", "ledningsgruppens möten". */
const FILLER = new Set(['och', 'samt', 'and', 'the', 'pa', 'to', 'for', 'mote', 'moten', 'motena', 'motet', 'meeting', 'meetings', 'plus']);

/** Folded name and aliases of every body → body id, longest phrases first. */
export function bodyPhrases(plan: Plan): Array<{ words: string[]; id: string }> {
  const out: Array<{ words: string[]; id: string }> = [];
  for (const b of plan.bodies) {
    for (const name of [b.id, b.name, ...b.aliases]) {
      const words = tokens(fold(name));
      if (words.length > 0) out.push({ words, id: b.id });
    }
  }
  return out.sort((a, b) => b.words.length - a.words.length);
}

export function parseTarget(folded: string, plan: Plan): Target {
  const text = folded.trim();
  if (!text) return { kind: 'none' };
  if (ALL.has(text) || ALL.has(text.replace(/^(?:pa|to) /, ''))) return { kind: 'all' };
  const phrases = bodyPhrases(plan);
  const words = tokens(text);
  const bodies: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < words.length; ) {
    const match = phrases.find((p) =>
      p.words.every((w, k) => {
        const word = words[i + k];
        // "ledningsgruppens" (genitive) is "ledningsgruppen".
        return word === w || (k === p.words.length - 1 && word === `${w}s`);
      }),
    );
    if (match) {
      if (!bodies.includes(match.id)) bodies.push(match.id);
      i += match.words.length;
      continue;
    }
    if (!FILLER.has(words[i]!)) unknown.push(words[i]!);
    i += 1;
  }
  if (unknown.length > 0) return { kind: 'unknown', words: unknown };
  if (bodies.length === 0) return { kind: 'none' };
  return { kind: 'bodies', bodies };
}

// Maps, not objects: the words come from the message ("constructor" is no number).
const NUMBER_WORDS = new Map<string, number>(Object.entries({
  en: 1, ett: 1, one: 1, a: 1, an: 1, tva: 2, two: 2, tre: 3, three: 3, fyra: 4, four: 4, fem: 5, five: 5,
  sex: 6, six: 6, sju: 7, seven: 7, atta: 8, eight: 8, nio: 9, nine: 9, tio: 10, ten: 10, elva: 11,
  eleven: 11, tolv: 12, twelve: 12, fjorton: 14, fourteen: 14,
}));
const UNITS = new Map<string, { unit: Lead['unit']; factor: number }>(Object.entries({
  dag: { unit: 'days', factor: 1 }, dagar: { unit: 'days', factor: 1 }, dygn: { unit: 'days', factor: 1 },
  day: { unit: 'days', factor: 1 }, days: { unit: 'days', factor: 1 }, d: { unit: 'days', factor: 1 },
  vecka: { unit: 'days', factor: 7 }, veckor: { unit: 'days', factor: 7 }, week: { unit: 'days', factor: 7 },
  weeks: { unit: 'days', factor: 7 },
  timme: { unit: 'hours', factor: 1 }, timmar: { unit: 'hours', factor: 1 }, timma: { unit: 'hours', factor: 1 },
  tim: { unit: 'hours', factor: 1 }, h: { unit: 'hours', factor: 1 }, hour: { unit: 'hours', factor: 1 },
  hours: { unit: 'hours', factor: 1 },
}));
export const MAX_LEADS = 5;

/** "7 dagar och 1 dag", "7 och 1 dagar", "en vecka", "2 timmar" → lead times, or what is wrong. */
export function parseLeads(folded: string, lang: Lang): Lead[] | { error: string } {
  const leads: Lead[] = [];
  let pending: number[] = [];
  for (const word of tokens(folded)) {
    if (FILLER.has(word)) continue;
    const n = /^\d{1,4}$/.test(word) ? Number(word) : NUMBER_WORDS.get(word);
    if (n !== undefined) {
      pending.push(n);
      continue;
    }
    const unit = UNITS.get(word);
    if (!unit || pending.length === 0) {
      return { error: say(lang, 'iDidNotUnderstand', word) };
    }
    for (const p of pending) leads.push({ unit: unit.unit, value: p * unit.factor });
    pending = [];
  }
  if (pending.length > 0 || leads.length === 0) {
    return { error: say(lang, 'sayHowLongBefore') };
  }
  for (const l of leads) {
    if (l.unit === 'days' && l.value > 60) return { error: say(lang, 'atMostDaysBefore') };
    if (l.unit === 'hours' && (l.value < 1 || l.value > 24 * 60)) {
      return { error: say(lang, 'hoursBeforeBetweenAnd') };
    }
  }
  const unique = leads.filter((l, i) => leads.findIndex((o) => o.unit === l.unit && o.value === l.value) === i);
  if (unique.length > MAX_LEADS) return { error: say(lang, 'atMostRemindersPer', MAX_LEADS) };
  // Earliest reminder first: days before hours, more before fewer.
  return unique.sort((a, b) => (a.unit === b.unit ? b.value - a.value : a.unit === 'days' ? -1 : 1));
}

const SV_SUBSCRIBE = /^(?:(?:jag|vi) vill )?(?:prenumerera|abonnera)(?: oss| mig)?(?:(?: pa| for| till)(?: (.*))?)?$/;
const EN_SUBSCRIBE = /^(?:please )?subscribe(?: us| me| this channel)?(?:(?: to| for)(?: (.*))?)?$/;
const SECRETARIAT = /^(?:prenumerera|subscribe)(?: oss| us)? (?:som|as) (?:the )?(?:sekretariat(?:et)?|secretariat)$/;
const SV_UNSUBSCRIBE = [
  /^(?:avsluta|avbryt|stoppa|stang av|ta bort|sag upp) (?:var |min |vara |mina )?(?:prenumeration(?:en|erna)?|paminnelse(?:n|r|rna)?)(?: (?:pa|for|om) (.+))?$/,
  /^(?:sluta prenumerera|avprenumerera|sluta paminna oss|sluta paminna)(?: (?:pa|for|om) (.+))?$/,
];
const EN_UNSUBSCRIBE = [
  /^unsubscribe(?: us| me)?(?: (?:from|to) (.+))?$/,
  /^(?:stop|cancel|end) (?:the |our |my )?(?:reminders|subscription|subscriptions)(?: (?:for|to|from|about) (.+))?$/,
];
const SV_LIST = [
  /^(?:vilka|vad for) (?:paminnelser|prenumerationer) (?:far|har) (?:vi|jag|ni|kanalen|den har kanalen)(?: har)?$/,
  /^(?:vad|vilka moten) prenumererar (?:vi|jag) pa$/,
  /^(?:visa )?(?:vara |mina )?(?:paminnelser|prenumerationer|prenumerationen|prenumeration)$/,
];
const EN_LIST = [
  /^(?:which|what) reminders do (?:we|i) (?:get|have)(?: here)?$/,
  /^what (?:are we|am i) subscribed to$/,
  /^(?:show )?(?:our |my )?(?:reminders|subscriptions|subscription)$/,
];
const SV_LEADS = /^(?:paminn|paminna)(?: oss| mig)?(?: om motena| om moten)? (.+?) (?:fore|innan|i forvag)(?: motet| motena| moten| varje mote)?$/;
const EN_LEADS = /^remind(?: us| me)? (.+?) (?:before|ahead|in advance)(?: the meetings?| meetings?| each meeting)?$/;

/** The command a folded message is, or undefined when it is not one of these commands. */
export function parseReminderCommand(folded: string, plan: Plan): ParsedCommand | undefined {
  const text = folded.trim();
  if (SECRETARIAT.test(text)) return { type: 'secretariat', lang: text.startsWith('subscribe') ? 'en' : 'sv' };
  let m = SV_SUBSCRIBE.exec(text);
  if (m) return { type: 'subscribe', lang: 'sv', target: parseTarget(m[1] ?? '', plan) };
  m = EN_SUBSCRIBE.exec(text);
  if (m) return { type: 'subscribe', lang: 'en', target: parseTarget(m[1] ?? '', plan) };
  for (const re of SV_UNSUBSCRIBE) {
    m = re.exec(text);
    if (m) return { type: 'unsubscribe', lang: 'sv', target: parseTarget(m[1] ?? '', plan) };
  }
  for (const re of EN_UNSUBSCRIBE) {
    m = re.exec(text);
    if (m) return { type: 'unsubscribe', lang: 'en', target: parseTarget(m[1] ?? '', plan) };
  }
  if (SV_LIST.some((re) => re.test(text))) return { type: 'list', lang: 'sv' };
  if (EN_LIST.some((re) => re.test(text))) return { type: 'list', lang: 'en' };
  m = SV_LEADS.exec(text);
  if (m) return { type: 'leads', lang: 'sv', leads: parseLeads(m[1]!, 'sv') };
  m = EN_LEADS.exec(text);
  if (m) return { type: 'leads', lang: 'en', leads: parseLeads(m[1]!, 'en') };
  return undefined;
}

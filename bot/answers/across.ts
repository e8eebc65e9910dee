// Answers that read across the plan instead of looking one thing up: every host of a year's calendar, every joint
// body the plan names, two things of the plan side by side, and a count of a body's members that the question gets
// wrong. Each is computed from the plan it is given; reason.ts tries them before the intent's own answer.
import { type Block } from '../core/reply.js';
import { reply } from '../core/reply.js';
import { firstDate, formatDay, formatWhen, meetingsOfYear, plannedMeetings, stockholmDate } from '../domain/calendar.js';
import type { Body, Meeting, Plan } from '../store/schema.js';
import { bodyStems, fold, inWordList } from '../understand/normalize.js';
import { splitWords } from '../understand/understand.js';
import { contextOf, hostsText, type Answer, type AnswerInput } from './common.js';
import { bodyBlocks, englishSummary, organisation, TRANSLATION_NOTE } from './organisation.js';
import { budget } from './budget.js';
import { defaultYear } from './meetings.js';
import { capitalised, listText } from '../text/format.js';
import { bodyName, municipalityName } from '../domain/names.js';
import { say } from '../text/catalogue/index.js';
import { countWord, type AcrossWords } from '../understand/lexicon.js';

/** The lexicon's words for these answers (acrossWords: all, plural hosts, joins …); none without a lexicon. */
const NO_WORDS: AcrossWords = { all: [], pluralHosts: [], hostsOfEach: [], listing: [], every: [], beforeCount: [], notCounts: [], joins: [] };
const wordsFor = (data: AnswerInput['data']): AcrossWords => data?.acrossWords ?? NO_WORDS;

/** The question's words as it was read (its text is not folded and split again). */
const wordsOf = (q: AnswerInput['q']) => q.words;

/** A meeting's day for a listing: "14 april", or its month where the day is not set. */
function dayOf(m: Meeting, lang: 'sv' | 'en'): string {
  return m.date.kind === 'month' ? formatWhen(m, lang) : formatDay(firstDate(m), lang, false);
}

/**
 * "vilka kommuner står som värdar för något under 2011?", "list all host municipalities in the 2011 calendar",
 * "vem är värd för vad i år": every municipality that hosts a meeting of that year's calendar (any body), with
 * what it hosts; a rotating event without a meeting that year counts its rotation's host. Asked of one year that
 * has hosted meetings, with no body or municipality named (those are the other host answers).
 */
export function yearHosts({ q, plan, data }: AnswerInput): Answer | undefined {
  if (!q.cues.includes('host') || q.form || q.followUp || q.bodies.length || q.municipalities.length || q.budgetLines.length || q.dates.length || q.month || q.week || q.period || q.relation || q.years.length !== 1) return undefined;
  const words = wordsOf(q);
  const joined = ` ${words.join(' ')} `;
  // (A word that asks for all of them, a host in the plural, or "who hosts what".)
  const aw = wordsFor(data);
  const all = words.some((w) => aw.all.includes(w) || aw.pluralHosts.includes(w)) || aw.hostsOfEach.some((p) => joined.includes(` ${p} `));
  if (!all) return undefined;
  const year = q.years[0]!;
  const hosted = meetingsOfYear(plan, year).filter((m) => m.hosts.length);
  if (!hosted.length) return undefined;
  const lang = q.lang;
  const byHost = new Map<string, string[]>();
  const add = (h: string, what: string) => byHost.set(h, [...(byHost.get(h) ?? []), what]);
  for (const m of hosted) {
    const uncertain = m.certainty === 'uncertain' ? say(lang, 'inParenthesesInThe') : '';
    for (const h of m.hosts) add(h, `${bodyName(plan, m.body)}${m.title ? ` (${m.title})` : ''} ${dayOf(m, lang)}${uncertain}`);
  }
  // A rotating event with no meeting in the calendar that year still has that year's host.
  for (const r of plan.hostRotations.filter((x) => x.year === year && !hosted.some((m) => m.body === x.body))) add(r.host, say(lang, 'rotationYearNoDate', bodyName(plan, r.body), year));
  if (byHost.size < 2) return undefined;
  const order = plan.municipalities.map((m) => m.id).filter((id) => byHost.has(id));
  const names = order.map((id) => municipalityName(plan, id));
  const title = q.cues.includes('count') ? say(lang, 'hostsOfYearCounted', year, order.length, listText(names, lang)) : say(lang, 'hostsOfYear', year, listText(names, lang));
  const items = order.map((id) => `${municipalityName(plan, id)}: ${listText(byHost.get(id)!, lang)}`);
  const none = plan.municipalities.filter((m) => !byHost.has(m.id)).map((m) => m.name);
  const blocks: Block[] = [{ type: 'list', items }];
  if (none.length) blocks.push({ type: 'text', subtle: true, text: say(lang, 'hostsNothingIn', listText(none, lang), year) });
  return { reply: reply('meetingHost', lang, title, blocks), context: contextOf(q, { intent: 'calendar', answerMunicipalities: order }) };
}

/**
 * "vilka gemensamma nämnder och förbund finns?", "list all the joint bodies (nämnder and förbund) mentioned in the
 * plan", "nämn alla förbunden": every joint body of the plan, or those of the kind named (a nämnd, a förbund: the
 * lexicon's jointBodyKinds, the stem each kind's names hold), with who is in each and what it does.
 */
export function jointBodies({ q, plan, data }: AnswerInput): Answer | undefined {
  if (q.bodies.length || q.budgetLines.length || q.dates.length || q.month || q.form || q.followUp || q.topics.length) return undefined;
  const kinds = data?.jointBodyKinds;
  if (!kinds) return undefined;
  const words = wordsOf(q);
  const is = inWordList;
  const joined = ` ${words.join(' ')} `;
  // The kinds asked for: the stem a kind's names hold ("forbund", "namnd"), or every joint body ("joint bodies").
  const asked = Object.entries(kinds).filter(([k, v]) => k !== '$comment' && typeof v === 'object' && (v.words.some((w) => words.some((x) => is(x, [w]))) || v.phrases?.some((p) => joined.includes(` ${p} `))));
  if (!asked.length) return undefined;
  const aw = wordsFor(data);
  const listing = words.some((w) => aw.all.includes(w) || aw.listing.includes(w)) || q.cues.includes('count');
  if (!listing) return undefined;
  const joint = plan.bodies.filter((b) => b.kind === 'jointBody');
  const stems = asked.map(([k]) => k).filter((k) => k !== 'any');
  const ofKind = asked.some(([k]) => k === 'any') ? joint : joint.filter((b) => stems.some((s) => fold(b.name).includes(s)));
  if (!ofKind.length) return undefined;
  const lang = q.lang;
  // "vilka förbund är Haninge med i?", "which boards does Haninge host?": those the municipalities named are in (or
  // host); a body whose members the plan does not name is said to be unknown, not left out in silence.
  const named = q.municipalities;
  const hostAsked = q.cues.includes('host');
  const found = named.length ? ofKind.filter((b) => named.every((m) => (hostAsked ? b.hostMunicipality === m : b.memberMunicipalities.includes(m)))) : ofKind;
  const unknown = named.length && !hostAsked ? ofKind.filter((b) => !b.memberMunicipalities.length) : [];
  const who = listText(named.map((m) => municipalityName(plan, m)), lang);
  const title = !named.length
    ? say(lang, 'jointBodiesInThePlan', listText(found.map((b) => b.name), lang))
    : found.length
      ? say(lang, hostAsked ? 'municipalityHostsJoint' : 'municipalityIsInJoint', who, listText(found.map((b) => b.name), lang))
      : say(lang, hostAsked ? 'municipalityHostsNoJoint' : 'municipalityIsInNoJoint', who, listText(ofKind.filter((b) => hostAsked || b.memberMunicipalities.length).map((b) => b.name), lang));
  const shown = found.length || !named.length ? found : ofKind.filter((b) => hostAsked || b.memberMunicipalities.length);
  const blocks: Block[] = shown.flatMap((b) => {
    const facts: Array<{ title: string; value: string }> = [];
    facts.push({ title: say(lang, 'municipalities'), value: b.memberMunicipalities.length ? listText(b.memberMunicipalities.map((m) => municipalityName(plan, m)), lang) : say(lang, 'memberMunicipalitiesNotNamed') });
    if (b.hostMunicipality) facts.push({ title: say(lang, 'hostMunicipality'), value: municipalityName(plan, b.hostMunicipality) });
    if (b.start) facts.push({ title: say(lang, 'started'), value: /^\d{4}-01-01$/.test(b.start) ? say(lang, 'january', b.start.slice(0, 4)) : b.start });
    if (b.tasks.length) facts.push({ title: say(lang, 'tasks'), value: listText(b.tasks, lang) });
    return [{ type: 'heading' as const, text: b.name }, ...inEnglish(plan, b, lang), { type: 'facts' as const, facts }];
  });
  if (unknown.length) blocks.push({ type: 'text', text: say(lang, 'membersNotNamedOf', listText(unknown.map((b) => b.name), lang)) });
  if (lang === 'en') blocks.push(TRANSLATION_NOTE);
  return { reply: reply('bodyInfo', lang, title, blocks), context: contextOf(q, { intent: 'bodyInfo', bodies: found.map((b) => b.id) }) };
}

/** An English answer's lines about a body before the plan's Swedish words: its facts in English, and its purpose glossed. */
function inEnglish(plan: Plan, b: Body, lang: 'sv' | 'en', data?: AnswerInput['data']): Block[] {
  if (lang !== 'en') return [];
  const gloss = Object.hasOwn(data?.glosses?.bodies ?? {}, b.id) ? [{ type: 'text' as const, text: data!.glosses!.bodies![b.id]! }] : [];
  return [{ type: 'text', text: englishSummary(plan, b) }, ...gloss];
}

/** One thing of the plan compared: a body, or one body's meeting named by its title ("ledningsgruppens planeringskonferens"). */
type Thing = { kind: 'body'; body: Body } | { kind: 'meeting'; body: Body; meetings: Meeting[]; title: string };

/**
 * The things a question names, in order: a body named right before another body's name that is its meeting's title is
 * that meeting, unless a word that joins two things (the lexicon's acrossWords.joins: "LG och planeringskonferensen")
 * stands between them.
 */
function thingsNamed(q: AnswerInput['q'], plan: Plan, joins: readonly string[]): Thing[] {
  const words = wordsOf(q);
  const named = q.mentions.filter((m) => m.kind === 'body');
  const byId = (id: string) => plan.bodies.find((b) => b.id === id);
  const out: Thing[] = [];
  for (let i = 0; i < named.length; i++) {
    const cur = byId(named[i]!.id);
    if (!cur) continue;
    const next = named[i + 1] ? byId(named[i + 1]!.id) : undefined;
    const close = next && next.id !== cur.id && named[i + 1]!.at - named[i]!.at <= 3 && !words.slice(named[i]!.at + 1, named[i + 1]!.at).some((w) => joins.includes(w));
    if (next && close) {
      // "ledningsgruppens planeringskonferens": the LG meeting the plan titles "Planeringskonferens".
      const titled = plannedMeetings(plan, cur.id).filter((m) => m.title && bodyStems(plan, next.id).some((s) => fold(m.title!).includes(s) || s.includes(fold(m.title!))));
      if (titled.length) {
        out.push({ kind: 'meeting', body: cur, meetings: titled, title: titled[0]!.title! });
        i++;
        continue;
      }
      // "samarbetskommitténs planeringskonferens": the body whose name holds the first one's is meant.
      if (bodyStems(plan, cur.id).some((s) => fold(next.name).includes(s))) continue;
    }
    out.push({ kind: 'body', body: cur });
  }
  const key = (t: Thing) => (t.kind === 'body' ? t.body.id : `${t.body.id}:${t.title}`);
  return out.filter((t, i) => out.findIndex((x) => key(x) === key(t)) === i);
}

/** Cues that ask a which-of question of the calendar, the hosts or the budget (whichOfThings leaves those). */
const ORDER_CUES = ['first', 'last', 'final', 'when', 'next', 'often', 'mostTimes', 'count', 'orderBoth', 'before', 'after', 'largest', 'smallest', 'longest', 'shortest', 'host', 'where', 'money', 'budget', 'timeOfDay', 'datesWord', 'lengthCompare'];

/**
 * "which one has Södertörns högskola and KTH in it – the rådslag or the Södertörn conference?", "vilken av dem har
 * Handelskammaren med, rådslaget eller Södertörnskonferensen?": of two or more bodies offered with "or", the one whose
 * own words in the plan (what it is, who is in it, and its English gloss) hold the question's other words, where the
 * others hold none of them. Words of the bodies' names are left out; short words only as written in capitals ("KTH").
 */
export function whichOfThings({ q, plan, data }: AnswerInput): Answer | undefined {
  const aw = wordsFor(data);
  const words = wordsOf(q);
  if (!aw.whichOne?.some((w) => words.includes(w)) || !aw.alternatives?.some((w) => words.includes(w))) return undefined;
  // (Which comes first, meets more often, is in September or is hosted by a municipality is asked of the calendar, not of
  // what each is.)
  if (q.dates.length || q.month || q.years.length || q.municipalities.length || q.amounts.length || ORDER_CUES.some((c) => q.cues.includes(c))) return undefined;
  const bodies = [...new Set(q.mentions.filter((m) => m.kind === 'body').map((m) => m.id))].map((id) => plan.bodies.find((b) => b.id === id)).filter((b): b is Body => Boolean(b));
  if (bodies.length < 2) return undefined;
  const same = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)));
  const nameWords = bodies.flatMap((b) => [b.name, ...b.aliases].flatMap((n) => splitWords(fold(n))));
  const capitals = new Set(splitWords(fold((q.text.match(/\b\p{Lu}{2,}\b/gu) ?? []).join(' '))));
  const asked = [...new Set(words)].filter((w) => (w.length >= 5 || capitals.has(w)) && !nameWords.some((n) => same(n, w)) && !aw.whichOne!.includes(w));
  const own = bodies.map((b) => {
    const gloss = Object.hasOwn(data?.glosses?.bodies ?? {}, b.id) ? data!.glosses!.bodies![b.id]! : '';
    const text = splitWords(fold([b.description ?? '', b.composition ?? '', ...(b.otherMembers ?? []), gloss].join(' ')));
    return asked.filter((w) => text.some((t) => same(t, w)));
  });
  const only = own.map((hits, i) => hits.filter((w) => own.every((other, j) => j === i || !other.includes(w))).length);
  const best = Math.max(...only);
  if (best === 0 || only.filter((n) => n === best).length !== 1 || own.some((hits, i) => only[i] !== best && hits.length >= best)) return undefined;
  const b = bodies[only.indexOf(best)]!;
  const lang = q.lang;
  const blocks: Block[] = [...inEnglish(plan, b, lang, data), ...(b.description ? [{ type: 'text' as const, text: b.description }] : [])];
  if (lang === 'en') blocks.push(TRANSLATION_NOTE);
  return { reply: reply('bodyInfo', lang, say(lang, 'itIsThe', b.name), blocks), context: contextOf(q, { intent: 'bodyInfo', bodies: [b.id] }) };
}

/**
 * "vilken konferens är med partierna och vilken är med högskolorna?", "which conference has the universities and which
 * one has the political parties?": two which-clauses joined, no body named: each clause is the one body whose own words in
 * the plan (what it is, who is in it, its English gloss) hold that clause's words where no other body's hold as many
 * (a word of fewer bodies weighing more), the two different. Every body is read once per clause; undefined unless both are clear.
 */
export function whichIsWhich({ q, plan, data }: AnswerInput): Answer | undefined {
  const aw = wordsFor(data);
  const words = wordsOf(q);
  const which = aw.whichOne ?? [];
  const at = words.flatMap((w, i) => (which.includes(w) ? [i] : []));
  if (at.length !== 2 || !['och', 'and'].includes(words[at[1]! - 1] ?? '')) return undefined;
  if (q.mentions.some((m) => m.kind === 'body') || q.dates.length || q.month || q.years.length || q.municipalities.length || q.amounts.length || ORDER_CUES.some((c) => q.cues.includes(c))) return undefined;
  // (One word inflected: all but the shorter's last letter shared, five letters at least, an ending of four at most:
  // "högskola", "högskolorna"; not the first part of a compound, "kommunstyrelse" of "kommunstyrelseordförandena".)
  const same = (a: string, b: string) => {
    const n = Math.min(a.length, b.length);
    let k = 0;
    while (k < n && a[k] === b[k]) k++;
    return a === b || (n >= 5 && k >= n - 1 && Math.abs(a.length - b.length) <= 4);
  };
  const capitals = new Set(splitWords(fold((q.text.match(/\b\p{Lu}{2,}\b/gu) ?? []).join(' '))));
  const clauses = [words.slice(at[0]! + 1, at[1]! - 1), words.slice(at[1]! + 1)].map((c) => c.filter((w) => (w.length >= 5 || capitals.has(w)) && !which.includes(w)));
  const texts = plan.bodies.map((b) => {
    const gloss = Object.hasOwn(data?.glosses?.bodies ?? {}, b.id) ? data!.glosses!.bodies![b.id]! : '';
    return splitWords(fold([b.description ?? '', b.composition ?? '', ...(b.otherMembers ?? []), gloss].join(' ')));
  });
  // (A word more bodies' texts hold counts less: "conference" is two bodies', "universities" one's.)
  const chosen = clauses.map((c) => {
    const holds = c.map((w) => texts.map((t) => t.some((x) => same(x, w))));
    const hits = texts.map((_, i) => holds.reduce((n, h) => (h[i] ? n + 1 / h.filter(Boolean).length : n), 0));
    const best = Math.max(0, ...hits);
    return best > 0 && hits.filter((h) => h === best).length === 1 ? plan.bodies[hits.indexOf(best)] : undefined;
  });
  const [b1, b2] = chosen;
  if (!b1 || !b2 || b1.id === b2.id) return undefined;
  const lang = q.lang;
  const blocks: Block[] = [b1, b2].flatMap((b) => [{ type: 'heading' as const, text: b.name }, ...inEnglish(plan, b, lang, data), ...(b.description ? [{ type: 'text' as const, text: b.description }] : [])]);
  if (lang === 'en') blocks.push(TRANSLATION_NOTE);
  return { reply: reply('bodyInfo', lang, say(lang, 'inTheOrderAsked', b1.name, b2.name), blocks), context: contextOf(q, { intent: 'bodyInfo', bodies: [b1.id, b2.id] }) };
}

/**
 * "What's the difference between the Södertörn conference and the rådslag?", "hur skiljer sig LG från SK",
 * "skillnaden mellan samarbetskommitténs planeringskonferens och ledningsgruppens planeringskonferens": two or more
 * things of the plan side by side — what each is, who takes part, when it meets in the calendar, who hosts it.
 * (Budget lines compared are the budget's: a question naming one is not this.)
 */
export function compareThings({ q, plan, now, data }: AnswerInput): Answer | undefined {
  // ("… in terms of date and place": one aspect asked of each is that aspect's answer, each body's meeting.)
  if (!q.cues.includes('compare') || ['when', 'where', 'host', 'datesWord', 'timeOfDay', 'lengthCompare'].some((c) => q.cues.includes(c)) || q.form === 'yesNo' || q.budgetLines.length || q.amounts.length || q.cues.includes('money') || q.cues.includes('budget') || q.topics.length) return undefined;
  const things = thingsNamed(q, plan, wordsFor(data).joins);
  if (things.length < 2) return undefined;
  // ("How many municipalities are in A vs B?": a count of each one's members, compared, is the members' answer.)
  if (q.cues.includes('count') && things.every((t) => t.kind === 'body' && t.body.memberMunicipalities.length)) return undefined;
  const lang = q.lang;
  const year = defaultYear(plan, now);
  const label = (t: Thing) => (t.kind === 'body' ? t.body.name : `${t.body.name} – ${t.title}`);
  // (A meeting at its body's usual time is its day; the usual time is among the body's facts.)
  const usual = (m: Meeting) => { const u = plan.bodies.find((b) => b.id === m.body)?.usualTime; return Boolean(u && m.date.kind === 'day' && m.time.kind === 'clock' && m.time.start === u.start && m.time.end === u.end); };
  const whenOf = (ms: Meeting[]) => ms.map((m) => `${usual(m) ? formatDay(firstDate(m), lang) : formatWhen(m, lang)}${m.hosts.length ? ` (${hostsText(plan, m, lang)})` : ''}`);
  const blocks: Block[] = things.flatMap((t): Block[] => {
    const gloss = inEnglish(plan, t.body, lang, data).slice(1);
    if (t.kind === 'meeting') {
      // A body's titled meeting: its days, and who takes part (the body's own people), what the body is for.
      const facts = [{ title: say(lang, 'when'), value: listText(whenOf(t.meetings), lang) }, ...(t.body.composition ? [{ title: say(lang, 'madeUpOf'), value: t.body.composition }] : [])];
      return [{ type: 'heading', text: label(t) }, { type: 'facts', facts }, ...(t.body.description ? [{ type: 'text' as const, text: t.body.description }] : []), ...gloss];
    }
    const ms = meetingsOfYear(plan, year, t.body.id);
    const dates = ms.length ? [{ type: 'facts' as const, facts: [{ title: say(lang, 'inTheCalendar', year), value: listText(whenOf(ms), lang) }] }] : [];
    return [{ type: 'heading', text: label(t) }, ...inEnglish(plan, t.body, lang, data), ...bodyBlocks(plan, t.body, lang).filter((b) => b.type !== 'heading' && b.type !== 'list'), ...dates];
  });
  if (lang === 'en') blocks.push(TRANSLATION_NOTE);
  const title = say(lang, 'differenceBetween', listText(things.map(label), lang));
  const last = things.at(-1)!;
  const meetingId = last.kind === 'meeting' ? (last.meetings.find((m) => firstDate(m) >= stockholmDate(now)) ?? last.meetings.at(-1))?.id : undefined;
  return { reply: reply('bodyInfo', lang, title, blocks), context: contextOf(q, { intent: 'bodyInfo', bodies: [...new Set(things.map((t) => t.body.id))], ...(meetingId ? { meetingId } : {}) }) };
}

/**
 * "varför är alla åtta kommuner med i överförmyndarnämnden?", "de sju kommunerna i ÖFN – vilka är det?", "are all 8
 * municipalities members of ÖFN?": a count of a body's municipalities written in the question ("alla åtta", "sju",
 * "bara tre", "all 8") that is not the plan's. The count is corrected first, with who is in it and who is not.
 */
export function countPremise({ q, plan, data }: AnswerInput): Answer | undefined {
  if (q.bodies.length !== 1 || q.municipalities.length || q.cues.includes('count') || q.followUp || q.dates.length || q.budgetLines.length) return undefined;
  const body = plan.bodies.find((b) => b.id === q.bodies[0]);
  if (!body?.memberMunicipalities.length) return undefined;
  const claimed = claimedCount(wordsOf(q), data?.offsets?.numbers ?? {}, plan.municipalities.length, data?.countNouns ?? [], wordsFor(data));
  const n = body.memberMunicipalities.length;
  if (claimed === undefined || claimed === n) return undefined;
  const lang = q.lang;
  const members = listText(body.memberMunicipalities.map((m) => municipalityName(plan, m)), lang);
  const outside = plan.municipalities.filter((m) => !body.memberMunicipalities.includes(m.id)).map((m) => m.name);
  const fact = say(lang, 'notButMunicipalitiesIn', claimed, n, plan.municipalities.length, body.name, members);
  const title = q.form === 'yesNo' ? `${say(lang, 'no')} – ${fact}` : capitalised(fact);
  const blocks: Block[] = [];
  if (outside.length) blocks.push({ type: 'text', text: say(lang, 'notInIt', listText(outside, lang)) });
  if (body.description) blocks.push({ type: 'text', subtle: true, text: body.description });
  return { reply: reply('members', lang, title, blocks), context: contextOf(q, { bodies: [body.id], answerMunicipalities: body.memberMunicipalities }) };
}

/**
 * The count of municipalities a question claims: a number right before a word for them or a body's members
 * ("sju kommuner", "de fem medlemmarna", "all 8 municipalities"), or after a word of `beforeCount` ("alla åtta är
 * med"), or a word for every one before them ("alla kommuner": all of them). Not a count asked ("hur många"): the
 * caller leaves those out. The words are the lexicon's acrossWords (an article such as "en" is never a count).
 */
export function claimedCount(words: readonly string[], numbers: Record<string, number>, all: number, nouns: readonly string[], aw: Pick<AcrossWords, 'every' | 'beforeCount' | 'notCounts'>): number | undefined {
  const is = (w: string) => inWordList(w, nouns);
  const num = (w: string | undefined) => (w === undefined || aw.notCounts.includes(w) ? undefined : countWord(w, numbers));
  for (const [i, w] of words.entries()) {
    const allWord = aw.every.includes(w);
    const n = num(w);
    if (n !== undefined && (is(words[i + 1] ?? '') || aw.beforeCount.includes(words[i - 1] ?? ''))) return n;
    // ("alla kommuner", "all the municipalities": every one of them.)
    if (allWord && (is(words[i + 1] ?? '') || (words[i + 1] === 'the' && is(words[i + 2] ?? ''))) && num(words[i + 1]) === undefined) return all;
  }
  return undefined;
}

/**
 * What the plan holds about what a request the bot cannot carry out named ("post a short summary of the plan on
 * the intranet": the plan's summary; "publicera budgeten": the budget), shown under the cannot.
 */
export function offerInstead(input: AnswerInput): Block[] | undefined {
  const { q } = input;
  const offered = q.topics.length ? organisation({ ...input, q: { ...q, intent: 'organisation' } }) : q.budgetLines.length || wordsOf(q).some((w) => w.startsWith('budget')) ? budget({ ...input, q: { ...q, intent: 'budget' } }) : undefined;
  if (!offered || offered.reply.kind === 'notInPlan') return undefined;
  return [{ type: 'text', text: say(q.lang, 'thisIsWhatThePlanHas') }, { type: 'heading', text: offered.reply.title }, ...offered.reply.blocks];
}

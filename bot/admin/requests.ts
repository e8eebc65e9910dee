// Which reading a secretariat message gets: the README command; a follow-up that repeats the writer's
// previous change ("och LG 25/11 också"); several changes in one message, proposed one at a time; or one
// change in words (natural.ts). Pure: text, plan, lexicon, time and the previous change in; nothing changes here.
import type { Lang } from '../text/lang.js';
import { dayDifference, firstAfter, firstDate, formatMonth, lastBefore, meetingsBetween, shiftDay, stockholmDate } from '../domain/calendar.js';
import type { Meeting, StoreData } from '../store/schema.js';
import { extractDates } from '../understand/dates.js';
import { timeJoins, type Match } from '../understand/lexicon.js';
import { fold } from '../understand/normalize.js';
import { splitWords } from '../understand/understand.js';
import { matchesOf } from '../core/reading.js';
import { ChangeSchema, partsOf, together, type Change } from './changes.js';
import { amountsIn, bodyRef, changeLang, countedSpan, changeWords, dayOnly, meetingRef, meetingThenDay, memberClaim, phraseTest, SETTER, QUESTION_WORDS, readNatural, shareIn, withAbbreviations, withoutReason, withoutReplyRequest, type AdminRequest, type ChangeWords, type ParseContext, type Readme } from './natural.js';
import { kronor } from '../text/format.js';
import { say } from '../text/catalogue/index.js';
import { municipalityName } from '../domain/names.js';

/** The README command if it reads as one (not an error); else the request in words; else the command's error. */
export function withNatural<R extends { type: string; lang: Lang }>(text: string, ctx: ParseContext, guessed: Lang, parse: (text: string, ctx: ParseContext, guessed: Lang) => R | undefined): R | undefined {
  const readme = parse as unknown as Readme;
  const out = (r: AdminRequest | undefined) => r as unknown as R | undefined;
  return out(pick(text, ctx, guessed, readme));
}

function pick(asWritten: string, ctx: ParseContext, guessed: Lang, readme: Readme): AdminRequest | undefined {
  const text = withoutReplyRequest(asWritten, ctx.lexicon);
  // "SK-mötet i juni e i Nynäshamn" from a member states what they believe: a claim, checked against the plan as a
  // question (not a change refused). From the secretariat the same statement may be a change, proposed for confirmation.
  const claim = ctx.member || ctx.why ? memberClaim(text, ctx) : undefined;
  if (claim && ctx.member) {
    ctx.why?.push(`question: ${claim}, from a member: a claim checked against the plan`);
    return undefined;
  }
  if (claim) ctx.why?.push(`${claim}, from the secretariat: read as a change, proposed for confirmation`);
  // "nej 27/5 menade jag": the waiting proposal, corrected, before anything else reads the message.
  const corrected = ctx.pending ? readCorrection(text, ctx, readme) : undefined;
  if (corrected) return corrected;
  const followed = ctx.previous ? readFollowUp(text, ctx, guessed, readme) : undefined;
  if (followed) return followed;
  // "flytta SK 9/6 till 16/6, nej förlåt, 23/6": the request as corrected inside it.
  const self = selfCorrected(text, ctx, guessed, readme);
  if (self) return self;
  // Before the command: "flytta LG 9/9 till 16/9 och LG 14/10 till 21/10" would read as one move.
  const several = severalChanges(text, ctx, guessed, readme);
  if (several) return several;
  // (The command read without the request's reasons: "flytta LG 20/5 till 13/5 pga krock med … 20/5".)
  // (And with its shorthand written out, as the words read it: "flytta mötet t 30/9" asks which meeting, as with "till".)
  const C0 = changeWords(ctx.lexicon);
  const command = readme(C0 ? withoutReason(withAbbreviations(text, C0, guessed), C0) : text, ctx, guessed);
  if (command && command.type !== 'error') {
    // "ställ in LG 14/10, nytt möte 21/10 istället": the command reads a cancellation, the words a move.
    const C = changeWords(ctx.lexicon);
    const cancelled = command.type === 'change' && command.change.kind === 'meeting.update' && command.change.set.status === 'cancelled';
    if (!cancelled || !C || !phraseTest(C, fold(text))(C.replace)) return command;
    const words = readNatural(text, ctx, guessed, readme);
    return words?.type === 'change' ? words : command;
  }
  const words = readNatural(text, ctx, guessed, readme, Boolean(command));
  if (!command) return words;
  // After a command's error, the request in words is taken if it reads as a change, or if it asks for what
  // is missing where nothing was written to be wrong ("ställ in mötet": no date at all).
  if (words?.type === 'change') return words;
  if (words?.type === 'error' && words.missing && !/\d/.test(text)) return { ...command, missing: true };
  return command;
}

/** Where a clause ends inside a request, for a correction that opens the next ("…, nej förlåt, 23/6", "… – sorry, 23 Sep"). */
const CLAUSE_BREAK = /[,;:]\s*|\s[–—-]\s|\.\s+|…\s*/g;

/**
 * A request corrected inside itself: "flytta SK 9/6 till 16/6, nej förlåt, 23/6", "move LG 9 Sep to 16 Sep, sorry I
 * meant 23 Sep", "sätt personal till 600 000, eller nej, 610 000", "ny värd för SK 3/11: Salem, nej vänta, Nykvarn". A
 * clause that opens with a correction word (the lexicon's changes.correction.within) after a part that reads as a
 * change on its own: that change is the proposal the rest corrects, as a correction of a waiting proposal is read
 * (readCorrection), so the value written last is the one proposed. Undefined where no such clause is, or the rest
 * does not read as a correction of it.
 */
function selfCorrected(text: string, ctx: ParseContext, guessed: Lang, readme: Readme): AdminRequest | undefined {
  const C = changeWords(ctx.lexicon);
  const raw = text.trim();
  if (!C || !C.correctWithin.length || raw.length > 300) return undefined;
  const whole = phraseTest(C, fold(raw));
  if (!whole(C.correctWithin)) return undefined;
  // A clause break, or only a space where the correction's words open the rest ("… till 21/10 nej jag menar 28/10").
  const breaks = [...raw.matchAll(CLAUSE_BREAK), ...raw.matchAll(/\s+/g)].sort((a, b) => b.index - a.index);
  for (const b of breaks) {
    const head = raw.slice(0, b.index).trim();
    const tail = raw.slice(b.index + b[0].length).trim();
    if (!head || !tail) continue;
    const padded = ` ${fold(tail)} `;
    if (!C.correctWithin.some((p) => padded.startsWith(p))) continue;
    const alone: ParseContext = { ...ctx, pending: undefined, previous: undefined };
    const first = pick(head, alone, guessed, readme);
    if (first?.type !== 'change') continue;
    const corrected = readCorrection(tail, { ...alone, pending: { id: '', change: first.change, lang: first.lang } }, readme);
    if (corrected?.type === 'change') {
      const { replaces: _, ...rest } = corrected;
      return { ...rest, lang: first.lang };
    }
    if (corrected?.type === 'error') return { ...corrected, lang: first.lang };
    return undefined;
  }
  return undefined;
}

/** How long a change stays the one a follow-up ("och LG 25/11 också") repeats. */
const FOLLOW_UP_MS = 30 * 60 * 1000;
const FOLLOWED_KINDS = new Set(['meeting.update', 'meeting.add', 'rotation.set']);

/**
 * The writer's latest change in this conversation within FOLLOW_UP_MS: the newest proposal they made here
 * (waiting for "Bekräfta"), or the newest change they applied. Pure: read from the store's data.
 */
export function previousChange(data: { readonly runtime: Pick<StoreData['runtime'], 'pending' | 'audit'> }, userId: string, conversationId: string, now: Date): Change | undefined {
  const since = now.getTime() - FOLLOW_UP_MS;
  const kindOf = (c: unknown) => String((c as { kind?: unknown } | undefined)?.kind);
  const pending = [...data.runtime.pending].reverse().find((p) => p.actor === userId && p.conversationId === conversationId && !p.undoOf && Date.parse(String(p.createdAt)) >= since);
  // The audit is in time order: read back from the end only as far as the window (not the whole history per message).
  let made: StoreData['runtime']['audit'][number] | undefined;
  const audit = data.runtime.audit;
  for (let i = audit.length - 1; i >= 0 && Date.parse(audit[i]!.at) >= since; i--) {
    const e = audit[i]!;
    if (e.actor === userId && !e.undoOf && (FOLLOWED_KINDS.has(kindOf(e.after)) || kindOf(e.after) === 'batch')) {
      made = e;
      break;
    }
  }
  const latest = pending && (!made || Date.parse(String(pending.createdAt)) >= Date.parse(made.at)) ? pending.change : made?.after;
  const parsed = ChangeSchema.safeParse(latest);
  // Of several changes made at once, the last is the one a follow-up repeats ("ställ in SK 9/6 och SK 22/9" → "och SK 3/11 också").
  const last = parsed.success ? partsOf(parsed.data).at(-1) : undefined;
  return last && FOLLOWED_KINDS.has(last.kind) ? last : undefined;
}

const FOLLOW_FILLER = /^(ett|en|one|a|an|also|ocksa|aven)$/;

/**
 * A follow-up that repeats the writer's previous change for another meeting or year: "ställ in LG 14/10" →
 * "och LG 25/11 också"; "SK 9/6 ska vara i Nykvarn" → "samma för SK 22/9"; "rådslaget 2017 ska vara i
 * Salem" → "och 2018 också". It must read as one ("samma för …", "… också", "… too"): a bare "och LG 25/11"
 * is a question's follow-up. What it names on its own comes first (a body, a place, a new date).
 */
function readFollowUp(text: string, ctx: ParseContext, guessed: Lang, readme: Readme): AdminRequest | undefined {
  const prev = ctx.previous;
  const C = changeWords(ctx.lexicon);
  if (!prev || !C || text.includes('?')) return undefined;
  let rest = ` ${fold(text)} `;
  let shaped = false;
  const weak = C.followWeak.find((p) => rest.startsWith(p));
  if (weak) rest = ` ${rest.slice(weak.length)}`;
  const head = C.followStart.find((p) => rest.startsWith(p));
  if (head) [rest, shaped] = [` ${rest.slice(head.length)}`, true];
  const tail = C.followEnd.find((p) => rest.endsWith(p));
  if (tail) [rest, shaped] = [`${rest.slice(0, rest.length - tail.length)} `, true];
  const neighbour = neighbourFollowUp(rest, prev, ctx, C, guessed, readme);
  if (neighbour) return neighbour;
  const words = splitWords(rest.trim()).filter((w) => !FOLLOW_FILLER.test(w));
  // Matched once, where first needed (a follow-up's words are never the whole message's: its "och",
  // "samma för" or "också" are taken off).
  let found: Match[] | undefined;
  const lexiconMatches = () => (found ??= ctx.lexicon.match(words));
  // A bare "och …" is a follow-up of a change only where it gives what the change needs anew: a new date
  // after a move ("och SK 3/11 till 10/11"), a place after a new host ("och SK 3/11 i Tyresö").
  if (weak && !shaped && prev.kind === 'meeting.update') {
    const names = lexiconMatches();
    if ((prev.set.date || prev.set.time) && /\b(till|to)\s+\S*\d/.test(words.join(' '))) shaped = true;
    if (prev.set.hosts && names.some((m) => m.sense.kind === 'municipality') && /\d/.test(words.join(' '))) shaped = true;
  }
  if (!shaped || !words.length || words.length > 10 || QUESTION_WORDS.has(words[0]!)) return undefined;
  rest = words.join(' ');
  const lang = changeLang(text, words, guessed, C, ctx.lexicon);
  // A change of its own ("och flytta LG 9/9 till 16/9 också", "och utredningar 200 000 också").
  const alone = { ...ctx, previous: undefined };
  const own = readme(rest, alone, lang);
  if (own?.type === 'change') return { ...own, lang };
  const natural = readNatural(rest, alone, lang, readme);
  if (natural?.type === 'change') return natural;
  const matches = lexiconMatches();
  const named = (kind: Match['sense']['kind']) => matches.filter((m) => m.sense.kind === kind).map((m) => (m.sense as { id: string }).id);
  const when = /\d/.test(rest) || matches.some((m) => m.sense.kind === 'month');
  const withBody = (body: string | undefined) => (named('body').length || !body ? rest : `${bodyRef(ctx, body)} ${rest}`);
  let command: string | undefined;
  if (prev.kind === 'meeting.update' && when) {
    const body = ctx.plan.meetings.find((m) => m.id === prev.meetingId)?.body;
    const subject = withBody(body);
    if (prev.set.status === 'cancelled') command = `${say(lang, 'commandCancel')} ${subject}`;
    else if (prev.set.status === 'planned') command = `${say(lang, 'commandRestore')} ${subject}`;
    else if (prev.set.hosts) {
      const hosts = prev.set.hosts.map((h) => municipalityName(ctx.plan, h)).join(say(lang, 'spacedAnd'));
      command = `${say(lang, 'commandChangeHost')} ${subject}${named('municipality').length ? '' : ` ${say(lang, 'commandTo')} ${hosts}`}`;
    } else if (prev.set.date || prev.set.time) command = `${say(lang, 'commandMove')} ${subject}`;
  } else if (prev.kind === 'rotation.set') {
    const year = /\b(?:19|20)\d\d\b/.exec(rest);
    const host = named('municipality')[0] ?? prev.host;
    if (year && host) command = `${say(lang, 'commandHost')} ${bodyRef(ctx, prev.body)} ${year[0]} ${municipalityName(ctx.plan, host)}`;
  } else if (prev.kind === 'meeting.add' && when) {
    command = `${say(lang, 'commandAddMeeting')} ${withBody(prev.meetings[0]?.body)}`;
  }
  if (!command) return undefined;
  const command0 = readme(command, alone, lang);
  // "flytta LG 9/9 två veckor": what the command syntax does not take, the words may.
  // A date the command finds wrong ("och SK 9/6 till 31/6 också": no 31 June) is said as it is, not asked for again.
  const worded = command0?.type === 'change' ? undefined : readNatural(command, alone, lang, readme);
  const r = command0?.type === 'change' ? command0 : worded?.type !== 'change' && command0?.type === 'error' && !command0.missing ? command0 : (worded ?? command0);
  if (r?.type === 'change' && r.change.kind === 'meeting.add') return { ...r, lang, change: { ...r.change, meetings: r.change.meetings.map((m) => ({ ...m, source: text.trim() })) } };
  return r?.type === 'change' || r?.type === 'error' ? { ...r, lang } : undefined;
}

/** The correction words that point at a body's next or previous meeting, longest first (per lexicon data). */
const neighbourPhrases = new WeakMap<ChangeWords, Array<[string, number]>>();
function neighbourWords(C: ChangeWords): Array<[string, number]> {
  let list = neighbourPhrases.get(C);
  if (!list) {
    list = [...[...C.correctNext].map((p): [string, number] => [p, 1]), ...[...C.correctPrevious].map((p): [string, number] => [p, -1])].sort((a, b) => b[0].length - a[0].length);
    neighbourPhrases.set(C, list);
  }
  return list;
}

/**
 * "flytta LG 20/5 en vecka senare" → "bekräfta" → "och den efter det också en vecka senare", "and the one after that a
 * week later too", "den därefter ska också flyttas en vecka": the body's meeting after (or before) the one the previous
 * change was about, named by the words that point at it (changes.correction.next / previous) at the follow-up's start,
 * changed as the rest of it says — a move by a shift or to a date — or, where nothing more is said, as the previous
 * change did (a cancellation, a new host, the same shift while that change still waits).
 */
function neighbourFollowUp(rest: string, prev: Change, ctx: ParseContext, C: ChangeWords, guessed: Lang, readme: Readme): AdminRequest | undefined {
  if (prev.kind !== 'meeting.update') return undefined;
  let after = rest;
  let step = 0;
  // ("nästa möte efter det": the meeting named, then its anchor; each phrase taken off in turn.)
  for (let i = 0; i < 3; i++) {
    const hit = neighbourWords(C).find(([p]) => after.startsWith(` ${p} `));
    if (!hit) break;
    step ||= hit[1];
    after = ` ${after.slice(hit[0].length + 2)}`;
  }
  if (!step) return undefined;
  const was = ctx.plan.meetings.find((m) => m.id === prev.meetingId);
  if (!was) return undefined;
  const other = step > 0 ? firstAfter(ctx.plan, firstDate(was), was.body, (m) => m.id !== was.id) : lastBefore(ctx.plan, firstDate(was), was.body, (m) => m.id !== was.id);
  if (!other) return undefined;
  const words = splitWords(after.trim()).filter((w) => !FOLLOW_FILLER.test(w) && !C.followEnd.includes(` ${w} `));
  const lang = changeLang(rest, splitWords(rest.trim()), guessed, C, ctx.lexicon);
  const alone = { ...ctx, previous: undefined, pending: undefined };
  const run = (command: string): AdminRequest | undefined => {
    const r = readme(command, alone, lang);
    const worded = r?.type === 'change' ? r : readNatural(command, alone, lang, readme);
    return worded?.type === 'change' || (worded?.type === 'error' && !worded.missing) ? { ...worded, lang } : undefined;
  };
  // What the rest says: a shift or a date, read as a move of that meeting ("en vecka senare", "till 16/9").
  if (words.length) return prev.set.date || prev.set.time ? run(`${say(lang, 'commandMove')} ${meetingRef(ctx, other, lang)} ${after.trim()}`) : undefined;
  // Nothing more said: the previous change made to that meeting, as a correction would ("den efter det också").
  const shift = prev.set.date?.kind === 'day' && was.date.kind === 'day' ? dayDifference(was.date.date, prev.set.date.date) : undefined;
  if (shift === 0) return undefined;
  return neighbourChanged(prev, was, step, ctx, lang, run);
}

/**
 * Two or more changes in one message ("SK 9/6 och SK 22/9 ställs in", "personal höjs till 600 000 och
 * utredningar sänks till 210 000"). A proposal is one change, and reading such a message as one would
 * propose the wrong thing (the second amount on the first line). The first change is proposed, with a note
 * saying how to write the next ("och SK 22/9 också"); where the parts cannot be paired safely (amounts
 * "med"/"by", a list of places), the answer asks for one at a time.
 */
function severalChanges(text: string, ctx: ParseContext, guessed: Lang, readme: Readme): AdminRequest | undefined {
  const C = changeWords(ctx.lexicon);
  const raw = text.trim();
  const f = fold(raw);
  if (!C || raw.endsWith('?') || (!/ (och|and|samt|plus) /.test(` ${f} `) && !/[,;&+]/.test(raw))) return undefined;
  const words = splitWords(f);
  if (QUESTION_WORDS.has(words[0] ?? '') || words.length > 40) return undefined;
  const has = phraseTest(C, f);
  // "since Södertälje hosts the rådslag in 2014, who hosts in 2015": a question word anywhere asks (as in readNatural).
  if (!has(C.polite) && (words.some((w) => QUESTION_WORDS.has(w) && w !== 'var') || C.hypothesis.some((p) => ` ${f} `.startsWith(p)))) return undefined;
  // "personal 600 000 och kontorsservice 40 000": lines and amounts, and little else, as one line's is a change.
  const bareList = amountsIn(raw).length >= 2 && words.length <= 4 * amountsIn(raw).length;
  // Only a message with a change word is read further (most messages with "och" are questions).
  // ("LG 20/5 till 27/5 samt LG 9/9 till 16/9", "SK 9/6 → Huddinge och SK 22/9 → Haninge": from the secretariat, parts that
  // each have a change's shape with no verb, a meeting then a day or a value set with an arrow.)
  const shaped = !ctx.member && raw.split(/\s+(?:och|and|samt)\s+|\s*[,;]\s*/i).filter(Boolean).every((p) => SETTER.test(p) || meetingThenDay(withAbbreviations(p, C, guessed), ctx));
  if (![C.cancel, C.restore, C.move, C.host, C.hostStrong, C.hostWeak, C.add, C.budget, C.budgetStrong].some(has) && !/:/.test(raw) && !bareList && !shaped) return undefined;
  const lang = changeLang(raw, words, guessed, C, ctx.lexicon);
  const matches = matchesOf(ctx.reading, ctx.lexicon, words);
  const ids = (kind: Match['sense']['kind']) => [...new Set(matches.filter((m) => m.sense.kind === kind).map((m) => (m.sense as { id: string }).id))];
  const plan = ctx.plan;
  const dm = (iso: string) => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}`;
  const named = (m: Meeting) => `${plan.bodies.find((b) => b.id === m.body)?.name ?? m.body} ${m.date.kind === 'month' ? formatMonth(m.date.month, lang) : dm(firstDate(m))}`;
  const oneAtATime = (example: string): AdminRequest => ({
    type: 'error',
    missing: true,
    lang,
    message: say(lang, 'thatIsSeveralChanges', example),
  });
  // The first change proposed, the rest named in a note; if the first does not read, one at a time.
  const first = (command: string, next: string[], example: string): AdminRequest => {
    const alone = { ...ctx, previous: undefined };
    const command0 = readme(command, alone, lang);
    const r = command0?.type === 'change' ? command0 : readNatural(command, alone, lang, readme);
    if (r?.type !== 'change') return oneAtATime(example);
    if (!next.length) return { ...r, lang };
    // Each next change read as it would be written on its own ("och SK 22/9 också" after the first).
    const then: Change[] = [];
    let prev = r.change;
    for (const n of next) {
      const own = readFollowUp(n, { ...alone, previous: prev }, lang, readme) ?? readme(n, alone, lang);
      const c = own?.type === 'change' ? own : readNatural(n, alone, lang, readme);
      if (c?.type === 'change') then.push((prev = c.change));
      // A part that reads but cannot be done ("… och SK 9/6 till 31/6"): said, and nothing is proposed.
      else if (own?.type === 'error' && !own.missing) return { ...own, lang };
      else if (c?.type === 'error' && !c.missing) return { ...c, lang };
    }
    // All of them read: one proposal, confirmed (and undone) as one.
    if (then.length === next.length) return { ...r, lang, change: together([r.change, ...then]) };
    // Else the first is proposed; the card names the others that read and says how to write the rest.
    const list = next.map((n) => `"${n}"`).join(say(lang, 'spacedAnd'));
    return { ...r, lang, note: say(lang, 'thatWasSeveralChanges', list), ...(then.length ? { then } : {}) } as AdminRequest;
  };
  // Parts that each read as a change on their own ("personal höjs med 20 000 och utredningar sänks med 10 000").
  const parts = raw.split(/\s*[,;]?\s+(?:och|and|samt)\s+|\s*;\s*/i).map((p) => p.trim()).filter(Boolean);
  if (parts.length >= 2 && parts.length <= 4) {
    const alone = { ...ctx, previous: undefined };
    const read = parts.map((p) => {
      const r = readme(p, alone, lang);
      return r && r.type !== 'error' ? r : readNatural(p, alone, lang, readme);
    });
    // A later part without a verb of its own repeats the first's ("flytta LG 20/5 en vecka och LG 9/9 två
    // veckor"), as a follow-up would: the note then says it as one ("och LG 9/9 två veckor också").
    const head = read[0];
    let failed: AdminRequest | undefined;
    const next = parts.slice(1).map((p, i) => {
      if (read[i + 1]?.type === 'change') return p;
      if (head?.type !== 'change') return undefined;
      const also = say(lang, 'andToo', p);
      const r = readFollowUp(also, { ...ctx, previous: head.change }, lang, readme);
      // "flytta LG 20/5 till 27/5 och SK 9/6 till 31/6": a part that cannot be done is said, and nothing proposed.
      const wrong = [r, read[i + 1]].find((x) => x?.type === 'error' && !x.missing);
      if (wrong && r?.type !== 'change') failed ??= { ...wrong, lang };
      return r?.type === 'change' ? also : undefined;
    });
    if (failed) return failed;
    if (head?.type === 'change' && next.every((n) => n !== undefined)) return first(parts[0]!, next as string[], parts[0]!);
  }
  // "flytta LG 9/9 till 16/9, ställ in LG 14/10": parts split by commas too, where each reads as a change on
  // its own (a comma also lists dates and places: "SK 9/6, 22/9 och 3/11 ställs in" is read below).
  const listed = raw.split(/\s*,\s*(?:(?:och|and|samt)\s+)?|\s+(?:och|and|samt)\s+|\s*;\s*/i).map((p) => p.trim()).filter(Boolean);
  if (listed.length >= 2 && listed.length <= 4 && listed.length !== parts.length) {
    const alone = { ...ctx, previous: undefined };
    const read = listed.map((p) => {
      const r = readme(p, alone, lang);
      return r?.type === 'change' ? r : readNatural(p, alone, lang, readme);
    });
    if (read.every((r) => r?.type === 'change')) return first(listed[0]!, listed.slice(1), listed[0]!);
  }
  const lines = ids('budgetLine');
  const amounts = amountsIn(raw);
  const lineAmount = (id: string) => plan.budgets.flatMap((b) => [...b.income, ...b.costs]).find((l) => l.id === id)?.amount;
  // Amounts the lines already have state facts ("personal 580 000 och kontorsservice 50 000"), not changes.
  const newAmounts = lines.length === amounts.length && amounts.every((a, i) => a !== lineAmount(lines[i]!));
  if (lines.length >= 2 && amounts.length >= 2 && (has(C.budget) || has(C.budgetStrong) || /:/.test(raw) || (bareList && newAmounts))) {
    const label = (id: string) => plan.budgets.flatMap((b) => [...b.income, ...b.costs]).find((l) => l.id === id)?.label ?? id;
    const kr = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ' ');
    const example = `${label(lines[0]!)} ${kr(amounts[0]!)}`;
    // "höjs med 20 000 och sänks med 10 000": amounts by which, read one at a time.
    if (has(C.budgetBy) || lines.length !== amounts.length) return oneAtATime(example);
    const year = /\b((?:19|20)\d\d)\b/.exec(raw)?.[1] ?? String(plan.budgets.find((b) => b.year === Number(stockholmDate(ctx.now).slice(0, 4)))?.year ?? [...plan.budgets].sort((a, b) => b.year - a.year)[0]?.year);
    return first(`${say(lang, 'commandChangeBudget')} ${year} ${lines[0]} ${amounts[0]}`, lines.slice(1).map((l, i) => `${label(l)} ${say(lang, 'becomes')} ${kr(amounts[i + 1]!)}`), example);
  }
  const bodies = ids('body');
  // Not the reading's dates: as in readNatural, no week numbers or offsets, in the change's language.
  const dates = extractDates(raw, words, matches, lang, ctx.now, { weekWords: [], joins: timeJoins(ctx.lexicon.data) });
  const hit = new Map<string, Meeting>();
  const free: string[] = [];
  for (const d of dates.dates) {
    const on = meetingsBetween(plan, d, d).filter((m) => !bodies.length || bodies.includes(m.body));
    if (on.length) for (const m of on) hit.set(m.id, m);
    else free.push(d);
  }
  const municipalities = ids('municipality');
  const cancel = has(C.cancel);
  const restore = has(C.restore);
  const host = (has(C.host) || has(C.hostStrong) || has(C.hostWeak)) && municipalities.length > 0;
  // A meeting that already is as asked ("SK 9/6 och 22/9 ska vara i Salem": 9/6 is in Salem) is left out.
  const place = municipalities.length === 1 ? municipalities[0]! : undefined;
  const meetings = [...hit.values()].filter((m) => !(cancel && m.status === 'cancelled') && !(restore && !cancel && m.status !== 'cancelled') && !(host && !cancel && !restore && !free.length && place && m.hosts.length === 1 && m.hosts[0] === place));
  // In the calendar's order (the dates are read in that order, so the n-th meeting pairs with the n-th new date).
  meetings.sort((a, b) => firstDate(a).localeCompare(firstDate(b)));
  free.sort();
  if (hit.size >= 2 && meetings.length >= 1 && (cancel || restore || free.length >= 2 || (host && !free.length))) {
    const [one, ...rest] = meetings as [Meeting, ...Meeting[]];
    const also = (m: Meeting) => say(lang, 'andNamedToo', named(m));
    if (cancel || restore) {
      const verb = cancel ? say(lang, 'commandCancel') : say(lang, 'commandRestore');
      return first(`${verb} ${meetingRef(ctx, one, lang)}`, rest.map(also), `${verb} ${named(one)}`);
    }
    if (free.length >= 2) {
      if (free.length !== meetings.length) return oneAtATime(say(lang, 'exampleMoveTo', named(one), dm(free[0]!)));
      return first(`${say(lang, 'commandMove')} ${meetingRef(ctx, one, lang)} ${say(lang, 'commandTo')} ${free[0]}`, rest.map((m, i) => say(lang, 'andTo', named(m), dm(free[i + 1]!))), say(lang, 'exampleMoveTo', named(one), dm(free[0]!)));
    }
    const town = municipalityName(plan, municipalities[0]!);
    if (!place) return oneAtATime(say(lang, 'exampleHostedBy', named(one), town));
    return first(`${say(lang, 'commandChangeHost')} ${meetingRef(ctx, one, lang)} ${say(lang, 'commandTo')} ${town}`, rest.map(also), say(lang, 'exampleHostedBy', named(one), town));
  }
  const years = [...new Set([...raw.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => m[1]!))];
  const rotating = bodies.find((b) => plan.hostRotations.some((r) => r.body === b));
  if (rotating && years.length >= 2 && municipalities.length >= 1 && !dates.dates.length) {
    const name = plan.bodies.find((b) => b.id === rotating)?.name ?? rotating;
    const place = (i: number) => municipalityName(plan, municipalities[Math.min(i, municipalities.length - 1)]!);
    if (municipalities.length !== 1 && municipalities.length !== years.length) return oneAtATime(`${name} ${years[0]} ${place(0)}`);
    return first(`${say(lang, 'commandHost')} ${bodyRef(ctx, rotating)} ${years[0]} ${place(0)}`, years.slice(1).map((y, i) => (municipalities.length === 1 ? say(lang, 'andYearToo', y) : `${name} ${y} ${place(i + 1)}`)), `${name} ${years[0]} ${place(0)}`);
  }
  return undefined;
}

/**
 * The proposal's change made to the body's next (`step` 1) or previous (-1) planned meeting instead ("cancel LG 20 May" →
 * "sorry, the one after that": LG 9 September): cancelled or restored, given the proposed host, or moved by as many days
 * as the proposal moved its own (a proposal that only gives a month-only meeting its day is not carried over).
 */
function neighbourChanged(change: Extract<Change, { kind: 'meeting.update' }>, was: Meeting, step: number, ctx: ParseContext, lang: Lang, run: (command: string) => AdminRequest | undefined): AdminRequest | undefined {
  const plan = ctx.plan;
  const other = step > 0 ? firstAfter(plan, firstDate(was), was.body, (m) => m.id !== was.id) : lastBefore(plan, firstDate(was), was.body, (m) => m.id !== was.id);
  if (!other) return undefined;
  const ref = meetingRef(ctx, other, lang);
  const { status, hosts, date, time } = change.set;
  if (status) return run(`${say(lang, status === 'cancelled' ? 'commandCancel' : 'commandRestore')} ${ref}`);
  if (hosts && !date && !time) return run(`${say(lang, 'commandChangeHost')} ${ref} ${say(lang, 'commandTo')} ${hosts.map((h) => municipalityName(plan, h)).join(say(lang, 'spacedAnd'))}`);
  if (date?.kind === 'day' && was.date.kind === 'day' && other.date.kind === 'day') {
    const to = shiftDay(other.date.date, dayDifference(was.date.date, date.date));
    return run(`${say(lang, 'commandMove')} ${ref} ${say(lang, 'commandTo')} ${to}`);
  }
  return undefined;
}

/**
 * A correction of the writer's proposal that still waits in this conversation: "nej 27/5 menade jag",
 * "nej vänta, 16/9", "no sorry, I meant 3 June", "nej, Haninge menade jag", "nej, 610 000", "nej, LG 14/10
 * menade jag" (after "ställ in LG 9/9"). It must say it corrects (the lexicon's changes.correction, first or
 * last); what is left is put in the proposal's place (the meeting, the new date, the host, the amount, the
 * year) or, where it is a change of its own ("nej, flytta LG 9/9 till 23/9"), taken as it is. The request
 * replaces the waiting proposal: nothing changes until the new one is confirmed. Without a waiting proposal
 * (ctx.pending) nothing here is read.
 */
function readCorrection(text: string, ctx: ParseContext, readme: Readme): AdminRequest | undefined {
  const pending = ctx.pending;
  const C = changeWords(ctx.lexicon);
  if (!pending || !C || text.includes('?')) return undefined;
  const all = splitWords(fold(text));
  let rest = ` ${all.join(' ')} `;
  let marked = false;
  // "nej, förlåt, jag menade …": markers one after another, then one at the end.
  for (let i = 0; i < 4; i++) {
    const head = C.correctStart.find((p) => rest.startsWith(p));
    if (!head) break;
    [rest, marked] = [` ${rest.slice(head.length)}`, true];
  }
  let words = splitWords(rest.trim());
  // "inte 29/9 utan 6/10", "6/10 istället, inte 29/9": the value taken back is left out (a correction then).
  const not = words.findIndex((w) => C.correctNot.has(w));
  if (not >= 0) {
    const but = words.findIndex((w, i) => i > not && C.correctBut.has(w));
    const kept = but > not ? [...words.slice(0, not), ...words.slice(but + 1)] : words.slice(0, not);
    if (kept.length && /\d/.test(words.slice(not).join(' '))) [words, marked] = [kept, true];
  }
  rest = ` ${words.join(' ')} `;
  const tail = C.correctEnd.find((p) => rest.endsWith(p));
  if (tail) [rest, marked] = [`${rest.slice(0, rest.length - tail.length)} `, true];
  words = splitWords(rest.trim());
  if (!words.length || words.length > 10 || QUESTION_WORDS.has(words[0]!)) return undefined;
  // "sorry, the one after that", "nej, mötet före det": the body's next or previous meeting, written whole.
  const phrase = words.join(' ');
  const step = C.correctNext.has(phrase) ? 1 : C.correctPrevious.has(phrase) ? -1 : 0;
  // Right after "nej" cancelled the proposal, a value alone ("27/5", "Haninge", "10 000 mer", "the 23rd")
  // corrects it too: a message with any other word is read as it is (a question, a change of its own).
  if (!step && !marked && !(pending.cancelled && valueAlone(words, ctx, C))) return undefined;
  rest = words.join(' ');
  // The words decide the language where they can; else the proposal's ("nej, 28/5" after an English one).
  // The whole message counts, its correction words too ("sorry, I meant …": the lexicon's changes.enWords).
  const score = ctx.lexicon.langScore(all);
  const en = score.en + all.filter((w) => C.enWords.has(w)).length;
  // A word with å, ä or ö counts as Swedish unless it is a name ("sorry, I meant Tyresö" stays English).
  const swedish = text.split(/\s+/).some((t) => /[åäö]/i.test(t) && !ctx.lexicon.isName(fold(t)));
  const lang: Lang = swedish || score.sv > en ? 'sv' : en > score.sv ? 'en' : pending.lang;
  const alone = { ...ctx, previous: undefined, pending: undefined };
  const done = (r: AdminRequest | undefined, note?: string): AdminRequest | undefined => {
    // A cancelled proposal is gone already: nothing to replace.
    if (r?.type === 'change') return { ...r, lang, ...(pending.cancelled ? {} : { replaces: pending.id }), ...(note ? { note } : {}) };
    // What was written reads, but cannot be done ("30/2", a clash): said, and the proposal still waits.
    if (r?.type === 'error' && !r.missing) return { ...r, lang };
    return undefined;
  };
  // A change of its own replaces the proposal as it is.
  const own = readme(rest, alone, lang);
  if (own?.type === 'change') return done(own);
  const natural = readNatural(rest, alone, lang, readme);
  if (natural?.type === 'change') return done(natural);

  const plan = ctx.plan;
  const matches = ctx.lexicon.match(words);
  const ids = (kind: Match['sense']['kind']) => [...new Set(matches.filter((m) => m.sense.kind === kind).map((m) => (m.sense as { id: string }).id))];
  const dates = extractDates(rest, words, matches, lang, ctx.now, { weekWords: [], joins: timeJoins(ctx.lexicon.data) });
  const municipalities = ids('municipality');
  const run = (command: string, note?: string) => done(readme(command, alone, lang) ?? readNatural(command, alone, lang, readme), note);
  const change = pending.change;
  if (change.kind === 'meeting.update') {
    const was = plan.meetings.find((m) => m.id === change.meetingId);
    if (!was) return undefined;
    if (step) return neighbourChanged(change, was, step, ctx, lang, run);
    // "sorry, the 23rd", "nej, den 26:e": a day without its month is in the month proposed (else the meeting's).
    const day = dates.dates.length || dates.month ? undefined : dayOnly(text);
    const proposed = change.set.date ?? was.date;
    const month = proposed.kind === 'day' ? proposed.date.slice(0, 7) : proposed.kind === 'days' ? proposed.start.slice(0, 7) : proposed.month;
    if (day !== undefined) {
      const iso = `${month}-${String(day).padStart(2, '0')}`;
      // A day the month does not have is written as it was, for the command to say so.
      dates.dates = [Number.isNaN(Date.parse(`${iso}T12:00:00Z`)) || new Date(`${iso}T12:00:00Z`).getUTCDate() !== day ? `${day}/${Number(month.slice(5))}` : iso];
      rest = dates.dates[0]!;
    }
    const body = ids('body')[0] ?? was.body;
    // A date that is one of the body's meetings names the meeting meant; any other is a new date.
    const other = dates.dates.map((d) => meetingsBetween(plan, d, d, body).find((m) => m.id !== was.id)).find(Boolean);
    const free = dates.dates.filter((d) => !meetingsBetween(plan, d, d, body).length);
    const meeting = other ?? was;
    const { status, hosts, date, time } = change.set;
    if (status) return other ? run(`${say(lang, status === 'cancelled' ? 'commandCancel' : 'commandRestore')} ${meetingRef(ctx, other, lang)}`) : undefined;
    if (hosts && !date && !time) {
      const to = municipalities.length ? municipalities : other ? hosts : [];
      if (!to.length) return undefined;
      return run(`${say(lang, 'commandChangeHost')} ${meetingRef(ctx, meeting, lang)} ${say(lang, 'commandTo')} ${to.map((h) => municipalityName(plan, h)).join(say(lang, 'spacedAnd'))}`);
    }
    // "flytta LG 14/10 en vecka, nej två veckor": the shift counted again from the meeting's own day, in the
    // proposal's direction (a move earlier stays earlier).
    if (date?.kind === 'day' && was.date.kind === 'day' && !dates.dates.length && !dates.month && countedSpan(words, ctx.lexicon)) {
      const shifted = readNatural(`${say(lang, 'commandMove')} ${meetingRef(ctx, was, lang)} ${rest}`, alone, lang, readme);
      const to = shifted?.type === 'change' && shifted.change.kind === 'meeting.update' ? shifted.change.set.date : undefined;
      if (shifted?.type === 'change' && to?.kind === 'day') {
        const by = dayDifference(was.date.date, to.date);
        // Read without a direction, a shift is later; the proposal's direction decides.
        const earlier = date.date < was.date.date && by > 0;
        return done(earlier ? run(`${say(lang, 'commandMove')} ${meetingRef(ctx, was, lang)} ${say(lang, 'commandTo')} ${shiftDay(was.date.date, -by)}`) : shifted);
      }
    }
    if (date || time) {
      // "nej, 27/5", "no wait, I meant 28 October at 10": the new date (and time) in the proposal's place.
      if (free.length || (!other && /\d/.test(rest))) return run(`${say(lang, 'commandMove')} ${meetingRef(ctx, meeting, lang)} ${say(lang, 'commandTo')} ${other ? free.join(' ') : rest}`);
      // "nej, LG 9/9 menade jag": the other meeting, to the date proposed.
      if (other && date) return run(`${say(lang, 'commandMove')} ${meetingRef(ctx, other, lang)} ${say(lang, 'commandTo')} ${date.kind === 'day' ? date.date : date.kind === 'days' ? `${date.start} ${date.end}` : date.month}`);
    }
    return undefined;
  }
  if (change.kind === 'meeting.add' && change.meetings.length === 1) {
    const was = change.meetings[0]!;
    const day = dates.dates.length ? dates.dates.slice(0, 2).join(' ') : was.date.kind === 'day' ? was.date.date : was.date.kind === 'days' ? `${was.date.start} ${was.date.end}` : undefined;
    if (!day || (!dates.dates.length && !municipalities.length)) return undefined;
    const hosts = municipalities.length ? municipalities : was.hosts;
    const host = hosts.length ? ` ${say(lang, 'commandHost')} ${municipalityName(plan, hosts[0]!)}` : '';
    const clock = was.time.kind === 'clock' && !/\d[.:]\d\d/.test(rest) ? ` ${was.time.start.replace(':', '.')}-${was.time.end.replace(':', '.')}` : '';
    const r = run(`${say(lang, 'commandAddMeeting')} ${bodyRef(ctx, ids('body')[0] ?? was.body)} ${day}${clock}${host}`);
    return r?.type === 'change' && r.change.kind === 'meeting.add' ? { ...r, change: { ...r.change, meetings: r.change.meetings.map((m) => ({ ...m, source: was.source ?? text.trim() })) } } : r;
  }
  if (change.kind === 'budget.line' && change.line) {
    const budget = plan.budgets.find((b) => b.year === change.year);
    const lineId = ids('budgetLine').find((id) => budget?.[change.side].some((l) => l.id === id)) ?? change.lineId;
    const current = budget?.[change.side].find((l) => l.id === lineId)?.amount;
    const signs = new Map<number, number>();
    const amount = amountsIn(rest, signs).at(-1);
    const share = shareIn(rest);
    // "nej, +10k", "nej, 10 000 mer", "no, another 10k", "nej, 5 % mindre": by how much, counted from the
    // proposal's amount (the card the secretary answers shows it), not from the plan's; "till 610 000" is
    // the new amount itself. On another line named, counted from that line's amount, as the request would be.
    const more = words.some((w) => C.correctMore.has(w));
    const less = words.some((w) => C.correctLess.has(w));
    const toAmount = /\b(till|to)\s+[+\-−]?\d/.test(rest);
    const sign = (amount !== undefined ? signs.get(amount) : share?.sign || undefined) ?? (toAmount || more === less ? 0 : more ? 1 : -1);
    const base = lineId === change.lineId ? change.line.amount : current;
    let value: number | undefined;
    if (amount !== undefined) value = sign && base !== undefined ? base + sign * amount : amount;
    else if (share && sign && base !== undefined) value = Math.round(base + (sign * base * share.percent) / 100);
    // "nej, kontorsservice menade jag": the amount proposed, on the line meant.
    else if (lineId !== change.lineId) value = change.line.amount;
    if (value === undefined) return undefined;
    // Said on the card where it is not the plan's amount it is counted from.
    const from = sign && base !== undefined && base !== current && current !== undefined ? say(lang, 'countedFromTheProposal', kronor(base), kronor(current)) : undefined;
    return run(`${say(lang, 'commandChangeBudget')} ${change.year} ${lineId} ${value}`, from);
  }
  if (change.kind === 'rotation.set') {
    const year = /\b((?:19|20)\d\d)\b/.exec(rest)?.[1];
    const host = municipalities[0] ?? change.host;
    if ((!year && !municipalities.length) || !host) return undefined;
    return run(`${say(lang, 'commandHost')} ${bodyRef(ctx, change.body)} ${year ?? change.year} ${municipalityName(plan, host)}`);
  }
  return undefined;
}

/**
 * Whether a message is a value and nothing else ("27/5", "Haninge", "LG 14/10", "10 000 mer", "the 23rd",
 * "2015"): every word a number or date, a name the plan has (a body, a municipality, a month, a budget
 * line), a correction's direction ("mer", "less") or one of the few words that stand with a value.
 */
function valueAlone(words: string[], ctx: ParseContext, C: ChangeWords): boolean {
  const named = new Set<number>();
  for (const m of ctx.lexicon.match(words)) {
    if (['body', 'municipality', 'month', 'budgetLine'].includes(m.sense.kind)) for (let i = m.start; i < m.end; i++) named.add(i);
  }
  const valued = words.some((w, i) => /\d/.test(w) || named.has(i));
  return valued && words.every((w, i) => /\d/.test(w) || named.has(i) || C.correctValue.has(w) || C.correctMore.has(w) || C.correctLess.has(w));
}

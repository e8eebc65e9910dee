// One turn, decided: (the message read once, the plan snapshot, the runtime state, the conversation's
// follow-up context, now) → replies and effects. Nothing here writes, logs or reads a clock: the core
// (bot.ts) hands the turn what it needs and its runner applies the effects.
import { helpReply } from '../answers/help.js';
import { answer } from '../answers/answer.js';
import { contextOf } from '../answers/common.js';
import type { Lexicon } from '../understand/lexicon.js';
import { fold } from '../understand/normalize.js';
import { introducedMunicipality, opensWithContrast, splitWords, understand, withoutAsides, withoutIntroduction, withoutRelay, type QueryContext } from '../understand/understand.js';
import { expandShorthand } from '../understand/shorthand.js';
import { withBetweenNamed, withBothTitled, withElidedNoun, withoutLikeOther, withPossessedNoun, withTrailingPossessive } from '../understand/coordination.js';
import { firstDate, undatedYear } from '../domain/calendar.js';
import type { Current } from '../store/store.js';
import type { PlanSnapshot } from '../store/snapshot.js';
import type { Command, CommandContext, Draft, TurnResult } from './command.js';
import { log, type Effect } from './effects.js';
import type { Incoming } from './incoming.js';
import { matchesOf, type Reading } from './reading.js';
import { reply, type Reply } from './reply.js';
import { withWaitingProposals } from './waiting.js';
import type { Lang } from '../text/lang.js';
import { say } from '../text/catalogue/index.js';

/**
 * Longer messages are not read. A question is a line or two, and reading a text costs more than its
 * length (every date and name in it is weighed against the others): a pasted wall of dates would hold
 * the bot for minutes. Such a message gets a short note instead.
 */
export const MAX_TEXT_LENGTH = 1000;
/** The most a data-carrying command (a pasted plan file, a year's calendar) may hold. */
export const MAX_COMMAND_LENGTH = 512 * 1024;

export interface TurnInput {
  msg: Incoming;
  /** The message read once, with `lexicon` (the reading's matches are that lexicon's). */
  reading: Reading;
  now: Date;
  plan: PlanSnapshot;
  data: Current;
  /** This conversation's follow-up context, if it has one. */
  context?: QueryContext;
  /** The member's open question in this conversation, if the bot asked one. */
  draft?: Draft;
  lexicon: Lexicon;
}

export interface TurnDeps {
  /** Commands, in the order they are tried; the first whose matches() is true handles the message. */
  commands: readonly Command[];
  debugNlu?: boolean;
}

export function tooLongReply(lang: Lang): Reply {
  return reply('tooLong', lang, say(lang, 'tooLongTitle'), [{ type: 'text', text: say(lang, 'tooLongText', MAX_TEXT_LENGTH) }]);
}

/**
 * The lexicon's words of a split (exactWords): `leavingOut` open what is left out of a question ("(inte rådslaget)",
 * "except the LG"), part of the question before them; `conditions` open a condition, whose clause right before the
 * question is part of it ("…, om de delas lika, vad …"); `questionWords` can open a second question in the same
 * message (a clitic "'s" taken off before). As written, lower case.
 * (questionWords are not the secretariat's QUESTION_WORDS, bot/admin/natural.ts, folded, which has "varför"/"why" and
 * "whats"/"whens" besides: there any question word makes a message no change request, and a why never is one; here a
 * word splits one message into two questions, and "…, och varför …" splitting has not been measured against the
 * understanding sets, so the two lists are kept apart. The lexicon's exactWords.understood.questionFirst, a sentence
 * that asks without its "?", is a third, folded.)
 */
export interface SplitWords {
  leavingOut: readonly string[];
  conditions: readonly string[];
  questionWords: readonly string[];
  comparatives: readonly string[];
  comparativeEndings: readonly string[];
}

/** The lexicon's words of a closing question (exactWords): its question words, and the modal openers it may begin with besides. */
export interface ClosingWords {
  questionWords: readonly string[];
  closingModals: readonly string[];
}
/** Marks between clauses inside a part, as written: a comma, a dash, a semicolon, a colon. */
const CLAUSE_END = /[,;:–—]$|^[–—-]$/;

/** Whether the last clause of the words opens with a condition word (its condition belongs to what follows). */
function endsInCondition(words: readonly string[], conditions: readonly string[]): boolean {
  let start = 0;
  for (let k = 0; k < words.length - 1; k++) if (CLAUSE_END.test(words[k]!)) start = k + 1;
  const first = words[start]?.toLowerCase().replace(/^[–—-]+/, '');
  return first !== undefined && conditions.includes(first);
}

/**
 * "när är rådslaget och vem är värd", "nästa LG? och nästa SK?": two questions in one message. Split where
 * "och"/"and" is followed by a question word, or at a question mark inside the message; each part keeps at
 * least two words. The second part is read as a follow-up of the first (its subject carries over).
 * One pass over the words (no backtracking regular expression: a message may be 1000 characters).
 */
export function splitQuestions(text: string, split: SplitWords, namedFirst?: (part: string) => boolean, openedFirst?: (part: string, word: string) => boolean): [string, string] | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  // ("when's", "what's": the question word with its clitic.)
  const bare = (w: string) => w.toLowerCase().replace(/^[,;]+|[?!.,;]+$/g, '').replace(/['’]s$/, '');
  for (let i = 1; i < words.length - 1; i++) {
    // "… LG? och nästa SK?": a question mark ends the first question.
    // ("södertörnskonferensen, när är den? (inte rådslaget)": what follows is what is not meant, no question of its own.)
    if (i >= 2 && words[i - 1]!.endsWith('?') && words.length - i >= 2 && !split.leavingOut.includes(bare(words[i]!).replace(/^[(\[–—-]+/, ''))) return [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const w = bare(words[i]!);
    // "rådslaget var i Salem i år, vem har det nästa år?": a statement of a body or a municipality named first
    // (namedFirst), then a question after a comma. ("Om personalen höjs …, hur mycket blir kvar?" is one question.)
    // ("Huddinge får 50 000 – om avgifterna delas lika, vad betalar Huddinge netto?": a condition right before the
    // question is the question's own, so the message is one question.)
    // ("sen salem ar vard 2012 vem ar vard 2013", spoken without a comma: a premise opened by a word of reason ends where
    // a question word begins the question, openedFirst.)
    // ("Överförmyndarnämnden har väl funnits sedan 2009 – hur många kommuner ingår i den?": a dash ends it as a comma does.)
    const commaOr = words[i - 1]!.endsWith(',') || (i >= 3 && /^[–—-]$/.test(words[i - 1]!)) || (i >= 3 && Boolean(openedFirst?.(words.slice(0, i).join(' '), w)));
    if (i >= 2 && commaOr && split.questionWords.includes(w) && !endsInCondition(words.slice(0, i), split.conditions) && namedFirst?.(words.slice(0, i).join(' '))) {
      return [words.slice(0, i).join(' ').replace(/\s*[–—-]$/, '').replace(/[,;]+$/, ''), words.slice(i).join(' ')];
    }
    // ("vilka möten är längst, SK:s eller LG:s, och hur mycket längre?": "how much" with at most a comparative after it
    // asks by how much of the comparison before it, no question of its own.)
    if ((w === 'och' || w === 'and') && i >= 2 && byHowMuch(words.slice(i + 1).map(bare), split)) continue;
    // ("vilken dag och hur länge träffas LG?", "hur länge och vilken veckodag har SK sina möten?": a question word with one
    // word of its own before "och" shares the subject that follows, one question of two aspects.)
    if ((w === 'och' || w === 'and') && i === 2 && split.questionWords.includes(bare(words[0]!))) continue;
    if ((w === 'och' || w === 'and') && i >= 2 && split.questionWords.includes(bare(words[i + 1]!))) {
      const first = words.slice(0, i).join(' ').replace(/[,;]+$/, '');
      return [first, words.slice(i + 1).join(' ')];
    }
  }
  return undefined;
}

/**
 * "hur mycket längre", "how much more", "hur mycket": how much, then nothing or one comparative, ending the message
 * (the lexicon's exactWords.comparatives, or a word of letters with two or more before one of its comparativeEndings).
 */
function byHowMuch(rest: readonly string[], words: Pick<SplitWords, 'comparatives' | 'comparativeEndings'>): boolean {
  const [a, b, ...more] = rest.map((w) => w.toLowerCase());
  if (!((a === 'hur' && b === 'mycket') || (a === 'how' && b === 'much')) || more.length > 1) return false;
  if (!more.length) return true;
  const w = more[0]!;
  return words.comparatives.includes(w) || (/^\p{L}+$/u.test(w) && words.comparativeEndings.some((e) => w.length - e.length >= 2 && w.endsWith(e)));
}

/** The most parts one message is split into: a longer list is read as its first parts, the rest whole in the last. */
export const MAX_PARTS = 4;
/** A list marker opening a line or a part: "-", "*", "•", "1.", "2)". */
const LIST_MARKER = /^(?:[-*•·–—]|\(?\d{1,2}[.)])$/;
/** Marks between the parts of a list written on one line: ";", a "+" between words (besides the lexicon's list joins, "samt"); a numbered item "2)". */
const INLINE_MARKS = [';', '+'];

/**
 * "- rådslaget 2012 värd\n- nyckeltalsdagen datum", "1) vem … 2) vad …", "budget tot + personal?", "LG i höst; SK i
 * höst": several questions written as a list, one a line, or joined by ";", "+" or "samt". The parts, at most
 * MAX_PARTS (what is left stays in the last), each without its list marker; undefined where the message is one
 * part. A line that only announces the list ("Två saker:") is no part. `joins`: the words that join a list's parts on one
 * line (the lexicon's exactWords.listJoins, "samt"), as written, lower case. `adds`: whether a "+" or "samt" between the
 * words before it and the rest of the line joins what is added up ("personal + ersättningen t huddinge ihop?"), not
 * two questions. One pass over the words (`adds` is asked at most once a mark, and stops at MAX_PARTS).
 */
export function listParts(text: string, joins: readonly string[], adds: (left: string, right: string) => boolean): string[] | undefined {
  const parts: string[][] = [[]];
  let asked = 0;
  const numbered = /^\s*\(?1[.)]\s/.test(text);
  const lines = text.split(/\r?\n/);
  for (const line of lines) {
    const words = line.split(/[ \t]+/).filter(Boolean);
    if (parts.at(-1)!.length && parts.length < MAX_PARTS) parts.push([]);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const current = parts.at(-1)!;
      // ('2)' anywhere; '2.' inside a line only in a list that opens with '1.': "1. när är rådslaget 2. vem är värd".)
      const marker = LIST_MARKER.test(w) && (i === 0 || /^\(?\d{1,2}\)$/.test(w) || (numbered && /^\d{1,2}\.$/.test(w)));
      const bare = /^;+$/.test(w) ? ';' : w.toLowerCase();
      // (A "+" between figures is a sum: "580 000 + 230 000".)
      // (`adds` reads words, so it is asked at most 2 × MAX_PARTS times: "A + B + C + …" costs no more than a few parts.)
      const mark = (INLINE_MARKS.includes(bare) || joins.includes(bare)) && parts.length < MAX_PARTS && (bare === ';' || asked++ < 2 * MAX_PARTS);
      const between = mark && (bare === ';' || (!(bare === '+' && (/\d$/.test(words[i - 1] ?? '') || /^\d/.test(words[i + 1] ?? ''))) && !adds(current.join(' '), words.slice(i + 1).join(' '))));
      if (marker || between) {
        if (current.length && parts.length < MAX_PARTS) parts.push([]);
        else if (between && current.length) current.push(w);
        continue;
      }
      current.push(w);
      if (w.endsWith(';') && w.length > 1 && parts.length < MAX_PARTS) {
        current[current.length - 1] = w.slice(0, -1);
        parts.push([]);
      }
    }
  }
  const out = parts.map((p) => p.join(' ').trim()).filter((p) => p && !p.endsWith(':'));
  return out.length > 1 ? out : undefined;
}

/** The most words of a fragment after a comma that may be a question of its own ("nästa LG", "södertörnskonferensen när"). */
const FRAGMENT_WORDS = 5;

/**
 * "förra LG, nästa LG": a message of two to MAX_PARTS short fragments between commas (a comma before a space: "0,6"
 * is a number), each one a question of its own (`own`). The fragments, or undefined. One pass over the text.
 */
export function commaFragments(text: string, own: (part: string) => boolean): string[] | undefined {
  const parts = text.split(/,\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || parts.length > MAX_PARTS) return undefined;
  return parts.every(own) ? parts : undefined;
}

/** The lexicon's words of splitting a message (exactWords), as the functions above take them. */
function splitWordsOf(lexicon: Lexicon): SplitWords & ClosingWords & { listJoins: readonly string[] } {
  const w = lexicon.data.exactWords;
  return { leavingOut: w?.leavingOut ?? [], conditions: w?.conditions ?? [], questionWords: w?.questionWords ?? [], comparatives: w?.comparatives ?? [], comparativeEndings: w?.comparativeEndings ?? [], closingModals: w?.closingModals ?? [], listJoins: w?.listJoins ?? [] };
}

/** The list joins as one pattern of whole words, any case; built once per list. */
const joinPatterns = new WeakMap<readonly string[], RegExp>();
function joinPattern(joins: readonly string[]): RegExp {
  let re = joinPatterns.get(joins);
  if (!re) joinPatterns.set(joins, (re = joins.length ? new RegExp(`\\b(?:${joins.map((j) => j.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i') : /(?!)/));
  return re;
}

/** Whether a message can hold a list of questions: a line break, a list mark, ";", "+" or a list join, "samt" (cheap test first). */
function splitQuestionsNeeded(text: string, joins: readonly string[]): boolean {
  return /[\n;+]|(?:^|\s)\(?\d{1,2}\)\s|^\s*(?:[-*•·–—]|\d{1,2}[.)])\s/.test(text) || joinPattern(joins).test(text);
}

/**
 * "Jag har fått höra att Botkyrka betalar en miljon … men jag förstår inte – hur stor är egentligen hela budgeten?":
 * a long preamble of hearsay or belief (`claims`: statements, at least eight words, no question mark) and, after the
 * last sentence end or dash, the question asked. [preamble, question], or undefined. One pass over the words.
 * The question opens with one of `opening`'s question words, or its modals ("Could you tell me when …?", "Kan du säga …?";
 * no yes/no verb: "… undrar jag varför … – är det för att …?" is one question whose reason is asked after the dash).
 */
export function closingQuestion(text: string, claims: (preamble: string) => boolean, opening: ClosingWords): [string, string] | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  let cut = -1;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    if (/^[–—-]$/.test(w)) cut = i + 1;
    else if (/[.!:]$/.test(w) && !/^\d+[.:]$/.test(w)) cut = i + 1;
  }
  if (cut < 8 || words.length - cut < 3) return undefined;
  const preamble = words.slice(0, cut);
  const question = words.slice(cut);
  if (preamble.some((w) => w.includes('?'))) return undefined;
  // ("Okej, so vad är next step för SK after 14/4 – which date and värd?": a preamble that opens, or opens a sentence,
  // with a question word is the question itself, and what follows the dash is part of it.)
  const bare = (w: string) => w.toLowerCase().replace(/^[(\[]+|[?!.,;:]+$/g, '');
  for (let i = 0; i < preamble.length; i++) {
    if (i === 0 || /[.!]$/.test(preamble[i - 1]!)) if (preamble.slice(i, i + 3).some((w) => opening.questionWords.includes(bare(w)))) return undefined;
  }
  const first = question[0]!.toLowerCase().replace(/['’]s$/, '');
  if (!question.at(-1)!.endsWith('?') && !opening.questionWords.includes(first)) return undefined;
  if (!opening.questionWords.includes(first) && !opening.closingModals.includes(first)) return undefined;
  const said = preamble.join(' ').replace(/\s*[–—-]$/, '').replace(/[.!:]$/, '');
  // (Only a preamble of hearsay or belief: "vi har redan dragit 85 000 på konsulter – hur mycket finns kvar?" gives
  // the question its figure and is read whole.)
  return claims(said) ? [said, question.join(' ')] : undefined;
}

/** How many words at the start of `words` are a premise opener ("eftersom", "given that"), 0 where none. */
function premiseOpener(words: string[], openers: string[]): number {
  for (const o of openers) {
    const ws = o.split(' ');
    if (ws.every((w, i) => words[i] === w)) return ws.length;
  }
  return 0;
}

/** The premise without its opener ("As the committee only meets …" → "the committee only meets …"). */
function dropOpener(part: string, opener: (words: string[]) => number): string {
  const n = opener(splitWords(fold(part)));
  return n ? part.split(/\s+/).slice(n).join(' ') : part;
}

/**
 * Whether a premise's answer corrects it: a yes/no answered no ("Nej – Tyresö är inte värd 2013 …"), or one of the
 * municipalities it named set aside for another ("Inte Haninge – Huddinge kommun har sekretariatet").
 */
function corrected(premise: Reply, named: readonly string[], plan: PlanSnapshot['plan'], lang: Lang): boolean {
  if (premise.title.startsWith(`${say(lang, 'no')} –`)) return true;
  return named.some((id) => {
    const name = plan.municipalities.find((m) => m.id === id)?.name;
    return name !== undefined && premise.title.startsWith(say(lang, 'notPlaceButPlace', name, ''));
  });
}

/** The municipalities an answer was about: those it answered with, else those it was asked about. */
const answerSubject = (c: QueryContext | undefined) => (c?.answerMunicipalities?.length ? c.answerMunicipalities : c?.municipalities);

/** Two answers in one reply: the first whole, then what the second adds under its own title. */
function joinReplies(a: Reply, b: Reply, newSubject = false): Reply {
  const seen = new Set(a.blocks.map((x) => JSON.stringify(x)));
  const added = b.blocks.filter((x) => !seen.has(JSON.stringify(x)));
  // A second answer that only repeats the first (the host was already on the card) adds nothing.
  // (One whose answer is its title alone, "Tyresö är värd för rådslaget 2014" after "vilket år är Botkyrka
  // värd, och vem är värd året efter?", adds that title where it is of another year or host than the first.)
  const said = JSON.stringify([a.title, ...a.blocks]);
  if (!added.length && (!b.title || !newSubject || said.includes(b.title))) return a;
  return { ...a, blocks: [...a.blocks, ...(b.title ? [{ type: 'heading' as const, text: b.title }] : []), ...added], actions: b.actions ?? a.actions };
}

/**
 * Whether two plain data values would be written as the same JSON (undefined properties left out, as
 * JSON.stringify leaves them), without writing either: a turn asks it of the follow-up context every time.
 * Key order does not count: the stored context would say the same.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v === undefined ? null : v, b[i] === undefined ? null : b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  return keys.length === Object.keys(y).filter((k) => y[k] !== undefined).length && keys.every((k) => Object.hasOwn(y, k) && sameJson(x[k], y[k]));
}

/** DEBUG_NLU: how the commands that read words read a message none of them took, by command. */
function commandReadings(commands: readonly Command[], ctx: CommandContext): { commands?: Record<string, Record<string, unknown>> } {
  const read = Object.fromEntries(commands.flatMap((c) => {
    const e = c.explain?.(ctx);
    return e ? [[c.name, e] as const] : [];
  }));
  return Object.keys(read).length ? { commands: read } : {};
}

const HELP_WORDS = new Set(['hjalp', 'help', '?', 'hjälp', 'meny', 'menu', 'kommandon', 'commands']);

/** The command context of a turn. */
export function commandContext(input: TurnInput, deps?: Pick<TurnDeps, 'debugNlu'>): CommandContext {
  return { msg: input.msg, reading: input.reading, lang: input.reading.lang, folded: input.reading.folded, now: input.now, plan: input.plan, data: input.data, lexicon: input.lexicon, draft: input.draft, ...(deps?.debugNlu ? { debugNlu: true } : {}) };
}

/** The command that takes the message, if any (a long text: only one that claims it from its first words). */
export function pickCommand(input: TurnInput, deps: TurnDeps, ctx = commandContext(input, deps)): Command | undefined {
  const { reading } = input;
  if (reading.long) return reading.text.length <= MAX_COMMAND_LENGTH ? deps.commands.find((c) => c.claimsLongText?.(reading.text)) : undefined;
  if (isHelp(input)) return undefined;
  return deps.commands.find((c) => c.matches(ctx));
}

function isHelp(input: TurnInput): string | undefined {
  const bare = input.reading.text.toLowerCase().replace(/[!.]+$/, '').trim();
  return HELP_WORDS.has(bare) || (bare === '' && !input.msg.value) ? bare : undefined;
}

/** Decides one turn. `picked`: the command pickCommand found for this input, if the caller asked already. */
export async function turn(input: TurnInput, deps: TurnDeps, picked?: { command: Command | undefined }): Promise<TurnResult & { command?: string }> {
  const { msg, reading, plan: snapshot, lexicon, now } = input;
  const plan = snapshot.plan;
  const { text, lang } = reading;
  const ctx = commandContext(input, deps);
  const command = picked ? picked.command : pickCommand(input, deps, ctx);
  if (reading.long && !command) return { replies: [tooLongReply(lang)], effects: [] };
  const help = isHelp(input);
  if (help !== undefined) return { replies: [helpReply(help === 'help' || help === 'menu' || help === 'commands' ? 'en' : lang)], effects: [] };
  // An open question is answered by the member's next message (the command that asked reads it with the
  // question), or it lapses; a button press leaves it. A long text is not read, so it leaves it too.
  const effects: Effect[] = input.draft && !msg.value && !reading.long ? [{ kind: 'setDraft', conversationId: msg.conversationId, userId: msg.userId, draft: null }] : [];
  if (command) {
    const result = await command.handle(ctx);
    const explained = deps.debugNlu ? command.explain?.(ctx) : undefined;
    const nlu = explained ? [log('info', 'nlu command', { conversation: msg.conversationId, text, command: command.name, ...(reading.numbers ? { numbers: reading.numbers } : {}), ...explained })] : [];
    return { ...result, effects: [log('debug', 'command', { command: command.name, conversation: msg.conversationId }), ...nlu, ...effects, ...result.effects], command: command.name };
  }
  const saved = input.context;
  // The asker's own municipality, said in an introduction now or earlier in the conversation, is kept with the context.
  const asker = introducedMunicipality(text, lexicon);
  const ownMunicipality = asker ?? saved?.asker;
  const remember = (given: QueryContext | undefined) => {
    const context = given && ownMunicipality && given.asker !== ownMunicipality ? { ...given, asker: ownMunicipality } : given;
    if (context && !sameJson(context, saved)) {
      effects.push({ kind: 'rememberContext', conversationId: msg.conversationId, context: context as unknown as Record<string, unknown>, at: now.toISOString() });
    }
  };
  // Two questions in one message: each answered, the second with the first's subject, in one reply.
  // Where either part is not understood on its own, the message is read whole.
  // ("Jag är ny i kommunstyrelsen i Nykvarn. När är …?": the asker's introduction is left out; what follows is asked.)
  // ("rådsl. 2014?", "6 ggr/år": chat shorthand is read written out; commands above read the text as sent.)
  // ("samarbetskommitténs och ledningsgruppens planeringskonferens": the noun left out after the first owner is written.)
  // ("Vilken tid brukar LG träffas? Jag ska boka lokal.": the asker's reason beside the question is left out too.)
  // ("En assistent på Tyresö frågar: ligger SK-mötet …?": a relayed question is what follows the verb of asking.)
  // ("och LG-mötet mellan dem?": between the first and the last of the meetings the last reply named.)
  const namedDays = (saved?.answerMeetings ?? []).flatMap((id) => plan.meetings.filter((m) => m.id === id).map(firstDate)).sort();
  const unfolded = withBetweenNamed(text, lexicon, namedDays, say(lang, 'listAnd'));
  // (The two days stand for the meetings named: what is asked is the meetings between them, and the hosts of the last
  // reply are no subject of the question.)
  const prior: QueryContext | undefined = unfolded !== text && saved ? { ...saved, intent: 'meetingsOn', municipalities: [], answerMunicipalities: undefined } : saved;
  const rewritten = withoutAsides(withoutRelay(withoutIntroduction(withBothTitled(withElidedNoun(withTrailingPossessive(withPossessedNoun(expandShorthand(unfolded, lexicon, lang), lexicon, lang), lexicon), lexicon), lexicon, plan, lang, reading.matches), lexicon), lexicon), lexicon);
  // (The message's own matches where its words are the message's: its words are matched once per turn.)
  const asked = withoutLikeOther(rewritten, lexicon, (words) => matchesOf(reading, lexicon, words));
  // (A statement: a body or a municipality first, then a verb of the lexicon's yes/no openers, "är", "har", "var",
  // that is no part of a name or a time: "SK i vår, vilka möten är kvar?" names a topic and is read whole.)
  const verbs = new Set([...(lexicon.data.yesNo?.first ?? []), ...(lexicon.data.yesNo?.verbOrWh?.words ?? [])]);
  // ("Eftersom LG bara träffas tre gånger om året, när är nästa möte?", "As the committee only meets four times a year,
  // when is the next one?": a premise opened by a word of reason (lexicon premiseOpeners) and naming a body or a
  // municipality right after it is a statement too; it is read without that word, so the plan can correct it.)
  const opener = (words: string[]) => premiseOpener(words, lexicon.data.premiseOpeners?.words ?? []);
  const splitting = splitWordsOf(lexicon);
  const split = splitQuestions(asked, splitting, (part) => {
    const words = splitWords(fold(part));
    const matches = lexicon.match(words);
    const named = (i: number) => matches.some((m) => m.sense.kind !== 'cue' && !m.fuzzy && m.start <= i && m.end > i);
    const n = opener(words);
    const subject = (m: (typeof matches)[number]) => (m.sense.kind === 'body' || m.sense.kind === 'municipality');
    // ("Since the Södertörn guardianship board started in 2010, …": between the opener and the name, an article or
    // words of the name's own, written apart, "Södertörn" of "Södertörns överförmyndarnämnd".)
    const ownWords = (m: (typeof matches)[number]) => {
      const b = m.sense.kind === 'body' ? plan.bodies.find((x) => x.id === (m.sense as { id: string }).id) : undefined;
      return b ? fold(b.name).split(' ') : [];
    };
    const leadIn = (m: (typeof matches)[number]) => words.slice(n, m.start).every((w, k) => (k === 0 && /^(the|den|det)$/.test(w)) || (w.length >= 4 && ownWords(m).some((x) => x.startsWith(w))));
    // ("sen nynashamn har radslaget 2013, …": an opener that is also a word of time, lexicon premiseOpeners.clauseOnly,
    // opens a premise only where its name is followed by a verb, a clause of its own; "sen SK 14/4, …" is a time.)
    const clauseOnly = n > 0 && (lexicon.data.premiseOpeners?.clauseOnly ?? []).includes(words.slice(0, n).join(' '));
    if (n > 0) return words.length - n >= 3 && matches.some((m) => subject(m) && m.start >= n && m.start <= n + 3 && leadIn(m) && (!clauseOnly || verbs.has(words[m.end] ?? '')));
    // ("The guardianship board has existed since 2008, …": an article before the name.)
    const first = /^(the|den|det)$/.test(words[0] ?? '') ? 1 : 0;
    return matches.some((m) => m.start === first && subject(m)) && words.some((w, i) => i > first && verbs.has(w) && !named(i));
  }, (part, w) => opener(splitWords(fold(part))) > 0 && !verbs.has(fold(w)) && !/[?.!]$/.test(part));
  // ("vilken konferens är med partierna och vilken är med högskolorna?": two which-clauses that name nothing, no body, no
  // month, no place, ask which is which of the same kind of thing; the message is read whole, where each clause is set
  // against every body. "vilken konferens är i sept o vilken i okt?" names months: two questions.)
  const whichWords = lexicon.data.acrossWords?.whichOne ?? [];
  const allWords = split ? splitWords(fold(asked)) : [];
  const whichAt = allWords.flatMap((w, i) => (whichWords.includes(w) ? [i] : []));
  // (The message's own matches where it is read as sent: its words are matched once per turn.)
  const allMatches = () => (reading.matches && sameJson(allWords, reading.words) ? reading.matches() : lexicon.match(allWords));
  const whichIsWhich = whichAt.length === 2 && ['och', 'and'].includes(allWords[whichAt[1]! - 1] ?? '') && !allMatches().some((m) => m.sense.kind !== 'cue' && m.sense.kind !== 'followStart');
  // ("- rådslaget 2012 värd\n- nyckeltalsdagen datum", "budget tot + personal?": a list of questions, each part split
  // again where it holds two; at most MAX_PARTS in all.)
  // (A "+" or "samt" joins names where what comes before it is only names ("SK + LG i höst", "nykvarn + salem"), or
  // adds up where both sides name a budget line or a municipality ("personal + ersättningen t huddinge ihop?").
  // "budget tot + personal?", "nästa LG + värd rådslaget 2014" ask two things.)
  const named = (t: string) => {
    const words = splitWords(fold(t));
    const ms = lexicon.match(words).filter((m) => !m.fuzzy && m.sense.kind !== 'cue');
    const addend = ms.some((m) => m.sense.kind === 'budgetLine' || m.sense.kind === 'municipality');
    return { addend, only: words.length > 0 && words.every((_, i) => ms.some((m) => m.start <= i && m.end > i)) };
  };
  const listed = splitQuestionsNeeded(asked, splitting.listJoins) ? listParts(asked, splitting.listJoins, (left, right) => {
    const l = named(left);
    return l.only || (l.addend && named(right).addend);
  }) : undefined;
  // ("förra LG, nästa LG", "last SK, next SK": short fragments after commas, each naming a body of its own with a word
  // besides the name, are a list of questions too; "SK i juni, är det i Salem?" names no body after the comma, and is one;
  // nor is "datum för södertörnskonferensen, inte rådslaget", whose second piece says which body the first asks about.)
  const fragments = listed ?? commaFragments(asked, (part) => {
    const words = splitWords(fold(part));
    const { only } = named(part);
    return words.length <= FRAGMENT_WORDS && !only && !opensWithContrast(words, lexicon) && lexicon.match(words).some((m) => m.sense.kind === 'body' && !m.fuzzy);
  });
  const splitIn = (part: string) => splitQuestions(part, splitting);
  const parts: string[] | undefined = fragments
    ? fragments.flatMap((p, i) => {
        const two = fragments.length + i < MAX_PARTS ? splitIn(p) : undefined;
        return two ?? [p];
      }).slice(0, MAX_PARTS)
    : split && !whichIsWhich ? [dropOpener(split[0], opener), split[1]] : undefined;
  // ("Jag har fått höra att Botkyrka betalar en miljon … – hur stor är egentligen hela budgeten?": a long preamble,
  // then the question asked. The question is answered first, read with the preamble as what went before; the
  // preamble, where it is a claim the plan answers, is checked after it.)
  const belief = new Set([...(lexicon.data.beliefWords ?? []), ...(lexicon.data.reportingVerbs ?? [])]);
  const claims = (preamble: string) => {
    const ws = splitWords(fold(preamble));
    return ws.some((w, i) => belief.has(w) || belief.has(`${w} ${ws[i + 1] ?? ''}`) || belief.has(`${w} ${ws[i + 1] ?? ''} ${ws[i + 2] ?? ''}`));
  };
  const closing = parts ? undefined : closingQuestion(asked, claims, splitting);
  if (parts || closing) {
    let context = prior;
    // A part is another text than the reading's: its words, matches and dates are its own.
    const read = (part: string) => understand({ text: part, plan, lexicon, now, locale: msg.locale, context, read: { words: splitWords(fold(part)), lang }, ...(asker ? { asker } : {}) });
    const partLogs: Effect[] = [];
    const forms: (string | undefined)[] = [];
    const answers = (parts ?? closing!).map((asked, i) => {
      let q = read(asked);
      // (A closing question is read on its own, "What is the total budget actually?"; with the preamble as what went
      // before only where it points back, "Vilket datum är det?", "their next meeting", or is not answered alone.)
      if (closing && i === 1 && !q.cues.includes('itRef') && !q.cues.includes('pronoun')) {
        const alone = answer({ q, plan, now, data: lexicon.data });
        if (alone.reply.kind !== 'notInPlan' && alone.reply.kind !== 'clarify') {
          forms.push(q.form);
          context = alone.context ?? context;
          return alone;
        }
      }
      // The second part, without a subject of its own ("vilken veckodag", "who hosts it"), is read as a
      // follow-up of the first, through the same reading as "och …" in a conversation.
      // ("who comes after them?": "them" before or after is a place relative to the first answer, not a subject
      // of its own; "vad får de för det" asks of "them" themselves.)
      const referred = answerSubject(context);
      const ownMunicipalities = q.municipalities.length > 0 && !(q.relation && q.cues.includes('pronoun') && sameJson(q.municipalities, referred));
      const ownSubject = q.bodies.length || ownMunicipalities || q.years.length || q.dates.length || q.month || q.budgetLines.length || q.topics.length || q.period;
      // ("vad är Södertörnskonferensen och när är den i år?": "den" with only a time of its own is the first part's subject.)
      // ("rådslaget var i Salem i år, vem har det efter Nynäshamn?": a municipality it comes before or after is a
      // place in the first part's order, and "det" is still the first part's subject.)
      const refersBack = q.cues.includes('itRef') && !q.bodies.length && (!ownMunicipalities || q.relation !== undefined) && !q.budgetLines.length && !q.topics.length;
      if (i > 0 && (!ownSubject || refersBack) && !q.followUp && !/^(och|and)\s/i.test(asked)) q = read(`${say(lang, 'listAnd')} ${asked}`);
      if (deps.debugNlu) partLogs.push(log('info', 'nlu part', { conversation: msg.conversationId, text: asked, intent: q.intent, followUp: q.followUp, features: q.features }));
      const a = answer({ q, plan, now, data: lexicon.data });
      context = a.context ?? context;
      // ("I understood that the management group meets only twice a year, which surprised me … When is their next
      // meeting?": a preamble the plan does not answer still names whom "their" points back at, its one body.)
      if (closing && i === 0 && (a.reply.kind === 'notInPlan' || a.reply.kind === 'clarify') && q.bodies.length === 1 && !a.context?.bodies.length) context = contextOf({ ...q, municipalities: [], years: [], dates: [], month: undefined, budgetLines: [], topics: [], cues: [] });
      forms.push(q.form);
      return a;
    });
    effects.push(...partLogs);
    const contexts = answers.map((a) => a.context);
    const unanswered = (a: (typeof answers)[number]) => a.reply.kind === 'notInPlan' || a.reply.kind === 'clarify' || a.reply.kind === 'tooLong';
    const newSubject = (c0: QueryContext | undefined, c1: QueryContext | undefined) => Boolean(c0 && c1 && !(sameJson(c0.years, c1.years) && sameJson(answerSubject(c0), answerSubject(c1))));
    // (Two questions joined by "och" about different bodies, "när är rådslaget 2014 och vem är värd för
    // södertörnskonferensen?": as in a list, one the plan answers is enough where the other is only a fact it lacks.)
    const twoSubjects = !closing && answers.length === 2 && contexts.every((c) => (c?.bodies.length ?? 0) > 0) && !contexts[0]!.bodies.some((b) => contexts[1]!.bodies.includes(b));
    // (A list's parts: one answered is enough. Two bodies' parts: one answered, the other at most not in the plan. Else every part answered.)
    const partly = fragments || twoSubjects;
    const joinable = partly
      ? answers.some((a) => !unanswered(a)) && (fragments || answers.every((a) => a.reply.kind !== 'clarify' && a.reply.kind !== 'tooLong'))
      : answers.every((a) => !unanswered(a));
    // ("eftersom Haninge sköter sekretariatet, vem där ska jag kontakta?": a premise opened by a word of reason that the
    // plan corrects, then a question it cannot answer: the correction first, then the rest said plainly, under the
    // correction's heading. A premise the plan bears out leaves the message read whole, "not in the plan".)
    const opened = !closing && !fragments && split !== undefined && opener(splitWords(fold(split[0]))) > 0;
    if (opened && answers.length === 2 && !unanswered(answers[0]!) && answers[1]!.reply.kind === 'notInPlan' && corrected(answers[0]!.reply, read(parts![0]!).municipalities, plan, lang)) {
      remember(answers[0]!.context);
      return { replies: [joinReplies(answers[0]!.reply, answers[1]!.reply, true)], effects };
    }
    if (closing) {
      const [pre, question] = answers as [(typeof answers)[number], (typeof answers)[number]];
      if (!unanswered(question)) {
        remember(context);
        // (The preamble's claim, checked: "Nej – …", only where it was read as a yes/no the plan answers.)
        const checked = forms[0] === 'yesNo' && !unanswered(pre) ? joinReplies(question.reply, pre.reply, true) : question.reply;
        return { replies: [checked], effects };
      }
    } else if (joinable) {
      // (In a list, a part the plan does not answer says so in its place; the reply is of the first answered part.)
      // (The meetings the parts named are the reply's: "när är SK i Tyresö och vem har mötet innan?" → "och LG-mötet mellan dem?".)
      const partMeetings = [...new Set(contexts.flatMap((c) => c?.answerMeetings ?? (c?.meetingId ? [c.meetingId] : [])))];
      if (context && partMeetings.length >= 2 && partMeetings.length <= 12) context = { ...context, answerMeetings: partMeetings };
      remember(context);
      const order = partly ? [...answers.filter((a) => !unanswered(a)), ...answers.filter(unanswered)] : answers;
      let joined = order[0]!.reply;
      for (let k = 1; k < order.length; k++) joined = joinReplies(joined, order[k]!.reply, partly ? true : newSubject(order[k - 1]!.context, order[k]!.context));
      return { replies: [joined], effects };
    }
  }
  // The message whole: the reading's words, language, matches and dates (read once, with this lexicon).
  const q = asked === text
    ? understand({ text, plan, lexicon, now, locale: msg.locale, context: prior, read: reading.words && { words: reading.words, lang, matches: reading.matches?.(), dates: reading.dates?.(now, undatedYear(plan, now)) } })
    : understand({ text: asked, plan, lexicon, now, locale: msg.locale, context: prior, read: { words: splitWords(fold(asked)), lang }, ...(asker ? { asker } : {}) });
  if (deps.debugNlu) {
    effects.push(
      log('info', 'nlu', {
        conversation: msg.conversationId,
        text,
        ...(asked !== text ? { read: asked } : {}),
        ...(reading.spoken !== undefined ? { spoken: reading.spoken } : {}),
        ...(reading.sent !== undefined ? { sent: reading.sent } : {}),
        ...(reading.typos ? { typos: reading.typos } : {}),
        ...(reading.numbers ? { numbers: reading.numbers } : {}),
        lang: q.lang,
        intent: q.intent,
        ...(ownMunicipality ? { asker: ownMunicipality } : {}),
        followUp: q.followUp,
        entities: { bodies: q.bodies, municipalities: q.municipalities, years: q.years, dates: q.dates, month: q.month, week: q.week, budgetLines: q.budgetLines, topics: q.topics, relation: q.relation },
        reading: { form: q.form, amounts: q.amounts, count: q.count, period: q.period, weekdays: q.weekdays, yearShift: q.yearShift, weekShift: q.weekShift, action: q.action, notInPlanKinds: q.notInPlanKinds, per: q.per, scale: q.scale, totalHeld: q.totalHeld, spanFrom: q.spanFrom, restOfYear: q.restOfYear, mentions: q.mentions },
        features: q.features,
        scores: q.scores,
        // Why no command took it ("ends with '?' and is not framed as a request").
        ...commandReadings(deps.commands, ctx),
      }),
    );
  }
  const result = answer({ q, plan, now, data: lexicon.data });
  remember(result.context);
  return { replies: [withWaitingProposals(result.reply, input.data.runtime.pending, msg.userId, msg.conversationId, now)], effects };
}

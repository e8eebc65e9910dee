// Query → neutral reply, by intent. Every answer reads the plan it is given; nothing is hard-coded.
import { reply } from '../core/reply.js';
import type { Query } from '../understand/understand.js';
import { budget } from './budget.js';
import { contextOf, hostsText, meetingFacts, notInPlan, statesNotInPlan, suggestions, type Answer, type AnswerInput } from './common.js';
import { firstDate, formatDay, formatWhen, isoWeekOfDay, meetingEnd, meetingYear, meetingsBetween, plannedMeetings, stockholmDate } from '../domain/calendar.js';
import type { Meeting } from '../store/schema.js';
import { bodyName } from '../domain/names.js';
import { bodyStems, fold } from '../understand/normalize.js';
import { glossedLabel, type LexiconData } from '../understand/lexicon.js';
import {
  adjacentMeeting,
  calendar,
  countMeetings,
  daysUntilMeeting,
  lastMeeting,
  meetingHost,
  meetingsOn,
  meetingTime,
  municipalityMeetings,
  nextMeeting,
} from './meetings.js';
import { bodyByTask, bodyInfo, members, municipalityRole, organisation, secretariat } from './organisation.js';
import { mostHosts, rotationHost, rotationYears } from './rotation.js';
import { reason, titledMeetingNamed } from './reason.js';
import { aspectPassage, contentPassage, mentionAnswer, planPassage } from './passages.js';
import { kronor, listText } from '../text/format.js';
import { municipalityName } from '../domain/names.js';
import { say, type TextKey } from '../text/catalogue/index.js';

const HANDLERS: Record<Query['intent'], (input: AnswerInput) => Answer> = {
  nextMeeting,
  meetingsOn,
  adjacentMeeting,
  meetingHost,
  municipalityMeetings,
  rotationHost,
  rotationYears,
  countMeetings,
  meetingTime,
  calendar,
  daysUntil: daysUntilMeeting,
  lastMeeting,
  budget,
  members,
  secretariat,
  organisation,
  bodyInfo,
  greeting: ({ q }) => ({
    reply: reply('greeting', q.lang, say(q.lang, 'hi'), [
      { type: 'text', text: say(q.lang, 'askMeAboutThe') },
    ], suggestions(q.lang)),
  }),
  thanks: ({ q }) => ({ reply: reply('thanks', q.lang, say(q.lang, 'youReWelcome'), []) }),
  clarify,
  notInPlan: ({ q, plan, data, now }) => {
    // Say what kind of fact the plan does not hold (a name, a price, an agenda), where the question asked one.
    const kinds = data?.notInPlanKinds ?? {};
    const outside = outsideJointBody(q, plan);
    if (outside) return outside;
    const why = q.notInPlanKinds.map((k) => kinds[k]).filter((k): k is { words: string[]; sv: string; en: string } => typeof k === 'object').map((k) => k[q.lang]);
    const result = notInPlan(q, plan, why.length ? why.join(' ') : undefined);
    // Then what the plan does hold about what was named: the budget line's amount, the body's members.
    const held = whatThePlanHolds(q, plan, data, now);
    if (held) result.reply.blocks.splice(why.length ? 1 : 0, 0, { type: 'text', text: held });
    return result;
  },
};

/**
 * "does Nykvarn pay anything to the överförmyndarnämnd?": the plan has no joint body's costs, but a yes/no of a
 * municipality outside the body is answered by its membership: no, it is not part of it (a member's share stays
 * unknown, and so a not-in-plan answer).
 */
function outsideJointBody(q: Query, plan: AnswerInput['plan']): Answer | undefined {
  if (q.form !== 'yesNo' || !q.notInPlanKinds.includes('jointBodyBudget') || q.bodies.length !== 1 || !q.municipalities.length) return undefined;
  const body = plan.bodies.find((b) => b.id === q.bodies[0]);
  if (!body?.memberMunicipalities.length || q.municipalities.some((m) => body.memberMunicipalities.includes(m))) return undefined;
  const lang = q.lang;
  const names = listText(q.municipalities.map((m) => municipalityName(plan, m)), lang);
  const members = listText(body.memberMunicipalities.map((m) => municipalityName(plan, m)), lang);
  return {
    reply: reply('members', lang, `${say(lang, 'no')} – ${say(lang, 'notMembersOf', names, q.municipalities.length, body.name)}`, [{ type: 'text', text: say(lang, 'isMadeUpOf2', body.name, members) }]),
    context: contextOf(q, { bodies: [body.id] }),
  };
}

/** One sentence of what the plan does say about the budget line or body a question named, for a not-in-plan answer. */
function whatThePlanHolds(q: Query, plan: AnswerInput['plan'], data: AnswerInput['data'], now: Date): string | undefined {
  const lang = q.lang;
  const gl = (l: { id: string; label: string }) => glossedLabel(data, lang, l);
  const budget = plan.budgets[0];
  // ("How much is budgeted for the Södertörn conference?": the plan's budget has no line per event; the lines it has.)
  // ("How much EU funding …?": an income the budget lacks is answered with the income it has.)
  const lines = !budget ? [] : q.notInPlanKinds.includes('otherIncome') ? budget.income : budget.costs.filter((l) => q.budgetLines.includes(l.id) || q.notInPlanKinds.includes('eventBudget'));
  if (lines.length) return say(lang, 'budgetLinesInThePlan', lines.map((l) => `${gl(l)} ${kronor(l.amount)} (${budget!.year})`).join(', '));
  const ofMeeting = (m: Meeting, b: string) => say(lang, 'thisIsWhatThePlanHasOfMeeting', `${bodyName(plan, b)}${m.title ? ` (${m.title})` : ''} ${formatWhen(m, lang)} – ${say(lang, 'host2').toLowerCase()}: ${hostsText(plan, m, lang)}`);
  // A detail of a meeting the plan does not hold (its lunch, room, agenda, who leads it) is answered with the meeting
  // itself: the one the question names, else the coming one, else the last (meetingDetailAsked).
  const detail = meetingDetailAsked(q, plan);
  // ("LG:s planeringskonferens": a body named by its meeting's title is that meeting; "samarbetskommitténs
  // planeringskonferens": a body whose own name holds the other body's is the one meant.)
  const titled = q.bodies.length === 2 ? titledMeetingNamed(plan, q.bodies) : undefined;
  const owned = q.bodies.length === 2 && !titled ? q.bodies.find((a) => q.bodies.some((b) => b !== a && bodyStems(plan, b).some((s) => fold(plan.bodies.find((x) => x.id === a)?.name ?? '').includes(s)))) : undefined;
  if (detail && titled) return ofMeeting(comingOrLast(titled.meetings, now), titled.body);
  const body = q.bodies.length === 1 || owned ? plan.bodies.find((b) => b.id === (owned ?? q.bodies[0])) : undefined;
  if (!body) return undefined;
  // ("Vad var temat för rådslaget i Salem 2011?", "What will the theme of the 2012 rådslag be?": the meeting the question
  // names by its year, month, day or host, where it names one; else the year's host in a rotation.)
  const named = q.years.length || q.month || q.dates.length || q.municipalities.length;
  if (named) {
    const month = q.month ? `${q.month.year}-${String(q.month.month).padStart(2, '0')}` : undefined;
    const found = plannedMeetings(plan, body.id).filter((m) => (!q.years.length || q.years.includes(meetingYear(m))) && (!month || firstDate(m).startsWith(month)) && (!q.dates.length || q.dates.includes(firstDate(m))) && (!q.municipalities.length || q.municipalities.some((x) => m.hosts.includes(x))));
    if (found.length === 1) return ofMeeting(found[0]!, body.id);
    const r = q.years.length === 1 ? plan.hostRotations.find((x) => x.body === body.id && x.year === q.years[0]) : undefined;
    if (r && !found.length) return say(lang, 'rotationHostTitle', body.name, r.year, municipalityName(plan, r.host)) + '.';
  } else if (detail) {
    const all = plannedMeetings(plan, body.id);
    if (all.length) return ofMeeting(comingOrLast(all, now), body.id);
  }
  // (An English answer names the composition in English: the lexicon's glosses.composition.)
  const composition = lang === 'en' && data?.glosses?.composition && Object.hasOwn(data.glosses.composition, body.id) ? data.glosses.composition[body.id] : body.composition;
  const who = [...(body.memberMunicipalities.length ? [listText(body.memberMunicipalities.map((m) => municipalityName(plan, m)), lang)] : []), ...body.otherMembers, ...(composition ? [composition] : [])];
  if (!who.length) return undefined;
  return say(lang, 'thisIsWhatThe', body.name, listText(who, lang));
}

/** The kinds of fact that are details of one meeting (its lunch, room, agenda), which the plan never holds. */
const MEETING_DETAILS = new Set(['price', 'venue', 'agenda']);

/**
 * Whether a not-in-plan question asks a detail of a meeting: a kind that is always one (price, venue, agenda), or a
 * person asked of a meeting named by its day or title or of a body the plan names no members of ("who is chairing the
 * key figures day?"), where the meeting is what the plan can give.
 */
function meetingDetailAsked(q: Query, plan: AnswerInput['plan']): boolean {
  if (q.notInPlanKinds.some((k) => MEETING_DETAILS.has(k))) return true;
  if (!q.notInPlanKinds.includes('name')) return false;
  if (q.dates.length || q.bodies.length === 2) return true;
  const body = q.bodies.length === 1 ? plan.bodies.find((b) => b.id === q.bodies[0]) : undefined;
  return Boolean(body && !body.memberMunicipalities.length && !body.otherMembers.length && !body.composition);
}

/** The first meeting still to come, else the last one held. */
function comingOrLast(list: readonly Meeting[], now: Date): Meeting {
  const today = stockholmDate(now);
  return list.find((m) => firstDate(m) >= today) ?? list.at(-1)!;
}

function clarify({ q }: AnswerInput): Answer {
  const lang = q.lang;
  const options: Record<string, TextKey[]> = {
    host: ['clarifyHostNextCommittee', 'clarifyHostRadslag2014'],
    money: ['clarifyBudget', 'clarifyStaffAmount'],
    share: ['clarifyBudget', 'clarifyStaffShare'],
    default: ['clarifyNextCommittee', 'clarifyNextLg', 'clarifyNextRadslag'],
  };
  const key = q.cues.find((c) => c in options) ?? 'default';
  const choices = options[key]!.map((k) => say(lang, k));
  return {
    reply: reply(
      'clarify',
      lang,
      say(lang, 'whatDoYouMean'),
      [{ type: 'text', text: say(lang, 'pickOneOrAsk') }, { type: 'list', items: choices }],
      choices.map((c) => ({ kind: 'message' as const, title: c, value: c })),
    ),
  };
}

/**
 * "sk-mötet 14/4 i Huddinge, vilken tid börjar det": the meeting named by body and day is not hosted by the
 * municipality named. The question is answered without that wrong detail, with the correction first.
 */
function premise(input: AnswerInput): Answer | undefined {
  const { q, plan } = input;
  if (q.form || !q.municipalities.length || !q.dates.length || q.relativeDay || q.cues.includes('host')) return undefined;
  const body = q.bodies.length === 1 ? q.bodies[0] : undefined;
  const found = q.dates.flatMap((d) => meetingsBetween(plan, d, d, body)).filter((m) => m.hosts.length);
  if (!found.length) return wrongDay(input);
  if (q.intent === 'municipalityMeetings' || found.some((m) => m.hosts.some((h) => q.municipalities.includes(h)))) return undefined;
  const m = found[0]!;
  const asked = q.municipalities.map((id) => plan.municipalities.find((x) => x.id === id)?.name ?? id).join(', ');
  const result = HANDLERS[q.intent]({ ...input, q: { ...q, municipalities: [] } });
  // ("nyckeltalsdagen 6 okt i Huddinge – vilken lokal?": what the plan lacks of a meeting it has, asked under a wrong
  // host, is answered with the host it has first, then that the plan gives no such detail.)
  if (result.reply.kind === 'notInPlan') return { ...result, reply: { ...result.reply, kind: 'meetingHost', title: say(q.lang, 'hostsTheMeetingNot', hostsText(plan, m, q.lang), formatWhen(m, q.lang), asked) } };
  const note = say(q.lang, 'noteHostsTheMeeting', hostsText(plan, m, q.lang), formatWhen(m, q.lang), asked);
  return { ...result, reply: { ...result.reply, blocks: [{ type: 'text', text: note }, ...result.reply.blocks] } };
}

/**
 * "SK-mötet 15/9 i Nynäshamn – hur dags börjar det?": the body has no meeting that day, but the municipality
 * named hosts one of its meetings that year. The question is answered of that meeting, with the correction first.
 */
function wrongDay(input: AnswerInput): Answer | undefined {
  const { q, plan } = input;
  if (q.bodies.length !== 1 || q.municipalities.length !== 1 || q.dates.length !== 1 || ['notInPlan', 'clarify', 'budget'].includes(q.intent)) return undefined;
  const asked = q.dates[0]!;
  const year = asked.slice(0, 4);
  const theirs = meetingsBetween(plan, `${year}-01-01`, `${year}-12-31`, q.bodies[0]).filter((m) => m.date.kind !== 'month' && m.hosts.includes(q.municipalities[0]!));
  const days = (m: Meeting) => Math.abs(Date.parse(firstDate(m)) - Date.parse(asked));
  const m = theirs.sort((a, b) => days(a) - days(b))[0];
  if (!m) return undefined;
  const result = HANDLERS[q.intent]({ ...input, q: { ...q, dates: [firstDate(m)] } });
  const note = say(q.lang, 'noteMeetingIsOnNot', bodyName(plan, m.body), hostsText(plan, m, q.lang), formatWhen(m, q.lang), formatDay(asked, q.lang, false));
  return { ...result, reply: { ...result.reply, blocks: [{ type: 'text', text: note }, ...result.reply.blocks] } };
}

/**
 * "What is the committee budget for 2012?": a body's budget of a year the plan has no budget for is the plan's
 * budget of that year (the committee's is the plan's), and the budget answer says the plan has none.
 */
function budgetOfYear(input: AnswerInput): Answer | undefined {
  const { q, plan } = input;
  if (q.intent !== 'bodyInfo' || q.form || !q.cues.includes('budget') || !q.years.length) return undefined;
  if (q.years.some((y) => plan.budgets.some((b) => b.year === y))) return undefined;
  return HANDLERS.budget(input);
}

/** No list in an answer grows past this: a card must stay far below Teams' message size limit (~28 kB). */
export const MAX_LIST_ITEMS = 60;

/**
 * "vad är Södertörnskonferensen och när är den i år?": a follow-up asking when, of a body whose description was
 * just given, asks for its meetings (that year's, else the next), not its description again.
 */
function whenOfBody(input: AnswerInput): AnswerInput {
  const { q, plan } = input;
  if (q.intent !== 'bodyInfo' || !q.followUp || !q.cues.includes('when') || q.cues.includes('start') || q.bodies.length !== 1 || !plan.meetings.some((m) => m.body === q.bodies[0])) return input;
  return { ...input, q: { ...q, intent: q.years.length ? 'meetingsOn' : 'nextMeeting' } };
}

/**
 * "var är SK-mötet 20 maj?": a body asked of a day it does not meet, when another body meets that day. The answer
 * says so and gives the meeting of that day (its host, or that the plan names none), then the body's nearest meeting.
 */
function otherBodyThatDay({ q, plan }: AnswerInput): Answer | undefined {
  if (q.form || q.bodies.length !== 1 || q.dates.length !== 1 || q.relativeDay || q.followUp || q.municipalities.length || !['meetingHost', 'meetingTime', 'meetingsOn', 'nextMeeting'].includes(q.intent)) return undefined;
  const day = q.dates[0]!;
  const body = q.bodies[0]!;
  const on = meetingsBetween(plan, day, day).filter((m) => m.date.kind !== 'month');
  if (!on.length || on.some((m) => m.body === body) || !plannedMeetings(plan, body).length) return undefined;
  const lang = q.lang;
  const dist = (m: Meeting) => Math.abs(Date.parse(firstDate(m)) - Date.parse(day));
  const nearest = plannedMeetings(plan, body).filter((m) => m.date.kind !== 'month').sort((a, b) => dist(a) - dist(b))[0];
  const others = listText(on.map((m) => bodyName(plan, m.body)), lang);
  const blocks = on.map((m) => meetingFacts(plan, m, lang));
  if (nearest) blocks.push({ type: 'text', text: say(lang, 'nearestOfBody', bodyName(plan, body), `${formatWhen(nearest, lang)}${nearest.hosts.length ? ` – ${say(lang, 'host2').toLowerCase()}: ${hostsText(plan, nearest, lang)}` : ''}`) });
  return { reply: reply(q.intent, lang, say(lang, 'noMeetingThatDayButOther', bodyName(plan, body), formatDay(day, lang), others), blocks), context: contextOf(q, { meetingId: on[0]!.id, bodies: [on[0]!.body] }) };
}

/**
 * "which week is the nyckeltal day?", "vilken vecka är LG i oktober": the ISO week of the meeting the answer is about
 * (the one its context names, else the body's coming meeting, else its last), as the headline, the answer below it.
 * A meeting known only by its month has no week.
 */
function weekOfMeeting({ q, plan, now }: AnswerInput, result: Answer): Answer | undefined {
  if (!q.cues.includes('weekNumber') || q.form || q.dates.length > 1 || ['notInPlan', 'clarify', 'budget'].includes(result.reply.kind)) return undefined;
  const byId = result.context?.meetingId ? plan.meetings.find((m) => m.id === result.context!.meetingId) : undefined;
  const listed = q.bodies.length === 1 ? plannedMeetings(plan, q.bodies[0]).filter((m) => m.date.kind !== 'month') : [];
  const m = byId ?? (listed.length ? comingOrLast(listed, now) : undefined);
  if (!m || m.date.kind === 'month') return undefined;
  const lang = q.lang;
  // A meeting already held was in its week ("vilken vecka är rådslaget?" in October 2011: it was held in week 12; the
  // answer below says what the plan knows of the next one).
  const held = meetingEnd(m).getTime() <= now.getTime();
  const title = say(lang, held ? 'meetingWasInWeek' : 'meetingInWeek', `${bodyName(plan, m.body)}${m.title ? ` (${m.title})` : ''}`, formatWhen(m, lang), isoWeekOfDay(firstDate(m)));
  return { ...result, reply: { ...result.reply, title, blocks: byId ? result.reply.blocks : [meetingFacts(plan, m, lang), ...result.reply.blocks] }, context: { ...(result.context ?? contextOf(q, {})), meetingId: m.id, bodies: [m.body] } };
}

/** "What does the plan say about contacts with decision makers?": the plan's text asked about (lexicon mentionAsked.sayAbout). */
function saysAbout(q: Query, data: AnswerInput['data']): boolean {
  const folded = ` ${fold(q.text)} `;
  return (data?.mentionAsked?.sayAbout ?? []).some((p) => folded.includes(` ${p} `));
}

/** No stop words (data without exactWords, as only hand-built data is: the loader requires them): one list, so passages.ts's index, kept per list, is built once. */
const NO_STOP_WORDS: readonly string[] = [];

/**
 * "vilket organ förbereder samarbetskommitténs möten?", "vem samordnar övriga samverkansfrågor?": the body whose purpose
 * and tasks hold the task asked (organisation.ts bodyByTask), answered with its tasks. `explicit`: the question asks for a
 * body in words (lexicon bodyByTask.asks); else only a who-question the plan could not otherwise answer is read.
 */
function bodyOfTask(input: AnswerInput, explicit: boolean): Answer | undefined {
  const q = input.q;
  const joined = ` ${q.words.join(' ')} `;
  const asks = (input.data?.bodyByTask?.asks ?? []).some((p) => joined.includes(` ${p} `));
  if (explicit ? !asks : !q.cues.includes('who') || q.bodies.length || q.form || q.followUp) return undefined;
  const id = bodyByTask(q, input.plan, input.data);
  if (!id) return undefined;
  return bodyInfo({ ...input, q: { ...q, intent: 'bodyInfo', bodies: [id], municipalities: [], cues: [...q.cues.filter((c) => c !== 'membership' && c !== 'host' && c !== 'start'), 'tasks'] } });
}

/**
 * A question's answer. The lexicon's data is required here (its stop words, its words that ask who is in something,
 * its glosses): every caller, a turn and the bench, has it, and without it the plan's sentences were searched with no
 * stop words, a path no turn takes. The handlers below it still take it optionally.
 */
export function answer(given: AnswerInput & { data: LexiconData }): Answer {
  const data = given.data;
  const input = whenOfBody(given);
  let result = (input.q.form || input.q.followUp ? undefined : bodyOfTask(input, true)) ?? mostHosts(input) ?? municipalityRole(input) ?? otherBodyThatDay(input) ?? reason(input) ?? premise(input) ?? budgetOfYear(input) ?? HANDLERS[input.q.intent](input);
  // Nothing read the question, and it asked for no kind of fact the plan lacks: a sentence of the plan
  // that shares its rare words may still answer it.
  const q = input.q;
  const synonyms = data.passageWords;
  const stopWords = data.exactWords?.stopWords ?? NO_STOP_WORDS;
  if (result.reply.kind === 'notInPlan' && !q.action) result = bodyOfTask(input, false) ?? result;
  if (result.reply.kind === 'notInPlan' && q.intent === 'notInPlan' && (!q.notInPlanKinds.length || saysAbout(q, data)) && !q.action) result = planPassage(q, input.plan, stopWords, synonyms, data.glosses?.passages) ?? result;
  // A part of the plan named and something asked of it that its answer does not hold ("när fastställdes SUP
  // 2010?"): the plan's sentence that says it (a plain question of the part, not a yes/no nor a computation).
  // (A follow-up too: "Vad är SUP 2010, och när fastställdes det av kommunerna?" asks its second part of the programme
  // the first named; a follow-up with no rare word of its own, "och hur då?", finds no sentence.)
  else if (result.reply.kind === 'organisation' && q.intent === 'organisation' && !q.form && !statesNotInPlan(result.reply.title, result.reply.lang)) result = aspectPassage(q, input.plan, result, stopWords, synonyms, data.glosses?.passages) ?? result;
  // Who is in the cooperation, read from words such as "kommunerna" and "samarbete", where no who was asked and the
  // question's own rare words are in a sentence of the plan the answer lacks ("inom vilka områden har kommunerna
  // traditioner av samarbete?"): that sentence.
  else if (result.reply.kind === 'members' && !q.bodies.length && !q.municipalities.length && !q.form && !q.followUp) result = contentPassage(q, input.plan, result, stopWords, synonyms, data.glosses?.passages, data.whoAsked) ?? result;
  // "nämner planen Mälardalsrådet?", "does the plan say anything about X?": whether the plan's text holds the word, yes
  // with where, or no; whatever else read the question.
  result = mentionAnswer(q, input.plan, data, result) ?? result;
  result = weekOfMeeting(input, result) ?? result;
  // A headline that says the plan does not state what was asked makes a not-in-plan answer, whoever wrote it.
  if (result.reply.kind !== 'notInPlan' && statesNotInPlan(result.reply.title, result.reply.lang)) result = { ...result, reply: { ...result.reply, kind: 'notInPlan' } };
  const blocks = result.reply.blocks.map((b) => {
    if (b.type !== 'list' || b.items.length <= MAX_LIST_ITEMS) return b;
    const more = b.items.length - (MAX_LIST_ITEMS - 1);
    const note = say(input.q.lang, 'andMoreAskAbout', more);
    return { ...b, items: [...b.items.slice(0, MAX_LIST_ITEMS - 1), note] };
  });
  return { ...result, reply: { ...result.reply, blocks } };
}

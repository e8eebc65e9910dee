// Questions that ask for more than a look-up: a relation in the rådslag rotation, a yes/no claim checked
// against the plan (and a false premise corrected), the first or last meeting of a year, a meeting named by
// its title, and requests the bot cannot carry out. Each reads the query the understanding produced and
// computes over the plan; where none applies, the intent's own answer is given (answer.ts).
import { reply, type Block } from '../core/reply.js';
import { formatDay, formatMonth, formatWhen, meetingYear, meetingsBetween, meetingsOfYear, plannedMeetings, stockholmDate, upcoming, weekdayName, held, firstDate, firstAfter, lastBefore, lastDate } from '../domain/calendar.js';
import type { Body, Meeting, Plan } from '../store/schema.js';
import { bodyStems, fold, inWordList } from '../understand/normalize.js';
import { readAmounts, roleFits, splitWords, wordsAt } from '../understand/understand.js';
import { roleIn } from '../understand/roles.js';
import { countWord, glossedLabel, oneWords, type LexiconData } from '../understand/lexicon.js';
import { PlanMemo } from '../store/snapshot.js';
import { contextOf, meetingFacts, notInPlan, suggestions, type Answer, type AnswerInput } from './common.js';
import { defaultYear } from './meetings.js';
import { splitAmong } from './budget.js';
import { capitalised, grouped, kronor, listText, percent } from '../text/format.js';
import { bodyName, municipalityName } from '../domain/names.js';
import { say } from '../text/catalogue/index.js';
import { budgetBalance, budgetOf, sum } from '../domain/budget.js';
import { compareThings, whichOfThings, whichIsWhich, countPremise, jointBodies, offerInstead, yearHosts } from './across.js';

export function reason(input: AnswerInput): Answer | undefined {
  return cannotDo(input) ?? emptyMonths(input) ?? dayNotGiven(input) ?? yearHosts(input) ?? jointBodies(input) ?? whichOfThings(input) ?? whichIsWhich(input) ?? compareThings(input) ?? countPremise(input) ?? falseCount(input) ?? countNamesList(input) ?? foundingAsked(input) ?? populationArithmetic(input) ?? partOfAmount(input) ?? rotationRelation(input) ?? yearsUntilThen(input) ?? rotationEnds(input) ?? orderQuestion(input) ?? (input.q.form && askedSpan(input.q) ? titledMeeting(input) : undefined) ?? wrongWeekdayTime(input) ?? roleClaim(input) ?? claim(input) ?? rotationPremise(input) ?? notAMember(input) ?? wrongPlace(input) ?? meetingRelation(input) ?? titledMeeting(input) ?? firstOrLast(input);
}

/**
 * "vilka månader har inga möten alls 2011?", "Which months have no committee meeting in 2011?", "finns det någon månad
 * utan möte?": the months of the year (the one named, else the calendar's) in which no meeting of the bodies named (of
 * any body, where none is) falls; a meeting over two months counts in both, one dated by its month only in that month.
 */
function emptyMonths({ q, plan, now }: AnswerInput): Answer | undefined {
  if (!q.cues.includes('emptyMonths') || q.dates.length || q.month || q.budgetLines.length || q.municipalities.length) return undefined;
  const lang = q.lang;
  const year = (q.years[0] ?? defaultYear(plan, now)) + (q.period?.nextYear ? 1 : 0);
  const met = new Set<string>();
  for (const m of meetingsOfYear(plan, year).filter((x) => !q.bodies.length || q.bodies.includes(x.body))) {
    met.add(firstDate(m).slice(0, 7));
    met.add(lastDate(m).slice(0, 7));
  }
  // ("från och med maj", "the first half of the year": only the months of the span asked.)
  const { from, to } = q.period ?? { from: 1, to: 12 };
  const months = Array.from({ length: to - from + 1 }, (_, i) => `${year}-${String(from + i).padStart(2, '0')}`);
  const name = (ym: string) => formatMonth(ym, lang).replace(/ \d+$/, '');
  const empty = months.filter((ym) => !met.has(ym));
  const of = q.bodies.length ? say(lang, 'meetingsOfBody', listText(q.bodies.map((b) => bodyName(plan, b)), lang)) : say(lang, 'meetingsAny');
  const span = from === 1 && to === 12 ? year : `${from === to ? name(months[0]!) : `${name(months[0]!)}–${name(months.at(-1)!)}`} ${year}`;
  const fact = empty.length ? say(lang, 'monthsWithoutMeetings', listText(empty.map(name), lang), of, span) : say(lang, 'noMonthWithoutMeetings', of, span);
  const title = q.form === 'yesNo' ? `${say(lang, empty.length ? 'yes' : 'no')} – ${fact.charAt(0).toLowerCase()}${fact.slice(1)}` : fact;
  const blocks: Block[] = [{ type: 'text', text: say(lang, 'monthsWithMeetings', listText(months.filter((ym) => met.has(ym)).map(name), lang)) }];
  return { reply: reply('calendar', lang, title, blocks), context: contextOf(q, { years: [year] }) };
}

/**
 * "Vilket datum i januari 2012 är SK-mötet i Södertälje?", "vilket datum blir rådslaget i Botkyrka 2013?", "which day in
 * January 2012 does the committee meet?": the day asked (the lexicon's dayAsked words) of a meeting the plan holds
 * without one: a meeting it dates by month only, or a rotation's year the calendar has no meeting for. The plan does
 * not say (the kind says so), and the answer gives what it does hold: the month and host, or the year's host.
 */
function dayNotGiven({ q, plan, data }: AnswerInput): Answer | undefined {
  if (q.form || q.bodies.length !== 1 || q.dates.length || q.notInPlanKinds.length || q.action) return undefined;
  const folded = ` ${fold(q.text)} `;
  if (!(data?.dayAsked ?? []).some((w) => folded.includes(` ${fold(w)} `))) return undefined;
  const body = q.bodies[0]!;
  const lang = q.lang;
  const hosted = (hosts: string[]) => !q.municipalities.length || q.municipalities.every((m) => hosts.includes(m));
  // The body's meetings of the month or year asked, where the municipality named hosts them.
  const asked = plannedMeetings(plan, body).filter((m) => (q.month ? firstDate(m).slice(0, 7) === `${q.month.year}-${String(q.month.month).padStart(2, '0')}` : q.years.length ? q.years.includes(meetingYear(m)) : false) && hosted(m.hosts));
  if (asked.length) {
    if (asked.length !== 1 || asked[0]!.date.kind !== 'month') return undefined;
    const m = asked[0]!;
    const when = formatWhen(m, lang);
    const title = say(lang, 'thePlanGivesNoDayFor', `${bodyName(plan, m.body)} ${formatMonth(m.date.kind === 'month' ? m.date.month : '', lang)}`, m.hosts.map((h) => municipalityName(plan, h)).join(', '));
    return { reply: reply('notInPlan', lang, title, [{ type: 'text', text: say(lang, 'thePlanHasOnlyTheMonth', when) }, meetingFacts(plan, m, lang)]), context: contextOf(q, { meetingId: m.id }) };
  }
  // A rotation's year with no meeting in the calendar: its host is all the plan says.
  if (q.years.length !== 1 || q.month) return undefined;
  const r = plan.hostRotations.find((x) => x.body === body && x.year === q.years[0]);
  if (!r || !hosted([r.host])) return undefined;
  const H = municipalityName(plan, r.host);
  return {
    reply: reply('notInPlan', lang, say(lang, 'thePlanDoesNotGiveThe', bodyName(plan, body), r.year, H), [{ type: 'text', text: say(lang, 'thePlanSCalendar', plan.calendarYears.join(', '), r.year) }]),
    context: contextOf(q, { intent: 'rotationHost', bodies: [body], years: [r.year], answerMunicipalities: [r.host] }),
  };
}

/**
 * "ska kommundirektörerna delta på samarbetskommitténs möten?", "do the municipal directors attend the LG meetings?",
 * "sitter kommunstyrelseordförandena i ledningsgruppen?": whether a role takes part in one body, checked against
 * who the plan says is in it (its composition) and, where its meetings are asked (a meeting word, a verb of
 * roleAttends.verbs.attend), who attends them. The role is the lexicon's roles table's (its key the plan's word), in
 * Swedish or English. The answer names both.
 */
function roleClaim({ q, plan, data }: AnswerInput): Answer | undefined {
  if (q.form !== 'yesNo' || !q.cues.includes('roleAttends') || q.bodies.length !== 1 || !data) return undefined;
  const body = plan.bodies.find((b) => b.id === q.bodies[0]);
  if (!body || (!body.composition && !body.attendees)) return undefined;
  // (Split as the understanding splits them: "KS-ordförande" is two words, as the roles table writes it.)
  const words = splitWords(fold(q.text));
  const role = roleIn(words, data);
  if (!role) return undefined;
  const inIt = fold(body.composition ?? '').includes(role);
  const attending = q.cues.includes('meeting') || words.some((w) => inWordList(w, data.roleAttends?.verbs.attend ?? []));
  const attends = attending && fold(body.attendees ?? '').includes(role);
  const lang = q.lang;
  const head = `${yesNo(lang, inIt || attends)} – `;
  const who = [...(body.memberMunicipalities.length ? [say(lang, 'theMunicipalities', body.memberMunicipalities.length)] : []), ...body.otherMembers, ...(body.composition ? [body.composition] : [])];
  const also = body.attendees ? ` – ${body.attendees.charAt(0).toLowerCase()}${body.attendees.slice(1).replace(/\.$/, '')}` : '';
  const title = head + say(lang, 'isMadeUpOf', body.name, listText(who, lang), also);
  return { reply: reply('members', lang, title, body.attendees ? [{ type: 'text', text: body.attendees }] : []), context: contextOf(q) };
}

/**
 * "sedan vilket år har kommunerna samarbetat?", "när bildades ledningsgruppen?", "how long have the municipalities
 * been cooperating?": when the cooperation itself or a body began. The plan gives a start only for some bodies
 * (answered with the body's facts); for the others and for the cooperation as a whole it gives none, which is said,
 * instead of the member list or the body's next meeting.
 */
function foundingAsked({ q, plan }: AnswerInput): Answer | undefined {
  if (!q.cues.includes('founded') || q.form || q.dates.length || q.years.length || q.month || q.period || q.topics.length || q.budgetLines.length || q.municipalities.length || q.bodies.length > 1) return undefined;
  const body = q.bodies.length ? plan.bodies.find((b) => b.id === q.bodies[0]) : undefined;
  if ((q.bodies.length && !body) || body?.start) return undefined;
  return notInPlan(q, plan, body ? say(q.lang, 'thePlanDoesNotSayWhen', body.name) : say(q.lang, 'thePlanGivesNoStartOfCooperation'));
}

/**
 * Arithmetic between the plan's two population figures: how many more inhabitants the vision needs
 * ("hur många fler invånare behövs för att nå visionen?", "the gap between today's population and the 2025
 * target": the vision's figure, read from its own sentence, less today's), and the average per municipality
 * ("hur många invånare har kommunerna i snitt?"). Each answer shows its sum.
 */
function populationArithmetic({ q, plan, data }: AnswerInput): Answer | undefined {
  if (q.form || q.budgetLines.length || q.bodies.length || q.municipalities.length || q.followUp) return undefined;
  const o = plan.organisation;
  const lang = q.lang;
  const fmt = (n: number) => Math.round(n).toLocaleString('sv-SE').replace(/\s/g, '\u00a0');
  const has = (c: string) => q.cues.includes(c);
  const vision = visionFigure(plan, data);
  const target = vision?.amount;
  const gapAsked = has('gap') || has('difference') || (has('anyMore') && has('count'));
  if (q.topics.includes('vision') && target !== undefined && target > o.population.approx && gapAsked && (q.topics.includes('population') || has('difference') || has('anyMore')) && q.amounts.every((a) => a === target)) {
    const over = vision!.more;
    const gap = target - o.population.approx;
    const title = say(lang, 'visionGap', o.vision.year, fmt(target), fmt(o.population.approx), fmt(gap), over);
    return { reply: reply('organisation', lang, title, [{ type: 'text', text: `${fmt(target)} − ${fmt(o.population.approx)} = ${fmt(gap)}` }, { type: 'text', subtle: true, text: o.vision.text }, { type: 'text', subtle: true, text: o.population.text }]), context: contextOf(q) };
  }
  if (q.topics.includes('population') && !q.topics.includes('vision') && has('average') && plan.municipalities.length) {
    const n = plan.municipalities.length;
    const each = o.population.approx / n;
    return { reply: reply('organisation', lang, say(lang, 'populationAverage', fmt(each)), [{ type: 'text', text: `${fmt(o.population.approx)} / ${n} = ${fmt(each)}` }, { type: 'text', subtle: true, text: say(lang, 'populationAverageNote') }, { type: 'text', subtle: true, text: o.population.text }]), context: contextOf(q) };
  }
  return undefined;
}

/**
 * "vem är värd för SK-mötet efter Botkyrka", "vilket möte är före rådslaget", "what meeting comes after the
 * Södertörn conference": the meeting after (or before) one named by its body, and its host where one is
 * named. With a host, the body's own next (or previous) meeting; with the word for a meeting, any body's.
 */
function meetingRelation({ q, plan, now }: AnswerInput): Answer | undefined {
  // Only the plain words of order ("förra LG-mötet", "the previous meeting" are the last one held).
  if (!/\b(fore|efter|after|before|innan|follows?|foljer|precedes?)\b/.test(fold(q.text))) return undefined;
  // ("vad kommer efter LG 25/11?", "what comes after SK in June?": the body named right after the order word, on a day
  // or in a month where it meets once, is that meeting; what comes after it is any body's.)
  const event = q.cues.includes('orderOfEvent');
  const dated = event && q.bodies.length === 1 && (q.dates.length === 1 || q.month) ? datedMeeting(plan, q.bodies[0]!, q.dates[0], q.month) : undefined;
  if (q.form || !q.relation || q.followUp || q.bodies.length !== 1 || ((q.dates.length || q.month) && !dated) || q.years.length || q.period || q.municipalities.length > 1 || q.yearShift || q.count !== undefined) return undefined;
  const body = q.bodies[0]!;
  if (!hasMeetings(plan, body) || (q.municipalities.length && plan.hostRotations.some((r) => r.body === body))) return undefined;
  let anchor: Meeting | undefined;
  const hostNamed = q.municipalities.length === 1;
  if (dated) anchor = dated;
  else if (hostNamed) {
    const theirs = (m: Meeting) => m.hosts.includes(q.municipalities[0]!);
    anchor = upcoming(plan, now, body, 1, theirs)[0] ?? held(plan, now, body, 1, theirs)[0];
  } else if (q.cues.includes('meeting') || event || (plannedMeetings(plan, body).length === 1 && ['nextMeeting', 'adjacentMeeting'].includes(q.intent) && !q.cues.includes('until') && !q.cues.includes('host'))) {
    // ("what comes after the rådslag?", "what's next after the Södertörn conference?": a body of one event in the
    // calendar is that event, and what comes after it is any body's meeting, the word for a meeting or not.)
    anchor = upcoming(plan, now, body, 1)[0] ?? held(plan, now, body, 1)[0];
  }
  if (!anchor) return undefined;
  const a = anchor;
  const within = hostNamed ? body : undefined;
  const found = q.relation === 'before'
    ? lastBefore(plan, firstDate(a), within, (m) => m.id !== a.id)
    : firstAfter(plan, lastDate(a), within, (m) => m.id !== a.id && (m.date.kind !== 'month' || `${m.date.month}-31` > lastDate(a)));
  const lang = q.lang;
  const anchorText = `${bodyName(plan, a.body)} ${formatWhen(a, lang)}`;
  if (!found) {
    return { reply: reply('adjacentMeeting', lang, q.relation === 'before' ? say(lang, 'noMeetingBeforeIn', anchorText) : say(lang, 'noMeetingAfterIn', anchorText), [meetingFacts(plan, a, lang)]), context: contextOf(q, { meetingId: a.id }) };
  }
  const title = q.relation === 'before'
    ? say(lang, 'theMeetingBefore2', anchorText, bodyName(plan, found.body))
    : say(lang, 'theMeetingAfter2', anchorText, bodyName(plan, found.body));
  return { reply: reply('adjacentMeeting', lang, title, [meetingFacts(plan, found, lang)]), context: contextOf(q, { intent: 'adjacentMeeting', meetingId: found.id, bodies: [found.body], municipalities: [], answerMunicipalities: found.hosts, ...(within ? {} : { anyBody: true }) }) };
}

/** A body's one meeting on a day (inside a meeting of several days too), or its one meeting in a month; else undefined. */
function datedMeeting(plan: Plan, body: string, day: string | undefined, month: { year: number; month: number } | undefined): Meeting | undefined {
  const ym = month ? `${month.year}-${String(month.month).padStart(2, '0')}` : undefined;
  const on = plannedMeetings(plan, body).filter((m) => (day ? firstDate(m) <= day && day <= lastDate(m) : firstDate(m).slice(0, 7) === ym));
  return on.length === 1 ? on[0] : undefined;
}

const PLACE_INTENTS = new Set(['municipalityMeetings', 'nextMeeting', 'meetingsOn', 'meetingHost', 'meetingTime', 'calendar', 'daysUntil']);

/**
 * "när är Södertörnskonferensen i Salem?": a body's meeting placed in a municipality that hosts none of
 * them. The premise is corrected (where it is held), then the body's coming meeting (else its last) shown.
 * ("när är SK 9/6 i Botkyrka?": with a day named, the body's meeting that day against the place.)
 */
function wrongPlace({ q, plan, now }: AnswerInput): Answer | undefined {
  if (q.form || q.bodies.length !== 1 || q.municipalities.length !== 1 || q.years.length || !PLACE_INTENTS.has(q.intent)) return undefined;
  if (q.cues.includes('membership') || q.cues.includes('secretariat')) return undefined;
  const body = q.bodies[0]!;
  if (plan.hostRotations.some((r) => r.body === body) || !hasMeetings(plan, body)) return undefined;
  if (q.dates.length) {
    const onDay = q.dates.length === 1 && !q.relativeDay ? meetingsBetween(plan, q.dates[0]!, q.dates[0]!, body)[0] : undefined;
    if (!onDay || onDay.hosts.includes(q.municipalities[0]!)) return undefined;
    const lang = q.lang;
    const asked = municipalityName(plan, q.municipalities[0]!);
    const title = onDay.hosts.length
      ? say(lang, 'isHostedByNot', `${bodyName(plan, body)} ${formatWhen(onDay, lang)}`, listText(onDay.hosts.map((h) => municipalityName(plan, h)), lang), asked)
      : say(lang, 'hasNoHostNot', bodyName(plan, body), formatWhen(onDay, lang), asked);
    // (Where the place hosts another of the body's meetings, the day may be the wrong half: that one is said too.)
    const theirs = plannedMeetings(plan, body).filter((m) => m.hosts.includes(q.municipalities[0]!));
    const blocks: Block[] = [meetingFacts(plan, onDay, lang)];
    if (theirs.length) blocks.push({ type: 'text', text: say(lang, 'municipalityHostsWhat', asked, listText(theirs.map((m) => `${bodyName(plan, m.body)} ${formatWhen(m, lang)}`), lang)) });
    return { reply: reply('meetingHost', lang, title, blocks), context: contextOf(q, { meetingId: onDay.id, municipalities: [], answerMunicipalities: onDay.hosts }) };
  }
  // ("SK:s planeringskonferens i Nykvarn i februari": a month beside the place is wrong too where the event is
  // held once that year; its one meeting is the answer. A body meeting oftener is looked up in the month.)
  const once = q.month ? meetingsOfYear(plan, q.month.year, body) : [];
  if (q.month && once.length !== 1) return undefined;
  const theirs = (m: Meeting) => m.hosts.some((h) => q.municipalities.includes(h));
  if (upcoming(plan, now, body, 1, theirs)[0] ?? held(plan, now, body, 1, theirs)[0]) return undefined;
  const hosted = upcoming(plan, now, body, 1, (x) => x.hosts.length > 0)[0] ?? held(plan, now, body, 1, (x) => x.hosts.length > 0)[0];
  // An event the plan names no host for at all: that, with its date.
  const m = hosted ?? once[0] ?? (plannedMeetings(plan, body).length === 1 ? plannedMeetings(plan, body)[0] : undefined);
  if (!m) return undefined;
  const lang = q.lang;
  const asked = municipalityName(plan, q.municipalities[0]!);
  const H = listText(m.hosts.map((h) => municipalityName(plan, h)), lang);
  const title = m.hosts.length ? say(lang, 'isHostedByNot', bodyName(plan, body), H, asked) : say(lang, 'hasNoHostNot', bodyName(plan, body), formatWhen(m, lang), asked);
  return { reply: reply('meetingHost', lang, title, [meetingFacts(plan, m, lang)]), context: contextOf(q, { meetingId: m.id, municipalities: [], answerMunicipalities: m.hosts }) };
}

/**
 * "när är rådslaget i Botkyrka i år", "rådslaget i Nykvarn 2012, vilket datum": a rotating event placed in
 * a municipality that does not host it that year. The year's host (and its date, where the calendar has
 * it) is the answer, with the municipality's own year.
 */
function rotationPremise({ q, plan, now }: AnswerInput): Answer | undefined {
  if (q.form || q.years.length !== 1 || q.municipalities.length !== 1 || q.dates.length || q.month || q.followUp) return undefined;
  const rotating = new Set(plan.hostRotations.map((r) => r.body));
  const body = q.bodies.length === 1 && rotating.has(q.bodies[0]!) ? q.bodies[0]! : undefined;
  if (!body) return undefined;
  const y = q.years[0]!;
  const host = plan.hostRotations.find((r) => r.body === body && r.year === y)?.host;
  const asked = q.municipalities[0]!;
  if (!host || host === asked) return undefined;
  const lang = q.lang;
  const name = bodyName(plan, body);
  const H = municipalityName(plan, host);
  const A = municipalityName(plan, asked);
  const own = hostYear(plan, body, asked, y);
  const meeting = meetingsOfYear(plan, y, body)[0];
  const blocks: Block[] = [];
  if (meeting) blocks.push(meetingFacts(plan, meeting, lang));
  else blocks.push({ type: 'text', text: say(lang, 'thePlanDoesNotGive', name, y) });
  if (own !== undefined) blocks.push({ type: 'text', text: say(lang, 'hostsIn', A, name, own) });
  const title = say(lang, 'hostIsNotAsked', name, y, H, A, meeting ? formatWhen(meeting, lang) : undefined);
  void now;
  return { reply: reply('rotationHost', lang, title, blocks), context: contextOf(q, { intent: 'rotationHost', bodies: [body], years: [y], municipalities: [], answerMunicipalities: [host], ...(meeting ? { meetingId: meeting.id } : {}) }) };
}

/**
 * "rådslaget 2014?" → "hur många år är det dit?", "how many years until then?": the years from this year to
 * the year the last answer was of, with that year's host.
 */
function yearsUntilThen({ q, plan, now }: AnswerInput): Answer | undefined {
  if (!q.followUp || q.years.length !== 1 || q.form || !(q.cues.includes('count') || q.cues.includes('until'))) return undefined;
  if (!/(?<!\p{L})(år|years?)(?!\p{L})/iu.test(q.text)) return undefined;
  const body = q.bodies.find((b) => plan.hostRotations.some((r) => r.body === b));
  const y = q.years[0]!;
  const host = body ? plan.hostRotations.find((r) => r.body === body && r.year === y)?.host : undefined;
  if (!body || !host || (q.municipalities.length && !q.municipalities.includes(host))) return undefined;
  const lang = q.lang;
  const n = y - thisYearOf(now);
  const A = municipalityName(plan, host);
  const name = bodyName(plan, body);
  const title = n > 0 ? say(lang, 'yearsUntilHosting', n, A, name, y) : n === 0 ? say(lang, 'hostsThisYear', A, name, y) : say(lang, 'hostedInYearsAgo', A, name, y, -n);
  return { reply: reply('rotationHost', lang, title, []), context: contextOf(q, { intent: 'rotationHost', bodies: [body], years: [y], municipalities: [], answerMunicipalities: [host] }) };
}

/** "vem är sist i rotationen för rådslaget", "who hosts first in the rotation". */
function rotationEnds({ q, plan }: AnswerInput): Answer | undefined {
  const first = q.cues.includes('first');
  const final = q.cues.includes('final');
  if ((!first && !final) || q.municipalities.length || q.years.length || q.dates.length || q.month) return undefined;
  const rotating = new Set(plan.hostRotations.map((r) => r.body));
  const body = q.bodies.find((b) => rotating.has(b)) ?? (q.cues.includes('rotation') && !q.bodies.length ? [...rotating][0] : undefined);
  if (!body || !(q.cues.includes('rotation') || q.cues.includes('host'))) return undefined;
  // ("Of the kommuner in the överförmyndarnämnd, which one hosts the rådslag last?": among a joint body's members.)
  const among = q.bodies.map((id) => plan.bodies.find((b) => b.id === id)).find((b): b is Body => Boolean(b && b.id !== body && b.kind === 'jointBody' && b.memberMunicipalities.length));
  const rot = plan.hostRotations.filter((r) => r.body === body && (!among || among.memberMunicipalities.includes(r.host))).sort((a, b) => a.year - b.year);
  const r = final ? rot.at(-1) : rot[0];
  if (!r) return undefined;
  const lang = q.lang;
  const H = municipalityName(plan, r.host);
  const title = among
    ? say(lang, final ? 'lastAmongMembers' : 'firstAmongMembers', among.name, bodyName(plan, body), H, r.year)
    : final
      ? say(lang, 'lastInTheRotation', bodyName(plan, body), H, r.year)
      : say(lang, 'firstInTheRotation', bodyName(plan, body), H, r.year);
  return { reply: reply('rotationHost', lang, title, [{ type: 'facts', facts: rot.map((x) => ({ title: String(x.year), value: municipalityName(plan, x.host) })) }]), context: contextOf(q, { intent: 'rotationHost', bodies: [body], years: [r.year], answerMunicipalities: [r.host] }) };
}

/** "när startade Salem i överförmyndarnämnden": a municipality that is not in the joint body asked about. */
function notAMember({ q, plan }: AnswerInput): Answer | undefined {
  if (q.form || !q.municipalities.length || q.dates.length || q.month) return undefined;
  const body = q.bodies.map((id) => plan.bodies.find((b) => b.id === id)).find((b) => b?.kind === 'jointBody' && b.memberMunicipalities.length);
  if (!body || q.bodies.length !== 1) return undefined;
  const outside = q.municipalities.filter((m) => !body.memberMunicipalities.includes(m));
  if (!outside.length) return undefined;
  // ("vem är värdkommun?" → "och vi då? salem alltså": a municipality outside a joint body is not its host either;
  // that it is not in the body is the answer, with the host. A host asked of its own would be its host question.)
  const hostAsked = q.cues.includes('host');
  if (hostAsked && (!q.followUp || !body.hostMunicipality)) return undefined;
  const lang = q.lang;
  const names = listText(outside.map((m) => municipalityName(plan, m)), lang);
  const members = listText(body.memberMunicipalities.map((m) => municipalityName(plan, m)), lang);
  const blocks: Block[] = [{ type: 'text', text: say(lang, 'isMadeUpOf2', body.name, members) }];
  if (hostAsked && body.hostMunicipality) blocks.push({ type: 'text', text: `${say(lang, 'hostMunicipality')}: ${municipalityName(plan, body.hostMunicipality)}` });
  if (body.start) blocks.push({ type: 'text', text: say(lang, 'startedIn', body.name, body.start.slice(0, 4)) });
  return { reply: reply('members', lang, say(lang, 'notMembersOf', names, outside.length, body.name), blocks), context: contextOf(q) };
}

/** Whether a body has meetings in the calendar (looked up in the calendar's per-body index, not by a scan). */
export const hasMeetings = (plan: Plan, body: string): boolean => firstAfter(plan, '0000-01-01', body, () => true) !== undefined;

/** Where a budget line is first named in the question (by its own words); lines not named come last. */
const mentionAt = (q: AnswerInput['q'], id: string) => Math.min(...q.mentions.filter((m) => m.kind === 'budgetLine' && m.id === id).map((m) => m.at), Number.MAX_SAFE_INTEGER);
const thisYearOf = (now: Date) => Number(stockholmDate(now).slice(0, 4));
const yesNo = (lang: 'sv' | 'en', yes: boolean) => (yes ? say(lang, 'yes') : say(lang, 'no'));
/** Whether the question holds one of the phrases (folded, whole words): a claim of a meeting's status (lexicon statusClaims). */
const claimsStatus = (text: string, phrases: readonly string[] | undefined) => {
  const padded = ` ${fold(text)} `;
  return (phrases ?? []).some((p) => padded.includes(` ${p} `));
};

/** "Boka ett rum", "send me the document": say plainly that the bot cannot, then offer what the plan has. */
function cannotDo({ q, plan, now, data }: AnswerInput): Answer | undefined {
  if (!q.action) return undefined;
  const lang = q.lang;
  // "Jag kan inte boka något", "I cannot add anything to your calendar": the verb in the form the sentence
  // needs, from the lexicon (the member may have written "ring", "anmäl mig", "sign me up"); else plainly.
  const named = data?.actionTitles?.[fold(q.action)];
  const title = Array.isArray(named)
    ? say(lang, 'iCannotIAnswer', named[0], named[1])
    : say(lang, 'iCannotDoThat');
  const blocks: Block[] = [
    {
      type: 'text',
      text: say(lang, 'iAnswerQuestionsAboutThe'),
    },
  ];
  // What the plan does say about the meeting named, if one is.
  const meeting = namedMeeting(q, plan, now);
  if (meeting) blocks.push({ type: 'text', text: say(lang, 'thisIsWhatThePlan') }, meetingFacts(plan, meeting, lang));
  // ("post a short summary of the plan on our intranet": the summary itself is what can be given.)
  else blocks.push(...(offerInstead({ q, plan, now, data }) ?? []));
  return {
    reply: reply('notInPlan', lang, title, blocks, suggestions(lang)),
    context: meeting ? contextOf(q, { meetingId: meeting.id }) : undefined,
  };
}

/** The one meeting a question names by body and day, or by body alone (its next meeting). */
function namedMeeting(q: AnswerInput['q'], plan: Plan, now: Date): Meeting | undefined {
  const body = q.bodies[0];
  const days = q.relativeDay ? [] : q.dates;
  if (days.length) return meetingsBetween(plan, days[0]!, days[0]!, body)[0];
  // "the Salem SK meeting": the body's next meeting that municipality hosts, not merely its next one.
  const host = q.municipalities.length === 1 ? q.municipalities[0]! : undefined;
  if (body) return upcoming(plan, now, body, 1, host ? (m) => m.hosts.includes(host) : undefined)[0];
  return undefined;
}

/** The rotating body a question is about, if it names one or asks about hosts with no other body. */
function rotationBodyOf(q: AnswerInput['q'], plan: Plan): string | undefined {
  const rotating = new Set(plan.hostRotations.map((r) => r.body));
  if (q.bodies.some((b) => !rotating.has(b))) return undefined;
  const named = q.bodies.find((b) => rotating.has(b));
  if (named) return named;
  if (q.cues.includes('host') || q.cues.includes('rotation')) return [...rotating][0];
  // "hur många år mellan Salem och Huddinge": years counted between or until municipalities are years of
  // the rotation, the only thing the plan orders by year and municipality.
  const yearsCounted = /(?<!\p{L})(år|years?)(?!\p{L})/iu.test(q.text) && (q.cues.includes('count') || q.cues.includes('until'));
  // "which comes first, Haninge or Södertälje", "vem kommer först, Nykvarn eller Tyresö": two municipalities
  // put in order are ordered by the rotation.
  if (q.municipalities.length === 2 && (q.cues.includes('first') || q.cues.includes('orderBoth') || q.relation) && !q.dates.length && !q.month) return [...rotating][0];
  return yearsCounted && q.municipalities.length ? [...rotating][0] : undefined;
}

/** The year a municipality hosts a rotation: the first from this year on, else its last. */
function hostYear(plan: Plan, body: string, municipality: string, year: number): number | undefined {
  const ys = plan.hostRotations.filter((r) => r.body === body && r.host === municipality).map((r) => r.year).sort((a, b) => a - b);
  return ys.find((y) => y >= year) ?? ys.at(-1);
}

/**
 * Relations in the rotation: "två år efter Nynäshamn", "the year before Huddinge hosts", "före eller efter
 * Nykvarn?", "hur många år tills Nykvarn är värd?" — computed from the years the municipalities host.
 */
/**
 * Whether a text counts years: "år" or "years" besides the "i år", "this year" that name the year, "hur många ar" typed
 * without å ("ar" alone is also "är"), or "hur länge", "how long" (of a rotation, a count of years).
 */
function yearsCounted(text: string): boolean {
  return /(?<!\p{L})(år|years?)(?!\p{L})/iu.test(text.replace(/(?<!\p{L})(i år|this year)(?!\p{L})/giu, ' ')) || /\b((hur manga|how many) ar|hur lange|how long)\b/.test(fold(text));
}

function rotationRelation({ q, plan, now, data }: AnswerInput): Answer | undefined {
  // (A follow-up is one only where it names a municipality to put before or after: "och vem har det efter Nynäshamn?".)
  // ("och året efter Tyresö": a year shifted from a municipality named anchors it too.)
  const ownAnchor = (q.relation !== undefined || q.yearShift !== undefined) && (q.mentions ?? []).some((m) => m.kind === 'municipality');
  // ("vad har Botkyrka för värdskap efter sommaren?": the order word is the period's, not a step in the rotation.)
  if ((q.followUp && !ownAnchor) || !q.municipalities.length || q.dates.length || q.month || (q.period && /^(before|after):/.test(q.period.id))) return undefined;
  const body = rotationBodyOf(q, plan);
  if (!body) return undefined;
  const hostOf = (y: number) => plan.hostRotations.find((r) => r.body === body && r.year === y)?.host;
  // "the order of Rådslag hosts after Salem, up to 2015", "värdarna före Haninge från 2012": one host as one end of a
  // stretch of the rotation and years as the other: the hosts from the year after its turn up to the last year asked
  // (before it: from the first year asked up to the year before its turn), in order.
  if (q.municipalities.length === 1 && q.years.length >= 1 && (q.relation === 'after' || q.relation === 'before') && !q.form && !q.cues.includes('count')) {
    const turn = plan.hostRotations.find((r) => r.body === body && r.host === q.municipalities[0])?.year;
    const [lo, hi] = turn === undefined ? [0, -1] : q.relation === 'after' ? [turn + 1, Math.max(...q.years)] : [Math.min(...q.years), turn - 1];
    const stretch = plan.hostRotations.filter((r) => r.body === body && r.year >= lo && r.year <= hi).sort((x, y) => x.year - y.year);
    if (stretch.length >= 1 && hi > lo - 1 && !(q.years.length === 1 && q.years[0] === turn)) {
      const lang = q.lang;
      const listed = stretch.map((r) => `${r.year} ${municipalityName(plan, r.host)}`);
      const title = say(lang, q.relation === 'after' ? 'hostsAfterUpTo' : 'hostsBeforeFrom', bodyName(plan, body), municipalityName(plan, q.municipalities[0]!), turn!, q.relation === 'after' ? hi : lo);
      return { reply: reply('rotationHost', lang, title, [{ type: 'list', items: listed }]), context: contextOf(q, { intent: 'rotationHost', bodies: [body], years: stretch.map((r) => r.year), municipalities: [], answerMunicipalities: stretch.map((r) => r.host) }) };
    }
  }
  // "hur många år efter Salems rådslag 2011 kommer Tyresö": a year named beside two municipalities, one of which
  // hosts that year, is that one's turn (no other question); any other year asks something else.
  if (q.years.length && !(q.municipalities.length >= 2 && q.years.every((y) => q.municipalities.includes(hostOf(y) ?? '')))) return undefined;
  const lang = q.lang;
  // (A count of years from a year written counts from it: "Counting from 2011, how many years until Huddinge hosts?".)
  const year = q.countFrom ?? thisYearOf(now);
  const name = bodyName(plan, body);
  const [a, b] = q.municipalities;
  const turnOf = (m: string) => q.years.find((y) => hostOf(y) === m) ?? hostYear(plan, body, m, year);
  const ya = turnOf(a!);
  const ctx = (years: number[], hosts: string[]) => contextOf(q, { intent: 'rotationHost', bodies: [body], years, municipalities: [], answerMunicipalities: hosts });
  if (ya === undefined) return undefined;

  // Who hosts between two hosts ("vem ligger mellan Botkyrka och Södertälje i rotationen?", "which municipality comes
  // between Salem and Botkyrka?"), or whether one does ("är Tyresö mellan Botkyrka och Södertälje?"): the hosts of the
  // years strictly between the two named after "mellan"/"between". A count asked ("hur många år mellan …") is the years.
  const words = fold(q.text).split(' ');
  const betweenAt = words.findIndex((w) => w === 'mellan' || w === 'between');
  const counted = q.cues.includes('count') || q.cues.includes('until') || /\b(hur manga|how many|how long|hur lange|hur langt)\b/.test(fold(q.text));
  const ends = betweenAt >= 0 ? [...new Set((q.mentions ?? []).filter((m) => m.kind === 'municipality' && m.at > betweenAt).map((m) => m.id))] : [];
  if (ends.length === 2 && !counted && !q.cues.includes('orderBoth')) {
    const [y1, y2] = [turnOf(ends[0]!), turnOf(ends[1]!)];
    if (y1 !== undefined && y2 !== undefined) {
      const [lo, hi] = y1 < y2 ? [y1, y2] : [y2, y1];
      const inside = plan.hostRotations.filter((r) => r.body === body && r.year > lo && r.year < hi).sort((x, y) => x.year - y.year);
      const claimed = q.form === 'yesNo' ? q.municipalities.filter((m) => !ends.includes(m)) : [];
      const E1 = municipalityName(plan, ends[0]!);
      const E2 = municipalityName(plan, ends[1]!);
      const listed = inside.map((r) => `${municipalityName(plan, r.host)} ${r.year}`);
      const fact = inside.length
        ? say(lang, 'hostsBetween', name, E1, y1, E2, y2, listText(listed, lang))
        : say(lang, 'noHostsBetween', name, E1, y1, E2, y2);
      const title = claimed.length ? `${yesNo(lang, claimed.every((c) => inside.some((r) => r.host === c)))} – ${fact.charAt(0).toLowerCase()}${fact.slice(1)}` : fact;
      const blocks: Block[] = claimed.length && !claimed.every((c) => inside.some((r) => r.host === c))
        ? claimed.map((c) => ({ type: 'text' as const, text: say(lang, 'hostsInYear', municipalityName(plan, c), hostYear(plan, body, c, year) ?? '') }))
        : [];
      return { reply: reply('rotationHost', lang, title, blocks), context: ctx(inside.map((r) => r.year), inside.map((r) => r.host)) };
    }
  }
  // Two municipalities: the years between them ("hur många år mellan Botkyrkas och Haninges rådslag").
  if (b && (q.cues.includes('count') || q.cues.includes('until') || /\b(mellan|between)\b/.test(fold(q.text))) && !q.cues.includes('orderBoth')) {
    const yb = turnOf(b);
    if (yb === undefined) return undefined;
    const n = Math.abs(yb - ya);
    const A = municipalityName(plan, a!);
    const B = municipalityName(plan, b);
    return {
      reply: reply('rotationHost', lang, say(lang, 'yearsBetweenHosts', n, A, ya, B, yb), [
        { type: 'text', text: say(lang, 'hostsInIn', A, name, ya, B, yb) },
      ]),
      context: ctx([ya, yb], [a!, b]),
    };
  }
  // Two municipalities: which hosts first.
  if (b && (q.cues.includes('orderBoth') || q.relation || q.cues.includes('first'))) {
    const yb = turnOf(b);
    if (yb === undefined) return undefined;
    const A = municipalityName(plan, a!);
    const B = municipalityName(plan, b);
    const order = ya < yb ? say(lang, 'before') : say(lang, 'after');
    const fact = say(lang, 'hostsInIn', A, name, ya, B, yb);
    // "which comes first": the first of them named first in the headline.
    const [F, yf, S, ys] = ya < yb ? [A, ya, B, yb] : [B, yb, A, ya];
    const title = q.form === 'yesNo' && q.relation
      ? `${yesNo(lang, (ya < yb) === (q.relation === 'before'))} – ${say(lang, 'hostsBeforeOrAfter', A, order, B)}`
      : q.cues.includes('first') && !q.relation
        ? say(lang, 'hostsFirstLater', F, yf, S, ys)
        : say(lang, 'hostsBeforeOrAfter', A, order, B);
    return { reply: reply('rotationHost', lang, title, [{ type: 'text', text: fact }]), context: ctx([ya, yb], [a!, b]) };
  }
  // (A year named is read only as one of two municipalities' turns, above.)
  if (q.years.length) return undefined;

  const A = municipalityName(plan, a!);
  // "hur många gånger är Huddinge värd", "how many times does Salem host": its years in the rotation.
  const folded = fold(q.text);
  if (q.cues.includes('count') && /\b(gang|ganger|times)\b/.test(folded)) {
    const ys = plan.hostRotations.filter((r) => r.body === body && r.host === a).map((r) => r.year).sort((x, y) => x - y);
    const span = plan.hostRotations.filter((r) => r.body === body).map((r) => r.year).sort((x, y) => x - y);
    const n = ys.length;
    return { reply: reply('rotationYears', lang, say(lang, 'timesHosting', A, name, n, span[0], span.at(-1), listText(ys.map(String), lang)), []), context: ctx(ys, [a!]) };
  }
  // "hur länge tills Salem är värd igen", "when does Salem host again": its next year after this one.
  if (/\b(igen|again|nasta gang|next time)\b/.test(folded)) {
    const next = plan.hostRotations.filter((r) => r.body === body && r.host === a && r.year > year).map((r) => r.year).sort((x, y) => x - y)[0];
    const span = plan.hostRotations.filter((r) => r.body === body).map((r) => r.year).sort((x, y) => x - y);
    if (next !== undefined && q.bodies.includes(body)) {
      return { reply: reply('rotationYears', lang, say(lang, 'hostsAgainIn', A, name, next, next - year), []), context: ctx([next], [a!]) };
    }
    if (next === undefined) {
      return { reply: reply('rotationYears', lang, say(lang, 'doesNotHostAgain', A, name, year + 1, span.at(-1)), [{ type: 'text', text: say(lang, 'hostsInThePlan', A, listText(plan.hostRotations.filter((r) => r.body === body && r.host === a).map((r) => String(r.year)), lang), span.at(-1)) }]), context: ctx([], [a!]) };
    }
  }
  // How many years until it hosts. ("år", not "är": both fold to "ar".)
  // ("om hur många år har Haninge rådslaget?": a count of years asked in words of no cue is the same question.)
  if (q.cues.includes('until') || (q.count === undefined && ((q.cues.includes('count') && /(?<!\p{L})(år|years?)(?!\p{L})/iu.test(q.text)) || (counted && yearsCounted(q.text))))) {
    const n = ya - year;
    const title = n > 0
      ? say(lang, 'yearsUntilHosting', n, A, name, ya)
      : n === 0
        ? say(lang, 'hostsThisYear', A, name, ya)
        : say(lang, 'hostedInYearsAgo', A, name, ya, -n);
    const text = n > 0 ? say(lang, 'yearsFromNowToHosting', n, year, ya, A) : '';
    return { reply: reply('rotationHost', lang, title, text ? [{ type: 'text', text }] : []), context: ctx([ya], [a!]) };
  }

  // "vilka hinner vara värd innan det blir Södertäljes tur?": every host from now until that year.
  const turn = data?.rotationTurn;
  const has = (ws: readonly string[] | undefined) => (ws ?? []).some((w) => ` ${folded} `.includes(` ${fold(w)} `));
  if (turn && !b && q.yearShift === undefined && ((q.relation === 'before' && (has(turn.turn) || has(turn.many))) || (!q.relation && has(turn.until)))) {
    // Up to a turn ("innan det blir Södertäljes tur", "between now and Huddinge's turn"): from now, this year's host counting
    // while this year's meeting is still to come (or has no date). Before a host in the order ("vilka kommuner är värd
    // före Tyresö?"): every host before it in the rotation, held or not.
    const today = stockholmDate(now);
    const thisYears = plannedMeetings(plan, body).filter((m) => firstDate(m).startsWith(String(year)));
    const fromNow = has(turn.turn) || has(turn.until) || has(turn.fromNow);
    const first = Math.min(...plan.hostRotations.filter((r) => r.body === body).map((r) => r.year));
    const from = !fromNow ? first : thisYears.length && thisYears.every((m) => m.date.kind !== 'month' && lastDate(m) < today) ? year + 1 : year;
    const rows = plan.hostRotations.filter((r) => r.body === body && r.year >= from && r.year < ya).sort((x, y) => x.year - y.year);
    const title = rows.length ? say(lang, 'hostsBeforeTurn', name, A, ya) : say(lang, 'noHostBeforeTurn', name, A, ya);
    const blocks: Block[] = rows.length ? [{ type: 'facts', facts: rows.map((r) => ({ title: String(r.year), value: municipalityName(plan, r.host) })) }] : [];
    return { reply: reply('rotationHost', lang, title, blocks), context: ctx(rows.map((r) => r.year), rows.map((r) => r.host)) };
  }
  // n years after / before.
  const step = q.yearShift ?? (q.relation ? (q.relation === 'before' ? -1 : 1) : undefined);
  if (step === undefined) return undefined;
  const offset = step * (q.count ?? 1);
  const target = ya + offset;
  const host = hostOf(target);
  const span = Math.abs(offset);
  const when = say(lang, 'yearsAfterOrBeforeHost', span, offset, A, ya);
  if (!host) {
    return {
      reply: reply('rotationHost', lang, say(lang, 'thePlanNamesNoHost', name, target), [
        { type: 'text', text: say(lang, 'isButThePlan', when, target, plan.hostRotations.filter((r) => r.body === body).map((r) => r.year).sort()[0], plan.hostRotations.filter((r) => r.body === body).map((r) => r.year).sort().at(-1)) },
      ]),
      context: ctx([target], []),
    };
  }
  const H = municipalityName(plan, host);
  return {
    reply: reply('rotationHost', lang, say(lang, 'hostOfBodyInTarget', name, target, H), [
      { type: 'text', text: say(lang, 'hostsIn2', when, H, target) },
    ], [{ kind: 'message', title: say(lang, 'andTheYearAfter'), value: say(lang, 'andTheYearAfter2') }]),
    context: ctx([target], [host]),
  };
}

/** Parts of a whole written in words, in the lexicon's order (exactWords.fractions: "halften", "a third", "tre fjärdedelar"). */
const fractionsOf = (data: LexiconData | undefined): Array<[string, number]> => Object.entries(data?.exactWords?.fractions ?? ({} as Record<string, number>)).filter(([k]) => !k.startsWith('$'));

const hm = (s: string, lang: 'sv' | 'en') => say(lang, 'clockTime', s);
function usualTimeText(b: Body, lang: 'sv' | 'en'): string {
  const u = b.usualTime!;
  return `${weekdayName(u.weekday, lang, true)} ${hm(u.start, lang)}–${hm(u.end, lang)}`;
}

/**
 * "What time does the Tuesday LG meeting start?", "när börjar LG:s onsdagsmöten?": the time of a body's
 * meetings asked on a weekday it never meets (its meetings all have their usual weekday). The correction
 * first, with its usual day and time, then its next meeting.
 */
function wrongWeekdayTime({ q, plan, now }: AnswerInput): Answer | undefined {
  if ((q.form && q.form !== 'why') || !q.weekdays.length || q.municipalities.length || (q.dates.length && !q.relativeDay) || q.month) return undefined;
  if (!q.cues.includes('timeOfDay') && !q.cues.includes('start')) return undefined;
  const bodies = q.bodies.map((id) => plan.bodies.find((b) => b.id === id)).filter((b): b is Body => Boolean(b));
  const timed = bodies.length === 1 ? bodies[0]!.usualTime ? bodies[0]! : undefined : undefined;
  if (!timed || q.weekdays.includes(timed.usualTime!.weekday)) return undefined;
  const lang = q.lang;
  const asked = weekdayName(q.weekdays[0]!, lang, true);
  const next = upcoming(plan, now, timed.id, 1)[0];
  const blocks: Block[] = next ? [{ type: 'text', text: say(lang, 'nextMeetsOn', timed.name, formatWhen(next, lang)) }, meetingFacts(plan, next, lang)] : [];
  return { reply: reply('meetingTime', lang, say(lang, 'doesNotMeetOn', timed.name, asked, usualTimeText(timed, lang)), blocks), context: contextOf(q, { bodies: [timed.id], ...(next ? { meetingId: next.id } : {}) }) };
}

/**
 * "What's a third of the committee's total budget?", "hälften av personalposten", "and a third of the annual amount?"
 * (the line asked before): a part of an amount, written in words right before "av"/"of", is that amount times the part:
 * the lines named added up, else the year's costs. Not where the part is compared ("går mer än hälften av …": claim).
 */
function partOfAmount({ q, plan, now, data }: AnswerInput): Answer | undefined {
  if (q.form) return undefined;
  const text = ` ${fold(q.text)} `;
  const part = fractionsOf(data).find(([w]) => text.includes(` ${w} av `) || text.includes(` ${w} of `));
  if (!part || /\b(mer an|more than|mindre an|less than|minst|at least|hogst|at most)\b/.test(text)) return undefined;
  const ofYear = budgetOf(plan, q.years[0] ?? thisYearOf(now));
  if (!ofYear || !(q.budgetLines.length || ['budget', 'costsWord', 'money', 'income'].some((c) => q.cues.includes(c)))) return undefined;
  const lang = q.lang;
  const lines = ofYear.costs.filter((l) => q.budgetLines.includes(l.id));
  const whole = lines.length ? sum(lines) : sum(ofYear.costs);
  const label = lines.length ? lines.map((l) => glossedLabel(data, lang, l)).join(' + ') : say(lang, 'costsOfYear', ofYear.year);
  const fact = say(lang, 'partOfAmount', label, kronor(whole), kronor(Math.round(whole * part[1])), Math.round(part[1] * 1000) / 10);
  return { reply: reply('budgetLine', lang, fact, []), context: contextOf(q, lines.length ? { budgetLines: lines.map((l) => l.id) } : {}) };
}

/**
 * A claim checked against the plan: a yes/no question gets "Ja – …"/"Nej – …" first, a why-question
 * with a false premise gets the correction. Membership of a body, the budget's balance, the host of a
 * meeting or of a rotation year, the weekday a body meets.
 */
function claim({ q, plan, now, data }: AnswerInput): Answer | undefined {
  // English answers gloss the plan's Swedish budget labels: "Personal (staff)".
  const gl = (l: { id: string; label: string }) => glossedLabel(data, q.lang, l);
  // A question after something the plan does not hold ("can I get the Teams link …") is not a claim.
  // (Attending a body with a role named is in the plan: the role's claim below reads it.)
  // ("vilken roll har kommundirektörerna på SK-mötena?": a role's part in a body named, asked with a word of role, is the
  // same reading of the plan, stated without a yes or no.)
  const roleAsked = !q.form && Boolean(q.roleBodies) && q.cues.includes('roleOf');
  if ((!q.form && !roleAsked) || (q.notInPlanKinds.length && !(q.roleBodies && q.notInPlanKinds.every((k) => k === 'attendance')))) return undefined;
  const lang = q.lang;
  const why = q.form === 'why';
  const head = (ok: boolean, text: string) => (why ? text : roleAsked ? capitalised(text) : `${yesNo(lang, ok)} – ${text}`);
  const bodies = q.bodies.map((id) => plan.bodies.find((b) => b.id === id)).filter((b): b is Body => Boolean(b));
  const days = q.relativeDay ? [] : q.dates;

  // A role's part in a body: "do the municipal directors attend the SK meetings?", "måste jag som kommundirektör gå på SK-mötena?"
  if (q.roleBodies && ((q.form === 'yesNo' && bodies.length === 1) || (roleAsked && bodies.length <= 1))) {
    const b = bodies[0];
    const ok = !b || q.roleBodies.includes(b.id);
    const english = (table: Record<string, string> | undefined, id: string) => (lang === 'en' && table && Object.hasOwn(table, id) ? table[id] : undefined);
    // (The plan's words for the role in each body: its attendees, or what it is made up of.)
    const inIt = (x: Body) => (q.role && roleFits(q.role, x.attendees) ? english(data?.glosses?.attendees, x.id) ?? x.attendees! : say(lang, 'isMadeUpOf3', x.name, english(data?.glosses?.composition, x.id) ?? (x.composition ?? '').toLowerCase()));
    const theirs = q.roleBodies.map((id) => plan.bodies.find((x) => x.id === id)).filter((x): x is Body => Boolean(x));
    const text = ok && b ? inIt(b) : listText(theirs.map((x) => inIt(x)), lang);
    return { reply: reply('members', lang, head(ok, text.replace(/\.$/, '')), []), context: contextOf(q) };
  }

  if (q.notInPlanKinds.length || !q.form) return undefined;


  // A figure of the plan against the one claimed: the population, the vision's, how many of a thing it lists.
  const figured = q.form === 'yesNo' ? figureClaim(q, plan, data, head) : undefined;
  if (figured) return figured;

  // The balance between the two cooperation areas: "ska regionala utvecklingsfrågor få mer tid än verksamhetsfrågorna?"
  const balanceOfAreas = q.form === 'yesNo' ? areaBalanceClaim(q, plan, data, head) : undefined;
  if (balanceOfAreas) return balanceOfAreas;

  // The order of two events, and an event against a period of the year: computed from their dates.
  const ordered = clashClaim(q, plan, now, head) ?? orderClaim(q, plan, now, head) ?? pastClaim(q, plan, now, head) ?? remainingClaim(q, plan, now, head);
  if (ordered) return ordered;
  const inPeriod = periodClaim(q, plan, now, head);
  if (inPeriod) return inPeriod;

  // The weekday of the meetings named by month or day: "är SK-mötet i juni en torsdag", "is the LG meeting
  // in September on a Friday" — computed from those meetings' dates, not the body's usual day.
  const span = askedSpan(q) ?? (q.week ? { from: q.week.from, to: q.week.to, label: '' } : undefined);
  if (q.weekdays.length && bodies.length === 1 && span && !q.municipalities.length) {
    const list = meetingsBetween(plan, span.from, span.to, bodies[0]!.id).filter((m) => m.date.kind !== 'month');
    if (list.length) {
      const weekdayOf = (iso: string) => { const [y, mo, d] = iso.split('-').map(Number) as [number, number, number]; return ((new Date(Date.UTC(y, mo - 1, d)).getUTCDay() + 6) % 7) + 1; };
      const ok = list.every((m) => q.weekdays.includes(weekdayOf(firstDate(m))));
      const m = list[0]!;
      return { reply: reply('meetingTime', lang, head(ok, say(lang, 'isOn', bodyName(plan, m.body), formatWhen(m, lang))), list.map((x) => meetingFacts(plan, x, lang))), context: contextOf(q, { meetingId: m.id }) };
    }
  }

  // "är det SK-möte nästa torsdag", "är det sk på torsdag?", "is there an SK meeting this Thursday?": one coming
  // day (a weekday in the singular is the coming one) asks about that day's meeting, not the body's usual weekday.
  if (q.form === 'yesNo' && q.relativeDay && q.dates.length === 1 && bodies.length === 1 && !q.municipalities.length) {
    const day = q.dates[0]!;
    const on = meetingsBetween(plan, day, day, bodies[0]!.id).filter((m) => m.date.kind !== 'month');
    const m = on[0] ?? upcoming(plan, now, bodies[0]!.id, 1)[0];
    if (m) {
      const fact = say(lang, on.length ? 'meetsOnThatDay' : 'nextMeetsOn', bodyName(plan, m.body), formatWhen(m, lang));
      return { reply: reply('meetingTime', lang, head(on.length > 0, fact), [meetingFacts(plan, m, lang)]), context: contextOf(q, { meetingId: m.id }) };
    }
  }

  // The weekday a body meets: "Träffas LG på fredagar?", "why does the committee meet on Fridays?"
  const timed = bodies.find((b) => b.usualTime);
  if (timed && q.weekdays.length && !days.length && !q.municipalities.length) {
    const ok = q.weekdays.includes(timed.usualTime!.weekday);
    const asked = weekdayName(q.weekdays[0]!, lang, true);
    const fact = say(lang, 'meetsOn', timed.name, usualTimeText(timed, lang));
    const title = ok
      ? head(true, fact)
      : head(false, say(lang, 'doesNotMeetOn', timed.name, asked, usualTimeText(timed, lang)));
    const blocks: Block[] = ok && why ? [{ type: 'text', text: say(lang, 'thePlanDoesNotSayWhy') }] : ok ? [] : [{ type: 'text', text: fact }];
    return { reply: reply('meetingTime', lang, title, blocks), context: contextOf(q) };
  }

  // The budget's balance: "går budgeten jämnt ut?", "täcker avgifterna alla kostnader?", "blir det något
  // överskott?", "do the costs exceed the income?" — income against costs, computed, in the direction claimed.
  const balanced = balanceClaim(q, plan, now, head);
  if (balanced) return balanced;

  // The budget's size against an amount: "är budgeten på en miljon?", "is the budget 860 000?"
  const yearBudget = budgetOf(plan, q.years[0] ?? thisYearOf(now));
  // With a comparative ("större än 800 000", "under one million") the claim is the direction, not equality.
  // ("is the total 860,000 kr?": a total in kronor, with no line named, is the budget's.)
  if (q.form === 'yesNo' && yearBudget && q.amounts.length === 1 && !q.budgetLines.length && (q.cues.includes('budget') || q.cues.includes('income') || (q.cues.includes('sum') && q.cues.includes('money')))) {
    const { costs, income } = budgetBalance(yearBudget);
    const total = q.cues.includes('income') ? income : costs;
    const f = fold(q.text);
    const more = /\b(mer|more|over|storre|hogre|bigger|larger|higher|greater|above|overstiger|exceeds?)\b/.test(f);
    const less = /\b(mindre|less|under|lagre|smaller|lower|below|understiger)\b/.test(f);
    const ok = more && !less ? total > q.amounts[0]! : less && !more ? total < q.amounts[0]! : total === q.amounts[0];
    return { reply: reply('budget', lang, head(ok, say(lang, 'theBudgetIs', yearBudget.year, kronor(total))), [{ type: 'text', text: say(lang, 'incomeCosts', kronor(income), kronor(costs)) }]), context: contextOf(q, { years: [yearBudget.year] }) };
  }

  // "har kommittén ett sekretariat?": which body has one, and who provides it.
  const withSecretariat = plan.bodies.find((b) => b.secretariatMunicipality);
  if (q.form === 'yesNo' && q.cues.includes('secretariat') && !q.municipalities.length && withSecretariat) {
    const ok = !q.bodies.length || q.bodies.includes(withSecretariat.id);
    const S = municipalityName(plan, withSecretariat.secretariatMunicipality!);
    return { reply: reply('secretariat', lang, head(ok, say(lang, 'providesASecretariatTo', S, withSecretariat.name)), []), context: contextOf(q, { answerMunicipalities: [withSecretariat.secretariatMunicipality!] }) };
  }

  // "ingår alla åtta kommuner i överförmyndarnämnden?": all municipalities against the members named.
  const allAsked = /\b(alla|all|samtliga|every|each)\b/.test(fold(q.text)) && q.cues.includes('municipalitiesWord');
  const memberBody = bodies.find((b) => b.memberMunicipalities.length);
  if (q.form === 'yesNo' && allAsked && memberBody && !q.municipalities.length) {
    const ok = memberBody.memberMunicipalities.length === plan.municipalities.length;
    const members = listText(memberBody.memberMunicipalities.map((m) => municipalityName(plan, m)), lang);
    const outside = listText(plan.municipalities.filter((m) => !memberBody.memberMunicipalities.includes(m.id)).map((m) => m.name), lang);
    const title = ok ? head(true, say(lang, 'allMunicipalitiesAreIn', plan.municipalities.length, memberBody.name)) : head(false, say(lang, 'isMadeUpOf3', memberBody.name, members));
    return { reply: reply('members', lang, title, ok ? [] : [{ type: 'text', text: say(lang, 'notInIt', outside) }]), context: contextOf(q, { bodies: [memberBody.id] }) };
  }

  // The weekday of a body without a usual time: "är rådslaget på en torsdag?" (its meeting's day).
  const dated = bodies.find((b) => !b.usualTime && hasMeetings(plan, b.id));
  if (dated && bodies.length === 1 && q.weekdays.length && !q.municipalities.length && !(q.dates.length && !q.relativeDay)) {
    const m = upcoming(plan, now, dated.id, 1)[0] ?? held(plan, now, dated.id, 1)[0];
    if (m && m.date.kind !== 'month') {
      const [y, mo, d] = firstDate(m).split('-').map(Number) as [number, number, number];
      const wd = ((new Date(Date.UTC(y, mo - 1, d)).getUTCDay() + 6) % 7) + 1;
      const ok = q.weekdays.includes(wd);
      return { reply: reply('meetingTime', lang, head(ok, say(lang, 'isOn2', dated.name, formatWhen(m, lang))), [meetingFacts(plan, m, lang)]), context: contextOf(q, { meetingId: m.id }) };
    }
  }

  // The shape of a meeting or a body's meetings: its length, its clock times, how often the body meets.
  const shaped = shapeClaim(q, plan, now, head, data);
  if (shaped) return shaped;
  // How often a body is held, in words of a rate: "varför hålls konferensen bara vartannat år?", "is the rådslag annual?"
  const often = frequencyClaim(q, plan, now, data, head);
  if (often) return often;

  // Membership: "Ingår Huddinge i miljöförbundet?", "Is Salem a member of the guardianship board?"
  // The secretariat: "tillhandahåller Huddinge sekretariatet?", "does Salem provide the secretariat"
  const secretariatBody = plan.bodies.find((b) => b.secretariatMunicipality);
  if (q.cues.includes('secretariat') && q.municipalities.length && secretariatBody && !days.length) {
    const s = secretariatBody.secretariatMunicipality!;
    const ok = q.municipalities.includes(s);
    const S = municipalityName(plan, s);
    const title = ok
      ? head(true, say(lang, 'providesTheSecretariat2', S))
      : head(false, say(lang, 'doesNotProvidesThe', municipalityName(plan, q.municipalities[0]!), S));
    return { reply: reply('secretariat', lang, title, [{ type: 'text', text: say(lang, 'theMunicipalityOfProvidesA', S) }]), context: contextOf(q, { answerMunicipalities: [s] }) };
  }

  // "miljöförbundet startade väl 2010 när Salem gick med": a joint body's start and a member claimed together are two
  // claims; the answer checks both and names both facts (yes only when both hold).
  const startedWith = bodies.find((b) => b.start && b.memberMunicipalities.length);
  if (startedWith && bodies.length === 1 && q.cues.includes('start') && q.years.length && q.municipalities.length && !days.length && !q.cues.includes('host')) {
    const y = startedWith.start!.slice(0, 4);
    const outside = q.municipalities.filter((m) => !startedWith.memberMunicipalities.includes(m));
    const names = (ids: string[]) => listText(ids.map((m) => municipalityName(plan, m)), lang);
    const member = outside.length ? say(lang, 'notMembersOf', names(outside), outside.length, startedWith.name) : say(lang, 'membersOf', names(q.municipalities), q.municipalities.length, startedWith.name);
    const title = head(q.years.includes(Number(y)) && !outside.length, say(lang, 'twoFacts', say(lang, 'startedIn2', startedWith.name, y), member));
    const members = listText(startedWith.memberMunicipalities.map((m) => municipalityName(plan, m)), lang);
    return { reply: reply('members', lang, title, [{ type: 'text', text: say(lang, 'isMadeUpOf2', startedWith.name, members) }]), context: contextOf(q, { bodies: [startedWith.id] }) };
  }

  // When a body started: "startade miljöförbundet 2010?"
  const started = bodies.find((b) => b.start);
  if (started && q.cues.includes('start') && q.years.length && !q.municipalities.length) {
    const y = started.start!.slice(0, 4);
    const ok = q.years.includes(Number(y));
    const title = head(ok, say(lang, 'startedIn2', started.name, y));
    return { reply: reply('bodyInfo', lang, title, []), context: contextOf(q) };
  }

  // Who else takes part: "ingår KTH i rådslaget?", "is Stockholm university part of the rådslag"
  const described = bodies.find((b) => b.otherMembers.length || b.composition);
  if (described && !q.municipalities.length && q.cues.includes('membership') && q.form === 'yesNo' && bodies.length === 1 && !days.length) {
    const known = fold([...described.otherMembers, described.composition ?? '', described.attendees ?? ''].join(' '));
    const skip = new Set([...fold(described.name).split(' '), ...described.aliases.flatMap((a) => fold(a).split(' '))]);
    const filler = data?.exactWords?.membershipFiller ?? [];
    const asked = fold(q.text).split(' ').filter((w) => w.length >= 3 && !skip.has(w) && !filler.includes(w) && !described.aliases.some((a) => fold(a).startsWith(w)));
    if (asked.length) {
      const isKnown = (w: string) => known.includes(w) || (w.length >= 7 && known.includes(w.slice(0, 7)));
      // ("Är Karolinska Universitetssjukhuset en av parterna?": the words of the name asked, those that are no word of
      // the lexicon's cues or languages, must all be known: Karolinska institutet is in, the hospital is not. Where every
      // word is the lexicon's, any word known is taken.)
      const plain = lexiconWordsOf(data);
      const name = asked.filter((w) => !plain.has(w));
      const ok = name.length ? name.every(isKnown) : asked.some(isKnown);
      const who = [...described.memberMunicipalities.length ? [say(lang, 'theMunicipalities', described.memberMunicipalities.length)] : [], ...described.otherMembers, ...(described.composition ? [described.composition] : [])];
      // Those who attend without being members ("kommundirektörerna … deltar") are part of the answer too.
      const also = described.attendees ? ` – ${described.attendees.charAt(0).toLowerCase()}${described.attendees.slice(1).replace(/\.$/, '')}` : '';
      const title = head(ok, say(lang, 'isMadeUpOf', described.name, listText(who, lang), also));
      return { reply: reply('members', lang, title, described.attendees ? [{ type: 'text', text: described.attendees }] : []), context: contextOf(q) };
    }
  }

  // Is there a meeting then? "finns det ett ledningsgruppsmöte 14/10", "is there an LG meeting on 20 May";
  // and its false premise: "varför är planeringskonferensen i mars?"
  // ("är det SK-möte nästa vecka", "har LG möte vecka 20": a week is a span like a month.)
  // ("is there an LG meeting tomorrow", "är det SK-möte i övermorgon": a day counted from today is a day too.)
  const thenDays = q.relativeDay && !q.weekdays.length ? q.dates : days;
  const week = !thenDays.length && !q.month ? q.week : undefined;
  if ((q.form === 'yesNo' || (why && bodies.some((b) => hasMeetings(plan, b.id)))) && !q.municipalities.length && (thenDays.length || q.month || week) && (bodies.some((b) => hasMeetings(plan, b.id)) || q.cues.includes('meeting')) && !q.cues.includes('host')) {
    const body = q.bodies.length === 1 ? q.bodies[0] : undefined;
    const from = thenDays.length ? [...thenDays].sort()[0]! : week ? week.from : `${q.month!.year}-${String(q.month!.month).padStart(2, '0')}-01`;
    const to = thenDays.length ? [...thenDays].sort().at(-1)! : week ? week.to : `${q.month!.year}-${String(q.month!.month).padStart(2, '0')}-31`;
    const list = meetingsBetween(plan, from, to, body);
    const who = body ? bodyName(plan, body) : say(lang, 'anyMeeting');
    if (list.length) {
      const m = list[0]!;
      const blocks: Block[] = list.map((x) => meetingFacts(plan, x, lang));
      if (why) blocks.push({ type: 'text', subtle: true, text: say(lang, 'thePlanDoesNotSayWhy') });
      // "är LG 14/10 inställt?": the claim is the meeting's status, not that it exists.
      if (claimsStatus(q.text, data?.statusClaims?.cancelled)) {
        const cancelled = m.status === 'cancelled';
        const text = cancelled
          ? say(lang, 'isCancelled2', bodyName(plan, m.body), formatWhen(m, lang))
          : say(lang, 'isNotCancelled', bodyName(plan, m.body), formatWhen(m, lang));
        return { reply: reply('meetingsOn', lang, why ? text : `${yesNo(lang, cancelled)} – ${text}`, blocks), context: contextOf(q, { meetingId: m.id }) };
      }
      // "är LG 20/5 flyttat?", "has SK 9/6 been moved?": a meeting the plan has on the day asked is not moved from it.
      if (!why && claimsStatus(q.text, data?.statusClaims?.moved)) {
        return { reply: reply('meetingsOn', lang, `${yesNo(lang, false)} – ${say(lang, 'isNotMoved', bodyName(plan, m.body), formatWhen(m, lang))}`, blocks), context: contextOf(q, { meetingId: m.id }) };
      }
      return { reply: reply('meetingsOn', lang, head(true, `${bodyName(plan, m.body)} ${formatWhen(m, lang)}`), blocks), context: contextOf(q, { meetingId: m.id }) };
    }
    const near = [lastBefore(plan, from, body, () => true), firstAfter(plan, to, body, () => true)].filter((x): x is Meeting => Boolean(x));
    const dist = (m: Meeting) => Math.min(Math.abs(Date.parse(firstDate(m)) - Date.parse(from)), Math.abs(Date.parse(firstDate(m)) - Date.parse(to)));
    const nearest = near.sort((x, y) => dist(x) - dist(y))[0];
    const blocks: Block[] = nearest ? [{ type: 'text', text: say(lang, 'nearestInThePlan') }, meetingFacts(plan, nearest, lang)] : [];
    // "SK har möte 20/5, va?": the dates asked are another body's; the correction names what is on them.
    const instead = body ? othersThen(plan, from, to, body, lang) : undefined;
    if (instead) blocks.unshift(instead);
    const asked = thenDays.length ? say(lang, 'on', formatDay(from, lang)) : week ? say(lang, 'inTheWeek', formatDay(from, lang, false), formatDay(to, lang)) : say(lang, 'in', formatMonth(from.slice(0, 7), lang));
    const none = why
      ? body && nearest
        ? say(lang, 'isNotItIs', who, asked, formatWhen(nearest, lang))
        : say(lang, 'noMeetingWhenAsked', body ? who : undefined, asked)
      : body && nearest
        ? head(false, say(lang, 'hasNoMeetingTheNearest', who, asked, formatWhen(nearest, lang)))
        // ("in three weeks, is there a meeting?": the day asked is named, most of all where it was counted from today.)
        : head(false, say(lang, 'noMeetingThen', body ? who : undefined, asked));
    return { reply: reply('meetingsOn', lang, none, blocks), context: nearest ? contextOf(q, { meetingId: nearest.id }) : contextOf(q) };
  }

  // "stämmer det att personalen kostar 580 000", "is staff 580 000": one line against the amount written.
  const lineYear = budgetOf(plan, q.years[0] ?? thisYearOf(now));
  // (An income line too: "kommunernas avgifter är väl 900 000?".)
  const claimed = lineYear ? [...lineYear.costs, ...lineYear.income].filter((l) => q.budgetLines.includes(l.id)) : [];
  if (q.form && lineYear && claimed.length === 1 && q.amounts.length === 1 && !q.scale && !/\b(mer|more|mindre|less|over|under|storre|hogre|lagre|bigger|larger|higher|lower|smaller|fewer)\b/.test(fold(q.text))) {
    const l = claimed[0]!;
    const ok = l.amount === q.amounts[0];
    // "varför kostar personalen 600 000": a why-question with the wrong amount is corrected in the headline.
    const fact = why && !ok
      ? say(lang, 'isNotButIn', gl(l), kronor(q.amounts[0]!), kronor(l.amount), lineYear.year)
      : say(lang, 'isInTheBudget', gl(l), kronor(l.amount), lineYear.year);
    const blocks: Block[] = why && ok ? [{ type: 'text', subtle: true, text: say(lang, 'thePlanDoesNotSayWhy') }] : [];
    return { reply: reply('budgetLine', lang, head(ok, fact), blocks), context: contextOf(q, { years: [lineYear.year] }) };
  }

  // "är ersättningen till Huddinge den största posten?": one line against the largest (or smallest) cost.
  const ofYear = budgetOf(plan, q.years[0] ?? thisYearOf(now));
  if (q.form && ofYear && (q.cues.includes('largest') || q.cues.includes('smallest')) && !q.amounts.length) {
    const asked = ofYear.costs.filter((l) => q.budgetLines.includes(l.id) || q.municipalities.some((m) => fold(l.label).includes(fold(municipalityName(plan, m)))));
    if (asked.length === 1 && ofYear.costs.length > 1) {
      const sorted = [...ofYear.costs].sort((x, y) => y.amount - x.amount);
      const largest = q.cues.includes('largest');
      const top = largest ? sorted[0]! : sorted.at(-1)!;
      const ok = top.id === asked[0]!.id;
      const word = largest ? say(lang, 'largest') : say(lang, 'smallest');
      const fact = ok
        ? say(lang, 'isTheCostIn', gl(top), kronor(top.amount), word, ofYear.year)
        : say(lang, 'theCostInIs', word, ofYear.year, gl(top), kronor(top.amount));
      return { reply: reply('budgetLine', lang, head(ok, fact), [{ type: 'list', items: sorted.map((l) => `${gl(l)}: ${kronor(l.amount)}`) }]), context: contextOf(q, { budgetLines: [asked[0]!.id] }) };
    }
  }

  // A budget line against an amount or a part: "kostar utredningarna mer än 250 000", "går mer än hälften till personal"
  // "mer än", and with words between: "mer pengar till personal än …", "more money for staff than …".
  // Comparatives are a closed class: "större/högre/dyrare än", "bigger/higher/costlier than", "lägre/billigare än", and
  // the verbs of going over or under ("överstiger", "exceeds", "understiger").
  const compare = /\b(mer an|more than|over|overstiger|overskrider|exceeds?|exceeding|mindre an|less than|under|understiger|below|fewer than|(?:storre|hogre|dyrare|bigger|larger|higher|greater|costlier|more expensive|lagre|billigare|smaller|lower|cheaper) (?:an|than))\b/.exec(fold(q.text)) ?? /\b((?:mer|more|mindre|less|fewer|storre|hogre|dyrare|bigger|larger|higher|greater|lagre|billigare|smaller|lower|cheaper)(?: [a-z0-9]+){1,4} (?:an|than))\b/.exec(fold(q.text));
  const budget = budgetOf(plan, q.years[0] ?? thisYearOf(now));
  // "minst hälften", "at least two thirds", "högst 10 %": a bound, met by the figure itself.
  const folded = fold(q.text);
  const atLeast = q.cues.includes('atLeast') || /\b(at least|atminstone|as much as|lika mycket som)\b/.test(folded);
  const atMost = !atLeast && (q.cues.includes('atMost') || /\b(at most|som mest|no more than|inte mer an)\b/.test(folded));
  if ((compare || atLeast || atMost) && budget && q.budgetLines.length) {
    const lines = budget.costs.filter((l) => q.budgetLines.includes(l.id));
    const total = sum(budget.costs);
    const value = sum(lines);
    // A part of the whole in words ("hälften", "a third") or in per cent ("mer än 10 % av budgeten").
    const pct = /(\d+(?:[.,]\d+)?)\s*(?:%|procent\b|percent\b|per cent\b)/i.exec(q.text);
    const fraction = fractionsOf(data).find(([w]) => ` ${folded} `.includes(` ${w} `))?.[1] ?? (pct ? Number(pct[1]!.replace(',', '.')) / 100 : undefined);
    const less = compare && !atLeast && !atMost ? /mindre|less|under|below|fewer|lagre|billigare|smaller|lower|cheaper/.test(compare[1]!) : atMost;
    if (lines.length && (q.amounts.length || fraction !== undefined)) {
      const than = fraction !== undefined ? fraction * total : q.amounts[0]!;
      const ok = atLeast ? value >= than : atMost ? value <= than : less ? value < than : value > than;
      const label = lines.map(gl).join(' + ');
      const fact = fraction !== undefined
        ? say(lang, 'ofTheCosts2', label, kronor(value), percent(value / total, lang), kronor(total))
        : `${label}: ${kronor(value)}`;
      return { reply: reply('budgetLine', lang, head(ok, fact), []), context: contextOf(q) };
    }
    // One line against another ("kostar utredningarna mer än kontorsservice"), against several named after the
    // comparative, added up ("… än utredningarna och ersättningen tillsammans"), or against all the others
    // ("mer till personal än till allt annat", "than the other two cost lines put together"): the first named
    // against the sum of the rest named, or against the rest of the costs.
    const named = [...new Set(q.budgetLines)].map((id) => budget.costs.find((l) => l.id === id)).filter((l): l is NonNullable<typeof l> => Boolean(l));
    const [first, ...after] = [...named].sort((x, y) => mentionAt(q, x.id) - mentionAt(q, y.id));
    const rest = q.cues.includes('except') || q.cues.includes('others');
    if (compare && q.form === 'yesNo' && first && (after.length || rest) && !q.amounts.length && fraction === undefined) {
      const others = after.length ? after : budget.costs.filter((l) => l.id !== first.id);
      const a = first.amount;
      const b = sum(others);
      const ok = less ? a < b : a > b;
      const other = after.length === 1 ? `${gl(after[0]!)}: ${kronor(b)}` : after.length ? `${others.map(gl).join(' + ')}: ${kronor(b)}` : say(lang, 'allOtherCosts', kronor(b));
      return { reply: reply('budgetLine', lang, head(ok, `${gl(first)}: ${kronor(a)}, ${other}`), []), context: contextOf(q) };
    }
  }

  // "kan fler kommuner gå med i överförmyndarnämnden?": whether the plan opens a joint body to more members.
  const openable = bodies.find((b) => b.openToMoreMembers !== undefined);
  if (openable && q.form === 'yesNo' && !q.municipalities.length && /\b(fler|flera|more|other|andra|nya|new|additional)\b/.test(fold(q.text)) && (q.cues.includes('municipalitiesWord') || q.cues.includes('membership'))) {
    const ok = Boolean(openable.openToMoreMembers);
    const fact = ok ? say(lang, 'moreMunicipalitiesMayJoinThe', openable.name) : say(lang, 'thePlanDoesNotOpen', openable.name);
    const members = listText(openable.memberMunicipalities.map((m) => municipalityName(plan, m)), lang);
    return { reply: reply('members', lang, head(ok, fact), members ? [{ type: 'text', text: say(lang, 'itsMembersNow', members) }] : []), context: contextOf(q, { bodies: [openable.id] }) };
  }

  // "kan Nykvarn gå med i ÖFN senare?", "could Salem join the environment federation?": whether a municipality outside a
  // joint body may join it is whether the plan opens the body to more members (who is in now, below it).
  const joinable = bodies.find((b) => b.openToMoreMembers !== undefined && b.memberMunicipalities.length);
  if (joinable && q.form === 'yesNo' && q.municipalities.length && q.cues.includes('joining') && q.cues.includes('ability') && q.municipalities.every((m) => !joinable.memberMunicipalities.includes(m))) {
    const ok = Boolean(joinable.openToMoreMembers);
    const fact = ok ? say(lang, 'moreMunicipalitiesMayJoinThe', joinable.name) : say(lang, 'thePlanDoesNotOpen', joinable.name);
    const outside = listText(q.municipalities.map((m) => municipalityName(plan, m)), lang);
    const members = listText(joinable.memberMunicipalities.map((m) => municipalityName(plan, m)), lang);
    return {
      reply: reply('members', lang, head(ok, fact), [
        { type: 'text', text: `${say(lang, 'notMembersOf', outside, q.municipalities.length, joinable.name)}.` },
        { type: 'text', text: say(lang, 'isMadeUpOf2', joinable.name, members) },
      ]),
      context: contextOf(q, { bodies: [joinable.id] }),
    };
  }

  // The host municipality of a joint body: "Är Haninge värdkommun för överförmyndarnämnden?"
  const hostedBody = bodies.find((b) => b.hostMunicipality);
  if (hostedBody && q.municipalities.length && q.cues.includes('host') && !days.length && !q.month && !q.years.length) {
    const ok = q.municipalities.includes(hostedBody.hostMunicipality!);
    const H = municipalityName(plan, hostedBody.hostMunicipality!);
    const asked = municipalityName(plan, q.municipalities[0]!);
    const title = ok
      ? head(true, say(lang, 'isTheHostMunicipalityOf', H, hostedBody.name))
      : head(false, say(lang, 'isNotTheHost', asked, H, hostedBody.name));
    return { reply: reply('bodyInfo', lang, title, []), context: contextOf(q, { bodies: [hostedBody.id], answerMunicipalities: [hostedBody.hostMunicipality!] }) };
  }

  const withMembers = bodies.find((b) => b.memberMunicipalities.length);
  // ("why did Salem join the överförmyndarnämnd?": a why of a municipality and a joint body takes its membership as given.)
  const membershipAsked = q.cues.includes('membership') || (q.form !== undefined && withMembers?.kind === 'jointBody');
  if (withMembers && q.municipalities.length && membershipAsked && !q.cues.includes('host') && !days.length) {
    const inside = q.municipalities.filter((m) => withMembers.memberMunicipalities.includes(m));
    const ok = inside.length === q.municipalities.length;
    const names = listText(q.municipalities.map((m) => municipalityName(plan, m)), lang);
    const members = listText(withMembers.memberMunicipalities.map((m) => municipalityName(plan, m)), lang);
    const title = ok
      ? head(true, say(lang, 'membersOf', names, q.municipalities.length, withMembers.name))
      : head(false, say(lang, 'notMembersOf', listText(q.municipalities.filter((m) => !inside.includes(m)).map((m) => municipalityName(plan, m)), lang), q.municipalities.length - inside.length, withMembers.name));
    const blocks: Block[] = [{ type: 'text', text: say(lang, 'isMadeUpOf2', withMembers.name, members) }];
    if (!ok && withMembers.openToMoreMembers) blocks.push({ type: 'text', subtle: true, text: say(lang, 'thePlanSaysMore') });
    // ("why did Nykvarn join the miljöförbund in 2010?": a year claimed beside it is the body's start, which is said.)
    if (!ok && withMembers.start && q.years.length) blocks.push({ type: 'text', text: say(lang, 'startedIn', withMembers.name, withMembers.start.slice(0, 4)) });
    if (ok && why) blocks.push({ type: 'text', subtle: true, text: say(lang, 'thePlanDoesNotSayWhy') });
    return { reply: reply('members', lang, title, blocks), context: contextOf(q, { bodies: [withMembers.id] }) };
  }

  // The host of a rotation year: "Är Salem värd för rådslaget 2013?"
  const rotating = new Set(plan.hostRotations.map((r) => r.body));
  // "är Salem värd 2011": a host and a year with no body named is the rotation's year (the only hosting by year).
  // (Unless the municipality hosts a meeting of the calendar that year: "har Haninge något värdskap i år".)
  const yearRotation = [...rotating][0];
  const hostsInCalendar = () => q.municipalities.some((m) => meetingsOfYear(plan, q.years[0]!).some((x) => x.hosts.includes(m)));
  const rotationOnly = !q.bodies.length && q.cues.includes('host') && q.years.length === 1 && yearRotation !== undefined
    && (plan.hostRotations.some((r) => r.body === yearRotation && r.year === q.years[0] && q.municipalities.includes(r.host)) || !hostsInCalendar());
  const rotBody = q.bodies.find((b) => rotating.has(b)) ?? (rotationOnly ? yearRotation : undefined);
  // "är Tyresö värd 2011", "har Haninge något värdskap i år": any hosting that year, calendar and rotation.
  if (q.form === 'yesNo' && !q.bodies.length && !rotationOnly && q.cues.includes('host') && q.years.length === 1 && q.municipalities.length === 1 && !days.length && !q.month) {
    const id = q.municipalities[0]!;
    const y = q.years[0]!;
    const hosted = meetingsOfYear(plan, y).filter((m) => m.hosts.includes(id));
    const rot = plan.hostRotations.filter((r) => r.year === y && r.host === id);
    const A = municipalityName(plan, id);
    const what = [...hosted.map((m) => `${bodyName(plan, m.body)} ${formatWhen(m, lang)}`), ...rot.map((r) => `${bodyName(plan, r.body)} ${y}`)];
    const ok = what.length > 0;
    const title = head(ok, ok ? say(lang, 'municipalityHostsWhat', A, listText(what, lang)) : say(lang, 'hostsNothingInThe', A, y));
    return { reply: reply('municipalityMeetings', lang, title, hosted.map((m) => meetingFacts(plan, m, lang))), context: contextOf(q, hosted.length === 1 ? { meetingId: hosted[0]!.id } : {}) };
  }
  // "Is Salem hosting both the rådslag and an SK meeting this year?": one host claimed for several bodies is
  // checked body by body (a meeting of it that year, or its rotation year); yes only when every one holds.
  // ("stämmer det att Botkyrka är värd både för nyckeltalsdagen och för SK i november?": a month named narrows the
  // bodies that meet more than once that year to their meeting in it; an event held once that year is its one meeting.
  // A part that does not hold names who does host that meeting.)
  if (q.form === 'yesNo' && q.bodies.length >= 2 && q.municipalities.length === 1 && (q.years.length === 1 || (q.month && !q.years.length)) && q.cues.includes('host') && !days.length) {
    const id = q.municipalities[0]!;
    const y = q.years[0] ?? q.month!.year;
    const A = municipalityName(plan, id);
    const monthOf = q.month ? `${q.month.year}-${String(q.month.month).padStart(2, '0')}` : undefined;
    const inMonth = (m: Meeting) => !monthOf || meetingsOfYear(plan, y, m.body).length === 1 || (m.date.kind === 'month' ? m.date.month === monthOf : firstDate(m).startsWith(monthOf));
    const meetingsOf = (b: string) => meetingsOfYear(plan, y).filter((m) => m.body === b && inMonth(m));
    const hostedOf = (b: string) => meetingsOf(b).filter((m) => m.hosts.includes(id));
    const holds = q.bodies.filter((b) => hostedOf(b).length || (!monthOf && plan.hostRotations.some((r) => r.body === b && r.year === y && r.host === id)));
    const missing = q.bodies.filter((b) => !holds.includes(b));
    const hosted = holds.flatMap(hostedOf);
    const what = holds.flatMap((b) => (hostedOf(b).length ? hostedOf(b).map((m) => `${bodyName(plan, m.body)} ${formatWhen(m, lang)}`) : [`${bodyName(plan, b)} ${y}`]));
    const others = missing.flatMap(meetingsOf).filter((m) => m.hosts.length);
    const notHosted = monthOf && others.length
      ? others.map((m) => say(lang, 'notTheHostOfMeeting', A, listText(m.hosts.map((h) => municipalityName(plan, h)), lang), m.hosts.length, `${bodyName(plan, m.body)} ${formatWhen(m, lang)}`)).join('; ')
      : say(lang, 'isNotHostOfIn', A, listText(missing.map((b) => bodyName(plan, b)), lang), y);
    const title = missing.length
      ? `${head(false, notHosted)}${what.length ? ` – ${say(lang, 'municipalityHostsWhat', A, listText(what, lang))}` : ''}`
      : head(true, say(lang, 'municipalityHostsWhat', A, listText(what, lang)));
    const blocks: Block[] = [...hosted, ...others].map((m) => meetingFacts(plan, m, lang));
    return { reply: reply('municipalityMeetings', lang, title, blocks), context: contextOf(q, hosted.length === 1 ? { meetingId: hosted[0]!.id } : {}) };
  }
  if (rotBody && q.years.length && q.municipalities.length && !days.length && !q.month) {
    const y = q.years[0]!;
    const host = plan.hostRotations.find((r) => r.body === rotBody && r.year === y)?.host;
    if (host) {
      const ok = q.municipalities.includes(host);
      const H = municipalityName(plan, host);
      const asked = municipalityName(plan, q.municipalities[0]!);
      const name = bodyName(plan, rotBody);
      const title = ok
        ? head(true, say(lang, 'hostOfBodyInYear', H, name, y))
        : head(false, say(lang, 'doesNotHostIn', asked, y, H, name));
      const mine = hostYear(plan, rotBody, q.municipalities[0]!, thisYearOf(now));
      const blocks: Block[] = [];
      if (!ok && mine !== undefined) blocks.push({ type: 'text', text: say(lang, 'hostsIn4', asked, mine) });
      if (ok && why) blocks.push({ type: 'text', text: say(lang, 'theHostingGoesRound') });
      // Where the calendar also has that year's meeting, say when it is ("var rådslaget i år hos oss i Salem?").
      for (const m of meetingsOfYear(plan, y, rotBody)) blocks.push(meetingFacts(plan, m, lang));
      return { reply: reply('rotationHost', lang, title, blocks), context: contextOf(q, { intent: 'rotationHost', bodies: [rotBody], years: [y], answerMunicipalities: [host] }) };
    }
    // "rådslaget 2019 hålls i Salem, right": a year outside the rotation is not a claim about this year's event.
    const span = plan.hostRotations.filter((r) => r.body === rotBody).map((r) => r.year).sort((a, b) => a - b);
    return notInPlan(q, plan, say(lang, 'thePlanNamesNoHostFor', bodyName(plan, rotBody), y, span[0], span.at(-1)));
  }

  // A municipality's turn in the rotation, no year named: "har Södertälje varit värd för rådslaget?",
  // "ska Nykvarn ha rådslaget?" — past tense asks whether its year has come.
  if (rotBody && !q.years.length && q.municipalities.length === 1 && !days.length && !q.month && q.form === 'yesNo') {
    const mine = plan.hostRotations.filter((r) => r.body === rotBody && r.host === q.municipalities[0]).map((r) => r.year).sort((a, b) => a - b);
    const year = thisYearOf(now);
    const past = /\b(varit|var|hade|was|were|has been|have been|did|hosted|haft)\b/.test(fold(q.text));
    const asked = municipalityName(plan, q.municipalities[0]!);
    const name = bodyName(plan, rotBody);
    const ok = past ? mine.some((y) => y <= year) : mine.length > 0;
    const fact = mine.length
      ? say(lang, 'askedHostsBodyIn', asked, name, listText(mine.map(String), lang))
      : say(lang, 'doesNotHostInThe', asked, name);
    return { reply: reply('rotationYears', lang, head(ok, fact), []), context: contextOf(q, { intent: 'rotationYears', bodies: [rotBody], years: mine, answerMunicipalities: [q.municipalities[0]!] }) };
  }

  // The host of a meeting: "Är Nynäshamn värd 22/9?", "Varför är Botkyrka värd för SK 9/6?"
  const meetingBodyNamed = bodies.some((b) => hasMeetings(plan, b.id));
  const hostAsked = q.cues.includes('host') || q.cues.includes('where') || (meetingBodyNamed && !q.cues.includes('membership'));
  if (q.municipalities.length && hostAsked && (days.length || q.month || meetingBodyNamed)) {
    const body = q.bodies.length === 1 ? q.bodies[0] : undefined;
    let list: Meeting[];
    if (days.length) list = days.flatMap((d) => meetingsBetween(plan, d, d, body));
    else if (q.month) {
      const m = `${q.month.year}-${String(q.month.month).padStart(2, '0')}`;
      list = meetingsBetween(plan, `${m}-01`, `${m}-31`, body).filter((x) => x.date.kind !== 'month' || x.date.month === m);
    } else if (body && !q.cues.includes('next')) {
      // "har de nåt SK-möte?": any of the body's meetings they host, the coming ones first.
      // "är Södertälje värd för något SK-möte i år?": "i år" is the calendar year, so a meeting they host in
      // another year is a no, named.
      const theirs = (m: Meeting) => m.hosts.some((h) => q.municipalities.includes(h));
      const inYear = (m: Meeting) => !q.years.length || q.years.some((y) => firstDate(m).startsWith(`${y}-`));
      const elsewhen = q.form === 'yesNo' && q.years.length === 1 && !meetingsOfYear(plan, q.years[0]!, body).some(theirs) ? upcoming(plan, now, body, 1, theirs)[0] ?? held(plan, now, body, 1, theirs)[0] : undefined;
      if (elsewhen) {
        const A = listText(q.municipalities.map((m) => municipalityName(plan, m)), lang);
        return { reply: reply('meetingHost', lang, head(false, say(lang, 'hostsOnlyInAnotherYear', q.years[0]!, A, `${bodyName(plan, elsewhen.body)} ${formatWhen(elsewhen, lang)}`)), [meetingFacts(plan, elsewhen, lang)]), context: contextOf(q, { meetingId: elsewhen.id, answerMunicipalities: elsewhen.hosts }) };
      }
      const mine = upcoming(plan, now, body, 1, (m) => theirs(m) && inYear(m))[0] ?? held(plan, now, body, 1, (m) => theirs(m) && inYear(m))[0];
      const coming = upcoming(plan, now, body, 1)[0] ?? held(plan, now, body, 1)[0];
      list = mine ? [mine] : coming ? [coming] : [];
    } else list = body ? [upcoming(plan, now, body, 1)[0] ?? held(plan, now, body, 1)[0]].filter((x): x is Meeting => Boolean(x)) : [];
    list = list.filter((m) => m.hosts.length);
    if (!list.length) return undefined;
    const asked = listText(q.municipalities.map((m) => municipalityName(plan, m)), lang);
    const hosted = list.filter((m) => m.hosts.some((h) => q.municipalities.includes(h)));
    const m = hosted[0] ?? list[0]!;
    const H = listText(m.hosts.map((h) => municipalityName(plan, h)), lang);
    const what = `${bodyName(plan, m.body)} ${formatWhen(m, lang)}`;
    // "is Tyresö the only host …": every host must be among those named.
    const only = /\b(only|sole|alone|enda|ensam|ensamt|endast|bara)\b/.test(fold(q.text));
    const all = m.hosts.every((h) => q.municipalities.includes(h));
    const title = hosted.length
      ? head(!only || all, say(lang, 'hostsMeeting', H, m.hosts.length, what))
      : head(false, say(lang, 'notTheHostOfMeeting', asked, H, m.hosts.length, what));
    const blocks: Block[] = [meetingFacts(plan, m, lang)];
    if (hosted.length && why) blocks.push({ type: 'text', subtle: true, text: say(lang, 'thePlanDoesNotSayWhy') });
    // "någon sa att Tyresö ska ha SK-mötet i november": where the one named hosts another of the body's meetings,
    // which one (the claim may have the right host and the wrong date).
    if (!hosted.length) {
      for (const x of plan.meetings.filter((o) => o.body === m.body && o.id !== m.id && o.hosts.some((h) => q.municipalities.includes(h)))) {
        blocks.push({ type: 'text', text: say(lang, 'hostsMeeting', listText(x.hosts.map((h) => municipalityName(plan, h)), lang), x.hosts.length, `${bodyName(plan, x.body)} ${formatWhen(x, lang)}`) + '.' });
      }
    }
    return { reply: reply('meetingHost', lang, title, blocks), context: contextOf(q, { meetingId: m.id, answerMunicipalities: m.hosts }) };
  }
  return undefined;
}

/**
 * A claim about the budget's balance, no cost line named: a surplus (income above costs), a deficit (costs
 * above income), one side compared with the other (the one written first is the one claimed larger, or
 * smaller), income covering the costs (at least as large), or else balanced (equal).
 */
/**
 * "are we supposed to put more time on regional development than on verksamhetsfrågor in 2011?", "får
 * verksamhetsfrågorna mer resurser än de regionala utvecklingsfrågorna i år?": a claim about which cooperation area
 * gets more, checked against the plan's own sentence on the balance between them. The area the plan favours is the
 * one its sentence names first; the area the question names first (before "än"/"than") is the one claimed to get
 * more, the other way round with "mindre"/"less", and "lika"/"equal" claims a balance the plan does not make.
 */
function areaBalanceClaim(q: AnswerInput['q'], plan: Plan, data: AnswerInput['data'], head: (ok: boolean, text: string) => string): Answer | undefined {
  const balance = plan.organisation.areaBalance;
  const areas = plan.organisation.cooperationAreas;
  if (!balance?.text || areas.length !== 2 || !q.cues.some((c) => c === 'areaBalance' || c.startsWith('area:'))) return undefined;
  const text = ` ${fold(q.text)} `;
  const planText = fold(balance.text);
  const glosses = data?.glosses?.areas ?? {};
  const englishName = (id: string) => { const g = Object.hasOwn(glosses, id) ? glosses[id] : undefined; return typeof g === 'object' ? g.name : undefined; };
  // Where the question names each area: its cue words, its name, or the first word of its English name ("operational").
  const at = (id: string, name: string): number => {
    const words = [...(data?.cues?.[`area:${id}`] ?? []).map((w) => w.replace(/\*$/, '')), fold(name), ...(englishName(id) ? [englishName(id)!.split(' ')[0]!] : [])];
    const found = words.map((w) => text.indexOf(` ${w}`)).filter((i) => i >= 0);
    return found.length ? Math.min(...found) : -1;
  };
  const named = areas.map((a) => ({ area: a, at: at(a.id, a.name) })).filter((x) => x.at >= 0).sort((a, b) => a.at - b.at);
  // (Both areas named with a word that weighs one against the other is a claim about the balance too: "mer resurser".)
  const weighed = named.length === 2 && /\b(mer|mera|more|mindre|less|lika|equal|equally|framfor|over|storre|greater|bigger|prioriter\w*|prioriti[sz]\w*)\b/.test(text);
  if (!named.length || !(q.cues.includes('areaBalance') || weighed)) return undefined;
  // The plan's favoured area: the one its sentence names first (a name's stem, so "verksamhetsfrågorna" counts).
  const inPlan = (name: string) => planText.indexOf(fold(name).slice(0, Math.max(6, fold(name).length - 2)));
  const favoured = [...areas].filter((a) => inPlan(a.name) >= 0).sort((a, b) => inPlan(a.name) - inPlan(b.name))[0];
  if (!favoured) return undefined;
  const other = areas.find((a) => a.id !== favoured.id)!;
  const less = /\b(mindre|less|fewer|farre|lagre|lower)\b/.test(text);
  const equal = /\b(lika|equal|equally|same|samma)\b/.test(text);
  const first = named[0]!.area;
  const claimedMore = less ? areas.find((a) => a.id !== first.id)! : first;
  const ok = !equal && claimedMore.id === favoured.id;
  // (An English answer names the areas by their English glosses; a Swedish one by the plan's names.)
  const label = (a: typeof favoured) => (q.lang === 'en' && englishName(a.id)) || a.name.toLowerCase();
  const sentence = sentencesOf(balance.text).find((x) => fold(x).includes(fold(favoured.name).slice(0, 8))) ?? balance.text;
  const blocks: Block[] = [{ type: 'text', subtle: true, text: say(q.lang, 'fromThePlanInSwedish') }, { type: 'text', text: sentence }];
  const fact = say(q.lang, 'areaBalanceIs', balance.year, label(favoured), label(other));
  return { reply: reply('organisation', q.lang, head(ok, fact), blocks), context: contextOf(q) };
}

const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/u).map((s) => s.trim()).filter(Boolean);

function balanceClaim(q: AnswerInput['q'], plan: Plan, now: Date, head: (ok: boolean, text: string) => string): Answer | undefined {
  if (q.form !== 'yesNo' || q.amounts.length || q.municipalities.length) return undefined;
  const b = budgetOf(plan, q.years[0] ?? thisYearOf(now));
  if (!b || q.budgetLines.some((id) => b.costs.some((l) => l.id === id))) return undefined;
  const has = (c: string) => q.cues.includes(c);
  const bothSides = has('income') && has('costsWord');
  const f = fold(q.text);
  const compared = direction(f) ?? (/\b(overstiger|exceeds?|storre|hogre|bigger|larger|higher|greater)\b/.test(f) ? 'more' : /\b(understiger|mindre|lagre|smaller|lower)\b/.test(f) ? 'less' : undefined);
  if (!has('balance') && !has('surplus') && !has('deficit') && !(bothSides && (has('covers') || compared))) return undefined;
  const { income, costs, diff } = budgetBalance(b);
  const lang = q.lang;
  let ok: boolean;
  if (has('surplus')) ok = income > costs;
  else if (has('deficit')) ok = costs > income;
  else if (bothSides && compared) {
    const at = (c: string) => { const i = (q.cueOrder ?? []).indexOf(c); return i < 0 ? Number.MAX_SAFE_INTEGER : i; };
    const [x, y] = at('costsWord') < at('income') ? [costs, income] : [income, costs];
    ok = compared === 'less' ? x < y : x > y;
  } else if (has('covers')) ok = income >= costs;
  else ok = diff === 0;
  const fact = diff === 0
    ? say(lang, 'theBudgetBalancesIncome', kronor(income))
    : diff > 0
      ? say(lang, 'theBudgetDoesNotBalance', kronor(income), kronor(costs), kronor(diff))
      : say(lang, 'theBudgetDoesNotBalanceCosts', kronor(costs), kronor(income), kronor(-diff));
  return { reply: reply('budgetBalance', lang, head(ok, fact.replace(/\.$/, '')), []), context: contextOf(q, { years: [b.year] }) };
}

/**
 * The one meeting a body's name stands for in a question: the one on a day named, else in the month named,
 * else hosted by a municipality named, else the body's only meeting of the year. Undefined where the
 * question does not single one out ("SK" alone has many meetings).
 */
function singledOut(q: AnswerInput['q'], plan: Plan, now: Date, body: string): Meeting | undefined {
  const days = q.relativeDay ? [] : q.dates;
  const year = q.years[0] ?? defaultYear(plan, now);
  const list = meetingsOfYear(plan, year, body).filter((m) => m.date.kind !== 'month');
  const onDay = list.filter((m) => days.some((d) => firstDate(m) <= d && lastDate(m) >= d));
  if (onDay.length === 1) return onDay[0];
  const span = q.month ? `${q.month.year}-${String(q.month.month).padStart(2, '0')}` : undefined;
  const inMonth = span ? list.filter((m) => firstDate(m).slice(0, 7) === span) : [];
  if (inMonth.length === 1) return inMonth[0];
  const hosted = q.municipalities.length ? list.filter((m) => m.hosts.some((h) => q.municipalities.includes(h))) : [];
  if (hosted.length === 1) return hosted[0];
  return list.length === 1 ? list[0] : undefined;
}

/**
 * The events a question names, in the order written: each body's meeting singled out, where a body named next to
 * another whose name one of its meeting titles holds ("LG:s planeringskonferens") is that titled meeting.
 * Undefined where one of them cannot be singled out.
 */
function eventsNamed(q: AnswerInput['q'], plan: Plan, now: Date): Meeting[] | undefined {
  const named = [...new Set(q.mentions.filter((m) => m.kind === 'body' && q.bodies.includes(m.id)).map((m) => m.id))];
  const out: Meeting[] = [];
  for (let i = 0; i < named.length; i++) {
    const [a, b] = [named[i]!, named[i + 1]];
    const pair = b ? titledPair(plan, a, b) ?? titledPair(plan, b, a) : undefined;
    if (pair) {
      const days = q.relativeDay ? [] : q.dates;
      const onDay = pair.filter((m) => days.some((d) => firstDate(m) <= d && lastDate(m) >= d));
      const m = onDay[0] ?? (pair.length === 1 ? pair[0] : upcoming(plan, now, pair[0]!.body, 1, (x) => pair.includes(x))[0]);
      if (!m) return undefined;
      out.push(m);
      i++;
      continue;
    }
    const m = singledOut(q, plan, now, a);
    if (!m) return undefined;
    out.push(m);
  }
  return out;
}

/** "Ledningsgruppen (Planeringskonferens) torsdag 31 mars–fredag 1 april 2011, lunch till lunch" */
/**
 * The vision's figure, read from its own sentence as a question's amount is read ("med över en halv miljon
 * invånare" → 500 000), and whether the vision says more than it ("över").
 */
function visionFigure(plan: Plan, data: AnswerInput['data']): { amount: number; more: boolean } | undefined {
  const text = plan.organisation.vision.text;
  const amount = readAmounts(text, data?.offsets?.numbers ?? {})[0];
  return amount === undefined ? undefined : { amount, more: direction(fold(text)) === 'more' };
}

/** The direction a claim compares in: "över en halv miljon", "fler än fem", "at least six"; none: equal. */
function direction(folded: string): 'more' | 'less' | undefined {
  const more = /\b(over|mer an|fler an|more than|minst|at least|storre an|above|over an)\b/.test(folded);
  const less = /\b(under|mindre an|farre an|less than|fewer than|hogst|hogst|at most|below)\b/.test(folded);
  return more && !less ? 'more' : less && !more ? 'less' : undefined;
}

/**
 * "bor det redan över en halv miljon på Södertörn?", "är visionen en miljon invånare?", "har SUP sex
 * utvecklingsfrågor?", "är det tio kommuner på Södertörn?": a figure the plan gives (the population, the
 * vision's, how many items a list of the plan holds, how many municipalities) against the one claimed, with
 * its direction ("över", "fler än", "minst").
 */
function figureClaim(q: AnswerInput['q'], plan: Plan, data: AnswerInput['data'], head: (ok: boolean, text: string) => string): Answer | undefined {
  const lang = q.lang;
  const o = plan.organisation;
  const f = fold(q.text);
  const dir = direction(f);
  const compare = (value: number, claimed: number, approx = false) =>
    dir === 'more' ? value > claimed : dir === 'less' ? value < claimed : approx ? roundsTo(value, claimed) : value === claimed;
  const fmt = grouped;
  // The vision's figure, read from its own sentence as a question's amount is read ("med över en halv miljon invånare").
  const numbersOf = data?.offsets?.numbers ?? {};
  const vision = visionFigure(plan, data);
  const visionAmount = vision?.amount;
  const visionMore = vision?.more ?? false;
  if (q.amounts.length === 1 && !q.budgetLines.length && q.topics.includes('vision') && visionAmount !== undefined) {
    const claimed = q.amounts[0]!;
    const ok = claimed === visionAmount && (dir === undefined || (dir === 'more') === visionMore);
    const title = head(ok, say(lang, 'visionFigure', o.vision.year, fmt(visionAmount), visionMore));
    return { reply: reply('organisation', lang, title, [{ type: 'text', text: o.vision.text }]), context: contextOf(q) };
  }
  if (q.amounts.length === 1 && !q.budgetLines.length && q.topics.includes('population') && !q.municipalities.length) {
    const claimed = q.amounts[0]!;
    const ok = compare(o.population.approx, claimed, true);
    const blocks: Block[] = [{ type: 'text', text: o.population.text }];
    // More than live there now is the vision's figure, or beyond it: the vision says when.
    if (claimed > o.population.approx) blocks.push({ type: 'text', subtle: true, text: say(lang, 'visionSays', o.vision.year, o.vision.text) });
    return { reply: reply('organisation', lang, head(ok, say(lang, 'populationIs', o.region, fmt(o.population.approx))), blocks), context: contextOf(q) };
  }
  const counted = countedList(q, plan, data, false);
  if (!counted) return undefined;
  const { list, n } = counted;
  const ok = compare(list.items.length, n);
  return { reply: reply('organisation', lang, head(ok, say(lang, 'countIs', list.title, list.items.length)), listBlocks(q, data, list)), context: contextOf(q) };
}

/**
 * A figure the plan gives roughly ("ca 430 000") against one claimed: the same at the plan's own precision, its last
 * digit that is not a zero ("about 432 000" is the plan's 430 000; "about 450 000" and "runt 400 000" are not).
 */
export function roundsTo(value: number, claimed: number): boolean {
  let unit = 1;
  while (value !== 0 && value % (unit * 10) === 0) unit *= 10;
  return Math.abs(value - claimed) * 2 <= unit;
}

/** A list of the plan's items, after its English summary in an English answer (the items are the plan's Swedish). */
function listBlocks(q: AnswerInput['q'], data: AnswerInput['data'], list: CountedList): Block[] {
  const summary = q.lang === 'en' && data?.glosses?.topics && Object.hasOwn(data.glosses.topics, list.id) ? data.glosses.topics[list.id] : undefined;
  return [...(summary ? [{ type: 'text' as const, text: summary }, { type: 'text' as const, subtle: true, text: say(q.lang, 'fromThePlanInSwedish') }] : []), { type: 'list', items: list.items }];
}

interface CountedList { id: string; items: string[]; title: string }

/** The plan's lists a count may count, with their titles; a body named with members counts its municipalities. */
function countableLists(q: AnswerInput['q'], plan: Plan): { member: Body | undefined; lists: CountedList[] } {
  const lang = q.lang;
  const o = plan.organisation;
  // ("Of the three kommuner in the miljöförbund, which is first to host the rådslag?": of two bodies with members, the
  // joint body's are the ones counted.)
  const withMembers = q.bodies.map((id) => plan.bodies.find((b) => b.id === id)).filter((b): b is Body => Boolean(b?.memberMunicipalities.length));
  const joint = withMembers.filter((b) => b.kind === 'jointBody');
  const member = withMembers.length === 1 ? withMembers[0] : joint.length === 1 ? joint[0] : undefined;
  const lists: CountedList[] = [
    { id: 'developmentIssues', items: o.developmentIssues, title: say(lang, 'theMainRegionalDevelopment') },
    { id: 'targetAreas', items: o.developmentProgramme.targetAreas, title: say(lang, 'targetAreasOf', o.developmentProgramme.name) },
    { id: 'cooperationAreas', items: o.cooperationAreas.map((a) => a.name), title: say(lang, 'cooperationAreas') },
    { id: 'principles', items: o.principles, title: say(lang, 'waysOfWorking') },
    { id: 'regionalBodies', items: o.environmentScanning.regionalBodies, title: say(lang, 'regionalBodies') },
    member
      ? { id: 'municipalitiesWord', items: member.memberMunicipalities.map((m) => municipalityName(plan, m)), title: say(lang, 'municipalitiesOf', member.name) }
      : { id: 'municipalitiesWord', items: plan.municipalities.map((m) => m.name), title: say(lang, 'municipalitiesOn', o.region) },
  ];
  return { member, lists };
}

/**
 * "What are the five development priorities from SUP 2010?": a count before words that are no list's own noun
 * ("development priorities") names the one list of the plan that holds that many items and shares a word with them
 * (the five development issues, not the four target areas the programme's name would read). The list is the answer.
 */
function countNamesList({ q, plan, data }: AnswerInput): Answer | undefined {
  if (q.form || q.notInPlanKinds.length || q.budgetLines.length || q.bodies.length || q.municipalities.length || q.cues.includes('count')) return undefined;
  const words = fold(q.text).split(' ');
  const numbersOf = data?.offsets?.numbers ?? {};
  const cues = data?.cues ?? {};
  const { lists } = countableLists(q, plan);
  const isNoun = (w: string, id: string) => (cues[id] ?? []).some((c) => (c.endsWith('*') ? w.startsWith(fold(c.slice(0, -1))) : fold(c) === w));
  const cueWords = (id: string) => (cues[id] ?? []).flatMap((c) => fold(c.replace(/\*$/, '')).split(' ')).filter((w) => w.length >= 5);
  for (const [i, w] of words.entries()) {
    const n = countWord(w, numbersOf, 2, oneWords(data));
    if (n === undefined) continue;
    const after = words.slice(i + 1, i + 3);
    // (A list's own noun after the count is countedList's: a right count keeps its question, a wrong one is corrected.)
    const phrases = [1, 2].flatMap((at) => [1, 2, 3].map((len) => words.slice(i + at, i + at + len).join(' '))).filter(Boolean);
    if (phrases.some((x) => lists.some((l) => isNoun(x, l.id)))) return undefined;
    const fits = lists.filter((l) => l.items.length === n && cueWords(l.id).some((c) => after.some((a) => a === c || (a.length >= 6 && c.startsWith(a.slice(0, 6))))));
    if (fits.length !== 1) continue;
    const list = fits[0]!;
    return { reply: reply('organisation', q.lang, list.title, listBlocks(q, data, list)), context: contextOf(q) };
  }
  return undefined;
}

/**
 * A count right before what it counts: "sex utvecklingsfrågor", "tio kommuner", "four target areas", and the list of
 * the plan it counts. `given`: a count after "de"/"the" ("the 10 development issues") is read too (a premise of a
 * question); a claim ("är det sex utvecklingsfrågor?") reads only a count that is not given.
 */
function countedList(q: AnswerInput['q'], plan: Plan, data: AnswerInput['data'], given: boolean): { list: CountedList; n: number } | undefined {
  const f = fold(q.text);
  const numbersOf = data?.offsets?.numbers ?? {};
  const words = f.split(' ');
  const cues = data?.cues ?? {};
  // (A cue ending in "*" is a stem: "malomrade*".)
  const isNoun = (w: string, id: string) => (cues[id] ?? []).some((c) => (c.endsWith('*') ? w.startsWith(fold(c.slice(0, -1))) : fold(c) === w));
  const { member, lists } = countableLists(q, plan);
  for (const [i, w] of words.entries()) {
    // ("en"/"a" is an article as often as a count.)
    const n = countWord(w, numbersOf, 2, oneWords(data));
    if (n === undefined) continue;
    // ("de fem utvecklingsfrågorna": a count after "de"/"the" is given, not claimed.)
    if (!given && /^(de|the|dom)$/.test(words[i - 1] ?? '')) continue;
    // The noun right after the count, or after one word more ("sex konkreta utvecklingsfrågor"); a longer cue phrase
    // first ("target areas" is the programme's, not "areas" of cooperation; "development issues" is two words).
    const phrases = [i + 1, i + 2].flatMap((at) => [3, 2, 1].map((len) => words.slice(at, at + len)).filter((p) => p.length).map((p) => p.join(' ')));
    const noun = phrases.find((x) => lists.some((l) => isNoun(x, l.id)));
    const list = noun ? lists.find((l) => isNoun(noun, l.id)) : undefined;
    if (!list || !list.items.length) continue;
    // ("de tre kommunerna Haninge, Nynäshamn och Tyresö": municipalities named count themselves, not the region's.)
    if (list.id === 'municipalitiesWord' && !member && q.municipalities.length) continue;
    return { list, n };
  }
  return undefined;
}

/**
 * "which are the 10 development issues in SUP 2010?", "vilka är de tre huvudområdena?", "varför har SUP bara tre målområden?": a question (not a claim; a why-question's premise too) that
 * gives a count of a list the plan holds, and a wrong one. The premise is corrected first ("…: five, not ten"), then the
 * list; in English with the list's English summary. A right count leaves the question to its own answer.
 */
function falseCount({ q, plan, data }: AnswerInput): Answer | undefined {
  // ("varför har SUP 2010 bara tre målområden?": a why-question's wrong count is its premise, corrected the same way.)
  if ((q.form && q.form !== 'why') || q.notInPlanKinds.length || q.budgetLines.length || q.cues.includes('count')) return undefined;
  // ("If two municipalities left, what would the other six pay each?": a count in a what-if of fewer payers is no claim.)
  if (splitAmong(q, plan, data)) return undefined;
  const counted = countedList(q, plan, data, true);
  if (!counted || counted.n === counted.list.items.length) return undefined;
  const { list, n } = counted;
  const lang = q.lang;
  return { reply: reply('organisation', lang, say(lang, 'countIsNot', list.title, list.items.length, n), listBlocks(q, data, list)), context: contextOf(q) };
}

/** What other bodies have on the days a claim put a body's meeting on, as one line (none: undefined). */
function othersThen(plan: Plan, from: string, to: string, body: string, lang: 'sv' | 'en'): Block | undefined {
  const others = meetingsBetween(plan, from, to).filter((m) => m.body !== body && m.date.kind !== 'month');
  if (!others.length) return undefined;
  return { type: 'text', text: say(lang, 'thenInstead', listText(others.map((m) => eventLabel(plan, m, lang)), lang)) };
}

const eventLabel = (plan: Plan, m: Meeting, lang: 'sv' | 'en') => `${bodyName(plan, m.body)}${m.title ? ` (${m.title})` : ''} ${formatWhen(m, lang)}`;

/** A body's meetings whose title holds another body's name ("Planeringskonferens" of ledningsgruppen). */
function titledPair(plan: Plan, body: string, other: string): Meeting[] | undefined {
  const o = plan.bodies.find((x) => x.id === other);
  if (!o) return undefined;
  const stems = bodyStems(plan, o.id);
  const list = titledMeetings(plan, body).filter((m) => stems.some((s) => m.folded.includes(s))).map((m) => m.meeting);
  return list.length ? list : undefined;
}

/**
 * "Does the LG meeting on 9 September come before the Södertörn conference?", "kommer rådslaget före
 * Södertörnskonferensen?": two events named in order, each singled out by its day, month or host; the claim
 * is the order written, checked against their dates.
 */
function orderClaim(q: AnswerInput['q'], plan: Plan, now: Date, head: (ok: boolean, text: string) => string): Answer | undefined {
  if (q.form !== 'yesNo' || !q.relation || q.budgetLines.length) return undefined;
  const events = eventsNamed(q, plan, now);
  if (events?.length !== 2) return undefined;
  const [a, b] = events as [Meeting, Meeting];
  const lang = q.lang;
  const before = firstDate(a) < firstDate(b);
  if (firstDate(a) === firstDate(b)) return undefined;
  const ok = q.relation === 'before' ? before : !before;
  const A = eventLabel(plan, a, lang);
  const B = eventLabel(plan, b, lang);
  const title = head(ok, say(lang, 'isBeforeOrAfter', A, before ? say(lang, 'before') : say(lang, 'after'), B));
  return { reply: reply('meetingsOn', lang, title, [meetingFacts(plan, a, lang), meetingFacts(plan, b, lang)]), context: contextOf(q, { meetingId: b.id }) };
}

/**
 * "vilket kommer först, rådslaget eller Södertörnskonferensen?", "kommer LG 14/10 före eller efter
 * nyckeltalsdagen?": two events singled out, put in order (no yes/no: neither order was claimed).
 */
function orderQuestion({ q, plan, now }: AnswerInput): Answer | undefined {
  if (q.relation && q.form === 'yesNo') return undefined;
  // ("hur många dagar efter rådslaget är SK 14/4?": the span between them is asked, not their order.)
  if (q.spanFrom) return undefined;
  if (!q.cues.includes('orderBoth') && !q.cues.includes('first') && !(q.relation && !q.form)) return undefined;
  if (q.budgetLines.length || q.cues.includes('clash')) return undefined;
  const events = eventsNamed(q, plan, now);
  if (events?.length !== 2) return undefined;
  const [a, b] = events as [Meeting, Meeting];
  if (firstDate(a) === firstDate(b)) return undefined;
  const lang = q.lang;
  const [x, y] = firstDate(a) < firstDate(b) ? [a, b] : [b, a];
  const title = say(lang, 'isBeforeOrAfter', eventLabel(plan, x, lang), say(lang, 'before'), eventLabel(plan, y, lang));
  return { reply: reply('meetingsOn', lang, title, [meetingFacts(plan, x, lang), meetingFacts(plan, y, lang)]), context: contextOf(q, { meetingId: y.id }) };
}

/**
 * "krockar SK 22/9 med något LG-möte?", "does the nyckeltal day clash with an SK meeting?": the meeting singled
 * out against the other body's meetings (any other meeting where none is named) on the same days.
 */
function clashClaim(q: AnswerInput['q'], plan: Plan, now: Date, head: (ok: boolean, text: string) => string): Answer | undefined {
  if (!q.cues.includes('clash') || q.budgetLines.length) return undefined;
  const named = [...new Set(q.mentions.filter((m) => m.kind === 'body' && q.bodies.includes(m.id)).map((m) => m.id))];
  if (!named.length || named.length > 2) return undefined;
  // ("när är nyckeltalsdagen?" → "krockar det med LG?": the meeting just answered, pointed at, against the body named.)
  const answered = q.meetingId && q.cues.includes('itRef') && named.length === 1 ? plan.meetings.find((m) => m.id === q.meetingId && m.body !== named[0]) : undefined;
  const a = answered ?? singledOut(q, plan, now, named[0]!);
  if (!a || a.date.kind === 'month') return undefined;
  const other = answered ? named[0] : named[1];
  const same = meetingsBetween(plan, firstDate(a), lastDate(a), other).filter((m) => m.id !== a.id && m.body !== a.body && m.date.kind !== 'month');
  const lang = q.lang;
  const A = `${bodyName(plan, a.body)} ${formatWhen(a, lang)}`;
  const title = same.length
    ? head(true, say(lang, 'clashesWith', A, listText(same.map((m) => `${bodyName(plan, m.body)} ${formatWhen(m, lang)}`), lang)))
    : head(false, say(lang, 'noClash', A, other ? bodyName(plan, other) : undefined));
  const near = other && !same.length ? [lastBefore(plan, firstDate(a), other, () => true), firstAfter(plan, lastDate(a), other, () => true)].filter((m): m is Meeting => Boolean(m)) : [];
  return { reply: reply('meetingsOn', lang, title, [meetingFacts(plan, a, lang), ...same.map((m) => meetingFacts(plan, m, lang)), ...near.map((m) => meetingFacts(plan, m, lang))]), context: contextOf(q, { meetingId: a.id }) };
}

/**
 * "har rådslaget redan varit i år?", "Has the Södertörn conference already taken place?": the event singled out
 * against today.
 */
function pastClaim(q: AnswerInput['q'], plan: Plan, now: Date, head: (ok: boolean, text: string) => string): Answer | undefined {
  // ("har Södertälje varit värd för rådslaget?" asks of a turn in the rotation, not of this year's event.)
  if (q.form !== 'yesNo' || !q.cues.includes('already') || q.cues.includes('host') || q.budgetLines.length || q.municipalities.length > 1) return undefined;
  const events = eventsNamed({ ...q, years: q.years.length ? q.years : [thisYearOf(now)] }, plan, now);
  if (events?.length !== 1) return undefined;
  const m = events[0]!;
  const lang = q.lang;
  const past = lastDate(m) < stockholmDate(now);
  const name = `${bodyName(plan, m.body)}${m.title ? ` (${m.title})` : ''}`;
  const title = head(past, past ? say(lang, 'wasOn', name, formatWhen(m, lang)) : say(lang, 'isOn', name, formatWhen(m, lang)));
  return { reply: reply('meetingsOn', lang, title, [meetingFacts(plan, m, lang)]), context: contextOf(q, { meetingId: m.id }) };
}

/**
 * "är det några LG-möten kvar i år?", "finns det fler SK-möten i år?", "any committee meetings left this year?":
 * the body's meetings of that calendar year still to come, against today. None left names the year's last one
 * and the body's next (in a later year).
 */
function remainingClaim(q: AnswerInput['q'], plan: Plan, now: Date, head: (ok: boolean, text: string) => string): Answer | undefined {
  if (q.form !== 'yesNo' || !(q.cues.includes('remaining') || q.cues.includes('anyMore')) || q.budgetLines.length || q.municipalities.length || q.amounts.length) return undefined;
  if (q.dates.length || q.month || q.week || q.period || q.years.length > 1 || q.bodies.length !== 1 || !hasMeetings(plan, q.bodies[0]!)) return undefined;
  const body = q.bodies[0]!;
  const year = q.years[0] ?? thisYearOf(now);
  const lang = q.lang;
  const name = bodyName(plan, body);
  const ofYear = meetingsOfYear(plan, year, body).filter((m) => m.status !== 'cancelled');
  const left = upcoming(plan, now, body).filter((m) => ofYear.includes(m));
  if (left.length) {
    return { reply: reply('calendar', lang, head(true, say(lang, 'stillMeetsInYear', name, year, listText(left.map((m) => formatWhen(m, lang)), lang))), left.slice(0, 6).map((m) => meetingFacts(plan, m, lang))), context: contextOf(q, { meetingId: left[0]!.id }) };
  }
  const last = [...ofYear].reverse().find((m) => !upcoming(plan, now, body).includes(m));
  const next = upcoming(plan, now, body, 1)[0];
  const title = head(false, last ? say(lang, 'noMeetingsLeftInYear', name, year, formatWhen(last, lang)) : say(lang, 'noMeetingsInYear', name, year));
  const blocks: Block[] = next ? [{ type: 'text', text: say(lang, 'nextMeetsOn', name, formatWhen(next, lang)) }, meetingFacts(plan, next, lang)] : [];
  return { reply: reply('calendar', lang, title, blocks), context: contextOf(q, next ? { meetingId: next.id } : {}) };
}

/**
 * "Is the nyckeltal day in the spring?", "ligger SK-mötet i Nykvarn på våren?", "har LG något möte efter
 * sommaren?": a body's meetings of the year (those of the host named, or the one singled out) against the
 * months of the period named.
 */
function periodClaim(q: AnswerInput['q'], plan: Plan, now: Date, head: (ok: boolean, text: string) => string): Answer | undefined {
  if (q.form !== 'yesNo' || !q.period || q.dates.length || q.month || q.budgetLines.length || q.weekdays.length) return undefined;
  const body = q.bodies.find((b) => hasMeetings(plan, b));
  if (!body || q.bodies.length > 2) return undefined;
  const year = q.years[0] ?? defaultYear(plan, now);
  const titledPair = q.bodies.length === 2 ? shapedMeeting({ ...q, dates: [] }, plan, now) : undefined;
  if (q.bodies.length === 2 && !titledPair) return undefined;
  const all = titledPair ? [titledPair] : meetingsOfYear(plan, year, body).filter((m) => m.date.kind !== 'month');
  const hosted = q.municipalities.length ? all.filter((m) => m.hosts.some((h) => q.municipalities.includes(h))) : all;
  if (!hosted.length) return undefined;
  const p = q.period;
  const within = (m: Meeting) => { const mo = Number(firstDate(m).slice(5, 7)); return mo >= p.from && mo <= p.to; };
  const inside = hosted.filter(within);
  const lang = q.lang;
  const monthName = (n: number) => formatMonth(`${year}-${String(n).padStart(2, '0')}`, lang).replace(/ \d+$/, '');
  const span = p.from === p.to ? monthName(p.from) : `${monthName(p.from)}–${monthName(p.to)}`;
  const shown = inside.length ? inside : hosted;
  const what = shown.length === 1
    ? say(lang, 'isOn', `${bodyName(plan, shown[0]!.body)}${shown[0]!.title ? ` (${shown[0]!.title})` : ''}`, formatWhen(shown[0]!, lang))
    : `${bodyName(plan, body)}: ${listText(shown.map((m) => formatWhen(m, lang)), lang)}`;
  const title = head(inside.length > 0, say(lang, 'isInPeriod', what, inside.length > 0, span));
  return { reply: reply('meetingsOn', lang, title, shown.slice(0, 6).map((m) => meetingFacts(plan, m, lang))), context: contextOf(q, { meetingId: shown[0]!.id }) };
}

const DAY_WORD = /^(hel)?dag(ar|en|arna|s)?$|^(full)?days?$/;
const TIMES_WORD = /^(gang|ganger|times)$/;
const hhmm = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));

/**
 * A claim about the shape of a meeting, read from the question's own numbers and words: how many days it
 * lasts and whether it is a full day ("är planeringskonferensen två heldagar?", "is the conference two
 * days"), a clock time it starts or ends at ("börjar SK kl 13", "slutar LG 13.00"), morning or afternoon,
 * and how many times a year the body meets. The meeting is the one named (by day, by title, or the body's
 * next, else its last); the answer is computed from its date and time in the plan.
 */
function shapeClaim(q: AnswerInput['q'], plan: Plan, now: Date, head: (ok: boolean, text: string) => string, data: AnswerInput['data']): Answer | undefined {
  if (q.municipalities.length || q.budgetLines.length || !q.bodies.length) return undefined;
  const lang = q.lang;
  const words = fold(q.text).split(' ');
  // (The lexicon's small counts, 1–10 in both languages; a larger count is written as digits when the message is read.)
  const numbers = data?.offsets?.numbers ?? {};
  const num = (w: string | undefined) => (w === undefined ? undefined : countWord(w, numbers));
  // How many times a year: "minst sex gånger per år", "six times a year".
  const timesAt = words.findIndex((w) => TIMES_WORD.test(w));
  const body = plan.bodies.find((b) => q.bodies.includes(b.id) && b.minMeetingsPerYear);
  // "sex gånger per år", "sex gånger om året", "six times a year": a count of times with a year after it.
  const perYear = q.cues.includes('often') || (timesAt > 0 && /^(per|om|i|a|an|each|every)$/.test(words[timesAt + 1] ?? '') && /^(ar|aret|year)$/.test(words[timesAt + 2] ?? ''));
  if (timesAt > 0 && body && perYear) {
    const n = num(words[timesAt - 1]);
    if (n !== undefined) {
      const min = body.minMeetingsPerYear!;
      const count = meetingsOfYear(plan, q.years[0] ?? defaultYear(plan, now), body.id).length;
      const fact = say(lang, 'meetsHowOften', body.name, body.frequency, min);
      const inCalendar = say(lang, 'theCalendarHasMeetings', count, q.years[0] ?? defaultYear(plan, now));
      return { reply: reply('countMeetings', lang, head(n <= min, fact), [{ type: 'text', text: inCalendar }]), context: contextOf(q, { bodies: [body.id] }) };
    }
  }
  // "träffas LG varje månad", "does the committee meet every week": a rate read as the lexicon's units
  // (12 a year for a month, 52 for a week) against the calendar's meetings and what the plan says.
  const rate = ({ month: 12, week: 52, quarter: 4, halfYear: 2 } as Record<string, number>);
  const unit = q.per.find((u) => rate[u]);
  if (unit && body && (q.cues.includes('meeting') || q.cues.includes('often'))) {
    const year = q.years[0] ?? defaultYear(plan, now);
    const count = meetingsOfYear(plan, year, body.id).length;
    const ok = count >= rate[unit]!;
    const fact = say(lang, 'meetsHowOftenAndCalendarCount', body.name, body.frequency, body.minMeetingsPerYear, count, year);
    return { reply: reply('countMeetings', lang, head(ok, fact), []), context: contextOf(q, { bodies: [body.id] }) };
  }
  // Days: "två heldagar", "a full day", "two days".
  // ("om två dagar" is a day from today, not a length.)
  const dayAt = q.relativeDay ? -1 : words.findIndex((w, i) => DAY_WORD.test(w) && num(words[i - 1]) !== undefined);
  const fullDay = !q.relativeDay && (q.cues.includes('allDay') || words.some((w) => /^heldag/.test(w)));
  // "är rådslaget en halvdag", "is it a half day": a claim its length is half a day (at most five hours).
  const halfDay = !q.relativeDay && /\b(halvdag\w*|halv dag|half day|half a day|halfday)\b/.test(words.join(' '));
  const daysAsked = dayAt >= 0 ? num(words[dayAt - 1]) : undefined;
  // Clock times: "kl 13", "13.00", "at 1 pm"; morning or afternoon.
  const clock = /(?:\bkl(?:ockan)?\.?\s*|\bat\s+)(\d{1,2})(?:[.:](\d{2}))?|\b(\d{1,2})[.:](\d{2})\b/i.exec(q.text);
  const bare = !clock && q.cues.includes('timeOfDay') ? /(?<![\d/.:-])(\d{1,2})(?![\d/.:-])/.exec(q.text) : null;
  // "till 16", "until 4 pm": the time it ends.
  const until = !clock ? /\b(?:till|until|to)\s+(?:kl(?:ockan)?\.?\s*)?(\d{1,2})(?:[.:](\d{2}))?(?![\d/.-])/i.exec(q.text) : null;
  let minutes: number | undefined;
  if (clock) minutes = Number(clock[1] ?? clock[3]) * 60 + Number(clock[2] ?? clock[4] ?? 0);
  else if (until && Number(until[1]) <= 24) minutes = Number(until[1]) * 60 + Number(until[2] ?? 0);
  else if (bare && Number(bare[1]) <= 24) minutes = Number(bare[1]) * 60;
  else if (words.some((w) => w === 'noon' || w === 'midday' || w === 'lunchtid')) minutes = 12 * 60;
  // "tre timmar", "3 hours": its length in hours.
  const hourAt = words.findIndex((w, i) => /^(timm(e|ar)|hours?|h)$/.test(w) && num(words[i - 1]) !== undefined);
  const hoursAsked = hourAt > 0 ? num(words[hourAt - 1]) : undefined;
  if (minutes !== undefined && /\bpm\b/i.test(q.text) && minutes < 12 * 60) minutes += 12 * 60;
  const partOfDay = words.some((w) => /^(eftermiddag|afternoon)/.test(w)) ? 'pm' : words.some((w) => /^(formiddag|morgon|morning)/.test(w)) ? 'am' : undefined;
  if (daysAsked === undefined && !fullDay && !halfDay && minutes === undefined && !partOfDay && hoursAsked === undefined) return undefined;

  const m = shapedMeeting(q, plan, now);
  if (!m) return undefined;
  const named = plan.bodies.find((b) => b.id === m.body);
  const what = `${bodyName(plan, m.body)}${m.title ? ` (${m.title})` : ''}`;
  const when = formatWhen(m, lang);
  const blocks: Block[] = [meetingFacts(plan, m, lang)];
  const ctx = contextOf(q, { meetingId: m.id });
  if (daysAsked !== undefined || fullDay || halfDay) {
    if (m.date.kind === 'month') return undefined;
    const days = m.date.kind === 'days' ? Math.round((Date.parse(m.date.end) - Date.parse(m.date.start)) / 86_400_000) + 1 : 1;
    const okDays = daysAsked === undefined || daysAsked === days;
    const okFull = (!fullDay || m.time.kind === 'allDay') && (!halfDay || (days === 1 && m.time.kind === 'clock' && hhmm(m.time.end) - hhmm(m.time.start) <= 5 * 60));
    const length = m.time.kind === 'allDay'
      ? say(lang, 'fullDaysCount', days)
      : m.time.kind === 'lunchToLunch'
        ? say(lang, 'daysLunchToLunch', days)
        : m.time.kind === 'clock'
          ? say(lang, 'daysAndClockTimes', days, m.time.start, m.time.end)
          : say(lang, 'dayCount', days);
    return { reply: reply('meetingTime', lang, head(okDays && okFull, say(lang, 'is', what, length, when)), blocks), context: ctx };
  }
  const time = m.time.kind === 'clock' ? m.time : named?.usualTime;
  if (!time) return undefined;
  const span = `${hm(time.start, lang)}–${hm(time.end, lang)}`;
  if (hoursAsked !== undefined) {
    const length = (hhmm(time.end) - hhmm(time.start)) / 60;
    const h = String(Math.round(length * 10) / 10).replace('.', say(lang, 'decimalSeparator'));
    return { reply: reply('meetingTime', lang, head(Math.abs(length - hoursAsked) < 0.01, say(lang, 'lastsHours', what, h, span)), blocks), context: ctx };
  }
  if (minutes !== undefined) {
    const ends = Boolean(until) || words.some((w) => /^(slut|end|ends|ending|finish|klar|over)/.test(w));
    const at = ends ? hhmm(time.end) : hhmm(time.start);
    const fact = ends ? say(lang, 'endsAt', what, hm(ends ? time.end : time.start, lang), span, time.end) : say(lang, 'startsAt', what, hm(time.start, lang), span, time.start);
    return { reply: reply('meetingTime', lang, head(at === minutes, fact), blocks), context: ctx };
  }
  const afternoon = hhmm(time.start) >= 12 * 60;
  const ok = partOfDay === 'pm' ? afternoon : !afternoon;
  const fact = say(lang, 'morningOrAfternoon', what, afternoon, span);
  return { reply: reply('meetingTime', lang, head(ok, fact), blocks), context: ctx };
}

/** Whether a folded phrase of the lexicon (a trailing * a stem) stands among the words, whole words (understand.ts's wordsAt at each place). */
function phraseAmong(words: readonly string[], phrase: string): boolean {
  return words.some((_, i) => wordsAt(words, i, phrase));
}

/** How many times a year the words say something is held: the lexicon's frequencyWords, or "N gånger om året" / "N times a year". */
function ratePerYear(words: readonly string[], data: AnswerInput['data']): number | undefined {
  for (const [n, phrases] of Object.entries(data?.frequencyWords?.perYear ?? {})) if (phrases.some((p) => phraseAmong(words, p))) return Number(n);
  const numbers = data?.offsets?.numbers ?? {};
  for (let i = 1; i + 2 < words.length; i++) {
    if (!TIMES_WORD.test(words[i]!) || !/^(per|om|i|a|an|each|every)$/.test(words[i + 1]!) || !/^(ar|aret|year)$/.test(words[i + 2]!)) continue;
    const n = countWord(words[i - 1]!, numbers);
    if (n !== undefined) return n;
  }
  return undefined;
}

/**
 * "Why is the Södertörnskonferensen only held every second year?", "hålls rådslaget årligen?", "träffas LG vartannat år?":
 * how often a body is held, claimed as a rate (times a year), against the plan's own frequency: "årligen" is once a year
 * (read by the same words), "minst sex gånger per år" at least six. The correction names the plan's frequency.
 */
function frequencyClaim(q: AnswerInput['q'], plan: Plan, now: Date, data: AnswerInput['data'], head: (ok: boolean, text: string) => string): Answer | undefined {
  if (q.bodies.length !== 1 || q.municipalities.length || q.budgetLines.length || q.dates.length || q.month) return undefined;
  const body = plan.bodies.find((b) => b.id === q.bodies[0]);
  if (!body || (!body.frequency && !body.minMeetingsPerYear)) return undefined;
  const claimed = ratePerYear(fold(q.text).split(' '), data);
  if (claimed === undefined) return undefined;
  const min = body.minMeetingsPerYear;
  const exact = min === undefined && body.frequency ? ratePerYear(fold(body.frequency).split(' '), data) : undefined;
  if (min === undefined && exact !== 1) return undefined;
  const lang = q.lang;
  const ok = min !== undefined ? claimed >= min : Math.abs(claimed - exact!) < 0.01;
  const fact = min !== undefined ? say(lang, 'meetsHowOften', body.name, body.frequency, min) : say(lang, 'heldOnceAYear', body.name, body.frequency!);
  const year = q.years[0] ?? defaultYear(plan, now);
  const blocks: Block[] = [{ type: 'text', text: say(lang, 'theCalendarHasMeetings', meetingsOfYear(plan, year, body.id).length, year) }];
  if (ok && q.form === 'why') blocks.push({ type: 'text', subtle: true, text: say(lang, 'thePlanDoesNotSayWhy') });
  return { reply: reply('countMeetings', lang, head(ok, fact), blocks), context: contextOf(q, { bodies: [body.id] }) };
}

/** The meeting a shape claim is about: named by day, by its title and body, or the body's next (else last). */
function shapedMeeting(q: AnswerInput['q'], plan: Plan, now: Date): Meeting | undefined {
  const days = q.relativeDay ? [] : q.dates;
  if (q.bodies.length >= 2) {
    for (const a of q.bodies) for (const b of q.bodies) {
      if (a === b) continue;
      const other = plan.bodies.find((x) => x.id === b);
      if (!other) continue;
      const stems = bodyStems(plan, other.id);
      const found = titledMeetings(plan, a).find((m) => stems.some((s) => m.folded.includes(s)));
      if (found) return found.meeting;
    }
  }
  // "is it a full day?" right after a meeting's answer: that meeting, not its body's next one.
  const last = q.followUp && q.meetingId && !days.length ? plan.meetings.find((m) => m.id === q.meetingId) : undefined;
  if (last && (!q.bodies.length || q.bodies.includes(last.body))) return last;
  const body = q.bodies.find((b) => hasMeetings(plan, b));
  if (!body) return undefined;
  if (days.length) return meetingsBetween(plan, days[0]!, days[0]!, body)[0];
  return upcoming(plan, now, body, 1)[0] ?? held(plan, now, body, 1)[0];
}

/** The day or month a question names, as a span with words for it ("i oktober", "den 9 juni"). */
function askedSpan(q: AnswerInput['q']): { from: string; to: string; label: string } | undefined {
  const lang = q.lang;
  if (q.dates.length && !q.relativeDay) {
    const d = [...q.dates].sort();
    return { from: d[0]!, to: d.at(-1)!, label: say(lang, 'on', formatDay(d[0]!, lang)) };
  }
  if (q.month) {
    const m = `${q.month.year}-${String(q.month.month).padStart(2, '0')}`;
    return { from: `${m}-01`, to: `${m}-31`, label: say(lang, 'in', formatMonth(m, lang)) };
  }
  return undefined;
}

/** A body's meetings that have a title, with the title folded; kept per plan version. */
const titled = new PlanMemo<Map<string, Array<{ meeting: Meeting; folded: string }>>>();
function titledMeetings(plan: Plan, body: string): Array<{ meeting: Meeting; folded: string }> {
  const make = () => plannedMeetings(plan, body).filter((m) => m.title).map((m) => ({ meeting: m, folded: fold(m.title!) }));
  const byBody = titled.get(plan, () => new Map());
  let list = byBody.get(body);
  if (!list) byBody.set(body, (list = make()));
  return list;
}

/**
 * A meeting named by its title and its body: "ledningsgruppens planeringskonferens" is the LG meeting the
 * plan titles "Planeringskonferens" (the committee has a planning conference of its own).
 */
export function titledMeetingNamed(plan: Plan, bodies: readonly string[]): { body: string; meetings: Meeting[] } | undefined {
  for (const a of bodies) {
    for (const b of bodies) {
      if (a === b) continue;
      const other = plan.bodies.find((x) => x.id === b);
      if (!other) continue;
      const stems = bodyStems(plan, other.id);
      const list = titledMeetings(plan, a).filter((m) => stems.some((s) => m.folded.includes(s))).map((m) => m.meeting);
      if (list.length) return { body: a, meetings: list };
    }
  }
  return undefined;
}

function titledMeeting({ q, plan, now }: AnswerInput): Answer | undefined {
  if (q.bodies.length < 2 || (q.dates.length && q.relativeDay)) return undefined;
  // ("vad kostar lunchen på LG:s planeringskonferens?", "vilken lokal är den i?": a detail of the meeting the plan
  // does not hold is not answered by the meeting's card; the not-in-plan answer names the meeting after saying so.)
  if (q.intent === 'notInPlan' && q.notInPlanKinds.length) return undefined;
  {
    const named = titledMeetingNamed(plan, q.bodies);
    const both = named ? bothTitled(q, plan, now, named) : undefined;
    if (both) return both;
    if (named) {
      const a = named.body;
      const list = named.meetings;
      const lang = q.lang;
      // "när i oktober har LG sin planeringskonferens": a month or a day that is not the meeting's is a false
      // premise; the meeting's own date is the answer, with the correction.
      const asked = askedSpan(q);
      const inAsked = asked ? list.filter((m) => firstDate(m) <= asked.to && lastDate(m) >= asked.from) : list;
      // ("the planning conference next week – the committee's or the LG's?": where the other body named, the one
      // the title names, has its own meeting in the span asked and the titled one has not, that one is meant.)
      const thing = q.bodies.find((b) => b !== a && hasMeetings(plan, b) && bodyStems(plan, b).length && list.some((m) => fold(bodyName(plan, b)).includes(fold(m.title ?? '~'))));
      const span = asked ?? q.week;
      const titledIn = span ? list.some((m) => firstDate(m) <= span.to && lastDate(m) >= span.from) : true;
      // (Only where the other's own owner is named too: "the LG planning conference in January" is a false premise.)
      const ownerNamed = thing !== undefined && q.mentions.some((m) => m.kind === 'body' && m.id !== thing && m.id !== a && bodyStems(plan, m.id).some((x) => fold(bodyName(plan, thing)).includes(x)));
      if (span && !titledIn && thing && ownerNamed && meetingsBetween(plan, span.from, span.to, thing).length) return undefined;
      if (asked && inAsked.length) list.splice(0, list.length, ...inAsked);
      const coming = list.filter((m) => firstDate(m) >= stockholmDate(now));
      const shown = coming.length ? coming.slice(0, 1) : list.slice(-1);
      const m = shown[0]!;
      const wrong = asked && !inAsked.length;
      // "när är LG:s planeringskonferens i Huddinge?": a place the plan does not give it is corrected too.
      const place = q.municipalities.length === 1 && !m.hosts.includes(q.municipalities[0]!) ? municipalityName(plan, q.municipalities[0]!) : undefined;
      const label = `${bodyName(plan, a)} (${m.title})`;
      const plain = wrong
        ? say(lang, 'isOnNot', bodyName(plan, a), m.title, formatWhen(m, lang), asked.label)
        : place
          ? m.hosts.length
            ? say(lang, 'isHostedByNot', `${label} ${formatWhen(m, lang)}`, listText(m.hosts.map((h) => municipalityName(plan, h)), lang), place)
            : say(lang, 'hasNoHostNot', label, formatWhen(m, lang), place)
          : `${bodyName(plan, a)} – ${m.title}: ${formatWhen(m, lang)}`;
      // "är LG:s planeringskonferens i mars?": a yes/no gets its answer first; a why-question the correction.
      const title = q.form === 'yesNo' ? `${yesNo(lang, !wrong && !place)} – ${plain}` : plain;
      const blocks: Block[] = [meetingFacts(plan, m, lang)];
      // ("LG:s planeringskonferens är 27–28 januari?": those days are the committee's planning conference.)
      const instead = wrong ? othersThen(plan, asked.from, asked.to, a, lang) : undefined;
      if (instead) blocks.unshift(instead);
      if (!coming.length) blocks.push({ type: 'text', subtle: true, text: say(lang, 'itHasAlreadyTaken') });
      return { reply: reply('meetingsOn', lang, title, blocks), context: contextOf(q, { meetingId: m.id, bodies: [a] }) };
    }
  }
  return undefined;
}

/**
 * "när är SK:s och LG:s planeringskonferenser?", "how long are the committee's and the LG's planning conferences?",
 * "hur många dagar mellan SK:s och LG:s planeringskonferens?": a body whose name is also one owner's meeting title,
 * named once after that owner and once more on its own (after its own owner), is both: the body's meeting and the
 * owner's titled one. Both are the answer, each with its own time; the days between them where a span is asked.
 */
function bothTitled(q: AnswerInput['q'], plan: Plan, now: Date, named: { body: string; meetings: Meeting[] }): Answer | undefined {
  const thing = q.bodies.find((b) => b !== named.body && named.meetings.some((m) => bodyStems(plan, b).some((s) => fold(m.title ?? '').includes(s) || fold(bodyName(plan, b)).includes(fold(m.title ?? '')))));
  if (!thing || q.form || q.dates.length || q.month) return undefined;
  const at = [...new Set(q.mentions.filter((m) => m.kind === 'body' && m.id === thing).map((m) => m.at))];
  if (at.length < 2) return undefined;
  const own = upcoming(plan, now, thing, 1)[0] ?? held(plan, now, thing, 1)[0];
  const titled = named.meetings.find((m) => firstDate(m) >= stockholmDate(now)) ?? named.meetings.at(-1);
  if (!own || !titled) return undefined;
  const lang = q.lang;
  const [a, b] = firstDate(own) <= firstDate(titled) ? [own, titled] : [titled, own];
  const label = (m: Meeting) => (m === titled ? `${bodyName(plan, m.body)} – ${m.title}` : bodyName(plan, m.body));
  const lines = [a, b].map((m) => `${label(m)}: ${formatWhen(m, lang)}`);
  if (q.intent === 'daysUntil') {
    const n = Math.abs(Math.round((Date.parse(firstDate(b)) - Date.parse(firstDate(a))) / 86_400_000));
    const title = say(lang, 'timeBetween', say(lang, 'spanDays', n), `${label(a)} ${formatDay(firstDate(a), lang, false)}`, `${label(b)} ${formatDay(firstDate(b), lang, false)}`);
    return { reply: reply('daysUntil', lang, title, [{ type: 'list', items: lines }]), context: contextOf(q, { meetingId: b.id }) };
  }
  return { reply: reply('meetingsOn', lang, lines.join('; '), [meetingFacts(plan, a, lang), meetingFacts(plan, b, lang)]), context: contextOf(q, { meetingId: b.id }) };
}

/** Every word of the lexicon's cue phrases and language words, folded, per lexicon: words that are no part of a name. */
const lexiconWords = new WeakMap<object, Set<string>>();
function lexiconWordsOf(data: AnswerInput['data']): Set<string> {
  if (!data) return new Set();
  let out = lexiconWords.get(data);
  if (!out) {
    out = new Set<string>();
    for (const list of Object.values(data.cues ?? {})) if (Array.isArray(list)) for (const p of list) for (const w of fold(String(p)).split(' ')) if (w) out.add(w.replace(/\*$/, ''));
    for (const w of [...(data.langWords?.sv ?? []), ...(data.langWords?.en ?? [])]) out.add(fold(w));
    lexiconWords.set(data, out);
  }
  return out;
}

/** A first, last or nth meeting is asked ("första", "sista", "last", "det tredje"). */
const nthOrEnd = (q: AnswerInput['q']) => ['first', 'last', 'final', 'penultimate'].some((c) => q.cues.includes(c)) || q.ordinal !== undefined;

/** "första LG-mötet", "sista SK-mötet 2011", "näst sista SK-mötet i år", "first and last committee meetings of 2011". */
function firstOrLast({ q, plan, now }: AnswerInput): Answer | undefined {
  const first = q.cues.includes('first');
  // "näst sista", "second to last": the last but one of the same listing.
  const butOne = q.cues.includes('penultimate');
  // "det sista SK-mötet som står i kalendariet", "the last committee meeting listed in the plan's calendar": the calendar
  // named with no year or period is the whole calendar, into 2012, and its last meeting is its final one, not the one
  // held most recently nor this year's last.
  const whole = q.cues.includes('calendar') && !q.years.length && !q.period && !q.cues.includes('remaining') && nthOrEnd(q);
  const final = butOne || q.cues.includes('final') || (q.cues.includes('last') && (first || q.years.length > 0 || q.cues.includes('year') || whole));
  // "den andra?", "det tredje SK-mötet i år": the nth of the same listing.
  const nth = q.ordinal;
  if (!first && !final && nth === undefined) return undefined;
  // ("första LG efter södertörnskonferensen": the first after a meeting is the step from it, adjacentMeeting.)
  if (first && !final && nth === undefined && q.intent === 'adjacentMeeting' && q.meetingId && q.relation === 'after') return undefined;
  if (q.dates.length || q.month || q.budgetLines.length || q.topics.length) return undefined;
  if (!q.bodies.length && !q.cues.includes('meeting')) return undefined;
  const lang = q.lang;
  const year = (q.years[0] ?? defaultYear(plan, now)) + (q.period?.nextYear ? 1 : 0);
  const inPeriod = (m: Meeting) => !q.period || (Number(firstDate(m).slice(5, 7)) >= q.period.from && Number(firstDate(m).slice(5, 7)) <= q.period.to);
  const bodies = q.bodies.length ? q.bodies : [undefined];
  const found: Array<{ which: string; m: Meeting }> = [];
  for (const b of bodies) {
    // ("the first of those left this year": only meetings not yet held.)
    const left = (m: Meeting) => !q.cues.includes('remaining') || lastDate(m) >= stockholmDate(now);
    const list = (whole ? plannedMeetings(plan, b) : meetingsOfYear(plan, year, b)).filter((m) => inPeriod(m) && left(m) && (!q.municipalities.length || m.hosts.some((h) => q.municipalities.includes(h))));
    if (!list.length) continue;
    if (nth !== undefined) {
      const m = list[nth - 1];
      if (m) found.push({ which: say(lang, 'nth', nth), m });
      continue;
    }
    if (first) found.push({ which: say(lang, 'first'), m: list[0]! });
    const end = list.at(butOne ? -2 : -1);
    if (final && end && (!first || list.length > 1)) found.push({ which: say(lang, butOne ? 'lastButOne' : 'last'), m: end });
  }
  if (!found.length) return undefined;
  // "sista SK-mötet före sommaren": the headline names the period asked about, not the whole year.
  const monthName = (m: number) => formatMonth(`${year}-${String(m).padStart(2, '0')}`, lang).replace(/ \d+$/, '');
  const years = [...new Set(plannedMeetings(plan).map(meetingYear))].sort((a, b) => a - b);
  const span = q.period ? `${monthName(q.period.from)}–${monthName(q.period.to)} ${year}` : whole && years.length > 1 ? `${years[0]}–${years.at(-1)}` : String(year);
  const title = found.length === 1
    ? say(lang, 'meetingOf', found[0]!.which, span, bodyName(plan, found[0]!.m.body), formatWhen(found[0]!.m, lang))
    : say(lang, 'firstAndLastMeetings', span);
  const blocks: Block[] = found.length === 1
    ? [meetingFacts(plan, found[0]!.m, lang)]
    : [{ type: 'list', items: found.map((f) => `${f.which}: ${bodyName(plan, f.m.body)} ${formatWhen(f.m, lang)}${f.m.hosts.length ? ` – ${say(lang, 'host')}: ${listText(f.m.hosts.map((h) => municipalityName(plan, h)), lang)}` : ''}`) }];
  return { reply: reply('meetingsOn', lang, title, blocks), context: contextOf(q, { meetingId: found.at(-1)!.m.id, years: [year] }) };
}

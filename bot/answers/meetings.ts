// Calendar answers: next meeting, meetings in a period, before/after, hosts, counts, times, days left.
import { reply, type Block } from '../core/reply.js';
import {
  byStart,
  clockMinutes,
  daysBetween,
  daysUntil,
  firstAfter,
  firstDate,
  formatDay,
  formatMonth,
  formatWhen,
  held,
  lastBefore,
  lastDate,
  meetingEnd,
  meetingStart,
  meetingYear,
  meetingsBetween,
  meetingsOfYear,
  pastThePlan,
  plannedMeetings,
  stockholmDate,
  undatedYear,
  upcoming,
  weekdayName,
} from '../domain/calendar.js';
import type { Meeting, Plan } from '../store/schema.js';
import type { Query } from '../understand/understand.js';
import { contextOf, hostsText, meetingFacts, meetingLine, namedMeetings, notInPlan, type Answer, type AnswerInput } from './common.js';
import { bodyName, municipalityName } from '../domain/names.js';
import { listText, yearsText } from '../text/format.js';
import { say } from '../text/catalogue/index.js';
import { fold } from '../understand/normalize.js';

const pad = (n: number) => String(n).padStart(2, '0');

function isPast(m: Meeting, now: Date): boolean {
  return meetingEnd(m).getTime() <= now.getTime();
}

/** The year a question without a year is about: this year if the plan has its calendar, else the plan's latest. */
export function defaultYear(plan: Plan, now: Date): number {
  const y = Number(stockholmDate(now).slice(0, 4));
  if (plan.calendarYears.includes(y)) return y;
  // Long after the plan (the real clock): the plan's own calendar year, as for a day written without a year.
  if (pastThePlan(plan, now)) return undatedYear(plan, now);
  return Math.max(...plan.calendarYears, ...plan.meetings.map(meetingYear));
}

/** Whether a meeting is of the bodies and hosted by the municipalities the question names (if any). */
function inScope(q: Query): (m: Meeting) => boolean {
  return (m) => (!q.bodies.length || q.bodies.includes(m.body)) && !q.excludedBodies?.includes(m.body) && (!q.municipalities.length || m.hosts.some((h) => q.municipalities.includes(h)));
}

/** Whether a meeting falls on one of these ISO weekdays (any of its days; a month-only date cannot say, so it stays). */
function onWeekdays(m: Meeting, weekdays: number[]): boolean {
  if (m.date.kind === 'month') return true;
  for (let t = Date.parse(`${firstDate(m)}T12:00:00Z`), end = Date.parse(`${lastDate(m)}T12:00:00Z`); t <= end; t += 86_400_000) {
    if (weekdays.includes(((new Date(t).getUTCDay() + 6) % 7) + 1)) return true;
  }
  return false;
}

/** "hittills", "har varit", "which have already been held" in a listing (a yes/no "has it already been?" is a claim). */
const heldAsked = (q: Query) => q.cues.includes('held') || (q.cues.includes('already') && !q.form);

/** The one body the question names, to look in that body's meetings only. */
const oneBody = (q: Query) => (q.bodies.length === 1 ? q.bodies[0] : undefined);

/** The planned meetings in scope within a period, in order. */
function meetingsIn(plan: Plan, q: Query, p: Period, now?: Date): Meeting[] {
  const scope = inScope(q);
  // "vilka av dem är på fredagar?", "SK-möten på torsdagar i höst": only meetings on those weekdays. (A
  // weekday written with a day of its own, "LG on Wednesday 20 May", is a claim to correct, not a filter.)
  const filter = q.weekdays.length > 0 && !q.relativeDay && (!q.dates.length || q.followUp);
  const ok = filter ? (m: Meeting) => scope(m) && onWeekdays(m, q.weekdays) : scope;
  // "vilka SK-möten är kvar före sommaren": only those not yet held.
  // ("vilka möten har varit i höst", "hittills i år": only those held; 'remaining' wins where both are said.)
  // ("nästa heldag i höst", "next meeting this autumn": the next is one not yet held.)
  // (On a clock past the whole plan, a period is read in the plan's year: none of it is "left", and "nästa LG i höst"
  // asks about that autumn, so nothing is left out for being held.)
  const clock = now && !pastThePlan(plan, now) ? now : undefined;
  const left = clock && (q.cues.includes('remaining') || q.cues.includes('next')) ? (m: Meeting) => !isPast(m, clock) : clock && heldAsked(q) ? (m: Meeting) => isPast(m, clock) : () => true;
  // "vilka heldagar är det i höst?", "nästa heldag efter sommaren": only the full-day meetings.
  const fullDay = q.cues.includes('allDay') ? (m: Meeting) => m.time.kind === 'allDay' : () => true;
  return meetingsBetween(plan, p.from, p.to, oneBody(q)).filter((m) => inPeriod(m, p) && ok(m) && left(m) && fullDay(m));
}

/**
 * The year a listing without a year covers. A plan with one year's calendar lists all of it; a plan with
 * several (as the secretariat adds years) lists the year in focus (this year's, or the plan's latest) and
 * says which other years there are: a listing stays a chat message however many years the plan holds.
 */
function listingYear(plan: Plan, q: Query, now: Date): { year?: number; scoped: boolean } {
  if (q.years.length) return { year: q.years[0], scoped: false };
  return plan.calendarYears.length > 1 ? { year: defaultYear(plan, now), scoped: true } : { scoped: false };
}

/** "The plan also has the calendar for 2000–2010 and 2012–2099. Ask for a year: "kalender 2012"." */
function otherYears(plan: Plan, year: number, lang: Query['lang'], ask: (y: number) => string): Block[] {
  const others = plan.calendarYears.filter((y) => y !== year);
  if (!others.length) return [];
  const example = others.find((y) => y > year) ?? others.at(-1)!;
  return [{
    type: 'text',
    subtle: true,
    text: say(lang, 'thePlanAlsoHas', yearsText(others, lang), ask(example)),
  }];
}

function subject(plan: Plan, q: Query): string {
  return q.bodies.length ? listText(q.bodies.map((b) => bodyName(plan, b)), q.lang) : '';
}

/** The plan's Swedish words for how often a body is held, in English (the lexicon's glosses.frequencies), for English answers. */
function frequencyGloss(data: AnswerInput['data'], lang: string, frequency: string): string | undefined {
  const glosses = data?.glosses?.frequencies;
  const key = fold(frequency);
  return lang === 'en' && glosses && Object.hasOwn(glosses, key) ? glosses[key] : undefined;
}

/**
 * "nästa SK?" when every meeting of the plan has been held (the real clock, years after a yearly plan): the plan's
 * calendar has ended, headed with the last meeting of what was asked; where no body was named, each body's last
 * meeting; a body with a host rotation also says the rotation's last year. `last`: the latest meeting in scope.
 */
function calendarEnded({ q, plan, now }: AnswerInput, last: Meeting): Answer {
  const lang = q.lang;
  const body = q.bodies.length === 1 ? q.bodies[0] : undefined;
  const blocks: Block[] = [meetingFacts(plan, last, lang)];
  if (!body) {
    const lasts = plan.bodies.map((b) => held(plan, now, b.id, 1)[0]).filter((m): m is Meeting => Boolean(m)).sort((a, b) => firstDate(a).localeCompare(firstDate(b)));
    if (lasts.length > 1) blocks.push({ type: 'heading', text: say(lang, 'theLastMeetingsWere') }, { type: 'list', items: lasts.map((m) => meetingLine(plan, m, lang, { past: true })) });
  }
  const rotation = body ? plan.hostRotations.filter((r) => r.body === body).sort((a, b) => b.year - a.year)[0] : undefined;
  if (rotation) blocks.push({ type: 'text', text: say(lang, 'theRotationEnds', bodyName(plan, rotation.body), rotation.year, municipalityName(plan, rotation.host)) });
  return {
    reply: reply('lastMeeting', lang, say(lang, 'theCalendarHasEnded', subject(plan, q), formatWhen(last, lang)), blocks),
    context: contextOf(q, { meetingId: last.id }),
  };
}

export function nextMeeting({ q, plan, now, data }: AnswerInput): Answer {
  const lang = q.lang;
  const bodies = q.bodies.length ? q.bodies : [undefined];
  const found: Meeting[] = [];
  // "näst nästa", "the meeting after next": the second one coming.
  const skip = q.cues.includes('afterNext') ? 1 : 0;
  // "nästa heldag": the next full-day meeting.
  const ok = q.cues.includes('allDay') ? (m: Meeting) => m.time.kind === 'allDay' : undefined;
  // Two or more bodies named ("when and where are the rådslag and the key figures day?"): each body's next
  // meeting, or where it has none left this year, this year's (held) one, so each is answered.
  const thisYear = Number(stockholmDate(now).slice(0, 4));
  const several = bodies.length > 1;
  // "nästa två LG-möten", "next 3 meetings": that many coming meetings of each body asked (of all, where none is).
  const many = q.nextCount ?? 1;
  for (const b of bodies) {
    if (many > 1) {
      found.push(...upcoming(plan, now, b, skip + many, ok).slice(skip));
      continue;
    }
    const next = upcoming(plan, now, b, skip + 1, ok)[skip];
    const was = several && b && (!next || meetingYear(next) > thisYear) ? held(plan, now, b, 1, ok)[0] : undefined;
    const pick = was && meetingYear(was) === thisYear ? was : next;
    if (pick) found.push(pick);
  }
  if (found.length === 0) {
    const who = subject(plan, q);
    const body = q.bodies[0];
    // A rotating event (rådslaget) has a known host for coming years even where the date is not set.
    const nextYear = thisYear + (body && meetingsOfYear(plan, thisYear, body).length ? 1 : 0);
    const rotation = body ? plan.hostRotations.filter((r) => r.body === body && r.year >= nextYear).sort((a, b) => a.year - b.year)[0] : undefined;
    if (rotation) {
      const host = municipalityName(plan, rotation.host);
      // This year's has been: say when and where it was, too.
      const was = held(plan, now, body, 1)[0];
      return {
        reply: reply('nextMeeting', lang, say(lang, 'nextHostedBy', bodyName(plan, rotation.body), rotation.year, host), [
          { type: 'text', text: say(lang, 'byTheHostRotation', host, rotation.year) },
          ...(was ? [{ type: 'text' as const, subtle: true, text: say(lang, 'thisYearsWas', formatWhen(was, lang), was.hosts.length ? hostsText(plan, was, lang) : undefined) }] : []),
        ]),
        // This year's meeting, shown too, is what "och veckan efter?" counts from.
        context: contextOf(q, { intent: 'rotationHost', years: [rotation.year], bodies: [rotation.body], ...(was ? { meetingId: was.id } : {}) }),
      };
    }
    const last = held(plan, now, body, 1)[0];
    // Long after the plan (the real clock): the plan's calendar has ended; say so, with its last meetings.
    if (last && !upcoming(plan, now, undefined, 1).length) return calendarEnded({ q, plan, now, data }, last);
    // "När är planeringskonferensen?" after it was held: say when it was, rather than nothing.
    if (last && body && !q.cues.includes('next')) {
      return {
        reply: reply('lastMeeting', lang, say(lang, 'wasOnItHas', bodyName(plan, last.body), formatWhen(last, lang)), [
          meetingFacts(plan, last, lang),
          { type: 'text', subtle: true, text: say(lang, 'thePlanHasNoLater') },
        ]),
        context: contextOf(q, { meetingId: last.id }),
      };
    }
    return notInPlan(
      q,
      plan,
      say(lang, 'noMoreMeetings', who, formatDay(stockholmDate(now), lang), last ? formatWhen(last, lang) : undefined),
    );
  }
  const first = found[0]!;
  // The headline says when: "Nästa möte: Ledningsgruppen fredag 20 maj" (the facts below give year and time).
  const day = first.date.kind === 'month' ? formatMonth(first.date.month, lang) : formatDay(firstDate(first), lang, false);
  // "vem är värd för nästa SK": the host is what was asked, so it is in the headline.
  const title = found.length === 1 && q.cues.includes('host') && first.hosts.length
    ? say(lang, 'hostOfTheNext', bodyName(plan, first.body), day, hostsText(plan, first, lang))
    : found.length === 1
      ? say(lang, 'nextMeeting', bodyName(plan, first.body), day)
      : found.some((m) => isPast(m, now))
        ? listText([...new Set(found.map((m) => bodyName(plan, m.body)))], lang)
        : say(lang, 'nextMeetingsTitle');
  const blocks: Block[] = found.flatMap((m) => [meetingFacts(plan, m, lang)]);
  // "när görs nyckeltalsuppföljningen": a yearly event's time as the plan words it ("årligen, under hösten").
  const yearly = found.length === 1 && q.cues.includes('when') ? plan.bodies.find((b) => b.id === first.body && b.frequency && meetingsOfYear(plan, meetingYear(first), b.id).length === 1) : undefined;
  if (yearly) blocks.push({ type: 'text', subtle: true, text: say(lang, 'thePlanSaysFrequency', yearly.frequency!, frequencyGloss(data, lang, yearly.frequency!)) });
  const start = meetingStart(first);
  if (start && start.getTime() <= now.getTime() && !isPast(first, now)) blocks.push({ type: 'text', text: say(lang, 'theMeetingIsOn'), subtle: true });
  return {
    reply: reply('nextMeeting', lang, title, blocks, [
      { kind: 'message', title: say(lang, 'andAfterThat'), value: say(lang, 'andAfterThat2') },
    ]),
    context: contextOf(q, { meetingId: found.at(-1)!.id, bodies: q.bodies, answerMunicipalities: [...new Set(found.flatMap((m) => m.hosts))], ...namedMeetings(found) }),
  };
}

interface Period {
  from: string;
  to: string;
  label: string;
  /** Month-only meetings count when their month is the period. */
  month?: string;
  /** Month-only meetings count when their month is one of these. */
  months?: string[];
  /** Only meetings in `months` count (months named apart, "juni och september"), not those between. */
  only?: boolean;
}

/**
 * The first and last day of a period of the year asked about. "innan jul" asked in its own year starts today
 * and ends on the last day still before it (24 December): what has been is not before Christmas any more.
 */
function periodDays(q: Query, y: number, now?: Date): { from: string; to: string; fromNow: boolean } | undefined {
  const p = q.period;
  if (!p) return undefined;
  let from = `${y}-${pad(p.from)}-01`;
  const to = `${y}-${pad(p.to)}-${pad(p.untilDay ?? new Date(Date.UTC(y, p.to, 0)).getUTCDate())}`;
  const today = now ? stockholmDate(now) : undefined;
  const fromNow = Boolean(p.fromNow && today && today > from && today <= to);
  if (fromNow) from = today!;
  return { from, to, fromNow };
}

function periodOf(q: Query, year?: number, now?: Date): Period | undefined {
  const lang = q.lang;
  // "under våren", "efter sommaren", "first half of the year": those months of the year asked about.
  if (q.period && !q.dates.length && !q.month && !q.week && year !== undefined) {
    const y = (q.years[0] ?? year) + (q.period.nextYear ? 1 : 0);
    const { from, to, fromNow } = periodDays(q, y, now)!;
    const name = (m: number) => formatMonth(`${y}-${pad(m)}`, lang).replace(/ \d+$/, '');
    const first = Number(from.slice(5, 7));
    const label = fromNow || q.period.untilDay ? `${formatDay(from, lang, false)}–${formatDay(to, lang)}` : `${name(q.period.from)}–${name(q.period.to)} ${y}`;
    return { from, to, label, months: Array.from({ length: q.period.to - first + 1 }, (_, i) => `${y}-${pad(first + i)}`) };
  }
  if (q.dates.length) {
    const sorted = [...q.dates].sort();
    const from = sorted[0]!;
    const to = sorted.at(-1)!;
    const label = from === to ? say(lang, 'on', formatDay(from, lang)) : `${formatDay(from, lang)}–${formatDay(to, lang)}`;
    return { from, to, label };
  }
  // "i september och oktober", "sept o okt": the months named, and only those (not the ones between).
  if (q.months && q.months.length > 1) {
    const ms = [...q.months].sort((a, b) => a.year - b.year || a.month - b.month);
    const key = (x: { year: number; month: number }) => `${x.year}-${pad(x.month)}`;
    const last = ms.at(-1)!;
    const oneYear = ms.every((x) => x.year === last.year);
    const names = ms.map((x) => (oneYear ? formatMonth(key(x), lang).replace(/ \d+$/, '') : formatMonth(key(x), lang)));
    const label = say(lang, 'in', `${listText(names, lang)}${oneYear ? ` ${last.year}` : ''}`);
    return { from: `${key(ms[0]!)}-01`, to: `${key(last)}-${pad(new Date(Date.UTC(last.year, last.month, 0)).getUTCDate())}`, label, months: ms.map(key), only: true };
  }
  if (q.month) {
    const { year, month } = q.month;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const m = `${year}-${pad(month)}`;
    return { from: `${m}-01`, to: `${m}-${pad(last)}`, label: say(lang, 'in', formatMonth(m, lang)), month: m };
  }
  if (q.week) {
    const label = q.week.number ? say(lang, 'week2', q.week.number) : Number.isNaN(q.week.offset) ? say(lang, 'theWeek') : q.week.offset === 0 ? say(lang, 'thisWeek') : q.week.offset === 1 ? say(lang, 'nextWeek') : q.week.offset === -1 ? say(lang, 'lastWeek') : say(lang, 'theWeek');
    return { from: q.week.from, to: q.week.to, label: `${label} (${formatDay(q.week.from, lang, false)}–${formatDay(q.week.to, lang)})` };
  }
  return undefined;
}

function inPeriod(m: Meeting, p: Period): boolean {
  if (m.date.kind === 'month') return p.month === m.date.month || Boolean(p.months?.includes(m.date.month));
  if (p.only && p.months && !p.months.includes(firstDate(m).slice(0, 7)) && !p.months.includes(lastDate(m).slice(0, 7))) return false;
  return firstDate(m) <= p.to && lastDate(m) >= p.from;
}

/** "No calendar for 2026", with the years the plan's calendar is for ("2011"; nothing more when it has none). */
function noCalendarFor(q: Query, plan: Plan, year: number): Answer {
  const lang = q.lang;
  return notInPlan(q, plan, say(lang, 'thePlanHasNoCalendar', year, plan.calendarYears.length ? yearsText(plan.calendarYears, lang) : ''));
}

/** Whether the plan has a calendar for that year (for these bodies, where named). */
function coversYear(plan: Plan, year: number, bodies: string[] = []): boolean {
  return plan.calendarYears.includes(year) || plan.meetings.some((m) => meetingYear(m) === year && (!bodies.length || bodies.includes(m.body)));
}

export function meetingsOn({ q, plan, now }: AnswerInput): Answer {
  const lang = q.lang;
  const p = periodOf(q, defaultYear(plan, now), now);
  if (!p) return nextMeeting({ q, plan, now });
  const list = meetingsIn(plan, q, p, q.period ? now : undefined);
  const year = Number(p.from.slice(0, 4));
  if (list.length === 0 && !coversYear(plan, year, q.bodies)) {
    return noCalendarFor(q, plan, year);
  }
  const who = subject(plan, q);
  const title = say(lang, 'meetingsInPeriodTitle', p.label, who);
  if (list.length === 0) {
    // "rådslaget är i april va", "SK:s planeringskonferens i mars": one body named and nothing then is a
    // premise to correct with the body's nearest meeting, in the headline.
    const body = oneBody(q);
    const bodyNear = (keep: (m: Meeting) => boolean) => (body ? [lastBefore(plan, p.from, body, keep), firstAfter(plan, p.to, body, keep)].filter((x): x is Meeting => Boolean(x)) : []);
    // ("södertörnskonferensen 24 mars i salem – vilka var med?": where the place named is wrong too, the body's nearest
    // meeting anywhere.)
    const scoped = bodyNear((m) => inScope(q)(m));
    const near = scoped.length || !q.municipalities.length ? scoped : bodyNear((m) => !q.excludedBodies?.includes(m.body));
    const dist = (m: Meeting) => Math.min(Math.abs(Date.parse(firstDate(m)) - Date.parse(p.from)), Math.abs(Date.parse(lastDate(m)) - Date.parse(p.to)));
    const nearest = near.sort((x, y) => dist(x) - dist(y))[0];
    if (body && nearest) {
      // An event held once that year is not "without a meeting" then: it is elsewhere in the year ("är inte i mars utan …").
      const once = meetingsOfYear(plan, year, body).length === 1 && (q.month || q.period) && !q.dates.length;
      const none = once ? say(lang, 'isNotButOn', bodyName(plan, body), p.label, formatWhen(nearest, lang)) : say(lang, 'hasNoMeetingThe', bodyName(plan, body), p.label, formatWhen(nearest, lang));
      // "any LG meeting in august?" asks whether there is one: the answer says no first.
      const head = q.form === 'yesNo' || q.cues.includes('existence') ? `${say(lang, 'no')} – ${none}` : none;
      return {
        reply: reply('meetingsOn', lang, head, [meetingFacts(plan, nearest, lang)]),
        context: contextOf(q, { meetingId: nearest.id }),
      };
    }
    // "vad har vi nästa vecka" with nothing that week: the nearest meeting still to come (else the nearest held), so the
    // answer points somewhere; "nästa vecka" stays the week after this one.
    const today = stockholmDate(now);
    const around = [lastBefore(plan, p.from, undefined, inScope(q)), firstAfter(plan, p.to, undefined, inScope(q))].filter((x): x is Meeting => Boolean(x));
    const coming = around.filter((m) => lastDate(m) >= today);
    const closest = (coming.length ? coming : around).sort((x, y) => dist(x) - dist(y))[0];
    return {
      reply: reply('meetingsOn', lang, title, [
        { type: 'text', text: say(lang, 'noMeetingsAccordingTo', p.label) },
        ...(closest ? [{ type: 'text' as const, text: say(lang, 'nearestInThePlan') }, meetingFacts(plan, closest, lang)] : []),
      ]),
      // (The context stays the period's: "och veckan efter?" moves from the week asked, not from the meeting shown.)
      context: contextOf(q),
    };
  }
  // "nästa LG i höst", "next SK after the summer": the one next meeting in the period (per body, where several are
  // named), headed as that meeting, not the period's list. (The list is already only the meetings still to come.) A
  // body or a meeting is asked for: "what's coming up this month?" asks for what is still to come, a list.
  if (q.cues.includes('next') && (q.bodies.length || q.cues.includes('meeting')) && (q.period || q.month) && !q.dates.length && !q.cues.includes('count')) {
    const picks = (q.bodies.length > 1 ? q.bodies : [undefined]).map((b) => list.find((m) => !b || m.body === b)).filter((m): m is Meeting => Boolean(m));
    if (picks.length === 1) {
      const m = picks[0]!;
      const head = say(lang, 'nextMeetingIn', p.label, bodyName(plan, m.body), formatWhen(m, lang));
      return { reply: reply('meetingsOn', lang, m.hosts.length ? `${head} – ${say(lang, 'host').toLowerCase()}: ${hostsText(plan, m, lang)}` : head, [meetingFacts(plan, m, lang)]), context: contextOf(q, { meetingId: m.id }) };
    }
  }
  const blocks: Block[] =
    list.length === 1 ? [meetingFacts(plan, list[0]!, lang)] : [{ type: 'list', items: list.map((m) => meetingLine(plan, m, lang, { past: isPast(m, now) })) }];
  return { reply: reply('meetingsOn', lang, title, blocks), context: contextOf(q, { meetingId: list.at(-1)!.id, ...namedMeetings(list) }) };
}

export function adjacentMeeting({ q, plan, now }: AnswerInput): Answer {
  const lang = q.lang;
  const anchorMeeting = q.meetingId ? plan.meetings.find((m) => m.id === q.meetingId) : undefined;
  let anchorDate: string | undefined;
  let body = q.bodies[0];
  if (anchorMeeting) {
    anchorDate = q.relation === 'before' ? firstDate(anchorMeeting) : lastDate(anchorMeeting);
    body = q.bodies.length && !q.followUp ? q.bodies[0] : anchorMeeting.body;
    if (q.followUp && q.bodies.length && q.bodies[0] !== anchorMeeting.body) body = q.bodies[0];
    // (A step among every body's meetings, continued: "och efter det?" after "vad kommer efter rådslaget?".)
    if (q.followUp && q.anyBody && !q.bodies.length) body = undefined;
  } else if (q.dates.length) {
    const day = q.dates[0]!;
    // "nästa möte efter 22/9": with no body named, the next meeting of any body (the day is only a point in time).
    anchorDate = day;
  } else if (q.month) {
    anchorDate = q.relation === 'before' ? `${q.month.year}-${pad(q.month.month)}-01` : `${q.month.year}-${pad(q.month.month)}-31`;
  } else if (q.municipalities.length) {
    // "the one in Salem": the body's meeting that municipality hosts.
    const hosted = plannedMeetings(plan, body).find((m) => m.hosts.some((h) => q.municipalities.includes(h)));
    if (hosted) {
      anchorDate = q.relation === 'before' ? firstDate(hosted) : lastDate(hosted);
      body = body ?? hosted.body;
    }
  }
  if (!anchorDate) return nextMeeting({ q, plan, now });
  const found =
    q.relation === 'before'
      ? lastBefore(plan, anchorDate, body, (m) => m.id !== anchorMeeting?.id)
      : firstAfter(plan, anchorDate, body, (m) => m.id !== anchorMeeting?.id && (m.date.kind !== 'month' || `${m.date.month}-31` > anchorDate!));
  const who = body ? bodyName(plan, body) : '';
  if (!found) {
    return notInPlan(
      q,
      plan,
      q.relation === 'before'
        ? say(lang, 'noEarlierMeeting', who)
        : say(lang, 'noLaterMeeting', who),
    );
  }
  const date = found.date.kind === 'month' ? formatMonth(found.date.month, lang) : formatDay(firstDate(found), lang, false);
  // "which date and värd?": the host asked is in the headline too.
  const day = q.cues.includes('host') && found.hosts.length ? `${date} – ${say(lang, 'host')}: ${hostsText(plan, found, lang)}` : date;
  const title = q.relation === 'before'
    ? say(lang, 'theMeetingBefore', bodyName(plan, found.body), day)
    : say(lang, 'theMeetingAfter', bodyName(plan, found.body), day);
  const again = q.relation === 'before' ? say(lang, 'andBeforeThat') : say(lang, 'andAfterThat2');
  return {
    reply: reply('adjacentMeeting', lang, title, [meetingFacts(plan, found, lang)], [
      { kind: 'message', title: again, value: again },
    ]),
    // ("vilket LG före SK 3/11?": the second body named owns the anchor day, kept for "och före SK 8/12?".)
    context: contextOf(q, { intent: 'adjacentMeeting', meetingId: found.id, bodies: [found.body], dates: [], ...(body ? {} : { anyBody: true }), ...(!anchorMeeting && q.dates.length === 1 && q.bodies.length === 2 && q.bodies[1] !== found.body ? { anchorBody: q.bodies[1] } : {}) }),
  };
}

export function meetingHost(input: AnswerInput): Answer {
  const { q, plan, now } = input;
  const lang = q.lang;
  const p = periodOf(q, defaultYear(plan, now));
  let list: Meeting[];
  // "vem är värd då?" after "sista SK i år?": a follow-up with no day of its own asks of the meeting just answered,
  // not of the body's next one.
  const answered = !p && q.followUp && q.meetingId ? plan.meetings.find((m) => m.id === q.meetingId && (!q.bodies.length || q.bodies.includes(m.body))) : undefined;
  // "vem är värd för SK 2012?", "who hosts the committee in 2012?": a year named that the body's next meeting is not in
  // asks of that year's meetings, each with its host (not of the next meeting, in another year).
  const year = !p && !answered && q.years.length === 1 && q.bodies.length ? q.years[0]! : undefined;
  const ofYear = year !== undefined ? q.bodies.flatMap((b) => plannedMeetings(plan, b).filter((m) => meetingYear(m) === year)) : [];
  const nextInYear = year !== undefined && q.bodies.every((b) => {
    const next = upcoming(plan, now, b, 1)[0];
    return next !== undefined && meetingYear(next) === year;
  });
  if (p) list = meetingsIn(plan, q, p);
  else if (answered) list = [answered];
  else if (year !== undefined && !nextInYear) {
    if (!ofYear.length) return notInPlan(q, plan);
    list = ofYear;
  } else if (q.bodies.length) list = q.bodies.map((b) => upcoming(plan, now, b, 1)[0] ?? held(plan, now, b, 1)[0]).filter((m): m is Meeting => Boolean(m));
  else list = upcoming(plan, now, undefined, 1);
  if (list.length === 0) {
    if (p && !coversYear(plan, Number(p.from.slice(0, 4)))) return notInPlan(q, plan);
    // "och i oktober?" after the September SK: say that the body has no meeting then, and its nearest.
    const body = oneBody(q);
    const near = p && body ? [lastBefore(plan, p.from, body, () => true), firstAfter(plan, p.to, body, () => true)].filter((x): x is Meeting => Boolean(x)) : [];
    const nearest = near.sort((x, y) => Math.abs(Date.parse(firstDate(x)) - Date.parse(p!.from)) - Math.abs(Date.parse(firstDate(y)) - Date.parse(p!.from)))[0];
    // "rådslaget 24 april, var är det": a day written wrongly is a false premise, corrected with the meeting's host;
    // so is a month written wrongly for an event held once that year ("SK:s planeringskonferens i mars, vilka datum?").
    // ("när på våren är nyckeltalsdagen?": a season written wrongly is the same premise.)
    const once = p && body && (q.month || q.period) && !q.dates.length ? meetingsBetween(plan, `${p.from.slice(0, 4)}-01-01`, `${p.from.slice(0, 4)}-12-31`, body).length === 1 : false;
    if (p && body && nearest && !q.relativeDay && ((q.dates.length && nearest.hosts.length) || once)) {
      return {
        reply: reply('meetingHost', lang, say(lang, 'isNotButOn', bodyName(plan, body), p.label, formatWhen(nearest, lang)), [meetingFacts(plan, nearest, lang)]),
        context: contextOf(q, { meetingId: nearest.id }),
      };
    }
    if (p && body && nearest) {
      return {
        ...notInPlan(q, plan, say(lang, 'thePlanHasNoMeeting', bodyName(plan, body), p.label, meetingLine(plan, nearest, lang, { body: false }))),
        context: contextOf(q, { meetingId: nearest.id }),
      };
    }
    return notInPlan(q, plan, say(lang, 'iCannotFindSuch'));
  }
  if (list.every((m) => !m.hosts.length)) {
    return {
      ...notInPlan(q, plan, say(lang, 'noHostOrPlaceFor', list.map((m) => `${bodyName(plan, m.body)} ${formatWhen(m, lang)}`).join('; '))),
      context: contextOf(q, { meetingId: list.at(-1)!.id }),
    };
  }
  // The headline names the meeting the host is of: "Värd för Ledningsgruppen … " is what was asked.
  const one = list[0]!;
  const oneDay = one.date.kind === 'month' ? formatMonth(one.date.month, lang) : formatDay(firstDate(one), lang, false);
  const title = list.length === 1
    ? say(lang, 'hostOfMeetingOn', bodyName(plan, one.body), oneDay, hostsText(plan, one, lang))
    : say(lang, 'hosts');
  return {
    reply: reply('meetingHost', lang, title, list.length === 1 ? [meetingFacts(plan, list[0]!, lang)] : [{ type: 'list', items: list.map((m) => meetingLine(plan, m, lang)) }]),
    context: contextOf(q, { meetingId: list.at(-1)!.id, answerMunicipalities: [...new Set(list.flatMap((m) => m.hosts))], ...namedMeetings(list) }),
  };
}

/**
 * Why a municipality hosts none of the meetings asked about: the body named has no hosts in the plan at all
 * ("när är Haninge värd för LG?"), or others host its meetings, or the municipality hosts nothing.
 */
function noneHosted(plan: Plan, q: Query, name: string, lang: 'sv' | 'en'): string {
  const body = oneBody(q);
  if (!body) return say(lang, 'hostsNoMeetingIn', name);
  if (!plannedMeetings(plan, body).some((m) => m.hosts.length)) return say(lang, 'thePlanNamesNoHostsFor', bodyName(plan, body));
  return say(lang, 'hostsNoMeetingOf', name, bodyName(plan, body));
}

export function municipalityMeetings({ q, plan, now }: AnswerInput): Answer {
  const lang = q.lang;
  const blocks: Block[] = [];
  const next = q.cues.includes('next');
  // The next one is the next one whatever its year; a listing covers the years asked for, or the year in focus.
  const { year, scoped } = next ? { year: undefined, scoped: false } : listingYear(plan, q, now);
  const years = q.years.length ? q.years : year !== undefined ? [year] : [];
  const listed: Meeting[] = [];
  for (const id of q.municipalities) {
    const name = municipalityName(plan, id);
    const ok = (m: Meeting) => m.hosts.includes(id) && (!q.bodies.length || q.bodies.includes(m.body));
    const ofYears = (ys: number[]) => [...new Set(ys)].sort((a, b) => a - b).flatMap((y) => meetingsOfYear(plan, y, oneBody(q)).filter(ok));
    let list = next
      ? upcoming(plan, now, oneBody(q), 1, (m) => ok(m) && (!q.years.length || q.years.includes(meetingYear(m))))
      : years.length
        ? ofYears(years)
        : plannedMeetings(plan, oneBody(q)).filter(ok);
    if (scoped && !list.length) {
      // Nothing hosted in the year in focus: the year of the next meeting it hosts, or of the last.
      const other = upcoming(plan, now, oneBody(q), 1, ok)[0] ?? held(plan, now, oneBody(q), 1, ok)[0];
      if (other) list = ofYears([meetingYear(other)]);
    }
    // "vad har Botkyrka för värdskap efter sommaren?": only what it hosts in the period asked.
    const inP = q.period && !q.month && !q.dates.length ? periodOf(q, years[0] ?? defaultYear(plan, now), now) : undefined;
    if (inP) list = list.filter((m) => inPeriod(m, inP));
    listed.push(...list);
    // Per rotating body, its years: "Södertörns rådslag 2013" or "Södertörns rådslag 2005, 2013 och 2021".
    const hostYears = new Map<string, number[]>();
    for (const r of plan.hostRotations) if (r.host === id) hostYears.set(r.body, [...(hostYears.get(r.body) ?? []), r.year]);
    const rotation = [...hostYears].map(([body, ys]) => `${bodyName(plan, body)} ${listText(ys.sort((a, b) => a - b).map(String), lang)}`);
    const joint = plan.bodies.filter((b) => b.hostMunicipality === id).map((b) => b.name);
    if (q.municipalities.length > 1) blocks.push({ type: 'heading', text: name });
    blocks.push(
      list.length
        ? { type: 'list', items: list.map((m) => meetingLine(plan, m, lang, { past: isPast(m, now) })) }
        : { type: 'text', text: noneHosted(plan, q, name, lang) },
    );
    if (rotation.length && !q.bodies.length && !inP) blocks.push({ type: 'text', text: say(lang, 'hostOf3', listText(rotation, lang)) });
    if (joint.length && !q.bodies.length) blocks.push({ type: 'text', text: say(lang, 'hostMunicipalityOf', listText(joint, lang)) });
  }
  const names = listText(q.municipalities.map((m) => municipalityName(plan, m)), lang);
  if (scoped) blocks.push(...otherYears(plan, year!, lang, (y) => say(lang, 'municipalityMeetingsInYear', names, y)));
  // One meeting found: it is what "och efter det?" refers to.
  const only = [...new Set(listed)];
  // Nothing hosted: the headline says so ("Salem är värd för" over nothing would claim the opposite).
  const none = !only.length && q.municipalities.length === 1 && !q.cues.includes('count') ? noneHosted(plan, q, names, lang) : undefined;
  if (none) blocks.splice(blocks.findIndex((b) => b.type === 'text' && b.text === none), 1);
  return {
    // "hur många möten är Nynäshamn värd för": the count in the headline.
    reply: reply('municipalityMeetings', lang, none ? none.replace(/\.$/, '') : q.cues.includes('count') ? say(lang, 'municipalityHostsCount', names, q.municipalities.length, only.length, years.length ? years.join(', ') : undefined) : say(lang, 'municipalityHostsTitle', names), blocks),
    context: contextOf(q, only.length === 1 ? { meetingId: only[0]!.id } : namedMeetings(only)),
  };
}

/**
 * "Which body meets more often, the SK or the LG?", "träffas LG oftare än SK?": the bodies' counts compared, equal or
 * the most; a yes/no claims the body named first meets more often than the rest.
 */
function oftenerTitle(q: AnswerInput['q'], plan: AnswerInput['plan'], counts: Map<string, number>, year: number): string {
  const lang = q.lang;
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [top, n] = ranked[0]!;
  const equal = ranked.every(([, c]) => c === n);
  const fact = equal
    ? say(lang, 'meetEquallyOften', listText(ranked.map(([b]) => bodyName(plan, b)), lang), n, year)
    : say(lang, ranked.length === 2 ? 'meetsMoreOften' : 'meetsMostOften', bodyName(plan, top), n, listText(ranked.slice(1).map(([b, c]) => say(lang, 'meetingsCounted', bodyName(plan, b), c)), lang), year);
  if (q.form !== 'yesNo') return fact;
  const first = q.mentions?.find((m) => m.kind === 'body' && counts.has(m.id))?.id ?? top;
  const yes = ranked.every(([b, c]) => b === first || counts.get(first)! > c);
  // ("Lika ofta: …" reads on after the dash in lower case; a body's name keeps its capital.)
  return `${say(lang, yes ? 'yes' : 'no')} – ${equal ? fact.charAt(0).toLowerCase() + fact.slice(1) : fact}`;
}

export function countMeetings(input: AnswerInput): Answer {
  const { q, plan, now } = input;
  // "Hur många SK-möten har Salem 2011?": a count of one municipality's meetings is the meetings it hosts,
  // counted, as "how many meetings does Botkyrka host" already was (not the body's whole year).
  if (q.municipalities.length && !q.cues.includes('remaining') && !q.period && !q.month) return municipalityMeetings({ ...input, q: { ...q, cues: q.cues.includes('count') ? q.cues : [...q.cues, 'count'] } });
  const lang = q.lang;
  // "hur många LG kvar efter 20/5?": the days from the one named to the end of its year (understand.ts), as a span.
  const daySpan = q.dates.length === 2 && !q.relativeDay && q.dates[0]! <= q.dates[1]! ? { from: q.dates[0]!, to: q.dates[1]!, fromNow: false } : undefined;
  const year = daySpan ? Number(daySpan.from.slice(0, 4)) : q.years[0] ?? q.month?.year ?? defaultYear(plan, now) + (q.period?.nextYear ? 1 : 0);
  // "under hösten", "i september": only the meetings in those months (a month is a period of one).
  const span = q.period ?? (q.month ? { from: q.month.month, to: q.month.month } : undefined);
  const bodies = q.bodies.length ? q.bodies : plan.bodies.filter((b) => plan.meetings.some((m) => m.body === b.id)).map((b) => b.id);
  if (!coversYear(plan, year, q.bodies)) return noCalendarFor(q, plan, year);
  const lines: string[] = [];
  let total = 0;
  const counts = new Map<string, number>();
  const remaining = q.cues.includes('remaining');
  const heldOnly = heldAsked(q);
  for (const b of bodies) {
    // ("hur många möten är det kvar före jul": from today to Christmas Eve.)
    const days = daySpan ?? periodDays(q, year, now);
    const inMonths = (m: Meeting) => (days ? firstDate(m) >= days.from && firstDate(m) <= days.to : !span || (Number(firstDate(m).slice(5, 7)) >= span.from && Number(firstDate(m).slice(5, 7)) <= span.to));
    const list = meetingsOfYear(plan, year, b).filter((m) => (!remaining || !isPast(m, now)) && (remaining || !heldOnly || isPast(m, now)) && inMonths(m));
    // Counting over a span of the year, every body: the bodies that meet in it, with their days.
    if ((span || daySpan) && !q.bodies.length && !list.length) continue;
    total += list.length;
    counts.set(b, list.length);
    const body = plan.bodies.find((x) => x.id === b)!;
    const uncertain = list.filter((m) => m.certainty === 'uncertain').length;
    const monthOnly = list.filter((m) => m.date.kind === 'month').length;
    const extra = [
      uncertain ? say(lang, 'ofThemInParentheses', uncertain) : '',
      monthOnly ? say(lang, 'withTheDayNot', monthOnly) : '',
    ].filter(Boolean);
    let line = remaining
      ? say(lang, 'meetingsLeftInYear', body.name, list.length, year)
      : say(lang, 'meetingsInYear', body.name, list.length, year);
    if ((remaining || span || daySpan) && list.length) line += `: ${list.map((m) => formatWhen(m, lang)).join('; ')}`;
    if (extra.length) line += ` (${extra.join(', ')})`;
    if (body.frequency) line += say(lang, 'thePlanSays', body.frequency, frequencyGloss(input.data, lang, body.frequency));
    lines.push(line);
  }
  const left = remaining ? say(lang, 'left') : '';
  const monthName = (m: number) => formatMonth(`${year}-${pad(m)}`, lang).replace(/ \d+$/, '');
  const days = daySpan ?? periodDays(q, year, now);
  const dayName = (d: string) => formatDay(d, lang, false).replace(/^\p{L}+ /u, '');
  const months = days && (days.fromNow || q.period?.untilDay || daySpan) ? ` (${dayName(days.from)}–${dayName(days.to)})` : span ? ` (${span.from === span.to ? monthName(span.from) : `${monthName(span.from)}–${monthName(span.to)}`})` : '';
  const title = bodies.length === 1
    ? say(lang, 'meetingsIn', bodyName(plan, bodies[0]!), total, left, year, months)
    : q.cues.includes('oftener') && counts.size > 1 ? oftenerTitle(q, plan, counts, year) : say(lang, 'meetingsInTheCalendar', total, left, year, months);
  return { reply: reply('countMeetings', lang, title, [{ type: 'list', items: lines }]), context: contextOf(q, { years: [year] }) };
}

export function meetingTime(input: AnswerInput): Answer {
  if (input.q.cues.includes('hoursTotal')) return meetingHours(input) ?? meetingTimeOf(input);
  if (input.q.cues.includes('duration')) return meetingLength(input) ?? meetingTimeOf(input);
  return meetingTimeOf(input);
}

/**
 * "hur många timmar SK-möte återstår totalt i år?", "total hours of LG meetings in the autumn": the lengths of a body's
 * meetings added up, over those left this year, of the period asked, or of the year. A meeting without clock times
 * (all day, lunch to lunch) is named apart, not counted in hours.
 */
function meetingHours({ q, plan, now }: AnswerInput): Answer | undefined {
  const lang = q.lang;
  const year = q.years[0] ?? defaultYear(plan, now);
  const p = periodOf(q, year, now);
  const remaining = q.cues.includes('remaining');
  const all = (p ? meetingsIn(plan, q, p) : meetingsOfYear(plan, year, oneBody(q))).filter((m) => q.bodies.includes(m.body) && m.date.kind !== 'month' && m.status !== 'cancelled' && (!remaining || !isPast(m, now)));
  if (!all.length) return undefined;
  const usual = (m: Meeting) => plan.bodies.find((b) => b.id === m.body)?.usualTime;
  const clockOf = (m: Meeting) => (m.time.kind === 'clock' ? m.time : m.time.kind === 'unknown' ? usual(m) : undefined);
  const timed = all.filter((m) => clockOf(m));
  const untimed = all.filter((m) => !clockOf(m));
  const minutes = timed.reduce((n, m) => n + clockMinutes(clockOf(m)!.start, clockOf(m)!.end), 0);
  const who = listText([...new Set(all.map((m) => bodyName(plan, m.body)))], lang);
  const scope = p ? p.label : remaining ? say(lang, 'hoursLeftIn', year) : String(year);
  const title = say(lang, 'hoursInTotal', who, say(lang, 'spanHours', minutes), timed.length, scope);
  const items = timed.map((m) => `${formatWhen(m, lang)}: ${say(lang, 'spanHours', clockMinutes(clockOf(m)!.start, clockOf(m)!.end))}`);
  const blocks: Block[] = [{ type: 'list', items }];
  if (untimed.length) blocks.push({ type: 'text', subtle: true, text: say(lang, 'hoursNotCounted', untimed.map((m) => formatWhen(m, lang)).join('; ')) });
  return { reply: reply('meetingTime', lang, title, blocks), context: contextOf(q, { years: [year] }) };
}

/** "3 timmar (12.00–15.00)": minutes from a meeting's start to its end, from its clock time or its body's usual one. */
function lengthOf(plan: Plan, lang: Query['lang'], body: string, m: Meeting | undefined): string | undefined {
  const c = (s: string) => say(lang, 'clockTime', s);
  const usual = plan.bodies.find((b) => b.id === body)?.usualTime;
  const clock = m?.time.kind === 'clock' ? m.time : m ? undefined : usual;
  if (clock) return say(lang, 'meetingLasts', bodyName(plan, body), say(lang, 'spanHours', clockMinutes(clock.start, clock.end)), `${c(clock.start)}–${c(clock.end)}`);
  if (!m) return undefined;
  const days = daysBetween(m, { ...m, date: { kind: 'day', date: lastDate(m) } }) + 1;
  const what = m.time.kind === 'lunchToLunch' ? say(lang, 'lunchToLunchSpan') : m.time.kind === 'allDay' && days === 1 ? say(lang, 'allDayNoClock') : m.time.kind === 'allDay' || m.date.kind === 'days' ? say(lang, 'spanDays', days) : undefined;
  return what ? `${bodyName(plan, body)}: ${what}` : undefined;
}

/**
 * "hur länge håller ett SK-möte på", "how many hours is an LG meeting": how long a body's meetings last (its
 * usual time where no day is named), or the meeting of the day named. Undefined when the plan gives no times.
 */
function meetingLength(input: AnswerInput): Answer | undefined {
  const { q, plan, now } = input;
  const lang = q.lang;
  const onDay = q.dates.length ? plan.meetings.filter((m) => m.date.kind !== 'month' && firstDate(m) <= q.dates[0]! && lastDate(m) >= q.dates[0]! && (!q.bodies.length || q.bodies.includes(m.body))) : [];
  // "how long are its meetings?", "hur länge håller det på?" after a meeting's answer: that meeting's length.
  const answered = !onDay.length && q.followUp && q.meetingId && !q.mentions.some((m) => m.kind === 'body') ? plan.meetings.filter((m) => m.id === q.meetingId) : [];
  // "how long does the next meeting last?": with no body named or meeting answered, the next meeting of any body.
  const nextOne = !answered.length && !onDay.length && !q.bodies.length && q.cues.includes('next') ? upcoming(plan, now, undefined, 1) : [];
  const lines = answered.length || nextOne.length
    ? (answered.length ? answered : nextOne).map((m) => lengthOf(plan, lang, m.body, m))
    : onDay.length
    ? onDay.map((m) => lengthOf(plan, lang, m.body, m))
    : q.bodies.map((b) => lengthOf(plan, lang, b, titled(plan, q, b) ?? (plan.bodies.find((x) => x.id === b)?.usualTime ? undefined : upcoming(plan, now, b, 1)[0] ?? held(plan, now, b, 1)[0])));
  const items = lines.filter((l): l is string => Boolean(l));
  if (!items.length) return undefined;
  const compared = q.cues.includes('lengthCompare') && !onDay.length ? lengthsCompared(plan, q, now) : undefined;
  if (compared) return { reply: reply('meetingTime', lang, compared, [{ type: 'list', items }]), context: contextOf(q) };
  // "When does the LG meet and for how long?": where the day is asked too, the body's usual weekday beside its length.
  const asksDay = q.cues.includes('when') || (input.data?.dayAsked ?? []).some((p) => ` ${q.words.join(' ').replace(/[^a-z0-9]+/g, ' ')} `.includes(` ${p} `)) || /\b(veckodag\w*|weekdays?)\b/.test(q.words.join(' '));
  if (asksDay && !onDay.length) {
    const days = q.bodies.map((b) => plan.bodies.find((x) => x.id === b)?.usualTime).filter((t): t is NonNullable<typeof t> => Boolean(t));
    if (days.length === items.length) items.splice(0, items.length, ...items.map((l, k) => l.replace(/\(([^()]*)\)$/, `(${weekdayName(days[k]!.weekday, lang, true)} $1)`)));
  }
  const facts = onDay.map((m) => meetingFacts(plan, m, lang));
  return {
    reply: reply('meetingTime', lang, items.length === 1 ? items[0]! : say(lang, 'meetingLength'), items.length === 1 ? facts : [{ type: 'list', items }, ...facts]),
    context: contextOf(q, onDay.length ? { meetingId: onDay.at(-1)!.id } : nextOne.length ? { meetingId: nextOne[0]!.id } : {}),
  };
}

/**
 * "vilka möten är längst, SK:s eller LG:s, och hur mycket längre?": the two bodies' usual meeting lengths (else their
 * coming meeting's), the longer one first (the shorter where a word of shorter is asked) and the difference.
 * Undefined unless exactly two bodies have a length in hours.
 */
function lengthsCompared(plan: Plan, q: Query, now: Date): string | undefined {
  const minutesOf = (b: string) => {
    const body = plan.bodies.find((x) => x.id === b);
    const m = body?.usualTime ? undefined : upcoming(plan, now, b, 1)[0] ?? held(plan, now, b, 1)[0];
    const clock = body?.usualTime ?? (m?.time.kind === 'clock' ? m.time : undefined);
    return clock ? clockMinutes(clock.start, clock.end) : undefined;
  };
  const both = q.bodies.map((b) => ({ b, minutes: minutesOf(b) }));
  if (both.length !== 2 || both.some((x) => x.minutes === undefined)) return undefined;
  const shorter = q.cues.includes('shorterAsked');
  const [x, y] = [...both].sort((a, c) => (shorter ? a.minutes! - c.minutes! : c.minutes! - a.minutes!));
  const lang = q.lang;
  const hours = (n: number) => say(lang, 'spanHours', n);
  if (x!.minutes === y!.minutes) return say(lang, 'meetingsEquallyLong', bodyName(plan, x!.b), bodyName(plan, y!.b), hours(x!.minutes!));
  return say(lang, shorter ? 'meetsShorter' : 'meetsLonger', bodyName(plan, x!.b), hours(x!.minutes!), bodyName(plan, y!.b), hours(y!.minutes!), hours(Math.abs(x!.minutes! - y!.minutes!)));
}

/**
 * A body's meeting the question names by its title ("LG:s planeringskonferens"), or by another name the plan gives
 * that title (an alias of a body called the same: "the LG planning conference").
 */
function titled(plan: Plan, q: Query, body: string): Meeting | undefined {
  const text = ` ${q.words.join(' ').replace(/[^a-z0-9]+/g, ' ')} `;
  return plan.meetings.find((m) => {
    if (m.body !== body || !m.title || m.date.kind === 'month') return false;
    const title = fold(m.title);
    const names = [title, ...plan.bodies.filter((b) => [b.name, ...b.aliases].some((n) => fold(n).startsWith(title))).flatMap((b) => b.aliases.map(fold))];
    return names.some((n) => n.length >= 6 && text.includes(` ${n}`));
  });
}

function meetingTimeOf({ q, plan, now }: AnswerInput): Answer {
  const lang = q.lang;
  // One meeting: its time is the headline ("Tid: Ledningsgruppen fredag 14 oktober 2011, 08.30–13.00").
  const timeTitle = (list: Meeting[]) => (list.length === 1 ? say(lang, 'timeOfMeeting', bodyName(plan, list[0]!.body), formatWhen(list[0]!, lang)) : say(lang, 'time'));
  const p = periodOf(q, defaultYear(plan, now));
  if (p) {
    const list = meetingsIn(plan, q, p);
    if (list.length) {
      return {
        reply: reply('meetingTime', lang, timeTitle(list), list.map((m) => meetingFacts(plan, m, lang))),
        context: contextOf(q, { meetingId: list.at(-1)!.id }),
      };
    }
  }
  // "vilken tid är rådslaget 2014?": a rotating event's year whose date the calendar does not have says so, with
  // its host, and shows the meetings it has (their time of day is the event's usual one).
  if (q.bodies.length === 1 && q.years.length === 1 && !q.dates.length && !q.month) {
    const body = q.bodies[0]!;
    const y = q.years[0]!;
    const turn = plan.hostRotations.find((r) => r.body === body && r.year === y);
    const known = plannedMeetings(plan, body);
    if (turn && !known.some((m) => meetingYear(m) === y)) {
      return {
        reply: reply('meetingTime', lang, say(lang, 'thePlanDoesNotGiveThe', bodyName(plan, body), y, municipalityName(plan, turn.host)), known.map((m) => meetingFacts(plan, m, lang))),
        context: contextOf(q, { bodies: [body], years: [y], answerMunicipalities: [turn.host] }),
      };
    }
  }
  // "och vilken tid?" after "vem är värd för SK 9/6": the meetings of that day (of the body named).
  const onDay = q.dates.length ? meetingsIn(plan, q, { from: q.dates[0]!, to: q.dates.at(-1)!, label: '' }) : [];
  if (onDay.length) return { reply: reply('meetingTime', lang, timeTitle(onDay), onDay.map((m) => meetingFacts(plan, m, lang))), context: contextOf(q, { meetingId: onDay.at(-1)!.id }) };
  // "lg mötet fjortonde november vilken tid": one body's meeting on a day it has none is no time to give; it says so,
  // with the body's nearest meetings before and after that day (two look-ups in the ordered calendar).
  if (q.dates.length === 1 && q.bodies.length === 1) {
    const day = q.dates[0]!;
    const body = q.bodies[0]!;
    const kept = (m: Meeting) => m.status !== 'cancelled';
    const near = [lastBefore(plan, day, body, kept), firstAfter(plan, day, body, kept)].filter((m): m is Meeting => Boolean(m));
    if (near.length) {
      const title = say(lang, 'hasNoMeetingTheNearest', bodyName(plan, body), say(lang, 'on', formatDay(day, lang)), listText(near.map((m) => formatWhen(m, lang)), lang));
      return { reply: reply('meetingTime', lang, title, near.map((m) => meetingFacts(plan, m, lang))), context: contextOf(q, { meetingId: near.at(-1)!.id, bodies: [body] }) };
    }
  }
  // "hur dags?", "what time?" right after a meeting's answer: that meeting's time (not every body's usual one).
  // ("what time does it start?" after the next LG meeting: the body carried over from that answer, none named here.)
  const namesBody = q.mentions.some((m) => m.kind === 'body');
  const lastMeeting = q.meetingId ? plan.meetings.find((m) => m.id === q.meetingId) : undefined;
  const carried = q.followUp && !namesBody && lastMeeting !== undefined && q.bodies.length === 1 && q.bodies[0] === lastMeeting.body;
  const last = (!q.bodies.length || carried) && !q.cues.includes('meeting') ? lastMeeting : undefined;
  if (last) return { reply: reply('meetingTime', lang, timeTitle([last]), [meetingFacts(plan, last, lang)]), context: contextOf(q, { meetingId: last.id, bodies: [last.body] }) };
  const ids = q.bodies.length ? q.bodies : plan.bodies.filter((b) => b.usualTime).map((b) => b.id);
  const items: string[] = [];
  for (const id of ids) {
    const b = plan.bodies.find((x) => x.id === id);
    if (!b) continue;
    if (b.usualTime) {
      const c = (s: string) => say(lang, 'clockTime', s);
      items.push(`${b.name}: ${weekdayName(b.usualTime.weekday, lang, true)} ${c(b.usualTime.start)}–${c(b.usualTime.end)}`);
    } else {
      const next = upcoming(plan, now, id, 1)[0] ?? held(plan, now, id, 1)[0];
      if (next) items.push(`${b.name}: ${meetingLine(plan, next, lang, { body: false })}`);
    }
  }
  if (!items.length) return notInPlan(q, plan);
  return { reply: reply('meetingTime', lang, say(lang, 'timeOfDay'), [{ type: 'list', items }]), context: contextOf(q) };
}

export function calendar({ q, plan, now }: AnswerInput): Answer {
  const lang = q.lang;
  const focus = listingYear(plan, q, now);
  const { scoped } = focus;
  let year = focus.year;
  const remaining = q.cues.includes('remaining');
  // ("heldagar i år utom rådslaget": only the full-day meetings.)
  const scope = inScope(q);
  const ok = q.cues.includes('allDay') ? (m: Meeting) => scope(m) && m.time.kind === 'allDay' : scope;
  const listOf = (y: number | undefined) =>
    (y === undefined ? plannedMeetings(plan, oneBody(q)) : meetingsOfYear(plan, y, oneBody(q))).filter((m) => ok(m) && (!remaining || !isPast(m, now)) && (remaining || !heldAsked(q) || isPast(m, now)));
  const listOfAll = (y: number | undefined) => (y === undefined ? plannedMeetings(plan, oneBody(q)) : meetingsOfYear(plan, y, oneBody(q))).filter(ok);
  let list = listOf(year);
  if (scoped && !list.length) {
    // Nothing (left) in the year in focus for what was asked: the year of the next such meeting, or of the last.
    const other = upcoming(plan, now, oneBody(q), 1, ok)[0] ?? (remaining ? undefined : held(plan, now, oneBody(q), 1, ok)[0]);
    if (other) list = listOf((year = meetingYear(other)));
  }
  if (year !== undefined && !coversYear(plan, year, q.bodies)) {
    return noCalendarFor(q, plan, year);
  }
  const who = subject(plan, q) || say(lang, 'allBodies');
  const title = say(lang, 'calendarTitle', year, who);
  // "hur många SK-möten är kvar 2011?" once all were held: none left, and the last one, not "no meetings".
  const lastHeld = !list.length && remaining ? listOfAll(year).at(-1) : undefined;
  if (lastHeld) return { reply: reply('calendar', lang, say(lang, 'noMeetingsLeftInYear', who, meetingYear(lastHeld), formatWhen(lastHeld, lang)), [meetingFacts(plan, lastHeld, lang)]), context: contextOf(q, { meetingId: lastHeld.id }) };
  if (!list.length) return notInPlan(q, plan, say(lang, 'noMeetingsFor', who, year));
  // Coming meetings first (what "Visa kalendern" on a reminder wants), then what has already been.
  const line = (m: Meeting) => meetingLine(plan, m, lang, { body: q.bodies.length !== 1 });
  const coming = list.filter((m) => !isPast(m, now));
  const past = list.filter((m) => isPast(m, now));
  const blocks: Block[] = [];
  if (coming.length) blocks.push({ type: 'heading', text: say(lang, 'coming') }, { type: 'list', items: coming.map(line) });
  else if (scoped) blocks.push({ type: 'text', text: say(lang, 'noMoreMeetingsIn2', year) });
  else blocks.push({ type: 'text', text: say(lang, 'noMoreMeetingsInPlan') });
  if (past.length) blocks.push({ type: 'heading', text: say(lang, 'alreadyHeld') }, { type: 'list', items: past.map((m) => meetingLine(plan, m, lang, { body: q.bodies.length !== 1, held: true })) });
  if (scoped) blocks.push(...otherYears(plan, year!, lang, (y) => say(lang, 'calendar2', y)));
  return { reply: reply('calendar', lang, title, blocks), context: contextOf(q) };
}

/** "förra LG-mötet", "the last meeting": the latest one already held (of a body, where named). */
export function lastMeeting({ q, plan, now }: AnswerInput): Answer {
  const lang = q.lang;
  const bodies = q.bodies.length ? q.bodies : [undefined];
  const back = q.cues.includes('beforeLast') ? -2 : -1;
  const found = bodies.map((b) => held(plan, now, b, -back).at(back)).filter((m): m is Meeting => Boolean(m));
  if (!found.length) return notInPlan(q, plan, say(lang, 'thePlanHasNoEarlier'));
  const first = found[0]!;
  return {
    reply: reply('lastMeeting', lang, say(lang, 'lastMeeting', bodyName(plan, first.body)), found.map((m) => meetingFacts(plan, m, lang))),
    context: contextOf(q, { meetingId: found.at(-1)!.id }),
  };
}

/** "42 dagar", or where weeks were asked "6 veckor (42 dagar)", "2 veckor och 6 dagar (20 dagar)". */
function spanText(days: number, lang: Query['lang'], weeks: boolean): string {
  const d = say(lang, 'spanDays', days);
  return weeks && days >= 7 ? say(lang, 'spanWeeksAndDays', say(lang, 'spanWeeks', Math.floor(days / 7), days % 7), d) : d;
}

/**
 * "hur lång tid mellan LG 14/10 och SK 3/11", "how many weeks between LG 20/5 and LG 9/9": the days (and weeks,
 * where asked) between two meetings, each the meeting of a day named or the body's named (by title, else its
 * next one). One body and no second meeting ("mellan SK-mötena i höst"): each gap between its consecutive meetings
 * of the period (or of the year).
 */
function meetingGaps({ q, plan, now }: AnswerInput): Answer {
  const lang = q.lang;
  const weeks = q.cues.includes('inWeeks');
  const fromPoint = q.spanFrom ? orderedPoints(plan, q, now) : undefined;
  if (fromPoint) {
    const [a, b] = firstDate(fromPoint[0]) <= firstDate(fromPoint[1]) ? fromPoint : [fromPoint[1], fromPoint[0]];
    const label = (m: Meeting) => `${bodyName(plan, m.body)} ${formatDay(firstDate(m), lang, false)}`;
    return {
      reply: reply('daysUntil', lang, say(lang, 'timeBetween', spanText(Math.abs(daysBetween(a, b)), lang, weeks), label(a), label(b)), [{ type: 'list', items: [a, b].map((m) => meetingLine(plan, m, lang)) }]),
      context: contextOf(q, { meetingId: fromPoint[1].id }),
    };
  }
  const points: Meeting[] = [];
  q.dates.forEach((d, i) => {
    const on = plan.meetings.filter((m) => m.date.kind !== 'month' && firstDate(m) <= d && lastDate(m) >= d);
    const want = q.bodies.length === q.dates.length ? q.bodies[i] : q.bodies.find((b) => on.some((m) => m.body === b));
    const m = on.find((x) => x.body === want) ?? on[0];
    if (m && !points.includes(m)) points.push(m);
  });
  if (points.length < 2) {
    for (const b of q.bodies) {
      if (points.some((m) => m.body === b) || points.length >= 2) continue;
      // ("mellan södertörnskonferensen och SK i september": a month named is of the body that meets in it.)
      const ym = q.month ? `${q.month.year}-${String(q.month.month).padStart(2, '0')}` : undefined;
      const inMonth = ym ? plannedMeetings(plan, b).find((m) => m.date.kind !== 'month' && firstDate(m).startsWith(ym)) : undefined;
      const m = inMonth ?? titled(plan, q, b) ?? (q.bodies.length > 1 || points.length ? upcoming(plan, now, b, 1)[0] ?? held(plan, now, b, 1)[0] : undefined);
      if (m) points.push(m);
    }
  }
  if (points.length >= 2) {
    const [a, b] = points as [Meeting, Meeting];
    const label = (m: Meeting) => `${bodyName(plan, m.body)} ${formatDay(firstDate(m), lang, false)}`;
    return {
      reply: reply('daysUntil', lang, say(lang, 'timeBetween', spanText(Math.abs(daysBetween(a, b)), lang, weeks), label(a), label(b)), [{ type: 'list', items: [a, b].map((m) => meetingLine(plan, m, lang)) }]),
      context: contextOf(q, { meetingId: b.id }),
    };
  }
  const body = q.bodies[0];
  const year = q.years[0] ?? defaultYear(plan, now);
  const p = periodOf(q, year);
  const list = (p ? meetingsIn(plan, q, p) : meetingsOfYear(plan, year, body)).filter((m) => m.date.kind !== 'month' && (!body || m.body === body)).sort(byStart);
  if (list.length < 2) return notInPlan(q, plan, say(lang, 'fewerThanTwoMeetings'));
  // (Every body's meetings: each day with its body.)
  const day = (m: Meeting) => (body ? '' : `${bodyName(plan, m.body)} `) + formatDay(firstDate(m), lang, false);
  const items = list.slice(1).map((m, i) => say(lang, 'gapLine', day(list[i]!), day(m), spanText(daysBetween(list[i]!, m), lang, weeks)));
  // "longest gap between two SK meetings in 2011?", "kortaste tiden mellan två LG-möten i höst?": the longest (or
  // shortest) of those gaps heads the list; gaps of the same length are all named.
  const longest = q.cues.includes('longest') || q.cues.includes('largest');
  const shortest = q.cues.includes('shortest') || q.cues.includes('smallest');
  if (longest !== shortest) {
    const gaps = list.slice(1).map((m, i) => ({ a: list[i]!, b: m, days: daysBetween(list[i]!, m) }));
    const pick = longest ? Math.max(...gaps.map((g) => g.days)) : Math.min(...gaps.map((g) => g.days));
    const picked = gaps.filter((g) => g.days === pick).map((g) => `${day(g.a)} – ${day(g.b)}`);
    const title = say(lang, longest ? 'longestGap' : 'shortestGap', spanText(pick, lang, true), listText(picked, lang), body ? bodyName(plan, body) : say(lang, 'allBodies'));
    return { reply: reply('daysUntil', lang, title, [{ type: 'list', items }]), context: contextOf(q, { meetingId: list.at(-1)!.id }) };
  }
  return {
    reply: reply('daysUntil', lang, say(lang, 'timeBetweenMeetings', body ? bodyName(plan, body) : say(lang, 'allBodies')), [{ type: 'list', items }]),
    context: contextOf(q, { meetingId: list.at(-1)!.id }),
  };
}

/**
 * The two meetings of a span counted from a point named after an order word (q.spanFrom): that point and the other
 * one, named or the meeting just answered. A body named without a day is its meeting on the side the order word
 * says, nearest the other point ("hur många dagar efter rådslaget" after SK 14/4: the rådslag before it); with no
 * other point fixed, its next meeting (or its last). Returns [from, other], or undefined where either is missing.
 */
function orderedPoints(plan: Plan, q: Query, now: Date): [Meeting, Meeting] | undefined {
  const from = q.spanFrom!;
  const after = q.relation !== 'before';
  const on = (day: string, body?: string) => {
    const list = plan.meetings.filter((m) => m.date.kind !== 'month' && firstDate(m) <= day && lastDate(m) >= day);
    return list.find((m) => m.body === body) ?? list[0];
  };
  const dated = (m: Meeting) => m.date.kind !== 'month';
  // The other point: a day named that is not the from-point's, else a body named other than it, else the meeting answered.
  const otherDay = q.dates.find((d) => d !== from.date);
  const otherBody = q.bodies.find((b) => b !== from.body);
  let other = otherDay ? on(otherDay, otherDay && q.bodies.length === q.dates.length ? q.bodies[q.dates.indexOf(otherDay)] : otherBody) : undefined;
  let start = from.date ? on(from.date, from.body) : undefined;
  if (!other && !otherBody && q.meetingId) other = plan.meetings.find((m) => m.id === q.meetingId && dated(m));
  if (!start && from.body) {
    start = other
      ? after ? lastBefore(plan, firstDate(other), from.body, dated) : firstAfter(plan, lastDate(other), from.body, dated)
      : upcoming(plan, now, from.body, 1, dated)[0] ?? held(plan, now, from.body, 1, dated)[0];
  }
  if (!other && otherBody && start) other = after ? firstAfter(plan, lastDate(start), otherBody, dated) : lastBefore(plan, firstDate(start), otherBody, dated);
  return start && other && start.id !== other.id ? [start, other] : undefined;
}

export function daysUntilMeeting(input: AnswerInput): Answer {
  if (input.q.cues.includes('between')) return meetingGaps(input);
  const { q, plan, now } = input;
  const lang = q.lang;
  const past = q.cues.includes('last') || q.cues.includes('ago');
  // ("dagar sen sk 27/1": the meeting of the day named, counted back.)
  const found = past && !q.dates.length
    ? held(plan, now, q.bodies[0], 1)[0]
    : q.dates.length
    ? meetingsIn(plan, q, { from: q.dates[0]!, to: q.dates[0]!, label: '' })[0]
    : q.meetingId && !q.bodies.length
      ? plan.meetings.find((m) => m.id === q.meetingId)
    : q.municipalities.length
      ? upcoming(plan, now, oneBody(q), 1, inScope(q))[0]
    : q.bodies.length
      ? (q.bodies.length === 1 ? titled(plan, q, q.bodies[0]!) : undefined) ?? upcoming(plan, now, q.bodies[0], 1)[0]
      : upcoming(plan, now, undefined, 1)[0];
  // "how many days until the rådslag" after this year's: the next one by the rotation (its date not set).
  if (!found && !past && q.bodies.length === 1 && plan.hostRotations.some((r) => r.body === q.bodies[0])) return nextMeeting({ q, plan, now });
  // "hur många dagar är kommitténs planeringskonferens": a body whose meetings are all past gets its last one.
  const target = found ?? (!past && q.bodies.length === 1 && !q.dates.length ? held(plan, now, q.bodies[0], 1)[0] : undefined);
  if (!target) return notInPlan(q, plan, say(lang, 'thePlanHasNoSuch'));
  if (target.date.kind === 'month') {
    return {
      reply: reply('daysUntil', lang, say(lang, 'theDayIsNot'), [meetingFacts(plan, target, lang)]),
      context: contextOf(q, { meetingId: target.id }),
    };
  }
  const n = daysUntil(target, now);
  const when =
    n === 0 ? say(lang, 'today')
    : n === 1 ? say(lang, 'tomorrowInDay')
    : q.cues.includes('inWeeks') ? say(lang, n > 0 ? 'inSpan' : 'spanAgo', spanText(Math.abs(n), lang, true))
    : n > 0 ? say(lang, 'inDays2', n)
    : say(lang, 'daysAgo', -n);
  return {
    reply: reply('daysUntil', lang, say(lang, 'daysUntilTitle', bodyName(plan, target.body), when), [meetingFacts(plan, target, lang)]),
    context: contextOf(q, { meetingId: target.id }),
  };
}

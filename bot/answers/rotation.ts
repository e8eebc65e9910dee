// Host rotation answers: who hosts rådslaget in a year, and which years a municipality hosts it.
import { reply, type Block } from '../core/reply.js';
import { meetingYear, plannedMeetings, stockholmDate } from '../domain/calendar.js';
import { contextOf, meetingFacts, notInPlan, type Answer, type AnswerInput } from './common.js';
import { bodyName, municipalityName } from '../domain/names.js';
import { listText, yearsText } from '../text/format.js';
import { say } from '../text/catalogue/index.js';
import { fold, inWordList } from '../understand/normalize.js';

function rotationBody(input: AnswerInput): string {
  const bodies = new Set(input.plan.hostRotations.map((r) => r.body));
  return input.q.bodies.find((b) => bodies.has(b)) ?? [...bodies][0] ?? 'radslaget';
}

export function rotationHost(input: AnswerInput): Answer {
  const { q, plan, now } = input;
  const lang = q.lang;
  const body = rotationBody(input);
  const years = q.years.length ? q.years : [Number(stockholmDate(now).slice(0, 4))];
  const found = years.map((y) => ({ y, r: plan.hostRotations.find((r) => r.body === body && r.year === y) }));
  const missing = found.filter((f) => !f.r).map((f) => f.y);
  if (missing.length === found.length) {
    return notInPlan(
      q,
      plan,
      say(lang, 'thePlanNamesNoHostForIn', bodyName(plan, body), listText(missing.map(String), lang)),
    );
  }
  const items = found.map((f) =>
    f.r
      ? say(lang, 'rotationYearHost', f.y, municipalityName(plan, f.r.host))
      : say(lang, 'notInThePlan2', f.y),
  );
  const first = found.find((f) => f.r)!;
  const title = found.length === 1
    ? say(lang, 'rotationHostTitle', bodyName(plan, body), first.y, municipalityName(plan, first.r!.host))
    : say(lang, 'hostsOf', bodyName(plan, body));
  const next = String(years.at(-1)! + 1);
  // Where the calendar also has that year's meeting, say when it is.
  const meetings = plannedMeetings(plan, body).filter((m) => years.includes(meetingYear(m)));
  const blocks: Block[] = found.length > 1 ? [{ type: 'list', items }] : [];
  for (const m of meetings) blocks.push(meetingFacts(plan, m, lang));
  // "när är det?" of a year whose date the calendar does not have, or the meeting before
  // or after it: the plan does not say, so the kind is notInPlan whatever word asked for the time, and the
  // headline gives the host it does name. ("och året innan?" after "när har Tyresö rådslaget?": the other year's
  // host is asked, as the rotation answers it.)
  const ordered = q.cues.includes('meeting') && (q.relation !== undefined || q.cues.includes('final') || q.cues.includes('first'));
  if (!meetings.length && found.length === 1 && (q.cues.includes('when') || ordered) && !q.cues.includes('host')) {
    const H = municipalityName(plan, first.r!.host);
    return {
      reply: reply(q.followUp && q.yearShift !== undefined ? 'rotationHost' : 'notInPlan', lang, say(lang, 'thePlanDoesNotGiveThe', bodyName(plan, body), first.y, H), [
        { type: 'text', text: say(lang, 'thePlanSCalendar', plan.calendarYears.join(', '), first.y) },
      ]),
      context: contextOf(q, { intent: 'rotationHost', bodies: [body], years, answerMunicipalities: [first.r!.host] }),
    };
  }
  return {
    // No "och 2019?" after the rotation's last year: the plan has no answer to suggest.
    reply: reply('rotationHost', lang, title, blocks, plan.hostRotations.some((r) => r.body === body && r.year === Number(next)) ? [
      { kind: 'message', title: say(lang, 'followUpAndTitle', next), value: say(lang, 'followUpAndValue', next) },
    ] : []),
    context: contextOf(q, { intent: 'rotationHost', bodies: [body], years, answerMunicipalities: found.filter((f) => f.r).map((f) => f.r!.host) }),
  };
}

export function rotationYears(input: AnswerInput): Answer {
  const { q, plan, now } = input;
  const lang = q.lang;
  const body = rotationBody(input);
  const rotation = plan.hostRotations.filter((r) => r.body === body).sort((a, b) => a.year - b.year);
  if (!q.municipalities.length) {
    // A rotation of more than two rounds (every host once a round) is shown one round from this year (or
    // its last round), with the years the plan covers: the whole of it could be a century of lines.
    const round = new Set(rotation.map((r) => r.host)).size;
    const year = Number(stockholmDate(now).slice(0, 4));
    const at = rotation.findIndex((r) => r.year >= year);
    const from = Math.max(0, at < 0 ? rotation.length - round : Math.min(at, rotation.length - round));
    const shown = rotation.length > 2 * round ? rotation.slice(from, from + round) : rotation;
    const blocks: Block[] = [{ type: 'facts', facts: shown.map((r) => ({ title: String(r.year), value: municipalityName(plan, r.host) })) }];
    if (shown.length < rotation.length) {
      const ask = String(rotation.find((r) => r.year > shown.at(-1)!.year)?.year ?? rotation[0]!.year);
      blocks.push({
        type: 'text',
        subtle: true,
        text: say(lang, 'thePlanNamesHosts', yearsText(rotation.map((r) => r.year), lang), bodyName(plan, body), ask),
      });
    }
    return {
      reply: reply('rotation', lang, say(lang, 'hostMunicipalitiesOf', bodyName(plan, body)), blocks),
      context: contextOf(q, { bodies: [body] }),
    };
  }
  const hostYears = rotation.filter((r) => q.municipalities.includes(r.host)).map((r) => r.year);
  const items = q.municipalities.map((m) => {
    const ys = rotation.filter((r) => r.host === m).map((r) => String(r.year));
    const name = municipalityName(plan, m);
    return ys.length
      ? say(lang, 'municipalityHostsBodyIn', name, bodyName(plan, body), listText(ys, lang))
      : say(lang, 'doesNotHostIn2', name, bodyName(plan, body), rotation[0]?.year, rotation.at(-1)?.year);
  });
  return {
    reply: reply('rotationYears', lang, items.length === 1 ? items[0]! : say(lang, 'hostYears'), items.length > 1 ? [{ type: 'list', items }] : []),
    context: contextOf(q, { bodies: [body], years: hostYears }),
  };
}

/**
 * "vilken kommun är värd flest gånger 2011–2018?", "who hosts the most meetings in 2011?": the municipalities counted
 * by how often they host, over the rotation's years (a rotating body named, or years the calendar does not cover), or
 * over the calendar's meetings of the years asked (meetings asked). Ties are said: where every municipality hosts as
 * often, no municipality hosts most.
 */
export function mostHosts(input: AnswerInput): Answer | undefined {
  const { q, plan, now } = input;
  // (A host word, or a rotating body named with a question of which municipality: "vilken kommun har rådslaget flest gånger".
  // The host words by language: folded, "höst" is "host"; "vardag" is no host. A period asked is not counted here.)
  const rotatingNamed = q.bodies.some((b) => plan.hostRotations.some((r) => r.body === b)) && (q.cues.includes('municipalitiesWord') || q.cues.includes('who'));
  // "Does any municipality host the rådslag twice?", "är någon kommun värd flera gånger 2011–2018?": the same count,
  // answered yes or no by whether the most any municipality hosts is more than once.
  const repeated = q.form === 'yesNo' && q.cues.includes('moreThanOnce');
  // "vilka kommuner är inte värd för något SK-möte 2011?", "which municipalities never host the rådslag?": the same count,
  // and those it leaves out are the answer.
  const notHosting = input.data?.acrossWords?.notHosting ?? [];
  const municipalityNouns = input.data?.cues?.municipalitiesWord ?? [];
  const noneAsked = !q.form && (q.cues.includes('who') || q.words.some((w) => municipalityNouns.includes(w))) && q.words.some((w) => notHosting.includes(w));
  if ((q.form && !repeated) || !(q.cues.includes('mostTimes') || repeated || noneAsked) || !(q.cues.includes('host') || rotatingNamed || fold(q.text).split(' ').some((w) => inWordList(w, input.data?.hostWords?.[q.lang] ?? []))) || q.municipalities.length || q.dates.length || q.month || q.period) return undefined;
  const lang = q.lang;
  const rotating = new Set(plan.hostRotations.map((r) => r.body));
  const thisYear = Number(stockholmDate(now).slice(0, 4));
  const years = q.years.length ? q.years : [thisYear];
  // (Who hosts nothing in a year asked, no body named, is asked of that year's calendar: "vilken kommun har inget värdskap i år?".)
  const ofRotation = q.bodies.some((b) => rotating.has(b)) || (!q.cues.includes('meeting') && !q.bodies.length && !(noneAsked && q.years.length)) || years.some((y) => !plan.calendarYears.includes(y) && !plan.meetings.some((m) => meetingYear(m) === y));
  if (q.bodies.some((b) => !rotating.has(b)) && ofRotation) return undefined;
  const count = new Map<string, string[]>();
  const add = (id: string, what: string) => count.set(id, [...(count.get(id) ?? []), what]);
  let scope: string;
  if (ofRotation) {
    const body = q.bodies.find((b) => rotating.has(b)) ?? [...rotating][0];
    if (!body) return undefined;
    const rows = plan.hostRotations.filter((r) => r.body === body && (!q.years.length || years.includes(r.year)));
    if (!rows.length) return undefined;
    for (const r of rows) add(r.host, String(r.year));
    const ys = rows.map((r) => r.year).sort((a, b) => a - b);
    scope = `${bodyName(plan, body)} ${ys[0] === ys.at(-1) ? ys[0] : `${ys[0]}–${ys.at(-1)}`}`;
  } else {
    const list = plannedMeetings(plan).filter((m) => years.includes(meetingYear(m)) && (!q.bodies.length || q.bodies.includes(m.body)));
    for (const m of list) for (const h of m.hosts) add(h, `${bodyName(plan, m.body)} ${m.date.kind === 'month' ? m.date.month : m.date.kind === 'day' ? m.date.date : m.date.start}`);
    if (!count.size) return undefined;
    scope = noneAsked && q.bodies.length ? `${listText(q.bodies.map((b) => bodyName(plan, b)), lang)} ${years.join(', ')}` : years.join(', ');
  }
  const rows = [...count].sort((a, b) => b[1].length - a[1].length || municipalityName(plan, a[0]).localeCompare(municipalityName(plan, b[0])));
  const top = rows[0]![1].length;
  const first = rows.filter((r) => r[1].length === top).map((r) => municipalityName(plan, r[0]));
  const everyOne = first.length === plan.municipalities.length || (first.length === rows.length && first.length > 1 && ofRotation);
  const none = plan.municipalities.filter((m) => !count.has(m.id)).map((m) => m.name);
  const title = noneAsked
    ? none.length ? say(lang, 'hostNothingInScope', scope, listText(none, lang), none.length > 1, /^\d/.test(scope)) : say(lang, 'everyMunicipalityHostsIn', scope, /^\d/.test(scope))
    : repeated
    ? top > 1 ? say(lang, 'hostsMoreThanOnce', scope, listText(first, lang), top, first.length > 1) : say(lang, 'noHostMoreThanOnce', scope)
    : everyOne
    ? say(lang, 'everyMunicipalityHostsAsOften', scope, top)
    : say(lang, 'hostsMostTimes', scope, listText(first, lang), top, first.length > 1);
  const items = rows.map(([id, what]) => `${municipalityName(plan, id)}: ${what.length} (${what.join(', ')})`);
  const blocks: Block[] = [{ type: 'list', items }];
  if (none.length && !noneAsked) blocks.push({ type: 'text', subtle: true, text: say(lang, 'hostsNothingInScope', listText(none, lang), scope) });
  return { reply: reply('rotationHost', lang, title, blocks), context: contextOf(q) };
}

// Host rotation answers: who hosts rådslaget in a year, and which years a municipality hosts it.
import { reply, type Block } from '../core/reply.js';
import { meetingYear, plannedMeetings, stockholmDate } from '../domain/calendar.js';
import { contextOf, meetingFacts, notInPlan, type Answer, type AnswerInput } from './common.js';
import { bodyName, municipalityName } from '../domain/names.js';
import { listText, yearsText } from '../text/format.js';
import { say } from '../text/catalogue/index.js';
import { fold } from '../understand/normalize.js';

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
  // "när är det?" of a year whose date the calendar does not have, or the meeting before or after it: the
  // plan does not say (the kind says so too), and the headline gives the host it does name.
  const ordered = q.cues.includes('meeting') && (q.relation !== undefined || q.cues.includes('final') || q.cues.includes('first'));
  const folded = ` ${fold(q.text)} `;
  const dayAsked = (input.data?.dayAsked ?? []).some((w) => folded.includes(` ${fold(w)} `));
  if (!meetings.length && found.length === 1 && (q.cues.includes('when') || ordered) && !q.cues.includes('host')) {
    const H = municipalityName(plan, first.r!.host);
    return {
      reply: reply(dayAsked || ordered ? 'notInPlan' : 'rotationHost', lang, say(lang, 'thePlanDoesNotGiveThe', bodyName(plan, body), first.y, H), [
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

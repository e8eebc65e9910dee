// Card forms for the secretariat (Adaptive Card inputs): the same changes as the text commands, for
// everyone who would rather pick from lists. Building a form and reading a submitted one are pure.
import { reply, type Block, type InputField, type Reply } from '../core/reply.js';
import type { Lang } from '../text/lang.js';
import { byStart, formatWhen } from '../domain/calendar.js';
import type { Meeting, Plan } from '../store/schema.js';
import type { Change } from './changes.js';
import { meetingId, slug } from './parse.js';
import { say, type TextKey } from '../text/catalogue/index.js';


export const FORMS = ['move', 'host', 'cancel', 'restore', 'add', 'rotation', 'budget'] as const;
type Form = (typeof FORMS)[number];

const TITLES = {
  move: 'formMove',
  host: 'formHost',
  cancel: 'formCancel',
  restore: 'formRestore',
  add: 'formAdd',
  rotation: 'formRotation',
  budget: 'formBudget',
} as const satisfies Record<Form, TextKey>;

export function editMenu(lang: Lang): Reply {
  return reply(
    'editMenu',
    lang,
    say(lang, 'whatDoYouWant'),
    [
      {
        type: 'text',
        text: say(lang, 'pickAFormYou'),
      },
    ],
    FORMS.map((form) => ({ kind: 'submit' as const, title: say(lang, TITLES[form]), data: { admin: 'form', form, lang } })),
  );
}

function meetingChoices(plan: Plan, lang: Lang, filter: (m: Meeting) => boolean): InputField['choices'] {
  const name = (id: string) => plan.bodies.find((b) => b.id === id)?.name ?? id;
  return [...plan.meetings].filter(filter).sort(byStart).map((m) => ({ title: `${name(m.body)} – ${formatWhen(m, lang)}`, value: m.id }));
}

export function formReply(form: string, plan: Plan, lang: Lang): Reply {
  if (!(FORMS as readonly string[]).includes(form)) return reply('adminError', lang, say(lang, 'unknownForm'), []);
  const f = form as Form;
  const input = (i: InputField): Block => ({ type: 'input', input: i });
  const municipalities = plan.municipalities.map((m) => ({ title: m.name, value: m.id }));
  const planned = (m: Meeting) => m.status === 'planned';
  const fields: Block[] = [];
  switch (f) {
    case 'move':
      fields.push(
        input({ kind: 'choice', id: 'meetingId', label: say(lang, 'meetingLabel'), choices: meetingChoices(plan, lang, planned), required: true }),
        input({ kind: 'date', id: 'date', label: say(lang, 'newDate'), required: true }),
        input({ kind: 'time', id: 'start', label: say(lang, 'newStartOptional') }),
        input({ kind: 'time', id: 'end', label: say(lang, 'newEndOptional') }),
      );
      break;
    case 'host':
      fields.push(
        input({ kind: 'choice', id: 'meetingId', label: say(lang, 'meetingLabel'), choices: meetingChoices(plan, lang, planned), required: true }),
        input({ kind: 'choice', id: 'hosts', label: say(lang, 'hostLabel'), choices: municipalities, multi: true, required: true }),
      );
      break;
    case 'cancel':
      fields.push(input({ kind: 'choice', id: 'meetingId', label: say(lang, 'meetingLabel'), choices: meetingChoices(plan, lang, planned), required: true }));
      break;
    case 'restore':
      fields.push(input({ kind: 'choice', id: 'meetingId', label: say(lang, 'meetingLabel'), choices: meetingChoices(plan, lang, (m) => m.status === 'cancelled'), required: true }));
      break;
    case 'add':
      fields.push(
        input({ kind: 'choice', id: 'body', label: say(lang, 'body'), choices: plan.bodies.map((b) => ({ title: b.name, value: b.id })), required: true }),
        input({ kind: 'date', id: 'date', label: say(lang, 'date'), required: true }),
        input({ kind: 'time', id: 'start', label: say(lang, 'start') }),
        input({ kind: 'time', id: 'end', label: say(lang, 'end') }),
        input({ kind: 'choice', id: 'hosts', label: say(lang, 'hostLabel'), choices: municipalities, multi: true }),
        input({ kind: 'text', id: 'note', label: say(lang, 'noteOptional') }),
      );
      break;
    case 'rotation':
      fields.push(
        input({ kind: 'number', id: 'year', label: say(lang, 'year'), required: true }),
        input({ kind: 'choice', id: 'host', label: say(lang, 'hostMunicipality'), choices: municipalities, required: true }),
      );
      break;
    case 'budget': {
      const lines = plan.budgets.flatMap((b) => [...b.income.map((l) => ({ b, l, side: 'income' })), ...b.costs.map((l) => ({ b, l, side: 'costs' }))]);
      fields.push(
        input({
          kind: 'choice',
          id: 'line',
          label: say(lang, 'budgetLine'),
          choices: [
            ...lines.map(({ b, l, side }) => ({ title: `${b.year} ${side === 'income' ? say(lang, 'income') : say(lang, 'cost')}: ${l.label}`, value: `${b.year}|${side}|${l.id}` })),
            ...plan.budgets.map((b) => ({ title: say(lang, 'newCostLine', b.year), value: `${b.year}|costs|` })),
          ],
          required: true,
        }),
        input({ kind: 'text', id: 'label', label: say(lang, 'nameForANew') }),
        input({ kind: 'number', id: 'amount', label: say(lang, 'amountInKronor'), required: true }),
      );
      break;
    }
  }
  return reply('form', lang, say(lang, TITLES[f]), fields, [
    { kind: 'submit', title: say(lang, 'preview'), data: { admin: 'formSubmit', form: f, lang }, style: 'positive' },
  ]);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A submitted form → the change it asks for, or what is wrong with it. */
export function changeFromForm(form: string, v: Record<string, unknown>, plan: Plan, lang: Lang): { change: Change } | { error: string } {
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string).trim() : typeof v[k] === 'number' ? String(v[k]) : '');
  const list = (k: string) => str(k).split(',').map((s) => s.trim()).filter(Boolean);
  const missing = (label: string) => ({ error: say(lang, 'fillIn', label) });
  const meeting = plan.meetings.find((m) => m.id === str('meetingId'));
  const validDate = (d: string) => DATE.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
  const unknownMunicipality = (ids: string[]) => ids.find((id) => !plan.municipalities.some((m) => m.id === id));
  const times = (): { start?: string; end?: string; error?: string } => {
    const start = str('start');
    const end = str('end');
    if ((start && !TIME.test(start)) || (end && !TIME.test(end))) return { error: say(lang, 'writeTimesAsHh') };
    if (start && end && end <= start) return { error: say(lang, 'formEndBeforeStart', end, start) };
    if (Boolean(start) !== Boolean(end)) return { error: say(lang, 'giveBothStartAnd') };
    return { start: start || undefined, end: end || undefined };
  };
  switch (form) {
    case 'move': {
      if (!meeting) return missing(say(lang, 'theMeeting'));
      const date = str('date');
      if (!validDate(date)) return { error: say(lang, 'pickAValidDate') };
      const tm = times();
      if (tm.error) return { error: tm.error };
      return {
        change: {
          kind: 'meeting.update',
          meetingId: meeting.id,
          set: {
            date: { kind: 'day', date },
            ...(tm.start && tm.end ? { time: { kind: 'clock' as const, start: tm.start, end: tm.end } } : {}),
            ...(meeting.date.kind === 'month' && meeting.note === 'Dagen är inte bestämd' ? { note: null } : {}),
          },
        },
      };
    }
    case 'host': {
      if (!meeting) return missing(say(lang, 'theMeeting'));
      const hosts = list('hosts');
      if (!hosts.length) return missing(say(lang, 'theHost'));
      const bad = unknownMunicipality(hosts);
      if (bad) return { error: say(lang, 'unknownMunicipality', bad) };
      return { change: { kind: 'meeting.update', meetingId: meeting.id, set: { hosts } } };
    }
    case 'cancel':
    case 'restore':
      if (!meeting) return missing(say(lang, 'theMeeting'));
      return { change: { kind: 'meeting.update', meetingId: meeting.id, set: { status: form === 'cancel' ? 'cancelled' : 'planned' } } };
    case 'add': {
      const body = plan.bodies.find((b) => b.id === str('body'));
      if (!body) return missing(say(lang, 'theBody'));
      const date = str('date');
      if (!validDate(date)) return { error: say(lang, 'pickAValidDate') };
      const tm = times();
      if (tm.error) return { error: tm.error };
      const hosts = list('hosts');
      const bad = unknownMunicipality(hosts);
      if (bad) return { error: say(lang, 'unknownMunicipality', bad) };
      const time: Meeting['time'] = tm.start && tm.end ? { kind: 'clock', start: tm.start, end: tm.end } : body.usualTime ? { kind: 'clock', start: body.usualTime.start, end: body.usualTime.end } : { kind: 'allDay' };
      const id = meetingId(plan, body.id, date);
      const note = str('note');
      return { change: { kind: 'meeting.add', meetings: [{ id, body: body.id, date: { kind: 'day', date }, time, hosts, certainty: 'confirmed', status: 'planned', ...(note ? { note } : {}) }] } };
    }
    case 'rotation': {
      const year = Number(str('year'));
      if (!Number.isInteger(year) || year < 2000 || year > 2100) return { error: say(lang, 'giveAYearE') };
      const host = str('host');
      if (!plan.municipalities.some((m) => m.id === host)) return missing(say(lang, 'theHostMunicipality'));
      const body = plan.hostRotations[0]?.body ?? 'radslaget';
      return { change: { kind: 'rotation.set', body, year, host } };
    }
    case 'budget': {
      const [yearText, side, lineId] = str('line').split('|');
      const year = Number(yearText);
      const budget = plan.budgets.find((b) => b.year === year);
      if (!budget || (side !== 'income' && side !== 'costs')) return missing(say(lang, 'theBudgetLine'));
      const amount = Number(str('amount').replace(/\s/g, ''));
      if (!str('amount') || !Number.isFinite(amount)) return missing(say(lang, 'theAmount'));
      if (amount < 0) return { error: say(lang, 'theAmountCannotBe') };
      if (!Number.isInteger(amount)) return { error: say(lang, 'giveWholeKronor') };
      const existing = budget[side].find((l) => l.id === lineId);
      const label = str('label') || existing?.label;
      if (!label) return missing(say(lang, 'aNameForThe'));
      const id = existing?.id ?? slug(label);
      return { change: { kind: 'budget.line', year, side, lineId: id, line: { id, label, amount } } };
    }
    default:
      return { error: say(lang, 'unknownFormSentence') };
  }
}

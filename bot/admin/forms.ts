// Card forms for the secretariat (Adaptive Card inputs): the same changes as the text commands, for
// everyone who would rather pick from lists. Building a form and reading a submitted one are pure.
import { reply, type Block, type InputField, type Reply } from '../core/reply.js';
import { t, type Lang } from '../text/lang.js';
import { byStart, formatWhen } from '../domain/calendar.js';
import type { Meeting, Plan } from '../store/schema.js';
import type { Change } from './changes.js';
import { meetingId, slug } from './parse.js';


export const FORMS = ['move', 'host', 'cancel', 'restore', 'add', 'rotation', 'budget'] as const;
type Form = (typeof FORMS)[number];

const TITLES: Record<Form, [string, string]> = {
  move: ['Flytta ett möte', 'Move a meeting'],
  host: ['Ändra värd', 'Change host'],
  cancel: ['Ställ in ett möte', 'Cancel a meeting'],
  restore: ['Återställ ett inställt möte', 'Restore a cancelled meeting'],
  add: ['Lägg till ett möte', 'Add a meeting'],
  rotation: ['Värd för rådslaget', 'Rådslag host'],
  budget: ['Ändra budgeten', 'Change the budget'],
};

export function editMenu(lang: Lang): Reply {
  return reply(
    'editMenu',
    lang,
    t(lang, 'Vad vill du ändra?', 'What do you want to change?'),
    [
      {
        type: 'text',
        text: t(
          lang,
          'Välj ett formulär. Du kan också skriva kommandon direkt, till exempel "flytta LG 20/5 till 27/5", "värd rådslag 2019 Salem", "ställ in SK 9/6", "ändra budget 2011 personal 600 000", "ändringar" och "ångra".',
          'Pick a form. You can also type commands, e.g. "move LG 20/5 to 27/5", "host rådslag 2019 Salem", "cancel SK 9/6", "change budget 2011 staff 600 000", "changes" and "undo".',
        ),
      },
    ],
    FORMS.map((form) => ({ kind: 'submit' as const, title: t(lang, ...TITLES[form]), data: { admin: 'form', form, lang } })),
  );
}

function meetingChoices(plan: Plan, lang: Lang, filter: (m: Meeting) => boolean): InputField['choices'] {
  const name = (id: string) => plan.bodies.find((b) => b.id === id)?.name ?? id;
  return [...plan.meetings].filter(filter).sort(byStart).map((m) => ({ title: `${name(m.body)} – ${formatWhen(m, lang)}`, value: m.id }));
}

export function formReply(form: string, plan: Plan, lang: Lang): Reply {
  if (!(FORMS as readonly string[]).includes(form)) return reply('adminError', lang, t(lang, 'Okänt formulär', 'Unknown form'), []);
  const f = form as Form;
  const input = (i: InputField): Block => ({ type: 'input', input: i });
  const municipalities = plan.municipalities.map((m) => ({ title: m.name, value: m.id }));
  const planned = (m: Meeting) => m.status === 'planned';
  const fields: Block[] = [];
  switch (f) {
    case 'move':
      fields.push(
        input({ kind: 'choice', id: 'meetingId', label: t(lang, 'Möte', 'Meeting'), choices: meetingChoices(plan, lang, planned), required: true }),
        input({ kind: 'date', id: 'date', label: t(lang, 'Nytt datum', 'New date'), required: true }),
        input({ kind: 'time', id: 'start', label: t(lang, 'Ny starttid (valfri)', 'New start (optional)') }),
        input({ kind: 'time', id: 'end', label: t(lang, 'Ny sluttid (valfri)', 'New end (optional)') }),
      );
      break;
    case 'host':
      fields.push(
        input({ kind: 'choice', id: 'meetingId', label: t(lang, 'Möte', 'Meeting'), choices: meetingChoices(plan, lang, planned), required: true }),
        input({ kind: 'choice', id: 'hosts', label: t(lang, 'Värd', 'Host'), choices: municipalities, multi: true, required: true }),
      );
      break;
    case 'cancel':
      fields.push(input({ kind: 'choice', id: 'meetingId', label: t(lang, 'Möte', 'Meeting'), choices: meetingChoices(plan, lang, planned), required: true }));
      break;
    case 'restore':
      fields.push(input({ kind: 'choice', id: 'meetingId', label: t(lang, 'Möte', 'Meeting'), choices: meetingChoices(plan, lang, (m) => m.status === 'cancelled'), required: true }));
      break;
    case 'add':
      fields.push(
        input({ kind: 'choice', id: 'body', label: t(lang, 'Organ', 'Body'), choices: plan.bodies.map((b) => ({ title: b.name, value: b.id })), required: true }),
        input({ kind: 'date', id: 'date', label: t(lang, 'Datum', 'Date'), required: true }),
        input({ kind: 'time', id: 'start', label: t(lang, 'Starttid', 'Start') }),
        input({ kind: 'time', id: 'end', label: t(lang, 'Sluttid', 'End') }),
        input({ kind: 'choice', id: 'hosts', label: t(lang, 'Värd', 'Host'), choices: municipalities, multi: true }),
        input({ kind: 'text', id: 'note', label: t(lang, 'Not (valfri)', 'Note (optional)') }),
      );
      break;
    case 'rotation':
      fields.push(
        input({ kind: 'number', id: 'year', label: t(lang, 'År', 'Year'), required: true }),
        input({ kind: 'choice', id: 'host', label: t(lang, 'Värdkommun', 'Host municipality'), choices: municipalities, required: true }),
      );
      break;
    case 'budget': {
      const lines = plan.budgets.flatMap((b) => [...b.income.map((l) => ({ b, l, side: 'income' })), ...b.costs.map((l) => ({ b, l, side: 'costs' }))]);
      fields.push(
        input({
          kind: 'choice',
          id: 'line',
          label: t(lang, 'Budgetrad', 'Budget line'),
          choices: [
            ...lines.map(({ b, l, side }) => ({ title: `${b.year} ${side === 'income' ? t(lang, 'intäkt', 'income') : t(lang, 'kostnad', 'cost')}: ${l.label}`, value: `${b.year}|${side}|${l.id}` })),
            ...plan.budgets.map((b) => ({ title: t(lang, `${b.year}: ny kostnadsrad`, `${b.year}: new cost line`), value: `${b.year}|costs|` })),
          ],
          required: true,
        }),
        input({ kind: 'text', id: 'label', label: t(lang, 'Namn (för en ny rad)', 'Name (for a new line)') }),
        input({ kind: 'number', id: 'amount', label: t(lang, 'Belopp i kronor', 'Amount in kronor'), required: true }),
      );
      break;
    }
  }
  return reply('form', lang, t(lang, ...TITLES[f]), fields, [
    { kind: 'submit', title: t(lang, 'Förhandsgranska', 'Preview'), data: { admin: 'formSubmit', form: f, lang }, style: 'positive' },
  ]);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A submitted form → the change it asks for, or what is wrong with it. */
export function changeFromForm(form: string, v: Record<string, unknown>, plan: Plan, lang: Lang): { change: Change } | { error: string } {
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string).trim() : typeof v[k] === 'number' ? String(v[k]) : '');
  const list = (k: string) => str(k).split(',').map((s) => s.trim()).filter(Boolean);
  const missing = (label: string) => ({ error: t(lang, `Fyll i ${label}.`, `Fill in ${label}.`) });
  const meeting = plan.meetings.find((m) => m.id === str('meetingId'));
  const validDate = (d: string) => DATE.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
  const unknownMunicipality = (ids: string[]) => ids.find((id) => !plan.municipalities.some((m) => m.id === id));
  const times = (): { start?: string; end?: string; error?: string } => {
    const start = str('start');
    const end = str('end');
    if ((start && !TIME.test(start)) || (end && !TIME.test(end))) return { error: t(lang, 'Skriv tider som TT:MM.', 'Write times as HH:MM.') };
    if (start && end && end <= start) return { error: t(lang, `Sluttiden ${end} är före starttiden ${start}.`, `The end ${end} is before the start ${start}.`) };
    if (Boolean(start) !== Boolean(end)) return { error: t(lang, 'Ange både start- och sluttid, eller ingen.', 'Give both start and end, or neither.') };
    return { start: start || undefined, end: end || undefined };
  };
  switch (form) {
    case 'move': {
      if (!meeting) return missing(t(lang, 'vilket möte', 'the meeting'));
      const date = str('date');
      if (!validDate(date)) return { error: t(lang, 'Välj ett giltigt datum.', 'Pick a valid date.') };
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
      if (!meeting) return missing(t(lang, 'vilket möte', 'the meeting'));
      const hosts = list('hosts');
      if (!hosts.length) return missing(t(lang, 'värd', 'the host'));
      const bad = unknownMunicipality(hosts);
      if (bad) return { error: t(lang, `Okänd kommun "${bad}".`, `Unknown municipality "${bad}".`) };
      return { change: { kind: 'meeting.update', meetingId: meeting.id, set: { hosts } } };
    }
    case 'cancel':
    case 'restore':
      if (!meeting) return missing(t(lang, 'vilket möte', 'the meeting'));
      return { change: { kind: 'meeting.update', meetingId: meeting.id, set: { status: form === 'cancel' ? 'cancelled' : 'planned' } } };
    case 'add': {
      const body = plan.bodies.find((b) => b.id === str('body'));
      if (!body) return missing(t(lang, 'organ', 'the body'));
      const date = str('date');
      if (!validDate(date)) return { error: t(lang, 'Välj ett giltigt datum.', 'Pick a valid date.') };
      const tm = times();
      if (tm.error) return { error: tm.error };
      const hosts = list('hosts');
      const bad = unknownMunicipality(hosts);
      if (bad) return { error: t(lang, `Okänd kommun "${bad}".`, `Unknown municipality "${bad}".`) };
      const time: Meeting['time'] = tm.start && tm.end ? { kind: 'clock', start: tm.start, end: tm.end } : body.usualTime ? { kind: 'clock', start: body.usualTime.start, end: body.usualTime.end } : { kind: 'allDay' };
      const id = meetingId(plan, body.id, date);
      const note = str('note');
      return { change: { kind: 'meeting.add', meetings: [{ id, body: body.id, date: { kind: 'day', date }, time, hosts, certainty: 'confirmed', status: 'planned', ...(note ? { note } : {}) }] } };
    }
    case 'rotation': {
      const year = Number(str('year'));
      if (!Number.isInteger(year) || year < 2000 || year > 2100) return { error: t(lang, 'Ange ett årtal, till exempel 2019.', 'Give a year, e.g. 2019.') };
      const host = str('host');
      if (!plan.municipalities.some((m) => m.id === host)) return missing(t(lang, 'värdkommun', 'the host municipality'));
      const body = plan.hostRotations[0]?.body ?? 'radslaget';
      return { change: { kind: 'rotation.set', body, year, host } };
    }
    case 'budget': {
      const [yearText, side, lineId] = str('line').split('|');
      const year = Number(yearText);
      const budget = plan.budgets.find((b) => b.year === year);
      if (!budget || (side !== 'income' && side !== 'costs')) return missing(t(lang, 'budgetrad', 'the budget line'));
      const amount = Number(str('amount').replace(/\s/g, ''));
      if (!str('amount') || !Number.isFinite(amount)) return missing(t(lang, 'belopp', 'the amount'));
      if (amount < 0) return { error: t(lang, 'Beloppet kan inte vara negativt.', 'The amount cannot be negative.') };
      if (!Number.isInteger(amount)) return { error: t(lang, 'Ange hela kronor.', 'Give whole kronor.') };
      const existing = budget[side].find((l) => l.id === lineId);
      const label = str('label') || existing?.label;
      if (!label) return missing(t(lang, 'namn på den nya raden', 'a name for the new line'));
      const id = existing?.id ?? slug(label);
      return { change: { kind: 'budget.line', year, side, lineId: id, line: { id, label, amount } } };
    }
    default:
      return { error: t(lang, 'Okänt formulär.', 'Unknown form.') };
  }
}

// How the plan's things are named in answers, cards and notices: a body, a municipality, a list of
// bodies, a reminder's lead time.
import type { Lang } from '../text/lang.js';
import { listText } from '../text/format.js';
import type { Plan, Subscription } from '../store/schema.js';

export function bodyName(plan: Plan, id: string): string {
  return plan.bodies.find((b) => b.id === id)?.name ?? id;
}

export function municipalityName(plan: Plan, id: string): string {
  return plan.municipalities.find((m) => m.id === id)?.name ?? id;
}

export function bodiesText(plan: Plan, bodies: string[], lang: Lang): string {
  if (bodies.includes('*')) return lang === 'sv' ? 'alla möten' : 'all meetings';
  return listText(bodies.map((b) => bodyName(plan, b)), lang);
}

export function leadText(lead: Subscription['leads'][number], lang: Lang): string {
  const sv = lang === 'sv';
  if (lead.unit === 'hours') return sv ? `${lead.value} ${lead.value === 1 ? 'timme' : 'timmar'} före` : `${lead.value} ${lead.value === 1 ? 'hour' : 'hours'} before`;
  if (lead.value === 0) return sv ? 'samma dag kl. 09.00' : 'the same day at 09:00';
  return sv ? `${lead.value} ${lead.value === 1 ? 'dag' : 'dagar'} före kl. 09.00` : `${lead.value} ${lead.value === 1 ? 'day' : 'days'} before at 09:00`;
}

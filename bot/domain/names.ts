// How the plan's things are named in answers, cards and notices: a body, a municipality, a list of
// bodies, a reminder's lead time.
import type { Lang } from '../text/lang.js';
import { listText } from '../text/format.js';
import type { Plan, Subscription } from '../store/schema.js';
import { say } from '../text/catalogue/index.js';

export function bodyName(plan: Plan, id: string): string {
  return plan.bodies.find((b) => b.id === id)?.name ?? id;
}

export function municipalityName(plan: Plan, id: string): string {
  return plan.municipalities.find((m) => m.id === id)?.name ?? id;
}

export function bodiesText(plan: Plan, bodies: string[], lang: Lang): string {
  if (bodies.includes('*')) return say(lang, 'allMeetings');
  return listText(bodies.map((b) => bodyName(plan, b)), lang);
}

export function leadText(lead: Subscription['leads'][number], lang: Lang): string {
  if (lead.unit === 'hours') return say(lang, 'leadHours', lead.value);
  if (lead.value === 0) return say(lang, 'leadSameDay');
  return say(lang, 'leadDays', lead.value);
}

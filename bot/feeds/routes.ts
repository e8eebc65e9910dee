// The calendar feed over HTTP. Read-only: every request builds the feed from the store as it is now.
//   GET /calendar.ics                   all meetings
//   GET /calendar/:body.ics             one body's meetings, by body id (ledningsgruppen.ics)
//   GET /calendar/meeting/:id.ics       exactly one meeting (reminder cards link here: keep this path)
import type { Response } from 'restify';
import type { Clock } from '../clock.js';
import type { Route } from '../server.js';
import type { Store } from '../store/store.js';
import { buildIcs, type FeedSelection } from './ics.js';

export interface CalendarRouteDeps {
  store: Store;
  clock: Clock;
  /** PUBLIC_URL, when set: events link back to the plan tab. */
  publicUrl?: string;
}

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

function notFound(res: Response, text: string): void {
  res.sendRaw(404, `${text}\n`, { 'content-type': 'text/plain; charset=utf-8' });
}

export function calendarRoutes(deps: CalendarRouteDeps): Route[] {
  const send = (res: Response, selection: FeedSelection, filename: string) => {
    const body = buildIcs(deps.store.plan.plan, selection, { now: deps.clock.now(), baseUrl: deps.publicUrl });
    res.sendRaw(200, body, {
      'content-type': CALENDAR_CONTENT_TYPE,
      'content-disposition': `inline; filename="${filename}"`,
      'cache-control': 'no-cache',
    });
  };

  return [
    {
      method: 'get',
      path: '/calendar.ics',
      handler: (_req, res) => send(res, { kind: 'all' }, 'sodertorn.ics'),
    },
    {
      method: 'get',
      path: '/calendar/meeting/:id.ics',
      handler: (req, res) => {
        const id = String(req.params.id ?? '');
        const meeting = deps.store.plan.plan.meetings.find((m) => m.id === id);
        if (!meeting) return notFound(res, 'Mötet finns inte i planen.');
        if (meeting.date.kind === 'month') {
          // Month-only entries have no day to put in a calendar yet.
          return notFound(res, 'Dagen för mötet är inte bestämd än, så det finns inget att lägga i kalendern.');
        }
        send(res, { kind: 'meeting', meetingId: id }, `${id}.ics`);
      },
    },
    {
      method: 'get',
      path: '/calendar/:body.ics',
      handler: (req, res) => {
        const bodyId = String(req.params.body ?? '');
        if (!deps.store.plan.plan.bodies.some((b) => b.id === bodyId)) {
          return notFound(res, 'Det finns inget organ med det namnet i planen.');
        }
        send(res, { kind: 'body', bodyId }, `${bodyId}.ics`);
      },
    },
  ];
}

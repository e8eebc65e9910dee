// The calendar feed over HTTP, on the real app: paths, content type, and the store's changes showing up.
import { ManualClock } from '../../bot/clock.js';
import ICAL from 'ical.js';
import { startTestApp, tempDir } from '../helpers/app.js';
import type { App } from '../../bot/app.js';

function events(text: string): Map<string, ICAL.Event> {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return new Map(calendar.getAllSubcomponents('vevent').map((ve) => {
    const e = new ICAL.Event(ve);
    return [e.uid, e] as const;
  }));
}

describe('the calendar routes', () => {
  let app: App;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    // The bot's clock stands still here: DTSTAMP is checked to the second, and a loaded machine may take one.
    ({ app } = await startTestApp(t.dir, { BOT_NOW: '2011-04-07T10:00:00+02:00', PUBLIC_URL: 'https://bot.example.org' }, { clock: new ManualClock('2011-04-07T10:00:00+02:00') }));
  });
  afterAll(async () => {
    await app.close();
    await cleanup();
  });
  afterEach(() => ICAL.TimezoneService.reset());

  it('serves all meetings at /calendar.ics as text/calendar in UTF-8', async () => {
    const res = await fetch(`${app.url}/calendar.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await res.text();
    const all = events(text);
    expect(all.size).toBe(app.store.data.plan.meetings.filter((m) => m.date.kind !== 'month').length);
    expect(all.get('sk-2011-06-09@sodertornsboten')?.summary).toBe('Södertörns samarbetskommitté');
    expect(text).toMatch(/^DTSTAMP:20110407T080000Z\r$/m);
    expect(text).toMatch(/^URL;VALUE=URI:https:\/\/bot\.example\.org\/tab\r$/m);
  });

  it('serves one body at /calendar/<body id>.ics', async () => {
    const res = await fetch(`${app.url}/calendar/ledningsgruppen.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const lg = events(await res.text());
    expect([...lg.keys()].sort()).toEqual([
      'lg-2011-01-21@sodertornsboten',
      'lg-2011-03-31@sodertornsboten',
      'lg-2011-05-20@sodertornsboten',
      'lg-2011-09-09@sodertornsboten',
      'lg-2011-10-14@sodertornsboten',
      'lg-2011-11-25@sodertornsboten',
    ]);
  });

  it('serves exactly one meeting at /calendar/meeting/<id>.ics', async () => {
    const res = await fetch(`${app.url}/calendar/meeting/lg-2011-03-31.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const one = events(await res.text());
    expect([...one.keys()]).toEqual(['lg-2011-03-31@sodertornsboten']);
    const lg = one.get('lg-2011-03-31@sodertornsboten')!;
    expect(lg.startDate.toJSDate().toISOString()).toBe('2011-03-31T10:00:00.000Z');
    expect(lg.endDate.toJSDate().toISOString()).toBe('2011-04-01T11:00:00.000Z');
  });

  it('answers 404 with a short Swedish text for an unknown body or meeting, and a month-only meeting', async () => {
    for (const [path, pattern] of [
      ['/calendar/nosuchbody.ics', /inget organ/],
      ['/calendar/meeting/nosuch.ics', /finns inte i planen/],
      ['/calendar/meeting/sk-2012-01.ics', /inte bestämd/],
    ] as const) {
      const res = await fetch(`${app.url}${path}`);
      expect(res.status).toBe(404);
      expect(await res.text()).toMatch(pattern);
    }
  });

  it('shows a cancellation and a move from the store at the next fetch, under the same UID', async () => {
    await app.store.update(null, (d) => {
      const cancelled = d.plan.meetings.find((m) => m.id === 'sk-2011-09-22')!;
      cancelled.status = 'cancelled';
      cancelled.sequence = 1;
      const moved = d.plan.meetings.find((m) => m.id === 'lg-2011-09-09')!;
      moved.date = { kind: 'day', date: '2011-09-16' };
      moved.sequence = 1;
    });
    const all = events(await (await fetch(`${app.url}/calendar.ics`)).text());
    const sk = all.get('sk-2011-09-22@sodertornsboten')!;
    expect(sk.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(sk.sequence).toBe(1);
    const lg = all.get('lg-2011-09-09@sodertornsboten')!;
    expect(lg.startDate.toJSDate().toISOString()).toBe('2011-09-16T06:30:00.000Z');
    expect(lg.sequence).toBe(1);

    const one = events(await (await fetch(`${app.url}/calendar/meeting/sk-2011-09-22.ics`)).text());
    expect(one.get('sk-2011-09-22@sodertornsboten')!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});

// The tab's routes on the real app: the page shell, its assets, the teams-js bundle and /api/plan.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { teamsJsBundlePath } from '../../bot/tab/routes.js';
import { startTestApp, tempDir } from '../helpers/app.js';
import type { App } from '../../bot/app.js';
import type { PlanView } from '../../bot/tab/view.js';

describe('the tab routes', () => {
  let app: App;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    ({ app } = await startTestApp(t.dir, { BOT_NOW: '2011-04-07T10:00:00+02:00' }));
  });
  afterAll(async () => {
    await app.close();
    await cleanup();
  });

  it('serves /api/plan as JSON with "now" from the bot clock (BOT_NOW)', async () => {
    const res = await fetch(`${app.url}/api/plan`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as PlanView;
    expect(body.now).toMatch(/^2011-04-07T08:0/);
    expect(body.today).toBe('2011-04-07');
    expect(body.meetings[0]).toMatchObject({ id: 'sk-2011-04-14', next: true, past: false });
    expect(body.meetings.find((m) => m.id === 'lg-2011-03-31')).toMatchObject({ past: true });
    expect(body.budget?.costTotal).toBe(860_000);
  });

  it('serves the page in Swedish by default, in English and dark with ?lang=en&theme=dark', async () => {
    const sv = await fetch(`${app.url}/tab`);
    expect(sv.status).toBe(200);
    expect(sv.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(sv.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    // What teams-js itself fetches (its valid origins, from Microsoft's CDN) is allowed: read from the package.
    const constants = readFileSync(path.join(path.dirname(teamsJsBundlePath()), '..', 'esm', 'packages', 'teams-js', 'src', 'internal', 'constants.js'), 'utf8');
    const fetched = [...new Set([...constants.matchAll(/https:\/\/[^"'`\s]+/g)].map((m) => new URL(m[0]).origin))];
    expect(fetched).toContain('https://res.cdn.office.net');
    const connect = /connect-src ([^;]+)/.exec(sv.headers.get('content-security-policy')!)![1]!.split(' ');
    for (const origin of fetched) expect(connect).toContain(origin);
    const svHtml = await sv.text();
    expect(svHtml).toMatch(/<html lang="sv" data-theme="default">/);
    expect(svHtml).toMatch(/<script src="tab\/tab\.js" defer><\/script>/);

    const en = await (await fetch(`${app.url}/tab?lang=en-GB&theme=dark`)).text();
    expect(en).toMatch(/<html lang="en" data-theme="dark" data-theme-fixed="true">/);
    // What Teams sends when a placeholder is not filled is ignored, not echoed.
    const odd = await (await fetch(`${app.url}/tab?lang={locale}&theme=%3Cscript%3E`)).text();
    expect(odd).toMatch(/<html lang="sv" data-theme="default">/);
    expect(odd).not.toMatch(/<script>/);
  });

  it('serves the page script and styles', async () => {
    const js = await fetch(`${app.url}/tab/tab.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toMatch(/api\/plan/);
    const css = await fetch(`${app.url}/tab/tab.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toMatch(/\[data-theme='dark'\]/);
  });

  it('serves the teams-js browser bundle from node_modules', async () => {
    const res = await fetch(`${app.url}/tab/teams-js.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const text = await res.text();
    expect(text.length).toBeGreaterThan(100_000);
    expect(text).toMatch(/microsoftTeams/);
  });
});

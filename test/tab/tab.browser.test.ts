// The plan tab in a real browser: headless Chromium (Debian's /usr/bin/chromium, never a downloaded
// one) driven by playwright-core against the real app on loopback. Light, dark and contrast themes,
// Swedish and English, outside Teams (teams-js gives up, the page stays) and inside a stand-in Teams
// host (teams-js hands over theme and locale). Screenshots go to test-artifacts/ (git-ignored).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import type { App } from '../../bot/app.js';
import { ROOT, startTestApp, tempDir } from '../helpers/app.js';
import { fakeTeamsHostPage } from '../helpers/fakeTeamsHost.js';

const CHROMIUM = '/usr/bin/chromium';
/** What teams-js fetches from Microsoft's CDN (validOriginsCdnEndpoint in its internal/constants.js). */
const TEAMS_JS_VALID_DOMAINS = 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Reads, in the page, the contrast of text (or a box) against what is behind it (WCAG 2 ratio). */
async function contrasts(target: Page | Frame, selectors: string[]): Promise<Array<{ selector: string; ratio: number }>> {
  return target.evaluate((sels) => {
    const parse = (c: string): [number, number, number, number] => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const p = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
      return [p[0]!, p[1]!, p[2]!, p.length > 3 ? p[3]! : 1];
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const background = (el: Element | null): [number, number, number, number] => {
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c[3] > 0) return c;
      }
      return [255, 255, 255, 1];
    };
    return sels.map((selector) => {
      const el = document.querySelector(selector);
      if (!el) return { selector, ratio: 0 };
      const fg = selector.endsWith('.fill') ? parse(getComputedStyle(el).backgroundColor) : parse(getComputedStyle(el).color);
      const bg = selector.endsWith('.fill') ? background(el.parentElement) : background(el);
      const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x) as [number, number];
      return { selector, ratio: (a + 0.05) / (b + 0.05) };
    });
  }, selectors);
}

const TEXT_SELECTORS = [
  'h1',
  'h2',
  '.lead',
  'table.calendar caption',
  'table.calendar thead th',
  'table.calendar tbody tr.next th',
  'table.calendar tbody tr:not(.past) td',
  'table.calendar tbody tr.past th',
  'table.calendar tbody tr.past td',
  'table.calendar tbody tr.past a',
  'table.calendar tbody tr:not(.past) a',
  '.badge-next',
  '.badge-tbd',
  '.badge-upcoming',
  '.badge-past',
  'table.rotation tr.current td',
  'table.budget tbody th',
  'table.budget td.num',
  'table.budget tfoot th',
];

describe('the plan tab in Chromium', () => {
  let app: App;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let cleanupStore: () => Promise<void>;
  const pageErrors: string[] = [];
  const outside: string[] = [];
  const cdn: string[] = [];
  const cspBlocked: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is not installed at ${CHROMIUM}; the browser test needs it. ` +
          'Install it with: apt-get update && apt-get install -y --no-install-recommends chromium (.ci/run does this in CI).',
      );
    }
    const t = await tempDir();
    cleanupStore = t.cleanup;
    ({ app } = await startTestApp(t.dir, { BOT_NOW: '2011-04-07T10:00:00+02:00' }));
    await mkdir(ARTIFACTS, { recursive: true });
    profile = await mkdtemp(path.join(os.tmpdir(), 'sodertorn-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1100, height: 900 },
      colorScheme: 'light',
    });
    // Nothing leaves loopback: anything else is refused and remembered. The one request teams-js makes
    // itself (its list of valid host origins, from Microsoft's CDN; the CSP allows it) gets a stand-in
    // answer here, as the test has no internet.
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
      if (url.href === TEAMS_JS_VALID_DOMAINS) {
        cdn.push(url.href);
        return route.fulfill({ contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify({ validOrigins: ['teams.microsoft.com', '*.teams.microsoft.com', 'teams.cloud.microsoft'] }) });
      }
      outside.push(url.href);
      return route.abort();
    });
    // Whatever the Content-Security-Policy blocks is remembered in the page.
    await context.addInitScript(() => {
      const w = window as unknown as { cspBlocked: string[] };
      w.cspBlocked = [];
      document.addEventListener('securitypolicyviolation', (e) => w.cspBlocked.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    await app?.close();
    await cleanupStore?.();
  });

  async function open(query: string): Promise<void> {
    if (page.url().includes('/tab')) cspBlocked.push(...(await page.evaluate(() => (window as unknown as { cspBlocked?: string[] }).cspBlocked ?? [])));
    await page.goto(`${app.url}/tab${query}`);
    await page.waitForSelector('html[data-rendered]');
    // Outside Teams, teams-js must give up (no parent window) without taking the page down.
    await page.waitForSelector('html[data-teams="unavailable"]');
  }

  it('shows the calendar, the rotation and the budget in the light theme, in Swedish', async () => {
    await open('?theme=default');
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.getAttribute('html', 'data-theme')).toBe('default');
    expect(await page.textContent('h1')).toBe('Planen 2011');

    // The calendar: a real table with a caption and column headers, coming meetings first.
    const calendar = page.locator('table.calendar');
    expect(await calendar.isVisible()).toBe(true);
    expect(await calendar.locator('caption').textContent()).toMatch(/kommande först/);
    expect(await calendar.locator('thead th[scope="col"]').allTextContents()).toEqual(['När', 'Möte', 'Värd', 'Status', 'Kalender']);
    const rows = calendar.locator('tbody tr');
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-meeting')));
    expect(ids.slice(0, 2)).toEqual(['sk-2011-04-14', 'lg-2011-05-20']);
    const past = await rows.evaluateAll((trs) => trs.map((tr) => tr.classList.contains('past')));
    const firstPast = past.indexOf(true);
    expect(firstPast).toBe(13);
    expect(past.slice(firstPast).every(Boolean)).toBe(true);
    expect(ids.slice(firstPast)).toEqual(['lg-2011-01-21', 'pk-2011-01-27', 'sk-2011-01-27', 'rs-2011-03-24', 'lg-2011-03-31']);

    const next = calendar.locator('tr.next');
    expect(await next.locator('th[scope="row"]').textContent()).toBe('torsdag 14 april 2011, 12.00–15.00');
    expect(await next.locator('.badge-next').textContent()).toBe('Nästa');
    expect(await next.locator('a').getAttribute('href')).toBe('calendar/meeting/sk-2011-04-14.ics');

    const jan = calendar.locator('tr[data-meeting="sk-2012-01"]');
    expect(await jan.locator('th').textContent()).toBe('januari 2012 dagen är inte bestämd');
    expect(await jan.locator('.badge-tbd').isVisible()).toBe(true);

    // Past meetings are dimmed: a lighter colour than the coming ones.
    const colour = (sel: string) => page.$eval(sel, (el) => getComputedStyle(el).color);
    expect(await colour('tr.past td')).not.toBe(await colour('tr:not(.past) td'));

    // The rotation, this year marked.
    expect(await page.locator('table.rotation tr.current th').textContent()).toBe('2011');
    expect(await page.locator('table.rotation tr.current td').textContent()).toMatch(/^Salem/);

    // The budget, with its bars in proportion.
    const costs = page.locator('table.budget.costs');
    expect(await costs.isVisible()).toBe(true);
    const personal = costs.locator('tr[data-line="personal"]');
    const cells = (await personal.locator('td').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
    expect(cells.slice(0, 2)).toEqual(['580 000 kr', '67,4 %']);
    const bar = await personal.locator('.bar').boundingBox();
    const fill = await personal.locator('.fill').boundingBox();
    expect(bar && fill).toBeTruthy();
    expect(fill!.width / (bar!.width - 2)).toBeCloseTo(580 / 860, 1);
    expect((await costs.locator('tfoot td').first().textContent())!.replace(/\s+/g, ' ')).toBe('860 000 kr');

    await page.screenshot({ path: path.join(ARTIFACTS, 'tab-light.png'), fullPage: true });
  });

  it('follows ?theme=dark: dark background, light text, still the whole plan', async () => {
    await open('?theme=dark');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    const bg = await page.$eval('body', (el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(31, 31, 31)');
    expect(await page.$eval('h1', (el) => getComputedStyle(el).color)).toBe('rgb(255, 255, 255)');
    expect(await page.locator('table.calendar tbody tr').count()).toBe(18);
    expect(await page.locator('table.budget.costs tbody tr').count()).toBe(3);
    expect(await page.locator('table.calendar').isVisible()).toBe(true);
    expect(await page.locator('table.budget.costs').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'tab-dark.png'), fullPage: true });
  });

  it('speaks English with ?lang=en, in the contrast theme', async () => {
    await open('?theme=contrast&lang=en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toBe('The plan 2011');
    expect(await page.locator('table.calendar thead th').allTextContents()).toEqual(['When', 'Meeting', 'Host', 'Status', 'Calendar']);
    expect(await page.locator('tr.next th').textContent()).toBe('Thursday 14 April 2011, 12:00–15:00');
    expect(await page.locator('tr[data-meeting="sk-2012-04"] th').textContent()).toBe('April 2012 day not set yet');
    const cells = (await page.locator('tr[data-line="personal"] td').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
    expect(cells.slice(0, 2)).toEqual(['SEK 580,000', '67.4%']);
    await page.screenshot({ path: path.join(ARTIFACTS, 'tab-contrast-en.png'), fullPage: true });
  });

  it.each(['default', 'dark', 'contrast'])('has enough contrast in the %s theme (text 4.5:1, bars 3:1)', async (theme) => {
    await open(`?theme=${theme}`);
    for (const { selector, ratio } of await contrasts(page, TEXT_SELECTORS)) {
      expect({ selector, enough: ratio >= 4.5 }).toEqual({ selector, enough: true });
    }
    const [bar] = await contrasts(page, ['tr[data-line="personal"] .fill']);
    expect(bar!.ratio).toBeGreaterThanOrEqual(3);
  });

  it('follows the theme and locale Teams hands over through teams-js, and a theme change', async () => {
    const hostUrl = `${app.url}/__fake-teams-host`;
    await context.route(hostUrl, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: fakeTeamsHostPage('/tab', { theme: 'dark', locale: 'en-us' }) }),
    );
    await page.goto(hostUrl);
    const frame = page.frame({ url: /\/tab$/ });
    expect(frame).not.toBeNull();
    await frame!.waitForSelector('html[data-teams="connected"]');
    await frame!.waitForSelector('html[data-rendered="en"]');
    expect(await frame!.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await frame!.textContent('h1')).toBe('The plan 2011');
    expect(await page.evaluate(() => (window as unknown as { hostReceived: string[] }).hostReceived)).toEqual(
      expect.arrayContaining(['initialize', 'getContext']),
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'tab-in-teams-host-dark.png') });

    await page.evaluate(() => (window as unknown as { sendThemeChange: (t: string) => void }).sendThemeChange('contrast'));
    await frame!.waitForSelector('html[data-theme="contrast"]');
    await page.screenshot({ path: path.join(ARTIFACTS, 'tab-in-teams-host-contrast.png') });
  });

  it('stays readable on a phone (390 px): no sideways scrolling, each calendar row a card with its labels', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await open('?theme=default');
      const widths = await page.evaluate(() => {
        const scroller = document.querySelector('#kalender .scroll') as HTMLElement;
        return { page: document.documentElement.scrollWidth, viewport: window.innerWidth, table: scroller.scrollWidth, region: scroller.clientWidth };
      });
      expect(widths.viewport).toBe(390);
      expect(widths.page).toBeLessThanOrEqual(390); // the page does not scroll sideways
      expect(widths.table).toBeLessThanOrEqual(widths.region); // nor does the calendar inside its region
      // Each meeting is a card: its cells stacked, every one within the screen, labelled as the header would.
      const next = page.locator('table.calendar tr.next');
      const box = await next.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      const cells = await next.locator('th, td').evaluateAll((els) => els.map((e) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, label: getComputedStyle(e, '::before').content };
      }));
      for (const c of cells) expect(c.right).toBeLessThanOrEqual(390);
      expect(cells.map((c) => c.top)).toEqual([...cells.map((c) => c.top)].sort((x, y) => x - y));
      expect(new Set(cells.map((c) => Math.round(c.top))).size).toBe(cells.length); // one under the other
      expect(cells.slice(1).map((c) => c.label)).toEqual(['"Möte"', '"Värd"', '"Status"', '"Kalender"']);
      expect(await next.locator('th').textContent()).toBe('torsdag 14 april 2011, 12.00–15.00');
      await page.screenshot({ path: path.join(ARTIFACTS, 'tab-phone-390.png'), fullPage: true });
    } finally {
      await page.setViewportSize({ width: 1100, height: 900 });
    }
  });

  it('threw no script errors, had nothing blocked by its CSP, and asked nothing of anyone but the bot (and teams-js of its CDN)', async () => {
    cspBlocked.push(...(await page.evaluate(() => (window as unknown as { cspBlocked?: string[] }).cspBlocked ?? [])));
    expect(pageErrors).toEqual([]);
    expect(cspBlocked).toEqual([]);
    expect(outside).toEqual([]);
    expect(new Set(cdn)).toEqual(new Set([TEAMS_JS_VALID_DOMAINS]));
  });
});

// Microsoft's own local Teams client, the Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground,
// pinned), in headless Chromium against the real bot: a member's question, a secretariat change confirmed
// on its card, screenshots of what is shown (test-artifacts/), and no answer shown twice.
// Everything stays on loopback: the bot listens on 127.0.0.1 (anonymous), the playground is kept there by
// test/helpers/loopback.cjs (it would listen on every interface), runs with --disable-telemetry and a
// temporary HOME (its log file), and the browser may reach nothing but 127.0.0.1 (the client's web fonts
// on Microsoft's CDN are refused; the system font is used instead).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { App } from '../../bot/app.js';
import { ROOT, startTestApp, tempDir } from '../helpers/app.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PLAYGROUND = path.join(ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
/** The playground's default user (its built-in configuration): Alex Wilber. */
const PLAYGROUND_USER = '00000000-0000-0000-0000-0000000000020';

describe('the bot in the Microsoft 365 Agents Playground (msteams)', () => {
  let app: App;
  let playground: ChildProcess;
  let playgroundUrl: string;
  let browser: Browser;
  let page: Page;
  let cleanup: () => Promise<void>;
  const outside = new Set<string>();
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}; apt-get install -y --no-install-recommends chromium`);
    const t = await tempDir();
    cleanup = t.cleanup;
    ({ app } = await startTestApp(t.dir, { BOT_NOW: '2011-04-07T10:00:00+02:00', SECRETARIAT: PLAYGROUND_USER }));
    await mkdir(ARTIFACTS, { recursive: true });
    playground = spawn(process.execPath, ['--require', path.join(ROOT, 'test', 'helpers', 'loopback.cjs'), PLAYGROUND, '-e', `${app.url}/api/messages`, '-c', 'msteams', '-p', '0', '--disable-telemetry'], {
      cwd: t.dir,
      env: { PATH: process.env.PATH ?? '', HOME: t.dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    playgroundUrl = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`the playground did not start: ${out}`)), 30_000);
      playground.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /Listening on (\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(`http://127.0.0.1:${m[1]}/`);
        }
      });
      playground.stderr!.on('data', (c: Buffer) => (out += c.toString()));
      playground.once('exit', (code) => reject(new Error(`the playground exited (${code}): ${out}`)));
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      outside.add(url.origin);
      return route.abort();
    });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    if (playground && playground.exitCode === null) {
      const exited = new Promise((r) => playground.once('exit', r));
      playground.kill('SIGTERM');
      await exited;
    }
    await app?.close();
    await cleanup?.();
  });

  const count = (text: string, what: string) => text.split(what).length - 1;

  async function write(text: string): Promise<void> {
    const box = page.locator('[role="textbox"][data-lexical-editor="true"]');
    await box.click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }

  it('shows the welcome once, answers a question once (the card alone, no text above it)', async () => {
    await page.goto(playgroundUrl);
    await page.getByText('Hej! Jag är Södertörnsboten.').first().waitFor({ timeout: 20_000 });
    await write('nästa SK');
    await page.getByText('torsdag 14 april 2011, 12.00–15.00').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(ARTIFACTS, 'playground-question.png') });
    const text = await page.innerText('body');
    expect(count(text, 'Hej! Jag är Södertörnsboten.')).toBe(1);
    expect(count(text, 'torsdag 14 april 2011, 12.00–15.00')).toBe(1);
  }, 60_000);

  it('lets the secretariat confirm a change on its card; the card then says who confirmed, without buttons', async () => {
    await write('flytta LG 20/5 till 27/5');
    const confirm = page.getByRole('button', { name: 'Bekräfta' });
    await confirm.waitFor({ timeout: 20_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'playground-confirmation.png') });
    await confirm.click();
    await page.getByText(/Klart: Flytta Ledningsgruppen/).first().waitFor({ timeout: 20_000 });
    await page.getByText(/Bekräftat av .+ \d\d\.\d\d/).first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(ARTIFACTS, 'playground-confirmed.png') });
    expect(app.store.data.plan.meetings.find((m) => m.id === 'lg-2011-05-20')!.date).toEqual({ kind: 'day', date: '2011-05-27' });
    expect(await page.getByRole('button', { name: 'Bekräfta' }).count()).toBe(0); // the buttons went with the update
    const text = await page.innerText('body');
    expect(count(text, 'Klart: Flytta Ledningsgruppen')).toBe(1);
    expect(count(text, 'torsdag 14 april 2011, 12.00–15.00')).toBe(1);
  }, 60_000);

  it("reached nothing but loopback (the client's fonts and animation script on Microsoft's CDN were refused), with no script errors", () => {
    expect([...outside].every((o) => /^https:\/\/res-1\.cdn\.office\.net$/.test(o))).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});

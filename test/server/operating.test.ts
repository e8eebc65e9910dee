// Operating the bot: what /healthz says (and does not), request ids on a turn's log lines, stacks on
// error lines, and no member's words in the log at info level.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { App } from '../../bot/app.js';
import { createMemoryLogger, withRequestId } from '../../bot/log.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fakeConnector.js';
import { messageActivity, ROOT, startTestApp, tempDir } from '../helpers/app.js';

const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('operating the bot', () => {
  let connector: FakeConnector;
  let app: App;
  let logger: ReturnType<typeof createMemoryLogger>;
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    connector = await startFakeConnector();
    ({ app, logger } = await startTestApp(dir, { BOT_NOW: '2011-04-07T10:00:00+02:00', SECRETARIAT: 'aad-sec-1', LOG_LEVEL: 'info' }));
  });
  afterAll(async () => {
    await app.close();
    await connector.close();
    await cleanup();
  });

  async function say(text: string, conversation: string, aad = 'aad-sec-1') {
    const before = connector.received.length;
    const res = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity(connector.url, text, { channelId: 'msteams', conversation: { id: conversation, conversationType: 'channel' }, from: { id: '29:x', name: 'Anna', aadObjectId: aad } })),
    });
    expect(res.status).toBeLessThan(300);
    const got = await connector.waitFor(before + 1);
    return { requestId: res.headers.get('x-request-id'), reply: got[before]!.body };
  }

  it('/healthz says whether the store is readable and writable, when reminders last ran and the version, and names no path', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({
      status: 'ok',
      version: VERSION,
      store: { readable: true, writable: true },
      reminders: { lastRunAt: expect.stringMatching(/^2011-04-07T08:/) }, // the bot's clock
    });
    expect(text).not.toContain(dir);
    expect(text).not.toMatch(/store\.json|\/tmp\/|\/home\//);
  });

  it('puts one request id on every log line of a turn, and answers it in X-Request-Id', async () => {
    logger.lines.splice(0);
    // A new channel is remembered (one line) and a secretariat change is logged (another): two lines of one turn.
    const first = await say('prenumerera på alla möten', 'channel-ops-1');
    const turn = logger.lines.filter((l) => l.conversation === 'channel-ops-1');
    expect(turn.length).toBeGreaterThanOrEqual(2);
    expect(first.requestId).toMatch(/^[\w-]{8}$/);
    for (const line of turn) expect(line.requestId).toBe(first.requestId);
    const second = await say('vilka påminnelser får vi?', 'channel-ops-2');
    expect(second.requestId).not.toBe(first.requestId);
  });

  it('logs nothing a member wrote at info level or above', async () => {
    logger.lines.splice(0);
    await say('vad kostar Zebrafinkhuset i budgeten?', 'channel-ops-3', 'aad-someone');
    const card = await say('lägg till budgetrad 2011 kostnad Zebrafinkar 10 000', 'channel-ops-3');
    expect(card.reply.text).toMatch(/Zebrafinkar/);
    const done = await say('bekräfta', 'channel-ops-3');
    expect(done.reply.text).toMatch(/Klart/);
    expect(logger.lines.some((l) => l.msg === 'plan changed')).toBe(true);
    const above = logger.lines.filter((l) => l.level !== 'debug');
    expect(JSON.stringify(above)).not.toMatch(/Zebrafink/);
  });

  it('writes the stack with an error, not with a warning, and the request id inside a request', () => {
    const log = createMemoryLogger();
    const e = new Error('boom');
    withRequestId('req-1', () => {
      log.error('failed', { error: e });
      log.warn('odd', { error: e });
    });
    log.info('outside');
    const [error, warn, outside] = log.lines;
    expect((error!.error as { stack?: string }).stack).toMatch(/Error: boom\n\s+at /);
    expect((warn!.error as { stack?: string }).stack).toBeUndefined();
    expect(error!.requestId).toBe('req-1');
    expect(warn!.requestId).toBe('req-1');
    expect(outside!.requestId).toBeUndefined();
  });
});

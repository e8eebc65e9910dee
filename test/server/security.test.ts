// Issue 12, item by item, through HTTP against the running bot: what an attacker (or an unlucky race)
// could do with one request, and what the bot now answers instead. Everything stays on loopback: a fake
// Bot Connector, a fake Slack Web API and a fake Microsoft login (OpenID metadata and signing keys).
import { generateKeyPairSync, createSign, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync, deflateSync } from 'node:zlib';
import type { App } from '../../bot/app.js';
import { ManualClock } from '../../bot/clock.js';
import { messageActivity, post, startTestApp, tempDir } from '../helpers/app.js';
import { startFakeConnector, type FakeConnector, type ReceivedActivity } from '../helpers/fakeConnector.js';
import { BOT_TOKEN, SIGNING_SECRET, form, signedHeaders, startFakeSlack, type FakeSlack } from '../helpers/fakeSlack.js';

const NOW = '2011-04-07T10:00:00+02:00';
const SEC = 'aad-sec-1';
const SEC2 = 'aad-sec-2';

/** The whole answer of an activity, wherever the channel layer puts it (text, or the card's fallback). */
function answerOf(a: ReceivedActivity | undefined): string {
  const body = a?.body ?? {};
  const card = body.attachments?.[0]?.content;
  return [body.text, card?.fallbackText, card?.speak].filter((x) => typeof x === 'string').join('\n');
}

describe('issue 12: no single request takes the bot down, and no change is lost to another', () => {
  let app: App;
  let logger: Awaited<ReturnType<typeof startTestApp>>['logger'];
  let connector: FakeConnector;
  let slack: FakeSlack;
  let cleanup: () => Promise<void>;
  const clock = new ManualClock(NOW);

  beforeAll(async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    connector = await startFakeConnector();
    slack = await startFakeSlack();
    ({ app, logger } = await startTestApp(
      t.dir,
      { SECRETARIAT: `${SEC},${SEC2},U-SEC`, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl },
      { clock, wallClock: { now: () => new Date() } },
    ));
  });
  afterAll(async () => {
    await app.close();
    await connector.close();
    await slack.close();
    await cleanup();
  });

  let convSeq = 0;
  /** Says `text` as a Teams user and returns the bot's reply activity. */
  async function say(text: string, opts: { aad?: string; conv?: string; value?: Record<string, unknown>; name?: string } = {}) {
    const before = connector.received.length;
    const res = await post(
      `${app.url}/api/messages`,
      messageActivity(connector.url, text, {
        channelId: 'msteams',
        conversation: { id: opts.conv ?? `conv-${++convSeq}` },
        from: { id: `29:${opts.aad ?? SEC}`, name: opts.name ?? 'Anna Berg', aadObjectId: opts.aad ?? SEC },
        ...(opts.value ? { value: opts.value } : {}),
      }),
    );
    expect(res.status).toBeLessThan(300);
    const got = await connector.waitFor(before + 1);
    return got[before]!;
  }
  const confirmData = (a: ReceivedActivity) => {
    const actions = a.body.attachments[0].content.actions as Array<{ title: string; data: Record<string, unknown> }>;
    return actions.find((x) => x.title === 'Bekräfta')!.data;
  };
  const cancelData = (a: ReceivedActivity) => {
    const actions = a.body.attachments[0].content.actions as Array<{ title: string; data: Record<string, unknown> }>;
    return actions.find((x) => x.title === 'Avbryt')!.data;
  };
  const lg = (id: string) => app.store.data.plan.meetings.find((m) => m.id === id)!;
  async function alive() {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect(answerOf(await say('vem är värd för rådslaget 2014?'))).toMatch(/Tyresö/);
  }

  describe('1–2: compressed bodies are refused before they are read', () => {
    const broken = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xff, 0xff]);
    it.each(['/api/messages', '/api/slack/events', '/api/slack/commands', '/api/slack/interactions', '/healthz'])('a broken gzip body to %s gets 415 and the bot lives on', async (path) => {
      const res = await fetch(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: broken });
      expect(res.status).toBe(415);
      await alive();
    });

    it('a gzip bomb (100 MB of zeros in 100 KB) gets 415 without growing the memory', async () => {
      const bomb = gzipSync(Buffer.alloc(100 * 1024 * 1024));
      const before = process.memoryUsage().rss;
      const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: bomb });
      expect(res.status).toBe(415);
      expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
      await alive();
    });

    it.each(['deflate', 'br', 'GZIP', 'x-gzip, identity'])('Content-Encoding %s is refused too', async (encoding) => {
      const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body: deflateSync(Buffer.from('{}')) });
      expect(res.status).toBe(415);
    });

    it('identity is what an uncompressed body says, and it is read as usual', async () => {
      const res = await post(`${app.url}/api/messages`, messageActivity(connector.url, 'hjälp', { conversation: { id: 'identity' } }), { 'content-encoding': 'identity' });
      expect(res.status).toBe(200);
    });
  });

  describe('3: the worst message holds nobody up', () => {
    const calendarLine = (i: number) => {
      const d = new Date(Date.UTC(2012, 0, 1 + i));
      return `LG ${d.getUTCDate()}/${d.getUTCMonth() + 1} 08.30-13.00 värd Huddinge Tyresö Salem not: ${'extra möte 12/3 kl 13 '.repeat(14)}`.slice(0, 300);
    };
    const worst = {
      // The longest accepted: 40 full calendar lines; and a wall of identical lines (once cubic) near the cap.
      calendar: `ny kalender 2012\n${Array.from({ length: 40 }, (_, i) => calendarLine(i)).join('\n')}`,
      wall: `ny kalender 2012\n${'LG 16/12 08.30-13.00 värd Huddinge\n'.repeat(14_000)}`.slice(0, 500 * 1024),
    };

    // Once through each path first, so the timing below is the steady state, not the JIT's first pass.
    beforeAll(async () => {
      for (const aad of ['aad-stranger', SEC]) {
        await say(worst.calendar, { aad });
        await say(worst.wall, { aad });
      }
    });

    it.each([
      ['a non-member', 'aad-stranger', 'calendar'],
      ['a non-member', 'aad-stranger', 'wall'],
      ['a member', SEC, 'calendar'],
      ['a member', SEC, 'wall'],
    ] as const)('%s (%s) sends the worst %s while another conversation asks a question: the question is answered within 200 ms of its time alone (on a slow machine up to 600 ms)', async (_who, aad, which) => {
      // What the worst message may add to the question's time, by the machine as it is now: the question alone, asked
      // right before, is the measure. The fixed 200 ms this bound was failed once under the full suite's load (test files
      // in parallel) with nothing held up: the worst message's own reading (of up to 500 KB) then takes longer too, as
      // the question alone does. So besides 200 ms, four times the time alone, up to 400 ms, may be added (a loaded
      // machine here: alone 20 ms, with the worst in flight 250 ms). A worst message read on the event loop in one piece
      // holds the question up for a second or more (the wall once took 4 s, the split's backtracking 1.8 s; a second's
      // pause put in the core fails this test), past the bound however slow the machine.
      const alone = await aloneTime(`${aad}-${which}`);
      const text = worst[which];
      const sent = post(`${app.url}/api/messages`, messageActivity(connector.url, text, { channelId: 'msteams', conversation: { id: `worst-${aad}-${which}` }, from: { id: '29:x', aadObjectId: aad } }));
      // The big request is on its way first; the question follows at once from elsewhere.
      await new Promise((r) => setImmediate(r));
      const answered = await askBystander(`bystander-${aad}-${which}`);
      expect(answerOf(answered.reply)).toMatch(/Tyresö/);
      expect(answered.ms).toBeLessThan(alone + 200 + 4 * Math.min(alone, 100));
      expect((await sent).status).toBe(200);
    });

    /** Asks the bystander's question in a conversation of its own: its reply, and the milliseconds until the reply. */
    async function askBystander(conversationId: string): Promise<{ reply: ReceivedActivity; ms: number }> {
      const asked = Date.now();
      await post(`${app.url}/api/messages`, messageActivity(connector.url, 'vem är värd för rådslaget 2014?', { channelId: 'msteams', conversation: { id: conversationId } }));
      const reply = await waitForReply(conversationId);
      return { reply, ms: reply.at - asked };
    }

    /** How long the bystander's question takes with nothing else sent: the middle one of three askings (a moment's pause
     * in one of them, a collection of garbage, neither inflates nor deflates it). */
    async function aloneTime(tag: string): Promise<number> {
      const times: number[] = [];
      for (let n = 0; n < 3; n++) times.push((await askBystander(`alone-${tag}-${n}`)).ms);
      return times.sort((a, b) => a - b)[1]!;
    }

    it('the worst calendar from a non-member is refused, and from a member proposed, not applied', async () => {
      const refused = await say(worst.calendar, { aad: 'aad-stranger' });
      expect(answerOf(refused)).toMatch(/bara sekretariatet/);
      const proposed = await say(worst.calendar);
      expect(proposed.body.attachments[0].content.actions.map((a: { title: string }) => a.title)).toEqual(['Bekräfta', 'Avbryt']);
      expect(app.store.data.plan.meetings.some((m) => m.id.startsWith('lg-2012-'))).toBe(false);
    });

    it('a calendar longer than 40 lines, or longer than 40 full lines, gets a clear answer', async () => {
      const r = await say(`ny kalender 2012\n${Array.from({ length: 41 }, (_, i) => calendarLine(i).slice(0, 40)).join('\n')}`);
      expect(answerOf(r)).toMatch(/Högst 40 möten i en kalender/);
      expect(answerOf(await say(worst.wall))).toMatch(/högst 40 rader om högst 300 tecken/);
    });

    it('the same through a Slack slash command', async () => {
      const body = form({ command: '/sodertorn', text: worst.wall, channel_id: 'CWORST', user_id: 'U-STRANGER', trigger_id: randomUUID() });
      const before = slack.posts().length;
      const res = await fetch(`${app.url}/api/slack/commands`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(body, new Date()) }, body });
      expect(res.status).toBe(200);
      // The command is answered in its channel, and the bot answers others after it. No bound of wall time (a loaded
      // machine is no failure of the bot): jest's own timeout is the limit of the wait.
      await slack.waitForPosts(before + 1, Number.POSITIVE_INFINITY);
      expect(slack.posts().slice(before).map((p) => p.body.channel)).toContain('CWORST');
      await alive();
    });

    // (Waits up to ten seconds, not a count of polls: the timing is asserted on the reply's arrival, not here.)
    async function waitForReply(conversationId: string): Promise<ReceivedActivity> {
      for (const until = Date.now() + 10_000; Date.now() < until; ) {
        const found = connector.received.find((a) => a.path.includes(encodeURIComponent(conversationId)) || a.body.conversation?.id === conversationId);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 5));
      }
      throw new Error(`no reply in ${conversationId}`);
    }
  });

  describe('4: two members confirming at once', () => {
    it('applies one proposal; the other is refused as made against a state that changed, and changes nothing', async () => {
      const a = await say('flytta LG 20/5 till 27/5', { aad: SEC, conv: 'race-a' });
      const b = await say('flytta LG 20/5 till 3/6', { aad: SEC2, conv: 'race-b' });
      // Both confirmations are on their way at once; their replies are told apart by conversation.
      const before = connector.received.length;
      const confirmIn = (aad: string, conv: string, value: Record<string, unknown>) =>
        post(`${app.url}/api/messages`, messageActivity(connector.url, '', { channelId: 'msteams', conversation: { id: conv }, from: { id: `29:${aad}`, aadObjectId: aad }, value }));
      await Promise.all([confirmIn(SEC, 'race-a', confirmData(a)), confirmIn(SEC2, 'race-b', confirmData(b))]);
      const replies = (await connector.waitFor(before + 2)).slice(before);
      const inConv = (conv: string) => replies.find((r) => r.path.includes(`/conversations/${conv}/`))!;
      const [ra, rb] = [inConv('race-a'), inConv('race-b')];
      const answers = [answerOf(ra), answerOf(rb)];
      expect(answers.filter((t) => /^Klart/.test(t))).toHaveLength(1);
      expect(answers.filter((t) => /har ändrats sedan förslaget gjordes/.test(t))).toHaveLength(1);
      const moved = lg('lg-2011-05-20');
      const won = /^Klart/.test(answers[0]!) ? '2011-05-27' : '2011-06-03';
      expect(moved.date).toEqual({ kind: 'day', date: won });
      expect(app.store.data.runtime.audit.filter((e) => e.action === 'meeting.update' && e.before && (e.before as { meetingId?: string }).meetingId === 'lg-2011-05-20')).toHaveLength(1);
    });

    it("an undo never takes back someone else's later change unseen", async () => {
      const first = [...app.store.data.runtime.audit].reverse().find((e) => e.action === 'meeting.update')!;
      const winner = first.actor;
      const other = winner === SEC ? SEC2 : SEC;
      // The other member moves the same meeting again, from where it now is.
      const [, month, day] = (lg('lg-2011-05-20').date as { date: string }).date.split('-').map(Number);
      const p = await say(`flytta LG ${day}/${month} till 10/6`, { aad: other, conv: 'undo-b' });
      expect(answerOf(await say('', { aad: other, conv: 'undo-b', value: confirmData(p) }))).toMatch(/^Klart/);
      const undo = await say('ångra', { aad: winner, conv: 'undo-a' });
      expect(answerOf(undo)).toMatch(/har ändrats igen efteråt/);
      expect(answerOf(undo)).toMatch(/Senare ändring/);
      expect(lg('lg-2011-05-20').date).toEqual({ kind: 'day', date: '2011-06-10' });
      // The later change's own author may undo it.
      const undoLater = await say('ångra', { aad: other, conv: 'undo-b' });
      expect(answerOf(await say('', { aad: other, conv: 'undo-b', value: confirmData(undoLater) }))).toMatch(/^Klart/);
    });

    it("a member cannot cancel another member's proposal", async () => {
      const p = await say('ställ in LG 14/10', { aad: SEC, conv: 'cancel-a' });
      const r = await say('', { aad: SEC2, conv: 'cancel-b', value: cancelData(p) });
      expect(answerOf(r)).toMatch(/Bara den som gjorde förslaget kan avbryta det/);
      expect(app.store.data.runtime.pending.some((x) => x.id === cancelData(p).id)).toBe(true);
      expect(answerOf(await say('', { aad: SEC, conv: 'cancel-a', value: cancelData(p) }))).toMatch(/Avbrutet/);
    });
  });

  describe('7: a replayed Slack slash command', () => {
    const slash = (text: string, trigger: string, at: Date) => {
      const body = form({ command: '/sodertorn', text, channel_id: 'CSEC', user_id: 'U-SEC', trigger_id: trigger, response_url: `${slack.url}/response/x` });
      return fetch(`${app.url}/api/slack/commands`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(body, at) }, body });
    };
    it('is answered once per trigger_id', async () => {
      const before = slack.posts().length;
      const at = new Date();
      expect((await slash('vem är värd för rådslaget 2014?', 'T-replay-1', at)).status).toBe(200);
      await slack.waitForPosts(before + 1);
      expect((await slash('vem är värd för rådslaget 2014?', 'T-replay-1', at)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 300));
      expect(slack.posts()).toHaveLength(before + 1);
    });

    it('a typed confirmation sent before a proposal does not confirm it', async () => {
      const sentEarlier = new Date(Date.now() - 60_000); // signed a minute ago: still fresh for Slack's five minutes
      let before = slack.posts().length;
      await slash('ställ in LG 25/11', 'T-propose', new Date());
      await slack.waitForPosts(before + 1);
      before = slack.posts().length;
      await slash('bekräfta', 'T-old-confirm', sentEarlier);
      const [answer] = (await slack.waitForPosts(before + 1)).slice(before);
      expect(answer!.body.text).toMatch(/gjordes efter ditt meddelande/);
      expect(lg('lg-2011-11-25').status).toBe('planned');
      before = slack.posts().length;
      await slash('bekräfta', 'T-new-confirm', new Date());
      const [done] = (await slack.waitForPosts(before + 1)).slice(before);
      expect(done!.body.text).toMatch(/Klart/);
      expect(lg('lg-2011-11-25').status).toBe('cancelled');
    });
  });

  describe('8: activities with fields of the wrong type get 400 at the door', () => {
    it.each([
      ['from.name', { from: { id: 'u', name: 5 } }],
      ['recipient.name', { recipient: { id: 'bot-1', name: [] } }],
      ['recipient.aadObjectId', { recipient: { id: 'bot-1', aadObjectId: {} } }],
      ['conversation.name', { conversation: { id: 'c', name: {} } }],
      ['conversation.tenantId', { conversation: { id: 'c', tenantId: 1 } }],
      ['conversation.isGroup', { conversation: { id: 'c', isGroup: 'yes' } }],
      ['id', { id: 42 }],
      ['replyToId', { replyToId: false }],
      ['membersAdded[].name', { type: 'conversationUpdate', membersAdded: [{ id: 'x', name: 3 }] }],
    ])('%s', async (_field, extra) => {
      const before = connector.received.length;
      const res = await post(`${app.url}/api/messages`, messageActivity(connector.url, 'hjälp', extra));
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text)).toEqual({ error: 'bad_activity' });
      await new Promise((r) => setTimeout(r, 50));
      expect(connector.received).toHaveLength(before);
    });
  });

  describe('9: "__proto__" as a conversation id', () => {
    it("is an ordinary conversation and evicts nobody's follow-up context", async () => {
      expect(answerOf(await say('vem är värd för rådslaget 2014?', { conv: 'proto-a' }))).toMatch(/Tyresö/);
      expect(answerOf(await say('vem är värd för rådslaget 2016?', { conv: '__proto__' }))).toMatch(/Haninge/);
      expect(answerOf(await say('och 2015?', { conv: 'proto-a' }))).toMatch(/Södertälje/);
      expect(answerOf(await say('och 2017?', { conv: '__proto__' }))).toMatch(/Nykvarn/);
      expect(logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    });
  });

  describe('11: small leaks', () => {
    it('/healthz shows no file path', async () => {
      const text = await (await fetch(`${app.url}/healthz`)).text();
      expect(text).not.toMatch(/\/(tmp|home|work|data)\b|store\.json/);
    });
    it.each(['/api/plan', '/calendar.ics', '/tab', '/healthz'])('%s says nosniff and no-referrer', async (path) => {
      const res = await fetch(`${app.url}${path}`);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    });
  });

  describe("12: the README's own examples", () => {
    it('"lägg till möte LG 16/12 08.30-13.00 värd Huddinge" proposes one day, 08.30–13.00', async () => {
      const r = answerOf(await say('lägg till möte LG 16/12 08.30-13.00 värd Huddinge'));
      expect(r).toMatch(/16 december 2011/);
      expect(r).toMatch(/08\.30–13\.00/);
      expect(r).not.toMatch(/2013|30 augusti/);
    });
    it('"flytta LG 20/5 till 27/5 08.30-12.00" proposes the move with the new time and no clash', async () => {
      const r = answerOf(await say('flytta LG 9/9 till 16/9 08.30-12.00'));
      expect(r).toMatch(/16 september 2011, 08\.30–12\.00/);
      expect(r).not.toMatch(/Krockar/);
    });
  });
});

describe('issue 12, items 5 and 6: who may talk to the bot', () => {
  it('5: without an app id it listens on 127.0.0.1 unless HOST is set, and then warns what that means', async () => {
    const t = await tempDir();
    try {
      const { app, logger } = await startTestApp(t.dir, { HOST: '' });
      expect((app.server.address() as AddressInfo).address).toBe('127.0.0.1');
      expect(logger.lines.some((l) => l.msg === 'anonymous mode on a network interface')).toBe(false);
      await app.close();
      const second = await startTestApp(t.dir, { HOST: '0.0.0.0' });
      expect((second.app.server.address() as AddressInfo).address).toBe('0.0.0.0');
      const warning = second.logger.lines.find((l) => l.msg === 'anonymous mode on a network interface');
      expect(warning).toMatchObject({ level: 'warn', host: '0.0.0.0' });
      expect(String(warning!.detail)).toMatch(/anyone who can reach this port can act as any user/);
      await second.app.close();
    } finally {
      await t.cleanup();
    }
  });

  describe('6: forged tokens', () => {
    const APP_ID = '00000000-0000-0000-0000-000000000001';
    const realKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forgerKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
    let login: http.Server;
    let loginUrl: string;
    let keysUp = true;

    beforeAll(async () => {
      // A fake Microsoft login: OpenID metadata and the signing keys (or a 500 while "down").
      const jwk = { ...realKey.publicKey.export({ format: 'jwk' }), kid: 'real-key', kty: 'RSA', use: 'sig', endorsements: ['msteams', 'emulator'] };
      login = http.createServer((req, res) => {
        if (!keysUp) {
          res.statusCode = 500;
          res.end('down');
          return;
        }
        res.setHeader('content-type', 'application/json');
        if (req.url?.includes('openid')) res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${loginUrl}/keys` }));
        else res.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((r) => login.listen(0, '127.0.0.1', () => r()));
      loginUrl = `http://127.0.0.1:${(login.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((r) => login.close(() => r())));

    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    function forged(kid: string, key = forgerKey.privateKey): string {
      const now = Math.floor(Date.now() / 1000);
      const head = b64({ alg: 'RS256', typ: 'JWT', kid });
      const claims = b64({ iss: 'https://api.botframework.com', aud: APP_ID, exp: now + 600, nbf: now - 60, serviceurl: 'http://127.0.0.1:1/' });
      const sig = createSign('RSA-SHA256').update(`${head}.${claims}`).sign(key).toString('base64url');
      return `Bearer ${head}.${claims}.${sig}`;
    }

    // botbuilder caches the keys per metadata URL for the life of the process: each case gets its own URL.
    let urlSeq = 0;
    async function withApp(run: (app: App, logger: Awaited<ReturnType<typeof startTestApp>>['logger'], connector: FakeConnector) => Promise<void>, base = loginUrl) {
      const t = await tempDir();
      const connector = await startFakeConnector();
      const { app, logger } = await startTestApp(t.dir, { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-secret' }, { openIdMetadataUrl: `${base}/${++urlSeq}/openid` });
      try {
        await run(app, logger, connector);
      } finally {
        await app.close();
        await connector.close();
        await t.cleanup();
      }
    }

    it.each([
      ['signed by a key that is not Microsoft\'s', () => forged('real-key')],
      ['naming a key that does not exist', () => forged('no-such-key')],
      ['garbage', () => 'Bearer not.a.token'],
    ])('a token %s gets 401, one log line, and nothing internal', async (_what, token) => {
      keysUp = true;
      await withApp(async (app, logger, connector) => {
        const res = await post(`${app.url}/api/messages`, messageActivity(connector.url, 'hjälp'), { authorization: token() });
        expect(res.status).toBe(401);
        expect(JSON.parse(res.text)).toEqual({ error: 'unauthorized' });
        expect(logger.lines.filter((l) => l.level === 'warn' || l.level === 'error').map((l) => l.msg)).toEqual(['request refused: token not valid']);
        expect(connector.received).toHaveLength(0);
      });
    });

    it("while Microsoft's keys cannot be fetched: 503, one log line, nothing internal in the body", async () => {
      // As without internet: nothing listens where the keys are published (a loopback port just freed).
      const closed = http.createServer();
      await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
      const nowhere = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
      await new Promise<void>((r) => closed.close(() => r()));
      keysUp = false;
      try {
        await withApp(async (app, logger, connector) => {
          const res = await post(`${app.url}/api/messages`, messageActivity(connector.url, 'hjälp'), { authorization: forged('real-key', realKey.privateKey) });
          expect(res.status).toBe(503);
          expect(JSON.parse(res.text)).toEqual({ error: 'auth_unavailable' });
          expect(res.text).not.toMatch(/Failed|Error|at /);
          expect(logger.lines.filter((l) => l.level === 'warn' || l.level === 'error').map((l) => l.msg)).toEqual(['request refused: Microsoft signing keys unavailable']);
          expect(connector.received).toHaveLength(0);
        }, nowhere);
      } finally {
        keysUp = true;
      }
    });
  });
});

// The Slack layer's pure parts: signatures, the per-channel pacing, Slack text, ids and form state.
import {
  createChannelPacer,
  flattenState,
  parseSlackConversationId,
  slackConversationId,
  slackSignature,
  textFromSlack,
  verifySlackSignature,
  type PacerTimers,
} from '../../bot/channels/slack/index.js';

describe('Slack signatures', () => {
  const secret = '8f742231b10e8888abcd99yyyzzz85a5';
  const body = Buffer.from('token=x&team_id=T1&command=%2Fsodertorn&text=n%C3%A4sta+SK', 'utf8');
  const now = new Date('2011-04-07T08:00:00Z');
  const ts = String(now.getTime() / 1000);
  const check = (over: Partial<Parameters<typeof verifySlackSignature>[0]>) =>
    verifySlackSignature({ signingSecret: secret, body, timestamp: ts, signature: slackSignature(secret, ts, body), now, ...over });

  it('accepts Slack\'s v0 HMAC-SHA256 over "v0:timestamp:body"', () => {
    expect(slackSignature(secret, ts, body)).toMatch(/^v0=[0-9a-f]{64}$/);
    expect(check({})).toEqual({ ok: true });
    // four minutes off either way is still fine
    expect(check({ now: new Date(now.getTime() + 4 * 60_000) })).toEqual({ ok: true });
    expect(check({ now: new Date(now.getTime() - 4 * 60_000) })).toEqual({ ok: true });
  });

  it('refuses a missing, malformed, stale or forged signature', () => {
    expect(check({ signature: undefined })).toEqual({ ok: false, reason: 'missing' });
    expect(check({ timestamp: undefined })).toEqual({ ok: false, reason: 'missing' });
    expect(check({ signature: 'v1=abc' })).toEqual({ ok: false, reason: 'malformed' });
    expect(check({ timestamp: 'yesterday' })).toEqual({ ok: false, reason: 'malformed' });
    expect(check({ now: new Date(now.getTime() + 6 * 60_000) })).toEqual({ ok: false, reason: 'stale' });
    expect(check({ now: new Date(now.getTime() - 6 * 60_000) })).toEqual({ ok: false, reason: 'stale' });
    expect(check({ signature: slackSignature('another-secret', ts, body) })).toEqual({ ok: false, reason: 'mismatch' });
    expect(check({ body: Buffer.from(body.toString('utf8').replace('SK', 'LG')) })).toEqual({ ok: false, reason: 'mismatch' });
    // a signature made for another timestamp does not carry over
    const other = String(Number(ts) + 10);
    expect(check({ timestamp: other })).toEqual({ ok: false, reason: 'mismatch' });
  });
});

describe('the per-channel pacer', () => {
  function fakeTimers() {
    let t = 0;
    const sleeps: number[] = [];
    const timers: PacerTimers = {
      now: () => t,
      sleep: async (ms) => {
        sleeps.push(ms);
        t += ms;
      },
    };
    return { timers, sleeps, advance: (ms: number) => (t += ms) };
  }

  it('runs one task at a time per channel, an interval apart, and channels independently', async () => {
    const { timers, sleeps } = fakeTimers();
    const pacer = createChannelPacer(1000, timers);
    const order: string[] = [];
    const task = (name: string) => async () => {
      order.push(name);
      return name;
    };
    const results = await Promise.all([pacer.run('C1', task('a1')), pacer.run('C1', task('a2')), pacer.run('C2', task('b1')), pacer.run('C1', task('a3'))]);
    expect(results).toEqual(['a1', 'a2', 'b1', 'a3']);
    expect(order.filter((n) => n.startsWith('a'))).toEqual(['a1', 'a2', 'a3']);
    // a2 and a3 each waited a full interval after the one before; b1 (another channel) did not wait
    expect(sleeps).toEqual([1000, 1000]);
  });

  it('does not wait when the interval has already passed, and a failure does not block the queue', async () => {
    const { timers, sleeps, advance } = fakeTimers();
    const pacer = createChannelPacer(1000, timers);
    await expect(pacer.run('C1', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    advance(400);
    await expect(pacer.run('C1', async () => 'ok')).resolves.toBe('ok');
    expect(sleeps).toEqual([600]);
    advance(5000);
    await pacer.run('C1', async () => 'later');
    expect(sleeps).toEqual([600]);
  });
});

describe('Slack text and ids', () => {
  it('removes the bot mention and makes Slack markup readable', () => {
    expect(textFromSlack('<@UBOT> hjälp', 'UBOT')).toBe('hjälp');
    expect(textFromSlack('<@UBOT|sodertornsboten>   nästa   SK?', 'UBOT')).toBe('nästa SK?');
    expect(textFromSlack('fråga <@UBOT> om budget', 'UBOT')).toBe('fråga om budget');
    expect(textFromSlack('<@UBOT> vad säger <@U123|anna> om <#C42|allmänt>?', 'UBOT')).toBe('vad säger @anna om #allmänt?');
    expect(textFromSlack('<@UBOT> se <https://example.org/plan|planen> &amp; 1 &lt; 2', 'UBOT')).toBe('se planen & 1 < 2');
    // without a known bot id only a leading mention is taken as addressing the bot
    expect(textFromSlack('<@UXYZ> hjälp')).toBe('hjälp');
  });

  it('writes thread conversations as channel:thread_ts and reads them back', () => {
    expect(slackConversationId('C1')).toBe('C1');
    expect(slackConversationId('C1', '1302163200.000100')).toBe('C1:1302163200.000100');
    expect(parseSlackConversationId('C1:1302163200.000100')).toEqual({ channel: 'C1', threadTs: '1302163200.000100' });
    expect(parseSlackConversationId('D1')).toEqual({ channel: 'D1' });
  });

  it('flattens message and modal input state to {action_id: value}', () => {
    expect(
      flattenState({
        b1: { note: { type: 'plain_text_input', value: 'flyttas' } },
        b2: { when: { type: 'datepicker', selected_date: '2011-05-12' }, who: { type: 'static_select', selected_option: { value: 'haninge' } } },
        b3: { many: { type: 'checkboxes', selected_options: [{ value: 'sk' }, { value: 'lg' }] }, empty: { type: 'plain_text_input', value: null } },
      }),
    ).toEqual({ note: 'flyttas', when: '2011-05-12', who: 'haninge', many: ['sk', 'lg'] });
    expect(flattenState(undefined)).toEqual({});
  });
});

// A confirmation card, once confirmed or cancelled, changes for everyone: its buttons go and it says who
// decided and when (Stockholm time). Teams: the card the press came from (replyToId) is PUT to the
// connector. Slack: chat.update of the message that had the buttons. A second press changes nothing.
import type { App } from '../../bot/app.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fakeConnector.js';
import { cardText, messageActivity, post, startTestApp, tempDir } from '../helpers/app.js';
import { BOT_TOKEN, FAKE_BOT_USER, SIGNING_SECRET, eventEnvelope, form, postSlack, signedHeaders, startFakeSlack, type FakeSlack } from '../helpers/fakeSlack.js';

// 12.32 UTC is 14.32 in Stockholm (summer time).
const NOW = '2011-04-07T14:32:00+02:00';

describe('decided confirmation cards in Teams', () => {
  let connector: FakeConnector;
  let app: App;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    connector = await startFakeConnector();
    ({ app } = await startTestApp(t.dir, { BOT_NOW: NOW, SECRETARIAT: 'aad-anna,aad-bo' }));
  });
  afterEach(async () => {
    await app.close();
    await connector.close();
    await cleanup();
  });

  const CONV = { id: '19:sek@thread.tacv2', conversationType: 'channel', isGroup: true };
  const people = { anna: { id: '29:anna', name: 'Anna Berg', aadObjectId: 'aad-anna' }, bo: { id: '29:bo', name: 'Bo Ek', aadObjectId: 'aad-bo' } };
  async function say(text: string, who: keyof typeof people, extra: Record<string, unknown> = {}) {
    const before = connector.received.length;
    const res = await post(`${app.url}/api/messages`, messageActivity(connector.url, text, { channelId: 'msteams', conversation: CONV, from: people[who], ...extra }));
    expect(res.status).toBeLessThan(300);
    await connector.waitFor(before + 1);
    await new Promise((r) => setTimeout(r, 50)); // a PUT, if any, comes before the answer
    return connector.received.slice(before);
  }
  const button = (card: Record<string, any>, title: string) => card.attachments[0].content.actions.find((a: { title: string }) => a.title === title).data; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('confirmed: the card is PUT without buttons, saying who confirmed and when; a second press changes nothing', async () => {
    const [card] = await say('flytta LG 20/5 till 27/5', 'anna');
    const cardId = `act-${connector.received.indexOf(card!) + 1}`; // the fake connector's id for that post
    const pressed = await say('', 'anna', { value: button(card!.body, 'Bekräfta'), replyToId: cardId });
    const put = pressed.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe(`/v3/conversations/19%3Asek%40thread.tacv2/activities/${cardId}`);
    expect(put.body.attachments[0].content.actions).toBeUndefined();
    expect(cardText(put.body)).toMatch(/Bekräftat av Anna Berg 14\.3\d/);
    expect(cardText(put.body)).toMatch(/fredag 20 maj 2011, 08\.30–13\.00 → fredag 27 maj 2011/);
    expect(cardText(pressed.find((r) => r.method === 'POST')!.body)).toMatch(/^Klart: Flytta/);

    const again = await say('', 'bo', { value: button(card!.body, 'Bekräfta'), replyToId: cardId });
    expect(again.filter((r) => r.method === 'PUT')).toEqual([]);
    expect(cardText(again[0]!.body)).toMatch(/Redan genomförd|finns inte längre/);
    expect(app.store.data.runtime.audit.filter((e) => e.action === 'meeting.update')).toHaveLength(1);
  });

  it('the history shows before → after, who (display name) and Stockholm time, asked three ways', async () => {
    const [card] = await say('flytta LG 20/5 till 27/5', 'anna');
    await say('', 'anna', { value: button(card!.body, 'Bekräfta') });
    for (const ask of ['visa ändringar', 'historik']) {
      const [answer] = await say(ask, 'bo');
      const text = cardText(answer!.body);
      expect(text).toMatch(/^Senaste ändringarna/);
      expect(text).toMatch(/Flytta Ledningsgruppen fredag 20 maj 2011/);
      expect(text).toMatch(/7\/4 2011 14\.3\d · Anna Berg · id /); // 12.3x UTC is 14.3x in Stockholm
      expect(text).toMatch(/När: fredag 20 maj 2011, 08\.30–13\.00 → fredag 27 maj 2011, 08\.30–13\.00/);
      expect(text).toMatch(/svensk tid/);
      expect(text).not.toMatch(/UTC|12\.3\d/);
    }
    const [english] = await say('what changed?', 'bo');
    expect(cardText(english!.body)).toMatch(/^Recent changes/);
    expect(cardText(english!.body)).toMatch(/14:3\d · Anna Berg/);
  });

  it('"ja" confirms and "nej" cancels the latest proposal of its proposer in the conversation, and only then', async () => {
    const lg = () => app.store.data.plan.meetings.find((m) => m.id === 'lg-2011-05-20')!;
    await say('flytta LG 20/5 till 27/5', 'anna');
    // Someone else's "ja" is not an answer to Anna's proposal.
    expect(cardText((await say('ja', 'bo'))[0]!.body)).not.toMatch(/^Klart/);
    expect(lg().date).toEqual({ kind: 'day', date: '2011-05-20' });
    expect(cardText((await say('ja', 'anna'))[0]!.body)).toMatch(/^Klart: Flytta Ledningsgruppen/);
    expect(lg().date).toEqual({ kind: 'day', date: '2011-05-27' });
    // Nothing pending: "ok" is told so, and changes nothing.
    const audit = app.store.data.runtime.audit.length;
    expect(cardText((await say('ok', 'anna'))[0]!.body)).toMatch(/^Inget väntar på bekräftelse/);
    expect(app.store.data.runtime.audit).toHaveLength(audit);

    await say('ställ in LG 27/5', 'anna');
    expect(cardText((await say('nej', 'anna'))[0]!.body)).toMatch(/^Avbrutet/);
    expect(lg().status).toBe('planned');
    expect(app.store.data.runtime.pending).toEqual([]);

    // Two proposals pending: "yes" answers the latest, the card just shown, and names the other still waiting.
    await say('ställ in LG 27/5', 'anna');
    await say('flytta SK 9/6 till 10/6', 'anna');
    expect(cardText((await say('yes', 'anna'))[0]!.body)).toMatch(/^Done: Flytta Södertörns samarbetskommitté.*still waiting.*Ställ in Ledningsgruppen/s);
    expect(app.store.data.runtime.pending).toHaveLength(1);
    expect(lg().status).toBe('planned');
  });

  it('answers "ja", "nej avbryt", "no" in their own language, and "ok" in the proposal\'s', async () => {
    await say('cancel LG on 20 May', 'anna');
    expect(cardText((await say('nej avbryt', 'anna'))[0]!.body)).toMatch(/^Avbrutet/);
    await say('ställ in LG 20/5', 'anna');
    expect(cardText((await say('no', 'anna'))[0]!.body)).toMatch(/^Cancelled/);
    await say('cancel LG on 20 May', 'anna');
    expect(cardText((await say('ok', 'anna'))[0]!.body)).toMatch(/^Done: Cancel Ledningsgruppen/);
    await say('move SK 9/6 to 16/6', 'anna');
    expect(cardText((await say('ja', 'anna'))[0]!.body)).toMatch(/^Klart: /);
  });

  it('cancelled: the card says who cancelled it; pressing again says it is already decided', async () => {
    const [card] = await say('ställ in LG 20/5', 'anna');
    const cardId = `act-${connector.received.indexOf(card!) + 1}`;
    const pressed = await say('', 'anna', { value: button(card!.body, 'Avbryt'), replyToId: cardId });
    const put = pressed.find((r) => r.method === 'PUT')!;
    expect(put.path).toMatch(new RegExp(`/activities/${cardId}$`));
    expect(put.body.attachments[0].content.actions).toBeUndefined();
    expect(cardText(put.body)).toMatch(/Avbrutet av Anna Berg 14\.3\d/);
    const again = await say('', 'anna', { value: button(card!.body, 'Avbryt'), replyToId: cardId });
    expect(again.filter((r) => r.method === 'PUT')).toEqual([]);
    expect(cardText(again[0]!.body)).toMatch(/redan bekräftat eller avbrutet|finns inte längre \(redan genomfört, avbrutet/);
    expect(app.store.data.plan.meetings.find((m) => m.id === 'lg-2011-05-20')!.status).toBe('planned');
  });
});

describe('decided confirmation cards in Slack', () => {
  let slack: FakeSlack;
  let app: App;
  let cleanup: () => Promise<void>;
  const SECRETARY = 'USEC';

  beforeEach(async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    slack = await startFakeSlack();
    ({ app } = await startTestApp(t.dir, { BOT_NOW: NOW, SECRETARIAT: SECRETARY, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl }));
  });
  afterEach(async () => {
    await app.close();
    await slack.close();
    await cleanup();
  });

  it('chat.update replaces the message that had the buttons', async () => {
    const send = (p: string, body: string, contentType: string) => postSlack(`${app.url}${p}`, body, { contentType, headers: signedHeaders(body, new Date()) });
    await send('/api/slack/events', JSON.stringify(eventEnvelope({ type: 'app_mention', user: SECRETARY, text: `<@${FAKE_BOT_USER}> flytta LG 20/5 till 27/5`, channel: 'CADM', ts: '1.1' })), 'application/json');
    await app.slack!.idle();
    const card = slack.posts()[0]!;
    const confirm = card.body.blocks.flatMap((b: { type: string; elements?: Array<Record<string, unknown>> }) => (b.type === 'actions' ? b.elements ?? [] : [])).find((e: Record<string, unknown>) => (e.text as { text: string }).text === 'Bekräfta');
    const ts = '1300000001.000100'; // what the fake answered to that post
    const click = () =>
      send(
        '/api/slack/interactions',
        form({ payload: JSON.stringify({ type: 'block_actions', user: { id: SECRETARY, name: 'anna' }, channel: { id: 'CADM' }, container: { type: 'message', channel_id: 'CADM', message_ts: ts }, message: { ts }, actions: [{ type: 'button', action_id: confirm.action_id, block_id: 'b', value: confirm.value, action_ts: '9.9' }] }) }),
        'application/x-www-form-urlencoded',
      );
    await click();
    await app.slack!.idle();
    const updates = slack.calls.filter((c) => c.method === 'chat.update');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.body).toMatchObject({ channel: 'CADM', ts });
    expect(updates[0]!.body.text).toMatch(/Bekräftat av anna 14\.3\d/);
    expect(updates[0]!.body.blocks.some((b: { type: string }) => b.type === 'actions')).toBe(false);
    await click();
    await app.slack!.idle();
    expect(slack.calls.filter((c) => c.method === 'chat.update')).toHaveLength(1);
    expect(slack.posts().at(-1)!.body.text).toMatch(/^Redan genomförd/);
  });
});

// The subscription commands: pure parsing, then a round trip through the core and the store.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ManualClock } from '../../bot/clock.js';
import { createCore, type Incoming } from '../../bot/core/bot.js';
import { createMemoryLogger } from '../../bot/log.js';
import { reminderCommands } from '../../bot/reminders/subscriptions.js';
import { parseReminderCommand } from '../../bot/reminders/parse.js';
import { openStore } from '../../bot/store/store.js';
import { fold } from '../../bot/understand/normalize.js';
import { renderText } from '../../cards/text.js';
import { ROOT, SEED, tempDir } from '../helpers/app.js';
import { seedPlan } from './fixtures.js';
import { LEXICON } from '../helpers/core.js';

const plan = seedPlan();
const parse = (text: string) => parseReminderCommand(fold(text), plan);

describe('parsing the subscription commands', () => {
  it.each([
    ['prenumerera på ledningsgruppen', 'sv', ['ledningsgruppen']],
    ['Prenumerera på LG!', 'sv', ['ledningsgruppen']],
    ['prenumerera på ledningsgruppens möten', 'sv', ['ledningsgruppen']],
    ['prenumerera på samarbetskommittén', 'sv', ['samarbetskommitten']],
    ['prenumerera på samarbetskommitten och rådslaget', 'sv', ['samarbetskommitten', 'radslaget']],
    ['prenumerera på SK, LG', 'sv', ['samarbetskommitten', 'ledningsgruppen']],
    ['prenumerera på radslaget', 'sv', ['radslaget']],
    ['vi vill prenumerera på kommittén', 'sv', ['samarbetskommitten']],
    ['subscribe to ledningsgruppen', 'en', ['ledningsgruppen']],
    ['subscribe to the management group', 'en', ['ledningsgruppen']],
  ])('"%s" subscribes (%s) to %j', (text, lang, bodies) => {
    expect(parse(text)).toEqual({ type: 'subscribe', lang, target: { kind: 'bodies', bodies } });
  });

  it('subscribes to all meetings', () => {
    expect(parse('prenumerera på alla möten')).toEqual({ type: 'subscribe', lang: 'sv', target: { kind: 'all' } });
    expect(parse('subscribe to all meetings')).toEqual({ type: 'subscribe', lang: 'en', target: { kind: 'all' } });
  });

  it('says which words are not a body, and asks when none is named', () => {
    expect(parse('prenumerera på styrelsen')).toEqual({ type: 'subscribe', lang: 'sv', target: { kind: 'unknown', words: ['styrelsen'] } });
    expect(parse('prenumerera')).toEqual({ type: 'subscribe', lang: 'sv', target: { kind: 'none' } });
  });

  it('unsubscribes from everything or from named bodies', () => {
    expect(parse('avsluta prenumerationen')).toEqual({ type: 'unsubscribe', lang: 'sv', target: { kind: 'none' } });
    expect(parse('Unsubscribe')).toEqual({ type: 'unsubscribe', lang: 'en', target: { kind: 'none' } });
    expect(parse('avsluta prenumerationen på LG')).toEqual({ type: 'unsubscribe', lang: 'sv', target: { kind: 'bodies', bodies: ['ledningsgruppen'] } });
    expect(parse('sluta prenumerera på rådslaget')).toEqual({ type: 'unsubscribe', lang: 'sv', target: { kind: 'bodies', bodies: ['radslaget'] } });
    expect(parse('unsubscribe from the committee')).toEqual({ type: 'unsubscribe', lang: 'en', target: { kind: 'bodies', bodies: ['samarbetskommitten'] } });
  });

  it('lists the reminders', () => {
    expect(parse('vilka påminnelser får vi?')).toEqual({ type: 'list', lang: 'sv' });
    expect(parse('Vilka prenumerationer har vi')).toEqual({ type: 'list', lang: 'sv' });
    expect(parse('which reminders do we get?')).toEqual({ type: 'list', lang: 'en' });
  });

  it.each([
    ['påminn 3 dagar före', 'sv', [{ unit: 'days', value: 3 }]],
    ['påminn 2 timmar före', 'sv', [{ unit: 'hours', value: 2 }]],
    ['remind 3 days before', 'en', [{ unit: 'days', value: 3 }]],
    ['remind us 1 hour before the meeting', 'en', [{ unit: 'hours', value: 1 }]],
    ['påminn oss 1 dag och 7 dagar före', 'sv', [{ unit: 'days', value: 7 }, { unit: 'days', value: 1 }]],
    ['påminn 7 och 1 dagar före', 'sv', [{ unit: 'days', value: 7 }, { unit: 'days', value: 1 }]],
    ['påminn en vecka och två timmar före', 'sv', [{ unit: 'days', value: 7 }, { unit: 'hours', value: 2 }]],
  ])('"%s" sets the lead times (%s) %j', (text, lang, leads) => {
    expect(parse(text)).toEqual({ type: 'leads', lang, leads });
  });

  it('claims a malformed lead time, to explain it', () => {
    expect(parse('påminn 100 dagar före')).toEqual({ type: 'leads', lang: 'sv', leads: { error: 'Högst 60 dagar före.' } });
    expect(parse('påminn oss dagen före')).toMatchObject({ type: 'leads', leads: { error: expect.stringContaining('dagen') } });
  });

  it('does not match ordinary questions', () => {
    for (const q of [
      'när är nästa LG?',
      'När träffas LG nästa gång?',
      'nästa möte',
      'påminner du om mötena?',
      'vad är en prenumeration?',
      'kalender Ledningsgruppen',
      'when is the next LG meeting',
      'ledningsgruppen',
      'påminn mig om nästa LG',
    ]) {
      expect([q, parse(q)]).toEqual([q, undefined]);
    }
  });

  it('matches none of the questions in the question bank', () => {
    const bank = JSON.parse(readFileSync(path.join(ROOT, 'test', 'questions', 'questions.json'), 'utf8')) as {
      items: Array<{ q?: string; conversation?: Array<{ q: string }> }>;
    };
    const questions = bank.items.flatMap((i) => (i.q ? [i.q] : (i.conversation ?? []).map((c) => c.q)));
    expect(questions.length).toBeGreaterThan(100);
    expect(questions.filter((q) => parse(q) !== undefined)).toEqual([]);
  });
});

describe('the subscription commands with the store', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  /** Changing subscriptions is the secretariat's: by default the test user is in it. */
  async function setup(secretariat: string[] = ['user-1']) {
    const clock = new ManualClock('2011-05-10T08:00:00Z');
    const logger = createMemoryLogger();
    const storePath = path.join(dir, 'store.json');
    const store = await openStore({ storePath, seedPath: SEED, clock });
    await store.update(null, (d) => {
      d.runtime.secretariat = secretariat;
    });
    const core = createCore({ store, clock, logger, lexicon: LEXICON, commands: reminderCommands() });
    const say = async (text: string, over: Partial<Incoming> = {}) => {
      const replies = await core.handleMessage({
        conversationId: '19:lg@thread.tacv2;messageid=1620000000000',
        channel: 'botframework',
        userId: 'user-1',
        text,
        ...over,
      });
      return { replies, text: replies.map(renderText).join('\n') };
    };
    return { clock, store, storePath, say, logger };
  }

  it('subscribes the channel (not the thread), keeps it across a reopen, lists, changes and ends it', async () => {
    const { store, storePath, say, clock } = await setup();
    const first = await say('prenumerera på ledningsgruppen');
    expect(first.replies[0]!.kind).toBe('subscribed');
    expect(first.text).toMatch(/Ledningsgruppen/);
    expect(first.text).toMatch(/7 dagar före kl\. 09\.00 och 1 dag före kl\. 09\.00/);
    expect(first.text).toMatch(/Nästa påminnelse: fredag 13 maj 2011 kl\. 09\.00 \(Ledningsgruppen\)/);

    const reopened = await openStore({ storePath, seedPath: SEED, clock });
    expect(reopened.data.runtime.subscriptions).toEqual([
      {
        conversationId: '19:lg@thread.tacv2',
        bodies: ['ledningsgruppen'],
        leads: [
          { unit: 'days', value: 7 },
          { unit: 'days', value: 1 },
        ],
        secretariat: false,
        active: true,
        lang: 'sv',
        createdAt: '2011-05-10T08:00:00.000Z',
        since: '2011-05-10T08:00:00.000Z',
      },
    ]);
    expect(reopened.data.runtime.audit).toEqual([expect.objectContaining({ actor: 'user-1', action: 'subscription.subscribe' })]);

    await say('prenumerera på SK');
    expect(store.data.runtime.subscriptions[0]!.bodies).toEqual(['ledningsgruppen', 'samarbetskommitten']);

    clock.set('2011-05-11T08:00:00Z');
    const leads = await say('påminn 2 timmar före');
    expect(leads.text).toMatch(/2 timmar före/);
    expect(store.data.runtime.subscriptions[0]).toMatchObject({ leads: [{ unit: 'hours', value: 2 }], since: '2011-05-11T08:00:00.000Z' });

    const list = await say('vilka påminnelser får vi?');
    expect(list.replies[0]!.kind).toBe('subscriptions');
    expect(list.text).toMatch(/Ledningsgruppen och Södertörns samarbetskommitté/);

    await say('avsluta prenumerationen på LG');
    expect(store.data.runtime.subscriptions[0]!.bodies).toEqual(['samarbetskommitten']);
    const end = await say('avsluta prenumerationen');
    expect(end.replies[0]!.kind).toBe('unsubscribed');
    expect(store.data.runtime.subscriptions).toEqual([]);
    expect((await openStore({ storePath, seedPath: SEED, clock })).data.runtime.subscriptions).toEqual([]);
  });

  it('subscribes to all meetings, and unsubscribing from one body keeps the others', async () => {
    const { store, say } = await setup();
    await say('subscribe to all meetings');
    expect(store.data.runtime.subscriptions[0]!.bodies).toEqual(['*']);
    const again = await say('prenumerera på LG');
    expect(again.text).toMatch(/redan påminnelser om alla möten/);
    await say('avsluta prenumerationen på rådslaget');
    const bodies = store.data.runtime.subscriptions[0]!.bodies;
    expect(bodies).toContain('ledningsgruppen');
    expect(bodies).not.toContain('radslaget');
    expect(bodies).not.toContain('*');
  });

  it('answers an unknown body with the bodies it knows, and changes nothing', async () => {
    const { store, say } = await setup();
    const r = await say('prenumerera på styrelsen');
    expect(r.replies[0]!.kind).toBe('subscriptionUnknownBody');
    expect(r.text).toMatch(/styrelsen/);
    expect(r.text).toMatch(/Ledningsgruppen \(LG\)/);
    expect(store.data.runtime.subscriptions).toEqual([]);
  });

  it('asks to subscribe before changing lead times', async () => {
    const { store, say } = await setup();
    expect((await say('påminn 3 dagar före')).text).toMatch(/prenumerera/i);
    expect(store.data.runtime.subscriptions).toEqual([]);
  });

  it('leaves ordinary questions to the rest of the bot', async () => {
    const { say } = await setup();
    expect((await say('när är nästa LG?')).replies[0]!.kind).toBe('nextMeeting');
  });

  it('lets only the secretariat name its channel', async () => {
    const refused = await setup([]);
    expect((await refused.say('prenumerera som sekretariat')).replies[0]!.kind).toBe('refused');
    expect(refused.store.data.runtime.subscriptions).toEqual([]);
    await cleanup();
    ({ dir, cleanup } = await tempDir());
    const allowed = await setup(['user-1']);
    await allowed.say('prenumerera som sekretariat');
    expect(allowed.store.data.runtime.subscriptions).toEqual([expect.objectContaining({ bodies: ['*'], secretariat: true })]);
  });

  it('explains that the terminal gets no reminders', async () => {
    const { store, say } = await setup();
    const r = await say('prenumerera på LG', { channel: 'terminal', conversationId: 'terminal:me' });
    expect(r.replies[0]!.kind).toBe('subscriptionUnavailable');
    expect(store.data.runtime.subscriptions).toEqual([]);
  });
});

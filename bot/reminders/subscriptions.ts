// The subscription commands: subscribe a conversation to bodies' meetings (or all), unsubscribe, list, and
// change the lead times. One subscription per conversation; changes are audited.
import { only, type Command, type CommandContext, type TurnResult } from '../core/command.js';
import { log, withSubscription } from '../core/effects.js';
import { reply, type Reply } from '../core/reply.js';
import { type Lang } from '../text/lang.js';
import type { Current } from '../store/store.js';
import { formatDay, stockholmDate, TIME_ZONE } from '../domain/calendar.js';
import type { Plan, Subscription } from '../store/schema.js';
import { baseConversationId } from './conversations.js';
import { DEFAULT_LEADS, nextReminder } from './due.js';
import { parseReminderCommand, type ParsedCommand, type Target } from './parse.js';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { bodiesText, bodyName, leadText } from '../domain/names.js';
import { listText } from '../text/format.js';
import { say } from '../text/catalogue/index.js';


type Handler<T extends ParsedCommand['type']> = (ctx: CommandContext, cmd: Extract<ParsedCommand, { type: T }>) => TurnResult;

// Each subscription command asks whether the message is its own: the message is parsed once, kept with
// its reading (one per message) for the others.
const parses = new WeakMap<CommandContext['reading'], ParsedCommand | undefined>();
function parsed(ctx: CommandContext): ParsedCommand | undefined {
  if (!parses.has(ctx.reading)) parses.set(ctx.reading, parseReminderCommand(ctx.folded, ctx.plan.plan));
  return parses.get(ctx.reading);
}

function command<T extends ParsedCommand['type']>(name: string, type: T, handle: Handler<T>): Command {
  return {
    name,
    matches: (ctx) => parsed(ctx)?.type === type,
    handle: async (ctx) => {
      const cmd = parsed(ctx) as Extract<ParsedCommand, { type: T }>;
      // Changing what a conversation is reminded of is the secretariat's (issue: secretariat commands);
      // anyone may ask what the conversation gets.
      if (type !== 'list' && !ctx.data.runtime.secretariat.includes(ctx.msg.userId)) {
        return {
          replies: [
            reply('refused', cmd.lang, say(cmd.lang, 'onlyTheSecretariatCan'), [
              { type: 'text', text: say(cmd.lang, 'subscriptionsAndRemindersAre') },
            ]),
          ],
          effects: [log('warn', 'subscription change refused: not in the secretariat', { user: ctx.msg.userId, command: type, conversation: ctx.msg.conversationId })],
        };
      }
      if (ctx.msg.channel === 'terminal') {
        return only(
          reply('subscriptionUnavailable', cmd.lang, say(cmd.lang, 'notHere'), [
            {
              type: 'text',
              text: say(cmd.lang, 'remindersGoToChannels'),
            },
          ]),
        );
      }
      return handle(ctx, cmd);
    },
  };
}

function conversationOf(ctx: CommandContext): string {
  return baseConversationId(ctx.msg.conversationId);
}

/** The plan and the runtime state a reply describes (before or after a turn's change). */
type Data = Pick<Current, 'plan' | 'runtime'>;

function subscriptionOf(data: Data, conversationId: string): Subscription | undefined {
  return data.runtime.subscriptions.find((s) => s.conversationId === conversationId);
}




function at(date: Date, lang: Lang): string {
  const t = format(new TZDate(date.getTime(), TIME_ZONE), 'HH:mm');
  return `${formatDay(stockholmDate(date), lang)} ${say(lang, 'clockAt', t)}`;
}

/** The reply describing a conversation's subscription (after a change, or when asked). */
function describe(data: Data, sub: Subscription, lang: Lang, now: Date, title: string, kind: string): Reply {
  const plan = data.plan;
  const facts = [
    { title: say(lang, 'meetings'), value: bodiesText(plan, sub.bodies, lang) },
    { title: say(lang, 'reminders'), value: listText(sub.leads.map((l) => leadText(l, lang)), lang) },
  ];
  const next = sub.active ? nextReminder(plan, sub, data.runtime.sentReminders, now) : undefined;
  if (next) {
    facts.push({
      title: say(lang, 'nextReminder'),
      value: `${at(next.at, lang)} (${bodyName(plan, next.meeting.body)})`,
    });
  }
  const blocks: Reply['blocks'] = [{ type: 'facts', facts }];
  if (sub.secretariat) {
    blocks.push({
      type: 'text',
      text: say(lang, 'theSecretariatSChannel'),
    });
  }
  if (!sub.active) {
    blocks.push({
      type: 'text',
      text: say(lang, 'theSubscriptionIsPaused'),
    });
  }
  blocks.push({
    type: 'text',
    subtle: true,
    text: say(lang, 'changeItWithRemind'),
  });
  return reply(kind, lang, title, blocks);
}

function bodyListHelp(plan: Plan, lang: Lang): string {
  const names = plan.bodies.filter((b) => plan.meetings.some((m) => m.body === b.id)).map((b) => `${b.name}${b.aliases.some((a) => a.length <= 3) ? ` (${b.aliases.filter((a) => a.length <= 3).join(', ')})` : ''}`);
  return say(lang, 'bodiesWithMeetingsOr', names.join(', '));
}

function targetProblem(plan: Plan, target: Target, lang: Lang, verb: 'subscribe' | 'unsubscribe'): Reply | undefined {
  if (target.kind === 'unknown') {
    return reply('subscriptionUnknownBody', lang, say(lang, 'whichBody'), [
      { type: 'text', text: say(lang, 'iDoNotRecognise', target.words.join(' ')) },
      { type: 'text', text: bodyListHelp(plan, lang) },
    ]);
  }
  if (target.kind === 'none' && verb === 'subscribe') {
    return reply('subscriptionHelp', lang, say(lang, 'subscribeToReminders'), [
      {
        type: 'text',
        text: say(lang, 'forExampleSubscribeTo'),
      },
      { type: 'text', text: bodyListHelp(plan, lang) },
    ]);
  }
  return undefined;
}

function audit(ctx: CommandContext, action: string, summary: string, before: unknown, after: unknown) {
  return { actor: ctx.msg.userId, action, summary, before, after };
}

/** The data as it will be once a conversation's subscription is set (or removed). */
function dataWith(data: Data, conversationId: string, sub: Subscription | null): Data {
  return { plan: data.plan, runtime: { ...data.runtime, subscriptions: withSubscription(data.runtime.subscriptions, conversationId, sub) } };
}

const subscribe: Handler<'subscribe'> = (ctx, cmd) => {
  const { lang, target } = cmd;
  const plan = ctx.plan.plan;
  const problem = targetProblem(plan, target, lang, 'subscribe');
  if (problem) return only(problem);
  const conversationId = conversationOf(ctx);
  const bodies = target.kind === 'all' ? ['*'] : target.kind === 'bodies' ? target.bodies : [];
  const now = ctx.now.toISOString();
  const before = subscriptionOf(ctx.data, conversationId);
  if (before?.bodies.includes('*') && !bodies.includes('*') && before.active) {
    return only(describe(ctx.data, before, lang, ctx.now, say(lang, 'youAlreadyGetReminders'), 'subscription'));
  }
  const sub: Subscription = before
    ? { ...before, bodies: bodies.includes('*') ? ['*'] : [...new Set([...before.bodies, ...bodies])], active: true, since: now, lang }
    : {
        conversationId,
        bodies,
        leads: DEFAULT_LEADS.map((l) => ({ ...l })),
        secretariat: false,
        active: true,
        createdAt: now,
        since: now,
        lang, // reminders and notices go out in the language the subscription was made in
      };
  const after = dataWith(ctx.data, conversationId, sub);
  return {
    replies: [describe(after, sub, lang, ctx.now, say(lang, 'doneIWillRemind'), 'subscribed')],
    effects: [
      { kind: 'setSubscription', conversationId, subscription: sub, audit: audit(ctx, 'subscription.subscribe', `${conversationId}: ${bodies.join(', ')}`, before ?? null, bodies) },
      log('info', 'subscription changed', { conversation: conversationId, bodies: sub.bodies, by: ctx.msg.userId }),
    ],
  };
};

const unsubscribe: Handler<'unsubscribe'> = (ctx, cmd) => {
  const { lang, target } = cmd;
  const plan = ctx.plan.plan;
  const problem = targetProblem(plan, target, lang, 'unsubscribe');
  if (problem) return only(problem);
  const conversationId = conversationOf(ctx);
  const before = subscriptionOf(ctx.data, conversationId);
  if (!before) {
    return only(reply('unsubscribed', lang, say(lang, 'noSubscriptionHere'), [
      { type: 'text', text: say(lang, 'thisConversationGetsNo') },
    ]));
  }
  const remove = target.kind === 'bodies' ? target.bodies : undefined; // undefined: everything
  const everyBody = plan.bodies.filter((b) => plan.meetings.some((m) => m.body === b.id)).map((b) => b.id);
  const left = remove ? (before.bodies.includes('*') ? everyBody : before.bodies).filter((b) => !remove.includes(b)) : [];
  const sub = left.length === 0 ? null : { ...before, bodies: left };
  const effects = [
    { kind: 'setSubscription' as const, conversationId, subscription: sub, audit: audit(ctx, 'subscription.unsubscribe', `${conversationId}: ${remove ? remove.join(', ') : 'allt'}`, before, left) },
    log('info', 'subscription changed', { conversation: conversationId, bodies: left, by: ctx.msg.userId }),
  ];
  if (!sub) {
    return {
      replies: [
        reply('unsubscribed', lang, say(lang, 'unsubscribed'), [
          {
            type: 'text',
            text: say(lang, 'thisConversationGetsNoMore'),
          },
        ]),
      ],
      effects,
    };
  }
  return { replies: [describe(dataWith(ctx.data, conversationId, sub), sub, lang, ctx.now, say(lang, 'changed'), 'unsubscribed')], effects };
};

const list: Handler<'list'> = (ctx, cmd) => {
  const { lang } = cmd;
  const sub = subscriptionOf(ctx.data, conversationOf(ctx));
  if (!sub) {
    return only(reply('subscriptions', lang, say(lang, 'noRemindersHere'), [
      {
        type: 'text',
        text: say(lang, 'thisConversationIsNot'),
      },
    ]));
  }
  return only(describe(ctx.data, sub, lang, ctx.now, say(lang, 'remindersInThisConversation'), 'subscriptions'));
};

const leads: Handler<'leads'> = (ctx, cmd) => {
  const { lang } = cmd;
  if (!Array.isArray(cmd.leads)) {
    return only(reply('subscriptionLeadsInvalid', lang, say(lang, 'howLongBefore'), [
      { type: 'text', text: cmd.leads.error },
      { type: 'text', subtle: true, text: say(lang, 'forExampleRemindDays') },
    ]));
  }
  const newLeads = cmd.leads;
  const conversationId = conversationOf(ctx);
  const before = subscriptionOf(ctx.data, conversationId);
  if (!before) {
    return only(reply('subscriptionHelp', lang, say(lang, 'subscribeFirst'), [
      {
        type: 'text',
        text: say(lang, 'thisConversationHasNo'),
      },
    ]));
  }
  const now = ctx.now.toISOString();
  const sub: Subscription = { ...before, leads: newLeads, since: now }; // a new lead whose time has passed is not sent late
  return {
    replies: [describe(dataWith(ctx.data, conversationId, sub), sub, lang, ctx.now, say(lang, 'changedNewReminderTimes'), 'subscriptionLeads')],
    effects: [
      { kind: 'setSubscription', conversationId, subscription: sub, audit: audit(ctx, 'subscription.leads', `${conversationId}: ${newLeads.map((l) => `${l.value} ${l.unit}`).join(', ')}`, before.leads, newLeads) },
      log('info', 'subscription changed', { conversation: conversationId, leads: newLeads, by: ctx.msg.userId }),
    ],
  };
};

function secretariatHandler(): Handler<'secretariat'> {
  return (ctx, cmd) => {
    const { lang } = cmd;
    // Only the secretariat gets here: command() refuses everyone else before any handler but 'list'.
    const conversationId = conversationOf(ctx);
    const now = ctx.now.toISOString();
    const before = subscriptionOf(ctx.data, conversationId);
    const sub: Subscription = before
      ? { ...before, secretariat: true }
      : { conversationId, bodies: ['*'], leads: DEFAULT_LEADS.map((l) => ({ ...l })), secretariat: true, active: true, createdAt: now, since: now, lang };
    return {
      replies: [describe(dataWith(ctx.data, conversationId, sub), sub, lang, ctx.now, say(lang, 'doneThisIsThe'), 'subscribed')],
      effects: [
        { kind: 'setSubscription', conversationId, subscription: sub, audit: audit(ctx, 'subscription.secretariat', `${conversationId}: sekretariatets kanal`, before ?? null, true) },
        log('info', 'subscription changed', { conversation: conversationId, secretariat: true, by: ctx.msg.userId }),
      ],
    };
  };
}

/** The subscription commands, in the order the core should try them. */
export function reminderCommands(): Command[] {
  return [
    command('reminders.secretariat', 'secretariat', secretariatHandler()),
    command('reminders.subscribe', 'subscribe', subscribe),
    command('reminders.unsubscribe', 'unsubscribe', unsubscribe),
    command('reminders.list', 'list', list),
    command('reminders.leads', 'leads', leads),
  ];
}

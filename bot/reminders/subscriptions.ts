// The subscription commands: subscribe a conversation to bodies' meetings (or all), unsubscribe, list, and
// change the lead times. One subscription per conversation; changes are audited.
import { only, type Command, type CommandContext, type TurnResult } from '../core/command.js';
import { log } from '../core/effects.js';
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
import { bodyName } from '../domain/names.js';
import { bodiesText, leadText } from '../domain/names.js';
import { listText } from '../text/format.js';


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
        const sv = cmd.lang === 'sv';
        return {
          replies: [
            reply('refused', cmd.lang, sv ? 'Det här får bara sekretariatet göra' : 'Only the secretariat can do this', [
              { type: 'text', text: sv ? 'Prenumerationer och påminnelser ställs in av sekretariatet. Be dem skriva kommandot här.' : 'Subscriptions and reminders are set up by the secretariat. Ask them to type the command here.' },
            ]),
          ],
          effects: [log('warn', 'subscription change refused: not in the secretariat', { user: ctx.msg.userId, command: type, conversation: ctx.msg.conversationId })],
        };
      }
      if (ctx.msg.channel === 'terminal') {
        const sv = cmd.lang === 'sv';
        return only(
          reply('subscriptionUnavailable', cmd.lang, sv ? 'Inte här' : 'Not here', [
            {
              type: 'text',
              text: sv
                ? 'Påminnelser skickas till kanaler och chattar i Teams (eller Slack). Skriv kommandot där.'
                : 'Reminders go to channels and chats in Teams (or Slack). Type the command there.',
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
  return `${formatDay(stockholmDate(date), lang)} ${lang === 'sv' ? `kl. ${t.replace(':', '.')}` : `at ${t}`}`;
}

/** The reply describing a conversation's subscription (after a change, or when asked). */
function describe(data: Data, sub: Subscription, lang: Lang, now: Date, title: string, kind: string): Reply {
  const sv = lang === 'sv';
  const plan = data.plan;
  const facts = [
    { title: sv ? 'Möten' : 'Meetings', value: bodiesText(plan, sub.bodies, lang) },
    { title: sv ? 'Påminnelser' : 'Reminders', value: listText(sub.leads.map((l) => leadText(l, lang)), lang) },
  ];
  const next = sub.active ? nextReminder(plan, sub, data.runtime.sentReminders, now) : undefined;
  if (next) {
    facts.push({
      title: sv ? 'Nästa påminnelse' : 'Next reminder',
      value: `${at(next.at, lang)} (${bodyName(plan, next.meeting.body)})`,
    });
  }
  const blocks: Reply['blocks'] = [{ type: 'facts', facts }];
  if (sub.secretariat) {
    blocks.push({
      type: 'text',
      text: sv
        ? 'Sekretariatets kanal: här kommer också en påminnelse en månad i förväg om möten som bara har en månad, inte ett datum.'
        : "The secretariat's channel: also gets a note a month ahead about meetings that have a month but no date yet.",
    });
  }
  if (!sub.active) {
    blocks.push({
      type: 'text',
      text: sv
        ? 'Prenumerationen är vilande: jag kunde inte skriva här. Den startar igen när jag läggs till på nytt.'
        : 'The subscription is paused: I could not post here. It restarts when I am added again.',
    });
  }
  blocks.push({
    type: 'text',
    subtle: true,
    text: sv
      ? 'Ändra med "påminn 3 dagar före", "prenumerera på samarbetskommittén" eller "avsluta prenumerationen".'
      : 'Change it with "remind 3 days before", "subscribe to the committee" or "unsubscribe".',
  });
  return reply(kind, lang, title, blocks);
}

function bodyListHelp(plan: Plan, lang: Lang): string {
  const names = plan.bodies.filter((b) => plan.meetings.some((m) => m.body === b.id)).map((b) => `${b.name}${b.aliases.some((a) => a.length <= 3) ? ` (${b.aliases.filter((a) => a.length <= 3).join(', ')})` : ''}`);
  return lang === 'sv'
    ? `Organ med möten: ${names.join(', ')}. Eller "alla möten".`
    : `Bodies with meetings: ${names.join(', ')}. Or "all meetings".`;
}

function targetProblem(plan: Plan, target: Target, lang: Lang, verb: 'subscribe' | 'unsubscribe'): Reply | undefined {
  const sv = lang === 'sv';
  if (target.kind === 'unknown') {
    return reply('subscriptionUnknownBody', lang, sv ? 'Vilket organ?' : 'Which body?', [
      { type: 'text', text: sv ? `Jag känner inte igen "${target.words.join(' ')}".` : `I do not recognise "${target.words.join(' ')}".` },
      { type: 'text', text: bodyListHelp(plan, lang) },
    ]);
  }
  if (target.kind === 'none' && verb === 'subscribe') {
    return reply('subscriptionHelp', lang, sv ? 'Prenumerera på påminnelser' : 'Subscribe to reminders', [
      {
        type: 'text',
        text: sv
          ? 'Skriv till exempel "prenumerera på ledningsgruppen" eller "prenumerera på alla möten". Påminnelserna kommer 7 dagar och 1 dag före mötet, kl. 09.00.'
          : 'For example "subscribe to ledningsgruppen" or "subscribe to all meetings". Reminders come 7 days and 1 day before the meeting, at 09:00.',
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
function withSubscription(data: Data, conversationId: string, sub: Subscription | null): Data {
  const list = data.runtime.subscriptions.filter((s) => s.conversationId !== conversationId);
  const i = data.runtime.subscriptions.findIndex((s) => s.conversationId === conversationId);
  const subscriptions = sub ? (i >= 0 ? data.runtime.subscriptions.map((s, j) => (j === i ? sub : s)) : [...data.runtime.subscriptions, sub]) : list;
  return { plan: data.plan, runtime: { ...data.runtime, subscriptions } };
}

const subscribe: Handler<'subscribe'> = (ctx, cmd) => {
  const { lang, target } = cmd;
  const sv = lang === 'sv';
  const plan = ctx.plan.plan;
  const problem = targetProblem(plan, target, lang, 'subscribe');
  if (problem) return only(problem);
  const conversationId = conversationOf(ctx);
  const bodies = target.kind === 'all' ? ['*'] : target.kind === 'bodies' ? target.bodies : [];
  const now = ctx.now.toISOString();
  const before = subscriptionOf(ctx.data, conversationId);
  if (before?.bodies.includes('*') && !bodies.includes('*') && before.active) {
    return only(describe(ctx.data, before, lang, ctx.now, sv ? 'Ni får redan påminnelser om alla möten' : 'You already get reminders for all meetings', 'subscription'));
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
  const after = withSubscription(ctx.data, conversationId, sub);
  return {
    replies: [describe(after, sub, lang, ctx.now, sv ? 'Klart! Jag påminner här före mötena' : 'Done! I will remind you here before the meetings', 'subscribed')],
    effects: [
      { kind: 'setSubscription', conversationId, subscription: sub, audit: audit(ctx, 'subscription.subscribe', `${conversationId}: ${bodies.join(', ')}`, before ?? null, bodies) },
      log('info', 'subscription changed', { conversation: conversationId, bodies: sub.bodies, by: ctx.msg.userId }),
    ],
  };
};

const unsubscribe: Handler<'unsubscribe'> = (ctx, cmd) => {
  const { lang, target } = cmd;
  const sv = lang === 'sv';
  const plan = ctx.plan.plan;
  const problem = targetProblem(plan, target, lang, 'unsubscribe');
  if (problem) return only(problem);
  const conversationId = conversationOf(ctx);
  const before = subscriptionOf(ctx.data, conversationId);
  if (!before) {
    return only(reply('unsubscribed', lang, sv ? 'Ingen prenumeration här' : 'No subscription here', [
      { type: 'text', text: sv ? 'Den här konversationen får inga påminnelser.' : 'This conversation gets no reminders.' },
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
        reply('unsubscribed', lang, sv ? 'Prenumerationen är avslutad' : 'Unsubscribed', [
          {
            type: 'text',
            text: sv
              ? 'Den här konversationen får inga fler påminnelser. Skriv "prenumerera på ledningsgruppen" för att börja igen.'
              : 'This conversation gets no more reminders. Type "subscribe to ledningsgruppen" to start again.',
          },
        ]),
      ],
      effects,
    };
  }
  return { replies: [describe(withSubscription(ctx.data, conversationId, sub), sub, lang, ctx.now, sv ? 'Ändrat' : 'Changed', 'unsubscribed')], effects };
};

const list: Handler<'list'> = (ctx, cmd) => {
  const { lang } = cmd;
  const sv = lang === 'sv';
  const sub = subscriptionOf(ctx.data, conversationOf(ctx));
  if (!sub) {
    return only(reply('subscriptions', lang, sv ? 'Inga påminnelser här' : 'No reminders here', [
      {
        type: 'text',
        text: sv
          ? 'Den här konversationen prenumererar inte på några påminnelser. Skriv "prenumerera på ledningsgruppen" eller "prenumerera på alla möten".'
          : 'This conversation is not subscribed to any reminders. Type "subscribe to ledningsgruppen" or "subscribe to all meetings".',
      },
    ]));
  }
  return only(describe(ctx.data, sub, lang, ctx.now, sv ? 'Påminnelser i den här konversationen' : 'Reminders in this conversation', 'subscriptions'));
};

const leads: Handler<'leads'> = (ctx, cmd) => {
  const { lang } = cmd;
  const sv = lang === 'sv';
  if (!Array.isArray(cmd.leads)) {
    return only(reply('subscriptionLeadsInvalid', lang, sv ? 'Hur långt före?' : 'How long before?', [
      { type: 'text', text: cmd.leads.error },
      { type: 'text', subtle: true, text: sv ? 'Till exempel "påminn 7 dagar och 1 dag före" eller "påminn 2 timmar före".' : 'For example "remind 7 days and 1 day before" or "remind 2 hours before".' },
    ]));
  }
  const newLeads = cmd.leads;
  const conversationId = conversationOf(ctx);
  const before = subscriptionOf(ctx.data, conversationId);
  if (!before) {
    return only(reply('subscriptionHelp', lang, sv ? 'Prenumerera först' : 'Subscribe first', [
      {
        type: 'text',
        text: sv
          ? 'Den här konversationen prenumererar inte än. Skriv "prenumerera på ledningsgruppen" (eller "alla möten") först.'
          : 'This conversation has no subscription yet. Type "subscribe to ledningsgruppen" (or "all meetings") first.',
      },
    ]));
  }
  const now = ctx.now.toISOString();
  const sub: Subscription = { ...before, leads: newLeads, since: now }; // a new lead whose time has passed is not sent late
  return {
    replies: [describe(withSubscription(ctx.data, conversationId, sub), sub, lang, ctx.now, sv ? 'Ändrat: nya tider för påminnelserna' : 'Changed: new reminder times', 'subscriptionLeads')],
    effects: [
      { kind: 'setSubscription', conversationId, subscription: sub, audit: audit(ctx, 'subscription.leads', `${conversationId}: ${newLeads.map((l) => `${l.value} ${l.unit}`).join(', ')}`, before.leads, newLeads) },
      log('info', 'subscription changed', { conversation: conversationId, leads: newLeads, by: ctx.msg.userId }),
    ],
  };
};

function secretariatHandler(): Handler<'secretariat'> {
  return (ctx, cmd) => {
    const { lang } = cmd;
    const sv = lang === 'sv';
    if (!ctx.data.runtime.secretariat.includes(ctx.msg.userId)) {
      return {
        replies: [
          reply('notAllowed', lang, sv ? 'Det kan bara sekretariatet göra' : 'Only the secretariat can do that', [
            { type: 'text', text: sv ? 'Be sekretariatet skriva kommandot i sin kanal.' : 'Ask the secretariat to type it in their channel.' },
          ]),
        ],
        effects: [log('info', 'secretariat subscription refused', { user: ctx.msg.userId })],
      };
    }
    const conversationId = conversationOf(ctx);
    const now = ctx.now.toISOString();
    const before = subscriptionOf(ctx.data, conversationId);
    const sub: Subscription = before
      ? { ...before, secretariat: true }
      : { conversationId, bodies: ['*'], leads: DEFAULT_LEADS.map((l) => ({ ...l })), secretariat: true, active: true, createdAt: now, since: now, lang };
    return {
      replies: [describe(withSubscription(ctx.data, conversationId, sub), sub, lang, ctx.now, sv ? 'Klart! Det här är sekretariatets kanal' : "Done! This is the secretariat's channel", 'subscribed')],
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

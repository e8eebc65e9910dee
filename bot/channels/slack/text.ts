// Slack's text and ids as the bot reads them: message text without Slack's markup, conversation ids that
// name a thread, and the input values of a message or modal. Pure; nothing here is trusted yet.

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * Slack message text as the user meant it: our own mention removed, other mentions, channels and
 * links turned into readable text, and Slack's three escaped characters restored.
 */
export function textFromSlack(text: string, botUserId?: string): string {
  let t = text;
  if (botUserId) t = t.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ');
  else t = t.replace(/^\s*<@[UW][A-Z0-9]+(\|[^>]*)?>/, ' ');
  t = t
    .replace(/<@([UW][A-Z0-9]+)\|([^>]+)>/g, '@$2')
    .replace(/<@([UW][A-Z0-9]+)>/g, '@$1')
    .replace(/<#[CG][A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<!([a-z]+)(\|[^>]*)?>/g, '@$1')
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1');
  t = t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return t.replace(/\s+/g, ' ').trim();
}

/** Where a conversation lives: "C123" or, for a thread, "C123:1700000000.000100". */
export function slackConversationId(channel: string, threadTs?: string): string {
  return threadTs ? `${channel}:${threadTs}` : channel;
}

export function parseSlackConversationId(id: string): { channel: string; threadTs?: string } {
  const i = id.indexOf(':');
  return i < 0 ? { channel: id } : { channel: id.slice(0, i), threadTs: id.slice(i + 1) };
}

/** Input values of a message or a modal ({block: {action: state}}), flattened to {action_id: value}. */
export function flattenState(values: unknown): Json {
  // Action ids come from the request: a prototype-less object keeps "__proto__" an ordinary key.
  const out: Json = Object.create(null) as Json;
  if (!isObject(values)) return out;
  for (const block of Object.values(values)) {
    if (!isObject(block)) continue;
    for (const [actionId, state] of Object.entries(block)) {
      if (!isObject(state)) continue;
      const opt = (o: unknown) => (isObject(o) ? o.value : undefined);
      const v =
        state.value ??
        opt(state.selected_option) ??
        (Array.isArray(state.selected_options) ? state.selected_options.map(opt) : undefined) ??
        state.selected_date ??
        state.selected_time ??
        state.selected_date_time ??
        state.selected_user ??
        state.selected_users ??
        state.selected_channel ??
        state.selected_conversation;
      if (v !== undefined && v !== null) out[actionId] = v;
    }
  }
  return out;
}


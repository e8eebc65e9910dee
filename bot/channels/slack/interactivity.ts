// Slack's interactivity: a button on a message (block_actions) and a submitted modal (view_submission)
// become turns, like Action.Submit in Teams: the button's data overlaid on the inputs of its message.
import type { Incoming } from '../../core/incoming.js';
import { ACTION_PREFIX } from '../../../cards/blockkit.js';
import type { Answer } from './answer.js';
import { SLACK } from './send.js';
import { flattenState, isObject, slackConversationId, str, type Json } from './text.js';

export async function handleInteraction(answer: Answer, payload: Json): Promise<void> {
  const user = isObject(payload.user) ? str(payload.user.id) : undefined;
  if (!user) return;
  const responseUrl = str(payload.response_url);

  if (payload.type === 'block_actions') {
    const action = Array.isArray(payload.actions) ? payload.actions.find(isObject) : undefined;
    if (!action) return;
    const actionId = str(action.action_id) ?? '';
    const raw = typeof action.value === 'string' ? action.value : undefined;
    if (actionId.startsWith(ACTION_PREFIX.url) || raw === undefined) return; // a link: Slack opened it
    const container = isObject(payload.container) ? payload.container : {};
    const message = isObject(payload.message) ? payload.message : {};
    const channel = (isObject(payload.channel) ? str(payload.channel.id) : undefined) ?? str(container.channel_id) ?? user;
    const threadTs = str(message.thread_ts) ?? str(container.thread_ts);
    // Slack's interaction payload names the user (user.name): shown on a decided confirmation card.
    const userName = isObject(payload.user) ? str(payload.user.name) : undefined;
    const base = { channel: SLACK, conversationId: slackConversationId(channel, threadTs), userId: user, ...(userName ? { userName } : {}) };
    let msg: Incoming;
    let data: Json | undefined;
    if (actionId.startsWith(ACTION_PREFIX.submit) || (!actionId.startsWith(ACTION_PREFIX.message) && raw.startsWith('{'))) {
      try {
        const parsed: unknown = JSON.parse(raw);
        if (isObject(parsed)) data = parsed;
      } catch {
        /* not data: treat as text below */
      }
    }
    if (data) {
      // Like Action.Submit: the inputs of the message, overlaid with the button's own data.
      const state = isObject(payload.state) ? flattenState(payload.state.values) : {};
      msg = { ...base, text: '', value: { ...state, ...data } };
    } else {
      msg = { ...base, text: raw };
    }
    await answer({ channel, threadTs, responseUrl, sourceTs: str(container.message_ts) ?? str(message.ts) }, msg);
    return;
  }

  if (payload.type === 'view_submission' && isObject(payload.view)) {
    const view = payload.view;
    let meta: Json = {};
    try {
      const parsed: unknown = JSON.parse(str(view.private_metadata) ?? '{}');
      if (isObject(parsed)) meta = parsed;
    } catch {
      /* no metadata */
    }
    const channel = str(meta.channel) ?? user;
    const threadTs = str(meta.threadTs);
    const fields = isObject(view.state) ? flattenState(view.state.values) : {};
    const value = { ...(isObject(meta.data) ? meta.data : {}), ...fields };
    await answer(
      { channel, threadTs },
      { channel: SLACK, conversationId: slackConversationId(channel, threadTs), userId: user, text: '', value },
    );
  }
}

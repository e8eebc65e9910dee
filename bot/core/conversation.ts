// Which conversation a message belongs to, for what is kept per conversation (subscriptions, references).

/**
 * The conversation a reminder goes to. A Teams channel message in a thread has ";messageid=…" appended to
 * the channel's id; reminders are posted as new messages in the channel, so the thread suffix is dropped.
 * Other channels' ids have no such suffix and stay as they are.
 */
export function baseConversationId(id: string): string {
  return id.replace(/;messageid=[^;]*$/i, '');
}

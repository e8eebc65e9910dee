// What every channel turns its request into: one message from one member, whatever the transport.
export interface Incoming {
  conversationId: string;
  /** The channel it came through: a channel's name ('botframework', 'slack'), or 'terminal' (npm run chat). */
  channel: string;
  userId: string;
  userName?: string;
  text: string;
  /** Data posted by a card button (Action.Submit), if any. */
  value?: Record<string, unknown>;
  /** Files sent with the message (a plan file to import). */
  attachments?: Array<{ name?: string; contentType?: string; url?: string }>;
  locale?: string;
  /**
   * When the member sent it, on the bot's clock, where the channel knows (a signed Slack request's
   * timestamp): a typed confirmation only confirms a proposal made before it.
   */
  sentAt?: Date;
}

// The neutral reply every answer produces. Channels render it (cards/): Adaptive Card, Block Kit, text.

import type { Lang } from '../text/lang.js';

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string; subtle?: boolean }
  | { type: 'facts'; facts: Array<{ title: string; value: string }> }
  | { type: 'list'; items: string[] }
  /** Proportional bars, e.g. budget lines; share is 0..1. */
  | { type: 'bars'; rows: Array<{ label: string; value: string; share: number }> }
  /** A form field (card forms for the secretariat); its value comes back with a submit action. */
  | { type: 'input'; input: InputField };

export interface InputField {
  kind: 'text' | 'date' | 'time' | 'number' | 'choice';
  id: string;
  label: string;
  value?: string;
  placeholder?: string;
  choices?: Array<{ title: string; value: string }>;
  multi?: boolean;
  multiline?: boolean;
  required?: boolean;
}

export type Action =
  /** A button that sends `value` back as if the user had typed it. */
  | { kind: 'message'; title: string; value: string }
  | { kind: 'url'; title: string; url: string }
  /** A button that posts structured data back (confirmations, forms). */
  | { kind: 'submit'; title: string; data: Record<string, unknown>; style?: 'positive' | 'destructive' };

export interface Reply {
  /** What kind of answer this is (for logs and tests), e.g. "nextMeeting", "help", "notInPlan". */
  kind: string;
  lang: Lang;
  title: string;
  blocks: Block[];
  actions: Action[];
  /**
   * What the card whose button sent the message should show from now on (a confirmation once confirmed
   * or cancelled: its buttons gone). The channel updates that card in place for everyone.
   */
  sourceCard?: Reply;
}

export function reply(kind: string, lang: Lang, title: string, blocks: Block[], actions: Action[] = []): Reply {
  return { kind, lang, title, blocks, actions };
}

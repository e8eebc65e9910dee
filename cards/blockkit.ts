// Slack Block Kit from a neutral reply, always with the whole answer as a plain-text `text` fallback
// (notifications, screen readers, clients without blocks). Pure: no Slack SDK, no I/O.
//
// Slack refuses a message that breaks a Block Kit limit, so every limit is enforced here rather than
// hoped for: long texts are split over several sections, facts over several sections of at most ten
// fields, buttons over several actions blocks, and an answer that would need more than 50 blocks is
// shortened with a note saying so.
import type { Action, Block, Reply } from '../bot/core/reply.js';
import { type Lang } from '../bot/text/lang.js';
import { renderText } from './text.js';
import { percent } from '../bot/text/format.js';
import { say } from '../bot/text/catalogue/index.js';

export const BLOCK_KIT_LIMITS = {
  blocksPerMessage: 50,
  headerText: 150,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 3000,
  elementsPerActions: 25,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  actionId: 255,
  /** The `text` beside blocks is only for notifications and fallbacks; Slack truncates very long ones. */
  fallbackText: 3000,
} as const;

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}
export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
}
export type TextObject = PlainText | Mrkdwn;

export interface ButtonElement {
  type: 'button';
  text: PlainText;
  action_id: string;
  value?: string;
  url?: string;
  style?: 'primary' | 'danger';
}

export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: TextObject }
  | { type: 'section'; fields: TextObject[] }
  | { type: 'context'; elements: TextObject[] }
  | { type: 'actions'; elements: ButtonElement[] };

export interface SlackMessage {
  /** The complete answer as text (Slack's fallback and notification text). */
  text: string;
  blocks: SlackBlock[];
}

/**
 * Button action ids say what a click means, so the interaction handler never has to guess from the
 * value: `msg-<n>` resends its value as typed text, `submit-<n>` posts its JSON value back as data,
 * `url-<n>` only opens a link.
 */
export const ACTION_PREFIX = { message: 'msg-', submit: 'submit-', url: 'url-' } as const;

const BAR_WIDTH = 20;

/** Slack's mrkdwn treats &, < and > as control characters; everything we write must escape them. */
export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts to at most `max` characters, marking the cut with an ellipsis. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  return `${s.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** Splits a long text into pieces of at most `max` characters, preferring line breaks, then spaces. */
export function splitText(s: string, max: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = window.lastIndexOf('\n');
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut < max / 2) cut = max;
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[\n ]+/, '');
  }
  if (rest.length > 0 || out.length === 0) out.push(rest);
  return out;
}

/** Bold mrkdwn of at most `max` characters in all (asterisks inside would end the bold early). */
function bold(s: string, max: number): string {
  const t = clip(escapeMrkdwn(s.replace(/[*\n]/g, ' ').replace(/\s+/g, ' ').trim()), max - 2);
  return t ? `*${t}*` : '';
}

function plain(text: string): PlainText {
  return { type: 'plain_text', text, emoji: true };
}

function sections(text: string, kind: 'plain' | 'mrkdwn'): SlackBlock[] {
  if (text.trim() === '') return [];
  return splitText(text, BLOCK_KIT_LIMITS.sectionText)
    .filter((t) => t.trim() !== '')
    .map((t) => ({
      type: 'section' as const,
      text: kind === 'plain' ? plain(t) : { type: 'mrkdwn' as const, text: t },
    }));
}

export function unicodeBar(share: number, width = BAR_WIDTH): string {
  const filled = Math.max(0, Math.min(width, Math.round((Number.isFinite(share) ? share : 0) * width)));
  return '▇'.repeat(filled) + '▁'.repeat(width - filled);
}

function blocksFor(b: Block, lang: Lang): SlackBlock[] {
  switch (b.type) {
    case 'heading': {
      const text = bold(b.text, BLOCK_KIT_LIMITS.sectionText);
      return text ? [{ type: 'section', text: { type: 'mrkdwn', text } }] : [];
    }
    case 'text':
      if (!b.subtle) return sections(b.text, 'plain');
      return splitText(b.text, BLOCK_KIT_LIMITS.contextText)
        .filter((t) => t.trim() !== '')
        .map((t) => ({ type: 'context' as const, elements: [plain(t)] }));
    case 'facts': {
      const out: SlackBlock[] = [];
      const fields = b.facts
        .map((f) => [bold(f.title, 300), escapeMrkdwn(f.value.trim())].filter((t) => t !== '').join('\n'))
        .filter((t) => t !== '')
        .map<TextObject>((t) => ({ type: 'mrkdwn', text: clip(t, BLOCK_KIT_LIMITS.fieldText) }));
      for (let i = 0; i < fields.length; i += BLOCK_KIT_LIMITS.fieldsPerSection) {
        out.push({ type: 'section', fields: fields.slice(i, i + BLOCK_KIT_LIMITS.fieldsPerSection) });
      }
      return out;
    }
    case 'list':
      return sections(b.items.map((i) => `• ${i}`).join('\n'), 'plain');
    case 'bars':
      // A monospaced unicode bar under each label: Slack has no charts, and this survives every client.
      return sections(
        b.rows
          .map((row) => `${escapeMrkdwn(row.label)}\n\`${unicodeBar(row.share)}\` ${escapeMrkdwn(`${row.value} (${percent(row.share, lang)})`)}`)
          .join('\n'),
        'mrkdwn',
      );
    case 'input':
      // Slack messages have no form fields that post back together; the secretariat uses text commands there.
      return [
        {
          type: 'context' as const,
          elements: [plain(clip(say(lang, 'slackFormInTeams', b.input.label), BLOCK_KIT_LIMITS.contextText))],
        },
      ];
  }
}

function button(a: Action, index: number): ButtonElement | undefined {
  const text = plain(clip(a.title.trim() || '…', BLOCK_KIT_LIMITS.buttonText));
  switch (a.kind) {
    case 'message':
      if (a.value.length > BLOCK_KIT_LIMITS.buttonValue) return undefined;
      return { type: 'button', text, action_id: `${ACTION_PREFIX.message}${index}`, value: a.value };
    case 'url':
      if (a.url.length > BLOCK_KIT_LIMITS.buttonUrl) return undefined;
      return { type: 'button', text, action_id: `${ACTION_PREFIX.url}${index}`, url: a.url };
    case 'submit': {
      const value = JSON.stringify(a.data);
      // A confirmation whose data cannot travel whole must not be sent at all (a cut JSON would fail later).
      if (value.length > BLOCK_KIT_LIMITS.buttonValue) return undefined;
      const style = a.style === 'positive' ? 'primary' : a.style === 'destructive' ? 'danger' : undefined;
      return { type: 'button', text, action_id: `${ACTION_PREFIX.submit}${index}`, value, ...(style ? { style } : {}) };
    }
  }
}

function actionBlocks(actions: Action[]): SlackBlock[] {
  const buttons = actions.map(button).filter((b): b is ButtonElement => b !== undefined);
  const out: SlackBlock[] = [];
  for (let i = 0; i < buttons.length; i += BLOCK_KIT_LIMITS.elementsPerActions) {
    out.push({ type: 'actions', elements: buttons.slice(i, i + BLOCK_KIT_LIMITS.elementsPerActions) });
  }
  return out;
}

function shortenedNote(lang: Lang): SlackBlock {
  return {
    type: 'context',
    elements: [
      plain(
        say(lang, 'slackAnswerShortened'),
      ),
    ],
  };
}

/** The plain-text fallback: the whole answer, escaped for Slack and within the length Slack shows. */
export function fallbackText(r: Reply): string {
  const text = renderText(r);
  return text ? clip(escapeMrkdwn(text), BLOCK_KIT_LIMITS.fallbackText) : '…';
}

export function renderBlockKit(r: Reply): SlackMessage {
  const head: SlackBlock[] = r.title.trim() ? [{ type: 'header', text: plain(clip(r.title.trim(), BLOCK_KIT_LIMITS.headerText)) }] : [];
  let body = r.blocks.flatMap((b) => blocksFor(b, r.lang));
  let actions = actionBlocks(r.actions);
  if (actions.length > BLOCK_KIT_LIMITS.blocksPerMessage / 2) actions = actions.slice(0, BLOCK_KIT_LIMITS.blocksPerMessage / 2);
  const room = BLOCK_KIT_LIMITS.blocksPerMessage - head.length - actions.length;
  if (body.length > room) body = [...body.slice(0, room - 1), shortenedNote(r.lang)];
  return { text: fallbackText(r), blocks: [...head, ...body, ...actions] };
}

/**
 * The channelData for an activity that Azure Bot Service delivers to Slack: Azure posts it to Slack's
 * chat.postMessage as it is, so Slack users of the Bot Framework route get Block Kit, not an Adaptive Card.
 */
export function toSlackChannelData(r: Reply): SlackMessage {
  return renderBlockKit(r);
}

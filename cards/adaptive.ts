// Adaptive Card 1.4 (what Teams desktop and mobile render) from a neutral reply. Pure.
import type { Action, Block, Reply } from '../bot/core/reply.js';
import { renderText } from './text.js';
import { percent } from '../bot/text/format.js';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.4';
  body: unknown[];
  actions?: unknown[];
  lang?: string;
  /** The whole answer as text, for clients that cannot show the card. */
  fallbackText?: string;
  /** The whole answer for screen readers and speech. */
  speak?: string;
}

function block(b: Block, lang: Reply['lang']): unknown[] {
  switch (b.type) {
    case 'heading':
      return [{ type: 'TextBlock', text: b.text, weight: 'Bolder', wrap: true, spacing: 'Medium' }];
    case 'text':
      return [{ type: 'TextBlock', text: b.text, wrap: true, ...(b.subtle ? { isSubtle: true, size: 'Small' } : {}) }];
    case 'facts':
      return [{ type: 'FactSet', facts: b.facts.map((f) => ({ title: f.title, value: f.value })) }];
    case 'list':
      return b.items.map((i) => ({ type: 'TextBlock', text: `• ${i}`, wrap: true, spacing: 'None' }));
    case 'input': {
      const f = b.input;
      const common = { id: f.id, label: f.label, ...(f.required ? { isRequired: true, errorMessage: f.label } : {}), ...(f.value !== undefined ? { value: f.value } : {}) };
      switch (f.kind) {
        case 'text':
          return [{ type: 'Input.Text', ...common, ...(f.placeholder ? { placeholder: f.placeholder } : {}), ...(f.multiline ? { isMultiline: true } : {}) }];
        case 'date':
          return [{ type: 'Input.Date', ...common }];
        case 'time':
          return [{ type: 'Input.Time', ...common }];
        case 'number':
          return [{ type: 'Input.Number', ...common, ...(f.placeholder ? { placeholder: f.placeholder } : {}) }];
        case 'choice':
          return [{ type: 'Input.ChoiceSet', ...common, style: 'compact', isMultiSelect: Boolean(f.multi), choices: (f.choices ?? []).map((c) => ({ title: c.title, value: c.value })) }];
      }
      return [];
    }
    case 'bars':
      return b.rows.flatMap((row) => {
        const filled = Math.max(0, Math.min(100, Math.round(row.share * 100)));
        const bar: unknown[] = [];
        if (filled > 0) bar.push({ type: 'Column', width: filled, style: 'accent', items: [{ type: 'TextBlock', text: ' ', size: 'Small' }] });
        if (filled < 100) bar.push({ type: 'Column', width: 100 - filled, items: [{ type: 'TextBlock', text: ' ', size: 'Small' }] });
        return [
          {
            type: 'ColumnSet',
            spacing: 'Medium',
            columns: [
              { type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: row.label, wrap: true }] },
              {
                type: 'Column',
                width: 'auto',
                items: [{ type: 'TextBlock', text: `${row.value} (${percent(row.share, lang)})`, weight: 'Bolder', horizontalAlignment: 'Right' }],
              },
            ],
          },
          { type: 'ColumnSet', spacing: 'Small', columns: bar },
        ];
      });
  }
}

function action(a: Action): unknown {
  switch (a.kind) {
    case 'message':
      // Teams turns imBack into a typed message; other channels post `text` in the activity's value.
      return { type: 'Action.Submit', title: a.title, data: { msteams: { type: 'imBack', value: a.value }, text: a.value } };
    case 'url':
      return { type: 'Action.OpenUrl', title: a.title, url: a.url };
    case 'submit':
      return { type: 'Action.Submit', title: a.title, data: a.data, ...(a.style ? { style: a.style } : {}) };
  }
}

export function renderAdaptiveCard(r: Reply): AdaptiveCard {
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    lang: r.lang,
    // The whole answer stays available as text inside the card: Teams shows an activity's text above its
    // card, so the activity carries no text and these two carry it (clients without cards, screen readers).
    fallbackText: renderText(r),
    speak: renderText(r),
    body: [{ type: 'TextBlock', text: r.title, size: 'Medium', weight: 'Bolder', wrap: true }, ...r.blocks.flatMap((b) => block(b, r.lang))],
  };
  if (r.actions.length > 0) card.actions = r.actions.map(action);
  return card;
}

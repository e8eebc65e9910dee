import { renderAdaptiveCard } from '../../cards/adaptive.js';
import { renderText } from '../../cards/text.js';
import type { Reply } from '../../bot/core/reply.js';
import { kronor, percent } from '../../bot/text/format.js';

const sample: Reply = {
  kind: 'budget',
  lang: 'sv',
  title: 'Budget 2011',
  blocks: [
    { type: 'heading', text: 'Kostnader' },
    { type: 'bars', rows: [{ label: 'Personal', value: '580 000 kr', share: 580 / 860 }, { label: 'Utredningar', value: '230 000 kr', share: 0 }] },
    { type: 'facts', facts: [{ title: 'Summa', value: '860 000 kr' }] },
    { type: 'list', items: ['a', 'b'] },
    { type: 'text', text: 'liten text', subtle: true },
  ],
  actions: [
    { kind: 'message', title: 'Och 2015?', value: 'och 2015?' },
    { kind: 'url', title: 'Kalender', url: 'https://bot.example.org/calendar.ics' },
  ],
};

describe('the Adaptive Card renderer', () => {
  const card = renderAdaptiveCard(sample);

  it('carries the whole answer as text in fallbackText and speak', () => {
    expect(card.fallbackText).toBe(renderText(sample));
    expect(card.speak).toBe(renderText(sample));
    expect(card.fallbackText).toMatch(/Personal: 580 000 kr/);
  });

  it('always sets version 1.4 and the schema', () => {
    expect(card.version).toBe('1.4');
    expect(card.$schema).toMatch(/adaptive-card\.json$/);
    expect(card.type).toBe('AdaptiveCard');
  });

  it('uses only elements and actions that exist in Adaptive Cards 1.4', () => {
    const allowed = new Set(['TextBlock', 'FactSet', 'ColumnSet', 'Column', 'Action.Submit', 'Action.OpenUrl']);
    const types: string[] = [];
    JSON.stringify(card, (k, v) => {
      if (k === 'msteams') return undefined; // Teams' own data, not a card element
      if (k === 'type' && typeof v === 'string') types.push(v);
      return v;
    });
    expect(types.filter((x) => x !== 'AdaptiveCard' && !allowed.has(x))).toEqual([]);
  });

  it('draws a proportional bar whose columns add up to 100', () => {
    const bars = (card.body as Array<{ type: string; columns?: Array<{ width: unknown; style?: string }> }>).filter(
      (b) => b.type === 'ColumnSet' && b.columns?.every((c) => typeof c.width === 'number'),
    );
    expect(bars).toHaveLength(2);
    expect(bars[0]!.columns!.map((c) => c.width)).toEqual([67, 33]);
    expect(bars[0]!.columns![0]!.style).toBe('accent');
    expect(bars[1]!.columns!.map((c) => c.width)).toEqual([100]);
  });

  it('makes message buttons resend their text in Teams (imBack) and elsewhere (value.text)', () => {
    expect(card.actions![0]).toEqual({ type: 'Action.Submit', title: 'Och 2015?', data: { msteams: { type: 'imBack', value: 'och 2015?' }, text: 'och 2015?' } });
    expect(card.actions![1]).toEqual({ type: 'Action.OpenUrl', title: 'Kalender', url: 'https://bot.example.org/calendar.ics' });
  });

  it('has the same content in its plain text', () => {
    const text = renderText(sample);
    for (const s of ['Budget 2011', 'Personal: 580 000 kr (67,4 %)', 'Summa: 860 000 kr', '• a', 'liten text', '"och 2015?"', 'https://bot.example.org/calendar.ics']) {
      expect(text).toContain(s);
    }
  });
});

describe('number formats', () => {
  it('writes kronor with a space between thousands', () => {
    expect(kronor(580000)).toBe('580 000 kr');
    expect(kronor(1234567)).toBe('1 234 567 kr');
    expect(kronor(50)).toBe('50 kr');
  });
  it('writes shares the Swedish and the English way', () => {
    expect(percent(580 / 860, 'sv')).toBe('67,4 %');
    expect(percent(580 / 860, 'en')).toBe('67.4%');
    expect(percent(0.05814, 'sv')).toBe('5,8 %');
  });
});

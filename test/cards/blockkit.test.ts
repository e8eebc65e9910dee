// Block Kit from neutral replies: the structure Slack expects, and every Block Kit limit kept.
import fc from 'fast-check';
import type { KnownBlock } from '@slack/types';
import { BLOCK_KIT_LIMITS as L, renderBlockKit, splitText, toSlackChannelData, unicodeBar, type SlackBlock, type SlackMessage } from '../../cards/blockkit.js';
import { renderText } from '../../cards/text.js';
import { helpReply, welcomeReply } from '../../bot/answers/help.js';

/** A short reply with one button, like the one the bot gives to what it cannot handle. */
const fallbackReply = (lang: 'sv' | 'en'): Reply => ({
  kind: 'notInPlan',
  lang,
  title: lang === 'sv' ? 'Det står inte i planen' : 'The plan does not say',
  blocks: [{ type: 'text', text: lang === 'sv' ? 'Skriv "hjälp".' : 'Type "help".' }],
  actions: [{ kind: 'message', title: lang === 'sv' ? 'hjälp' : 'help', value: lang === 'sv' ? 'hjälp' : 'help' }],
});
import type { Action, Block, Reply } from '../../bot/core/reply.js';

/** Every limit Slack enforces on what we produce; returns the violations (empty = fine). */
function violations(m: SlackMessage): string[] {
  const out: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) out.push(what);
  };
  check(m.text.trim().length > 0, 'text fallback is empty');
  check(m.text.length <= L.fallbackText, `text fallback ${m.text.length} chars`);
  check(m.blocks.length <= L.blocksPerMessage, `${m.blocks.length} blocks`);
  const actionIds: string[] = [];
  m.blocks.forEach((b: SlackBlock, i) => {
    switch (b.type) {
      case 'header':
        check(b.text.type === 'plain_text' && b.text.text.trim().length > 0 && b.text.text.length <= L.headerText, `block ${i}: header text`);
        break;
      case 'section':
        if ('text' in b) check(b.text.text.trim().length > 0 && b.text.text.length <= L.sectionText, `block ${i}: section text ${b.text.text.length}`);
        else {
          check(b.fields.length > 0 && b.fields.length <= L.fieldsPerSection, `block ${i}: ${b.fields.length} fields`);
          for (const f of b.fields) check(f.text.trim().length > 0 && f.text.length <= L.fieldText, `block ${i}: field ${f.text.length}`);
        }
        break;
      case 'context':
        check(b.elements.length > 0 && b.elements.length <= L.contextElements, `block ${i}: context elements`);
        for (const e of b.elements) check(e.text.trim().length > 0 && e.text.length <= L.contextText, `block ${i}: context text`);
        break;
      case 'actions':
        check(b.elements.length > 0 && b.elements.length <= L.elementsPerActions, `block ${i}: ${b.elements.length} buttons`);
        for (const e of b.elements) {
          check(e.text.type === 'plain_text' && e.text.text.trim().length > 0 && e.text.text.length <= L.buttonText, `block ${i}: button text`);
          check(e.action_id.length > 0 && e.action_id.length <= L.actionId, `block ${i}: action_id`);
          check(e.value === undefined || e.value.length <= L.buttonValue, `block ${i}: button value`);
          check(e.url === undefined || e.url.length <= L.buttonUrl, `block ${i}: button url`);
          check((e.value === undefined) !== (e.url === undefined), `block ${i}: a button has a value or a url`);
          actionIds.push(e.action_id);
        }
        break;
    }
  });
  check(new Set(actionIds).size === actionIds.length, `action ids not unique: ${actionIds.join(',')}`);
  return out;
}

function syntheticLargeReply(): Reply {
  const long = 'Samarbetskommittén & ledningsgruppen <möts> '.repeat(300); // ~13 000 characters
  const blocks: Block[] = [
    { type: 'heading', text: 'Rubrik '.repeat(600) },
    { type: 'heading', text: '<&>'.repeat(1500) },
    ...Array.from({ length: 12 }, () => ({ type: 'text' as const, text: long })),
    { type: 'text', text: long, subtle: true },
    { type: 'facts', facts: Array.from({ length: 37 }, (_, i) => ({ title: `Rad ${i}`, value: 'v'.repeat(i === 3 ? 5000 : 20) })) },
    { type: 'list', items: Array.from({ length: 400 }, (_, i) => `Punkt ${i} ${'x'.repeat(40)}`) },
    { type: 'bars', rows: Array.from({ length: 120 }, (_, i) => ({ label: `Post ${i}`, value: `${i * 1000} kr`, share: (i % 11) / 10 })) },
  ];
  const actions: Action[] = [
    ...Array.from({ length: 30 }, (_, i) => ({ kind: 'message' as const, title: `Fråga nummer ${i} `.repeat(10), value: `fråga ${i}` })),
    { kind: 'message', title: 'för lång', value: 'x'.repeat(2500) },
    { kind: 'submit', title: 'Bekräfta', data: { confirm: 'p1' }, style: 'positive' },
    { kind: 'submit', title: 'Ångra', data: { undo: 'p1' }, style: 'destructive' },
    { kind: 'submit', title: 'För mycket data', data: { blob: 'y'.repeat(3000) } },
    { kind: 'url', title: 'Planen', url: 'https://bot.example.org/plan' },
  ];
  return { kind: 'synthetic', lang: 'sv', title: 'Ett mycket långt svar '.repeat(20), blocks, actions };
}

describe('Block Kit', () => {
  const replies: Array<[string, Reply]> = [
    ['help sv', helpReply('sv')],
    ['help en', helpReply('en')],
    ['welcome sv', welcomeReply('sv')],
    ['welcome en', welcomeReply('en')],
    ['fallback sv', fallbackReply('sv')],
    ['fallback en', fallbackReply('en')],
    ['synthetic large', syntheticLargeReply()],
  ];

  it.each(replies)('keeps every Block Kit limit for the %s reply', (_name, r) => {
    expect(violations(renderBlockKit(r))).toEqual([]);
  });

  it('renders the help reply as header, sections, context and buttons that resend the examples', () => {
    const r = helpReply('sv');
    const m = renderBlockKit(r);
    expect(m.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Det här kan du fråga mig', emoji: true } });
    expect(m.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'section', 'context', 'actions']);
    const actions = m.blocks.at(-1) as Extract<SlackBlock, { type: 'actions' }>;
    expect(actions.elements.map((e) => [e.action_id, e.value])).toEqual([
      ['msg-0', 'När träffas LG nästa gång?'],
      ['msg-1', 'Vem är värd för rådslaget 2014?'],
      ['msg-2', 'Hur mycket går till personal?'],
    ]);
    expect(JSON.stringify(m.blocks)).toContain('• Vad är visionen för 2025?');
    // The fallback is the whole answer as text.
    expect(m.text).toBe(renderText(r));
  });

  it('puts facts in fields, at most ten per section, titles in bold', () => {
    const facts = Array.from({ length: 12 }, (_, i) => ({ title: `T${i}`, value: `v${i}` }));
    const m = renderBlockKit({ kind: 'k', lang: 'sv', title: 'Fakta', blocks: [{ type: 'facts', facts }], actions: [] });
    const sections = m.blocks.filter((b) => b.type === 'section');
    expect(sections.map((s) => ('fields' in s ? s.fields.length : 0))).toEqual([10, 2]);
    const first = sections[0];
    expect(first && 'fields' in first ? first.fields[0] : undefined).toEqual({ type: 'mrkdwn', text: '*T0*\nv0' });
  });

  it('draws budget bars as unicode bars with value and share', () => {
    expect(unicodeBar(0.5, 10)).toBe('▇▇▇▇▇▁▁▁▁▁');
    expect(unicodeBar(0, 4)).toBe('▁▁▁▁');
    expect(unicodeBar(1.7, 4)).toBe('▇▇▇▇');
    const m = renderBlockKit({
      kind: 'budget',
      lang: 'sv',
      title: 'Budget 2011',
      blocks: [{ type: 'bars', rows: [{ label: 'Personal', value: '1 200 000 kr', share: 0.25 }] }],
      actions: [],
    });
    expect(m.blocks[1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: `Personal\n\`${'▇'.repeat(5)}${'▁'.repeat(15)}\` 1 200 000 kr (25 %)` },
    });
  });

  it('turns subtle text into a context block and escapes Slack control characters in mrkdwn', () => {
    const m = renderBlockKit({
      kind: 'k',
      lang: 'sv',
      title: 'T',
      blocks: [
        { type: 'text', text: 'liten text', subtle: true },
        { type: 'heading', text: 'A & B <!channel>' },
      ],
      actions: [],
    });
    expect(m.blocks[1]).toEqual({ type: 'context', elements: [{ type: 'plain_text', text: 'liten text', emoji: true }] });
    expect(m.blocks[2]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '*A &amp; B &lt;!channel&gt;*' } });
  });

  it('encodes what a button does in its action id: resend text, post data, open a link', () => {
    const m = renderBlockKit({
      kind: 'confirm',
      lang: 'sv',
      title: 'Bekräfta ändringen?',
      blocks: [],
      actions: [
        { kind: 'submit', title: 'Bekräfta', data: { confirm: 'p1' }, style: 'positive' },
        { kind: 'submit', title: 'Avbryt', data: { cancel: 'p1' }, style: 'destructive' },
        { kind: 'message', title: 'hjälp', value: 'hjälp' },
        { kind: 'url', title: 'Planen', url: 'https://bot.example.org/plan' },
      ],
    });
    expect(m.blocks[1]).toEqual({
      type: 'actions',
      elements: [
        { type: 'button', text: { type: 'plain_text', text: 'Bekräfta', emoji: true }, action_id: 'submit-0', value: '{"confirm":"p1"}', style: 'primary' },
        { type: 'button', text: { type: 'plain_text', text: 'Avbryt', emoji: true }, action_id: 'submit-1', value: '{"cancel":"p1"}', style: 'danger' },
        { type: 'button', text: { type: 'plain_text', text: 'hjälp', emoji: true }, action_id: 'msg-2', value: 'hjälp' },
        { type: 'button', text: { type: 'plain_text', text: 'Planen', emoji: true }, action_id: 'url-3', url: 'https://bot.example.org/plan' },
      ],
    });
  });

  it('shortens an answer that needs more than 50 blocks, says so, and keeps the buttons', () => {
    const m = renderBlockKit(syntheticLargeReply());
    expect(m.blocks).toHaveLength(50);
    const types = m.blocks.map((b) => b.type);
    expect(types.filter((t) => t === 'actions')).toHaveLength(2); // 30 + 1 + 1 + 1 buttons that fit, 25 per block
    expect(JSON.stringify(m.blocks)).toContain('svaret är för långt för ett Slack-meddelande');
    const buttons = m.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    // The 2500-character message value and the 3000-character submit data cannot travel: left out, not cut.
    expect(buttons).toHaveLength(33);
    expect(buttons.some((b) => b.text.text === 'för lång' || b.text.text === 'För mycket data')).toBe(false);
  });

  it('keeps the limits for any reply (property)', () => {
    const text = fc.string({ maxLength: 4000 });
    const block: fc.Arbitrary<Block> = fc.oneof(
      fc.record({ type: fc.constant('heading' as const), text }),
      fc.record({ type: fc.constant('text' as const), text, subtle: fc.boolean() }),
      fc.record({ type: fc.constant('facts' as const), facts: fc.array(fc.record({ title: text, value: text }), { maxLength: 25 }) }),
      fc.record({ type: fc.constant('list' as const), items: fc.array(text, { maxLength: 30 }) }),
      fc.record({
        type: fc.constant('bars' as const),
        rows: fc.array(fc.record({ label: text, value: text, share: fc.double({ min: -1, max: 2, noNaN: true }) }), { maxLength: 30 }),
      }),
    );
    const action: fc.Arbitrary<Action> = fc.oneof(
      fc.record({ kind: fc.constant('message' as const), title: text, value: fc.string({ maxLength: 2100 }) }),
      fc.record({ kind: fc.constant('url' as const), title: text, url: fc.webUrl() }),
      fc.record({ kind: fc.constant('submit' as const), title: text, data: fc.dictionary(fc.string(), fc.string({ maxLength: 900 })) }),
    );
    fc.assert(
      fc.property(
        fc.record({
          kind: fc.constant('any'),
          lang: fc.constantFrom('sv' as const, 'en' as const),
          title: fc.string({ minLength: 1, maxLength: 300 }).filter((t) => t.trim() !== ''),
          blocks: fc.array(block, { maxLength: 40 }),
          actions: fc.array(action, { maxLength: 60 }),
        }),
        (r) => {
          expect(violations(renderBlockKit(r))).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('splits long text at line breaks or spaces, never losing words', () => {
    const words = Array.from({ length: 1000 }, (_, i) => `ord${i}`).join(' ');
    const parts = splitText(words, 300);
    expect(parts.every((p) => p.length <= 300)).toBe(true);
    expect(parts.join(' ')).toBe(words);
    expect(splitText('', 10)).toEqual(['']);
  });

  it('gives Azure Bot Service Slack messages the same Block Kit as channelData, typed as Slack blocks', () => {
    const r = fallbackReply('en');
    const data = toSlackChannelData(r);
    expect(data).toEqual(renderBlockKit(r));
    const blocks: KnownBlock[] = data.blocks; // compile-time check against Slack's own block types
    expect(blocks[0]?.type).toBe('header');
    expect(data.text).toMatch(/The plan does not say/);
  });
});

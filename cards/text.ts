// The complete answer as plain text: screen readers, the terminal chat and text-only channels get all of it.
import type { Reply } from '../bot/core/reply.js';
import { percent } from '../bot/text/format.js';
import { say } from '../bot/text/catalogue/index.js';

export function renderText(r: Reply): string {
  const out: string[] = [r.title];
  for (const b of r.blocks) {
    switch (b.type) {
      case 'heading':
        out.push('', b.text);
        break;
      case 'text':
        out.push(b.text);
        break;
      case 'facts':
        for (const f of b.facts) out.push(`${f.title}: ${f.value}`);
        break;
      case 'list':
        for (const i of b.items) out.push(`• ${i}`);
        break;
      case 'input':
        out.push(`${b.input.label}: ${b.input.value ?? '…'}`);
        break;
      case 'bars':
        for (const row of b.rows) out.push(`${row.label}: ${row.value} (${percent(row.share, r.lang)})`);
        break;
    }
  }
  const buttons = r.actions.filter((a) => a.kind === 'message');
  if (buttons.length > 0) {
    const label = say(r.lang, 'tryLabel');
    out.push('', `${label}: ${buttons.map((a) => `"${a.value}"`).join(', ')}`);
  }
  for (const a of r.actions) if (a.kind === 'url') out.push(`${a.title}: ${a.url}`);
  return out.join('\n').trim();
}


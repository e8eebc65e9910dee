// Builders for tests: a config over a temporary store, the real app on a free loopback port, activities.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseConfig, type Config } from '../../bot/config.js';
import { startApp, type App, type AppOverrides } from '../../bot/app.js';
import { createMemoryLogger } from '../../bot/log.js';
import { projectRoot } from '../../bot/paths.js';

export const ROOT = projectRoot();
export const SEED = path.join(ROOT, 'data', 'seed.json');

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sodertorn-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export function testConfig(dir: string, env: Record<string, string> = {}): Config {
  return parseConfig({ PORT: '0', HOST: '127.0.0.1', STORE_PATH: path.join(dir, 'store.json'), LOG_LEVEL: 'debug', ...env }, ROOT);
}

export async function startTestApp(dir: string, env: Record<string, string> = {}, overrides: AppOverrides = {}) {
  const logger = overrides.logger ?? createMemoryLogger();
  const app: App = await startApp(testConfig(dir, env), { logger, ...overrides });
  return { app, logger: logger as ReturnType<typeof createMemoryLogger> };
}

let seq = 0;
export function messageActivity(serviceUrl: string, text: string, extra: Record<string, unknown> = {}) {
  seq += 1;
  return {
    type: 'message',
    id: `incoming-${seq}`,
    timestamp: new Date().toISOString(),
    channelId: 'emulator',
    serviceUrl,
    from: { id: 'user-1', name: 'Test User' },
    recipient: { id: 'bot-1', name: 'Södertörnsboten' },
    conversation: { id: 'conv-1' },
    text,
    locale: 'sv-SE',
    ...extra,
  };
}

/** Teams telling the bot it was added to (or removed from) a conversation. */
export function botMembershipUpdate(serviceUrl: string, conversation: Record<string, unknown>, change: 'added' | 'removed') {
  return {
    type: 'conversationUpdate',
    serviceUrl,
    channelId: 'msteams',
    from: { id: 'user-1' },
    recipient: { id: 'bot-1' },
    conversation,
    [change === 'added' ? 'membersAdded' : 'membersRemoved']: [{ id: 'bot-1' }],
  };
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text };
}

/**
 * The whole answer a Teams card activity carries. The card goes alone (text above it would show the
 * answer twice): no `text`, a short `summary`, and the card's fallbackText and speak hold all of it.
 * Throws when the activity breaks that contract.
 */
export function cardText(body: Record<string, any>): string { // eslint-disable-line @typescript-eslint/no-explicit-any
  if (body.text !== undefined && body.text !== null) throw new Error(`a card activity carries text too: ${String(body.text).slice(0, 80)}`);
  const card = body.attachments?.[0]?.content;
  if (!card || body.attachments[0].contentType !== 'application/vnd.microsoft.card.adaptive') throw new Error('no Adaptive Card in the activity');
  if (typeof card.fallbackText !== 'string' || card.fallbackText === '' || card.speak !== card.fallbackText) throw new Error('the card lacks the whole answer in fallbackText and speak');
  if (typeof body.summary !== 'string' || body.summary === '' || body.summary.length > 120) throw new Error(`the activity's summary is missing or long: ${body.summary}`);
  return card.fallbackText;
}

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

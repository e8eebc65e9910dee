// Where an exported plan goes: a short-lived download link served by the bot, or a file (terminal chat).
// Links live only in memory: an export is made on demand and a restart only means asking again.
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../clock.js';
import type { Route } from '../server.js';
import type { ExportSink } from './secretariat.js';

const TTL_MS = 10 * 60 * 1000;

export function createExportLinks(deps: { clock: Clock; baseUrl: () => string }): { sink: ExportSink; routes: Route[] } {
  const links = new Map<string, { json: string; expires: number }>();
  const prune = () => {
    const now = deps.clock.now().getTime();
    for (const [k, v] of links) if (v.expires <= now) links.delete(k);
  };
  return {
    sink: {
      async publish(json) {
        prune();
        const token = randomBytes(24).toString('base64url');
        links.set(token, { json, expires: deps.clock.now().getTime() + TTL_MS });
        return { url: `${deps.baseUrl()}/api/export/${token}` };
      },
    },
    routes: [
      {
        method: 'get',
        path: '/api/export/:token',
        handler: (req, res) => {
          prune();
          const link = links.get(String((req.params as Record<string, string>).token ?? ''));
          if (!link) {
            res.send(404, { error: 'not_found', message: 'Länken har gått ut. Skriv "exportera" igen.' });
            return;
          }
          res.setHeader('content-type', 'application/json; charset=utf-8');
          res.setHeader('content-disposition', `attachment; filename="sodertorn-plan-${deps.clock.now().toISOString().slice(0, 10)}.json"`);
          res.sendRaw(200, link.json);
        },
      },
    ],
  };
}

/** The terminal chat saves exports as files instead. */
export function createFileExports(dir: string, clock: Clock): ExportSink {
  return {
    async publish(json) {
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, `sodertorn-plan-${clock.now().toISOString().replace(/[:.]/g, '-')}.json`);
      await writeFile(file, json);
      return { path: file };
    },
  };
}

/**
 * Downloads an attached plan file. Teams gives a pre-authorised https download URL; the Emulator a
 * loopback http one. Nothing else is fetched, and nothing larger than 2 MB.
 */
export async function fetchPlanFile(url: string): Promise<string> {
  const u = new URL(url);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && loopback)) throw new Error('only https links (or the Emulator on this machine) are read');
  const res = await fetch(u, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const text = await res.text();
  if (text.length > 2 * 1024 * 1024) throw new Error('the file is larger than 2 MB');
  return text;
}

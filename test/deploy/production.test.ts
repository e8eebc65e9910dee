// The Dockerfile's production sequence, without Docker (CI cannot run it here): the files its final stage
// copies go into a clean temp dir, its `npm ci --omit=dev …` runs there, its CMD starts the bot with its
// ENV (port, host and store moved to the test's), then its HEALTHCHECK command, /healthz and one question
// answered through a fake Bot Connector. The steps are read from the Dockerfile itself, so the two
// cannot drift apart.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { startFakeConnector } from '../helpers/fakeConnector.js';
import { cardText, messageActivity, ROOT, tempDir } from '../helpers/app.js';

const run = promisify(execFile);

interface FinalStage {
  env: Record<string, string>;
  copies: Array<{ from: string[]; to: string; stage?: string }>;
  npmCi: string[];
  healthcheck: string[];
  cmd: string[];
  user?: string;
}

/** The final stage of the Dockerfile: ENV, COPY, the npm ci of RUN, HEALTHCHECK CMD, CMD, USER. */
export function finalStage(dockerfile: string): FinalStage {
  const lines = dockerfile.replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const from = lines.map((l, i) => (/^FROM\s/i.test(l) ? i : -1)).filter((i) => i >= 0).at(-1)!;
  const stage: FinalStage = { env: {}, copies: [], npmCi: [], healthcheck: [], cmd: [] };
  for (const line of lines.slice(from + 1)) {
    const [word, ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    switch (word!.toUpperCase()) {
      case 'ENV': {
        const m = /^(\w+)=(.*)$/.exec(args);
        if (m) stage.env[m[1]!] = m[2]!;
        break;
      }
      case 'COPY': {
        const parts = args.split(/\s+/);
        const flag = parts[0]!.startsWith('--from=') ? parts.shift()!.slice('--from='.length) : undefined;
        stage.copies.push({ from: parts.slice(0, -1), to: parts.at(-1)!, stage: flag });
        break;
      }
      case 'RUN': {
        const ci = args.split('&&').map((s) => s.trim()).find((s) => /^npm ci\b/.test(s));
        if (ci) stage.npmCi = ci.split(/\s+/).slice(1);
        break;
      }
      case 'HEALTHCHECK':
        stage.healthcheck = JSON.parse(args.slice(args.indexOf('CMD') + 3).trim()) as string[];
        break;
      case 'CMD':
        stage.cmd = JSON.parse(args) as string[];
        break;
      case 'USER':
        stage.user = args;
        break;
    }
  }
  return stage;
}

describe('the production sequence of the Dockerfile, without Docker', () => {
  const stage = finalStage(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8'));

  it('the final stage installs production dependencies only, runs as a non-root user, checks /healthz and keeps the store on a volume', () => {
    expect(stage.npmCi).toEqual(expect.arrayContaining(['--omit=dev']));
    expect(stage.user).toBeDefined();
    expect(stage.user).not.toMatch(/^(root|0)$/);
    expect(stage.healthcheck.join(' ')).toMatch(/\/healthz/);
    expect(stage.env.STORE_PATH).toMatch(/^\/data\//);
    expect(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8')).toMatch(/^VOLUME \["\/data"\]$/m);
  });

  it('installs, starts, is healthy and answers a question', async () => {
    if (!existsSync(path.join(ROOT, 'dist', 'bot', 'index.js'))) throw new Error('dist/ is missing: npm test builds it first (npm run build)');
    const { dir, cleanup } = await tempDir();
    const app = path.join(dir, 'app');
    const volume = path.join(dir, 'data-volume');
    const connector = await startFakeConnector();
    let child: ChildProcess | undefined;
    try {
      await mkdir(app);
      await mkdir(volume);
      // COPY as the final stage does; `--from=build /app/dist` is the dist/ that npm test has just built.
      for (const c of stage.copies) {
        for (const src of c.from) {
          const from = c.stage ? path.join(ROOT, path.relative('/app', src)) : path.join(ROOT, src);
          const into = path.join(app, c.to);
          const target = c.to.endsWith('/') ? path.join(into, path.basename(src)) : c.from.length === 1 ? into : path.join(into, path.basename(src));
          await mkdir(path.dirname(target), { recursive: true });
          await cp(from, target, { recursive: true });
        }
      }
      expect(existsSync(path.join(app, 'bot', 'index.ts'))).toBe(false); // no sources in the image
      // The machine's way to the registry (a proxy, its certificate authority, npm's settings) is kept: with
      // --prefer-offline npm still asks the registry for what its cache lacks (a package's metadata in the form
      // npm ci asks for, when the package was added with npm install).
      const reach = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && /^(NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR|HTTPS?_PROXY|NO_PROXY|npm_config_(registry|cafile|ca|proxy|https_proxy|noproxy|strict_ssl))$/i.test(e[0])));
      const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, ...reach };
      // --prefer-offline only lets npm take what its cache already holds (npm test ran after npm ci): same lock file, same packages.
      await run('npm', ['ci', ...stage.npmCi, '--prefer-offline'], { cwd: app, env, timeout: 240_000 });
      expect(existsSync(path.join(app, 'node_modules', 'restify'))).toBe(true);
      expect(existsSync(path.join(app, 'node_modules', 'typescript'))).toBe(false); // dev dependencies left out
      expect(existsSync(path.join(app, 'node_modules', 'jest'))).toBe(false);

      const [bin, ...args] = stage.cmd;
      child = spawn(bin === 'node' ? process.execPath : bin!, args, {
        cwd: app,
        env: { ...env, ...stage.env, PORT: '0', HOST: '127.0.0.1', STORE_PATH: path.join(volume, 'store.json'), BOT_NOW: '2011-04-07T10:00:00+02:00' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
      const deadline = Date.now() + 30_000;
      let url: string | undefined;
      while (!url) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the bot did not start:\n${out}`);
        url = /"url":"(http:\/\/127\.0\.0\.1:\d+)\/api\/messages"/.exec(out)?.[1];
        if (!url) await new Promise((r) => setTimeout(r, 50));
      }
      const port = new URL(url).port;

      // The HEALTHCHECK command, as Docker would run it inside the container.
      const [hcBin, ...hcArgs] = stage.healthcheck;
      await expect(run(hcBin === 'node' ? process.execPath : hcBin!, hcArgs, { env: { ...env, PORT: port }, timeout: 10_000 })).resolves.toBeDefined();
      const health = (await (await fetch(`${url}/healthz`)).json()) as Record<string, unknown>;
      expect(health).toMatchObject({ status: 'ok', store: { readable: true, writable: true } });

      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(messageActivity(connector.url, 'när är nästa SK?')),
      });
      expect(res.status).toBeLessThan(300);
      const [reply] = await connector.waitFor(1, 15_000);
      expect(cardText(reply!.body)).toMatch(/14 april 2011/);
      expect(existsSync(path.join(volume, 'store.json'))).toBe(true); // the store is on the volume
      expect(existsSync(path.join(volume, 'store.json.lock'))).toBe(true);

      child.kill('SIGTERM');
      await new Promise((r) => child!.once('exit', r));
      expect(child.exitCode).toBe(0);
      expect(existsSync(path.join(volume, 'store.json.lock'))).toBe(false);
    } finally {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await connector.close();
      await cleanup();
    }
  }, 300_000);
});

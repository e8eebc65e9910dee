// The plan tab and its data, read-only:
//   GET /tab                 the page (?theme=default|dark|contrast, ?lang=sv|en; Teams fills both)
//   GET /tab/tab.js, .css    the page's script and styles (bot/tab/static/)
//   GET /tab/teams-js.js     the @microsoft/teams-js browser bundle, served from node_modules
//   GET /api/plan            the plan as the page shows it (planView), "now" from the bot's Clock
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Response } from 'restify';
import type { Clock } from '../clock.js';
import type { Route } from '../server.js';
import type { Store } from '../store/store.js';
import { tabLang, tabPage, tabTheme } from './page.js';
import { planView } from './view.js';

export interface TabRouteDeps {
  store: Store;
  clock: Clock;
  /** The project root (bot/paths.ts projectRoot()): the static files are read from its bot/tab/static/. */
  root: string;
}

/** The UMD bundle of @microsoft/teams-js (window.microsoftTeams), found through Node's resolution. */
export function teamsJsBundlePath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@microsoft/teams-js/package.json')), 'dist', 'umd', 'MicrosoftTeams.min.js');
}

/**
 * teams-js fetches its list of valid host origins from Microsoft's CDN (validOriginsCdnEndpoint in its
 * internal/constants.js: https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json).
 */
export const TEAMS_JS_CDN_ORIGIN = 'https://res.cdn.office.net';

// Everything the page loads comes from the bot itself; no inline script. The one request teams-js makes
// elsewhere (its valid origins) is allowed, so nothing is blocked inside Teams. Framing is left open:
// Teams (several host names, desktop and web) shows the tab in an iframe.
export const CSP = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ${TEAMS_JS_CDN_ORIGIN}; object-src 'none'; base-uri 'self'`;

function sendText(res: Response, body: string | Buffer, contentType: string, cache: string): void {
  res.sendRaw(200, body, {
    'content-type': contentType,
    'cache-control': cache,
    'x-content-type-options': 'nosniff',
  });
}

export function tabRoutes(deps: TabRouteDeps): Route[] {
  const staticDir = path.join(deps.root, 'bot', 'tab', 'static');
  // Read once, on first use: the files do not change while the bot runs.
  const cache = new Map<string, Buffer>();
  const file = async (p: string) => {
    let b = cache.get(p);
    if (!b) {
      b = await readFile(p);
      cache.set(p, b);
    }
    return b;
  };

  return [
    {
      method: 'get',
      path: '/tab',
      handler: (req, res) => {
        const query = (req.query ?? {}) as Record<string, unknown>;
        const html = tabPage({ lang: tabLang(query.lang) ?? 'sv', theme: tabTheme(query.theme) });
        res.sendRaw(200, html, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-cache',
          'content-security-policy': CSP,
          'x-content-type-options': 'nosniff',
        });
      },
    },
    {
      method: 'get',
      path: '/tab/tab.js',
      handler: async (_req, res) =>
        sendText(res, await file(path.join(staticDir, 'tab.js')), 'text/javascript; charset=utf-8', 'no-cache'),
    },
    {
      method: 'get',
      path: '/tab/tab.css',
      handler: async (_req, res) =>
        sendText(res, await file(path.join(staticDir, 'tab.css')), 'text/css; charset=utf-8', 'no-cache'),
    },
    {
      method: 'get',
      path: '/tab/teams-js.js',
      handler: async (_req, res) =>
        sendText(res, await file(teamsJsBundlePath()), 'text/javascript; charset=utf-8', 'public, max-age=86400'),
    },
    {
      method: 'get',
      path: '/api/plan',
      handler: (_req, res) => {
        res.setHeader('cache-control', 'no-cache');
        res.send(200, planView(deps.store.plan.plan, deps.clock.now()));
      },
    },
  ];
}

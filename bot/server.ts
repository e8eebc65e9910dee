// HTTP routes. Handlers here are thin: they hand requests to the channel layer or read the store.
import restify from 'restify';
import { newRequestId, withRequestId, type Logger } from './log.js';

export interface Route {
  method: 'get' | 'post';
  path: string;
  /** Parse a JSON body into req.body (the raw text stays in req.rawBody). */
  json?: boolean;
  /** Read the body but leave it unparsed (req.body is the raw text): for signature checks (Slack). */
  raw?: boolean;
  handler: (req: restify.Request, res: restify.Response) => Promise<void> | void;
}

export function createServer(routes: Route[], logger: Logger): restify.Server {
  const server = restify.createServer({ name: 'sodertornsboten', handleUncaughtExceptions: false });
  // Before any route and before a byte of the body is read: neither Teams nor Slack compresses its
  // requests, and restify's body reader would gunzip without an error handler (a broken stream stops the
  // process) and count the 1 MB limit in compressed bytes (a small bomb fills the memory).
  server.pre((req: restify.Request, res: restify.Response, next: restify.Next) => {
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Referrer-Policy', 'no-referrer');
    const encoding = req.headers['content-encoding'];
    // "identity" says the body is as it is; restify's reader would refuse the header, so it goes.
    if (encoding !== undefined && String(encoding).trim().toLowerCase() === 'identity') delete req.headers['content-encoding'];
    else if (encoding !== undefined) {
      logger.warn('request refused: compressed body', { path: req.path(), encoding: String(encoding).slice(0, 40) });
      res.header('Connection', 'close');
      res.send(415, { error: 'unsupported_content_encoding' });
      return next(false);
    }
    return next();
  });
  server.use(restify.plugins.queryParser());
  const bodyParser = restify.plugins.jsonBodyParser({ mapParams: false });
  for (const r of routes) {
    const reader = restify.plugins.bodyReader({ maxBodySize: 1024 * 1024 });
    const parse = r.json ? [reader, ...bodyParser] : r.raw ? [reader] : [];
    server[r.method](r.path, ...parse, async (req: restify.Request, res: restify.Response) => {
      // One id per request, on every log line of its turn (also the work it starts after answering, as
      // Slack's) and in the X-Request-Id header, so a complaint can be matched to the log.
      const requestId = newRequestId();
      res.setHeader('x-request-id', requestId);
      await withRequestId(requestId, async () => {
        try {
          await r.handler(req, res);
        } catch (e) {
          // One place turns unexpected errors into a short JSON answer; the detail goes to the log only.
          logger.error('request failed', { path: r.path, error: e as Error });
          if (!res.headersSent) res.send(500, { error: 'internal_error' });
        }
      });
    });
  }
  server.on('restifyError', (req: restify.Request, res: restify.Response, err: Error & { statusCode?: number }, cb: () => void) => {
    if ((err.statusCode ?? 500) >= 500) logger.error('request error', { path: req.path(), error: err });
    // A body over the limit is refused while the client may still be sending it: the connection is not
    // reused (a client's next request on it would be reset), as for a compressed body above.
    if (err.statusCode === 413) res.header('Connection', 'close');
    cb();
  });
  return server;
}

import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { type HealthResponse, PROTOCOL_VERSION } from '../utils/schemas/protocol';
import { createTokenChecker } from './auth';
import { ERROR_TEXT } from './error-text';
import { HTML_PAGE_HEADERS, HTML_PAGE_SIZE, renderReportsPage } from './html-page';
import { type Log, silentLog } from './log';
import { PAGE_TEXT, pickPageLanguage } from './page-text';
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimitOptions } from './rate-limit';
import { listReports, postReports } from './reports-api';
import type { ReportStore } from './store';

export interface AppOptions {
  store: ReportStore;
  /** Accepted access tokens; none = open server (anyone who can reach it may post). */
  tokens?: readonly string[];
  /** Per token, or per client address when open. false = no limit. Default 600 requests/min. */
  rateLimit?: RateLimitOptions | false;
  log?: Log;
  /** Take the client address from X-Forwarded-For (only behind a reverse proxy you run). */
  trustProxy?: boolean;
  /** True once shutdown began: requests still arriving on open connections get 503. */
  isShuttingDown?: () => boolean;
}

export type AppEnv = { Variables: { submitter: string | null; logFields: Record<string, unknown> } };

export function createApp(opts: AppOptions): Hono<AppEnv> {
  const { store, log = silentLog } = opts;
  const checkToken = createTokenChecker(opts.tokens ?? []);
  const rateLimit = opts.rateLimit === false ? null : createRateLimiter(opts.rateLimit ?? DEFAULT_RATE_LIMIT);
  const app = new Hono<AppEnv>();

  app.use(requestLog(log));
  // The extension's background fetch sends Authorization, X-ClaimCheck-Client and a JSON body,
  // which makes browsers ask first (preflight). Retry-After must be readable to the client.
  app.use(
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'X-ClaimCheck-Client'],
      exposeHeaders: ['Retry-After'],
      maxAge: 600,
    }),
  );
  // Shutdown began: a request that still arrives on an open keep-alive connection is told to
  // come back (the client retries after Retry-After) rather than started and cut off.
  app.use(async (c, next) => {
    if (!opts.isShuttingDown?.()) return next();
    return c.json({ error: ERROR_TEXT.shuttingDown }, 503, { 'Retry-After': '5', Connection: 'close' });
  });
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        c.json({ error: ERROR_TEXT.methodNotAllowed(c.req.method) }, 405, { Allow: methods.join(', ') }),
    }),
  );

  const guard = (browserPage: boolean): MiddlewareHandler<AppEnv> =>
    async function guard(c, next) {
      const auth = checkToken(c.req.header('Authorization'));
      if (!auth.ok) {
        // A browser opening the HTML page can only answer a Basic challenge (password = token).
        const challenge = browserPage ? 'Basic realm="ClaimCheck", charset="UTF-8"' : 'Bearer realm="ClaimCheck"';
        return c.json({ error: auth.error }, auth.status, auth.status === 401 ? { 'WWW-Authenticate': challenge } : {});
      }
      c.set('submitter', auth.submitter);
      if (rateLimit) {
        const decision = rateLimit(auth.submitter ? `token:${auth.submitter}` : `ip:${clientAddress(c, opts.trustProxy)}`);
        if (!decision.allowed) {
          return c.json({ error: ERROR_TEXT.tooManyRequests }, 429, { 'Retry-After': String(decision.retryAfterSeconds) });
        }
      }
      await next();
    };

  app.get('/v1/health', (c) => c.json({ ok: true, protocol: PROTOCOL_VERSION } satisfies HealthResponse));
  app.post('/v1/reports', guard(false), (c) => postReports(c, store, c.get('submitter')));
  app.get('/v1/reports', guard(false), (c) => listReports(c, store));
  app.get('/', guard(true), (c) => {
    const before = c.req.query('before');
    const beforeSeq = before && /^\d{1,15}$/.test(before) ? Number(before) : null;
    const rows = store.listNewestFirst(beforeSeq, HTML_PAGE_SIZE + 1);
    const page = rows.slice(0, HTML_PAGE_SIZE);
    const olderPageBefore = rows.length > HTML_PAGE_SIZE ? page.at(-1)!.seq : null;
    const language = pickPageLanguage(c.req.query('lang'), c.req.header('Accept-Language'));
    const languageChosen = c.req.query('lang') === language;
    const html = renderReportsPage({
      rows: page,
      total: store.count(),
      olderPageBefore,
      before: beforeSeq,
      language,
      languageChosen,
    });
    return c.html(html, 200, {
      ...HTML_PAGE_HEADERS,
      'Content-Language': PAGE_TEXT[language].htmlLang,
      Vary: 'Accept-Language',
    });
  });

  app.notFound((c) => c.json({ error: ERROR_TEXT.notFound(c.req.path) }, 404));
  app.onError((error, c) => {
    log('error', 'request failed', { method: c.req.method, path: c.req.path, error });
    return c.json({ error: ERROR_TEXT.internal }, 500);
  });
  return app;
}

/** One JSON line per request, after it is answered (the token never appears, its fingerprint may). */
function requestLog(log: Log): MiddlewareHandler<AppEnv> {
  return async function requestLog(c, next) {
    const started = performance.now();
    await next();
    log('info', 'request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      client: c.req.header('X-ClaimCheck-Client'),
      submitter: c.get('submitter'),
      ...c.get('logFields'),
    });
  };
}

function clientAddress(c: Context<AppEnv>, trustProxy: boolean | undefined): string {
  if (trustProxy) {
    // The right-most entry is the one our own proxy appended; entries left of it are client-made.
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in unit tests has no socket
  }
}

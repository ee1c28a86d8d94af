import { Hono, type MiddlewareHandler } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { type HealthResponse, PROTOCOL_VERSION } from '../utils/schemas/protocol';
import { accessGuard } from './access-guard';
import { createTokenChecker } from './auth';
import { ERROR_TEXT } from './error-text';
import { HTML_PAGE_HEADERS, HTML_PAGE_SIZE, renderReportsPage } from './html-page';
import { type Log, silentLog } from './log';
import { extensionCors, hostGuard } from './origin-guard';
import { PAGE_TEXT, pickPageLanguage } from './page-text';
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimitOptions } from './rate-limit';
import { listReports, postReports } from './reports-api';
import { storageFailure } from './storage-errors';
import type { ReportStore } from './store';

export interface AppOptions {
  store: ReportStore;
  /** Report tokens (TOKENS); none = anyone who can reach the server may post. */
  tokens?: readonly string[];
  /** Read tokens (READ_TOKENS); none = the report tokens read too (open when there are none). */
  readTokens?: readonly string[];
  /** Per token, or per client address when open. false = no limit. Default 600 requests/min. */
  rateLimit?: RateLimitOptions | false;
  log?: Log;
  /** Take the client address from X-Forwarded-For (only behind a reverse proxy you run). */
  trustProxy?: boolean;
  /** True once shutdown began: requests still arriving on open connections get 503. */
  isShuttingDown?: () => boolean;
  /** Host names an open server answers besides loopback names and IP addresses (PUBLIC_HOST). */
  publicHosts?: readonly string[];
  /** Where a page of `GET /v1/reports` stops growing (tests set it small). */
  listPageBytes?: number;
}

export type AppEnv = { Variables: { submitter: string | null; logFields: Record<string, unknown> } };

export function createApp(opts: AppOptions): Hono<AppEnv> {
  const { store, log = silentLog } = opts;
  const checkToken = createTokenChecker(opts.tokens ?? [], opts.readTokens ?? []);
  const rateLimit = opts.rateLimit === false ? null : createRateLimiter(opts.rateLimit ?? DEFAULT_RATE_LIMIT);
  const app = new Hono<AppEnv>();

  app.use(requestLog(log));
  // While posting is open no token stops a web page the operator visits (DNS rebinding) from
  // filling the server, so its Host must be ours; read tokens alone do not change that.
  if ((opts.tokens ?? []).length === 0) app.use(hostGuard(opts.publicHosts ?? []));
  app.use(extensionCors());
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

  const guard = { checkToken, rateLimit, trustProxy: opts.trustProxy };
  app.get('/v1/health', accessGuard(guard, 'health'), (c) =>
    c.json({ ok: true, protocol: PROTOCOL_VERSION } satisfies HealthResponse),
  );
  app.post('/v1/reports', accessGuard(guard, 'report'), (c) => postReports(c, store, c.get('submitter')));
  app.get('/v1/reports', accessGuard(guard, 'read'), (c) => listReports(c, store, opts.listPageBytes));
  app.get('/', accessGuard(guard, 'page'), (c) => {
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
    const storage = storageFailure(error);
    log(storage?.level ?? 'error', 'request failed', { method: c.req.method, path: c.req.path, error });
    if (storage) return c.json({ error: storage.error }, 503, { 'Retry-After': String(storage.retryAfterSeconds) });
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

import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app';
import type { Access, TokenChecker } from './auth';
import { ERROR_TEXT } from './error-text';
import type { RateDecision, RateLimiter } from './rate-limit';

export interface AccessGuardOptions {
  checkToken: TokenChecker;
  rateLimit: RateLimiter | null;
  /** Take the client address from X-Forwarded-For (only behind a reverse proxy you run). */
  trustProxy?: boolean;
}

/**
 * Who may use a route: `report` and `read` (the API, Bearer: 401 without a token, 403 with a
 * refused one or one of the other kind), `page` (the HTML page, for readers: a browser can only
 * answer a Basic challenge) and `health` (open without Authorization, for "Test connection"
 * before a token is set; a token of either kind passes, an unknown one is refused).
 */
export type RouteKind = 'report' | 'read' | 'page' | 'health';

const ACCESS: Record<RouteKind, Access> = { report: 'report', read: 'read', page: 'read', health: 'any' };

const BASIC_CHALLENGE = 'Basic realm="ClaimCheck", charset="UTF-8"';
const BEARER_CHALLENGE = 'Bearer realm="ClaimCheck"';

export function accessGuard(opts: AccessGuardOptions, kind: RouteKind): MiddlewareHandler<AppEnv> {
  const { checkToken, rateLimit } = opts;
  const tooMany = (c: Context<AppEnv>, decision: RateDecision & { allowed: false }) =>
    c.json({ error: ERROR_TEXT.tooManyRequests }, 429, { 'Retry-After': String(decision.retryAfterSeconds) });

  return async function accessGuard(c, next) {
    const authorization = c.req.header('Authorization');
    if (kind === 'health' && authorization === undefined) return next();
    const addressKey = `ip:${clientAddress(c, opts.trustProxy)}`;
    const auth = checkToken(authorization, ACCESS[kind]);
    if (!auth.ok) {
      // Refused attempts spend the address's budget; once it is spent they get 429. An accepted
      // token is let through all the same: people behind one NAT or an unconfigured proxy share
      // an address, and one guesser must not lock them all out. (A long random token, as the
      // README asks for, cannot be guessed at any rate this allows.)
      const held = rateLimit?.peek(addressKey);
      if (held && !held.allowed) return tooMany(c, held);
      rateLimit?.(addressKey);
      // RFC 9110 §11.6.1: refused credentials get a new challenge too, or a browser keeps
      // resending the mistyped password (or the report token) it cached and never asks again.
      if (kind === 'page') return c.json({ error: auth.error }, 401, { 'WWW-Authenticate': BASIC_CHALLENGE });
      return c.json({ error: auth.error }, auth.status, auth.status === 401 ? { 'WWW-Authenticate': BEARER_CHALLENGE } : {});
    }
    if (kind === 'health') return next();
    c.set('submitter', auth.submitter);
    if (rateLimit) {
      const decision = rateLimit(auth.submitter ? `token:${auth.submitter}` : addressKey);
      if (!decision.allowed) return tooMany(c, decision);
    }
    await next();
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

import { isIP } from 'node:net';
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { ERROR_TEXT } from './error-text';

/**
 * Browsers let any web page send requests to 127.0.0.1; these guards keep such a page from
 * reading or filling an open server. The extension is not a web page: with the endpoint's host
 * permission (which it asks for before any request) its fetches skip CORS altogether.
 */

/** Extension pages' origins (Chrome and Edge, Firefox). A web page's origin gets no CORS headers. */
const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\/[a-z0-9-]+$/i;

/**
 * CORS only for extension origins: a browser without host permission for the endpoint would
 * still let the extension through, while a web page can neither read an answer nor send a
 * preflighted (JSON, Authorization) request. Retry-After must be readable to the client.
 */
export function extensionCors(): MiddlewareHandler {
  return cors({
    origin: (origin) => (EXTENSION_ORIGIN.test(origin) ? origin : null),
    allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type', 'X-ClaimCheck-Client'],
    exposeHeaders: ['Retry-After'],
    maxAge: 600,
  });
}

/**
 * The host name a request was addressed to: lower case, without port, brackets or final dot.
 * Null when it cannot be read (node answers a malformed Host with 400 before we get here).
 */
export function requestHostName(hostHeader: string | undefined, requestUrl: string): string | null {
  // Only what a host (and port) can be: no user info, path or spaces for URL parsing to skip over.
  if (hostHeader !== undefined && !/^[a-z0-9.\-_:[\]]+$/i.test(hostHeader)) return null;
  try {
    // app.request() in unit tests has no Host header, only the URL.
    const name = new URL(hostHeader ? `http://${hostHeader}/` : requestUrl).hostname;
    return name.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  } catch {
    return null;
  }
}

/**
 * Whether an open server may answer a request for `name`. DNS rebinding points an attacker's
 * name at 127.0.0.1, and the browser then sends that name as Host: only loopback names, IP
 * literals (no DNS, so nothing to rebind) and the operator's own public names pass.
 */
export function isServedHostName(name: string, publicHosts: readonly string[]): boolean {
  if (name === 'localhost') return true; // browsers resolve it to loopback themselves, never by DNS
  if (isIP(name) !== 0) return true;
  return publicHosts.includes(name);
}

/** Normalises PUBLIC_HOST entries the way requestHostName reads a Host header. */
export function publicHostNames(hosts: readonly string[]): string[] {
  return hosts.flatMap((host) => {
    const name = host.trim() === '' ? null : requestHostName(host.trim(), 'http://invalid/');
    return name ? [name] : [];
  });
}

/** Refuses, on an open server only, requests addressed to a host name it does not serve. */
export function hostGuard(publicHosts: readonly string[]): MiddlewareHandler {
  const served = publicHostNames(publicHosts);
  return async function hostGuard(c, next) {
    const name = requestHostName(c.req.header('Host'), c.req.url);
    if (name !== null && isServedHostName(name, served)) return next();
    // 421 (Misdirected Request), not 403: the extension reads 401/403 as a refused token and
    // pauses with that message; any other status it holds and shows with this text.
    return c.json({ error: ERROR_TEXT.hostRefused(String(name ?? c.req.header('Host')).slice(0, 100)) }, 421);
  };
}

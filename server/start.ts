import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { type Log, silentLog } from './log';
import type { RateLimitOptions } from './rate-limit';
import { ReportStore } from './store';

export interface StartServerOptions {
  host: string;
  /** 0 = a free port chosen by the system (tests, e2e, benchmarks). */
  port: number;
  dbPath: string;
  tokens: readonly string[];
  /** READ_TOKENS: when set, only these read reports (see server/README.md). */
  readTokens?: readonly string[];
  rateLimit?: RateLimitOptions | false;
  log?: Log;
  trustProxy?: boolean;
  /** Host names an open server answers besides loopback names and IP addresses (PUBLIC_HOST). */
  publicHosts?: readonly string[];
  /** How long shutdown waits for requests in flight before cutting their connections. */
  shutdownGraceMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting, lets requests in flight finish, then closes the database. Idempotent. */
  close(): Promise<void>;
  store: ReportStore;
}

export async function startServer(opts: StartServerOptions): Promise<RunningServer> {
  const log = opts.log ?? silentLog;
  const store = new ReportStore(opts.dbPath);
  let shuttingDown = false;
  const app = createApp({
    store,
    tokens: opts.tokens,
    readTokens: opts.readTokens,
    rateLimit: opts.rateLimit,
    log,
    trustProxy: opts.trustProxy,
    publicHosts: opts.publicHosts,
    isShuttingDown: () => shuttingDown,
  });

  let inFlight = 0;
  let onIdle: (() => void) | null = null;
  const server = serve({
    fetch: app.fetch,
    hostname: opts.host,
    port: opts.port,
    // Leave the global Request/Response alone: tests, e2e and benchmarks run the extension's
    // own fetch code in this same process.
    overrideGlobalObjects: false,
  });
  // Counted at the socket level, from the first byte of a request to its last byte out, so a
  // request whose body is still arriving when shutdown starts is waited for too.
  server.on('request', (_request, response) => {
    inFlight++;
    response.once('close', () => {
      inFlight--;
      if (inFlight === 0) onIdle?.();
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    store.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const urlHost = opts.host.includes(':') ? `[${opts.host}]` : opts.host;

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      shuttingDown = true;
      const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      if ('closeIdleConnections' in server) server.closeIdleConnections();
      if (inFlight > 0) {
        const idle = new Promise<void>((resolve) => {
          onIdle = resolve;
        });
        const grace = new Promise<void>((resolve) => setTimeout(resolve, opts.shutdownGraceMs ?? 10_000).unref());
        await Promise.race([idle, grace]);
      }
      // Whatever is still open now never got an answer, so cutting it loses nothing accepted.
      if ('closeAllConnections' in server) server.closeAllConnections();
      await serverClosed;
      store.close();
      log('info', 'stopped', { inFlightAbandoned: inFlight });
    })();
    return closing;
  };

  return { url: `http://${urlHost}:${port}`, port, close, store };
}

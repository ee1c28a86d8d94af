import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fault-injecting HTTP proxy on 127.0.0.1 for the sync fault test (issue #5, item 3). Each
 * request draws one fault by weight. "…After" faults forward the request first, so the endpoint
 * HAS stored the batch when the client sees the failure: the resend must not duplicate it.
 */
export const FAULT_KINDS = [
  'pass',
  'http500',
  'http502',
  'timeoutBefore',
  'timeoutAfter',
  'resetBefore',
  'resetAfter',
  'busy429',
  'busy503',
  'tooLarge413',
  'garbage200',
  'wrongTypes200',
  'truncated200',
  'partial200',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export type FaultProxy = { url: string; counts: Record<FaultKind, number>; close(): Promise<void> };

type Upstream = { status: number; headers: Record<string, string>; body: Buffer };

export async function startFaultProxy(options: {
  upstream: string;
  weights: Partial<Record<FaultKind, number>>;
  random: () => number;
}): Promise<FaultProxy> {
  const counts = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
  const upstream = new URL(options.upstream);
  const total = Object.values(options.weights).reduce((a, b) => a + (b ?? 0), 0);

  const draw = (reportsInBatch: number): FaultKind => {
    let r = options.random() * total;
    for (const kind of FAULT_KINDS) {
      r -= options.weights[kind] ?? 0;
      if (r < 0) {
        // A proxy's size limit refuses a batch, never a single report (that would be a permanent reject).
        return kind === 'tooLarge413' && reportsInBatch < 2 ? 'pass' : kind;
      }
    }
    return 'pass';
  };

  const forward = (req: IncomingMessage, body: Buffer): Promise<Upstream> =>
    new Promise((resolve, reject) => {
      const out = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          path: req.url,
          method: req.method,
          headers: { ...req.headers, host: upstream.host },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 502, headers: pickHeaders(res.headers), body: Buffer.concat(chunks) }),
          );
          res.on('error', reject);
        },
      );
      out.on('error', reject);
      out.end(body);
    });

  const answer = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const ids = batchIds(body);
    const fault = draw(ids.length);
    counts[fault]++;
    switch (fault) {
      case 'http500':
        return answer(res, 500, '{"error":"injected"}');
      case 'http502':
        return answer(res, 502, '<html>bad gateway</html>', { 'content-type': 'text/html' });
      case 'timeoutBefore':
        return; // never answers; the client's deadline must end it
      case 'resetBefore':
        return req.socket.destroy();
      case 'busy429':
        return answer(res, 429, '{"error":"slow down"}', { 'retry-after': String(1 + Math.floor(options.random() * 5)) });
      case 'busy503':
        return answer(res, 503, '{"error":"busy"}', { 'retry-after': new Date(Date.now() + 90_000).toUTCString() });
      case 'tooLarge413':
        return answer(res, 413, '{"error":"request entity too large"}');
    }
    const real = await forward(req, body);
    switch (fault) {
      case 'timeoutAfter':
        return; // stored upstream, but the answer never comes
      case 'resetAfter':
        return req.socket.destroy();
      case 'garbage200':
        return answer(res, 200, '<<<this is not json>>>');
      case 'wrongTypes200':
        return answer(res, 200, '{"accepted":"yes","rejected":{"count":0}}');
      case 'truncated200':
        return answer(res, 200, real.body.subarray(0, Math.floor(real.body.length / 2)).toString());
      case 'partial200':
        return answer(res, real.status, dropHalfOfAccepted(real.body), real.headers);
      default:
        res.writeHead(real.status, real.headers);
        res.end(real.body);
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks)).catch(() => req.socket.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url, counts, close };
}

function batchIds(body: Buffer): string[] {
  try {
    const parsed = JSON.parse(body.toString()) as { reports?: { id?: unknown }[] };
    return (parsed.reports ?? []).map((r) => String(r.id));
  } catch {
    return [];
  }
}

/** A well-formed 200 that leaves some ids out: the client must keep those pending. */
function dropHalfOfAccepted(body: Buffer): string {
  try {
    const parsed = JSON.parse(body.toString()) as { accepted?: string[]; rejected?: unknown[] };
    const accepted = parsed.accepted ?? [];
    return JSON.stringify({ ...parsed, accepted: accepted.slice(0, Math.floor(accepted.length / 2)) });
  } catch {
    return body.toString();
  }
}

function pickHeaders(headers: IncomingMessage['headers']): Record<string, string> {
  const keep: Record<string, string> = {};
  for (const name of ['content-type', 'retry-after']) {
    const value = headers[name];
    if (typeof value === 'string') keep[name] = value;
  }
  return keep;
}

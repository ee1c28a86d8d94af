import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FetchLike, postJson, RESPONSE_CAP_BYTES } from './http';

const GIB = 1024 * 1024 * 1024;
const body = '{"reports":[]}';

/** A body stream that would produce `total` bytes, counting what the reader actually pulled. */
function countingStream(total: number) {
  const pulled = { bytes: 0, cancelled: false };
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= total) return controller.close();
      pulled.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      pulled.cancelled = true;
    },
  });
  return { stream, pulled };
}

describe('postJson against a hostile endpoint (in process)', () => {
  afterEach(() => void vi.useRealTimers());

  it('stops reading a 1 GiB answer just past 1 MiB', async () => {
    const { stream, pulled } = countingStream(GIB);
    const fetch: FetchLike = async () => new Response(stream, { status: 200 });
    const answer = await postJson({ fetch, url: 'http://127.0.0.1/v1/reports', body, headers: {} });
    expect(answer).toEqual({ kind: 'failed', error: 'answer larger than 1 MiB', code: 'tooLarge' });
    expect(pulled.bytes).toBeLessThan(RESPONSE_CAP_BYTES + 256 * 1024);
    expect(pulled.cancelled).toBe(true);
  });

  it('refuses a declared Content-Length over the cap without reading', async () => {
    const { stream, pulled } = countingStream(GIB);
    const fetch: FetchLike = async () => new Response(stream, { status: 200, headers: { 'content-length': String(GIB) } });
    const answer = await postJson({ fetch, url: 'http://127.0.0.1/v1/reports', body, headers: {} });
    expect(answer.kind).toBe('failed');
    expect(pulled.bytes).toBeLessThanOrEqual(128 * 1024);
  });

  it('times out after 15 s when the headers never come, even if fetch ignores the abort', async () => {
    vi.useFakeTimers();
    const fetch: FetchLike = () => new Promise<Response>(() => {});
    const pending = postJson({ fetch, url: 'http://127.0.0.1/v1/reports', body, headers: {} });
    await vi.advanceTimersByTimeAsync(14_999);
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual({ kind: 'failed', error: 'no complete answer within 15 s', code: 'timeout' });
  });

  it('times out when the body never finishes (the deadline covers the body too)', async () => {
    const stream = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new TextEncoder().encode('{"accepted":[')) });
    const fetch: FetchLike = async () => new Response(stream, { status: 200 });
    const started = Date.now();
    const answer = await postJson({ fetch, url: 'http://127.0.0.1/v1/reports', body, headers: {}, timeoutMs: 200 });
    expect(answer).toEqual({ kind: 'failed', error: 'no complete answer within 200 ms', code: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a network error and a non-byte body as failures, never throws', async () => {
    const refused: FetchLike = async () => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });
    };
    expect(await postJson({ fetch: refused, url: 'http://127.0.0.1:1/v1/reports', body, headers: {} })).toEqual({
      kind: 'failed',
      error: 'network error: fetch failed (connect ECONNREFUSED)',
      code: 'network',
      detail: 'fetch failed (connect ECONNREFUSED)',
    });
    const strings = new ReadableStream({
      start(c) {
        c.enqueue('not bytes');
        c.close();
      },
    });
    const odd: FetchLike = async () => new Response(strings as ReadableStream<Uint8Array>, { status: 200 });
    expect((await postJson({ fetch: odd, url: 'http://127.0.0.1/v1/reports', body, headers: {} })).kind).toBe('failed');
  });

  it('sends JSON with the given headers, no credentials, no redirects, and reads Retry-After', async () => {
    let seen: RequestInit | undefined;
    const fetch: FetchLike = async (_url, init) => {
      seen = init;
      return new Response('{"error":"slow down"}', { status: 429, headers: { 'retry-after': '7' } });
    };
    const answer = await postJson({ fetch, url: 'http://127.0.0.1/v1/reports', body, headers: { 'X-A': 'b' } });
    expect(answer).toEqual({ kind: 'answer', status: 429, body: '{"error":"slow down"}', retryAfter: '7' });
    expect(seen).toMatchObject({ method: 'POST', body, redirect: 'error', credentials: 'omit' });
    expect(seen?.headers).toEqual({ 'Content-Type': 'application/json', 'X-A': 'b' });
  });
});

describe('postJson against a hostile endpoint (real HTTP on 127.0.0.1)', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  });

  async function serve(handler: (res: ServerResponse) => void): Promise<string> {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => handler(res));
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/reports`;
  }

  it('caps a 1 GiB streamed answer and the server sees the connection go', async () => {
    let written = 0;
    let closed = false;
    const url = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (written < GIB && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (closed = true));
      pump();
    });
    const answer = await postJson({ fetch: globalThis.fetch, url, body, headers: {} });
    expect(answer).toEqual({ kind: 'failed', error: 'answer larger than 1 MiB', code: 'tooLarge' });
    await vi.waitFor(() => expect(closed).toBe(true));
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  it('gives up on a connection that sends headers and then nothing', async () => {
    const url = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"accepted":[');
    });
    const started = Date.now();
    const answer = await postJson({ fetch: globalThis.fetch, url, body, headers: {}, timeoutMs: 300 });
    expect(answer.kind).toBe('failed');
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

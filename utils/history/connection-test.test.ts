import { describe, expect, it } from 'vitest';
import { testConnection } from './connection-test';

type Seen = { url: string; headers: Record<string, string> };

function fakeFetch(respond: () => Promise<Response>, seen: Seen[] = []): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    seen.push({ url, headers: init.headers as Record<string, string> });
    return await new Promise<Response>((resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      respond().then(resolve, reject);
    });
  }) as unknown as typeof fetch;
}

const base = { endpointUrl: 'https://r.example.org/cc/', accessToken: 'tok', clientVersion: '0.1.0' };

describe('Test connection', () => {
  it('GETs {base}/v1/health with the token and client headers and accepts the protocol body', async () => {
    const seen: Seen[] = [];
    const f = fakeFetch(async () => Response.json({ ok: true, protocol: 1 }), seen);
    expect(await testConnection({ ...base, fetch: f })).toEqual({ ok: true });
    expect(seen[0]).toEqual({
      url: 'https://r.example.org/cc/v1/health',
      headers: { Authorization: 'Bearer tok', 'X-ClaimCheck-Client': 'claimcheck/0.1.0' },
    });
    await testConnection({ ...base, accessToken: '', fetch: f });
    expect(seen[1]!.headers.Authorization).toBeUndefined();
  });

  it('gives the reason of a failure: status, body, network error, timeout', async () => {
    expect(await testConnection({ ...base, fetch: fakeFetch(async () => new Response('no', { status: 401 })) })).toEqual({
      ok: false,
      reason: 'http',
      status: 401,
    });
    expect(await testConnection({ ...base, fetch: fakeFetch(async () => Response.json({ ok: true, protocol: 2 })) })).toEqual({
      ok: false,
      reason: 'body',
    });
    expect(await testConnection({ ...base, fetch: fakeFetch(async () => new Response('<html>')) })).toEqual({
      ok: false,
      reason: 'body',
    });
    const down = await testConnection({ ...base, fetch: fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))) });
    expect(down).toEqual({ ok: false, reason: 'network', detail: 'Failed to fetch' });
    const hang = await testConnection({ ...base, timeoutMs: 50, fetch: fakeFetch(() => new Promise<Response>(() => {})) });
    expect(hang).toEqual({ ok: false, reason: 'timeout' });
  });
});

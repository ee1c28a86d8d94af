import { afterEach, describe, expect, it } from 'vitest';
import { testConnection } from '../utils/history/connection-test';
import { makeReport, postReports, startTestServer, type TestServer } from './test-support';

const TOKEN = 'team-token-0123456789';
const basic = (password: string) => ({ Authorization: `Basic ${Buffer.from(`reviewer:${password}`).toString('base64')}` });
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

let server: TestServer | undefined;
afterEach(() => server?.dispose());

describe('the HTML page and a mistyped password', () => {
  it('challenges refused Basic credentials again (401 with Basic), so the browser asks anew', async () => {
    server = await startTestServer({ tokens: [TOKEN] });
    const wrong = await fetch(`${server.url}/`, { headers: basic('mistyped') });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Basic realm="ClaimCheck"/);
    expect((await wrong.json()).error).toMatch(/^access token refused \/ /);
    // The API keeps 403 for a refused token: the extension pauses sync on it (sync-protocol.md).
    expect((await fetch(`${server.url}/v1/reports`, { headers: bearer('mistyped') })).status).toBe(403);
  });
});

describe('GET /v1/health and the token', () => {
  it('is open without Authorization, 200 with an accepted token, 403 with a refused one', async () => {
    server = await startTestServer({ tokens: [TOKEN] });
    expect((await fetch(`${server.url}/v1/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/v1/health`, { headers: bearer(TOKEN) })).status).toBe(200);
    const refused = await fetch(`${server.url}/v1/health`, { headers: bearer('wrong-token') });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toMatch(/^access token refused \/ /);
  });

  it('makes "Test connection" fail with a wrong token, and pass with the right one or none', async () => {
    server = await startTestServer({ tokens: [TOKEN] });
    const test = (accessToken: string) => testConnection({ endpointUrl: server!.url, accessToken, clientVersion: '0.1.0' });
    expect(await test('wrong-token')).toEqual({ ok: false, reason: 'http', status: 403 });
    expect(await test(TOKEN)).toEqual({ ok: true });
    expect(await test('')).toEqual({ ok: true });
  });

  it('on an open server, ignores a token it has no use for', async () => {
    server = await startTestServer();
    expect((await fetch(`${server.url}/v1/health`, { headers: bearer('any') })).status).toBe(200);
  });
});

describe('guessing tokens', () => {
  it('charges refused tokens to the address: then 429 for them, while an accepted token still goes through', async () => {
    server = await startTestServer({ tokens: [TOKEN], rateLimit: { requestsPerMinute: 3 } });
    const url = server.url;
    const guesses = [
      fetch(`${url}/v1/reports`, { headers: bearer('guess-1') }),
      fetch(`${url}/v1/health`, { headers: bearer('guess-2') }),
      fetch(`${url}/`, { headers: basic('guess-3') }),
    ];
    expect((await Promise.all(guesses)).map((response) => response.status)).toEqual([403, 403, 401]);
    const limited = await fetch(`${url}/v1/reports`, { headers: bearer('guess-4') });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await limited.json()).error).toMatch(/^too many requests \/ /);
    // People sharing the guesser's address (one NAT, a proxy without TRUST_PROXY) are not locked out.
    expect((await postReports(server, { reports: [makeReport()] }, TOKEN)).status).toBe(200);
    expect((await fetch(`${url}/v1/health`, { headers: bearer(TOKEN) })).status).toBe(200);
    expect(server.store.count()).toBe(1);
  });

  it('does not charge accepted tokens to the address', async () => {
    server = await startTestServer({ tokens: [TOKEN, 'other-token-9876543210'], rateLimit: { requestsPerMinute: 2 } });
    for (let i = 0; i < 2; i++) expect((await postReports(server, { reports: [makeReport()] }, TOKEN)).status).toBe(200);
    expect((await postReports(server, { reports: [makeReport()] }, 'other-token-9876543210')).status).toBe(200);
  });
});

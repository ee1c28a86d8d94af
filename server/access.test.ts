import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReport, postReports, startTestServer, type TestServer } from './test-support';

const TEAM_TOKEN = 'team-token-0123456789';
const OTHER_TOKEN = 'other-token-9876543210';

describe('with access tokens configured', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ tokens: [TEAM_TOKEN, OTHER_TOKEN] });
  });
  afterAll(() => server.dispose());

  it('answers 401 without a token and 403 with a wrong one, storing nothing', async () => {
    const missing = await postReports(server, { reports: [makeReport()] });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await missing.json()).error).toMatch(/missing access token/);

    const wrong = await postReports(server, { reports: [makeReport()] }, 'not-the-token');
    expect(wrong.status).toBe(403);
    expect((await wrong.json()).error).toMatch(/^access token refused \/ /);
    expect(server.store.count()).toBe(0);
  });

  it('accepts a configured token and records its fingerprint, never the token', async () => {
    const report = makeReport();
    const response = await postReports(server, { reports: [report] }, OTHER_TOKEN);
    expect(response.status).toBe(200);
    const row = server.store.get(report.id)!;
    expect(row.submitter).toMatch(/^[0-9a-f]{12}$/);
    expect(JSON.stringify(row)).not.toContain(OTHER_TOKEN);
  });

  it('asks a browser for the token on the HTML page (Basic, token as password)', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(401);
    expect(page.headers.get('www-authenticate')).toMatch(/^Basic realm="ClaimCheck"/);
    const basic = Buffer.from(`reviewer:${OTHER_TOKEN}`).toString('base64');
    const allowed = await fetch(`${server.url}/`, { headers: { Authorization: `Basic ${basic}` } });
    expect(allowed.status).toBe(200);
  });

  it('keeps health open, for "Test connection" before a token is set', async () => {
    expect((await fetch(`${server.url}/v1/health`)).status).toBe(200);
  });
});

describe('rate limit', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ tokens: [TEAM_TOKEN, OTHER_TOKEN], rateLimit: { requestsPerMinute: 2 } });
  });
  afterAll(() => server.dispose());

  it('limits each token on its own: 429 with Retry-After in seconds once its budget is spent', async () => {
    expect((await postReports(server, { reports: [makeReport()] }, TEAM_TOKEN)).status).toBe(200);
    expect((await postReports(server, { reports: [makeReport()] }, TEAM_TOKEN)).status).toBe(200);
    const limited = await postReports(server, { reports: [makeReport()] }, TEAM_TOKEN);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 30).toBe(true);
    expect(limited.headers.get('access-control-expose-headers')).toMatch(/Retry-After/i);
    expect((await limited.json()).error).toMatch(/^too many requests \/ /);
    expect((await postReports(server, { reports: [makeReport()] }, OTHER_TOKEN)).status).toBe(200);
  });

  it('limits per client address when the server is open', async () => {
    const open = await startTestServer({ rateLimit: { requestsPerMinute: 1 } });
    try {
      expect((await fetch(`${open.url}/v1/reports`)).status).toBe(200);
      expect((await fetch(`${open.url}/v1/reports`)).status).toBe(429);
    } finally {
      await open.dispose();
    }
  });
});

describe('routing and CORS (open server)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.dispose());

  it('answers 404 {"error"} to unknown paths', async () => {
    const response = await fetch(`${server.url}/v2/reports`);
    expect(response.status).toBe(404);
    expect((await response.json()).error).toMatch(/no such path/);
  });

  it.each([
    ['DELETE', '/v1/reports', 'GET, HEAD, POST'],
    ['PUT', '/v1/reports', 'GET, HEAD, POST'],
    ['POST', '/v1/health', 'GET, HEAD'],
    ['POST', '/', 'GET, HEAD'],
  ])('answers 405 {"error"} with Allow to %s %s', async (method, path, allow) => {
    const response = await fetch(`${server.url}${path}`, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')?.split(', ').sort()).toEqual(allow.split(', '));
    expect((await response.json()).error).toMatch(new RegExp(`^method ${method} not allowed / `));
  });

  const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

  it("answers the extension's preflight with the headers and methods it sends", async () => {
    const response = await fetch(`${server.url}/v1/reports`, {
      method: 'OPTIONS',
      headers: {
        Origin: EXTENSION,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type,x-claimcheck-client',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(EXTENSION);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    const allowed = response.headers.get('access-control-allow-headers')!.toLowerCase().split(',');
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'x-claimcheck-client']));
  });

  it('sends Access-Control-Allow-Origin to extension pages (Firefox too), errors included', async () => {
    const firefox = 'moz-extension://0b3a6f4e-5d1c-4b8e-9f2a-7c6d5e4f3a2b';
    const ok = await fetch(`${server.url}/v1/reports`, { headers: { Origin: firefox } });
    expect(ok.headers.get('access-control-allow-origin')).toBe(firefox);
    expect(ok.headers.get('access-control-expose-headers')).toMatch(/Retry-After/i);
    const bad = await fetch(`${server.url}/v1/nope`, { headers: { Origin: EXTENSION } });
    expect(bad.headers.get('access-control-allow-origin')).toBe(EXTENSION);
  });
});

import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReport, postReports, startTestServer, type TestServer } from './test-support';

/** READ_TOKENS without TOKENS: anyone may post, only reviewers read. */
const READ = 'read-token-0123456789';
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ readTokens: [READ], publicHosts: ['reports.example.org'], rateLimit: false });
});
afterAll(() => server.dispose());

/** node:http, not fetch: fetch does not let a caller choose the Host header. */
function requestWithHost(host: string, method: 'GET' | 'POST', path: string, token?: string): Promise<number> {
  const body = method === 'POST' ? JSON.stringify({ reports: [makeReport()] }) : undefined;
  const headers: Record<string, string> = { Host: host, ...(token ? bearer(token) : {}) };
  if (body) headers['Content-Type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: server.port, method, path, headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('public intake, private reading (READ_TOKENS without TOKENS)', () => {
  it('takes reports from anyone, with no token or one it does not know, recording no submitter', async () => {
    const anonymous = makeReport();
    expect((await postReports(server, { reports: [anonymous] })).status).toBe(200);
    const withToken = makeReport();
    expect((await postReports(server, { reports: [withToken] }, 'some-extension-token')).status).toBe(200);
    expect(server.store.get(anonymous.id)?.submitter).toBeNull();
    expect(server.store.get(withToken.id)?.submitter).toBeNull();
  });

  it('refuses a read token on POST (403): it does not belong in the extension', async () => {
    const before = server.store.count();
    const posted = await postReports(server, { reports: [makeReport()] }, READ);
    expect(posted.status).toBe(403);
    expect((await posted.json()).error).toMatch(/^this access token may read reports but not send them \/ /);
    expect(server.store.count()).toBe(before);
  });

  it('reads only with a read token: 401 without one, 403 with an unknown one, a Basic challenge on the page', async () => {
    const missing = await fetch(`${server.url}/v1/reports`);
    expect(missing.status).toBe(401);
    expect((await missing.json()).error).toMatch(/^missing access token/);
    expect((await fetch(`${server.url}/v1/reports`, { headers: bearer('some-extension-token') })).status).toBe(403);
    expect((await fetch(`${server.url}/v1/reports`, { headers: bearer(READ) })).status).toBe(200);

    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(401);
    expect(page.headers.get('www-authenticate')).toMatch(/^Basic realm="ClaimCheck"/);
    const basic = `Basic ${Buffer.from(`:${READ}`).toString('base64')}`;
    expect((await fetch(`${server.url}/`, { headers: { Authorization: basic } })).status).toBe(200);
  });

  it('answers health without a token, with any token (posting ignores them), and with the read token', async () => {
    for (const headers of [{}, bearer('some-extension-token'), bearer(READ)])
      expect((await fetch(`${server.url}/v1/health`, { headers })).status).toBe(200);
  });

  it('keeps the open-server Host guard for every route: posting is open, so DNS rebinding must not reach it', async () => {
    expect(await requestWithHost('attacker.example', 'POST', '/v1/reports')).toBe(421);
    expect(await requestWithHost('attacker.example', 'GET', '/v1/reports', READ)).toBe(421);
    expect(await requestWithHost('attacker.example', 'GET', '/v1/health')).toBe(421);
    expect(await requestWithHost('reports.example.org', 'POST', '/v1/reports')).toBe(200);
    expect(await requestWithHost('reports.example.org', 'GET', '/v1/reports')).toBe(401);
    expect(await requestWithHost('reports.example.org', 'GET', '/v1/reports', READ)).toBe(200);
  });
});

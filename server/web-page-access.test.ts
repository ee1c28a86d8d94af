import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from './config';
import { makeReport, postReports, startTestServer, type TestServer } from './test-support';

/** What a web page the operator visits could do to an open server on 127.0.0.1. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ publicHosts: ['reports.example.org'] });
});
afterAll(() => server.dispose());

/** node:http, not fetch: fetch does not let a caller choose the Host header. */
function getWithHost(target: TestServer, host: string, path = '/v1/reports'): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: target.port, path, headers: { Host: host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end();
  });
}

describe('an open server and the web pages its operator visits', () => {
  it('gives a web page no CORS access: it can neither read an answer nor pass a preflight', async () => {
    const origin = 'https://evil.example';
    const read = await fetch(`${server.url}/v1/reports`, { headers: { Origin: origin } });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${server.url}/v1/reports`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers 415 to a POST that is not application/json (a no-cors text/plain post) and stores nothing', async () => {
    const before = server.store.count();
    const body = JSON.stringify({ reports: [makeReport()] });
    const refused: Record<string, string>[] = [
      { 'Content-Type': 'text/plain;charset=UTF-8' },
      {},
      { 'Content-Type': 'application/jsonx' },
    ];
    for (const headers of refused) {
      // Bytes, not a string: fetch would add text/plain to a string body without Content-Type.
      const response = await fetch(`${server.url}/v1/reports`, { method: 'POST', headers, body: Buffer.from(body) });
      expect(response.status).toBe(415);
      expect((await response.json()).error).toMatch(/^Content-Type must be application\/json \/ /);
    }
    expect(server.store.count()).toBe(before);
    const withCharset = await fetch(`${server.url}/v1/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'Application/JSON; charset=utf-8' },
      body,
    });
    expect(withCharset.status).toBe(200);
  });

  it('refuses a Host name that DNS rebinding would bring, and answers loopback, IP and PUBLIC_HOST names', async () => {
    const port = server.port;
    for (const host of [`attacker.example:${port}`, 'attacker.example', 'localhost.attacker.example', 'reports.example.org.evil'])
      expect([host, await getWithHost(server, host)]).toEqual([host, 421]);
    for (const host of [
      `localhost:${port}`,
      'LOCALHOST',
      `127.0.0.1:${port}`,
      '[::1]',
      '192.168.1.5:8787',
      'REPORTS.example.org.',
    ])
      expect([host, await getWithHost(server, host)]).toEqual([host, 200]);
    expect(await getWithHost(server, 'attacker.example', '/')).toBe(421);
    expect(await getWithHost(server, 'attacker.example', '/v1/health')).toBe(421);
  });

  it('leaves the Host to the token check once tokens are configured', async () => {
    const guarded = await startTestServer({ tokens: ['token-0123456789'] });
    try {
      expect(await getWithHost(guarded, 'reports.example.net')).toBe(401);
      expect(await getWithHost(guarded, 'reports.example.net', '/v1/health')).toBe(200);
    } finally {
      await guarded.dispose();
    }
  });

  it('still takes what the extension sends: JSON with X-ClaimCheck-Client, to 127.0.0.1', async () => {
    expect((await postReports(server, { reports: [makeReport()] })).status).toBe(200);
  });
});

describe('PUBLIC_HOST', () => {
  it('is a comma-separated list of host names', () => {
    expect(configFromEnv({ PUBLIC_HOST: ' reports.example.org, [2001:db8::1] ,' }).publicHosts).toEqual([
      'reports.example.org',
      '[2001:db8::1]',
    ]);
  });

  it('refuses a URL instead of a host name, naming the variable', () => {
    expect(() => configFromEnv({ PUBLIC_HOST: 'https://reports.example.org/' })).toThrow(/^PUBLIC_HOST must be host names/);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tokenFingerprint } from './auth';
import { makeReport, postReports, startTestServer, type TestServer } from './test-support';

/** TOKENS and READ_TOKENS both set: extension users post, reviewers read. */
const REPORT = 'report-token-0123456789';
const READ = 'read-token-0123456789';
const BOTH = 'both-token-0123456789';
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const basic = (password: string) => ({ Authorization: `Basic ${Buffer.from(`reviewer:${password}`).toString('base64')}` });
const list = (server: TestServer, token: string) => fetch(`${server.url}/v1/reports`, { headers: bearer(token) });
const page = (server: TestServer, password: string) => fetch(`${server.url}/`, { headers: basic(password) });

describe('with READ_TOKENS beside TOKENS', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ tokens: [REPORT, BOTH], readTokens: [READ, BOTH], rateLimit: false });
  });
  afterAll(() => server.dispose());

  it('refuses a report token on GET /v1/reports (403) and challenges it again on the HTML page (401)', async () => {
    expect((await postReports(server, { reports: [makeReport()] }, REPORT)).status).toBe(200);
    const listed = await list(server, REPORT);
    expect(listed.status).toBe(403);
    expect((await listed.json()).error).toMatch(/^this access token may send reports but not read them \/ /);
    const html = await page(server, REPORT);
    expect(html.status).toBe(401);
    expect(html.headers.get('www-authenticate')).toMatch(/^Basic realm="ClaimCheck"/);
    expect(await html.text()).not.toContain('<table');
  });

  it('lets a read token read the API and the HTML page, and refuses its POST (403), storing nothing', async () => {
    const report = makeReport();
    expect((await postReports(server, { reports: [report] }, REPORT)).status).toBe(200);
    const listed = await list(server, READ);
    expect(listed.status).toBe(200);
    const { reports } = (await listed.json()) as { reports: { submitter: string; report: { id: string } }[] };
    // The submitter stays the fingerprint of the token that posted, never the reader's.
    expect(reports.find((item) => item.report.id === report.id)?.submitter).toBe(tokenFingerprint(REPORT));
    expect((await page(server, READ)).status).toBe(200);

    const before = server.store.count();
    const posted = await postReports(server, { reports: [makeReport()] }, READ);
    expect(posted.status).toBe(403);
    expect((await posted.json()).error).toMatch(/^this access token may read reports but not send them \/ /);
    expect(server.store.count()).toBe(before);
  });

  it('lets a token listed in both post and read, where a report-only token cannot read', async () => {
    const report = makeReport();
    expect((await postReports(server, { reports: [report] }, BOTH)).status).toBe(200);
    expect(server.store.get(report.id)?.submitter).toBe(tokenFingerprint(BOTH));
    expect((await list(server, BOTH)).status).toBe(200);
    expect((await page(server, BOTH)).status).toBe(200);
    expect((await list(server, REPORT)).status).toBe(403);
  });

  it('passes either kind of token on GET /v1/health, and still refuses an unknown one', async () => {
    const health = (headers: Record<string, string>) => fetch(`${server.url}/v1/health`, { headers });
    for (const token of [REPORT, READ, BOTH]) expect([token, (await health(bearer(token))).status]).toEqual([token, 200]);
    expect((await health({})).status).toBe(200);
    const unknown = await health(bearer('unknown-token'));
    expect(unknown.status).toBe(403);
    expect((await unknown.json()).error).toMatch(/^access token refused \/ /);
  });

  it('keeps 401 without a token on both reading routes', async () => {
    const api = await fetch(`${server.url}/v1/reports`);
    expect([api.status, api.headers.get('www-authenticate')]).toEqual([401, 'Bearer realm="ClaimCheck"']);
    expect((await fetch(`${server.url}/`)).status).toBe(401);
  });
});

describe('READ_TOKENS and the rate limit', () => {
  let server: TestServer | undefined;
  afterEach(() => server?.dispose());

  it('limits each read token on its own, like report tokens', async () => {
    server = await startTestServer({ tokens: [REPORT], readTokens: [READ, BOTH], rateLimit: { requestsPerMinute: 2 } });
    expect((await list(server, READ)).status).toBe(200);
    expect((await page(server, READ)).status).toBe(200);
    const limited = await list(server, READ);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await list(server, BOTH)).status).toBe(200);
  });

  it('charges a report token refused for reading to the address, and still takes its reports', async () => {
    server = await startTestServer({ tokens: [REPORT], readTokens: [READ], rateLimit: { requestsPerMinute: 2 } });
    expect((await list(server, REPORT)).status).toBe(403);
    expect((await page(server, REPORT)).status).toBe(401);
    expect((await list(server, REPORT)).status).toBe(429);
    // Refusals spend the address's budget, not the token's: an accepted request still goes through.
    expect((await postReports(server, { reports: [makeReport()] }, REPORT)).status).toBe(200);
    expect((await list(server, READ)).status).toBe(200);
  });

  it('charges a read token refused for posting to the address', async () => {
    server = await startTestServer({ tokens: [REPORT], readTokens: [READ], rateLimit: { requestsPerMinute: 1 } });
    expect((await postReports(server, { reports: [makeReport()] }, READ)).status).toBe(403);
    expect((await postReports(server, { reports: [makeReport()] }, READ)).status).toBe(429);
    expect((await list(server, READ)).status).toBe(200);
    expect(server.store.count()).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../utils/schemas/report';
import { makeReport, postReports, startTestServer, type TestServer } from './test-support';

const TOKEN = 'reviewer-token-0123456789';

interface ListedReport {
  cursor: string;
  receivedAt: string;
  submitter: string | null;
  report: Report;
}
interface ReportList {
  reports: ListedReport[];
  next: string;
  more: boolean;
}

let server: TestServer;
const sent: Report[] = [];

async function list(query: string, token: string | null = TOKEN): Promise<Response> {
  return fetch(`${server.url}/v1/reports${query}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
}

beforeAll(async () => {
  server = await startTestServer({ tokens: [TOKEN] });
  // Three batches, so received order spans transactions: 25 + 25 + 10.
  for (const size of [25, 25, 10]) {
    const batch = Array.from({ length: size }, (_, i) => makeReport({ note: `report ${sent.length + i}` }));
    sent.push(...batch);
    expect((await postReports(server, { reports: batch }, TOKEN)).status).toBe(200);
  }
});
afterAll(() => server.dispose());

describe('GET /v1/reports', () => {
  it('requires the token', async () => {
    expect((await list('', null)).status).toBe(401);
    expect((await list('', 'wrong')).status).toBe(403);
  });

  it('pages through every report in received order with the next cursor', async () => {
    const seen: ListedReport[] = [];
    let since = '';
    for (let page = 0; page < 10; page++) {
      const body = (await (await list(`?limit=7&since=${since}`)).json()) as ReportList;
      seen.push(...body.reports);
      since = body.next;
      if (!body.more) break;
    }
    expect(seen.map((item) => item.report)).toEqual(sent);
    expect(seen.every((item) => /^\d+$/.test(item.cursor) && item.submitter?.length === 12)).toBe(true);
    // Polling from the last cursor: nothing new yet, and the same cursor to ask again.
    const after = (await (await list(`?since=${since}`)).json()) as ReportList;
    expect(after).toEqual({ reports: [], next: since, more: false });
  });

  it('takes an RFC 3339 time as since', async () => {
    const future = (await (await list('?since=2999-01-01T00:00:00Z')).json()) as ReportList;
    expect(future.reports).toEqual([]);
    const past = (await (await list('?since=2000-01-01T08:00:00%2B08:00&limit=1000')).json()) as ReportList;
    expect(past.reports).toHaveLength(sent.length);
    expect(past.more).toBe(false);
    const unencodedPlus = (await (await list('?since=2000-01-01T08:00:00+08:00')).json()) as ReportList;
    expect(unencodedPlus.reports.length).toBeGreaterThan(0);
    // An empty answer still gives a cursor that continues after everything seen so far.
    const later = makeReport();
    await postReports(server, { reports: [later] }, TOKEN);
    const next = (await (await list(`?since=${future.next}`)).json()) as ReportList;
    expect(next.reports.map((item) => item.report.id)).toEqual([later.id]);
  });

  it.each(['?limit=0', '?limit=1001', '?limit=ten', '?since=yesterday', '?since=2026-11-28'])(
    'answers 400 {"error"} to %s',
    async (query) => {
      const response = await list(query);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toEqual(expect.any(String));
    },
  );
});

describe('GET / (the HTML page)', () => {
  const basic = `Basic ${Buffer.from(`:${TOKEN}`).toString('base64')}`;
  const page = async (query = '') => {
    const response = await fetch(`${server.url}/${query}`, { headers: { Authorization: basic } });
    expect(response.status).toBe(200);
    return { html: await response.text(), headers: response.headers };
  };

  it('escapes every value of a hostile report', async () => {
    const hostile = makeReport({
      account: {
        displayName: '<img src=x onerror=alert(1)>',
        handle: '"><script>alert(2)</script>',
        verification: { kind: 'none', label: "' onmouseover='alert(3)" },
      },
      note: '</td></tr></table><iframe src=//evil.example>',
      evidence: { signals: [{ code: '<b>code</b>', field: 'displayName', match: '&amp;<i>' }] },
    });
    await postReports(server, { reports: [hostile] }, TOKEN);
    const { html, headers } = await page();
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('&#39; onmouseover=&#39;alert(3)');
    expect(html).toContain('&amp;amp;&lt;i&gt;');
    for (const raw of ['<img', '<script', '<iframe', '<b>', '<i>', "' onmouseover"]) expect(html).not.toContain(raw);
    expect(headers.get('content-type')).toMatch(/^text\/html/);
    expect(headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('lists newest first, 50 to a page, with a link to the older page', async () => {
    const total = server.store.count();
    const first = await page();
    expect(first.html).toContain(`${total} received in all`);
    const ids = (html: string) => [...html.matchAll(/<small>([0-9a-f-]{36})<\/small>/g)].map((m) => m[1]);
    const newest = ids(first.html);
    expect(newest).toHaveLength(50);
    expect(newest.at(-1)).toBe(sent[total - 50]!.id);
    const before = /href="\?before=(\d+)"/.exec(first.html)![1];
    const second = await page(`?before=${before}`);
    expect(ids(second.html)).toEqual(
      sent
        .slice(0, total - 50)
        .map((report) => report.id)
        .reverse(),
    );
    expect(second.html).not.toContain('?before=');
  });
});

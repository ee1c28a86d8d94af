import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { ReportStore } from './store';
import { makeReport } from './test-support';

interface Page {
  reports: { cursor: string; report: { id: string } }[];
  next: string;
  more: boolean;
}

/** Reports of about 2,600 bytes each as a list item (a 2,000-character note). */
function appWithReports(count: number, listPageBytes: number) {
  const store = new ReportStore(':memory:');
  const reports = Array.from({ length: count }, () => makeReport({ note: 'n'.repeat(2000) }));
  store.insertBatch(reports.map((report) => ({ id: report.id, content: JSON.stringify(report) })));
  return { app: createApp({ store, rateLimit: false, listPageBytes }), ids: reports.map((report) => report.id) };
}

describe('GET /v1/reports stops a page at its byte budget', () => {
  it('fills a page up to the budget, says more: true, and the reader continues from next', async () => {
    const { app, ids } = appWithReports(7, 6000);
    const seen: string[] = [];
    const sizes: number[] = [];
    let since = '';
    for (let request = 0; request < 10; request++) {
      const response = await app.request(`/v1/reports?limit=1000&since=${since}`);
      const text = await response.text();
      const page = JSON.parse(text) as Page;
      expect(text.length).toBeLessThan(6000 + 200);
      sizes.push(page.reports.length);
      seen.push(...page.reports.map((item) => item.report.id));
      since = page.next;
      if (!page.more) break;
    }
    expect(sizes).toEqual([2, 2, 2, 1]);
    expect(seen).toEqual(ids);
  });

  it('sends one report larger than the whole budget on its own, so reading never sticks', async () => {
    const { app, ids } = appWithReports(2, 100);
    const first = (await (await app.request('/v1/reports')).json()) as Page;
    expect(first.reports.map((item) => item.report.id)).toEqual([ids[0]]);
    expect(first.more).toBe(true);
    const second = (await (await app.request(`/v1/reports?since=${first.next}`)).json()) as Page;
    expect(second.reports.map((item) => item.report.id)).toEqual([ids[1]]);
    expect(second.more).toBe(false);
  });

  it('keeps the limit and the empty-page cursor as before', async () => {
    const { app } = appWithReports(3, 1_000_000);
    const page = (await (await app.request('/v1/reports?limit=2')).json()) as Page;
    expect([page.reports.length, page.next, page.more]).toEqual([2, '2', true]);
    const empty = (await (await app.request('/v1/reports?since=3')).json()) as Page;
    expect(empty).toEqual({ reports: [], next: '3', more: false });
    const fromTime = (await (await app.request('/v1/reports?since=2999-01-01T00:00:00Z')).json()) as Page;
    expect(fromTime).toEqual({ reports: [], next: '3', more: false });
  });
});

import type { Report } from '../schemas/report';

let n = 0;
/** A valid wire report for tests, with a fresh UUID v4 each call. */
export function sampleReport(overrides: Partial<Report> = {}): Report {
  n++;
  return {
    id: crypto.randomUUID(),
    createdAt: new Date(Date.UTC(2026, 10, 28, 10, 0, n % 60)).toISOString(),
    platform: 'weibo',
    account: { id: `79100000${n}`, displayName: '中国人民解放军火箭军司令部', verification: { kind: 'none' } },
    category: 'military',
    pageUrl: 'https://weibo.com/',
    evidence: { signals: [{ code: 'military.unit-name', field: 'displayName', match: '司令部' }], severity: 'high' },
    client: { name: 'claimcheck', version: '0.1.0' },
    ...overrides,
  };
}

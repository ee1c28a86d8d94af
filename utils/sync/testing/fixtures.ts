import { Report, type StoredReport } from '../../schemas/report';
import { DEFAULT_SETTINGS, type Settings } from '../../schemas/settings';
import { reportsDb } from '../../store/db';
import type { SyncDeps } from '../engine';
import type { FetchLike } from '../http';

/** A tiny valid PNG, as the report form would attach it. */
export const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** A deterministic UUID v4 for report number `n`. */
export function reportId(n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

/** A valid wire report; numbered so that tests can tell them apart. */
export function makeReport(n: number, extra: { screenshot?: string; note?: string } = {}): Report {
  return Report.parse({
    id: reportId(n),
    createdAt: new Date(Date.UTC(2026, 10, 28, 10, 0, 0) + n * 1000).toISOString(),
    platform: 'weibo',
    account: { displayName: `人民日报 fan ${n}`, handle: `fan${n}`, verification: { kind: 'personal', label: 'news blogger' } },
    category: 'news-media',
    note: extra.note ?? `claims to be the paper, report ${n}`,
    pageUrl: `https://weibo.com/u/${n}`,
    evidence: {
      signals: [{ code: 'news.name', field: 'displayName', match: '人民日报' }],
      severity: 'high',
      rulesetVersion: '2026.11.1',
      ...(extra.screenshot ? { screenshot: extra.screenshot } : {}),
    },
    client: { name: 'claimcheck', version: '0.1.0', locale: 'zh-CN' },
  });
}

export function pendingReport(report: Report, nextAttemptAt: number): StoredReport {
  return { report, status: 'pending', updatedAt: new Date(nextAttemptAt).toISOString(), nextAttemptAt, attempts: [] };
}

/** Puts `count` pending reports, due at `dueAt`, into the reports store in one transaction. */
export async function seedPending(
  count: number,
  dueAt: number,
  first = 0,
  extra: Parameters<typeof makeReport>[1] = {},
): Promise<Report[]> {
  const db = await reportsDb();
  const tx = db.transaction('reports', 'readwrite');
  const reports = Array.from({ length: count }, (_, i) => makeReport(first + i, extra));
  await Promise.all([...reports.map((r) => tx.store.put(pendingReport(r, dueAt))), tx.done]);
  return reports;
}

export const syncSettings = (endpointUrl: string, change: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  syncEnabled: true,
  endpointUrl,
  accessToken: 'test-token',
  revision: 1,
  ...change,
});

/** A clock the test moves by hand, so that backoff costs no real time. */
export type ManualClock = ReturnType<typeof manualClock>;

export function manualClock(start = Date.UTC(2026, 10, 28, 12, 0, 0)) {
  let t = start;
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
    set(ms: number) {
      t = ms;
    },
  };
}

/** Engine dependencies for tests: real IndexedDB (fake-indexeddb), the given fetch and settings. */
export function testDeps(
  fetch: FetchLike,
  settings: () => Settings,
  now: () => number,
  change: Partial<SyncDeps> = {},
): SyncDeps {
  return {
    fetch,
    now,
    random: () => 0.5,
    loadSettings: async () => settings(),
    hasHostPermission: async () => true,
    db: reportsDb,
    clientVersion: '0.1.0-test',
    // One batch at a time, so tests can count requests; lanes.test.ts covers two at once.
    lanes: 1,
    ...change,
  };
}

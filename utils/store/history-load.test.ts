import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredReport } from '../schemas/report';
import { sampleReport } from '../testing/sample-report';
import { closeReportsDb, reportsDb } from './db';
import { loadHistoryReports, loadNewestReports, loadScreenshot } from './history-load';

beforeEach(() => {
  closeReportsDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => vi.restoreAllMocks());

const SHOT = `data:image/jpeg;base64,${'A'.repeat(4000)}`;

async function store(n: number): Promise<StoredReport[]> {
  const db = await reportsDb();
  const rows: StoredReport[] = [];
  for (let i = 0; i < n; i++) {
    const report = sampleReport({ note: `note ${i}` });
    if (i % 2 === 0) report.evidence = { ...report.evidence, screenshot: SHOT };
    const row: StoredReport = { report, status: 'local', updatedAt: report.createdAt, attempts: [] };
    await db.put('reports', row);
    rows.push(row);
  }
  return rows.sort((a, b) => (a.report.id < b.report.id ? -1 : 1));
}

const stripped = (row: StoredReport): StoredReport => {
  const { screenshot: _s, ...evidence } = row.report.evidence;
  return { ...row, report: { ...row.report, evidence } };
};

describe('the history’s loads', () => {
  it('reads every report in key order, a batch at a time, each without its screenshot', async () => {
    const rows = await store(7);
    const reads = vi.spyOn(IDBObjectStore.prototype, 'getAll');

    const got = await loadHistoryReports(3);
    expect(got).toEqual(rows.map(stripped));
    expect(reads).toHaveBeenCalledTimes(3);
    expect(reads.mock.calls.every(([, count]) => count === 3)).toBe(true);
    // The store keeps them.
    expect((await (await reportsDb()).getAll('reports')).filter((r) => r.report.evidence.screenshot)).toHaveLength(4);
  });

  it('ends on an exact multiple of the batch, and on an empty store', async () => {
    expect(await loadHistoryReports(2)).toEqual([]);
    const rows = await store(4);
    expect(await loadHistoryReports(2)).toEqual(rows.map(stripped));
  });

  it('gives the newest first rows without screenshots too', async () => {
    await store(3);
    const newest = await loadNewestReports(3);
    expect(newest).toHaveLength(3);
    expect(newest.some((r) => 'screenshot' in r.report.evidence)).toBe(false);
  });

  it('reads one screenshot when its details open, and none for a report without one or gone', async () => {
    const rows = await store(2);
    const withShot = rows.find((r) => r.report.evidence.screenshot)!;
    const without = rows.find((r) => !r.report.evidence.screenshot)!;
    expect(await loadScreenshot(withShot.report.id)).toBe(SHOT);
    expect(await loadScreenshot(without.report.id)).toBeUndefined();
    expect(await loadScreenshot('00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });
});

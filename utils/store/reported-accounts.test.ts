import { IDBFactory, IDBIndex, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleReport } from '../testing/sample-report';
import { closeReportsDb, openReportsDb, reportsDb } from './db';
import { reportedAccountsOn } from './reported-accounts';
import { addReport, getReport } from './reports';

beforeEach(() => {
  closeReportsDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => vi.restoreAllMocks());

const SCREENSHOT = `data:image/png;base64,${'A'.repeat(1000)}`;

describe('reportedAccountsOn', () => {
  it('gives the accounts of the reports on that platform, in every status, and nothing of other platforms', async () => {
    const local = sampleReport({ account: { id: '1', displayName: 'a', verification: { kind: 'none' } } });
    const synced = sampleReport({ account: { handle: 'b', displayName: 'b', verification: { kind: 'none' } } });
    const other = sampleReport({ platform: 'x', account: { id: '1', displayName: 'a', verification: { kind: 'none' } } });
    // 'x' is a prefix of 'xiaohongshu': the platform range must not run into it.
    const longer = sampleReport({
      platform: 'xiaohongshu',
      account: { id: '9', displayName: 'c', verification: { kind: 'none' } },
    });
    for (const [report, sync] of [
      [local, false],
      [synced, true],
      [other, false],
      [longer, false],
    ] as const)
      await addReport(report, sync);
    const db = await reportsDb();
    await db.put('reports', { ...(await getReport(synced.id))!, status: 'synced' });

    const got = await reportedAccountsOn('weibo');
    expect(got).toHaveLength(2);
    expect(got).toEqual(
      expect.arrayContaining([
        { id: '1', displayName: 'a' },
        { handle: 'b', displayName: 'b' },
      ]),
    );
    expect(await reportedAccountsOn('x')).toEqual([{ id: '1', displayName: 'a' }]);
    expect(await reportedAccountsOn('xiaohongshu')).toEqual([{ id: '9', displayName: 'c' }]);
    expect(await reportedAccountsOn('zhihu')).toEqual([]);
  });

  it('gives every field a report names its account by, and only those it has', async () => {
    const full = sampleReport({
      platform: 'x',
      account: {
        id: '42',
        handle: 'Fake_MoD',
        profileUrl: 'https://x.com/Fake_MoD',
        displayName: 'Ministry of Defence',
        verification: { kind: 'paid' },
      },
    });
    const nameOnly = sampleReport({ platform: 'x', account: { displayName: '国防部', verification: { kind: 'none' } } });
    await addReport(full, false);
    await addReport(nameOnly, false);

    expect(await reportedAccountsOn('x')).toEqual(
      expect.arrayContaining([
        { id: '42', handle: 'Fake_MoD', profileUrl: 'https://x.com/Fake_MoD', displayName: 'Ministry of Defence' },
        { displayName: '国防部' },
      ]),
    );
  });

  it('reads no report record (each may carry a screenshot of up to 512 KiB), only index keys', async () => {
    for (let i = 0; i < 3; i++) {
      const report = sampleReport();
      await addReport({ ...report, evidence: { ...report.evidence, screenshot: SCREENSHOT } }, false);
    }
    const recordReads = [
      vi.spyOn(IDBObjectStore.prototype, 'get'),
      vi.spyOn(IDBObjectStore.prototype, 'getAll'),
      vi.spyOn(IDBObjectStore.prototype, 'openCursor'),
      vi.spyOn(IDBIndex.prototype, 'get'),
      vi.spyOn(IDBIndex.prototype, 'getAll'),
      vi.spyOn(IDBIndex.prototype, 'openCursor'),
    ];

    expect(await reportedAccountsOn('weibo')).toHaveLength(3);
    for (const read of recordReads) expect(read).not.toHaveBeenCalled();
  });

  it('finds the reports a version 2 database held before the account indexes existed', async () => {
    const v2 = await openReportsDb(2);
    const old = sampleReport({ account: { handle: 'old_one', displayName: '旧的', verification: { kind: 'none' } } });
    await v2.put('reports', { report: old, status: 'local', updatedAt: old.createdAt, attempts: [] });
    v2.close();

    expect(await reportedAccountsOn('weibo')).toEqual([{ handle: 'old_one', displayName: '旧的' }]);
  });
});

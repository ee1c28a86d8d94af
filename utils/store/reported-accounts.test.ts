import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleReport } from '../testing/sample-report';
import { closeReportsDb, reportsDb } from './db';
import { reportedAccountsOn } from './reported-accounts';
import { addReport, getReport } from './reports';

beforeEach(() => {
  closeReportsDb();
  globalThis.indexedDB = new IDBFactory();
});

describe('reportedAccountsOn', () => {
  it('gives the accounts of the reports on that platform, in every status, and nothing of other platforms', async () => {
    const local = sampleReport({ account: { id: '1', displayName: 'a', verification: { kind: 'none' } } });
    const synced = sampleReport({ account: { handle: 'b', displayName: 'b', verification: { kind: 'none' } } });
    const other = sampleReport({ platform: 'x', account: { id: '1', displayName: 'a', verification: { kind: 'none' } } });
    await addReport(local, false);
    await addReport(synced, true);
    await addReport(other, false);
    const db = await reportsDb();
    await db.put('reports', { ...(await getReport(synced.id))!, status: 'synced' });

    const got = await reportedAccountsOn('weibo');
    expect(got).toHaveLength(2);
    expect(got).toEqual(expect.arrayContaining([local.account, synced.account]));
    expect(await reportedAccountsOn('x')).toEqual([other.account]);
    expect(await reportedAccountsOn('zhihu')).toEqual([]);
  });
});

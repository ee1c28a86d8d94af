import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleReport } from '../testing/sample-report';
import { closeReportsDb, reportsDb } from './db';
import { addReport, countByStatus, deleteReports, getReport, listReports, promoteLocalToPending } from './reports';

beforeEach(() => {
  closeReportsDb();
  globalThis.indexedDB = new IDBFactory();
});

describe('reports store', () => {
  it('creates the versioned schema with the indexes the history and the sync engine use', async () => {
    const db = await reportsDb();
    expect(db.version).toBe(3);
    const store = db.transaction('reports').store;
    expect(store.keyPath).toBe('report.id');
    expect([...store.indexNames].sort()).toEqual([
      'accountHandle',
      'accountId',
      'accountName',
      'accountUrl',
      'category',
      'createdAt',
      'nextAttemptAt',
      'pendingDue',
      'platform',
      'status',
    ]);
  });

  it('keeps a report local while sync is off and pending while it is on', async () => {
    const a = await addReport(sampleReport(), false);
    const b = await addReport(sampleReport(), true, new Date(1000));
    expect(a.status).toBe('local');
    expect(b.status).toBe('pending');
    expect(b.nextAttemptAt).toBe(1000);
    expect(await countByStatus()).toEqual({ local: 1, pending: 1, synced: 0, rejected: 0 });
  });

  it('does not overwrite a report filed twice with the same id', async () => {
    const report = sampleReport({ note: 'first' });
    await addReport(report, false);
    const again = await addReport({ ...report, note: 'second' }, true);
    expect(again.report.note).toBe('first');
    expect((await getReport(report.id))?.status).toBe('local');
  });

  it('keeps an id in lower case, so that its other spelling is the same report (the endpoint folds case too)', async () => {
    const report = sampleReport({ note: 'first' });
    const stored = await addReport({ ...report, id: report.id.toUpperCase() }, false);
    expect(stored.report.id).toBe(report.id);
    const again = await addReport({ ...report, note: 'second' }, false);
    expect(again.report.note).toBe('first');
    expect(await listReports()).toHaveLength(1);
    expect((await getReport(report.id.toUpperCase()))?.report.note).toBe('first');
  });

  it('refuses an invalid report and stores nothing', async () => {
    await expect(addReport({ ...sampleReport(), id: 'not-a-uuid' }, false)).rejects.toThrow();
    expect(await listReports()).toEqual([]);
  });

  it('lists newest first and deletes by id', async () => {
    const older = sampleReport({ createdAt: '2026-11-01T00:00:00.000Z' });
    const newer = sampleReport({ createdAt: '2026-11-20T00:00:00.000Z' });
    await addReport(older, false);
    await addReport(newer, false);
    expect((await listReports()).map((r) => r.report.id)).toEqual([newer.id, older.id]);
    await deleteReports([newer.id]);
    expect((await listReports()).map((r) => r.report.id)).toEqual([older.id]);
  });

  it('turns local reports into pending when sync is switched on', async () => {
    await addReport(sampleReport(), false);
    await addReport(sampleReport(), false);
    await addReport(sampleReport(), true);
    expect(await promoteLocalToPending(5000)).toBe(2);
    expect(await countByStatus()).toEqual({ local: 0, pending: 3, synced: 0, rejected: 0 });
  });
});

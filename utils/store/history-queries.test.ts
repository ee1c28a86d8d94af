import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { failWrites } from '../../components/options/testing/full-disk';
import { translator } from '../i18n';
import type { StoredReport } from '../schemas/report';
import { DEFAULT_SETTINGS } from '../schemas/settings';
import { reportReasonText } from '../sync/reason-text';
import { sampleReport } from '../testing/sample-report';
import { closeReportsDb } from './db';
import { loadNewestReports } from './history-load';
import { importReports, loadAllReports, markForRetry } from './history-queries';
import { deleteAllLocalData, deleteReportsForUndo, onLocalDataDeleted, restoreReports } from './local-deletes';
import { loadSettings, saveSettings } from './settings';

beforeEach(() => {
  fakeBrowser.reset();
  closeReportsDb();
  globalThis.indexedDB = new IDBFactory();
});

const rec = (status: StoredReport['status'], minute: number): StoredReport => ({
  report: sampleReport({ createdAt: new Date(Date.UTC(2026, 10, 1, 0, minute)).toISOString() }),
  status,
  updatedAt: '2026-11-01T00:00:00.000Z',
  attempts: [],
});

describe('history queries', () => {
  it('loads the newest reports first from the createdAt index', async () => {
    const all = [rec('local', 1), rec('local', 3), rec('local', 2)];
    await importReports(all);
    expect((await loadNewestReports(2)).map((r) => r.report.id)).toEqual([all[1]!.report.id, all[2]!.report.id]);
    expect(await loadAllReports()).toHaveLength(3);
  });

  it('imports all of a file or none: an error between two rows leaves nothing behind', async () => {
    const good = rec('local', 1);
    // Validation happens before; this stands in for any throw of the loop between two requests.
    const broken = { ...rec('local', 2), report: { ...rec('local', 2).report, id: 42 as unknown as string } };
    await expect(importReports([good, broken])).rejects.toThrow();
    expect(await loadAllReports()).toEqual([]);
  });

  it('keeps a due time only on an imported pending report', async () => {
    const [synced, pending] = [
      { ...rec('synced', 1), nextAttemptAt: 5 },
      { ...rec('pending', 2), nextAttemptAt: 7 },
    ];
    await importReports([synced, pending]);
    const back = new Map((await loadAllReports()).map((r) => [r.report.id, r]));
    expect(back.get(synced.report.id)).not.toHaveProperty('nextAttemptAt');
    expect(back.get(pending.report.id)?.nextAttemptAt).toBe(7);
  });

  it('queues imported local reports when sync is on, as switching sync on does; leaves them local when it is off', async () => {
    const off = [rec('local', 1), rec('synced', 2)];
    expect(await importReports(off, 5000)).toMatchObject({ imported: 2, queued: 0 });
    await saveSettings({ endpointUrl: 'https://r.example.org', syncEnabled: true });
    const on = [rec('local', 3), rec('rejected', 4)];
    expect(await importReports(on, 6000)).toMatchObject({ imported: 2, queued: 1 });
    const byId = new Map((await loadAllReports()).map((r) => [r.report.id, r]));
    expect(byId.get(off[0]!.report.id)?.status).toBe('local');
    expect(byId.get(off[1]!.report.id)?.status).toBe('synced');
    expect(byId.get(on[0]!.report.id)).toMatchObject({
      status: 'pending',
      nextAttemptAt: 6000,
      updatedAt: new Date(6000).toISOString(),
    });
    expect(byId.get(on[1]!.report.id)?.status).toBe('rejected');
  });

  it('starts an ordinary sync pass for queued imports, never a forced "Sync now" that skips Retry-After', async () => {
    const messages: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      messages.push(message);
      return undefined;
    });
    await saveSettings({ endpointUrl: 'https://r.example.org', syncEnabled: true });
    expect(await importReports([rec('local', 1)])).toMatchObject({ queued: 1 });
    await vi.waitFor(() => expect(messages).toEqual([{ type: 'syncSoon', payload: {} }]));
  });

  it('starts a sync pass for an import whose reports were pending in the file already, with sync on only', async () => {
    const messages: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      messages.push(message);
      return undefined;
    });
    // Sync off: nothing would send them, so no pass is asked for.
    expect(await importReports([rec('pending', 1)])).toMatchObject({ imported: 1, queued: 0 });
    await saveSettings({ endpointUrl: 'https://r.example.org', syncEnabled: true });
    // Nothing pending among them: no pass either.
    expect(await importReports([rec('synced', 2), rec('rejected', 3)])).toMatchObject({ imported: 2, queued: 0 });
    // An export's unsent reports, pending already (due now, or in backoff): nothing turned
    // pending, yet they are due, and without a pass would wait for the next alarm.
    const unsent = [rec('pending', 4), { ...rec('pending', 5), nextAttemptAt: 7 }];
    expect(await importReports(unsent)).toMatchObject({ imported: 2, queued: 0 });
    await vi.waitFor(() => expect(messages).toEqual([{ type: 'syncSoon', payload: {} }]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(messages).toHaveLength(1);
  });

  it('deletes for undo and restores exactly what was deleted', async () => {
    const all = [rec('synced', 1), rec('rejected', 2), rec('local', 3)];
    await importReports(all);
    const deleted = await deleteReportsForUndo([all[0]!.report.id, all[1]!.report.id, 'missing']);
    expect(deleted).toEqual([all[0], all[1]]);
    expect(await loadAllReports()).toEqual([all[2]]);
    await restoreReports(deleted);
    const back = await loadAllReports();
    expect(back).toHaveLength(3);
    expect(back).toEqual(expect.arrayContaining(all));
  });

  it('brings nothing back with an Undo held from before "Delete all local data": a wipe is a wipe', async () => {
    const all = [rec('local', 1), rec('synced', 2)];
    await importReports(all);
    const deleted = await deleteReportsForUndo([all[0]!.report.id]);
    await deleteAllLocalData();
    const restored = await restoreReports(deleted);
    expect(await loadAllReports()).toEqual([]);
    expect(restored).toBe(0);
    // A delete made after the wipe is undoable as ever.
    const later = rec('local', 3);
    await importReports([later]);
    const again = await deleteReportsForUndo([later.report.id]);
    expect(await restoreReports(again)).toBe(1);
    expect(await loadAllReports()).toEqual([later]);
  });

  it('tells the page once all local data is deleted, so that an Undo it holds goes too', async () => {
    const wiped = vi.fn();
    const stop = onLocalDataDeleted(wiped);
    await deleteAllLocalData();
    expect(wiped).toHaveBeenCalledOnce();
    stop();
    await deleteAllLocalData();
    expect(wiped).toHaveBeenCalledOnce();
  });

  it('brings nothing back with an Undo held in another page when this one deleted all local data', async () => {
    const held = rec('local', 1);
    await importReports([held]);
    const deleted = await deleteReportsForUndo([held.report.id]);
    // Another options tab: its own copy of the module, its own connection, the same database.
    vi.resetModules();
    const other = await import('./local-deletes');
    await other.deleteAllLocalData();
    (await import('./db')).closeReportsDb();
    const restored = await restoreReports(deleted);
    expect(await loadAllReports()).toEqual([]);
    expect(restored).toBe(0);
  });

  it('deletes all local data on a disk too full to count it, and the Undo of this page still brings nothing back', async () => {
    const held = rec('local', 1);
    await importReports([held, rec('synced', 2)]);
    const deleted = await deleteReportsForUndo([held.report.id]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const freeDisk = failWrites('put');
    try {
      await deleteAllLocalData();
    } finally {
      freeDisk();
      warn.mockRestore();
    }
    expect(await loadAllReports()).toEqual([]);
    const restored = await restoreReports(deleted);
    expect(await loadAllReports()).toEqual([]);
    expect(restored).toBe(0);
  });

  it('marks reports for a retry now, leaving synced ones alone', async () => {
    const all = [rec('rejected', 1), rec('synced', 2), rec('local', 3)];
    await importReports(all);
    expect(
      await markForRetry(
        all.map((r) => r.report.id),
        5000,
      ),
    ).toBe(2);
    const byId = new Map((await loadAllReports()).map((r) => [r.report.id, r]));
    expect(byId.get(all[0]!.report.id)).toMatchObject({ status: 'pending', nextAttemptAt: 5000 });
    expect(byId.get(all[1]!.report.id)?.status).toBe('synced');
    expect(byId.get(all[2]!.report.id)?.status).toBe('pending');
  });

  it('deletes all local data: every report, and settings back to defaults', async () => {
    await importReports([rec('local', 1), rec('pending', 2)]);
    await saveSettings({ endpointUrl: 'https://r.example.org', syncEnabled: true, language: 'zh_CN' });
    await fakeBrowser.storage.session.set({ 'draft:7': { target: 'x:a', note: 'half-written' }, tabStates: { kept: true } });
    await deleteAllLocalData();
    expect(await loadAllReports()).toEqual([]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ tabStates: { kept: true } });
    const settings = await loadSettings();
    expect({ ...settings, revision: 0 }).toEqual(DEFAULT_SETTINGS);
  });

  it('drops a rejected report’s reason when it is marked for retry: "waiting to sync" with a refusal reads as a contradiction', async () => {
    const rejected: StoredReport = {
      ...rec('rejected', 1),
      statusWhy: { code: 'batchRefused', httpStatus: 400 },
      statusReason: 'body must be {"reports":[...]}',
    };
    await importReports([rejected]);
    expect(reportReasonText((await loadAllReports())[0]!, translator('en'))).not.toBe('');
    expect(await markForRetry([rejected.report.id], 5000)).toBe(1);
    const [after] = await loadAllReports();
    expect(after).toMatchObject({ status: 'pending', nextAttemptAt: 5000 });
    expect(after).not.toHaveProperty('statusWhy');
    expect(after).not.toHaveProperty('statusReason');
    expect(reportReasonText(after!, translator('zh_CN'))).toBe('');
  });
});

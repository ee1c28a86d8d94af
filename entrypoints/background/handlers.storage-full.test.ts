import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dispatchMessage } from '../../utils/messaging';
import { closeReportsDb } from '../../utils/store/db';
import { getReport } from '../../utils/store/reports';
import { isStorageFull, STORAGE_FULL_MARKER } from '../../utils/store/storage-full';
import { TabStates } from '../../utils/tabs/tab-states';
import { sampleReport } from '../../utils/testing/sample-report';
import { createHandlers } from './handlers';

const SYNC = { counts: { local: 0, pending: 0, synced: 0, rejected: 0 } };
const fromPopup = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };

beforeEach(() => {
  fakeBrowser.reset();
  closeReportsDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => vi.restoreAllMocks());

/** IndexedDB refuses every write to the reports store, as it does when the disk is full. */
function fillDisk() {
  const add = IDBObjectStore.prototype.add;
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.name === 'reports') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return add.apply(this, args);
  });
}

describe('fileReport on a full disk', () => {
  it('refuses with the [storage-full] marker, which the popup words; the handler’s name stays in the log', async () => {
    fillDisk();
    const h = createHandlers(new TabStates(), { syncNow: async () => SYNC, status: async () => SYNC, reportFiled() {} });
    const log = vi.fn();
    const report = sampleReport();
    const reply = await dispatchMessage(h, { type: 'fileReport', payload: report }, fromPopup, log);
    expect(reply.ok).toBe(false);
    const error = (reply as { error: string }).error;
    expect(error.startsWith(`${STORAGE_FULL_MARKER} `)).toBe(true);
    expect(error).not.toContain('fileReport failed');
    expect(isStorageFull(new Error(error))).toBe(true);
    expect(log.mock.calls[0]?.[0]).toContain(`fileReport failed: ${STORAGE_FULL_MARKER} The quota has been exceeded.`);
    expect(await getReport(report.id)).toBeUndefined();
  });

  it('leaves other failures unmarked', async () => {
    const h = createHandlers(new TabStates(), { syncNow: async () => SYNC, status: async () => SYNC, reportFiled() {} });
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    });
    const reply = await dispatchMessage(h, { type: 'fileReport', payload: sampleReport() }, fromPopup, () => {});
    expect(reply).toEqual({ ok: false, error: 'The database connection is closing.' });
  });
});

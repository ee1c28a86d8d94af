import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { dispatchMessage } from '../../utils/messaging';
import { closeReportsDb } from '../../utils/store/db';
import { getReport } from '../../utils/store/reports';
import { loadSettings, saveSettings } from '../../utils/store/settings';
import { isStorageFull, STORAGE_FULL_MARKER } from '../../utils/store/storage-full';
import { TabStates } from '../../utils/tabs/tab-states';
import { sampleReport } from '../../utils/testing/sample-report';
import { createHandlers } from './handlers';

const SYNC = { counts: { local: 0, pending: 0, synced: 0, rejected: 0 } };
const fromPopup = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };
const fromTab = { id: 'test-extension-id', tab: { id: 4 } as Browser.tabs.Tab, url: 'https://weibo.com/' };
const handlers = () => createHandlers(new TabStates(), { syncNow: async () => SYNC, status: async () => SYNC, reportFiled() {} });

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

describe('the settings writes a page asks for, on a full disk', () => {
  const trust = { platform: 'weibo' as const, key: 'weibo:7910000001', displayName: '中国人民解放军火箭军司令部' };

  it('refuse a trust and its Undo with the [storage-full] marker, which the popover words as the advice', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new DOMException('Quota exceeded.', 'QuotaExceededError'));
    const trusted = await dispatchMessage(handlers(), { type: 'trustAccount', payload: trust }, fromTab, () => {});
    expect(trusted).toEqual({ ok: false, error: `${STORAGE_FULL_MARKER} Quota exceeded.` });
    expect((await loadSettings()).trusted).toEqual([]);
    vi.mocked(fakeBrowser.storage.local.set).mockRestore();
    // Trusted, then the disk fills: the Undo cannot be saved either.
    await saveSettings({ trusted: [{ ...trust, addedAt: '2026-01-01T00:00:00.000Z' }] });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new DOMException('Quota exceeded.', 'QuotaExceededError'));
    const untrust = { type: 'untrustAccount', payload: { platform: trust.platform, key: trust.key } };
    expect(await dispatchMessage(handlers(), untrust, fromTab, () => {})).toEqual({
      ok: false,
      error: `${STORAGE_FULL_MARKER} Quota exceeded.`,
    });
  });

  it('refuse the site switch and a site’s removal with the marker too, and other failures unmarked', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new DOMException('Quota exceeded.', 'QuotaExceededError'));
    const off = { type: 'switchPlatform', payload: { platform: 'weibo', enabled: false } };
    expect(await dispatchMessage(handlers(), off, fromPopup, () => {})).toEqual({
      ok: false,
      error: `${STORAGE_FULL_MARKER} Quota exceeded.`,
    });
    const remove = { type: 'disableSite', payload: { host: 'forum.example.org' } };
    expect(await dispatchMessage(handlers(), remove, fromPopup, () => {})).toEqual({
      ok: false,
      error: `${STORAGE_FULL_MARKER} Quota exceeded.`,
    });
    vi.mocked(fakeBrowser.storage.local.set).mockRejectedValue(new Error('IO error: the profile is locked.'));
    expect(await dispatchMessage(handlers(), off, fromPopup, () => {})).toEqual({
      ok: false,
      error: 'IO error: the profile is locked.',
    });
    expect((await loadSettings()).disabledPlatforms).toEqual([]);
  });
});

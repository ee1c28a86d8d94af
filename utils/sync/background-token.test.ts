import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS } from '../schemas/settings';
import { closeReportsDb } from '../store/db';
import { addReport, getReport } from '../store/reports';
import { saveSettings, settingsItem } from '../store/settings';
import { type SyncControllerHandle, startSync } from './background';
import { acceptAll, fakeEndpoint } from './testing/fake-endpoint';
import { makeReport, reportId } from './testing/fixtures';

const ENDPOINT = 'http://127.0.0.1:8787/claimcheck';
let sync: SyncControllerHandle | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  closeReportsDb();
});
afterEach(async () => {
  await sync?.stop();
  sync = undefined;
});

describe('startSync: the stored access token', () => {
  it('one an earlier version stored with a full-width letter blocks sync; the fixed token is sent', async () => {
    // As an older version saved it: parseSettings reads it as no token, the storage still has it.
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, syncEnabled: true, endpointUrl: ENDPOINT, accessToken: 'ｄｅｍｏ-token' });
    const endpoint = fakeEndpoint(acceptAll);
    sync = startSync({ fetch: endpoint.fetch, hasHostPermission: async () => true });
    await addReport(makeReport(1), true);
    sync.reportFiled();
    await vi.waitFor(async () => expect((await sync!.status()).blockedReason).toBe('tokenUnusable'));
    expect((await sync.syncNow()).blockedReason).toBe('tokenUnusable');
    expect(endpoint.requests).toHaveLength(0);
    await saveSettings({ accessToken: 'demo-token' });
    await vi.waitFor(async () => expect((await getReport(reportId(1)))?.status).toBe('synced'));
    expect(endpoint.requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer demo-token']);
  });
});

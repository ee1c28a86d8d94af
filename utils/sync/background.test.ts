import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { closeReportsDb } from '../store/db';
import { addReport, getReport } from '../store/reports';
import { saveSettings } from '../store/settings';
import { hasEndpointPermission, NEXT_SYNC_ALARM, SAFETY_SYNC_ALARM, type SyncControllerHandle, startSync } from './background';
import { acceptAll, fakeEndpoint, json, type SeenRequest } from './testing/fake-endpoint';
import { makeReport, reportId } from './testing/fixtures';

const ENDPOINT = 'http://127.0.0.1:8787/claimcheck';

const started: SyncControllerHandle[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  closeReportsDb();
});
afterEach(async () => {
  await Promise.all(started.splice(0).map((sync) => sync.stop()));
  vi.restoreAllMocks();
  Reflect.deleteProperty(globalThis, 'self');
});

function controllerWith(answer: (r: SeenRequest, i: number) => Response | Promise<Response>) {
  const endpoint = fakeEndpoint(answer);
  const sync = startSync({ fetch: endpoint.fetch, hasHostPermission: async () => true, clientVersion: '9.9.9' });
  started.push(sync);
  return { sync, requests: endpoint.requests };
}

describe('startSync in the background', () => {
  it('switching sync on turns local reports pending and sends them', async () => {
    const { requests } = controllerWith(acceptAll);
    await addReport(makeReport(1), false);
    expect((await getReport(reportId(1)))?.status).toBe('local');
    await saveSettings({ syncEnabled: true, endpointUrl: ENDPOINT, accessToken: 'tok' });
    await vi.waitFor(async () => expect((await getReport(reportId(1)))?.status).toBe('synced'));
    expect(requests[0]?.headers.get('x-claimcheck-client')).toBe('claimcheck/9.9.9');
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer tok');
  });

  it('sends a report right after it is filed, and sets a periodic safety alarm', async () => {
    await saveSettings({ syncEnabled: true, endpointUrl: ENDPOINT });
    const { sync, requests } = controllerWith(acceptAll);
    await addReport(makeReport(2), true);
    sync.reportFiled();
    await vi.waitFor(async () => expect((await getReport(reportId(2)))?.status).toBe('synced'));
    expect(requests).toHaveLength(1);
    expect((await fakeBrowser.alarms.get(SAFETY_SYNC_ALARM))?.periodInMinutes).toBe(15);
  });

  it('replaces a safety alarm dated days ahead (set while the clock ran fast)', async () => {
    fakeBrowser.alarms.create(SAFETY_SYNC_ALARM, { when: Date.now() + 3 * 86_400_000, periodInMinutes: 15 });
    controllerWith(acceptAll);
    const safety = () => fakeBrowser.alarms.get(SAFETY_SYNC_ALARM);
    await vi.waitFor(async () => expect((await safety())?.scheduledTime).toBeLessThanOrEqual(Date.now() + 15 * 60_000));
    expect((await safety())?.periodInMinutes).toBe(15);
  });

  it('after a failure sets the alarm for the backoff, and the alarm brings the retry', async () => {
    await saveSettings({ syncEnabled: true, endpointUrl: ENDPOINT });
    let down = true;
    const { sync, requests } = controllerWith((r) => (down ? json(500, { error: 'down' }) : acceptAll(r)));
    await addReport(makeReport(3), true);
    const before = Date.now();
    sync.reportFiled();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(NEXT_SYNC_ALARM)).toBeDefined());
    const alarm = await fakeBrowser.alarms.get(NEXT_SYNC_ALARM);
    // 30 s ±20 % backoff; Chrome's 30 s alarm minimum applies too.
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(before + 30_000);
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(Date.now() + 36_000);
    expect((await sync.status()).counts.pending).toBe(1);
    down = false;
    // The alarm fires early here (the test does not wait 30 s): the hold keeps the endpoint
    // untouched, while "Sync now" sends at once.
    sync.handleAlarm({ name: NEXT_SYNC_ALARM, scheduledTime: Date.now(), persistAcrossSessions: false });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).toHaveLength(1);
    const status = await sync.syncNow();
    expect(status.counts.synced).toBe(1);
    expect(requests).toHaveLength(2);
  });

  it('a Retry-After shorter than the 30 s alarm minimum is honoured by a timer', async () => {
    await saveSettings({ syncEnabled: true, endpointUrl: ENDPOINT });
    const { sync, requests } = controllerWith((r, i) =>
      i === 0 ? json(429, { error: 'busy' }, { 'retry-after': '1' }) : acceptAll(r),
    );
    await addReport(makeReport(7), true);
    sync.reportFiled();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    const firstAt = Date.now();
    // The alarm is the backup (no sooner than Chrome's 30 s); the timer brings the retry after 1 s.
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(NEXT_SYNC_ALARM)).toBeDefined());
    expect((await fakeBrowser.alarms.get(NEXT_SYNC_ALARM))?.scheduledTime).toBeGreaterThanOrEqual(firstAt + 29_000);
    await vi.waitFor(async () => expect((await getReport(reportId(7)))?.status).toBe('synced'), { timeout: 5000 });
    expect(requests).toHaveLength(2);
    expect(Date.now() - firstAt).toBeGreaterThanOrEqual(900);
    // Nothing pending any more: the wake-up alarm goes.
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(NEXT_SYNC_ALARM)).toBeUndefined());
  });

  it('the browser coming back online starts a pass', async () => {
    const online = new EventTarget();
    Object.assign(globalThis, { self: online });
    await saveSettings({ syncEnabled: true, endpointUrl: ENDPOINT });
    const { requests } = controllerWith(acceptAll);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await addReport(makeReport(4), true);
    online.dispatchEvent(new Event('online'));
    await vi.waitFor(async () => expect((await getReport(reportId(4)))?.status).toBe('synced'));
    expect(requests).toHaveLength(1);
  });

  it('a 401 pauses sync until the settings change', async () => {
    await saveSettings({ syncEnabled: true, endpointUrl: ENDPOINT, accessToken: 'old' });
    const { sync, requests } = controllerWith((r) =>
      r.headers.get('authorization') === 'Bearer old' ? json(401, { error: 'no' }) : acceptAll(r),
    );
    await addReport(makeReport(5), true);
    expect((await sync.syncNow()).blockedReason).toBe('tokenRefused');
    expect((await sync.syncNow()).blockedReason).toBe('tokenRefused');
    expect(requests).toHaveLength(1);
    expect(await fakeBrowser.alarms.get(NEXT_SYNC_ALARM)).toBeUndefined();
    await saveSettings({ accessToken: 'new' });
    await vi.waitFor(async () => expect((await getReport(reportId(5)))?.status).toBe('synced'));
  });

  it('checks the host permission with and without the port, and blocks without it', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) => {
      const origin = p.origins?.[0] ?? '';
      if (origin.includes(':8787')) throw new Error('Invalid host permission');
      return origin === 'http://127.0.0.1/*';
    });
    expect(await hasEndpointPermission(ENDPOINT)).toBe(true);
    expect(contains.mock.calls.map(([p]) => p.origins)).toEqual([['http://127.0.0.1:8787/*'], ['http://127.0.0.1/*']]);
    expect(await hasEndpointPermission('https://reports.example.org/x')).toBe(false);

    await saveSettings({ syncEnabled: true, endpointUrl: 'https://reports.example.org/x' });
    const endpoint = fakeEndpoint(acceptAll);
    const sync = startSync({ fetch: endpoint.fetch });
    started.push(sync);
    await addReport(makeReport(6), true);
    expect((await sync.syncNow()).blockedReason).toBe('noHostPermission');
    expect(endpoint.requests).toHaveLength(0);
  });
});

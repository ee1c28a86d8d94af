import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { closeReportsDb } from '../store/db';
import { addReport, getReport } from '../store/reports';
import { saveSettings } from '../store/settings';
import { NEXT_SYNC_ALARM, type SyncControllerHandle, startSync } from './background';
import { acceptAll, fakeEndpoint, json, type SeenRequest } from './testing/fake-endpoint';
import { makeReport, manualClock, reportId } from './testing/fixtures';

const ENDPOINT = 'http://127.0.0.1:8787/claimcheck';

const started: SyncControllerHandle[] = [];
let clock = manualClock();

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  closeReportsDb();
  clock = manualClock();
});
afterEach(async () => {
  await Promise.all(started.splice(0).map((sync) => sync.stop()));
  Reflect.deleteProperty(globalThis, 'self');
});

function controllerWith(answer: (r: SeenRequest, i: number) => Response | Promise<Response>) {
  const endpoint = fakeEndpoint(answer);
  const sync = startSync({ fetch: endpoint.fetch, hasHostPermission: async () => true, now: clock.now, random: () => 0.5 });
  started.push(sync);
  return { sync, requests: endpoint.requests };
}

const alarm = () => ({ name: NEXT_SYNC_ALARM, scheduledTime: clock.now(), persistAcrossSessions: false });
const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('startSync: passes other pages and the browser ask for', () => {
  it('coming back online ends a network-error hold: the pass it starts sends at once', async () => {
    const network = new EventTarget();
    Object.assign(globalThis, { self: network });
    await saveSettings({ syncEnabled: true, endpointUrl: ENDPOINT });
    let offline = true;
    const { sync, requests } = controllerWith((r) => {
      if (offline) throw new TypeError('Failed to fetch');
      return acceptAll(r);
    });
    await addReport(makeReport(1), true);
    sync.reportFiled();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    clock.advance(31_000);
    sync.handleAlarm(alarm());
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    // The second failure holds the endpoint for 60 s; the network is back 40 s in.
    clock.advance(40_000);
    offline = false;
    await settled();
    network.dispatchEvent(new Event('online'));
    await vi.waitFor(async () => expect((await getReport(reportId(1)))?.status).toBe('synced'));
    expect(requests).toHaveLength(3);
  });

  it('in Chromium (no `online` event) the alarm comes 30 s after a network error, and sends once navigator.onLine says true', async () => {
    await saveSettings({ syncEnabled: true, endpointUrl: ENDPOINT });
    const net = { up: false, onLine: false };
    const endpoint = fakeEndpoint((r) => {
      if (!net.up) throw new TypeError('Failed to fetch');
      return acceptAll(r);
    });
    const deps = { fetch: endpoint.fetch, hasHostPermission: async () => true, now: clock.now, random: () => 0.5 };
    const sync = startSync({ ...deps, online: () => net.onLine });
    started.push(sync);
    const alarmAt = async () => (await fakeBrowser.alarms.get(NEXT_SYNC_ALARM))?.scheduledTime;
    await addReport(makeReport(5), true);
    sync.reportFiled();
    // Offline, each retry fails and the backoff grows (30 s, 60 s, 120 s); the alarm stays 30 s on.
    for (let n = 1; n <= 3; n++) {
      await vi.waitFor(() => expect(endpoint.requests).toHaveLength(n));
      await vi.waitFor(async () => expect(await alarmAt()).toBe(clock.now() + 30_000));
      if (n === 3) break;
      clock.advance(30_000 * 2 ** (n - 1));
      sync.handleAlarm(alarm());
    }
    net.up = true;
    net.onLine = true;
    clock.advance(30_000);
    sync.handleAlarm(alarm());
    await vi.waitFor(async () => expect((await getReport(reportId(5)))?.status).toBe('synced'));
    expect(endpoint.requests).toHaveLength(4);
  });

  it("an ordinary pass (a report filed, an import's syncSoon) waits out the endpoint's Retry-After, as only the user's Sync now may not", async () => {
    await saveSettings({ syncEnabled: true, endpointUrl: ENDPOINT });
    const { sync, requests } = controllerWith((r, i) =>
      i === 0 ? json(503, { error: 'busy' }, { 'retry-after': '3600' }) : acceptAll(r),
    );
    await addReport(makeReport(3), true);
    sync.reportFiled();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    await addReport(makeReport(4), true);
    sync.reportFiled();
    await settled();
    expect(requests).toHaveLength(1);
    expect((await sync.syncNow()).counts.synced).toBe(2);
  });
});

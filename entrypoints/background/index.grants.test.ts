import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { loadSettings, saveSettings } from '../../utils/store/settings';
import { enableSite } from './extra-sites';
import { browserState } from './grants-harness';
import background from './index';
import { reconcileExtraSites } from './reconcile-sites';
import { serially } from './site-grants';

// The worker's sync engine, which this test does not exercise.
vi.mock('../../utils/sync/background', () => ({
  startSync: () => ({ syncNow: vi.fn(), status: vi.fn(), reportFiled: vi.fn(), handleAlarm: vi.fn(), stop: vi.fn() }),
}));

const FORUM = 'forum.example.org';
const REPORTS = 'reports.example.org';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** Starts the background as the browser does, and returns its permissions.onAdded listeners (the fake fires none). */
function startWorker() {
  const added: ((p: Browser.permissions.Permissions) => void)[] = [];
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation((cb) => void added.push(cb as never));
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => {});
  background.main!();
  return added;
}

/** Holds the worker's queue of site work until the returned function is called. */
function holdQueue(): () => void {
  let open = () => {};
  void serially(() => new Promise<void>((resolve) => (open = resolve)));
  return () => open();
}

/** Settles once everything queued so far has run. */
const queueDone = () => serially(async () => {});

describe('the background and a site grant no "Enable on this site" followed', () => {
  it('enables the site when the grant arrives: listed, registered, started in the tab the user pressed it in', async () => {
    const state = browserState([], [`*://${FORUM}/*`], { 9: `https://${FORUM}/t/1` });
    // The worker the grant wakes: its start-up reconcile runs before the event's listener.
    const added = startWorker();
    for (const listener of added) listener({ origins: [`*://${FORUM}/*`] });
    await vi.waitFor(async () => expect((await loadSettings()).extraSites).toEqual([FORUM]));
    await reconcileExtraSites();
    expect(state.registered()).toEqual([FORUM]);
    await vi.waitFor(() => expect(state.started).toContain(9));
    expect(state.removed).toEqual([]);
  });

  it('is neither enabled nor given back by a reconcile alone: its onAdded enables it', async () => {
    const state = browserState([], [`*://${FORUM}/*`]);
    await reconcileExtraSites();
    expect((await loadSettings()).extraSites).toEqual([]);
    expect(state.registered()).toEqual([]);
    expect(state.removed).toEqual([]);
  });
});

describe('a site grant an older version left behind, found after the update', () => {
  it('is given back, not enabled: the site was removed while the endpoint was on its host, which has moved since', async () => {
    // The old release gave back the endpoint's https://H/* and kept the removed site's *://H/*.
    const state = browserState([], [`*://${REPORTS}/*`], { 4: `https://${REPORTS}/` });
    await saveSettings({ endpointUrl: 'https://other.example.net/v1/reports', syncEnabled: true });
    startWorker();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.9.0', temporary: false });
    await queueDone();
    expect((await loadSettings()).extraSites).toEqual([]);
    expect(state.registered()).toEqual([]);
    expect([...state.grants]).toEqual([]);
    expect(state.started).toEqual([]);
  });

  it('is kept, and not enabled, while the endpoint is on its host', async () => {
    const state = browserState([], [`*://${REPORTS}/*`, `https://${REPORTS}/*`]);
    await saveSettings({ endpointUrl: `https://${REPORTS}/v1/reports`, syncEnabled: true });
    startWorker();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.9.0', temporary: false });
    await queueDone();
    expect((await loadSettings()).extraSites).toEqual([]);
    expect(state.grants).toEqual(new Set([`*://${REPORTS}/*`, `https://${REPORTS}/*`]));
  });
});

describe('a site that leaves the list without disableSite, its scanner registration missing', () => {
  it('is not listed again, and its grant is given back ("Delete all local data" wakes the worker)', async () => {
    const state = browserState([], [`*://${FORUM}/*`]);
    await saveSettings({ extraSites: [FORUM] });
    // The worker the save wakes: its start-up reconcile runs after the save.
    const open = holdQueue();
    startWorker();
    await saveSettings({ extraSites: [] });
    open();
    await queueDone();
    expect((await loadSettings()).extraSites).toEqual([]);
    expect(state.registered()).toEqual([]);
    expect([...state.grants]).toEqual([]);
  });
});

describe("the old endpoint's grant, given back once the endpoint moves", () => {
  it('is kept for a site on that host whose enable was queued before the release', async () => {
    const state = browserState([], [`https://${REPORTS}/*`], { 3: `https://${REPORTS}/about` });
    await saveSettings({ endpointUrl: `https://${REPORTS}/v1/reports`, syncEnabled: true });
    startWorker();
    await queueDone();
    // The user allows the site in the popup and enables it while other site work holds the queue.
    state.grants.add(`*://${REPORTS}/*`);
    const open = holdQueue();
    const enabling = enableSite(3, `https://${REPORTS}/about`);
    await saveSettings({ endpointUrl: 'https://other.example.net/v1/reports' });
    open();
    await enabling;
    await queueDone();
    expect((await loadSettings()).extraSites).toEqual([REPORTS]);
    expect(state.grants.has(`*://${REPORTS}/*`)).toBe(true);
  });

  it('is kept when the endpoint is set back to it before the release runs', async () => {
    const state = browserState([], [`https://${REPORTS}/*`, 'https://other.example.net/*']);
    await saveSettings({ endpointUrl: `https://${REPORTS}/v1/reports`, syncEnabled: true });
    startWorker();
    await queueDone();
    const open = holdQueue();
    await saveSettings({ endpointUrl: 'https://other.example.net/v1/reports' });
    await saveSettings({ endpointUrl: `https://${REPORTS}/v1/reports` });
    open();
    await queueDone();
    expect([...state.grants]).toEqual([`https://${REPORTS}/*`]);
  });
});

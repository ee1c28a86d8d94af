import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { loadSettings, saveSettings } from '../../utils/store/settings';
import { releaseOldEndpointGrant } from './endpoint-grant';
import { disableSite, reconcileExtraSites } from './extra-sites';
import { browserState } from './grants-harness';
import background from './index';

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

describe('the background and a site grant no "Enable on this site" followed', () => {
  it('enables the site when the grant arrives: listed, registered, started in the tab the user pressed it in', async () => {
    const state = browserState([], [`*://${FORUM}/*`], { 9: `https://${FORUM}/t/1` });
    // The worker the grant wakes: its start-up reconcile runs before the event's listener.
    const added = startWorker();
    for (const listener of added) listener({ origins: [`*://${FORUM}/*`] });
    await vi.waitFor(async () => expect((await loadSettings()).extraSites).toEqual([FORUM]));
    await reconcileExtraSites();
    expect(state.registered()).toEqual([FORUM]);
    expect(state.started).toContain(9);
    expect(state.removed).toEqual([]);
  });

  it('enables at worker start a grant held and not listed (the worker slept through its onAdded)', async () => {
    const state = browserState([], [`*://${FORUM}/*`, '*://weibo.com/*']);
    await reconcileExtraSites();
    expect((await loadSettings()).extraSites).toEqual([FORUM]);
    expect(state.registered()).toEqual([FORUM]);
    expect(state.grants.has('*://weibo.com/*')).toBe(true);
  });
});

describe('a site the user removed, whose grant stays for the endpoint on its host', () => {
  it('is not enabled again by the reconciles that follow, and is given back once the endpoint moves', async () => {
    const state = browserState([REPORTS], [`https://${REPORTS}/*`, `*://${REPORTS}/*`]);
    const before = await saveSettings({ extraSites: [REPORTS], endpointUrl: `https://${REPORTS}/v1/reports`, syncEnabled: true });
    await disableSite(REPORTS);
    await reconcileExtraSites();
    expect((await loadSettings()).extraSites).toEqual([]);
    expect(state.grants.has(`*://${REPORTS}/*`)).toBe(true);

    // The endpoint moves while the worker sleeps: the worker the save wakes reconciles first.
    const after = await saveSettings({ endpointUrl: 'https://other.example.net/v1/reports' });
    await reconcileExtraSites();
    await releaseOldEndpointGrant(after, { ...before, extraSites: [] });
    expect((await loadSettings()).extraSites).toEqual([]);
    expect(state.registered()).toEqual([]);
    expect([...state.grants]).toEqual([]);
  });

  it('is given back by the next reconcile when the browser failed to remove it', async () => {
    const state = browserState([FORUM], [`*://${FORUM}/*`]);
    await saveSettings({ extraSites: [FORUM] });
    const remove = vi.mocked(fakeBrowser.permissions.remove).getMockImplementation()!;
    vi.mocked(fakeBrowser.permissions.remove).mockRejectedValueOnce(new Error('The browser is busy.'));
    await disableSite(FORUM);
    expect(state.grants.has(`*://${FORUM}/*`)).toBe(true);
    vi.mocked(fakeBrowser.permissions.remove).mockImplementation(remove);
    await reconcileExtraSites();
    expect((await loadSettings()).extraSites).toEqual([]);
    expect([...state.grants]).toEqual([]);
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadSettings, saveSettings } from '../../utils/store/settings';
import { releaseOldEndpointGrant } from './endpoint-grant';
import { disableSite } from './extra-sites';
import { browserState } from './grants-harness';
import { reconcileExtraSites } from './reconcile-sites';

const FORUM = 'forum.example.org';
const REPORTS = 'reports.example.org';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
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
    await saveSettings({ endpointUrl: 'https://other.example.net/v1/reports' });
    await reconcileExtraSites();
    await releaseOldEndpointGrant(before.endpointUrl);
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

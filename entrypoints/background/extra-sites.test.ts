import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadSettings, saveSettings } from '../../utils/store/settings';
import { releaseOldEndpointGrant } from './endpoint-grant';
import { adoptSiteGrants, disableSite, enableSite } from './extra-sites';
import { browserState } from './grants-harness';
import { reconcileExtraSites } from './reconcile-sites';

const FORUM = 'forum.example.org';
const forumGrant = `*://${FORUM}/*`;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('sites the user enabled', () => {
  it('leave the list, and lose their scanner, once the user takes the permission back in the browser', async () => {
    await saveSettings({ extraSites: [FORUM, 'board.example.net'] });
    const { unregistered } = browserState([FORUM, 'board.example.net'], [forumGrant]);
    await reconcileExtraSites();
    expect((await loadSettings()).extraSites).toEqual([FORUM]);
    expect(unregistered).toEqual(['claimcheck-site-board.example.net']);
  });

  it('keep the permission the sync endpoint on the same host needs when switched off', async () => {
    await saveSettings({ extraSites: ['reports.example.org', FORUM], endpointUrl: 'https://reports.example.org/v1/reports' });
    const { removed, unregistered } = browserState(['reports.example.org', FORUM], ['*://reports.example.org/*', forumGrant]);
    await disableSite('reports.example.org');
    await disableSite(FORUM);
    expect(unregistered).toEqual(['claimcheck-site-reports.example.org', `claimcheck-site-${FORUM}`]);
    expect(removed).toEqual([forumGrant]);
  });
});

describe('a site grant no "Enable on this site" followed (the popup closed under the prompt)', () => {
  it('is enabled as the popup would have: listed, registered, and started in the open tabs of that host', async () => {
    const state = browserState([], [forumGrant], {
      3: `https://${FORUM}/t/1`,
      4: 'https://other.example.net/',
      5: `http://${FORUM}/`,
    });
    await adoptSiteGrants([forumGrant]);
    expect((await loadSettings()).extraSites).toEqual([FORUM]);
    expect(state.registered()).toEqual([FORUM]);
    expect(state.started).toEqual([3, 5]);
    expect(state.removed).toEqual([]);
  });

  it('and the popup’s own enableSite, in either order, enable it once', async () => {
    for (const order of ['popup first', 'grant first']) {
      fakeBrowser.reset();
      vi.restoreAllMocks();
      const state = browserState([], [forumGrant], { 3: `https://${FORUM}/t/1` });
      const popup = () => enableSite(3, `https://${FORUM}/t/1`);
      const grant = () => adoptSiteGrants([forumGrant]);
      // Neither awaited: as the two arrive in the worker, the second while the first runs.
      await Promise.all(order === 'popup first' ? [popup(), grant()] : [grant(), popup()]);
      expect((await loadSettings()).extraSites, order).toEqual([FORUM]);
      expect(state.registered(), order).toEqual([FORUM]);
    }
  });

  it('is not enabled once the user removed the site again, nor for a supported site, the endpoint, or a wildcard', async () => {
    const state = browserState([], [forumGrant, '*://weibo.com/*', 'https://reports.example.org/*', '*://*.example.net/*']);
    const added = [forumGrant, '*://weibo.com/*', 'https://reports.example.org/*', '*://*.example.net/*'];
    const adopted = adoptSiteGrants(added);
    const removed = disableSite(FORUM);
    await Promise.all([adopted, removed]);
    await adoptSiteGrants(added);
    expect((await loadSettings()).extraSites).toEqual([]);
    expect(state.registered()).toEqual([]);
    expect([...state.grants]).not.toContain(forumGrant);
  });

  it('is given back when the settings cannot list it (an IPv6 address)', async () => {
    const state = browserState([], ['*://[2001:db8::1]/*']);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await adoptSiteGrants(['*://[2001:db8::1]/*']);
    expect(state.removed).toEqual(['*://[2001:db8::1]/*']);
    expect((await loadSettings()).extraSites).toEqual([]);
  });
});

describe('a tab that never lets the scanner in (an alert() open, a page still loading)', () => {
  /** Within a moment, or 'stuck': a promise left waiting would otherwise only time the test out. */
  const settles = (work: Promise<unknown>) =>
    Promise.race([work.then(() => 'settled'), new Promise((resolve) => setTimeout(() => resolve('stuck'), 200))]);

  /** The browser's scripting of tab 3 never answers. */
  function stuckTab() {
    const state = browserState([], [forumGrant, '*://board.example.net/*'], {
      3: `https://${FORUM}/t/1`,
      5: `https://${FORUM}/t/2`,
      6: 'https://board.example.net/',
    });
    const inject = vi.mocked(fakeBrowser.scripting.executeScript).getMockImplementation()!;
    vi.mocked(fakeBrowser.scripting.executeScript).mockImplementation((injection) =>
      injection.target.tabId === 3 ? new Promise(() => {}) : inject(injection),
    );
    return state;
  }

  it('still fails the popup’s enable when its own tab refuses the script', async () => {
    const state = browserState([], [forumGrant], { 3: `https://${FORUM}/t/1` });
    vi.mocked(fakeBrowser.scripting.executeScript).mockRejectedValue(new Error('Cannot access contents of the page.'));
    await expect(enableSite(3, `https://${FORUM}/t/1`)).rejects.toThrow('Cannot access');
    expect(state.registered()).toEqual([FORUM]);
  });

  it('holds back no other enable, removal, reconcile or endpoint release, nor the host’s other tabs', async () => {
    const state = stuckTab();
    void adoptSiteGrants([forumGrant]);
    void enableSite(3, `https://${FORUM}/t/1`);
    expect(await settles(enableSite(6, 'https://board.example.net/'))).toBe('settled');
    expect(await settles(reconcileExtraSites())).toBe('settled');
    expect(await settles(releaseOldEndpointGrant('https://old.example.com/v1'))).toBe('settled');
    expect(await settles(disableSite(FORUM))).toBe('settled');
    expect(state.started).toEqual(expect.arrayContaining([5, 6]));
    expect((await loadSettings()).extraSites).toEqual(['board.example.net']);
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { loadSettings, saveSettings } from '../../utils/store/settings';
import { disableSite, reconcileExtraSites } from './extra-sites';

/** The browser's registrations and grants, as the scripting and permissions APIs answer them. */
function browserState(registered: string[], granted: string[]) {
  const unregistered: string[] = [];
  const removed: string[] = [];
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () =>
    registered.map((host) => ({ id: `claimcheck-site-${host}` }) as Browser.scripting.RegisteredContentScript),
  );
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    unregistered.push(...(filter?.ids ?? []));
  });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins }) =>
    (origins ?? []).every((o) => granted.includes(o)),
  );
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins }) => {
    removed.push(...(origins ?? []));
    return true;
  });
  return { unregistered, removed };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('sites the user enabled', () => {
  it('leave the list, and lose their scanner, once the user takes the permission back in the browser', async () => {
    await saveSettings({ extraSites: ['forum.example.org', 'board.example.net'] });
    const { unregistered } = browserState(['forum.example.org', 'board.example.net'], ['*://forum.example.org/*']);
    await reconcileExtraSites();
    expect((await loadSettings()).extraSites).toEqual(['forum.example.org']);
    expect(unregistered).toEqual(['claimcheck-site-board.example.net']);
  });

  it('keep the permission the sync endpoint on the same host needs when switched off', async () => {
    await saveSettings({
      extraSites: ['reports.example.org', 'forum.example.org'],
      endpointUrl: 'https://reports.example.org/v1/reports',
    });
    const { removed, unregistered } = browserState(['reports.example.org', 'forum.example.org'], []);
    await disableSite('reports.example.org');
    await disableSite('forum.example.org');
    expect(unregistered).toEqual(['claimcheck-site-reports.example.org', 'claimcheck-site-forum.example.org']);
    expect(removed).toEqual(['*://forum.example.org/*']);
  });
});

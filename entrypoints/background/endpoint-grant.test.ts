import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/schemas/settings';
import { saveSettings, watchSettings } from '../../utils/store/settings';
import { releaseOldEndpointGrant } from './endpoint-grant';

const settings = (change: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...change });

/** The origins the extension gave back, as permissions.remove saw them; `refuse`: the browser refuses. */
function removals(refuse = false) {
  const removed: string[] = [];
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins }) => {
    if (refuse) throw new Error('You cannot remove required permissions.');
    removed.push(...(origins ?? []));
    return true;
  });
  return removed;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe("the old endpoint's host permission", () => {
  it('is given back when the user saves an endpoint on another host, or none', async () => {
    const removed = removals();
    const a = settings({ endpointUrl: 'https://reports.example.org/v1/reports' });
    const b = settings({ endpointUrl: 'http://127.0.0.1:8787/v1/reports' });
    expect(await releaseOldEndpointGrant(b, a)).toBe(true);
    expect(await releaseOldEndpointGrant(settings({ endpointUrl: '' }), b)).toBe(true);
    expect(removed).toEqual(['https://reports.example.org/*', 'http://127.0.0.1/*']);
  });

  it('is kept for the same host (another path or port), a first endpoint, sync switched off, or an enabled site there', async () => {
    const removed = removals();
    const a = settings({ endpointUrl: 'https://reports.example.org/v1/reports', syncEnabled: true });
    await releaseOldEndpointGrant(settings({ endpointUrl: 'https://reports.example.org:8443/v2' }), a);
    await releaseOldEndpointGrant(a, settings({ endpointUrl: '' }));
    await releaseOldEndpointGrant({ ...a, syncEnabled: false }, a);
    await releaseOldEndpointGrant(settings({ endpointUrl: '', extraSites: ['reports.example.org'] }), a);
    expect(removed).toEqual([]);
  });

  it('is no failure when the browser refuses (a host the manifest lists)', async () => {
    removals(true);
    const old = settings({ endpointUrl: 'https://weibo.com/reports' });
    await expect(releaseOldEndpointGrant(settings({ endpointUrl: '' }), old)).resolves.toBe(false);
  });

  it('reaches the watcher with the settings a save replaced', async () => {
    await saveSettings({ endpointUrl: 'https://reports.example.org/v1/reports' });
    const seen: [string, string][] = [];
    const stop = watchSettings((next, previous) => seen.push([previous.endpointUrl, next.endpointUrl]));
    await saveSettings({ endpointUrl: 'https://other.example.net/v1/reports' });
    stop();
    expect(seen).toEqual([['https://reports.example.org/v1/reports', 'https://other.example.net/v1/reports']]);
  });
});

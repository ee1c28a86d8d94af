import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { saveSettings, watchSettings } from '../../utils/store/settings';
import { releaseOldEndpointGrant } from './endpoint-grant';
import { disableSite } from './extra-sites';
import { browserState } from './grants-harness';

/** The origins the extension gave back, as permissions.remove saw them; `refuse`: the browser refuses. */
function removals(refuse = false) {
  const removed: string[] = [];
  const held = ['https://reports.example.org/*', 'http://127.0.0.1/*', 'https://reports.example.org:8443/*'];
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: held, permissions: [] });
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
    const a = 'https://reports.example.org/v1/reports';
    const b = 'http://127.0.0.1:8787/v1/reports';
    await saveSettings({ endpointUrl: b });
    expect(await releaseOldEndpointGrant(a)).toBe(true);
    await saveSettings({ endpointUrl: '' });
    expect(await releaseOldEndpointGrant(b)).toBe(true);
    expect(removed).toEqual(['https://reports.example.org/*', 'http://127.0.0.1/*']);
  });

  it('is kept for the same host (another path or port), a first endpoint, sync switched off, or an enabled site there', async () => {
    const removed = removals();
    const a = 'https://reports.example.org/v1/reports';
    await saveSettings({ endpointUrl: 'https://reports.example.org:8443/v2' });
    await releaseOldEndpointGrant(a);
    await saveSettings({ endpointUrl: a, syncEnabled: true });
    await releaseOldEndpointGrant('');
    await saveSettings({ syncEnabled: false });
    await releaseOldEndpointGrant(a);
    await saveSettings({ endpointUrl: '', extraSites: ['reports.example.org'] });
    await releaseOldEndpointGrant(a);
    expect(removed).toEqual([]);
  });

  it('is no failure when the browser refuses (a host the manifest lists)', async () => {
    removals(true);
    await expect(releaseOldEndpointGrant('https://weibo.com/reports')).resolves.toBe(false);
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

describe('an endpoint and an enabled site on the same host', () => {
  const HOST = 'reports.example.org';
  const both = () => new Set([`https://${HOST}/*`, `*://${HOST}/*`]);
  const endpoint = { endpointUrl: `https://${HOST}/v1/reports`, syncEnabled: true };
  const moved = { endpointUrl: 'https://other.example.net/v1/reports' };

  it('leave no grant of the host once the site is removed and then the endpoint moves away', async () => {
    const state = browserState([HOST], both());
    await saveSettings({ extraSites: [HOST], ...endpoint });
    await disableSite(HOST);
    await saveSettings(moved);
    await releaseOldEndpointGrant(endpoint.endpointUrl);
    expect([...state.grants]).toEqual([]);
    expect(state.removed).toContain(`*://${HOST}/*`);
  });

  it('leave no grant of the host once the endpoint moves away and then the site is removed', async () => {
    const state = browserState([HOST], both());
    await saveSettings({ extraSites: [HOST], ...endpoint });
    await saveSettings(moved);
    await releaseOldEndpointGrant(endpoint.endpointUrl);
    expect(state.grants).toEqual(both());
    await disableSite(HOST);
    expect([...state.grants]).toEqual([]);
  });

  it('keep the grant of a loopback endpoint moved to the other scheme on the same host', async () => {
    const state = browserState([], ['http://127.0.0.1/*', 'https://127.0.0.1/*']);
    await saveSettings({ endpointUrl: 'https://127.0.0.1/r' });
    await releaseOldEndpointGrant('http://127.0.0.1/r');
    expect([...state.grants]).toEqual(['https://127.0.0.1/*']);
  });
});

// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { disableSite } from '../entrypoints/background/extra-sites';
import { SITE_HOSTS } from '../utils/adapters/hosts';
import type { MessageKey } from '../utils/i18n';
import { translator } from '../utils/i18n';
import type { TrustedAccount } from '../utils/schemas/settings';
import { loadSettings, saveSettings } from '../utils/store/settings';
import { TranslateContext } from './i18n';
import { LiveSyncSettings } from './options/testing/live-sync-settings';

const root = document.body.appendChild(document.createElement('div'));
const t = translator('en');
/** What the page asked the background, in order. */
let asked: { type: string; payload: unknown }[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
  // The background as it answers the popup's switch: the real disableSite over a browser that
  // registered the site's checker and granted its permission.
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { type, payload } = message as { type: string; payload: { host: string } };
    asked.push({ type, payload });
    if (type !== 'disableSite') return Promise.resolve({ ok: false, error: `unexpected ${type}` });
    return disableSite(payload.host).then((host) => ({ ok: true, data: { host } }));
  });
});
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

async function show(): Promise<void> {
  const initial = await loadSettings();
  await act(() =>
    render(
      <TranslateContext.Provider value={t}>
        <LiveSyncSettings initial={initial} />
      </TranslateContext.Provider>,
      root,
    ),
  );
}
const byLabel = (label: string) => root.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const account = (name: string): TrustedAccount => ({
  platform: 'x',
  key: `x:${name.toLowerCase()}`,
  displayName: name,
  addedAt: '2026-11-28T10:00:00.000Z',
});

describe('the options page Sites list', () => {
  it('offers a switch for each site with its own checker, and none for Facebook, which it does not check', async () => {
    await show();
    const sites = [...root.querySelectorAll('.grid-checks label')].map((l) => l.textContent);
    expect(sites).not.toContain(t('platform_facebook'));
    expect(sites).toEqual([...new Set(SITE_HOSTS.map((s) => t(`platform_${s.platform}` as MessageKey)))]);
  });

  it('lists the sites enabled from the popup; Remove asks the background as the popup does, and focus stays in the list', async () => {
    await saveSettings({ extraSites: ['forum.example.org', 'board.example.net'] });
    await show();
    expect(root.textContent).toContain('forum.example.org');
    const remove = byLabel(t('extraSiteRemoveFor', 'forum.example.org'))!;
    remove.focus();
    await act(() => remove.click());
    await settle();
    expect(asked).toEqual([{ type: 'disableSite', payload: { host: 'forum.example.org' } }]);
    expect((await loadSettings()).extraSites).toEqual(['board.example.net']);
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['*://forum.example.org/*'] });
    expect(byLabel(t('extraSiteRemoveFor', 'forum.example.org'))).toBeNull();
    expect(document.activeElement).toBe(byLabel(t('extraSiteRemoveFor', 'board.example.net')));
    expect(root.querySelector('#enabled-sites [aria-live]')?.textContent).toBe(t('extraSiteRemoved', 'forum.example.org'));
  });

  it('shows a site the popup enables while the page is open', async () => {
    await show();
    expect(root.textContent).toContain(t('extraSitesEmpty'));
    await saveSettings({ extraSites: ['forum.example.org'] });
    await settle();
    expect(byLabel(t('extraSiteRemoveFor', 'forum.example.org'))).not.toBeNull();
  });
});

describe('the options page trusted accounts', () => {
  it('removes an account at once, with no Save, and Undo puts it back where it was', async () => {
    await saveSettings({ trusted: [account('Alpha'), account('Beta')] });
    await show();
    byLabel(t('trustedRemoveFor', 'Alpha'))!.focus();
    await act(() => byLabel(t('trustedRemoveFor', 'Alpha'))!.click());
    await settle();
    expect((await loadSettings()).trusted.map((a) => a.displayName)).toEqual(['Beta']);
    expect(root.querySelector('#trusted-accounts [aria-live]')?.textContent).toBe(t('trustedRemoved', 'Alpha'));
    expect(document.activeElement).toBe(byLabel(t('trustedRemoveFor', 'Beta')));
    // Nothing is left for Save to write.
    expect(root.querySelector('[role="status"]')?.textContent).toBe('');

    await act(() => byLabel(t('trustedUndoFor', 'Alpha'))!.click());
    await settle();
    expect((await loadSettings()).trusted.map((a) => a.displayName)).toEqual(['Alpha', 'Beta']);
    expect(document.activeElement).toBe(byLabel(t('trustedRemoveFor', 'Alpha')));
    expect(root.querySelector('#trusted-accounts [aria-live]')?.textContent).toBe(t('trustedRestored', 'Alpha'));
  });

  it('keeps an account the popover trusted meanwhile when one is removed', async () => {
    await saveSettings({ trusted: [account('Alpha')] });
    await show();
    await saveSettings({ trusted: [account('Alpha'), account('Gamma')] });
    await act(() => byLabel(t('trustedRemoveFor', 'Alpha'))!.click());
    await settle();
    expect((await loadSettings()).trusted.map((a) => a.displayName)).toEqual(['Gamma']);
    expect(byLabel(t('trustedRemoveFor', 'Gamma'))).not.toBeNull();
  });
});

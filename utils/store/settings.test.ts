import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS } from '../schemas/settings';
import { loadSettings, saveSettings, settingsItem } from './settings';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('settings storage', () => {
  it('falls back to the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a change and bumps the revision', async () => {
    const saved = await saveSettings({ endpointUrl: 'https://reports.example.org/cc', syncEnabled: true });
    expect(saved.revision).toBe(1);
    expect(await loadSettings()).toMatchObject({ endpointUrl: 'https://reports.example.org/cc', syncEnabled: true, revision: 1 });
  });

  it('keeps a stored token an older version let through until a change sets the token', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, accessToken: 'ｄｅｍｏ\u200b' } });
    expect((await loadSettings()).accessToken).toBe('');
    await saveSettings({ language: 'zh_CN' });
    expect((await settingsItem.getValue()) as { accessToken: string }).toMatchObject({
      accessToken: 'ｄｅｍｏ\u200b',
      language: 'zh_CN',
    });
    await saveSettings({ accessToken: 'fixed-token' });
    expect(await loadSettings()).toMatchObject({ accessToken: 'fixed-token', language: 'zh_CN', revision: 2 });
  });

  it('keeps the good fields of a damaged stored value and defaults the bad ones', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, syncEnabled: true, sensitivity: 'paranoid', endpointUrl: 'ftp://x', trusted: 'nope' },
    });
    const s = await loadSettings();
    expect(s.syncEnabled).toBe(true);
    expect(s.sensitivity).toBe('normal');
    expect(s.endpointUrl).toBe('');
    expect(s.trusted).toEqual([]);
  });

  it('refuses plain http to anything but a loopback host', async () => {
    await expect(saveSettings({ endpointUrl: 'http://reports.example.org' })).rejects.toThrow(/must use https/);
    expect((await loadSettings()).revision).toBe(0);
    await expect(saveSettings({ endpointUrl: 'http://127.0.0.1:8787' })).resolves.toMatchObject({
      endpointUrl: 'http://127.0.0.1:8787',
    });
    await expect(saveSettings({ endpointUrl: 'http://[::1]:9/x' })).resolves.toMatchObject({ endpointUrl: 'http://[::1]:9/x' });
  });
});

describe('settings storage: saves at the same moment', () => {
  /** Two contexts (options page, popup, background) saving a different field each, at once. */
  const both = () => Promise.all([saveSettings({ language: 'zh_CN' }), saveSettings({ disabledPlatforms: ['weibo'] })]);

  it('makes a change given as a function from the settings as they stand when it runs', async () => {
    const add = (platform: 'x' | 'weibo') =>
      saveSettings((now) => ({ disabledPlatforms: [...now.disabledPlatforms.filter((p) => p !== platform), platform] }));
    await Promise.all([add('weibo'), add('x')]);
    expect((await loadSettings()).disabledPlatforms).toEqual(['weibo', 'x']);
  });

  it('keeps both changes and gives each its own revision', async () => {
    const start = (await loadSettings()).revision;
    const [first, second] = await both();
    expect(await loadSettings()).toMatchObject({ language: 'zh_CN', disabledPlatforms: ['weibo'], revision: start + 2 });
    expect([first.revision, second.revision]).toEqual([start + 1, start + 2]);
    // Each caller gets what it saved, on top of the save before it.
    expect(second).toMatchObject({ language: 'zh_CN', disabledPlatforms: ['weibo'] });
  });

  it('goes on with the next save after one that throws', async () => {
    const results = await Promise.allSettled([
      saveSettings({ language: 'zh_CN' }),
      saveSettings({ endpointUrl: 'http://reports.example.org' }),
      saveSettings({ disabledPlatforms: ['weibo'] }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await loadSettings()).toMatchObject({ language: 'zh_CN', disabledPlatforms: ['weibo'], endpointUrl: '', revision: 2 });
  });

  it('takes the claimcheck-settings Web Lock where there is one, shared by every context of the extension', async () => {
    // A stand-in LockManager: one holder per name at a time, as the browser's.
    const held = new Map<string, Promise<unknown>>();
    const request = vi.fn((name: string, task: () => Promise<unknown>) => {
      const run = (held.get(name) ?? Promise.resolve()).then(task);
      const settled = run.catch(() => {});
      held.set(name, settled);
      return run;
    });
    vi.stubGlobal('navigator', { locks: { request } });
    await both();
    expect(request.mock.calls.map(([name]) => name)).toEqual(['claimcheck-settings', 'claimcheck-settings']);
    expect(await loadSettings()).toMatchObject({ language: 'zh_CN', disabledPlatforms: ['weibo'], revision: 2 });
  });
});

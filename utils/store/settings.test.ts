import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS } from '../schemas/settings';
import { loadSettings, saveSettings, settingsItem } from './settings';

beforeEach(() => {
  fakeBrowser.reset();
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

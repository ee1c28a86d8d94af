// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { translator } from '../utils/i18n';
import { DEFAULT_SETTINGS, parseSettings, unusableStoredToken } from '../utils/schemas/settings';
import { loadSettings } from '../utils/store/settings';
import { syncSettingsPage } from './options/testing/live-sync-settings';

const { root, show, submit, status, alertText } = syncSettingsPage();
const [en, zh] = [translator('en'), translator('zh_CN')];
const tokenField = () => root.querySelector<HTMLInputElement>('#access-token')!;
const tokenError = () => root.querySelector<HTMLElement>('#access-token-error')!;

describe('the settings section’s outline', () => {
  it('is titled "Settings", not "Sync"; the sync fieldset keeps its own title', async () => {
    await show('en');
    expect(root.querySelector('#settings h2')?.textContent).toBe('Settings');
    expect(root.querySelector('#settings fieldset legend')?.textContent).toBe(en('syncSettingsTitle'));
    await show('zh_CN');
    expect(root.querySelector('#settings h2')?.textContent).toBe('设置');
  });

  it('gives Sites you enabled and Trusted accounts headings a reader can jump to', async () => {
    await show('en');
    const headings = [...root.querySelectorAll('#settings h3')].map((h) => h.textContent);
    expect(headings).toEqual(expect.arrayContaining([en('fieldExtraSites'), en('fieldTrusted')]));
    // Still the name of their group, as a legend.
    expect(root.querySelector('#trusted-accounts legend')?.textContent).toBe(en('fieldTrusted'));
  });
});

describe('a save whose sync permission the browser refuses', () => {
  const syncOn = { ...DEFAULT_SETTINGS, endpointUrl: 'https://reports.example.org/cc', syncEnabled: true };

  it('says it saved, that sync cannot send, and what to do; never a plain "Settings saved." beside it', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    await show('en', syncOn);
    await act(submit);
    await vi.waitFor(() => expect(alertText()).toBe(en('savedNoHostPermission', 'reports.example.org')));
    expect(alertText()).toContain('Press Save again and choose Allow');
    expect(status()).not.toContain(en('saved'));
    expect((await loadSettings()).revision).toBe(1);
    await show('zh_CN', syncOn);
    expect(alertText()).toBe(zh('savedNoHostPermission', 'reports.example.org'));
    expect(status()).not.toContain(zh('saved'));
  });

  it('says "Settings saved." once a later save is allowed', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    await show('en', syncOn);
    await act(submit);
    await vi.waitFor(() => expect(alertText()).not.toBe(''));
    request.mockResolvedValue(true);
    await act(submit);
    await vi.waitFor(() => expect(status()).toBe(en('saved')));
    expect(alertText()).toBe('');
  });
});

describe('an access token no request can carry', () => {
  it('is refused at its field on Save, in the page’s language', async () => {
    await show('zh_CN');
    await act(() => {
      tokenField().value = 'ｄｅｍｏ\u200btoken';
      tokenField().dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(submit);
    expect(tokenField().getAttribute('aria-invalid')).toBe('true');
    expect(tokenError().hidden).toBe(false);
    expect(tokenError().textContent).toBe(zh('errorTokenCharacters'));
    expect((await loadSettings()).revision).toBe(0);
  });

  it('when stored by an older version, loads with the rest intact and shows the token at its field, marked', async () => {
    const stored = {
      ...DEFAULT_SETTINGS,
      endpointUrl: 'https://reports.example.org/cc',
      accessToken: 'ｄｅｍｏ',
      sensitivity: 'high',
    };
    const initial = parseSettings(stored);
    expect(initial).toMatchObject({ endpointUrl: 'https://reports.example.org/cc', sensitivity: 'high', accessToken: '' });
    await show('en', initial, unusableStoredToken(stored));
    expect(tokenField().value).toBe('ｄｅｍｏ');
    expect(tokenField().getAttribute('aria-invalid')).toBe('true');
    expect(tokenError().textContent).toBe(en('errorTokenStored'));
    // Shown as it was stored, it is no edit of the user's.
    expect(status()).toBe('');
  });
});

// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { translator } from '../utils/i18n';
import { DEFAULT_SETTINGS } from '../utils/schemas/settings';
import { loadSettings } from '../utils/store/settings';
import { syncSettingsPage } from './options/testing/live-sync-settings';

const { root, show, submit, status, alertText } = syncSettingsPage();
const endpointField = () => root.querySelector<HTMLInputElement>('#endpoint-url')!;
const type = (field: HTMLInputElement, value: string) =>
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('SyncSettings', () => {
  it('a refused save moves focus to the first field to fix', async () => {
    await show('en', { ...DEFAULT_SETTINGS, endpointUrl: 'ftp://reports.example.org' });
    await act(submit);
    const endpoint = root.querySelector<HTMLInputElement>('input[aria-invalid="true"]');
    expect(endpoint?.value).toBe('ftp://reports.example.org');
    expect(document.activeElement).toBe(endpoint);
  });

  it('names Save by its visible word only, so 简体中文 screen readers read "保存", not "保存 Save"', async () => {
    await show('zh_CN');
    const save = root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(save.getAttribute('aria-label') ?? save.textContent).toBe('保存');
  });

  it('saves once when Save is pressed twice while the first save waits for the permission prompt', async () => {
    const asked = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    await show('en', { ...DEFAULT_SETTINGS, endpointUrl: 'https://reports.example.org/cc', syncEnabled: true });
    await type(endpointField(), 'https://reports.example.org/claimcheck');
    await act(() => {
      submit();
      submit();
    });
    await vi.waitFor(() => expect(status()).toBe(translator('en')('saved')));
    expect(asked).toHaveBeenCalledTimes(1);
    expect((await loadSettings()).revision).toBe(1);
  });

  it('takes "Settings saved." away at the next edit and says the form has unsaved changes', async () => {
    const t = translator('en');
    await show('en');
    await type(endpointField(), 'https://reports.example.org/cc');
    expect(status()).toBe(t('settingsUnsaved'));
    await act(submit);
    await vi.waitFor(() => expect(status()).toBe(t('saved')));
    await type(endpointField(), 'https://reports.example.org/other');
    expect(status()).toBe(t('settingsUnsaved'));
    // Typing back what is saved leaves nothing unsaved.
    await type(endpointField(), 'https://reports.example.org/cc');
    expect(status()).toBe('');
  });

  it('asks before the page is left with unsaved edits, and only then', async () => {
    const leave = () => !window.dispatchEvent(new Event('beforeunload', { cancelable: true }));
    await show('en');
    expect(leave()).toBe(false);
    await type(endpointField(), 'https://reports.example.org/cc');
    expect(leave()).toBe(true);
    await act(submit);
    await vi.waitFor(() => expect(status()).toBe(translator('en')('saved')));
    expect(leave()).toBe(false);
  });

  it('words its notices in the language the page has now, not the one of the moment they were written', async () => {
    const [en, zh] = [translator('en'), translator('zh_CN')];
    await show('en');
    await act(submit);
    await vi.waitFor(() => expect(status()).toBe(en('saved')));
    await show('zh_CN');
    expect(status()).toBe(zh('saved'));
    await type(endpointField(), 'ftp://reports.example.org');
    await act(submit);
    expect(alertText()).toBe(zh('saveFixErrors'));
    await show('en');
    expect(alertText()).toBe(en('saveFixErrors'));
  });
});

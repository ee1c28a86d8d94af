// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { translator } from '../../utils/i18n';
import type { MessagePayload } from '../../utils/schemas/messages';
import { loadSettings, saveSettings } from '../../utils/store/settings';
import { switchPlatform } from '../background/site-switch';
import { markingStorageFull } from '../background/storage-full-refusal';
import { type Answer, background, openPopup, popupPage, settle, TAB } from './popup-harness';

const root = popupPage(TAB);
const siteSwitch = () => root.querySelector<HTMLInputElement>('[role="switch"]');

describe('PopupApp: the switch of a supported site while its change is saved', () => {
  /** The background saves the switch: its own handler, as the popup's message reaches it. */
  const saving: Record<string, Answer> = {
    switchPlatform: (payload) => markingStorageFull(switchPlatform)(payload as MessagePayload<'switchPlatform'>, {}),
  };

  it('keeps a site the options page switched off after the popup opened', async () => {
    background(null, saving);
    await openPopup(root);
    // The popup as a window of its own, the options page beside it: another site goes off there.
    await saveSettings({ disabledPlatforms: ['x'] });
    await act(() => siteSwitch()!.click());
    await settle();
    expect((await loadSettings()).disabledPlatforms).toEqual(['x', 'weibo']);
  });

  it('shows where the user put it while that is saved, and takes no second press meanwhile', async () => {
    background(null, saving);
    await openPopup(root);
    let finishSave = () => {};
    vi.spyOn(fakeBrowser.storage.local, 'set').mockReturnValue(new Promise<void>((resolve) => (finishSave = resolve)));
    await act(() => siteSwitch()!.click());
    await settle();
    expect(siteSwitch()!.checked).toBe(false);
    expect(siteSwitch()!.getAttribute('aria-disabled')).toBe('true');
    await act(() => siteSwitch()!.click());
    expect(siteSwitch()!.checked).toBe(false);
    // Settings saves run one at a time (saveSettings): one left hanging would hold the next test's.
    finishSave();
    await settle();
  });

  it('says in Chinese that a full disk kept the change from being saved, and shows the saved state again', async () => {
    const t = translator('zh_CN');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    background(null, saving);
    await openPopup(root, 'zh_CN');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new DOMException('Quota exceeded.', 'QuotaExceededError'));
    await act(() => siteSwitch()!.click());
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(t('storageFull'));
    expect(siteSwitch()!.checked).toBe(true);
  });
});

// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { translator } from '../../utils/i18n';
import type { MessagePayload } from '../../utils/schemas/messages';
import { loadSettings, saveSettings } from '../../utils/store/settings';
import { switchPlatform } from '../background/site-switch';
import { markingStorageFull } from '../background/storage-full-refusal';
import { type Answer, background, openPopup, popupPage, settle, TAB } from './popup-harness';

const root = popupPage();
const siteSwitch = () => root.querySelector<HTMLInputElement>('[role="switch"]')!;
const status = () => root.querySelector('[role="status"]')?.textContent;
const reloadButton = () => root.querySelector<HTMLButtonElement>('[data-testid="reload-page"]');

/** The background saves the switch: its own handler, as the popup's message reaches it. */
const saving: Record<string, Answer> = {
  switchPlatform: (payload) => markingStorageFull(switchPlatform)(payload as MessagePayload<'switchPlatform'>, {}),
};

async function flip() {
  await act(() => siteSwitch().click());
  await settle();
}

describe('PopupApp: the switch of a supported site', () => {
  it.each(['en', 'zh_CN'] as const)(
    '%s: switched off, says it is off now (the scanner has stopped), with no reload',
    async (lang) => {
      const t = translator(lang);
      background(null, saving);
      await openPopup(root, lang);
      await flip();
      expect((await loadSettings()).disabledPlatforms).toContain('weibo');
      expect(status()).toBe(t('siteSwitchedOff'));
      expect(reloadButton()).toBeNull();
    },
  );

  it.each(['en', 'zh_CN'] as const)(
    '%s: switched on, offers to reload the page and leaves out the install reason',
    async (lang) => {
      const t = translator(lang);
      await saveSettings({ disabledPlatforms: ['weibo'] });
      const reload = vi.spyOn(fakeBrowser.tabs, 'reload').mockResolvedValue(undefined);
      background(null, saving);
      await openPopup(root, lang);
      await flip();
      expect(status()).toBe(t('siteSwitchedOn'));
      expect(root.textContent).not.toContain(t('popupNotChecked'));
      expect(reloadButton()?.textContent).toBe(t('reloadPage'));

      await act(() => reloadButton()!.click());
      await settle();
      expect(reload).toHaveBeenCalledWith(TAB.id);
      expect(reloadButton()).toBeNull();
      expect(status()).toBe(t('pageReloading'));
      // The pressed button is gone: focus is on the switch, not lost to the document.
      expect(document.activeElement).toBe(siteSwitch());
      expect(root.textContent).not.toContain(t('popupNotChecked'));
    },
  );

  it('keeps the offer when the tab cannot be reloaded, and takes it back when switched off again', async () => {
    await saveSettings({ disabledPlatforms: ['weibo'] });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.tabs, 'reload').mockRejectedValue(new Error('No tab with id: 7.'));
    background(null, saving);
    await openPopup(root);
    await flip();
    await act(() => reloadButton()!.click());
    await settle();
    expect(reloadButton()).not.toBeNull();
    await flip();
    expect(reloadButton()).toBeNull();
    expect(status()).toBe(translator('en')('siteSwitchedOff'));
  });

  it('hands the change to the background at the click, so that closing the popup at once keeps it', async () => {
    const sent = background(null, saving);
    await openPopup(root);
    await act(() => siteSwitch().click());
    // The user clicks away: the popup's page goes with its code.
    render(null, root);
    await vi.waitFor(async () => expect((await loadSettings()).disabledPlatforms).toEqual(['weibo']));
    expect(sent.filter((m) => m.type === 'switchPlatform')).toEqual([
      { type: 'switchPlatform', payload: { platform: 'weibo', enabled: false } },
    ]);
  });
});

// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { translator } from '../../utils/i18n';
import type { MessagePayload } from '../../utils/schemas/messages';
import { loadSettings, saveSettings } from '../../utils/store/settings';
import { switchPlatform } from '../background/site-switch';
import { markingStorageFull } from '../background/storage-full-refusal';
import {
  type Answer,
  background,
  buttonNamed,
  OTHER_SITE_TAB,
  openPopup,
  popupPage,
  settle,
  showTab,
  TAB,
} from './popup-harness';

const root = popupPage(OTHER_SITE_TAB);
const HOST = 'forum.example.org';
const en = translator('en');

const siteSwitch = () => root.querySelector<HTMLInputElement>('[role="switch"]');
const status = () => root.querySelector('[role="status"]')?.textContent;
/** The background's "Enable on this site" and its undoing, as they change the settings. */
const siteAnswers = {
  enableSite: async () => {
    await saveSettings({ extraSites: [HOST] });
    return { host: HOST };
  },
  disableSite: async () => {
    await saveSettings({ extraSites: [] });
    return { host: HOST };
  },
};

describe('PopupApp: "Enable on this site" and the switch of a site the user added', () => {
  it('moves focus from "Enable" to the switch that replaced it, and says the site is checked now', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    background(null, siteAnswers);
    await openPopup(root);
    const enable = buttonNamed(root, en('enableOnThisSite'))!;
    enable.focus();
    await act(() => enable.click());
    await settle();
    expect(siteSwitch()).not.toBeNull();
    expect(document.activeElement).toBe(siteSwitch());
    expect(status()).toBe(en('siteEnabled', HOST));
  });

  it('moves focus from the switch, turned off, to "Enable", and says the site is no longer checked (no reload: it applies at once)', async () => {
    await saveSettings({ extraSites: [HOST] });
    background(null, siteAnswers);
    await openPopup(root);
    const toggle = siteSwitch()!;
    toggle.focus();
    await act(() => toggle.click());
    await settle();
    expect(siteSwitch()).toBeNull();
    expect(document.activeElement).toBe(buttonNamed(root, en('enableOnThisSite')));
    expect(status()).toBe(en('siteRemoved', HOST));
  });

  it.each(['en', 'zh_CN'] as const)('%s: names a site the user added by its host, as added by them', async (lang) => {
    const t = translator(lang);
    await saveSettings({ extraSites: [HOST] });
    background(null, siteAnswers);
    await openPopup(root, lang);
    const header = root.querySelector('[data-testid="site-status"]')?.textContent;
    expect(header).toBe(`${HOST} · ${t('siteStatusAdded')}`);
    expect(header).not.toContain(t('siteStatusSupported'));
  });

  it('asks for the permission once when pressed again while the prompt is open', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockReturnValue(new Promise(() => {}));
    background(null, siteAnswers);
    await openPopup(root);
    await act(() => {
      const enable = buttonNamed(root, en('enableOnThisSite'))!;
      enable.click();
      enable.click();
    });
    await settle();
    expect(request).toHaveBeenCalledTimes(1);
    expect(buttonNamed(root, en('enablingSite'))?.getAttribute('aria-disabled')).toBe('true');
  });

  it('says in Chinese that the page refused ClaimCheck, takes the site off again, and shows no switch', async () => {
    const t = translator('zh_CN');
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const sent = background(null, {
      ...siteAnswers,
      enableSite: async () => {
        // The background saved the site, then the browser refused the scanner on this page.
        await saveSettings({ extraSites: [HOST] });
        throw new Error('Cannot access contents of the page.');
      },
    });
    await openPopup(root, 'zh_CN');
    await act(() => buttonNamed(root, t('enableOnThisSite'))!.click());
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(t('enableSiteFailed'));
    expect(siteSwitch()).toBeNull();
    expect(sent.map((m) => m.type)).toContain('disableSite');
  });
});

describe('PopupApp: the switch of a supported site', () => {
  beforeEach(() => showTab(TAB));
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

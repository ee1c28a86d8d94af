// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { translator } from '../../utils/i18n';
import { saveSettings } from '../../utils/store/settings';
import { background, buttonNamed, OTHER_SITE_TAB, openPopup, popupPage, settle } from './popup-harness';

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

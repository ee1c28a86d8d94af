// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { translator } from '../../utils/i18n';
import type { TabState } from '../../utils/schemas/messages';
import { background, buttonNamed, OTHER_SITE_TAB, openPopup, popupPage, settle, showTab, TAB } from './popup-harness';

const root = popupPage();

describe('PopupApp: a tab no scanner has reported for', () => {
  it.each(['en', 'zh_CN'] as const)('%s: says the page is not checked yet, not that it has no flagged accounts', async (lang) => {
    const t = translator(lang);
    background(null);
    await openPopup(root, lang);
    expect(root.textContent).toContain(t('popupNotChecked'));
    expect(root.textContent).not.toContain(t('popupNoFlags'));
  });

  it('still says "no flagged accounts" once the scanner reported a page with none', async () => {
    const t = translator('en');
    background({
      url: TAB.url,
      platform: 'weibo',
      scanned: 12,
      flagged: [],
      health: { adapter: 'weibo', layers: { class: 12 }, layoutChanged: false },
    } as TabState);
    await openPopup(root);
    expect(root.textContent).toContain(t('popupNoFlags'));
    expect(root.textContent).not.toContain(t('popupNotChecked'));
  });
});

describe('PopupApp: where the accounts were read from', () => {
  const stateWith = (layoutChanged: boolean) =>
    ({
      url: TAB.url,
      platform: 'weibo',
      scanned: 11,
      flagged: [],
      health: { adapter: 'weibo', layers: { class: 11, data: 11 }, layoutChanged },
    }) as TabState;

  const details = () => root.querySelector<HTMLElement>('#site-diagnostics')!;
  const toggle = () => root.querySelector<HTMLButtonElement>('[aria-controls="site-diagnostics"]')!;

  it.each(['en', 'zh_CN'] as const)('%s: is folded away under "Technical details", not beside the count', async (lang) => {
    const t = translator(lang);
    background(stateWith(false));
    await openPopup(root, lang);
    expect(details().hidden).toBe(true);
    expect(toggle().textContent).toBe(t('popupDiagnostics'));
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    await act(() => toggle().click());
    expect(details().hidden).toBe(false);
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(details().textContent).toBe(t('healthLayers', `${t('layer_class')} 11 · ${t('layer_data')} 11`));
  });

  it('is shown when the layout may have changed', async () => {
    background(stateWith(true));
    await openPopup(root);
    expect(details().hidden).toBe(false);
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
  });
});

describe('PopupApp: "Enable on this site"', () => {
  it.each([
    ['refused in the prompt', () => Promise.resolve(false)],
    [
      'refused by the browser (a pattern the manifest does not declare)',
      () => Promise.reject(new Error('Only permissions specified in the manifest may be requested')),
    ],
  ])('says so when the permission is %s, and enables nothing', async (_, request) => {
    const t = translator('en');
    showTab(OTHER_SITE_TAB);
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(request);
    const asked = background(null);
    await openPopup(root);
    await act(() => buttonNamed(root, t('enableOnThisSite'))!.click());
    await settle(20);
    expect(root.querySelector('[data-testid="site-notice"]')?.textContent).toBe(t('enableSiteRefused'));
    expect(asked.map((m) => m.type)).not.toContain('enableSite');
  });
});

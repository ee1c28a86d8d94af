// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { TranslateContext } from '../../components/i18n';
import { type Lang, translator } from '../../utils/i18n';
import type { SyncStatus, TabState } from '../../utils/schemas/messages';
import { loadSettings } from '../../utils/store/settings';
import { PopupApp } from './App';

const root = document.body.appendChild(document.createElement('div'));
const TAB = { id: 7, windowId: 1, url: 'https://weibo.com/u/1', index: 0, highlighted: false, incognito: false, pinned: false };
const SYNC: SyncStatus = { counts: { local: 0, pending: 0, synced: 0, rejected: 0 } };

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([TAB as Browser.tabs.Tab]);
});
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

/** The background's answers: `state` for the tab (null: no scanner has reported for it). */
function background(state: TabState | null) {
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { type } = message as { type: string };
    if (type === 'getTabState') return Promise.resolve({ ok: true, data: state });
    if (type === 'getSyncStatus') return Promise.resolve({ ok: true, data: SYNC });
    return Promise.resolve({ ok: false, error: `unexpected ${type}` });
  });
}

async function popupText(lang: Lang): Promise<string> {
  const settings = await loadSettings();
  await act(() =>
    render(
      <TranslateContext.Provider value={translator(lang)}>
        <PopupApp settings={settings} />
      </TranslateContext.Provider>,
      root,
    ),
  );
  // The popup asks the background for the tab's state, its draft and the sync status in turn.
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  return root.textContent ?? '';
}

describe('PopupApp: a tab no scanner has reported for', () => {
  it.each(['en', 'zh_CN'] as const)('%s: says the page is not checked yet, not that it has no flagged accounts', async (lang) => {
    const t = translator(lang);
    background(null);
    const text = await popupText(lang);
    expect(text).toContain(t('popupNotChecked'));
    expect(text).not.toContain(t('popupNoFlags'));
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
    const text = await popupText('en');
    expect(text).toContain(t('popupNoFlags'));
    expect(text).not.toContain(t('popupNotChecked'));
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
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...TAB, url: 'https://forum.example.org/t/1' } as Browser.tabs.Tab]);
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(request);
    const asked: string[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => void asked.push((message as { type: string }).type));
    background(null);
    await popupText('en');
    const enable = [...root.querySelectorAll('button')].find((b) => b.textContent === t('enableOnThisSite'))!;
    await act(() => enable.click());
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(root.querySelector('[data-testid="site-notice"]')?.textContent).toBe(t('enableSiteRefused'));
    expect(asked).not.toContain('enableSite');
  });
});

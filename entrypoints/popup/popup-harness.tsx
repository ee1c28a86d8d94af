import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { TranslateContext } from '../../components/i18n';
import { type Lang, translator } from '../../utils/i18n';
import type { FlaggedAccount, SyncStatus, TabState } from '../../utils/schemas/messages';
import { closeReportsDb } from '../../utils/store/db';
import { loadSettings } from '../../utils/store/settings';
import { PopupApp } from './App';

// For the popup's tests: its tab, the background's answers, and the popup mounted in a language.

export const TAB = {
  id: 7,
  windowId: 1,
  url: 'https://weibo.com/u/1',
  index: 0,
  highlighted: false,
  incognito: false,
  pinned: false,
};
export const OTHER_SITE_TAB = { ...TAB, url: 'https://forum.example.org/t/1' };
const SYNC: SyncStatus = { counts: { local: 0, pending: 0, synced: 0, rejected: 0 } };

export const IMPOSTOR: FlaggedAccount = {
  account: {
    platform: 'weibo',
    key: 'weibo:7910000001',
    displayName: '中国人民解放军火箭军司令部',
    verification: { kind: 'none', source: 'dom' },
  },
  flags: [
    {
      category: 'military',
      severity: 'high',
      score: 0.9,
      reasons: [{ code: 'military.command', field: 'displayName', match: '司令部', messageKey: 'claim.military' }],
    },
  ],
  rulesetVersion: 'test',
};

export const flaggedState = (flagged: FlaggedAccount[] = [IMPOSTOR]): TabState => ({
  url: TAB.url,
  platform: 'weibo',
  scanned: 3,
  flagged,
  health: { adapter: 'weibo', layers: { class: 3 }, layoutChanged: false },
});

export type Answer = (payload: unknown) => unknown;

/** "File report" as the background answers it when the store took the report: the report, kept locally. */
export const storedAsSent: Answer = (report) => ({ report, status: 'local', updatedAt: new Date().toISOString(), attempts: [] });

/**
 * The background: the tab's state and the sync status, and `answers` for the rest; an answer
 * returns the reply's data, or throws for an { ok: false } reply with its message. Returns the
 * messages sent, in order.
 */
export function background(
  state: TabState | null,
  answers: Record<string, Answer> = {},
  /** The rest, when given: the real background's dispatch, say. */
  through?: (message: unknown) => Promise<unknown>,
) {
  const sent: { type: string; payload: unknown }[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const { type, payload } = message as { type: string; payload: unknown };
    sent.push({ type, payload });
    if (type === 'getTabState') return { ok: true, data: state };
    if (type === 'getSyncStatus') return { ok: true, data: SYNC };
    const answer = answers[type];
    if (!answer) return through ? through(message) : { ok: false, error: `unexpected ${type}` };
    try {
      return { ok: true, data: await answer(payload) };
    } catch (err) {
      return { ok: false, error: (err as Error).message };
    }
  });
  return sent;
}

/** What the tab's content script answers; by default there is none. */
export interface TabScript {
  /** The post text the tab offers for a report's snippet (`postContext`). */
  postContext?: string;
}

/**
 * The popup's test page: the root it mounts in, and for each test a fresh fake browser showing
 * `tab` (and, with `store`, a fresh IndexedDB; with `script`, a content script answering in it);
 * after each, the popup unmounted and mocks undone.
 */
export function popupPage(
  tab: typeof TAB = TAB,
  { store = false, script }: { store?: boolean; script?: TabScript } = {},
): HTMLElement {
  const root = document.body.appendChild(document.createElement('div'));
  beforeEach(() => {
    fakeBrowser.reset();
    if (store) {
      closeReportsDb();
      globalThis.indexedDB = new IDBFactory();
    }
    showTab(tab, script);
  });
  afterEach(() => {
    render(null, root);
    vi.restoreAllMocks();
  });
  return root;
}

/** The active tab the popup is about (restored by vi.restoreAllMocks). */
export function showTab(tab: typeof TAB, script?: TabScript): void {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab as Browser.tabs.Tab]);
  // Without `script`, no content script in the tab: the post text a report offers is not there to ask for.
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, request: { type?: string }) => {
    if (script?.postContext !== undefined && request?.type === 'postContext') return { context: script.postContext };
    throw new Error('Receiving end does not exist.');
  }) as typeof fakeBrowser.tabs.sendMessage);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'ClaimCheck', version: '0.1.0' });
}

/** Mounts the popup and lets it ask the background for the tab's state, its draft and the sync status. */
export async function openPopup(root: HTMLElement, lang: Lang = 'en'): Promise<void> {
  const settings = await loadSettings();
  await act(() =>
    render(
      <TranslateContext.Provider value={translator(lang)}>
        <PopupApp settings={settings} />
      </TranslateContext.Provider>,
      root,
    ),
  );
  await settle();
}

export const settle = (ms = 50) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

export const buttonNamed = (root: HTMLElement, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text);

/** Types into a field as a user does: its value, then the input event Preact listens to. */
export async function type(field: HTMLTextAreaElement | HTMLInputElement, text: string): Promise<void> {
  await act(() => {
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

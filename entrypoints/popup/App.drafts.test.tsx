// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { translator } from '../../utils/i18n';
import { loadDraft, REPORT_TARGET, saveDraft } from '../../utils/report/draft';
import type { FlaggedAccount, TabState } from '../../utils/schemas/messages';
import { noteIn } from './filing-harness';
import {
  background,
  buttonNamed,
  flaggedState,
  IMPOSTOR,
  openPopup,
  popupPage,
  settle,
  showTab,
  TAB,
  type,
} from './popup-harness';

const root = popupPage(TAB, { store: true });
const t = translator('en');
const SECOND: FlaggedAccount = { ...IMPOSTOR, account: { ...IMPOSTOR.account, key: 'weibo:222', displayName: 'Second' } };
const NOTE = 'my long careful note';
const keptFor = (target: string) =>
  saveDraft(TAB.id, { target, reportId: crypto.randomUUID(), category: 'military', note: NOTE, snippet: '' });
const reportOn = (key: string) =>
  act(() => root.querySelector<HTMLButtonElement>(`[data-testid="flag-item"][data-key="${key}"] button.primary`)!.click());
const profileUrl = () => root.querySelector<HTMLInputElement>('#report-profile-url')?.value;

describe('PopupApp: a draft kept on the tab', () => {
  it('reopens once the page’s list names its account, when the popup opened before the page was checked', async () => {
    let state: TabState | null = null;
    // The background's answer follows `state`: the page's checker reports while the popup is open.
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      const { type } = message as { type: string };
      if (type === 'getTabState') return { ok: true, data: state };
      if (type === 'getSyncStatus') return { ok: true, data: { counts: { local: 0, pending: 0, synced: 0, rejected: 0 } } };
      return { ok: false, error: `unexpected ${type}` };
    });
    await keptFor(IMPOSTOR.account.key);
    await openPopup(root);
    expect(root.querySelector('form')).toBeNull();
    state = flaggedState();
    await vi.waitFor(() => expect(noteIn(root)?.value).toBe(NOTE), { timeout: 4000, interval: 100 });
    expect((await loadDraft(TAB.id, IMPOSTOR.account.key))?.note).toBe(NOTE);
  });

  it('is kept when the page asks for a report on another account, and reopens from its own Report button', async () => {
    background(flaggedState([IMPOSTOR, SECOND]));
    await keptFor(IMPOSTOR.account.key);
    await fakeBrowser.storage.session.set({ [REPORT_TARGET]: { tabId: TAB.id, key: SECOND.account.key, at: Date.now() } });
    await openPopup(root);
    expect(root.querySelector('h2')?.textContent).toContain('Second');
    expect(noteIn(root)?.value).toBe('');
    await act(() => buttonNamed(root, t('cancel'))!.click());
    await reportOn(IMPOSTOR.account.key);
    await settle();
    expect(noteIn(root)?.value).toBe(NOTE);
    expect(root.querySelector('[role="status"]')?.textContent).toBe(t('draftRestored'));
    expect((await loadDraft(TAB.id, IMPOSTOR.account.key))?.note).toBe(NOTE);
  });

  it('of "Report another account…" is kept when the page asks for a report on a listed one', async () => {
    background(flaggedState([IMPOSTOR, SECOND]));
    await saveDraft(TAB.id, {
      target: 'other',
      category: 'other',
      note: NOTE,
      snippet: '',
      profileUrl: 'https://weibo.com/u/99',
      name: 'x',
    });
    await fakeBrowser.storage.session.set({ [REPORT_TARGET]: { tabId: TAB.id, key: SECOND.account.key, at: Date.now() } });
    await openPopup(root);
    await act(() => buttonNamed(root, t('cancel'))!.click());
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="report-another"]')!.click());
    await settle();
    expect(noteIn(root)?.value).toBe(NOTE);
    expect(profileUrl()).toBe('https://weibo.com/u/99');
  });
});

describe('PopupApp: a draft that loads after its form opened', () => {
  it('does not overwrite what the user typed meanwhile: typed fields win, the draft’s others and its id come back', async () => {
    background(flaggedState([IMPOSTOR, SECOND]));
    const id = crypto.randomUUID();
    await saveDraft(TAB.id, {
      target: IMPOSTOR.account.key,
      reportId: id,
      category: 'military',
      note: NOTE,
      snippet: 'the post',
    });
    await fakeBrowser.storage.session.set({ [REPORT_TARGET]: { tabId: TAB.id, key: SECOND.account.key, at: Date.now() } });
    await openPopup(root);
    await act(() => buttonNamed(root, t('cancel'))!.click());
    // Session storage answers late (a busy browser): the draft lands after the user started typing.
    let answer!: () => void;
    const late = new Promise<void>((resolve) => (answer = resolve));
    const get = fakeBrowser.storage.session.get.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementation((async (keys: string) => {
      await late;
      return get(keys);
    }) as typeof get);
    await reportOn(IMPOSTOR.account.key);
    await type(noteIn(root)!, 'typed before the draft came');
    await act(() => answer());
    await settle();
    expect(noteIn(root)?.value).toBe('typed before the draft came');
    expect(root.querySelector<HTMLTextAreaElement>('#report-snippet')?.value).toBe('the post');
    expect(await loadDraft(TAB.id, IMPOSTOR.account.key)).toMatchObject({
      note: 'typed before the draft came',
      snippet: 'the post',
      reportId: id,
    });
  });
});

describe('PopupApp: "Report another account…" on a page with a long address', () => {
  it('does not offer an address too long to file as the profile address, and keeps the draft', async () => {
    showTab({ ...TAB, url: `https://weibo.com/u/1?q=${'x'.repeat(2100)}` });
    background(null);
    await openPopup(root);
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="report-another"]')!.click());
    await settle();
    expect(profileUrl()).toBe('');
    expect(await loadDraft(TAB.id)).toMatchObject({ target: 'other', profileUrl: '' });
  });
});

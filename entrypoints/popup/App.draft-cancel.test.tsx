// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { translator } from '../../utils/i18n';
import { loadDraft, REPORT_TARGET, saveDraft } from '../../utils/report/draft';
import type { FlaggedAccount } from '../../utils/schemas/messages';
import { getReport } from '../../utils/store/reports';
import { noteIn } from './filing-harness';
import { background, buttonNamed, flaggedState, IMPOSTOR, openPopup, popupPage, settle, TAB, type } from './popup-harness';

// The popup's "is this draft filed already?" lookup, made to answer late in a test (a busy
// IndexedDB); by default it answers as the store does.
vi.mock('../../utils/store/reports', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../utils/store/reports')>();
  return { ...real, getReport: vi.fn(real.getReport) };
});

const root = popupPage(TAB, { store: true });
const t = translator('en');
const SECOND: FlaggedAccount = { ...IMPOSTOR, account: { ...IMPOSTOR.account, key: 'weibo:222', displayName: 'Second' } };
const NOTE = 'my long careful note';
const reportOn = (key: string) =>
  act(() => root.querySelector<HTMLButtonElement>(`[data-testid="flag-item"][data-key="${key}"] button.primary`)!.click());
const cancel = () => act(() => buttonNamed(root, t('cancel'))!.click());

/** A written draft for IMPOSTOR, kept while the popup shows (and the user cancels) a form for SECOND. */
async function draftBesideAnotherForm() {
  background(flaggedState([IMPOSTOR, SECOND]));
  await saveDraft(TAB.id, {
    target: IMPOSTOR.account.key,
    reportId: crypto.randomUUID(),
    category: 'military',
    note: NOTE,
    snippet: '',
  });
  await fakeBrowser.storage.session.set({ [REPORT_TARGET]: { tabId: TAB.id, key: SECOND.account.key, at: Date.now() } });
  await openPopup(root);
  await cancel();
}

/** An answer held back: `opened` settles once the test calls `open`. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open: () => act(() => open()), opened };
}

/** The next "is this draft filed already?" lookup answers only once the test calls `open`. */
function filedCheckHeldBack() {
  const lookup = gate();
  const real = vi.mocked(getReport).getMockImplementation()!;
  vi.mocked(getReport).mockImplementationOnce(async (id) => {
    await lookup.opened;
    return real(id);
  });
  return lookup;
}

describe('PopupApp: a form cancelled before its kept draft was put into it', () => {
  it('leaves the draft when cancelled while the draft is checked as filed, and it reopens after', async () => {
    await draftBesideAnotherForm();
    const lookup = filedCheckHeldBack();
    await reportOn(IMPOSTOR.account.key);
    await cancel();
    await lookup.open();
    await settle();
    expect(root.querySelector('form')).toBeNull();
    expect((await loadDraft(TAB.id, IMPOSTOR.account.key))?.note).toBe(NOTE);
    await reportOn(IMPOSTOR.account.key);
    await settle();
    expect(noteIn(root)?.value).toBe(NOTE);
    // Shown this time, and cancelled: now it goes.
    await cancel();
    await settle();
    expect(await loadDraft(TAB.id, IMPOSTOR.account.key)).toBeNull();
  });

  it('leaves the draft when cancelled while the draft is being read', async () => {
    await draftBesideAnotherForm();
    const read = gate();
    const get = fakeBrowser.storage.session.get.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementationOnce((async (keys: string) => {
      await read.opened;
      return get(keys);
    }) as typeof get);
    await reportOn(IMPOSTOR.account.key);
    await cancel();
    await read.open();
    await settle();
    expect((await loadDraft(TAB.id, IMPOSTOR.account.key))?.note).toBe(NOTE);
  });

  it('leaves the draft when typed in and cancelled while the draft is checked as filed', async () => {
    await draftBesideAnotherForm();
    const lookup = filedCheckHeldBack();
    await reportOn(IMPOSTOR.account.key);
    // A keystroke while the draft is looked up is not saved over it: cancelling leaves it whole.
    await type(noteIn(root)!, 'x');
    await cancel();
    await lookup.open();
    await settle();
    expect((await loadDraft(TAB.id, IMPOSTOR.account.key))?.note).toBe(NOTE);
  });

  it('keeps what was typed during the lookup once it ends, over the draft', async () => {
    await draftBesideAnotherForm();
    const lookup = filedCheckHeldBack();
    await reportOn(IMPOSTOR.account.key);
    await type(noteIn(root)!, 'typed first');
    await lookup.open();
    await settle();
    expect(noteIn(root)?.value).toBe('typed first');
    expect((await loadDraft(TAB.id, IMPOSTOR.account.key))?.note).toBe('typed first');
  });
});

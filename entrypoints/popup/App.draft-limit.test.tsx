// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { type Lang, translator } from '../../utils/i18n';
import { DRAFTS_PER_TAB, loadDraft, REPORT_TARGET, saveDraft } from '../../utils/report/draft';
import type { FlaggedAccount } from '../../utils/schemas/messages';
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
const NOTE = 'my long careful note';
const account = (key: string, displayName: string): FlaggedAccount => ({
  ...IMPOSTOR,
  account: { ...IMPOSTOR.account, key, displayName },
});
// IMPOSTOR's draft is kept first: the oldest of the tab's, the one a fourth target's draft pushes out.
const WRITTEN = [IMPOSTOR, account('weibo:222', 'Second'), account('weibo:333', 'Third')];
const FOURTH = account('weibo:444', 'Fourth');
const warning = () => root.querySelector('p.warning[role="alert"]')?.textContent ?? '';
const snippetIn = () => root.querySelector<HTMLTextAreaElement>('#report-snippet');
const POST = 'the fourth account’s post';

/** The tab holds a written draft for each of three accounts; the page's "Report…" asks for a fourth. */
async function reportOnFourth(lang: Lang) {
  background(flaggedState([...WRITTEN, FOURTH]));
  for (const item of WRITTEN) {
    await saveDraft(TAB.id, {
      target: item.account.key,
      reportId: crypto.randomUUID(),
      category: 'military',
      note: NOTE,
      snippet: '',
    });
  }
  await fakeBrowser.storage.session.set({ [REPORT_TARGET]: { tabId: TAB.id, key: FOURTH.account.key, at: Date.now() } });
  await openPopup(root, lang);
}

describe(`PopupApp: a form for a fourth account while ${DRAFTS_PER_TAB} written drafts are kept`, () => {
  it('lets none go while it is blank: opening it (and cancelling) loses nothing', async () => {
    await reportOnFourth('en');
    expect(root.querySelector('h2')?.textContent).toContain('Fourth');
    expect(warning()).toBe('');
    await act(() => buttonNamed(root, translator('en')('cancel'))!.click());
    for (const item of WRITTEN) expect((await loadDraft(TAB.id, item.account.key))?.note, item.account.key).toBe(NOTE);
  });

  for (const lang of ['en', 'zh_CN'] as const) {
    it(`says whose draft was let go once the user writes in it (${lang})`, async () => {
      await reportOnFourth(lang);
      await type(noteIn(root)!, 'the fourth account’s note');
      await settle();
      expect(warning()).toBe(translator(lang)('draftDropped', DRAFTS_PER_TAB, IMPOSTOR.account.displayName));
      expect(await loadDraft(TAB.id, IMPOSTOR.account.key)).toBeNull();
      expect((await loadDraft(TAB.id, FOURTH.account.key))?.note).toBe('the fourth account’s note');
    });
  }

  it('keeps the account’s name in its draft, to name the draft by once the account has left the list', async () => {
    await reportOnFourth('en');
    await type(noteIn(root)!, 'the fourth account’s note');
    await settle();
    expect((await loadDraft(TAB.id, FOURTH.account.key))?.accountName).toBe('Fourth');
  });
});

describe('PopupApp: a fourth account’s form that the page fills with the post text', () => {
  it('lets no written draft go for the page’s text: only the user’s own input does', async () => {
    showTab(TAB, { postContext: POST });
    await reportOnFourth('en');
    expect(snippetIn()?.value).toBe(POST);
    expect(warning()).toBe('');
    expect((await loadDraft(TAB.id, FOURTH.account.key))?.snippet).toBe(POST);
    await act(() => buttonNamed(root, translator('en')('cancel'))!.click());
    for (const item of WRITTEN) expect((await loadDraft(TAB.id, item.account.key))?.note, item.account.key).toBe(NOTE);
  });

  it('counts the snippet once the user edits it', async () => {
    showTab(TAB, { postContext: POST });
    await reportOnFourth('en');
    await type(snippetIn()!, `${POST}, and what it hid`);
    await settle();
    expect(warning()).toBe(translator('en')('draftDropped', DRAFTS_PER_TAB, IMPOSTOR.account.displayName));
  });

  it('still counts the page’s text as no input in a draft reopened with it', async () => {
    showTab(TAB, { postContext: POST });
    await reportOnFourth('en');
    await act(() => buttonNamed(root, translator('en')('cancel'))!.click());
    // As a popup closed with the fourth form open leaves it: the page's text only, which then reopens.
    await saveDraft(TAB.id, { target: FOURTH.account.key, category: 'military', note: '', snippet: POST, pageSnippet: POST });
    await act(() => root.querySelector<HTMLButtonElement>(`[data-key="${FOURTH.account.key}"] button.primary`)!.click());
    await settle();
    expect(snippetIn()?.value).toBe(POST);
    expect(warning()).toBe('');
    for (const item of WRITTEN) expect((await loadDraft(TAB.id, item.account.key))?.note, item.account.key).toBe(NOTE);
  });
});

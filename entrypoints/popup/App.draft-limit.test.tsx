// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { type Lang, translator } from '../../utils/i18n';
import { DRAFTS_PER_TAB, loadDraft, REPORT_TARGET, saveDraft } from '../../utils/report/draft';
import type { FlaggedAccount } from '../../utils/schemas/messages';
import { noteIn } from './filing-harness';
import { background, buttonNamed, flaggedState, IMPOSTOR, openPopup, popupPage, settle, TAB, type } from './popup-harness';

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
});

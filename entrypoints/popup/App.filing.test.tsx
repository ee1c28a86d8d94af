// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { type Lang, translator } from '../../utils/i18n';
import { loadDraft, saveDraft } from '../../utils/report/draft';
import { addReport, listReports } from '../../utils/store/reports';
import {
  filed,
  fileThenClose as fileThenCloseIn,
  neverAnswers,
  noteIn,
  realBackground,
  reportWithNote as reportWithNoteIn,
  storesThenHangs,
} from './filing-harness';
import {
  type Answer,
  background,
  buttonNamed,
  flaggedState,
  IMPOSTOR,
  openPopup,
  popupPage,
  settle,
  storedAsSent,
  TAB,
  type,
} from './popup-harness';

const root = popupPage(TAB, { store: true });
const note = () => noteIn(root);
const reportWithNote = (text: string) => reportWithNoteIn(root, text);
const fileThenClose = (text: string, answer: Answer, lang?: Lang) => fileThenCloseIn(root, text, answer, lang);

describe('PopupApp: a report filed while the popup closes', () => {
  it('is filed again under the same id from its restored draft, so the store holds it once', async () => {
    const first = await fileThenClose('half-way', neverAnswers);

    const second = realBackground();
    await openPopup(root);
    expect(note()?.value).toBe('half-way');
    await act(() => buttonNamed(root, 'File report')!.click());
    await settle();
    // The first request lands after all.
    await addReport(filed(first)[0]!, false);

    expect(filed(second)[0]!.id).toBe(filed(first)[0]!.id);
    expect((await listReports()).map((r) => r.report.note)).toEqual(['half-way']);
  });

  it('is not offered again once stored: the draft goes, and the popup says it was filed, in Chinese', async () => {
    const t = translator('zh_CN');
    await fileThenClose('已经提交', storesThenHangs, 'zh_CN');

    background(flaggedState());
    await openPopup(root, 'zh_CN');
    expect(root.querySelector('form')).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toBe(t('draftAlreadyFiled'));
    expect(await loadDraft(TAB.id)).toBeNull();
    expect(await listReports()).toHaveLength(1);
  });

  it('keeps edits made after reopening when the earlier version was stored meanwhile, and files them only as a new report', async () => {
    const first = await fileThenClose('half-way', neverAnswers);

    const second = realBackground();
    await openPopup(root);
    await type(note()!, 'half-way, and more');
    // The first request lands before the user files the edited form.
    await addReport(filed(first)[0]!, false);
    await act(() => buttonNamed(root, 'File report')!.click());
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(translator('en')('reportFiledEarlier'));
    expect(note()?.value).toBe('half-way, and more');
    expect((await listReports()).map((r) => r.report.note)).toEqual(['half-way']);
    const draft = await loadDraft(TAB.id);
    expect(draft?.note).toBe('half-way, and more');
    expect(draft?.reportId).not.toBe(filed(first)[0]!.id);

    await act(() => buttonNamed(root, 'File report')!.click());
    await settle();
    expect(root.querySelector('form')).toBeNull();
    expect(filed(second).at(-1)!.id).toBe(draft?.reportId);
    expect((await listReports()).map((r) => r.report.note).sort()).toEqual(['half-way', 'half-way, and more']);
  });

  it('keeps a draft and offers the post text when the page asks for a report after its old draft was filed', async () => {
    await fileThenClose('filed before', storesThenHangs);

    // The page's "Report…" on the same account: the background leaves its key for the popup.
    await fakeBrowser.storage.session.set({ reportTarget: { tabId: TAB.id, key: IMPOSTOR.account.key, at: Date.now() } });
    vi.mocked(fakeBrowser.tabs.sendMessage).mockResolvedValue({ context: 'the post above the name' });
    background(flaggedState());
    await openPopup(root);
    expect(root.querySelector('form')).not.toBeNull();
    expect(root.querySelector<HTMLTextAreaElement>('#report-snippet')?.value).toBe('the post above the name');
    const draft = await loadDraft(TAB.id);
    expect(draft).toMatchObject({ target: IMPOSTOR.account.key, note: '', snippet: 'the post above the name' });
    expect((await listReports()).map((r) => r.report.id)).not.toContain(draft?.reportId);
  });

  it('gives a draft kept before drafts had an id one, and files it under that id', async () => {
    await saveDraft(TAB.id, { target: IMPOSTOR.account.key, category: 'military', note: 'from an older version', snippet: '' });
    const sent = realBackground();
    await openPopup(root);
    expect(note()?.value).toBe('from an older version');
    const kept = (await loadDraft(TAB.id))?.reportId;
    expect(kept).toMatch(/^[0-9a-f-]{36}$/);
    await act(() => buttonNamed(root, 'File report')!.click());
    await settle();
    expect(filed(sent).map((r) => r.id)).toEqual([kept]);
  });

  it('sends one report when "File report" is pressed twice at once', async () => {
    const sent = background(flaggedState(), { fileReport: storedAsSent });
    await openPopup(root);
    await reportWithNote('twice');
    await act(() => {
      const file = buttonNamed(root, 'File report')!;
      file.click();
      file.click();
    });
    await settle();
    expect(filed(sent)).toHaveLength(1);
  });
});

describe('PopupApp: a full disk', () => {
  it('says so in Chinese, with no "fileReport failed" or marker, and keeps the draft', async () => {
    const t = translator('zh_CN');
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'reports') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    realBackground();
    await openPopup(root, 'zh_CN');
    await reportWithNote('磁盘满了也不能丢');
    await act(() => buttonNamed(root, t('fileReport'))!.click());
    await settle();
    const alert = root.querySelector('form [role="alert"]')?.textContent;
    expect(alert).toBe(t('storageFull'));
    expect(root.textContent).not.toMatch(/fileReport failed|storage-full|quota/i);
    expect((await loadDraft(TAB.id))?.note).toBe('磁盘满了也不能丢');
    expect(note()?.value).toBe('磁盘满了也不能丢');
  });
});

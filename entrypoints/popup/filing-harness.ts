import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { type Lang, translator } from '../../utils/i18n';
import { dispatchMessage } from '../../utils/messaging';
import type { TabState } from '../../utils/schemas/messages';
import type { Report } from '../../utils/schemas/report';
import { addReport } from '../../utils/store/reports';
import { TabStates } from '../../utils/tabs/tab-states';
import { createHandlers } from '../background/handlers';
import { type Answer, background, buttonNamed, flaggedState, openPopup, settle, type } from './popup-harness';

// For the tests of a report filed across two popups: the real background, and the popup closed mid-filing.

const SYNC = { counts: { local: 0, pending: 0, synced: 0, rejected: 0 } };
const FROM_POPUP = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/popup.html' };

/** The background as it runs: every message through dispatchMessage and the real handlers (fake-indexeddb). */
export function realBackground(state: TabState = flaggedState()) {
  const handlers = createHandlers(new TabStates(), { syncNow: async () => SYNC, status: async () => SYNC, reportFiled() {} });
  return background(state, {}, (message) => dispatchMessage(handlers, message, FROM_POPUP, () => {}));
}

/** The popup closes (the user clicked the page): nothing of it is left but the draft. */
export function closePopup(root: HTMLElement): void {
  render(null, root);
  fakeBrowser.runtime.onMessage.removeAllListeners();
}

export const filed = (sent: { type: string; payload: unknown }[]) =>
  sent.filter((m) => m.type === 'fileReport').map((m) => m.payload as Report);

export const noteIn = (root: HTMLElement) => root.querySelector<HTMLTextAreaElement>('#report-note');

export async function reportWithNote(root: HTMLElement, text: string): Promise<void> {
  await act(() => root.querySelector<HTMLButtonElement>('[data-testid="flag-item"] button.primary')!.click());
  await type(noteIn(root)!, text);
}

/** The background never answers "File report": a worker woken from sleep, slower than the popup. */
export const neverAnswers: Answer = () => new Promise(() => {});
/** The background stores the report, but the popup is gone before the reply. */
export const storesThenHangs: Answer = async (report) => {
  await addReport(report as Report, false);
  return new Promise(() => {});
};

/** Files a report with `text` as its note, answered by `fileReport`, and closes the popup before the reply. */
export async function fileThenClose(root: HTMLElement, text: string, fileReport: Answer, lang: Lang = 'en') {
  const sent = background(flaggedState(), { fileReport });
  await openPopup(root, lang);
  await reportWithNote(root, text);
  await act(() => buttonNamed(root, translator(lang)('fileReport'))!.click());
  await settle();
  closePopup(root);
  return sent;
}

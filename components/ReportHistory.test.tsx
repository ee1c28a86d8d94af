// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { translator } from '../utils/i18n';
import { importReports, loadAllReports } from '../utils/store/history-queries';
import { freshHistoryStore, HistoryPage as Page, historyRecord as rec, t } from './report-history-test-page';

const root = document.body.appendChild(document.createElement('div'));

beforeEach(freshHistoryStore);
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;
const checkbox = (name: string) => root.querySelector<HTMLInputElement>(`input[aria-label="${t('selectReport', name)}"]`)!;

async function deleteSelected(name: string) {
  await act(() => checkbox(name).click());
  await act(() => button(t('deleteSelected', 1)).click());
  await act(() => button(t('deleteConfirm')).click());
  await settle();
}

describe('ReportHistory', () => {
  it('undoes two deletes made within the undo time, not only the second', async () => {
    await importReports([rec('Alpha', 1), rec('Beta', 2), rec('Gamma', 3)]);
    await act(() => render(<Page />, root));
    await settle();
    await deleteSelected('Alpha');
    await deleteSelected('Beta');
    expect((await loadAllReports()).map((r) => r.report.account.displayName)).toEqual(['Gamma']);
    expect(root.querySelector('[data-testid="undo-bar"]')?.textContent).toContain('2');
    await act(() => button(t('undo')).click());
    await settle();
    expect((await loadAllReports()).map((r) => r.report.account.displayName).sort()).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('forgets the selection when a filter changes, so "Delete selected" never deletes rows it hides', async () => {
    await importReports([rec('Alpha', 1), rec('Beta', 2)]);
    await act(() => render(<Page />, root));
    await settle();
    await act(() => checkbox('Alpha').click());
    expect(button(t('deleteSelected', 1)).disabled).toBe(false);
    const search = root.querySelector<HTMLInputElement>('#filter-text')!;
    await act(() => {
      search.value = 'Beta';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(button(t('deleteSelected', 0)).disabled).toBe(true);
  });
});

describe('ReportHistory: retry from the details', () => {
  it('says, inside the dialog, that sync sends nothing now instead of claiming the report went out', async () => {
    fakeBrowser.runtime.onMessage.addListener(() =>
      Promise.resolve({
        ok: true,
        data: { counts: { local: 0, pending: 1, synced: 0, rejected: 0 }, blockedReason: 'noHostPermission' },
      }),
    );
    await importReports([{ ...rec('Alpha', 1), status: 'rejected' }]);
    await act(() => render(<Page syncEnabled />, root));
    await settle();
    await act(() => root.querySelector<HTMLButtonElement>(`button[aria-label="${t('detailsFor', 'Alpha')}"]`)!.click());
    await act(() => button(t('retryNow')).click());
    // The store write, then the status message: a fixed wait was too short on a loaded machine.
    await vi.waitFor(() =>
      expect(root.querySelector('dialog [data-testid="detail-notice"]')?.textContent).toBe(
        t('retryBlocked', t('syncBlocked_noHostPermission')),
      ),
    );
    expect((await loadAllReports())[0]?.status).toBe('pending');
    // The Language field applies at once: the notice is worded again, not left in English.
    await act(() => render(<Page syncEnabled lang="zh_CN" />, root));
    const zh = translator('zh_CN');
    expect(root.querySelector('dialog [data-testid="detail-notice"]')?.textContent).toBe(
      zh('retryBlocked', zh('syncBlocked_noHostPermission')),
    );
  });

  it('words a failed retry as the reader can act on it: a reload after an update, the background’s words without their code', async () => {
    const zh = translator('zh_CN');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    send.mockResolvedValueOnce({ ok: false, error: '[sync-lock] another pass is running' });
    await importReports([{ ...rec('Alpha', 1), status: 'rejected' }]);
    await act(() => render(<Page syncEnabled lang="zh_CN" />, root));
    await settle();
    await act(() => root.querySelector<HTMLButtonElement>(`button[aria-label="${zh('detailsFor', 'Alpha')}"]`)!.click());
    const notice = () => root.querySelector('dialog [data-testid="detail-notice"]')?.textContent;
    await act(() => button(zh('retryNow')).click());
    await vi.waitFor(() => expect(notice()).toBe(zh('extensionReloaded')));
    await act(() => button(zh('retryNow')).click());
    await vi.waitFor(() => expect(notice()).toBe(zh('retryFailed', 'another pass is running')));
  });
});

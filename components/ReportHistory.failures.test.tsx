// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../utils/i18n';
import { importReports, loadAllReports } from '../utils/store/history-queries';
import { failWrites } from './options/testing/full-disk';
import { freshHistoryStore, HistoryPage as Page, historyRecord as rec } from './report-history-test-page';

const root = document.body.appendChild(document.createElement('div'));
const zh = translator('zh_CN');
let freeDisk = () => {};

beforeEach(freshHistoryStore);
afterEach(() => {
  freeDisk();
  render(null, root);
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;
const names = async () => (await loadAllReports()).map((r) => r.report.account.displayName).sort();
const alerts = () => [...root.querySelectorAll('[role="alert"]')].map((a) => a.textContent);

async function deleteOne(name: string) {
  await act(() => root.querySelector<HTMLInputElement>(`input[aria-label="${zh('selectReport', name)}"]`)!.click());
  await act(() => button(zh('deleteSelected', 1)).click());
  await act(() => button(zh('deleteConfirm')).click());
  await settle();
}

describe('ReportHistory: a delete or an undo that fails', () => {
  it('keeps the undo bar and its records when Undo cannot write (full disk), says so in Chinese, and Undo works again', async () => {
    await importReports([rec('Alpha', 1), rec('Beta', 2)]);
    await act(() => render(<Page lang="zh_CN" />, root));
    await settle();
    await deleteOne('Alpha');
    expect(await names()).toEqual(['Beta']);

    freeDisk = failWrites('add');
    await act(() => button(zh('undo')).click());
    await settle();
    expect(alerts()).toEqual([zh('undoFailed', zh('storageFull'))]);
    expect(alerts()[0]).toMatch(/磁盘空间不足/);
    expect(root.querySelector('[data-testid="undo-bar"]')?.textContent).toContain(zh('deletedCount_one', 1));

    // Space freed: the same bar puts the report back, and the alert goes.
    freeDisk();
    await act(() => button(zh('undo')).click());
    await settle();
    expect(await names()).toEqual(['Alpha', 'Beta']);
    expect(root.querySelector('[data-testid="undo-bar"]')).toBeNull();
    expect(alerts()).toEqual([]);
  });

  it('says a delete failed instead of closing the dialog on nothing, and keeps the rows and the selection', async () => {
    await importReports([rec('Alpha', 1), rec('Beta', 2)]);
    await act(() => render(<Page lang="zh_CN" />, root));
    await settle();
    freeDisk = failWrites('delete', new DOMException('The database connection is closing.', 'InvalidStateError'));
    await deleteOne('Alpha');
    expect(alerts()).toEqual([zh('deleteFailed', 'The database connection is closing.')]);
    expect(await names()).toEqual(['Alpha', 'Beta']);
    expect(root.querySelectorAll('[data-testid="history-row"]')).toHaveLength(2);
    expect(root.querySelector('[data-testid="undo-bar"]')).toBeNull();
    expect(button(zh('deleteSelected', 1)).disabled).toBe(false);
  });

  it('words a full disk on delete with the catalogued advice, not the browser’s English', async () => {
    await importReports([rec('Alpha', 1)]);
    await act(() => render(<Page lang="zh_CN" />, root));
    await settle();
    freeDisk = failWrites('delete');
    await deleteOne('Alpha');
    expect(alerts()).toEqual([zh('storageFull')]);
  });
});

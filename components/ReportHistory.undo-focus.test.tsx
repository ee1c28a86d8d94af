// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importReports, loadAllReports } from '../utils/store/history-queries';
import { UNDO_MS } from './ReportHistory';
import { freshHistoryStore, HistoryPage, historyRecord as rec, t } from './report-history-test-page';

const root = document.body.appendChild(document.createElement('div'));
/**
 * How long the page's reload takes: a long history takes longer to read than a frame. With
 * fake-indexeddb's near-instant reload the row is gone before the bar's first effect runs (after
 * paint), and the old mount-only focus check passed too.
 */
const RELOAD_MS = 300;
const Page = () => <HistoryPage reloadMs={RELOAD_MS} />;

beforeEach(freshHistoryStore);
afterEach(() => render(null, root));

const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;
/** A keyboard user's Enter on a button: it has focus, then it is activated. */
const press = (b: HTMLButtonElement) =>
  act(() => {
    b.focus();
    b.click();
  });

describe('ReportHistory: keyboard focus after a delete from the details dialog', () => {
  it('moves to Undo when the reload removes the row whose Details button focus went back to', async () => {
    await importReports([rec('Alpha', 1), rec('Beta', 2)]);
    await act(() => render(<Page />, root));
    await wait(RELOAD_MS + 50);
    const details = root.querySelector<HTMLButtonElement>(`button[aria-label="${t('detailsFor', 'Alpha')}"]`)!;
    await press(details);
    await press(button(t('deleteReport')));
    await press(button(t('deleteConfirm')));

    // The dialogs closed and gave focus back to the row's Details button; the bar shows before
    // the reload, so it must not take focus yet (the row is still there).
    await vi.waitFor(() => expect(root.querySelector('[data-testid="undo-bar"]')).not.toBeNull());
    await wait(60); // the bar's effects run after paint (Preact: a frame, at most 35 ms)
    expect(document.activeElement).toBe(details);
    expect(details.isConnected).toBe(true);

    // The reload removes the row: focus would fall to the document; the undo bar takes it.
    await wait(RELOAD_MS + 100);
    expect(details.isConnected).toBe(false);
    expect((await loadAllReports()).map((r) => r.report.account.displayName)).toEqual(['Beta']);
    const undo = button(t('undo'));
    expect(document.activeElement).toBe(undo);

    // And from there one Enter brings the report back, and focus to its row's Details button
    // (the Undo button goes with the bar; focus must not fall to the document).
    await press(undo);
    await wait(RELOAD_MS + 100);
    expect((await loadAllReports()).map((r) => r.report.account.displayName).sort()).toEqual(['Alpha', 'Beta']);
    expect(root.querySelector('[data-testid="undo-bar"]')).toBeNull();
    expect(document.activeElement?.getAttribute('aria-label')).toBe(t('detailsFor', 'Alpha'));
  });
});

describe('ReportHistory: keyboard focus when the undo bar times out', () => {
  afterEach(() => vi.useRealTimers());

  it('goes to the history heading, not the document, when the bar leaves with focus in it', async () => {
    await importReports([rec('Alpha', 1), rec('Beta', 2)]);
    await act(() => render(<HistoryPage />, root));
    await wait(50);
    await press(root.querySelector<HTMLButtonElement>(`input[aria-label="${t('selectReport', 'Alpha')}"]`) as never);
    await press(button(t('deleteSelected', 1)));
    // Only the undo timer is faked: IndexedDB and Preact's frames keep their own clocks.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await press(button(t('deleteConfirm')));
    // A keyboard user moves to Undo and waits too long.
    await vi.waitFor(() => expect(root.querySelector('[data-testid="undo-bar"]')).not.toBeNull());
    button(t('undo')).focus();
    const focusCalls = vi.spyOn(HTMLElement.prototype, 'focus');
    await act(() => {
      vi.advanceTimersByTime(UNDO_MS + 10);
    });
    vi.useRealTimers();
    await wait(60);
    expect(root.querySelector('[data-testid="undo-bar"]')).toBeNull();
    expect(document.activeElement).toBe(root.querySelector('#history-title'));
    // Without scrolling: a user who read on further down the page is not pulled back up.
    expect(focusCalls.mock.calls.at(-1)).toEqual([{ preventScroll: true }]);
    focusCalls.mockRestore();
  });

  it('announces the delete through a status line that was on the page before it', async () => {
    await importReports([rec('Alpha', 1)]);
    await act(() => render(<HistoryPage />, root));
    await wait(50);
    const status = root.querySelector('[data-testid="undo-status"]');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.textContent).toBe('');
    await press(root.querySelector<HTMLButtonElement>(`input[aria-label="${t('selectReport', 'Alpha')}"]`) as never);
    await press(button(t('deleteSelected', 1)));
    await press(button(t('deleteConfirm')));
    await wait(60);
    expect(root.querySelector('[data-testid="undo-status"]')).toBe(status);
    expect(status?.textContent).toBe(t('deletedCount_one', 1));
  });
});

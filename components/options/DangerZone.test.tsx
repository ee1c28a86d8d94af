// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { type Lang, translator } from '../../utils/i18n';
import { importReports, loadAllReports } from '../../utils/store/history-queries';
import { TranslateContext } from '../i18n';
import { freshHistoryStore, HistoryPage, historyRecord } from '../report-history-test-page';
import { DangerZone } from './DangerZone';
import { failWrites } from './testing/full-disk';

const root = document.body.appendChild(document.createElement('div'));
let freeDisk = () => {};
const onCleared = vi.fn();
beforeEach(() => {
  freshHistoryStore();
  onCleared.mockClear();
});
afterEach(() => {
  vi.restoreAllMocks();
  freeDisk();
  render(null, root);
});

const mount = (lang: Lang) =>
  act(() =>
    render(
      <TranslateContext.Provider value={translator(lang)}>
        <DangerZone onCleared={onCleared} />
      </TranslateContext.Provider>,
      root,
    ),
  );
const button = (label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === label)!;
const status = () => root.querySelector('[aria-live="polite"]')?.textContent;

async function deleteAll(lang: Lang) {
  const t = translator(lang);
  await act(() => button(t('deleteAll')).click());
  await act(() => button(t('deleteAllConfirm')).click());
}

describe('DangerZone', () => {
  it('says it is deleting, and cannot be started again meanwhile', async () => {
    await importReports([historyRecord('Alpha', 1)]);
    await mount('en');
    await deleteAll('en');
    expect(status()).toBe('Deleting…');
    expect(button('Delete all local data').getAttribute('aria-disabled')).toBe('true');
    await act(() => button('Delete all local data').click());
    expect(root.querySelector('dialog')).toBeNull();
    await vi.waitFor(() => expect(status()).toBe('All local data deleted.'));
    expect(await loadAllReports()).toEqual([]);
  });

  it('says a failed delete failed (not "could not save"), with the full-disk advice when that is why', async () => {
    await importReports([historyRecord('Alpha', 1)]);
    await mount('zh_CN');
    freeDisk = failWrites('clear', new DOMException('The database connection is closing.', 'InvalidStateError'));
    await deleteAll('zh_CN');
    const zh = translator('zh_CN');
    await vi.waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toBe(
        zh('deleteAllFailed', 'The database connection is closing.'),
      ),
    );
    expect(root.querySelector('[role="alert"]')?.textContent).not.toBe(zh('saveFailed', 'The database connection is closing.'));
    expect(onCleared).not.toHaveBeenCalled();

    freeDisk();
    freeDisk = failWrites('clear');
    await deleteAll('zh_CN');
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe(zh('storageFull')));
    expect(await loadAllReports()).toHaveLength(1);
  });

  it('tells the reader to reload the page when the extension was updated under it, not the browser’s English', async () => {
    await mount('zh_CN');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Extension context invalidated.'));
    await deleteAll('zh_CN');
    const zh = translator('zh_CN');
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe(zh('extensionReloaded')));
    expect(onCleared).not.toHaveBeenCalled();
  });

  it('words its result in the page’s language of the moment: resetting the settings can switch it', async () => {
    await mount('zh_CN');
    await deleteAll('zh_CN');
    await vi.waitFor(() => expect(status()).toBe('本机数据已全部删除。'));
    await mount('en');
    expect(status()).toBe('All local data deleted.');
  });

  it('takes the options page’s Undo away with "Delete all": a delete just before it stays deleted', async () => {
    const t = translator('en');
    await importReports([historyRecord('Alpha', 1), historyRecord('Beta', 2)]);
    await act(() =>
      render(
        <TranslateContext.Provider value={t}>
          <HistoryPage />
          <DangerZone onCleared={onCleared} />
        </TranslateContext.Provider>,
        root,
      ),
    );
    await vi.waitFor(() => expect(root.querySelectorAll('tr[data-report-id]')).toHaveLength(2));
    await act(() => root.querySelector<HTMLInputElement>(`input[aria-label="${t('selectReport', 'Alpha')}"]`)!.click());
    await act(() => button(t('deleteSelected', 1)).click());
    await act(() => button(t('deleteConfirm')).click());
    await vi.waitFor(() => expect(root.querySelector('[data-testid="undo-bar"]')).not.toBeNull());
    await deleteAll('en');
    await vi.waitFor(() => expect(onCleared).toHaveBeenCalled());
    // The Undo bar goes with the wipe (history-queries.test holds restoreReports to it too).
    await vi.waitFor(() => expect(root.querySelector('[data-testid="undo-bar"]')).toBeNull());
    expect(button(t('undo'))).toBeUndefined();
    expect(await loadAllReports()).toEqual([]);
  });
});

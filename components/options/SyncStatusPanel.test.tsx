// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../utils/i18n';
import { NewerDatabaseError } from '../../utils/store/db-compat';
import { TranslateContext } from '../i18n';
import { SyncStatusPanel } from './SyncStatusPanel';

// The background's failures reach the page as MessageError text in English (messaging/index.ts).
const background = vi.hoisted(() => ({
  fail: {} as Record<string, string>,
  answer: undefined as unknown,
  /** Never answers (a busy background), so the page shows what it knows before the answer. */
  silent: false,
  asked: [] as string[],
}));
vi.mock('../../utils/messaging', () => ({
  sendMessage: async (type: string) => {
    background.asked.push(type);
    if (background.silent) return new Promise(() => {});
    if (background.answer && !background.fail[type]) return background.answer;
    throw new Error(background.fail[type] ?? `no reply to ${type}`);
  },
}));

let root: HTMLElement | undefined;
afterEach(() => {
  background.answer = undefined;
  background.silent = false;
  background.asked = [];
  vi.useRealTimers();
  if (root) render(null, root);
  root?.remove();
});

function renderPanel(ready = true): () => string {
  root = document.body.appendChild(document.createElement('div'));
  render(
    <TranslateContext.Provider value={translator('zh_CN')}>
      <SyncStatusPanel ready={ready} onSynced={() => {}} />
    </TranslateContext.Provider>,
    root,
  );
  return () => root?.querySelector('[role="alert"]')?.textContent ?? '';
}

describe('the sync panel when the background fails, in the Chinese options page', () => {
  it('says in Chinese that the status could not be read; the English detail comes after', async () => {
    background.fail = { getSyncStatus: 'getSyncStatus failed: database closed' };
    const alert = renderPanel();
    await vi.waitFor(() => expect(alert()).not.toBe(''));
    expect(alert()).toBe('无法获取同步状态：getSyncStatus failed: database closed');
  });

  it('says in Chinese that "Sync now" failed', async () => {
    background.fail = { getSyncStatus: 'no reply to getSyncStatus', syncNow: 'no reply to syncNow' };
    const alert = renderPanel();
    await vi.waitFor(() => expect(alert()).not.toBe(''));
    root?.querySelector('button')?.click();
    await vi.waitFor(() => expect(alert()).toBe('无法立即同步：no reply to syncNow'));
  });

  it('words a store made by a newer version in Chinese alone, not in the background’s two languages', async () => {
    background.fail = { getSyncStatus: new NewerDatabaseError(5, 3, ['reports.byRev']).message };
    const alert = renderPanel();
    await vi.waitFor(() => expect(alert()).toBe(translator('zh_CN')('newerDatabase')));
  });

  it('says to reload the page when the background went away before "Sync now" was answered', async () => {
    background.fail = {
      getSyncStatus: 'no reply to getSyncStatus',
      syncNow: 'The message port closed before a response was received.',
    };
    const alert = renderPanel();
    await vi.waitFor(() => expect(alert()).not.toBe(''));
    root?.querySelector('button')?.click();
    await vi.waitFor(() => expect(alert()).toBe('此页面打开期间，ClaimCheck 已更新或重新启动。请刷新页面后再试。'));
  });

  it('takes the status error away once the status reads again', async () => {
    vi.useFakeTimers({ toFake: ['setInterval'] });
    background.fail = { getSyncStatus: 'no reply to getSyncStatus' };
    const alert = renderPanel();
    await vi.waitFor(() => expect(alert()).toBe('无法获取同步状态：no reply to getSyncStatus'));
    background.fail = {};
    background.answer = { counts: { local: 1, pending: 0, synced: 2, rejected: 0 } };
    await vi.advanceTimersByTimeAsync(5000);
    await vi.waitFor(() => expect(root?.querySelector('[data-testid="sync-counts"]')).not.toBeNull());
    expect(alert()).toBe('');
  });
});

describe('the sync panel before and while it knows', () => {
  const zh = translator('zh_CN');
  const lastSync = () => root?.querySelector('#sync-status p[aria-live]')?.textContent ?? '';
  const COUNTS = { local: 12345, pending: 0, synced: 2, rejected: 0 };

  it('does not say "Not synced yet" before the background has answered', async () => {
    background.silent = true;
    renderPanel();
    await vi.waitFor(() => expect(background.asked).toContain('getSyncStatus'));
    expect(lastSync()).toBe(zh('syncStatusLoading'));
    expect(lastSync()).not.toBe(zh('lastSyncNever'));
  });

  it('says "Not synced yet" once the background says no run was made, and groups the counts', async () => {
    background.answer = { counts: COUNTS };
    renderPanel();
    const counts = () => root?.querySelector('[data-testid="sync-counts"]')?.textContent ?? '';
    await vi.waitFor(() => expect(counts()).not.toBe(''));
    expect(lastSync()).toBe(zh('lastSyncNever'));
    expect(counts()).toContain('12,345');
  });

  it('asks anyway when the history never finishes loading (its read failed)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] });
    background.answer = { counts: COUNTS };
    renderPanel(false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(background.asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(5000);
    await vi.waitFor(() => expect(root?.querySelector('[data-testid="sync-counts"]')).not.toBeNull());
  });

  it('syncs once when "Sync now" is pressed twice in a row', async () => {
    background.answer = { counts: COUNTS };
    renderPanel();
    await vi.waitFor(() => expect(lastSync()).toBe(zh('lastSyncNever')));
    const button = root!.querySelector('button')!;
    button.click();
    button.click();
    await vi.waitFor(() => expect(background.asked).toContain('syncNow'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(background.asked.filter((type) => type === 'syncNow')).toHaveLength(1);
  });
});

// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../utils/i18n';
import { TranslateContext } from '../i18n';
import { SyncStatusPanel } from './SyncStatusPanel';

// The background's failures reach the page as MessageError text in English (messaging/index.ts).
const background = vi.hoisted(() => ({ fail: {} as Record<string, string>, answer: undefined as unknown }));
vi.mock('../../utils/messaging', () => ({
  sendMessage: async (type: string) => {
    if (background.answer && !background.fail[type]) return background.answer;
    throw new Error(background.fail[type] ?? `no reply to ${type}`);
  },
}));

let root: HTMLElement | undefined;
afterEach(() => {
  background.answer = undefined;
  vi.useRealTimers();
  if (root) render(null, root);
  root?.remove();
});

function renderPanel(): () => string {
  root = document.body.appendChild(document.createElement('div'));
  render(
    <TranslateContext.Provider value={translator('zh_CN')}>
      <SyncStatusPanel ready onSynced={() => {}} />
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

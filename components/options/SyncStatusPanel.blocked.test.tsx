// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { translator } from '../../utils/i18n';
import type { SyncStatus } from '../../utils/schemas/messages';
import { TranslateContext } from '../i18n';
import { SyncStatusPanel } from './SyncStatusPanel';

// The background: answers every question with the status the test sets.
const background = vi.hoisted(() => ({ status: undefined as unknown, asked: [] as string[] }));
vi.mock('../../utils/messaging', () => ({
  sendMessage: async (type: string) => {
    background.asked.push(type);
    return background.status;
  },
}));

const COUNTS = { local: 3, pending: 0, synced: 0, rejected: 0 };
const zh = translator('zh_CN');
let root: HTMLElement | undefined;
afterEach(() => {
  background.asked = [];
  vi.restoreAllMocks();
  if (root) render(null, root);
  root?.remove();
});

async function renderPanel(status: SyncStatus, endpointUrl?: string) {
  background.status = status;
  root = document.body.appendChild(document.createElement('div'));
  render(
    <TranslateContext.Provider value={zh}>
      <SyncStatusPanel ready onSynced={() => {}} endpointUrl={endpointUrl} />
    </TranslateContext.Provider>,
    root,
  );
  await vi.waitFor(() => expect(root!.querySelector('[data-testid="sync-counts"]')).not.toBeNull());
}
const button = (label: string) => [...root!.querySelectorAll('button')].find((b) => b.textContent === label);
const result = () => root!.querySelector('[data-testid="sync-now-result"]')?.textContent ?? '';

describe('"Sync now" while sync cannot run', () => {
  it('is described by the reason, and a press says that nothing was sent and why', async () => {
    await renderPanel({ counts: COUNTS, blockedReason: 'syncOff' });
    const syncNow = button(zh('syncNow'))!;
    const reason = root!.querySelector(`#${syncNow.getAttribute('aria-describedby')}`);
    expect(reason?.textContent).toBe(zh('syncBlocked_syncOff'));
    expect(result()).toBe('');
    syncNow.click();
    await vi.waitFor(() => expect(result()).toBe(zh('syncNothingSent', zh('syncBlocked_syncOff'))));
    expect(result()).toBe('没有发送任何内容。同步已关闭：举报只保存在本机。');
    expect(root!.querySelector('[data-testid="sync-now-result"]')?.getAttribute('aria-live')).toBe('polite');
  });

  it('says nothing extra when sync can run', async () => {
    await renderPanel({ counts: COUNTS });
    const syncNow = button(zh('syncNow'))!;
    expect(syncNow.hasAttribute('aria-describedby')).toBe(false);
    syncNow.click();
    await vi.waitFor(() => expect(background.asked).toContain('syncNow'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(result()).toBe('');
  });
});

describe('sync without access to the endpoint', () => {
  it('says how to allow it, and "Allow access" asks the browser from its click, then reads the status again', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    await renderPanel({ counts: COUNTS, blockedReason: 'noHostPermission' }, 'https://reports.example.org:8443/cc');
    expect(root!.textContent).toContain(zh('syncBlocked_noHostPermission'));
    expect(zh('syncBlocked_noHostPermission')).toContain(zh('allowHostAccess'));
    const reads = background.asked.filter((type) => type === 'getSyncStatus').length;
    background.status = { counts: COUNTS };
    button(zh('allowHostAccess'))!.click();
    // Called in the click itself: the browser shows its prompt only while the gesture lasts.
    expect(request).toHaveBeenCalledWith({ origins: ['https://reports.example.org/*'] });
    await vi.waitFor(() => expect(button(zh('allowHostAccess'))).toBeUndefined());
    expect(background.asked.filter((type) => type === 'getSyncStatus').length).toBe(reads + 1);
  });

  it('says so when the browser refuses', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    await renderPanel({ counts: COUNTS, blockedReason: 'noHostPermission' }, 'https://reports.example.org/cc');
    button(zh('allowHostAccess'))!.click();
    await vi.waitFor(() =>
      expect(root!.querySelector('.allow-access')?.textContent).toContain(zh('permissionDenied', 'reports.example.org')),
    );
  });
});

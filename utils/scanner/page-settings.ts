import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/send';
import type { Platform } from '../schemas/account';
import type { PageSettings } from '../schemas/messages';

/**
 * Calls `onChange` with this page's new settings each time the stored settings change, until
 * `signal` aborts; the background makes them (it alone reads and validates storage).
 */
export function watchPageSettings(platform: Platform, signal: AbortSignal, onChange: (next: PageSettings) => void): void {
  const onStorageChanged = async (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !('settings' in changes) || signal.aborted) return;
    const next = await sendMessage('getPageSettings', { platform }).catch(() => undefined);
    if (next && !signal.aborted) onChange(next);
  };
  browser.storage.onChanged.addListener(onStorageChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorageChanged));
}

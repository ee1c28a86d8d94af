import { type Browser, browser } from 'wxt/browser';

/**
 * A page's request for an ordinary sync pass, one that waits out a Retry-After or a backoff as the
 * alarms' passes do. The `syncNow` message is the user's "Sync now", which ignores both: only the
 * user may override the endpoint's request to be left alone. A change to this session-storage
 * key wakes the background as a settings change does; its value is new each time, since setting
 * the same value again is no change and would wake nothing.
 */
const PASS_REQUEST_KEY = 'syncPassRequested';

export async function requestSyncPass(): Promise<void> {
  await browser.storage.session.set({ [PASS_REQUEST_KEY]: crypto.randomUUID() });
}

/** Calls `onRequest` for each request; returns the function that stops listening. */
export function onSyncPassRequested(onRequest: () => void): () => void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (area === 'session' && PASS_REQUEST_KEY in changes) onRequest();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

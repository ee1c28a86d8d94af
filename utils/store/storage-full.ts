import type { MessageKey, Translate } from '../i18n/core';
import { NEWER_DATABASE_INCOMPATIBLE } from './db-compat';

/**
 * Put in an error's message where only text crosses a boundary (the background's refusal to a
 * page), so that the page can still tell a full disk from other failures and word it itself.
 */
export const STORAGE_FULL_MARKER = '[storage-full]';

/**
 * The browser refused a write because the disk (or the profile's quota) is full. IndexedDB
 * aborts the transaction with a DOMException named QuotaExceededError; nothing of it was written.
 */
export function isStorageFull(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { name, message } = err as { name?: unknown; message?: unknown };
  return name === 'QuotaExceededError' || (typeof message === 'string' && message.includes(STORAGE_FULL_MARKER));
}

/**
 * What to tell the reader when a store write failed: the catalogued advice for a full disk (the
 * browser's own text is English and gives none), else `key` with the error's own words.
 * failureText (i18n/failure-text.ts) also knows the extension gone from under the page; it
 * imports this file, so this one cannot call it.
 */
export function storageFailureText(t: Translate, key: MessageKey, err: unknown): string {
  if (isStorageFull(err)) return t('storageFull');
  if (isNewerDatabase(err)) return t('newerDatabase');
  return t(key, err instanceof Error ? err.message : String(err));
}

/**
 * The store was made by a newer build (db-compat.ts): its message carries both languages for
 * pages that only show text; a page that can word it shows the reader's language alone.
 */
export function isNewerDatabase(err: unknown): boolean {
  const message = err instanceof Error ? err.message : String(err);
  return message.includes(`[${NEWER_DATABASE_INCOMPATIBLE}]`);
}

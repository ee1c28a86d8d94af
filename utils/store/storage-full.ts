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
 * The store was made by a newer build (db-compat.ts): its message carries both languages for
 * pages that only show text; a page that can word it shows the reader's language alone.
 */
export function isNewerDatabase(err: unknown): boolean {
  const message = err instanceof Error ? err.message : String(err);
  return message.includes(`[${NEWER_DATABASE_INCOMPATIBLE}]`);
}

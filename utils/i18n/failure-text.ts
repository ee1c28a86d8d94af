import { isNewerDatabase, isStorageFull } from '../store/storage-full';
import type { MessageKey, Translate } from './core';

// Page-safe: the in-page popover words its failed trust with this, so it must pull in no
// IndexedDB or zod code (storage-full.ts imports only db-compat.ts, which imports nothing).

/**
 * The extension was updated, reloaded or switched off under an open page: its messages have
 * nowhere to go. The browsers' words for it (Chromium's, then Firefox's), all English.
 */
const EXTENSION_GONE = [
  /extension context invalidated/i,
  /message port closed/i,
  /message channel closed/i,
  /receiving end does not exist/i,
  /message manager disconnected/i,
  /can't access dead object/i,
];

/** The error's own words (the browser's or the background's, in English), less a leading [marker] that is for code. */
export function errorDetail(err: unknown): string {
  const message = (err as { message?: unknown } | null)?.message;
  const text = typeof message === 'string' ? message : String(err);
  return text.replace(/^\[[a-z-]+\]\s*/, '');
}

export function isExtensionGone(err: unknown): boolean {
  const text = errorDetail(err);
  return EXTENSION_GONE.some((words) => words.test(text));
}

/**
 * The catalogued advice for a failure we know, in the reader's language, or undefined: the
 * browser's own text for these is English and says nothing of what to do.
 */
export function knownFailureText(t: Translate, err: unknown): string | undefined {
  if (isStorageFull(err)) return t('storageFull');
  if (isNewerDatabase(err)) return t('newerDatabase');
  if (isExtensionGone(err)) return t('extensionReloaded');
  return undefined;
}

/**
 * What to tell the reader when something failed: the advice for a failure we know, else `key`
 * with `args` and then the error's own words as its last argument ("Could not save: $1").
 */
export function failureText(t: Translate, key: MessageKey, err: unknown, ...args: (string | number)[]): string {
  return knownFailureText(t, err) ?? t(key, ...args, errorDetail(err));
}

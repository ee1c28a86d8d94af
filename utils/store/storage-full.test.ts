import { describe, expect, it } from 'vitest';
import { NewerDatabaseError } from './db-compat';
import { isNewerDatabase, isStorageFull, STORAGE_FULL_MARKER } from './storage-full';

describe('isStorageFull', () => {
  it('knows the browser’s full-disk error and the marker a refusal carries across messages', () => {
    expect(isStorageFull(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(true);
    expect(isStorageFull(new Error(`fileReport: ${STORAGE_FULL_MARKER} QuotaExceededError`))).toBe(true);
    expect(isStorageFull(new DOMException('closing', 'InvalidStateError'))).toBe(false);
    expect(isStorageFull(new Error('quota'))).toBe(false);
    for (const other of [undefined, null, 'QuotaExceededError', 22]) expect(isStorageFull(other)).toBe(false);
  });
});

describe('isNewerDatabase', () => {
  it('knows a store made by a newer version, also from the text of its error alone', () => {
    const error = new NewerDatabaseError(5, 3, ['reports.byRev']);
    expect(isNewerDatabase(error)).toBe(true);
    // As the background passes it on: only the text crosses.
    expect(isNewerDatabase(new Error(`fileReport: ${error.message}`))).toBe(true);
    expect(isNewerDatabase(new Error('disk on fire'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { NewerDatabaseError } from './db-compat';
import { isStorageFull, STORAGE_FULL_MARKER, storageFailureText } from './storage-full';

describe('isStorageFull', () => {
  it('knows the browser’s full-disk error and the marker a refusal carries across messages', () => {
    expect(isStorageFull(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(true);
    expect(isStorageFull(new Error(`fileReport: ${STORAGE_FULL_MARKER} QuotaExceededError`))).toBe(true);
    expect(isStorageFull(new DOMException('closing', 'InvalidStateError'))).toBe(false);
    expect(isStorageFull(new Error('quota'))).toBe(false);
    for (const other of [undefined, null, 'QuotaExceededError', 22]) expect(isStorageFull(other)).toBe(false);
  });

  it('words a full disk with the catalogued advice, anything else with its own words', () => {
    const zh = translator('zh_CN');
    expect(storageFailureText(zh, 'importFailed', new DOMException('x', 'QuotaExceededError'))).toBe(
      '磁盘空间不足，无法保存。没有丢失任何内容：请释放空间后重试。',
    );
    expect(storageFailureText(zh, 'importFailed', new Error('disk on fire'))).toBe(zh('importFailed', 'disk on fire'));
  });
});

describe('a store made by a newer version', () => {
  it('is worded in the reader’s language alone, not the error’s two languages', () => {
    const zh = translator('zh_CN');
    const error = new NewerDatabaseError(5, 3, ['reports.byRev']);
    const text = storageFailureText(zh, 'importFailed', error);
    expect(text).toBe(zh('newerDatabase'));
    expect(text.replaceAll('ClaimCheck', '')).not.toMatch(/[A-Za-z]{4,}/);
    // As the background passes it on: only the text crosses.
    expect(storageFailureText(zh, 'importFailed', new Error(`fileReport: ${error.message}`))).toBe(zh('newerDatabase'));
  });
});

import { describe, expect, it } from 'vitest';
import { NewerDatabaseError } from '../store/db-compat';
import { STORAGE_FULL_MARKER } from '../store/storage-full';
import { errorDetail, failureText, isExtensionGone, knownFailureText } from './failure-text';
import { translator } from './index';

const zh = translator('zh_CN');
const en = translator('en');

describe('failureText', () => {
  it('knows the extension gone from under the page by each browser’s words', () => {
    for (const words of [
      'Extension context invalidated.',
      'The message port closed before a response was received.',
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
      'Could not establish connection. Receiving end does not exist.',
      'Message manager disconnected',
      "can't access dead object",
    ])
      expect(isExtensionGone(new Error(words)), words).toBe(true);
    expect(isExtensionGone(new Error('no reply to trustAccount'))).toBe(false);
    expect(isExtensionGone(undefined)).toBe(false);
  });

  it('words each failure we know as its advice, in the reader’s language alone', () => {
    expect(knownFailureText(zh, new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(zh('storageFull'));
    expect(failureText(zh, 'saveFailed', new Error(`${STORAGE_FULL_MARKER} QuotaExceededError`))).toBe(zh('storageFull'));
    expect(failureText(zh, 'saveFailed', new NewerDatabaseError(5, 3, ['reports.byRev']))).toBe(zh('newerDatabase'));
    expect(failureText(en, 'saveFailed', new Error('Extension context invalidated.'))).toBe(
      'ClaimCheck was updated or restarted while this page was open. Reload the page, then try again.',
    );
    expect(knownFailureText(zh, new Error('disk on fire'))).toBeUndefined();
  });

  it('words a full disk with the catalogued advice itself, not the browser’s English', () => {
    expect(failureText(zh, 'importFailed', new DOMException('x', 'QuotaExceededError'))).toBe(
      '磁盘空间不足，无法保存。没有丢失任何内容：请释放空间后重试。',
    );
    expect(failureText(zh, 'importFailed', new Error('disk on fire'))).toBe(zh('importFailed', 'disk on fire'));
  });

  it('words a store made by a newer version in the reader’s language alone, not the error’s two languages', () => {
    const error = new NewerDatabaseError(5, 3, ['reports.byRev']);
    const text = failureText(zh, 'importFailed', error);
    expect(text).toBe(zh('newerDatabase'));
    expect(text.replaceAll('ClaimCheck', '')).not.toMatch(/[A-Za-z]{4,}/);
    // As the background passes it on: only the text crosses.
    expect(failureText(zh, 'importFailed', new Error(`fileReport: ${error.message}`))).toBe(zh('newerDatabase'));
  });

  it('else: the catalogued sentence, its arguments, then the error’s own words less a [marker]', () => {
    expect(failureText(zh, 'saveFailed', new Error('disk on fire'))).toBe('无法保存：disk on fire');
    expect(failureText(zh, 'extraSiteRemoveFailed', new Error('[some-code] closed'), 'example.org')).toBe(
      '无法移除 example.org：closed',
    );
    expect(errorDetail('plain text')).toBe('plain text');
    expect(errorDetail(null)).toBe('null');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../utils/i18n';
import { MessageError } from '../../utils/messaging';
import { FLAGGED_FIELDS, filingFailure, localise, OTHER_FIELDS } from './report-errors';

const zh = translator('zh_CN');

describe('localise', () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  it('puts an error on the page URL, which no form shows, in the form-level error', () => {
    for (const shown of [FLAGGED_FIELDS, OTHER_FIELDS]) {
      const out = localise({ pageUrl: 'Too big: expected string to have <=2048 characters' }, zh, shown);
      expect(out).toEqual({ form: zh('errorPageUrl') });
    }
  });

  it("shows a flagged account's profile URL and name errors at form level, with the field named", () => {
    const out = localise({ profileUrl: 'Invalid URL', displayName: 'Too small', note: 'Too big' }, zh, FLAGGED_FIELDS);
    expect(out.note).toBe(zh('errorTooLong', 2000));
    expect(out.profileUrl).toBeUndefined();
    expect(out.displayName).toBeUndefined();
    expect(out.form).toBe(`${zh('errorHiddenField', zh('fieldProfileUrl'))} ${zh('errorHiddenField', zh('fieldName'))}`);
    expect(out.form).not.toMatch(/Invalid|Too small/);
  });

  it('keeps the errors of shown fields under their fields, in the reader’s language', () => {
    const out = localise({ profileUrl: 'Invalid URL', displayName: 'Too small', snippet: 'Too big' }, zh, OTHER_FIELDS);
    expect(out).toEqual({ profileUrl: zh('errorUrl'), displayName: zh('errorRequired'), snippet: zh('errorTooLong', 500) });
  });

  it('says something for any other field, so "File report" never does nothing, and only in the reader’s words', () => {
    expect(localise({ category: 'Invalid option', form: 'Unrecognized key' }, zh, OTHER_FIELDS).form).toBe(
      '举报未能保存：从页面读取的此账号“数据”不符合举报的要求。请用“举报其他账号…”自行填写。',
    );
    expect(localise({ label: 'Too big' }, zh, FLAGGED_FIELDS).form).toContain('认证说明');
  });

  it('shows a screenshot error under the screenshot, in the reader’s language', () => {
    expect(localise({ screenshot: 'screenshot larger than 512 KiB' }, zh, FLAGGED_FIELDS)).toEqual({
      screenshot: zh('screenshotTooLarge'),
    });
  });
});

describe('filingFailure', () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  it('words a full disk itself, in Chinese, whatever English the browser gave', () => {
    expect(filingFailure(new MessageError('[storage-full] QuotaExceededError: The quota has been exceeded.'), zh)).toBe(
      zh('storageFull'),
    );
  });

  it('words a store made by a newer version itself, in Chinese alone', () => {
    const text = filingFailure(
      new MessageError('[newer-database-incompatible] The report store was made by a newer version … / 举报库由更新版本…'),
      zh,
    );
    expect(text).toBe(zh('newerDatabase'));
  });

  it('says to reload, in Chinese, when the extension was restarted before the background answered', () => {
    const closed =
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';
    expect(filingFailure(new Error(closed), zh)).toBe('此页面打开期间，ClaimCheck 已更新或重新启动。请刷新页面后再试。');
    expect(filingFailure(new Error('The message port closed before a response was received.'), zh)).toBe(zh('extensionReloaded'));
  });

  it('shows another reason after the translated sentence, less its [marker]', () => {
    expect(filingFailure(new MessageError('[some-code] the database closed'), zh)).toBe(
      zh('reportFailed', 'the database closed'),
    );
  });
});

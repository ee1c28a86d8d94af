import { describe, expect, it } from 'vitest';
import { translator } from '../../utils/i18n';
import { FLAGGED_FIELDS, localise, OTHER_FIELDS } from './report-errors';

const zh = translator('zh_CN');

describe('localise', () => {
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
    expect(out.form).toBe(`${zh('reportFailed', 'profileUrl: Invalid URL')} ${zh('reportFailed', 'displayName: Too small')}`);
  });

  it('keeps the errors of shown fields under their fields, in the reader’s language', () => {
    const out = localise({ profileUrl: 'Invalid URL', displayName: 'Too small', snippet: 'Too big' }, zh, OTHER_FIELDS);
    expect(out).toEqual({ profileUrl: zh('errorUrl'), displayName: zh('errorRequired'), snippet: zh('errorTooLong', 500) });
  });

  it('says something for any other field, so "File report" never does nothing', () => {
    expect(localise({ category: 'Invalid option' }, zh, OTHER_FIELDS).form).toBe('举报未能保存：category: Invalid option');
  });
});

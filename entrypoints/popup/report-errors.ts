import type { Translate } from '../../utils/i18n';
import type { MessageKey } from '../../utils/i18n/core';
import { failureText } from '../../utils/i18n/failure-text';

/** The fields the report form shows, so their errors can sit under them. */
export const FLAGGED_FIELDS: ReadonlySet<string> = new Set(['note', 'snippet', 'screenshot']);
/** "Report another account…" also shows the profile URL and the name. */
export const OTHER_FIELDS: ReadonlySet<string> = new Set([...FLAGGED_FIELDS, 'profileUrl', 'displayName']);

/** A field the form does not show (the account as read from the page), by the name the history gives it. */
const READ_FIELD_NAMES: Record<string, MessageKey> = {
  profileUrl: 'fieldProfileUrl',
  displayName: 'fieldName',
  handle: 'fieldHandle',
  id: 'fieldAccountId',
  label: 'fieldVerificationLabel',
};

/**
 * Build errors (by field name) in the user's language, placed where the user can see them: an
 * error on a field the form does not show (the page's address, a flagged account's scanned
 * profile URL) goes to the form-level error, or "File report" would seem to do nothing. zod's
 * own English words never reach the form; the console keeps them for a bug report.
 */
export function localise(errors: Record<string, string>, t: Translate, shown: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  const unshown = new Set<string>();
  for (const [field, message] of Object.entries(errors)) {
    if (shown.has(field)) out[field] = fieldText(field, t);
    else {
      console.warn('[claimcheck] report not built:', field, message);
      unshown.add(
        field === 'pageUrl' ? t('errorPageUrl') : t('errorHiddenField', t(READ_FIELD_NAMES[field] ?? 'readFieldOther')),
      );
    }
  }
  if (unshown.size) out.form = [...unshown].join(' ');
  return out;
}

function fieldText(field: string, t: Translate): string {
  if (field === 'profileUrl') return t('errorUrl');
  if (field === 'displayName') return t('errorRequired');
  if (field === 'note') return t('errorTooLong', 2000);
  if (field === 'snippet') return t('errorTooLong', 500);
  return t('screenshotTooLarge');
}

/**
 * Why "File report" failed, for the form's alert. Only text crosses from the background: a full
 * disk comes marked ([storage-full]) and, like a newer store or the extension restarted, gets the
 * catalogued advice instead of the browser's English (failure-text.ts). Anything else follows
 * the translated sentence, less a leading [marker], which is for code and the console (where the
 * whole error goes).
 */
export function filingFailure(err: unknown, t: Translate): string {
  console.warn('[claimcheck] report not filed:', err);
  return failureText(t, 'reportFailed', err);
}

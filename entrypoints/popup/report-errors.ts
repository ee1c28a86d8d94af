import type { Translate } from '../../utils/i18n';

/** The fields the report form shows, so their errors can sit under them. */
export const FLAGGED_FIELDS: ReadonlySet<string> = new Set(['note', 'snippet']);
/** "Report another account…" also shows the profile URL and the name. */
export const OTHER_FIELDS: ReadonlySet<string> = new Set([...FLAGGED_FIELDS, 'profileUrl', 'displayName']);

/**
 * Build errors (by field name) in the user's language, placed where the user can see them: an
 * error on a field the form does not show (the page's address, a flagged account's scanned
 * profile URL) goes to the form-level error, or "File report" would seem to do nothing.
 */
export function localise(errors: Record<string, string>, t: Translate, shown: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  const unshown: string[] = [];
  for (const [field, message] of Object.entries(errors)) {
    if (shown.has(field)) out[field] = fieldText(field, message, t);
    else if (field === 'pageUrl') unshown.push(t('errorPageUrl'));
    // zod's own words, after a translated sentence, where no better text exists.
    else unshown.push(t('reportFailed', field === 'form' ? message : `${field}: ${message}`));
  }
  if (unshown.length) out.form = unshown.join(' ');
  return out;
}

function fieldText(field: string, message: string, t: Translate): string {
  if (field === 'profileUrl') return t('errorUrl');
  if (field === 'displayName') return t('errorRequired');
  if (field === 'note') return t('errorTooLong', 2000);
  if (field === 'snippet') return t('errorTooLong', 500);
  return message;
}

import { browser } from 'wxt/browser';
import type { ReportFormValues } from '../../components/popup/ReportForm';
import { platformOfUrl } from '../../utils/adapters/hosts';
import type { Translate } from '../../utils/i18n';
import { type BuildResult, buildReport } from '../../utils/report/build-report';
import type { ScannedAccount } from '../../utils/schemas/account';
import type { FlaggedAccount } from '../../utils/schemas/messages';
import type { Report } from '../../utils/schemas/report';
import type { TabContext } from './tab-context';

/** The draft target and form kind of "Report another account…". */
export const OTHER = 'other';

/** The account a "Report another account…" form describes, from what the user typed. */
export function otherAccount(values: ReportFormValues): ScannedAccount {
  const url = values.profileUrl?.trim() ?? '';
  return {
    platform: platformOfUrl(url),
    key: url || OTHER,
    displayName: values.name?.trim() || ' ',
    profileUrl: /^https?:\/\//.test(url) ? url : undefined,
    // Not observed: the user reports an account ClaimCheck did not read.
    verification: { kind: 'unknown', source: 'dom' },
  };
}

/** The fields "Report another account…" cannot go without, by field name, in the reader's words. */
export function missingOtherFields(values: ReportFormValues, t: Translate): Record<string, string> {
  const missing: Record<string, string> = {};
  if (!/^https?:\/\/[^/\s]+/.test(values.profileUrl?.trim() ?? '')) missing.profileUrl = t('errorUrl');
  if (!values.name?.trim()) missing.displayName = t('errorRequired');
  return missing;
}

/** The report the form's values make, under the form's id: for the preview, and for filing. */
export function reportFromForm(
  target: FlaggedAccount | typeof OTHER,
  values: ReportFormValues,
  tab: TabContext | null,
  id: string,
  t: Translate,
): BuildResult {
  const account = target === OTHER ? otherAccount(values) : target.account;
  return buildReport(
    {
      account,
      flagged: target === OTHER ? undefined : target,
      ...values,
      pageUrl: tab && /^https?:/.test(tab.url) ? tab.url : (account.profileUrl ?? ''),
      clientVersion: browser.runtime.getManifest().version,
      locale: t.lang === 'zh_CN' ? 'zh-CN' : 'en',
    },
    id,
  );
}

/** Key order aside, as JSON: the store and the messaging each rebuild the record. */
const sortedJson = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

/**
 * What the user wrote (category, note, snippet, screenshot) and which account it is about (the
 * fields "Report another account…" types). Not the flag's signals, severity and ruleset, nor
 * the badge as read: the engine may have judged the account again since (new settings), and an
 * unedited form then still says what was filed.
 */
const whatTheUserSaid = ({ platform, account, category, note, evidence }: Report) => ({
  platform,
  account: { id: account.id, handle: account.handle, displayName: account.displayName, profileUrl: account.profileUrl },
  category,
  note,
  snippet: evidence.snippet,
  screenshot: evidence.screenshot,
});

/** Whether the stored report says what the user filed (the time, page, client and flag aside). */
export function sameFiling(stored: Report, filed: Report): boolean {
  return sortedJson(whatTheUserSaid(stored)) === sortedJson(whatTheUserSaid(filed));
}

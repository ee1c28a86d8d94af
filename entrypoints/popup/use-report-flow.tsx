import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useT } from '../../components/i18n';
import { ReportForm, type ReportFormValues } from '../../components/popup/ReportForm';
import { platformOfUrl } from '../../utils/adapters/hosts';
import type { MessageKey } from '../../utils/i18n';
import { askPostContext, sendMessage, sendToTab } from '../../utils/messaging';
import { buildReport } from '../../utils/report/build-report';
import { clearDraft, loadDraft, saveDraft } from '../../utils/report/draft';
import { canvasEncoder, fitJpeg, ScreenshotTooLarge } from '../../utils/report/screenshot';
import type { ScannedAccount } from '../../utils/schemas/account';
import type { FlaggedAccount, TabState } from '../../utils/schemas/messages';
import { FLAGGED_FIELDS, localise, OTHER_FIELDS } from './report-errors';
import type { TabContext } from './tab-context';

const OTHER = 'other';

/** The account a "Report another account…" form describes, from what the user typed. */
function otherAccount(values: ReportFormValues): ScannedAccount {
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

/** State and actions of the report form: target, values kept as a draft, filing. */
export function useReportFlow(tab: TabContext | null, onFiled: () => void) {
  const t = useT();
  const [target, setTarget] = useState<FlaggedAccount | typeof OTHER | null>(null);
  const [values, setValues] = useState<ReportFormValues>({ category: 'other', note: '', snippet: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');

  // The form's target as of now, for a reply that arrives after the user moved on.
  const current = useRef<string | null>(null);
  /** The target of a form just closed (filed or cancelled): where keyboard focus goes back to. */
  const closedTarget = useRef<string | null>(null);

  const change = (next: ReportFormValues) => {
    setValues(next);
    if (tab && target) void saveDraft(tab.tabId, { target: target === OTHER ? OTHER : target.account.key, ...next });
  };
  const start = (item: FlaggedAccount | null) => {
    setNotice('');
    setErrors({});
    setTarget(item ?? OTHER);
    const key = item ? item.account.key : OTHER;
    current.current = key;
    const initial: ReportFormValues = item
      ? { category: item.flags[0]?.category ?? 'other', note: '', snippet: '' }
      : { category: 'other', note: '', snippet: '', profileUrl: tab && /^https?:/.test(tab.url) ? tab.url : '', name: '' };
    setValues(initial);
    if (!tab) return;
    void saveDraft(tab.tabId, { target: key, ...initial });
    // The post text stays in the page until a report is opened on it: asked for now, and
    // offered as the snippet unless the user has typed one meanwhile.
    if (item)
      void askPostContext(tab.tabId, key).then((snippet) => {
        if (!snippet || current.current !== key) return;
        setValues((now) => {
          if (now.snippet) return now;
          const next = { ...now, snippet };
          void saveDraft(tab.tabId, { target: key, ...next });
          return next;
        });
      });
  };
  const close = () => {
    closedTarget.current = current.current;
    current.current = null;
    setTarget(null);
    if (tab) void clearDraft(tab.tabId);
  };

  const account = target === OTHER ? otherAccount(values) : target?.account;
  const flagged = target === OTHER ? undefined : (target ?? undefined);
  const build = () =>
    account &&
    buildReport({
      account,
      flagged,
      ...values,
      pageUrl: tab && /^https?:/.test(tab.url) ? tab.url : (account.profileUrl ?? ''),
      clientVersion: browser.runtime.getManifest().version,
      locale: t.lang === 'zh_CN' ? 'zh-CN' : 'en',
    });

  const submit = async () => {
    if (target === OTHER) {
      const missing: Record<string, string> = {};
      if (!/^https?:\/\/[^/\s]+/.test(values.profileUrl?.trim() ?? '')) missing.profileUrl = t('errorUrl');
      if (!values.name?.trim()) missing.displayName = t('errorRequired');
      if (Object.keys(missing).length) return setErrors(missing);
    }
    const built = build();
    if (!built) return;
    if (!built.ok) return setErrors(localise(built.errors, t, target === OTHER ? OTHER_FIELDS : FLAGGED_FIELDS));
    setBusy(true);
    try {
      await sendMessage('fileReport', built.report);
      close();
      setNotice(t('reportFiled'));
      onFiled();
    } catch (err) {
      setErrors({ form: t('reportFailed', err instanceof Error ? err.message : String(err)) });
    } finally {
      setBusy(false);
    }
  };

  const capture = async () => {
    const raw = await browser.tabs.captureVisibleTab(tab?.windowId ?? browser.windows.WINDOW_ID_CURRENT, {
      format: 'jpeg',
      quality: 80,
    });
    const fitted = await fitJpeg(await canvasEncoder(raw));
    if (!fitted) throw new ScreenshotTooLarge();
    return fitted;
  };

  const preview = build();
  const evidence = preview?.ok ? preview.report.evidence : { signals: [], snippet: values.snippet || undefined };
  const title = target === OTHER ? t('reportAnother') : t('reportFormTitle', target?.account.displayName ?? '');
  const platform = target === OTHER && values.profileUrl ? platformOfUrl(values.profileUrl) : null;
  const form = target && (
    <ReportForm
      title={title}
      values={values}
      evidence={evidence}
      errors={errors}
      busy={busy}
      other={target === OTHER ? { platformKey: platform ? (`platform_${platform}` as MessageKey) : null } : undefined}
      onChange={change}
      onCapture={capture}
      onSubmit={() => void submit()}
      onCancel={close}
    />
  );

  return {
    form,
    notice,
    /** The key of the account whose form just closed ('other' for another account), once. */
    takeClosedTarget(): string | null {
      const key = closedTarget.current;
      closedTarget.current = null;
      return key;
    },
    start,
    show: (item: FlaggedAccount) =>
      tab && void sendToTab(tab.tabId, { type: 'showAccount', key: item.account.key }).catch(() => {}),
    /** Reopens a half-filled form (the popup was closed), or the one the page's "Report…" asked for. */
    async restore(ctx: TabContext | null, s: TabState | null, key: string | null) {
      if (!ctx) return;
      const draft = await loadDraft(ctx.tabId);
      const wanted = key ?? draft?.target;
      const item = wanted && wanted !== OTHER ? s?.flagged.find((f) => f.account.key === wanted) : undefined;
      if (draft && (draft.target === OTHER || item) && (!key || key === draft.target)) {
        const { target: _t, ...rest } = draft;
        current.current = draft.target;
        setTarget(item ?? OTHER);
        setValues(rest);
        setNotice(t('draftRestored'));
      } else if (item) {
        start(item);
      }
    },
  };
}

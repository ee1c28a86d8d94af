import { useRef, useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import { ReportForm, type ReportFormValues } from '../../components/popup/ReportForm';
import { platformOfUrl } from '../../utils/adapters/hosts';
import type { MessageKey } from '../../utils/i18n';
import { askPostContext, sendMessage } from '../../utils/messaging';
import { loadDraft } from '../../utils/report/draft';
import type { FlaggedAccount, TabState } from '../../utils/schemas/messages';
import { captureTab } from './capture';
import { FLAGGED_FIELDS, filingFailure, localise, OTHER_FIELDS } from './report-errors';
import { missingOtherFields, OTHER, reportFromForm, sameFiling } from './report-input';
import type { TabContext } from './tab-context';
import { alreadyFiled, useDraft } from './use-draft';

/**
 * State and actions of the report form: target, values kept as a draft, filing. `onFiled` gets
 * the key of an account a report was just stored for ('other' for another account).
 */
export function useReportFlow(tab: TabContext | null, onFiled: (key: string) => void) {
  const t = useT();
  const draft = useDraft();
  const [target, setTarget] = useState<FlaggedAccount | typeof OTHER | null>(null);
  const [values, setValues] = useState<ReportFormValues>({ category: 'other', note: '', snippet: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');

  // The form's target as of now, for a reply that arrives after the user moved on.
  const current = useRef<string | null>(null);
  /** The target of a form just closed (filed or cancelled): where keyboard focus goes back to. */
  const closedTarget = useRef<string | null>(null);
  /** Made once per form and kept in its draft, so a report filed twice is stored once. */
  const reportId = useRef('');
  /** Set before the first await: a second press in the same moment finds it (state is a render late). */
  const filing = useRef(false);

  const keep = (tabId: number, key: string, next: ReportFormValues) =>
    draft.keep(tabId, { target: key, reportId: reportId.current, ...next });
  const open = (item: FlaggedAccount | null, key: string, initial: ReportFormValues, id: string) => {
    setErrors({});
    setTarget(item ?? OTHER);
    setValues(initial);
    current.current = key;
    reportId.current = id;
    draft.reset();
  };
  const change = (next: ReportFormValues) => {
    setValues(next);
    if (tab && current.current) keep(tab.tabId, current.current, next);
  };
  // `at`: restore runs before the popup has rendered with its tab, so `tab` is still null there.
  const start = (item: FlaggedAccount | null, at: TabContext | null = tab) => {
    setNotice('');
    const key = item ? item.account.key : OTHER;
    const initial: ReportFormValues = item
      ? { category: item.flags[0]?.category ?? 'other', note: '', snippet: '' }
      : { category: 'other', note: '', snippet: '', profileUrl: at && /^https?:/.test(at.url) ? at.url : '', name: '' };
    open(item, key, initial, crypto.randomUUID());
    if (!at) return;
    keep(at.tabId, key, initial);
    // The post text stays in the page until a report is opened on it: asked for now, and
    // offered as the snippet unless the user has typed one meanwhile.
    if (item)
      void askPostContext(at.tabId, key).then((snippet) => {
        if (!snippet || current.current !== key) return;
        setValues((now) => {
          if (now.snippet) return now;
          const next = { ...now, snippet };
          keep(at.tabId, key, next);
          return next;
        });
      });
  };
  const close = () => {
    closedTarget.current = current.current;
    current.current = null;
    setTarget(null);
    if (tab) draft.clear(tab.tabId);
  };

  const build = () => target && reportFromForm(target, values, tab, reportId.current, t);

  const submit = async () => {
    if (filing.current) return;
    const missing = target === OTHER ? missingOtherFields(values, t) : {};
    if (Object.keys(missing).length) return setErrors(missing);
    const built = build();
    if (!built) return;
    if (!built.ok) return setErrors(localise(built.errors, t, target === OTHER ? OTHER_FIELDS : FLAGGED_FIELDS));
    filing.current = true;
    setBusy(true);
    try {
      const stored = await sendMessage('fileReport', built.report);
      const key = current.current;
      if (!sameFiling(stored.report, built.report)) {
        // Reopened while an earlier version was being filed, and that one was stored under this
        // id: these edits were not. They stay in the form, under a new id if the user files them.
        // The account has a report all the same: the list marks it.
        reportId.current = crypto.randomUUID();
        if (key) onFiled(key);
        if (tab && key) keep(tab.tabId, key, values);
        setErrors({ form: t('reportFiledEarlier') });
        return;
      }
      close();
      setNotice(t('reportFiled'));
      if (key) onFiled(key);
    } catch (err) {
      setErrors({ form: filingFailure(err, t) });
    } finally {
      filing.current = false;
      setBusy(false);
    }
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
      onCapture={() => captureTab(tab)}
      onSubmit={() => void submit()}
      onCancel={close}
    />
  );

  return {
    form,
    notice,
    /** Said once per form when its draft cannot be kept (closing the popup would lose it). */
    draftWarning: draft.warning,
    /** The key of the account whose form just closed ('other' for another account), once. */
    takeClosedTarget(): string | null {
      const key = closedTarget.current;
      closedTarget.current = null;
      return key;
    },
    start,
    /** Reopens a half-filled form (the popup was closed), or the one the page's "Report…" asked for. */
    async restore(ctx: TabContext | null, s: TabState | null, key: string | null) {
      if (!ctx) return;
      const saved = await loadDraft(ctx.tabId);
      const wanted = key ?? saved?.target;
      const item = wanted && wanted !== OTHER ? s?.flagged.find((f) => f.account.key === wanted) : undefined;
      if (!saved || !(saved.target === OTHER || item) || (key && key !== saved.target)) {
        if (item) start(item, ctx);
        return;
      }
      const { target: savedTarget, reportId: savedId, ...rest } = saved;
      if (savedId && (await alreadyFiled(savedId))) {
        // The popup closed while this draft was being filed, and it was: its form again would
        // read as "never filed" and be filed twice. A form the page asked for starts afresh.
        draft.clear(ctx.tabId);
        onFiled(savedTarget);
        if (key && item) start(item, ctx);
        setNotice(t('draftAlreadyFiled'));
        return;
      }
      // A draft kept before drafts had an id gets one now, kept for the next restore.
      const id = savedId ?? crypto.randomUUID();
      open(item ?? null, savedTarget, rest, id);
      if (!savedId) draft.keep(ctx.tabId, { ...saved, reportId: id });
      setNotice(t('draftRestored'));
    },
  };
}

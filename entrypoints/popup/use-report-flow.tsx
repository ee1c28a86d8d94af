import { useRef, useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import { ReportForm, type ReportFormValues } from '../../components/popup/ReportForm';
import { platformOfUrl } from '../../utils/adapters/hosts';
import type { MessageKey } from '../../utils/i18n';
import { askPostContext, sendMessage } from '../../utils/messaging';
import { loadDraft, type ReportDraft } from '../../utils/report/draft';
import type { FlaggedAccount, TabState } from '../../utils/schemas/messages';
import { captureTab } from './capture';
import { FLAGGED_FIELDS, filingFailure, localise, OTHER_FIELDS } from './report-errors';
import { missingOtherFields, OTHER, reportFromForm, sameFiling } from './report-input';
import type { TabContext } from './tab-context';
import { alreadyFiled, useDraft } from './use-draft';
import { useListedAccount } from './use-listed-account';

/** The report's cap on a profile address: a longer tab URL is not offered, it could not be filed. */
const PROFILE_URL_MAX = 2048;

/**
 * State and actions of the report form: target, values kept as a draft (one per target, see
 * utils/report/draft), filing. `flagged`: the tab's list as App follows it (a form waiting for an
 * account opens once it is listed). `onFiled` gets the key of an account a report was just stored for.
 */
export function useReportFlow(
  tab: TabContext | null,
  flagged: readonly FlaggedAccount[] | undefined,
  onFiled: (key: string) => void,
) {
  const t = useT();
  const draft = useDraft();
  const [target, setTarget] = useState<FlaggedAccount | typeof OTHER | null>(null);
  const [values, setValues] = useState<ReportFormValues>({ category: 'other', note: '', snippet: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');

  // The form's target as of now, for a reply that arrives after the user moved on.
  const current = useRef<string | null>(null);
  /** Bumped as a form opens or closes: a screenshot or draft that lands later sees it is for another. */
  const formNo = useRef(0);
  /** The values as of now: a screenshot, or a filing that waited for one, comes back after an await. */
  const latest = useRef(values);
  /** The screenshot being taken for this form: "File report" waits for it. */
  const capturing = useRef<Promise<unknown> | null>(null);
  /** The target of a form just closed (filed or cancelled): where keyboard focus goes back to. */
  const closedTarget = useRef<string | null>(null);
  /** Made once per form and kept in its draft, so a report filed twice is stored once. */
  const reportId = useRef('');
  /** Set before the first await: a second press in the same moment finds it (state is a render late). */
  const filing = useRef(false);

  const put = (next: ReportFormValues) => {
    latest.current = next;
    setValues(next);
  };
  const keep = (tabId: number, key: string, next: ReportFormValues) =>
    draft.keep(tabId, { target: key, reportId: reportId.current, ...next });
  const open = (item: FlaggedAccount | null, key: string, initial: ReportFormValues, id: string) => {
    setErrors({});
    setTarget(item ?? OTHER);
    put(initial);
    current.current = key;
    reportId.current = id;
    draft.reset();
  };
  // `at` (here and below): restore runs before the popup has rendered with its tab, so `tab` is still null there.
  const change = (next: ReportFormValues, at = tab) => {
    put(next);
    if (at && current.current) keep(at.tabId, current.current, next);
  };
  /** Reopens a kept draft, unless it was filed meanwhile (then false, and the draft is gone). */
  const reopen = async (at: TabContext, saved: ReportDraft, item: FlaggedAccount | null) => {
    const { target: key, reportId: savedId, ...rest } = saved;
    const n = formNo.current;
    if (savedId && (await alreadyFiled(savedId))) {
      // The popup closed while this draft was being filed, and it was: its form again would
      // read as "never filed" and be filed twice.
      draft.clear(at.tabId, key);
      onFiled(key);
      setNotice(t('draftAlreadyFiled'));
      return false;
    }
    if (formNo.current !== n) return true;
    // Kept again: first among the tab's drafts, as the form open now (the one the next popup
    // reopens); one kept before drafts had an id gets one now.
    const id = savedId ?? crypto.randomUUID();
    open(item, key, rest, id);
    draft.keep(at.tabId, { ...saved, reportId: id });
    setNotice(t('draftRestored'));
    return true;
  };
  const start = (item: FlaggedAccount | null, at: TabContext | null = tab) => {
    setNotice('');
    setAwaited(null);
    const key = item ? item.account.key : OTHER;
    const url = at && /^https?:/.test(at.url) && at.url.length <= PROFILE_URL_MAX ? at.url : '';
    const initial: ReportFormValues = item
      ? { category: item.flags[0]?.category ?? 'other', note: '', snippet: '' }
      : { category: 'other', note: '', snippet: '', profileUrl: url, name: '' };
    const n = ++formNo.current;
    open(item, key, initial, crypto.randomUUID());
    if (!at) return;
    // A draft kept for this target (the popup closed before the page's list came, or another
    // form was opened since) is reopened, not replaced by an empty one.
    void loadDraft(at.tabId, key)
      .catch(() => null)
      .then(async (saved) => {
        if (formNo.current !== n) return;
        if (!saved || !(await reopen(at, saved, item))) keep(at.tabId, key, latest.current);
        // The post text stays in the page until a report is opened on it: offered as the
        // snippet unless there is one already.
        const snippet = item && formNo.current === n && (await askPostContext(at.tabId, key));
        if (snippet && formNo.current === n && !latest.current.snippet) change({ ...latest.current, snippet }, at);
      });
  };
  const close = () => {
    const key = current.current;
    closedTarget.current = key;
    current.current = null;
    formNo.current++;
    capturing.current = null;
    setTarget(null);
    if (tab && key) draft.clear(tab.tabId, key);
  };
  /** Takes a screenshot for the form open now; it goes into that form only, if still open. */
  const capture = () => {
    const n = formNo.current;
    const taking = captureTab(tab)
      .then((screenshot) => {
        if (formNo.current === n) change({ ...latest.current, screenshot });
      })
      .finally(() => {
        if (capturing.current === taking) capturing.current = null;
      });
    capturing.current = taking;
    return taking;
  };

  // A draft's account (or the one the page asked for) not listed yet: its form opens once it is.
  const setAwaited = useListedAccount(
    flagged,
    () => current.current !== null,
    async (item, { ctx, key, asked }) => {
      if (asked) return start(item, ctx);
      const saved = await loadDraft(ctx.tabId, key).catch(() => null);
      if (saved && current.current === null) await reopen(ctx, saved, item);
    },
  );

  const build = (v: ReportFormValues) => target && reportFromForm(target, v, tab, reportId.current, t);
  /** The report the values make, or undefined with the errors shown on the form. */
  const check = (v: ReportFormValues) => {
    const missing = target === OTHER ? missingOtherFields(v, t) : {};
    if (Object.keys(missing).length) return void setErrors(missing);
    const built = build(v);
    if (built && !built.ok) setErrors(localise(built.errors, t, target === OTHER ? OTHER_FIELDS : FLAGGED_FIELDS));
    return built?.ok ? built.report : undefined;
  };

  const submit = async () => {
    if (filing.current || !check(values)) return;
    filing.current = true;
    setBusy(true);
    try {
      if (capturing.current) {
        // The screenshot was asked for with this report: filed with it, not without it unseen.
        // Failed, it is not filed: the field says why, and pressing again files without it.
        const n = formNo.current;
        setNotice(t('fileAwaitsScreenshot'));
        const taken = await capturing.current.then(
          () => true,
          () => false,
        );
        setNotice('');
        if (!taken || formNo.current !== n) return;
      }
      const report = check(latest.current);
      if (!report) return;
      const stored = await sendMessage('fileReport', report);
      const key = current.current;
      if (!sameFiling(stored.report, report)) {
        // Reopened while an earlier version was being filed, and that one was stored under this
        // id: these edits were not. They stay in the form, under a new id if the user files them.
        // The account has a report all the same: the list marks it.
        reportId.current = crypto.randomUUID();
        if (key) onFiled(key);
        if (tab && key) keep(tab.tabId, key, latest.current);
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

  const preview = build(values);
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
      onChange={(next) => change(next)}
      onCapture={capture}
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
    /**
     * Reopens a half-filled form (the popup was closed), or the one the page's "Report…" asked
     * for (with its draft, if any). Not listed yet (the page is still being checked): once it is.
     */
    async restore(ctx: TabContext | null, s: TabState | null, key: string | null) {
      if (!ctx) return;
      const saved = await loadDraft(ctx.tabId, key ?? undefined);
      const wanted = key ?? saved?.target;
      if (!wanted) return;
      const item = s?.flagged.find((f) => f.account.key === wanted);
      if (wanted === OTHER) {
        if (saved) await reopen(ctx, saved, null);
      } else if (!item) setAwaited({ ctx, key: wanted, asked: !!key });
      else if (key) start(item, ctx);
      else if (saved) await reopen(ctx, saved, item);
    },
  };
}

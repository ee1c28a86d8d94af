import { useRef, useState } from 'preact/hooks';
import type { ReportFormValues } from '../../components/popup/ReportForm';
import type { ReportDraft } from '../../utils/report/draft';
import type { FlaggedAccount } from '../../utils/schemas/messages';
import { captureTab } from './capture';
import { OTHER } from './report-input';
import type { TabContext } from './tab-context';
import { useDraft } from './use-draft';

/**
 * The open report form: its target and values, each change kept as the target's draft, and the
 * refs a reply that lands after an await checks (is its form still the one open?). The flow
 * (use-report-flow) opens and closes it; filing and draft reopening act on it.
 */
export function useReportForm(tab: TabContext | null) {
  const draft = useDraft();
  const [target, setTarget] = useState<FlaggedAccount | typeof OTHER | null>(null);
  const [values, setValues] = useState<ReportFormValues>({ category: 'other', note: '', snippet: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});

  // The form's target as of now, for a reply that arrives after the user moved on.
  const current = useRef<string | null>(null);
  /** Bumped as a form opens or closes: a screenshot or draft that lands later sees it is for another. */
  const formNo = useRef(0);
  /** The values as of now: a screenshot, or a filing that waited for one, comes back after an await. */
  const latest = useRef(values);
  /** The values the form opened with: what differs from them now, the user put in since. */
  const opened = useRef(values);
  /** The screenshot being taken for this form: "File report" waits for it. */
  const capturing = useRef<Promise<unknown> | null>(null);
  /** The target of a form just closed (filed or cancelled): where keyboard focus goes back to. */
  const closedTarget = useRef<string | null>(null);
  /** Made once per form and kept in its draft, so a report filed twice is stored once. */
  const reportId = useRef('');
  /** What the form keeps in its draft besides its values (see ReportDraft). */
  const extra = useRef<Pick<ReportDraft, 'pageSnippet' | 'accountName'>>({});
  /**
   * Whether this form has kept its draft yet. Until it has, the target's stored draft is one
   * still being looked up (or checked as filed), never shown: cancelling must not delete it.
   */
  const kept = useRef(false);
  /**
   * This form's stored draft is still being looked up (start): a keystroke meanwhile stays in the
   * form and is not saved over that draft, which the user has not seen yet; the lookup's end
   * keeps it, merged over the draft (reopen-draft.ts). Cancelling then leaves the draft.
   */
  const lookingUp = useRef(false);

  const put = (next: ReportFormValues) => {
    latest.current = next;
    setValues(next);
  };
  const keep = (tabId: number, key: string, next: ReportFormValues) => {
    if (lookingUp.current) return;
    kept.current = true;
    draft.keep(tabId, { target: key, reportId: reportId.current, ...next, ...extra.current });
  };
  // `at` (here and below): restore runs before the popup has rendered with its tab, so `tab` is still null there.
  const change = (next: ReportFormValues, at = tab) => {
    put(next);
    if (at && current.current) keep(at.tabId, current.current, next);
  };

  return {
    draft,
    target,
    values,
    errors,
    setErrors,
    current,
    formNo,
    latest,
    capturing,
    closedTarget,
    reportId,
    lookingUp,
    put,
    keep,
    change,
    /** `pageSnippet`: the post text the page offered this form's draft earlier (see ReportDraft). */
    open(item: FlaggedAccount | null, key: string, initial: ReportFormValues, id: string, pageSnippet?: string) {
      setErrors({});
      setTarget(item ?? OTHER);
      put(initial);
      opened.current = initial;
      current.current = key;
      reportId.current = id;
      const accountName = item?.account.displayName || undefined;
      extra.current = { ...(pageSnippet !== undefined && { pageSnippet }), ...(accountName && { accountName }) };
      kept.current = false;
      lookingUp.current = false;
      draft.reset();
    },
    /** Puts the post text the page offers in as the snippet, kept as the page's, not the user's. */
    offerSnippet(snippet: string, at: TabContext) {
      extra.current = { ...extra.current, pageSnippet: snippet };
      change({ ...latest.current, snippet }, at);
    },
    /** The fields the user changed (typed, or a screenshot taken) since the form opened. */
    changedSinceOpen(): Partial<ReportFormValues> {
      const now = latest.current;
      const keys = Object.keys(now) as (keyof ReportFormValues)[];
      return Object.fromEntries(keys.filter((k) => now[k] !== opened.current[k]).map((k) => [k, now[k]]));
    },
    close() {
      const key = current.current;
      closedTarget.current = key;
      current.current = null;
      formNo.current++;
      capturing.current = null;
      setTarget(null);
      if (tab && key && kept.current) draft.clear(tab.tabId, key);
    },
    /** Takes a screenshot for the form open now; it goes into that form only, if still open. */
    capture() {
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
    },
  };
}

export type ReportFormState = ReturnType<typeof useReportForm>;

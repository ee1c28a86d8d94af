import { useRef, useState } from 'preact/hooks';
import type { ReportFormValues } from '../../components/popup/ReportForm';
import type { MessageKey, Translate } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { FLAGGED_FIELDS, filingFailure, localise, OTHER_FIELDS } from './report-errors';
import { missingOtherFields, OTHER, reportFromForm, sameFiling } from './report-input';
import type { TabContext } from './tab-context';
import type { ReportFormState } from './use-report-form';

export interface FilingHooks {
  t: Translate;
  /** The key of the account a report was just stored for. */
  onFiled: (key: string) => void;
  /** Puts a message in the status line; '' empties it. */
  say: (key: MessageKey | '') => void;
}

/** "File report" for the open form: checks its values, waits for a screenshot asked for, files. */
export function useReportFiling(form: ReportFormState, tab: TabContext | null, { t, onFiled, say }: FilingHooks) {
  const [busy, setBusy] = useState(false);
  /** Set before the first await: a second press in the same moment finds it (state is a render late). */
  const filing = useRef(false);
  const { target, setErrors } = form;

  const build = (v: ReportFormValues) => target && reportFromForm(target, v, tab, form.reportId.current, t);
  /** The report the values make, or undefined with the errors shown on the form. */
  const check = (v: ReportFormValues) => {
    const missing = target === OTHER ? missingOtherFields(v, t) : {};
    if (Object.keys(missing).length) return void setErrors(missing);
    const built = build(v);
    if (built && !built.ok) setErrors(localise(built.errors, t, target === OTHER ? OTHER_FIELDS : FLAGGED_FIELDS));
    return built?.ok ? built.report : undefined;
  };

  const submit = async () => {
    if (filing.current || !check(form.values)) return;
    filing.current = true;
    setBusy(true);
    try {
      if (form.capturing.current) {
        // The screenshot was asked for with this report: filed with it, not without it unseen.
        // Failed, it is not filed: the field says why, and pressing again files without it.
        const n = form.formNo.current;
        say('fileAwaitsScreenshot');
        const taken = await form.capturing.current.then(
          () => true,
          () => false,
        );
        say('');
        if (!taken || form.formNo.current !== n) return;
      }
      const report = check(form.latest.current);
      if (!report) return;
      const stored = await sendMessage('fileReport', report);
      const key = form.current.current;
      if (!sameFiling(stored.report, report)) {
        // Reopened while an earlier version was being filed, and that one was stored under this
        // id: these edits were not. They stay in the form, under a new id if the user files them.
        // The account has a report all the same: the list marks it.
        form.reportId.current = crypto.randomUUID();
        if (key) onFiled(key);
        if (tab && key) form.keep(tab.tabId, key, form.latest.current);
        setErrors({ form: t('reportFiledEarlier') });
        return;
      }
      form.close();
      say('reportFiled');
      if (key) onFiled(key);
    } catch (err) {
      setErrors({ form: filingFailure(err, t) });
    } finally {
      filing.current = false;
      setBusy(false);
    }
  };

  return { busy, build, submit };
}

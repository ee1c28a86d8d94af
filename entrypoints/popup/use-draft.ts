import { useRef, useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import { clearDraft, type ReportDraft, saveDraft } from '../../utils/report/draft';
import { getReport } from '../../utils/store/reports';

/**
 * Keeps the open form's draft in session storage, which can refuse (its quota is shared with
 * every tab's state). A refusal is told once per form, not on every keystroke: the user can still
 * file, but must know that closing the popup now loses what they typed. Each call takes the tab
 * itself: restoring runs before the popup has rendered with its tab.
 */
export function useDraft() {
  const t = useT();
  const [warning, setWarning] = useState('');
  const warned = useRef(false);
  return {
    warning,
    /** A new form: its first refusal is told again. */
    reset() {
      warned.current = false;
      setWarning('');
    },
    keep(tabId: number, draft: ReportDraft) {
      saveDraft(tabId, draft).catch((err: unknown) => {
        console.warn('[claimcheck] draft not kept:', err);
        if (warned.current) return;
        warned.current = true;
        setWarning(t('draftNotKept'));
      });
    },
    /** This target's draft only: the tab's others are still to be finished. */
    clear(tabId: number, target: string) {
      // Left behind, the draft is offered again; its report id then shows it as already filed.
      clearDraft(tabId, target).catch((err: unknown) => console.warn('[claimcheck] draft not cleared:', err));
    },
  };
}

/**
 * Whether a report is already stored under the draft's id: the popup closed while "File report"
 * was on its way, and the background stored it. Unreadable store: not known to be filed, so the
 * form comes back (filing it again is harmless, addReport keeps an existing id).
 */
export async function alreadyFiled(reportId: string): Promise<boolean> {
  try {
    return (await getReport(reportId)) !== undefined;
  } catch (err) {
    console.warn('[claimcheck] could not look up the draft’s report:', err);
    return false;
  }
}

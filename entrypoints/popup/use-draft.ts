import { useRef, useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import type { Translate } from '../../utils/i18n';
import { clearDraft, DRAFTS_PER_TAB, type ReportDraft, saveDraft } from '../../utils/report/draft';
import type { FlaggedAccount } from '../../utils/schemas/messages';
import { getReport } from '../../utils/store/reports';
import { OTHER } from './report-input';

/**
 * Keeps the open form's draft in session storage, which can refuse (its quota is shared with
 * every tab's state). A refusal is told once per form, not on every keystroke: the user can still
 * file, but must know that closing the popup now loses what they typed. Each call takes the tab
 * itself: restoring runs before the popup has rendered with its tab.
 */
export function useDraft() {
  const t = useT();
  const [warning, setWarning] = useState('');
  /** Written drafts of other targets let go to make room for this form's (see saveDraft). */
  const [dropped, setDropped] = useState<readonly ReportDraft[]>([]);
  const warned = useRef(false);
  return {
    warning,
    dropped,
    /** A new form: its first refusal is told again. */
    reset() {
      warned.current = false;
      setWarning('');
      setDropped([]);
    },
    keep(tabId: number, draft: ReportDraft) {
      saveDraft(tabId, draft).then(
        (gone) => gone.length > 0 && setDropped((told) => [...told, ...gone]),
        (err: unknown) => {
          console.warn('[claimcheck] draft not kept:', err);
          if (warned.current) return;
          warned.current = true;
          setWarning(t('draftNotKept'));
        },
      );
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

/**
 * What the user is told of drafts let go: whose they were, by the name the list shows (or showed
 * when the draft was kept, or the one typed for "Report another account…"), so they know which
 * report to write again. Never by the account's key: "weibo:123456" names no one to a reader.
 */
export function droppedDraftsText(
  dropped: readonly ReportDraft[],
  flagged: readonly FlaggedAccount[] | undefined,
  t: Translate,
): string {
  const nameOf = (d: ReportDraft) =>
    flagged?.find((f) => f.account.key === d.target)?.account.displayName.trim() ||
    d.accountName?.trim() ||
    d.name?.trim() ||
    d.profileUrl?.trim() ||
    (d.target === OTHER ? t('reportAnother') : '');
  return dropped
    .map((d) => {
      const name = nameOf(d);
      return name ? t('draftDropped', DRAFTS_PER_TAB, name) : t('draftDroppedUnnamed', DRAFTS_PER_TAB);
    })
    .join(' ');
}

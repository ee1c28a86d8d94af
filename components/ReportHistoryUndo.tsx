import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../utils/i18n';
import { errorDetail, failureText, knownFailureText } from '../utils/i18n/failure-text';
import type { StoredReport } from '../utils/schemas/report';
import { deleteReportsForUndo, onLocalDataDeleted, restoreReports } from '../utils/store/local-deletes';

export const UNDO_MS = 7000;

/** A failed delete or undo, worded when shown: the page's language can change in between. */
interface Failure {
  action: 'delete' | 'undo';
  error: unknown;
}

export interface UndoableDelete {
  /** What Undo puts back; null when there is nothing to undo. */
  undo: StoredReport[] | null;
  /** The last delete's or undo's failure in the page's words, '' when the last one worked. */
  failedActionText: (t: Translate) => string;
  failedAction: Failure['action'] | null;
  /** Deletes; false (and a failure to show) when nothing was deleted. */
  remove: (ids: string[]) => Promise<boolean>;
  restore: () => Promise<void>;
}

/**
 * Delete with a few seconds to undo. A failed undo keeps the records (only this page holds them
 * now) and the bar, with no time limit, so Undo can be pressed again; focus goes to the restored
 * row, or to `heading` when the bar times out, instead of falling to the document.
 */
export function useUndoableDelete(reload: () => Promise<void>, heading: RefObject<HTMLElement | null>): UndoableDelete {
  const [undo, setUndo] = useState<StoredReport[] | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [refocus, setRefocus] = useState<{ ids: readonly string[] } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // True after a failed undo: the records live in this page only, so they must not time out.
  const [held, setHeld] = useState(false);

  useEffect(() => () => clearTimeout(timer.current), []);
  // "Delete all local data" took what an Undo would bring back (restoreReports skips it): the bar
  // and the leave-page prompt of a held one go with it.
  useEffect(
    () =>
      onLocalDataDeleted(() => {
        clearTimeout(timer.current);
        setUndo(null);
        setHeld(false);
        setFailure((f) => (f?.action === 'undo' ? null : f));
      }),
    [],
  );
  useEffect(() => {
    if (!held) return;
    const keep = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', keep);
    return () => window.removeEventListener('beforeunload', keep);
  }, [held]);
  useEffect(() => {
    if (!refocus) return;
    setRefocus(null);
    // Only when the bar took focus with it: a user who has moved on keeps their place.
    if (document.activeElement && document.activeElement !== document.body) return;
    const scope = heading.current?.closest('section') ?? document;
    const row = [...scope.querySelectorAll<HTMLElement>('tr[data-report-id]')].find((tr) =>
      refocus.ids.includes(tr.dataset.reportId ?? ''),
    );
    // Not scrolled to: a user who read on below the history is not pulled back when the bar goes.
    (row?.querySelector<HTMLElement>('.col-actions button') ?? heading.current)?.focus({ preventScroll: true });
  }, [refocus]);

  const remove = async (ids: string[]) => {
    let deleted: StoredReport[];
    try {
      deleted = await deleteReportsForUndo(ids);
    } catch (error) {
      setFailure({ action: 'delete', error });
      return false;
    }
    if (failure?.action !== 'undo') setFailure(null);
    // A delete within the undo time of another keeps both undoable: Undo brings back everything.
    setUndo((before) => [...(before ?? []), ...deleted]);
    clearTimeout(timer.current);
    if (!held) {
      timer.current = setTimeout(() => {
        setUndo(null);
        setRefocus({ ids: [] });
      }, UNDO_MS);
    }
    await reload();
    return true;
  };

  const restore = async () => {
    if (!undo) return;
    clearTimeout(timer.current);
    try {
      await restoreReports(undo);
    } catch (error) {
      setFailure({ action: 'undo', error });
      setHeld(true);
      return;
    }
    // The bar (and its focused button) stays until the rows are back, then focus moves to one.
    await reload();
    // Only what was put back: a delete made meanwhile stays undoable.
    setUndo((current) => {
      const rest = current?.filter((r) => !undo.includes(r)) ?? [];
      return rest.length > 0 ? rest : null;
    });
    setFailure(null);
    setHeld(false);
    setRefocus({ ids: undo.map((r) => r.report.id) });
  };

  const failedActionText = (t: Translate) => {
    if (!failure) return '';
    if (failure.action === 'delete') return failureText(t, 'deleteFailed', failure.error);
    // Whatever the cause, the sentence around it says the reports are still held on this page.
    return t('undoFailed', knownFailureText(t, failure.error) ?? errorDetail(failure.error));
  };
  return { undo, failedActionText, failedAction: failure?.action ?? null, remove, restore };
}

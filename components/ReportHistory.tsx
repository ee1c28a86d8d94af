import { useMemo, useRef, useState } from 'preact/hooks';
import { applyQuery, EMPTY_QUERY, type HistoryEntry, type HistoryQuery, pageOf } from '../utils/history/query';
import { counted, type Translate } from '../utils/i18n';
import { failureText } from '../utils/i18n/failure-text';
import { retryNow } from '../utils/store/history-queries';
import { useT } from './i18n';
import { blockedText } from './options/blocked-text';
import { ConfirmDialog } from './options/Dialog';
import { HistoryFilters } from './options/HistoryFilters';
import { HistoryTable } from './options/HistoryTable';
import { Pager, UndoBar } from './options/Pager';
import { ReportDetail } from './options/ReportDetail';
import { HistoryLoadState } from './ReportHistoryState';
import { useUndoableDelete } from './ReportHistoryUndo';

export { UNDO_MS } from './ReportHistoryUndo';
export const PAGE_SIZE = 50;

export interface ReportHistoryProps {
  entries: HistoryEntry[] | null;
  /** False while `entries` holds only the newest page: rows show, filters wait for the rest. */
  complete: boolean;
  reload: () => Promise<void>;
  syncEnabled: boolean;
  /** Why the store could not be read (shown by the page): then nothing is "loading" any more. */
  loadError?: string;
  /** Stored records too malformed to show; they stay in the store and in a JSON export. */
  unreadable?: number;
}

/** Every local report: filters, search, sort, pages, details, retry, delete with undo. */
export function ReportHistory({ entries, complete, reload, syncEnabled, loadError, unreadable = 0 }: ReportHistoryProps) {
  const t = useT();
  const [query, setQuery] = useState<HistoryQuery>(EMPTY_QUERY);
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  const [confirmIds, setConfirmIds] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  // Worded when shown: a switch of the page's language re-words it.
  const [notice, setNotice] = useState<((t: Translate) => string) | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { undo, failedActionText, failedAction, remove: removeForUndo, restore } = useUndoableDelete(reload, heading);
  const loading = !complete && !loadError;

  const filtered = useMemo(() => (entries ? applyQuery(entries, query) : []), [entries, query]);
  const shown = pageOf(filtered, page, PAGE_SIZE);
  const open = openId ? entries?.find((e) => e.stored.report.id === openId)?.stored : undefined;

  const select = (ids: string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) on ? next.add(id) : next.delete(id);
    setSelected(next);
  };
  const remove = async (ids: string[]) => {
    setConfirmIds(null);
    setOpenId(null);
    // A failed delete keeps the selection: the rows are all still there.
    if (await removeForUndo(ids)) setSelected(new Set([...selected].filter((id) => !ids.includes(id))));
  };
  const retry = async (id: string) => {
    setBusy(true);
    try {
      const { blockedReason } = await retryNow([id]);
      // Marked for sending, but the sync engine sends nothing now (no permission, token refused …).
      setNotice(
        () => (tt: Translate) => (blockedReason ? tt('retryBlocked', blockedText(tt, blockedReason)) : tt('retryQueued')),
      );
    } catch (error) {
      setNotice(() => (tt: Translate) => failureText(tt, 'retryFailed', error));
    } finally {
      setBusy(false);
      await reload();
    }
  };

  return (
    <section id="history" aria-labelledby="history-title">
      {/* Focus lands here when the undo bar goes away with focus in it. */}
      <h2 id="history-title" tabIndex={-1} ref={heading}>
        {t('historyTitle')}
      </h2>
      <HistoryLoadState
        loading={entries === null && loading}
        failed={!!loadError}
        unreadable={unreadable}
        deleteFailure={failedAction === 'delete' ? failedActionText(t) : ''}
        reload={reload}
      />
      {complete && entries?.length === 0 && <p>{t('historyEmpty')}</p>}
      {!complete && entries && entries.length > 0 && (
        <>
          {loading && <p class="muted">{t('loading')}</p>}
          <HistoryTable rows={entries} selected={selected} onSelect={select} onOpen={setOpenId} />
        </>
      )}
      {complete && entries && entries.length > 0 && (
        <>
          <HistoryFilters
            query={query}
            onChange={(q) => {
              setQuery(q);
              setPage(0);
              // A selection the new filter hides would be deleted unseen by "Delete selected".
              setSelected(new Set());
            }}
          />
          <div class="row bulk">
            <span aria-live="polite" data-testid="history-count">
              {counted(t, 'historyShowing', filtered.length, entries.length)}
            </span>
            <button type="button" class="danger" disabled={selected.size === 0} onClick={() => setConfirmIds([...selected])}>
              {t('deleteSelected', selected.size)}
            </button>
          </div>
          {filtered.length === 0 ? (
            <p>{t('historyNoMatch')}</p>
          ) : (
            <HistoryTable rows={shown.items} selected={selected} onSelect={select} onOpen={setOpenId} />
          )}
          {shown.pageCount > 1 && <Pager page={shown.page} pageCount={shown.pageCount} total={shown.total} onPage={setPage} />}
        </>
      )}
      {/* Mounted before its text arrives, so that screen readers announce the text. */}
      <p class={notice && !open ? 'notice' : 'visually-hidden'} aria-live="polite" data-testid="history-notice">
        {!open && notice?.(t)}
      </p>
      <UndoBar
        count={undo?.length ?? 0}
        error={failedAction === 'undo' ? failedActionText(t) : ''}
        onUndo={() => void restore()}
      />
      {open && (
        <ReportDetail
          stored={open}
          busy={busy}
          notice={notice?.(t) ?? ''}
          canRetry={syncEnabled && open.status !== 'synced'}
          onRetry={() => void retry(open.report.id)}
          onDelete={() => setConfirmIds([open.report.id])}
          onClose={() => {
            setOpenId(null);
            setNotice(null);
          }}
        />
      )}
      {confirmIds && (
        <ConfirmDialog
          title={counted(t, 'confirmDeleteTitle', confirmIds.length)}
          message={t('confirmDeleteBody')}
          confirmLabel={t('deleteConfirm')}
          cancelLabel={t('cancel')}
          onConfirm={() => void remove(confirmIds)}
          onCancel={() => setConfirmIds(null)}
        />
      )}
    </section>
  );
}

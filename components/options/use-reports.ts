import { useCallback, useEffect, useState } from 'preact/hooks';
import { type HistoryEntry, toEntries } from '../../utils/history/query';
import { loadHistoryReports, loadNewestReports } from '../../utils/store/history-load';

/** A failed read's error, boxed: anything can be thrown, undefined too. */
export type LoadFailure = { error: unknown };

export interface ReportsState {
  /** null while the first load runs. */
  entries: HistoryEntry[] | null;
  /** False while only the newest page is loaded (filters need every report). */
  complete: boolean;
  /**
   * Why the last full read failed (what the store threw), or null: kept whole, so that the page
   * words a full disk or a store from a newer version as advice in the reader's language.
   */
  loadError: LoadFailure | null;
  /** Stored records too malformed to list: left out of `entries`, still in the store. */
  unreadable: number;
  reload: () => Promise<void>;
}

/**
 * Every stored report, loaded once and prepared for filtering. Reloaded after the page's own
 * changes and when the tab comes back into view (the background may have synced meanwhile).
 */
export function useReports(firstPageSize: number): ReportsState {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [loadError, setLoadError] = useState<LoadFailure | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  const reload = useCallback(async () => {
    try {
      const all = await loadHistoryReports();
      performance.mark('options:all-loaded');
      const listed = toEntries(all);
      setEntries(listed);
      setUnreadable(all.length - listed.length);
      setComplete(true);
      setLoadError(null);
    } catch (error) {
      setLoadError({ error });
    }
  }, []);
  useEffect(() => {
    // First paint from one cheap index read; the full load follows for filtering and search.
    void loadNewestReports(firstPageSize)
      .then((newest) => {
        performance.mark('options:newest-loaded');
        setEntries((current) => current ?? toEntries(newest));
      })
      .catch(() => {})
      // Let those rows paint before the full read, whose 10,000 records are decoded on this thread.
      .then(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))))
      .then(reload);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload, firstPageSize]);
  return { entries, complete, loadError, unreadable, reload };
}

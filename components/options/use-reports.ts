import { useCallback, useEffect, useState } from 'preact/hooks';
import { type HistoryEntry, toEntries } from '../../utils/history/query';
import { loadAllReports } from '../../utils/store/history-queries';

export interface ReportsState {
  /** null while the first load runs. */
  entries: HistoryEntry[] | null;
  loadError: string;
  reload: () => Promise<void>;
}

/**
 * Every stored report, loaded once and prepared for filtering. Reloaded after the page's own
 * changes and when the tab comes back into view (the background may have synced meanwhile).
 */
export function useReports(): ReportsState {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [loadError, setLoadError] = useState('');
  const reload = useCallback(async () => {
    try {
      setEntries(toEntries(await loadAllReports()));
      setLoadError('');
    } catch (error) {
      setLoadError(error instanceof Error ? error.message : String(error));
    }
  }, []);
  useEffect(() => {
    void reload();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);
  return { entries, loadError, reload };
}

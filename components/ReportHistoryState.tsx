import { useT } from './i18n';

export interface HistoryLoadStateProps {
  /** The first read is still running. */
  loading: boolean;
  /** The store could not be read (the page says why): offer to read it again. */
  failed: boolean;
  /** Stored records too malformed to show. */
  unreadable: number;
  /** Why the last delete failed, '' if it did not. */
  deleteFailure: string;
  reload: () => Promise<void>;
}

/** What the history says above its rows: still loading, could not load, records it cannot show. */
export function HistoryLoadState({ loading, failed, unreadable, deleteFailure, reload }: HistoryLoadStateProps) {
  const t = useT();
  return (
    <>
      {loading && <p class="muted">{t('loading')}</p>}
      {failed && (
        <button type="button" onClick={() => void reload()}>
          {t('tryAgain')}
        </button>
      )}
      {unreadable > 0 && (
        <p class="warning" data-testid="history-unreadable">
          {t('historyUnreadable', unreadable)}
        </p>
      )}
      {deleteFailure && (
        <p class="error" role="alert">
          {deleteFailure}
        </p>
      )}
    </>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import type { SyncStatus } from '../../utils/schemas/messages';
import { lastRunText } from '../../utils/sync/last-run-text';
import { useT } from '../i18n';
import { blockedText } from './blocked-text';
import { formatDateTime } from './format';

export interface SyncStatusPanelProps {
  /**
   * Start asking once the history has loaded: the background counts reports per status over
   * IndexedDB, and with 10,000 reports that would queue ahead of the page's own first read.
   */
  ready: boolean;
  /** Called after "Sync now", so the history shows the new statuses. */
  onSynced: () => void;
}

const POLL_MS = 5000;

/** The background's own error (English, technical): shown after the translated sentence only. */
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Counts per status, the last run, why sync is held back (translated), and "Sync now". */
export function SyncStatusPanel({ ready, onSynced }: SyncStatusPanelProps) {
  const t = useT();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [busy, setBusy] = useState(false);
  // Kept as a key and the background's words, so that it reads in the page's current language.
  const [error, setError] = useState<{ key: 'syncStatusFailed' | 'syncNowFailed'; detail: string } | null>(null);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    const poll = () =>
      sendMessage('getSyncStatus', {})
        .then((s) => {
          if (!live) return;
          setStatus(s);
          // The status reads again: its failure is over ("Sync now"'s stays until the next try).
          setError((e) => (e?.key === 'syncStatusFailed' ? null : e));
        })
        .catch((e) => live && setError({ key: 'syncStatusFailed', detail: messageOf(e) }));
    void poll();
    const timer = setInterval(poll, POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [ready]);
  const syncNow = async () => {
    setBusy(true);
    setError(null);
    try {
      setStatus(await sendMessage('syncNow', {}));
      onSynced();
    } catch (e) {
      setError({ key: 'syncNowFailed', detail: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };
  const blocked = status?.blockedReason;
  return (
    <section id="sync-status" aria-labelledby="sync-status-title">
      <h2 id="sync-status-title">{t('syncStatusTitle')}</h2>
      {status && (
        <ul class="counts" data-testid="sync-counts">
          {(['local', 'pending', 'synced', 'rejected'] as const).map((s) => (
            <li key={s}>
              <span class={`status status-${s}`}>{t(`status_${s}` as MessageKey)}</span> <strong>{status.counts[s]}</strong>
            </li>
          ))}
        </ul>
      )}
      <p aria-live="polite">
        {status?.lastRun
          ? t(
              'lastSyncAt',
              formatDateTime(status.lastRun.at, t.lang),
              status.lastRun.ok ? t('lastSyncOk') : lastRunText(status.lastRun, t),
            )
          : t('lastSyncNever')}
      </p>
      {blocked && (
        <p class="warning" dir="auto">
          {blockedText(t, blocked)}
        </p>
      )}
      {error && (
        <p class="error" role="alert" dir="auto">
          {t(error.key, error.detail)}
        </p>
      )}
      <button type="button" onClick={() => void syncNow()} disabled={busy}>
        {t('syncNow')}
      </button>
    </section>
  );
}

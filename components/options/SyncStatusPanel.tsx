import { useEffect, useRef, useState } from 'preact/hooks';
import { failureText } from '../../utils/i18n/failure-text';
import { sendMessage } from '../../utils/messaging';
import type { SyncStatus } from '../../utils/schemas/messages';
import { lastRunText } from '../../utils/sync/last-run-text';
import { useT } from '../i18n';
import { AllowHostAccess } from './AllowHostAccess';
import { blockedText } from './blocked-text';
import { formatDateTime } from './format';
import { SyncCounts } from './SyncCounts';

export interface SyncStatusPanelProps {
  /**
   * Start asking once the history has loaded: the background counts reports per status over
   * IndexedDB, and with 10,000 reports that would queue ahead of the page's own first read.
   */
  ready: boolean;
  /** Called after "Sync now", so the history shows the new statuses. */
  onSynced: () => void;
  /** The stored endpoint: what "Allow access" asks the browser for, when access to it is missing. */
  endpointUrl?: string;
}

const POLL_MS = 5000;
/**
 * When the history's first read fails, `ready` never comes; the status does not depend on it, so
 * the panel asks anyway after this long (by then the read it waited for is long done or failed).
 */
export const READY_FALLBACK_MS = 10_000;

/** Counts per status, the last run, why sync is held back (translated), and "Sync now". */
export function SyncStatusPanel({ ready, onSynced, endpointUrl = '' }: SyncStatusPanelProps) {
  const t = useT();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [busy, setBusy] = useState(false);
  // Kept as a key and the error, worded when shown (failureText): it reads in the page's current
  // language, a failure we know (a store made by a newer version) as its advice.
  const [error, setError] = useState<{ key: 'syncStatusFailed' | 'syncNowFailed'; cause: unknown } | null>(null);
  const [waited, setWaited] = useState(false);
  // Bumped to read the status at once (access was just allowed), not at the next poll.
  const [readAgain, setReadAgain] = useState(0);
  // "Sync now" answered that sync cannot run: said, or the press would look like it did nothing.
  const [nothingSent, setNothingSent] = useState(false);
  // "Sync now" pressed twice before the first press re-renders would sync twice.
  const running = useRef(false);
  useEffect(() => {
    if (ready) return;
    const timer = setTimeout(() => setWaited(true), READY_FALLBACK_MS);
    return () => clearTimeout(timer);
  }, [ready]);
  const asking = ready || waited;
  useEffect(() => {
    if (!asking) return;
    let live = true;
    const poll = () =>
      sendMessage('getSyncStatus', {})
        .then((s) => {
          if (!live) return;
          setStatus(s);
          // The status reads again: its failure is over ("Sync now"'s stays until the next try).
          setError((e) => (e?.key === 'syncStatusFailed' ? null : e));
        })
        .catch((e) => live && setError({ key: 'syncStatusFailed', cause: e }));
    void poll();
    const timer = setInterval(poll, POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [asking, readAgain]);
  const syncNow = async () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    // Emptied first, so that the same answer to a second press is read out again.
    setNothingSent(false);
    try {
      const answer = await sendMessage('syncNow', {});
      setStatus(answer);
      setNothingSent(!!answer.blockedReason);
      onSynced();
    } catch (e) {
      setError({ key: 'syncNowFailed', cause: e });
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  // Until the background has answered, nothing is known: "Not synced yet" would be untrue for
  // someone with a long sync record. After a failed read the alert below says why.
  const lastRun = status?.lastRun
    ? t(
        'lastSyncAt',
        formatDateTime(status.lastRun.at, t.lang),
        status.lastRun.ok ? t('lastSyncOk') : lastRunText(status.lastRun, t),
      )
    : status
      ? t('lastSyncNever')
      : error?.key === 'syncStatusFailed'
        ? ''
        : t('syncStatusLoading');
  const blocked = status?.blockedReason;
  return (
    <section id="sync-status" aria-labelledby="sync-status-title">
      <h2 id="sync-status-title">{t('syncStatusTitle')}</h2>
      {status && <SyncCounts counts={status.counts} />}
      <p aria-live="polite" class={status ? undefined : 'muted'} data-testid="last-sync">
        {lastRun}
      </p>
      {/* Mounted before it has anything to say, so that sync becoming held back is announced. */}
      <div aria-live="polite">
        {blocked && (
          <p class="warning" dir="auto" id="sync-blocked">
            {blockedText(t, blocked)}
          </p>
        )}
      </div>
      {blocked === 'noHostPermission' && (
        <AllowHostAccess endpointUrl={endpointUrl} onAllowed={() => setReadAgain((n) => n + 1)} />
      )}
      {error && (
        <p class="error" role="alert" dir="auto">
          {failureText(t, error.key, error.cause)}
        </p>
      )}
      {/* aria-disabled, not disabled: a disabled button drops the keyboard focus it had. */}
      <button
        type="button"
        onClick={() => void syncNow()}
        aria-disabled={busy ? 'true' : undefined}
        aria-describedby={blocked ? 'sync-blocked' : undefined}
      >
        {t('syncNow')}
      </button>
      {/* Mounted empty, so that the answer to a press is read out. */}
      <span aria-live="polite" data-testid="sync-now-result" dir="auto">
        {nothingSent && blocked ? t('syncNothingSent', blockedText(t, blocked)) : ''}
      </span>
    </section>
  );
}

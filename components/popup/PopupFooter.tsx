import { browser } from 'wxt/browser';
import type { SyncStatus } from '../../utils/schemas/messages';
import { lastRunText } from '../../utils/sync/last-run-text';
import { useT } from '../i18n';
import { blockedText } from '../options/blocked-text';
import { formatDateTime } from '../options/format';

export interface PopupFooterProps {
  sync?: SyncStatus;
}

/** Pending and synced counts, the last sync result (or why sync is not sending), and the history link. */
export function PopupFooter({ sync }: PopupFooterProps) {
  const t = useT();
  const last = sync?.lastRun;
  // Date and time, in the page's language (a Chinese popup must not say "PM"): a time alone
  // reads as today's for a sync that ran days ago.
  const time = last && formatDateTime(last.at, t.lang);
  return (
    <footer>
      {sync && (
        <div>
          <div data-testid="sync-counts">
            {t('footerCounts', sync.counts.pending, sync.counts.synced)}
            {sync.counts.local > 0 && ` · ${t('localCount', sync.counts.local)}`}
          </div>
          <div class="muted small" data-testid="sync-state">
            {sync.blockedReason
              ? blockedText(t, sync.blockedReason)
              : last
                ? t('lastSync', `${time} — ${lastRunText(last, t)}`)
                : t('lastSyncNever')}
          </div>
        </div>
      )}
      <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
        {t('openHistory')}
      </a>
    </footer>
  );
}

import { browser } from 'wxt/browser';
import type { MessageKey } from '../../utils/i18n';
import type { SyncStatus } from '../../utils/schemas/messages';
import { useT } from '../i18n';

export interface PopupFooterProps {
  sync?: SyncStatus;
}

/** Pending and synced counts, the last sync result (or why sync is not sending), and the history link. */
export function PopupFooter({ sync }: PopupFooterProps) {
  const t = useT();
  const last = sync?.lastRun;
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
              ? t(`syncBlocked_${sync.blockedReason}` as MessageKey)
              : last
                ? t('lastSync', `${new Date(last.at).toLocaleTimeString()} — ${last.outcome}`)
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

import { browser } from 'wxt/browser';
import type { MessageKey } from '../../utils/i18n';
import type { SyncStatus } from '../../utils/schemas/messages';
import { lastRunText } from '../../utils/sync/last-run-text';
import { useT } from '../i18n';

export interface PopupFooterProps {
  sync?: SyncStatus;
}

/** Pending and synced counts, the last sync result (or why sync is not sending), and the history link. */
export function PopupFooter({ sync }: PopupFooterProps) {
  const t = useT();
  const last = sync?.lastRun;
  // In the page's language, not the browser's: a Chinese popup must not say "PM".
  const time = last && new Date(last.at).toLocaleTimeString(t.lang === 'zh_CN' ? 'zh-CN' : 'en');
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

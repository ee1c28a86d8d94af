import type { MessageKey } from '../../utils/i18n';
import type { SyncStatus } from '../../utils/schemas/messages';
import { useT } from '../i18n';
import { formatCount } from './format';

/** How many reports are in each sync status. */
export function SyncCounts({ counts }: { counts: SyncStatus['counts'] }) {
  const t = useT();
  return (
    <ul class="counts" data-testid="sync-counts">
      {(['local', 'pending', 'synced', 'rejected'] as const).map((s) => (
        <li key={s}>
          <span class={`status status-${s}`}>{t(`status_${s}` as MessageKey)}</span>{' '}
          <strong>{formatCount(counts[s], t.lang)}</strong>
        </li>
      ))}
    </ul>
  );
}

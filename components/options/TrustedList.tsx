import type { MessageKey } from '../../utils/i18n';
import type { TrustedAccount } from '../../utils/schemas/settings';
import { useT } from '../i18n';
import { formatDateTime } from './format';

export interface TrustedListProps {
  trusted: readonly TrustedAccount[];
  onRemove: (account: TrustedAccount) => void;
}

/** Accounts the user said never to flag; names come from pages, so they are text only. */
export function TrustedList({ trusted, onRemove }: TrustedListProps) {
  const t = useT();
  return (
    <fieldset>
      <legend>{t('fieldTrusted')}</legend>
      {trusted.length === 0 ? (
        <p class="muted">{t('trustedEmpty')}</p>
      ) : (
        <ul class="trusted">
          {trusted.map((a) => (
            <li key={`${a.platform}:${a.key}`}>
              <bdi class="account-name">{a.displayName || a.key}</bdi>
              <span class="muted">
                {t(`platform_${a.platform}` as MessageKey)} · {formatDateTime(a.addedAt, t.lang, true)}
              </span>
              <button type="button" aria-label={t('trustedRemoveFor', a.displayName || a.key)} onClick={() => onRemove(a)}>
                {t('trustedRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

import { useEffect, useRef } from 'preact/hooks';
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
  const box = useRef<HTMLFieldSetElement>(null);
  // The row whose Remove button had focus is gone: focus moves to the next row's (or the
  // last row's, or the list itself), not to the document, where a keyboard user starts over.
  const removedAt = useRef<number | null>(null);
  useEffect(() => {
    const at = removedAt.current;
    if (at === null) return;
    removedAt.current = null;
    const buttons = box.current?.querySelectorAll<HTMLButtonElement>('li button') ?? [];
    (buttons[Math.min(at, buttons.length - 1)] ?? box.current)?.focus();
  }, [trusted]);
  return (
    <fieldset ref={box} tabIndex={-1}>
      <legend>{t('fieldTrusted')}</legend>
      {trusted.length === 0 ? (
        <p class="muted">{t('trustedEmpty')}</p>
      ) : (
        <ul class="trusted">
          {trusted.map((a, i) => (
            <li key={`${a.platform}:${a.key}`}>
              <bdi class="account-name">{a.displayName || a.key}</bdi>
              <span class="muted">
                {t(`platform_${a.platform}` as MessageKey)} · {formatDateTime(a.addedAt, t.lang, true)}
              </span>
              <button
                type="button"
                aria-label={t('trustedRemoveFor', a.displayName || a.key)}
                onClick={() => {
                  removedAt.current = i;
                  onRemove(a);
                }}
              >
                {t('trustedRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

import { categoryKey, type MessageKey } from '../../utils/i18n';
import type { FlaggedAccount } from '../../utils/schemas/messages';
import { severityRank, topSeverity } from '../../utils/schemas/verdict';
import { useT } from '../i18n';

export interface FlagListProps {
  items: readonly FlaggedAccount[];
  reasonText: (item: FlaggedAccount, flag: number, reason: number) => string;
  onShow: (item: FlaggedAccount) => void;
  onReport: (item: FlaggedAccount) => void;
}

/** This tab's flagged accounts, most severe first; every value is rendered as text. */
export function FlagList({ items, reasonText, onShow, onReport }: FlagListProps) {
  const t = useT();
  const sorted = [...items].sort((a, b) => severityRank(topSeverity(b.flags)) - severityRank(topSeverity(a.flags)));
  return (
    <ul class="flag-list" aria-label={t('popupFlagged')}>
      {sorted.map((item) => {
        const severity = topSeverity(item.flags) ?? 'low';
        return (
          <li key={item.account.key} class={`flag-item severity-${severity}`} data-testid="flag-item" data-key={item.account.key}>
            <div class="flag-head">
              <span class="flag-name" dir="auto">
                {item.account.displayName}
              </span>
              {item.account.handle && (
                <span class="flag-handle" dir="auto">
                  @{item.account.handle}
                </span>
              )}
            </div>
            <div class="flag-cats">
              {item.flags.map((f) => (
                <span key={f.category} class={`chip severity-${f.severity}`}>
                  {t(categoryKey(f.category))} · {t(`severity_${f.severity}` as MessageKey)}
                </span>
              ))}
            </div>
            <ul class="reasons">
              {item.flags.flatMap((f, fi) => f.reasons.map((_, ri) => <li key={`${fi}.${ri}`}>{reasonText(item, fi, ri)}</li>))}
            </ul>
            {/* Named with the account, as a list of them is read out button by button; the visible words
                first, in a message of their own (Chinese takes a full-width colon, and word order is the translator's). */}
            <div class="row">
              <button type="button" onClick={() => onShow(item)} aria-label={t('showFor', item.account.displayName)}>
                {t('show')}
              </button>
              <button
                type="button"
                class="primary"
                onClick={() => onReport(item)}
                aria-label={t('reportFor', item.account.displayName)}
              >
                {t('report')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

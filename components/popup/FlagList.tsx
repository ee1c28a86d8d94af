import { useId } from 'preact/hooks';
import { categoryKey, type MessageKey } from '../../utils/i18n';
import type { FlaggedAccount } from '../../utils/schemas/messages';
import { type Flag, severityRank, topSeverity } from '../../utils/schemas/verdict';
import { useT } from '../i18n';

export interface FlagListProps {
  items: readonly FlaggedAccount[];
  /** Keys of the accounts that have a stored report (filed now or in an earlier popup). */
  reported: ReadonlySet<string>;
  reasonText: (item: FlaggedAccount, flag: number, reason: number) => string;
  onShow: (item: FlaggedAccount) => void;
  onReport: (item: FlaggedAccount) => void;
}

/**
 * This tab's flagged accounts, most severe first; every value is rendered as text. The reasons
 * are grouped under their category, as in the page's popover, and each sentence is said once:
 * under the first category that gives it (a badge that backs no claim is a reason for each).
 */
export function FlagList({ items, reported, reasonText, onShow, onReport }: FlagListProps) {
  const t = useT();
  const ids = useId();
  const sorted = [...items].sort((a, b) => severityRank(topSeverity(b.flags)) - severityRank(topSeverity(a.flags)));
  return (
    <ul class="flag-list" aria-label={t('popupFlagged')}>
      {sorted.map((item, index) => {
        const severity = topSeverity(item.flags) ?? 'low';
        // In words, not colour; and read with the Report button, whose name it does not change.
        const mark = reported.has(item.account.key) ? `${ids}-reported-${index}` : undefined;
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
            {reasonsByCategory(item, reasonText).map(({ flag, sentences }) => {
              const category = `${t(categoryKey(flag.category))} · ${t(`severity_${flag.severity}` as MessageKey)}`;
              return (
                <div key={flag.category} class="flag-category">
                  <span class={`chip severity-${flag.severity}`}>{category}</span>
                  {sentences.length > 0 && (
                    <ul class="reasons" aria-label={category}>
                      {sentences.map((sentence) => (
                        <li key={sentence}>{sentence}</li>
                      ))}
                    </ul>
                  )}
                </div>
              );
            })}
            {/* Named with the account, as a list of them is read out button by button; the visible words
                first, in a message of their own (Chinese takes a full-width colon, and word order is the translator's). */}
            <div class="row">
              {/* A post the page dropped (a feed's cells that scrolled away) cannot be shown: said, not offered. */}
              {item.offPage ? (
                <span class="chip" data-testid="flag-off-page">
                  {t('flagOffPage')}
                </span>
              ) : (
                <button type="button" onClick={() => onShow(item)} aria-label={t('showFor', item.account.displayName)}>
                  {t('show')}
                </button>
              )}
              <button
                type="button"
                class="primary"
                onClick={() => onReport(item)}
                aria-label={t('reportFor', item.account.displayName)}
                aria-describedby={mark}
              >
                {t('report')}
              </button>
              {/* Beside the button, not in the head: a long name there is cut off, and this with it. */}
              {mark && (
                <span class="chip" id={mark} data-testid="flag-reported">
                  {t('reportedMark')}
                </span>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** Each flag with its reasons' sentences, none said twice for the account. */
function reasonsByCategory(item: FlaggedAccount, reasonText: FlagListProps['reasonText']): { flag: Flag; sentences: string[] }[] {
  const said = new Set<string>();
  return item.flags.map((flag, fi) => {
    const sentences: string[] = [];
    for (let ri = 0; ri < flag.reasons.length; ri++) {
      const sentence = reasonText(item, fi, ri);
      if (said.has(sentence)) continue;
      said.add(sentence);
      sentences.push(sentence);
    }
    return { flag, sentences };
  });
}

import type { HistoryEntry } from '../../utils/history/query';
import { categoryKey, type MessageKey } from '../../utils/i18n';
import { reportReasonText } from '../../utils/sync/reason-text';
import { useT } from '../i18n';
import { formatDateTime } from './format';

export interface HistoryTableProps {
  rows: HistoryEntry[];
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  onOpen: (id: string) => void;
}

/** One page of reports. Hostile text (names, handles, reasons) goes in as text nodes, dir="auto". */
export function HistoryTable({ rows, selected, onSelect, onOpen }: HistoryTableProps) {
  const t = useT();
  const pageIds = rows.map((r) => r.stored.report.id);
  const allOn = pageIds.length > 0 && pageIds.every((id) => selected.has(id));
  return (
    <table class="history">
      <caption class="visually-hidden">{t('historyCaption')}</caption>
      <thead>
        <tr>
          {/* data-label: the column names a narrow window shows in each card (options.css). */}
          <th scope="col" class="col-select" data-label={t('selectPage')}>
            <input
              type="checkbox"
              aria-label={t('selectPage')}
              checked={allOn}
              onChange={(e) => onSelect(pageIds, e.currentTarget.checked)}
            />
          </th>
          <th scope="col">{t('colDate')}</th>
          <th scope="col">{t('colAccount')}</th>
          <th scope="col">{t('colPlatform')}</th>
          <th scope="col">{t('colCategory')}</th>
          <th scope="col">{t('colStatus')}</th>
          <th scope="col" class="col-actions">
            <span class="visually-hidden">{t('colActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ stored }) => {
          const { report, status } = stored;
          // Worded here, in the page's language; only the endpoint's or browser's own words stay as they are.
          const reason = reportReasonText(stored, t);
          const name = report.account.displayName;
          return (
            <tr key={report.id} data-testid="history-row" data-report-id={report.id}>
              <td class="col-select">
                <input
                  type="checkbox"
                  aria-label={t('selectReport', name)}
                  checked={selected.has(report.id)}
                  onChange={(e) => onSelect([report.id], e.currentTarget.checked)}
                />
              </td>
              <td data-label={t('colDate')}>{formatDateTime(report.createdAt, t.lang)}</td>
              <td class="cell-account" data-label={t('colAccount')}>
                <bdi class="account-name">{name}</bdi>
                {report.account.handle && (
                  <bdi class="account-handle" dir="auto">
                    {report.account.handle}
                  </bdi>
                )}
              </td>
              <td data-label={t('colPlatform')}>{t(`platform_${report.platform}` as MessageKey)}</td>
              <td data-label={t('colCategory')}>{t(categoryKey(report.category))}</td>
              <td data-testid="report-status" data-status={status} data-label={t('colStatus')}>
                <span class={`status status-${status}`}>{t(`status_${status}` as MessageKey)}</span>
                {reason && (
                  <span class="status-reason" dir="auto">
                    {reason}
                  </span>
                )}
              </td>
              <td class="col-actions">
                <button type="button" aria-label={t('detailsFor', name)} onClick={() => onOpen(report.id)}>
                  {t('details')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

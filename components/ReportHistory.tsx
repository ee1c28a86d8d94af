import { useEffect, useState } from 'preact/hooks';
import { categoryKey, type MessageKey } from '../utils/i18n';
import type { StoredReport } from '../utils/schemas/report';
import { listReports } from '../utils/store/reports';
import { useT } from './i18n';

/** Every local report, newest first. */
export function ReportHistory() {
  const t = useT();
  const [reports, setReports] = useState<StoredReport[] | null>(null);
  useEffect(() => {
    void listReports().then(setReports);
  }, []);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('historyTitle')}</h2>
      {reports && reports.length === 0 && <p>{t('historyEmpty')}</p>}
      {reports && reports.length > 0 && (
        <table class="history">
          <thead>
            <tr>
              <th scope="col">{t('colDate')}</th>
              <th scope="col">{t('colAccount')}</th>
              <th scope="col">{t('colPlatform')}</th>
              <th scope="col">{t('colCategory')}</th>
              <th scope="col">{t('colStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map(({ report, status, statusReason }) => (
              <tr key={report.id} data-testid="history-row" data-report-id={report.id}>
                <td>{new Date(report.createdAt).toLocaleString()}</td>
                <td dir="auto">{report.account.displayName}</td>
                <td>{report.platform}</td>
                <td>{t(categoryKey(report.category))}</td>
                <td data-testid="report-status" data-status={status} title={statusReason}>
                  {t(`status_${status}` as MessageKey)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

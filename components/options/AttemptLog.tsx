import type { MessageKey } from '../../utils/i18n';
import type { SyncAttempt } from '../../utils/schemas/report';
import { attemptReasonText } from '../../utils/sync/reason-text';
import { useT } from '../i18n';
import { formatDateTime } from './format';

export interface AttemptLogProps {
  attempts: readonly SyncAttempt[];
}

/**
 * Each try at sending the report, newest first: when, the HTTP status, and why, worded in the
 * page's language (the endpoint's or browser's own words follow in brackets).
 */
export function AttemptLog({ attempts }: AttemptLogProps) {
  const t = useT();
  if (attempts.length === 0) return <p class="muted">{t('attemptsNone')}</p>;
  return (
    <table class="attempts">
      <thead>
        <tr>
          <th scope="col">{t('attemptTime')}</th>
          <th scope="col">{t('attemptOutcome')}</th>
          <th scope="col">{t('attemptHttp')}</th>
          <th scope="col">{t('attemptReason')}</th>
        </tr>
      </thead>
      <tbody>
        {[...attempts].reverse().map((a, i) => (
          <tr key={`${a.at}-${i}`}>
            <td>{formatDateTime(a.at, t.lang)}</td>
            <td>{t(`outcome_${a.outcome}` as MessageKey)}</td>
            <td>{a.status ?? '—'}</td>
            <td dir="auto">
              <span class="attempt-reason">{attemptReasonText(a, t)}</span>
              <span class="muted attempt-endpoint" dir="auto">
                {a.endpoint}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

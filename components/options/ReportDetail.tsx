import { useEffect, useState } from 'preact/hooks';
import { categoryKey, type MessageKey } from '../../utils/i18n';
import type { StoredReport } from '../../utils/schemas/report';
import { loadScreenshot } from '../../utils/store/history-load';
import { reportReasonText } from '../../utils/sync/reason-text';
import { useT } from '../i18n';
import { ruleLabel } from '../popup/EvidencePreview';
import { AttemptLog } from './AttemptLog';
import { Dialog } from './Dialog';
import { formatDateTime, isSafeScreenshot } from './format';

export interface ReportDetailProps {
  stored: StoredReport;
  canRetry: boolean;
  busy: boolean;
  /** What the last action in the dialog did (retry queued, blocked, failed): read out, and seen above the backdrop. */
  notice?: string;
  onRetry: () => void;
  onDelete: () => void;
  onClose: () => void;
}

/** Everything about one report: account, evidence, screenshot, and every sync attempt. */
export function ReportDetail({ stored, canRetry, busy, notice, onRetry, onDelete, onClose }: ReportDetailProps) {
  const t = useT();
  const { report, status } = stored;
  const { account, evidence } = report;
  const screenshot = useStoredScreenshot(report.id, evidence.screenshot);
  const field = (label: string, value: string | undefined, auto = false) =>
    value ? (
      <>
        <dt>{label}</dt>
        <dd dir={auto ? 'auto' : undefined}>{value}</dd>
      </>
    ) : null;
  return (
    <Dialog labelledBy="detail-title" onClose={onClose} class="detail">
      <div class="detail-head">
        <h2 id="detail-title" dir="auto">
          {account.displayName}
        </h2>
        <button type="button" class="close" onClick={onClose}>
          {t('actionClose')}
        </button>
      </div>
      <dl class="fields">
        {field(t('fieldHandle'), account.handle, true)}
        {field(t('fieldAccountId'), account.id, true)}
        {field(t('fieldProfileUrl'), account.profileUrl, true)}
        {field(t('colPlatform'), t(`platform_${report.platform}` as MessageKey))}
        {field(t('colCategory'), t(categoryKey(report.category)))}
        {field(t('fieldVerification'), t(`verification_${account.verification.kind}` as MessageKey))}
        {field(t('fieldVerificationLabel'), account.verification.label, true)}
        {field(t('colDate'), formatDateTime(report.createdAt, t.lang))}
        {field(t('fieldPageUrl'), report.pageUrl, true)}
        {field(t('colStatus'), t(`status_${status}` as MessageKey))}
        {field(t('fieldStatusReason'), reportReasonText(stored, t), true)}
        {field(t('fieldNote'), report.note, true)}
      </dl>
      <h3>{t('detailEvidence')}</h3>
      {evidence.signals.length === 0 ? (
        <p class="muted">{t('evidenceNoSignals')}</p>
      ) : (
        <ul class="signals">
          {evidence.signals.map((s, i) => (
            <li key={`${s.code}-${i}`}>
              {/* What kind of rule, in the reader's words; the code after it names the rule exactly. */}
              {ruleLabel(s.code, t)} <code>{s.code}</code> <span class="muted">{t(`signalField_${s.field}` as MessageKey)}</span>{' '}
              {s.match && <bdi class="match">{s.match}</bdi>}
            </li>
          ))}
        </ul>
      )}
      <dl class="fields">
        {field(t('fieldSeverity'), evidence.severity && t(`severity_${evidence.severity}` as MessageKey))}
        {field(t('fieldRuleset'), evidence.rulesetVersion)}
        {field(t('fieldSnippet'), evidence.snippet, true)}
      </dl>
      {isSafeScreenshot(screenshot) && (
        <figure class="screenshot">
          <img src={screenshot} alt={t('screenshotStoredAlt', account.displayName)} />
        </figure>
      )}
      <h3>{t('detailAttempts')}</h3>
      <AttemptLog attempts={stored.attempts} />
      {/* Mounted empty, so that a notice is read out; styled as one only when there is one. */}
      <p class={notice ? 'notice' : undefined} role="status" data-testid="detail-notice">
        {notice}
      </p>
      <div class="row end">
        {/* aria-disabled, not disabled: a disabled button drops its focus to <body> inside the modal. */}
        {canRetry && (
          <button type="button" onClick={() => busy || onRetry()} aria-disabled={busy ? 'true' : undefined}>
            {t('retryNow')}
          </button>
        )}
        <button type="button" class="danger" onClick={() => busy || onDelete()} aria-disabled={busy ? 'true' : undefined}>
          {t('deleteReport')}
        </button>
      </div>
    </Dialog>
  );
}

/**
 * The report's screenshot: the history's records come without one (history-load.ts), so it is
 * read from the store when the details open. Unreadable, it is just not shown.
 */
function useStoredScreenshot(id: string, given: string | undefined): string | undefined {
  const [read, setRead] = useState<{ id: string; screenshot?: string }>();
  useEffect(() => {
    if (given !== undefined) return;
    let current = true;
    loadScreenshot(id).then(
      (screenshot) => current && setRead({ id, screenshot }),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [id, given]);
  return given ?? (read?.id === id ? read.screenshot : undefined);
}

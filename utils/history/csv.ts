import { type Translate, translator } from '../i18n';
import type { StoredReport } from '../schemas/report';
import { reportReasonText } from '../sync/reason-text';

/** Byte-order mark: spreadsheet programs read the file as UTF-8 only when it starts with one. */
export const UTF8_BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'id',
  'createdAt',
  'status',
  'statusReason',
  'platform',
  'category',
  'displayName',
  'handle',
  'accountId',
  'profileUrl',
  'verification',
  'verificationLabel',
  'note',
  'pageUrl',
  'severity',
  'signals',
  'rulesetVersion',
  'snippet',
  'screenshot',
  'attempts',
  'updatedAt',
] as const;

/**
 * A cell a spreadsheet would run as a formula (= + - @, and tab / CR that some programs strip
 * first) gets a leading apostrophe, the OWASP "CSV injection" defence.
 */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, and its quotes doubled. */
export function csvField(value: string): string {
  const safe = defuseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cells(s: StoredReport, t: Translate): Record<(typeof CSV_COLUMNS)[number], string> {
  const { report } = s;
  return {
    id: report.id,
    createdAt: report.createdAt,
    status: s.status,
    // A sentence, as before codes were stored: worded (in English unless the caller says otherwise).
    statusReason: reportReasonText(s, t),
    platform: report.platform,
    category: report.category,
    displayName: report.account.displayName,
    handle: report.account.handle ?? '',
    accountId: report.account.id ?? '',
    profileUrl: report.account.profileUrl ?? '',
    verification: report.account.verification.kind,
    verificationLabel: report.account.verification.label ?? '',
    note: report.note ?? '',
    pageUrl: report.pageUrl,
    severity: report.evidence.severity ?? '',
    signals: report.evidence.signals.map((g) => [g.code, g.field, g.match].filter(Boolean).join(':')).join('; '),
    rulesetVersion: report.evidence.rulesetVersion ?? '',
    snippet: report.evidence.snippet ?? '',
    // The image itself would make the sheet unusable; JSON export keeps it. Read by a person: worded.
    screenshot: report.evidence.screenshot ? t('csvScreenshotYes') : '',
    attempts: String(s.attempts.length),
    updatedAt: s.updatedAt,
  };
}

/**
 * The reports as one CSV text: BOM, header row, one row per report, CRLF line ends. `t` words
 * the status reasons; English by default, which is what the column held before it was a code.
 */
export function reportsToCsv(reports: readonly StoredReport[], t: Translate = translator('en')): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const s of reports) {
    const row = cells(s, t);
    lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
  }
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

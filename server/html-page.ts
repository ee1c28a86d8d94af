import type { Report } from '../utils/schemas/report';
import type { StoredReportRow } from './store';

export const HTML_PAGE_SIZE = 50;

/** Every value from a report passes through here: names on social media are hostile input. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * Scripts off, nothing loaded from anywhere, no framing: even if escaping were ever missed,
 * the page could not run or fetch anything.
 */
export const HTML_PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

export function renderReportsPage(rows: readonly StoredReportRow[], total: number, olderPageBefore: number | null): string {
  const olderLink = olderPageBefore === null ? '' : `<p><a href="?before=${olderPageBefore}">Older reports →</a></p>`;
  const body =
    rows.length === 0
      ? '<p>No reports on this page.</p>'
      : `<table><thead><tr><th>Received</th><th>Platform</th><th>Account</th><th>Verification</th><th>Category</th><th>Signals</th><th>Note</th><th>Page</th></tr></thead><tbody>${rows.map(renderRow).join('')}</tbody></table>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>ClaimCheck reports</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}td{overflow-wrap:anywhere}small{color:#555}</style>
</head><body>
<h1>ClaimCheck reports</h1>
<p>${total} received in all, newest first. <a href="./">Newest</a></p>
${body}
${olderLink}
</body></html>`;
}

function renderRow(row: StoredReportRow): string {
  let report: Report;
  try {
    report = JSON.parse(row.content) as Report;
  } catch {
    return `<tr><td colspan="8">${escapeHtml(row.id)}: stored content is not readable</td></tr>`;
  }
  const account = report.account;
  const handle = account.handle ? ` <small>@${escapeHtml(account.handle)}</small>` : '';
  const verification = `${escapeHtml(account.verification.kind)}${account.verification.label ? `: ${escapeHtml(account.verification.label)}` : ''}`;
  const signals = report.evidence.signals
    .map(
      (signal) =>
        `${escapeHtml(signal.code)} (${escapeHtml(signal.field)}${signal.match ? `: ${escapeHtml(signal.match)}` : ''})`,
    )
    .join('<br>');
  const severity = report.evidence.severity ? ` <small>${escapeHtml(report.evidence.severity)}</small>` : '';
  return `<tr id="r${row.seq}"><td>${escapeHtml(row.receivedAt)}<br><small>${escapeHtml(row.id)}</small></td><td>${escapeHtml(report.platform)}</td><td>${escapeHtml(account.displayName)}${handle}</td><td>${verification}</td><td>${escapeHtml(report.category)}${severity}</td><td>${signals}</td><td>${escapeHtml(report.note)}</td><td>${escapeHtml(report.pageUrl)}</td></tr>`;
}

import { categoryKey, type MessageKey, translator } from '../utils/i18n';
import type { Report } from '../utils/schemas/report';
import { PAGE_TEXT, type PageLanguage, type PageText } from './page-text';
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
 * A value from a report, escaped and isolated: an unterminated right-to-left override (U+202E)
 * in a display name would otherwise run on and reverse the @handle or text after it.
 */
export const isolate = (value: unknown): string => `<bdi>${escapeHtml(value)}</bdi>`;

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

export interface ReportsPage {
  rows: readonly StoredReportRow[];
  total: number;
  /** `before` of the next older page, or null on the oldest page. */
  olderPageBefore: number | null;
  /** `before` of this page, or null on the newest one: the language switch stays on this page. */
  before: number | null;
  language: PageLanguage;
  /** The reader chose the language with the switch: links keep it (else Accept-Language decides). */
  languageChosen: boolean;
}

export function renderReportsPage(page: ReportsPage): string {
  const text = PAGE_TEXT[page.language];
  const link = (lang: PageLanguage | null, before: number | null) => {
    const params = [lang && `lang=${lang}`, before !== null && `before=${before}`].filter(Boolean);
    return params.length === 0 ? './' : `?${params.join('&amp;')}`;
  };
  const lang = page.languageChosen ? page.language : null;
  const olderLink = page.olderPageBefore === null ? '' : `<p><a href="${link(lang, page.olderPageBefore)}">${text.older}</a></p>`;
  const switchLink = `<a href="${link(text.switchTo.language, page.before)}" lang="${PAGE_TEXT[text.switchTo.language].htmlLang}">${text.switchTo.label}</a>`;
  const headings = text.columns.map((column) => `<th>${column}</th>`).join('');
  const name = codeNamer(page.language);
  const body =
    page.rows.length === 0
      ? `<p>${text.empty}</p>`
      : `<table><thead><tr>${headings}</tr></thead><tbody>${page.rows.map((row) => renderRow(row, text, name)).join('')}</tbody></table>`;
  return `<!doctype html>
<html lang="${text.htmlLang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text.title}</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}td{overflow-wrap:anywhere}small{color:#555}</style>
</head><body>
<h1>${text.title}</h1>
<p>${text.summary(page.total)} <a href="${link(lang, null)}">${text.newest}</a> · ${switchLink}</p>
${body}
${olderLink}
</body></html>`;
}

/**
 * Platform, badge kind, category and severity in the page's language, worded as the extension
 * words them (its catalogues); a code no catalogue knows (a newer client's) shows as sent.
 */
function codeNamer(language: PageLanguage): (prefix: string, code: string) => string {
  const t = translator(language === 'zh' ? 'zh_CN' : 'en');
  return (prefix, code) => {
    const key = prefix === 'category' ? categoryKey(code) : (`${prefix}_${code}` as MessageKey);
    const named = t(key);
    return named === key ? code : named;
  };
}

function renderRow(row: StoredReportRow, text: PageText, name: (prefix: string, code: string) => string): string {
  let report: Report;
  try {
    report = JSON.parse(row.content) as Report;
  } catch {
    return `<tr><td colspan="8">${escapeHtml(row.id)}: ${text.unreadable}</td></tr>`;
  }
  const account = report.account;
  const handle = account.handle ? ` <small>@${isolate(account.handle)}</small>` : '';
  const verification = `${escapeHtml(name('verification', account.verification.kind))}${account.verification.label ? `: ${isolate(account.verification.label)}` : ''}`;
  const signals = report.evidence.signals
    .map((signal) => `${isolate(signal.code)} (${escapeHtml(signal.field)}${signal.match ? `: ${isolate(signal.match)}` : ''})`)
    .join('<br>');
  // Catalogue words and schema-checked codes need no isolation; every free text gets it.
  const severity = report.evidence.severity ? ` <small>${escapeHtml(name('severity', report.evidence.severity))}</small>` : '';
  const cells = [
    `${escapeHtml(row.receivedAt)}<br><small>${escapeHtml(row.id)}</small>`,
    escapeHtml(name('platform', report.platform)),
    `${isolate(account.displayName)}${handle}`,
    verification,
    `${escapeHtml(name('category', report.category))}${severity}`,
    signals,
    isolate(report.note),
    isolate(report.pageUrl),
  ];
  return `<tr id="r${row.seq}">${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}

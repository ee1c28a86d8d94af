import { z } from 'zod';
// One locale, imported alone: the `z.locales` namespace would bring every language into the bundle.
import zhCN from 'zod/v4/locales/zh-CN.js';
import type { Lang } from '../i18n/core';
import { StoredReport } from '../schemas/report';

export const EXPORT_FORMAT = 'claimcheck-reports';
export const EXPORT_VERSION = 1;

/** The file's outer shape; rows are checked one by one afterwards, so one bad row spoils nothing else. */
const ExportEnvelope = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().optional(),
  reports: z.array(z.unknown()),
});

/** Every record exactly as stored, in a versioned envelope (lossless: re-importable as is). */
export function reportsToJson(reports: readonly StoredReport[], now = new Date()): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), reports }, null, 2)}\n`;
}

export interface InvalidRow {
  /** 1-based position in the file's `reports` array. */
  row: number;
  /** The first problem: where in the record and what. */
  issue: string;
}

export type ParsedImport =
  | { ok: true; valid: { row: number; record: StoredReport }[]; invalid: InvalidRow[]; duplicateInFile: number[] }
  | { ok: false; error: 'notJson' | 'notExport' | 'wrongVersion' };

/**
 * Reads an export file: the envelope must hold, then each row is validated with zod on its own.
 * A bad row's problem is worded in `lang` (zod's own Chinese messages for zh_CN).
 */
export function parseImport(text: string, lang: Lang = 'en'): ParsedImport {
  const error = lang === 'zh_CN' ? zhCN().localeError : undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'notJson' };
  }
  const envelope = ExportEnvelope.safeParse(raw);
  if (!envelope.success) {
    const version = (raw as { version?: unknown } | null)?.version;
    const sameFormat = (raw as { format?: unknown } | null)?.format === EXPORT_FORMAT;
    return { ok: false, error: sameFormat && version !== EXPORT_VERSION ? 'wrongVersion' : 'notExport' };
  }
  const valid: { row: number; record: StoredReport }[] = [];
  const invalid: InvalidRow[] = [];
  const duplicateInFile: number[] = [];
  const seen = new Set<string>();
  envelope.data.reports.forEach((item, i) => {
    const row = i + 1;
    const parsed = StoredReport.safeParse(item, { error });
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      invalid.push({
        row,
        issue: first ? `${first.path.join('.') || (lang === 'zh_CN' ? '（整行）' : '(row)')}: ${first.message}` : 'invalid',
      });
    } else if (seen.has(parsed.data.report.id)) {
      duplicateInFile.push(row);
    } else {
      seen.add(parsed.data.report.id);
      valid.push({ row, record: parsed.data });
    }
  });
  return { ok: true, valid, invalid, duplicateInFile };
}

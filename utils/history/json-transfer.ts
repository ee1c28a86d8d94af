import { z } from 'zod';
// One locale, imported alone: the `z.locales` namespace would bring every language into the bundle.
import zhCN from 'zod/v4/locales/zh-CN.js';
import { type Lang, type Translate, translator } from '../i18n';
import { StoredReport } from '../schemas/report';

export const EXPORT_FORMAT = 'claimcheck-reports';
export const EXPORT_VERSION = 1;
/** The largest file one import reads; an export larger than this is written as several files. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** The file's outer shape; rows are checked one by one afterwards, so one bad row spoils nothing else. */
const ExportEnvelope = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().optional(),
  reports: z.array(z.unknown()),
});

/**
 * Every record exactly as stored, in a versioned envelope (lossless: re-importable as is), one
 * record a line. Built from Blob parts, never as one string: the engine caps a string at about
 * 512 M characters, which some 700 screenshots pass. A history over `maxBytes` becomes several
 * files, each a complete export under the import limit.
 */
export function reportsToJsonFiles(reports: readonly StoredReport[], now = new Date(), maxBytes = MAX_IMPORT_BYTES): Blob[] {
  const head = `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(now.toISOString())},"reports":[\n`;
  const tail = '\n]}\n';
  const files: Blob[] = [];
  let rows: Blob[] = [];
  let size = head.length + tail.length;
  const flush = () => {
    files.push(new Blob([head, ...rows, tail], { type: 'application/json' }));
    rows = [];
    size = head.length + tail.length;
  };
  for (const r of reports) {
    // A Blob per record: its text leaves the JS heap at once, and its size is in UTF-8 bytes.
    const row = new Blob([JSON.stringify(r)]);
    if (rows.length > 0 && size + row.size + 2 > maxBytes) flush();
    rows.push(rows.length > 0 ? new Blob([',\n', row]) : row);
    size += row.size + 2;
  }
  if (rows.length > 0 || files.length === 0) flush();
  return files;
}

export interface InvalidRow {
  /** 1-based position in the file's `reports` array: the report's number, not a line. */
  row: number;
  /** The report's id as the file spells it, when it has one to search for. */
  id?: string;
  /** The first problem, where in the record and what, in each UI language: shown in the one the reader has then. */
  issue: Record<Lang, string>;
}

export type ImportFileError = 'notJson' | 'notExport' | 'wrongVersion';

export type ParsedImport =
  | { ok: true; valid: { row: number; record: StoredReport }[]; invalid: InvalidRow[]; duplicateInFile: number[] }
  | { ok: false; error: ImportFileError };

function readableId(item: unknown): string | undefined {
  const id = (item as { report?: { id?: unknown } } | null)?.report?.id;
  return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : undefined;
}

/** The first problem in `t`'s language: zod's own words, or ours where the schema's are English. */
function issueText(issues: readonly z.core.$ZodIssue[], t: Translate): string {
  const first = issues[0];
  if (!first) return '';
  const path = first.path.join('.');
  const message =
    first.path.at(-1) === 'screenshot'
      ? t(first.code === 'too_big' ? 'importScreenshotTooLarge' : 'importScreenshotFormat')
      : first.message;
  return path ? `${path}: ${message}` : message;
}

const EN = translator('en');
const ZH = translator('zh_CN');

/** A bad row's first problem in both languages (zod's own Chinese messages for zh_CN). */
function rowIssue(item: unknown, issues: readonly z.core.$ZodIssue[]): Record<Lang, string> {
  const zh = StoredReport.safeParse(item, { error: zhCN().localeError });
  return { en: issueText(issues, EN), zh_CN: issueText(zh.success ? issues : zh.error.issues, ZH) };
}

/**
 * Reads an export file: the envelope must hold, then each row is validated with zod on its own.
 * Ids are lower-cased: the endpoint folds their case too, so two spellings are one report.
 */
export function parseImport(text: string): ParsedImport {
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
    const parsed = StoredReport.safeParse(item);
    if (!parsed.success) {
      invalid.push({ row, id: readableId(item), issue: rowIssue(item, parsed.error.issues) });
      return;
    }
    const id = parsed.data.report.id.toLowerCase();
    if (seen.has(id)) duplicateInFile.push(row);
    else {
      seen.add(id);
      valid.push({ row, record: { ...parsed.data, report: { ...parsed.data.report, id } } });
    }
  });
  return { ok: true, valid, invalid, duplicateInFile };
}

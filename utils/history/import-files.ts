import type { StoredReport } from '../schemas/report';
import { importReports } from '../store/history-queries';
import { type ImportFileError, type InvalidRow, MAX_IMPORT_BYTES, parseImport } from './json-transfer';

/** A refused file: too large, unreadable (the browser's words), or not an export. */
export type FileProblem = { kind: 'tooLarge' } | { kind: 'unreadable'; detail: string } | { kind: ImportFileError };

export interface ImportSummary {
  imported: number;
  skipped: number;
  /** Rows repeating an id seen earlier in the same file or in an earlier chosen file. */
  duplicates: number;
  queued: number;
  /** `file` is set when several files were chosen, so that each row can be found. */
  invalid: (InvalidRow & { file?: string })[];
  refused: { file: string; problem: FileProblem }[];
  /** Files read and stored to the end. */
  completed: number;
  /** The store refused a file's records (a full disk): none of that file's were written, and no later file was tried. */
  failed?: { file: string; error: unknown };
}

/**
 * Imports one or more export files (a large export comes as several), one after the other, each
 * in its own transaction, so that only one file's records are in memory at a time. A file the
 * store refuses (a full disk) leaves nothing of itself behind and stops the import; importing
 * again later is safe, since ids already stored are skipped.
 */
export async function importFiles(files: readonly File[]): Promise<ImportSummary> {
  const seen = new Set<string>();
  const summary: ImportSummary = { imported: 0, skipped: 0, duplicates: 0, queued: 0, invalid: [], refused: [], completed: 0 };
  const several = files.length > 1;
  for (const file of files) {
    if (file.size > MAX_IMPORT_BYTES) {
      summary.refused.push({ file: file.name, problem: { kind: 'tooLarge' } });
      continue;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      // Moved or deleted since it was chosen, or on a drive that went away.
      const detail = error instanceof Error ? error.message : String(error);
      summary.refused.push({ file: file.name, problem: { kind: 'unreadable', detail } });
      continue;
    }
    const parsed = parseImport(text);
    if (!parsed.ok) {
      summary.refused.push({ file: file.name, problem: { kind: parsed.error } });
      continue;
    }
    const records: StoredReport[] = [];
    let duplicates = parsed.duplicateInFile.length;
    for (const { record } of parsed.valid) {
      // Also across files: an id in two parts is one report, counted as a repeat, not as "already here".
      if (seen.has(record.report.id)) duplicates++;
      else records.push(record);
    }
    try {
      const outcome = await importReports(records);
      summary.imported += outcome.imported;
      summary.skipped += outcome.skipped.length;
      summary.queued += outcome.queued;
    } catch (error) {
      summary.failed = { file: file.name, error };
      break;
    }
    for (const r of records) seen.add(r.report.id);
    summary.duplicates += duplicates;
    for (const row of parsed.invalid) summary.invalid.push(several ? { ...row, file: file.name } : row);
    summary.completed++;
  }
  return summary;
}

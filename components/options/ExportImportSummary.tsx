import type { FileProblem, ImportSummary } from '../../utils/history/import-files';
import { MAX_IMPORT_BYTES } from '../../utils/history/json-transfer';
import { counted, type Translate } from '../../utils/i18n';
import { useT } from '../i18n';

const MAX_IMPORT_MB = MAX_IMPORT_BYTES / 1024 / 1024;

/** Why a chosen file was not imported, with its name when several were chosen. */
export function refusalText(t: Translate, problem: FileProblem, file?: string): string {
  const text =
    problem.kind === 'tooLarge'
      ? t('importTooLarge', MAX_IMPORT_MB)
      : problem.kind === 'unreadable'
        ? t('importFailed', problem.detail)
        : t(`importError_${problem.kind}`);
  return file ? t('importFileError', file, text) : text;
}

/** "Report 5 (id …)", and the file it is in when several were imported at once. */
function rowLabel(t: Translate, r: ImportSummary['invalid'][number]): string {
  const label = r.id ? t('importReportId', r.row, r.id) : t('importReportN', r.row);
  return r.file ? t('importInFile', r.file, label) : label;
}

export interface ExportImportSummaryProps {
  summary: ImportSummary | null;
}

/** What an import did. Always on the page, so that the result, when it arrives, is read out. */
export function ExportImportSummary({ summary }: ExportImportSummaryProps) {
  const t = useT();
  const invalid = summary?.invalid ?? [];
  return (
    <div class="import-summary" aria-live="polite" data-testid="import-summary">
      {summary && (
        <>
          <p>{t('importSummary', summary.imported, summary.skipped, invalid.length)}</p>
          {summary.duplicates > 0 && <p class="muted">{counted(t, 'importDuplicates', summary.duplicates)}</p>}
          {summary.queued > 0 && <p>{counted(t, 'importQueued', summary.queued)}</p>}
          {invalid.length > 0 && (
            <ul class="invalid-rows">
              {invalid.slice(0, 50).map((r) => (
                <li key={`${r.file ?? ''}#${r.row}`} dir="auto">
                  {t('importInvalidRow', rowLabel(t, r), r.issue[t.lang])}
                </li>
              ))}
              {invalid.length > 50 && <li>{counted(t, 'importMoreInvalid', invalid.length - 50)}</li>}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

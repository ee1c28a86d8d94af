import { useState } from 'preact/hooks';
import { reportsToCsv } from '../../utils/history/csv';
import { parseImport, reportsToJson } from '../../utils/history/json-transfer';
import type { HistoryEntry } from '../../utils/history/query';
import { counted, type MessageKey } from '../../utils/i18n';
import { importReports } from '../../utils/store/history-queries';
import { useT } from '../i18n';

export interface ExportImportProps {
  entries: HistoryEntry[];
  reload: () => Promise<void>;
}

interface Summary {
  imported: number;
  skipped: number;
  duplicates: number;
  queued: number;
  invalid: { row: number; issue: string }[];
}

function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** Export every report as JSON (lossless) or CSV (for spreadsheets); import a JSON export. */
export function ExportImport({ entries, reload }: ExportImportProps) {
  const t = useT();
  const [error, setError] = useState('');
  const [summary, setSummary] = useState<Summary | null>(null);
  const stamp = () => new Date().toISOString().slice(0, 10);
  const all = () => entries.map((e) => e.stored);
  // Building the file can throw (JSON.stringify past the engine's longest string on a huge
  // history, or out of memory): say so, instead of a button that silently does nothing.
  const exportAs = (make: () => string, type: string, ext: string) => {
    setError('');
    setSummary(null);
    try {
      download(make(), type, `claimcheck-reports-${stamp()}.${ext}`);
    } catch (e) {
      setError(t('exportFailed', e instanceof Error ? e.message : String(e)));
    }
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    setError('');
    setSummary(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setError(t('importTooLarge'));
    const parsed = parseImport(await file.text(), t.lang);
    if (!parsed.ok) return setError(t(`importError_${parsed.error}` as MessageKey));
    try {
      const outcome = await importReports(parsed.valid.map((v) => v.record));
      setSummary({
        imported: outcome.imported,
        skipped: outcome.skipped.length,
        duplicates: parsed.duplicateInFile.length,
        queued: outcome.queued,
        invalid: parsed.invalid,
      });
    } catch (e) {
      setError(t('importFailed', e instanceof Error ? e.message : String(e)));
    }
    await reload();
  };

  return (
    <section id="transfer" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('transferTitle')}</h2>
      <div class="row">
        <button
          type="button"
          disabled={entries.length === 0}
          onClick={() => exportAs(() => reportsToJson(all()), 'application/json', 'json')}
        >
          {t('exportJson')}
        </button>
        <button
          type="button"
          disabled={entries.length === 0}
          onClick={() => exportAs(() => reportsToCsv(all(), t), 'text/csv;charset=utf-8', 'csv')}
        >
          {t('exportCsv')}
        </button>
        <label class="file-button">
          <span>{t('importJson')}</span>
          <input type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget)} />
        </label>
      </div>
      <p class="muted">{t('transferHelp')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {summary && (
        <div class="import-summary" aria-live="polite" data-testid="import-summary">
          <p>{t('importSummary', summary.imported, summary.skipped, summary.invalid.length)}</p>
          {summary.duplicates > 0 && <p class="muted">{counted(t, 'importDuplicates', summary.duplicates)}</p>}
          {summary.queued > 0 && <p>{counted(t, 'importQueued', summary.queued)}</p>}
          {summary.invalid.length > 0 && (
            <ul class="invalid-rows">
              {summary.invalid.slice(0, 50).map((r) => (
                <li key={r.row} dir="auto">
                  {t('importInvalidRow', r.row, r.issue)}
                </li>
              ))}
              {summary.invalid.length > 50 && <li>{counted(t, 'importMoreInvalid', summary.invalid.length - 50)}</li>}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

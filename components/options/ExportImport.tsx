import { useRef, useState } from 'preact/hooks';
import { reportsToCsv } from '../../utils/history/csv';
import { type ImportSummary, importFiles } from '../../utils/history/import-files';
import { MAX_IMPORT_BYTES, reportsToJsonFiles } from '../../utils/history/json-transfer';
import type { HistoryEntry } from '../../utils/history/query';
import { isListable } from '../../utils/history/readable';
import type { Translate } from '../../utils/i18n';
import { failureText } from '../../utils/i18n/failure-text';
import { loadAllReports } from '../../utils/store/history-queries';
import { useT } from '../i18n';
import { download } from './download';
import { ExportImportSummary, refusalText } from './ExportImportSummary';
import { localDay } from './format';

export interface ExportImportProps {
  /** What the page lists; an export reads the store itself, at the moment of the click. */
  entries: HistoryEntry[];
  /** Stored records the page cannot list: an export still has something to save. */
  unreadable?: number;
  reload: () => Promise<void>;
}

/** A message worded when shown. */
type Wording = (t: Translate) => string;

/** Export every report as JSON (lossless) or CSV (for spreadsheets); import JSON exports. */
export function ExportImport({ entries, unreadable = 0, reload }: ExportImportProps) {
  const t = useT();
  // Worded when shown, not when made: a switch of the page's language re-words them.
  const [errors, setErrors] = useState<Wording[]>([]);
  const [note, setNote] = useState<Wording | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [busy, setBusyState] = useState<'export' | 'import' | null>(null);
  // What runs now, read by the handlers: the state is only seen by the next render.
  const running = useRef<'export' | 'import' | null>(null);
  const setBusy = (now: 'export' | 'import' | null) => {
    running.current = now;
    setBusyState(now);
  };
  const name = (suffix: string, ext: string) => `claimcheck-reports-${localDay()}${suffix}.${ext}`;

  // What is stored now, not what the page loaded earlier: a report filed in another window since
  // then would be missing, and "Delete all" (which says to export first) would lose it.
  const exportAs = async (kind: 'json' | 'csv') => {
    if (running.current) return;
    setErrors([]);
    setNote(null);
    setSummary(null);
    setBusy('export');
    try {
      const all = await loadAllReports();
      if (kind === 'csv') {
        const listable = all.filter(isListable);
        const csv = reportsToCsv(listable, t);
        download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name('', 'csv'));
        // Records too malformed to list have no row: say so, and where they are kept.
        const left = all.length - listable.length;
        if (left > 0) setNote(() => (tt: Translate) => tt('exportCsvLeftOut', left));
      } else {
        const files = reportsToJsonFiles(all);
        for (const [i, blob] of files.entries()) download(blob, name(files.length > 1 ? `-${i + 1}` : '', 'json'));
        if (files.length > 1) setNote(() => (tt: Translate) => tt('exportParts', MAX_IMPORT_BYTES / 1024 / 1024, files.length));
      }
    } catch (e) {
      // Reading the store, or building the file (out of memory on a huge history), failed.
      // Added to, not replaced: a "not imported" said while the export ran stays.
      setErrors((shown) => [...shown, (tt) => failureText(tt, 'exportFailed', e)]);
    } finally {
      setBusy(null);
    }
  };

  const onFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    // The input is disabled while anything runs; should files come through all the same, say
    // they were not imported rather than drop them without a word.
    if (running.current) {
      setErrors([(tt) => tt('importWhileBusy')]);
      return;
    }
    setErrors([]);
    setNote(null);
    setSummary(null);
    setBusy('import');
    try {
      const result = await importFiles(files);
      const several = files.length > 1;
      const errors: Wording[] = result.refused.map((r) => (tt) => refusalText(tt, r.problem, several ? r.file : undefined));
      const { failed } = result;
      if (failed) {
        const why = (tt: Translate) => failureText(tt, 'importFailed', failed.error);
        errors.push(several ? (tt) => tt('importFileError', failed.file, why(tt)) : why);
        // The import stops at that file: the files after it were not tried.
        const rest = files.slice(files.findIndex((f) => f.name === failed.file) + 1).map((f) => f.name);
        if (rest.length) errors.push((tt) => tt('importNotTried', rest.join(', ')));
      }
      setErrors((shown) => [...shown, ...errors]);
      // No summary when no file got through: the errors say it all.
      setSummary(result.completed > 0 ? result : null);
    } catch (e) {
      setErrors((shown) => [...shown, (tt) => failureText(tt, 'importFailed', e)]);
    } finally {
      setBusy(null);
      // The input was disabled while it ran, which drops focus; give it back.
      if (document.activeElement === document.body) input.focus();
    }
    await reload();
  };

  const nothing = entries.length === 0 && unreadable === 0;
  return (
    <section id="transfer" aria-labelledby="transfer-title" aria-busy={busy !== null}>
      <h2 id="transfer-title">{t('transferTitle')}</h2>
      <div class="row">
        <button type="button" disabled={nothing} aria-disabled={busy !== null} onClick={() => void exportAs('json')}>
          {t('exportJson')}
        </button>
        <button type="button" disabled={nothing} aria-disabled={busy !== null} onClick={() => void exportAs('csv')}>
          {t('exportCsv')}
        </button>
        <label class="file-button">
          <span>{t('importJson')}</span>
          <input
            type="file"
            multiple
            accept=".json,application/json"
            // Disabled while an export runs too: a file chosen then would have to wait or be lost.
            disabled={busy !== null}
            onChange={(e) => void onFiles(e.currentTarget)}
          />
        </label>
      </div>
      <p class="muted">{t('transferHelp')}</p>
      <p class="muted" role="status" data-testid="transfer-status">
        {busy === 'import' ? t('importing') : busy === 'export' ? t('exporting') : note?.(t)}
      </p>
      {errors.length > 0 && (
        <div class="error" role="alert">
          {errors.map((e, i) => (
            <p key={i}>{e(t)}</p>
          ))}
        </div>
      )}
      <ExportImportSummary summary={summary} />
    </section>
  );
}

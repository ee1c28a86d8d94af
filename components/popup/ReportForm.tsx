import { useState } from 'preact/hooks';
import { categoryKey, type MessageKey } from '../../utils/i18n';
import type { Evidence } from '../../utils/schemas/report';
import type { ReportCategory } from '../../utils/schemas/verdict';
import { ReportCategory as Categories } from '../../utils/schemas/verdict';
import { useT } from '../i18n';
import { EvidencePreview } from './EvidencePreview';
import { ScreenshotField } from './ScreenshotField';

export const NOTE_MAX = 2000;

export interface ReportFormValues {
  category: ReportCategory;
  note: string;
  snippet: string;
  screenshot?: string;
  /** Only for "Report another account…". */
  profileUrl?: string;
  name?: string;
}

export interface ReportFormProps {
  title: string;
  values: ReportFormValues;
  /** The evidence the current values would store (built by the parent, as filing will). */
  evidence: Evidence;
  errors: Record<string, string>;
  busy: boolean;
  /** Shown for "Report another account…": profile URL and name fields, and the platform seen. */
  other?: { platformKey: MessageKey | null };
  onChange: (values: ReportFormValues) => void;
  onCapture: () => Promise<string>;
  onSubmit: () => void;
  onCancel: () => void;
}

/** The report form; the parent owns the values (and keeps them as a draft). */
export function ReportForm(props: ReportFormProps) {
  const { title, values, evidence, errors, busy, other, onChange } = props;
  const t = useT();
  const [captureError, setCaptureError] = useState('');
  const update = (patch: Partial<ReportFormValues>) => onChange({ ...values, ...patch });
  const fieldError = (name: string) =>
    errors[name] && (
      <p class="error" id={`${name}-error`}>
        {errors[name]}
      </p>
    );
  return (
    <form
      class="report-form"
      aria-label={title}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <h2 dir="auto">{title}</h2>
      {other && (
        <>
          <label>
            <span>{t('fieldProfileUrl')}</span>
            <input
              type="url"
              value={values.profileUrl ?? ''}
              aria-invalid={!!errors.profileUrl}
              onInput={(e) => update({ profileUrl: e.currentTarget.value })}
            />
          </label>
          {fieldError('profileUrl')}
          {other.platformKey && <p class="muted">{t('platformDetected', t(other.platformKey))}</p>}
          <label>
            <span>{t('fieldName')}</span>
            <input
              type="text"
              value={values.name ?? ''}
              dir="auto"
              aria-invalid={!!errors.displayName}
              onInput={(e) => update({ name: e.currentTarget.value })}
            />
          </label>
          {fieldError('displayName')}
        </>
      )}
      <label>
        <span>{t('fieldCategory')}</span>
        <select
          aria-label="Category"
          value={values.category}
          onChange={(e) => update({ category: e.currentTarget.value as ReportCategory })}
        >
          {Categories.options.map((c) => (
            <option key={c} value={c}>
              {t(categoryKey(c))}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('fieldNote')}</span>
        <textarea
          aria-label="Note"
          aria-describedby="note-count"
          aria-invalid={!!errors.note}
          maxLength={NOTE_MAX}
          rows={4}
          dir="auto"
          value={values.note}
          onInput={(e) => update({ note: e.currentTarget.value })}
        />
      </label>
      <div id="note-count" class="counter">
        {values.note.length} / {NOTE_MAX}
      </div>
      {fieldError('note')}
      <EvidencePreview
        evidence={evidence}
        snippet={values.snippet}
        onSnippet={(snippet) => update({ snippet })}
        error={errors.snippet}
      />
      <ScreenshotField
        screenshot={values.screenshot}
        error={captureError || errors.screenshot}
        onCapture={async () => {
          setCaptureError('');
          try {
            update({ screenshot: await props.onCapture() });
          } catch (err) {
            setCaptureError(t('screenshotFailed', err instanceof Error ? err.message : String(err)));
          }
        }}
        onRemove={() => update({ screenshot: undefined })}
      />
      {errors.form && (
        <p class="error" role="alert">
          {errors.form}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {t('fileReport')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

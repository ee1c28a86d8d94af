import { useEffect, useRef } from 'preact/hooks';
import { categoryKey, type MessageKey } from '../../utils/i18n';
import type { Evidence } from '../../utils/schemas/report';
import type { ReportCategory } from '../../utils/schemas/verdict';
import { ReportCategory as Categories } from '../../utils/schemas/verdict';
import { useT } from '../i18n';
import { EvidencePreview } from './EvidencePreview';
import { FieldMessage, invalidProps } from './field-a11y';
import { OtherAccountFields } from './OtherAccountFields';
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
  /** Takes a screenshot and puts it in this form's values (see ScreenshotField). */
  onCapture: () => Promise<unknown>;
  onSubmit: () => void;
  onCancel: () => void;
}

/** The report form; the parent owns the values (and keeps them as a draft). */
export function ReportForm(props: ReportFormProps) {
  const { title, values, evidence, errors, busy, other, onChange } = props;
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The values as of the last render, for a change made before this render's handlers are new
  // (two events in one frame): the ones a handler closed over may miss the first.
  const latest = useRef(values);
  latest.current = values;
  // The button that opened the form is gone with the list: focus goes to the form's heading, so
  // the reader hears which account this report is about and Tab goes on to its first field.
  useEffect(() => heading.current?.focus(), []);
  // A failed "File report" brings a new errors object: focus the first field to fix, so a
  // keyboard or screen-reader user lands on it and hears its error. In an effect: aria-invalid is
  // in the DOM only after this render (the submit handler would still see the previous one).
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  const update = (patch: Partial<ReportFormValues>) => onChange({ ...latest.current, ...patch });
  // No aria-label on the fields: the visible, translated <label> is their name in every language.
  return (
    <form
      ref={form}
      class="report-form"
      aria-label={title}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <h2 dir="auto" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      {other && (
        <OtherAccountFields
          profileUrl={values.profileUrl ?? ''}
          name={values.name ?? ''}
          errors={errors}
          platformKey={other.platformKey}
          onChange={update}
        />
      )}
      <label for="report-category">
        <span>{t('fieldCategory')}</span>
        <select
          id="report-category"
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
      <label for="report-note">
        <span>{t('fieldNote')}</span>
        <textarea
          id="report-note"
          {...invalidProps('note', errors.note, 'note-count')}
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
      <FieldMessage field="note" error={errors.note} />
      <EvidencePreview
        evidence={evidence}
        snippet={values.snippet}
        onSnippet={(snippet) => update({ snippet })}
        error={errors.snippet}
      />
      <ScreenshotField
        screenshot={values.screenshot}
        error={errors.screenshot}
        onCapture={props.onCapture}
        onRemove={() => update({ screenshot: undefined })}
      />
      {errors.form && (
        <p class="error" role="alert">
          {errors.form}
        </p>
      )}
      <div class="row">
        {/* aria-disabled rather than disabled: a disabled button loses focus in Chromium. The
            parent ignores a submit while one runs. */}
        <button type="submit" class="primary" aria-disabled={busy || undefined}>
          {busy ? t('filingReport') : t('fileReport')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

import { useState } from 'preact/hooks';
import { categoryKey } from '../utils/i18n';
import type { ReportCategory } from '../utils/schemas/verdict';
import { ReportCategory as Categories } from '../utils/schemas/verdict';
import { useT } from './i18n';

export const NOTE_MAX = 2000;

export interface ReportFormValues {
  category: ReportCategory;
  note: string;
  snippet: string;
}

export interface ReportFormProps {
  title: string;
  initial: ReportFormValues;
  errors: Record<string, string>;
  busy: boolean;
  onChange?: (values: ReportFormValues) => void;
  onSubmit: (values: ReportFormValues) => void;
  onCancel: () => void;
}

/** Category, note and the evidence snippet, with inline errors; the parent keeps the draft. */
export function ReportForm({ title, initial, errors, busy, onChange, onSubmit, onCancel }: ReportFormProps) {
  const t = useT();
  const [values, setValues] = useState(initial);
  const update = (patch: Partial<ReportFormValues>) => {
    const next = { ...values, ...patch };
    setValues(next);
    onChange?.(next);
  };
  return (
    <form
      class="report-form"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(values);
      }}
    >
      <h2 dir="auto">{title}</h2>
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
          maxLength={NOTE_MAX}
          rows={4}
          value={values.note}
          onInput={(e) => update({ note: e.currentTarget.value })}
        />
      </label>
      <div id="note-count" class="counter">
        {values.note.length} / {NOTE_MAX}
      </div>
      {errors.note && <p class="error">{errors.note}</p>}
      {errors.form && (
        <p class="error" role="alert">
          {errors.form}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {t('fileReport')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

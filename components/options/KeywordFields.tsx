import type { DraftErrors } from '../../utils/history/settings-draft';
import { categoryKey } from '../../utils/i18n';
import { FLAG_CATEGORIES, type FlagCategory } from '../../utils/schemas/verdict';
import { useT } from '../i18n';
import { FieldError } from './FieldError';

export interface KeywordFieldsProps {
  text: Record<FlagCategory, string>;
  errors: DraftErrors;
  onChange: (category: FlagCategory, text: string) => void;
}

/** Extra words per category, one a line; the typed text is kept exactly, errors name the line. */
export function KeywordFields({ text, errors, onChange }: KeywordFieldsProps) {
  const t = useT();
  return (
    <fieldset>
      <legend>{t('fieldKeywords')}</legend>
      <p class="help">{t('keywordsHelp')}</p>
      {FLAG_CATEGORIES.map((c) => (
        <div key={c} class="keyword-field">
          <label for={`keywords-${c}`}>{t(categoryKey(c))}</label>
          <textarea
            id={`keywords-${c}`}
            rows={3}
            value={text[c]}
            aria-invalid={errors[c] ? true : undefined}
            aria-describedby={`keywords-${c}-error`}
            onInput={(e) => onChange(c, e.currentTarget.value)}
          />
          <FieldError id={`keywords-${c}-error`} error={errors[c]} />
        </div>
      ))}
    </fieldset>
  );
}

import { useRef } from 'preact/hooks';
import { categoryKey, type MessageKey, type Translate } from '../../utils/i18n';
import type { Evidence } from '../../utils/schemas/report';
import { ReportCategory } from '../../utils/schemas/verdict';
import { useT } from '../i18n';
import { FieldMessage, invalidProps } from './field-a11y';

/** Rule families that are not a category, by the code's first part. */
const FAMILIES: Record<string, MessageKey> = {
  credential: 'signalRule_credential',
  lookalike: 'signalRule_lookalike',
  custom: 'signalRule_custom',
};

/**
 * What kind of rule raised a signal, in the reader's words ("news-media.agency" → News media):
 * a rule code is English and means nothing to a reader. The code stays in the JSON below.
 */
export function ruleLabel(code: string, t: Translate): string {
  const family = code.split('.')[0] ?? '';
  if ((ReportCategory.options as readonly string[]).includes(family)) return t(categoryKey(family));
  return t(FAMILIES[family] ?? 'signalRule_other');
}

export interface EvidencePreviewProps {
  evidence: Evidence;
  snippet: string;
  onSnippet: (snippet: string) => void;
  error?: string;
}

/** The evidence exactly as it will be stored and sent; the snippet is the user's to edit or remove. */
export function EvidencePreview({ evidence, snippet, onSnippet, error }: EvidencePreviewProps) {
  const t = useT();
  const { screenshot: _omitted, ...shown } = evidence;
  const field = useRef<HTMLTextAreaElement>(null);
  return (
    <fieldset class="evidence">
      <legend>{t('evidenceTitle')}</legend>
      {evidence.signals.length === 0 ? (
        <p class="muted">{t('evidenceNoSignals')}</p>
      ) : (
        <ul class="signals">
          {evidence.signals.map((s) => (
            <li key={`${s.code}.${s.field}.${s.match}`}>
              {ruleLabel(s.code, t)} · {t(`signalField_${s.field}` as MessageKey)}
              {s.match && <q dir="auto">{s.match}</q>}
            </li>
          ))}
        </ul>
      )}
      <label for="report-snippet">
        <span>{t('fieldSnippet')}</span>
        <textarea
          id="report-snippet"
          ref={field}
          {...invalidProps('snippet', error, 'snippet-count')}
          rows={3}
          maxLength={500}
          value={snippet}
          onInput={(e) => onSnippet(e.currentTarget.value)}
          dir="auto"
        />
      </label>
      <div id="snippet-count" class="counter">
        {snippet.length} / 500
      </div>
      <FieldMessage field="snippet" error={error} />
      {snippet && (
        <button
          type="button"
          onClick={() => {
            onSnippet('');
            // The button goes with the snippet: focus goes to the now empty field, to type one or move on.
            field.current?.focus();
          }}
        >
          {t('removeSnippet')}
        </button>
      )}
      <details>
        <summary>{t('evidenceJson')}</summary>
        <pre data-testid="evidence-json">{JSON.stringify(shown, null, 2)}</pre>
      </details>
    </fieldset>
  );
}

import type { MessageKey } from '../../utils/i18n';
import type { Evidence } from '../../utils/schemas/report';
import { useT } from '../i18n';
import { FieldMessage, invalidProps } from './field-a11y';

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
  return (
    <fieldset class="evidence">
      <legend>{t('evidenceTitle')}</legend>
      {evidence.signals.length === 0 ? (
        <p class="muted">{t('evidenceNoSignals')}</p>
      ) : (
        <ul class="signals">
          {evidence.signals.map((s) => (
            <li key={`${s.code}.${s.field}.${s.match}`}>
              <code>{s.code}</code> · {t(`signalField_${s.field}` as MessageKey)}
              {s.match && <q dir="auto">{s.match}</q>}
            </li>
          ))}
        </ul>
      )}
      <label for="report-snippet">
        <span>{t('fieldSnippet')}</span>
        <textarea
          id="report-snippet"
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
        <button type="button" onClick={() => onSnippet('')}>
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

import type { FieldError as FieldErrorValue } from '../../utils/history/settings-draft';
import type { MessageKey } from '../../utils/i18n';
import { useT } from '../i18n';

export interface FieldErrorProps {
  id: string;
  error: FieldErrorValue | undefined;
}

/** The inline message under a field; the field points at it with aria-describedby. */
export function FieldError({ id, error }: FieldErrorProps) {
  const t = useT();
  return (
    <p id={id} class="error field-error" hidden={!error}>
      {error ? t(error.key as MessageKey, error.arg ?? '') : ''}
    </p>
  );
}

/** A field's error message has this id, so the field can point at it. */
export const errorId = (field: string) => `${field}-error`;

/**
 * aria-invalid, and aria-describedby naming the field's error after its other descriptions: a
 * screen reader then reads the error when focus lands on the field (a plain <p> below it is
 * never announced).
 */
export function invalidProps(field: string, error: string | undefined, ...describedBy: string[]) {
  const ids = error ? [...describedBy, errorId(field)] : describedBy;
  return { 'aria-invalid': error ? (true as const) : undefined, 'aria-describedby': ids.join(' ') || undefined };
}

/** The message under a field, only when there is one. */
export function FieldMessage({ field, error }: { field: string; error: string | undefined }) {
  return error ? (
    <p class="error" id={errorId(field)}>
      {error}
    </p>
  ) : null;
}

// Imported by tests only: IndexedDB writes failing the way a browser's do.

type Method = 'add' | 'put' | 'delete' | 'clear';

/**
 * From now on, every `method` call on a store throws `error` (by default the browser's full-disk
 * error, a QuotaExceededError DOMException). Returns the function that puts things back.
 */
export function failWrites(
  method: Method,
  error = new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
): () => void {
  const proto = IDBObjectStore.prototype as unknown as Record<Method, (...args: unknown[]) => unknown>;
  const original = proto[method];
  proto[method] = () => {
    throw error;
  };
  return () => {
    proto[method] = original;
  };
}

import { isStorageFull, STORAGE_FULL_MARKER } from '../../utils/store/storage-full';

/**
 * A handler whose store write may find the disk full: only the refusal's text reaches the page
 * (dispatchMessage), so a full disk is marked in it, for the page to word it itself as the
 * catalogued advice (the browser's QuotaExceededError text is English and gives none). Other
 * failures pass as they are.
 */
export function markingStorageFull<P, S, R>(handler: (payload: P, sender: S) => Promise<R>) {
  return async (payload: P, sender: S): Promise<R> => {
    try {
      return await handler(payload, sender);
    } catch (err) {
      const text = err instanceof Error || err instanceof DOMException ? err.message : String(err);
      if (!isStorageFull(err) || text.includes(STORAGE_FULL_MARKER)) throw err;
      throw new Error(`${STORAGE_FULL_MARKER} ${text}`, { cause: err });
    }
  };
}

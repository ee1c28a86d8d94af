import { useEffect } from 'preact/hooks';

/** While `dirty`, leaving the page asks first (in the browser's own wording), so unsaved edits are not lost unseen. */
export function useLeaveGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const ask = (e: Event) => e.preventDefault();
    addEventListener('beforeunload', ask);
    return () => removeEventListener('beforeunload', ask);
  }, [dirty]);
}

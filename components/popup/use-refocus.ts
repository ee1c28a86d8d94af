import { useEffect, useRef } from 'preact/hooks';

/**
 * Where a control the user pressed is replaced by another (Attach by Remove, Enable by the
 * site's switch), the browser drops focus to the document: a keyboard user starts over from the
 * top and a screen reader says nothing. When `shown` changes and focus was lost that way, it goes
 * to `next()`. Only then: a user who moved on while the action ran keeps their place.
 */
export function useRefocus(shown: unknown, next: () => HTMLElement | null | undefined): void {
  const mounted = useRef(false);
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const active = document.activeElement;
    if (!active || active === document.body) next()?.focus();
  }, [shown]);
}

import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Where focus goes once the list shows a change: after a removal, the button at `index` once the
 * row whose button matches `gone` has left; after an undo, the button matching `to` once it is back.
 */
export type RowFocus = { index: number; gone: string } | { to: string } | null;

/**
 * A row's Remove button leaves with its row: focus then moves to the next row's button (or the
 * last row's), to `fallback` when the list is empty, or back to a restored row, never to the
 * document, where a keyboard user starts over. The list changes when the store's change reaches
 * the page, which may be before or after the caller's own state changes: `changes` lists both,
 * and focus moves only once the page shows the change.
 */
export function useRowFocus(
  box: RefObject<HTMLElement | null>,
  fallback: () => HTMLElement | null | undefined,
  changes: unknown[],
) {
  const pending = useRef<RowFocus>(null);
  useEffect(() => {
    const target = pending.current;
    const root = box.current;
    if (!target || !root) return;
    let next: HTMLElement | null | undefined;
    if ('to' in target) next = root.querySelector<HTMLElement>(target.to);
    else if (!root.querySelector(target.gone)) {
      const buttons = root.querySelectorAll<HTMLButtonElement>('li button');
      next = buttons[Math.min(target.index, buttons.length - 1)] ?? fallback();
    }
    if (!next) return;
    pending.current = null;
    next.focus();
  }, changes);
  return pending;
}

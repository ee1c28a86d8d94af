import { browser } from 'wxt/browser';

/**
 * The popup's "Show": scrolls to the account's first name element still on the page and
 * pulses an outline around it (an animation, so nothing of the page's own style is changed).
 */
export function listenForShow(signal: AbortSignal, elementsOf: (key: string) => Iterable<Element>): void {
  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    const m = message as { type?: unknown; key?: unknown } | null;
    if (m?.type !== 'showAccount' || typeof m.key !== 'string') return;
    const el = [...elementsOf(m.key)].find((e) => e.isConnected);
    if (!el) return;
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el.animate?.(
      [
        { outline: '3px solid #b3261e', outlineOffset: '2px' },
        { outline: '3px solid transparent', outlineOffset: '2px' },
      ],
      {
        duration: 700,
        iterations: 3,
      },
    );
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}

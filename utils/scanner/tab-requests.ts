import { browser } from 'wxt/browser';
import type { PostContext, ShownAccount, TabRequest } from '../schemas/messages';

export interface TabRequestAnswers {
  elementsOf(key: string): Iterable<Element>;
  contextOf(key: string): string | undefined;
}

/**
 * What the popup asks this tab (only the extension's own pages may ask):
 * - `showAccount` scrolls to the account's first name element still on the page and pulses an
 *   outline around it (an animation, so nothing of the page's own style is changed), and answers
 *   whether it could: an account whose post the page removed stays listed, and the popup says so;
 * - `postContext` answers with the post text near the account, read now (a report is opening).
 */
export function listenToTabRequests(signal: AbortSignal, answers: TabRequestAnswers): void {
  const onMessage = (message: unknown, sender: { id?: string }, reply: (answer: PostContext | ShownAccount) => void) => {
    if (sender.id !== browser.runtime.id) return;
    const m = message as Partial<TabRequest> | null;
    if (typeof m?.key !== 'string') return;
    if (m.type === 'postContext') {
      // Answered at once (sendResponse), and only by a frame that has the text: another frame's
      // empty answer could otherwise arrive first.
      const context = answers.contextOf(m.key);
      if (context) reply({ context: context.slice(0, 500) });
      return;
    }
    // Answered either way: only a tab's top frame runs a scanner, so no other frame's answer races this one.
    if (m.type === 'showAccount') reply({ shown: show(answers.elementsOf(m.key)) });
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}

function show(elements: Iterable<Element>): boolean {
  const el = [...elements].find((e) => e.isConnected);
  if (!el) return false;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.animate?.(
    [
      { outline: '3px solid #b3261e', outlineOffset: '2px' },
      { outline: '3px solid transparent', outlineOffset: '2px' },
    ],
    { duration: 700, iterations: 3 },
  );
  return true;
}

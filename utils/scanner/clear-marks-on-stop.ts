import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { clearFlags } from '../dom/badge';
import type { PageAccounts } from './page-accounts';
import type { PagePopover } from './page-popover';

/** How soon an orphaned script (the extension was updated or reloaded) takes its badges away. */
const ORPHAN_CHECK_MS = 5_000;

export function clearMarksOnStop(ctx: ContentScriptContext, accounts: PageAccounts, popover: PagePopover): void {
  // An update or reload of the extension orphans this script: Chrome keeps it running with dead
  // extension APIs, and the context (scanner-context.ts) notices only inside its own timers
  // (ctx.setInterval checks runtime.id), so one ticks. Then the page's marks go: a badge left behind would open nothing.
  ctx.setInterval(() => {}, ORPHAN_CHECK_MS);
  ctx.signal.addEventListener('abort', () => {
    popover.close();
    for (const [, , elements] of accounts.all()) for (const el of elements) clearFlags(el);
  });
}

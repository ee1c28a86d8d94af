import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../utils/messaging';
import type { FlaggedAccount } from '../../utils/schemas/messages';
import { stateOfOpenSite, type TabContext } from './tab-context';

/** An account a form waits for: the popup opened before the page's checker listed it. */
export type AwaitedAccount = { ctx: TabContext; key: string; asked: boolean };

/** How often the tab's list is asked for meanwhile: as App polls its own. */
const POLL_MS = 1500;

/**
 * Waits for an account the tab's list does not name yet (a draft's, or the one the page's
 * "Report…" asked for), and hands it to `listed` once it does, unless `busy()` (a form is open
 * by then). Setting another, or none, stops the wait.
 */
export function useListedAccount(
  busy: () => boolean,
  listed: (item: FlaggedAccount, awaited: AwaitedAccount) => void,
): (awaited: AwaitedAccount | null) => void {
  const [awaited, setAwaited] = useState<AwaitedAccount | null>(null);
  useEffect(() => {
    if (!awaited) return;
    let done = false;
    const timer = setInterval(async () => {
      const s = await sendMessage('getTabState', { tabId: awaited.ctx.tabId }).catch(() => null);
      const item = stateOfOpenSite(s, awaited.ctx)?.flagged.find((f) => f.account.key === awaited.key);
      if (!item || done || busy()) return;
      done = true;
      setAwaited(null);
      listed(item, awaited);
    }, POLL_MS);
    return () => {
      done = true;
      clearInterval(timer);
    };
  }, [awaited]);
  return setAwaited;
}

import { useEffect, useState } from 'preact/hooks';
import type { FlaggedAccount } from '../../utils/schemas/messages';
import type { TabContext } from './tab-context';

/** An account a form waits for: the popup opened before the page's checker listed it. */
export type AwaitedAccount = { ctx: TabContext; key: string; asked: boolean };

/**
 * Waits for an account the tab's list (`flagged`, which App keeps following) does not name yet
 * (a draft's, or the one the page's "Report…" asked for), and hands it to `listed` once it does,
 * unless `busy()` (a form is open by then). Setting another, or none, stops the wait.
 */
export function useListedAccount(
  flagged: readonly FlaggedAccount[] | undefined,
  busy: () => boolean,
  listed: (item: FlaggedAccount, awaited: AwaitedAccount) => void,
): (awaited: AwaitedAccount | null) => void {
  const [awaited, setAwaited] = useState<AwaitedAccount | null>(null);
  useEffect(() => {
    if (!awaited || busy()) return;
    const item = flagged?.find((f) => f.account.key === awaited.key);
    if (!item) return;
    setAwaited(null);
    listed(item, awaited);
  }, [awaited, flagged]);
  return setAwaited;
}

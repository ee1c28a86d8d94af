import { clearFlags, FLAG_ATTR } from '../dom/badge';
import type { Verdict } from '../schemas/verdict';
import type { FlagDrawer } from './flag-drawer';
import type { PageAccounts } from './page-accounts';
import type { PageDataRequests } from './page-data-requests';

/**
 * Puts an account's verdict on every element of it at once. With the local engine that is
 * inside the scan slice, before the frame that lays the post out, so the badge costs no frame
 * of its own. `changed`: the tab's state changed (TabReporter.changed). Positional parameters: an
 * options object's names would stay in every site script.
 */
export function verdictDisplay(
  accounts: PageAccounts,
  drawer: Pick<FlagDrawer, 'draw'>,
  changed: () => void,
  dataRequests: Pick<PageDataRequests, 'want'>,
) {
  return (key: string, verdict: Verdict): void => {
    const before = accounts.verdictOf(key);
    const item = accounts.flag(key, verdict);
    const wasFlagged = before !== undefined && before !== verdict && before.flags.length > 0;
    if (!item && !wasFlagged) return;
    for (const el of accounts.elementsOf(key)) {
      // A new verdict replaces the old marks (the account's data changed); the same one only
      // marks the elements found since.
      if (wasFlagged) clearFlags(el);
      if (item && !el.hasAttribute(FLAG_ATTR)) drawer.draw(el, item);
    }
    if (before !== verdict) {
      changed();
      if (item) dataRequests.want(accounts.elementsOf(key), item.account.verification);
    }
  };
}

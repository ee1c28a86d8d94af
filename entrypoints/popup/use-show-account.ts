import { useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import { sendToTab } from '../../utils/messaging';
import { type FlaggedAccount, ShownAccount } from '../../utils/schemas/messages';
import type { TabContext } from './tab-context';

/**
 * "Show" on a flagged account: the tab scrolls to it. When it cannot, the popup says why, as the
 * page gives no sign: the account's post has left the page (the list keeps an account after a
 * feed drops its post), or nothing in the tab answers (no scanner there, or one orphaned by an update).
 */
export function useShowAccount(tab: TabContext | null | undefined) {
  const t = useT();
  const [notice, setNotice] = useState('');
  const show = async (item: FlaggedAccount) => {
    if (!tab) return;
    // Emptied first: the same message after a second press is then announced again.
    setNotice('');
    const reply = await sendToTab(tab.tabId, { type: 'showAccount', key: item.account.key }).catch(() => undefined);
    const answer = ShownAccount.safeParse(reply);
    if (!answer.success) setNotice(t('showAccountUnreachable'));
    else if (!answer.data.shown) setNotice(t('showAccountGone'));
  };
  return { notice, show };
}

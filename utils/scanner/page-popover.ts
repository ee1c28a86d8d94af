import { FlagPopover } from '../dom/popover';
import { formatReason } from '../engine/reason-format';
import type { Translate } from '../i18n/core';
import { sendMessage } from '../messaging/send';
import type { PageSettings } from '../schemas/messages';

/** The page's one popover, its actions wired to the background (report form, trust, explanation). */
export function pagePopover(t: () => Translate, reasons: () => PageSettings['reasons'], signal: AbortSignal): FlagPopover {
  return new FlagPopover(
    t,
    {
      report: (item) => void sendMessage('openReportForm', { key: item.account.key }).catch(() => {}),
      // Not caught: a failed trust keeps the popover open and shows why (renderDialog).
      trust: (item) =>
        sendMessage('trustAccount', {
          platform: item.account.platform,
          key: item.account.key,
          displayName: item.account.displayName.slice(0, 200),
        }),
      why: () => void sendMessage('openExplanation', {}).catch(() => {}),
      reasonText: (item, fi, ri) => formatReason(item.flags[fi]!.reasons[ri]!, reasons()),
    },
    signal,
  );
}

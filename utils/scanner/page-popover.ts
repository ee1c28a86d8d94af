import { browser } from 'wxt/browser';
import type { OpenedBy } from '../dom/badge';
import type { FlagPopover } from '../dom/popover';
import { aliasKeyOf } from '../engine/alias-key';
import type { Translate } from '../i18n/core';
import { sendMessage } from '../messaging/send';
import type { FlaggedAccount, PageSettings } from '../schemas/messages';
import { POPOVER_MODULE_FILE, POPOVER_MODULE_KEY, type PopoverModule } from './popover-module';

export interface PagePopover {
  open(anchor: HTMLElement, item: FlaggedAccount, by?: OpenedBy): void;
  /** Everything goes: a new page, or the script stops. */
  close(): void;
  /** The page's flags changed: a flag's popover goes; a trust's confirmation stays (FlagPopover.close). */
  flagsChanged(): void;
}

/** Imports the popover's module into this world once (popover-module.ts says why it is apart). */
export async function importPopoverModule(): Promise<PopoverModule> {
  const key = POPOVER_MODULE_KEY;
  const global = globalThis as Record<symbol, PopoverModule | undefined>;
  if (!global[key]) await import(/* @vite-ignore */ browser.runtime.getURL(POPOVER_MODULE_FILE));
  const loaded = global[key];
  if (!loaded) throw new Error('popover module did not load');
  return loaded;
}

/**
 * The page's one popover, its actions wired to the background (report form, trust,
 * explanation). Until its module is in, the latest open() waits for it and a close() drops it;
 * a failed import is tried again at the next open.
 */
export function pagePopover(
  t: () => Translate,
  reasons: () => PageSettings['reasons'],
  signal: AbortSignal,
  load: () => Promise<PopoverModule> = importPopoverModule,
): PagePopover {
  let popover: FlagPopover | undefined;
  let loading: Promise<void> | undefined;
  let pending: Parameters<PagePopover['open']> | undefined;
  const start = () =>
    load().then(({ FlagPopover, formatReason, officialInWords }) => {
      if (signal.aborted) return;
      popover = new FlagPopover(
        t,
        {
          report: (item) => void sendMessage('openReportForm', { key: item.account.key }).catch(() => {}),
          // Not caught: a failed trust keeps the popover open and shows why (renderDialog).
          trust: (item) =>
            sendMessage('trustAccount', {
              platform: item.account.platform,
              key: item.account.key,
              alias: aliasKeyOf(item.account),
              displayName: item.account.displayName.slice(0, 200),
            }),
          untrust: ({ account }) => sendMessage('untrustAccount', { platform: account.platform, key: account.key }),
          why: () => void sendMessage('openExplanation', {}).catch(() => {}),
          reasonText: (item, fi, ri) => formatReason(item.flags[fi]!.reasons[ri]!, reasons()),
          officialText: (described) => officialInWords(described, reasons().platforms),
        },
        signal,
      );
      const waiting = pending;
      pending = undefined;
      if (waiting) popover.open(...waiting);
    });
  return {
    open(...args) {
      if (popover) return popover.open(...args);
      pending = args;
      loading ??= start().catch((err) => {
        loading = undefined;
        pending = undefined;
        console.debug('[claimcheck] popover not loaded', err);
      });
    },
    close() {
      pending = undefined;
      popover?.close();
    },
    flagsChanged() {
      pending = undefined;
      popover?.close(false, true);
    },
  };
}

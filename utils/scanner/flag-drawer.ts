import { applyFlags } from '../dom/badge';
import { listenToBadges } from '../dom/badge-events';
import type { Translate } from '../i18n/core';
import type { FlaggedAccount, PageSettings } from '../schemas/messages';
import { type PagePopover, pagePopover } from './page-popover';

export interface FlagDrawer {
  readonly popover: PagePopover;
  /** Marks a name element with an account's flags and puts its badge after it. */
  draw(el: Element, item: FlaggedAccount): void;
}

/**
 * The page's flags as drawn: the one popover, and the badge listeners in the document and in
 * each site shadow root a badge goes into (listenToBadges says why both).
 */
export function flagDrawer(t: () => Translate, settings: () => PageSettings, signal: AbortSignal): FlagDrawer {
  const popover = pagePopover(t, () => settings().reasons, signal);
  const listenIn = listenToBadges(document, signal);
  return {
    popover,
    draw(el, item) {
      // The document has them from the start; a site shadow root gets them with its first badge
      // (adding them again is a no-op).
      const root = el.getRootNode();
      if (root !== document) listenIn(root);
      applyFlags(el, item.flags, t(), (b, by) => popover.open(b, item, by), settings().highlightStyle);
    },
  };
}

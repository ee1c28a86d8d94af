import type { FlagPopover } from '../dom/popover';
import type { formatReason, officialInWords } from '../engine/reason-format';

/**
 * The popover's code is not in the site scripts: it loads (entrypoints/popover-module.ts, a
 * web-accessible file imported into the content script's own world) when a badge is first
 * opened. Every tab carried about 2 KB gzip of it otherwise, against a 50 KB budget, and most
 * tabs never open one.
 */
export const POPOVER_MODULE_FILE = '/popover-module.js' as const;

/**
 * Where the module leaves its exports: a symbol on the content script's global, which the page
 * cannot reach (the isolated world's global is not the page's) nor name with an element id.
 */
export const POPOVER_MODULE_KEY = Symbol.for('claimcheck:popover-module');

export interface PopoverModule {
  FlagPopover: typeof FlagPopover;
  formatReason: typeof formatReason;
  officialInWords: typeof officialInWords;
}

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FlagPopover } from '../utils/dom/popover';
import { formatReason, officialInWords } from '../utils/engine/reason-format';
import { POPOVER_MODULE_KEY, type PopoverModule } from '../utils/scanner/popover-module';

// Imported by the site scripts on a badge's first opening (utils/scanner/page-popover.ts).
export default defineUnlistedScript(() => {
  const exports: PopoverModule = { FlagPopover, formatReason, officialInWords };
  (globalThis as Record<symbol, unknown>)[POPOVER_MODULE_KEY] = exports;
});

import '../../utils/schemas/zod-setup';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SUPPORTED_HOST_PATTERNS } from '../../utils/adapters/hosts';
import { adapterFor } from '../../utils/adapters/registry';
import { startScanner } from './scanner';

// Stated in the manifest for the supported sites; sites the user adds by hand get the same
// script registered at run time with the generic adapter.
export default defineContentScript({
  matches: SUPPORTED_HOST_PATTERNS,
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterFor(new URL(location.href));
    if (!adapter) return;
    await startScanner(ctx, adapter);
  },
});

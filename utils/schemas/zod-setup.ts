// The core's config (shared by classic zod and zod/mini), not classic `zod`'s re-export of it:
// the content script imports this module too, and must not bundle classic zod.
import { config } from 'zod/v4/core';

// Extension pages forbid eval (MV3 CSP); zod would otherwise probe `new Function` once and the
// browser would log a CSP violation against the extension. Imported first by every entrypoint.
config({ jitless: true });

import { z } from 'zod';

// Extension pages forbid eval (MV3 CSP); zod would otherwise probe `new Function` once and the
// browser would log a CSP violation against the extension. Imported first by every entrypoint.
z.config({ jitless: true });

// zod/mini, not classic zod: this runs in the content scripts, whose bundles classic would grow.
import * as z from 'zod/mini';

/**
 * An integer as z.int() takes it (a safe integer), checked by refine: z.int() brings zod's
 * number-format checks and their range table into a site script, 176 B gzip of weibo.com's.
 */
export const safeInt = () => z.number().check(z.refine(Number.isSafeInteger));

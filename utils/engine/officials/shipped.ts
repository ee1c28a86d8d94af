import { CHINA_OFFICIALS } from './china';
import { GLOBAL_OFFICIALS } from './global';
import type { OfficialAccount } from './schema';

/**
 * Every shipped official account as written. OFFICIAL_ACCOUNTS (./index) is the same list
 * validated with zod; the content script's engine uses this one (see shipped-engine.ts).
 */
export const SHIPPED_OFFICIALS: readonly OfficialAccount[] = [...CHINA_OFFICIALS, ...GLOBAL_OFFICIALS];

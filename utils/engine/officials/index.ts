import { CHINA_OFFICIALS } from './china';
import { GLOBAL_OFFICIALS } from './global';
import type { OfficialAccount } from './schema';

export type { OfficialAccount } from './schema';

/** Every shipped official account, validated when this module loads. */
export const OFFICIAL_ACCOUNTS: readonly OfficialAccount[] = [...CHINA_OFFICIALS, ...GLOBAL_OFFICIALS];

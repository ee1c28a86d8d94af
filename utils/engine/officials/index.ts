import { OfficialAccount } from './schema';
import { SHIPPED_OFFICIALS } from './shipped';

export type { OfficialAccount } from './schema';

/** Every shipped official account, validated when this module loads. */
export const OFFICIAL_ACCOUNTS: readonly OfficialAccount[] = SHIPPED_OFFICIALS.map((o) => OfficialAccount.parse(o));

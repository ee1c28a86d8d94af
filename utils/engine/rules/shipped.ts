import { ADVICE_EN, ADVICE_ZH } from './advice';
import { COUNTERS } from './counters';
import { INSTITUTION_EN, INSTITUTION_ZH } from './institution';
import { MILITARY_EN, MILITARY_ZH } from './military';
import { NEWS_EN, NEWS_ZH } from './news';
import type { CounterPack, RulePack } from './schema';

// The packs as written. loadRulePacks/loadCounters (./index) validate them with zod; the content
// script's engine uses them as they are. shipped.test.ts holds the two forms deep-equal, so
// the casts below state what that test proves.
export const SHIPPED_PACKS = [
  MILITARY_ZH,
  MILITARY_EN,
  INSTITUTION_ZH,
  INSTITUTION_EN,
  NEWS_ZH,
  NEWS_EN,
  ADVICE_ZH,
  ADVICE_EN,
] as unknown as readonly RulePack[];

export const SHIPPED_COUNTERS = COUNTERS as unknown as CounterPack;

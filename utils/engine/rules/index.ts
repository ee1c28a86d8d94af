import { ADVICE_EN, ADVICE_ZH } from './advice';
import { COUNTERS } from './counters';
import { INSTITUTION_EN, INSTITUTION_ZH } from './institution';
import { MILITARY_EN, MILITARY_ZH } from './military';
import { NEWS_EN, NEWS_ZH } from './news';
import { CounterPack, RulePack } from './schema';

const RAW_PACKS: unknown[] = [MILITARY_ZH, MILITARY_EN, INSTITUTION_ZH, INSTITUTION_EN, NEWS_ZH, NEWS_EN, ADVICE_ZH, ADVICE_EN];

/**
 * Validates the shipped packs. A pack that fails throws at load: a broken ruleset must stop
 * the build and the tests, not silently flag nothing.
 */
export function loadRulePacks(raw: readonly unknown[] = RAW_PACKS): RulePack[] {
  const packs = raw.map((p) => RulePack.parse(p));
  const ids = new Set<string>();
  for (const pack of packs) {
    for (const rule of pack.rules) {
      if (rule.category !== pack.category) throw new Error(`rule ${rule.id} is not in its pack's category ${pack.category}`);
      if (ids.has(rule.id)) throw new Error(`duplicate rule id ${rule.id}`);
      ids.add(rule.id);
    }
  }
  return packs;
}

export function loadCounters(raw: unknown = COUNTERS): CounterPack {
  return CounterPack.parse(raw);
}

import { CounterPack, RulePack } from './schema';
import { SHIPPED_COUNTERS, SHIPPED_PACKS } from './shipped';

const RAW_PACKS: readonly unknown[] = SHIPPED_PACKS;

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

export function loadCounters(raw: unknown = SHIPPED_COUNTERS): CounterPack {
  return CounterPack.parse(raw);
}

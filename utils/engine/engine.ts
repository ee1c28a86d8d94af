import { compileRuleset } from './compile';
import { buildEngine, type Engine, type EngineOptions } from './engine-core';
import { OFFICIAL_ACCOUNTS } from './officials';
import { loadCounters, loadRulePacks } from './rules';
import { VerdictCache } from './verdict-cache';

export { accountKey, type Engine, type EngineAccount, type EngineOptions } from './engine-core';

const CACHE_CAPACITY = 20_000;

/** The engine on the shipped rule packs and official accounts, validated with zod as they load. */
export function createEngine(options: EngineOptions = {}): Engine {
  // A long feed session's accounts; the content scripts' engine keeps none (shipped-engine.ts).
  const cache = options.cache ?? new VerdictCache(CACHE_CAPACITY);
  return buildEngine(options.ruleset ?? compileRuleset(loadRulePacks(), loadCounters()), OFFICIAL_ACCOUNTS, {
    ...options,
    cache,
  });
}

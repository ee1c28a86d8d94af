import { compileRuleset } from './compile';
import { buildEngine, type Engine, type EngineOptions } from './engine-core';
import { OFFICIAL_ACCOUNTS } from './officials';
import { loadCounters, loadRulePacks } from './rules';

export { accountKey, type Engine, type EngineAccount, type EngineOptions } from './engine-core';

/** The engine on the shipped rule packs and official accounts, validated with zod as they load. */
export function createEngine(options: EngineOptions = {}): Engine {
  return buildEngine(options.ruleset ?? compileRuleset(loadRulePacks(), loadCounters()), OFFICIAL_ACCOUNTS, options);
}

import { type CompiledRuleset, compileRuleset } from './compile';
import { prototypeTables } from './confusables';
import { buildEngine, type Engine, type EngineOptions } from './engine-core';
import { SHIPPED_OFFICIALS } from './officials/shipped';
import { SHIPPED_COUNTERS, SHIPPED_PACKS } from './rules/shipped';
import { tradToSimpTable } from './t2s';

/**
 * The content script's engine: the same shipped data, used as written. Validating it with zod
 * again in every tab cost each page load about 25 ms (bench:page profile) and brought the rule
 * schemas into the bundle; the background validates it at every start, and shipped.test.ts holds
 * the data as written equal to its validated form and this engine's verdicts to createEngine's.
 */
export function createShippedEngine(options: EngineOptions = {}): Engine {
  return buildEngine(compileShippedRules(), SHIPPED_OFFICIALS, options);
}

/** Builds the fold tables the compile reads, for a caller that gives that a task of its own. */
export function buildFoldTables(): void {
  prototypeTables();
  tradToSimpTable();
}

/** The first half of createShippedEngine, for a caller that spreads the work over two tasks. */
export function compileShippedRules(): CompiledRuleset {
  return compileRuleset(SHIPPED_PACKS, SHIPPED_COUNTERS);
}

/** The second half: the engine over rules compileShippedRules gave. */
export function shippedEngineFrom(rules: CompiledRuleset, options: EngineOptions = {}): Engine {
  return buildEngine(rules, SHIPPED_OFFICIALS, options);
}

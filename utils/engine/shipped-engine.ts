import { type CompiledRuleset, patternAsWritten, type RuleEntries, ruleEntries, rulesetFrom } from './compile';
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

/** The shipped patterns (written in match form), for a caller that spreads the compile over tasks. */
export function shippedRuleEntries(): RuleEntries {
  return ruleEntries(SHIPPED_PACKS, SHIPPED_COUNTERS, patternAsWritten);
}

/** The first half of createShippedEngine: the rule automaton (over entries already made, if given). */
export function compileShippedRules(entries: RuleEntries = shippedRuleEntries()): CompiledRuleset {
  return rulesetFrom(entries);
}

/** The second half: the engine over rules compileShippedRules gave. */
export function shippedEngineFrom(rules: CompiledRuleset, options: EngineOptions = {}): Engine {
  return buildEngine(rules, SHIPPED_OFFICIALS, options);
}

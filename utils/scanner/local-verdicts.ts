import type { CompiledRuleset, RuleEntries } from '../engine/compile';
import type { Engine } from '../engine/engine-core';
import type { EngineSettings } from '../engine/settings-view';
import { buildFoldTables, compileShippedRules, shippedEngineFrom, shippedRuleEntries } from '../engine/shipped-engine';
import type { ScannedAccount } from '../schemas/account';
import type { PageSettings } from '../schemas/messages';
import type { OnVerdict, VerdictSource } from './verdict-source';

/** One engine per page (compiling its rules and lookalike index takes some ms: see prepareEngine). */
let engine: Engine | undefined;
let rules: CompiledRuleset | undefined;
let entries: RuleEntries | undefined;

/**
 * Compiles the page's engine in four steps: the fold tables, the patterns' match forms, the
 * rule automaton, then the lookalike index. The scanner runs each in a task of its own before
 * its first scan, so that the script's own evaluation, the steps and the first scan are
 * separate tasks, none of them long (bench:page: on a slow run the whole compile alone came
 * near 50 ms, and the automaton with the match forms still 34 ms in a fresh browser).
 */
const ENGINE_STEPS: readonly (() => void)[] = [buildFoldTables, prepareEntries, prepareRules, prepareEngine];

/**
 * Runs ENGINE_STEPS a task each, then `then` in a task of its own, unless the script's context
 * ended meanwhile. Timer callbacks, not awaits: a promise's continuation runs in no callback of
 * the browser's, and bench:page counts the extension's script time by those callbacks.
 */
export function prepareEngineInTasks(isValid: () => boolean, then: () => void): void {
  let done = 0;
  const next = () => {
    if (!isValid()) return;
    if (done === ENGINE_STEPS.length) return then();
    ENGINE_STEPS[done++]!();
    setTimeout(next, 0);
  };
  setTimeout(next, 0);
}

function prepareEntries(): void {
  if (!rules) entries ??= shippedRuleEntries();
}

function prepareRules(): void {
  rules ??= compileShippedRules(entries);
  entries = undefined;
}

function prepareEngine(): void {
  if (engine) return;
  prepareRules();
  // No cache: PageAccounts keeps each account's verdict, and a known author is not judged again.
  engine = shippedEngineFrom(rules!);
}

function engineSettings(page: PageSettings): EngineSettings {
  return { revision: page.revision, ...page.detection };
}

/**
 * Judges accounts in the content script, synchronously, so a flag is drawn in the same frame
 * as the post that brought it (bench:page: a round trip to the background waited behind the
 * page's own frames, hundreds of ms on a long timeline). The engine keeps no cache (the
 * scanner's PageAccounts holds each account's verdict), so `forget` has nothing to do.
 */
export class LocalVerdicts implements VerdictSource {
  private readonly settings: EngineSettings;

  constructor(
    page: PageSettings,
    private readonly onVerdict: OnVerdict,
  ) {
    this.settings = engineSettings(page);
  }

  want(key: string, account: ScannedAccount): void {
    prepareEngine();
    this.onVerdict(key, engine!.evaluate(account, this.settings));
  }

  forget(): void {}
}

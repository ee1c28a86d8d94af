import type { Engine } from '../engine/engine-core';
import { normalizeForMatch } from '../engine/normalize';
import type { EngineSettings } from '../engine/settings-view';
import { createShippedEngine } from '../engine/shipped-engine';
import { coveredBySlimTables } from '../engine/slim/cover';
import type { ScannedAccount } from '../schemas/account';
import type { PageSettings } from '../schemas/messages';
import type { OnVerdict, VerdictSource } from './verdict-source';

/** One engine per page (compiling its rules and lookalike index takes some ms: see prepareEngine). */
let engine: Engine | undefined;

/**
 * Compiles the page's engine now. The scanner calls it in a task of its own before its first
 * scan, so that the compile, the script's own evaluation and the first scan of the page are three
 * tasks, none of them long (bench:page: together they made a task of about 60 ms).
 */
export function prepareEngine(): void {
  engine ??= createShippedEngine({ cacheCapacity: 5000 });
}

function engineSettings(page: PageSettings): EngineSettings {
  return { revision: page.revision, ...page.detection };
}

/**
 * Judges accounts in the content script, synchronously, so a flag is drawn in the same frame
 * as the post that brought it (bench:page: a round trip to the background waited behind the
 * page's own frames, hundreds of ms on a long timeline). The engine caches per account key
 * and checks the account's fields, so `forget` has nothing to do.
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

/**
 * Whether this script's engine judges exactly as the background's would for these settings.
 * Its fold tables hold only what the shipped rules can use (utils/engine/slim/README.md): a
 * custom keyword with other characters sends every verdict to the background instead.
 */
export function canJudgeHere(page: PageSettings): boolean {
  return Object.values(page.detection.customKeywords).every((words) =>
    words.every((word) => coveredBySlimTables(normalizeForMatch(word).trim())),
  );
}

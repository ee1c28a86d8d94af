import type { Engine } from '../engine/engine-core';
import { normalizeForMatch } from '../engine/normalize';
import { createShippedEngine } from '../engine/shipped-engine';
import { coveredBySlimTables } from '../engine/slim/cover';
import type { ScannedAccount } from '../schemas/account';
import type { PageSettings } from '../schemas/messages';
import type { Settings } from '../schemas/settings';
import type { OnVerdict, VerdictSource } from './verdict-source';

/** One engine per page, compiled on first use (its rules and lookalike index: a few ms). */
let engine: Engine | undefined;

/** The part of Settings the engine reads (utils/engine/settings-view.ts), from the page settings. */
function engineSettings(page: PageSettings): Settings {
  return { revision: page.revision, ...page.detection } as Settings;
}

/**
 * Judges accounts in the content script, synchronously, so a flag is drawn in the same frame
 * as the post that brought it (bench:page: a round trip to the background waited behind the
 * page's own frames, hundreds of ms on a long timeline). The engine caches per account key
 * and checks the account's fields, so `forget` has nothing to do.
 */
export class LocalVerdicts implements VerdictSource {
  private readonly settings: Settings;

  constructor(
    page: PageSettings,
    private readonly onVerdict: OnVerdict,
  ) {
    this.settings = engineSettings(page);
  }

  want(key: string, account: ScannedAccount): void {
    engine ??= createShippedEngine({ cacheCapacity: 5000 });
    this.onVerdict(key, engine.evaluate(account, this.settings));
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

// Shared by the engine's *.test.ts files only.

import type { VerificationKind } from '../schemas/account';
import type { Settings } from '../schemas/settings';
import { DEFAULT_SETTINGS } from '../schemas/settings';
import { Verdict } from '../schemas/verdict';
import { createEngine, type EngineAccount } from './engine';
import type { Matcher } from './matcher';

/** An engine whose swallowed exceptions fail the test instead of passing as "not flagged". */
export function strictEngine() {
  return createEngine({
    onError: (error) => {
      throw error;
    },
  });
}

let counter = 0;

export function account(
  displayName: string,
  opts: {
    bio?: string;
    handle?: string;
    id?: string;
    kind?: VerificationKind;
    label?: string;
    platform?: EngineAccount['platform'];
  } = {},
): EngineAccount {
  counter++;
  return {
    key: `test:${counter}`,
    platform: opts.platform ?? 'weibo',
    displayName,
    ...(opts.handle !== undefined ? { handle: opts.handle } : {}),
    ...(opts.id !== undefined ? { id: opts.id } : {}),
    ...(opts.bio !== undefined ? { bio: opts.bio } : {}),
    verification: { kind: opts.kind ?? 'none', ...(opts.label !== undefined ? { label: opts.label } : {}) },
  };
}

export function settingsWith(patch: Partial<Settings>): Settings {
  return { ...DEFAULT_SETTINGS, ...patch, revision: (patch.revision ?? 0) + 1000 + counter++ };
}

const shared = strictEngine();

/** Evaluates with default settings and checks the verdict against the schema the extension uses. */
export function verdictOf(a: EngineAccount, settings: Settings = DEFAULT_SETTINGS) {
  return Verdict.parse(shared.evaluate(a, settings));
}

export function categoriesOf(a: EngineAccount, settings?: Settings): string[] {
  return verdictOf(a, settings).flags.map((f) => f.category);
}

export function flagOf(a: EngineAccount, category: string, settings?: Settings) {
  return verdictOf(a, settings).flags.find((f) => f.category === category);
}

/** Every hit of matcher.scan, as `payload@start` in the order found. */
export function hitsOf<T>(matcher: Matcher<T>, text: string): string[] {
  const hits: string[] = [];
  matcher.scan(text, (payload, start) => hits.push(`${payload}@${start}`));
  return hits;
}

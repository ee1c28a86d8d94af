import type { AccountInput } from '../schemas/account';
import type { Verdict } from '../schemas/verdict';
import { aliasKeyOf } from './alias-key';
import type { CompiledRuleset } from './compile';
import { judgeAccount } from './judge';
import { LookalikeIndex } from './lookalike';
import type { OfficialAccount } from './officials/schema';
import { type EngineSettings, type SettingsView, sameSettings, trustKey, viewSettings } from './settings-view';
import { type LooseAccount, readSignals } from './signals';
import type { VerdictCache } from './verdict-cache';
import { RULESET_VERSION } from './version';

export type EngineAccount = AccountInput & { key?: string };

export interface Engine {
  evaluate(account: EngineAccount, settings: EngineSettings): Verdict;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The cache and allowlist key: the adapter's key if it gave one, else platform:id|handle|name. */
export function accountKey(a: EngineAccount): string {
  if (typeof a.key === 'string' && a.key) return a.key;
  return `${str(a.platform)}:${str(a.id) || str(a.handle) || str(a.displayName).slice(0, 200)}`;
}

/** Trusted under its key or under the other key it goes by (a trust from another page's view of it). */
function trustedAs(v: SettingsView, account: EngineAccount, key: string): boolean {
  const platform = str(account.platform);
  const own = trustKey(platform, key);
  // A trust's other key (a YouTube channel trusted by id, its handle kept) counts for an account
  // known by that handle alone: one known by another id is another channel that took the handle.
  if (v.trusted.has(own) || v.trustedAliases.has(own)) return true;
  const handle = str(account.handle);
  const alias = handle ? aliasKeyOf({ platform, key, handle }) : undefined;
  // A trust stored by handle before channels were keyed by id.
  return alias !== undefined && v.trusted.has(trustKey(platform, alias));
}

const EMPTY: Verdict = Object.freeze({
  flags: Object.freeze([]) as unknown as Verdict['flags'],
  rulesetVersion: RULESET_VERSION,
});
/**
 * Compiles the rule packs and the lookalike index once. Verdicts are cached per account key
 * and settings revision; an entry is reused only while the account's fields are the same, since
 * a profile's bio or badge may load after its name. Returned verdicts are shared: read-only.
 */
export interface EngineOptions {
  /** Told about an exception evaluate swallowed (tests fail on it; the extension may log it). */
  onError?: (error: unknown, account: unknown) => void;
  ruleset?: CompiledRuleset;
  /**
   * The cache buildEngine uses, made by createEngine. Passed in rather than made here, so the
   * content scripts' engine (no cache) does not carry its code (the 50 KB gzip budget, issue 6).
   */
  cache?: VerdictCache;
}

/** The engine over given data; engine.ts and shipped-engine.ts say which data. */
export function buildEngine(
  ruleset: CompiledRuleset,
  officials: readonly OfficialAccount[],
  options: EngineOptions = {},
): Engine {
  const lookalikes = new LookalikeIndex(officials);
  const cache = options.cache;
  let lastSettings: EngineSettings | undefined;
  let view: SettingsView | undefined;

  function prepare(settings: EngineSettings): SettingsView {
    if (settings === lastSettings && view) return view;
    if (!view || !sameSettings(view, settings)) {
      view = viewSettings(settings);
      cache?.clear();
    }
    lastSettings = settings;
    return view;
  }

  function compute(account: EngineAccount, v: SettingsView): Verdict {
    const signals = readSignals(ruleset, account as LooseAccount);
    const flags = judgeAccount(account, signals, v, lookalikes);
    // (judgeAccount returns early, without reading the badge, when nothing is claimed.)
    return flags.length === 0 ? EMPTY : { flags, rulesetVersion: RULESET_VERSION };
  }

  return {
    evaluate(account, settings) {
      try {
        if (!account || typeof account !== 'object') return EMPTY;
        const v = prepare(settings);
        const key = accountKey(account);
        if (v.trusted.size > 0 && trustedAs(v, account, key)) return EMPTY;
        if (!cache) return compute(account, v);
        const verification = account.verification as { kind?: unknown; label?: unknown } | undefined;
        const kind = verification?.kind;
        const label = verification?.label;
        const hit = cache.get(key, account.displayName, account.handle, account.bio, kind, label);
        if (hit !== undefined) return hit;
        const verdict = compute(account, v);
        cache.set(key, account.displayName, account.handle, account.bio, kind, label, verdict);
        return verdict;
      } catch (error) {
        // Never let one strange account break the page scan; it simply stays unflagged.
        options.onError?.(error, account);
        return EMPTY;
      }
    },
  };
}

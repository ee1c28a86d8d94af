import { FLAG_CATEGORIES, type FlagCategory } from '../schemas/categories';
import type { Settings } from '../schemas/settings';

/** The settings the engine reads (a content script has only these, from its page settings). */
export type EngineSettings = Pick<Settings, 'revision' | 'sensitivity' | 'categories' | 'customKeywords' | 'trusted'>;

import { normalizeForMatch } from './normalize';

/** What evaluate needs from Settings, precomputed once per settings revision. */
export interface SettingsView {
  revision: number;
  fingerprint: string;
  sensitivity: Settings['sensitivity'];
  enabled: readonly FlagCategory[];
  customKeywords: readonly { category: FlagCategory; text: string; display: string }[];
  trusted: ReadonlySet<string>;
  /** The other keys trusted accounts go by (aliasKeyOf): they count only for an account known by that key alone. */
  trustedAliases: ReadonlySet<string>;
}

export const trustKey = (platform: string, key: string) => `${platform}\u0000${key}`;

/** Identifies the settings content, so two objects that share a revision but differ are not mixed up. */
function fingerprintOf(s: EngineSettings): string {
  return JSON.stringify([
    s.sensitivity,
    s.categories,
    s.customKeywords,
    s.trusted?.map((t) => trustKey(t.platform, `${t.key} ${t.alias}`)),
  ]);
}

export function viewSettings(s: EngineSettings): SettingsView {
  const categories = s.categories ?? {};
  const customKeywords: SettingsView['customKeywords'] = FLAG_CATEGORIES.flatMap((category) =>
    (s.customKeywords?.[category] ?? [])
      .map((display) => ({ category, display, text: normalizeForMatch(display).trim() }))
      .filter((k) => k.text.length > 0),
  );
  return {
    revision: s.revision,
    fingerprint: fingerprintOf(s),
    sensitivity: s.sensitivity === 'low' || s.sensitivity === 'high' ? s.sensitivity : 'normal',
    enabled: FLAG_CATEGORIES.filter((c) => categories[c] !== false),
    customKeywords,
    trusted: new Set((s.trusted ?? []).map((t) => trustKey(t.platform, t.key))),
    trustedAliases: new Set((s.trusted ?? []).flatMap((t) => (t.alias ? [trustKey(t.platform, t.alias)] : []))),
  };
}

export function sameSettings(view: SettingsView, s: EngineSettings): boolean {
  return view.revision === s.revision && view.fingerprint === fingerprintOf(s);
}

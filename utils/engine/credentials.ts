import type { VerificationKind } from '../schemas/account';
import type { FlagCategory } from '../schemas/verdict';
import { Matcher } from './matcher';
import { normalizeForMatch } from './normalize';
import { LABEL_MARKERS, type LabelMarker, type Qualification } from './rules/label-markers';
import type { Backing } from './rules/schema';

export type { Qualification } from './rules/label-markers';

// Built on first use, not when the module loads (the content script's load is one task).
let labelMatcher: Matcher<LabelMarker> | undefined;
const labelMarkerMatcher = (): Matcher<LabelMarker> => {
  labelMatcher ??= new Matcher<LabelMarker>(
    Object.entries(LABEL_MARKERS).flatMap(([marker, words]) =>
      words.map((w) => ({ text: normalizeForMatch(w), payload: marker as LabelMarker })),
    ),
  );
  return labelMatcher;
};

/** A verification badge as the engine reasons about it. */
export interface Credential {
  kind: VerificationKind;
  /** The label in match form (what the rules read). */
  label: string;
  /** The label as the page shows it, invisible characters removed (what a reason quotes). */
  display: string;
  markers: ReadonlySet<LabelMarker>;
  /** Categories whose claim rules the label itself matches ("北京市公安局" names a police body). */
  labelCategories: ReadonlySet<FlagCategory>;
}

export function readCredential(
  kind: VerificationKind,
  normalizedLabel: string,
  labelCategories: Set<FlagCategory>,
  display: string = normalizedLabel,
): Credential {
  const markers = new Set<LabelMarker>();
  if (normalizedLabel) labelMarkerMatcher().scan(normalizedLabel, (m) => markers.add(m));
  return { kind, label: normalizedLabel, display: normalizedLabel ? display : '', markers, labelCategories };
}

export type BackingResult = 'backed' | 'unbacked' | 'mismatch';

const QUALIFICATIONS: Qualification[] = ['medical', 'legal', 'finance', 'education'];
const BADGES_THAT_VERIFY = new Set<VerificationKind>(['personal', 'organization', 'government', 'media']);

function namesOtherBody(c: Credential): boolean {
  return c.markers.has('company') || c.markers.has('media-body') || QUALIFICATIONS.some((q) => c.markers.has(q));
}

/**
 * Whether the badge backs a claim that needs `backing` in `category`. `claimsNews` lets a
 * media badge back a military or institution name when the account is that body's outlet
 * (解放军报, 人民公安报).
 */
export function backs(c: Credential, backing: Backing, category: FlagCategory, claimsNews: boolean): BackingResult {
  if (backing === 'state') {
    if (c.kind === 'government') return 'backed';
    if (c.kind === 'media') return claimsNews ? 'backed' : 'mismatch';
    if (c.kind === 'organization') {
      if (!c.label || c.labelCategories.has('military') || c.labelCategories.has('public-institution')) return 'backed';
      if (c.markers.has('media-body') && claimsNews) return 'backed';
      return namesOtherBody(c) ? 'mismatch' : 'backed';
    }
    if (c.kind === 'personal') return c.labelCategories.has(category) ? 'backed' : 'unbacked';
    return 'unbacked';
  }
  if (backing === 'media') {
    if (c.kind === 'media' || c.kind === 'government') return 'backed';
    if (c.kind === 'organization') {
      if (!c.label || c.markers.has('media-body') || c.labelCategories.has('news-media')) return 'backed';
      return c.markers.has('company') ? 'mismatch' : 'backed';
    }
    if (c.kind === 'personal') return c.labelCategories.has('news-media') || c.markers.has('media-body') ? 'backed' : 'unbacked';
    return 'unbacked';
  }
  // Advice: only a badge whose label names the qualification backs it.
  if (!BADGES_THAT_VERIFY.has(c.kind)) return 'unbacked';
  if (backing === 'any-qualification') return QUALIFICATIONS.some((q) => c.markers.has(q)) ? 'backed' : 'unbacked';
  return c.markers.has(backing) ? 'backed' : 'unbacked';
}

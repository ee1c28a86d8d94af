import type { VerificationKind } from '../schemas/account';
import type { FlagCategory } from '../schemas/verdict';
import { Matcher } from './matcher';
import { normalizeForMatch } from './normalize';
import { LABEL_MARKERS, type LabelMarker, type Qualification, type QualifiedBody } from './rules/label-markers';
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
const STATE_CATEGORIES: FlagCategory[] = ['military', 'public-institution'];

const BODY_OF: Record<Qualification, QualifiedBody> = {
  medical: 'medical-body',
  legal: 'legal-body',
  finance: 'finance-body',
  education: 'education-body',
};

/** The label names the qualification (a person's title) or, when `byBody`, the licensed body. */
function namesQualification(c: Credential, q: Qualification, byBody: boolean): boolean {
  return c.markers.has(q) || (byBody && c.markers.has(BODY_OF[q]));
}

const namesQualifiedBody = (c: Credential): boolean => QUALIFICATIONS.some((q) => namesQualification(c, q, true));

/** The label names a kind of body that is not a state body (a company, a club, a hospital …). */
function namesNonStateBody(c: Credential): boolean {
  return c.markers.has('company') || c.markers.has('club') || c.markers.has('media-body') || namesQualifiedBody(c);
}

/** The label names a kind of body that is not a news outlet. */
function namesNonPressBody(c: Credential): boolean {
  return c.markers.has('company') || c.markers.has('club') || namesQualifiedBody(c);
}

/**
 * An organisation badge and a claim (detection.md, "An `organization` badge whose type the page
 * does not reveal … backs military, institution and media claims, since a registered
 * organisation stands behind it, unless its label names a different kind of body … that
 * mismatch is itself a reason to flag"). A label naming a body of the claimed kind backs; one
 * naming another kind is a mismatch; a label naming no kind we know (a bare place or person's
 * name) names no different kind, so by that wording the registered organisation still backs.
 */
function organizationBacks(c: Credential, ownKind: boolean, otherKind: boolean): BackingResult {
  if (!c.label || ownKind) return 'backed';
  return otherKind ? 'mismatch' : 'backed';
}

/**
 * Whether the badge backs a claim that needs `backing`. Per detection.md's table,
 * military and institution claims are "backed by `government`, or `organization`", news
 * claims by "`media`, or `organization`", advice by "`personal` or `organization` verification
 * whose label names the qualification": a personal badge backs advice only, whatever its label
 * says ("火箭军退役军人" or "新闻博主" is not the body), and a media badge is not listed for
 * military or institution claims.
 */
export function backs(c: Credential, backing: Backing): BackingResult {
  if (backing === 'state') {
    if (c.kind === 'government') return 'backed';
    if (c.kind === 'media') return 'mismatch';
    if (c.kind === 'organization') {
      const stateBody = STATE_CATEGORIES.some((s) => c.labelCategories.has(s));
      return organizationBacks(c, stateBody, namesNonStateBody(c));
    }
    return 'unbacked';
  }
  if (backing === 'media') {
    // The table lists no government badge for news either; it still backs a state body's own
    // press office (公安部新闻发布), as before: not part of the reviewed findings.
    if (c.kind === 'media' || c.kind === 'government') return 'backed';
    if (c.kind === 'organization') {
      const pressBody = c.markers.has('media-body') || c.labelCategories.has('news-media');
      return organizationBacks(c, pressBody, namesNonPressBody(c));
    }
    return 'unbacked';
  }
  // Advice: "`personal` or `organization` verification whose label names the qualification"; a
  // person needs the title itself, an organisation may be the licensed body.
  if (c.kind !== 'personal' && c.kind !== 'organization') return 'unbacked';
  const byBody = c.kind === 'organization';
  if (backing !== 'any-qualification') return namesQualification(c, backing, byBody) ? 'backed' : 'unbacked';
  return QUALIFICATIONS.some((q) => namesQualification(c, q, byBody)) ? 'backed' : 'unbacked';
}

import type { VerificationKind } from '../schemas/account';
import type { FlagCategory } from '../schemas/verdict';
import { labelMarkerMatcher } from './label-scan';
import { currentRoleCategories, type LabelSpan } from './person-badge';
import type { LabelMarker, Qualification, QualifiedBody } from './rules/label-markers';
import type { Backing } from './rules/schema';

export type { Qualification } from './rules/label-markers';

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
  /** Categories in which the label names a person's current role at a body (person-badge.ts). */
  roleAt: ReadonlySet<FlagCategory>;
}

export function readCredential(
  kind: VerificationKind,
  normalizedLabel: string,
  labelCategories: Set<FlagCategory>,
  display: string = normalizedLabel,
  /** Where the claim rules matched in the label (labelCategories' hits). */
  ruleHits: readonly LabelSpan<FlagCategory>[] = [],
): Credential {
  const markers = new Set<LabelMarker>();
  const spans: LabelSpan<LabelMarker>[] = [];
  if (normalizedLabel) {
    labelMarkerMatcher().scan(normalizedLabel, (value, start, end) => {
      markers.add(value);
      spans.push({ value, start, end });
    });
  }
  const roleAt = currentRoleCategories(spans, ruleHits);
  return { kind, label: normalizedLabel, display: normalizedLabel ? display : '', markers, labelCategories, roleAt };
}

export type BackingResult = 'backed' | 'unbacked' | 'mismatch';

const QUALIFICATIONS: Qualification[] = ['medical', 'legal', 'finance', 'education'];
const STATE_CATEGORIES: FlagCategory[] = ['military', 'public-institution'];

/** The label names the qualification (a person's title) or, when `byBody`, the licensed body. */
function namesQualification(c: Credential, q: Qualification, byBody: boolean): boolean {
  return c.markers.has(q) || (byBody && c.markers.has(`${q}-body` satisfies QualifiedBody));
}

const namesQualifiedBody = (c: Credential): boolean => QUALIFICATIONS.some((q) => namesQualification(c, q, true));

/** The label names a kind of body that is not a news outlet (a company, a club, a hospital …). */
function namesNonPressBody(c: Credential): boolean {
  return c.markers.has('company') || c.markers.has('club') || namesQualifiedBody(c);
}

/** … nor a state body: a news outlet is not one either. */
const namesNonStateBody = (c: Credential): boolean => c.markers.has('media-body') || namesNonPressBody(c);

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
 * whose label names the qualification": the body's own claim is never backed by a personal badge
 * ("火箭军退役军人" or "新闻博主" is not the body; a person in a role at it is decided apart, in
 * person-badge.ts's personalBacks), and a media badge is not listed for military or institution
 * claims.
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

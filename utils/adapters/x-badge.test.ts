// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadDocument, readFixture } from './test-helpers';
import { kindOfXBadge, kindOfXProps, xPageData } from './x-badge';
import { xSelectors } from './x-selectors';

const svg = (inner: string) => loadDocument(`<svg viewBox="0 0 22 22">${inner}</svg>`).querySelector('svg');
const checksIn = (fixture: string) =>
  Array.from(loadDocument(readFixture(`e2e/fixtures/sites/x/${fixture}`)).querySelectorAll(xSelectors.badge.css), kindOfXBadge);
// Openings of the outlines in x.com's bundle (research-x-youtube.md X1): the rest does not matter.
const BLUE = 'M20.396 11c-.018-.646-.215-1.275-.57-1.816z';
const GREY = 'M12.05 2.056c-.568-.608-1.532-.608-2.1 0z';
const HOME = new URL('https://x.com/home');
const GOLD_STOPS = '<stop offset="0" stop-color="#f4e72a"></stop><stop offset=".539" stop-color="#cd8105"></stop>';

describe('kindOfXBadge', () => {
  it("reads the fixtures' checks: blue paid, grey (with its fill and without) government, gold organization", () => {
    // Timeline: @PLARocketForce_ blue, @WhiteHouse grey, @Reuters gold, @USArmy grey without fill, @NATO grey.
    expect(checksIn('timeline.html')).toEqual(['paid', 'government', 'organization', 'government', 'government']);
    // The header's check and the why-verified popup's.
    expect(checksIn('profile-government.html')).toEqual(['government', 'government']);
    expect(checksIn('profile.html')).toEqual(['paid', 'paid']);
  });

  it('tells the one-path checks apart by their outline, with or without the <g> around it', () => {
    expect(kindOfXBadge(svg(`<g><path d="${BLUE}"></path></g>`))).toBe('paid');
    expect(kindOfXBadge(svg(`<path d="${BLUE}"></path>`))).toBe('paid');
    expect(kindOfXBadge(svg(`<path clip-rule="evenodd" fill-rule="evenodd" d="${GREY}"></path>`))).toBe('government');
    // The bundle's fill alone, should the outline change.
    expect(kindOfXBadge(svg('<g><path fill="#829AAB" d="M1 1z"></path></g>'))).toBe('government');
  });

  it('calls a check it cannot read unknown, never bought', () => {
    // X's legacy (pre-2023) check outline.
    expect(kindOfXBadge(svg('<g><path d="M22.25 12c0-1.43-.88-2.67-2.19-3.34z"></path></g>'))).toBe('unknown');
    expect(kindOfXBadge(svg(`<g><path d="${BLUE}"></path><path d="M1 1z"></path></g>`))).toBe('unknown');
    expect(kindOfXBadge(svg(''))).toBe('unknown');
    expect(kindOfXBadge(null)).toBe('none');
  });

  it('keeps the gradient rule for gold, in the bundle’s layout (no <g> around the gradients)', () => {
    const gold = `<linearGradient id="a">${GOLD_STOPS}</linearGradient><g><path d="M13.324 3.848z" fill="url(#a)"></path></g>`;
    expect(kindOfXBadge(svg(gold))).toBe('organization');
    const greys = '<linearGradient><stop stop-color="#c2ccd4"></stop><stop stop-color="#829aab"></stop></linearGradient>';
    expect(kindOfXBadge(svg(`${greys}<path d="M1 1z"></path>`))).toBe('government');
    expect(kindOfXBadge(svg('<linearGradient><stop stop-color="#1d9bf0"></stop></linearGradient><path d="M1 1z"></path>'))).toBe(
      'unknown',
    );
  });
});

describe('X React props', () => {
  it('maps them as CPFT reads them; an affiliate of a Verified Organization is that organisation’s', () => {
    expect(kindOfXProps({ isBlueVerified: true, verifiedType: 'Business' })).toBe('organization');
    expect(kindOfXProps({ verifiedType: 'Government' })).toBe('government');
    expect(kindOfXProps({ isBlueVerified: true })).toBe('paid');
    expect(kindOfXProps({ isBlueVerified: false })).toBe('none');
    expect(kindOfXProps({ verifiedType: 'Something' })).toBe('unknown');
    const label = (userLabelType: string, description?: string) => ({ description, userLabelType });
    expect(kindOfXProps({ isBlueVerified: true, affiliateBadgeInfo: label('BusinessLabel', 'Reuters') })).toBe('organization');
    expect(kindOfXProps({ isBlueVerified: true, affiliateBadgeInfo: label('AutomatedLabel', 'Automated') })).toBe('paid');
    expect(kindOfXProps({ isBlueVerified: true, affiliateBadgeInfo: label('BusinessLabel') })).toBe('paid');
    expect(kindOfXProps({ isBlueVerified: false, isVerified: true })).toBe('unknown');
  });

  it('labels a check with the organisation it is an affiliate of, never with the automated-account tag', () => {
    const of = (props: Record<string, unknown>) =>
      xPageData.fromItem!({ type: 'x-props', handle: 'jane_doe', props }, HOME)[0]?.[1];
    const reuters = { description: 'Reuters', userLabelType: 'BusinessLabel', userLabelDisplayType: 'Badge' };
    expect(of({ isBlueVerified: true, isVerified: false, affiliateBadgeInfo: reuters })?.verification).toEqual({
      kind: 'organization',
      label: 'Reuters',
    });
    const bot = { description: 'Automated by @jane', userLabelType: 'AutomatedLabel' };
    expect(of({ isBlueVerified: true, affiliateBadgeInfo: bot })?.verification).toEqual({ kind: 'paid' });
    expect(of({ verifiedType: 'Business', affiliateBadgeInfo: { description: 'Reuters' } })?.verification).toEqual({
      kind: 'organization',
    });
    expect(of({ isBlueVerified: true, isVerified: 'yes' })).toBeUndefined();
    expect(of({ isBlueVerified: true, affiliateBadgeInfo: { userLabelType: 'x'.repeat(51) } })).toBeUndefined();
  });
});

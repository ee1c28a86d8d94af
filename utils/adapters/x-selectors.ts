const AVATAR = '[data-testid^="UserAvatar-Container-"]';
const REAL = 'real:twitter/mario-zechner-wow.html';
const TIMELINE = 'e2e/fixtures/sites/x/timeline.html';
const PROFILE = 'e2e/fixtures/sites/x/profile.html';
const PROFILE_GOV = 'e2e/fixtures/sites/x/profile-government.html';

/**
 * x.com / twitter.com: every account block carries a `data-testid` (site-dom.md, X table;
 * CPFT and utags). Class names are atomic (`r-1cvl2hr`) and never used here.
 */
export const xSelectors = {
  /** Name + @handle in a post (a quoted post has its own). */
  tweetUserName: {
    css: '[data-testid="User-Name"]',
    expect: [
      { fixture: REAL, count: 2 },
      { fixture: TIMELINE, count: 5 },
      { fixture: PROFILE, count: 1 },
    ],
  },
  /** Profile header: name and @handle (the bio is `UserDescription`, outside it). */
  profileUserName: {
    css: '[data-testid="UserName"]',
    expect: [
      { fixture: REAL, count: 0 },
      { fixture: PROFILE, count: 1 },
      { fixture: PROFILE_GOV, count: 1 },
    ],
  },
  /** Who-to-follow, followers and search lists. */
  userCell: { css: '[data-testid="UserCell"]', expect: [{ fixture: TIMELINE, count: 2 }] },
  /** A user card, and the "why verified" popup (a check, no avatar), which is no account. */
  hoverCard: {
    css: '[data-testid="HoverCard"]',
    expect: [
      { fixture: TIMELINE, count: 1 },
      { fixture: PROFILE_GOV, count: 1 },
    ],
  },
  /** The check mark; `aria-label` is localised, so only the test id is used. */
  badge: {
    css: 'svg[data-testid="icon-verified"], svg[data-testid="verificationBadge"]',
    expect: [
      { fixture: REAL, count: 2 },
      { fixture: TIMELINE, count: 5 },
      { fixture: PROFILE, count: 2 },
      { fixture: PROFILE_GOV, count: 2 },
    ],
  },
  avatar: {
    css: AVATAR,
    expect: [
      { fixture: REAL, count: 2 },
      { fixture: PROFILE_GOV, count: 0 },
    ],
  },
} as const;

/**
 * The "why verified" popup (pressing a profile's check) is a HoverCard too, whose links may name
 * another account (an affiliate's organisation): a user card holds an avatar (CPFT handlePopup).
 * Read by the scanner and by the MAIN-world reader (x-page-data.js), which imports only this.
 */
export function isWhyVerifiedPopup(block: Element): boolean {
  return block.getAttribute('data-testid') === 'HoverCard' && !block.querySelector(AVATAR);
}

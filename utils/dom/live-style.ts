/**
 * Firefox runs no script of an extension it disables or uninstalls, so nothing can take the
 * badges out of open tabs; it does take the extension's manifest style sheets out of them at
 * once (public/content-live.css). So in Firefox builds a badge, the popover and a name's outline
 * show only while that sheet sets their custom property, and vanish with it. Chromium's scripts
 * clean up after themselves (the content-script context's invalidation): its builds need neither.
 */
const LIVE = import.meta.env.FIREFOX;

/** The sheet, in the manifest's site scripts and in every injection of the generic one. */
export const LIVE_CSS_FILE = 'content-live.css';
/** Appended to the badge's shadow rules: same specificity, later, so it wins. */
export const BADGE_LIVE_RULE = LIVE ? ':host{display:var(--claimcheck-badge-display,none)!important}' : '';
export const POPOVER_LIVE_RULE = LIVE ? ':host{display:var(--claimcheck-popover-display,none)!important}' : '';
/** An outline's width; an undefined custom property falls back to none. */
export const OUTLINE_WIDTH = LIVE ? 'var(--claimcheck-outline-width,0px)' : '2px';

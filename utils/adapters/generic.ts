import { absoluteUrl, makeAccount, readableText, selfAndBelow } from './common';
import { platformOfUrl } from './hosts';
import type { FoundAccount, ScanContext, SiteAdapter } from './types';

const FORUM = 'e2e/fixtures/sites/generic/forum.html';

/**
 * Any site the user enables by hand (issue #6 §2): accounts are found by profile-link shapes
 * common across forums, blogs and federated sites (`/@name`, `/user/name`, `/u/name`,
 * `/profile/name`, `/people/name`, `/members/name`, `/author/name`) and by schema.org author
 * microdata. No badge can be read on an unknown site, so verification is `unknown`.
 */
export const genericSelectors = {
  profileLink: {
    css: 'a[href*="/@"], a[href*="/user/"], a[href*="/users/"], a[href*="/u/"], a[href*="/profile/"], a[href*="/people/"], a[href*="/members/"], a[href*="/author/"]',
    expect: [{ fixture: FORUM, count: 7 }],
  },
  microdataAuthor: { css: '[itemprop="author"] [itemprop="name"]', expect: [{ fixture: FORUM, count: 1 }] },
} as const;

const PROFILE_PATH = /^\/(?:@([\w.-]{1,60})(?:@[\w.-]+)?|(?:user|users|u|profile|people|members|author)\/([^/?#]{1,80}))\/?$/;
const CHROME = 'nav, header, footer, [role="navigation"], [role="banner"], [role="contentinfo"]';

/** The handle in a profile-shaped same-site URL, or undefined. */
export function profileHandle(href: string | null | undefined, page: URL): { handle: string; url: URL } | undefined {
  if (!href) return undefined;
  let url: URL;
  try {
    url = new URL(href, page);
  } catch {
    return undefined;
  }
  if (url.host !== page.host || !/^https?:$/.test(url.protocol)) return undefined;
  const match = PROFILE_PATH.exec(url.pathname);
  const raw = match?.[1] ?? match?.[2];
  if (!raw) return undefined;
  let handle = raw;
  try {
    handle = decodeURIComponent(raw);
  } catch {
    // keep the raw segment
  }
  return { handle, url };
}

function scan(root: ParentNode, ctx: ScanContext): FoundAccount[] {
  const out: FoundAccount[] = [];
  const platform = platformOfUrl(ctx.url.href);
  const { profileLink, microdataAuthor } = genericSelectors;
  for (const name of selfAndBelow(root, `${profileLink.css}, ${microdataAuthor.css}`)) {
    if (ctx.seen.has(name) || name.closest(CHROME)) continue;
    const isMicrodata = name.matches(microdataAuthor.css);
    const href = isMicrodata
      ? (name.closest('[itemprop="author"]')?.querySelector('[itemprop="url"]')?.getAttribute('href') ??
        name.closest('[itemprop="author"]')?.querySelector('meta[itemprop="url"]')?.getAttribute('content'))
      : name.getAttribute('href');
    const profile = profileHandle(href, ctx.url);
    // Avatar links (image only) and long anchors (a whole post linked) are not names.
    const text = (name.textContent ?? '').trim();
    if (!profile || !text || text.length > 80) continue;
    if (!isMicrodata && name.closest('[itemprop="author"]')?.querySelector(microdataAuthor.css)) continue;
    const profileUrl = absoluteUrl(`${profile.url.origin}${profile.url.pathname.replace(/\/$/, '')}`, ctx.url);
    if (!profileUrl) continue;
    const account = makeAccount({
      platform,
      key: profileUrl.toLowerCase(),
      handle: profile.handle,
      displayName: readableText(name),
      profileUrl,
      verification: { kind: 'unknown', source: 'dom' },
      element: name,
      layer: isMicrodata ? 'hook' : 'generic',
    });
    if (account) out.push(account);
  }
  return out;
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  platform: 'other',
  // Only sites without their own adapter: the registry lists this one last.
  matches: (url) => /^https?:$/.test(url.protocol),
  selectors: genericSelectors,
  scan,
  expectsAccounts: () => false,
};

/* Test URLs: any forum or Mastodon instance the user enables from the popup. */

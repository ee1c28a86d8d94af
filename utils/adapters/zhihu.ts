import type { VerificationKind } from '../schemas/account';
import { absoluteUrl, MAX_BIO, makeAccount, readableText, selfAndBelow, withPageData } from './common';
import type { FoundAccount, ScanContext, SiteAdapter } from './types';
import { scanComments } from './zhihu-comments';
import { answerAuthorId, readZhihuInitialData, tokenOf, zhihuMember } from './zhihu-data';
import { zhihuSelectors } from './zhihu-selectors';

function scan(root: ParentNode, ctx: ScanContext): FoundAccount[] {
  const out: FoundAccount[] = [];
  const { authorName, profileName, certBadge } = zhihuSelectors;
  for (const name of selfAndBelow(root, `${authorName.css}, ${profileName.css}`)) {
    if (ctx.seen.has(name)) continue;
    const isProfile = name.matches(profileName.css);
    const box = isProfile ? name.closest('.ProfileHeader') : name.closest('.AuthorInfo');
    const microUrl = box?.querySelector('meta[itemprop="url"]')?.getAttribute('content');
    const who = isProfile ? tokenOf(ctx.url.pathname) : (tokenOf(microUrl) ?? tokenOf(name.getAttribute('href')));
    if (!who) continue;
    const item = isProfile ? null : name.closest('.ContentItem');
    const member = zhihuMember(ctx, who.token, item ? () => answerAuthorId(item) : undefined);
    const badgeText = box?.querySelector('.AuthorInfo-badgeText, .ProfileHeader-headline');
    const certified = box?.querySelector(certBadge.css);
    // The cert badge on an /org/ account is the organisation's; on /people/ a person's identity.
    // Beside an answer's cert badge the text is the certification (site-dom.md); a profile's
    // headline is the user's own words, never a label (the page data gives the certification).
    const dom = certified
      ? {
          kind: (who.org ? 'organization' : 'personal') as VerificationKind,
          label: badgeText && !isProfile ? readableText(badgeText, 2000) : undefined,
        }
      : { kind: 'none' as const };
    const badge = withPageData(ctx, member.key, dom, microUrl ? 'hook' : 'class');
    const answer = name.closest('.ContentItem, .List-item');
    const context = answer?.querySelector('.RichContent-inner, .RichText');
    const account = makeAccount({
      platform: 'zhihu',
      key: member.key,
      id: member.id,
      handle: member.handle,
      displayName: box?.querySelector('meta[itemprop="name"]')?.getAttribute('content') || readableText(name),
      profileUrl: absoluteUrl(`https://www.zhihu.com/${who.org ? 'org' : 'people'}/${member.handle ?? who.token}`, ctx.url),
      verification: badge.verification,
      bio: badgeText ? readableText(badgeText, MAX_BIO) : badge.data?.bio,
      element: name,
      layer: badge.layer,
      context: context ? () => readableText(context, 500) : undefined,
    });
    if (account) out.push(account);
  }
  return out.concat(scanComments(root, ctx));
}

export const zhihuAdapter: SiteAdapter = {
  id: 'zhihu',
  platform: 'zhihu',
  matches: (url) => /(^|\.)zhihu\.com$/.test(url.hostname),
  selectors: zhihuSelectors,
  scan,
  pageData: { embedded: readZhihuInitialData },
  expectsAccounts: (url) => /^\/(question|people|org|answer|$)/.test(url.pathname) || url.hostname.startsWith('zhuanlan.'),
};

/* Test URLs: https://www.zhihu.com/question/<id>, https://www.zhihu.com/people/<token>, /org/<token> */

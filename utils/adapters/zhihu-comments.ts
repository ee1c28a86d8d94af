import { absoluteUrl, makeAccount, readableText, selfAndBelow, withPageData } from './common';
import type { FoundAccount, ScanContext } from './types';
import { tokenOf, zhihuMember } from './zhihu-data';
import { zhihuSelectors } from './zhihu-selectors';

interface CommentNames {
  content: Element;
  author?: Element;
  /** The user a reply answers, after `svg.ZDI--ArrowRight…`; zhihu-custom reads two users per reply. */
  replyTo?: Element;
}

/**
 * The comment's own `.CommentContent`: the first in it, unless that is a nested reply's (then
 * the comment's own is not drawn yet, or `unit` is a page-wide `data-id`, not a comment).
 */
function ownContent(unit: Element): Element | undefined {
  const content = unit.querySelector(zhihuSelectors.commentContent.css);
  return content?.closest('[data-id]') === unit ? content : undefined;
}

/**
 * The comment's name links: profile links before its text (mentions sit inside it, nested
 * replies after it), without the avatar link, whose only content is an `<img alt=name>`: a 2026
 * userscript test capturing Zhihu's comment markup (repository not identified) has avatar
 * `a > img`, then the name `a` with text, then `svg.ZDI--ArrowRightAlt16` and the replied-to `a`.
 */
function namesOf(unit: Element): CommentNames | undefined {
  const content = ownContent(unit);
  if (!content) return undefined;
  // In document order: the ones before the text come first.
  const before = (css: string) => {
    const out: Element[] = [];
    for (const el of Array.from(unit.querySelectorAll(css))) {
      if (!(content.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING)) break;
      out.push(el);
    }
    return out;
  };
  const links = before(zhihuSelectors.commentUser.css).filter((a) => !a.querySelector('img') && a.textContent?.trim());
  const arrow = before(zhihuSelectors.replyArrow.css)[0];
  const second = links[1];
  const replies = arrow && second && arrow.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING;
  return { content, author: links[0], replyTo: replies ? second : undefined };
}

/**
 * The comments under `root`, or around it: sites render a comment piecemeal, so `root` may be
 * its text alone, added after the links.
 */
function commentUnits(root: ParentNode): Set<Element> {
  const units = new Set<Element>();
  const around = (root as Node).nodeType === 1 ? (root as Element).closest('[data-id]') : null;
  if (around) units.add(around);
  for (const link of selfAndBelow(root, zhihuSelectors.commentUser.css)) {
    const unit = link.closest('[data-id]');
    if (unit) units.add(unit);
  }
  return units;
}

/**
 * Comment authors and the users their replies answer: the replied-to name is shown as a name,
 * so a claim in it reaches readers too; it takes the member's one key, so the scanner holds it
 * as another element of that account, never a second account.
 * No public code reads a badge in comment markup (a copied Zhihu comment template draws an
 * empty box after the name), and comment authors' badges come from /api/v4/comment_v5
 * responses (zly2006/zhihu-plus-plus DataHolder.kt), which this extension does not tap: the
 * badge is 'unknown' unless js-initialData knows the same member under its hash id.
 */
export function scanComments(root: ParentNode, ctx: ScanContext): FoundAccount[] {
  const out: FoundAccount[] = [];
  for (const unit of commentUnits(root)) {
    const names = namesOf(unit);
    if (!names) continue;
    for (const link of [names.author, names.replyTo]) {
      if (!link || ctx.seen.has(link)) continue;
      // Comment links carry the 32-hex hash id (zhihu-custom listen-comment.ts compares
      // `href.replace(/.*\/people\//, '')` with the API's `author.id`); zhihuMember finds the token.
      const who = tokenOf(link.getAttribute('href'));
      if (!who) continue;
      const token = who.token;
      const member = zhihuMember(ctx, token);
      const badge = withPageData(ctx, member.key, { kind: 'unknown' }, 'hook');
      const content = names.content;
      const account = makeAccount({
        platform: 'zhihu',
        key: member.key,
        id: member.id,
        handle: member.handle,
        displayName: readableText(link),
        profileUrl: absoluteUrl(`https://www.zhihu.com/${who.org ? 'org' : 'people'}/${member.handle ?? token}`, ctx.url),
        verification: badge.verification,
        bio: badge.data?.bio,
        element: link,
        layer: badge.layer,
        // The reply's text is its author's words, not the replied-to user's.
        context: link === names.author ? () => readableText(content, 500) : undefined,
      });
      if (account) out.push(account);
    }
  }
  return out;
}

import type { VerificationKind } from '../schemas/account';
import { absoluteUrl, cleanText, makeAccount, readableText, selfAndBelow } from './common';
import type { FoundAccount, ScanContext, SiteAdapter } from './types';

const POST = 'real:wechat/post.html';
const MP_LINK = 'real:wechat/mp-link.html';
const PROFILE = 'real:wechat/profile.html';
const ARTICLE = 'e2e/fixtures/sites/wechat/article.html';
const PROFILE_IMPOSTOR = 'e2e/fixtures/sites/wechat/profile-impostor.html';
const PROFILE_VERIFIED = 'e2e/fixtures/sites/wechat/profile-verified.html';

/**
 * mp.weixin.qq.com official accounts (site-dom.md, WeChat table; airyland/we-extract). The
 * account id is the `__biz` (base64 of the numeric id) from the URL or `var biz = "…"`.
 * Article pages show no verification at all; profile pages show the verified legal entity
 * (`img.icon_verify.success` before the 帐号主体 value).
 */
export const wechatSelectors = {
  articleName: {
    css: '#js_name',
    expect: [
      { fixture: POST, count: 1 },
      { fixture: MP_LINK, count: 1 },
      { fixture: ARTICLE, count: 1 },
    ],
  },
  /** The hidden account card next to `#js_name`: 微信号 and 功能介绍 label/value pairs. */
  articleMetaLabel: {
    css: '#js_profile_qrcode .profile_meta_label',
    expect: [
      { fixture: POST, count: 2 },
      { fixture: ARTICLE, count: 2 },
    ],
  },
  /** Profile page name; the article's hidden card also has a `.profile_nickname`, outside `.profile_info`. */
  profileName: {
    css: '.profile_info .profile_nickname',
    expect: [
      { fixture: PROFILE, count: 1 },
      { fixture: POST, count: 0 },
      { fixture: PROFILE_IMPOSTOR, count: 1 },
      { fixture: PROFILE_VERIFIED, count: 1 },
    ],
  },
  profileDescLabel: {
    css: '.profile_desc .profile_desc_label',
    expect: [
      { fixture: PROFILE, count: 2 },
      { fixture: PROFILE_IMPOSTOR, count: 2 },
      { fixture: PROFILE_VERIFIED, count: 2 },
    ],
  },
  verifiedEntity: {
    css: '.profile_desc_value img.icon_verify.success',
    expect: [
      { fixture: PROFILE, count: 1 },
      { fixture: PROFILE_IMPOSTOR, count: 0 },
      { fixture: PROFILE_VERIFIED, count: 1 },
    ],
  },
} as const;

/** The last answer: each scan of a page asks for every name, and the scripts are long. */
let bizCache: { href: string; script: Element; biz: string } | undefined;

/**
 * `__biz` from the URL, else the first non-empty string in `var biz = "…" || "…"`. An answer is
 * kept for one address while its script is in the page: after an in-page navigation the page
 * is another account's, and a scan may run at the new address before the old page has gone.
 */
export function bizOf(doc: Document, url: URL): string | undefined {
  const fromUrl = url.searchParams.get('__biz');
  if (fromUrl && /^[A-Za-z0-9+/=]{4,64}$/.test(fromUrl)) return fromUrl;
  if (bizCache?.href === url.href && bizCache.script.isConnected && bizCache.script.ownerDocument === doc) return bizCache.biz;
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const match = /var biz = "([A-Za-z0-9+/=]*)"\s*\|\|\s*"([A-Za-z0-9+/=]*)"/.exec(script.textContent ?? '');
    const biz = match?.[1] || match?.[2];
    if (biz) {
      bizCache = { href: url.href, script, biz };
      return biz;
    }
  }
  return undefined;
}

/** The value beside a label (`微信号`, `功能介绍`, `帐号主体`) in a label/value list. */
function valueBeside(labels: Element[], text: string): Element | undefined {
  const label = labels.find((el) => el.textContent?.trim() === text);
  return label?.nextElementSibling ?? undefined;
}

/** Only organisations can be verified on WeChat; the entity's name is the label. */
export function kindOfEntity(entity: Element | undefined): { kind: VerificationKind; label?: string } {
  if (!entity) return { kind: 'none' };
  const name = readableText(entity, 200);
  if (entity.querySelector('img.icon_verify.success')) return { kind: 'organization', label: name };
  return { kind: 'none', label: name || undefined };
}

function scan(root: ParentNode, ctx: ScanContext): FoundAccount[] {
  const out: FoundAccount[] = [];
  const { articleName, profileName } = wechatSelectors;
  for (const name of selfAndBelow(root, `${articleName.css}, ${profileName.css}`)) {
    if (ctx.seen.has(name)) continue;
    const doc = name.ownerDocument;
    const biz = bizOf(doc, ctx.url);
    const isProfile = name.matches(profileName.css);
    const box = isProfile ? name.closest('.profile_info_area') : doc.getElementById('js_profile_qrcode');
    const labels = Array.from(box?.querySelectorAll('.profile_meta_label, .profile_desc_label') ?? []);
    const alias = isProfile
      ? /[:：]\s*([A-Za-z][\w-]{4,30})/.exec(box?.querySelector('.profile_account')?.textContent ?? '')?.[1]
      : cleanText(valueBeside(labels, '微信号')?.textContent, 60) || undefined;
    const bio = valueBeside(labels, '功能介绍');
    const profileUrl = biz
      ? absoluteUrl(`https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=${encodeURIComponent(biz)}`, ctx.url)
      : undefined;
    const key = biz ? `wechat:${biz}` : alias ? `wechat:alias:${alias.toLowerCase()}` : undefined;
    if (!key) continue;
    // Article pages carry no verification mark at all: the badge exists or not, we cannot see it.
    const verification = isProfile
      ? { ...kindOfEntity(valueBeside(labels, '帐号主体')), source: 'dom' as const }
      : { kind: 'unknown' as const, source: 'dom' as const };
    const title = doc.getElementById('activity-name');
    const account = makeAccount({
      platform: 'wechat',
      key,
      id: biz,
      handle: alias,
      displayName: readableText(name),
      profileUrl,
      verification,
      bio: bio ? readableText(bio, 20_000) : undefined,
      element: name,
      layer: isProfile ? 'class' : 'hook',
      context: isProfile || !title ? undefined : readableText(title, 500),
    });
    if (account) out.push(account);
  }
  return out;
}

export const wechatAdapter: SiteAdapter = {
  id: 'wechat',
  platform: 'wechat',
  matches: (url) => url.hostname === 'mp.weixin.qq.com',
  selectors: wechatSelectors,
  scan,
  expectsAccounts: (url) => /^\/(s|mp\/appmsg|profile|mp\/profile_ext)/.test(url.pathname),
};

/* Test URLs: https://mp.weixin.qq.com/s?__biz=…&mid=…, https://mp.weixin.qq.com/s/<id>,
   https://mp.weixin.qq.com/profile?src=3&… ; fixtures real:wechat/*.html */

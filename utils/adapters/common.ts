import type { VerificationKind } from '../schemas/account';
import type { ExtractionLayer } from '../schemas/messages';
import type { FoundAccount, PageAccountData, ScanContext } from './types';

// Bounds from ScannedAccount (utils/schemas/account.ts); context from FlaggedAccount.
export const MAX_NAME = 2000;
export const MAX_LABEL = 2000;
export const MAX_BIO = 20_000;
export const MAX_CONTEXT = 500;
const MAX_URL = 2048;

// Text that collapsing and trimming would change: whitespace at an end, two side by side, or any
// but a plain space. Most names have none, and then one test replaces a replace and a trim.
const UNCLEAN = /^\s|\s$|\s\s|[^\S ]/;

/** Collapses whitespace, trims, and cuts to `max` UTF-16 units without splitting a surrogate pair. */
export function cleanText(text: string | null | undefined, max: number): string {
  if (!text) return '';
  const collapsed = UNCLEAN.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
  if (collapsed.length <= max) return collapsed;
  const cut = collapsed.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Text of an element as the reader sees it, with emoji images' alt text (X and Weibo draw emoji
 * as <img alt="🇺🇸">). Reads text nodes only: no innerText (layout) and never innerHTML.
 */
export function readableText(el: Element, max = MAX_NAME): string {
  // Most names are text alone: then one query and textContent read what the walk below would,
  // at a fraction of its cost (bench:page reads 4,000 names). Bounded like the walk.
  if (!el.querySelector(NOT_TEXT)) {
    const text = el.textContent ?? '';
    return cleanText(text.length > max * 2 ? text.slice(0, max * 2) : text, max);
  }
  const parts: string[] = [];
  collectText(el, parts, { left: max * 2 });
  return cleanText(parts.join(''), max);
}

const SKIPPED = new Set(['script', 'style', 'svg', 'template', 'noscript']);
/** What makes an element's text differ from its textContent: emoji images, and the skipped. */
const NOT_TEXT = 'img, script, style, svg, template, noscript';

function collectText(node: Node, parts: string[], budget: { left: number }): void {
  for (let child = node.firstChild; child && budget.left > 0; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const text = child.nodeValue ?? '';
      parts.push(text);
      budget.left -= text.length;
    } else if (child.nodeType === 1) {
      const name = (child as Element).localName;
      if (name === 'img') parts.push((child as Element).getAttribute('alt') ?? '');
      else if (!SKIPPED.has(name)) collectText(child, parts, budget);
    }
  }
}

/** `root` itself (when it is an element that matches) plus its matching descendants. */
export function selfAndBelow(root: ParentNode, css: string): Element[] {
  const found = Array.from(root.querySelectorAll(css));
  if ((root as Node).nodeType === 1 && (root as Element).matches(css)) found.unshift(root as Element);
  return found;
}

/** An absolute http(s) URL for `href` against the page URL, or undefined. */
export function absoluteUrl(href: string | null | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    const text = url.href;
    return text.length <= MAX_URL ? text : undefined;
  } catch {
    return undefined;
  }
}

export interface RecordParts {
  platform: FoundAccount['platform'];
  key: string;
  id?: string;
  handle?: string;
  displayName: string;
  profileUrl?: string;
  verification: { kind: VerificationKind; label?: string; source: 'dom' | 'data' };
  bio?: string;
  element: Element;
  layer: ExtractionLayer;
  /** The post's text, or a function that reads it: only flagged accounts ever need it. */
  context?: string | (() => string | undefined);
}

const READ_CONTEXT = Symbol('readContext');
type LazyContextRecord = FoundAccount & { [READ_CONTEXT]: (() => string | undefined) | string | undefined };

/**
 * The prototype of records whose context is read on first use (bench:page: reading every
 * post's text cost more than the rest of a scan). The getter lives here, shared: one defined
 * on each record gave every record a shape of its own.
 */
const lazyContext = {
  get context(): string | undefined {
    const self = this as unknown as LazyContextRecord;
    const read = self[READ_CONTEXT];
    if (typeof read !== 'function') return read;
    const text = cleanText(read(), MAX_CONTEXT) || undefined;
    self[READ_CONTEXT] = text;
    return text;
  },
};

/** Builds a FoundAccount within the schema's bounds, or undefined when the name is empty. */
export function makeAccount(parts: RecordParts): FoundAccount | undefined {
  const displayName = cleanText(parts.displayName, MAX_NAME);
  if (!displayName || !parts.key) return undefined;
  const context = parts.context;
  const account = (typeof context === 'function' ? Object.create(lazyContext) : {}) as FoundAccount;
  account.platform = parts.platform;
  account.key = parts.key.slice(0, 512);
  account.displayName = displayName;
  account.verification = { kind: parts.verification.kind, source: parts.verification.source };
  account.element = parts.element;
  account.layer = parts.layer;
  const label = cleanText(parts.verification.label, MAX_LABEL);
  if (label) account.verification.label = label;
  if (parts.id) account.id = parts.id.slice(0, 200);
  if (parts.handle) account.handle = parts.handle.slice(0, 200);
  if (parts.profileUrl) account.profileUrl = parts.profileUrl;
  const bio = cleanText(parts.bio, MAX_BIO);
  if (bio) account.bio = bio;
  if (typeof context === 'function') {
    (account as LazyContextRecord)[READ_CONTEXT] = context;
  } else {
    const text = cleanText(context, MAX_CONTEXT);
    if (text) account.context = text;
  }
  return account;
}

/**
 * Page data (validated in page-data.ts) wins over the DOM for the badge type; the record's
 * layer then says "data". Otherwise the DOM reading stands with the name selector's layer.
 */
export function withPageData(
  ctx: ScanContext,
  key: string,
  dom: { kind: VerificationKind; label?: string },
  layer: ExtractionLayer,
): { verification: RecordParts['verification']; layer: ExtractionLayer; data?: PageAccountData } {
  const data = ctx.pageData.get(key);
  if (data?.verification) return { verification: { ...data.verification, source: 'data' }, layer: 'data', data };
  return { verification: { ...dom, source: 'dom' }, layer, data };
}

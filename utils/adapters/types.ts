import type { Platform, ScannedAccount, Verification } from '../schemas/account';
import type { ExtractionLayer } from '../schemas/messages';

/** One account found on the page: the record the engine reads, plus where it sits in the DOM. */
export interface FoundAccount extends ScannedAccount {
  /** The account's name element: it gets data-claimcheck-flag and the badge after it. */
  element: Element;
  /** Which extraction layer produced the record (for adapter health). */
  layer: ExtractionLayer;
  /** Visible text of the post or card around the account, for the report's snippet. */
  context?: string;
}

/** How many matches a selector expects in a fixture (RGH's selector `name_` lists). */
export interface SelectorExpectation {
  /** Path of the fixture relative to the repository root, or `real:<path>` under ../shared/fixtures/real. */
  fixture: string;
  count: number;
}

export interface AdapterSelector {
  css: string;
  expect: readonly SelectorExpectation[];
}

/** What a scan gets besides the subtree. */
export interface ScanContext {
  url: URL;
  /** Name elements already handled; a scan skips them. */
  seen: WeakSet<Element>;
  /**
   * Badge types and ids read from the page's own data (embedded JSON, or the MAIN-world
   * reader), validated with zod before they land here; keyed per adapter (id, handle …).
   */
  pageData: ReadonlyMap<string, PageAccountData>;
  /**
   * Asked before the rest of a record is read (badge, bio, context): true when the page already
   * holds this account under this name, in which case the scanner took `element` for it and
   * the adapter skips it. Only for places that show nothing a first sighting could lack (X:
   * a post's name block, never a profile header or a user cell with a bio).
   */
  seenAs?(key: string, displayName: string, element: Element): boolean;
}

/** What page data tells about one account (validated; never trusted beyond its schema). */
export interface PageAccountData {
  id?: string;
  handle?: string;
  displayName?: string;
  verification?: { kind: ScannedAccount['verification']['kind']; label?: string };
  bio?: string;
}

/** Page-data entries, keyed like the adapters' records (`x:<handle>`, `weibo:<uid>` …). */
export type PageDataEntries = [string, PageAccountData][];

/**
 * A MAIN-world reader item once page-data.ts has checked its envelope (type and field types);
 * the site's payload is still unknown and the site's own schema parses it.
 */
export type ReaderItem =
  | { type: 'x-props'; handle: string; props: Record<string, unknown> }
  | { type: 'weibo-user'; user: unknown }
  | { type: 'bili-member'; member: unknown }
  | { type: 'picked'; source: string; name: string; value: unknown };

/**
 * A site's own page-data mapping, kept beside its adapter so that a site's content script
 * bundles only its own (page-data.ts holds the generic validation and dispatch).
 */
export interface SitePageData {
  /** Maps one reader item; items of other sites' types give no entries. */
  fromItem?(item: ReaderItem, url: URL): PageDataEntries;
  /** Reads what the isolated world can read itself: JSON in the page's <script> elements. */
  embedded?(doc: Document, url: URL): PageDataEntries;
  /**
   * Whether the MAIN-world reader can tell anything about an account from around its name
   * element, given the verification the DOM showed. Absent: it cannot (the site's page data is
   * embedded JSON or page globals, read with the whole page), so no request is aimed at one.
   */
  readsAround?(verification: Pick<Verification, 'kind'>): boolean;
}

export interface SiteAdapter {
  /** Same as the file name. */
  id: string;
  platform: Platform;
  /** Whether this adapter handles the page at this URL. */
  matches(url: URL): boolean;
  /** The adapter's selectors, each with its expected counts per fixture. */
  selectors: Readonly<Record<string, AdapterSelector>>;
  /**
   * Finds the accounts under `root` (the document, an added subtree or an open shadow root).
   * Must not return an element already in `seen`, and must not touch elements it did not find.
   * `root` may be a freshly added element that is itself the post (or the name element), or a
   * small node added inside an already-present post (sites render incrementally): scan must
   * consider `root` itself and, via `closest()`, the post it sits in.
   */
  scan(root: ParentNode, ctx: ScanContext): FoundAccount[];
  /**
   * The parts of the page a full rescan may scan one by one (in slices) instead of the whole
   * document at once; together they must hold every account the document scan would find.
   */
  rescanParts?(doc: Document): ParentNode[];
  /** Open shadow roots under `root` that hold accounts and need their own observer. */
  shadowRoots?(root: ParentNode): ShadowRoot[];
  /** Whether a page at this URL should yield accounts (false for e.g. a settings page). */
  expectsAccounts(url: URL): boolean;
  /** What this site's page data (reader items, embedded JSON) says about its accounts. */
  pageData?: SitePageData;
}

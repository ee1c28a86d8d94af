import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type PageDataReceiver, startPageDataReceiver } from '../adapters/page-data';
import type { FoundAccount, PageAccountData, SitePageData } from '../adapters/types';

/** The MAIN-world reader walks the page's own objects: ask it at most this often. */
const INTERVAL_MS = 1000;
const MAX_WANTED = 2000;
/** Badges that back some claim: read from the DOM, the page's data should confirm them. */
const BACKING_KINDS = new Set(['government', 'organization', 'media', 'personal', 'unknown']);

/**
 * When to ask the MAIN-world reader, and about whom: the whole page first and after navigation,
 * then only the accounts whose badge type can change their verdict (flagged ones, and those whose
 * DOM badge would back a claim); reading every check mark of a long timeline cost more than the
 * scanner itself (bench:page). Of those, only where the site's reader can read anything around
 * the name (`readsAround`): on x.com, a flagged account with no check mark has nothing there, and
 * each request costs the page about 75 µs (bench:page trace: 200 flagged, all with a blue check,
 * so all still asked, in 15.8 ms). At most
 * once a second, in a task of its own: the reader answers synchronously, inside whatever task asks.
 */
export class PageDataRequests {
  private wanted: Element[] = [];
  private all = true;
  private timerSet = false;
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly receiver: PageDataReceiver,
    private readonly setTimer: (cb: () => void, ms: number) => unknown,
    private readonly site: Pick<SitePageData, 'readsAround'> | undefined,
  ) {}

  /** A record just found (or another element of one): its badge, read from the DOM, may need the page's data. */
  found(rec: Pick<FoundAccount, 'verification' | 'element'>): void {
    if (rec.verification.source === 'dom' && BACKING_KINDS.has(rec.verification.kind)) this.want([rec.element], rec.verification);
  }

  /** The elements of an account whose badge type matters (it is flagged, or found above). */
  want(elements: Iterable<Element>, verification: Pick<FoundAccount['verification'], 'kind'>): void {
    if (!this.site?.readsAround?.(verification)) return;
    for (const el of elements) if (this.wanted.length < MAX_WANTED) this.wanted.push(el);
  }

  /** The page started over: read it whole again. */
  navigated(): void {
    this.all = true;
    this.wanted = [];
  }

  /** Called when a scan went idle: asks now, or once the interval has passed. */
  schedule(): void {
    if (this.timerSet || !(this.all || this.wanted.length)) return;
    this.timerSet = true;
    this.setTimer(() => this.ask(), Math.max(0, this.last + INTERVAL_MS - performance.now()));
  }

  private ask(): void {
    this.timerSet = false;
    this.last = performance.now();
    const { all, wanted } = this;
    this.all = false;
    this.wanted = [];
    if (all) this.receiver.requestAll();
    else this.receiver.requestFor(wanted);
  }
}

/**
 * The page-data receiver (answers go into `pageData`; `onUpdate` gets the keys whose data changed)
 * and the requests made of it, both stopping with `ctx`.
 */
export function startPageDataRequests(
  ctx: ContentScriptContext,
  site: SitePageData | undefined,
  pageData: Map<string, PageAccountData>,
  onUpdate: (keys: string[]) => void,
): PageDataRequests {
  const receiver = startPageDataReceiver(document, site, pageData, onUpdate);
  ctx.signal.addEventListener('abort', () => receiver.stop());
  // A plain timer, not ctx.setTimeout: that adds an abort listener per call that is never
  // removed (scanner-context.ts, as WXT's), and this one is set again after every ask. isValid
  // still notices a reload.
  const later = (cb: () => void, ms: number) => setTimeout(() => ctx.isValid && cb(), ms);
  return new PageDataRequests(receiver, later, site);
}

/** How long after an in-page navigation the names read are watched for the site's redraw. */
const WINDOW_MS = 6_000;
/** When to look, after the navigation, besides each scan's end: a redraw that only sets text starts no scan. */
export const RECHECK_AT_MS = [300, 1_000, 2_500, WINDOW_MS] as const;

/**
 * The names read just after an in-page navigation, and their text then. The scanner rescans at
 * the navigation's start, before the site has drawn the new page; the address is already the
 * new one, and adapters key a profile's header by it (weibo.com/u/<uid>, space.bilibili.com,
 * a YouTube channel, a Douyin or Xiaohongshu profile). So the old header is read under the new
 * account's key. A site that then sets the new name's text in place (Vue, YouTube's Polymer)
 * changes no element, and a read element is not read again: the new account would keep the old
 * one's name and verdict. `changed` gives those whose text has moved on since, once each.
 */
export class NavigationRecheck {
  private watched: { element: Element; key: string; text: string | null }[] = [];
  private until = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** An in-page navigation: the names read from now on are watched for a while. */
  navigated(): void {
    this.watched = [];
    this.until = this.now() + WINDOW_MS;
  }

  /** A name just read (a new record, or another sighting of a known account). */
  read(key: string, element: Element): void {
    // On the scan's path for every name: no clock read outside a navigation's window.
    if (this.until === Number.NEGATIVE_INFINITY) return;
    if (this.now() > this.until) {
      this.until = Number.NEGATIVE_INFINITY;
      return;
    }
    this.watched.push({ element, key, text: element.textContent });
  }

  /** The keys whose name element, still on the page, reads otherwise than when it was read. */
  changed(): Set<string> {
    const keys = new Set<string>();
    if (!this.watched.length) return keys;
    const over = this.now() > this.until;
    if (over) this.until = Number.NEGATIVE_INFINITY;
    this.watched = this.watched.filter((w) => {
      if (!w.element.isConnected) return false;
      if (w.element.textContent === w.text) return !over;
      keys.add(w.key);
      return false;
    });
    return keys;
  }
}

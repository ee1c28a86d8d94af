// Functions handed to page.evaluate: they run in the page (its main world), so each is
// self-contained, and they change the page as the site's own script would.

/**
 * Inserts after the item (`item`, a CSS selector) that holds the flagged `name` a copy of it
 * without ClaimCheck's marks, as a feed appends its next posts; returns how many sightings of
 * `name` the copy holds.
 */
export function appendCopyOf({ name, item }: { name: string; item: string }): number {
  const flagged = Array.from(document.querySelectorAll('[data-claimcheck-flag]')).filter((el) => el.textContent?.includes(name));
  const original = flagged.map((el) => el.closest(item)).find((el) => el !== null);
  if (!original) throw new Error(`no ${item} holds the flagged ${name}`);
  const copy = original.cloneNode(true) as Element;
  for (const el of Array.from(copy.querySelectorAll('[data-claimcheck-badge]'))) el.remove();
  for (const el of Array.from(copy.querySelectorAll('[data-claimcheck-flag]'))) {
    el.removeAttribute('data-claimcheck-flag');
    el.removeAttribute('data-claimcheck-severity');
  }
  original.after(copy);
  return flagged.filter((el) => original.contains(el)).length;
}

/** Opens `to` the way a single-page app does: pushState, then the new page's body in place of the old. */
export async function navigateInPage(to: string): Promise<void> {
  const html = await (await fetch(to)).text();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  history.pushState({}, '', to);
  document.title = doc.title;
  document.body.replaceWith(document.adoptNode(doc.body));
}

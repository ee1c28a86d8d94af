/** The wire limit on `pageUrl` (sync-protocol.md; the Report schema's httpUrl). */
export const MAX_PAGE_URL = 2048;

/**
 * The page address a report can store. A search page can pass the limit on its own: an
 * s.weibo.com search for 225 Chinese characters does, each one percent-encoded to nine. Such a
 * URL would fail validation on a field the flagged-account form does not show, so it is
 * shortened instead: first without the fragment, then without the query, then with the
 * path cut (never inside a %-escape or a character's UTF-8 bytes), at worst the origin alone.
 */
export function fitPageUrl(raw: string, max = MAX_PAGE_URL): string {
  if (raw.length <= max) return raw;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw; // not a URL: validation says so
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return raw;
  url.hash = '';
  if (url.href.length <= max) return url.href;
  const bare = `${url.origin}${url.pathname}`;
  if (bare.length <= max) return bare;
  if (url.origin.length >= max) return url.origin;
  return wholeEscapes(bare.slice(0, max));
}

/** Drops a cut-off `%X`, and the first bytes of a UTF-8 character whose last bytes were cut off. */
function wholeEscapes(cut: string): string {
  const text = cut.replace(/%[0-9A-Fa-f]?$/, '');
  const tail = text.match(/(?:%[0-9A-Fa-f]{2}){1,4}$/)?.[0] ?? '';
  const bytes = tail
    .split('%')
    .slice(1)
    .map((hex) => Number.parseInt(hex, 16));
  for (let i = bytes.length - 1; i >= 0; i--) {
    const byte = bytes[i]!;
    if (byte < 0x80) return text; // ASCII ends a character
    if (byte < 0xc0) continue; // a continuation byte: look for its lead
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    const have = bytes.length - i;
    return have >= needed ? text : text.slice(0, text.length - have * 3);
  }
  return text;
}

/**
 * Reads JSON embedded in page scripts without eval: `var $render_data = [{…}][0] || {};`
 * (m.weibo.cn), `var ytInitialData = {…};` (YouTube), `window.__INITIAL_STATE__={…}`
 * (Xiaohongshu, a JS literal with `undefined`). Runs in either world; the caller validates.
 */

const MAX_SCRIPT = 8_000_000;

/** The balanced `{…}` or `[…]` starting at `start`, honouring strings; undefined if unbalanced. */
export function balancedLiteral(text: string, start: number): string | undefined {
  const open = text[start];
  if (open !== '{' && open !== '[') return undefined;
  let depth = 0;
  let quote = '';
  for (let i = start; i < text.length && i - start < MAX_SCRIPT; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return undefined;
}

/**
 * Turns a JS object literal as pages print it into JSON: bare `undefined`, `NaN`, `Infinity`
 * become null (Xiaohongshu's __INITIAL_STATE__, site-dom.md). Strings are left as they are.
 */
export function jsLiteralToJson(literal: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < literal.length; i++) {
    const ch = literal[i]!;
    if (quote) {
      out += ch;
      if (ch === '\\') out += literal[++i] ?? '';
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"') {
      quote = ch;
      out += ch;
      continue;
    }
    const word = /^(undefined|NaN|-?Infinity)\b/.exec(literal.slice(i, i + 10));
    if (word && !/[\w$]/.test(literal[i - 1] ?? '')) {
      out += 'null';
      i += word[1]!.length - 1;
      continue;
    }
    out += ch;
  }
  return out;
}

/** The value assigned after `marker` (e.g. "ytInitialData =") in script text, parsed; or undefined. */
export function jsonAfter(text: string, marker: string | RegExp, tolerant = false): unknown {
  let from: number;
  if (typeof marker === 'string') {
    const index = text.indexOf(marker);
    if (index < 0) return undefined;
    from = index + marker.length;
  } else {
    const match = marker.exec(text);
    if (!match) return undefined;
    from = match.index + match[0].length;
  }
  const start = text.slice(from, from + 64).search(/[[{]/);
  if (start < 0) return undefined;
  const literal = balancedLiteral(text, from + start);
  if (!literal) return undefined;
  try {
    return JSON.parse(tolerant ? jsLiteralToJson(literal) : literal);
  } catch {
    return undefined;
  }
}

/** Parses a script element's JSON body (`<script type="application/json">`), optionally URL-decoded first. */
export function jsonOfScript(script: Element | null, urlEncoded = false): unknown {
  const text = script?.textContent;
  if (!text || text.length > MAX_SCRIPT) return undefined;
  try {
    return JSON.parse(urlEncoded ? decodeURIComponent(text) : text);
  } catch {
    return undefined;
  }
}

/** The JSON after `marker` in the first inline script whose text holds it (no eval). */
export function scriptJson(doc: Document, marker: string, tolerant = false): unknown {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    if (text.includes(marker)) return jsonAfter(text, marker, tolerant);
  }
  return undefined;
}

import fs from 'node:fs';
import path from 'node:path';
import { SITES_DIR } from './fixture-server';

/** Every hostile name starts with this: a military claim (so it is flagged) and a mark to find it by. */
export const HOSTILE_PREFIX = '火箭军司令部#';

/** Names a hostile page can give its accounts: markup, script URLs, bidi tricks, huge and broken text. */
export const HOSTILE_STRINGS: string[] = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  "'><iframe src=javascript:window.__pwned=1>",
  'javascript:window.__pwned=1',
  '<a href="javascript:window.__pwned=1">click</a>',
  '<details open ontoggle=window.__pwned=1>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '<style>*{display:none!important}</style>',
  '<!-- unclosed comment',
  ']]><x>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection attempt, kept literal on purpose
  '${window.__pwned=1}',
  '\u202Eevil\u202C name',
  '\u200F\u200E\u2066isolate\u2069',
  '\u200B\u200C\u200D\uFEFFzero width',
  '\uD800 lone high surrogate',
  'lone low \uDC00 surrogate',
  'control \u0001\u0007\u001B chars',
  'line\nbreak\r\nname',
  '=HYPERLINK("http://evil.example","x")',
  '+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(1+1)',
  "'; DROP TABLE reports;--",
  '%3Cscript%3Ewindow.__pwned=1%3C/script%3E',
  '&lt;b&gt;entity&lt;/b&gt;',
  'data:text/html,<script>window.__pwned=1</script>',
  '\uD83D\uDCA5\u{1F1E8}\u{1F1F3}\u{E0041}\u{E007F} tags',
  `${'长'.repeat(5_000)}${'W'.repeat(5_000)}`,
  ' '.repeat(300),
  '<input autofocus onfocus=window.__pwned=1>',
];

/**
 * A weibo.com feed page whose own script builds one post per hostile name from the fixture's
 * impostor post (the site renders names as text; a name keeps its military claim so it is flagged).
 */
export function hostileWeiboPage(): string {
  const feed = fs.readFileSync(path.join(SITES_DIR, 'weibo/feed.html'), 'utf8');
  const names = HOSTILE_STRINGS.map((s) => `${HOSTILE_PREFIX}${s}`);
  const script = `<script>
(function () {
  var names = ${JSON.stringify(names).replace(/</g, '\\u003c')};
  var link = document.querySelector('a[usercard="7910000001"][class*="head_name"]');
  var item = link.closest('.vue-recycle-scroller__item-view');
  names.forEach(function (name, i) {
    var copy = item.cloneNode(true);
    var id = String(8800000000 + i);
    copy.querySelectorAll('[usercard]').forEach(function (el) { el.setAttribute('usercard', id); });
    copy.querySelectorAll('a[href]').forEach(function (a) { a.setAttribute('href', a.getAttribute('href').replace('7910000001', id)); });
    var span = copy.querySelector('[class*="head_name"] span');
    span.textContent = name;
    span.setAttribute('title', name);
    copy.querySelector('[class*="detail_wbtext"]').textContent = name;
    item.parentElement.append(copy);
  });
})();
</script>`;
  return feed.replace('</body>', `${script}</body>`);
}

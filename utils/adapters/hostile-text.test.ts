// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cleanText, MAX_CONTEXT, MAX_NAME, makeAccount, readableText } from './common';
import { redditAdapter } from './reddit';
import { loadDocument, makeContext, readFixture } from './test-helpers';
import { weiboAdapter } from './weibo';
import { xAdapter } from './x';

const SCRIPT_NAME = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">';
const RTL_NAME = '\u202E央视新闻\u202C';
const HUGE = '军'.repeat(10_000);

/** Replaces the text of the first match with `text` (as text, never markup) and returns it. */
function setText(doc: Document, css: string, text: string): Element {
  const el = doc.querySelector(css)!;
  el.textContent = text;
  return el;
}

describe('hostile names and text', () => {
  it('keeps markup-looking names as plain text and never touches the page', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/x/timeline.html'));
    const nameSpan = setText(doc, '[data-testid="User-Name"] div[dir="ltr"] > span > span', SCRIPT_NAME);
    const before = doc.body.innerHTML;
    const [first] = xAdapter.scan(doc, makeContext('https://x.com/home'));
    expect(first?.displayName).toBe(SCRIPT_NAME);
    expect(doc.body.innerHTML).toBe(before);
    expect(nameSpan.children).toHaveLength(0);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('keeps an RTL override in the name (the engine folds invisibles) and trims around it', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/weibo/feed.html'));
    const span = doc.querySelector('a[class*="head_name"] span')!;
    span.removeAttribute('title');
    span.textContent = `   ${RTL_NAME}\n\t `;
    const [first] = weiboAdapter.scan(doc, makeContext('https://weibo.com/'));
    expect(first?.displayName).toBe(RTL_NAME);
  });

  it('cuts 10 KB names, contexts and bios to the schema bounds', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/reddit/thread.html'));
    setText(doc, 'shreddit-post [slot="authorName"] a', HUGE);
    setText(doc, 'shreddit-post [slot="title"]', HUGE);
    const [post] = redditAdapter.scan(doc, makeContext('https://www.reddit.com/r/worldnews/comments/1abcde/'));
    expect(post?.displayName.length).toBe(MAX_NAME);
    expect(post?.context?.length).toBe(MAX_CONTEXT);

    const account = makeAccount({
      platform: 'x',
      key: 'x:a',
      displayName: 'A',
      bio: 'b'.repeat(30_000),
      verification: { kind: 'paid', label: 'l'.repeat(5_000), source: 'dom' },
      element: doc.body,
      layer: 'hook',
    });
    expect(account?.bio?.length).toBe(20_000);
    expect(account?.verification.label?.length).toBe(2_000);
  });

  it('drops records whose name is empty or only whitespace', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/reddit/thread.html'));
    setText(doc, 'shreddit-post [slot="authorName"] a', ' \u00a0\n');
    const found = redditAdapter.scan(doc, makeContext('https://www.reddit.com/r/worldnews/comments/1abcde/'));
    // Reddit falls back to the author attribute; a record never has an empty name.
    expect(found[0]?.displayName).toBe('MinistryOfDefence_Official');
    expect(
      makeAccount({
        platform: 'x',
        key: 'x:a',
        displayName: '   ',
        verification: { kind: 'none', source: 'dom' },
        element: doc.body,
        layer: 'hook',
      }),
    ).toBeUndefined();
  });

  it('never splits a surrogate pair when cutting, and reads emoji images as their alt text', () => {
    const cut = cleanText(`${'a'.repeat(MAX_NAME - 1)}😀tail`, MAX_NAME);
    expect(cut.length).toBe(MAX_NAME - 1);
    const doc = loadDocument(
      '<div id="n">Army <img alt="🇺🇸" src="data:,"> Command<script>bad()</script><svg><text>svg</text></svg></div>',
    );
    expect(readableText(doc.getElementById('n')!)).toBe('Army 🇺🇸 Command');
  });

  it('reads text-only names (textContent) exactly as it reads names with images or skipped parts (the walk)', () => {
    const doc = loadDocument('<body></body>');
    const shapes = [
      '<span><span>Strategic  Missile\u00a0Force </span></span>',
      '<span> 央视<b>新闻</b><!-- c --><i hidden>官方</i>\n</span>',
      '<span>\u202E央视新闻\u202C</span>',
      `<span>${'军 '.repeat(3000)}</span>`,
      '<span></span>',
    ];
    for (const html of shapes) {
      const textOnly = doc.createElement('div');
      textOnly.innerHTML = html;
      // The same text with an element the walk must step over: the walk reads it, skipping the svg.
      const walked = doc.createElement('div');
      walked.innerHTML = `${html}<svg><title>not text</title></svg>`;
      expect(readableText(textOnly)).toBe(readableText(walked));
      expect(readableText(textOnly, 10)).toBe(readableText(walked, 10));
    }
    const emoji = doc.createElement('div');
    emoji.innerHTML = '<span>Mom of 3 <img alt="🏃"> runner</span>';
    expect(readableText(emoji)).toBe('Mom of 3 🏃 runner');
  });

  it('collapses and trims whitespace only where there is any to collapse', () => {
    for (const text of ['Plain Name', ' lead', 'trail ', 'two  spaces', 'tab\tin', 'nbsp\u00a0in', 'line\nbreak', '']) {
      expect(cleanText(text, 100)).toBe(text.replace(/\s+/g, ' ').trim());
    }
    expect(cleanText(undefined, 100)).toBe('');
  });
});

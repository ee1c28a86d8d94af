// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectPageData, loadDocument } from './test-helpers';

// The X MAIN-world reader (page-data-site-readers.ts readXProps) on layouts the fixtures lack.
const CHECK = '<svg data-testid="icon-verified"><g><path d="M20.396 11c"></path></g></svg>';
const read = (html: string, hang: (doc: Document) => void) => {
  const doc = loadDocument(`<body>${html}</body>`);
  hang(doc);
  return collectPageData({ location: new URL('https://x.com/notifications'), document: doc } as unknown as Window);
};
const hangOn = (el: Element, value: unknown) => {
  (el as unknown as Record<string, unknown>).__reactProps$t1 = value;
};

describe('X reader', () => {
  it('reads a notification’s role=link check as CPFT does: the last of the link’s children, handle from its href', () => {
    const html = `<a href="/jane_doe" role="link"><div dir="ltr"><span>Jane Doe</span></div><span>${CHECK}</span></a>`;
    const props = { isBlueVerified: true, isVerified: false, verifiedType: null };
    const items = read(html, (doc) =>
      hangOn(doc.querySelector('a')!, { children: { props: { children: [[{ props: { name: 'Jane Doe' } }, { props }]] } } }),
    );
    expect(items).toEqual([{ type: 'x-props', handle: 'jane_doe', props }]);
  });

  it('skips props without the check’s own keys, which would read as "no check" (CPFT warns on a missing isVerified)', () => {
    const html = `<div data-testid="User-Name"><div><span>${CHECK}</span></div><span>@jane_doe</span></div>`;
    const withProps = (props: Record<string, unknown>) =>
      read(html, (doc) =>
        hangOn(doc.querySelector('svg')!.parentElement!.parentElement!, { children: { props: { children: [[{ props }]] } } }),
      );
    expect(withProps({ name: 'x' })).toEqual([]);
    // The same place with the check's keys is read: what the test above skips is the keys, not the layout.
    expect(withProps({ isBlueVerified: true })).toEqual([
      { type: 'x-props', handle: 'jane_doe', props: { isBlueVerified: true } },
    ]);
  });

  it('reads no check in the why-verified popup, a HoverCard without an avatar that names another account', () => {
    const card = (avatar: string) =>
      `<div data-testid="HoverCard"><div><div><div>${CHECK.replace('icon-verified', 'verificationBadge')}</div></div>${avatar}<div dir="ltr">affiliate of <a href="/DeptofDefense"><span>@DeptofDefense</span></a></div></div></div>`;
    const hang = (doc: Document) =>
      hangOn(doc.querySelector('svg')!.parentElement!.parentElement!, {
        children: { props: { children: [[{ props: { isBlueVerified: false, verifiedType: 'Government' } }]] } },
      });
    expect(read(card(''), hang)).toEqual([]);
    // A user card (with its avatar) is read as before.
    expect(
      read(card('<div data-testid="UserAvatar-Container-DeptofDefense"></div>'), hang).map(
        (i) => i.type === 'x-props' && i.handle,
      ),
    ).toEqual(['DeptofDefense']);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { genericAdapter, profileHandle } from './generic';
import { brief, loadDocument, makeContext, readFixture } from './test-helpers';

describe('generic adapter', () => {
  it('finds profile-shaped same-site links and author microdata, skipping chrome, avatars and other sites', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/generic/forum.html'));
    const found = genericAdapter.scan(doc, makeContext('https://forum.example/t/announcements/1'));
    expect(found.map(brief)).toEqual([
      ['https://forum.example/user/police_dept_official', 'City Police Department (Official)', 'unknown', 'generic'],
      ['https://forum.example/u/jane_doe', 'Jane Doe', 'unknown', 'generic'],
      ['https://forum.example/@xinhua_news_agency', '新华社 Xinhua News', 'unknown', 'generic'],
      ['https://forum.example/profile/dr_li', 'Dr. Li, Physician', 'unknown', 'hook'],
    ]);
    expect(found[0]).toMatchObject({ platform: 'other', handle: 'police_dept_official' });
    expect(found[0]?.element.className).toBe('username');
  });

  it('reads handles from profile paths only', () => {
    const page = new URL('https://mastodon.example/home');
    expect(profileHandle('/@alice@other.social', page)?.handle).toBe('alice');
    expect(profileHandle('/users/bob/', page)?.handle).toBe('bob');
    expect(profileHandle('/users/bob/posts', page)).toBeUndefined();
    expect(profileHandle('javascript:alert(1)', page)).toBeUndefined();
  });

  it('keeps the platform of a known host (facebook pages the user enables)', () => {
    const doc = loadDocument('<main><a href="/profile/someone">Someone</a></main>');
    expect(genericAdapter.scan(doc, makeContext('https://www.facebook.com/groups/1'))[0]?.platform).toBe('facebook');
  });
});

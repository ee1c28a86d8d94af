// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { redditAdapter } from './reddit';
import { brief, loadDocument, makeContext, readFixture } from './test-helpers';

describe('reddit', () => {
  it('reads the post and comment authors of the new UI from the custom elements’ attributes', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/reddit/thread.html'));
    const found = redditAdapter.scan(doc, makeContext('https://www.reddit.com/r/worldnews/comments/1abcde/official_statement/'));
    expect(found.map(brief)).toEqual([
      ['reddit:ministryofdefence_official', 'MinistryOfDefence_Official', 'none', 'hook'],
      ['reddit:reuters_newsdesk', 'Reuters_NewsDesk', 'none', 'hook'],
      ['reddit:history_buff_42', 'history_buff_42', 'none', 'hook'],
      ['reddit:dr_zhang_clinic', 'Dr_Zhang_Clinic', 'none', 'hook'],
    ]);
    expect(found[0]).toMatchObject({
      id: 't2_aaaa1',
      context: 'Official statement from the Ministry',
      profileUrl: 'https://www.reddit.com/user/MinistryOfDefence_Official/',
    });
    expect(found[1]?.context).toBe('We can confirm this statement. Reuters.');
  });

  it('reads old reddit, attributing nested comments to their own thing', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/reddit/old-thread.html'));
    const found = redditAdapter.scan(doc, makeContext('https://old.reddit.com/r/worldnews/comments/1abcde/'));
    expect(found.map(brief)).toEqual([
      ['reddit:ministryofdefence_official', 'MinistryOfDefence_Official', 'none', 'class'],
      ['reddit:reuters_newsdesk', 'Reuters_NewsDesk', 'none', 'class'],
      ['reddit:history_buff_42', 'history_buff_42', 'none', 'class'],
    ]);
    expect(found[1]?.context).toBe('We can confirm this statement.');
  });
});

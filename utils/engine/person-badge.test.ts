import { describe, expect, it } from 'vitest';
import type { FlagCategory } from '../schemas/verdict';
import { account, categoriesOf, flagOf } from './test-helpers';

type Case = [name: string, label: string, category: FlagCategory];

// The corpus's genuine Reuters journalist: the claim is in her handle and bio, not her name.
const JANE = { handle: 'janedoe_reuters', bio: 'Reuters correspondent in Beijing', platform: 'x' } as const;

const flagged = ([name, label, category]: Case) =>
  flagOf(account(name, { kind: 'personal', label, ...(name === 'Jane Doe' ? JANE : {}) }), category);
const expectBacked = (cases: Case[]) => {
  for (const c of cases) expect(flagged(c), `${c[0]} / ${c[1]}`).toBeUndefined();
};
const expectFlagged = (cases: Case[]) => {
  for (const c of cases) expect(flagged(c), `${c[0]} / ${c[1]}`).toBeDefined();
};

// detection.md: "ClaimCheck flags an account when it claims an identity of a protected kind and
// nothing on the platform backs that claim". A personal badge verifies a person in a role, so it
// backs the claim to be that person in that role, never a claim to be the body itself.
describe('a personal badge and a military, institution or news claim', () => {
  it('backs a person in a current role at the body the label names (corpus genuine entries)', () => {
    expectBacked([
      ['央视主持人康辉', '中央广播电视总台主持人', 'news-media'],
      ['Jane Doe', 'Reuters journalist', 'news-media'],
      ['北京市公安局民警李某', '北京市公安局民警', 'public-institution'],
      ['新华社记者张三', '新华社记者', 'news-media'],
      // 原 in a place name (太原) is not "former".
      ['太原市公安局民警王某', '太原市公安局民警', 'public-institution'],
    ]);
  });

  it('backs nothing when the label is a former member, a blogger, a reader or a fan (review #1)', () => {
    const cases: Case[] = [
      ['火箭军司令部', '火箭军退役军人', 'military'],
      ['北京市公安局', '前公安局 知名博主', 'public-institution'],
      ['央视新闻', '新闻博主', 'news-media'],
      ['新华社', '日报读者 知名博主', 'news-media'],
      ['北京市公安局民警李某', '原北京市公安局民警', 'public-institution'],
      ['北京市公安局民警李某', '北京市公安局退休民警', 'public-institution'],
      ['Jane Doe', 'Former Reuters journalist', 'news-media'],
      ['Jane Doe', 'Reuters journalist fan', 'news-media'],
    ];
    for (const c of cases) {
      const flag = flagged(c);
      expect(flag, `${c[0]} / ${c[1]}`).toBeDefined();
      expect(flag!.reasons).toContainEqual(expect.objectContaining({ code: 'credential.wrong-kind', field: 'verification' }));
    }
  });

  it('backs nothing when the label names no role, or the role at no body', () => {
    expectFlagged([
      ['北京市公安局民警李某', '北京市公安局', 'public-institution'],
      ['北京市公安局民警李某', '民警', 'public-institution'],
      ['央视主持人康辉', '主持人', 'news-media'],
      ['Jane Doe', 'journalist', 'news-media'],
    ]);
  });

  it('backs nothing when the name is the body itself or an official account’s, whatever the label', () => {
    expectFlagged([
      ['北京市公安局', '北京市公安局民警', 'public-institution'],
      ['火箭军司令部', '火箭军军官', 'military'],
      ['新华社', '新华社记者', 'news-media'],
      ['央视新闻', '中央广播电视总台主持人', 'news-media'],
    ]);
    // A handle one letter from Reuters' own (@Reuters) is a copy of the outlet, not a journalist's.
    const copiedHandle = account('Jane Doe', { handle: 'Reuterz', kind: 'personal', label: 'Reuters journalist', platform: 'x' });
    expect(categoriesOf(copiedHandle)).toEqual(['news-media']);
  });
});

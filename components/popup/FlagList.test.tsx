// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { reasonMessage } from '../../utils/engine/messages';
import { categoryKey, type Lang, translator } from '../../utils/i18n';
import type { FlaggedAccount } from '../../utils/schemas/messages';
import { TranslateContext } from '../i18n';
import { FlagList } from './FlagList';

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));

const wrongKind = {
  code: 'credential.wrong-kind',
  field: 'verification',
  messageKey: 'credential.wrong-kind',
  args: ['personal'],
};
/** Flagged in two categories, each with the same badge reason (the engine gives it per category). */
const TWO_CATEGORIES = {
  account: {
    platform: 'weibo',
    key: 'weibo:2',
    displayName: '人民日报健康顾问',
    verification: { kind: 'personal', source: 'dom' },
  },
  flags: [
    {
      category: 'news-media',
      severity: 'medium',
      score: 0.7,
      reasons: [{ code: 'news.outlet', field: 'displayName', match: '人民日报', messageKey: 'claim.news-media' }, wrongKind],
    },
    {
      category: 'unqualified-advice',
      severity: 'low',
      score: 0.5,
      reasons: [
        { code: 'advice.health', field: 'displayName', match: '健康顾问', messageKey: 'claim.unqualified-advice' },
        wrongKind,
      ],
    },
  ],
  rulesetVersion: 'test',
} as FlaggedAccount;

async function show(lang: Lang, reported: ReadonlySet<string> = new Set(), item: FlaggedAccount = TWO_CATEGORIES) {
  const reasonText = (item: FlaggedAccount, fi: number, ri: number) => reasonMessage(item.flags[fi]!.reasons[ri]!, lang);
  await act(() =>
    render(
      <TranslateContext.Provider value={translator(lang)}>
        <FlagList items={[item]} reported={reported} reasonText={reasonText} onShow={() => {}} onReport={() => {}} />
      </TranslateContext.Provider>,
      root,
    ),
  );
  return reasonText;
}

describe('FlagList', () => {
  it.each(['en', 'zh_CN'] as const)('%s: lists the reasons under their category, each sentence once', async (lang) => {
    const t = translator(lang);
    const reasonText = await show(lang);
    const sentence = (fi: number, ri: number) => reasonText(TWO_CATEGORIES, fi, ri);
    const groups = [...root.querySelectorAll('ul.reasons')].map((list) => ({
      label: list.getAttribute('aria-label'),
      items: [...list.querySelectorAll('li')].map((li) => li.textContent),
    }));
    expect(groups).toEqual([
      { label: `${t(categoryKey('news-media'))} · ${t('severity_medium')}`, items: [sentence(0, 0), sentence(0, 1)] },
      { label: `${t(categoryKey('unqualified-advice'))} · ${t('severity_low')}`, items: [sentence(1, 0)] },
    ]);
  });

  it.each(['en', 'zh_CN'] as const)('%s: marks an account reported in this popup', async (lang) => {
    const t = translator(lang);
    await show(lang);
    expect(root.querySelector('[data-testid="flag-reported"]')).toBeNull();
    await show(lang, new Set([TWO_CATEGORIES.account.key]));
    expect(root.querySelector('[data-testid="flag-item"] [data-testid="flag-reported"]')?.textContent).toBe(t('reportedMark'));
  });

  it('has the Report button described by the mark, its name still the account’s, and by nothing unmarked', async () => {
    const t = translator('en');
    const report = () => root.querySelector<HTMLButtonElement>('[data-testid="flag-item"] button.primary')!;
    await show('en');
    expect(report().hasAttribute('aria-describedby')).toBe(false);
    await show('en', new Set([TWO_CATEGORIES.account.key]));
    const ids = report().getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(ids.map((id) => document.getElementById(id)?.textContent)).toEqual([t('reportedMark')]);
    expect(report().getAttribute('aria-label')).toBe(t('reportFor', TWO_CATEGORIES.account.displayName));
  });

  it.each(['en', 'zh_CN'] as const)(
    '%s: says an account whose post left the page is no longer there, with no Show',
    async (lang) => {
      const t = translator(lang);
      const buttons = () => [...root.querySelectorAll('[data-testid="flag-item"] button')].map((b) => b.textContent);
      await show(lang);
      expect(buttons()).toEqual([t('show'), t('report')]);
      await show(lang, new Set(), { ...TWO_CATEGORIES, offPage: true });
      expect(buttons()).toEqual([t('report')]);
      expect(root.querySelector('[data-testid="flag-off-page"]')?.textContent).toBe(t('flagOffPage'));
    },
  );
});

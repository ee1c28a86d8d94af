import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './support/extension-session';
import { badgeAfter, flaggedNames } from './support/flagged-names';

/**
 * Page data that arrives by the MAIN-world reader rather than with the markup: YouTube's next
 * page after in-app navigation, weibo.com's Vue 3 component tree. Each is checked by what the
 * flags show, on the site fixtures served under the real host names.
 */
describe('page data in the page', () => {
  const env = useExtensionBrowser();

  it('YouTube: after in-app navigation, the next video’s owner is judged by the next page’s data', async () => {
    const page = env.page;
    await page.goto('https://www.youtube.com/watch?v=fixture');
    await expect.poll(() => flaggedNames(page), { timeout: 10_000 }).toContain('@CCTV-Official-News');
    // What YouTube does (ytInitialData stays the first page's): the new response on ytd-app and
    // in yt-page-data-fetched, the URL, then the new owner. Drawn without its check here, so
    // only the new page's data can tell that it is verified; a new impostor shows the rescan.
    await page.evaluate(() => {
      const title = {
        runs: [
          { text: 'Xinhua News Agency', navigationEndpoint: { browseEndpoint: { canonicalBaseUrl: '/@XinhuaNewsAgency' } } },
        ],
      };
      const videoOwnerRenderer = {
        title,
        badges: [{ metadataBadgeRenderer: { style: 'BADGE_STYLE_TYPE_VERIFIED', tooltip: 'Verified' } }],
      };
      const response = {
        currentVideoEndpoint: { watchEndpoint: { videoId: 'next' } },
        contents: {
          twoColumnWatchNextResults: { contents: [{ videoSecondaryInfoRenderer: { owner: { videoOwnerRenderer } } }] },
        },
      };
      (document.querySelector('ytd-app') as unknown as { data: unknown }).data = { response };
      document.dispatchEvent(new CustomEvent('yt-page-data-fetched', { detail: { pageData: { response } } }));
      history.pushState({}, '', '/watch?v=next');
      const owner = document.createElement('a');
      owner.href = '/@XinhuaNewsAgency';
      owner.textContent = 'Xinhua News Agency';
      document.querySelector('ytd-video-owner-renderer #text a')!.replaceWith(owner);
      document.querySelector('ytd-video-owner-renderer ytd-badge-supported-renderer')!.remove();
      const commenter = document.createElement('a');
      commenter.id = 'author-text';
      commenter.href = '/@XinhuaNews-Official';
      commenter.textContent = '@XinhuaNews-Official';
      document.querySelector('ytd-comment-thread-renderer #author-text')!.replaceWith(commenter);
    });
    await expect.poll(() => flaggedNames(page), { timeout: 10_000 }).toContain('@XinhuaNews-Official');
    await page.waitForTimeout(1500);
    expect(await page.getByText('Xinhua News Agency', { exact: true }).count()).toBe(1);
    expect(await flaggedNames(page)).not.toContain('Xinhua News Agency');
  });

  it('weibo.com: a reply with no V in the DOM shows the personal V its Vue 3 data (#app._vnode) holds', async () => {
    await env.page.goto('http://weibo.com/');
    const badge = badgeAfter(env.page, '火箭军新闻发布');
    await badge.waitFor({ timeout: 10_000 });
    const dialog = env.page.getByRole('dialog', { name: 'Why ClaimCheck flags this account' });
    // The data may land after the first, DOM-only verdict: reopen the popover until it has.
    await expect
      .poll(
        async () => {
          await badge.evaluate((b) => (b as HTMLElement).blur());
          await badge.focus();
          const text = await dialog.textContent({ timeout: 2_000 }).catch(() => '');
          await env.page.keyboard.press('Escape');
          return text;
        },
        { timeout: 10_000 },
      )
      .toContain('Verification seen: Personal verification');
  });
});

// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../../utils/i18n';
import { DEFAULT_SETTINGS } from '../../utils/schemas/settings';
import { TranslateContext } from '../i18n';
import { SyncFields } from './SyncFields';

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));

/** The field's name as a screen reader builds it: aria-label if any, else its label's text less the field. */
function nameOf(el: HTMLInputElement): string | null | undefined {
  const label = (root.querySelector(`label[for="${el.id}"]`) ?? el.closest('label'))?.cloneNode(true) as HTMLElement | undefined;
  label?.querySelector('input')?.remove();
  return el.getAttribute('aria-label') ?? label?.textContent?.trim();
}

describe('SyncFields', () => {
  it('names the endpoint, token and sync switch by their translated labels, so 简体中文 reads Chinese', async () => {
    await act(() => {
      render(
        <TranslateContext.Provider value={translator('zh_CN')}>
          <SyncFields draft={{ ...DEFAULT_SETTINGS }} errors={{}} onChange={() => {}} />
        </TranslateContext.Provider>,
        root,
      );
    });
    const inputs = [...root.querySelectorAll('input')];
    expect(inputs.map(nameOf)).toEqual(['接收端网址', '访问令牌', '自动同步举报', '同步时包含截图']);
    expect(root.querySelectorAll('[aria-label]')).toHaveLength(0);
  });
});

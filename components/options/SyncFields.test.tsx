// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { translator } from '../../utils/i18n';
import { DEFAULT_SETTINGS } from '../../utils/schemas/settings';
import { TranslateContext } from '../i18n';
import { SyncFields } from './SyncFields';

// The browser's permission prompt and the endpoint, each answering when the test says.
const browserSide = vi.hoisted(() => ({
  prompts: 0,
  tests: 0,
  grant: (_ok: boolean) => {},
  answer: (_ok: boolean) => {},
}));
vi.mock('../../utils/permissions/host-permission', async (original) => ({
  ...(await original<object>()),
  ensureHostPermission: () => {
    browserSide.prompts++;
    return new Promise<boolean>((resolve) => {
      browserSide.grant = resolve;
    });
  },
}));
vi.mock('../../utils/history/connection-test', () => ({
  testConnection: () => {
    browserSide.tests++;
    return new Promise((resolve) => {
      browserSide.answer = (ok) => resolve(ok ? { ok: true } : { ok: false, reason: 'timeout' });
    });
  },
}));

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

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

describe('Test connection', () => {
  const t = translator('en');
  const result = () => root.querySelector('[data-testid="connection-result"]')!;
  /** Lets the browser (or endpoint) answer, and the page take the answer in. */
  const answer = (say: () => void) =>
    act(async () => {
      say();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });

  async function showFields(accessToken = '') {
    browserSide.prompts = 0;
    browserSide.tests = 0;
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '0.1.0' } as ReturnType<
      typeof fakeBrowser.runtime.getManifest
    >);
    await act(() => {
      render(
        <TranslateContext.Provider value={t}>
          <SyncFields
            draft={{ ...DEFAULT_SETTINGS, endpointUrl: 'https://reports.example.org/cc', accessToken }}
            errors={{}}
            onChange={() => {}}
          />
        </TranslateContext.Provider>,
        root,
      );
    });
    return [...root.querySelectorAll('button')].find((b) => b.textContent === t('testConnection'))!;
  }

  it('tests once when pressed again while the permission prompt is open', async () => {
    const button = await showFields();
    await act(() => {
      button.click();
      button.click();
    });
    await answer(() => browserSide.grant(true));
    await answer(() => browserSide.answer(true));
    expect(browserSide.prompts).toBe(1);
    expect(browserSide.tests).toBe(1);
    expect(result().textContent).toBe(t('testOk'));
  });

  it('shows "Testing…" in the neutral colour, and only a failure in the error colour', async () => {
    const button = await showFields();
    await act(() => button.click());
    await answer(() => browserSide.grant(true));
    expect(result().textContent).toBe(t('testRunning'));
    expect(result().classList.contains('error')).toBe(false);
    // Focus stays on the button while it runs (a disabled button would drop it).
    expect(button.disabled).toBe(false);
    await answer(() => browserSide.answer(false));
    expect(result().classList.contains('error')).toBe(true);
  });

  it('says what is wrong with a token no request can carry, instead of testing and reporting a network error', async () => {
    const button = await showFields('ｄｅｍｏ\u200btoken');
    await act(() => button.click());
    expect(result().textContent).toBe(t('errorTokenCharacters'));
    expect(result().classList.contains('error')).toBe(true);
    expect(browserSide.tests).toBe(0);
  });
});

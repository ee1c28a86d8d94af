// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../utils/i18n';
import { DEFAULT_SETTINGS } from '../utils/schemas/settings';
import { TranslateContext } from './i18n';
import { SyncSettings } from './SyncSettings';

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));

describe('SyncSettings', () => {
  it('a refused save moves focus to the first field to fix', async () => {
    await act(() => {
      render(
        <TranslateContext.Provider value={translator('en')}>
          <SyncSettings initial={{ ...DEFAULT_SETTINGS, endpointUrl: 'ftp://reports.example.org' }} onLanguage={() => {}} />
        </TranslateContext.Provider>,
        root,
      );
    });
    const form = root.querySelector('form')!;
    await act(() => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    const endpoint = root.querySelector<HTMLInputElement>('input[aria-invalid="true"]');
    expect(endpoint?.value).toBe('ftp://reports.example.org');
    expect(document.activeElement).toBe(endpoint);
  });
});

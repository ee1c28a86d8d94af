// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../../utils/i18n';
import type { TrustedAccount } from '../../utils/schemas/settings';
import { TranslateContext } from '../i18n';
import { TrustedList } from './TrustedList';

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));
const t = translator('en');

const account = (name: string): TrustedAccount => ({
  platform: 'x',
  key: `x:${name.toLowerCase()}`,
  displayName: name,
  addedAt: '2026-11-28T10:00:00.000Z',
});

function Editable() {
  const [trusted, setTrusted] = useState([account('Alpha'), account('Beta')]);
  return (
    <TranslateContext.Provider value={t}>
      <TrustedList trusted={trusted} onRemove={(a) => setTrusted((list) => list.filter((x) => x !== a))} />
    </TranslateContext.Provider>
  );
}

const removeButton = (name: string) =>
  root.querySelector<HTMLButtonElement>(`button[aria-label="${t('trustedRemoveFor', name)}"]`);

describe('TrustedList', () => {
  it('keeps keyboard focus in the list as rows are removed', async () => {
    await act(() => render(<Editable />, root));
    removeButton('Alpha')!.focus();
    await act(() => removeButton('Alpha')!.click());
    expect(document.activeElement).toBe(removeButton('Beta'));
    await act(() => removeButton('Beta')!.click());
    expect(document.activeElement).toBe(root.querySelector('fieldset'));
    expect(root.textContent).toContain(t('trustedEmpty'));
  });
});

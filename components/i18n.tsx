import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Translate, translator } from '../utils/i18n';

export const TranslateContext = createContext<Translate>(translator('en'));

/** The translator of the page's language (settings' choice, or the browser's). */
export function useT(): Translate {
  return useContext(TranslateContext);
}

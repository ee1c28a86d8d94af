import '../../utils/schemas/zod-setup';
import { render } from 'preact';
import { TranslateContext } from '../../components/i18n';
import { resolveLang, translator } from '../../utils/i18n';
import { loadSettings } from '../../utils/store/settings';
import { PopupApp } from './App';

const settings = await loadSettings();
const lang = resolveLang(settings.language, navigator.language);
document.documentElement.lang = lang === 'zh_CN' ? 'zh-CN' : 'en';
render(
  <TranslateContext.Provider value={translator(lang)}>
    <PopupApp settings={settings} />
  </TranslateContext.Provider>,
  document.getElementById('app')!,
);

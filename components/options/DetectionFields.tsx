import { SITE_HOSTS } from '../../utils/adapters/hosts';
import { categoryKey, type MessageKey } from '../../utils/i18n';
import { HighlightStyle, type Language, Sensitivity, type Settings } from '../../utils/schemas/settings';
import { FLAG_CATEGORIES } from '../../utils/schemas/verdict';
import { useT } from '../i18n';

export interface DetectionFieldsProps {
  draft: Settings;
  onChange: (patch: Partial<Settings>) => void;
  /** The language applies at once (the page re-renders in it), unlike the other fields. */
  onLanguage: (language: Language) => void;
}

/**
 * The sites with their own checker (once each: Weibo has two host lists). Facebook is a platform
 * a report can name, but is checked only as a site the user enables (EnabledSites), which this
 * switch would not affect.
 */
const SITES = [...new Set(SITE_HOSTS.map((s) => s.platform))];

/** What is flagged, how loudly, where, and in which language the extension speaks. */
export function DetectionFields({ draft, onChange, onLanguage }: DetectionFieldsProps) {
  const t = useT();
  return (
    <>
      <fieldset>
        <legend>{t('fieldLanguage')}</legend>
        <label for="language">{t('fieldLanguage')}</label>
        <select id="language" value={draft.language} onChange={(e) => onLanguage(e.currentTarget.value as Language)}>
          <option value="auto">{t('languageAuto')}</option>
          <option value="en" lang="en">
            {t('languageEnglish')}
          </option>
          <option value="zh_CN" lang="zh-CN">
            {t('languageChinese')}
          </option>
        </select>
      </fieldset>
      <fieldset>
        <legend>{t('fieldSensitivity')}</legend>
        {Sensitivity.options.map((s) => (
          <label class="check" key={s}>
            <input
              type="radio"
              name="sensitivity"
              value={s}
              checked={draft.sensitivity === s}
              onChange={() => onChange({ sensitivity: s })}
            />
            <span>
              {t(`sensitivity_${s}` as MessageKey)} <span class="muted">{t(`sensitivityHelp_${s}` as MessageKey)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('fieldCategories')}</legend>
        {FLAG_CATEGORIES.map((c) => (
          <label class="check" key={c}>
            <input
              type="checkbox"
              checked={draft.categories[c]}
              onChange={(e) => onChange({ categories: { ...draft.categories, [c]: e.currentTarget.checked } })}
            />
            <span>{t(categoryKey(c))}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('fieldSites')}</legend>
        <div class="grid-checks">
          {SITES.map((p) => (
            <label class="check" key={p}>
              <input
                type="checkbox"
                checked={!draft.disabledPlatforms.includes(p)}
                onChange={(e) =>
                  onChange({
                    disabledPlatforms: e.currentTarget.checked
                      ? draft.disabledPlatforms.filter((d) => d !== p)
                      : [...draft.disabledPlatforms, p],
                  })
                }
              />
              <span>{t(`platform_${p}` as MessageKey)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('fieldHighlight')}</legend>
        <label for="highlight-style">{t('fieldHighlight')}</label>
        <select
          id="highlight-style"
          value={draft.highlightStyle}
          onChange={(e) => onChange({ highlightStyle: e.currentTarget.value as Settings['highlightStyle'] })}
        >
          {HighlightStyle.options.map((h) => (
            <option key={h} value={h}>
              {t(`highlight_${h.replace(/-/g, '_')}` as MessageKey)}
            </option>
          ))}
        </select>
      </fieldset>
    </>
  );
}

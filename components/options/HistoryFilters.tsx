import { type HistoryQuery, SORT_KEYS } from '../../utils/history/query';
import { categoryKey, type MessageKey } from '../../utils/i18n';
import { PLATFORMS } from '../../utils/schemas/account';
import { ReportStatus } from '../../utils/schemas/report';
import { ReportCategory } from '../../utils/schemas/verdict';
import { useT } from '../i18n';

export interface HistoryFiltersProps {
  query: HistoryQuery;
  onChange: (next: HistoryQuery) => void;
}

/** Search, the four filters and the sort order; every control has its own visible label. */
export function HistoryFilters({ query, onChange }: HistoryFiltersProps) {
  const t = useT();
  const set = <K extends keyof HistoryQuery>(key: K, value: HistoryQuery[K]) => onChange({ ...query, [key]: value });
  const select = (
    key: 'status' | 'category' | 'platform',
    label: string,
    options: readonly string[],
    name: (v: string) => string,
  ) => (
    <div class="filter">
      <label for={`filter-${key}`}>{label}</label>
      <select id={`filter-${key}`} value={query[key]} onChange={(e) => set(key, e.currentTarget.value as never)}>
        <option value="">{t('filterAll')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {name(o)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <search class="filters" aria-label={t('filtersLabel')}>
      <div class="filter filter-search">
        <label for="filter-text">{t('searchLabel')}</label>
        <input
          id="filter-text"
          type="search"
          value={query.text}
          placeholder={t('searchPlaceholder')}
          onInput={(e) => set('text', e.currentTarget.value)}
        />
      </div>
      {select('status', t('colStatus'), ReportStatus.options, (s) => t(`status_${s}` as MessageKey))}
      {select('category', t('colCategory'), ReportCategory.options, (c) => t(categoryKey(c)))}
      {select('platform', t('colPlatform'), PLATFORMS, (p) => t(`platform_${p}` as MessageKey))}
      <div class="filter">
        <label for="filter-from">{t('filterFrom')}</label>
        <input
          id="filter-from"
          type="date"
          value={query.from}
          max={query.to || undefined}
          onInput={(e) => set('from', e.currentTarget.value)}
        />
      </div>
      <div class="filter">
        <label for="filter-to">{t('filterTo')}</label>
        <input
          id="filter-to"
          type="date"
          value={query.to}
          min={query.from || undefined}
          onInput={(e) => set('to', e.currentTarget.value)}
        />
      </div>
      <div class="filter">
        <label for="filter-sort">{t('sortLabel')}</label>
        <select id="filter-sort" value={query.sort} onChange={(e) => set('sort', e.currentTarget.value as HistoryQuery['sort'])}>
          {SORT_KEYS.map((k) => (
            <option key={k} value={k}>
              {t(`sort_${k}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
    </search>
  );
}

import { useEffect, useRef } from 'preact/hooks';
import { counted } from '../../utils/i18n';
import { useT } from '../i18n';

export interface PagerProps {
  page: number;
  pageCount: number;
  total: number;
  onPage: (page: number) => void;
}

/** Previous / next and "page n of m": paging keeps 10,000 reports to one cheap page of rows. */
export function Pager({ page, pageCount, total, onPage }: PagerProps) {
  const t = useT();
  return (
    <nav class="pager" aria-label={t('pagerLabel')}>
      <button type="button" disabled={page === 0} onClick={() => onPage(0)}>
        {t('pageFirst')}
      </button>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('pagePrev')}
      </button>
      <span aria-live="polite">{counted(t, 'pageOf', page + 1, pageCount, total)}</span>
      <button type="button" disabled={page >= pageCount - 1} onClick={() => onPage(page + 1)}>
        {t('pageNext')}
      </button>
      <button type="button" disabled={page >= pageCount - 1} onClick={() => onPage(pageCount - 1)}>
        {t('pageLast')}
      </button>
    </nav>
  );
}

export interface UndoBarProps {
  count: number;
  /** Why the last Undo failed (the bar then stays, so Undo can be pressed again). */
  error?: string;
  onUndo: () => void;
}

/**
 * Shown for a few seconds after a delete (while `count` > 0). Its count is announced by a status
 * line that stays on the page: a region mounted together with its text is often not read out.
 */
export function UndoBar({ count, error, onUndo }: UndoBarProps) {
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The deleted row and its dialog are gone; only take focus when it would otherwise be lost.
    // After every render: the list reloads after the bar shows, and a delete from the details
    // dialog hands focus back to the row's button, which the reload then removes.
    if (!document.activeElement || document.activeElement === document.body) button.current?.focus();
  });
  const text = count > 0 ? counted(t, 'deletedCount', count) : '';
  return (
    <>
      <p class="visually-hidden" role="status" data-testid="undo-status">
        {text}
      </p>
      {count > 0 && (
        <div class="undo-bar" data-testid="undo-bar">
          <span>{text}</span>
          {error && <span role="alert">{error}</span>}
          <button type="button" ref={button} onClick={onUndo}>
            {t('undo')}
          </button>
        </div>
      )}
    </>
  );
}

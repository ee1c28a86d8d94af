import { useEffect, useRef } from 'preact/hooks';
import { counted } from '../../utils/i18n';
import { useT } from '../i18n';

export interface PagerProps {
  page: number;
  pageCount: number;
  total: number;
  onPage: (page: number) => void;
}

interface PageButtonProps {
  off: boolean;
  onPress: () => void;
  children: string;
}

/**
 * aria-disabled, not disabled: Next pressed onto the last page (or First onto the first) would
 * drop the keyboard focus it has to <body>. It still looks disabled (ui.css), and ignores presses.
 */
function PageButton({ off, onPress, children }: PageButtonProps) {
  return (
    <button type="button" aria-disabled={off ? 'true' : undefined} onClick={() => off || onPress()}>
      {children}
    </button>
  );
}

/** Previous / next and "page n of m": paging keeps 10,000 reports to one cheap page of rows. */
export function Pager({ page, pageCount, total, onPage }: PagerProps) {
  const t = useT();
  const atFirst = page === 0;
  const atLast = page >= pageCount - 1;
  return (
    <nav class="pager" aria-label={t('pagerLabel')}>
      <PageButton off={atFirst} onPress={() => onPage(0)}>
        {t('pageFirst')}
      </PageButton>
      <PageButton off={atFirst} onPress={() => onPage(page - 1)}>
        {t('pagePrev')}
      </PageButton>
      <span aria-live="polite">{counted(t, 'pageOf', page + 1, pageCount, total)}</span>
      <PageButton off={atLast} onPress={() => onPage(page + 1)}>
        {t('pageNext')}
      </PageButton>
      <PageButton off={atLast} onPress={() => onPage(pageCount - 1)}>
        {t('pageLast')}
      </PageButton>
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

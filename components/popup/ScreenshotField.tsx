import { useT } from '../i18n';

export interface ScreenshotFieldProps {
  screenshot?: string;
  error?: string;
  onCapture: () => void;
  onRemove: () => void;
}

/** Optional screenshot of the visible tab: previewed, removable, kept local unless the user opts in. */
export function ScreenshotField({ screenshot, error, onCapture, onRemove }: ScreenshotFieldProps) {
  const t = useT();
  return (
    <div class="screenshot">
      {screenshot ? (
        <>
          <img src={screenshot} alt={t('screenshotAlt')} />
          <button type="button" onClick={onRemove}>
            {t('removeScreenshot')}
          </button>
        </>
      ) : (
        <button type="button" onClick={onCapture}>
          {t('attachScreenshot')}
        </button>
      )}
      <p class="muted small">{t('screenshotLocalOnly')}</p>
      {/* Announced: focus stays on the button the user pressed, away from this message. */}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

import { useRef, useState } from 'preact/hooks';
import { captureFailure } from '../../utils/report/screenshot';
import { useT } from '../i18n';
import { useRefocus } from './use-refocus';

export interface ScreenshotFieldProps {
  screenshot?: string;
  /** The form's own error on the screenshot (too large to file). */
  error?: string;
  /**
   * Takes the screenshot and attaches it to the form it was asked for, which the parent knows
   * (this field may be gone by then); rejects with why it could not.
   */
  onCapture: () => Promise<unknown>;
  /** The screenshot removed. */
  onRemove: () => void;
}

/** Optional screenshot of the visible tab: previewed, removable, kept local unless the user opts in. */
export function ScreenshotField({ screenshot, error, onCapture, onRemove }: ScreenshotFieldProps) {
  const t = useT();
  const [captureError, setCaptureError] = useState('');
  const [capturing, setCapturing] = useState(false);
  // Set before the first await: a second press in the same moment finds it (state is a render late).
  const running = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  // Attach and Remove replace each other: focus follows to the one now shown.
  useRefocus(!!screenshot, () => button.current);
  const capture = async () => {
    if (running.current) return;
    running.current = true;
    setCapturing(true);
    setCaptureError('');
    try {
      // Not onChange(await onCapture()) here: by then the user may have cancelled and opened
      // another account's form, and this field's values would land in it.
      await onCapture();
    } catch (err) {
      setCaptureError(captureFailure(err, t));
    } finally {
      running.current = false;
      setCapturing(false);
    }
  };
  const shownError = captureError || error;
  return (
    <div class="screenshot">
      {screenshot ? (
        <>
          <img src={screenshot} alt={t('screenshotAlt')} />
          <button type="button" ref={button} onClick={onRemove}>
            {t('removeScreenshot')}
          </button>
        </>
      ) : (
        // aria-disabled rather than disabled while capturing: a disabled button loses focus in Chromium.
        <button type="button" ref={button} aria-disabled={capturing || undefined} onClick={() => void capture()}>
          {capturing ? t('capturingScreenshot') : t('attachScreenshot')}
        </button>
      )}
      <p class="muted small">{t('screenshotLocalOnly')}</p>
      {/* Announced: focus stays on the button the user pressed, away from this message. */}
      {shownError && (
        <p class="error" role="alert">
          {shownError}
        </p>
      )}
    </div>
  );
}

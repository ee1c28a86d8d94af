import { useState } from 'preact/hooks';
import { failureText } from '../../utils/i18n/failure-text';
import { deleteAllLocalData } from '../../utils/store/local-deletes';
import { useT } from '../i18n';
import { ConfirmDialog } from './Dialog';

export interface DangerZoneProps {
  onCleared: () => void;
}

/**
 * Where "Delete all" stands. Kept as a state, not a sentence, and worded at each render: the
 * reset settings can switch the page's language right after it finishes.
 */
type Progress = 'idle' | 'running' | 'done' | { error: unknown };

/** "Delete all local data": every report, and settings back to their defaults, after a confirmation. */
export function DangerZone({ onCleared }: DangerZoneProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [progress, setProgress] = useState<Progress>('idle');
  const running = progress === 'running';
  return (
    <section id="data" aria-labelledby="data-title">
      <h2 id="data-title">{t('dataTitle')}</h2>
      <p class="help">{t('deleteAllHelp')}</p>
      {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus it has. */}
      <button type="button" class="danger" aria-disabled={running} onClick={() => running || setAsking(true)}>
        {t('deleteAll')}
      </button>
      <span aria-live="polite">{running ? t('deletingAll') : progress === 'done' ? t('deleteAllDone') : ''}</span>
      {typeof progress === 'object' && (
        <p class="error" role="alert">
          {failureText(t, 'deleteAllFailed', progress.error)}
        </p>
      )}
      {asking && (
        <ConfirmDialog
          title={t('deleteAllConfirmTitle')}
          message={t('deleteAllConfirmBody')}
          confirmLabel={t('deleteAllConfirm')}
          cancelLabel={t('cancel')}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            setProgress('running');
            void deleteAllLocalData().then(
              () => {
                setProgress('done');
                onCleared();
              },
              (error: unknown) => setProgress({ error }),
            );
          }}
        />
      )}
    </section>
  );
}

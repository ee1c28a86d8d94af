import { useState } from 'preact/hooks';
import { deleteAllLocalData } from '../../utils/store/history-queries';
import { useT } from '../i18n';
import { ConfirmDialog } from './Dialog';

export interface DangerZoneProps {
  onCleared: () => void;
}

/** "Delete all local data": every report, and settings back to their defaults, after a confirmation. */
export function DangerZone({ onCleared }: DangerZoneProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState('');
  return (
    <section id="data" aria-labelledby="data-title">
      <h2 id="data-title">{t('dataTitle')}</h2>
      <p class="help">{t('deleteAllHelp')}</p>
      <button type="button" class="danger" onClick={() => setAsking(true)}>
        {t('deleteAll')}
      </button>
      <span aria-live="polite">{done}</span>
      {asking && (
        <ConfirmDialog
          title={t('deleteAllConfirmTitle')}
          message={t('deleteAllConfirmBody')}
          confirmLabel={t('deleteAllConfirm')}
          cancelLabel={t('cancel')}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void deleteAllLocalData().then(
              () => {
                setDone(t('deleteAllDone'));
                onCleared();
              },
              (error: unknown) => setDone(t('saveFailed', error instanceof Error ? error.message : String(error))),
            );
          }}
        />
      )}
    </section>
  );
}

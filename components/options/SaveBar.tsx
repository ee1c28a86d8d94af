import { useT } from '../i18n';
import { type Notice, noticeText } from './notice';

export interface SaveBarProps {
  saving: boolean;
  /** Saving, saved, or unsaved changes: read out as it changes. */
  status: string;
  failure: Notice | null;
}

/** The settings form's Save button, with what the last save did. */
export function SaveBar({ saving, status, failure }: SaveBarProps) {
  const t = useT();
  return (
    <div class="save-bar">
      {/* Named by its visible word only: in 简体中文 a screen reader reads "保存", not "保存 Save". */}
      <button type="submit" class="primary" aria-disabled={saving ? 'true' : undefined}>
        {t('save')}
      </button>
      <span role="status">{status}</span>
      {failure && (
        <p class="error" role="alert" dir="auto">
          {noticeText(t, failure)}
        </p>
      )}
    </div>
  );
}

import { useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n';
import type { TrustedAccount } from '../../utils/schemas/settings';
import { loadSettings, saveSettings } from '../../utils/store/settings';
import { useT } from '../i18n';
import { formatDateTime } from './format';
import { ListFieldset } from './ListFieldset';
import { failureNotice, type Notice, notice, noticeText } from './notice';
import { useRowFocus } from './use-row-focus';

export interface TrustedListProps {
  /** The stored list, as it changes (the page's popover can add one while this page is open). */
  trusted: readonly TrustedAccount[];
}

const keyOf = (a: TrustedAccount) => `${a.platform}:${a.key}`;
const nameOf = (a: TrustedAccount) => a.displayName || a.key;
const buttonOf = (a: TrustedAccount) => `li button[data-key="${CSS.escape(keyOf(a))}"]`;

/** Takes the account off the stored list (what is stored now: the popover may have added one). */
async function untrust(account: TrustedAccount): Promise<void> {
  await saveSettings((now) => ({ trusted: now.trusted.filter((a) => keyOf(a) !== keyOf(account)) }));
}

/** Undo: puts it back where it was, unless it is back already (trusted again from a page). */
async function retrust(account: TrustedAccount, at: number): Promise<void> {
  const { trusted } = await loadSettings();
  if (trusted.some((a) => keyOf(a) === keyOf(account))) return;
  await saveSettings(({ trusted: now }) => ({
    trusted: now.some((a) => keyOf(a) === keyOf(account)) ? now : [...now.slice(0, at), account, ...now.slice(at)],
  }));
}

/**
 * Accounts the user said never to flag; names come from pages, so they are text only. Removing
 * one is saved at once, as trusting one from the page is: a removal that waited for the form's
 * Save looked done and was lost on leaving, leaving an impostor unflagged. Undo puts it back.
 */
export function TrustedList({ trusted }: TrustedListProps) {
  const t = useT();
  const box = useRef<HTMLFieldSetElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const [undo, setUndo] = useState<{ account: TrustedAccount; at: number } | null>(null);
  const [said, setSaid] = useState<Notice | null>(null);
  const [failure, setFailure] = useState<Notice | null>(null);
  // One write at a time: a second press while the first is saving would act on a stale list.
  const busy = useRef(false);
  const focusNext = useRowFocus(box, () => undoButton.current, [trusted, undo]);

  const write = async (step: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setFailure(null);
    try {
      await step();
    } catch (error) {
      focusNext.current = null;
      setFailure(failureNotice('saveFailed', error));
    } finally {
      busy.current = false;
    }
  };
  const remove = (account: TrustedAccount, at: number) =>
    write(async () => {
      focusNext.current = { index: at, gone: buttonOf(account) };
      await untrust(account);
      setUndo({ account, at });
      setSaid(notice('trustedRemoved', nameOf(account)));
    });
  const restore = (was: { account: TrustedAccount; at: number }) =>
    write(async () => {
      focusNext.current = { to: buttonOf(was.account) };
      await retrust(was.account, was.at);
      setUndo(null);
      setSaid(notice('trustedRestored', nameOf(was.account)));
    });

  return (
    <ListFieldset
      boxRef={box}
      id="trusted-accounts"
      title={t('fieldTrusted')}
      help={t('appliesAtOnce')}
      empty={t('trustedEmpty')}
      items={trusted.map((a, i) => (
        <li key={keyOf(a)}>
          <bdi class="account-name">{nameOf(a)}</bdi>
          <span class="muted">
            {t(`platform_${a.platform}` as MessageKey)} · {formatDateTime(a.addedAt, t.lang, true)}
          </span>
          <button
            type="button"
            data-key={keyOf(a)}
            aria-label={t('trustedRemoveFor', nameOf(a))}
            onClick={() => void remove(a, i)}
          >
            {t('trustedRemove')}
          </button>
        </li>
      ))}
      after={
        <div class="row list-notice">
          <p aria-live="polite">{noticeText(t, said)}</p>
          {undo && (
            <button
              type="button"
              ref={undoButton}
              aria-label={t('trustedUndoFor', nameOf(undo.account))}
              onClick={() => void restore(undo)}
            >
              {t('undo')}
            </button>
          )}
        </div>
      }
      failure={failure && noticeText(t, failure)}
    />
  );
}

import { useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../utils/messaging';
import { useT } from '../i18n';
import { ListFieldset } from './ListFieldset';
import { failureNotice, type Notice, notice, noticeText } from './notice';
import { useRowFocus } from './use-row-focus';

export interface EnabledSitesProps {
  /** The stored `extraSites`, as they change (the popup can add one while this page is open). */
  hosts: readonly string[];
}

const buttonOf = (host: string) => `li button[data-host="${CSS.escape(host)}"]`;

/**
 * The sites the user added with the popup's "Enable on this site", each removable. Remove asks
 * the background, as the popup's switch does (disableSite): it unregisters the site's checker,
 * gives its permission back and saves the list, so both places have the same effect.
 */
export function EnabledSites({ hosts }: EnabledSitesProps) {
  const t = useT();
  const box = useRef<HTMLFieldSetElement>(null);
  const [said, setSaid] = useState<Notice | null>(null);
  const [failure, setFailure] = useState<Notice | null>(null);
  // A second press on a host the background is removing would only ask it again; another
  // host's Remove meanwhile is a removal of its own (the background runs them in turn).
  const removing = useRef(new Set<string>());
  const focusNext = useRowFocus(box, () => box.current, [hosts]);

  const remove = async (host: string, at: number) => {
    if (removing.current.has(host)) return;
    removing.current.add(host);
    setFailure(null);
    focusNext.current = { index: at, gone: buttonOf(host) };
    try {
      await sendMessage('disableSite', { host });
      setSaid(notice('extraSiteRemoved', host));
    } catch (error) {
      focusNext.current = null;
      setFailure(failureNotice('extraSiteRemoveFailed', error, host));
    } finally {
      removing.current.delete(host);
    }
  };

  return (
    <ListFieldset
      boxRef={box}
      id="enabled-sites"
      title={t('fieldExtraSites')}
      help={t('extraSitesHelp')}
      empty={t('extraSitesEmpty')}
      items={hosts.map((host, i) => (
        <li key={host}>
          {/* A host name reads left to right in any page direction. */}
          <span class="site-host" dir="ltr">
            {host}
          </span>
          <button type="button" data-host={host} aria-label={t('extraSiteRemoveFor', host)} onClick={() => void remove(host, i)}>
            {t('extraSiteRemove')}
          </button>
        </li>
      ))}
      after={<p aria-live="polite">{noticeText(t, said)}</p>}
      failure={failure && noticeText(t, failure)}
    />
  );
}

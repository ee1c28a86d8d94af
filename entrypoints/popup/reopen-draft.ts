import type { MessageKey } from '../../utils/i18n';
import type { ReportDraft } from '../../utils/report/draft';
import type { FlaggedAccount } from '../../utils/schemas/messages';
import type { TabContext } from './tab-context';
import { alreadyFiled } from './use-draft';
import type { ReportFormState } from './use-report-form';

export interface ReopenHooks {
  /** The key of an account whose draft turns out to be filed already. */
  onFiled: (key: string) => void;
  /** Tells the user, in the status line, what became of the draft. */
  say: (key: MessageKey) => void;
}

/**
 * Reopens a kept draft into `form`, unless it was filed meanwhile (then false, and the draft is
 * gone). Made for one render's form, as its other actions are.
 */
export function draftReopener(form: ReportFormState, { onFiled, say }: ReopenHooks) {
  return async (at: TabContext, saved: ReportDraft, item: FlaggedAccount | null): Promise<boolean> => {
    // Not form values: the form keeps the account's name afresh from `item`, and the page's snippet beside them.
    const { target: key, reportId: savedId, pageSnippet, accountName: _name, ...rest } = saved;
    const n = form.formNo.current;
    if (savedId && (await alreadyFiled(savedId))) {
      // The popup closed while this draft was being filed, and it was: its form again would
      // read as "never filed" and be filed twice.
      form.draft.clear(at.tabId, key);
      onFiled(key);
      say('draftAlreadyFiled');
      return false;
    }
    if (form.formNo.current !== n) return true;
    // The draft can land after its form opened (start asks for it then): whatever the user typed
    // in the meantime is what they see and are writing, so it stays, field by field, over the
    // draft's. The draft's other fields still come back, and it keeps its report id: if this
    // draft's filing is still on its way, filing again then hits that id instead of making a
    // second report.
    const typed = form.current.current === key ? form.changedSinceOpen() : {};
    // Kept again: first among the tab's drafts, as the form open now (the one the next popup
    // reopens); one kept before drafts had an id gets one now.
    const id = savedId ?? crypto.randomUUID();
    const values = { ...rest, ...typed };
    form.open(item, key, values, id, pageSnippet);
    form.keep(at.tabId, key, values);
    say('draftRestored');
    return true;
  };
}

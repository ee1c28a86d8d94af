import { useState } from 'preact/hooks';
import { useT } from '../../components/i18n';
import { ReportForm, type ReportFormValues } from '../../components/popup/ReportForm';
import { platformOfUrl } from '../../utils/adapters/hosts';
import type { MessageKey } from '../../utils/i18n';
import { askPostContext } from '../../utils/messaging';
import { loadDraft } from '../../utils/report/draft';
import type { FlaggedAccount, TabState } from '../../utils/schemas/messages';
import { draftReopener } from './reopen-draft';
import { OTHER } from './report-input';
import type { TabContext } from './tab-context';
import { droppedDraftsText } from './use-draft';
import { useListedAccount } from './use-listed-account';
import { useReportFiling } from './use-report-filing';
import { useReportForm } from './use-report-form';

/** The report's cap on a profile address: a longer tab URL is not offered, it could not be filed. */
const PROFILE_URL_MAX = 2048;

/**
 * State and actions of the report form: target, values kept as a draft (one per target, see
 * utils/report/draft), filing. `flagged`: the tab's list as App follows it (a form waiting for an
 * account opens once it is listed). `onFiled` gets the key of an account a report was just stored for.
 */
export function useReportFlow(
  tab: TabContext | null,
  flagged: readonly FlaggedAccount[] | undefined,
  onFiled: (key: string) => void,
) {
  const t = useT();
  const form = useReportForm(tab);
  const [notice, setNotice] = useState('');
  const say = (key: MessageKey | '') => setNotice(key && t(key));
  const reopen = draftReopener(form, { onFiled, say });
  const filing = useReportFiling(form, tab, { t, onFiled, say });

  const start = (item: FlaggedAccount | null, at: TabContext | null = tab) => {
    setNotice('');
    setAwaited(null);
    const key = item ? item.account.key : OTHER;
    const url = at && /^https?:/.test(at.url) && at.url.length <= PROFILE_URL_MAX ? at.url : '';
    const initial: ReportFormValues = item
      ? { category: item.flags[0]?.category ?? 'other', note: '', snippet: '' }
      : { category: 'other', note: '', snippet: '', profileUrl: url, name: '' };
    const n = ++form.formNo.current;
    form.open(item, key, initial, crypto.randomUUID());
    if (!at) return;
    // A draft kept for this target (the popup closed before the page's list came, or another
    // form was opened since) is reopened, not replaced by an empty one.
    form.lookingUp.current = true;
    void loadDraft(at.tabId, key)
      .catch(() => null)
      .then(async (saved) => {
        if (form.formNo.current !== n) return;
        if (!saved || !(await reopen(at, saved, item))) {
          if (form.formNo.current !== n) return;
          form.lookingUp.current = false;
          form.keep(at.tabId, key, form.latest.current);
        }
        // The post text stays in the page until a report is opened on it: offered as the
        // snippet unless there is one already (as the page's: not, by itself, the user's input).
        const snippet = item && form.formNo.current === n && (await askPostContext(at.tabId, key));
        if (snippet && form.formNo.current === n && !form.latest.current.snippet) form.offerSnippet(snippet, at);
      });
  };

  // A draft's account (or the one the page asked for) not listed yet: its form opens once it is.
  const setAwaited = useListedAccount(
    flagged,
    () => form.current.current !== null,
    async (item, { ctx, key, asked }) => {
      if (asked) return start(item, ctx);
      const saved = await loadDraft(ctx.tabId, key).catch(() => null);
      if (saved && form.current.current === null) await reopen(ctx, saved, item);
    },
  );

  const { target, values } = form;
  const preview = filing.build(values);
  const evidence = preview?.ok ? preview.report.evidence : { signals: [], snippet: values.snippet || undefined };
  const title = target === OTHER ? t('reportAnother') : t('reportFormTitle', target?.account.displayName ?? '');
  const platform = target === OTHER && values.profileUrl ? platformOfUrl(values.profileUrl) : null;
  const view = target && (
    <ReportForm
      title={title}
      values={values}
      evidence={evidence}
      errors={form.errors}
      busy={filing.busy}
      other={target === OTHER ? { platformKey: platform ? (`platform_${platform}` as MessageKey) : null } : undefined}
      onChange={(next) => form.change(next)}
      onCapture={form.capture}
      onSubmit={() => void filing.submit()}
      onCancel={form.close}
    />
  );

  return {
    form: view,
    notice,
    /**
     * Said once per form when its draft cannot be kept (closing the popup would lose it), and
     * when keeping it let another account's written draft go (a tab keeps a few only).
     */
    draftWarning: [form.draft.warning, droppedDraftsText(form.draft.dropped, flagged, t)].filter(Boolean).join(' '),
    /** The key of the account whose form just closed ('other' for another account), once. */
    takeClosedTarget(): string | null {
      const key = form.closedTarget.current;
      form.closedTarget.current = null;
      return key;
    },
    start,
    /**
     * Reopens a half-filled form (the popup was closed), or the one the page's "Report…" asked
     * for (with its draft, if any). Not listed yet (the page is still being checked): once it is.
     */
    async restore(ctx: TabContext | null, s: TabState | null, key: string | null) {
      if (!ctx) return;
      const saved = await loadDraft(ctx.tabId, key ?? undefined);
      const wanted = key ?? saved?.target;
      if (!wanted) return;
      const item = s?.flagged.find((f) => f.account.key === wanted);
      if (wanted === OTHER) {
        if (saved) await reopen(ctx, saved, null);
      } else if (!item) setAwaited({ ctx, key: wanted, asked: !!key });
      else if (key) start(item, ctx);
      else if (saved) await reopen(ctx, saved, item);
    },
  };
}

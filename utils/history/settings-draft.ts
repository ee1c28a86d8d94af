import { endpointUrlProblem } from '../schemas/protocol';
import { AccessToken, CustomKeyword, type Settings } from '../schemas/settings';
import { FLAG_CATEGORIES, type FlagCategory } from '../schemas/verdict';

/** What the settings form edits: the settings, with keywords as the text the user typed (one a line). */
export interface SettingsDraft {
  settings: Settings;
  keywordText: Record<FlagCategory, string>;
}

/** Locale keys of the problems the form shows inline, with the $1 argument some of them take. */
export type FieldError = { key: string; arg?: string };
export type DraftErrors = Partial<Record<'endpointUrl' | 'accessToken' | FlagCategory, FieldError>>;

export function draftFrom(settings: Settings): SettingsDraft {
  const keywordText = Object.fromEntries(FLAG_CATEGORIES.map((c) => [c, settings.customKeywords[c].join('\n')]));
  return { settings, keywordText: keywordText as Record<FlagCategory, string> };
}

/** Maps endpointUrlProblem's words onto locale keys. */
export function endpointErrorKey(url: string): string | null {
  if (!url) return null;
  const problem = endpointUrlProblem(url);
  if (!problem) return null;
  if (problem === 'not a URL') return 'errorEndpointNotUrl';
  if (problem.includes('user name')) return 'errorEndpointCredentials';
  if (problem.includes('query')) return 'errorEndpointQuery';
  return 'errorEndpointHttps';
}

/** The token's problem as a locale key, or none: spaces, length, then anything a header cannot carry. */
export function tokenError(token: string): FieldError | undefined {
  if (/[\s\p{Cc}]/u.test(token)) return { key: 'errorTokenSpaces' };
  if (token.length > 500) return { key: 'errorTooLong', arg: '500' };
  if (!AccessToken.safeParse(token).success) return { key: 'errorTokenCharacters' };
  return undefined;
}

export function keywordLines(text: string): string[] {
  return text.split(/\r?\n/);
}

function keywordError(line: string): string | null {
  const r = CustomKeyword.safeParse(line);
  if (r.success) return null;
  const msg = r.error.issues[0]?.message ?? '';
  if (r.error.issues[0]?.code === 'too_big') return 'errorKeywordTooLong';
  return msg.includes('control') ? 'errorKeywordControl' : 'errorKeywordInvalid';
}

/**
 * Checks the draft and, when it is fine, gives the settings to save. Blank keyword lines are
 * ignored and duplicates dropped; the typed text itself is never changed.
 */
export function validateDraft(draft: SettingsDraft): { errors: DraftErrors; settings?: Settings } {
  const errors: DraftErrors = {};
  const endpointUrl = draft.settings.endpointUrl.trim();
  const accessToken = draft.settings.accessToken.trim();
  const endpointKey = endpointErrorKey(endpointUrl);
  if (endpointKey) errors.endpointUrl = { key: endpointKey };
  const tokenProblem = tokenError(accessToken);
  if (tokenProblem) errors.accessToken = tokenProblem;
  if (draft.settings.syncEnabled && !endpointUrl && !errors.endpointUrl) errors.endpointUrl = { key: 'errorEndpointRequired' };
  const customKeywords = {} as Record<FlagCategory, string[]>;
  for (const category of FLAG_CATEGORIES) {
    const words: string[] = [];
    keywordLines(draft.keywordText[category]).forEach((line, i) => {
      if (!line.trim() || errors[category]) return;
      const key = keywordError(line);
      if (key) errors[category] = { key, arg: String(i + 1) };
      else if (!words.includes(line.trim())) words.push(line.trim());
    });
    if (!errors[category] && words.length > 100) errors[category] = { key: 'errorKeywordCount' };
    customKeywords[category] = words;
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { errors, settings: { ...draft.settings, endpointUrl, accessToken, customKeywords } };
}

/** The words a keyword text saves as (validateDraft: trimmed, blanks and repeats dropped). */
const savedWords = (text: string) => [...new Set(keywordLines(text).map((w) => w.trim()))].filter(Boolean);

/** Whether the form shows something a save would write: what "Settings saved." must not sit beside. */
export function draftEdited(draft: SettingsDraft, baseline: Settings): boolean {
  if (Object.keys(changedSettings(baseline, draft.settings)).length > 0) return true;
  return FLAG_CATEGORIES.some((c) => savedWords(draft.keywordText[c]).join('\n') !== baseline.customKeywords[c].join('\n'));
}

/** Lists the popup also changes an item at a time (a site switched off, a site added). */
const ITEM_LISTS = ['disabledPlatforms', 'extraSites'] as const;

/**
 * The settings the form changed since `baseline` (what it was loaded with or last saved): a
 * save writes only those, so a switch the popup flipped or a site it added meanwhile is kept.
 * A list the form changed is written as `stored` with the form's own additions and removals,
 * not as the form's whole list: unticking Douyin must not switch Weibo, which the popup turned
 * off meanwhile, back on. `revision` and `trusted` are the store's and the caller's to set.
 */
export function changedSettings(baseline: Settings, next: Settings, stored: Settings = baseline): Partial<Settings> {
  const out: Partial<Record<keyof Settings, unknown>> = {};
  for (const key of Object.keys(next) as (keyof Settings)[]) {
    if (key === 'revision' || key === 'trusted') continue;
    if (JSON.stringify(next[key]) !== JSON.stringify(baseline[key])) out[key] = next[key];
  }
  for (const key of ITEM_LISTS) {
    if (!(key in out)) continue;
    const before = new Set<string>(baseline[key]);
    const after = new Set<string>(next[key]);
    const kept = (stored[key] as string[]).filter((item) => !before.has(item) || after.has(item));
    out[key] = [...new Set([...kept, ...next[key].filter((item) => !before.has(item))])];
  }
  return out as Partial<Settings>;
}

/**
 * The form after a save that ran while the user kept typing: what was saved (the other pages'
 * changes with it), with the fields typed since `sent` kept over it. Keeping the whole old draft
 * would make the next save take back what the popup changed meanwhile (a site enabled there
 * looks like one the form removed); replacing it would lose the typing.
 */
export function rebaseDraft(current: SettingsDraft, sent: SettingsDraft, saved: Settings): SettingsDraft {
  if (current === sent) return { ...current, settings: saved };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const typed = Object.fromEntries(
    Object.entries(current.settings).filter(([key, value]) => !same(value, sent.settings[key as keyof Settings])),
  );
  return { ...current, settings: { ...saved, ...typed } };
}

import type { Reason } from '../schemas/verdict';

/** One language's reason templates (messages.ts), field names and badge kind names, by key. */
export interface ReasonTemplates {
  messages: Record<string, string>;
  fields: Record<string, string>;
  kinds: Record<string, string>;
}

/**
 * A reason in words from one language's templates: {0}, {1} … come from reason.args, and {1} is
 * always the field the text was found in. Apart from the tables, so a content script carries
 * this and gets the user's language's templates from the background, not both languages.
 */
export function formatReason(reason: Reason, templates: ReasonTemplates): string {
  // An own key only: a tab's message could name "constructor", which every object has.
  const template = Object.hasOwn(templates.messages, reason.messageKey) ? templates.messages[reason.messageKey]! : reason.code;
  const args = reason.args ?? [];
  return template.replace(/\{(\d)\}/g, (_, i: string) => {
    const value = args[Number(i)] ?? '';
    // wrong-kind's {0} is the badge's internal kind ("personal"); other {0}s quote the page.
    const names =
      i === '1' ? templates.fields : i === '0' && reason.messageKey === 'credential.wrong-kind' ? templates.kinds : {};
    return Object.hasOwn(names, value) ? (names[value] as string) : value;
  });
}

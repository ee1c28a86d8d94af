import type { Reason } from '../schemas/verdict';

/** One language's reason templates (messages.ts), field names and badge kind names, by key. */
export interface ReasonTemplates {
  messages: Record<string, string>;
  fields: Record<string, string>;
  kinds: Record<string, string>;
  /** Platform names by code, for the official account a lookalike copies (officialInWords). */
  platforms: Record<string, string>;
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
    if (Object.hasOwn(names, value)) return names[value] as string;
    return i === '0' && reason.messageKey.startsWith('lookalike.') ? officialInWords(value, templates.platforms) : value;
  });
}

/**
 * An official account as describeOfficial gives it, "央视新闻 (weibo @cctvxinwen)", with the
 * platform's name in the reader's language instead of its code: "央视新闻 (微博 @cctvxinwen)".
 */
export function officialInWords(described: string, platforms: Record<string, string>): string {
  return described.replace(/\((\w+)( @[^)]*)?\)$/, (whole, code: string, handle = '') =>
    Object.hasOwn(platforms, code) ? `(${platforms[code]}${handle})` : whole,
  );
}

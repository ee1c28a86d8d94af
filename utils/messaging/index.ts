import { type Browser, browser } from 'wxt/browser';
import {
  Envelope,
  MESSAGES,
  type MessagePayload,
  type MessageReply,
  type MessageType,
  PostContext,
  type ReplyEnvelope,
} from '../schemas/messages';

import { MESSAGE_PORT } from './port';
import { sendToTab } from './send';

// The sending side lives in ./send and ./port (types only, no zod), so content scripts stay small.
export { MESSAGE_PORT, MessagePortClient } from './port';
export { MessageError, sendMessage, sendToTab } from './send';

/**
 * The post text near a flagged account, asked of the tab's content script when a report on it
 * opens; undefined when the tab cannot answer (reloaded, the account gone). The reply is
 * validated like every message from a page's side.
 */
export async function askPostContext(tabId: number, key: string): Promise<string | undefined> {
  const reply = await sendToTab(tabId, { type: 'postContext', key }).catch(() => undefined);
  const parsed = PostContext.safeParse(reply);
  return parsed.success ? parsed.data.context : undefined;
}

export type Handlers = {
  [K in MessageType]: (payload: MessagePayload<K>, sender: Browser.runtime.MessageSender) => Promise<MessageReply<K>>;
};

type Log = (line: string) => void;

/**
 * Checks who sent a message: content-script messages only from a tab, everything else only
 * from the extension's own pages (uBO's privileged channels, Dark Reader's messenger).
 */
export function senderProblem(type: MessageType, sender: Browser.runtime.MessageSender, ownOrigin: string): string | null {
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return 'message from another extension';
  const from = MESSAGES[type].from;
  const senderUrl = sender.url ?? '';
  const isOwnPage = senderUrl.startsWith(ownOrigin) && !sender.tab?.url?.startsWith('http');
  if (from === 'tab')
    return sender.tab?.id !== undefined && !senderUrl.startsWith(ownOrigin) ? null : `${type} must come from a tab`;
  return isOwnPage ? null : `${type} must come from an extension page`;
}

/** Validates and dispatches one incoming message; never throws, always answers. */
export async function dispatchMessage(
  handlers: Handlers,
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  log: Log,
  ownOrigin: string = browser.runtime.getURL('/'),
): Promise<ReplyEnvelope<unknown>> {
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) return refuse(log, 'malformed message');
  const type = envelope.data.type;
  if (!Object.hasOwn(MESSAGES, type)) return refuse(log, `unknown message type ${JSON.stringify(type)}`);
  const known = type as MessageType;
  const senderIssue = senderProblem(known, sender, ownOrigin);
  if (senderIssue) return refuse(log, senderIssue);
  const payload = MESSAGES[known].payload.safeParse(envelope.data.payload);
  if (!payload.success)
    return refuse(log, `invalid ${known}: ${payload.error.issues[0]?.path.join('.')} ${payload.error.issues[0]?.message}`);
  try {
    const handler = handlers[known] as (p: unknown, s: Browser.runtime.MessageSender) => Promise<unknown>;
    return { ok: true, data: await handler(payload.data, sender) };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return refuse(log, reason, `${known} failed: ${reason}`);
  }
}

/**
 * The log line names the handler, for a bug report; the reply carries the reason alone, which a
 * page shows after its own translated sentence (or words itself, by a [marker] in it): "fileReport
 * failed:" is no text for a reader.
 */
function refuse(log: Log, error: string, logged = error): ReplyEnvelope<never> {
  log(`[claimcheck] refused message: ${logged}`);
  return { ok: false, error };
}

/** What servePort needs of a runtime Port (a test passes a plain object). */
export interface IncomingPort {
  name: string;
  sender?: Browser.runtime.MessageSender;
  onMessage: { addListener(cb: (message: unknown) => void): void };
}

/**
 * Serves a content script's long-lived port: each message goes through dispatchMessage, so it
 * is validated and its sender checked exactly as a sendMessage one, in the order it was posted.
 * Replies are not sent back (the port carries fire-and-forget messages); refusals are logged.
 */
export function servePort(port: IncomingPort, handlers: Handlers, log: Log): void {
  if (port.name !== MESSAGE_PORT) return;
  const sender = port.sender ?? {};
  let queue: Promise<unknown> = Promise.resolve();
  port.onMessage.addListener((message) => {
    queue = queue.then(() => dispatchMessage(handlers, message, sender, log));
  });
}

import { browser } from 'wxt/browser';
import type { MessagePayload, MessageReply, MessageType, ReplyEnvelope, TabRequest } from '../schemas/messages';

export class MessageError extends Error {
  override name = 'MessageError';
}

/**
 * Sends one typed message to the background and returns its reply, or throws its error. The
 * background validates every payload; this side imports only types, so it costs a content
 * script no schema code.
 */
export async function sendMessage<K extends MessageType>(type: K, payload: MessagePayload<K>): Promise<MessageReply<K>> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as ReplyEnvelope<MessageReply<K>> | undefined;
  if (!reply || typeof reply !== 'object') throw new MessageError(`no reply to ${type}`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.data;
}

/** Sends one of the requests a content script answers (utils/scanner/tab-requests.ts) to a tab. */
export function sendToTab(tabId: number, request: TabRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request);
}

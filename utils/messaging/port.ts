import { browser } from 'wxt/browser';
import type { MessagePayload, MessageType } from '../schemas/messages';

/** The one long-lived channel a content script opens to the background. */
export const MESSAGE_PORT = 'claimcheck:messages';

type Port = ReturnType<typeof browser.runtime.connect>;

/**
 * Fire-and-forget messages to the background over one long-lived port: runtime.sendMessage sets
 * up a channel per message, which cost the page about 3 ms a send on the bench:page timeline;
 * a message on an open port costs its serialisation. The background validates each message
 * exactly as a sendMessage one (messaging/index.ts, servePort). Types only on this side.
 */
export class MessagePortClient {
  private port: Port | undefined;

  /** `onLost`: the port closed (the worker restarted, or the extension was updated). */
  constructor(private readonly onLost: () => void) {}

  /** Posts one message; false when it could not be sent (the caller sends again later). */
  post<K extends MessageType>(type: K, payload: MessagePayload<K>): boolean {
    try {
      if (!this.port) {
        const port = browser.runtime.connect({ name: MESSAGE_PORT });
        port.onDisconnect.addListener(() => {
          if (this.port === port) this.port = undefined;
          this.onLost();
        });
        this.port = port;
      }
      this.port.postMessage({ type, payload });
      return true;
    } catch (err) {
      this.port = undefined;
      console.debug('[claimcheck] message not posted', err);
      return false;
    }
  }

  close(): void {
    const port = this.port;
    this.port = undefined;
    port?.disconnect();
  }
}

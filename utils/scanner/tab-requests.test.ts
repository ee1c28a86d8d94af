// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ShownAccount } from '../schemas/messages';
import { listenToTabRequests } from './tab-requests';

const FROM_POPUP = { id: fakeBrowser.runtime.id };
// The fake's onMessage is typed without the sendResponse a real listener gets.
const trigger = fakeBrowser.runtime.onMessage.trigger as (message: unknown, sender: unknown, reply: unknown) => Promise<unknown>;
let stop: AbortController;

/** The tab's answer to one request from the popup, as the popup receives it (sendResponse). */
async function ask(message: unknown): Promise<unknown> {
  const reply = vi.fn();
  await trigger(message, FROM_POPUP, reply);
  return reply.mock.calls[0]?.[0];
}

beforeEach(() => {
  fakeBrowser.reset();
  stop = new AbortController();
});
afterEach(() => {
  stop.abort();
  document.body.replaceChildren();
});

describe('listenToTabRequests: showAccount', () => {
  it('scrolls to the account still on the page and answers that it did', async () => {
    const name = document.body.appendChild(document.createElement('a'));
    const scrolled = vi.spyOn(name, 'scrollIntoView').mockImplementation(() => {});
    listenToTabRequests(stop.signal, { elementsOf: () => [name], contextOf: () => undefined });
    const reply = await ask({ type: 'showAccount', key: 'weibo:1' });
    expect(ShownAccount.parse(reply)).toEqual({ shown: true });
    expect(scrolled).toHaveBeenCalledOnce();
  });

  it('answers false for an account whose post the page has removed (still listed, nothing to scroll to)', async () => {
    const removed = document.createElement('a');
    const scrolled = vi.spyOn(removed, 'scrollIntoView');
    listenToTabRequests(stop.signal, { elementsOf: () => [removed], contextOf: () => undefined });
    const reply = await ask({ type: 'showAccount', key: 'weibo:1' });
    expect(ShownAccount.parse(reply)).toEqual({ shown: false });
    expect(scrolled).not.toHaveBeenCalled();
  });

  it('answers nothing to another extension', async () => {
    listenToTabRequests(stop.signal, { elementsOf: () => [], contextOf: () => undefined });
    const reply = vi.fn();
    await trigger({ type: 'showAccount', key: 'weibo:1' }, { id: 'other-extension' }, reply);
    expect(reply).not.toHaveBeenCalled();
  });
});

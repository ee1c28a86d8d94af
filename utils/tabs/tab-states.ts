import { browser } from 'wxt/browser';
import { TabState, type TabStateUpdate } from '../schemas/messages';

/** Flags kept per tab (the popup lists them; the page may hold many more accounts). */
export const MAX_TAB_FLAGS = 500;

const SESSION_KEY = 'tabStates';

/**
 * Per-tab state, kept in memory and mirrored to storage.session so that an MV3 worker that
 * was shut down between two messages still knows what the popup asks for.
 */
export class TabStates {
  private states = new Map<number, TabState>();
  private restored: Promise<void> | null = null;

  private restore(): Promise<void> {
    this.restored ??= browser.storage.session
      .get(SESSION_KEY)
      .then((got) => {
        const raw = (got as Record<string, unknown>)[SESSION_KEY];
        if (!raw || typeof raw !== 'object') return;
        for (const [tabId, state] of Object.entries(raw)) {
          const parsed = TabState.safeParse(state);
          if (parsed.success && !this.states.has(Number(tabId))) this.states.set(Number(tabId), parsed.data);
        }
      })
      .catch(() => {});
    return this.restored;
  }

  async get(tabId: number): Promise<TabState | null> {
    await this.restore();
    return this.states.get(tabId) ?? null;
  }

  /** Applies a content script's update to what the tab held; returns the new state. */
  async update(tabId: number, update: TabStateUpdate): Promise<TabState> {
    await this.restore();
    const { reset, upsert, remove, ...rest } = update;
    const before = reset ? undefined : this.states.get(tabId);
    const flagged = new Map((before?.flagged ?? []).map((f) => [f.account.key, f]));
    for (const key of remove) flagged.delete(key);
    for (const item of upsert) {
      if (flagged.has(item.account.key) || flagged.size < MAX_TAB_FLAGS) flagged.set(item.account.key, item);
    }
    const state: TabState = { ...rest, flagged: [...flagged.values()] };
    this.states.set(tabId, state);
    await this.persist();
    return state;
  }

  async delete(tabId: number): Promise<void> {
    await this.restore();
    if (this.states.delete(tabId)) await this.persist();
  }

  private persist(): Promise<void> {
    return browser.storage.session.set({ [SESSION_KEY]: Object.fromEntries(this.states) }).catch(() => {});
  }
}

/**
 * Optimistic changes to conversations. The screen shows the last state the server confirmed
 * with every change still in flight applied on top, in the order the user made them; a refused
 * change is dropped and the view recomputed, so concurrent changes to one row stay consistent.
 */
import type { Conversation } from './types.js';

export type Change = (conversation: Conversation) => Conversation;

interface Pending {
  token: number;
  change: Change;
}

export class PendingChanges {
  private readonly confirmed = new Map<string, Conversation>();
  private readonly pending = new Map<string, Pending[]>();
  private nextToken = 0;

  /** Starts a change on `base` (the conversation as loaded); returns its token and the new view. */
  begin(base: Conversation, change: Change): { token: number; view: Conversation } {
    if (!this.confirmed.has(base.id)) this.confirmed.set(base.id, base);
    const token = (this.nextToken += 1);
    const list = this.pending.get(base.id) ?? [];
    list.push({ token, change });
    this.pending.set(base.id, list);
    return { token, view: this.view(base.id)! };
  }

  /** The server accepted the change; `server` is its copy when it sent one. Returns the new view. */
  confirm(id: string, token: number, server?: Conversation): Conversation | undefined {
    const entry = this.take(id, token);
    const confirmed = this.confirmed.get(id);
    if (entry && confirmed) this.confirmed.set(id, server ?? entry.change(confirmed));
    return this.settle(id);
  }

  /** The server refused the change: drop it. Returns the new view. */
  reject(id: string, token: number): Conversation | undefined {
    this.take(id, token);
    return this.settle(id);
  }

  /** Whether any change to `id` is still in flight. */
  isPending(id: string): boolean {
    return (this.pending.get(id)?.length ?? 0) > 0;
  }

  view(id: string): Conversation | undefined {
    const confirmed = this.confirmed.get(id);
    if (!confirmed) return undefined;
    return (this.pending.get(id) ?? []).reduce((conversation, entry) => entry.change(conversation), confirmed);
  }

  private take(id: string, token: number): Pending | undefined {
    const list = this.pending.get(id) ?? [];
    const index = list.findIndex((entry) => entry.token === token);
    return index < 0 ? undefined : list.splice(index, 1)[0];
  }

  /** Computes the view and forgets the row once nothing is in flight for it. */
  private settle(id: string): Conversation | undefined {
    const view = this.view(id);
    if (!this.isPending(id)) {
      this.confirmed.delete(id);
      this.pending.delete(id);
    }
    return view;
  }
}

/**
 * The options of the agent and assignee pickers of `<inbox-filters>`: the host's own list, else
 * the source's. When the source has no list, or it failed to load, the picker still works: it
 * offers the people seen in the table's loaded rows, marked partial so the picker says so (and
 * accepts a typed id).
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Conversation, InboxDataSource, NamedOption } from '../../data/types.js';

/** People remembered from loaded rows; more are not offered (a huge or hostile data set). */
const MAX_SEEN = 1000;

export interface PickerOptionsConfig {
  /** The source method listing this picker's people. */
  method: 'listAgents' | 'listAssignees';
  /** The host's own list, complete by definition, when it gave one. */
  given: () => readonly NamedOption[] | undefined;
  /** The source, while it supports this filter. */
  source: () => InboxDataSource | undefined;
  /** Whether someone may need the list yet; it loads once they may, and stays loaded. */
  wanted: () => boolean;
  /** The person a conversation names for this filter (its agent, its assignee). */
  person: (conversation: Conversation) => { id?: string; name?: string } | null | undefined;
}

export class PickerOptionsController implements ReactiveController {
  /** Id → name of the people seen in loaded rows of `seenSource`. */
  private readonly seen = new Map<string, string>();
  private seenSource?: InboxDataSource;
  private readonly listing: Task<readonly [InboxDataSource | undefined, boolean], NamedOption[]>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: PickerOptionsConfig,
  ) {
    this.listing = new Task(host, {
      task: ([source, wanted], { signal }) => {
        const list = wanted ? source?.[config.method] : undefined;
        return list ? list.call(source, signal) : Promise.resolve([]);
      },
      args: () => [config.given() ? undefined : config.source(), config.wanted()] as const,
    });
    host.addController(this);
  }

  hostConnected(): void {}

  /** The options to offer: complete, or (see `partial`) the people seen so far, by name. */
  get options(): readonly NamedOption[] {
    const given = this.config.given();
    if (given) return given;
    if (!this.partial) return this.listing.value ?? [];
    return [...this.seenPeople()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  }

  /**
   * What the picker lists for the find box text `search` with `current` chosen: the options that
   * match it (and the chosen one, always); for a partial list, the typed text last as an id to use
   * (`useTypedId` names it). `missing` when the chosen id is not among the options (it shows by id).
   */
  offered(search: string, current: string, useTypedId: (id: string) => string): { shown: readonly NamedOption[]; missing: boolean; noMatches: boolean } {
    const typed = search.trim();
    const needle = typed.toLowerCase();
    let options = this.options;
    if (this.partial && typed !== '' && !options.some((option) => option.id === typed)) options = [...options, { id: typed, name: useTypedId(typed) }];
    const shown = options.filter((option) => option.id === current || needle === '' || option.name.toLowerCase().includes(needle) || option.id.toLowerCase().includes(needle));
    const missing = current !== '' && !options.some((option) => option.id === current);
    return { shown, missing, noMatches: needle !== '' && shown.length === 0 };
  }

  /** Whether the options are only the people seen in loaded rows: the source has no list, or it failed. */
  get partial(): boolean {
    if (this.config.given()) return false;
    const source = this.config.source();
    return source !== undefined && (!source[this.config.method] || this.failed);
  }

  /** Whether the source's list failed to load. */
  get failed(): boolean {
    return this.listing.status === TaskStatus.ERROR;
  }

  /** Remembers the people `rows` (the current source's) name; updates the host when one is new to a partial list. */
  see(rows: readonly Conversation[]): void {
    const seen = this.seenPeople();
    let added = false;
    for (const row of rows) {
      const person = this.config.person(row);
      if (!person?.id) continue;
      const known = seen.get(person.id);
      // A row without the name gives the id until one with the name arrives.
      if (known !== undefined && (known !== person.id || !person.name)) continue;
      if (known === undefined && seen.size >= MAX_SEEN) continue;
      seen.set(person.id, person.name ?? person.id);
      added = true;
    }
    // Only a partial list shows them.
    if (added && this.partial) this.host.requestUpdate();
  }

  /** The people seen, forgotten when the source changes (another organization has other people). */
  private seenPeople(): Map<string, string> {
    const source = this.config.source();
    if (source !== this.seenSource) {
      this.seen.clear();
      this.seenSource = source;
    }
    return this.seen;
  }
}

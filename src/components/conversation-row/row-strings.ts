/**
 * The user-visible strings of `<conversation-row>`: the format layer's words plus the row's own.
 * Part of the inbox's one strings object; `live` and `actions` are the parts of those sections a
 * row shows, and those sections' defaults start from these.
 */
import type { Count } from '../../format/count.js';
import { DEFAULT_FORMAT_STRINGS, type FormatStrings } from '../../format/strings.js';
import { DEFAULT_PLAYER_STRINGS, type PlayerStrings } from '../recording-player/player-strings.js';

/** The part of the live updates' strings a row shows. */
export interface RowLiveStrings {
  /** Marks a row that no longer matches the filters after a change (kept until the list reloads). */
  stale: string;
  /** Badge of a conversation still happening (triggered, ringing, in progress). */
  badge: string;
  /** Marks a conversation that just arrived at the top of the list. */
  fresh: string;
}

/** The part of the actions' strings a row shows. */
export interface RowActionStrings {
  selectRow: (who: string) => string;
  menuLabel: (who: string) => string;
}

export interface RowStrings extends FormatStrings {
  copied: string;
  copyFailed: string;
  copyLink: (who: string) => string;
  playRecording: string;
  /** Play when the player's code could not be fetched; pressing it tries again. */
  playerUnavailable: string;
  openAgent: (agent: string) => string;
  extraParticipants: (count: Count) => string;
  /** A live conversation's status with how long it has been so: "Ringing · 0:42". */
  elapsed: (status: string, elapsed: string) => string;
  /** A card's unread badge: the count with what it counts (the table's column header says it there). */
  unreadMessages: (count: Count) => string;
  /** The `+N` chip of the tags a cell has no room for. */
  moreTags: (count: Count) => string;
  live: RowLiveStrings;
  actions: RowActionStrings;
  /** The player that replaces Play once pressed. */
  player: PlayerStrings;
}

export const DEFAULT_ROW_STRINGS: RowStrings = {
  ...DEFAULT_FORMAT_STRINGS,
  copied: 'Copied',
  copyFailed: 'Copy failed: select the link and copy it',
  copyLink: (who) => `Copy link to conversation with ${who}`,
  playRecording: 'Play recording',
  playerUnavailable: 'The player could not be loaded. Press to try again',
  openAgent: (agent) => `Open agent ${agent} in a new tab`,
  extraParticipants: (count) => `${count} more ${count.plural === 'one' ? 'participant' : 'participants'}`,
  elapsed: (status, elapsed) => `${status} · ${elapsed}`,
  unreadMessages: (count) => `${count} unread`,
  moreTags: (count) => `${count} more ${count.plural === 'one' ? 'tag' : 'tags'}`,
  live: {
    stale: 'No longer matches filters',
    badge: 'Live',
    fresh: 'New',
  },
  actions: {
    selectRow: (who) => `Select conversation with ${who}`,
    menuLabel: (who) => `Actions for conversation with ${who}`,
  },
  player: DEFAULT_PLAYER_STRINGS,
};

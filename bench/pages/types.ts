/**
 * What every benchmark candidate implements. The harness (harness.ts, its own bundle) loads the
 * data and measures; a candidate bundle holds only the widget and this thin adapter, so its
 * built size is the widget's cost.
 */
import type { Channel, Conversation } from '../../src/data/types.js';

/** A row found under a point of the viewport. */
export interface RowHit {
  /** Conversation id the row shows. */
  id: string;
  /** Text of the cell under the point ('' when the cell is blank). */
  text: string;
}

export interface CandidateAdapter {
  /** Creates the widget, empty, filling `host`. */
  mount(host: HTMLElement): Promise<void>;
  /** Hands the widget every conversation (the timed "data set"). */
  setData(conversations: readonly Conversation[]): void;
  /** Shows only the conversations of `channel`, from the top of the list (the timed filter change). */
  filter(channel: Channel): void;
  /** The element whose `scrollTop` scrolls the rows; `null` before rows exist. */
  scroller(): HTMLElement | null;
  /** Where rows show on screen (the scroller's client area below any header). */
  viewport(): DOMRect | null;
  /** The row holding `hit` (the deepest element at a point, shadow roots included), if any. */
  rowAt(hit: Element): RowHit | undefined;
}

export interface BenchWindow {
  /** Set by a candidate bundle; the harness picks it up. */
  benchCandidate?: CandidateAdapter;
}

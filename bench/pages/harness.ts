/**
 * In-page side of the benchmark, built as its own bundle so candidate bundles hold only the
 * widget. Loads the deterministic data set (untimed), mounts the page's candidate and exposes
 * the measurements the runner (bench/lib/measure.mjs) calls through `window.bench`.
 *
 * "Painted" means: after a frame's rendering (a task posted from that frame's rAF callback runs
 * once style, layout and paint of the frame are done), hit-testing sample points across the rows
 * viewport finds a row of the candidate, with text in the cell under the point.
 */
import { normalizeAnyreachConversation } from '../../src/data/anyreach.js';
import type { Channel, Conversation } from '../../src/data/types.js';
import { countElements, deepElementAt, nextFrame } from './dom.js';
import type { BenchWindow, CandidateAdapter, RowHit } from './types.js';

/** Points probed down the rows viewport; rows are 44px, so about every row of the screen. */
const SAMPLE_POINTS = 12;
/** Across the row: inside the caller name column for every candidate (same widths). */
const SAMPLE_X = 0.3;
const WAIT_LIMIT_MS = 30_000;
const FILTER_CHANNEL: Channel = 'email';

export interface ScrollResult {
  steps: number;
  /** Milliseconds between consecutive frames while scrolling. */
  frameIntervals: number[];
  /** Steps where a sample point showed no row or a row without text. */
  blankSteps: number;
  /** Steps whose top row had not moved on from the previous step (old rows still shown). */
  staleSteps: number;
  /** Index of the conversation at the top after the last step. */
  lastTopIndex: number;
}

export interface BenchApi {
  /** Data loaded and normalized, candidate (if any) mounted empty and rendered. */
  ready: Promise<void>;
  /** The data set, normalized. */
  conversations: readonly Conversation[];
  /** Hands the candidate every conversation; milliseconds until the first screenful is painted. */
  firstScreenful(): Promise<number>;
  /** Waits for `frames` rendered frames. */
  settle(frames: number): Promise<void>;
  /** Elements of the page, shadow roots included. */
  domElements(): number;
  /** Height of the rows at the top of the viewport, found by hit testing. */
  rowHeight(): number;
  /** Scrolls down `steps` times by `stepPx`, one step per frame, checking each painted frame. */
  scroll(steps: number, stepPx: number): Promise<ScrollResult>;
  /** Filters to email conversations; milliseconds until their first screenful is painted. */
  filterChange(): Promise<number>;
}

declare global {
  interface Window {
    bench: BenchApi;
  }
}

async function loadConversations(): Promise<Conversation[]> {
  const response = await fetch(new URL('./data.json', location.href));
  const raws = (await response.json()) as unknown[];
  return raws.flatMap((raw) => normalizeAnyreachConversation(raw) ?? []);
}

function createApi(): BenchApi {
  let conversations: Conversation[] = [];
  let indexById = new Map<string, number>();
  const candidate = (): CandidateAdapter => {
    const adapter = (window as BenchWindow).benchCandidate;
    if (!adapter) throw new Error('This page has no candidate.');
    return adapter;
  };

  const sample = (): (RowHit | undefined)[] => {
    const adapter = candidate();
    const box = adapter.viewport();
    if (!box || box.height <= 0) return [undefined];
    const x = box.left + box.width * SAMPLE_X;
    return Array.from({ length: SAMPLE_POINTS }, (_, point) => {
      const hit = deepElementAt(x, box.top + ((point + 0.5) * box.height) / SAMPLE_POINTS);
      return hit ? adapter.rowAt(hit) : undefined;
    });
  };

  const showsRows = (topId: string): boolean => {
    const hits = sample();
    return hits[0]?.id === topId && hits.every((hit) => hit !== undefined && hit.text !== '');
  };

  /** Milliseconds from now until the rows starting with `topId` are painted. */
  const timeUntilShown = async (topId: string, change: () => void): Promise<number> => {
    const start = performance.now();
    change();
    // Checked only after a rendered frame: a synchronous hit test would force a layout and time rows never painted.
    do {
      await nextFrame();
      if (performance.now() - start > WAIT_LIMIT_MS) throw new Error(`Rows starting at ${topId} never showed.`);
    } while (!showsRows(topId));
    return performance.now() - start;
  };

  const ready = (async () => {
    conversations = await loadConversations();
    // The candidate's module script runs after this one; `load` comes once every script has run.
    if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
    indexById = new Map(conversations.map((conversation, index) => [conversation.id, index]));
    const adapter = (window as BenchWindow).benchCandidate;
    if (adapter) await adapter.mount(document.getElementById('host')!);
    await nextFrame();
    await nextFrame();
  })();

  return {
    ready,
    get conversations() {
      return conversations;
    },

    firstScreenful: () => timeUntilShown(conversations[0]!.id, () => candidate().setData(conversations)),

    async settle(frames) {
      for (let frame = 0; frame < frames; frame += 1) await nextFrame();
    },

    domElements: () => countElements(),

    rowHeight() {
      const box = candidate().viewport()!;
      const x = box.left + box.width * SAMPLE_X;
      const changes: number[] = [];
      let previous: string | undefined;
      for (let y = box.top + 1; y < box.bottom && changes.length < 3; y += 1) {
        const hit = deepElementAt(x, y);
        const id = hit ? candidate().rowAt(hit)?.id : undefined;
        if (id !== previous && previous !== undefined) changes.push(y);
        previous = id;
      }
      return changes.length >= 3 ? (changes[2]! - changes[0]!) / 2 : NaN;
    },

    async scroll(steps, stepPx) {
      const scroller = candidate().scroller();
      if (!scroller) throw new Error('No scroller.');
      const frames: number[] = [await nextFrame()];
      let target = scroller.scrollTop;
      let blankSteps = 0;
      let staleSteps = 0;
      let lastTopIndex = -1;
      for (let step = 0; step < steps; step += 1) {
        target += stepPx;
        scroller.scrollTop = target;
        frames.push(await nextFrame());
        const hits = sample();
        if (!hits.every((hit) => hit !== undefined && hit.text !== '')) {
          blankSteps += 1;
          continue;
        }
        const topIndex = indexById.get(hits[0]!.id) ?? -1;
        if (topIndex <= lastTopIndex) staleSteps += 1;
        lastTopIndex = topIndex;
      }
      const frameIntervals = frames.slice(1).map((time, index) => time - frames[index]!);
      return { steps, frameIntervals, blankSteps, staleSteps, lastTopIndex };
    },

    filterChange() {
      const first = conversations.find((conversation) => conversation.channel === FILTER_CHANNEL);
      return timeUntilShown(first!.id, () => candidate().filter(FILTER_CHANNEL));
    },
  };
}

window.bench = createApi();

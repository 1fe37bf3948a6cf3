/**
 * One clock for the elapsed time of every live row of a table: a single one-second timer that
 * runs only while some live row is on screen (an `IntersectionObserver` tells which) and the page
 * is visible, and re-renders only those rows.
 */

/** What the clock re-renders: a row element. */
export interface ClockedRow extends Element {
  requestUpdate(): void;
}

const TICK_MS = 1000;

export class ElapsedClock {
  /** The time source; tests give a fake one. */
  now: () => number = Date.now;

  private readonly watched = new Set<ClockedRow>();
  private readonly onScreen = new Set<ClockedRow>();
  private observer?: IntersectionObserver;
  private timer?: ReturnType<typeof setInterval>;

  /** Whether the one-second timer is running. */
  get running(): boolean {
    return this.timer !== undefined;
  }

  /** Rows being ticked: live, connected and on screen. */
  get ticking(): number {
    return this.onScreen.size;
  }

  /** Ticks `row` while it is on screen, until `unwatch`. */
  watch(row: ClockedRow): void {
    if (this.watched.has(row)) return;
    if (this.watched.size === 0) document.addEventListener('visibilitychange', this.sync);
    this.watched.add(row);
    this.observer ??= new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const target = entry.target as ClockedRow;
        if (entry.isIntersecting && this.watched.has(target)) this.onScreen.add(target);
        else this.onScreen.delete(target);
      }
      this.sync();
    });
    this.observer.observe(row);
  }

  unwatch(row: ClockedRow): void {
    if (!this.watched.delete(row)) return;
    this.observer?.unobserve(row);
    this.onScreen.delete(row);
    if (this.watched.size === 0) document.removeEventListener('visibilitychange', this.sync);
    this.sync();
  }

  /** Re-renders the rows on screen (the timer calls it every second). */
  tick(): void {
    for (const row of this.onScreen) row.requestUpdate();
  }

  private readonly sync = (): void => {
    const wanted = this.onScreen.size > 0 && document.visibilityState !== 'hidden';
    if (wanted && this.timer === undefined) {
      this.timer = setInterval(() => this.tick(), TICK_MS);
      // Back from a hidden page: show the right time at once.
      this.tick();
    } else if (!wanted && this.timer !== undefined) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  };
}

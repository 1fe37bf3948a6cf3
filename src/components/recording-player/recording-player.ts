import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { formatClock } from '../../format/duration.js';
import { safeUrl } from '../../format/url.js';
import { errorIcon, pauseIcon, playIcon, spinnerIcon } from '../shared/icons.js';
import { InboxElement } from '../shared/inbox-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { visuallyHidden } from '../shared/visually-hidden.styles.js';
import { claimPlayback, releasePlayback } from './exclusive-playback.js';
import { DEFAULT_PLAYER_STRINGS, type PlayerStrings } from './player-strings.js';
import { playerStyles } from './recording-player.styles.js';

export const PLAYBACK_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
/** Where the chosen speed is remembered (a number, never anything about the recording). */
export const RATE_STORAGE_KEY = 'inbox-playback-rate';
const SKIP_SECONDS = 10;
/** Arrow keys move 5 s, or a twentieth of a recording shorter than 100 s, so a short one can still be searched. */
const ARROW_SECONDS = 5;

type Status = 'idle' | 'loading' | 'playing' | 'paused' | 'error';

declare global {
  interface HTMLElementTagNameMap {
    'recording-player': RecordingPlayerElement;
  }
}

function rememberedRate(): number {
  try {
    const stored = Number(localStorage.getItem(RATE_STORAGE_KEY));
    return (PLAYBACK_RATES as readonly number[]).includes(stored) ? stored : 1;
  } catch {
    return 1;
  }
}

/**
 * A call recording: play/pause, a scrubbable timeline (`role="slider"`, the time as its value
 * text), elapsed and total time, speed (remembered), ±10 s skips and keys (Space, arrows,
 * PageUp/PageDown, Home/End). One recording plays at a time in the whole page; the Media Session
 * gets its title and actions. It returns to the start when it ends. `compact` is the variant a
 * table row shows in place of its Play button: play/pause, the timeline and elapsed/total time in
 * one row-high box; skips stay on the slider's PageUp/PageDown and the system's media keys, and the
 * remembered speed still applies.
 *
 * @summary A recording player for one conversation.
 *
 * @csspart base - The player's group of controls.
 * @csspart timeline - The slider.
 * @csspart error - The message shown when the file cannot be played.
 *
 * @cssprop --inbox-accent-color - Timeline fill and buttons.
 * @cssprop --inbox-focus-color - Focus ring colour.
 * @cssprop --inbox-error-color - Error text.
 * @cssprop --inbox-player-target-size - Smallest size of the compact player's buttons and, once it is 150px or wider, its timeline's height (default 24px; cards use 44px).
 */
export class RecordingPlayerElement extends InboxElement {
  static override styles = [themeStyles, visuallyHidden, playerStyles];
  /** `focus()` lands on the play/pause button. */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The recording; only http(s) and relative URLs are played. */
  @property() src?: string;

  /** What plays, for the group's name and the system's media controls (the conversation). */
  @property() label = '';

  /** BCP 47 locale for the speed numbers. */
  @property() locale?: string;

  /** User-visible strings; override any subset. */
  @property({ attribute: false }) strings: PlayerStrings = DEFAULT_PLAYER_STRINGS;

  /** The one-line variant for a table row: play/pause, timeline and time only. */
  @property({ type: Boolean, reflect: true }) compact = false;

  @state() private status: Status = 'idle';
  @state() private position = 0;
  @state() private length = Number.NaN;
  @state() private rate = rememberedRate();

  @query('.timeline') private timeline?: HTMLElement;

  private readonly audio: HTMLAudioElement;
  /** Playing through since the last start: only then does reaching the end return to the start (End while paused stays at the end). */
  private playingThrough = false;

  constructor() {
    super();
    const audio = (this.audio = new Audio());
    audio.preload = 'metadata';
    const times = () => {
      this.position = audio.currentTime;
      this.length = audio.duration;
    };
    audio.addEventListener('loadedmetadata', times);
    audio.addEventListener('durationchange', times);
    audio.addEventListener('timeupdate', times);
    audio.addEventListener('seeked', times);
    audio.addEventListener('play', () => claimPlayback(audio));
    audio.addEventListener('playing', () => {
      this.status = 'playing';
      this.playingThrough = true;
      this.updateMediaSession();
    });
    audio.addEventListener('waiting', () => (this.status = 'loading'));
    audio.addEventListener('pause', () => {
      if (this.status !== 'error') this.status = 'paused';
    });
    audio.addEventListener('ended', () => {
      if (!this.playingThrough) return;
      this.playingThrough = false;
      // Ready to play again from the start, not a full bar that stays full.
      audio.currentTime = 0;
      this.position = 0;
      if (this.status !== 'error') this.status = 'paused';
    });
    audio.addEventListener('error', () => {
      if (audio.getAttribute('src')) this.status = 'error';
    });
  }

  /** Seconds played. */
  get currentTime(): number {
    return this.audio.currentTime;
  }

  /** Length in seconds, `NaN` until known. */
  get duration(): number {
    return this.audio.duration;
  }

  get paused(): boolean {
    return this.audio.paused;
  }

  /** The speed in use (0.75…2). */
  get playbackRate(): number {
    return this.rate;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Released when it was removed: put back in the page, it is ready to play again.
    if (this.hasUpdated && !this.audio.getAttribute('src')) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removed (a row recycled to another conversation, a table unmounted): nothing plays on unseen,
    // and the file is released.
    this.audio.pause();
    this.audio.removeAttribute('src');
    this.audio.load();
    releasePlayback(this.audio);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.strings ??= DEFAULT_PLAYER_STRINGS;
    if (changed.has('src')) this.load();
  }

  private load(): void {
    this.audio.pause();
    this.position = 0;
    this.length = Number.NaN;
    const url = safeUrl(this.src);
    if (url === undefined) {
      this.audio.removeAttribute('src');
      this.status = this.src ? 'error' : 'idle';
      return;
    }
    this.status = 'idle';
    this.audio.src = url;
    this.audio.playbackRate = this.rate;
  }

  /** Starts or resumes playback. */
  play(): void {
    if (this.status === 'error' || !this.audio.getAttribute('src')) return;
    if (this.status === 'idle') this.status = 'loading';
    this.audio.playbackRate = this.rate;
    this.audio.play().catch((error: unknown) => {
      // A pause or a new src aborts the start; an unsupported file also raises `error`.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      if (error instanceof DOMException && error.name === 'NotAllowedError') this.status = 'paused';
      else this.status = 'error';
    });
  }

  pause(): void {
    this.playingThrough = false;
    this.audio.pause();
  }

  toggle(): void {
    if (this.audio.paused) this.play();
    else this.pause();
  }

  /** Moves to `seconds`, kept within the recording. */
  seek(seconds: number): void {
    const length = this.audio.duration;
    if (!Number.isFinite(length) || !Number.isFinite(seconds)) return;
    this.audio.currentTime = Math.min(length, Math.max(0, seconds));
    this.position = this.audio.currentTime;
  }

  private skip(seconds: number): void {
    this.seek(this.audio.currentTime + seconds);
  }

  private setRate(rate: number): void {
    this.rate = rate;
    this.audio.playbackRate = rate;
    try {
      localStorage.setItem(RATE_STORAGE_KEY, String(rate));
    } catch {
      // Storage may be blocked; the speed still applies to this player.
    }
  }

  private updateMediaSession(): void {
    const session = typeof navigator !== 'undefined' ? navigator.mediaSession : undefined;
    if (!session) return;
    if (typeof MediaMetadata === 'function') session.metadata = new MediaMetadata({ title: this.label || this.strings.play });
    const handlers: [MediaSessionAction, MediaSessionActionHandler][] = [
      ['play', () => this.play()],
      ['pause', () => this.pause()],
      ['seekbackward', (details) => this.skip(-(details.seekOffset ?? SKIP_SECONDS))],
      ['seekforward', (details) => this.skip(details.seekOffset ?? SKIP_SECONDS)],
      ['seekto', (details) => this.seek(details.seekTime ?? 0)],
    ];
    for (const [action, handler] of handlers) {
      try {
        session.setActionHandler(action, handler);
      } catch {
        // A browser that does not know an action throws; the others still work.
      }
    }
  }

  private onSliderKey(event: KeyboardEvent): void {
    const length = this.audio.duration;
    const step = Number.isFinite(length) ? Math.min(ARROW_SECONDS, length / 20) : ARROW_SECONDS;
    const actions: Record<string, () => void> = {
      ArrowRight: () => this.skip(this.rtl ? -step : step),
      ArrowLeft: () => this.skip(this.rtl ? step : -step),
      ArrowUp: () => this.skip(step),
      ArrowDown: () => this.skip(-step),
      PageUp: () => this.skip(SKIP_SECONDS),
      PageDown: () => this.skip(-SKIP_SECONDS),
      Home: () => this.seek(0),
      End: () => this.seek(length),
      ' ': () => this.toggle(),
    };
    const action = actions[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    // The grid's and the triage shortcuts' keys must not also act on this key.
    event.stopPropagation();
    action();
  }

  private get rtl(): boolean {
    return getComputedStyle(this).direction === 'rtl';
  }

  private seekToPointer(event: PointerEvent): void {
    const box = this.timeline?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    let fraction = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
    if (this.rtl) fraction = 1 - fraction;
    this.seek(fraction * this.audio.duration);
  }

  private onPointerDown(event: PointerEvent): void {
    if (event.button !== 0 || !Number.isFinite(this.audio.duration)) return;
    const timeline = event.currentTarget as HTMLElement;
    timeline.setPointerCapture(event.pointerId);
    timeline.focus();
    this.seekToPointer(event);
  }

  private onPointerMove(event: PointerEvent): void {
    if ((event.currentTarget as HTMLElement).hasPointerCapture(event.pointerId)) this.seekToPointer(event);
  }

  protected override updated(): void {
    // Set from script: a strict style-src CSP blocks inline style attributes and styleMap.
    const fraction = Number.isFinite(this.length) && this.length > 0 ? this.position / this.length : 0;
    this.timeline?.style.setProperty('--_played', String(Math.min(1, Math.max(0, fraction))));
  }

  protected override render(): TemplateResult {
    const strings = this.strings;
    const error = this.status === 'error';
    const known = Number.isFinite(this.length);
    const positionText = strings.position(formatClock(this.position), known ? formatClock(this.length) : '-:--');
    if (this.compact) {
      return html`<div class="player" role="group" part="base" aria-label=${strings.label(this.label)}>
        ${this.renderToggle()}${error
          ? this.renderError()
          : html`<div class="compact-body">
              <span class="time" dir="ltr">${strings.shortPosition(formatClock(this.position), known ? formatClock(this.length) : '-:--')}</span>
              ${this.renderTimeline(positionText)}
            </div>`}
      </div>`;
    }
    const rates = new Intl.NumberFormat(this.locale, { maximumFractionDigits: 2 });
    return html`<div class="player" role="group" part="base" aria-label=${strings.label(this.label)}>
      ${this.renderToggle()}
      <button type="button" class="skip back" aria-label=${strings.skipBack} ?disabled=${error || !known} @click=${() => this.skip(-SKIP_SECONDS)}>−10</button>
      ${this.renderTimeline(positionText)}
      <button type="button" class="skip forward" aria-label=${strings.skipForward} ?disabled=${error || !known} @click=${() => this.skip(SKIP_SECONDS)}>+10</button>
      <span class="time" dir="ltr">${positionText}</span>
      <label class="speed">
        <span class="sr-only">${strings.speed}</span>
        <select ?disabled=${error} @change=${(event: Event) => this.setRate(Number((event.target as HTMLSelectElement).value))}>
          ${PLAYBACK_RATES.map((rate) => html`<option value=${rate} .selected=${live(rate === this.rate)}>${rates.format(rate)}×</option>`)}
        </select>
      </label>
      ${error ? this.renderError() : nothing}
    </div>`;
  }

  private renderToggle(): TemplateResult {
    const error = this.status === 'error';
    const playing = this.status === 'playing';
    return html`<button type="button" class="toggle" aria-label=${playing ? this.strings.pause : this.strings.play} aria-disabled=${error ? 'true' : 'false'} @click=${() => this.toggle()}>
      ${error ? errorIcon : this.status === 'loading' ? spinnerIcon : playing ? pauseIcon : playIcon}
    </button>`;
  }

  private renderTimeline(positionText: string): TemplateResult {
    const error = this.status === 'error';
    const known = Number.isFinite(this.length);
    return html`<div
      class="timeline"
      part="timeline"
      role="slider"
      tabindex=${error ? '-1' : '0'}
      aria-label=${this.strings.seek}
      aria-valuemin="0"
      aria-valuemax=${known ? String(Math.round(this.length * 100) / 100) : '0'}
      aria-valuenow=${String(Math.round(this.position * 100) / 100)}
      aria-valuetext=${positionText}
      aria-disabled=${error || !known ? 'true' : 'false'}
      @keydown=${this.onSliderKey}
      @pointerdown=${this.onPointerDown}
      @pointermove=${this.onPointerMove}
    >
      <div class="track"><div class="fill"></div></div>
    </div>`;
  }

  /** The whole message is spoken; a compact player shows its short form, which fits a row. */
  private renderError(): TemplateResult {
    const strings = this.strings;
    return this.compact
      ? html`<p class="error" role="alert" part="error"><span aria-hidden="true">${strings.shortError}</span><span class="sr-only">${strings.error}</span></p>`
      : html`<p class="error" role="alert" part="error">${strings.error}</p>`;
  }
}

/**
 * One `<audio>` element for a whole table, so one recording plays at a time and no audio element
 * is left behind per row. Rows read `stateFor(id)`; hosts re-render on `change`.
 */
import { safeUrl } from '../../format/url.js';
import { claimPlayback, releasePlayback } from '../recording-player/exclusive-playback.js';

export type PlaybackStatus = 'loading' | 'playing' | 'paused' | 'error';

export interface PlaybackState {
  id: string;
  status: PlaybackStatus;
  /** 0…1 of the recording played. */
  progress: number;
}

export class RecordingPlayer extends EventTarget {
  private audio?: HTMLAudioElement;
  private current?: PlaybackState;

  stateFor(id: string): PlaybackState | undefined {
    return this.current?.id === id ? this.current : undefined;
  }

  /** Plays `url` for conversation `id`, or pauses/resumes it when it is the current one. */
  toggle(id: string, url: string): void {
    if (this.current?.id === id && this.current.status !== 'error') {
      if (this.audio!.paused) this.play();
      else this.audio!.pause();
      return;
    }
    if (safeUrl(url) === undefined) {
      this.set({ id, status: 'error', progress: 0 });
      return;
    }
    const audio = this.ensureAudio();
    this.set({ id, status: 'loading', progress: 0 });
    audio.src = url;
    this.play();
  }

  /** Stops playback and releases the audio element (table unmounted). */
  stop(): void {
    if (this.audio) {
      this.audio.pause();
      this.audio.removeAttribute('src');
      this.audio.load();
      releasePlayback(this.audio);
    }
    this.current = undefined;
    this.dispatchEvent(new Event('change'));
  }

  private play(): void {
    // Rejections (unsupported file, aborted load) surface as the element's `error` event or a pause.
    this.audio!.play().catch((error: unknown) => {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      if (this.current) this.set({ ...this.current, status: 'error' });
    });
  }

  private ensureAudio(): HTMLAudioElement {
    if (this.audio) return this.audio;
    const audio = new Audio();
    audio.preload = 'none';
    const update = (status?: PlaybackStatus) => {
      if (!this.current) return;
      const progress = audio.duration > 0 && Number.isFinite(audio.duration) ? audio.currentTime / audio.duration : 0;
      this.set({ ...this.current, status: status ?? this.current.status, progress });
    };
    audio.addEventListener('play', () => claimPlayback(audio));
    audio.addEventListener('playing', () => update('playing'));
    audio.addEventListener('pause', () => {
      if (this.current?.status !== 'error') update('paused');
    });
    audio.addEventListener('timeupdate', () => update());
    audio.addEventListener('ended', () => {
      // Back to the start, not a bar that stays full.
      audio.currentTime = 0;
      update('paused');
    });
    audio.addEventListener('error', () => {
      if (audio.getAttribute('src')) update('error');
    });
    this.audio = audio;
    return audio;
  }

  private set(state: PlaybackState): void {
    this.current = state;
    this.dispatchEvent(new Event('change'));
  }
}

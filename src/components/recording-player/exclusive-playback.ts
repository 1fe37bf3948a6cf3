/**
 * One recording plays at a time in the whole page: every `<recording-player>` (the rows', the
 * preview's, a host's) claims playback when it starts, which pauses whichever played before.
 */
let playing: HTMLMediaElement | undefined;

/** Call when `media` starts playing: any other recording pauses. */
export function claimPlayback(media: HTMLMediaElement): void {
  if (playing && playing !== media && !playing.paused) playing.pause();
  playing = media;
}

/** Call when `media` is released, so it is not kept alive by this module. */
export function releasePlayback(media: HTMLMediaElement): void {
  if (playing === media) playing = undefined;
}

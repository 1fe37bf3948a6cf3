/** The user-visible strings of `<recording-player>`; part of the inbox's one strings object. */
export interface PlayerStrings {
  /** Names the player group; `title` is what plays (the conversation). */
  label: (title: string) => string;
  play: string;
  pause: string;
  skipBack: string;
  skipForward: string;
  /** The timeline slider's name. */
  seek: string;
  /** The slider's spoken value and the visible time: "0:05 of 1:00". */
  position: (elapsed: string, total: string) => string;
  /** The visible time of the compact player in a row, where "of" does not fit: "0:05 / 1:00". */
  shortPosition: (elapsed: string, total: string) => string;
  speed: string;
  loading: string;
  /** The file could not be loaded or decoded. */
  error: string;
  /** `error` where a row has room for a few words only (the whole `error` is still spoken). */
  shortError: string;
}

export const DEFAULT_PLAYER_STRINGS: PlayerStrings = {
  label: (title) => `Recording: ${title}`,
  play: 'Play recording',
  pause: 'Pause recording',
  skipBack: 'Back 10 seconds',
  skipForward: 'Forward 10 seconds',
  seek: 'Playback position',
  position: (elapsed, total) => `${elapsed} of ${total}`,
  shortPosition: (elapsed, total) => `${elapsed} / ${total}`,
  speed: 'Playback speed',
  loading: 'Loading recording…',
  error: 'This recording cannot be played: the file is missing or damaged.',
  shortError: 'Cannot be played',
};

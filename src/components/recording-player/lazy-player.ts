/**
 * `<recording-player>` fetched and registered on first use: a row shows a light Play button, and
 * the player's code (a chunk of its own in the script-tag bundle) loads when someone presses it.
 */
import { defineElement } from '../define.js';
import { lazy } from '../../data/lazy.js';

export const recordingPlayer = lazy(async () => {
  const module = await import('./recording-player.js');
  defineElement('recording-player', module.RecordingPlayerElement);
  return module;
});

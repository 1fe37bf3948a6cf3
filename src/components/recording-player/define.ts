/** Registers `<recording-player>`; imported on demand (the table loads it when a recording is first played). */
import { defineElement } from '../define.js';
import { RecordingPlayerElement } from './recording-player.js';

defineElement('recording-player', RecordingPlayerElement);

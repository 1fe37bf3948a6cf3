/** Registers `<recording-player>` for a page that uses it alone (`unified-inbox-elements/recording-player`); rows and the preview register it when they load it. */
import { defineElement } from '../define.js';
import { RecordingPlayerElement } from './recording-player.js';

defineElement('recording-player', RecordingPlayerElement);

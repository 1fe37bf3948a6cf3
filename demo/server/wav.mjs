// @ts-check
/** Recordings: a small real WAV per id, and a file that only claims to be one. */

const SAMPLE_RATE = 8000;
const SECONDS = 1;
const FADE_SAMPLES = 400;

/** `audio/wav` bytes that are not audio: the recording that cannot be played. */
export const BROKEN_WAV = Buffer.from('This is not a WAV file. The recording was lost.\n', 'utf8');

/**
 * One second of 8 kHz mono 16-bit PCM: a sine tone whose pitch (300–900 Hz) depends on `id`, so
 * different recordings sound different.
 * @param {string} id
 */
export function toneWav(id) {
  const samples = SAMPLE_RATE * SECONDS;
  const dataBytes = samples * 2;
  const view = new DataView(new ArrayBuffer(44 + dataBytes));
  const ascii = (/** @type {number} */ offset, /** @type {string} */ text) => {
    for (let i = 0; i < text.length; i += 1) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, SAMPLE_RATE, true);
  view.setUint32(28, SAMPLE_RATE * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  const frequency = 300 + (hash(id) % 601);
  for (let n = 0; n < samples; n += 1) {
    // Short fades keep the tone from clicking at both ends.
    const envelope = Math.min(1, n / FADE_SAMPLES, (samples - 1 - n) / FADE_SAMPLES);
    const sample = Math.sin((2 * Math.PI * frequency * n) / SAMPLE_RATE) * envelope * 0.3;
    view.setInt16(44 + n * 2, Math.round(sample * 32767), true);
  }
  return Buffer.from(view.buffer);
}

/** @param {string} text */
function hash(text) {
  let h = 0;
  for (let i = 0; i < text.length; i += 1) h = (Math.imul(h, 31) + text.charCodeAt(i)) >>> 0;
  return h;
}

import { expect } from '@open-wc/testing';
import { ANYREACH, AVOCA, anyreachUrl, avocaUrl, control, newSession, requestJson } from './api-helpers.js';

/** Resolves with the element once it knows its duration, rejects with its MediaError. */
function loadAudio(url: string): Promise<HTMLAudioElement> {
  return new Promise((resolve, reject) => {
    const audio = new Audio();
    audio.preload = 'metadata';
    audio.addEventListener('loadedmetadata', () => resolve(audio), { once: true });
    audio.addEventListener('error', () => reject(audio.error), { once: true });
    audio.src = url;
  });
}

async function decode(url: string): Promise<AudioBuffer> {
  const response = await fetch(url);
  expect(response.status).to.equal(200);
  expect(response.headers.get('Content-Type')).to.equal('audio/wav');
  const context = new AudioContext();
  try {
    return await context.decodeAudioData(await response.arrayBuffer());
  } finally {
    await context.close();
  }
}

describe('local API server: recordings', () => {
  const base = newSession('recordings');
  let recordingUrl: string;

  before(async () => {
    await control(base, { count: 200, seed: 4 });
    const rows = (await requestJson(anyreachUrl(base, { status: 'completed', limit: 100 }), { headers: ANYREACH })).body;
    recordingUrl = rows.find((row: any) => row.recording_details?.url?.startsWith('/api/recordings/conv_')).recording_details.url;
  });

  it('serves a one-second tone the browser decodes', async () => {
    const audio = await decode(recordingUrl);
    expect(audio.duration).to.be.closeTo(1, 0.01);
    const samples = audio.getChannelData(0);
    const peak = samples.reduce((max, sample) => Math.max(max, Math.abs(sample)), 0);
    expect(peak, 'not silence').to.be.greaterThan(0.1);
  });

  it('plays in an <audio> element', async () => {
    const audio = await loadAudio(recordingUrl);
    expect(audio.duration).to.be.closeTo(1, 0.01);
  });

  it('serves the Avoca recording_url of a voice conversation the same way', async () => {
    const rows = (await requestJson(avocaUrl(base, { channel: 'voice', limit: 100 }), { headers: AVOCA })).body.data.conversations;
    const url = rows.find((row: any) => row.metadata.recording_url?.startsWith('/api/recordings/conv_')).metadata.recording_url;
    expect((await decode(url)).duration).to.be.closeTo(1, 0.01);
  });

  it('serves broken.wav as audio/wav that fails to decode and to play', async () => {
    let decodeError: unknown;
    try {
      await decode('/api/recordings/broken.wav');
    } catch (error) {
      decodeError = error;
    }
    expect(decodeError).to.be.instanceOf(DOMException);
    let playError: unknown;
    try {
      await loadAudio('/api/recordings/broken.wav');
    } catch (error) {
      playError = error;
    }
    expect(playError).to.be.instanceOf(MediaError);
  });

  it('serves byte ranges, as file storage does, so a player can seek', async () => {
    const whole = new Uint8Array(await (await fetch(recordingUrl)).arrayBuffer());
    const response = await fetch(recordingUrl, { headers: { Range: 'bytes=100-199' } });
    expect(response.status).to.equal(206);
    expect(response.headers.get('Content-Range')).to.equal(`bytes 100-199/${whole.byteLength}`);
    expect([...new Uint8Array(await response.arrayBuffer())]).to.deep.equal([...whole.subarray(100, 200)]);
    const beyond = await fetch(recordingUrl, { headers: { Range: `bytes=${whole.byteLength}-` } });
    expect(beyond.status).to.equal(416);
  });
});

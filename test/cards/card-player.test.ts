/**
 * A card's Play: the compact `<recording-player>` in the card's foot, every control of it a touch
 * target (44 px), playing the local API's WAV, seekable by a tap on its timeline.
 */
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import type { RecordingPlayerElement } from '../../src/components/recording-player/recording-player.js';
import { createMemorySource } from '../../src/data/memory.js';
import { makeConversation } from '../fixtures/conversations.js';
import { clickOn } from '../table/pointer.js';
import { CARD_LAYOUTS, card, mountCards } from './helpers.js';

const calls = (count: number) =>
  Array.from({ length: count }, (_, index) => makeConversation(index, { channel: 'phone', status: 'completed', recordingUrl: `/api/recordings/card_call_${index}.wav` }));

describe('cards: Play and the recording player', () => {
  afterEach(async () => {
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  for (const { label, viewport, width } of CARD_LAYOUTS) {
    it(`plays in the card's foot with 44 px controls and seeks by a tap on the timeline, ${label}`, async () => {
      await setViewport(viewport);
      const data = calls(5);
      const { table } = await mountCards({ source: createMemorySource(data), filters: false, width, height: viewport.height - 64 });
      const first = card(table, data[0]!.id);
      await clickOn(first.querySelector<HTMLElement>('.card-play button')!);
      await waitUntil(() => first.querySelector('.card-play recording-player'), 'player in the card', { timeout: 15000 });
      const player = first.querySelector<RecordingPlayerElement>('.card-play recording-player')!;
      await player.updateComplete;
      const audio = (player as unknown as { audio: HTMLAudioElement }).audio;
      await waitUntil(() => !audio.paused && audio.currentTime > 0, 'playing', { timeout: 10000 });

      const cardBox = first.getBoundingClientRect();
      const toggle = player.shadowRoot!.querySelector<HTMLElement>('button.toggle')!;
      const slider = player.shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!;
      const time = player.shadowRoot!.querySelector<HTMLElement>('.time')!;
      for (const [name, element] of [['pause', toggle], ['timeline', slider]] as const) {
        const box = element.getBoundingClientRect();
        expect(box.width, `${name} width`).to.be.at.least(44);
        expect(box.height, `${name} height`).to.be.at.least(44);
        expect(box.left, `${name} inside the card`).to.be.at.least(cardBox.left);
        expect(box.right, `${name} inside the card`).to.be.at.most(cardBox.right);
        expect(box.bottom, `${name} inside the card`).to.be.at.most(cardBox.bottom);
      }
      expect(time.textContent!.trim()).to.match(/^\d:\d\d \/ 0:01$/);
      const timeBox = time.getBoundingClientRect();
      expect(timeBox.right, 'elapsed and total inside the card').to.be.at.most(cardBox.right);
      expect(document.documentElement.scrollWidth, 'no sideways page scroll').to.be.at.most(window.innerWidth);

      // A tap three quarters along the timeline seeks there (the one-second tone: 0.75 s).
      await clickOn(toggle);
      await waitUntil(() => audio.paused, 'paused');
      const track = slider.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(track.left + track.width * 0.75), Math.round(track.top + track.height / 2)] });
      await waitUntil(() => Math.abs(audio.currentTime - 0.75) < 0.1, 'seeked to three quarters');
      await expect(table).to.be.accessible();
    });
  }
});

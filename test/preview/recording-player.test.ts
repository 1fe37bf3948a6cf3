/** `<recording-player>` against the local API's recordings, driven with the real pointer and keys. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/recording-player/define.js';
import '../../src/define.js';
import type { ConversationRow } from '../../src/components/conversation-row/conversation-row.js';
import { makeConversation } from '../fixtures/conversations.js';
import { RATE_STORAGE_KEY, type RecordingPlayerElement } from '../../src/components/recording-player/recording-player.js';
import { centerOf, clickOn, text } from '../table/pointer.js';

const WAV = '/api/recordings/conv_player_test.wav';
const BROKEN = '/api/recordings/broken.wav';

function part(player: RecordingPlayerElement, selector: string): HTMLElement {
  const element = player.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`no ${selector}`);
  return element;
}

const slider = (player: RecordingPlayerElement) => part(player, '[role="slider"]');
const toggle = (player: RecordingPlayerElement) => part(player, 'button.toggle');

/** Resolves on the next `type` event of the player's audio, seen through its state. */
async function mount(src: string, label = 'Ada Lovelace'): Promise<RecordingPlayerElement> {
  const player = await fixture<RecordingPlayerElement>(html`<recording-player style="width: 420px" src=${src} label=${label} locale="en-US"></recording-player>`);
  return player;
}

async function known(player: RecordingPlayerElement): Promise<void> {
  await waitUntil(() => slider(player).getAttribute('aria-valuemax') !== '0', 'duration known', { timeout: 10000 });
}

describe('<recording-player>', () => {
  beforeEach(() => localStorage.removeItem(RATE_STORAGE_KEY));

  it('shows total time once loaded, plays the WAV on a real click, shows elapsed time and returns to the start at the end', async () => {
    const player = await mount(WAV);
    await known(player);
    expect(text(part(player, '.time'))).to.equal('0:00 of 0:01');
    expect(slider(player).getAttribute('aria-valuetext')).to.equal('0:00 of 0:01');
    expect(toggle(player).getAttribute('aria-label')).to.equal('Play recording');
    await clickOn(toggle(player));
    await waitUntil(() => toggle(player).getAttribute('aria-label') === 'Pause recording', 'playing', { timeout: 10000 });
    await waitUntil(() => Number(slider(player).getAttribute('aria-valuenow')) > 0, 'time advances', { timeout: 10000 });
    expect(navigator.mediaSession.metadata?.title).to.equal('Ada Lovelace');
    // The one-second tone ends; the player is ready to play again from the start.
    await waitUntil(() => toggle(player).getAttribute('aria-label') === 'Play recording', 'ended', { timeout: 10000 });
    await waitUntil(() => slider(player).getAttribute('aria-valuenow') === '0', 'back at the start');
    expect(player.currentTime).to.equal(0);
    await expect(player).to.be.accessible();
  });

  it('seeks with the slider keys and with the pointer', async () => {
    const player = await mount(WAV);
    await known(player);
    slider(player).focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => slider(player).getAttribute('aria-valuenow') === '1', 'End moves to the end').catch(() => {
      throw new Error(`End: valuenow ${slider(player).getAttribute('aria-valuenow')}, time ${player.currentTime}, duration ${player.duration}, focus ${player.shadowRoot!.activeElement?.className}`);
    });
    expect(slider(player).getAttribute('aria-valuetext')).to.equal('0:01 of 0:01');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => slider(player).getAttribute('aria-valuenow') === '0', 'Home moves to the start');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => Number(slider(player).getAttribute('aria-valuenow')) === 0.05, 'ArrowRight steps a twentieth');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => slider(player).getAttribute('aria-valuenow') === '0', 'ArrowLeft steps back');
    // A press three quarters along the track seeks there.
    const box = part(player, '.track').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width * 0.75), Math.round(box.top + box.height / 2)] });
    await waitUntil(() => Math.abs(player.currentTime - 0.75) < 0.03, `pointer seeks to 3/4 (at ${player.currentTime})`);
    expect(Math.abs(Number(slider(player).getAttribute('aria-valuenow')) - 0.75)).to.be.lessThan(0.03);
  });

  it('changes speed, and a new player starts at the remembered speed', async () => {
    const player = await mount(WAV);
    await known(player);
    const select = part(player, 'select') as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).to.deep.equal(['0.75×', '1×', '1.25×', '1.5×', '1.75×', '2×']);
    select.focus();
    // The real keyboard picks the next speed in the list.
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => player.playbackRate === 1.25, 'speed changed');
    await clickOn(toggle(player));
    await waitUntil(() => !player.paused, 'playing');
    const audioRate = (player as unknown as { audio: HTMLAudioElement }).audio.playbackRate;
    expect(audioRate).to.equal(1.25);
    player.pause();
    const next = await mount(WAV);
    expect((part(next, 'select') as HTMLSelectElement).value).to.equal('1.25');
  });

  it('says clearly that an unplayable file cannot be played', async () => {
    const player = await mount(BROKEN);
    await clickOn(toggle(player));
    await waitUntil(() => player.shadowRoot!.querySelector('[role="alert"]'), 'error shown', { timeout: 10000 });
    expect(text(part(player, '[role="alert"]'))).to.equal('This recording cannot be played: the file is missing or damaged.');
    expect(toggle(player).getAttribute('aria-disabled')).to.equal('true');
    await expect(player).to.be.accessible();
  });

  it('never links or plays a javascript: URL', async () => {
    const player = await mount('javascript:alert(1)');
    expect(text(part(player, '[role="alert"]'))).to.contain('cannot be played');
  });

  it('plays one recording at a time: starting a second pauses the first', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <recording-player src="/api/recordings/conv_first.wav" label="First"></recording-player>
      <recording-player src="/api/recordings/conv_second.wav" label="Second"></recording-player>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll('recording-player')];
    await known(first);
    await known(second);
    // The second starts the moment the first is heard (the page has the user's activation from the click).
    const firstAudio = (first as unknown as { audio: HTMLAudioElement }).audio;
    let pausedAt = -1;
    firstAudio.addEventListener('playing', () => second.play(), { once: true });
    firstAudio.addEventListener('pause', () => (pausedAt = firstAudio.currentTime), { once: true });
    await sendMouse({ type: 'click', position: centerOf(toggle(first)) });
    await waitUntil(() => toggle(second).getAttribute('aria-label') === 'Pause recording', 'second plays', { timeout: 10000 });
    await waitUntil(() => toggle(first).getAttribute('aria-label') === 'Play recording', 'first shows Play again');
    expect(pausedAt, 'the first was paused before its end').to.be.within(0, 0.9);
    expect(first.paused).to.equal(true);
  });

  it('is one recording at a time with the rows too; a row\'s player returns to the start at the end', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 760px">
      <recording-player src="/api/recordings/conv_element.wav" label="Element"></recording-player>
      <conversation-row .columns=${['play', 'callerId']} .conversation=${makeConversation(1, { recordingUrl: '/api/recordings/conv_row.wav' })}></conversation-row>
    </div>`);
    const player = wrapper.querySelector('recording-player')!;
    const row = wrapper.querySelector<ConversationRow>('conversation-row')!;
    await known(player);
    const rowButton = () => row.shadowRoot!.querySelector<HTMLButtonElement>('.c-play button')!;
    const rowPlayer = () => row.shadowRoot!.querySelector<RecordingPlayerElement>('.c-play recording-player');
    const playerAudio = (player as unknown as { audio: HTMLAudioElement }).audio;
    let pausedAt = -1;
    // The row starts the moment the element is heard.
    playerAudio.addEventListener('playing', () => rowButton().click(), { once: true });
    playerAudio.addEventListener('pause', () => (pausedAt = playerAudio.currentTime), { once: true });
    await clickOn(toggle(player));
    await waitUntil(() => rowPlayer() && !rowPlayer()!.paused, 'row plays', { timeout: 10000 });
    await waitUntil(() => toggle(player).getAttribute('aria-label') === 'Play recording', 'the element paused');
    expect(pausedAt, 'paused before its end').to.be.within(0, 0.9);
    // The row's one-second tone ends: its timeline is back at the start, not full.
    await waitUntil(() => toggle(rowPlayer()!).getAttribute('aria-label') === 'Play recording' && rowPlayer()!.paused, 'row ended', { timeout: 10000 });
    await waitUntil(() => slider(rowPlayer()!).getAttribute('aria-valuenow') === '0', 'row back at the start');
    expect(text(part(rowPlayer()!, '.time'))).to.equal('0:00 / 0:01');
  });

  it('a row\'s player stops the preview\'s, and the other way round', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 760px">
      <recording-player src="/api/recordings/conv_preview.wav" label="Preview"></recording-player>
      <conversation-row .columns=${['play', 'callerId']} .conversation=${makeConversation(2, { recordingUrl: '/api/recordings/conv_row_two.wav' })}></conversation-row>
    </div>`);
    const preview = wrapper.querySelector('recording-player')!;
    const row = wrapper.querySelector<ConversationRow>('conversation-row')!;
    await known(preview);
    // The row's player first, then the preview's started while it is heard.
    await clickOn(row.shadowRoot!.querySelector('.c-play button')!);
    await waitUntil(() => row.shadowRoot!.querySelector('recording-player'), 'row player', { timeout: 10000 });
    const rowPlayer = row.shadowRoot!.querySelector<RecordingPlayerElement>('recording-player')!;
    const rowAudio = (rowPlayer as unknown as { audio: HTMLAudioElement }).audio;
    await waitUntil(() => rowAudio.paused && rowPlayer.currentTime === 0 && toggle(rowPlayer).getAttribute('aria-label') === 'Play recording' && rowAudio.played.length > 0, 'row played through', { timeout: 10000 });
    let rowPausedAt = -1;
    rowAudio.addEventListener('playing', () => preview.play(), { once: true });
    rowAudio.addEventListener('pause', () => (rowPausedAt = rowAudio.currentTime), { once: true });
    await clickOn(toggle(rowPlayer));
    await waitUntil(() => !preview.paused, 'preview plays', { timeout: 10000 });
    await waitUntil(() => rowAudio.paused, 'row paused');
    expect(rowPausedAt, 'the row was stopped before its end').to.be.within(0, 0.9);
  });
});

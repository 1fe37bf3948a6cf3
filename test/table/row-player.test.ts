/**
 * A row's Play: a light button until pressed, then the compact `<recording-player>`, fetched on
 * that first press, playing the local API's WAV. Driven with the real pointer and keys. The player
 * module is not imported here: the first test sees it load.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ConversationRow } from '../../src/components/conversation-row/conversation-row.js';
import type { RecordingPlayerElement } from '../../src/components/recording-player/recording-player.js';
import { getDeepActiveElement } from '../../src/components/shared/deep-focus.js';
import { createMemorySource } from '../../src/data/memory.js';
import type { Conversation } from '../../src/data/types.js';
import { makeConversation } from '../fixtures/conversations.js';
import { mountTable, renderedRows, waitForRows } from './helpers.js';
import { centerOf, clickOn, text } from './pointer.js';

const BROKEN = '/api/recordings/broken.wav';

/** `count` completed calls, each with its own one-second WAV from the local API. */
function calls(count: number, recordingUrl = (index: number) => `/api/recordings/conv_row_${index}.wav`): Conversation[] {
  return Array.from({ length: count }, (_, index) => makeConversation(index, { channel: 'phone', status: 'completed', recordingUrl: recordingUrl(index) }));
}

const playButton = (row: ParentNode) => row.querySelector<HTMLButtonElement>('.c-play button');
const playerOf = (row: ParentNode) => row.querySelector<RecordingPlayerElement>('.c-play recording-player');
const toggleOf = (player: RecordingPlayerElement) => player.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
const sliderOf = (player: RecordingPlayerElement) => player.shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!;
/** The player's audio element (never in the DOM), to watch what it plays. */
/** What has focus, by class and name (a failed comparison of elements would print the whole table). */
const focused = () => {
  const element = getDeepActiveElement();
  return element ? `${element.localName}.${element.className} ${element.getAttribute('aria-label') ?? ''}`.trim() : 'nothing';
};
const describeElement = (element: Element) => `${element.localName}.${element.className} ${element.getAttribute('aria-label') ?? ''}`.trim();
const audioOf = (player: RecordingPlayerElement) => (player as unknown as { audio: HTMLAudioElement }).audio;

/** Resolves once `player` has played its one-second tone to the end and is back at the start. */
async function playedThrough(player: RecordingPlayerElement): Promise<void> {
  const audio = audioOf(player);
  await waitUntil(() => !audio.paused && audio.currentTime > 0, 'playing', { timeout: 10000 });
  await waitUntil(() => toggleOf(player).getAttribute('aria-label') === 'Play recording' && audio.paused && audio.currentTime === 0, 'played to the end', { timeout: 10000 });
}

async function pressPlay(row: ParentNode): Promise<RecordingPlayerElement> {
  await clickOn(playButton(row)!);
  await waitUntil(() => playerOf(row), 'player in the row', { timeout: 15000 });
  const player = playerOf(row)!;
  await player.updateComplete;
  return player;
}

/** The player lies inside its row's box and is no wider than a Duration column. */
function expectFitsRow(row: Element, player: RecordingPlayerElement): void {
  const rowBox = row.getBoundingClientRect();
  const box = player.getBoundingClientRect();
  expect(box.height, 'player height').to.be.greaterThan(20);
  expect(box.top, 'player top inside the row').to.be.at.least(rowBox.top);
  expect(box.bottom, 'player bottom inside the row').to.be.at.most(rowBox.bottom - 1);
  expect(box.width, 'no wider than a Duration column').to.be.at.most(92);
  for (const part of player.shadowRoot!.querySelectorAll('button, [role="slider"], .time, .error')) {
    const partBox = part.getBoundingClientRect();
    expect(partBox.top, `${part.className} top`).to.be.at.least(box.top);
    expect(partBox.bottom, `${part.className} bottom`).to.be.at.most(box.bottom);
    expect(partBox.right, `${part.className} right`).to.be.at.most(box.right + 0.5);
  }
}

describe('a row\'s Play and its <recording-player>', () => {
  it('loads the player on the first press (showing it loads), then plays the WAV with focus on pause, in one row-high box at both densities', async () => {
    expect(customElements.get('recording-player'), 'not loaded before Play').to.equal(undefined);
    const table = await mountTable({ source: createMemorySource(calls(6)), columns: ['play', 'callerName', 'status', 'duration'] });
    await waitForRows(table, 3);
    const row = renderedRows(table)[0];
    expect(playButton(row)!.getAttribute('aria-label')).to.equal('Play recording');
    expect(row.querySelector('recording-player, audio')).to.equal(null);
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('/recording-player/recording-player')), 'player code not fetched').to.equal(false);

    const labels: string[] = [];
    const watcher = new MutationObserver(() => labels.push(playButton(row)?.getAttribute('aria-label') ?? ''));
    watcher.observe(row.querySelector('.c-play')!, { attributes: true, subtree: true, attributeFilter: ['aria-label'] });
    const player = await pressPlay(row);
    watcher.disconnect();
    expect(labels, 'Play said it was loading').to.include('Loading recording…');
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('/recording-player/recording-player'))).to.equal(true);

    const audio = audioOf(player);
    await waitUntil(() => !audio.paused && audio.currentTime > 0, 'the recording plays', { timeout: 10000 });
    expect(focused(), 'focus on the player\'s pause').to.equal(describeElement(toggleOf(player)));
    await waitUntil(() => toggleOf(player).getAttribute('aria-label') === 'Pause recording', 'button says Pause');
    expect(player.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('Recording: Caller 0');
    expect(text(player.shadowRoot!.querySelector('.time'))).to.match(/^0:0[01] \/ 0:01$/);
    expectFitsRow(row, player);
    await expect(table).to.be.accessible();

    // The one-second tone ends: back at the start, Play again, focus still there.
    await waitUntil(() => toggleOf(player).getAttribute('aria-label') === 'Play recording', 'ended', { timeout: 10000 });
    expect(text(player.shadowRoot!.querySelector('.time'))).to.equal('0:00 / 0:01');
    expect(focused()).to.equal(describeElement(toggleOf(player)));

    table.density = 'compact';
    await table.updateComplete;
    await waitUntil(() => row.getBoundingClientRect().height === 32, 'compact rows');
    expectFitsRow(row, player);
    // The table rendered again: focus stays on the player in the cell, not on the cell.
    expect(focused()).to.equal(describeElement(toggleOf(player)));
    await expect(table).to.be.accessible();
  });

  it('seeks with the slider keys and the pointer, showing elapsed and total time', async () => {
    const table = await mountTable({ source: createMemorySource(calls(4)), columns: ['play', 'callerName', 'duration'] });
    await waitForRows(table, 2);
    const row = renderedRows(table)[1];
    const player = await pressPlay(row);
    await playedThrough(player);
    // Tab from the play/pause button reaches the slider.
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(describeElement(sliderOf(player)));
    await sendKeys({ press: 'End' });
    await waitUntil(() => sliderOf(player).getAttribute('aria-valuenow') === '1', 'End moves to the end');
    expect(sliderOf(player).getAttribute('aria-valuetext')).to.equal('0:01 of 0:01');
    expect(text(player.shadowRoot!.querySelector('.time'))).to.equal('0:01 / 0:01');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => sliderOf(player).getAttribute('aria-valuenow') === '0', 'Home moves to the start');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => sliderOf(player).getAttribute('aria-valuenow') === '0.05', 'ArrowRight steps a twentieth');
    // The slider's keys stay with it: the grid's focus did not move to another cell.
    expect(focused()).to.equal(describeElement(sliderOf(player)));
    const opened: string[] = [];
    table.addEventListener('conversation-open', (event) => {
      opened.push(event.conversation.id);
      event.preventDefault();
    });
    const track = player.shadowRoot!.querySelector('.track')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(track.left + track.width * 0.75), Math.round(track.top + track.height / 2)] });
    await waitUntil(() => Math.abs(player.currentTime - 0.75) < 0.05, `pointer seeks to 3/4 (at ${player.currentTime})`);
    await clickOn(player.shadowRoot!.querySelector('.time')!);
    // Clicks on the player are the player's: the row did not open.
    expect(opened).to.deep.equal([]);
  });

  it('shows the error in the row for a file that cannot be played', async () => {
    const table = await mountTable({ source: createMemorySource(calls(3, () => BROKEN)), columns: ['play', 'callerName', 'duration'] });
    await waitForRows(table, 2);
    const row = renderedRows(table)[0];
    const player = await pressPlay(row);
    await waitUntil(() => player.shadowRoot!.querySelector('[role="alert"]'), 'error shown', { timeout: 10000 });
    const alert = player.shadowRoot!.querySelector('[role="alert"]')!;
    expect(text(alert.querySelector('[aria-hidden="true"]')), 'seen in the row').to.equal('Cannot be played');
    expect(text(alert.querySelector('.sr-only')), 'spoken in full').to.equal('This recording cannot be played: the file is missing or damaged.');
    expect(toggleOf(player).getAttribute('aria-disabled')).to.equal('true');
    expectFitsRow(row, player);
    await expect(table).to.be.accessible();
  });

  it('plays one recording at a time: a second row\'s Play stops the first', async () => {
    const table = await mountTable({ source: createMemorySource(calls(4)), columns: ['play', 'callerName', 'duration'] });
    await waitForRows(table, 2);
    const [first, second] = renderedRows(table);
    // The first has played through once; its second run is what the second row interrupts.
    const firstPlayer = await pressPlay(first);
    await playedThrough(firstPlayer);
    const firstAudio = audioOf(firstPlayer);
    // Looping, the one-second tone never ends by itself, however long a busy machine takes to start
    // the second: only the second's start can pause it.
    firstAudio.loop = true;
    let paused = false;
    // The second starts the moment the first is heard again (the page has the user's activation).
    firstAudio.addEventListener('playing', () => playButton(second)!.click(), { once: true });
    firstAudio.addEventListener('pause', () => (paused = true), { once: true });
    await clickOn(toggleOf(firstPlayer));
    await waitUntil(() => playerOf(second) && !audioOf(playerOf(second)!).paused, 'second plays', { timeout: 10000 });
    // The pause event comes in a task of its own after `paused` turns true: wait for the event.
    await waitUntil(() => paused && firstAudio.paused, 'first paused');
    expect(toggleOf(firstPlayer).getAttribute('aria-label')).to.equal('Play recording');
  });

  it('a row reused for another conversation stops the old recording and offers Play for the new one', async () => {
    const [a, b] = calls(2);
    const row = await fixture<ConversationRow>(html`<conversation-row style="width: 600px" .columns=${['play', 'callerName']} .conversation=${a}></conversation-row>`);
    const root = row.shadowRoot!;
    const player = await pressPlay(root);
    const audio = audioOf(player);
    await waitUntil(() => !audio.paused, 'plays', { timeout: 10000 });
    row.conversation = b;
    await row.updateComplete;
    expect(audio.paused, 'the old recording stopped').to.equal(true);
    expect(audio.getAttribute('src'), 'and released').to.equal(null);
    expect(playerOf(root), 'no player of the old conversation').to.equal(null);
    expect(playButton(root)!.getAttribute('aria-label')).to.equal('Play recording');
    expect(text(root.querySelector('.c-callerName'))).to.equal('Caller 1');
  });

  it('a playing row scrolled out of the table stops; scrolled back, it offers Play again', async () => {
    const table = await mountTable({ source: createMemorySource(calls(200)), columns: ['play', 'callerName', 'duration'] });
    await waitForRows(table, 2);
    const row = renderedRows(table)[0];
    const id = row.dataset.id!;
    const player = await pressPlay(row);
    const audio = audioOf(player);
    await waitUntil(() => !audio.paused, 'plays', { timeout: 10000 });
    const body = table.shadowRoot!.querySelector<HTMLElement>('.body')!;
    body.scrollTop = body.scrollHeight / 2;
    await waitUntil(() => !table.shadowRoot!.querySelector(`conversation-row[data-id="${id}"]`), 'row left the DOM');
    expect(audio.paused, 'nothing plays from a row no one sees').to.equal(true);
    expect(audio.getAttribute('src')).to.equal(null);
    body.scrollTop = 0;
    await waitUntil(() => table.shadowRoot!.querySelector(`conversation-row[data-id="${id}"] .c-play button`), 'row back with Play');
    const back = table.shadowRoot!.querySelector(`conversation-row[data-id="${id}"]`)!;
    expect(playButton(back)!.getAttribute('aria-label')).to.equal('Play recording');
    expect(centerOf(playButton(back)!)[1]).to.be.greaterThan(0);
  });
});

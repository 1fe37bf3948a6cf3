/**
 * The reliability harness itself: a watcher that could not see a rejection, or a counter that
 * could not count, would make every test built on it unable to fail.
 */
import { expect } from '@open-wc/testing';
import { sleep } from '../../src/data/http.js';
import { AudioTracker, FetchTracker, GlobalListenerTracker, guarded, pause, TimerTracker, withTrackers } from './harness.js';

async function failureOf(run: () => Promise<void>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return '';
}

describe('reliability harness', () => {
  it('guarded() fails a test on an unhandled rejection, an uncaught error or a console error, and passes a clean one', async () => {
    const rejection = await failureOf(
      guarded(async () => {
        window.dispatchEvent(new PromiseRejectionEvent('unhandledrejection', { promise: Promise.resolve(), reason: new Error('lost') }));
      }, 0),
    );
    expect(rejection).to.contain('unhandled promise rejections');
    expect(rejection).to.contain('lost');
    const uncaught = await failureOf(
      guarded(async () => {
        // Mocha's own window.onerror would fail this test itself; step it aside for the dispatch.
        const mochaHandler = window.onerror;
        window.onerror = null;
        window.dispatchEvent(new ErrorEvent('error', { message: 'kaboom' }));
        window.onerror = mochaHandler;
      }, 0),
    );
    expect(uncaught).to.contain('uncaught errors');
    const consoleError = await failureOf(
      guarded(async () => {
        console.error('an error a support agent would never see');
      }, 0),
    );
    expect(consoleError).to.contain('console errors');
    expect(await failureOf(guarded(async () => console.warn('a warning is not an error'), 0))).to.equal('');
  });

  it('FetchTracker records requests in flight and the AbortError of an aborted one', async () => {
    const fetches = new FetchTracker();
    const aborter = new AbortController();
    const pending = fetches.fetch(`/api/s/harness-${Date.now()}/anyreach/agents`, { signal: aborter.signal }).catch(() => undefined);
    expect(fetches.inFlight).to.equal(1);
    aborter.abort();
    await pending;
    expect(await fetches.calls[0].done).to.equal('AbortError');
    expect(fetches.inFlight).to.equal(0);
  });

  it('TimerTracker counts the widget’s live timers and forgets fired or cleared ones', async () => {
    const timers = new TimerTracker();
    await withTrackers([timers], async () => {
      const aborter = new AbortController();
      const waiting = sleep(60_000, aborter.signal).catch(() => undefined);
      setTimeout(() => undefined, 60_000); // the test's own timer: not the widget's
      expect(timers.count).to.equal(1);
      expect(timers.origins.join()).to.contain('/src/data/http.ts');
      aborter.abort();
      await waiting;
      expect(timers.count).to.equal(0);
      void sleep(1);
      await pause(20);
      expect(timers.count).to.equal(0);
    });
  });

  it('GlobalListenerTracker counts listeners on window and document, including once and signal removal', async () => {
    const listeners = new GlobalListenerTracker();
    await withTrackers([listeners], async () => {
      const start = listeners.count;
      const listener = () => undefined;
      const aborter = new AbortController();
      window.addEventListener('resize', listener);
      document.addEventListener('keydown', listener, { capture: true });
      document.addEventListener('keyup', listener, { signal: aborter.signal });
      window.addEventListener('harness-once', listener, { once: true });
      document.createElement('div').addEventListener('click', listener);
      expect(listeners.count - start).to.equal(4);
      window.removeEventListener('resize', listener);
      document.removeEventListener('keydown', listener, true);
      aborter.abort();
      window.dispatchEvent(new Event('harness-once'));
      expect(listeners.count - start).to.equal(0);
    });
  });

  it('AudioTracker sees audio elements however they are made, and which still play or hold a source', async () => {
    const audio = new AudioTracker();
    await withTrackers([audio], async () => {
      const made = new Audio();
      made.src = '/api/recordings/harness.wav';
      document.createElement('audio');
      expect(audio.created).to.have.length(2);
      expect(audio.active).to.deep.equal([made]);
      made.removeAttribute('src');
      expect(audio.active).to.have.length(0);
    });
    expect(new Audio()).to.be.instanceOf(HTMLAudioElement);
  });
});

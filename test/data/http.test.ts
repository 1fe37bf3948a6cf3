import { expect } from '@open-wc/testing';
import { InboxError, isAbortError } from '../../src/data/errors.js';
import { parseRetryAfter, requestJson, type RetryOptions } from '../../src/data/http.js';
import { apiSession, rejectionOf, unhandledRejectionsDuring } from './api-session.js';

const api = apiSession('http');
const TOKEN = 'ak_demo.sensitive';
const LIST = `${api.anyreach}/core/conversations?limit=2`;
const AUTH = { Authorization: `Bearer ${TOKEN}` };
/** No jitter: retries follow at once unless a Retry-After says otherwise. */
const NO_JITTER: RetryOptions = { random: () => 0 };
const isArray = (body: unknown): body is unknown[] => Array.isArray(body);

function list(init: { retry?: RetryOptions; signal?: AbortSignal; headers?: Record<string, string> } = {}) {
  return requestJson(LIST, { headers: AUTH, validate: isArray, retry: NO_JITTER, ...init });
}

async function inboxError(promise: Promise<unknown>): Promise<InboxError> {
  const error = await rejectionOf(promise);
  expect(error).to.be.instanceOf(InboxError);
  return error as InboxError;
}

describe('requestJson over real HTTP', () => {
  before(() => api.control({ count: 50 }));
  beforeEach(async () => {
    await api.control({ faults: [] });
    await api.clearRequests();
  });

  it('resolves to the JSON body the validator accepts', async () => {
    const rows = await list();
    expect(rows).to.have.length(2);
    const [request] = await api.requests();
    expect(request!.headers.authorization).to.equal(`Bearer ${TOKEN}`);
  });

  it('waits out a 429 Retry-After of one second before trying again, then succeeds', async () => {
    await api.control({ faults: [{ status: 429, retryAfter: 1 }] });
    const started = performance.now();
    const rows = await list();
    expect(performance.now() - started).to.be.at.least(1000);
    expect(rows).to.have.length(2);
    expect(await api.requests()).to.have.length(2);
  });

  it('honours a Retry-After given as an HTTP date', async () => {
    await api.control({ faults: [{ status: 503, retryAfter: new Date(Date.now() + 2000).toUTCString() }] });
    const started = performance.now();
    await list();
    // The date has whole seconds, so the wait is at least one second.
    expect(performance.now() - started).to.be.at.least(900);
    expect(await api.requests()).to.have.length(2);
  });

  it('retries a 503 and resolves with the data of the next answer', async () => {
    await api.control({ faults: [{ status: 503 }] });
    expect(await list()).to.have.length(2);
    expect(await api.requests()).to.have.length(2);
  });

  it('gives up after four attempts with a typed server error', async () => {
    await api.control({ faults: [{ status: 502, times: 10 }] });
    const error = await inboxError(list());
    expect(error.kind).to.equal('server');
    expect(error.status).to.equal(502);
    expect(error.retryable).to.equal(true);
    expect(error.message).to.include('Injected fault');
    expect(await api.requests()).to.have.length(4);
  });

  it('takes its number of attempts from the retry options', async () => {
    await api.control({ faults: [{ status: 504, times: 10 }] });
    await inboxError(list({ retry: { ...NO_JITTER, attempts: 2 } }));
    expect(await api.requests()).to.have.length(2);
  });

  it('reports rate limiting once the retries run out', async () => {
    await api.control({ faults: [{ status: 429, times: 10, body: { detail: 'Slow down' } }] });
    const error = await inboxError(list());
    expect(error.kind).to.equal('rate_limited');
    expect(error.message).to.include('Slow down');
    expect(await api.requests()).to.have.length(4);
  });

  it('stops at once when Retry-After asks for longer than the longest wait', async () => {
    await api.control({ faults: [{ status: 429, retryAfter: 120 }] });
    const error = await inboxError(list());
    expect(error.kind).to.equal('rate_limited');
    expect(await api.requests()).to.have.length(1);
  });

  it('retries a dropped connection, then reports a network error', async () => {
    await api.control({ faults: [{ drop: true, times: 1000 }] });
    // Chromium itself may resend a request whose socket dropped, so the server can see more
    // requests than attempts; count the attempts at the (real) fetch instead.
    let attempts = 0;
    const countingFetch: typeof fetch = (input, init) => {
      attempts += 1;
      return fetch(input, init);
    };
    const error = await inboxError(requestJson(LIST, { headers: AUTH, validate: isArray, retry: NO_JITTER, fetch: countingFetch }));
    expect(error.kind).to.equal('network');
    expect(error.status).to.equal(undefined);
    expect(attempts).to.equal(4);
    expect((await api.requests()).length).to.be.at.least(4);
  });

  for (const [status, kind] of [
    [400, 'config'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [500, 'server'],
  ] as const) {
    it(`types a ${status} answer as ${kind} with the API's message, without retrying`, async () => {
      await api.control({ faults: [{ status, body: { detail: `Reason for ${status}` } }] });
      const error = await inboxError(list());
      expect(error.kind).to.equal(kind);
      expect(error.status).to.equal(status);
      expect(error.message).to.include(`Reason for ${status}`);
      expect(await api.requests()).to.have.length(1);
    });
  }

  it("reads an {\"error\": …} message too (Avoca's spelling)", async () => {
    const error = await inboxError(
      requestJson(`${api.avoca}/inbox/conversations`, { headers: { Authorization: 'Bearer nope' }, validate: isArray }),
    );
    expect(error.kind).to.equal('unauthorized');
    expect(error.message).to.include('Invalid API key');
  });

  it('reports an answer that is not JSON as bad_response, without retrying', async () => {
    await api.control({ faults: [{ status: 200, body: '<html>gateway</html>' }] });
    const error = await inboxError(list());
    expect(error.kind).to.equal('bad_response');
    expect(error.message).to.include('not JSON');
    expect(await api.requests()).to.have.length(1);
  });

  it('reports a JSON answer of the wrong shape as bad_response', async () => {
    const error = await inboxError(requestJson(LIST, { headers: AUTH, validate: (body): body is string => typeof body === 'string' }));
    expect(error.kind).to.equal('bad_response');
    expect(error.message).to.include('expected shape');
  });

  it('hands an empty answer (204) to the validator as undefined', async () => {
    await api.control({ faults: [{ status: 204, body: '' }] });
    const body = await requestJson(LIST, { headers: AUTH, validate: (value): value is undefined => value === undefined });
    expect(body).to.equal(undefined);
  });

  it('retries a POST after a 503 but not after a 502, whose write may have happened', async () => {
    const tags = `${api.avoca}/inbox/conversations/conv_missing/tags`;
    const post = () =>
      requestJson(tags, {
        method: 'POST',
        headers: { Authorization: 'Bearer avk_test', 'X-Workspace-ID': 'ws_demo', 'Content-Type': 'application/json' },
        body: JSON.stringify({ tags: ['vip'] }),
        validate: (body): body is unknown => body !== undefined,
        retry: NO_JITTER,
      });
    await api.control({ faults: [{ status: 503 }] });
    expect((await inboxError(post())).kind).to.equal('not_found');
    expect(await api.requests()).to.have.length(2);

    await api.clearRequests();
    await api.control({ faults: [{ status: 502 }] });
    expect((await inboxError(post())).kind).to.equal('server');
    expect(await api.requests()).to.have.length(1);
  });

  it('rejects with the AbortError when aborted mid-request, never retries, and leaves no unhandled rejection', async () => {
    await api.control({ faults: [{ delayMs: 1500 }] });
    const controller = new AbortController();
    let error: unknown;
    const unhandled = await unhandledRejectionsDuring(async () => {
      setTimeout(() => controller.abort(), 100);
      error = await rejectionOf(list({ signal: controller.signal }));
      // Past the delayed answer: a retry would have reached the server by now.
      await new Promise((resolve) => setTimeout(resolve, 1700));
    });
    expect(isAbortError(error)).to.equal(true);
    expect(unhandled).to.deep.equal([]);
    expect(await api.requests()).to.have.length(1);
  });

  it('rejects at once when aborted during the wait before a retry', async () => {
    await api.control({ faults: [{ status: 503, retryAfter: 10 }] });
    const controller = new AbortController();
    const started = performance.now();
    let error: unknown;
    const unhandled = await unhandledRejectionsDuring(async () => {
      const pending = list({ signal: controller.signal });
      setTimeout(() => controller.abort(), 300);
      error = await rejectionOf(pending);
    });
    expect(isAbortError(error)).to.equal(true);
    expect(performance.now() - started).to.be.below(5000);
    expect(unhandled).to.deep.equal([]);
    expect(await api.requests()).to.have.length(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const error = await rejectionOf(list({ signal: AbortSignal.abort() }));
    expect(isAbortError(error)).to.equal(true);
    expect(await api.requests()).to.have.length(0);
  });

  it('never puts the credential into an error message, even when the API echoes it', async () => {
    await api.control({ faults: [{ status: 401, body: { detail: `Bad credential Bearer ${TOKEN} (${TOKEN})` } }] });
    const error = await inboxError(list());
    expect(error.message).not.to.include(TOKEN);
    expect(error.message).to.include('[credential]');

    await api.control({ faults: [{ drop: true, times: 1000 }] });
    const network = await inboxError(list());
    expect(network.message).not.to.include(TOKEN);
    expect(String(network.cause)).not.to.include(TOKEN);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);

  it('reads delay-seconds and HTTP dates, in milliseconds', () => {
    expect(parseRetryAfter('3', now)).to.equal(3000);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    expect(parseRetryAfter('Thu, 01 Jan 2026 12:00:05 GMT', now)).to.equal(5000);
  });

  it('treats a date in the past as no wait', () => {
    expect(parseRetryAfter('Thu, 01 Jan 2026 11:00:00 GMT', now)).to.equal(0);
  });

  it('ignores a missing or unreadable value', () => {
    for (const value of [null, '', '-1', '1.5', 'soon', 'Thu, 99 Foo 2026 GMT', '5.5']) {
      expect(parseRetryAfter(value, now), String(value)).to.equal(undefined);
    }
  });
});

// @ts-check
/**
 * Live changes of the local API server (README "Live"): per session, a log of created and updated
 * conversations, served to each API as Server-Sent Events with `id:` fields so a client resumes
 * with `Last-Event-ID`; `_live` creates and advances conversations for tests; a traffic simulation
 * makes the demo's list move on its own.
 */
import * as anyreach from './anyreach-routes.mjs';
import * as avoca from './avoca-routes.mjs';
import { authorizeAnyreach, authorizeAvoca } from './auth.mjs';
import { toAnyreach, toAvoca } from './generate.js';
import { HttpError, QueryReader, jsonObject } from './http.mjs';
import { AGENTS, SHORT_SUMMARIES } from './pools.js';
import { createRandom } from './random.js';

/** @typedef {import('./generate.js').StoredConversation} StoredConversation */
/** @typedef {import('./generate.js').Customer} Customer */
/** @typedef {import('./sessions.mjs').Session} Session */
/** @typedef {import('./api.mjs').RouteContext} RouteContext */
/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

/**
 * One change in a session's log; `previous` is the conversation before an update.
 * @typedef {{ id: number, type: 'created' | 'updated', row: StoredConversation, previous?: StoredConversation }} Change
 */

const ANYREACH_STATUSES = ['token_created', 'triggered', 'ringing', 'in_progress', 'completed', 'failed', 'cancelled', 'transferred', 'unanswered'];
const INBOX_STATUSES = ['open', 'pending', 'resolved'];
const CHANNELS = /** @type {const} */ (['telephone', 'webrtc', 'email', 'text']);
const DIRECTIONS = /** @type {const} */ (['inbound', 'outbound']);
const LIVE_STATUSES = new Set(['token_created', 'triggered', 'ringing', 'in_progress']);
const RECORDED_STATUSES = new Set(['completed', 'transferred']);
const VOICE = new Set(['telephone', 'webrtc']);

/** Changes kept per session for resuming; a client further behind is told to reload (`reset`). */
const MAX_LOGGED_CHANGES = 10000;
const MAX_CREATE = 1000;
/** Comment lines keep idle streams open through proxies. */
const HEARTBEAT_MS = 15000;
const DEFAULT_TICK_MS = 1000;
/** Traffic: chance of a new conversation per tick (about one every few seconds at 1 s ticks). */
const NEW_CONVERSATION_CHANCE = 0.3;

/** The live state of each session, created on first use. */
/** @type {WeakMap<Session, LiveState>} */
const states = new WeakMap();

/** @param {Session} session */
function liveState(session) {
  let state = states.get(session);
  if (!state) {
    state = new LiveState(session);
    states.set(session, state);
  }
  return state;
}

class LiveState {
  /** @param {Session} session */
  constructor(session) {
    this.session = session;
    /** @type {Change[]} */
    this.changes = [];
    this.lastId = 0;
    /** @type {Set<EventStream>} */
    this.streams = new Set();
    this.random = createRandom(hashOf(session.name));
    this.createdCount = 0;
    this.clockMs = 0;
    /** @type {Traffic | undefined} */
    this.traffic = undefined;
  }

  /**
   * The instant of the next change: now (whole seconds), strictly after the previous change and
   * the newest conversation, so a created one is always the head of every newest-first order.
   */
  tick() {
    const head = this.session.rows[0];
    this.clockMs = Math.max(Math.floor(Date.now() / 1000) * 1000, this.clockMs + 1000, head ? head.createdMs + 1000 : 0);
    return this.clockMs;
  }

  /**
   * @param {'created' | 'updated'} type
   * @param {StoredConversation} row
   * @param {StoredConversation} [previous]
   */
  record(type, row, previous) {
    this.lastId += 1;
    /** @type {Change} */
    const change = { id: this.lastId, type, row, previous };
    this.changes.push(change);
    if (this.changes.length > MAX_LOGGED_CHANGES) this.changes.shift();
    for (const stream of this.streams) stream.send(change);
  }

  /**
   * Creates a conversation at the head of the list.
   * @param {{ status: string, channel: typeof CHANNELS[number], direction: typeof DIRECTIONS[number] }} spec
   */
  create({ status, channel, direction }) {
    const createdMs = this.tick();
    this.createdCount += 1;
    const row = newConversation(this.random, `conv_live_${String(this.createdCount).padStart(6, '0')}`, createdMs, {
      channel,
      direction,
      customer: this.someCustomer(),
    });
    if (status !== row.status) applyStatus(row, status, createdMs, this.random);
    this.session.insert(row);
    this.record('created', row);
    return row;
  }

  /**
   * Moves a conversation to `status` (an Anyreach call status or an Avoca inbox status).
   * @param {string} id
   * @param {string} status
   */
  advance(id, status) {
    const previous = this.session.find(id);
    if (!previous) throw new HttpError(404, 'Conversation not found');
    const at = this.tick();
    const row = /** @type {StoredConversation} */ (this.session.updateLive(id, (row) => applyStatus(row, status, at, this.random)));
    this.record('updated', row, previous);
    return row;
  }

  /** A customer of the data set with a phone number (or a made-up one for an empty data set). */
  someCustomer() {
    const rows = this.session.rows;
    for (let attempt = 0; attempt < 20 && rows.length > 0; attempt += 1) {
      const { customer } = rows[this.random.int(0, Math.min(rows.length, 2000) - 1)];
      if (customer.phone) return customer;
    }
    return { id: `cust_live_${this.random.hex(6)}`, name: null, phone: `+1415555${String(this.random.int(0, 9999)).padStart(4, '0')}`, email: null, servicetitan_id: null };
  }

  /**
   * Ends the session's open streams, cleanly (`end`) or by destroying their connections (`drop`).
   * @param {'end' | 'drop'} how
   */
  closeStreams(how) {
    for (const stream of [...this.streams]) stream.close(how);
  }
}

/**
 * A new conversation as it starts: a call ringing, or a message thread just in.
 * @param {import('./random.js').Random} random
 * @param {string} id
 * @param {number} createdMs
 * @param {{ channel: typeof CHANNELS[number], direction: typeof DIRECTIONS[number], customer: Customer }} spec
 * @returns {StoredConversation}
 */
function newConversation(random, id, createdMs, { channel, direction, customer }) {
  const agent = random.pick(AGENTS);
  const voice = VOICE.has(channel);
  return {
    id,
    createdMs,
    updatedMs: createdMs,
    lastActivityMs: createdMs,
    resolvedMs: null,
    channel,
    direction,
    status: voice ? 'ringing' : 'completed',
    userId: channel === 'email' ? customer.email ?? `caller.${random.hex(4)}@example.com` : customer.phone,
    agentId: agent.id,
    agent: { id: agent.id, name: agent.name },
    agentVersionId: agent.versions[0] ?? null,
    agentNumber: channel === 'email' ? agent.email : channel === 'webrtc' ? null : agent.phone,
    webWidgetId: channel === 'webrtc' ? 'ww_site_main' : null,
    trunkId: channel === 'telephone' ? 'trunk_twilio_us' : null,
    duration: null,
    userTurnCount: 0,
    summary: voice ? undefined : random.pick(SHORT_SUMMARIES),
    customMetadata: customer.name ? { caller_name: customer.name } : {},
    transcript: { messages: [] },
    recordingDetails: null,
    inboxStatus: 'open',
    priority: 'normal',
    customer,
    assignee: null,
    tags: [],
    messagesCount: 1,
    unreadCount: 1,
    inboxMetadata: channel === 'telephone' ? { call_duration: null, recording_url: null, transcript_available: false } : { thread_id: `live_${random.hex(8)}` },
  };
}

/**
 * Sets an Anyreach status (a call that ends gets its duration, summary and, when answered, a
 * recording) or an Avoca inbox status, at instant `at`.
 * @param {StoredConversation} row
 * @param {string} status
 * @param {number} at
 * @param {import('./random.js').Random} random
 */
function applyStatus(row, status, at, random) {
  row.updatedMs = at;
  row.lastActivityMs = at;
  if (INBOX_STATUSES.includes(status)) {
    row.inboxStatus = /** @type {import('./generate.js').InboxStatus} */ (status);
    row.resolvedMs = status === 'resolved' ? at : null;
    return;
  }
  row.status = status;
  if (LIVE_STATUSES.has(status) || !VOICE.has(row.channel)) return;
  const duration = Math.max(1, Math.round((at - row.createdMs) / 1000));
  const recordingUrl = RECORDED_STATUSES.has(status) ? `/api/recordings/${row.id}.wav` : undefined;
  row.duration = duration;
  row.userTurnCount = RECORDED_STATUSES.has(status) ? random.int(1, 20) : 0;
  row.summary = RECORDED_STATUSES.has(status) ? random.pick(SHORT_SUMMARIES) : null;
  row.recordingDetails = recordingUrl ? { url: recordingUrl, duration, format: 'wav' } : null;
  row.transcript = { messages: [] };
  if (row.channel === 'telephone') row.inboxMetadata = { call_duration: duration, recording_url: recordingUrl ?? null, transcript_available: recordingUrl !== undefined };
}

/**
 * One change as the session's event format spells it (`ready` and `reset` are always named):
 * `named` is `id: <n>` / `event: created|updated` / `data: {"conversation": <list object>, "matches": <bool>}`;
 * `unnamed` puts the type in the data instead, `data: {"type": "created", "conversation": …, "matches": …}`;
 * `unreadable` is a convention no client knows, `event: change` / `data: {"op": "created", "record": …}`.
 * @param {import('./sessions.mjs').EventFormat} format
 * @param {Change} change
 * @param {unknown} conversation the list's wire object
 * @param {boolean} matches
 */
function changeEvent(format, { id, type }, conversation, matches) {
  if (format === 'unnamed') return `id: ${id}\ndata: ${JSON.stringify({ type, conversation, matches })}\n\n`;
  if (format === 'unreadable') return `id: ${id}\nevent: change\ndata: ${JSON.stringify({ op: type, record: conversation })}\n\n`;
  return `id: ${id}\nevent: ${type}\ndata: ${JSON.stringify({ conversation, matches })}\n\n`;
}

/**
 * One open event stream: it gets the session's changes that concern its query, each spelled in
 * the session's event format (`changeEvent`).
 */
export class EventStream {
  /**
   * @param {LiveState} state
   * @param {(row: StoredConversation) => boolean} matches the list route's filters
   * @param {(row: StoredConversation) => unknown} project the list route's wire object
   * @param {number | undefined} resumeAfter the client's `Last-Event-ID`
   */
  constructor(state, matches, project, resumeAfter) {
    this.state = state;
    this.matches = matches;
    this.project = project;
    this.resumeAfter = resumeAfter;
    /** @type {Response | undefined} */
    this.res = undefined;
  }

  /**
   * Answers the request: replays what the client missed, says `ready` with the current id, then
   * sends changes as they happen until either side closes.
   * @param {Request} req
   * @param {Response} res
   */
  respond(req, res) {
    if (res.destroyed || res.writableEnded) return;
    this.res = res;
    req.socket.setNoDelay(true);
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
    const { state } = this;
    if (this.resumeAfter !== undefined) {
      const oldest = state.changes[0]?.id ?? state.lastId + 1;
      // Changes the log no longer holds (or a log from before a restart) were missed: the client must reload.
      if (this.resumeAfter < oldest - 1 || this.resumeAfter > state.lastId) this.write(`event: reset\ndata: {}\n\n`);
      for (const change of state.changes) if (change.id > this.resumeAfter) this.send(change);
    }
    this.write(`id: ${state.lastId}\nevent: ready\ndata: {}\n\n`);
    state.streams.add(this);
    const heartbeat = setInterval(() => this.write(': keep-alive\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    res.on('close', () => {
      clearInterval(heartbeat);
      state.streams.delete(this);
    });
  }

  /**
   * Sends a change if it concerns this stream's query: a created conversation that matches, or
   * an update of one that matched before or matches now.
   * @param {Change} change
   */
  send(change) {
    const matches = this.matches(change.row);
    const concerned = matches || (change.previous !== undefined && this.matches(change.previous));
    if (!concerned) return;
    this.write(changeEvent(this.state.session.eventFormat, change, this.project(change.row), matches));
  }

  /** @param {string} text */
  write(text) {
    if (this.res && !this.res.destroyed && !this.res.writableEnded) this.res.write(text);
  }

  /** @param {'end' | 'drop'} how */
  close(how) {
    if (!this.res) return;
    if (how === 'end') this.res.end();
    else this.res.socket?.destroy();
  }
}

/**
 * `GET {base}/anyreach/core/conversations/stream` with the list's filters (no cursor or limit).
 * @param {RouteContext} context
 */
export function anyreachStream({ session, headers, url }) {
  const { sensitive } = authorizeAnyreach(headers);
  const query = new QueryReader(url.searchParams);
  const filters = anyreach.predicate(query);
  const after = query.instant('created_after') ?? -Infinity;
  const before = query.instant('created_before') ?? Infinity;
  /** @param {StoredConversation} row */
  const matches = (row) => row.createdMs >= after && row.createdMs <= before && filters(row);
  return new EventStream(liveState(session), matches, (row) => toAnyreach(row, { sensitive }), lastEventId(headers));
}

/**
 * `GET {base}/avoca/v1/inbox/conversations/stream` with the list's filters (no offset or limit).
 * @param {RouteContext} context
 */
export function avocaStream({ session, headers, url }) {
  authorizeAvoca(headers, { write: false });
  const matches = avoca.predicate(new QueryReader(url.searchParams));
  return new EventStream(liveState(session), matches, toAvoca, lastEventId(headers));
}

/** @param {import('node:http').IncomingHttpHeaders} headers */
function lastEventId(headers) {
  const value = headers['last-event-id'];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) throw new HttpError(400, 'Invalid Last-Event-ID');
  return Number(value);
}

/**
 * `{base}/_live`: GET answers the session's live status; POST applies, in this order,
 * `{ create: n, status?, channel?, direction? }`, `{ advance: id, status }`, `{ inject: text }`,
 * `{ closeStreams: 'end' | 'drop' }` and `{ traffic: true | false | { tickMs } }`.
 * @param {Session} session
 * @param {string | undefined} method
 * @param {string} body
 */
export function liveControl(session, method, body) {
  const state = liveState(session);
  if (method === 'POST') return { ...applyLiveControl(state, jsonObject(body)), ...liveStatus(state) };
  if (method === 'GET') return liveStatus(state);
  throw new HttpError(405, 'Method not allowed', { Allow: 'GET, POST' });
}

/** @param {LiveState} state */
function liveStatus(state) {
  return { lastEventId: state.lastId, streams: state.streams.size, traffic: state.traffic !== undefined };
}

/**
 * @param {LiveState} state
 * @param {Record<string, unknown>} body
 */
function applyLiveControl(state, body) {
  const { create, advance, inject, closeStreams, traffic } = body;
  const status = optionalOneOf(body, 'status', [...ANYREACH_STATUSES, ...INBOX_STATUSES]);
  /** @type {string[]} */
  const created = [];
  if (create !== undefined) {
    if (typeof create !== 'number' || !Number.isInteger(create) || create < 1 || create > MAX_CREATE) {
      throw new HttpError(400, `create must be an integer from 1 to ${MAX_CREATE}`);
    }
    const channel = optionalOneOf(body, 'channel', CHANNELS) ?? 'telephone';
    const direction = optionalOneOf(body, 'direction', DIRECTIONS) ?? 'inbound';
    for (let n = 0; n < create; n += 1) created.push(state.create({ status: status ?? (VOICE.has(channel) ? 'ringing' : 'completed'), channel, direction }).id);
  }
  if (advance !== undefined) {
    if (typeof advance !== 'string' || advance === '') throw new HttpError(400, 'advance must be a conversation id');
    if (status === undefined) throw new HttpError(400, 'advance needs a status');
    state.advance(advance, status);
  }
  if (inject !== undefined) {
    if (typeof inject !== 'string') throw new HttpError(400, 'inject must be a string');
    // Verbatim, so tests can send what a broken or hostile server would.
    for (const stream of state.streams) stream.write(inject);
  }
  if (closeStreams !== undefined) {
    if (closeStreams !== 'end' && closeStreams !== 'drop') throw new HttpError(400, 'closeStreams must be "end" or "drop"');
    state.closeStreams(closeStreams);
  }
  if (traffic !== undefined) setTraffic(state, traffic);
  return { created };
}

/**
 * @template {string} T
 * @param {Record<string, unknown>} body
 * @param {string} key
 * @param {readonly T[]} allowed
 * @returns {T | undefined}
 */
function optionalOneOf(body, key, allowed) {
  const value = body[key];
  if (value === undefined) return undefined;
  if (!allowed.includes(/** @type {T} */ (value))) throw new HttpError(400, `${key} must be one of ${allowed.join(', ')}`);
  return /** @type {T} */ (value);
}

/**
 * @param {LiveState} state
 * @param {unknown} setting `true`, `false` or `{ tickMs }`
 */
function setTraffic(state, setting) {
  let tickMs = DEFAULT_TICK_MS;
  if (setting !== null && typeof setting === 'object' && !Array.isArray(setting)) {
    const value = /** @type {Record<string, unknown>} */ (setting).tickMs;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 10 || value > 60000) throw new HttpError(400, 'traffic.tickMs must be an integer from 10 to 60000');
    tickMs = value;
  } else if (typeof setting !== 'boolean') {
    throw new HttpError(400, 'traffic must be true, false or { tickMs }');
  }
  state.traffic?.stop();
  state.traffic = setting === false ? undefined : new Traffic(state, tickMs);
}

/**
 * Simulated traffic, for the demo: now and then a new conversation (mostly calls); each call rings
 * for a few ticks, then is answered (or not) and later completes (or is transferred) with a recording.
 */
class Traffic {
  /**
   * @param {LiveState} state
   * @param {number} tickMs
   */
  constructor(state, tickMs) {
    this.state = state;
    /** Calls under way: id → ticks until their next status. */
    /** @type {Map<string, number>} */
    this.calls = new Map();
    this.timer = setInterval(() => {
      try {
        this.step();
      } catch (error) {
        // A failed step must not take the server down; the next tick tries again.
        console.error('Live traffic step failed:', error);
      }
    }, tickMs);
    this.timer.unref();
  }

  step() {
    const { random } = this.state;
    for (const [id, ticks] of this.calls) {
      if (ticks > 1) {
        this.calls.set(id, ticks - 1);
        continue;
      }
      const status = this.state.session.find(id)?.status;
      const next = status === 'ringing' ? (random.chance(0.12) ? 'unanswered' : 'in_progress') : random.chance(0.15) ? 'transferred' : 'completed';
      // A regenerated data set no longer holds the call.
      if (!status) this.calls.delete(id);
      else this.advance(id, next, next === 'in_progress' ? random.int(4, 20) : 0);
    }
    if (random.chance(NEW_CONVERSATION_CHANCE)) {
      const channel = random.chance(0.7) ? random.pick(/** @type {const} */ (['telephone', 'telephone', 'webrtc'])) : random.pick(/** @type {const} */ (['email', 'text']));
      const row = this.state.create({ status: VOICE.has(channel) ? 'ringing' : 'completed', channel, direction: random.chance(0.8) ? 'inbound' : 'outbound' });
      if (VOICE.has(channel)) this.calls.set(row.id, random.int(2, 5));
    }
  }

  /**
   * @param {string} id
   * @param {string} status
   * @param {number} ticks until the next status; 0 when the call has ended
   */
  advance(id, status, ticks) {
    this.state.advance(id, status);
    if (ticks > 0) this.calls.set(id, ticks);
    else this.calls.delete(id);
  }

  stop() {
    clearInterval(this.timer);
  }
}

/**
 * Starts the traffic simulation in a session (the demo's default one).
 * @param {Session} session
 */
export function startTraffic(session) {
  setTraffic(liveState(session), true);
}

/**
 * A 32-bit FNV-1a hash, so each session's simulated data is the same on every run.
 * @param {string} text
 */
function hashOf(text) {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash;
}

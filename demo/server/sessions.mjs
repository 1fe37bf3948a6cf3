// @ts-check
/**
 * Sessions isolate what tests and demos change: data set, writes, faults, latency and the
 * request log. Generated data sets are cached and shared read-only by sessions with the same
 * count and seed; a session copies its row list on its first write and clones only the rows it
 * changes.
 */
import { DEFAULT_COUNT, generateDataset } from './generate.js';
import { HttpError } from './http.mjs';

/** @typedef {import('./generate.js').StoredConversation} StoredConversation */
/** @typedef {import('./generate.js').Dataset} Dataset */

/**
 * The next matching requests answer `status` (with `body`, and `Retry-After` when set), wait
 * `delayMs` first, or lose their connection (`drop`).
 * @typedef {{ status?: number, retryAfter?: number | string, body?: unknown, delayMs?: number, drop?: boolean, truncate?: boolean, times: number, path?: string }} Fault
 */
/** @typedef {typeof OPTIONAL_ROUTES[number]} OptionalRoute */
/** @typedef {typeof EVENT_FORMATS[number]} EventFormat */
/**
 * @typedef {object} LoggedRequest
 * @property {string} method
 * @property {string} path
 * @property {Record<string, string>} query
 * @property {Record<string, string>} headers
 * @property {unknown} [body]
 */

const MAX_COUNT = 200000;
const MAX_DELAY_MS = 60000;
const MAX_LOGGED_REQUESTS = 10000;
const MAX_SESSIONS = 500;
const MAX_CACHED_DATASETS = 4;
/** Routes a session can make answer 404, as a server without them would (see `configure`). */
export const OPTIONAL_ROUTES = /** @type {const} */ (['agents', 'members']);
/**
 * How event streams spell their events (README "Live"): `named` (`event: created`), `unnamed`
 * (`data: {"type": "created", …}`) or `unreadable` (a convention no client knows).
 */
export const EVENT_FORMATS = /** @type {const} */ (['named', 'unnamed', 'unreadable']);

/** A generated data set with its lookups, shared by every session using it. */
class SharedData {
  /** @param {Dataset} dataset */
  constructor(dataset) {
    this.dataset = dataset;
    /** @type {Map<string, number>} */
    this.indexById = new Map(dataset.conversations.map((c, index) => [c.id, index]));
    /** @type {Map<string, Int32Array>} */
    this.orders = new Map();
  }

  /**
   * Row indices sorted by `compare`, computed once per name. Sort keys (timestamps, priority)
   * never change through actions, so one order serves every session.
   * @param {string} name
   * @param {(a: StoredConversation, b: StoredConversation) => number} compare
   */
  order(name, compare) {
    let order = this.orders.get(name);
    if (!order) {
      const rows = this.dataset.conversations;
      order = Int32Array.from(rows.keys()).sort((a, b) => compare(rows[a], rows[b]) || a - b);
      this.orders.set(name, order);
    }
    return order;
  }
}

export class Session {
  /**
   * @param {string} name
   * @param {{ count: number, seed: number }} defaults
   * @param {(count: number, seed: number) => SharedData} load
   */
  constructor(name, defaults, load) {
    this.name = name;
    this.count = defaults.count;
    this.seed = defaults.seed;
    this.latencyMs = 0;
    /** @type {Fault[]} */
    this.faults = [];
    /** @type {LoggedRequest[]} */
    this.requests = [];
    this.load = load;
    /** @type {SharedData | undefined} */
    this.shared = undefined;
    /** This session's rows once it wrote one; until then the shared rows. */
    /** @type {StoredConversation[] | undefined} */
    this.ownRows = undefined;
    this.idCounter = 0;
    /** @type {Set<OptionalRoute>} */
    this.missingRoutes = new Set();
    /** @type {EventFormat} */
    this.eventFormat = 'named';
  }

  /** Generated on first use, so sessions that set a small `count` first never build the default. */
  get data() {
    this.shared ??= this.load(this.count, this.seed);
    return this.shared;
  }

  /** @returns {readonly StoredConversation[]} newest first */
  get rows() {
    return this.ownRows ?? this.data.dataset.conversations;
  }

  /** @param {string} id */
  find(id) {
    const index = this.data.indexById.get(id);
    return index === undefined ? undefined : this.rows[index];
  }

  /**
   * Applies `change` to a copy of the row and keeps the copy; `undefined` for an unknown id.
   * @param {string} id
   * @param {(row: StoredConversation) => void} change
   */
  update(id, change) {
    const index = this.data.indexById.get(id);
    if (index === undefined) return undefined;
    this.ownRows ??= this.data.dataset.conversations.slice();
    const row = { ...this.ownRows[index] };
    change(row);
    this.ownRows[index] = row;
    return row;
  }

  /**
   * Live (live.mjs): `row` becomes the newest conversation (its `createdMs` is at least the
   * head's), in later list reads of both APIs.
   * @param {StoredConversation} row
   */
  insert(row) {
    this.ownData([row, ...this.rows]);
  }

  /**
   * Live (live.mjs): like `update`, for a change that may move the conversation in sort orders
   * (its last activity); `undefined` for an unknown id.
   * @param {string} id
   * @param {(row: StoredConversation) => void} change
   */
  updateLive(id, change) {
    if (this.ownRows === undefined || this.ownRows !== this.data.dataset.conversations) this.ownData(this.rows.slice());
    const row = this.update(id, change);
    this.data.orders.clear();
    return row;
  }

  /**
   * Gives the session data of its own (rows, id lookup, sort orders) over `conversations`,
   * newest first; the shared data set stays untouched.
   * @param {StoredConversation[]} conversations
   */
  ownData(conversations) {
    this.shared = new SharedData({ ...this.data.dataset, conversations });
    this.ownRows = conversations;
  }

  /**
   * Applies a `_control` body: `count`/`seed` regenerate the data (dropping writes), `faults`
   * replaces the pending faults, `latencyMs` delays every answer, `missingRoutes` (a list of
   * `agents`, `members`) makes those routes answer 404 until changed, `eventFormat` sets how
   * streams spell their events.
   * @param {Record<string, unknown>} body
   */
  configure(body) {
    const count = optionalInteger(body, 'count', 0, MAX_COUNT);
    const seed = optionalInteger(body, 'seed', Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    const latencyMs = optionalInteger(body, 'latencyMs', 0, MAX_DELAY_MS);
    const faults = body.faults === undefined ? undefined : parseFaults(body.faults);
    const missingRoutes = body.missingRoutes === undefined ? undefined : parseMissingRoutes(body.missingRoutes);
    const eventFormat = body.eventFormat;
    if (eventFormat !== undefined && !EVENT_FORMATS.includes(/** @type {EventFormat} */ (eventFormat))) {
      throw new HttpError(400, `eventFormat must be one of ${EVENT_FORMATS.join(', ')}`);
    }
    if (count !== undefined || seed !== undefined) {
      this.count = count ?? this.count;
      this.seed = seed ?? this.seed;
      this.shared = undefined;
      this.ownRows = undefined;
    }
    if (latencyMs !== undefined) this.latencyMs = latencyMs;
    if (faults) this.faults = faults;
    if (missingRoutes) this.missingRoutes = missingRoutes;
    if (eventFormat !== undefined) this.eventFormat = /** @type {EventFormat} */ (eventFormat);
    return {
      session: this.name,
      count: this.count,
      seed: this.seed,
      latencyMs: this.latencyMs,
      faults: this.faults,
      missingRoutes: [...this.missingRoutes],
      eventFormat: this.eventFormat,
    };
  }

  /**
   * Takes one use of the first pending fault that matches `path`.
   * @param {string} path
   * @returns {Fault | undefined}
   */
  takeFault(path) {
    const index = this.faults.findIndex((fault) => !fault.path || path.includes(fault.path));
    if (index < 0) return undefined;
    const fault = this.faults[index];
    fault.times -= 1;
    if (fault.times <= 0) this.faults.splice(index, 1);
    return fault;
  }

  /** @param {LoggedRequest} entry */
  log(entry) {
    this.requests.push(entry);
    if (this.requests.length > MAX_LOGGED_REQUESTS) this.requests.shift();
  }

  /**
   * A session-unique id such as `req_default_7`.
   * @param {string} prefix
   */
  nextId(prefix) {
    this.idCounter += 1;
    return `${prefix}_${this.name}_${this.idCounter}`;
  }
}

/**
 * @param {{ count?: number, seed?: number }} [defaults]
 * @returns {(name: string) => Session}
 */
export function createSessionStore({ count = DEFAULT_COUNT, seed = 1 } = {}) {
  /** @type {Map<string, SharedData>} */
  const datasets = new Map();
  /** @type {Map<string, Session>} */
  const sessions = new Map();

  /** @param {number} setCount @param {number} setSeed */
  const load = (setCount, setSeed) => {
    const key = `${setCount}:${setSeed}`;
    let shared = datasets.get(key);
    if (!shared) {
      shared = new SharedData(generateDataset({ count: setCount, seed: setSeed }));
      datasets.set(key, shared);
      // Sessions keep their own data alive; the cache only saves regenerating popular sets.
      if (datasets.size > MAX_CACHED_DATASETS) datasets.delete(/** @type {string} */ (datasets.keys().next().value));
    }
    return shared;
  };

  return (name) => {
    let session = sessions.get(name);
    if (!session) {
      session = new Session(name, { count, seed }, load);
      sessions.set(name, session);
      if (sessions.size > MAX_SESSIONS) sessions.delete(/** @type {string} */ (sessions.keys().next().value));
    }
    return session;
  };
}

/**
 * @param {Record<string, unknown>} body
 * @param {string} key
 * @param {number} min
 * @param {number} max
 */
function optionalInteger(body, key, min, max) {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new HttpError(400, `${key} must be an integer from ${min} to ${max}`);
  }
  return value;
}

/**
 * @param {unknown} value
 * @returns {Set<OptionalRoute>}
 */
function parseMissingRoutes(value) {
  const known = /** @type {readonly unknown[]} */ (OPTIONAL_ROUTES);
  if (!Array.isArray(value) || !value.every((route) => known.includes(route))) {
    throw new HttpError(400, `missingRoutes must be a list of ${OPTIONAL_ROUTES.join(', ')}`);
  }
  return new Set(/** @type {OptionalRoute[]} */ (value));
}

/**
 * @param {unknown} value
 * @returns {Fault[]}
 */
function parseFaults(value) {
  if (!Array.isArray(value)) throw new HttpError(400, 'faults must be an array');
  return value.map((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new HttpError(400, `faults[${index}] must be an object`);
    /** @type {Record<string, unknown>} */
    const raw = item;
    const status = optionalInteger(raw, 'status', 100, 599);
    const delayMs = optionalInteger(raw, 'delayMs', 0, MAX_DELAY_MS);
    const times = optionalInteger(raw, 'times', 1, 1000000) ?? 1;
    const { retryAfter, drop, truncate, path, body } = raw;
    if (retryAfter !== undefined && typeof retryAfter !== 'number' && typeof retryAfter !== 'string') {
      throw new HttpError(400, `faults[${index}].retryAfter must be a number or a string`);
    }
    if (drop !== undefined && typeof drop !== 'boolean') throw new HttpError(400, `faults[${index}].drop must be a boolean`);
    if (truncate !== undefined && typeof truncate !== 'boolean') throw new HttpError(400, `faults[${index}].truncate must be a boolean`);
    if (path !== undefined && typeof path !== 'string') throw new HttpError(400, `faults[${index}].path must be a string`);
    return { status, retryAfter, body, delayMs, drop, truncate, times, path };
  });
}

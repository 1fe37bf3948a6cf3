// @ts-check
/**
 * The local API server's request handler (routes in ./README.md): both APIs per session with
 * their live event streams, session and live control, the request log and recordings. Mounted by the Vite plugin and the test
 * runner's Koa middleware.
 */
import * as anyreach from './anyreach-routes.mjs';
import * as avoca from './avoca-routes.mjs';
import { HttpError, delay, jsonObject, readBody, send, sendJson } from './http.mjs';
import { EventStream, anyreachStream, avocaStream, liveControl, startTraffic } from './live.mjs';
import { createSessionStore } from './sessions.mjs';
import { BROKEN_WAV, toneWav } from './wav.mjs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {import('./sessions.mjs').Session} Session */
/** @typedef {import('./sessions.mjs').Fault} Fault */

/**
 * What a route handler gets.
 * @typedef {object} RouteContext
 * @property {Session} session
 * @property {URL} url
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {Record<string, string>} params path parameters, decoded
 * @property {() => Record<string, unknown>} body the JSON object body (400 otherwise)
 */
/**
 * `optional` names a route a session can turn off (`_control` `missingRoutes`).
 * @typedef {{ method: string, pattern: RegExp, handle: (context: RouteContext) => unknown, optional?: import('./sessions.mjs').OptionalRoute }} Route
 */

/** Routes below `{base}`; a handler's return value is the 200 JSON answer, or an `EventStream` that answers itself. */
/** @type {Route[]} */
const ROUTES = [
  { method: 'GET', pattern: /^\/anyreach\/core\/conversations$/, handle: anyreach.listConversations },
  { method: 'GET', pattern: /^\/anyreach\/core\/conversations\/stream$/, handle: anyreachStream },
  { method: 'GET', pattern: /^\/avoca\/v1\/inbox\/conversations\/stream$/, handle: avocaStream },
  { method: 'GET', pattern: /^\/anyreach\/agents$/, handle: anyreach.listAgents, optional: 'agents' },
  { method: 'GET', pattern: /^\/avoca\/v1\/inbox\/conversations$/, handle: avoca.listConversations },
  { method: 'PUT', pattern: /^\/avoca\/v1\/inbox\/conversations\/(?<id>[^/]+)\/assign$/, handle: avoca.assign },
  { method: 'PUT', pattern: /^\/avoca\/v1\/inbox\/conversations\/(?<id>[^/]+)\/status$/, handle: avoca.setStatus },
  { method: 'POST', pattern: /^\/avoca\/v1\/inbox\/conversations\/(?<id>[^/]+)\/tags$/, handle: avoca.addTags },
  { method: 'POST', pattern: /^\/avoca\/v1\/inbox\/conversations\/(?<id>[^/]+)\/notes$/, handle: avoca.addNote },
  { method: 'GET', pattern: /^\/avoca\/v1\/team\/members$/, handle: avoca.listTeamMembers, optional: 'members' },
];

const SESSION_PATH = /^\/api\/s\/([A-Za-z0-9._~-]{1,100})(\/.*)$/;
const RECORDING_PATH = /^\/api\/recordings\/([A-Za-z0-9_-]{1,128})\.wav$/;
/** Request headers the log keeps, credentials included, so tests can assert header rules. */
const LOGGED_HEADERS = ['authorization', 'x-anyreach-org', 'x-workspace-id', 'last-event-id'];

/** @param {string} pathname */
export function isApiPath(pathname) {
  return pathname.startsWith('/api/');
}

/**
 * A Node `http` request handler for everything under `/api/`; resolves `true` when it answered,
 * `false` for other paths (the caller serves those).
 * @param {{ count?: number, seed?: number, liveTraffic?: boolean }} [options] defaults of new sessions;
 *   `liveTraffic` runs the traffic simulation (README "Live") in the default session
 * @returns {(req: Request, res: Response) => Promise<boolean>}
 */
export function createApiHandler(options = {}) {
  const sessionNamed = createSessionStore(options);
  if (options.liveTraffic) startTraffic(sessionNamed('default'));
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!isApiPath(url.pathname)) return false;
    try {
      await answer(req, res, url, sessionNamed);
    } catch (error) {
      const known = error instanceof HttpError;
      if (!known) console.error('API server error:', error);
      const message = known ? error.message : 'Internal server error';
      sendJson(res, known ? error.status : 500, { [errorKey(url.pathname)]: message }, known ? error.headers : {});
    }
    return true;
  };
}

/**
 * Anyreach answers errors as `{"detail": …}`, everything else as `{"error": …}`.
 * @param {string} pathname
 */
function errorKey(pathname) {
  return /^\/api(\/s\/[^/]+)?\/anyreach\//.test(pathname) ? 'detail' : 'error';
}

const BYTE_RANGE = /^bytes=(\d*)-(\d*)$/;

/**
 * A recording as file storage serves it: with byte ranges (`206`), which a player needs to seek.
 * @param {Request} req
 * @param {Response} res
 * @param {Uint8Array} bytes
 */
function sendRecording(req, res, bytes) {
  const headers = { 'Content-Type': 'audio/wav', 'Accept-Ranges': 'bytes' };
  const range = BYTE_RANGE.exec(req.headers.range ?? '');
  if (!range || (range[1] === '' && range[2] === '')) {
    send(res, 200, bytes, headers);
    return;
  }
  const size = bytes.byteLength;
  const start = range[1] === '' ? Math.max(0, size - Number(range[2])) : Number(range[1]);
  const end = range[1] === '' || range[2] === '' ? size - 1 : Math.min(size - 1, Number(range[2]));
  if (start >= size || start > end) {
    send(res, 416, '', { ...headers, 'Content-Range': `bytes */${size}` });
    return;
  }
  send(res, 206, bytes.subarray(start, end + 1), { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}` });
}

/**
 * @param {Request} req
 * @param {Response} res
 * @param {URL} url
 * @param {(name: string) => Session} sessionNamed
 */
async function answer(req, res, url, sessionNamed) {
  const recording = RECORDING_PATH.exec(url.pathname);
  if (recording && (req.method === 'GET' || req.method === 'HEAD')) {
    const broken = recording[1] === 'broken';
    sendRecording(req, res, broken ? BROKEN_WAV : toneWav(recording[1]));
    return;
  }
  const scoped = SESSION_PATH.exec(url.pathname);
  const session = sessionNamed(scoped ? scoped[1] : 'default');
  const rest = scoped ? scoped[2] : url.pathname.slice('/api'.length);
  const body = await readBody(req);
  if (rest === '/_control' || rest === '/_requests') {
    answerSessionControl(req, res, session, rest, body);
    return;
  }
  if (rest === '/_live') {
    sendJson(res, 200, liveControl(session, req.method, body));
    return;
  }
  session.log(logEntry(req, url, body));
  await answerApi(req, res, session, { url, rest, body });
}

/**
 * `_control` and `_requests`: not logged, never delayed or faulted.
 * @param {Request} req
 * @param {Response} res
 * @param {Session} session
 * @param {string} rest
 * @param {string} body
 */
function answerSessionControl(req, res, session, rest, body) {
  if (rest === '/_control') {
    if (req.method !== 'POST') throw methodNotAllowed('POST');
    sendJson(res, 200, session.configure(jsonObject(body)));
  } else if (req.method === 'GET') {
    sendJson(res, 200, session.requests);
  } else if (req.method === 'DELETE') {
    session.requests = [];
    send(res, 204, '', {});
  } else {
    throw methodNotAllowed('GET, DELETE');
  }
}

/**
 * Applies the session's latency and the next matching fault, then routes.
 * @param {Request} req
 * @param {Response} res
 * @param {Session} session
 * @param {{ url: URL, rest: string, body: string }} request
 */
async function answerApi(req, res, session, { url, rest, body }) {
  const fault = session.takeFault(url.pathname);
  const wait = session.latencyMs + (fault?.delayMs ?? 0);
  if (wait > 0) await delay(wait);
  if (fault?.drop) {
    dropConnection(req);
    return;
  }
  if (fault?.status) {
    sendFault(res, fault);
    return;
  }
  const candidates = ROUTES.filter((route) => route.pattern.test(rest));
  const route = candidates.find((candidate) => candidate.method === req.method);
  if (!route) throw candidates.length ? methodNotAllowed(candidates.map((c) => c.method).join(', ')) : new HttpError(404, 'Not found');
  // As a server without this route answers.
  if (route.optional && session.missingRoutes.has(route.optional)) throw new HttpError(404, 'Not found');
  const params = decodeParams(route.pattern.exec(rest)?.groups);
  const result = route.handle({ session, url, headers: req.headers, params, body: () => jsonObject(body) });
  if (result instanceof EventStream) result.respond(req, res);
  else if (fault?.truncate) sendTruncated(req, res, result);
  else sendJson(res, 200, result);
}

/**
 * Announces the whole JSON body, sends half of it and closes the connection: a body cut short.
 * @param {Request} req
 * @param {Response} res
 * @param {unknown} result
 */
function sendTruncated(req, res, result) {
  const full = Buffer.from(JSON.stringify(result));
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(full.length) });
  res.write(full.subarray(0, Math.floor(full.length / 2)), () => req.socket.destroy());
}

/**
 * Ends the connection without an HTTP answer. A few bytes that are not HTTP go first: a browser
 * silently retries a request whose reused keep-alive connection closed without a byte, and the
 * retry would succeed; an invalid answer is reported to the page as a network error instead.
 * @param {Request} req
 */
function dropConnection(req) {
  const socket = req.socket;
  socket.end('DROPPED\r\n', () => socket.destroy());
}

/**
 * @param {Response} res
 * @param {Fault} fault
 */
function sendFault(res, fault) {
  const status = /** @type {number} */ (fault.status);
  /** @type {Record<string, string>} */
  const headers = {};
  if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
  // A string body goes out verbatim, so tests can inject answers that are not JSON.
  if (typeof fault.body === 'string') send(res, status, fault.body, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
  else sendJson(res, status, fault.body ?? { detail: 'Injected fault' }, headers);
}

/**
 * @param {Record<string, string> | undefined} groups
 * @returns {Record<string, string>}
 */
function decodeParams(groups = {}) {
  try {
    return Object.fromEntries(Object.entries(groups).map(([key, value]) => [key, decodeURIComponent(value)]));
  } catch {
    throw new HttpError(404, 'Not found');
  }
}

/** @param {string} allowed */
function methodNotAllowed(allowed) {
  return new HttpError(405, 'Method not allowed', { Allow: allowed });
}

/**
 * @param {Request} req
 * @param {URL} url
 * @param {string} body
 * @returns {import('./sessions.mjs').LoggedRequest}
 */
function logEntry(req, url, body) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const name of LOGGED_HEADERS) {
    const value = req.headers[name];
    if (value !== undefined) headers[name] = String(value);
  }
  /** @type {import('./sessions.mjs').LoggedRequest} */
  const entry = { method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers };
  if (body) entry.body = parseOrText(body);
  return entry;
}

/** @param {string} text */
function parseOrText(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

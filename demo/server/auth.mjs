// @ts-check
/**
 * Credential rules of the demo server (README "Credentials"). The secret of a demo credential
 * names its scope: `ak_demo.read`, `ak_demo.sensitive`, `pat_manage`…
 */
import { ORGANIZATION_ID } from './generate.js';
import { HttpError } from './http.mjs';

export const WORKSPACE_ID = 'ws_demo';
const READONLY_AVOCA_KEY = 'avk_readonly';

/** Secret → what it may read. Every scope reads; only these two see sensitive fields. */
const ANYREACH_SCOPES = /** @type {const} */ ({
  read: { sensitive: false },
  sensitive: { sensitive: true },
  manage: { sensitive: true },
});

/** @typedef {import('node:http').IncomingHttpHeaders} Headers */

/** @param {Headers} headers */
function bearer(headers) {
  const match = /^Bearer (\S+)$/.exec(headers.authorization ?? '');
  return match?.[1];
}

/**
 * @param {string} secret
 * @param {string} what
 */
function scopeOf(secret, what) {
  const scope = Object.hasOwn(ANYREACH_SCOPES, secret) ? ANYREACH_SCOPES[/** @type {keyof typeof ANYREACH_SCOPES} */ (secret)] : undefined;
  if (!scope) throw new HttpError(401, `Invalid ${what}.`);
  return scope;
}

/**
 * Checks an Anyreach request; throws the documented 400/401/403.
 * @param {Headers} headers
 * @returns {{ sensitive: boolean }}
 */
export function authorizeAnyreach(headers) {
  const credential = bearer(headers);
  const org = headers['x-anyreach-org'];
  const orgKey = credential && /^ak_[A-Za-z0-9]+\.(\w+)$/.exec(credential);
  if (orgKey) {
    const scope = scopeOf(orgKey[1], 'API key');
    if (org !== undefined) throw new HttpError(400, 'Org API keys must not send X-Anyreach-Org.');
    return scope;
  }
  const personal = credential && /^pat_(\w+)$/.exec(credential);
  if (!personal) throw new HttpError(401, 'Not authenticated');
  const scope = scopeOf(personal[1], 'token');
  if (!org) throw new HttpError(401, 'Token is missing organization claim.');
  if (org !== ORGANIZATION_ID) throw new HttpError(403, 'Token has no access to this organization.');
  return scope;
}

/**
 * Checks an Avoca request; throws 401 (key) or 403 (workspace, or a write with the read-only key).
 * @param {Headers} headers
 * @param {{ write: boolean }} options
 */
export function authorizeAvoca(headers, { write }) {
  const key = bearer(headers);
  if (!key || !/^avk_\S+$/.test(key)) throw new HttpError(401, 'Invalid API key');
  if (headers['x-workspace-id'] !== WORKSPACE_ID) throw new HttpError(403, 'Unknown or missing workspace');
  if (write && key === READONLY_AVOCA_KEY) throw new HttpError(403, 'This API key is read-only');
}

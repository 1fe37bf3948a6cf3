/** Shared helpers of the local API server tests: sessions, credentials and JSON requests. */

export const ANYREACH = { Authorization: 'Bearer ak_demo.sensitive' };
export const AVOCA = { Authorization: 'Bearer avk_test', 'X-Workspace-ID': 'ws_demo' };

/** `/api/s/<name>-<random>`: a session no other test file shares. */
export function newSession(name: string): string {
  return `/api/s/${name}-${Math.random().toString(36).slice(2, 10)}`;
}

export interface JsonAnswer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** Fetches and parses a JSON answer, whatever its status. */
export async function requestJson<T = any>(url: string, init: RequestInit = {}): Promise<JsonAnswer<T>> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** (Re)configures a session through `_control`. */
export async function control(base: string, body: Record<string, unknown>): Promise<void> {
  const answer = await requestJson(`${base}/_control`, { method: 'POST', body: JSON.stringify(body) });
  if (answer.status !== 200) throw new Error(`_control answered ${answer.status}: ${JSON.stringify(answer.body)}`);
}

/** Base64 of a `created_at`, as the Anyreach cursor wants it. */
export function cursorOf(createdAt: string): string {
  return btoa(createdAt);
}

export function anyreachUrl(base: string, params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)]));
  return `${base}/anyreach/core/conversations?${query}`;
}

export function avocaUrl(base: string, params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)]));
  return `${base}/avoca/v1/inbox/conversations?${query}`;
}

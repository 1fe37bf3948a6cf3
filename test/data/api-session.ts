/**
 * One isolated session of the local API server (demo/server) per test file: its own data set,
 * faults and request log, so files running side by side never see each other.
 */
export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: { authorization?: string; 'x-anyreach-org'?: string; 'x-workspace-id'?: string };
  body?: unknown;
}

export interface Fault {
  status?: number;
  retryAfter?: number | string;
  body?: unknown;
  delayMs?: number;
  drop?: boolean;
  times?: number;
  path?: string;
}

export interface ApiSession {
  /** `/api/s/<name>`. */
  base: string;
  /** Base URL for the Anyreach source. */
  anyreach: string;
  /** Base URL for the Avoca source. */
  avoca: string;
  control(settings: {
    count?: number;
    seed?: number;
    faults?: Fault[];
    latencyMs?: number;
    /** Routes that answer 404 until changed, as on a server without them. */
    missingRoutes?: ('agents' | 'members')[];
    /** How event streams spell their events (demo/server/README.md "Live"). */
    eventFormat?: 'named' | 'unnamed' | 'unreadable';
  }): Promise<void>;
  requests(): Promise<LoggedRequest[]>;
  clearRequests(): Promise<void>;
}

export function apiSession(prefix: string): ApiSession {
  const base = `/api/s/${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const ok = (response: Response) => {
    if (!response.ok) throw new Error(`Session control failed with HTTP ${response.status}`);
    return response;
  };
  return {
    base,
    anyreach: `${base}/anyreach`,
    avoca: `${base}/avoca/v1`,
    async control(settings) {
      ok(await fetch(`${base}/_control`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(settings) }));
    },
    async requests() {
      return (await ok(await fetch(`${base}/_requests`)).json()) as LoggedRequest[];
    },
    async clearRequests() {
      ok(await fetch(`${base}/_requests`, { method: 'DELETE' }));
    },
  };
}

/** The rejection of `promise` (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject, but it resolved.');
}

/** Collects `unhandledrejection` events while `run` runs and a little after, so late ones show too. */
export async function unhandledRejectionsDuring(run: () => Promise<void>, settleMs = 300): Promise<unknown[]> {
  const seen: unknown[] = [];
  const listener = (event: PromiseRejectionEvent) => seen.push(event.reason);
  window.addEventListener('unhandledrejection', listener);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, settleMs));
  } finally {
    window.removeEventListener('unhandledrejection', listener);
  }
  return seen;
}

/**
 * A feature's module loaded on first use. In the script-tag bundle each dynamic `import()` is a
 * chunk beside the bundle, fetched relative to the bundle's own URL. One request serves every
 * caller; a failed load is forgotten, so using the feature again (a Retry) fetches it again.
 */
export interface Lazy<T> {
  /** The module, loading it on the first call; rejects when its chunk cannot be fetched. */
  load(): Promise<T>;
  /** Whether it is being fetched: the control that asked shows a pending state meanwhile. */
  readonly pending: boolean;
  /** The module once loaded, for callers that act at once when they can. */
  readonly value?: T;
}

export function lazy<T>(importModule: () => Promise<T>): Lazy<T> {
  let loading: Promise<T> | undefined;
  let pending = false;
  let value: T | undefined;
  return {
    load() {
      if (!loading) {
        pending = true;
        const started = importModule()
          .then((module) => (value = module))
          .finally(() => (pending = false));
        // Forgotten on failure (the caller handles the rejection), so the next use tries again.
        started.catch(() => loading === started && (loading = undefined));
        loading = started;
      }
      return loading;
    },
    get pending() {
      return pending;
    },
    get value() {
      return value;
    },
  };
}

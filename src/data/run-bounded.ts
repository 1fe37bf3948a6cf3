/**
 * Runs a task for every item with at most `concurrency` in flight, reporting progress, collecting
 * per-item failures instead of stopping at the first, and starting nothing new once aborted.
 */
export interface BoundedResult<T> {
  succeeded: T[];
  failed: { item: T; error: unknown }[];
}

export async function runBounded<T>(
  items: readonly T[],
  task: (item: T) => Promise<unknown>,
  options: { concurrency?: number; signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<BoundedResult<T>> {
  const { concurrency = 4, signal, onProgress } = options;
  const result: BoundedResult<T> = { succeeded: [], failed: [] };
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !signal?.aborted) {
      const item = items[next];
      next += 1;
      try {
        await task(item);
        result.succeeded.push(item);
      } catch (error) {
        result.failed.push({ item, error });
      }
      done += 1;
      onProgress?.(done, items.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return result;
}

// Small helpers shared by the benchmarks.

/** Runs `fn` and returns its result with the milliseconds it took. */
export function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

/** Awaits `fn` and returns its result with the milliseconds it took. */
export async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

/** Bytes as kilobytes (1024), one decimal. */
export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

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

// In a page of the explorer: a facet toggle (the last checkbox), from the tap to the frame after the page has drawn the change: Svelte updates
// the DOM in the task of the tap, so the second animation frame after it comes once the
// filtered facets, totals, chart and table are on screen.
export const TOGGLE = `(async () => {
  const boxes = document.querySelectorAll('main fieldset input[type=checkbox]');
  const box = boxes[boxes.length - 1];
  const started = performance.now();
  box.click();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return performance.now() - started;
})()`;

// The little of jsdom the benchmarks use (the package ships no types; tests get it through Vitest).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    window: Window & typeof globalThis;
  }
}

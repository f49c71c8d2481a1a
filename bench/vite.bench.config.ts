// The app's own build config, with one page more for bench:browser's baseline: a bare page
// (`bench-bare.html`), written into the build before the service worker's precache list is made,
// so that a later visit can load it from the precache exactly as it loads the app's own page.
import { mergeConfig, type Plugin } from 'vite';
import config from '../vite.config.ts';

/** What the bare page holds: the element the runner waits for, and nothing to load or run. */
export const BARE_PAGE = '<!doctype html><title>bare</title><main><article>bare</article></main>\n';

const barePage: Plugin = {
  name: 'bench-bare-page',
  apply: 'build',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'bench-bare.html', source: BARE_PAGE });
  },
};

export default mergeConfig(config, { plugins: [barePage] });

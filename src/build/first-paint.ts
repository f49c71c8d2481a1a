// A later visit's first screen without a round trip: the page's own stylesheet and the small
// script that draws the first screen kept from the last visit (public/first-screen.js) are
// written into index.html itself at build time. Each was a request the service worker had to
// answer before anything could be drawn (the script waits for the stylesheet), about 40 ms of a
// 60 ms first card on a 2-core machine. The security policy allows exactly these two by their
// hashes (src/build/csp.ts). Build only: the dev server serves both as files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputAsset } from 'rollup';
import type { Plugin, ResolvedConfig } from 'vite';

/** The first-screen script's tag in index.html. */
const FIRST_SCREEN_TAG = /<script src="\/first-screen\.js"><\/script>/;

export function inlineFirstPaint(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'sortie-inline-first-paint',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        // the entry's stylesheet: one link, to a CSS file of this build
        const links = [...html.matchAll(/<link rel="stylesheet"(?: crossorigin)? href="([^"]+)">/g)];
        if (links.length !== 1) throw new Error(`index.html: expected the entry's one stylesheet link, found ${links.length}`);
        const [link, href] = links[0]! as unknown as [string, string];
        const asset = bundle[href.slice(config.base.length)] as OutputAsset | undefined;
        if (asset?.type !== 'asset') throw new Error(`index.html: ${href} is not a stylesheet of this build`);
        const css = String(asset.source);
        // a relative url() would resolve against the page, not /assets/, once inlined
        if (/url\(\s*['"]?(?![a-z]+:|\/|#)/i.test(css)) throw new Error(`${href}: a relative url() cannot be inlined into index.html`);
        if (/<\/style/i.test(css)) throw new Error(`${href}: holds "</style", which would end the inlined stylesheet`);
        const script = readFileSync(join(config.publicDir, 'first-screen.js'), 'utf8');
        if (/<\/script/i.test(script)) throw new Error('first-screen.js: holds "</script", which would end the inlined script');
        if (!FIRST_SCREEN_TAG.test(html)) throw new Error('index.html: the first-screen script tag is missing');
        return html.replace(link, () => `<style>${css}</style>`).replace(FIRST_SCREEN_TAG, () => `<script>${script}</script>`);
      },
    },
  };
}

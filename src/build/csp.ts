// The Content-Security-Policy every built page carries: no inline script or style but the
// page's own, each allowed by its hash, and no origin but the app's own for anything. Added at
// build time only, because Vite's dev server injects inline styles that a strict policy would
// block.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The CSP's base64 sha256 source for an inline element's exact text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy for a page: `CONTENT_SECURITY_POLICY`, with each inline script and stylesheet of the
 * page allowed by its hash and nothing else inline (no 'unsafe-inline').
 */
export function policyFor(html: string): string {
  const inline = (tag: 'script' | 'style') =>
    [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => hashSource(match[1]!));
  const scripts = inline('script');
  const styles = inline('style');
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", ["script-src 'self'", ...scripts].join(' ')).replace(
    "style-src 'self'",
    ["style-src 'self'", ...styles].join(' '),
  );
}

/** Puts the policy first in every built page, once the page's inline elements are final. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'sortie-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policyFor(html) },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

// The web app manifest: what the phone shows when Sortie is installed. Icons are added by
// vite-plugin-pwa's assets generator from public/icon.svg (see vite.config.ts).
import type { ManifestOptions } from 'vite-plugin-pwa';

export const THEME_COLOR = '#1d3557';

export const webManifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Sortie: defence-technology news, offline',
  short_name: 'Sortie',
  description:
    'An offline reader for defence-technology news, with a helicopter-contract explorer. Works with no network.',
  lang: 'en',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: THEME_COLOR,
  background_color: '#fdfcf9',
  categories: ['news', 'books'],
  screenshots: [
    {
      src: 'screenshots/narrow-latest.png',
      sizes: '720x1480',
      type: 'image/png',
      form_factor: 'narrow',
      label: 'The latest articles, stored on the phone',
    },
    {
      src: 'screenshots/wide-article.png',
      sizes: '1280x800',
      type: 'image/png',
      form_factor: 'wide',
      label: 'Reading an article offline',
    },
  ],
  shortcuts: [
    { name: 'Latest articles', short_name: 'Latest', url: '/', description: 'The article list' },
    {
      name: 'Contract explorer',
      short_name: 'Explorer',
      url: '/explorer',
      description: 'Helicopter contracts named in the articles',
    },
    { name: 'Settings', short_name: 'Settings', url: '/settings', description: 'Theme, text size, storage, offline status' },
  ],
};

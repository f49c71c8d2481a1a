import type { ContentManifest, ContentPack, PackRef } from '../content/article.ts';

const base = import.meta.env.BASE_URL;

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(base + path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The manifest of the content bundled with this version of the app. */
export function fetchManifest(): Promise<ContentManifest> {
  return fetchJson<ContentManifest>('content/manifest.json');
}

/** One content pack named by the manifest. */
export function fetchPack(ref: PackRef): Promise<ContentPack> {
  return fetchJson<ContentPack>(ref.file);
}

// Runes need the client compile of this file, which the jsdom environment selects.
// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPreferences, savePreference } from '../../../src/lib/db/preferences.ts';
import { createDb, type SortieDb } from '../../../src/lib/db/schema.ts';
import {
  MIRROR_KEY,
  ReaderPreferences,
  TEXT_SIZE_REM,
} from '../../../src/lib/state/preferences.svelte.ts';

const root = document.documentElement;
let db: SortieDb;

beforeEach(() => {
  db = createDb('test-' + crypto.randomUUID());
});

afterEach(async () => {
  delete root.dataset.theme;
  root.style.removeProperty('--text-size');
  localStorage.clear();
  await db.delete();
});

describe('ReaderPreferences', () => {
  it('applies a chosen theme to the document, stores it and mirrors it', async () => {
    const preferences = new ReaderPreferences(db);
    await preferences.setTheme('dark');
    expect(preferences.theme).toBe('dark');
    expect(root.dataset.theme).toBe('dark');
    expect((await loadPreferences(db)).theme).toBe('dark');
    expect(JSON.parse(localStorage.getItem(MIRROR_KEY)!)).toEqual({ theme: 'dark', textSize: 'medium' });

    await preferences.setTheme('system');
    expect(root.dataset.theme).toBeUndefined();
    expect(root.hasAttribute('data-theme')).toBe(false);
  });

  it('sets --text-size for each text size', async () => {
    const preferences = new ReaderPreferences(db);
    expect(TEXT_SIZE_REM).toEqual({
      small: '0.9375rem',
      medium: '1.0625rem',
      large: '1.1875rem',
      'x-large': '1.375rem',
    });
    for (const size of ['small', 'medium', 'large', 'x-large'] as const) {
      await preferences.setTextSize(size);
      expect(root.style.getPropertyValue('--text-size')).toBe(TEXT_SIZE_REM[size]);
    }
  });

  it('load() applies what IndexedDB holds and refreshes the mirror', async () => {
    await savePreference(db, 'theme', 'light');
    await savePreference(db, 'textSize', 'large');
    const preferences = new ReaderPreferences(db);
    await preferences.load();
    expect([preferences.theme, preferences.textSize]).toEqual(['light', 'large']);
    expect(root.dataset.theme).toBe('light');
    expect(root.style.getPropertyValue('--text-size')).toBe('1.1875rem');
    expect(JSON.parse(localStorage.getItem(MIRROR_KEY)!)).toEqual({ theme: 'light', textSize: 'large' });
  });

  it('applyEarly() uses the mirror synchronously, ignoring values it does not know', () => {
    localStorage.setItem(MIRROR_KEY, JSON.stringify({ theme: 'dark', textSize: 'huge' }));
    const preferences = new ReaderPreferences(db);
    preferences.applyEarly();
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.getPropertyValue('--text-size')).toBe(TEXT_SIZE_REM.medium);

    localStorage.setItem(MIRROR_KEY, '{not json');
    expect(() => new ReaderPreferences(db).applyEarly()).not.toThrow();
  });

  it('a choice made while load() is still reading is not undone by it', async () => {
    await savePreference(db, 'theme', 'light');
    const preferences = new ReaderPreferences(db);
    const loading = preferences.load();
    await preferences.setTheme('dark');
    await loading;
    expect(preferences.theme).toBe('dark');
    expect(root.dataset.theme).toBe('dark');
  });
});

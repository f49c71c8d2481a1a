import {
  DEFAULT_PREFERENCES,
  isPreferenceValue,
  loadPreferences,
  parsePreferences,
  savePreference,
  type Preferences,
  type TextSize,
  type Theme,
} from '../db/preferences.ts';
import { db as defaultDb, type SortieDb } from '../db/schema.ts';

/** The value `--text-size` takes for each text size. */
export const TEXT_SIZE_REM: Readonly<Record<TextSize, string>> = {
  small: '0.9375rem',
  medium: '1.0625rem',
  large: '1.1875rem',
  'x-large': '1.375rem',
};

/**
 * A synchronous copy of the preferences, read before the app mounts so the first paint has
 * the right theme. IndexedDB stays the source of truth.
 */
export const MIRROR_KEY = 'sortie:preferences';

/** The reader's theme and text size, applied to the document and kept in IndexedDB. */
export class ReaderPreferences {
  #theme = $state<Theme>(DEFAULT_PREFERENCES.theme);
  #textSize = $state<TextSize>(DEFAULT_PREFERENCES.textSize);
  #db: SortieDb;
  /** Bumped by every change the reader makes, so a slow load() does not undo one. */
  #changes = 0;

  constructor(db: SortieDb = defaultDb) {
    this.#db = db;
  }

  get theme() {
    return this.#theme;
  }

  get textSize() {
    return this.#textSize;
  }

  /** Applies the mirrored preferences at once, before IndexedDB has answered. */
  applyEarly() {
    const mirrored = readMirror();
    if (mirrored) this.#set(mirrored, false);
  }

  /**
   * Reads the preferences from IndexedDB and applies them. If IndexedDB cannot be read, the
   * mirrored (or default) preferences stay in force: appearance is not worth failing over.
   */
  async load() {
    const changes = this.#changes;
    let stored: Preferences;
    try {
      stored = await loadPreferences(this.#db);
    } catch {
      return;
    }
    if (changes === this.#changes) this.#set(stored, true);
  }

  setTheme(theme: Theme) {
    return this.#change('theme', theme);
  }

  setTextSize(textSize: TextSize) {
    return this.#change('textSize', textSize);
  }

  async #change<K extends keyof Preferences>(key: K, value: Preferences[K]) {
    if (!isPreferenceValue(key, value)) throw new RangeError(`${String(value)} is not a ${key}`);
    this.#changes++;
    this.#set({ theme: this.#theme, textSize: this.#textSize, [key]: value }, true);
    await savePreference(this.#db, key, value);
  }

  #set(next: Preferences, mirror: boolean) {
    this.#theme = next.theme;
    this.#textSize = next.textSize;
    applyToDocument(next);
    if (mirror) writeMirror(next);
  }
}

/** Sets `data-theme` (absent for "system") and `--text-size` on the root element. */
export function applyToDocument({ theme, textSize }: Preferences, root = document.documentElement) {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  root.style.setProperty('--text-size', TEXT_SIZE_REM[textSize]);
}

function readMirror(): Preferences | null {
  try {
    const text = localStorage.getItem(MIRROR_KEY);
    return text === null ? null : parsePreferences(JSON.parse(text));
  } catch {
    // Storage disabled or a mangled value: IndexedDB will answer shortly.
    return null;
  }
}

function writeMirror(preferences: Preferences) {
  try {
    localStorage.setItem(MIRROR_KEY, JSON.stringify(preferences));
  } catch {
    // Storage disabled or full: only the first paint of the next visit is affected.
  }
}

export const preferences = new ReaderPreferences();

/** Call before mounting: applies the last known theme and text size with no flash. */
export function applyStoredPreferencesEarly() {
  preferences.applyEarly();
}

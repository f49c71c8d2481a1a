import type { SortieDb } from './schema.ts';

/** The colour scheme: follow the system, or force one. */
export type Theme = 'system' | 'light' | 'dark';
/** The size of body text. */
export type TextSize = 'small' | 'medium' | 'large' | 'x-large';

/** The reader's appearance preferences. */
export interface Preferences {
  theme: Theme;
  textSize: TextSize;
}

export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
export const TEXT_SIZES: readonly TextSize[] = ['small', 'medium', 'large', 'x-large'];

export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({
  theme: 'system',
  textSize: 'medium',
});

const ALLOWED: { [K in keyof Preferences]: readonly Preferences[K][] } = {
  theme: THEMES,
  textSize: TEXT_SIZES,
};

/** Whether `value` is something preference `key` may hold. */
export function isPreferenceValue<K extends keyof Preferences>(
  key: K,
  value: unknown,
): value is Preferences[K] {
  return (ALLOWED[key] as readonly unknown[]).includes(value);
}

/**
 * Preferences from untrusted input (an old row, a hand-edited mirror): each value that is not
 * one the app knows falls back to its default on its own.
 */
export function parsePreferences(raw: unknown): Preferences {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    theme: isPreferenceValue('theme', source.theme) ? source.theme : DEFAULT_PREFERENCES.theme,
    textSize: isPreferenceValue('textSize', source.textSize)
      ? source.textSize
      : DEFAULT_PREFERENCES.textSize,
  };
}

/** The stored preferences, with defaults for any that are missing or not understood. */
export async function loadPreferences(db: SortieDb): Promise<Preferences> {
  const rows = await db.settings.bulkGet(['theme', 'textSize']);
  return parsePreferences({ theme: rows[0]?.value, textSize: rows[1]?.value });
}

/** Stores one preference; the only writer of the settings table. */
export async function savePreference<K extends keyof Preferences>(
  db: SortieDb,
  key: K,
  value: Preferences[K],
): Promise<void> {
  if (!isPreferenceValue(key, value)) {
    throw new RangeError(`${String(value)} is not a ${key} the app knows`);
  }
  await db.settings.put({ key, value });
}

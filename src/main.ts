import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { fileBackupStore, keepBackup, restoredText, restoreAfterWipe, writeBackup } from './lib/db/backup.ts';
import { remineImports } from './lib/db/imports.ts';
import { db } from './lib/db/schema.ts';
import { appUpdates } from './lib/pwa/service-worker.svelte.ts';
import { installPrompt } from './lib/pwa/install.svelte.ts';
import { followArticleChanges } from './lib/search/search-state.svelte.ts';
import { dismissFirstScreen } from './lib/state/first-screen.ts';
import { library } from './lib/state/library.svelte.ts';
import { applyStoredPreferencesEarly, preferences } from './lib/state/preferences.svelte.ts';

const root = document.getElementById('app')!;
/** The longest a first screen kept from the last visit stands in for the app. */
const FIRST_SCREEN_MAX_MS = 3_000;

// Framed by another site's page (a server that sends the headers forbids it; one that does not
// cannot), Sortie starts nothing and offers to open itself in its own window: a page on top
// could lead a reader to click Reset or import unseen.
if (window.top !== window.self) {
  const note = document.createElement('p');
  const link = Object.assign(document.createElement('a'), { href: location.href, target: '_blank', rel: 'noopener', textContent: 'Open Sortie in its own window' });
  note.append('Sortie does not run inside another page. ', link, '.');
  root.replaceChildren(note);
} else {
  // The theme and text size from the last visit, before the first paint (no inline script may do it).
  applyStoredPreferencesEarly();
  void preferences.load();
  // Early, so the browser's one beforeinstallprompt event is caught.
  installPrompt.start();

  // Bring the bundled articles into IndexedDB; views read from there and fill in as it lands.
  void library.sync();
  // The reader's data has a copy outside the database, for the day the browser empties it
  // (after a full disk): brought back first, then kept in step.
  void backUpReaderData();
  // Articles the reader imported before this version of the extractor are mined again, once.
  void remineImports(db).catch((error: unknown) => console.warn('Sortie could not mine imported articles again:', error));
  // The search index follows every change to the stored articles (a no-op until search is used).
  followArticleChanges();
  appUpdates.start();
  // A newer version in another tab upgraded the database: Dexie closes ours so that upgrade can
  // go ahead (nothing is lost: every write is already committed); offer a reload to catch up.
  db.on('versionchange', () => {
    appUpdates.databaseUpgradedElsewhere();
  });

  mount(App, { target: root });
  // The first screen kept from the last visit (public/first-screen.js) gives way to the app's
  // Latest page as soon as it is drawn, and in any case soon, so the app's own notices show.
  setTimeout(dismissFirstScreen, FIRST_SCREEN_MAX_MS);
}

async function backUpReaderData() {
  const store = fileBackupStore();
  if (!store) return;
  try {
    const restored = await restoreAfterWipe(db, store);
    if (restored) library.notice = restoredText(restored);
  } catch (error) {
    // the copy could not be brought back (a full disk?): leave it untouched for the next start
    console.warn('Sortie could not bring back its copy of your data:', error);
    return;
  }
  const state = await writeBackup(db, store).catch((error: unknown) => {
    console.warn('Sortie could not update its copy of your data:', error);
    return null;
  });
  keepBackup(db, store, undefined, state);
}

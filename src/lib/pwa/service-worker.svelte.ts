import { Workbox } from 'workbox-window';

/** Why the app could not be saved for offline use, and what to do: Settings and the prompt both say it. */
export const INSTALL_FAILED_WHY =
  'the app could not be saved on this device (most often for lack of storage space). Free some space; it tries again on the next visit.';

/** How often an open app asks the server for a new version (besides whenever it becomes visible). */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * The service worker as the reader sees it: whether the app is ready offline, and whether a
 * new version waits. Accepting an update activates the new worker and reloads exactly once.
 */
class AppUpdates {
  #supported = $state(false);
  #readyOffline = $state(false);
  /** True once, on the first install: "Ready to read offline" is said then and not again. */
  #justBecameReady = $state(false);
  #updateWaiting = $state(false);
  /** Another tab accepted an update: this tab runs old code under the new worker. */
  #updatedElsewhere = $state(false);
  /** The worker could not be installed: the app is not saved for offline use, and the reader is told. */
  #installFailed = $state(false);
  /** The reader put the failure's prompt away: Settings still says it. */
  #installFailureSeen = $state(false);
  #workbox: Workbox | null = null;
  #accepted = false;
  #reloading = false;

  get supported() {
    return this.#supported;
  }

  /** The precache is complete and a worker is active: every route loads with no network. */
  get readyOffline() {
    return this.#readyOffline;
  }

  /**
   * The last try to save the app for offline use failed (a file could not be fetched or stored:
   * most often the device has no room). The next visit tries again.
   */
  get installFailed() {
    return this.#installFailed;
  }

  /** The failure is news to tell in a prompt, until the reader puts it away. */
  get installFailureNews() {
    return this.#installFailed && !this.#installFailureSeen;
  }

  get justBecameReady() {
    return this.#justBecameReady;
  }

  get updateWaiting() {
    return this.#updateWaiting;
  }

  get updatedElsewhere() {
    return this.#updatedElsewhere;
  }

  /** Registers the worker (production builds only) and starts checking for updates. */
  start(url = `${import.meta.env.BASE_URL}sw.js`) {
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
    this.#supported = true;
    const workbox = new Workbox(url, { scope: import.meta.env.BASE_URL });
    this.#workbox = workbox;

    workbox.addEventListener('installed', (event) => {
      if (!event.isUpdate) this.#justBecameReady = true;
    });
    workbox.addEventListener('activated', () => {
      this.#readyOffline = true;
      this.#installFailed = false;
    });
    // an installing worker that turns redundant failed to precache the app
    workbox.addEventListener('redundant', () => {
      if (!this.#readyOffline) this.#installFailed = true;
    });
    workbox.addEventListener('waiting', () => (this.#updateWaiting = true));
    workbox.addEventListener('controlling', (event) => {
      if (!event.isUpdate) return;
      if (this.#accepted) this.#reloadOnce();
      else this.#updatedElsewhere = true;
    });

    void workbox.register().catch(() => {
      this.#installFailed = true;
      return undefined;
    }).then((registration) => {
      if (registration?.active) this.#readyOffline = true;
      setInterval(() => void this.checkForUpdate(), UPDATE_CHECK_INTERVAL_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') void this.checkForUpdate();
      });
    });
  }

  /** Asks the server whether a new version exists; a no-op offline. */
  async checkForUpdate() {
    try {
      await this.#workbox?.update();
    } catch {
      // Offline or the server is unreachable: the current version keeps working.
    }
  }

  /** The reader said yes to the new version: activate it; the page reloads once it controls. */
  acceptUpdate() {
    if (this.#updatedElsewhere) return this.#reloadOnce();
    this.#accepted = true;
    this.#updateWaiting = false;
    this.#workbox?.messageSkipWaiting();
  }

  /**
   * Another tab opened the database with a newer schema: this tab's code is now older than its
   * data, so it offers the same one-tap reload as an update made elsewhere.
   */
  databaseUpgradedElsewhere() {
    this.#updatedElsewhere = true;
  }

  /** The reader said not now: the running version keeps working until the next start. */
  dismissUpdate() {
    this.#updateWaiting = false;
    this.#updatedElsewhere = false;
  }

  dismissReady() {
    this.#justBecameReady = false;
  }

  dismissInstallFailure() {
    this.#installFailureSeen = true;
  }

  #reloadOnce() {
    if (this.#reloading) return;
    this.#reloading = true;
    location.reload();
  }
}

export const appUpdates = new AppUpdates();

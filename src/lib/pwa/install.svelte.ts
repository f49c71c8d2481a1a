/** Chromium's install offer, which lib.dom does not describe. */
export interface BeforeInstallPromptEvent extends Event {
  readonly platforms: string[];
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>;
  prompt(): Promise<void>;
}

declare global {
  interface WindowEventMap {
    beforeinstallprompt: BeforeInstallPromptEvent;
  }
  interface Navigator {
    /** iOS Safari: true when opened from the home screen. */
    readonly standalone?: boolean;
  }
}

/** Whether the app runs as an installed app rather than in a browser tab. */
export function isStandalone(): boolean {
  if (typeof window === 'undefined') return false;
  const displayMode = typeof matchMedia === 'function' && matchMedia('(display-mode: standalone)').matches;
  return displayMode || navigator.standalone === true;
}

/** iPhone, iPod or iPad, including iPadOS, which says "Macintosh" but has a touch screen. */
export function isIosDevice(userAgent: string, maxTouchPoints: number): boolean {
  return /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
}

/**
 * Installing the app: holds the browser's install offer until the reader asks for it, and
 * knows when the app is installed or, on iOS, when it can only be added by hand.
 */
export class InstallPrompt {
  #event = $state.raw<BeforeInstallPromptEvent | null>(null);
  #installed = $state(false);
  #standalone = $state(false);

  /** The browser offers to install and the app is not already running installed. */
  get canInstall() {
    return this.#event !== null && !this.#standalone;
  }

  /** The app runs from the home screen or as a desktop app. */
  get standalone() {
    return this.#standalone;
  }

  /** The app was installed from this page, or runs installed. */
  get installed() {
    return this.#installed || this.#standalone;
  }

  /** iOS Safari in a tab: no install offer exists, so the reader gets written steps instead. */
  get isIosSafari() {
    if (this.#standalone || typeof navigator === 'undefined') return false;
    return isIosDevice(navigator.userAgent, navigator.maxTouchPoints ?? 0);
  }

  /** Starts listening; returns a function that stops. */
  start(): () => void {
    this.#standalone = isStandalone();
    const onOffer = (event: BeforeInstallPromptEvent) => {
      // Keep the offer for the Install button instead of the browser's own mini-infobar.
      event.preventDefault();
      this.#event = event;
    };
    const onInstalled = () => {
      this.#installed = true;
      this.#event = null;
    };
    const display = typeof matchMedia === 'function' ? matchMedia('(display-mode: standalone)') : null;
    const onDisplayChange = () => (this.#standalone = isStandalone());

    addEventListener('beforeinstallprompt', onOffer);
    addEventListener('appinstalled', onInstalled);
    display?.addEventListener('change', onDisplayChange);
    return () => {
      removeEventListener('beforeinstallprompt', onOffer);
      removeEventListener('appinstalled', onInstalled);
      display?.removeEventListener('change', onDisplayChange);
    };
  }

  /** Shows the browser's install dialog; resolves to what the reader chose. */
  async install(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
    const event = this.#event;
    if (!event) return 'unavailable';
    // An offer can be shown only once.
    this.#event = null;
    await event.prompt();
    const { outcome } = await event.userChoice;
    return outcome;
  }
}

export const installPrompt = new InstallPrompt();

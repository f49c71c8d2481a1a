// Runes need the client compile of this file, which the jsdom environment selects.
// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  InstallPrompt,
  isIosDevice,
  type BeforeInstallPromptEvent,
} from '../../../src/lib/pwa/install.svelte.ts';

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';

let stop: (() => void) | undefined;

afterEach(() => {
  stop?.();
  stop = undefined;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function stubStandalone(standalone: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: standalone && query === '(display-mode: standalone)',
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

/** A stand-in for Chromium's install offer. */
function offer(outcome: 'accepted' | 'dismissed' = 'accepted') {
  const event = new Event('beforeinstallprompt', { cancelable: true }) as BeforeInstallPromptEvent;
  const prompt = vi.fn(async () => {});
  Object.assign(event, { prompt, userChoice: Promise.resolve({ outcome, platform: 'web' }), platforms: ['web'] });
  return { event, prompt };
}

describe('isIosDevice', () => {
  it('knows iPhones and iPads, including iPadOS posing as a Mac', () => {
    expect(isIosDevice(IPHONE, 5)).toBe(true);
    expect(isIosDevice(MAC, 5)).toBe(true);
    expect(isIosDevice(MAC, 0)).toBe(false);
    expect(isIosDevice(ANDROID, 5)).toBe(false);
  });
});

describe('InstallPrompt', () => {
  it('holds the browser’s offer, suppressing its own banner, until the reader installs', async () => {
    stubStandalone(false);
    const install = new InstallPrompt();
    stop = install.start();
    expect(install.canInstall).toBe(false);

    const { event, prompt } = offer('accepted');
    dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(install.canInstall).toBe(true);

    expect(await install.install()).toBe('accepted');
    expect(prompt).toHaveBeenCalledOnce();
    expect(install.canInstall).toBe(false);
    expect(await install.install()).toBe('unavailable');
  });

  it('appinstalled marks the app installed and drops the offer', () => {
    stubStandalone(false);
    const install = new InstallPrompt();
    stop = install.start();
    dispatchEvent(offer().event);
    dispatchEvent(new Event('appinstalled'));
    expect(install.installed).toBe(true);
    expect(install.canInstall).toBe(false);
  });

  it('offers nothing when already running installed', () => {
    stubStandalone(true);
    const install = new InstallPrompt();
    stop = install.start();
    dispatchEvent(offer().event);
    expect(install.standalone).toBe(true);
    expect(install.installed).toBe(true);
    expect(install.canInstall).toBe(false);
  });

  it('isIosSafari only in a Safari tab on iOS, not from the home screen', () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(IPHONE);
    stubStandalone(false);
    const tab = new InstallPrompt();
    stop = tab.start();
    expect(tab.isIosSafari).toBe(true);
    stop();

    Object.defineProperty(navigator, 'standalone', { value: true, configurable: true });
    try {
      const home = new InstallPrompt();
      stop = home.start();
      expect(home.standalone).toBe(true);
      expect(home.isIosSafari).toBe(false);
    } finally {
      delete (navigator as { standalone?: boolean }).standalone;
    }
  });

  it('stops listening when stopped', () => {
    stubStandalone(false);
    const install = new InstallPrompt();
    install.start()();
    dispatchEvent(offer().event);
    expect(install.canInstall).toBe(false);
  });
});

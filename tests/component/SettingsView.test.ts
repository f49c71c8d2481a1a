import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import SettingsView from '../../src/views/SettingsView.svelte';
import { loadPreferences } from '../../src/lib/db/preferences.ts';
import { db } from '../../src/lib/db/schema.ts';
import { installPrompt, type BeforeInstallPromptEvent } from '../../src/lib/pwa/install.svelte.ts';
import { library } from '../../src/lib/state/library.svelte.ts';
import { preferences, ReaderPreferences } from '../../src/lib/state/preferences.svelte.ts';
import { bundleOf, seedArticle } from './fixtures.ts';
import { removeStorageStub, stubStorage } from './storage-stub.ts';

// The build defines these; where this run's config does not, the test does.
const globals = globalThis as Record<string, unknown>;
if (typeof __APP_VERSION__ === 'undefined') globals.__APP_VERSION__ = '0.0.0-test';
if (typeof __BUILD_ID__ === 'undefined') globals.__BUILD_ID__ = 'build-test';

const root = document.documentElement;
let stopInstall: (() => void) | undefined;

beforeEach(async () => {
  await Promise.all([db.articles.clear(), db.readerState.clear(), db.meta.clear()]);
  await preferences.setTheme('system');
  await preferences.setTextSize('medium');
  await db.settings.clear();
  localStorage.clear();
});

afterEach(() => {
  cleanup();
  stopInstall?.();
  stopInstall = undefined;
  removeStorageStub();
  vi.restoreAllMocks();
});

function section(name: string) {
  return screen.getByRole('region', { name });
}

describe('Settings', () => {
  test('has a heading and the four sections', () => {
    render(SettingsView);
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toHaveAttribute('tabindex', '-1');
    for (const name of ['Appearance', 'Offline and storage', 'Install', 'About']) {
      expect(within(section(name)).getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
  });

  test('choosing Dark darkens the page and is still chosen after the preferences are read again', async () => {
    render(SettingsView);
    const theme = screen.getByRole('group', { name: 'Theme' });
    expect(within(theme).getByRole('radio', { name: 'System' })).toBeChecked();
    expect(root.hasAttribute('data-theme')).toBe(false);

    await fireEvent.click(within(theme).getByRole('radio', { name: 'Dark' }));
    expect(within(theme).getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(root.dataset.theme).toBe('dark');
    await vi.waitFor(async () => expect((await loadPreferences(db)).theme).toBe('dark'));

    // A reload: the page starts plain, then reads the stored preferences.
    cleanup();
    delete root.dataset.theme;
    const reloaded = new ReaderPreferences();
    await reloaded.load();
    expect(reloaded.theme).toBe('dark');
    expect(root.dataset.theme).toBe('dark');

    render(SettingsView);
    await fireEvent.click(screen.getByRole('radio', { name: 'System' }));
    expect(root.hasAttribute('data-theme')).toBe(false);
  });

  test('on a full disk a choice still applies, the reader is told it is not kept, and the stored one stays', async () => {
    render(SettingsView);
    // the write fails as IndexedDB fails on a full disk: an AbortError whose inner error is the quota
    const full = Object.assign(new Error('AbortError'), { name: 'AbortError', inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
    vi.spyOn(db.settings, 'put').mockRejectedValue(full);
    await fireEvent.click(within(screen.getByRole('group', { name: 'Theme' })).getByRole('radio', { name: 'Dark' }));
    expect(root.dataset.theme).toBe('dark');
    const told = await within(section('Appearance')).findByText(/^Could not keep this choice/);
    expect(told).toHaveAttribute('role', 'alert');
    expect(told).toHaveTextContent('Could not keep this choice for next time: This device is out of storage space: free some space and try again.');
    vi.restoreAllMocks();
    expect((await loadPreferences(db)).theme).toBe('system');
  });

  test('choosing a text size changes the text size of the whole page', async () => {
    render(SettingsView);
    const size = screen.getByRole('group', { name: 'Text size' });
    expect(within(size).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual([
      'small',
      'medium',
      'large',
      'x-large',
    ]);
    await fireEvent.click(within(size).getByRole('radio', { name: 'Extra large' }));
    expect(root.style.getPropertyValue('--text-size')).toBe('1.375rem');
    await fireEvent.click(within(size).getByRole('radio', { name: 'Small' }));
    expect(root.style.getPropertyValue('--text-size')).toBe('0.9375rem');
    expect(within(size).getByRole('radio', { name: 'Small' })).toBeChecked();
    expect(screen.getByText(/how article text looks/)).toBeInTheDocument();
    await vi.waitFor(async () => expect((await loadPreferences(db)).textSize).toBe('small'));
  });

  test('shows storage used, quota and whether it is persistent', async () => {
    stubStorage({ usage: 1_234_567, quota: 2_000_000_000, persisted: false });
    render(SettingsView);
    const storage = section('Offline and storage');
    expect(await within(storage).findByText('1.2 MB')).toBeInTheDocument();
    expect(within(storage).getByText('2 GB')).toBeInTheDocument();
    expect(within(storage).getByText('Storage is persistent').nextElementSibling).toHaveTextContent('No');
    // Tests run without a service worker.
    expect(within(storage).getByText('Ready to read offline').nextElementSibling).toHaveTextContent(
      'Not supported in this browser',
    );
  });

  test('says "Unknown" where the browser does not tell, and offers no switch it cannot honour', async () => {
    removeStorageStub();
    render(SettingsView);
    const storage = section('Offline and storage');
    expect(await within(storage).findAllByText('Unknown')).toHaveLength(3);
    expect(within(storage).queryByRole('switch')).toBeNull();
  });

  test('the "Keep articles" switch asks the browser and shows its yes', async () => {
    const { persist } = stubStorage({ persisted: false, grant: true });
    render(SettingsView);
    const toggle = screen.getByRole('switch', { name: 'Keep articles on this device' });
    expect(toggle).not.toBeChecked();
    await fireEvent.click(toggle);
    expect(persist).toHaveBeenCalledOnce();
    expect(await screen.findByText(/the browser will keep them/)).toBeInTheDocument();
    expect(toggle).toBeChecked();
    await vi.waitFor(() =>
      expect(screen.getByText('Storage is persistent').nextElementSibling).toHaveTextContent('Yes'),
    );
  });

  test('the "Keep articles" switch shows the browser’s no and stays off', async () => {
    const { persist } = stubStorage({ persisted: false, grant: false });
    render(SettingsView);
    const toggle = screen.getByRole('switch', { name: 'Keep articles on this device' });
    await fireEvent.click(toggle);
    expect(persist).toHaveBeenCalledOnce();
    expect(await screen.findByText('The browser said no — it may still keep them.')).toBeInTheDocument();
    expect(toggle).not.toBeChecked();
  });

  test('offers an Install button when the browser offers to install', async () => {
    stopInstall = installPrompt.start();
    render(SettingsView);
    const install = section('Install');
    expect(within(install).queryByRole('button', { name: 'Install Sortie' })).toBeNull();
    expect(install).toHaveTextContent(/menu/);

    const event = new Event('beforeinstallprompt', { cancelable: true }) as BeforeInstallPromptEvent;
    const prompt = vi.fn(async () => {});
    Object.assign(event, { prompt, userChoice: Promise.resolve({ outcome: 'dismissed', platform: 'web' }) });
    dispatchEvent(event);

    await fireEvent.click(await within(install).findByRole('button', { name: 'Install Sortie' }));
    expect(prompt).toHaveBeenCalledOnce();
    expect(await within(install).findByText(/Not installed/)).toBeInTheDocument();
    expect(within(install).queryByRole('button', { name: 'Install Sortie' })).toBeNull();
  });

  test('gives written steps in Safari on an iPhone', () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    );
    render(SettingsView);
    const install = section('Install');
    const steps = within(install).getAllByRole('listitem');
    expect(steps[0]).toHaveTextContent('Share');
    expect(steps[1]).toHaveTextContent('Add to Home Screen');
  });

  test('About gives the version, build, corpus version and number of stored articles', async () => {
    await library.sync(bundleOf([seedArticle()], 'corpus-test-7'));
    render(SettingsView);
    const about = section('About');
    expect(within(about).getByText('Version').nextElementSibling).toHaveTextContent(__APP_VERSION__);
    expect(within(about).getByText('Build').nextElementSibling).toHaveTextContent(__BUILD_ID__);
    expect(await within(about).findByText('corpus-test-7')).toBeInTheDocument();
    await vi.waitFor(() =>
      expect(within(about).getByText('Articles stored on this device').nextElementSibling).toHaveTextContent('1'),
    );
  });
});

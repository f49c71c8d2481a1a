import { describe, expect, it, vi } from 'vitest';
import { articleShareUrl, shareLink, type ShareNavigator } from '../../src/lib/share.ts';

const link = { title: 'Synthetic article', url: 'https://example.test/a' };

function domError(name: string) {
  return Object.assign(new Error(name), { name });
}

describe('shareLink', () => {
  it('uses the system share sheet with the title and link where there is one', async () => {
    const share = vi.fn(async () => {});
    const writeText = vi.fn(async () => {});
    expect(await shareLink(link, { share, clipboard: { writeText } as unknown as Clipboard })).toBe('shared');
    expect(share).toHaveBeenCalledWith({ title: 'Synthetic article', url: 'https://example.test/a' });
    expect(writeText).not.toHaveBeenCalled();
  });

  it('treats closing the share sheet as a cancel, not an error, and copies nothing', async () => {
    const writeText = vi.fn(async () => {});
    const nav: ShareNavigator = {
      share: vi.fn(async () => Promise.reject(domError('AbortError'))),
      clipboard: { writeText } as unknown as Clipboard,
    };
    expect(await shareLink(link, nav)).toBe('cancelled');
    expect(writeText).not.toHaveBeenCalled();
  });

  it('copies the link when the share sheet refuses for another reason', async () => {
    const writeText = vi.fn(async () => {});
    const nav: ShareNavigator = {
      share: vi.fn(async () => Promise.reject(domError('NotAllowedError'))),
      clipboard: { writeText } as unknown as Clipboard,
    };
    expect(await shareLink(link, nav)).toBe('copied');
    expect(writeText).toHaveBeenCalledWith('https://example.test/a');
  });

  it('copies the link when the browser cannot share this data', async () => {
    const share = vi.fn(async () => {});
    const writeText = vi.fn(async () => {});
    const nav: ShareNavigator = { share, canShare: () => false, clipboard: { writeText } as unknown as Clipboard };
    expect(await shareLink(link, nav)).toBe('copied');
    expect(share).not.toHaveBeenCalled();
  });

  it('copies the link where there is no share sheet', async () => {
    const writeText = vi.fn(async () => {});
    expect(await shareLink(link, { clipboard: { writeText } as unknown as Clipboard })).toBe('copied');
    expect(writeText).toHaveBeenCalledWith('https://example.test/a');
  });

  it('leaves it to the reader when the clipboard refuses too', async () => {
    const nav: ShareNavigator = {
      clipboard: { writeText: vi.fn(async () => Promise.reject(domError('NotAllowedError'))) } as unknown as Clipboard,
    };
    expect(await shareLink(link, nav)).toBe('manual');
  });

  it('leaves it to the reader with neither share sheet nor clipboard', async () => {
    expect(await shareLink(link, {})).toBe('manual');
  });
});

describe('articleShareUrl', () => {
  it('is the original page when the article has one', () => {
    expect(articleShareUrl({ id: 'a', url: 'https://example.test/news/a' }, 'https://sortie.test/article/a')).toBe(
      'https://example.test/news/a',
    );
  });

  it('is the article in Sortie, under the app base, when it has none', () => {
    expect(articleShareUrl({ id: 'a b', url: null }, 'https://sortie.test/app/article/a%20b?quote=1:2:3', '/app/')).toBe(
      'https://sortie.test/app/article/a%20b',
    );
  });
});

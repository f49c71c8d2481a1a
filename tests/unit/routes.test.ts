import { describe, expect, test } from 'vitest';
import { matchRoute, paths, quoteFromSearch } from '../../src/lib/routes.ts';

describe('routes', () => {
  test('the root and /index.html are the Latest list', () => {
    expect(matchRoute('/')).toEqual({ name: 'latest' });
    expect(matchRoute('/index.html')).toEqual({ name: 'latest' });
  });

  test('/article/<id> opens that article, with escapes decoded and a trailing slash allowed', () => {
    expect(matchRoute('/article/2020-10-22-putin')).toEqual({ name: 'article', id: '2020-10-22-putin' });
    expect(matchRoute('/article/a%20b/')).toEqual({ name: 'article', id: 'a b' });
  });

  test('/settings is the Settings view', () => {
    expect(matchRoute('/settings')).toEqual({ name: 'settings' });
    expect(matchRoute(paths.settings())).toEqual({ name: 'settings' });
  });

  test('/explorer is the contract explorer, its filters in the query string', () => {
    expect(matchRoute('/explorer')).toEqual({ name: 'explorer' });
    expect(paths.explorer('?recipient=China')).toBe('/explorer?recipient=China');
  });

  test('a quote link names the article and the sentence span', () => {
    const href = paths.quote('seed', { paragraph: 4, start: 250, end: 439 });
    expect(href).toBe('/article/seed?quote=4:250:439');
    expect(quoteFromSearch(new URL(href, 'http://x').search)).toEqual({ paragraph: 4, start: 250, end: 439 });
    expect(quoteFromSearch('?quote=4:10:2')).toBeNull();
    expect(quoteFromSearch('?quote=4:ten:20')).toBeNull();
    expect(quoteFromSearch('')).toBeNull();
  });

  test('/search keeps its query in the URL; /saved lists bookmarks', () => {
    expect(matchRoute('/search')).toEqual({ name: 'search' });
    expect(paths.search('Ми-171 & Ka-52')).toBe('/search?q=%D0%9C%D0%B8-171%20%26%20Ka-52');
    expect(new URL(paths.search('Ми-171 & Ka-52'), 'http://x').searchParams.get('q')).toBe('Ми-171 & Ka-52');
    expect(matchRoute(paths.saved())).toEqual({ name: 'saved' });
    expect(matchRoute(paths.import())).toEqual({ name: 'import' });
  });

  test('anything else is not found, and says which path', () => {
    expect(matchRoute('/article/')).toEqual({ name: 'not-found', path: '/article/' });
    expect(matchRoute('/article/a/b')).toEqual({ name: 'not-found', path: '/article/a/b' });
    expect(matchRoute('/article/%E0%A4%A')).toEqual({ name: 'not-found', path: '/article/%E0%A4%A' });
    expect(matchRoute('/settingsx')).toEqual({ name: 'not-found', path: '/settingsx' });
  });

  test('routes work below a base path, and links round-trip through the matcher', () => {
    expect(matchRoute('/sortie/', '/sortie/')).toEqual({ name: 'latest' });
    const id = 'mi-171 & ka-52?';
    expect(matchRoute(paths.article(id, '/sortie/'), '/sortie/')).toEqual({ name: 'article', id });
  });
});

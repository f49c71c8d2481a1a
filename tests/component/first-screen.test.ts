import { afterEach, describe, expect, test } from 'vitest';
import { dismissFirstScreen, keepFirstScreen } from '../../src/lib/state/first-screen.ts';

// What Latest keeps for the next visit's first screen (drawn by public/first-screen.js, tested
// end to end in tests/e2e/first-screen.test.ts). Synthetic titles, not news.

const KEY = 'sortie.first-screen';

/** A page like the app's Latest: a module script, the app's root with its ids, a notice and `cards` cards. */
function page(cards: number, code = '/assets/index-abc.js') {
  document.head.innerHTML = `<script type="module" src="${code}"></script>`;
  const items = Array.from({ length: cards }, (_, i) => `<li><article class="card"><h2><a href="/article/a${i}">Synthetic ${i}</a></h2></article></li>`).join('');
  document.body.innerHTML =
    `<div id="app"><a class="skip-link" href="#main">Skip to content</a><p class="notice" role="status">Brought back</p>` +
    `<main id="main"><h1 tabindex="-1">Latest</h1><p role="status" class="storing">Storing 3 of 9</p><ul class="article-list">${items}</ul>` +
    `<button type="button" class="button more">Show more</button></main></div>`;
  return document.getElementById('app')!;
}

const kept = () => {
  const saved = JSON.parse(localStorage.getItem(KEY)!) as { code: string; html: string };
  const copy = document.createElement('div');
  copy.innerHTML = saved.html;
  return { code: saved.code, copy };
};

afterEach(() => {
  localStorage.clear();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  delete document.documentElement.dataset.firstScreen;
});

describe('the first screen Latest keeps for the next visit', () => {
  test('is the top of the page: ten cards, no ids, no notices of this visit, no "Show more", tied to this build', () => {
    keepFirstScreen(page(14));
    const { code, copy } = kept();
    expect(code).toBe('/assets/index-abc.js');
    expect([...copy.querySelectorAll('article a')].map((a) => a.textContent)).toEqual(Array.from({ length: 10 }, (_, i) => `Synthetic ${i}`));
    expect(copy.querySelectorAll('[id]').length).toBe(0);
    expect(copy.querySelector('.notice, [role="status"], .more, .skip-link')).toBeNull();
    expect(copy.querySelector('h1')?.textContent).toBe('Latest');
    // the page itself is untouched
    expect(document.querySelectorAll('#app article').length).toBe(14);
  });

  test('is not kept from the dev server, whose styles come with its code', () => {
    keepFirstScreen(page(3, '/src/main.ts'));
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  test('goes from the page once the app has drawn its own', () => {
    page(1);
    document.body.insertAdjacentHTML('afterbegin', '<div id="first-screen"><main><article>Synthetic</article></main></div>');
    document.documentElement.dataset.firstScreen = '';
    dismissFirstScreen();
    expect(document.getElementById('first-screen')).toBeNull();
    expect(document.documentElement.hasAttribute('data-first-screen')).toBe(false);
  });
});

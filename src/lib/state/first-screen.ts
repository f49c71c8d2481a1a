// The first screen of a later visit, drawn before the app's code has loaded: what the Latest
// page showed at its top, kept in localStorage for public/first-screen.js, which shows it at
// once and is replaced by the app's own page as soon as that is drawn.

const KEY = 'sortie.first-screen';
/** Cards kept: more than a phone's first screen holds. */
const CARDS = 10;

/** Keeps the top of the Latest page as it is on screen now, for the next visit's first paint. */
export function keepFirstScreen(app: HTMLElement): void {
  const code = document.querySelector('script[type="module"][src]')?.getAttribute('src');
  // the dev server serves the source (/src/main.ts), whose styles come with its code: a first
  // screen drawn before it would be unstyled
  if (!code || code.endsWith('.ts')) return;
  const copy = app.cloneNode(true) as HTMLElement;
  // the copy stands beside the app's page for a moment: no ids twice, no notices of this visit
  for (const element of copy.querySelectorAll('[id]')) element.removeAttribute('id');
  for (const element of copy.querySelectorAll('.notice, [role="status"], [role="alert"], .more, .skip-link')) element.remove();
  copy.querySelectorAll('.article-list > li').forEach((item, index) => {
    if (index >= CARDS) item.remove();
  });
  const root = document.documentElement;
  const saved = { code, html: copy.innerHTML, theme: root.dataset.theme ?? null, textSize: root.style.getPropertyValue('--text-size') };
  try {
    localStorage.setItem(KEY, JSON.stringify(saved));
  } catch {
    // storage full or disabled: the next visit draws its page as it always has
  }
}

/** Takes the first screen away: the app has drawn its own page (or is not drawing Latest). */
export function dismissFirstScreen(): void {
  document.getElementById('first-screen')?.remove();
  delete document.documentElement.dataset.firstScreen;
}

/** Forgets the kept first screen (a reset of the reader's data). */
export function forgetFirstScreen(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing kept, or storage disabled
  }
}

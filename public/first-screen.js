// Sortie's first screen, drawn before the app's code has loaded. The app keeps, in
// localStorage, what its Latest page showed at the top last time (src/lib/state/first-screen.ts);
// on a later visit to that page this small script, which the page runs as soon as it is
// parsed, shows it at once, and the app replaces it when it has drawn its own.
//
// What is shown is only what the app's own page held: a copy from another build of the app (its
// styles may differ) is not shown, and the copy is read as inert markup and rebuilt from a short
// list of elements and attributes, so even a copy someone altered can run nothing and link
// nowhere but inside Sortie.
(() => {
  const KEY = 'sortie.first-screen';
  const ELEMENTS = new Set(['A', 'ARTICLE', 'BUTTON', 'DIV', 'H1', 'H2', 'HEADER', 'LI', 'MAIN', 'NAV', 'P', 'SPAN', 'TIME', 'UL']);
  const ATTRIBUTES = new Set(['class', 'href', 'datetime', 'aria-label', 'aria-current', 'role', 'type']);

  /** A copy of `node` made of allowed elements, attributes and text only. */
  function rebuilt(node) {
    if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE || !ELEMENTS.has(node.tagName)) return null;
    const copy = document.createElement(node.tagName);
    for (const { name, value } of node.attributes) {
      if (!ATTRIBUTES.has(name)) continue;
      // a link goes to a page of Sortie's own: a path, never another site or a script
      if (name === 'href' && !/^\/(?!\/)/.test(value)) continue;
      copy.setAttribute(name, value);
    }
    for (const child of node.childNodes) {
      const kept = rebuilt(child);
      if (kept) copy.append(kept);
    }
    return copy;
  }

  try {
    if (location.pathname !== '/' || location.search !== '' || window.top !== window.self) return;
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    const app = document.getElementById('app');
    const code = document.querySelector('script[type="module"][src]');
    if (!saved || typeof saved.html !== 'string' || !app || !code || saved.code !== code.getAttribute('src')) return;
    const template = document.createElement('template');
    template.innerHTML = saved.html; // parsed inert: nothing in a template runs or loads
    const screen = document.createElement('div');
    screen.id = 'first-screen';
    for (const child of template.content.childNodes) {
      const kept = rebuilt(child);
      if (kept) screen.append(kept);
    }
    const root = document.documentElement;
    if (saved.theme === 'light' || saved.theme === 'dark') root.dataset.theme = saved.theme;
    if (typeof saved.textSize === 'string' && /^[\d.]+rem$/.test(saved.textSize)) root.style.setProperty('--text-size', saved.textSize);
    root.dataset.firstScreen = '';
    app.before(screen);
  } catch {
    // no storage, or a copy this script cannot read: the app draws the page as it always has
  }
})();

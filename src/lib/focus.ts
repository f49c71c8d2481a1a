/**
 * Moves focus to the heading of the page now in `container`, so a screen reader announces the
 * new page. Views that load on demand render their heading a moment later: wait for it.
 */
export function focusPageHeading(container: HTMLElement | null, timeoutMs = 3000): void {
  if (!container) return;
  const focus = () => {
    const heading = container.querySelector<HTMLElement>('h1');
    heading?.focus({ preventScroll: true });
    return heading !== null;
  };
  if (focus()) return;
  const observer = new MutationObserver(() => {
    if (focus()) observer.disconnect();
  });
  observer.observe(container, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), timeoutMs);
}

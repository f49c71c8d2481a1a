/** How far through the page the reader is, 0 at the top and 1 at the very end. */
export function positionFromScroll(scrollY: number, scrollHeight: number, viewportHeight: number): number {
  const scrollable = scrollHeight - viewportHeight;
  if (scrollable <= 0) return 0;
  return Math.min(1, Math.max(0, scrollY / scrollable));
}

/** The scroll offset that puts the reader back at `position` on a page of this height. */
export function scrollFromPosition(position: number, scrollHeight: number, viewportHeight: number): number {
  return Math.round(Math.max(0, scrollHeight - viewportHeight) * Math.min(1, Math.max(0, position)));
}

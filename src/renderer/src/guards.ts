/**
 * Defence in depth inside the page (the shell already denies navigation and new windows): a link in any
 * content never navigates the app, and window.open does nothing.
 */
export function installPageGuards(): void {
  const stopLinks = (e: MouseEvent) => {
    const target = e.target instanceof Element ? e.target.closest('a[href], area[href]') : null;
    if (!target) return;
    const href = target.getAttribute('href') ?? '';
    if (!href.startsWith('#')) e.preventDefault();
  };
  document.addEventListener('click', stopLinks, true);
  document.addEventListener('auxclick', stopLinks, true);
  document.addEventListener('submit', (e) => e.preventDefault(), true);
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => e.preventDefault());
  Object.defineProperty(window, 'open', { value: () => null, writable: false, configurable: false });
}

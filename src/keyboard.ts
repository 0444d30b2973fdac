/** Focus movement between section buttons (APG accordion pattern). */

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * Moves focus from `from` to the next, previous, first or last of `buttons`
 * for Arrow Down/Up, Home and End without modifiers; any other key is left to
 * the browser.
 */
export function moveFocus(event: KeyboardEvent, from: HTMLElement, buttons: HTMLElement[]): void {
  const move = MOVES[event.key];
  if (!move || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const index = buttons.indexOf(from);
  event.preventDefault();
  buttons[move(index, buttons.length)]?.focus();
}

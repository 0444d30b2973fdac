/** Focus movement between section buttons (APG accordion pattern). */

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** A key as a keydown event says it. */
export type Key = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/**
 * Where `key` moves focus from button `index` of `count`: the next or the
 * previous (wrapping) for Arrow Down/Up, the first for Home, the last for End,
 * all without modifiers; undefined for any other key, which is left to the
 * browser.
 */
export function moveTo(key: Key, index: number, count: number): number | undefined {
  // Own moves only: a key named like an Object.prototype member is no move.
  if (!Object.hasOwn(MOVES, key.key)) return undefined;
  if (key.altKey || key.ctrlKey || key.metaKey || key.shiftKey) return undefined;
  return MOVES[key.key]!(index, count);
}

/** Moves focus from `from` to the one of `buttons` that `event`'s key asks for, if any. */
export function moveFocus(event: KeyboardEvent, from: HTMLElement, buttons: HTMLElement[]): void {
  const to = moveTo(event, buttons.indexOf(from), buttons.length);
  if (to === undefined) return;
  event.preventDefault();
  buttons[to]?.focus();
}

/**
 * The element's properties are its attributes: writing one, and taking over
 * those set before the element was defined.
 */

/** Sets `name` to `value` as text; `null` removes it. */
export function writeAttribute(el: Element, name: string, value: unknown): void {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, String(value));
}

/**
 * Replays properties set on `el` itself through the class's accessors. A
 * page's framework may set them before this script runs: they then sit on the
 * instance, hiding the accessors. Only an upgraded element can have them, and
 * an upgrade may set attributes in its constructor.
 */
export function upgradeProperties(el: HTMLElement, names: readonly string[]): void {
  const own = el as unknown as Record<string, unknown>;
  for (const name of names) {
    if (!Object.hasOwn(el, name)) continue;
    const value = own[name];
    delete own[name];
    own[name] = value;
  }
}

/**
 * The element's attributes, which are its state: read and written here, by
 * its properties, its render and its methods, and nowhere else. What a value
 * means is worked out by pure functions (options.ts, open-state.ts); `lang`
 * is the document's, read with its ancestors' in language.ts.
 */
import { SECTION_IDS, type CollapsibleId, type SectionId } from './content.js';
import { resolveLocale } from './language.js';
import { readOpen } from './open-state.js';
import { readHeadingLevel, readSections, type Reading } from './options.js';
import type { Shape } from './templates.js';

/** The attributes whose changes the element renders (`lang` is watched in language.ts). */
export const OBSERVED = ['sections', 'open', 'heading-level', 'exclusive'] as const;

/** The properties that read and write them, in the same order. */
export const PROPERTIES = ['sections', 'open', 'headingLevel', 'exclusive'] as const;

/** Sets `name` to `value` as text; `null` removes it. */
export function writeAttribute(el: Element, name: string, value: unknown): void {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, String(value));
}

// The properties' values, as each property returns and sets them.

export function getSections(el: Element): string {
  return el.getAttribute('sections') ?? SECTION_IDS.join(' ');
}
export function setSections(el: Element, value: unknown): void {
  writeAttribute(el, 'sections', value ?? null);
}

export function getOpen(el: Element): string {
  return el.getAttribute('open') ?? '';
}
export function setOpen(el: Element, value: unknown): void {
  writeAttribute(el, 'open', value || null);
}

export function getHeadingLevel(el: Element): number {
  return readHeadingLevelOf(el).value;
}
export function setHeadingLevel(el: Element, value: unknown): void {
  writeAttribute(el, 'heading-level', value ?? null);
}

export function getExclusive(el: Element): boolean {
  return el.hasAttribute('exclusive');
}
export function setExclusive(el: Element, value: unknown): void {
  el.toggleAttribute('exclusive', !!value);
}

// What the render uses: the value, and the problem to warn about if any.

// `sections`: a value with no known id shows all (options.ts says why).
export const readSectionsOf = (el: Element): Reading<SectionId[]> =>
  readSections(el.getAttribute('sections'));

// `heading-level`: anything but 1–6 is 2.
const readHeadingLevelOf = (el: Element): Reading<number> =>
  readHeadingLevel(el.getAttribute('heading-level'));

/** The open sections among those `shown`, under `exclusive` as set. */
export const readOpenOf = (el: Element, shown: readonly SectionId[]): Reading<CollapsibleId[]> =>
  readOpen(el.getAttribute('open'), shown, getExclusive(el));

/**
 * Warns of `reading`'s problem if `name` is one of the `changed` attributes
 * (a bad value warns once, when it is set, not at every render).
 */
export function warnIfChanged(
  reading: Reading<unknown>,
  name: string,
  changed: ReadonlySet<string> | undefined,
): void {
  if (reading.problem && changed?.has(name)) console.warn(reading.problem);
}

/**
 * What the attributes say the tree is, with the language of the element or
 * of its nearest ancestor that has one. Bad values among `changed` warn.
 */
export function readShape(el: Element, changed: ReadonlySet<string> | undefined): Shape {
  const sections = readSectionsOf(el);
  warnIfChanged(sections, 'sections', changed);
  const level = readHeadingLevelOf(el);
  warnIfChanged(level, 'heading-level', changed);
  return {
    locale: resolveLocale(el),
    level: level.value,
    shown: sections.value,
    exclusive: getExclusive(el),
  };
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

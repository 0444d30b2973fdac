/**
 * What a reader did in the no-JavaScript fallback before the element
 * upgraded, carried over to the widget (docs/decisions/fallback-and-widget.md):
 * the sections they opened or closed, and the section whose summary had
 * keyboard focus. Read when the element is constructed, before its shadow
 * root hides the fallback.
 */
import { isCollapsible, type CollapsibleId } from './content.js';
import { sectionFromHash } from './deep-link.js';

export interface ReaderState {
  /** Each section of the fallback, and whether its `<details>` is open now. */
  sections: ReadonlyMap<CollapsibleId, boolean>;
  /** The section whose `<summary>` has keyboard focus, if one has. */
  focused?: CollapsibleId;
}

/**
 * The fallback's state in `el`'s light DOM, or undefined where there is no
 * fallback (an element made by a script, or one parsed after the element was
 * defined). Each `<details>` is known by its deep-link target's id.
 */
export function readFallback(el: HTMLElement): ReaderState | undefined {
  const sections = new Map<CollapsibleId, boolean>();
  let focused: CollapsibleId | undefined;
  for (const details of el.querySelectorAll<HTMLDetailsElement>(':scope > details')) {
    const target = details.querySelector('[id]');
    const section = target ? sectionFromHash(`#${target.id}`, el.id) : undefined;
    if (!section || !isCollapsible(section)) continue;
    sections.set(section, details.open);
    if (document.activeElement === details.querySelector('summary')) focused = section;
  }
  return sections.size ? { sections, focused } : undefined;
}

/**
 * The open sections once the reader's changes are applied to `open` (what the
 * attributes say): a section the reader opened or closed keeps that state;
 * the rest follow the attributes. With `exclusive`, the last section the
 * reader opened is the one open.
 */
export function withReaderChanges(
  open: readonly CollapsibleId[],
  reader: ReaderState,
  exclusive: boolean,
): CollapsibleId[] {
  const result = new Set(open);
  const opened: CollapsibleId[] = [];
  for (const [section, isOpen] of reader.sections) {
    if (isOpen === result.has(section)) continue;
    if (isOpen) {
      opened.push(section);
      result.add(section);
    } else {
      result.delete(section);
    }
  }
  if (exclusive && opened.length) return [opened.at(-1)!];
  return [...result];
}

/**
 * What `open` holds and becomes. Pure functions on lists of open section ids:
 * the element keeps the state (its `open` attribute), asks these for the
 * next one, and renders it.
 */
import { COLLAPSIBLE_IDS, isCollapsible, type CollapsibleId, type SectionId } from './content.js';
import { ignored, tokens, type Reading } from './options.js';

/**
 * The open sections, as named by `open` (`all` names every shown one): only
 * shown ones, so that `open` always tells what a reader sees. With
 * `exclusive`, only the first named stays open.
 */
export function readOpen(
  attribute: unknown,
  shown: readonly SectionId[],
  exclusive: boolean,
): Reading<CollapsibleId[]> {
  const collapsible = shown.filter(isCollapsible);
  const named: CollapsibleId[] = [];
  const unknown: string[] = [];
  for (const token of tokens(attribute)) {
    if (token === 'all') named.push(...collapsible);
    else if (isCollapsible(token)) {
      if (collapsible.includes(token)) named.push(token);
    } else unknown.push(token);
  }
  const open = [...new Set(named)];
  return {
    value: exclusive ? open.slice(0, 1) : open,
    problem: ignored('open', unknown, [...COLLAPSIBLE_IDS, 'all']),
  };
}

/** `open`'s canonical form: ids in the default order, space-separated. */
export const serializeOpen = (open: Iterable<CollapsibleId>): string => {
  const set = new Set(open);
  return COLLAPSIBLE_IDS.filter((id) => set.has(id)).join(' ');
};

/** Every shown section open; with `exclusive`, only the first. */
export const allOpen = (shown: readonly SectionId[], exclusive: boolean): CollapsibleId[] =>
  readOpen('all', shown, exclusive).value;

/** The sections open in one of `before` and `after` but not both, in the default order. */
export function changes(
  before: Iterable<CollapsibleId>,
  after: Iterable<CollapsibleId>,
): Array<{ section: CollapsibleId; open: boolean }> {
  const was = new Set(before);
  const is = new Set(after);
  return COLLAPSIBLE_IDS.filter((section) => was.has(section) !== is.has(section)).map(
    (section) => ({ section, open: is.has(section) }),
  );
}

/**
 * `toggle(id, force)` on the `open` sections: `id` (a shown, collapsible
 * section in any case) opens (`force` true), closes (false) or flips
 * (undefined), and opening it under `exclusive` closes the others. Returns
 * the new `open` value and whether the section is open then; undefined for
 * an id that is not a shown section.
 */
export function toggleOpen(
  current: readonly CollapsibleId[],
  id: unknown,
  force: boolean | undefined,
  shown: readonly SectionId[],
  exclusive: boolean,
): { open: string; isOpen: boolean } | undefined {
  const section = String(id).toLowerCase();
  if (!isCollapsible(section) || !shown.includes(section)) return undefined;
  const open = new Set(current);
  const opening = force ?? !open.has(section);
  if (opening && exclusive) open.clear();
  if (opening) open.add(section);
  else open.delete(section);
  return { open: serializeOpen(open), isOpen: opening };
}

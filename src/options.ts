/**
 * Reading the element's attributes. Each reader returns the value to use and
 * the problem to warn about, if any; it never throws, whatever the input.
 */
import {
  SECTION_IDS,
  isCollapsible,
  isSectionId,
  type CollapsibleId,
  type SectionId,
} from './content.js';

export interface Reading<T> {
  value: T;
  problem?: string;
}

// CMS editors' rich-text fields turn spaces into newlines, tabs or commas.
const tokens = (list: unknown): string[] =>
  String(list ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);

function ignored(attribute: string, tokens: string[], takes: readonly string[]) {
  return tokens.length
    ? `<aivd-mission> ${attribute}: ignored ${tokens.map((t) => JSON.stringify(t))}; it takes ${takes}`
    : undefined;
}

/** The sections to show, in order; all of them when none is known. */
export function readSections(attribute: unknown): Reading<SectionId[]> {
  const all = tokens(attribute);
  const known = [...new Set(all.filter(isSectionId))];
  const problem = ignored(
    'sections',
    all.filter((t) => !isSectionId(t)),
    SECTION_IDS,
  );
  if (known.length) return { value: known, problem };
  return {
    value: [...SECTION_IDS],
    problem: all.length ? `${problem}; showing all` : undefined,
  };
}

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
    else if (isSectionId(token) && isCollapsible(token)) {
      if (collapsible.includes(token)) named.push(token);
    } else unknown.push(token);
  }
  const open = [...new Set(named)];
  return {
    value: exclusive ? open.slice(0, 1) : open,
    problem: ignored('open', unknown, [...SECTION_IDS.filter(isCollapsible), 'all']),
  };
}

/** `open`'s canonical form: ids in the default order, space-separated. */
export const serializeOpen = (open: Iterable<CollapsibleId>): string => {
  const set = new Set(open);
  return SECTION_IDS.filter((id) => set.has(id as CollapsibleId)).join(' ');
};

/** A heading level from 1 to 6; anything else is 2 (no attribute: 2, silently). */
export function readHeadingLevel(value: unknown): Reading<number> {
  if (value == null) return { value: 2 };
  const text = String(value);
  const level = Number(text);
  return Number.isInteger(level) && level >= 1 && level <= 6
    ? { value: level }
    : { value: 2, problem: `<aivd-mission> heading-level: "${text}" is not 1–6; using 2` };
}

/**
 * What the values of `sections` and `heading-level` mean (`open`'s is in
 * open-state.ts; attributes.ts reads them off the element). Pure: each reader
 * returns the value to use and the problem to warn about, if any, and never
 * throws, whatever the input.
 */
import { SECTION_IDS, isSectionId, type SectionId } from './content.js';
import { TAG } from './names.js';

export interface Reading<T> {
  value: T;
  problem?: string;
}

// CMS editors' rich-text fields turn spaces into newlines, tabs or commas.
export const tokens = (list: unknown): string[] =>
  String(list ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);

/** The warning for the `tokens` an attribute ignores, if any. */
export function ignored(attribute: string, tokens: string[], takes: readonly string[]) {
  return tokens.length
    ? `<${TAG}> ${attribute}: ignored ${tokens.map((t) => JSON.stringify(t))}; it takes ${takes}`
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

/** A heading level from 1 to 6; anything else is 2 (no attribute: 2, silently). */
export function readHeadingLevel(value: unknown): Reading<number> {
  if (value == null) return { value: 2 };
  const text = String(value);
  const level = Number(text);
  return Number.isInteger(level) && level >= 1 && level <= 6
    ? { value: level }
    : { value: 2, problem: `<${TAG}> heading-level: "${text}" is not 1–6; using 2` };
}

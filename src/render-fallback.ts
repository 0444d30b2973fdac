/**
 * The element's fallback for servers, the package's `aivd-mission/fallback`
 * export: the HTML that goes inside `<aivd-mission>` so that readers,
 * archivers, reader modes and translators without JavaScript get the text,
 * for the options a page gives the element. Plain JavaScript, no DOM: for
 * server-rendered pages (Astro, Eleventy, Next.js, Nuxt) and build scripts.
 *
 *   import { renderFallback, fallbackCss, contentVersion } from 'aivd-mission/fallback';
 *   const html = `<style>${fallbackCss}</style>
 *     <aivd-mission lang="en" open="values" data-content-version="${contentVersion}">
 *     ${renderFallback({ lang: 'en', open: 'values' })}</aivd-mission>`;
 *
 * The options take what the element's attributes take, as text or as lists
 * of ids, and bad values are handled as the element handles them: ignored
 * with a warning (console.warn), never thrown.
 */
import { CONTENT_VERSION } from './content.js';
import { FALLBACK_CSS, fallbackHtml } from './fallback.js';
import { localeOf } from './language.js';
import { readOpen } from './open-state.js';
import { readHeadingLevel, readSections, type Reading } from './options.js';

export interface RenderFallbackOptions {
  /** `nl` or `en`, with any region subtag and case (`en-GB`); anything else renders Dutch. Default `nl`. */
  lang?: string;
  /** The sections to show, in order: `'intro mission values'` or `['intro', 'values']`. Default all five. */
  sections?: string | readonly string[];
  /** The open sections, as `sections`, or `'all'`. Default none. */
  open?: string | readonly string[];
  /** Level of the section headings, 1–6; anything else is 2, the default. */
  headingLevel?: number | string;
  /** At most one section open: an `open` naming several keeps its first. Set, as the attribute is, by any value but `false`, `null` and `undefined` (`''` too). */
  exclusive?: boolean | string;
  /** The element's `id`, if it has one: deep links become `#<id>-<section>`. */
  id?: string;
}

/** An option as the attribute would hold it: a list joined, an absent one absent. */
const asAttribute = (value: unknown): string | null =>
  value == null ? null : Array.isArray(value) ? value.join(' ') : String(value);

const warned = <T>(reading: Reading<T>): T => {
  if (reading.problem) console.warn(reading.problem);
  return reading.value;
};

/**
 * The fallback HTML for inside `<aivd-mission>` with these options: the same
 * markup the snippets and the snippet builder write. Put `fallbackCss` in the
 * page (or link `dist/aivd-mission.css`) to lay it out as the widget will be.
 */
export function renderFallback(given?: RenderFallbackOptions | null): string {
  const options = given ?? {};
  const sections = warned(readSections(asAttribute(options.sections)));
  const exclusive = options.exclusive != null && options.exclusive !== false;
  const open = warned(readOpen(asAttribute(options.open), sections, exclusive));
  return fallbackHtml(localeOf(asAttribute(options.lang)), {
    sections,
    open,
    headingLevel: warned(readHeadingLevel(asAttribute(options.headingLevel))),
    elementId: asAttribute(options.id) ?? '',
  });
}

/** The fallback's CSS, for a `<style>` in the page (or link `dist/aivd-mission.css`). */
export const fallbackCss: string = FALLBACK_CSS;

/** The date of the text's version, as on the element class (`AivdMission.contentVersion`). */
export const contentVersion: string = CONTENT_VERSION;

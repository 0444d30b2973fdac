/**
 * The static copy of the text that goes inside <aivd-mission> in a snippet:
 * readable, collapsible (native <details>) and indexable with JavaScript off,
 * generated from the same messages as the widget. Once the element upgrades,
 * its shadow root (which has no <slot>) replaces it on screen and in the
 * accessibility tree. The snippet's <script> and <link> tags are in
 * snippet-tags.ts.
 */
import {
  CONTENT_VERSION,
  SECTION_IDS,
  content,
  isCollapsible,
  type Block,
  type SectionId,
} from './content.js';
import type { Locale } from './language.js';
import { inLocale } from './localize.js';
import { fragmentOf } from './deep-link.js';
import { TAG } from './names.js';
import { ACCENT_FROM_TEXT, RELATIVE_COLOURS } from './accent.js';

export interface FallbackOptions {
  sections?: readonly SectionId[];
  open?: readonly SectionId[];
  headingLevel?: number;
  /** The `id` of the element the fallback goes in, if it has one: the deep links' prefix. */
  elementId?: string;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ENTITIES[c]!);

// `attributes` go on the block's own element: the intro's carry its language.
const block = (b: Block, attributes = '') =>
  typeof b === 'string'
    ? `<p${attributes}>${escapeHtml(b)}</p>`
    : `<ul${attributes}>\n${b.map((item) => `  <li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;

/**
 * The fallback markup in `locale`. Each collapsible section is a <details>
 * whose <summary> holds the real heading: HTML allows heading content in
 * <summary>, and it keeps heading and control one thing, as in the widget.
 * Each top-level element carries `lang` (with `dir="ltr"` and the text's
 * `data-content-version`) as well as the snippet's element:
 * a rich-text field's sanitizer (DOMPurify by default) may drop
 * <aivd-mission> and keep its content, which must keep its language.
 * Each section's first block carries the section's deep-link id
 * (`aivd-mission-values`, or `<elementId>-values`), inside the <details>
 * content: with JavaScript off a link to it lands there, and a browser that
 * reveals the target of a link opens its section.
 */
export function fallbackHtml(
  locale: Locale,
  { sections = SECTION_IDS, open = [], headingLevel = 2, elementId = '' }: FallbackOptions = {},
): string {
  const h = `h${headingLevel}`;
  // Dutch and English run left to right, on a right-to-left page too; and
  // the text's version goes with it, where a sanitizer drops the element.
  const lang = ` lang="${locale}" dir="ltr" data-content-version="${CONTENT_VERSION}"`;
  // A deep link's target: the section's first block, inside the <details>
  // content, so that a browser opens a closed section to show it.
  const target = (id: SectionId) => ` id="${escapeHtml(fragmentOf(elementId, id))}"`;
  return inLocale(locale, () =>
    sections
      .map((id) => {
        const { heading = '', blocks } = content[id]();
        if (!isCollapsible(id)) {
          return blocks.map((b, i) => block(b, lang + (i === 0 ? target(id) : ''))).join('\n');
        }
        const body = blocks.map((b, i) => block(b, i === 0 ? target(id) : '')).join('\n');
        return `<details${lang}${open.includes(id) ? ' open' : ''}>\n<summary><${h}>${escapeHtml(heading)}</${h}></summary>\n${body}\n</details>`;
      })
      .join('\n'),
  );
}

// The fallback is the element's content while the element is not defined.
const FALLBACK = `${TAG}:not(:defined)`;

/**
 * Styles for the element before it is defined, so that the fallback takes
 * the space the widget will: the same line heights, dividers, 44 px rows, and
 * room for the show all button (beside the intro's own margin, which would
 * otherwise collapse into it). Plain CSS: the inline snippets carry it in a
 * <style>, and the build writes it to dist/aivd-mission.css for the snippets
 * that link it (no inline style, for a strict Content-Security-Policy). The
 * summaries' colour follows the widget's rule (accent.ts): #01689b on dark
 * text, the text colour on light text; an engine without relative colours,
 * which has no script to decide here, shows the text colour, readable on any
 * background.
 * A deep link's target keeps its section's summary in view above it; print
 * shows every section open, as the widget prints.
 */
export const FALLBACK_CSS = `${FALLBACK} {
  display: block;
  color: var(--aivd-mission-text, var(--basis-color-default-color-document, var(--utrecht-document-color)));
  font-family: var(--aivd-mission-font-family, var(--basis-text-font-family-default, var(--utrecht-document-font-family)));
  line-height: 1.5;
  overflow-wrap: break-word;
}
${FALLBACK} :is(p, ul) {
  margin: 0 0 1rem;
  max-inline-size: 70ch;
}
${FALLBACK} ul {
  padding-inline-start: 1.5em;
}
${FALLBACK} li + li {
  margin-block-start: 0.5rem;
}
${FALLBACK} details {
  border-block-start: 1px solid color-mix(in srgb, currentColor 35%, transparent);
}
${FALLBACK} details:first-of-type {
  margin-block-start: 44px;
}
${FALLBACK} :is(p, ul) + details:first-of-type {
  margin-block-start: calc(1rem + 44px);
}
${FALLBACK} details:last-of-type {
  border-block-end: 1px solid color-mix(in srgb, currentColor 35%, transparent);
}
${FALLBACK} summary {
  --_aivd-mission-accent: currentColor;
  display: flex;
  align-items: flex-start;
  gap: 0.75rem;
  min-block-size: 44px;
  box-sizing: border-box;
  padding: 0.75rem 0.25rem;
  color: var(--aivd-mission-accent, var(--nl-link-color, var(--utrecht-link-color, var(--_aivd-mission-accent))));
  cursor: pointer;
  list-style: none;
}
@supports ${RELATIVE_COLOURS} {
  ${FALLBACK} summary {
    --_aivd-mission-accent: ${ACCENT_FROM_TEXT};
  }
}
${FALLBACK} summary::-webkit-details-marker {
  display: none;
}
${FALLBACK} summary::before {
  content: '';
  flex: none;
  inline-size: 0.45rem;
  block-size: 0.45rem;
  margin: calc((1.3em - 0.45rem) / 2) 0.4rem 0;
  border: solid currentColor;
  border-width: 0 2px 2px 0;
  transform: rotate(-45deg);
}
${FALLBACK} details[open] > summary::before {
  transform: rotate(45deg);
}
${FALLBACK} summary > * {
  margin: 0;
  font-size: 1.125em;
  font-weight: 700;
  line-height: 1.3;
}
${FALLBACK} details > :not(summary) {
  margin-inline-start: min(2.5rem, 8%);
}
${FALLBACK} [id] {
  scroll-margin-block-start: calc(var(--aivd-mission-scroll-margin, 1rem) + 5rem);
}
@media print {
  ${FALLBACK} details::details-content {
    content-visibility: visible;
  }
}`;

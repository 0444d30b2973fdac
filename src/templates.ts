/**
 * What the widget's shadow DOM holds, as lit-html templates: every section
 * collapsed, as render.ts stamps it before it applies an instance's state.
 * Ids and classes come from names.ts.
 */
import { html, nothing } from 'lit/html.js';
import {
  content,
  copyLinkLabel,
  isCollapsible,
  toggleAllLabel,
  type Block,
  type CollapsibleId,
  type SectionId,
} from './content.js';
import type { Locale } from './language.js';
import { classes, ids } from './names.js';

/** What decides the shadow DOM's structure. */
export interface Shape {
  locale: Locale;
  level: number;
  shown: readonly SectionId[];
  exclusive: boolean;
}

// One template per level: the heading must be a real <hN>, and lit-html's
// static tag names would cost bytes and defeat template minification.
const HEADINGS = [
  (button: unknown) => html`<h1 part="heading" class=${classes.heading}>${button}</h1>`,
  (button: unknown) => html`<h2 part="heading" class=${classes.heading}>${button}</h2>`,
  (button: unknown) => html`<h3 part="heading" class=${classes.heading}>${button}</h3>`,
  (button: unknown) => html`<h4 part="heading" class=${classes.heading}>${button}</h4>`,
  (button: unknown) => html`<h5 part="heading" class=${classes.heading}>${button}</h5>`,
  (button: unknown) => html`<h6 part="heading" class=${classes.heading}>${button}</h6>`,
];

const block = (b: Block) =>
  typeof b === 'string'
    ? html`<p>${b}</p>`
    : html`<ul>
        ${b.map((item) => html`<li>${item}</li>`)}
      </ul>`;

// hidden="until-found" lets find-in-page reach collapsed text; 'beforematch'
// then opens the section, which keeps `open`, aria-expanded and the event in step.
// The data-* attributes' names are names.ts's `data`: lit-html cannot bind a name.
function section(level: number, id: SectionId) {
  const { heading, blocks } = content[id]();
  if (!isCollapsible(id)) {
    // No whitespace around the blocks: it would be part of the intro's text.
    const intro = blocks.map(block);
    return html`<div part="intro" class=${classes.intro} id=${ids.section(id)}>${intro}</div>`;
  }
  return html`<div part="section" class=${classes.section} id=${ids.section(id)}>
    ${HEADINGS[level - 1]!(
      html`<button
        type="button"
        part="button"
        class=${classes.trigger}
        id=${ids.button(id)}
        data-toggle=${id}
        aria-expanded="false"
        aria-controls=${ids.panel(id)}
      >
        <span part="icon" class=${classes.icon} aria-hidden="true"></span>${heading}
      </button>`,
    )}
    <div
      part="panel"
      class=${classes.panel}
      id=${ids.panel(id)}
      data-section=${id}
      hidden="until-found"
    >
      ${blocks.map(block)}
    </div>
  </div>`;
}

/**
 * The copy-link button and its status, stamped when a section first opens:
 * few readers open every section, so closed panels carry none. The status
 * exists before it changes, so screen readers announce it.
 */
export const copyLine = (id: CollapsibleId) =>
  html`<p class=${classes.copyLink}>
    <button
      type="button"
      part="copy-link"
      class=${classes.linkButton}
      id=${ids.copy(id)}
      aria-describedby=${ids.button(id)}
      data-copy=${id}
    >
      ${copyLinkLabel()}</button
    ><span id=${ids.status(id)} role="status"></span>
  </p>`;

export function template({ locale, level, shown, exclusive }: Shape) {
  const collapsible = shown.filter(isCollapsible);
  const toggleAll =
    exclusive || collapsible.length < 2
      ? nothing
      : html`<button
          type="button"
          part="toggle-all"
          class="${classes.toggleAll} ${classes.linkButton}"
          id=${ids.toggleAll}
          aria-expanded="false"
        >
          ${toggleAllLabel(false)}
        </button>`;
  // Dutch and English run left to right, on a right-to-left page too.
  return html`<div class=${classes.mission} lang=${locale} dir="ltr">
    ${shown.map((id) => html`${id === collapsible[0] ? toggleAll : nothing}${section(level, id)}`)}
  </div>`;
}

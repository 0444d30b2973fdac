import { ACCENT_FROM_TEXT } from './accent.js';

// A plain string for one constructed stylesheet; the tag's name lets the
// build minify it (@lit-labs/rollup-plugin-minify-html-literals).
const css = String.raw;

export const styles = css`
  /*
   * Each theming chain is resolved once here: our own property, then the NL
   * Design System tokens, then the default. A chain that ends in nothing
   * leaves the property invalid at computed-value time, so colour and font
   * inherit from the page.
   */
  :host {
    --_accent-default: #01689b;
    --_text: var(
      --aivd-mission-text,
      var(--basis-color-default-color-document, var(--utrecht-document-color))
    );
    --_font: var(
      --aivd-mission-font-family,
      var(--basis-text-font-family-default, var(--utrecht-document-font-family))
    );
    --_background: var(--aivd-mission-background, transparent);
    --_border: var(--aivd-mission-border-color, color-mix(in srgb, currentColor 35%, transparent));
    --_radius: var(--aivd-mission-radius, 2px);
    --_space: var(--aivd-mission-spacing, 1rem);
    --_scroll-margin: var(--aivd-mission-scroll-margin, 1rem);
    --_focus: var(
      --aivd-mission-focus-color,
      var(--basis-focus-outline-color, var(--utrecht-focus-outline-color, currentColor))
    );
    --_focus-width: var(--basis-focus-outline-width, var(--utrecht-focus-outline-width, 3px));
    --_focus-style: var(--basis-focus-outline-style, var(--utrecht-focus-outline-style, solid));
    --_icon: 1.25rem;
    /* Panel text lines up with the heading text: after the button's padding
       (a quarter space), the chevron and the gap (three quarters). */
    --_indent: calc(var(--_space) + var(--_icon));

    display: block;
  }

  /*
   * The default accent follows the text colour (accent.ts): #01689b on dark
   * text, the text colour itself on light text (a dark band). The focus ring
   * and dividers follow the button and text colours. Engines without relative
   * colours get the same from script: the on-dark class.
   */
  @supports (color: rgb(from currentColor r g b)) {
    :host {
      --_accent-default: ${ACCENT_FROM_TEXT};
    }
  }

  .on-dark {
    --_accent-default: currentColor;
  }

  :host([hidden]) {
    display: none;
  }

  /* Resolved here, not on :host, so that the on-dark class can change the default. */
  .mission {
    --_accent: var(
      --aivd-mission-accent,
      var(--nl-link-color, var(--utrecht-link-color, var(--_accent-default)))
    );
    display: flow-root;
    color: var(--_text);
    font-family: var(--_font);
    background: var(--_background);
    line-height: 1.5;
    overflow-wrap: break-word;
  }

  p,
  ul {
    margin: 0 0 var(--_space);
    max-inline-size: 70ch;
  }

  ul {
    padding-inline-start: 1.5em;
  }

  li + li {
    margin-block-start: calc(var(--_space) / 2);
  }

  /* Every button: section buttons, and the show all and copy-link buttons that look like links. */
  button {
    display: flex;
    align-items: center;
    min-block-size: 44px;
    margin: 0;
    padding: 0 calc(var(--_space) / 4);
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  .link-button {
    text-decoration: underline;
  }

  .section {
    border-block-start: 1px solid var(--_border);
  }

  /* Room above a section a link scrolls to, e.g. for a sticky page header. */
  .section,
  .intro {
    scroll-margin-block-start: var(--_scroll-margin);
  }

  .section:last-child {
    border-block-end: 1px solid var(--_border);
  }

  .heading {
    margin: 0;
    /* The level's own NL Design System token, else the shared one, else ours. */
    font-family: var(--_level-font, var(--basis-heading-font-family, var(--_font)));
    font-size: 1.125em;
    line-height: 1.3;
  }

  h1 {
    --_level-font: var(--nl-heading-level-1-font-family);
  }
  h2 {
    --_level-font: var(--nl-heading-level-2-font-family);
  }
  h3 {
    --_level-font: var(--nl-heading-level-3-font-family);
  }
  h4 {
    --_level-font: var(--nl-heading-level-4-font-family);
  }
  h5 {
    --_level-font: var(--nl-heading-level-5-font-family);
  }
  h6 {
    --_level-font: var(--nl-heading-level-6-font-family);
  }

  .trigger {
    align-items: flex-start;
    gap: calc(var(--_space) * 0.75);
    inline-size: 100%;
    padding-block: calc(var(--_space) * 0.75);
  }

  /* The heading text underlines; the chevron, which has no text, does not. */
  button:hover {
    text-decoration-line: underline;
    text-decoration-thickness: 3px;
  }

  button:focus-visible {
    outline: var(--_focus-width) var(--_focus-style) var(--_focus);
    /* Inside the box: a full-width button's ring is never cut off by the page. */
    outline-offset: calc(-1 * var(--_focus-width));
  }

  .copy-link {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
    font-size: 0.875em;
  }

  .copy-link [role='status'] {
    overflow-wrap: anywhere;
  }

  /*
   * A CSS chevron, as in the no-JavaScript fallback: no image to load. The
   * icon's own borders draw it, a plain box in the button's flex row that
   * takes --_icon's width; no grid or pseudo-element to lay out in every
   * button (a quarter of the widget's layout time at 100 instances).
   */
  .icon {
    flex: none;
    inline-size: 0.45rem;
    block-size: 0.45rem;
    /* Centred on the first line of a heading that wraps. */
    margin: calc((1.3em - 0.45rem - 2px) / 2) calc((var(--_icon) - 0.45rem - 2px) / 2) 0;
    border: solid;
    border-width: 0 2px 2px 0;
    transform: translate(-20%, 0) rotate(-45deg);
  }

  .trigger[aria-expanded='true'] .icon {
    transform: translate(0, -20%) rotate(45deg);
  }

  .panel:not([hidden]) {
    /* Lined up with the heading text; narrower in a narrow widget. */
    padding: calc(var(--_space) / 4) calc(var(--_space) / 4) calc(var(--_space) / 2)
      min(var(--_indent), 8%);
  }

  @media (prefers-reduced-motion: no-preference) {
    .icon {
      transition: transform 150ms ease-out;
    }
  }

  @media (forced-colors: active) {
    /* Text, borders and buttons take system colours by themselves; the ring is ours. */
    button:focus-visible {
      outline: 3px solid Highlight;
    }
  }

  @media print {
    /* Chromium keeps content-visibility: hidden on until-found panels in print; undo it
       (GOV.UK publishing components #3582). */
    .panel[hidden] {
      display: block;
      content-visibility: visible;
      padding: 0 0 calc(var(--_space) / 2);
    }
    .toggle-all,
    .icon,
    .copy-link {
      display: none;
    }
    .trigger {
      color: inherit;
    }
  }
`;

/**
 * The widget's shadow DOM as lit-html templates, from a plain view of its
 * state. Buttons carry `data-*` attributes instead of listeners: the element
 * listens once, on the root, for all of them (fewer parts per instance).
 */
import { html, nothing } from 'lit/html.js';
import {
  content,
  copyLinkLabel,
  copyLinkStatus,
  isCollapsible,
  toggleAllLabel,
  type Block,
  type CollapsibleId,
  type SectionId,
} from './content.js';
import type { Locale } from './language.js';
import { inLocale } from './localize.js';

export interface CopyStatus {
  section: CollapsibleId;
  copied: boolean;
  link: string;
}

/** What a render needs to know; derived from the element's attributes. */
export interface View {
  /** The text of a section as one element, the same object from render to render. */
  text: (id: SectionId) => Node;
  locale: Locale;
  shown: readonly SectionId[];
  expanded: ReadonlySet<CollapsibleId>;
  level: number;
  exclusive: boolean;
  copyStatus?: CopyStatus;
}

// One template per level: the heading must be a real <hN>, and lit-html's
// static tag names would cost bytes and defeat template minification.
const HEADINGS = [
  (button: unknown) => html`<h1 part="heading" class="heading">${button}</h1>`,
  (button: unknown) => html`<h2 part="heading" class="heading">${button}</h2>`,
  (button: unknown) => html`<h3 part="heading" class="heading">${button}</h3>`,
  (button: unknown) => html`<h4 part="heading" class="heading">${button}</h4>`,
  (button: unknown) => html`<h5 part="heading" class="heading">${button}</h5>`,
  (button: unknown) => html`<h6 part="heading" class="heading">${button}</h6>`,
];

/**
 * The text of a section as DOM, in the language of the render under way:
 * built with DOM calls (no HTML parsing, nothing for Trusted Types to check)
 * once per language and section, then cloned, which is cheaper for the
 * browser than a template part per paragraph.
 */
const built = new Map<string, HTMLElement>();
export function sectionText(locale: Locale, id: SectionId): Node {
  const key = `${locale} ${id}`;
  let text = built.get(key);
  if (!text) {
    text = document.createElement('div');
    text.className = 'text';
    for (const b of content[id]().blocks) text.append(blockElement(b));
    built.set(key, text);
  }
  return text.cloneNode(true);
}

function blockElement(b: Block): HTMLElement {
  if (typeof b === 'string') return Object.assign(document.createElement('p'), { textContent: b });
  const list = document.createElement('ul');
  for (const item of b)
    list.append(Object.assign(document.createElement('li'), { textContent: item }));
  return list;
}

function toggleAll(view: View) {
  const collapsible = view.shown.filter(isCollapsible);
  if (view.exclusive || collapsible.length < 2) return nothing;
  const allOpen = collapsible.every((id) => view.expanded.has(id));
  return html`<button
    type="button"
    part="toggle-all"
    class="toggle-all link-button"
    aria-expanded=${allOpen}
  >
    ${toggleAllLabel(allOpen)}
  </button>`;
}

function copyLink(view: View, id: CollapsibleId) {
  const status = view.copyStatus?.section === id ? view.copyStatus : undefined;
  return html`<p class="copy-link">
    <button
      type="button"
      part="copy-link"
      class="link-button"
      data-copy=${id}
      aria-describedby="button-${id}"
    >
      ${copyLinkLabel()}
    </button>
    <span role="status">
      ${status ? copyLinkStatus(status.copied) : nothing}
      ${status?.copied === false ? status.link : nothing}
    </span>
  </p>`;
}

// hidden="until-found" lets find-in-page reach collapsed text; 'beforematch'
// then opens the section, which keeps `open`, aria-expanded and the event in step.
// Chromium exposes an until-found panel's own role while hiding its content,
// so only an open panel is a region: no empty landmarks for screen readers.
function section(view: View, id: SectionId) {
  if (!isCollapsible(id)) {
    return html`<div part="intro" class="intro" id="section-intro">${view.text(id)}</div>`;
  }
  const { heading } = content[id]();
  const open = view.expanded.has(id);
  return html`<div part="section" class="section" id="section-${id}">
    ${HEADINGS[view.level - 1]!(
      html`<button
        type="button"
        part="button"
        class="trigger"
        id="button-${id}"
        data-toggle=${id}
        aria-expanded=${open}
        aria-controls="panel-${id}"
      >
        <span part="icon" class="icon" aria-hidden="true"></span>
        <span class="label">${heading}</span>
      </button>`,
    )}
    <div
      part="panel"
      class="panel"
      id="panel-${id}"
      data-section=${id}
      role=${open ? 'region' : nothing}
      aria-labelledby=${open ? `button-${id}` : nothing}
      hidden=${open ? nothing : 'until-found'}
    >
      ${view.text(id)} ${copyLink(view, id)}
    </div>
  </div>`;
}

/** The whole widget, in the view's language. */
export function renderMission(view: View) {
  const firstCollapsible = view.shown.find(isCollapsible);
  return inLocale(
    view.locale,
    () =>
      html`<div class="mission" lang=${view.locale}>
        ${view.shown.map(
          (id) => html`${id === firstCollapsible ? toggleAll(view) : nothing}${section(view, id)}`,
        )}
      </div>`,
  );
}

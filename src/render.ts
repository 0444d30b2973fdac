/**
 * The widget's shadow DOM. lit-html renders one prototype per shape (language,
 * heading level, sections shown, exclusive), all sections collapsed; each
 * instance clones its shape's prototype, a single native call, and then
 * applies its state (open sections, copy status) to a handful of nodes.
 * Instances hold no template parts: at 100 widgets on a page that took the
 * JS heap from 3.1× to about 1.5× that of the same page in static HTML
 * (`npm run bench`; the rest is mostly fixed cost, see bench/README.md). Buttons carry `data-*` attributes; the element listens
 * once, on its shadow root, for all of them.
 */
import { html, nothing, render } from 'lit/html.js';
import { writeAttribute } from './attributes.js';
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
import type { CopyStatus } from './deep-link.js';
import type { Locale } from './language.js';
import { inLocale } from './localize.js';
import { styles } from './aivd-mission.styles.js';

/** What decides the shadow DOM's structure. */
export interface Shape {
  locale: Locale;
  level: number;
  shown: readonly SectionId[];
  exclusive: boolean;
}

/** What changes within a structure. */
export interface State {
  expanded: ReadonlySet<CollapsibleId>;
  copyStatus?: CopyStatus | undefined;
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

const block = (b: Block) =>
  typeof b === 'string'
    ? html`<p>${b}</p>`
    : html`<ul>
        ${b.map((item) => html`<li>${item}</li>`)}
      </ul>`;

// hidden="until-found" lets find-in-page reach collapsed text; 'beforematch'
// then opens the section, which keeps `open`, aria-expanded and the event in step.
function section(level: number, id: SectionId) {
  const { heading, blocks } = content[id]();
  if (!isCollapsible(id)) {
    return html`<div part="intro" class="intro" id="section-intro">${blocks.map(block)}</div>`;
  }
  return html`<div part="section" class="section" id="section-${id}">
    ${HEADINGS[level - 1]!(
      html`<button
        type="button"
        part="button"
        class="trigger"
        id="button-${id}"
        data-toggle=${id}
        aria-expanded="false"
        aria-controls="panel-${id}"
      >
        <span part="icon" class="icon" aria-hidden="true"></span>${heading}
      </button>`,
    )}
    <div part="panel" class="panel" id="panel-${id}" data-section=${id} hidden="until-found">
      ${blocks.map(block)}
    </div>
  </div>`;
}

/**
 * The copy-link button and its status, stamped when a section first opens:
 * few readers open every section, so closed panels carry none. The status
 * exists before it changes, so screen readers announce it.
 */
const copyLine = (id: CollapsibleId) =>
  html`<p class="copy-link">
    <button
      type="button"
      part="copy-link"
      class="link-button"
      id="copy-${id}"
      aria-describedby="button-${id}"
      data-copy=${id}
    >
      ${copyLinkLabel()}</button
    ><span id="status-${id}" role="status"></span>
  </p>`;

function template({ locale, level, shown, exclusive }: Shape) {
  const collapsible = shown.filter(isCollapsible);
  const toggleAll =
    exclusive || collapsible.length < 2
      ? nothing
      : html`<button
          type="button"
          part="toggle-all"
          class="toggle-all link-button"
          id="toggle-all"
          aria-expanded="false"
        >
          ${toggleAllLabel(false)}
        </button>`;
  return html`<div class="mission" lang=${locale}>
    ${shown.map((id) => html`${id === collapsible[0] ? toggleAll : nothing}${section(level, id)}`)}
  </div>`;
}

// One constructed stylesheet for every instance, made when the first connects.
// An engine without constructable stylesheets (before Safari 16.4) gets a
// <style> in each stamp instead: it renders the same, at some cost per instance.
const constructable =
  'adoptedStyleSheets' in Document.prototype &&
  typeof CSSStyleSheet.prototype.replaceSync === 'function';
let sheet: CSSStyleSheet | undefined;

/** Gives `root` the widget's styles. */
export function adoptStyles(root: ShadowRoot): void {
  if (!constructable) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
  }
  root.adoptedStyleSheets = [sheet];
}

const prototypes = new Map<string, DocumentFragment>();

/**
 * A fresh copy of what `template` renders in `locale`. Each key's template is
 * rendered once; then copied out of the container lit-html keeps its parts on,
 * so that only the DOM stays in memory, and cloned, a single native call.
 */
function stamp(key: string, locale: Locale, template: () => unknown): DocumentFragment {
  let prototype = prototypes.get(key);
  if (!prototype) {
    const container = document.createDocumentFragment();
    inLocale(locale, () => render(template(), container));
    prototype = container.cloneNode(true) as DocumentFragment;
    // lit-html's part markers serve no clone: every instance would carry them.
    // A NodeIterator, unlike a TreeWalker, goes on past the node it removes.
    const markers = document.createNodeIterator(prototype, NodeFilter.SHOW_COMMENT);
    let marker: Node | null;
    while ((marker = markers.nextNode())) (marker as Comment).remove();
    prototypes.set(key, prototype);
    // A page (or the snippet builder) may go through many shapes: keep the latest few.
    if (prototypes.size > 24) prototypes.delete(prototypes.keys().next().value!);
  }
  return prototype.cloneNode(true) as DocumentFragment;
}

/** Equal for shapes that render the same structure. */
const shapeKey = (shape: Shape) =>
  [shape.locale, shape.level, shape.exclusive, ...shape.shown].join(' ');

const set = (node: Element, name: string, value: string | null) => {
  if (node.getAttribute(name) !== value) writeAttribute(node, name, value);
};

/**
 * Shows `state` in a stamped root of `shape`. Chromium exposes an until-found
 * panel's own role while hiding its content, so only an open panel is a
 * region: no empty landmarks for screen readers.
 */
function apply(
  root: ShadowRoot,
  { locale, shown }: Shape,
  state: State,
  only?: ReadonlySet<CollapsibleId>,
): void {
  const collapsible = shown.filter(isCollapsible);
  for (const id of only ?? collapsible) {
    const open = state.expanded.has(id);
    const button = root.getElementById(`button-${id}`);
    const panel = root.getElementById(`panel-${id}`);
    // Not in this tree (a copied section no longer shown, or nodes a page script removed): skip.
    if (!button || !panel) continue;
    set(button, 'aria-expanded', String(open));
    set(panel, 'hidden', open ? null : 'until-found');
    set(panel, 'role', open ? 'region' : null);
    set(panel, 'aria-labelledby', open ? `button-${id}` : null);
    if (open && !root.getElementById(`copy-${id}`)) {
      panel.append(stamp(`${locale} ${id}`, locale, () => copyLine(id)));
    }
    const status = state.copyStatus?.section === id ? state.copyStatus : undefined;
    const text =
      status?.copied !== undefined
        ? inLocale(locale, () => copyLinkStatus(status.copied!)) +
          (status.copied ? '' : ` ${status.link}`)
        : '';
    const live = root.getElementById(`status-${id}`);
    if (live && live.textContent !== text) live.textContent = text;
  }
  // Nothing changed: the show all button is as it was.
  if (only?.size === 0) return;
  const toggleAll = root.getElementById('toggle-all');
  if (toggleAll) {
    const allOpen = collapsible.every((id) => state.expanded.has(id));
    set(toggleAll, 'aria-expanded', String(allOpen));
    const label = inLocale(locale, () => toggleAllLabel(allOpen));
    if (toggleAll.textContent!.trim() !== label) toggleAll.textContent = label;
  }
}

// The shape each shadow root holds now.
const stamped = new WeakMap<ShadowRoot, string>();

/**
 * Shows `state` in `root`, first stamping a fresh tree when `shape` differs
 * from the one there. A new language or heading level replaces the tree: the
 * focus stays on the same control in the new one. `flipped`, the sections
 * whose state changed in a tree that stays, limits the work to those.
 */
export function show(
  root: ShadowRoot,
  shape: Shape,
  state: State,
  flipped?: readonly CollapsibleId[],
): void {
  const key = shapeKey(shape);
  // The sections to touch: those that flipped, or in a fresh tree (all
  // collapsed) the open ones; the rest already show their state.
  let only: Set<CollapsibleId> | undefined;
  if (stamped.get(root) !== key) {
    only = new Set(state.expanded);
    const focused = root.activeElement?.id;
    const tree = stamp(key, shape.locale, () => template(shape));
    if (!constructable) {
      tree.prepend(Object.assign(document.createElement('style'), { textContent: styles }));
    }
    root.replaceChildren(tree);
    stamped.set(root, key);
    if (focused) root.getElementById(focused)?.focus({ preventScroll: true });
  } else if (flipped) only = new Set(flipped);
  if (state.copyStatus) only?.add(state.copyStatus.section);
  apply(root, shape, state, only);
}

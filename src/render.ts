/**
 * The widget's shadow DOM. lit-html renders one prototype per shape (language,
 * heading level, sections shown, exclusive), all sections collapsed; each
 * instance clones its shape's prototype, a single native call, and then
 * applies its state (open sections, copy status) to a handful of nodes.
 * Instances hold no template parts: at 100 widgets on a page that took the
 * JS heap from 3.1× to about 1.5× that of the same page in static HTML
 * (`npm run bench`; the rest is mostly fixed cost, see bench/README.md).
 * Buttons carry `data-*` attributes; the element listens once, on its shadow
 * root, for all of them.
 */
import { render } from 'lit/html.js';
import { decidesAccentInScript, markDarkBackground } from './accent.js';
import { writeAttribute } from './attributes.js';
import { copyLinkStatus, isCollapsible, toggleAllLabel, type CollapsibleId } from './content.js';
import type { CopyStatus } from './deep-link.js';
import type { Locale } from './language.js';
import { inLocale } from './localize.js';
import { classes, ids } from './names.js';
import { copyLine, template, type Shape } from './templates.js';
import { styles } from './aivd-mission.styles.js';

/** What changes within a structure. */
export interface State {
  expanded: ReadonlySet<CollapsibleId>;
  copyStatus?: CopyStatus | undefined;
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
 * Shows the state of `sections` in a stamped root: each section's button and
 * panel, its copy-link line (made when the section first opens) and status.
 * Chromium exposes an until-found panel's own role while hiding its content,
 * so only an open panel is a region: no empty landmarks for screen readers.
 */
function applySections(
  root: ShadowRoot,
  locale: Locale,
  state: State,
  sections: Iterable<CollapsibleId>,
): void {
  for (const id of sections) {
    const open = state.expanded.has(id);
    const button = root.getElementById(ids.button(id));
    const panel = root.getElementById(ids.panel(id));
    // Not in this tree (a copied section no longer shown, or nodes a page script removed): skip.
    if (!button || !panel) continue;
    set(button, 'aria-expanded', String(open));
    set(panel, 'hidden', open ? null : 'until-found');
    set(panel, 'role', open ? 'region' : null);
    set(panel, 'aria-labelledby', open ? ids.button(id) : null);
    if (open && !root.getElementById(ids.copy(id))) {
      panel.append(stamp(`${locale} ${id}`, locale, () => copyLine(id)));
    }
    const status = state.copyStatus?.section === id ? state.copyStatus : undefined;
    const text =
      status?.copied !== undefined
        ? inLocale(locale, () => copyLinkStatus(status.copied!)) +
          (status.copied ? '' : ` ${status.link}`)
        : '';
    const live = root.getElementById(ids.status(id));
    if (live && live.textContent !== text) live.textContent = text;
  }
}

/** Shows in the show all button, if there is one, whether every section is open. */
function applyToggleAll(root: ShadowRoot, { locale, shown }: Shape, state: State): void {
  const toggleAll = root.getElementById(ids.toggleAll);
  if (!toggleAll) return;
  const allOpen = shown.filter(isCollapsible).every((id) => state.expanded.has(id));
  set(toggleAll, 'aria-expanded', String(allOpen));
  const label = inLocale(locale, () => toggleAllLabel(allOpen));
  if (toggleAll.textContent!.trim() !== label) toggleAll.textContent = label;
}

// The shape each shadow root holds now.
const stamped = new WeakMap<ShadowRoot, string>();

/**
 * Shows `state` in `root`, first stamping a fresh tree when `shape` differs
 * from the one there. A new language or heading level replaces the tree: the
 * focus stays on the same control in the new one (or its successor). In a tree that stays, only
 * the sections in `changed` (those whose state differs from the last render's)
 * and the one whose copy status is shown are touched; the rest show their
 * state already.
 */
export function show(
  root: ShadowRoot,
  shape: Shape,
  state: State,
  changed: readonly CollapsibleId[],
): void {
  const key = shapeKey(shape);
  const fresh = stamped.get(root) !== key;
  const focused = fresh ? root.activeElement?.id : undefined;
  if (fresh) {
    const tree = stamp(key, shape.locale, () => template(shape));
    if (!constructable) {
      tree.prepend(Object.assign(document.createElement('style'), { textContent: styles }));
    }
    root.replaceChildren(tree);
    stamped.set(root, key);
  }
  // A fresh tree shows every section collapsed: the open ones need touching.
  const sections = new Set(fresh ? state.expanded : changed);
  if (state.copyStatus) sections.add(state.copyStatus.section);
  applySections(root, shape.locale, state, sections);
  // The show all button follows the sections' states. A fresh tree shows it
  // as for every section closed; in a tree that stays it is right until one
  // changes. Not touching it otherwise keeps a first render of 100 collapsed
  // widgets from reading 100 labels (bench: render, N = 100).
  const touched = fresh ? state.expanded.size > 0 : changed.length > 0;
  if (touched) applyToggleAll(root, shape, state);
  // Last: a copy-link button exists only once its section's state is applied.
  if (focused) successorOf(root, focused)?.focus({ preventScroll: true });
  if (decidesAccentInScript()) {
    markDarkBackground(root.querySelector(`.${classes.mission}`)!, classes.onDark);
  }
}

/**
 * The control in a fresh tree that takes over the focus of the control that
 * had id `focused` in the old one: the same control, or where it went (a
 * copy-link button whose section closed: that section's button), or else the
 * first control, so that keyboard focus never falls to the page.
 */
function successorOf(root: ShadowRoot, focused: string): HTMLElement | null {
  const copied = /^copy-(.+)$/.exec(focused)?.[1] as CollapsibleId | undefined;
  return (
    root.getElementById(focused) ??
    (copied && root.getElementById(ids.button(copied))) ??
    root.querySelector<HTMLElement>('button')
  );
}

/**
 * The names inside the widget's shadow DOM, and its tag: written once, here,
 * and imported by the modules and tests that render or find them. The ids,
 * classes and data-* attributes are internal: unlike the tag, the attributes,
 * events, parts and custom properties (docs/reference.md), they may change
 * with the code.
 *
 * Three places write them out instead of importing them: the styles, plain
 * CSS that selects by these classes (names.spec.ts checks that each selector
 * names one of them); the html`` templates' `data-*` attributes, since
 * lit-html binds attribute values, never attribute names (clicking a section
 * button or finding text in a panel fails in the tests if they differ); and
 * customElements.define, whose text the manifest's analyzer reads the tag
 * from (life-cycle.test.ts checks it is TAG).
 */
import type { CollapsibleId, SectionId } from './content.js';

/** The element's tag name (also the link prefix of an element without an id). */
export const TAG = 'aivd-mission';

/**
 * The Trusted Types policy the bundles create for lit-html's templates, once
 * per page however many copies load: a name of our own, so that a host app
 * built with Lit keeps `lit-html` for itself (rollup.config.js renames it).
 */
export const TRUSTED_TYPES_POLICY = 'aivd-mission';

/** Ids in the shadow root, one per section where it takes a section id. */
export const ids = {
  /** The wrapper of a section's heading and panel (`section-intro`: the intro). */
  section: (section: SectionId) => `section-${section}`,
  /** A section's button, which opens and closes its panel. */
  button: (section: CollapsibleId) => `button-${section}`,
  panel: (section: CollapsibleId) => `panel-${section}`,
  /** The copy-link button at the end of an open panel. */
  copy: (section: CollapsibleId) => `copy-${section}`,
  /** The live region that says whether the copy worked. */
  status: (section: CollapsibleId) => `status-${section}`,
  /** The show all / hide all button. */
  toggleAll: 'toggle-all',
};

/** Classes in the shadow root: the styles' hooks, and the controls'. */
export const classes = {
  /** The root of the rendered tree; carries the language shown. */
  mission: 'mission',
  /** On the root, in an engine without relative colours, when its text is light (accent.ts). */
  onDark: 'on-dark',
  intro: 'intro',
  section: 'section',
  heading: 'heading',
  /** A section's button. */
  trigger: 'trigger',
  /** The chevron in a section's button. */
  icon: 'icon',
  panel: 'panel',
  /** The line that holds a panel's copy-link button and its status. */
  copyLink: 'copy-link',
  toggleAll: 'toggle-all',
  /** A button that looks like a link: show all / hide all, and copy link. */
  linkButton: 'link-button',
};

/** What a control is for, in a `data-*` attribute that holds its section id. */
export const data = {
  /** On a section's button: the section it opens and closes. */
  toggle: 'data-toggle',
  /** On a copy-link button: the section whose link it copies. */
  copy: 'data-copy',
  /** On a panel: its section, for find-in-page's `beforematch`. */
  section: 'data-section',
};

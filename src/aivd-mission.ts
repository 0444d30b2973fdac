import * as attributes from './attributes.js';
import { CONTENT_VERSION, type CollapsibleId, type SectionId } from './content.js';
import { CONTROL_EVENTS, COPY_LINK, causeOf, control } from './controls.js';
import { readFallback, withReaderChanges, type ReaderState } from './continuity.js';
import { copyLink, followHash, unwatchHash, watchHash, type CopyStatus } from './deep-link.js';
import { resolveLocale, unwatchLang, watchLang } from './language.js';
import { TAG, ids } from './names.js';
import { allOpen, serializeOpen, toggleOpen } from './open-state.js';
import type { Reading } from './options.js';
import { adoptStyles, show } from './render.js';
import type { Shape } from './templates.js';
import { Renders, afterNextFrame } from './scheduler.js';
import { Changes, toggleEvent } from './toggle-event.js';

export type {
  AivdMissionToggleCause,
  AivdMissionToggleDetail,
  AivdMissionToggleEvent,
} from './toggle-event.js';

/**
 * The mission, values and capabilities of the AIVD (General Intelligence and
 * Security Service) in Dutch or English, in sections readers expand and collapse:
 * `<aivd-mission lang="en" open="values" heading-level="3"></aivd-mission>`.
 *
 * Every attribute is optional, and is also a property that reads and writes it.
 * Section ids: `intro` (always shown), `mission`, `values`, `capabilities` and
 * `organisation`. Bad values never throw: unknown ids are ignored with a warning.
 * A URL fragment `#aivd-mission-<id>` (`#<element id>-<id>` for an element with
 * an `id`) opens that section, scrolls to it and focuses its button; a
 * find-in-page match opens its section.
 *
 * @attr lang - `nl` or `en`, with any region subtag and case; default the nearest ancestor's `lang`, else `<html lang>`, else `nl`. Other languages render Dutch. Also the `lang` property.
 * @attr sections - Space-separated ids of the sections to show, in that order; default `intro mission values capabilities organisation`, also when none is known.
 * @attr open - Space-separated ids of the expanded sections, or `all`; default none. Kept up to date as readers open and close sections.
 * @attr heading-level - Level (1–6) of the section headings, to fit the page's outline; anything else renders 2, the default. Property `headingLevel`.
 * @attr exclusive - Present: at most one section open at a time (an `open` naming several keeps its first), and no show all button.
 *
 * @fires {AivdMissionToggleEvent} aivd-mission-toggle - `detail: { section, open, cause }`: the id of a section that opened (`open` true) or closed, and why: `cause` is `'user'` (a reader's click or key on its button), `'find'` (find-in-page or a text fragment), `'link'` (a followed section link), `'toggle-all'` (show all / hide all) or `'api'` (a page script: a method, or a change of `open`, `sections` or `exclusive`). One event per section, after it rendered; none for the first render. Bubbles and is composed.
 *
 * @csspart intro - The introduction paragraph.
 * @csspart section - One collapsible section: its heading and panel.
 * @csspart heading - The heading (`h1`–`h6`) of a section.
 * @csspart button - The button in a heading that expands and collapses its panel.
 * @csspart icon - The chevron in a section button.
 * @csspart panel - The content of a collapsible section.
 * @csspart toggle-all - The show all / hide all button.
 * @csspart copy-link - The button at the end of an open section that copies a link to it.
 *
 * @cssprop [--aivd-mission-accent=#01689b] - Colour of the buttons; falls back to the NL Design System's `--nl-link-color`, then `--utrecht-link-color`. The default is `#01689b` on dark text and the text colour itself on light text (a dark band or dark colour scheme).
 * @cssprop [--aivd-mission-text=inherit] - Text colour; falls back to `--basis-color-default-color-document`, then `--utrecht-document-color`.
 * @cssprop [--aivd-mission-font-family=inherit] - Font; falls back to `--basis-text-font-family-default`, then `--utrecht-document-font-family`. Headings take `--nl-heading-level-N-font-family`, then `--basis-heading-font-family`, first.
 * @cssprop [--aivd-mission-focus-color=currentColor] - Colour of the focus ring; falls back to `--basis-focus-outline-color`, then `--utrecht-focus-outline-color`. Its width and style follow `--basis-focus-outline-width`/`-style`, then `--utrecht-focus-outline-width`/`-style` (default 3px solid).
 * @cssprop [--aivd-mission-background=transparent] - Background.
 * @cssprop [--aivd-mission-border-color=color-mix(in srgb, currentColor 35%, transparent)] - Colour of the dividers between sections.
 * @cssprop [--aivd-mission-radius=2px] - Corner radius of the buttons and focus rings.
 * @cssprop [--aivd-mission-spacing=1rem] - Base spacing unit.
 * @cssprop [--aivd-mission-scroll-margin=1rem] - Room left above a section that a link scrolls to, e.g. the height of a sticky page header.
 */
export class AivdMission extends HTMLElement {
  /**
   * The version of the text (a date), apart from the package's: when it
   * moves, a pinned snippet's text (its `data-content-version`) is out of
   * date. CHANGELOG.md's "Text" entries say what changed.
   */
  static readonly contentVersion: string = CONTENT_VERSION;

  // Attributes are the state, as on native elements: LitElement's reactive
  // properties would add 3 KiB gzip and a copy of that state per instance.
  // `lang` is watched by language.ts's shared observer: an ancestor's counts too.
  static observedAttributes = [...attributes.OBSERVED];

  // Attributes changed since the last render: their bad values warn once.
  // Per-instance state is made when needed: 100 widgets on a page hold 100 of each.
  #changed?: Set<string>;
  // Set while the element writes its own `open`, which needs no new render.
  #reflecting = false;
  // What the tree shows (language, level, sections, exclusive): kept while
  // only `open` changes, so that a click re-reads `open` alone.
  #shape?: Shape;
  // The open sections as `open`, `sections` and `exclusive` say; read when first needed.
  #expanded?: Reading<CollapsibleId[]>;
  #copyStatus?: CopyStatus;
  // What the reader did in the fallback before the upgrade, until the first render.
  #reader?: ReaderState;
  // The sections changed since the last render, and why; the render reports them.
  #changes = new Changes();
  #renders = new Renders(() => this.isConnected && (this.#render(), true));
  // Listeners for the shared lang observer and hashchange listener. A change
  // of any lang re-reads the tree's shape only if this element's language moved.
  #langChanged = (): void => {
    if (this.#shape?.locale === resolveLocale(this)) return;
    this.#shape = undefined;
    this.#renders.request();
  };
  #followHash = (onLoad = false): Promise<void> =>
    this.#changes.during('link', () => followHash(this, this.#shown(), onLoad));

  constructor() {
    super();
    // The fallback as the reader left it: the shadow root is about to hide it.
    this.#reader = readFallback(this);
    const root = this.attachShadow({ mode: 'open' });
    for (const type of CONTROL_EVENTS) root.addEventListener(type, AivdMission.#onEvent, true);
    attributes.upgradeProperties(this, attributes.PROPERTIES);
  }

  /** Ids of the sections to show, in order; default all five, also when none is known. */
  get sections(): string {
    return attributes.getSections(this);
  }
  set sections(value: string) {
    attributes.setSections(this, value);
  }

  /** Ids of the expanded sections, or `all`; default '' (all collapsed); always the live state. */
  get open(): string {
    return attributes.getOpen(this);
  }
  set open(value: string) {
    attributes.setOpen(this, value);
  }

  /** Heading level 1–6; anything else renders 2. */
  get headingLevel(): number {
    return attributes.getHeadingLevel(this);
  }
  set headingLevel(value: number) {
    attributes.setHeadingLevel(this, value);
  }

  /** At most one section open at a time; default false. */
  get exclusive(): boolean {
    return attributes.getExclusive(this);
  }
  set exclusive(value: boolean) {
    attributes.setExclusive(this, value);
  }

  /** A Promise that resolves (to true) when the pending render is done. */
  get updateComplete(): Promise<boolean> {
    return this.#renders.done;
  }

  connectedCallback(): void {
    adoptStyles(this.shadowRoot!);
    watchLang(this.#langChanged, this);
    watchHash(this.#followHash);
    // Anything may have changed while away: read it all again.
    this.#shape = undefined;
    if (this.#reader && !this.#renders.hasRendered) this.#keepReaderState(this.#reader);
    this.#renders.request();
    // A link to a section: follow it once the first render is done.
    if (!this.#renders.hasRendered && location.hash)
      this.updateComplete.then(() => this.#followHash(true));
  }

  disconnectedCallback(): void {
    unwatchLang(this.#langChanged);
    unwatchHash(this.#followHash);
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value || this.#reflecting) return;
    if (name !== 'open') this.#shape = undefined;
    (this.#changed ??= new Set()).add(name);
    // Read the open sections again when needed: before the first render, once,
    // at it; after, now, to note which this change flipped, for the events.
    const before = this.#expanded;
    this.#expanded = undefined;
    if (before && this.#renders.hasRendered)
      this.#changes.note(before.value, this.#openSections().value);
    this.#renders.request();
  }

  /** Reads what changed, keeps `open` canonical, renders, then reports changes. */
  #render(): void {
    const changed = this.#changed;
    this.#changed = undefined;
    const shape = (this.#shape ??= attributes.readShape(this, changed));
    const open = this.#openSections();
    attributes.warnIfChanged(open, 'open', changed);
    // Keep the attribute the live state: canonical, known and shown ids only.
    const canonical = serializeOpen(open.value);
    if (canonical !== this.open) {
      this.#reflecting = true;
      this.open = canonical;
      this.#reflecting = false;
    }
    const expanded = new Set(open.value);
    // One event per section whose state changed since the last render; none for the first.
    const events = this.#changes.take(expanded);
    const changedSections = events.map((event) => event.section);
    show(this.shadowRoot!, shape, { expanded, copyStatus: this.#copyStatus }, changedSections);
    for (const detail of events) this.dispatchEvent(toggleEvent(detail));
  }

  /**
   * The sections the reader opened or closed in the fallback stay so (in
   * `open`; the first render fires no event), and focus on a summary moves
   * to that section's button. A deep link, followed after, wins over both.
   */
  #keepReaderState(reader: ReaderState): void {
    this.#reader = undefined;
    const asSet = this.#openSections().value;
    const kept = serializeOpen(withReaderChanges(asSet, reader, this.exclusive));
    if (kept !== serializeOpen(asSet)) this.open = kept;
    const focused = reader.focused;
    if (focused) {
      this.updateComplete.then(() =>
        this.shadowRoot!.getElementById(ids.button(focused))?.focus({ preventScroll: true }),
      );
    }
  }

  /** The sections shown, as rendered unless `sections` changed since. */
  #shown(): readonly SectionId[] {
    return this.#shape?.shown ?? attributes.readSectionsOf(this).value;
  }

  /** The open sections as the attributes say now. */
  #openSections(): Reading<CollapsibleId[]> {
    return (this.#expanded ??= attributes.readOpenOf(this, this.#shown()));
  }

  // One listener function for every instance's shadow root.
  static #onEvent(this: ShadowRoot, event: Event): void {
    const host = this.host as AivdMission;
    host.#changes.during(causeOf(event), () => control(event, host));
  }

  /**
   * Opens (`force` true) or closes (`force` false) one section, or flips it;
   * returns whether it is open now. An id that is not a shown section warns
   * and changes nothing.
   */
  toggle(id: string, force?: boolean): boolean {
    const open = this.#openSections().value;
    const result = toggleOpen(open, id, force, this.#shown(), this.exclusive);
    if (result) this.open = result.open;
    else console.warn(`<${TAG}> toggle(): "${String(id)}" is not a shown section`);
    return !!result?.isOpen;
  }

  /** Opens every shown section (with `exclusive`, only the first). */
  expandAll(): void {
    this.open = serializeOpen(allOpen(this.#shown(), this.exclusive));
  }

  /** Closes every section. */
  collapseAll(): void {
    this.open = '';
  }

  /**
   * Copies the link to `section` and says so in its status; a copy-link
   * button asks for it. Keyed by a symbol, not for page scripts.
   * @internal
   */
  async [COPY_LINK](section: CollapsibleId): Promise<void> {
    // Empty the status first and fill it in a later frame: a second copy then
    // changes it again, and screen readers hear it (not a change undone within a frame).
    this.#copyStatus = { section, link: '' };
    this.#renders.request();
    const shownEmpty = this.updateComplete.then(afterNextFrame);
    const [status] = await Promise.all([copyLink(this.id, section), shownEmpty]);
    this.#copyStatus = status;
    this.#renders.request();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aivd-mission': AivdMission;
  }
}

// Without custom elements (very old browsers) the page keeps the element's
// fallback content, readable as it is; nothing is defined and nothing throws.
// The tag is written out, not names.ts's TAG: the manifest's analyzer (cem)
// takes the tag name from this call's text. life-cycle.test.ts checks they agree.
if (globalThis.customElements && !customElements.get('aivd-mission')) {
  customElements.define('aivd-mission', AivdMission);
}

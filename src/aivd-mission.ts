import { upgradeProperties, writeAttribute } from './attributes.js';
import { SECTION_IDS, type CollapsibleId, type SectionId } from './content.js';
import { CONTROL_EVENTS, causeOf, control } from './controls.js';
import { copyLink, followHash, unwatchHash, watchHash, type CopyStatus } from './deep-link.js';
import { resolveLocale, unwatchLang, watchLang } from './language.js';
import { allOpen, changes, flipped, readOpen, serializeOpen, toggleOpen } from './open-state.js';
import { readHeadingLevel, readSections, tokens } from './options.js';
import { adoptStyles, show, type Shape } from './render.js';
import { Renders } from './scheduler.js';
import { Causes, toggleEvent } from './toggle-event.js';

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
 * @cssprop [--aivd-mission-accent=#01689b] - Colour of the buttons; falls back to the NL Design System's `--nl-link-color`, then `--utrecht-link-color`. The default is `#8fcae7` on a page with `color-scheme: dark` (where the browser has `light-dark()`).
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
  // Attributes are the state, as on native elements: LitElement's reactive
  // properties would add 3 KiB gzip and a copy of that state per instance.
  // `lang` is watched by language.ts's shared observer: an ancestor's counts too.
  static observedAttributes = ['sections', 'open', 'heading-level', 'exclusive'];

  // Attributes changed since the last render: their bad values warn once.
  // Per-instance state is made when needed: 100 widgets on a page hold 100 of each.
  #changed?: Set<string>;
  // Set while the element writes its own `open`, which needs no new render.
  #reflecting = false;
  // What the tree shows (language, level, sections, exclusive): kept while
  // only `open` changes, so that a click re-reads `open` alone.
  #shape?: Shape;
  #copyStatus?: CopyStatus;
  // `open` as of the last render (none yet: undefined); events report the difference.
  #announced?: string;
  // Why each section changed since then.
  #causes = new Causes();
  #renders = new Renders(() => this.isConnected && (this.#render(), true));
  // Listeners for the shared lang observer and hashchange listener. A change
  // of any lang re-reads the tree's shape only if this element's language moved.
  #langChanged = (): void => {
    if (this.#shape?.locale === resolveLocale(this)) return;
    this.#shape = undefined;
    this.#requestRender();
  };
  #followHash = (): Promise<void> =>
    this.#causes.during('link', () => followHash(this, this.#shown()));

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    for (const type of CONTROL_EVENTS) root.addEventListener(type, AivdMission.#onEvent, true);
    upgradeProperties(this, ['sections', 'open', 'headingLevel', 'exclusive']);
  }

  /** Ids of the sections to show, in order; default all five, also when none is known. */
  get sections(): string {
    return this.getAttribute('sections') ?? SECTION_IDS.join(' ');
  }
  set sections(value: string) {
    writeAttribute(this, 'sections', value ?? null);
  }

  /** Ids of the expanded sections, or `all`; default '' (all collapsed); always the live state. */
  get open(): string {
    return this.getAttribute('open') ?? '';
  }
  set open(value: string) {
    writeAttribute(this, 'open', value || null);
  }

  /** Heading level 1–6; anything else renders 2. */
  get headingLevel(): number {
    return readHeadingLevel(this.getAttribute('heading-level')).value;
  }
  set headingLevel(value: number) {
    writeAttribute(this, 'heading-level', value ?? null);
  }

  /** At most one section open at a time; default false. */
  get exclusive(): boolean {
    return this.hasAttribute('exclusive');
  }
  set exclusive(value: boolean) {
    this.toggleAttribute('exclusive', !!value);
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
    this.#requestRender();
    // A link to a section: follow it once the first render is done.
    if (!this.#renders.hasRendered && location.hash) this.updateComplete.then(this.#followHash);
  }

  disconnectedCallback(): void {
    unwatchLang(this.#langChanged);
    unwatchHash(this.#followHash);
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value || this.#reflecting) return;
    if (name === 'open') this.#causes.note(flipped(old, value, this.#shown(), this.exclusive));
    else this.#shape = undefined;
    (this.#changed ??= new Set()).add(name);
    this.#requestRender();
  }

  #requestRender(): void {
    this.#renders.request();
  }

  /** Reads what changed, keeps `open` canonical, renders, then reports changes. */
  #render(): void {
    const changed = this.#changed;
    this.#changed = undefined;
    // Only `open` changed (a click, key, link, match or method): the tree
    // holds, and only the sections whose state differs need touching.
    const kept = this.#shape;
    const shape = kept ?? this.#readShape(changed);
    const open = readOpen(this.open, shape.shown, shape.exclusive);
    if (changed?.has('open')) this.#warn(open.problem);
    // Keep the attribute the live state: canonical, known and shown ids only.
    const canonical = serializeOpen(open.value);
    if (canonical !== this.open) {
      this.#reflecting = true;
      this.open = canonical;
      this.#reflecting = false;
    }
    const expanded = new Set(open.value);
    const previous = this.#announced;
    this.#announced = canonical;
    const flips =
      previous === undefined ? [] : changes(new Set(tokens(previous) as CollapsibleId[]), expanded);
    const state = { expanded, copyStatus: this.#copyStatus };
    const rerender = kept && previous !== undefined;
    show(this.shadowRoot!, shape, state, rerender ? flips.map((flip) => flip.section) : undefined);
    // One event per section whose state changed; none for the first render.
    for (const detail of this.#causes.take(flips)) this.dispatchEvent(toggleEvent(detail));
  }

  /** The sections shown, as rendered unless `sections` changed since. */
  #shown(): readonly SectionId[] {
    return this.#shape?.shown ?? readSections(this.getAttribute('sections')).value;
  }

  /** Reads the attributes that decide the tree; a bad value that changed warns. */
  #readShape(changed: Set<string> | undefined): Shape {
    const sections = readSections(this.getAttribute('sections'));
    if (changed?.has('sections')) this.#warn(sections.problem);
    const level = readHeadingLevel(this.getAttribute('heading-level'));
    if (changed?.has('heading-level')) this.#warn(level.problem);
    return (this.#shape = {
      locale: resolveLocale(this),
      level: level.value,
      shown: sections.value,
      exclusive: this.exclusive,
    });
  }

  // One listener function for every instance's shadow root.
  static #onEvent(this: ShadowRoot, event: Event): void {
    const host = this.host as AivdMission;
    const copy = host.#causes.during(causeOf(event), () => control(event, host));
    if (copy) host.#copyLink(copy);
  }

  async #copyLink(section: CollapsibleId): Promise<void> {
    // Empty the status first: a second copy then changes it again, and is announced.
    this.#copyStatus = { section, link: '' };
    this.#requestRender();
    const [status] = await Promise.all([copyLink(this.id, section), this.updateComplete]);
    this.#copyStatus = status;
    this.#requestRender();
  }

  #warn(problem: string | undefined): void {
    if (problem) console.warn(problem);
  }

  /**
   * Opens (`force` true) or closes (`force` false) one section, or flips it;
   * returns whether it is open now. An id that is not a shown section warns
   * and changes nothing.
   */
  toggle(id: string, force?: boolean): boolean {
    const result = toggleOpen(this.open, id, force, this.#shown(), this.exclusive);
    if (result) this.open = result.open;
    else this.#warn(`<aivd-mission> toggle(): "${String(id)}" is not a shown section`);
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
}

declare global {
  interface HTMLElementTagNameMap {
    'aivd-mission': AivdMission;
  }
}

// Without custom elements (very old browsers) the page keeps the element's
// fallback content, readable as it is; nothing is defined and nothing throws.
if (globalThis.customElements && !customElements.get('aivd-mission')) {
  customElements.define('aivd-mission', AivdMission);
}

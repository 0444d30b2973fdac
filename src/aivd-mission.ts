import {
  SECTION_IDS,
  isCollapsible,
  isSectionId,
  type CollapsibleId,
  type SectionId,
} from './content.js';
import { linkTo, sectionFromHash, unwatchHash, watchHash } from './deep-link.js';
import { moveFocus } from './keyboard.js';
import { resolveLocale, unwatchLang, watchLang, type Locale } from './language.js';
import { readHeadingLevel, readOpen, readSections, serializeOpen } from './options.js';
import { apply, shapeKey, stamp, type Shape, type State } from './render.js';
import { schedule } from './scheduler.js';
import { styles } from './aivd-mission.styles.js';

/** Detail of the `aivd-mission-toggle` event. */
export interface AivdMissionToggleDetail {
  section: CollapsibleId;
  open: boolean;
}

export type AivdMissionToggleEvent = CustomEvent<AivdMissionToggleDetail>;

const DEFAULT_SECTIONS = SECTION_IDS.join(' ');
const PROPERTIES = ['sections', 'open', 'headingLevel', 'exclusive'] as const;

// One constructed stylesheet for every instance, made when the first connects.
let sheet: CSSStyleSheet | undefined;

/**
 * The AIVD's mission, values and capabilities, in Dutch or English, with
 * collapsible sections.
 *
 * A plain custom element that renders with lit-html: its attributes are its
 * state (each property reads and writes its attribute, as native elements
 * do), so LitElement's reactive properties would add 3 KiB gzip and a copy of
 * that state per instance for nothing (issue 5's size and heap budgets).
 *
 * @attr lang - `nl` or `en` (region subtags and any case accepted); inherited from the nearest ancestor, else `<html lang>`, else `nl`.
 * @attr sections - Space-separated ids of the sections to show, in order: `intro mission values capabilities organisation`.
 * @attr open - Space-separated ids of the expanded sections, or `all`; reflects the live state.
 * @attr heading-level - Level (1–6) of the section headings; default 2.
 * @attr exclusive - At most one section open at a time.
 *
 * @fires aivd-mission-toggle - A section opened or closed (`detail: { section, open }`); bubbles, composed.
 *
 * @csspart intro - The introduction paragraph.
 * @csspart section - One collapsible section: heading and panel.
 * @csspart heading - The heading element of a section.
 * @csspart button - The button in a heading that expands and collapses its panel.
 * @csspart icon - The chevron in a section button.
 * @csspart panel - The content of a collapsible section.
 * @csspart toggle-all - The show all / hide all button.
 * @csspart copy-link - The button at the end of an open section that copies a link to it.
 *
 * @cssprop --aivd-mission-accent - Colour of the section buttons; default `#01689b`.
 * @cssprop --aivd-mission-text - Text colour; default inherited.
 * @cssprop --aivd-mission-background - Background; default transparent.
 * @cssprop --aivd-mission-border-color - Colour of the dividers; default the text colour at 35%.
 * @cssprop --aivd-mission-font-family - Font; default inherited.
 * @cssprop --aivd-mission-radius - Corner radius of buttons and focus rings; default `2px`.
 * @cssprop --aivd-mission-spacing - Base spacing unit; default `1rem`.
 * @cssprop --aivd-mission-focus-color - Colour of the focus ring; default the button's colour.
 */
export class AivdMission extends HTMLElement {
  static observedAttributes = ['sections', 'open', 'heading-level', 'exclusive'];

  // The language shown, from `lang` here or on an ancestor.
  #locale: Locale = 'nl';
  // Attributes changed since the last render: their bad values warn once.
  #changed = new Set<string>();
  // Set while the element writes its own `open`, which needs no new render.
  #reflecting = false;
  #shown: readonly SectionId[] = SECTION_IDS;
  #copyStatus?: State['copyStatus'];
  // The structure now in the shadow root; a new one is stamped when it changes.
  #shape?: string;
  // Open sections as of the last render; events report the difference.
  #announced?: Set<CollapsibleId>;
  #rendering?: Promise<boolean>;
  // Settles with the first render after connecting, as LitElement's does.
  #resolveFirstRender!: (rendered: boolean) => void;
  #firstRender = new Promise<boolean>((resolve) => (this.#resolveFirstRender = resolve));

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    // Capture: 'beforematch' need not bubble to be seen here.
    for (const type of ['click', 'keydown', 'beforematch']) {
      root.addEventListener(type, AivdMission.#onEvent, true);
    }
    // A framework may have set properties before this script ran: they sit
    // on the instance, hiding the accessors. Replay them through the
    // accessors (only an upgraded element can have them, and an upgrade may
    // set attributes in its constructor).
    for (const name of PROPERTIES) {
      if (!Object.hasOwn(this, name)) continue;
      const value = this[name];
      delete this[name];
      (this as Record<string, unknown>)[name] = value;
    }
  }

  /** Ids of the sections to show, in order; unknown ids are ignored, none known shows all. */
  get sections(): string {
    return this.getAttribute('sections') ?? DEFAULT_SECTIONS;
  }
  set sections(value: string) {
    this.#setAttribute('sections', value ?? null);
  }

  /** Ids of the expanded sections, or `all`; the attribute always tells the live state. */
  get open(): string {
    return this.getAttribute('open') ?? '';
  }
  set open(value: string) {
    this.#setAttribute('open', value || null);
  }

  /** Heading level 1–6; anything else renders 2. */
  get headingLevel(): number {
    return readHeadingLevel(this.getAttribute('heading-level')).value;
  }
  set headingLevel(value: number) {
    this.#setAttribute('heading-level', value ?? null);
  }

  /** At most one section open at a time; default false. */
  get exclusive(): boolean {
    return this.hasAttribute('exclusive');
  }
  set exclusive(value: boolean) {
    this.toggleAttribute('exclusive', !!value);
  }

  /** Resolves once the changes made so far are rendered (as LitElement's does). */
  get updateComplete(): Promise<boolean> {
    return this.#rendering ?? this.#firstRender;
  }

  connectedCallback(): void {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(styles);
    }
    this.shadowRoot!.adoptedStyleSheets = [sheet];
    watchLang(this.#langChanged, this);
    watchHash(this.#followHash);
    this.#locale = resolveLocale(this);
    this.#requestRender();
    if (!this.#announced) this.updateComplete.then(this.#followHash);
  }

  disconnectedCallback(): void {
    unwatchLang(this.#langChanged);
    unwatchHash(this.#followHash);
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value || this.#reflecting) return;
    this.#changed.add(name);
    this.#requestRender();
  }

  #setAttribute(name: string, value: unknown): void {
    if (value === null) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  }

  #requestRender(): void {
    this.#rendering ??= new Promise((resolve) =>
      schedule(() => {
        this.#rendering = undefined;
        try {
          if (this.isConnected) this.#render();
        } finally {
          resolve(true);
        }
      }, !this.#shape),
    );
  }

  /** Reads the attributes, keeps `open` canonical, renders, then reports changes. */
  #render(): void {
    const changed = this.#changed;
    this.#changed = new Set();
    const sections = readSections(this.sections);
    if (changed.has('sections')) this.#warn(sections.problem);
    this.#shown = sections.value;
    const level = readHeadingLevel(this.getAttribute('heading-level'));
    if (changed.has('heading-level')) this.#warn(level.problem);
    const open = readOpen(this.open, this.#shown, this.exclusive);
    if (changed.has('open')) this.#warn(open.problem);
    // Keep the attribute the live state: canonical, known and shown ids only.
    const canonical = serializeOpen(open.value);
    if (canonical !== this.open) {
      this.#reflecting = true;
      this.open = canonical;
      this.#reflecting = false;
    }
    const expanded = new Set(open.value);
    const shape: Shape = {
      locale: this.#locale,
      level: level.value,
      shown: this.#shown,
      exclusive: this.exclusive,
    };
    const root = this.shadowRoot!;
    const key = shapeKey(shape);
    if (key !== this.#shape) {
      // A new language or heading level replaces the tree: keep the focus
      // on the same control in the new one.
      const focused = root.activeElement?.id;
      root.replaceChildren(stamp(shape));
      this.#shape = key;
      if (focused) root.getElementById(focused)?.focus({ preventScroll: true });
    }
    apply(root, shape, { expanded, copyStatus: this.#copyStatus });
    this.#resolveFirstRender(true);
    this.#announce(expanded);
  }

  /** One `aivd-mission-toggle` per section whose state changed; none for the first render. */
  #announce(expanded: Set<CollapsibleId>): void {
    const previous = this.#announced;
    this.#announced = expanded;
    if (!previous) return;
    for (const section of SECTION_IDS) {
      if (!isCollapsible(section) || expanded.has(section) === previous.has(section)) continue;
      this.dispatchEvent(
        new CustomEvent<AivdMissionToggleDetail>('aivd-mission-toggle', {
          bubbles: true,
          composed: true,
          detail: { section, open: expanded.has(section) },
        }),
      );
    }
  }

  // One listener function for every instance's shadow root.
  static #onEvent(this: ShadowRoot, event: Event): void {
    (this.host as AivdMission).#handle(event);
  }

  #handle(event: Event): void {
    const target = event.target as HTMLElement;
    const button = target.closest?.('button');
    if (event.type === 'beforematch') {
      this.toggle(target.dataset.section!, true);
    } else if (event.type === 'keydown') {
      if (button?.dataset.toggle) {
        moveFocus(event as KeyboardEvent, button, [
          ...this.shadowRoot!.querySelectorAll<HTMLElement>('.trigger'),
        ]);
      }
    } else if (button?.dataset.toggle) {
      this.toggle(button.dataset.toggle);
    } else if (button?.dataset.copy) {
      this.#copyLink(button.dataset.copy as CollapsibleId);
    } else if (button?.classList.contains('toggle-all')) {
      if (button.getAttribute('aria-expanded') === 'true') this.collapseAll();
      else this.expandAll();
    }
  }

  #langChanged = (): void => {
    const locale = resolveLocale(this);
    if (locale === this.#locale) return;
    this.#locale = locale;
    this.#requestRender();
  };

  /** Opens and scrolls to the section the URL fragment names, if it names one of ours. */
  #followHash = async (): Promise<void> => {
    const section = sectionFromHash(location.hash, this.id);
    if (!section || !this.#shown.includes(section)) return;
    if (isCollapsible(section)) this.toggle(section, true);
    await this.updateComplete;
    // Every widget without an id answers to #aivd-mission-<id>: the first scrolls.
    const first =
      this.id || (this.getRootNode() as ParentNode).querySelector('aivd-mission:not([id])');
    if (first === this || this.id) {
      this.shadowRoot!.getElementById(`section-${section}`)?.scrollIntoView();
    }
  };

  async #copyLink(section: CollapsibleId): Promise<void> {
    const link = linkTo(this.id, section);
    const copied = await navigator.clipboard?.writeText(link).then(
      () => true,
      () => false,
    );
    this.#copyStatus = { section, copied: !!copied, link };
    this.#requestRender();
  }

  #readOpen(value: string) {
    return readOpen(value, readSections(this.sections).value, this.exclusive);
  }

  #warn(problem: string | undefined): void {
    if (problem) console.warn(problem);
  }

  /**
   * Opens or closes one section; without `force`, flips it. Returns whether
   * it is now open. An id that is not a shown section warns and changes nothing.
   */
  toggle(id: string, force?: boolean): boolean {
    const section = String(id).toLowerCase();
    const shown = readSections(this.sections).value;
    if (!isSectionId(section) || !isCollapsible(section) || !shown.includes(section)) {
      this.#warn(`<aivd-mission> toggle(): "${String(id)}" is not a shown section`);
      return false;
    }
    const open = new Set(this.#readOpen(this.open).value);
    const next = force ?? !open.has(section);
    if (next && this.exclusive) open.clear();
    if (next) open.add(section);
    else open.delete(section);
    this.open = serializeOpen(open);
    return next;
  }

  /** Opens every shown section (with `exclusive`, only the first). */
  expandAll(): void {
    this.open = serializeOpen(this.#readOpen('all').value);
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
  interface HTMLElementEventMap {
    'aivd-mission-toggle': AivdMissionToggleEvent;
  }
}

if (!customElements.get('aivd-mission')) {
  customElements.define('aivd-mission', AivdMission);
}

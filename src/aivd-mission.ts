import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  SECTION_IDS,
  content,
  copyLinkLabel,
  copyLinkStatus,
  isCollapsible,
  isSectionId,
  toggleAllLabel,
  type Block,
  type CollapsibleId,
  type SectionId,
} from './content.js';
import { resolveLocale, unwatchLang, watchLang, type Locale } from './language.js';
import { linkTo, sectionFromHash, unwatchHash, watchHash } from './deep-link.js';
import { moveFocus } from './keyboard.js';
import { inLocale } from './localize.js';
import { readHeadingLevel, readOpen, readSections, serializeOpen } from './options.js';
import { styles } from './aivd-mission.styles.js';

/** Detail of the `aivd-mission-toggle` event. */
export interface AivdMissionToggleDetail {
  section: CollapsibleId;
  open: boolean;
}

export type AivdMissionToggleEvent = CustomEvent<AivdMissionToggleDetail>;

// One template per level: the heading must be a real <hN> (static-html's
// literal tag names cost more bytes and defeat template minification).
const HEADINGS = [
  (button: unknown) => html`<h1 part="heading" class="heading">${button}</h1>`,
  (button: unknown) => html`<h2 part="heading" class="heading">${button}</h2>`,
  (button: unknown) => html`<h3 part="heading" class="heading">${button}</h3>`,
  (button: unknown) => html`<h4 part="heading" class="heading">${button}</h4>`,
  (button: unknown) => html`<h5 part="heading" class="heading">${button}</h5>`,
  (button: unknown) => html`<h6 part="heading" class="heading">${button}</h6>`,
];

/**
 * The AIVD's mission, values and capabilities, in Dutch or English, with
 * collapsible sections.
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
export class AivdMission extends LitElement {
  static override styles = styles;

  // `static properties` rather than decorators: the decorator helpers cost
  // 0.4 KiB gzip of the 12 KiB budget, and the manifest analyzer reads both.
  static override properties = {
    sections: {},
    open: {
      reflect: true,
      converter: {
        fromAttribute: (value: string | null) => value ?? '',
        toAttribute: (value: string) => value || null,
      },
    },
    headingLevel: { attribute: 'heading-level', type: Number },
    exclusive: { type: Boolean, reflect: true },
  };

  /** Ids of the sections to show, in order; unknown ids are ignored, none known shows all. */
  sections: string = SECTION_IDS.join(' ');

  /** Ids of the expanded sections, or `all`; the attribute always tells the live state. */
  open = '';

  /** Heading level 1–6; anything else renders 2. */
  headingLevel = 2;

  /** At most one section open at a time; default false. */
  exclusive = false;

  // The language shown, from `lang` here or on an ancestor.
  #locale: Locale = 'nl';
  // Derived from the properties in willUpdate(), for render().
  #shown: SectionId[] = [...SECTION_IDS];
  #expanded = new Set<CollapsibleId>();
  #level = 2;
  // The outcome of the last "copy link", shown beside that section's button.
  #copyStatus?: { section: CollapsibleId; copied: boolean; link: string };
  // Open sections as of the last render; events report the difference.
  #announced?: Set<CollapsibleId>;

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this.#langChanged, this);
    watchHash(this.#followHash);
    this.#langChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this.#langChanged);
    unwatchHash(this.#followHash);
  }

  protected override firstUpdated(): void {
    this.#followHash();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sections')) {
      const sections = readSections(this.sections);
      this.#warn(sections.problem);
      this.#shown = sections.value;
    }
    if (changed.has('headingLevel')) {
      const level = readHeadingLevel(this.headingLevel);
      this.#warn(level.problem);
      this.#level = level.value;
    }
    if (changed.has('open') || changed.has('sections') || changed.has('exclusive')) {
      const open = this.#readOpen(this.open);
      if (changed.has('open')) this.#warn(open.problem);
      this.#expanded = new Set(open.value);
      // Keep the attribute the live state: canonical, known ids only.
      this.open = serializeOpen(open.value);
    }
  }

  protected override updated(): void {
    const previous = this.#announced;
    this.#announced = new Set(this.#expanded);
    if (!previous) return;
    for (const section of SECTION_IDS) {
      if (!isCollapsible(section)) continue;
      const open = this.#expanded.has(section);
      if (open === previous.has(section)) continue;
      this.dispatchEvent(
        new CustomEvent<AivdMissionToggleDetail>('aivd-mission-toggle', {
          bubbles: true,
          composed: true,
          detail: { section, open },
        }),
      );
    }
  }

  #langChanged = (): void => {
    const locale = resolveLocale(this);
    if (locale === this.#locale) return;
    this.#locale = locale;
    this.requestUpdate();
  };

  /** Opens and scrolls to the section the URL fragment names, if it names one of ours. */
  #followHash = async (): Promise<void> => {
    const section = sectionFromHash(location.hash, this.id);
    if (!section || !this.#shown.includes(section)) return;
    if (isCollapsible(section)) this.toggle(section, true);
    await this.updateComplete;
    this.renderRoot.querySelector(`#section-${section}`)?.scrollIntoView();
  };

  async #copyLink(section: CollapsibleId): Promise<void> {
    const link = linkTo(this.id, section);
    const copied = await navigator.clipboard?.writeText(link).then(
      () => true,
      () => false,
    );
    this.#copyStatus = { section, copied: !!copied, link };
    this.requestUpdate();
  }

  #readOpen(value: string) {
    return readOpen(value, readSections(this.sections).value, this.exclusive);
  }

  #warn(problem: string | undefined): void {
    if (problem) console.warn(problem);
  }

  #onKeydown(event: KeyboardEvent): void {
    moveFocus(event, [...this.renderRoot.querySelectorAll<HTMLElement>('.trigger')]);
  }

  /**
   * Opens or closes one section; without `force`, flips it. Returns whether
   * it is now open. An unknown id warns and changes nothing.
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

  #renderBlock(block: Block) {
    return typeof block === 'string'
      ? html`<p>${block}</p>`
      : html`<ul>
          ${block.map((item) => html`<li>${item}</li>`)}
        </ul>`;
  }

  #renderToggleAll() {
    const collapsible = this.#shown.filter(isCollapsible);
    if (this.exclusive || collapsible.length < 2) return nothing;
    const allOpen = collapsible.every((id) => this.#expanded.has(id));
    return html`<button
      type="button"
      part="toggle-all"
      class="toggle-all link-button"
      aria-expanded=${allOpen}
      @click=${() => (allOpen ? this.collapseAll() : this.expandAll())}
    >
      ${toggleAllLabel(allOpen)}
    </button>`;
  }

  #renderCopyLink(id: CollapsibleId) {
    const status = this.#copyStatus?.section === id ? this.#copyStatus : undefined;
    return html`<p class="copy-link">
      <button
        type="button"
        part="copy-link"
        class="link-button"
        aria-describedby="button-${id}"
        @click=${() => this.#copyLink(id)}
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
  #renderSection(id: SectionId) {
    const { heading, blocks } = content[id]();
    if (!isCollapsible(id)) {
      return html`<div part="intro" class="intro" id="section-intro">
        ${blocks.map((b) => this.#renderBlock(b))}
      </div>`;
    }
    const open = this.#expanded.has(id);
    const inHeading = HEADINGS[this.#level - 1]!;
    return html`<div part="section" class="section" id="section-${id}">
      ${inHeading(
        html`<button
          type="button"
          part="button"
          class="trigger"
          id="button-${id}"
          aria-expanded=${open}
          aria-controls="panel-${id}"
          @click=${() => this.toggle(id)}
          @keydown=${this.#onKeydown}
        >
          <span part="icon" class="icon" aria-hidden="true"></span>
          <span class="label">${heading}</span>
        </button>`,
      )}
      <div
        part="panel"
        class="panel"
        id="panel-${id}"
        role=${open ? 'region' : nothing}
        aria-labelledby=${open ? `button-${id}` : nothing}
        hidden=${open ? nothing : 'until-found'}
        @beforematch=${() => this.toggle(id, true)}
      >
        ${blocks.map((b) => this.#renderBlock(b))} ${this.#renderCopyLink(id)}
      </div>
    </div>`;
  }

  override render() {
    const firstCollapsible = this.#shown.find(isCollapsible);
    return inLocale(
      this.#locale,
      () =>
        html`<div class="mission" lang=${this.#locale}>
          ${this.#shown.map(
            (id) =>
              html`${id === firstCollapsible ? this.#renderToggleAll() : nothing}${this.#renderSection(id)}`,
          )}
        </div>`,
    );
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

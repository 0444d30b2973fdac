/** The `aivd-mission-toggle` event: its types, and the one helper that makes it. */
import type { CollapsibleId } from './content.js';

/**
 * Why a section opened or closed: `user`, a reader's click or key on its
 * button; `find`, find-in-page or a text fragment revealed it; `link`, a
 * followed section link; `toggle-all`, the show all / hide all button; `api`,
 * a page script (a method call, or a change of `open`, `sections` or `exclusive`).
 */
export type AivdMissionToggleCause = 'user' | 'find' | 'link' | 'toggle-all' | 'api';

/** Detail of the `aivd-mission-toggle` event. */
export interface AivdMissionToggleDetail {
  /** The section that opened or closed: `mission`, `values`, `capabilities` or `organisation`. */
  section: CollapsibleId;
  /** Whether it is open now. */
  open: boolean;
  /** Why it changed. */
  cause: AivdMissionToggleCause;
}

export type AivdMissionToggleEvent = CustomEvent<AivdMissionToggleDetail>;

/**
 * Why each section changed since the last render. A change made inside
 * `during(cause, …)` is that cause; any other (a page script's) is `api`.
 */
export class Causes {
  #now: AivdMissionToggleCause = 'api';
  // Made by the first change and dropped by the render that reports it.
  #bySection?: Map<CollapsibleId, AivdMissionToggleCause>;

  /** Runs `change`; the sections it flips (see `note`) are put down to `cause`. */
  during<T>(cause: AivdMissionToggleCause, change: () => T): T {
    const outer = this.#now;
    this.#now = cause;
    try {
      return change();
    } finally {
      this.#now = outer;
    }
  }

  /** Puts the sections that just flipped down to the cause at work; the latest wins. */
  note(flipped: Iterable<CollapsibleId>): void {
    for (const section of flipped) (this.#bySection ??= new Map()).set(section, this.#now);
  }

  /** The details of a render's changes, each with its cause; then forgets them. */
  take(changes: Array<Omit<AivdMissionToggleDetail, 'cause'>>): AivdMissionToggleDetail[] {
    const details = changes.map((c) => ({ ...c, cause: this.#bySection?.get(c.section) ?? 'api' }));
    this.#bySection = undefined;
    return details;
  }
}

/** The event for one section's change; it bubbles out of shadow roots, as a click would. */
export const toggleEvent = (detail: AivdMissionToggleDetail): AivdMissionToggleEvent =>
  new CustomEvent('aivd-mission-toggle', { bubbles: true, composed: true, detail });

declare global {
  interface HTMLElementEventMap {
    'aivd-mission-toggle': AivdMissionToggleEvent;
  }
}

/**
 * The `aivd-mission-toggle` event: its types, the changes it reports, and
 * the one helper that makes it.
 */
import { COLLAPSIBLE_IDS, type CollapsibleId } from './content.js';
import { changes } from './open-state.js';

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
 * The sections whose state changed since the last render, each with its
 * state then and the cause of its latest change. A change made inside
 * `during(cause, …)` is that cause; any other (a page script's) is `api`.
 */
export class Changes {
  #cause: AivdMissionToggleCause = 'api';
  // Made by the first change after a render, and dropped by the next render.
  #since?: Map<CollapsibleId, { wasOpen: boolean; cause: AivdMissionToggleCause }>;

  /** Runs `change`; the sections it changes (see `note`) are put down to `cause`. */
  during<T>(cause: AivdMissionToggleCause, change: () => T): T {
    const outer = this.#cause;
    this.#cause = cause;
    try {
      return change();
    } finally {
      this.#cause = outer;
    }
  }

  /** Notes that the open sections went from `before` to `after`, by the cause at work. */
  note(before: Iterable<CollapsibleId>, after: Iterable<CollapsibleId>): void {
    for (const { section, open } of changes(before, after)) {
      const wasOpen = this.#since?.get(section)?.wasOpen ?? !open;
      (this.#since ??= new Map()).set(section, { wasOpen, cause: this.#cause });
    }
  }

  /**
   * The events of a render that shows `open`: one per section whose state
   * differs from the last render's, in the default order, so a section that
   * changed and changed back has none. Then forgets the changes.
   */
  take(open: ReadonlySet<CollapsibleId>): AivdMissionToggleDetail[] {
    const since = this.#since;
    this.#since = undefined;
    const details: AivdMissionToggleDetail[] = [];
    for (const section of COLLAPSIBLE_IDS) {
      const change = since?.get(section);
      if (change && change.wasOpen !== open.has(section)) {
        details.push({ section, open: !change.wasOpen, cause: change.cause });
      }
    }
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

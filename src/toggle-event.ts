/** The `aivd-mission-toggle` event: its types, and the one helper that makes it. */
import type { CollapsibleId } from './content.js';

/** Detail of the `aivd-mission-toggle` event. */
export interface AivdMissionToggleDetail {
  /** The section that opened or closed: `mission`, `values`, `capabilities` or `organisation`. */
  section: CollapsibleId;
  /** Whether it is open now. */
  open: boolean;
}

export type AivdMissionToggleEvent = CustomEvent<AivdMissionToggleDetail>;

/** The event for one section's change; it bubbles out of shadow roots, as a click would. */
export const toggleEvent = (detail: AivdMissionToggleDetail): AivdMissionToggleEvent =>
  new CustomEvent('aivd-mission-toggle', { bubbles: true, composed: true, detail });

declare global {
  interface HTMLElementEventMap {
    'aivd-mission-toggle': AivdMissionToggleEvent;
  }
}

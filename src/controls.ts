/**
 * What a reader's click, key or find-in-page match inside the widget does.
 * The element listens once, on its shadow root, with one function shared by
 * every instance; buttons say what they do with `data-*` attributes.
 */
import type { CollapsibleId } from './content.js';
import { moveFocus } from './keyboard.js';
import { classes, data, ids } from './names.js';
import type { AivdMissionToggleCause } from './toggle-event.js';

/**
 * The key of the element's method that copies a link to a section. A symbol,
 * not a name: only the controls can call it, and it stays out of the public
 * API (the reference, the manifest and a page's autocompletion).
 */
export const COPY_LINK = Symbol('copyLink');

/** The element's methods that the controls call. */
export interface Controlled extends HTMLElement {
  toggle(id: string, force?: boolean): boolean;
  expandAll(): void;
  collapseAll(): void;
  [COPY_LINK](section: CollapsibleId): void;
}

/** The events `control` answers; capture, since 'beforematch' need not bubble. */
export const CONTROL_EVENTS = ['click', 'keydown', 'beforematch'];

/** Why `event` would change a section: a find-in-page match, show all / hide all, or a reader's click or key. */
export const causeOf = (event: Event): AivdMissionToggleCause =>
  event.type === 'beforematch'
    ? 'find'
    : (event.target as Element).closest?.(`#${ids.toggleAll}`)
      ? 'toggle-all'
      : 'user';

/** Does what `event` in `el`'s shadow root asks. */
export function control(event: Event, el: Controlled): void {
  const target = event.target as HTMLElement;
  if (event.type === 'beforematch') {
    // hidden="until-found" panels: find-in-page matched text in this one.
    el.toggle(target.getAttribute(data.section)!, true);
    return;
  }
  const button = target.closest?.('button');
  const toggles = button?.getAttribute(data.toggle);
  if (event.type === 'keydown') {
    if (toggles) {
      const triggers = el.shadowRoot!.querySelectorAll<HTMLElement>(`.${classes.trigger}`);
      moveFocus(event as KeyboardEvent, button!, [...triggers]);
    }
    return;
  }
  // A click; Enter and Space on a button click it.
  const copies = button?.getAttribute(data.copy);
  if (toggles) el.toggle(toggles);
  else if (copies) el[COPY_LINK](copies as CollapsibleId);
  else if (button?.id === ids.toggleAll) {
    if (button.getAttribute('aria-expanded') === 'true') el.collapseAll();
    else el.expandAll();
  }
}

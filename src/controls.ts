/**
 * What a reader's click, key or find-in-page match inside the widget does.
 * The element listens once, on its shadow root, with one function shared by
 * every instance; buttons say what they do with `data-*` attributes.
 */
import type { CollapsibleId } from './content.js';
import { moveFocus } from './keyboard.js';
import type { AivdMissionToggleCause } from './toggle-event.js';

/** The element's methods that the controls call. */
export interface Controlled extends HTMLElement {
  toggle(id: string, force?: boolean): boolean;
  expandAll(): void;
  collapseAll(): void;
}

/** The events `control` answers; capture, since 'beforematch' need not bubble. */
export const CONTROL_EVENTS = ['click', 'keydown', 'beforematch'];

/** Why `event` would change a section: a find-in-page match, show all / hide all, or a reader's click or key. */
export const causeOf = (event: Event): AivdMissionToggleCause =>
  event.type === 'beforematch'
    ? 'find'
    : (event.target as Element).closest?.('.toggle-all')
      ? 'toggle-all'
      : 'user';

/**
 * Does what `event` in `el`'s shadow root asks. Returns the section whose link
 * a copy-link button asks to copy, which only the element can do.
 */
export function control(event: Event, el: Controlled): CollapsibleId | undefined {
  const target = event.target as HTMLElement;
  const button = target.closest?.('button');
  if (event.type === 'beforematch') {
    // hidden="until-found" panels: find-in-page matched text in this one.
    el.toggle(target.dataset.section!, true);
  } else if (event.type === 'keydown') {
    if (button?.dataset.toggle) {
      moveFocus(event as KeyboardEvent, button, [
        ...el.shadowRoot!.querySelectorAll<HTMLElement>('.trigger'),
      ]);
    }
  } else if (button?.dataset.toggle) {
    el.toggle(button.dataset.toggle);
  } else if (button?.dataset.copy) {
    return button.dataset.copy as CollapsibleId;
  } else if (button?.classList.contains('toggle-all')) {
    if (button.getAttribute('aria-expanded') === 'true') el.collapseAll();
    else el.expandAll();
  }
  return undefined;
}

/**
 * Deep links to sections: `#aivd-mission-<id>`, or `#<element id>-<id>` for
 * an element with an id; one shared `hashchange` listener for all instances;
 * and the copy-link buttons that hand such links out.
 */
import { isCollapsible, isSectionId, type CollapsibleId, type SectionId } from './content.js';
import { TAG, ids } from './names.js';

/** What an element needs to follow a link. */
interface Linked extends HTMLElement {
  toggle(section: string, force?: boolean): boolean;
  readonly updateComplete: Promise<unknown>;
}

// Every element without an id answers to the tag's name.
const prefix = (elementId: string) => `${elementId || TAG}-`;

/** The fragment (without `#`) that links to `section` of the element with `elementId` (may be ''). */
export const fragmentOf = (elementId: string, section: SectionId): string =>
  prefix(elementId) + section;

/** The section a URL fragment names for an element with `elementId` (may be ''). */
export function sectionFromHash(hash: string, elementId: string): SectionId | undefined {
  let fragment: string;
  try {
    fragment = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  const p = prefix(elementId);
  const id = fragment.startsWith(p) ? fragment.slice(p.length).toLowerCase() : '';
  return isSectionId(id) ? id : undefined;
}

/** The page at `page` (a URL) with the fragment that opens `section` of the element with `elementId`. */
export function linkTo(page: string, elementId: string, section: SectionId): string {
  const url = new URL(page);
  url.hash = fragmentOf(elementId, section);
  return url.href;
}

/** Whether the reader has put keyboard focus somewhere on the page other than `el`. */
const focusTaken = (el: Element): boolean =>
  document.activeElement !== null &&
  document.activeElement !== document.body &&
  document.activeElement !== el;

/**
 * Opens the section the URL fragment names, if it names one of `shown`, scrolls
 * it into view (leaving the `scroll-margin` of the styles above it) and gives
 * its button keyboard focus, so that the next Tab goes on from there.
 *
 * For the link the page was opened with (`onLoad`), focus waits for the
 * page's load: a screen reader presents a focus move made while the page
 * loads as no more than "focus mode" (Orca), without the button it landed on.
 * And a reader who has moved on by then (a slow page, a late script) keeps
 * their focus: the section still opens and scrolls into view.
 */
export async function followHash(
  el: Linked,
  shown: readonly SectionId[],
  onLoad = false,
): Promise<void> {
  const section = sectionFromHash(location.hash, el.id);
  if (!section || !shown.includes(section)) return;
  if (isCollapsible(section)) el.toggle(section, true);
  await el.updateComplete;
  // Every widget without an id answers to #aivd-mission-<id>: the first lands.
  if (!el.id && (el.getRootNode() as ParentNode).querySelector(`${TAG}:not([id])`) !== el) {
    return;
  }
  const root = el.shadowRoot!;
  root.getElementById(ids.section(section))?.scrollIntoView();
  if (!isCollapsible(section)) return;
  if (onLoad && document.readyState !== 'complete') {
    await new Promise((loaded) => window.addEventListener('load', loaded, { once: true }));
  }
  if (onLoad && focusTaken(el)) return;
  // Already in view: focusing must not scroll a second time.
  root.getElementById(ids.button(section))?.focus({ preventScroll: true });
}

/** What a copy-link button last did; `copied` undefined while it is at work. */
export interface CopyStatus {
  section: CollapsibleId;
  copied?: boolean;
  link: string;
}

/** Copies the link to `section` of the element with `elementId` to the clipboard. */
export async function copyLink(elementId: string, section: CollapsibleId): Promise<CopyStatus> {
  const link = linkTo(location.href, elementId, section);
  const copied = await navigator.clipboard?.writeText(link).then(
    () => true,
    () => false,
  );
  return { section, copied: !!copied, link };
}

const watchers = new Set<() => void>();
const notify = () => watchers.forEach((watcher) => watcher());

export function watchHash(watcher: () => void): void {
  if (watchers.size === 0) window.addEventListener('hashchange', notify);
  watchers.add(watcher);
}

export function unwatchHash(watcher: () => void): void {
  watchers.delete(watcher);
  if (watchers.size === 0) window.removeEventListener('hashchange', notify);
}

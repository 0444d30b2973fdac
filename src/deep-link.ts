/**
 * Deep links to sections: `#aivd-mission-<id>`, or `#<element id>-<id>` for
 * an element with an id; one shared `hashchange` listener for all instances.
 */
import { isSectionId, type SectionId } from './content.js';

const prefix = (elementId: string) => `${elementId || 'aivd-mission'}-`;

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

/** This page's URL with the fragment that opens `section` of the element. */
export function linkTo(elementId: string, section: SectionId): string {
  const url = new URL(location.href);
  url.hash = prefix(elementId) + section;
  return url.href;
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

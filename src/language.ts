/**
 * Which language an element shows, and one shared observer that tells every
 * connected element when a `lang` attribute anywhere in the document changes.
 */

import { allLocales, sourceLocale } from './generated/locale-codes.js';

/** A language the widget renders (lit-localize's list, from lit-localize.json). */
export type Locale = (typeof allLocales)[number];

/** `en-GB` → `en`, `NL` → `nl`; undefined for a language we do not render. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const primary = (tag ?? '').trim().split(/[-_]/)[0]!.toLowerCase();
  return (allLocales as readonly string[]).includes(primary) ? (primary as Locale) : undefined;
}

/**
 * The language tag that applies to `el`: its own `lang`, else the nearest
 * ancestor's (across shadow roots), else `<html lang>`. An empty `lang` is
 * skipped: frameworks write `lang=""` for "not set".
 */
export function inheritedLang(el: Element): string | undefined {
  for (let node: Node | null = el; node;) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/** The locale `el` renders: the inherited language if we have it, else Dutch. */
export const resolveLocale = (el: Element): Locale => toLocale(inheritedLang(el)) ?? sourceLocale;

/** Called when any `lang` attribute in the document may have changed. */
export type LangWatcher = () => void;

const OBSERVE: MutationObserverInit = {
  attributes: true,
  attributeFilter: ['lang'],
  subtree: true,
};

/** The roots each watcher needs observed, and how many watchers need each root. */
const watchers = new Map<LangWatcher, Node[]>();
const roots = new Map<Node, number>();
let observer: MutationObserver | undefined;

/** The document and every shadow root between it and `el`: where a `lang` it inherits can change. */
function rootsOf(el: Element): Node[] {
  const found: Node[] = [];
  for (let root = el.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    found.push(root);
    if (!(root instanceof ShadowRoot)) return found;
  }
}

/**
 * One MutationObserver for all instances, on the `lang` attributes of the
 * document and of the shadow roots the instances sit in; it exists only while
 * at least one element is connected.
 */
export function watchLang(watcher: LangWatcher, el: Element): void {
  unwatchLang(watcher);
  const needed = rootsOf(el);
  watchers.set(watcher, needed);
  observer ??= new MutationObserver(() => {
    for (const notify of watchers.keys()) notify();
  });
  for (const root of needed) {
    const count = roots.get(root) ?? 0;
    roots.set(root, count + 1);
    if (count === 0) observer.observe(root, OBSERVE);
  }
}

export function unwatchLang(watcher: LangWatcher): void {
  const needed = watchers.get(watcher);
  if (!needed || !observer) return;
  watchers.delete(watcher);
  let released = false;
  for (const root of needed) {
    const count = roots.get(root)! - 1;
    if (count > 0) roots.set(root, count);
    else released = roots.delete(root);
  }
  if (!released) return;
  // MutationObserver cannot stop observing one node: start over with the rest.
  observer.disconnect();
  if (roots.size === 0) observer = undefined;
  else for (const root of roots.keys()) observer.observe(root, OBSERVE);
}

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

const watchers = new Set<LangWatcher>();
// Weak: a shadow root that held a widget is not kept alive by having been observed.
let observed = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/**
 * One MutationObserver for all instances, on the `lang` attributes of the
 * document and of every shadow root between it and an instance. It exists
 * only while at least one element is connected.
 */
export function watchLang(watcher: LangWatcher, el: Element): void {
  watchers.add(watcher);
  observer ??= new MutationObserver(() => watchers.forEach((notify) => notify()));
  // The document and every shadow root between it and `el`.
  for (let root = el.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    if (!observed.has(root)) observer.observe(root, OBSERVE);
    observed.add(root);
    if (!(root instanceof ShadowRoot)) return;
  }
}

export function unwatchLang(watcher: LangWatcher): void {
  watchers.delete(watcher);
  if (watchers.size || !observer) return;
  // Roots stay observed until the last element leaves: MutationObserver
  // cannot stop observing one node.
  observer.disconnect();
  observer = undefined;
  observed = new WeakSet();
}

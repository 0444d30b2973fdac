/**
 * Which language an element shows, and one shared observer that tells every
 * connected element when a `lang` attribute anywhere in the document changes.
 */

import { allLocales, sourceLocale } from './generated/locale-codes.js';

/** A language the widget renders (lit-localize's list, from lit-localize.json). */
export type Locale = (typeof allLocales)[number];

/**
 * The locale `el` renders: the language of its own `lang`, else of the
 * nearest ancestor's (across shadow roots), else of `<html lang>`, if we
 * render it (`en-GB` → `en`, `NL` → `nl`); else Dutch. An empty `lang` is
 * skipped: frameworks write `lang=""` for "not set".
 */
export function resolveLocale(el: Element): Locale {
  for (let node: Node | null = el; node;) {
    const lang = node instanceof Element && node.getAttribute('lang')?.trim();
    if (lang) return localeOf(lang);
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return sourceLocale;
}

/** The locale a `lang` value renders (`en-GB` → `en`, `NL` → `nl`); anything else, or none, Dutch. */
export function localeOf(lang: string | null | undefined): Locale {
  const primary = String(lang ?? '')
    .trim()
    .split(/[-_]/)[0]!
    .toLowerCase();
  return (allLocales as readonly string[]).includes(primary) ? (primary as Locale) : sourceLocale;
}

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

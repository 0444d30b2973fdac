/**
 * `msg()` for this widget, with a language per element.
 *
 * `@lit/localize`'s runtime mode holds one locale for the whole page, and
 * its `configure*Localization` functions throw when a page calls them twice:
 * a host app that localizes with `@lit/localize` too would break, or break
 * us. So this module does what `configureReentrantLocalization` does (ask
 * for the locale before every `msg()` call) without installing anything page
 * wide: the element renders inside `inLocale()`, and `msg` reads the locale
 * of the render under way. `lit-localize extract` finds these calls by the
 * `msg` type, so extraction and `locales/en.xlf` work as usual.
 */
import type { msg as litMsg } from '@lit/localize';
import { templates as en } from './generated/locales/en.js';
import type { Locale } from './language.js';

const translations: Record<Locale, Readonly<Record<string, string>>> = {
  nl: {},
  en,
};

let active: Locale = 'nl';

/** Run `render` with `locale` as the language of every `msg()` call in it. */
export function inLocale<T>(locale: Locale, render: () => T): T {
  const previous = active;
  active = locale;
  try {
    return render();
  } finally {
    active = previous;
  }
}

// Our messages are plain strings (no markup, no placeholders), so a lookup
// by id is all that lit-localize's runtimeMsg would do for them.
export const msg = ((source: string, options?: { id?: string }) => {
  const table = translations[active];
  const id = options?.id ?? '';
  // Own entries only: the tables are plain objects, so an id such as
  // `constructor` or `toString` would otherwise find Object.prototype's.
  return Object.hasOwn(table, id) ? (table[id] as string) : source;
}) as typeof litMsg;

/** Helpers shared by the test files: what a user or page can observe. */
import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { AivdMission } from './aivd-mission.js';
import type { CollapsibleId } from './content.js';
import './aivd-mission.js';
import { TAG } from './names.js';

type Language = 'nl' | 'en';

// The contract's headings and the seed's sentences are read once, in the smoke pages' helpers: those
// pages must not load lib/ (it brings a second Lit), and this module can load
// that one. Imported by a computed path, since the file is plain JavaScript
// outside src/; the path is the same from src/ and from lib/.
const smokeHelpers = '../test/smoke-helpers.js';
const contract: {
  HEADINGS: Record<Language, Record<CollapsibleId, string>>;
  ALL_HEADINGS: Record<Language, string[]>;
  seedSentences: () => Promise<string[]>;
  rgbOf: (colour: string) => string;
  contrast: (a: string, b: string) => number;
  loadFrame: (options: {
    src?: string;
    srcdoc?: string;
    sandbox?: string;
    style?: string;
    parent?: Element;
  }) => Promise<HTMLIFrameElement>;
} = await import(smokeHelpers);

/** The contract's section headings, by language and section id: `HEADINGS.nl.values`. */
export const HEADINGS = contract.HEADINGS;

/** Every section heading of a language, in the default order. */
export const ALL_HEADINGS = contract.ALL_HEADINGS;

export async function mount(
  template: ReturnType<typeof html> = html`<aivd-mission></aivd-mission>`,
): Promise<AivdMission> {
  const host = await fixture<HTMLElement>(template);
  const el = host.localName === TAG ? (host as AivdMission) : host.querySelector(TAG)!;
  await el.updateComplete;
  return el;
}

/** Mounts a template holding several elements; returns them in order. */
export async function mountAll(template: ReturnType<typeof html>): Promise<AivdMission[]> {
  const host = await fixture<HTMLElement>(template);
  const all = [...host.querySelectorAll(TAG)];
  await Promise.all(all.map((el) => el.updateComplete));
  return all;
}

/** Mounts an element whose attributes are set as an HTML author writes them. */
export async function mountWith(attributes: Record<string, string>): Promise<AivdMission> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(TAG);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  container.append(el);
  await el.updateComplete;
  return el;
}

export const shadow = (el: AivdMission) => el.shadowRoot!;

/** The section buttons, in order. */
export const buttons = (el: AivdMission) => [
  ...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="button"]'),
];

export const button = (el: AivdMission, name: string) => {
  const found = buttons(el).find((b) => b.textContent!.trim() === name);
  if (!found) throw new Error(`no section button named "${name}"`);
  return found;
};

export const toggleAll = (el: AivdMission) =>
  shadow(el).querySelector<HTMLButtonElement>('[part~="toggle-all"]');

export const panelOf = (el: AivdMission, b: HTMLButtonElement) =>
  shadow(el).getElementById(b.getAttribute('aria-controls')!)!;

/** Text a reader sees: whitespace collapsed, collapsed panels included. */
export const textOf = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Whether a panel's text is rendered (until-found hides it with content-visibility). */
export const isShown = (panel: HTMLElement) => {
  const text = panel.firstElementChild!;
  return text.checkVisibility() && text.getBoundingClientRect().height > 0;
};

/** Collects console.warn calls until `restore()`. */
export function captureWarnings() {
  const original = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => {
    calls.push(args.map(String).join(' '));
  };
  return { calls, restore: () => (console.warn = original) };
}

/** The source text a sentence at a time: every one must be in the Dutch rendering. */
export const seedSentences = contract.seedSentences;

/** A frame of `src` or `srcdoc`, once loaded, in a fixture: removed after the test. */
export const loadFrame = async (options: { src?: string; srcdoc?: string; sandbox?: string }) =>
  contract.loadFrame({
    ...options,
    style: 'width: 800px; height: 600px; border: 0',
    parent: await fixture<HTMLDivElement>(html`<div></div>`),
  });

/** The browser engine the test runs in, from its user agent. */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * `it` where the test can run; elsewhere a skipped test that says why, so the
 * report lists every gap: `itIn(['chromium'], 'needs CDP')('…', fn)`.
 */
export const itIn = (engines: (typeof engine)[], reason: string) =>
  engines.includes(engine)
    ? it
    : (title: string, fn: Mocha.AsyncFunc) =>
        it.skip(`${title} [skipped in ${engine}: ${reason}]`, fn);

/** Keys held together, in every engine: `pressChord(['Shift', 'ArrowDown'])`. */
export const pressChord = (keys: string[]) => executeServerCommand('press-chord', keys);

/** Any CSS colour as `rgb(r, g, b)`: computed colours may be `color(srgb …)`. */
export const rgbOf = contract.rgbOf;

/** WCAG contrast ratio of two opaque CSS colours, 1 to 21. */
export const contrast = contract.contrast;

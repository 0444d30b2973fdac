// The smoke pages must load no Lit but the one inside dist/: @open-wc/testing
// brings its own (dev-mode) copy, so they use chai and chai-a11y-axe directly.
import chai, { expect } from '@esm-bundle/chai';
import { chaiA11yAxe } from 'chai-a11y-axe';

chai.use(chaiA11yAxe);
export { expect };

/** Loads a script (classic unless `attributes` say otherwise) and resolves once it ran. */
/**
 * Any CSS colour as `rgb(r, g, b)`, as a canvas paints it: computed colours
 * come as `rgb()` or, for relative colours, `color(srgb …)`.
 */
export function rgbOf(colour) {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return `rgb(${r}, ${g}, ${b})`;
}

/** WCAG contrast ratio of two opaque CSS colours, 1 to 21. */
export function contrast(a, b) {
  const luminance = (colour) =>
    rgbOf(colour)
      .match(/\d+/g)
      .map((c) => c / 255)
      .map((s) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + [0.2126, 0.7152, 0.0722][i] * v, 0);
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export const loadScript = (src, attributes = {}) =>
  new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), attributes);
    script.src = src;
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });

/**
 * The section headings of the contract, by language and section id, in the
 * default order: the one list that every test, these pages' and the unit
 * tests' (src/test-helpers.ts imports it), checks the widget against.
 */
export const HEADINGS = {
  nl: {
    mission: 'Waar de AIVD voor staat',
    values: 'Onze waarden',
    capabilities: 'Wat de AIVD kan',
    organisation: 'Meer informatie over de AIVD',
  },
  en: {
    mission: 'What the AIVD stands for',
    values: 'Our values',
    capabilities: 'What the AIVD can do',
    organisation: 'More about the AIVD',
  },
};

/** Every section heading of a language, in the default order. */
export const ALL_HEADINGS = {
  nl: Object.values(HEADINGS.nl),
  en: Object.values(HEADINGS.en),
};

/** The section headings a user sees. */
export const headings = (el) =>
  [...el.shadowRoot.querySelectorAll('[part~="heading"]')].map((h) => h.textContent.trim());

/**
 * axe-core's violations in a frame, as "rule: help (targets)"; the rule id
 * alone when `ids`. axe must run in the document it checks (chai-a11y-axe's
 * copy here rejects another frame's nodes), so it is loaded into the frame:
 * the script element is made here and moved there, because setting `src`
 * in the frame is a Trusted Types sink under its policy.
 */
export async function axeViolations(frame, { ids = false, exclude = [] } = {}) {
  const win = frame.contentWindow;
  if (!win.axe) {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
      frame.contentDocument.head.append(script);
    });
  }
  const context = { include: [frame.contentDocument], exclude: exclude.map((s) => [s]) };
  const { violations } = await win.axe.run(context, { resultTypes: ['violations'] });
  return violations.map((v) =>
    ids ? v.id : `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

const normal = (text) => text.replace(/\s+/g, ' ').trim();

let seed;
/** The source text's lines, bullets and extra spaces dropped: what the Dutch rendering must hold. */
export async function seedLines() {
  seed ??= fetch('/test/fixtures/seed.nl.txt').then((response) => response.text());
  return (await seed)
    .split('\n')
    .map((line) => normal(line.replace(/^\s*•\s*/, '')))
    .filter(Boolean);
}

/** The source text a sentence at a time: its lines split after . ; and : before a capital. */
export const seedSentences = async () =>
  (await seedLines()).flatMap((line) => line.split(/(?<=[.;:])\s+(?=[A-Z])/));

/** Resolves to `check()`'s value once it is truthy, polling; fails after `ms`, naming `what`. */
export async function until(check, what, ms = 3000) {
  for (const end = performance.now() + ms; ;) {
    const value = check();
    if (value) return value;
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A frame in `parent` (default the body), once loaded: of `src`, or of the
 * document `srcdoc`, `sandbox`ed and with the permissions policy `allow`
 * when given, sized by `style`.
 */
export async function loadFrame({
  src,
  srcdoc,
  sandbox,
  allow,
  style = '',
  parent = document.body,
}) {
  const frame = document.createElement('iframe');
  frame.style.cssText = style;
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  if (allow !== undefined) frame.setAttribute('allow', allow);
  if (srcdoc !== undefined) frame.srcdoc = srcdoc;
  else frame.src = src;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  parent.append(frame);
  await loaded;
  return frame;
}

/**
 * A same-origin frame (of `sandbox`, `allow` and `style`, as loadFrame's)
 * whose document is `html`, written into it as a page's own markup, so that
 * it may lack a doctype or carry a <meta> policy; once it has loaded. A
 * written document fires no load event in every engine: this waits by its
 * readyState.
 */
export async function writtenPage(html, frameOptions = {}) {
  const frame = await loadFrame({ src: '/test/snippet-page.html', ...frameOptions });
  const doc = frame.contentDocument;
  doc.open();
  doc.write(html);
  doc.close();
  await until(() => doc.readyState === 'complete', 'the written page to finish loading', 8000);
  return { frame, win: frame.contentWindow, doc };
}

/** Loads `path` in a frame (of `style`) and waits for its widgets to render. */
export async function openFrame(path, style = '') {
  const frame = await loadFrame({ src: path, style });
  const win = frame.contentWindow;
  await win.customElements.whenDefined('aivd-mission');
  const widgets = [...frame.contentDocument.querySelectorAll('aivd-mission')];
  await Promise.all(widgets.map((el) => el.updateComplete));
  return { frame, win, widgets };
}

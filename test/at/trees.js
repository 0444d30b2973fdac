// What the platform accessibility tree must hold for a page of the widget,
// read through AT-SPI (tree.py). The expected names and text come from the
// built messages (lib/content.js), in the widget's language; roles are
// AT-SPI's role names as each engine exposes them.
import assert from 'node:assert/strict';
import { COLLAPSIBLE_IDS, content, copyLinkLabel, toggleAllLabel } from '../../lib/content.js';
import { inLocale } from '../../lib/localize.js';

/** Every node of `tree`, depth first, each with its `parents`. */
export function nodes(tree, parents = []) {
  const here = { ...tree, parents };
  return [here, ...(tree.children ?? []).flatMap((child) => nodes(child, [...parents, here]))];
}

const states = (node) => new Set(node.states);
const words = (text) => text.replace(/\s+/g, ' ').trim();
/** All the text a subtree exposes: names and text, which is what a reader can hear. */
const exposed = (tree) =>
  nodes(tree)
    .flatMap((node) => [node.name, node.text ?? ''])
    .map(words)
    .join('\n');

/** The page's own heading (h1) and what is not the widget's: the rest is the widget. */
const widgetOf = (tree) => ({
  ...tree,
  children: tree.children.filter((child) => child.attributes.tag !== 'h1'),
});

/** `check(value, message)` asserts and counts; `count()` is how many it asserted. */
function counter() {
  let checked = 0;
  return {
    check: (value, message) => {
      assert.ok(value, message);
      checked++;
    },
    count: () => checked,
  };
}

/** The sections' headings and sentences in `lang`, from the built messages. */
function textOf(lang) {
  return inLocale(lang, () => ({
    intro: content.intro().blocks.flat(),
    toggleAll: { true: toggleAllLabel(true), false: toggleAllLabel(false) },
    copyLink: copyLinkLabel(),
    sections: COLLAPSIBLE_IDS.map((id) => {
      const { heading, blocks } = content[id]();
      return { id, heading, sentences: blocks.flat() };
    }),
  }));
}

/** How each engine exposes a `<summary>` (the no-JavaScript fallback's buttons). */
export const SUMMARY_ROLE = {
  firefox: 'push button',
  chromium: 'toggle button',
  webkit: 'unknown',
};

/**
 * Asserts the upgraded widget's tree: per section a heading of `level`
 * holding an expandable button named by it, expanded when open; an open
 * section's region named by its heading, with its text, its copy-link button
 * and a polite status; nothing of a closed section; the show-all button's
 * name and state (absent when `exclusive`); the language of every text node; no graphic (the chevron).
 * Returns the number of assertions made.
 */
export function assertWidgetTree(tree, { lang, open, level = 2, exclusive = false }) {
  const text = textOf(lang);
  const widget = widgetOf(tree);
  const all = nodes(widget);
  const { check, count } = counter();

  const everything = exposed(widget);
  for (const sentence of text.intro)
    check(everything.includes(words(sentence)), `intro: ${sentence}`);

  const headings = all.filter((node) => node.role === 'heading');
  check(
    headings.map((node) => node.name).join(' | ') ===
      text.sections.map((section) => section.heading).join(' | '),
    `headings in order: ${headings.map((node) => node.name).join(' | ')}`,
  );
  for (const section of text.sections) {
    const isOpen = open.includes(section.id);
    const heading = headings.find((node) => node.name === section.heading);
    check(heading?.attributes.level === String(level), `${section.id}: heading level ${level}`);
    const button = nodes(heading).find((node) => node.role === 'push button');
    check(button?.name === section.heading, `${section.id}: a push button named by the heading`);
    check(states(button).has('expandable'), `${section.id}: the button is expandable`);
    check(
      states(button).has('expanded') === isOpen,
      `${section.id}: the button is ${isOpen ? '' : 'not '}expanded`,
    );
    const region = all.find(
      (node) => node.attributes['xml-roles'] === 'region' && node.name === section.heading,
    );
    if (isOpen) {
      check(
        region?.role === 'landmark',
        `${section.id}: a region (landmark) named "${section.heading}"`,
      );
      const inside = exposed(region);
      for (const sentence of section.sentences) {
        check(inside.includes(words(sentence)), `${section.id}: the region holds "${sentence}"`);
      }
      const copy = nodes(region).find((node) => node.role === 'push button');
      check(copy?.name === text.copyLink, `${section.id}: the copy-link button is named`);
      const status = nodes(region).find((node) => node.role === 'status bar');
      check(status?.attributes.live === 'polite', `${section.id}: a polite status`);
    } else {
      check(region === undefined, `${section.id}: no region while closed`);
      for (const sentence of section.sentences) {
        check(!everything.includes(words(sentence)), `${section.id}: hidden "${sentence}"`);
      }
    }
  }

  const allOpen = open.length === text.sections.length;
  const toggleAll = all.find((node) => node.attributes.id === 'toggle-all');
  if (exclusive) {
    check(toggleAll === undefined, 'exclusive: no show-all button (one section open at a time)');
  } else {
    check(toggleAll?.role === 'push button', 'show all: a push button');
    check(
      toggleAll.name === text.toggleAll[allOpen],
      `show all: named "${text.toggleAll[allOpen]}"`,
    );
    check(
      states(toggleAll).has('expanded') === allOpen,
      'show all: expanded only when all are open',
    );
  }

  check(
    !all.some((node) => /image|graphic|svg/.test(node.role)),
    'no graphic exposed (the chevron)',
  );
  return count() + assertLanguage(all, lang);
}

/**
 * Every node that exposes text says its language, the one Orca speaks it in;
 * at least one does (an engine that exposes no language fails here).
 */
function assertLanguage(all, lang) {
  const withText = all.filter((node) => node.text && node.language !== undefined);
  assert.ok(withText.length > 0, `some text says its language (${lang})`);
  const wrong = withText.filter((node) => node.language !== lang);
  assert.deepEqual(
    wrong.map((node) => `${node.role} "${node.text.slice(0, 40)}": ${node.language}`),
    [],
    `every text is in ${lang}`,
  );
  return 2;
}

/**
 * Asserts the no-JavaScript fallback's tree: per section a `<summary>`
 * (exposed as SUMMARY_ROLE of the engine) named by the heading inside it, of
 * `level`, collapsed; none of the sections' text; the intro; the language.
 */
export function assertFallbackTree(tree, { engine, lang, level = 2 }) {
  const text = textOf(lang);
  const all = nodes(widgetOf(tree));
  const everything = exposed(widgetOf(tree));
  const { check, count } = counter();
  for (const sentence of text.intro)
    check(everything.includes(words(sentence)), `intro: ${sentence}`);
  for (const section of text.sections) {
    const summary = all.find(
      (node) => node.attributes.tag === 'summary' && node.name === section.heading,
    );
    check(summary?.role === SUMMARY_ROLE[engine], `${section.id}: a ${SUMMARY_ROLE[engine]}`);
    const heading = nodes(summary).find((node) => node.role === 'heading');
    check(heading?.name === section.heading, `${section.id}: the heading inside the summary`);
    check(heading.attributes.level === String(level), `${section.id}: heading level ${level}`);
    check(!states(summary).has('expanded'), `${section.id}: collapsed`);
    for (const sentence of section.sentences) {
      check(!everything.includes(words(sentence)), `${section.id}: hidden "${sentence}"`);
    }
  }
  return count() + assertLanguage(all, lang);
}

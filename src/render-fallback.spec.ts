import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { CONTENT_VERSION } from './content.js';
import { contentVersion, fallbackCss, renderFallback } from './render-fallback.js';
import { FALLBACK_CSS } from './fallback.js';

/** What a ready snippet in dist/snippets/ puts inside <aivd-mission>. */
async function snippetFallback(lang: string): Promise<string> {
  const snippet = await readFile(
    new URL(`../dist/snippets/aivd-mission.${lang}.html`, import.meta.url),
    'utf8',
  );
  return /<aivd-mission [^>]*>\n([\s\S]*)\n<\/aivd-mission>/.exec(snippet)![1]!;
}

/** The opening tags of `html`'s elements named in `names`. */
const tags = (html: string, names: string) =>
  html.match(new RegExp(`<(?:${names})\\b[^>]*>`, 'g')) ?? [];

describe('renderFallback (aivd-mission/fallback)', () => {
  let warnings: string[];
  const warn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('gives the ready snippets’ fallback for their options, in each language', async () => {
    assert.equal(renderFallback({ lang: 'nl' }), await snippetFallback('nl'));
    assert.equal(renderFallback({ lang: 'en' }), await snippetFallback('en'));
    assert.equal(renderFallback(), await snippetFallback('nl'));
    assert.deepEqual(warnings, []);
  });

  it('takes the options as the attributes take them: text, any case and separators, or lists', () => {
    const asText = renderFallback({
      lang: 'en-GB',
      sections: 'Intro, values\ncapabilities',
      open: 'VALUES',
      headingLevel: '3',
    });
    const asLists = renderFallback({
      lang: 'en',
      sections: ['intro', 'values', 'capabilities'],
      open: ['values'],
      headingLevel: 3,
    });
    assert.equal(asText, asLists);
    assert.deepEqual(tags(asLists, 'details'), [
      `<details lang="en" dir="ltr" data-content-version="${CONTENT_VERSION}" open>`,
      `<details lang="en" dir="ltr" data-content-version="${CONTENT_VERSION}">`,
    ]);
    assert.equal(tags(asLists, 'h3').length, 2);
    assert.equal(renderFallback({ open: 'all' }).match(/<details [^>]* open>/g)?.length, 4);
    assert.deepEqual(warnings, []);
  });

  it('keeps only the first open section with exclusive, and the element’s id in the deep links', () => {
    const html = renderFallback({ open: 'capabilities values', exclusive: true, id: 'missie' });
    assert.equal(html.match(/<details [^>]* open>/g)?.length, 1);
    assert.match(
      html,
      new RegExp(
        `<details lang="nl" dir="ltr" data-content-version="${CONTENT_VERSION}">\\n<summary><h2>Onze waarden`,
      ),
    );
    assert.match(
      html,
      new RegExp(
        `<details lang="nl" dir="ltr" data-content-version="${CONTENT_VERSION}" open>\\n<summary><h2>Wat de AIVD kan`,
      ),
    );
    assert.match(html, / id="missie-values"/);
    // As the attribute: present is set, empty included.
    const opened = (exclusive: unknown) =>
      renderFallback({ open: 'all', exclusive: exclusive as boolean }).match(
        /<details [^>]* open>/g,
      )?.length;
    assert.deepEqual(
      [opened(''), opened('exclusive'), opened(false), opened(undefined)],
      [1, 1, 4, 4],
    );
  });

  it('handles bad options as the element does: each ignored with the element’s warning, never thrown', () => {
    const html = renderFallback({
      sections: 'intro bogus values',
      open: 'nope values',
      headingLevel: 9,
      lang: 'fr',
    });
    assert.equal(tags(html, 'details').length, 1);
    assert.equal(tags(html, 'h2').length, 1);
    assert.match(html, /^<p lang="nl"/);
    assert.deepEqual(warnings, [
      '<aivd-mission> sections: ignored "bogus"; it takes intro,mission,values,capabilities,organisation',
      '<aivd-mission> open: ignored "nope"; it takes mission,values,capabilities,organisation,all',
      '<aivd-mission> heading-level: "9" is not 1–6; using 2',
    ]);
    // Nothing known: every section, as the element shows.
    assert.equal(tags(renderFallback({ sections: 'bogus' }), 'details').length, 4);
    const odd = [
      { sections: 42 },
      { open: {} },
      { headingLevel: Number.NaN },
      { lang: null },
      null,
    ];
    for (const options of odd) {
      assert.equal(
        tags(renderFallback(options as never), 'details').length,
        4,
        JSON.stringify(options),
      );
    }
  });

  it('gives the fallback’s CSS and the text’s version', () => {
    assert.equal(fallbackCss, FALLBACK_CSS);
    assert.match(contentVersion, /^\d{4}-\d{2}-\d{2}$/);
  });
});

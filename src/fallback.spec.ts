import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONTENT_VERSION } from './content.js';
import { escapeHtml, fallbackHtml } from './fallback.js';

/** The elements of `html` with a name in `names`, as their opening tags. */
const tags = (html: string, names: string) =>
  html.match(new RegExp(`<(?:${names})\\b[^>]*>`, 'g')) ?? [];

/** The text of each heading in `html`. */
const headings = (html: string) => [...html.matchAll(/<h\d>([^<]*)<\/h\d>/g)].map((m) => m[1]);

describe('escapeHtml', () => {
  it('escapes what could end text or an attribute value', () => {
    assert.equal(escapeHtml(`<a href="x">&</a>`), '&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });

  it('leaves other text alone, apostrophes included (attributes are double-quoted)', () => {
    assert.equal(escapeHtml("risico's — één"), "risico's — één");
  });
});

describe('fallbackHtml', () => {
  it('holds every section, the collapsible ones as closed <details> with an <h2> in the <summary>', () => {
    const html = fallbackHtml('nl');
    assert.deepEqual(
      tags(html, 'details'),
      Array(4).fill(`<details lang="nl" dir="ltr" data-content-version="${CONTENT_VERSION}">`),
    );
    assert.equal(tags(html, 'summary').length, 4);
    assert.deepEqual(headings(html), [
      'Waar de AIVD voor staat',
      'Onze waarden',
      'Wat de AIVD kan',
      'Meer informatie over de AIVD',
    ]);
    assert.match(
      html,
      new RegExp(
        `^<p lang="nl" dir="ltr" data-content-version="${CONTENT_VERSION}" id="aivd-mission-intro">Het is de taak van de AIVD `,
      ),
    );
    assert.match(html, /<summary><h2>Onze waarden<\/h2><\/summary>/);
  });

  it('writes the language asked for, on the intro and on each section', () => {
    const html = fallbackHtml('en');
    assert.match(
      html,
      new RegExp(
        `^<p lang="en" dir="ltr" data-content-version="${CONTENT_VERSION}" id="aivd-mission-intro">It is the task of the AIVD `,
      ),
    );
    assert.deepEqual(
      tags(html, 'details'),
      Array(4).fill(`<details lang="en" dir="ltr" data-content-version="${CONTENT_VERSION}">`),
    );
    assert.equal(headings(html)[1], 'Our values');
  });

  it('shows the sections asked for, in that order, open as asked, at the heading level asked', () => {
    const html = fallbackHtml('en', {
      sections: ['organisation', 'values'],
      open: ['values'],
      headingLevel: 3,
    });
    assert.deepEqual(headings(html), ['More about the AIVD', 'Our values']);
    assert.deepEqual(tags(html, 'details|h\\d'), [
      `<details lang="en" dir="ltr" data-content-version="${CONTENT_VERSION}">`,
      '<h3>',
      `<details lang="en" dir="ltr" data-content-version="${CONTENT_VERSION}" open>`,
      '<h3>',
    ]);
    assert.doesNotMatch(html, /It is the task/);
  });

  it("gives each section's first block, inside its <details>, the section's deep-link id", () => {
    const html = fallbackHtml('nl');
    for (const id of ['mission', 'values', 'capabilities', 'organisation']) {
      const details = html.match(
        new RegExp(`<details[^>]*>(?:(?!</details>)[\\s\\S])*id="aivd-mission-${id}"`),
      );
      assert.ok(details, `#aivd-mission-${id} is inside a <details>`);
      assert.match(details[0], /<\/summary>\n<(p|ul) id="aivd-mission-/, `${id}: its first block`);
    }
    // An element with an id: its links are #<id>-<section>, as the widget's.
    assert.match(fallbackHtml('en', { elementId: 'missie' }), /<p id="missie-values">/);
  });

  it('writes lists as <ul>, three values and five capabilities', () => {
    const html = fallbackHtml('nl');
    assert.equal(tags(html, 'ul').length, 2);
    assert.equal(tags(html, 'li').length, 8);
  });

  it('escapes the text it writes', () => {
    for (const locale of ['nl', 'en'] as const) {
      const text = fallbackHtml(locale).replace(/<\/?[a-z][^>]*>/g, '');
      assert.doesNotMatch(text, /[<>"]|&(?!amp;|lt;|gt;|quot;)/);
    }
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkTo, sectionFromHash } from './deep-link.js';

describe('sectionFromHash', () => {
  it('reads #aivd-mission-<id> for an element without an id', () => {
    assert.equal(sectionFromHash('#aivd-mission-values', ''), 'values');
    assert.equal(sectionFromHash('#aivd-mission-intro', ''), 'intro');
  });

  it('reads #<element id>-<id> for an element with an id, and only that', () => {
    assert.equal(sectionFromHash('#missie-values', 'missie'), 'values');
    assert.equal(sectionFromHash('#aivd-mission-values', 'missie'), undefined);
    assert.equal(sectionFromHash('#missie-values', ''), undefined);
  });

  it('takes the section id in any case, and a percent-encoded fragment', () => {
    assert.equal(sectionFromHash('#aivd-mission-VALUES', ''), 'values');
    assert.equal(sectionFromHash('#aivd-mission-%76alues', ''), 'values');
    assert.equal(sectionFromHash('aivd-mission-values', ''), 'values');
  });

  it('reads nothing from a fragment that names no section, or cannot be decoded', () => {
    for (const hash of ['', '#', '#top', '#aivd-mission-', '#aivd-mission-nope', '#%E0%A4%A']) {
      assert.equal(sectionFromHash(hash, ''), undefined, hash);
    }
  });

  it('reads nothing from inherited property names', () => {
    assert.equal(sectionFromHash('#aivd-mission-constructor', ''), undefined);
    assert.equal(sectionFromHash('#aivd-mission-__proto__', ''), undefined);
  });
});

describe('linkTo', () => {
  it("gives the page's URL with the section's fragment, replacing any other", () => {
    const page = 'https://example.nl/over/aivd?taal=nl#boven';
    assert.equal(
      linkTo(page, '', 'values'),
      'https://example.nl/over/aivd?taal=nl#aivd-mission-values',
    );
    assert.equal(
      linkTo(page, 'missie', 'mission'),
      'https://example.nl/over/aivd?taal=nl#missie-mission',
    );
  });

  it('makes links that sectionFromHash reads back', () => {
    for (const id of ['', 'missie', 'mission-en']) {
      const { hash } = new URL(linkTo('https://example.nl/', id, 'organisation'));
      assert.equal(sectionFromHash(hash, id), 'organisation');
    }
  });
});

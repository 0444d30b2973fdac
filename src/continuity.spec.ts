import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CollapsibleId } from './content.js';
import { withReaderChanges, type ReaderState } from './continuity.js';

/** The fallback as the reader left it: each section and whether it is open. */
const fallback = (sections: [CollapsibleId, boolean][]): ReaderState => ({
  sections: new Map(sections),
});

describe('withReaderChanges', () => {
  it("keeps the sections the reader opened or closed, and the attributes' for the rest", () => {
    const reader = fallback([
      ['mission', true],
      ['values', false],
      ['capabilities', false],
      ['organisation', true],
    ]);
    // The attributes open values and organisation: the reader opened mission, closed values.
    assert.deepEqual(withReaderChanges(['values', 'organisation'], reader, false), [
      'organisation',
      'mission',
    ]);
  });

  it('changes nothing when the fallback is as the attributes wrote it', () => {
    const reader = fallback([
      ['mission', false],
      ['values', true],
    ]);
    assert.deepEqual(withReaderChanges(['values'], reader, false), ['values']);
  });

  it('with exclusive, leaves open only the last section the reader opened', () => {
    const reader = fallback([
      ['mission', false],
      ['values', true],
      ['capabilities', true],
    ]);
    assert.deepEqual(withReaderChanges(['mission'], reader, true), ['capabilities']);
  });
});

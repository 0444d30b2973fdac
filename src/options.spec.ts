import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SECTION_IDS } from './content.js';
import { readHeadingLevel, readSections, tokens } from './options.js';

describe('tokens', () => {
  it('splits on spaces, newlines, tabs and commas, lower-cased', () => {
    assert.deepEqual(tokens(' Mission,\n\tVALUES ,, intro '), ['mission', 'values', 'intro']);
  });

  it('reads nothing from null, undefined or an empty string, and text from anything else', () => {
    assert.deepEqual(tokens(null), []);
    assert.deepEqual(tokens(undefined), []);
    assert.deepEqual(tokens(''), []);
    assert.deepEqual(tokens(42), ['42']);
  });
});

describe('readSections', () => {
  it('reads the known ids in the order given, once each', () => {
    assert.deepEqual(readSections('organisation mission organisation'), {
      value: ['organisation', 'mission'],
      problem: undefined,
    });
  });

  it('ignores unknown ids, naming them and what it takes', () => {
    const { value, problem } = readSections('mission nope values zzz');
    assert.deepEqual(value, ['mission', 'values']);
    assert.equal(
      problem,
      '<aivd-mission> sections: ignored "nope","zzz"; it takes intro,mission,values,capabilities,organisation',
    );
  });

  it('shows all sections, with a problem, when it names no known id', () => {
    const { value, problem } = readSections('foo bar');
    assert.deepEqual(value, SECTION_IDS);
    assert.match(problem!, /ignored "foo","bar"; .*; showing all$/);
  });

  it('shows all sections, without a problem, when absent or empty', () => {
    for (const empty of [null, undefined, '', ' ']) {
      assert.deepEqual(readSections(empty), { value: SECTION_IDS, problem: undefined });
    }
  });
});

describe('readHeadingLevel', () => {
  it('reads 1 to 6', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      assert.deepEqual(readHeadingLevel(String(level)), { value: level });
      assert.deepEqual(readHeadingLevel(level), { value: level });
    }
  });

  it('uses 2, silently, without the attribute', () => {
    assert.deepEqual(readHeadingLevel(null), { value: 2 });
    assert.deepEqual(readHeadingLevel(undefined), { value: 2 });
  });

  for (const bad of ['0', '7', '2.5', 'h3', '', '-1', '{"level":3}']) {
    it(`uses 2, with a problem, for "${bad}"`, () => {
      assert.deepEqual(readHeadingLevel(bad), {
        value: 2,
        problem: `<aivd-mission> heading-level: "${bad}" is not 1–6; using 2`,
      });
    });
  }
});

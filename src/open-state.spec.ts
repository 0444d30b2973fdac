import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SECTION_IDS, type SectionId } from './content.js';
import { allOpen, changes, readOpen, serializeOpen, toggleOpen } from './open-state.js';

const ALL = SECTION_IDS;
const SOME: SectionId[] = ['intro', 'values', 'mission'];

describe('readOpen', () => {
  it('reads the shown sections that `open` names, in its order, once each', () => {
    assert.deepEqual(readOpen('values mission values', ALL, false), {
      value: ['values', 'mission'],
      problem: undefined,
    });
  });

  it('reads ids separated by newlines, tabs or commas, in any case', () => {
    assert.deepEqual(readOpen(' Values,\n\tMISSION, ', ALL, false).value, ['values', 'mission']);
  });

  it('reads `all` as every shown collapsible section', () => {
    assert.deepEqual(readOpen('all', SOME, false).value, ['values', 'mission']);
    assert.deepEqual(readOpen('all', ALL, false).value, [
      'mission',
      'values',
      'capabilities',
      'organisation',
    ]);
  });

  it('drops sections that are not shown, silently', () => {
    assert.deepEqual(readOpen('capabilities values', SOME, false), {
      value: ['values'],
      problem: undefined,
    });
  });

  it('keeps only the first named under exclusive', () => {
    assert.deepEqual(readOpen('organisation mission', ALL, true).value, ['organisation']);
    assert.deepEqual(readOpen('organisation values', SOME, true).value, ['values']);
  });

  it('ignores unknown ids, naming them and what it takes', () => {
    const { value, problem } = readOpen('values Nonsense x', ALL, false);
    assert.deepEqual(value, ['values']);
    assert.equal(
      problem,
      '<aivd-mission> open: ignored "nonsense","x"; it takes mission,values,capabilities,organisation,all',
    );
  });

  it('says that intro cannot be opened, without calling it unknown', () => {
    const { problem } = readOpen('intro', ALL, false);
    assert.match(problem!, /"intro"/);
    assert.doesNotMatch(problem!, /unknown/);
  });

  it('reads nothing, and warns of nothing, for no value at all', () => {
    for (const empty of [null, undefined, '', ' , ']) {
      assert.deepEqual(readOpen(empty, ALL, false), { value: [], problem: undefined });
    }
  });

  it('takes inherited property names for unknown ids', () => {
    const { value, problem } = readOpen('__proto__ constructor toString', ALL, false);
    assert.deepEqual(value, []);
    assert.match(problem!, /"__proto__","constructor","tostring"/);
  });
});

describe('serializeOpen', () => {
  it('writes ids once each, in the default order', () => {
    assert.equal(
      serializeOpen(['organisation', 'mission', 'organisation']),
      'mission organisation',
    );
    assert.equal(serializeOpen([]), '');
  });
});

describe('allOpen', () => {
  it('opens every shown collapsible section; under exclusive the first', () => {
    assert.deepEqual(allOpen(SOME, false), ['values', 'mission']);
    assert.deepEqual(allOpen(SOME, true), ['values']);
    assert.deepEqual(allOpen(['intro'], false), []);
  });
});

describe('changes', () => {
  it('lists the sections open in one but not the other, in the default order', () => {
    assert.deepEqual(changes(['organisation', 'values'], ['mission', 'values']), [
      { section: 'mission', open: true },
      { section: 'organisation', open: false },
    ]);
  });

  it('lists none for the same sections in another order', () => {
    assert.deepEqual(changes(['values', 'mission'], ['mission', 'values']), []);
  });
});

describe('toggleOpen', () => {
  it('flips a section, or opens or closes it with force', () => {
    assert.deepEqual(toggleOpen(['values'], 'mission', undefined, ALL, false), {
      open: 'mission values',
      isOpen: true,
    });
    assert.deepEqual(toggleOpen(['values'], 'values', undefined, ALL, false), {
      open: '',
      isOpen: false,
    });
    assert.deepEqual(toggleOpen(['values'], 'values', true, ALL, false), {
      open: 'values',
      isOpen: true,
    });
    assert.deepEqual(toggleOpen([], 'values', false, ALL, false), { open: '', isOpen: false });
  });

  it('takes the id in any case', () => {
    assert.equal(toggleOpen([], 'VALUES', undefined, ALL, false)?.open, 'values');
  });

  it('closes the others when it opens a section under exclusive', () => {
    assert.deepEqual(toggleOpen(['values'], 'mission', undefined, ALL, true), {
      open: 'mission',
      isOpen: true,
    });
  });

  it('changes nothing for an id that is not a shown collapsible section', () => {
    for (const id of ['intro', 'capabilities', 'nope', '__proto__', undefined, null, 42]) {
      assert.equal(toggleOpen(['values'], id, undefined, SOME, false), undefined, String(id));
    }
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Changes } from './toggle-event.js';

describe('Changes', () => {
  it('reports each section whose state differs from the last render, in the default order', () => {
    const changes = new Changes();
    changes.note(['values'], ['organisation']);
    changes.note(['organisation'], ['organisation', 'mission']);
    assert.deepEqual(changes.take(new Set(['organisation', 'mission'])), [
      { section: 'mission', open: true, cause: 'api' },
      { section: 'values', open: false, cause: 'api' },
      { section: 'organisation', open: true, cause: 'api' },
    ]);
  });

  it('reports nothing for a section that changed and changed back', () => {
    const changes = new Changes();
    changes.note([], ['values']);
    changes.note(['values'], []);
    changes.note([], ['values']);
    changes.note(['values'], []);
    assert.deepEqual(changes.take(new Set()), []);
  });

  it('puts each change down to the cause at work, the latest winning, `api` outside any', () => {
    const changes = new Changes();
    changes.during('user', () => changes.note([], ['values']));
    changes.during('toggle-all', () =>
      changes.during('find', () => changes.note(['values'], ['values', 'mission'])),
    );
    changes.note([], ['capabilities']);
    changes.during('link', () => changes.note(['capabilities'], ['capabilities', 'organisation']));
    changes.during('toggle-all', () => changes.note(['values'], []));
    assert.deepEqual(changes.take(new Set(['mission', 'capabilities', 'organisation'])), [
      { section: 'mission', open: true, cause: 'find' },
      { section: 'capabilities', open: true, cause: 'api' },
      { section: 'organisation', open: true, cause: 'link' },
    ]);
  });

  it('puts a section that changed more than once down to its latest change', () => {
    const changes = new Changes();
    changes.during('user', () => changes.note([], ['values']));
    changes.note(['values'], []);
    changes.note([], ['values']);
    assert.deepEqual(changes.take(new Set(['values'])), [
      { section: 'values', open: true, cause: 'api' },
    ]);
  });

  it('forgets the changes it reported', () => {
    const changes = new Changes();
    changes.during('user', () => changes.note([], ['values']));
    assert.equal(changes.take(new Set(['values'])).length, 1);
    assert.deepEqual(changes.take(new Set(['values'])), []);
    changes.note(['values'], []);
    assert.deepEqual(changes.take(new Set()), [{ section: 'values', open: false, cause: 'api' }]);
  });

  it('restores the outer cause when a change throws', () => {
    const changes = new Changes();
    assert.throws(() =>
      changes.during('user', () => {
        throw new Error('broken');
      }),
    );
    changes.note([], ['values']);
    assert.equal(changes.take(new Set(['values']))[0]!.cause, 'api');
  });
});

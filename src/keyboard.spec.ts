import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { moveTo, type Key } from './keyboard.js';

const press = (key: string, modifiers: Partial<Key> = {}): Key => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('moveTo', () => {
  it('goes to the next button with Arrow Down, from the last to the first', () => {
    assert.equal(moveTo(press('ArrowDown'), 0, 4), 1);
    assert.equal(moveTo(press('ArrowDown'), 3, 4), 0);
  });

  it('goes to the previous button with Arrow Up, from the first to the last', () => {
    assert.equal(moveTo(press('ArrowUp'), 2, 4), 1);
    assert.equal(moveTo(press('ArrowUp'), 0, 4), 3);
  });

  it('goes to the first button with Home and the last with End', () => {
    assert.equal(moveTo(press('Home'), 2, 4), 0);
    assert.equal(moveTo(press('End'), 1, 4), 3);
  });

  it('stays on the only button', () => {
    for (const key of ['ArrowDown', 'ArrowUp', 'Home', 'End'])
      assert.equal(moveTo(press(key), 0, 1), 0);
  });

  it('leaves a key with a modifier to the browser', () => {
    for (const modifier of ['altKey', 'ctrlKey', 'metaKey', 'shiftKey'] as const) {
      assert.equal(moveTo(press('ArrowDown', { [modifier]: true }), 0, 4), undefined, modifier);
      assert.equal(moveTo(press('Home', { [modifier]: true }), 2, 4), undefined, modifier);
    }
  });

  it('leaves every other key to the browser', () => {
    for (const key of ['Enter', ' ', 'Tab', 'ArrowLeft', 'ArrowRight', 'PageDown', 'a']) {
      assert.equal(moveTo(press(key), 1, 4), undefined, key);
    }
  });

  it('takes no inherited property name for a move', () => {
    for (const key of ['constructor', 'toString', '__proto__']) {
      assert.equal(moveTo(press(key), 1, 4), undefined, key);
    }
  });
});

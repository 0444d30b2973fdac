import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { styles } from './aivd-mission.styles.js';
import { classes } from './names.js';

// The styles are plain CSS, so they write the classes out: these keep them in step.
describe('names.ts classes', () => {
  const css = styles.replace(/\/\*[\s\S]*?\*\//g, '');
  // Class selectors: a dot, then a name that starts with a letter (not 1.5rem or 0.45em).
  const styled = new Set([...css.matchAll(/\.(-?[a-z_][\w-]*)/gi)].map((m) => m[1]!));
  const named = Object.values(classes);

  it('include every class the styles select', () => {
    assert.deepEqual(
      [...styled].filter((name) => !named.includes(name)),
      [],
    );
  });

  it('are each selected by the styles', () => {
    assert.deepEqual(
      named.filter((name) => !styled.has(name)),
      [],
    );
  });
});

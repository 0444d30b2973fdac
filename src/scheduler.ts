/**
 * Renders waiting elements. Updates (a click, a changed attribute) render
 * together in the next microtask. First renders go in batches: the first in
 * a microtask, so a widget renders as soon as it can, and when a batch runs
 * past BUDGET_MS the rest follow in later tasks, so 100 widgets on a page
 * never make a long task (over 50 ms, with the layout it causes) that blocks
 * input. A render that throws is reported and the others go on.
 */
const BUDGET_MS = 10;
const updates = new Set<() => void>();
const firsts = new Set<() => void>();

export function schedule(render: () => void, first: boolean): void {
  const queue = first ? firsts : updates;
  if (!queue.size) queueMicrotask(() => flush(queue, first ? BUDGET_MS : Infinity));
  queue.add(render);
}

/** Runs the renders in `queue`, leaving those past `budget` ms to a later task. */
function flush(queue: Set<() => void>, budget: number): void {
  const start = performance.now();
  for (const render of queue) {
    queue.delete(render);
    try {
      render();
    } catch (error) {
      reportError(error);
    }
    if (queue.size && performance.now() - start > budget) {
      setTimeout(() => flush(queue, budget));
      return;
    }
  }
}

/**
 * One element's renders: however often requested before it runs, `render`
 * runs once; `done` settles after the pending render, or the first one (a
 * render that returns false, not connected, did not happen).
 */
const RENDERED = Promise.resolve(true);

export class Renders {
  #pending?: Promise<boolean>;
  // Settles with the first render after connecting, as LitElement's does;
  // made only when asked for before that render, and RENDERED after it.
  #first?: Promise<boolean>;
  #resolveFirst?: (rendered: boolean) => void;

  constructor(readonly render: () => boolean) {}

  get done(): Promise<boolean> {
    return (
      this.#pending ?? (this.#first ??= new Promise((resolve) => (this.#resolveFirst = resolve)))
    );
  }

  request(first: boolean): void {
    this.#pending ??= new Promise((resolve) =>
      schedule(() => {
        this.#pending = undefined;
        try {
          if (this.render()) {
            this.#resolveFirst?.(true);
            this.#first = RENDERED;
            this.#resolveFirst = undefined;
          }
        } finally {
          resolve(true);
        }
      }, first),
    );
  }
}

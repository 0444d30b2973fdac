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
let updatesScheduled = false;
let firstsScheduled = false;

export function schedule(render: () => void, first: boolean): void {
  if (!first) {
    updates.add(render);
    if (!updatesScheduled) queueMicrotask(flushUpdates);
    updatesScheduled = true;
    return;
  }
  firsts.add(render);
  if (!firstsScheduled) queueMicrotask(flushFirsts);
  firstsScheduled = true;
}

function run(render: () => void): void {
  try {
    render();
  } catch (error) {
    reportError(error);
  }
}

function flushUpdates(): void {
  updatesScheduled = false;
  for (const render of updates) {
    updates.delete(render);
    run(render);
  }
}

function flushFirsts(): void {
  const start = performance.now();
  for (const render of firsts) {
    firsts.delete(render);
    run(render);
    if (firsts.size && performance.now() - start > BUDGET_MS) {
      setTimeout(flushFirsts);
      return;
    }
  }
  firstsScheduled = false;
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
  // made only when asked for before that render.
  #first?: Promise<boolean>;
  #resolveFirst?: (rendered: boolean) => void;
  #rendered = false;

  constructor(readonly render: () => boolean) {}

  get done(): Promise<boolean> {
    if (this.#pending) return this.#pending;
    if (this.#rendered) return RENDERED;
    return (this.#first ??= new Promise((resolve) => (this.#resolveFirst = resolve)));
  }

  request(first: boolean): void {
    this.#pending ??= new Promise((resolve) =>
      schedule(() => {
        this.#pending = undefined;
        try {
          if (this.render() && !this.#rendered) {
            this.#rendered = true;
            this.#resolveFirst?.(true);
            this.#first = this.#resolveFirst = undefined;
          }
        } finally {
          resolve(true);
        }
      }, first),
    );
  }
}

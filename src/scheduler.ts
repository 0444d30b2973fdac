/**
 * Renders waiting elements. Updates (a click, a changed attribute) render
 * together in the next microtask. First renders go in batches: the first in
 * a microtask, so a widget renders as soon as it can, and when a batch runs
 * past BUDGET_MS the rest follow in later tasks, so 100 widgets on a page
 * never make a long task (over 50 ms, with the layout it causes) that blocks
 * input. A render that throws is reported and the others go on.
 */
const BUDGET_MS = 10;

/**
 * A queue of renders that run together in one flush, in the microtask after
 * the first is added; those still waiting after `budgetMs` run in a later task.
 */
function renderQueue(budgetMs: number): (render: () => void) => void {
  const waiting = new Set<() => void>();
  let flushPending = false;
  const flush = () => {
    const start = performance.now();
    // A render added while this runs (by an event listener, say) runs in this flush too.
    for (const render of waiting) {
      waiting.delete(render);
      try {
        render();
      } catch (error) {
        reportError(error);
      }
      if (waiting.size && performance.now() - start > budgetMs) {
        setTimeout(flush);
        return;
      }
    }
    flushPending = false;
  };
  return (render) => {
    waiting.add(render);
    if (flushPending) return;
    flushPending = true;
    queueMicrotask(flush);
  };
}

const addUpdate = renderQueue(Infinity);
const addFirstRender = renderQueue(BUDGET_MS);

/** Runs `render` with the next flush of first renders (`first`) or of updates. */
export function schedule(render: () => void, first: boolean): void {
  (first ? addFirstRender : addUpdate)(render);
}

const RENDERED = Promise.resolve(true);

/**
 * One element's renders: however often requested before it runs, `render`
 * runs once. `render` returns false when it did not happen (the element is
 * not connected).
 */
export class Renders {
  #pending?: Promise<boolean>;
  #hasRendered = false;
  // Settles with the first render, as LitElement's updateComplete does before
  // connecting; made only when asked for before that render.
  #firstRender?: Promise<boolean>;
  #resolveFirstRender?: (rendered: boolean) => void;
  #render: () => boolean;

  constructor(render: () => boolean) {
    this.#render = render;
  }

  /** Whether `render` has happened at least once. */
  get hasRendered(): boolean {
    return this.#hasRendered;
  }

  /** Settles after the pending render; with none pending, after the first. */
  get done(): Promise<boolean> {
    return this.#pending ?? this.#firstRendered();
  }

  #firstRendered(): Promise<boolean> {
    if (this.#hasRendered) return RENDERED;
    return (this.#firstRender ??= new Promise((resolve) => (this.#resolveFirstRender = resolve)));
  }

  /** Lets go of those waiting for the first render. */
  #releaseFirstRender(): void {
    this.#resolveFirstRender?.(true);
    this.#firstRender = this.#resolveFirstRender = undefined;
  }

  request(): void {
    this.#pending ??= new Promise((resolve) =>
      schedule(() => {
        this.#pending = undefined;
        let outcome: 'rendered' | 'not connected' | 'threw' = 'threw';
        try {
          outcome = this.#render() ? 'rendered' : 'not connected';
          if (outcome === 'rendered') this.#hasRendered = true;
        } finally {
          // A render that did not happen (the element is not connected yet)
          // leaves its callers waiting for the first one. A render that threw
          // (the queue reports it) lets every caller go on: else they would
          // wait for good.
          if (outcome === 'not connected') resolve(this.#firstRendered());
          else {
            this.#releaseFirstRender();
            resolve(true);
          }
        }
      }, !this.#hasRendered),
    );
  }
}

/**
 * Resolves once the page has shown a frame: after the next frame has begun
 * and the one after it, so that whatever was rendered before is on screen.
 */
export const afterNextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * Renders waiting elements. Updates (a click, a changed attribute) render
 * together in the next microtask. First renders go in batches: the first in
 * a microtask, so a widget renders as soon as it can, and when a batch runs
 * past BUDGET_MS the rest follow in later tasks, so 100 widgets on a page
 * never make a long task (over 50 ms, with the layout it causes) that blocks
 * input.
 */
const BUDGET_MS = 10;
const updates = new Set<() => void>();
const firsts = new Set<() => void>();
let scheduled = false;

export function schedule(render: () => void, first: boolean): void {
  (first ? firsts : updates).add(render);
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(flush);
}

function flush(): void {
  const start = performance.now();
  for (const render of updates) {
    updates.delete(render);
    render();
  }
  for (const render of firsts) {
    firsts.delete(render);
    render();
    if (firsts.size && performance.now() - start > BUDGET_MS) {
      setTimeout(flush);
      return;
    }
  }
  scheduled = false;
}

// The benchmark's metrics and how its figures read: one list for bench/run.js,
// which measures and prints them, bench/engines.js, and scripts/figures.js,
// which quotes them in the docs.

/** name (for figures), label (in tables), key in bench/results.json, unit. */
export const METRICS = [
  ['render', 'render (ms)', 'renderMs', 'ms'],
  ['main-thread', 'script + style + layout, trace (ms)', 'mainThreadMs', 'ms'],
  ['script', '· script incl. microtasks, GC (ms)', 'scriptMs', 'ms'],
  ['style', '· style (ms)', 'styleMs', 'ms'],
  ['layout', '· layout (ms)', 'layoutMs', 'ms'],
  ['cdp-main-thread', 'script + style + layout, CDP getMetrics (ms)', 'cdpMainThreadMs', 'ms'],
  ['cdp-script', '· CDP ScriptDuration, no microtasks (ms)', 'cdpScriptMs', 'ms'],
  ['tasks', 'all main-thread tasks, CDP (ms)', 'cdpTaskMs', 'ms'],
  ['longest-task', 'longest task, wall (ms)', 'longestTaskMs', 'ms'],
  ['longest-task-cpu', 'longest task, CPU (ms)', 'longestTaskCpuMs', 'ms'],
  ['expand', 'expand all (ms)', 'expandMs', 'ms'],
  ['js-heap', 'JS heap after GC (KiB)', 'heapUsedBytes', 'KiB'],
  ['blink-heap', 'DOM (Blink) heap after GC (KiB)', 'embedderHeapBytes', 'KiB'],
  ['nodes', 'DOM nodes after GC, incl. shadow trees', 'nodesAfterGc', 'nodes'],
  ['transfer', 'transfer, gzip (KiB)', 'transferGzip', 'KiB'],
];

/** What a value measured in bytes is multiplied by to read in `unit`. */
export const scaleOf = (unit) => (unit === 'KiB' ? 1 / 1024 : 1);

/** The median of the values that were measured; null if none was. */
export function median(values) {
  const sorted = values.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A figure to about three significant digits; '–' for one not measured. */
export const formatNumber = (x) =>
  x == null
    ? '–'
    : x >= 1000
      ? Math.round(x).toLocaleString('en-GB')
      : x >= 100
        ? x.toFixed(0)
        : x >= 10
          ? x.toFixed(1)
          : x.toFixed(2);

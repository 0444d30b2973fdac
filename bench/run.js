#!/usr/bin/env node
// `npm run bench`: <aivd-mission> against the same text as static HTML and
// against three peer components (GOV.UK Frontend's accordion, Shoelace's
// sl-details, Lion's lion-accordion), in headless Chromium, interleaved, medians.
// Prints a Markdown table per N and writes every raw figure to bench/results.json.
// Timings are reported, never asserted. Options (env): BENCH_RUNS (default 11,
// minimum 7), BENCH_N (default "1,100"), BENCH_PROFILE=0 to skip the CPU profile,
// CHROME_PATH (default /usr/bin/chromium).
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { LEAST_UPPER_BOUND, TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { serve } from '../scripts/serve.js';
import puppeteer from 'puppeteer-core';
import { METRICS, formatNumber, median, scaleOf } from './metrics.js';
import { BUILD, VARIANTS, writePages } from './pages.js';

const ROOT = resolve(import.meta.dirname, '..');
process.chdir(ROOT);
const RUNS = Math.max(7, Number(process.env.BENCH_RUNS ?? 11));
const NS = (process.env.BENCH_N ?? '1,100').split(',').map(Number);
const PROFILE = process.env.BENCH_PROFILE !== '0';
const SETTLE_MS = 200;
const maps = new Map(); // source maps by file, for the CPU profile's locations
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const started = Date.now();
const log = (...a) => console.error(`[${((Date.now() - started) / 1000).toFixed(1)}s]`, ...a);

// --- pages and peer bundles ---------------------------------------------------
await writePages(NS, { bare: true });

// --- static server: repo root, no compression; fresh contexts keep caches cold -----
let requestLog = [];
const server = await serve(ROOT, [
  async (context, next) => {
    await next();
    if (context.status === 200) requestLog.push(context.path);
  },
]);
const ORIGIN = server.origin;
const gz = (path) => gzipSync(readFileSync(join(ROOT, path)), { level: 9 }).length;

// --- browser ---------------------------------------------------------------------
const browser = await puppeteer.launch({
  executablePath: CHROME_PATH,
  headless: true,
  args: [
    '--no-sandbox',
    '--no-first-run',
    '--disable-extensions',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-default-apps',
    '--disable-sync',
    '--mute-audio',
  ],
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A fresh browser context and page (empty HTTP and code caches), cache disabled, reduced motion. */
async function freshPage() {
  const context = await browser.createBrowserContext();
  const p = await context.newPage();
  await p.setViewport({ width: 1280, height: 800 });
  await p.setCacheEnabled(false);
  await p.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  const cdp = await p.createCDPSession();
  return { context, p, cdp };
}

const metricsOf = async (cdp) =>
  Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
  );

// Trace event names → what DevTools' Performance panel would call them. Events not
// listed take their enclosing event's category (V8 interrupts inside a script are
// script); a task's own time outside all of these is 'other'.
const CATEGORY = {
  EvaluateScript: 'script',
  'v8.evaluateModule': 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  FunctionCall: 'script',
  EventDispatch: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  FireIdleCallback: 'script',
  RunMicrotasks: 'script',
  MinorGC: 'script',
  MajorGC: 'script',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  ParseHTML: 'parse',
  ParseAuthorStyleSheet: 'parse',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  UpdateLayer: 'paint',
};

/**
 * From a trace of one page load: the longest main-thread task of the page's
 * renderer (wall `dur` and thread-CPU `tdur`), and main-thread CPU time by
 * category (self time of nested complete events, as DevTools attributes it),
 * in ms. Unlike CDP's ScriptDuration, 'script' includes microtasks
 * (promise callbacks, where Lit-style components render) and GC.
 */
function analyseTrace(events, url) {
  const commit = events.find(
    (e) => e.name === 'FrameCommittedInBrowser' && e.args?.data?.url?.startsWith(url),
  );
  const pid = commit?.args.data.processId;
  const main = events.find(
    (e) =>
      e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args.name === 'CrRendererMain',
  );
  if (!main) return { wall: null, cpu: null, byCategory: {} };
  const list = events
    .filter((e) => e.pid === pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let wall = 0;
  let cpu = 0;
  const byCategory = {};
  const stack = [];
  for (const e of list) {
    const time = e.tdur ?? e.dur;
    if (/RunTask$/.test(e.name)) {
      wall = Math.max(wall, e.dur / 1000);
      cpu = Math.max(cpu, (e.tdur ?? 0) / 1000);
    }
    while (stack.length && stack.at(-1).end <= e.ts) stack.pop();
    const parent = stack.at(-1);
    const category = CATEGORY[e.name] ?? parent?.category ?? 'other';
    if (parent) byCategory[parent.category] -= time / 1000;
    byCategory[category] = (byCategory[category] ?? 0) + time / 1000;
    stack.push({ end: e.ts + e.dur, category });
  }
  return { wall, cpu, byCategory };
}

/** Waits for the page's 'bench-rendered' mark; its time from navigation start, in ms. */
const rendered = (p) =>
  p.evaluate(() =>
    Promise.race([
      window.__bench.rendered,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('not rendered in 20 s')), 20000),
      ),
    ]),
  );

/** One measured load of one page. */
async function measure(variant, n) {
  const url = `${ORIGIN}/${BUILD}/pages/${variant}-${n}.html`;
  const { context, p, cdp } = await freshPage();
  try {
    // Durations in thread CPU time, so that other load on the machine inflates them less.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const m0 = await metricsOf(cdp);
    await p.tracing.start({
      categories: [
        'toplevel',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        '__metadata',
      ],
    });
    await p.goto(url, { waitUntil: 'load' });
    const renderMs = await rendered(p);
    await sleep(SETTLE_MS); // deferred work after the rendered mark still counts
    const m1 = await metricsOf(cdp);
    const trace = JSON.parse(new TextDecoder().decode(await p.tracing.stop()));
    const longtaskApi = await p.evaluate(() => window.__bench.longtask);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const m2 = await metricsOf(cdp);
    const expand = await p.evaluate(() => window.__bench.measureExpand());
    const d = (k) => (m1[k] - (m0[k] ?? 0)) * 1000;
    const traced = analyseTrace(trace.traceEvents ?? trace, url);
    const t = (k) => traced.byCategory[k] ?? 0;
    return {
      renderMs,
      mainThreadMs: t('script') + t('style') + t('layout'),
      scriptMs: t('script'),
      styleMs: t('style'),
      layoutMs: t('layout'),
      traceByCategoryMs: traced.byCategory,
      cdpMainThreadMs: d('ScriptDuration') + d('RecalcStyleDuration') + d('LayoutDuration'),
      cdpScriptMs: d('ScriptDuration'),
      cdpStyleMs: d('RecalcStyleDuration'),
      cdpLayoutMs: d('LayoutDuration'),
      cdpTaskMs: d('TaskDuration'),
      longestTaskMs: traced.wall,
      longestTaskCpuMs: traced.cpu,
      longtaskApiMs: longtaskApi,
      expandMs: expand.ms,
      expandFrames: expand.frames,
      heapUsedBytes: heap.usedSize,
      // Blink's DOM objects live in the embedder (Oilpan) heap, beside V8's.
      embedderHeapBytes: heap.embedderHeapUsedSize,
      jsHeapUsedSize: m2.JSHeapUsedSize,
      nodes: m1.Nodes,
      nodesAfterGc: m2.Nodes,
    };
  } finally {
    await context.close();
  }
}

/** Unmeasured load: warms the server and disk cache, and records which files the page fetches. */
async function warmUp(variant, n) {
  const { context, p } = await freshPage();
  requestLog = [];
  await p.goto(`${ORIGIN}/${BUILD}/pages/${variant}-${n}.html`, { waitUntil: 'load' });
  await rendered(p);
  await sleep(100);
  const files = [...new Set(requestLog)];
  await context.close();
  // The page's own bytes without the harness scripts, plus every script and stylesheet it fetched.
  const resources = files.map((f) =>
    f.endsWith('.html')
      ? { file: f, gzip: gz(f.replace(/\.html$/, '.bare.html')) }
      : { file: f, gzip: gz(f) },
  );
  return { resources, transferGzip: resources.reduce((s, r) => s + r.gzip, 0) };
}

// --- the runs --------------------------------------------------------------------
const results = {
  date: new Date().toISOString(),
  chromium: await browser.version(),
  node: process.version,
  runs: RUNS,
  ns: NS,
  variants: VARIANTS,
  settleMs: SETTLE_MS,
  cpus: cpus().length,
  loadAverageAtStart: loadavg(),
  byN: {},
  // What each variant loads, raw and gzip -9 (the full GOV.UK CSS is listed for reference only).
  files: Object.fromEntries(
    [
      'dist/aivd-mission.js',
      `${BUILD}/govuk.js`,
      `${BUILD}/govuk.css`,
      'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css',
      `${BUILD}/shoelace.js`,
      `${BUILD}/shoelace-light.css`,
      `${BUILD}/lion.js`,
    ].map((f) => [f, { raw: statSync(f).size, gzip: gz(f) }]),
  ),
};
for (const n of NS) {
  const byVariant = Object.fromEntries(VARIANTS.map((v) => [v, { runs: [] }]));
  for (const v of VARIANTS) Object.assign(byVariant[v], await warmUp(v, n));
  log(`N=${n}: warmed up; ${RUNS} interleaved runs of ${VARIANTS.join(' ')}`);
  for (let r = 0; r < RUNS; r++) {
    for (const v of VARIANTS) byVariant[v].runs.push(await measure(v, n));
  }
  results.byN[n] = byVariant;
  log(`N=${n}: done`);
}

// --- CPU profile of ours at the largest N ------------------------------------------
if (PROFILE) {
  const n = Math.max(...NS);
  log(`profiling aivd-mission at N=${n}`);
  try {
    results.profile = { n, ...(await profile('aivd-mission', n, 3)) };
  } catch (error) {
    log(`profile failed: ${error.stack}`);
  }
}
await browser.close();
await server.stop();
results.elapsedS = (Date.now() - started) / 1000;
results.loadAverageAtEnd = loadavg();

// --- report ------------------------------------------------------------------------
const ROWS = METRICS.map(([, label, key, unit]) => [label, key, scaleOf(unit)]);
const ratio = (a, b) => (a == null || b == null || b === 0 ? '–' : `${(a / b).toFixed(2)}×`);
const peers = VARIANTS.filter((v) => v !== 'static' && v !== 'aivd-mission');
results.medians = {};
for (const n of NS) {
  const by = results.byN[n];
  const med = (v, key) =>
    key === 'transferGzip' ? by[v].transferGzip : median(by[v].runs.map((r) => r[key]));
  results.medians[n] = Object.fromEntries(
    VARIANTS.map((v) => [v, Object.fromEntries(ROWS.map(([, k]) => [k, med(v, k)]))]),
  );
  const head = [
    'metric (median)',
    ...VARIANTS,
    ...VARIANTS.filter((v) => v !== 'static').map((v) => `${v} / static`),
    ...peers.map((p) => `ours / ${p}`),
  ];
  const lines = [
    `### N = ${n} (${RUNS} interleaved runs each)`,
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`,
  ];
  for (const [label, key, scale] of ROWS) {
    const m = Object.fromEntries(
      VARIANTS.map((v) => [v, med(v, key) == null ? null : med(v, key) * scale]),
    );
    lines.push(
      `| ${[
        label,
        ...VARIANTS.map((v) => formatNumber(m[v])),
        ...VARIANTS.filter((v) => v !== 'static').map((v) => ratio(m[v], m.static)),
        ...peers.map((p) => ratio(m['aivd-mission'], m[p])),
      ].join(' | ')} |`,
    );
  }
  const lt = VARIANTS.map(
    (v) => `${v} ${Math.max(...by[v].runs.map((r) => r.longtaskApiMs)).toFixed(0)}`,
  );
  lines.push('', `Long Tasks API, worst run (ms; 0 = none ≥ 50 ms): ${lt.join(', ')}`);
  console.log(lines.join('\n') + '\n');
}
if (NS.length > 1) {
  // What one more instance costs: the difference between the largest and smallest page.
  const [lo, hi] = [Math.min(...NS), Math.max(...NS)];
  const per = (v, key) => (results.medians[hi][v][key] - results.medians[lo][v][key]) / (hi - lo);
  const line = (label, key, scale, digits) =>
    `${label} per instance (N = ${lo} → ${hi}): ` +
    VARIANTS.map((v) => `${v} ${(per(v, key) * scale).toFixed(digits)}`).join(', ');
  // The JS heap's slope includes the JIT's one-time warm-up as more instances run the same code.
  console.log(
    [
      line('DOM nodes', 'nodesAfterGc', 1, 1),
      line('JS heap (KiB)', 'heapUsedBytes', 1 / 1024, 2),
      line('DOM (Blink) heap (KiB)', 'embedderHeapBytes', 1 / 1024, 1),
    ].join('\n') + '\n',
  );
}
if (results.profile) {
  const { n, runs, totalMs, programMs, gcMs, top } = results.profile;
  console.log(
    `### CPU profile: aivd-mission, N = ${n}, navigation → rendered (${runs} runs; per run ` +
      `${totalMs.toFixed(0)} ms sampled, of which ${programMs.toFixed(0)} ms "(program)" = native ` +
      `parsing/style/layout/paint not attributed to JS, ${gcMs.toFixed(1)} ms GC)\n`,
  );
  console.log('| self (ms/run) | function | location |\n| ---: | --- | --- |');
  for (const t of top) console.log(`| ${t.selfMs.toFixed(1)} | ${t.name} | ${t.location} |`);
  console.log('');
}
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
const load = (l) => l.map((x) => x.toFixed(1)).join(' ');
console.log(
  `bench: ${results.elapsedS.toFixed(0)} s in bench/run.js on ${results.cpus} CPUs; load average ` +
    `${load(results.loadAverageAtStart)} at start, ${load(results.loadAverageAtEnd)} at end ` +
    `(above ~1 means other work shared the CPUs); raw figures in bench/results.json`,
);

// --- CPU profile helpers ---------------------------------------------------------------
async function profile(variant, n, runs) {
  const url = `${ORIGIN}/${BUILD}/pages/${variant}-${n}.html`;
  const self = new Map();
  let total = 0;
  for (let r = 0; r < runs; r++) {
    const { context, p, cdp } = await freshPage();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await p.goto(url, { waitUntil: 'load' });
    await rendered(p);
    const { profile: prof } = await cdp.send('Profiler.stop');
    await context.close();
    const nodes = new Map(prof.nodes.map((x) => [x.id, x]));
    for (let i = 0; i < prof.samples.length; i++) {
      const dt = (prof.timeDeltas[i + 1] ?? 0) / 1000;
      const { callFrame: f } = nodes.get(prof.samples[i]);
      if (f.functionName === '(idle)') continue;
      total += dt;
      const key = `${f.functionName}|${f.url}|${f.lineNumber}|${f.columnNumber}`;
      self.set(key, (self.get(key) ?? 0) + dt);
    }
  }
  const bucket = (name) =>
    [...self.entries()].filter(([k]) => k.startsWith(`${name}|`)).reduce((t, [, ms]) => t + ms, 0) /
    runs;
  const top = [...self.entries()]
    .filter(([k]) => !/^\((program|garbage collector|root)\)\|/.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([key, ms]) => {
      const [fn, url, line, col] = key.split('|');
      return { selfMs: ms / runs, ...locate(fn, url, Number(line), Number(col)) };
    });
  return {
    runs,
    totalMs: total / runs,
    programMs: bucket('(program)'),
    gcMs: bucket('(garbage collector)'),
    top,
  };
}

/** file:line of a profile frame, through dist's source map and then lib's (tsc) maps to src/. */
function locate(fn, url, line, col) {
  const name = fn || '(anonymous)';
  if (!url) return { name, location: '(native: DOM API / V8 builtin)' };
  if (url.includes(`/${BUILD}/pages/`)) return { name, location: 'bench harness (inline script)' };
  const path = new URL(url).pathname.slice(1);
  if (line < 0) return { name, location: path };
  const first = mapPosition(path, line, col);
  if (!first) return { name, location: `${path}:${line + 1}:${col + 1}` };
  const second = mapPosition(first.file, first.line, first.col);
  const at = second ?? first;
  // A minified name maps to the original identifier at the function's start; anonymous stays so.
  const original = fn ? (second?.name ?? first.name) : undefined;
  return {
    name: original && original !== fn ? `${original} (minified: ${fn})` : name,
    location: `${at.file}:${at.line + 1}`,
  };
}

/** Where 0-based `line`:`col` of `file` came from, by `file`'s source map (0-based line). */
function mapPosition(file, line, col) {
  if (!maps.has(file)) {
    const mapFile = `${file}.map`;
    maps.set(
      file,
      existsSync(mapFile) ? new TraceMap(readFileSync(mapFile, 'utf8'), mapFile) : null,
    );
  }
  const map = maps.get(file);
  if (!map) return null;
  // The mapping at or before the column, else the first one after it.
  const needle = { line: line + 1, column: col };
  let at = originalPositionFor(map, needle);
  if (at.source == null) at = originalPositionFor(map, { ...needle, bias: LEAST_UPPER_BOUND });
  if (at.source == null) return null;
  return { file: at.source, line: at.line - 1, col: at.column, name: at.name ?? undefined };
}

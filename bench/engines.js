#!/usr/bin/env node
// `npm run bench`, second part: the in-page timings (render, expand all) of
// the same pages in Firefox and WebKit, for us, the static limit and the
// peers (GOV.UK Frontend, Shoelace, Lion: every variant of bench/pages.js), so
// that "faster than the peers" is shown per engine. The pages carry
// their own harness (bench/pages.js): the figures come from performance.now()
// in the page, so every engine measures the same thing. Reported, never asserted.
// Options (env): BENCH_RUNS (default 11, minimum 5), BENCH_N (default "1,100"),
// BENCH_ENGINES (default "firefox,webkit").
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { ENGINES, isInstalled, startWebKitDriver } from '../test/engines.js';
import { serve } from '../scripts/serve.js';
import { formatNumber, median } from './metrics.js';
import { BUILD, VARIANTS, writePages } from './pages.js';

const ROOT = resolve(import.meta.dirname, '..');
process.chdir(ROOT);
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 11));
const NS = (process.env.BENCH_N ?? '1,100').split(',').map(Number);
const WANTED = (process.env.BENCH_ENGINES ?? 'firefox,webkit').split(',').filter(Boolean);

await writePages(NS);

const server = await serve(ROOT);
const ORIGIN = server.origin;

// In the page: wait for the harness's 'rendered' mark, then time "expand all".
const MEASURE = `return (async () => {
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('not rendered in 20 s')), 20000));
  const render = await Promise.race([window.__bench.rendered, timeout]);
  const expand = await window.__bench.measureExpand();
  return { render, expand: expand.ms };
})()`;

/** Each engine as a function that loads a URL in a fresh page and returns MEASURE's result. */
const drivers = {
  async firefox() {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: ENGINES.firefox.path,
      headless: true,
    });
    return {
      async load(url) {
        const context = await browser.createBrowserContext();
        try {
          const p = await context.newPage();
          await p.goto(url, { waitUntil: 'load' });
          return await p.evaluate(new Function(MEASURE));
        } finally {
          await context.close();
        }
      },
      close: () => browser.close(),
    };
  },
  async webkit() {
    const driver = await startWebKitDriver();
    const browser = await remote(driver.options);
    return {
      async load(url) {
        // A blank page between runs, so that no page is reused warm.
        await browser.url('about:blank');
        await browser.url(url);
        return browser.execute(new Function(MEASURE));
      },
      async close() {
        await browser.deleteSession();
        driver.stop();
      },
    };
  },
};

// null when every run was left out (shown as '–', not NaN).

const results = {};
for (const name of WANTED) {
  if (!isInstalled(name)) {
    console.log(`\n${ENGINES[name].label}: not installed, skipped.`);
    continue;
  }
  const engine = await drivers[name]();
  results[name] = {};
  try {
    for (const n of NS) {
      const runs = Object.fromEntries(VARIANTS.map((v) => [v, { render: [], expand: [] }]));
      // Interleaved: every variant once per round, so that drift hits all alike.
      for (let round = 0; round < RUNS; round++) {
        for (const v of VARIANTS) {
          const started = Date.now();
          try {
            const { render, expand } = await engine.load(`${ORIGIN}/${BUILD}/pages/${v}-${n}.html`);
            runs[v].render.push(render);
            runs[v].expand.push(expand);
          } catch (error) {
            // A run that does not finish (WebDriver's 30 s script timeout) is left out, and counted.
            runs[v].failed = (runs[v].failed ?? 0) + 1;
            console.error(`[${name} N=${n}] ${v}: ${error.message.split('\n')[0]}`);
          }
          console.error(`[${name} N=${n} round ${round + 1}] ${v}: ${Date.now() - started} ms`);
        }
      }
      results[name][n] = runs;
      const med = (v, k) => median(runs[v][k]);
      const others = VARIANTS.filter((v) => v !== 'static');
      console.log(`\n### ${ENGINES[name].label}, N = ${n} (${RUNS} interleaved runs each)\n`);
      console.log(
        `| metric (median, ms) | ${VARIANTS.join(' | ')} | ${others.map((v) => `${v} / static`).join(' | ')} |`,
      );
      console.log(`| --- |${' ---: |'.repeat(VARIANTS.length + others.length)}`);
      for (const [k, label] of [
        ['render', 'render'],
        ['expand', 'expand all'],
      ]) {
        const cells = VARIANTS.map((v) => formatNumber(med(v, k)));
        const ratios = others.map((v) =>
          med(v, k) == null || !med('static', k)
            ? '–'
            : `${(med(v, k) / med('static', k)).toFixed(2)}×`,
        );
        console.log(`| ${label} | ${cells.join(' | ')} | ${ratios.join(' | ')} |`);
      }
      const failed = VARIANTS.filter((v) => runs[v].failed).map((v) => `${v} ${runs[v].failed}`);
      if (failed.length) console.log(`\nRuns left out (not done in 30 s): ${failed.join(', ')}`);
    }
  } finally {
    await engine.close();
  }
}
writeFileSync('bench/results.engines.json', `${JSON.stringify(results, null, 1)}\n`);
await server.stop();

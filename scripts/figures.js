#!/usr/bin/env node
// Keeps every measured figure in the Markdown docs in step with the files the
// measuring scripts write, so that no figure is typed by hand:
//
//   bench/results.json   `npm run bench` (bench/run.js): Chromium's medians, profile
//   bench/size.json      `npm run size` (scripts/size.js): bytes of the dist files
//   package.json         the version, and the oldest browsers ("browserslist")
//   CHANGELOG.md         the latest release: its first `## [x.y.z] - date` heading
//   test/at/results.json `npm run test:at` (test/at/run.js): what the assistive-
//                        technology step verified, with what; and its transcripts
//   docs/accessibility-evaluation.json `npm run report:evaluate`: the commit, files,
//                        engines and cited tests the accessibility report rests on
//
// It fills inline markers, `<!-- figure:size.esm.gzip -->11.0 KiB<!-- /figure -->`,
// whole tables, `<!-- figures:bench.table.100 -->` … `<!-- /figures -->`, and
// in YAML a quoted value with a comment, `softwareVersion: '0.1.0' # figure:release.latest`,
// from the names defined below, formatted as the prose needs them. `--check`
// changes nothing and fails naming each stale figure and each unknown name.
//
// Our own, like scripts/integrity.js that does the same for README's embed
// snippets: the maintained tools for generated Markdown (markdown-magic, say)
// fill only whole blocks, not a figure inside a sentence or a table cell,
// bring a dozen dependencies (one of them fetches URLs), and have no check
// mode; this job is a regular expression and a table of names.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import browserslist from 'browserslist';
import * as prettier from 'prettier';
import { METRICS, formatNumber, scaleOf } from '../bench/metrics.js';

const FILES = [
  'publiccode.yml',
  'README.md',
  'CONTRIBUTING.md',
  'SECURITY.md',
  'CHANGELOG.md',
  'bench/README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

const json = (path) => JSON.parse(readFileSync(path, 'utf8'));
const pkg = json('package.json');
const bench = json('bench/results.json');
const size = json('bench/size.json');

// --- formatting, as bench/run.js prints its tables ---------------------------------

const times = (x) => `${x.toFixed(2)}×`;
const kib = (bytes, digits = 1) => `${(bytes / 1024).toFixed(digits)} KiB`;
const percent = (part, whole) => `${Math.round((100 * part) / whole)} %`;

// --- the names ---------------------------------------------------------------------

const figures = new Map();
const blocks = new Map();

// The version, and what it is: a pre-release (0.2.0-alpha.0) is not yet released.
const prerelease = pkg.version.includes('-');
figures.set('version', pkg.version);
figures.set('version.named', prerelease ? `${pkg.version} (pre-release)` : pkg.version);
figures.set('version.named.nl', prerelease ? `${pkg.version}, een voorlopige versie` : pkg.version);

const latest = /^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$/m.exec(
  readFileSync('CHANGELOG.md', 'utf8'),
);
if (latest) {
  figures.set('release.latest', latest[1]);
  figures.set('release.latest.date', latest[2]);
}

// The oldest browsers supported: those of package.json's "browserslist".
const oldest = (name) =>
  Math.min(
    ...browserslist(pkg.browserslist)
      .filter((entry) => entry.startsWith(`${name} `))
      .map((entry) => parseFloat(entry.split(' ')[1])),
  );
const [chrome, edge] = [oldest('chrome'), oldest('edge')];
figures.set(
  'browsers.supported',
  `${chrome === edge ? `Chrome and Edge ${chrome}+` : `Chrome ${chrome}+, Edge ${edge}+`}, ` +
    `Firefox ${oldest('firefox')}+, Safari ${oldest('safari')}+`,
);

// Sizes: size.esm.gzip, size.esm.gzip.bytes, size.iife.raw, …, size.budget.
for (const [short, file] of [
  ['esm', 'aivd-mission.js'],
  ['iife', 'aivd-mission.iife.js'],
]) {
  for (const kind of ['raw', 'gzip', 'brotli']) {
    const bytes = size.files[file][kind];
    figures.set(`size.${short}.${kind}`, kib(bytes));
    figures.set(`size.${short}.${kind}.bytes`, `${bytes.toLocaleString('en-GB')} B`);
  }
}
const esm = size.files['aivd-mission.js'];
figures.set('size.budget', kib(esm.gzipBudget, 0));
// Shares of the minified ES module, by its source map.
const minified = (match) =>
  Object.entries(size.sources)
    .filter(([source]) => match.test(source))
    .reduce((sum, [, s]) => sum + s.minified, 0);
figures.set('size.share.lit-html', percent(minified(/^lit-html\//), esm.raw));
figures.set('size.share.text', percent(minified(/content\.js$|locales\/en\.js$/), esm.raw));

// The benchmark (Chromium): bench.<N>.<metric>.<variant> is the median, with its
// unit; bench.<N>.<metric>.<variant>/<other> a ratio of medians.
const { variants: VARIANTS, ns: NS } = bench;
const value = (n, key, variant, unit) => {
  const x = bench.medians[n][variant][key];
  return x == null ? null : x * scaleOf(unit);
};
// Nodes are whole, and read as a plain count in prose.
const withUnit = (x, unit) => (unit === 'nodes' ? x.toFixed(0) : `${formatNumber(x)} ${unit}`);
for (const n of NS) {
  for (const [name, , key, unit] of METRICS) {
    for (const variant of VARIANTS) {
      const x = value(n, key, variant, unit);
      if (x == null) continue;
      figures.set(`bench.${n}.${name}.${variant}`, withUnit(x, unit));
      for (const other of VARIANTS) {
        const y = value(n, key, other, unit);
        if (other !== variant && y)
          figures.set(`bench.${n}.${name}.${variant}/${other}`, times(x / y));
      }
    }
  }
}
// What one more instance costs: the slope between the smallest and largest N.
const [lo, hi] = [Math.min(...NS), Math.max(...NS)];
for (const [name, , key, unit] of METRICS.filter(([name]) => /heap|nodes/.test(name))) {
  for (const variant of VARIANTS) {
    const slope = (value(hi, key, variant, unit) - value(lo, key, variant, unit)) / (hi - lo);
    figures.set(`bench.per-instance.${name}.${variant}`, withUnit(slope, unit));
  }
}
figures.set('bench.date', bench.date.slice(0, 10));
figures.set('bench.chromium', bench.chromium.replace(/^\D*(\d+).*/, '$1'));
figures.set('bench.runs', String(bench.runs));
figures.set('bench.cpus', String(bench.cpus));
figures.set('bench.n', NS.join(' and '));
figures.set('bench.elapsed', `${Math.round(bench.elapsedS)} s`);
figures.set('bench.load', bench.loadAverageAtStart[0].toFixed(1));

// Tables: bench.table.<N> (every metric, each variant and its ratio to static),
// bench.peers.<N> (ours over each peer), bench.targets, bench.profile.
const row = (cells) => `| ${cells.join(' | ')} |`;
const rule = (count) => row(Array.from({ length: count }, (_, i) => (i ? '---:' : '---')));
for (const n of NS) {
  const others = VARIANTS.filter((v) => v !== 'static');
  const head = ['metric (median)', ...VARIANTS, ...others.map((v) => `${v} / static`)];
  const lines = METRICS.map(([, label, key, unit]) => {
    const m = VARIANTS.map((v) => value(n, key, v, unit));
    const s = m[0];
    return row([
      label,
      ...m.map(formatNumber),
      ...m.slice(1).map((x) => (x == null || !s ? '–' : times(x / s))),
    ]);
  });
  blocks.set(`bench.table.${n}`, [row(head), rule(head.length), ...lines].join('\n'));

  const peers = others.filter((v) => v !== 'aivd-mission');
  const peerHead = ['metric (median)', ...peers.map((p) => `ours / ${p}`)];
  const peerLines = METRICS.map(([, label, key, unit]) => {
    const ours = value(n, key, 'aivd-mission', unit);
    return row([label, ...peers.map((p) => times(ours / value(n, key, p, unit)))]);
  });
  blocks.set(`bench.peers.${n}`, [row(peerHead), rule(peerHead.length), ...peerLines].join('\n'));
}

// The targets: ours over static at N instances, and the size budget.
const TARGETS = [
  ['render', 'render', hi, 1.3],
  ['main-thread', 'script + style + layout', hi, 1.5],
  ['expand', 'expand all', hi, 1.15],
  ['js-heap', 'JS heap', hi, 1.3],
  ['blink-heap', 'DOM (Blink) heap', hi, 1.2],
  ['nodes', 'DOM nodes', hi, 1.3],
  ['render', 'render', lo, 1.5],
];
const targetLines = TARGETS.map(([name, label, n, limit]) => {
  const [, , key, unit] = METRICS.find(([m]) => m === name);
  const ratio = value(n, key, 'aivd-mission', unit) / value(n, key, 'static', unit);
  return row([
    `${label} at N = ${n} ≤ ${times(limit)} static's`,
    times(ratio),
    ratio <= limit ? 'yes' : 'no',
  ]);
});
targetLines.push(
  row([
    `\`dist/aivd-mission.js\` ≤ ${kib(esm.gzipBudget, 0)} gzip (\`npm run size\` fails over it)`,
    kib(esm.gzip, 2),
    esm.gzip <= esm.gzipBudget ? 'yes' : 'no',
  ]),
);
blocks.set(
  'bench.targets',
  [row(['target', 'measured', 'holds']), row(['---', '---:', '---']), ...targetLines].join('\n'),
);

// What the assistive-technology step verified, with which versions: the
// platform trees (AT-SPI) and Orca's journeys per engine, and what Orca said
// of the copy-link status, read from the transcripts it was compared with.
const at = json('test/at/results.json');
const ENGINE_ORDER = ['firefox', 'chromium', 'webkit'];
const transcript = (engine, journey) =>
  readFileSync(`test/at/transcripts/${engine}/${journey}.txt`, 'utf8');
const heard = (engine, journey, text) =>
  transcript(engine, journey).includes(text) ? 'yes' : 'no';
figures.set('at.orca', `Orca ${at.orca}`);
figures.set('at.widget', at.widget);
figures.set('at.tree.pages', String(at.engines.firefox.trees));
figures.set('at.journeys', String(at.engines.firefox.journeys));
blocks.set(
  'at.table',
  [
    row([
      'engine (Debian)',
      'AT-SPI trees: pages, assertions',
      `Orca ${at.orca}: journeys as transcribed`,
      'status heard: copied / refused / control',
    ]),
    row(['---', '---:', '---:', '---']),
    ...ENGINE_ORDER.map((name) => {
      const e = at.engines[name];
      return row([
        e.browser,
        `${e.trees}, ${e.treeAssertions}`,
        String(e.journeys),
        [
          heard(name, 'copy-link', 'Link gekopieerd'),
          heard(name, 'copy-link-blocked', 'Kopiëren is niet gelukt. De link is:'),
          heard(name, 'control', 'Melding gegeven'),
        ].join(' / '),
      ]);
    }),
  ].join('\n'),
);

// The accessibility report's evaluation (scripts/report-evaluate.js): the
// commit the run tested, the files' SRI hashes, the engines and the result of
// each test the report cites, per engine.
const evaluation = json('docs/accessibility-evaluation.json');
const ENGINE_LABELS = { Chromium: 'Chromium', Firefox: 'Firefox ESR', WebKit: 'WebKitGTK' };
const upstream = (version) => version.replace(/^\d+:/, '').replace(/(esr)?-[^-]*$/, '');
figures.set(
  'a11y.commit',
  `${evaluation.commit.slice(0, 12)}${evaluation.dirty ? ' with uncommitted changes' : ''}`,
);
figures.set('a11y.date', evaluation.date);
figures.set('a11y.widget', evaluation.widget);
figures.set(
  'a11y.engines',
  Object.entries(evaluation.engines)
    .map(([label, { version }]) => `${ENGINE_LABELS[label] ?? label} ${upstream(version)}`)
    .join(', '),
);
figures.set('a11y.orca', `Orca ${evaluation.assistiveTechnology.orca}`);
figures.set('a11y.at-spi', `AT-SPI ${evaluation.assistiveTechnology.atSpi}`);
figures.set('a11y.axe', `axe-core ${evaluation.axeCore}`);
blocks.set(
  'a11y.files',
  [
    row(['file (`dist/`)', 'SRI hash']),
    row(['---', '---']),
    ...Object.entries(evaluation.files).map(([file, hash]) => row([`\`${file}\``, `\`${hash}\``])),
  ].join('\n'),
);
blocks.set(
  'a11y.engines',
  [
    row(['engine', 'Debian package', 'tests passed / failed / skipped']),
    row(['---', '---', '---']),
    ...Object.entries(evaluation.engines).map(([label, { package: name, version }]) => {
      const c = evaluation.runs.browser[label] ?? { passed: 0, failed: 0, skipped: 0 };
      const a = evaluation.runs.assistiveTechnology[label];
      const at = a ? `; assistive-technology step ${a.passed} / ${a.failed} / ${a.skipped}` : '';
      return row([
        ENGINE_LABELS[label] ?? label,
        `\`${name}\` ${version}`,
        `${c.passed} / ${c.failed} / ${c.skipped}${at}`,
      ]);
    }),
  ].join('\n'),
);
// Each cited test with the engines it passed in, and those it was skipped or failed in.
const outcome = ({ passed, failed, skipped }) =>
  [
    passed.length ? `passed in ${passed.join(', ')}` : '',
    skipped.length ? `skipped in ${skipped.join(', ')}` : '',
    failed.length ? `FAILED in ${failed.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ') || 'did not run';
blocks.set(
  'a11y.cited',
  Object.entries(evaluation.cited)
    .map(([citation, result]) => `- \`${citation}\`: ${outcome(result)}`)
    .join('\n'),
);

if (bench.profile) {
  const { top, runs } = bench.profile;
  // The file, not the line: lines move with every edit after the run.
  const where = (location) => location.replace(/:\d+$/, '');
  figures.set('bench.profile.runs', String(runs));
  figures.set('bench.profile.total', `${formatNumber(bench.profile.totalMs)} ms`);
  figures.set('bench.profile.program', `${formatNumber(bench.profile.programMs)} ms`);
  figures.set('bench.profile.gc', `${formatNumber(bench.profile.gcMs)} ms`);
  blocks.set(
    'bench.profile',
    [
      row(['self (ms per run)', 'function', 'in']),
      row(['---:', '---', '---']),
      ...top.map((t) => row([formatNumber(t.selfMs), t.name, where(t.location)])),
    ].join('\n'),
  );
}

// --- fill ----------------------------------------------------------------------------

const INLINE = /<!-- figure:([\w./-]+) -->([\s\S]*?)<!-- \/figure -->/g;
// A block's content is everything between its two marker lines, blank lines included.
const BLOCK = /(<!-- figures:([\w./-]+) -->\n)([\s\S]*?)(\n<!-- \/figures -->)/g;
// A YAML value the comment after it names.
const YAML = /^([ \t]*[\w-]+: )'([^'\n]*)'( # figure:([\w./-]+))$/gm;
// A line that starts with `<!--` opens an HTML block in Markdown: it would cut the paragraph.
const LINE_START = /^[ \t>*+-]*<!-- figure:/gm;
// Prettier pads table cells to align them; a table is the same whatever its padding.
const unpadded = (table) => table.replace(/ {2,}/g, ' ').replace(/-{3,}/g, '---');
const check = process.argv.includes('--check');
const stale = []; // figures that filling fixes
const wrong = []; // markers a person must fix: unknown names, figures that start a line
const lineOf = (text, index) => text.slice(0, index).split('\n').length;
/** Whether `index` is inside a fenced code block (where a marker is an example). */
const fenced = (text, index) => (text.slice(0, index).match(/^\s*```/gm) ?? []).length % 2 === 1;

for (const file of FILES) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // a file the repository does not have (yet)
  }
  const fill = (found, name, old, index, wanted, same, make) => {
    if (fenced(text, index)) return found;
    const where = `${file}:${lineOf(text, index)}`;
    if (wanted === undefined) {
      wrong.push(`${where}: no figure named "${name}" in scripts/figures.js`);
      return found;
    }
    if (!same(old, wanted)) {
      stale.push(
        wanted.includes('\n')
          ? `${where}: table ${name} is out of step with its results`
          : `${where}: ${name} reads "${old}", the results say "${wanted}"`,
      );
      return make(wanted);
    }
    return found;
  };
  for (const m of text.matchAll(LINE_START)) {
    if (!fenced(text, m.index))
      wrong.push(
        `${file}:${lineOf(text, m.index)}: a figure starts the line; Markdown would cut the paragraph there`,
      );
  }
  /** A single figure: compared as written, replaced by `make(value)`. */
  const fillFigure = (found, name, old, index, make) =>
    fill(found, name, old, index, figures.get(name), (a, b) => a === b, make);
  const updated = text
    .replace(INLINE, (found, name, old, index) =>
      fillFigure(found, name, old, index, (v) => `<!-- figure:${name} -->${v}<!-- /figure -->`),
    )
    .replace(YAML, (found, key, old, comment, name, index) =>
      fillFigure(found, name, old, index, (v) => `${key}'${v}'${comment}`),
    )
    .replace(BLOCK, (found, open, name, old, close, index) =>
      fill(
        found,
        name,
        old,
        index,
        blocks.has(name) ? `\n${blocks.get(name)}\n` : undefined,
        (a, b) => unpadded(a) === unpadded(b),
        (v) => open + v + close,
      ),
    );
  if (!check && updated !== text) {
    // Formatted as `npm run lint` wants it: a longer figure in a table moves its column.
    const options = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(file, await prettier.format(updated, { ...options, filepath: file }));
    console.log(`${file}: figures filled`);
  }
}

if (check && stale.length) {
  console.error(stale.join('\n'));
  console.error(
    `${stale.length} figure(s) out of step with bench/results.json, bench/size.json, test/at/results.json, docs/accessibility-evaluation.json or package.json: run \`npm run figures\` and commit`,
  );
}
if (wrong.length) console.error(wrong.join('\n'));
if (wrong.length || (check && stale.length)) process.exit(1);
console.log(
  check
    ? 'figures: every figure in the docs matches its results file'
    : 'figures: docs filled from bench/results.json, bench/size.json, test/at/results.json and package.json',
);

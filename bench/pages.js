// Builds the benchmark's pages and peer bundles into bench/.build/ (generated, not committed).
// Every page carries the same text, the same host CSS and the same harness
// scripts; only the widget under test differs. See bench/run.js.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export const BUILD = 'bench/.build';

/** The Dutch text, taken from the generated no-JS snippet (itself generated from src/content.ts). */
export function readContent() {
  const html = readFileSync('dist/snippets/aivd-mission.nl.html', 'utf8');
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)[1];
  const body = /<aivd-mission lang="nl">([\s\S]*?)<\/aivd-mission>/.exec(html)[1];
  const intro = /^\s*<p[^>]*>([\s\S]*?)<\/p>/.exec(body)[1];
  const sections = [
    ...body.matchAll(/<details[^>]*>\s*<summary><h2>(.*?)<\/h2><\/summary>([\s\S]*?)<\/details>/g),
  ].map(([, heading, inner]) => ({ heading, inner: inner.trim() }));
  if (sections.length !== 4) throw new Error(`expected 4 sections, found ${sections.length}`);
  return { style, intro, sections };
}

// ---------------------------------------------------------------------------
// Harness: the same on every page, excluded from the transfer-bytes figure.

const HOST_CSS = `body{margin:0 auto;max-width:48rem;padding:1rem;font:16px/1.5 system-ui,sans-serif}`;

// First thing in <head>: collect long tasks (>= 50 ms) from the start.
const HEAD_HARNESS = `window.__bench={longtask:0,longtasks:0};try{new PerformanceObserver(function(l){for(const e of l.getEntries()){__bench.longtasks++;if(e.duration>__bench.longtask)__bench.longtask=e.duration}}).observe({type:'longtask',buffered:true})}catch(e){}`;

// Last thing in <body>. Polls once per animation frame (from the end of parsing)
// until DOMContentLoaded has fired and the variant's check() passes (check() may
// return a promise, e.g. of every updateComplete: it settles in microtasks, before
// that frame renders); then marks 'bench-rendered' right after that frame's
// rendering (style, layout, paint), from a message posted in the rAF callback.
// measureExpand() starts inside a rAF callback, runs the variant's expand(), and
// stops after the first frame whose rendering leaves the variant's expanded() true.
const tailHarness = (v) =>
  `(function(){var b=__bench,v={check:${v.check},expand:${v.expand},expanded:${v.expanded}};` +
  `function after(cb){var c=new MessageChannel();c.port1.onmessage=function(){c.port1.close();cb()};c.port2.postMessage(0)}` +
  `b.rendered=new Promise(function(resolve){function mark(){after(function(){resolve(performance.mark('bench-rendered').startTime)})}` +
  `function poll(){var ok=document.readyState!=='loading'&&v.check();if(ok&&ok.then)ok.then(mark);else if(ok)mark();else requestAnimationFrame(poll)}requestAnimationFrame(poll)});` +
  `b.measureExpand=function(){return new Promise(function(resolve){requestAnimationFrame(function(){var t0=performance.now(),frames=1;v.expand();` +
  `function done(){if(v.expanded())resolve({ms:performance.now()-t0,frames:frames});else{frames++;requestAnimationFrame(function(){after(done)})}}after(done)})})};` +
  `})();`;

// ---------------------------------------------------------------------------
// Variants. check/expand/expanded are page-side functions (as source text).

const ours = {
  // Rendered = defined, every instance's shadow root holds its 4 section buttons, every updateComplete resolved.
  check: `function(){if(!customElements.get('aivd-mission'))return false;const a=[...document.querySelectorAll('aivd-mission')];for(const e of a)if(!e.shadowRoot||e.shadowRoot.querySelectorAll('[part~="button"]').length<4)return false;return Promise.all(a.map(function(e){return e.updateComplete}))}`,
  expand: `function(){for(const e of document.querySelectorAll('aivd-mission'))e.shadowRoot.querySelector('[part~="toggle-all"]').click()}`,
  expanded: `function(){for(const e of document.querySelectorAll('aivd-mission')){const r=e.shadowRoot;if(r.querySelector('[part~="panel"][hidden]')||r.querySelector('[part~="button"][aria-expanded="false"]'))return false}return true}`,
};

const variants = {
  static: {
    label: 'static',
    check: `function(){return true}`,
    expand: `function(){for(const d of document.querySelectorAll('main details'))d.open=true}`,
    expanded: `function(){for(const d of document.querySelectorAll('main details'))if(!d.open)return false;return true}`,
  },
  'aivd-mission': { label: 'aivd-mission', ...ours },
  govuk: {
    label: 'govuk',
    check: `function(){const a=document.querySelectorAll('.govuk-accordion');if(!a.length)return false;for(const x of a)if(!x.querySelector('.govuk-accordion__show-all')||x.querySelectorAll('.govuk-accordion__section-button').length<4)return false;return true}`,
    expand: `function(){for(const x of document.querySelectorAll('.govuk-accordion__show-all'))x.click()}`,
    expanded: `function(){return !document.querySelector('.govuk-accordion__section:not(.govuk-accordion__section--expanded)')&&!document.querySelector('.govuk-accordion__section-content[hidden]')}`,
  },
  shoelace: {
    label: 'shoelace',
    // Rendered = defined, every sl-details rendered with the SVG of its chevron <sl-icon> drawn,
    // every updateComplete (sl-details and sl-icon) resolved.
    check: `function(){if(!customElements.get('sl-details'))return false;const a=[];for(const d of document.querySelectorAll('sl-details')){const r=d.shadowRoot;if(!r||!r.querySelector('.details__body'))return false;a.push(d);for(const i of r.querySelectorAll('sl-icon')){if(!i.shadowRoot||!i.shadowRoot.querySelector('svg'))return false;a.push(i)}}return Promise.all(a.map(function(e){return e.updateComplete}))}`,
    expand: `function(){for(const d of document.querySelectorAll('sl-details'))d.show()}`,
    // sl-details keeps its body at height 0 until its (reduced-motion: 0 ms) animation finishes.
    expanded: `function(){for(const d of document.querySelectorAll('sl-details')){if(!d.open)return false;const x=d.shadowRoot.querySelector('.details__body');if(!x||x.style.height!=='auto')return false}return true}`,
  },
  lion: {
    label: 'lion',
    // Rendered = defined, every lion-accordion rendered and set up (on its invoker slot's
    // slotchange it moves each invoker and content into its _accordion slot, classes them
    // and sets the buttons' aria-expanded; until then every content shows), every
    // updateComplete resolved.
    check: `function(){if(!customElements.get('lion-accordion'))return false;const a=[...document.querySelectorAll('lion-accordion')];if(!a.length)return false;for(const x of a){if(!x.shadowRoot||!x.shadowRoot.querySelector('slot[name="_accordion"]')||x.querySelector(':scope>[slot="invoker"],:scope>[slot="content"]'))return false;const b=x.querySelectorAll(':scope>.invoker>button[aria-expanded]');if(b.length<4||x.querySelectorAll(':scope>.content').length<4)return false}return Promise.all(a.map(function(e){return e.updateComplete}))}`,
    // No "show all" in Lion: a page script opens every section through the public
    // `expanded` property (the indexes of the open sections).
    expand: `function(){for(const x of document.querySelectorAll('lion-accordion'))x.expanded=Array.from(x.querySelectorAll(':scope>.invoker'),function(_,i){return i})}`,
    // An open section's content carries [expanded] (display: block by Lion's ::slotted rule).
    expanded: `function(){return !document.querySelector('lion-accordion>.content:not([expanded]),lion-accordion>.invoker>button[aria-expanded="false"]')}`,
  },
};
export const VARIANTS = Object.keys(variants);

function instances(name, n, c) {
  const out = [];
  for (let i = 0; i < n; i++) {
    if (name === 'static') {
      out.push(
        `<div class="aivd-static" lang="nl">\n<p>${c.intro}</p>\n` +
          c.sections
            .map(
              (s) => `<details>\n<summary><h2>${s.heading}</h2></summary>\n${s.inner}\n</details>`,
            )
            .join('\n') +
          `\n</div>`,
      );
    } else if (name === 'aivd-mission') {
      out.push(`<aivd-mission lang="nl"></aivd-mission>`);
    } else if (name === 'govuk') {
      const id = `acc-${i + 1}`;
      const govukInner = (html) =>
        html
          .replace(/<p>/g, '<p class="govuk-body">')
          .replace(/<ul>/g, '<ul class="govuk-list govuk-list--bullet">');
      out.push(
        `<div class="bench-instance" lang="nl">\n<p class="govuk-body">${c.intro}</p>\n` +
          `<div class="govuk-accordion" data-module="govuk-accordion" id="${id}">\n` +
          c.sections
            .map(
              (s, k) =>
                `<div class="govuk-accordion__section">\n<div class="govuk-accordion__section-header">\n` +
                `<h2 class="govuk-accordion__section-heading"><span class="govuk-accordion__section-button" id="${id}-heading-${k + 1}">${s.heading}</span></h2>\n</div>\n` +
                `<div id="${id}-content-${k + 1}" class="govuk-accordion__section-content">\n${govukInner(s.inner)}\n</div>\n</div>`,
            )
            .join('\n') +
          `\n</div>\n</div>`,
      );
    } else if (name === 'shoelace') {
      const attr = (t) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      out.push(
        `<div class="bench-instance" lang="nl">\n<p>${c.intro}</p>\n` +
          c.sections
            .map((s) => `<sl-details summary="${attr(s.heading)}">\n${s.inner}\n</sl-details>`)
            .join('\n') +
          `\n</div>`,
      );
    } else if (name === 'lion') {
      // Lion's documented markup: a heading holding a <button> as the invoker, then the content.
      out.push(
        `<div class="bench-instance" lang="nl">\n<p>${c.intro}</p>\n<lion-accordion>\n` +
          c.sections
            .map(
              (s) =>
                `<h2 slot="invoker"><button>${s.heading}</button></h2>\n<div slot="content">\n${s.inner}\n</div>`,
            )
            .join('\n') +
          `\n</lion-accordion>\n</div>`,
      );
    }
  }
  return out.join('\n');
}

/** One page; `harness: false` gives the bytes a real site would ship (for the transfer figure). */
export function page(name, n, c, { harness = true } = {}) {
  const v = variants[name];
  let head = '';
  let bodyStart = '';
  if (name === 'static') {
    head = `<style>${c.style.replace(/aivd-mission:not\(:defined\)/g, '.aivd-static')}</style>`;
  } else if (name === 'aivd-mission') {
    head = `<script type="module" src="/dist/aivd-mission.js"></script>`;
  } else if (name === 'govuk') {
    head = `<link rel="stylesheet" href="/${BUILD}/govuk.css">\n<script type="module" src="/${BUILD}/govuk.js"></script>`;
    // GOV.UK Frontend's documented body snippet: its JS only initialises when this class is set.
    bodyStart = `<script>document.body.className+=' js-enabled'+('noModule' in HTMLScriptElement.prototype?' govuk-frontend-supported':'');</script>\n`;
  } else if (name === 'shoelace') {
    head = `<link rel="stylesheet" href="/${BUILD}/shoelace-light.css">\n<script type="module" src="/${BUILD}/shoelace.js"></script>`;
  } else if (name === 'lion') {
    // Lion is unstyled (white label): no stylesheet of its own, only its shadow styles.
    head = `<script type="module" src="/${BUILD}/lion.js"></script>`;
  }
  const bodyClass = name === 'govuk' ? ' class="govuk-template__body"' : '';
  const htmlClass = name === 'govuk' ? ' class="govuk-template"' : '';
  return `<!doctype html>
<html lang="nl"${htmlClass}>
<head>
<meta charset="utf-8">
${harness ? `<script>${HEAD_HARNESS}</script>\n` : ''}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: ${name} × ${n}</title>
${harness ? `<style>${HOST_CSS}</style>\n` : ''}${head}
</head>
<body${bodyClass}>
${bodyStart}<main>
${instances(name, n, c)}
</main>
${harness ? `<script>${tailHarness(v)}</script>\n` : ''}</body>
</html>
`;
}

// ---------------------------------------------------------------------------
// Peer bundles, built the way rollup.config.js builds ours (node-resolve + terser).

const TERSER = { ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } };

async function bundle(entryCode, file) {
  const entry = 'bench-entry';
  const build = await rollup({
    input: entry,
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? entryCode : null),
      },
      nodeResolve(),
      terser(TERSER),
    ],
    onwarn: (w, warn) => (w.code === 'THIS_IS_UNDEFINED' ? undefined : warn(w)),
  });
  await build.write({ file, format: 'es' });
  await build.close();
}

/**
 * GOV.UK Frontend ships one precompiled CSS file for the whole design system
 * (136 kB); its per-component route is Sass, which is not installed here. So
 * keep what a Sass build importing only the accordion would emit: the :root
 * custom properties and every rule whose selector names the accordion, body
 * text, lists, the visually-hidden helper or the template classes (inside their
 * @media blocks too); drop @font-face (GDS Transport is for gov.uk domains only).
 */
export function govukCssSubset(css) {
  const keep = /:root|govuk-(accordion|body|list|visually-hidden|frontend-supported|template)/;
  const out = [];
  const walk = (text) => {
    const kept = [];
    let i = 0;
    while (i < text.length) {
      if (text.startsWith('@charset', i)) {
        i = text.indexOf(';', i) + 1;
        continue;
      }
      const open = text.indexOf('{', i);
      if (open < 0) break;
      const prelude = text.slice(i, open).trim();
      let depth = 1;
      let j = open + 1;
      while (depth && j < text.length) {
        if (text[j] === '{') depth++;
        else if (text[j] === '}') depth--;
        j++;
      }
      const block = text.slice(open + 1, j - 1);
      if (prelude.startsWith('@font-face')) {
        // dropped
      } else if (/^@(media|supports|layer|container)/.test(prelude)) {
        const inner = walk(block);
        if (inner) kept.push(`${prelude}{${inner}}`);
      } else if (keep.test(prelude)) {
        kept.push(`${prelude}{${block}}`);
      }
      i = j;
    }
    return kept.join('');
  };
  out.push(walk(css));
  return out.join('');
}

export async function buildPeers() {
  mkdirSync(`${BUILD}/pages`, { recursive: true });
  await bundle(
    `import { createAll, Accordion } from 'govuk-frontend';\ncreateAll(Accordion);\n`,
    `${BUILD}/govuk.js`,
  );
  await bundle(
    // The CDN build (lit inside) is not in the package's exports map: import it by path.
    `import ${JSON.stringify(resolve('node_modules/@shoelace-style/shoelace/cdn/components/details/details.js'))};\n`,
    `${BUILD}/shoelace.js`,
  );
  await bundle(`import '@lion/ui/define/lion-accordion.js';\n`, `${BUILD}/lion.js`);
  const govukCss = readFileSync(
    'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css',
    'utf8',
  );
  writeFileSync(`${BUILD}/govuk.css`, govukCssSubset(govukCss));
  writeFileSync(
    `${BUILD}/shoelace-light.css`,
    readFileSync('node_modules/@shoelace-style/shoelace/cdn/themes/light.css'),
  );
}

/**
 * Builds the peers and writes every variant's page for each N into
 * `${BUILD}/pages/`; with `bare`, also a copy without the harness.
 */
export async function writePages(ns, { bare = false } = {}) {
  await buildPeers();
  const content = readContent();
  for (const n of ns) {
    for (const v of VARIANTS) {
      writeFileSync(`${BUILD}/pages/${v}-${n}.html`, page(v, n, content));
      if (bare)
        writeFileSync(
          `${BUILD}/pages/${v}-${n}.bare.html`,
          page(v, n, content, { harness: false }),
        );
    }
  }
}

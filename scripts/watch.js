#!/usr/bin/env node
// `npm run build:watch` and, with --serve, `npm start` (both after
// `npm run build`): rebuilds lib/ and dist/ whenever a file in src/ or
// locales/ changes, in this one process, so Ctrl-C stops all of it:
// locales/*.xlf → `lit-localize build` → src/generated/; src/ → tsc's watch
// API → lib/; lib/ → rollup's watch API → dist/, then the snippets and
// dist/integrity.json as `npm run build` writes them. With --serve it also
// serves the repository on http://localhost:8000 (PORT to change it) and
// reloads the open pages after each rebuild.
import { execFile } from 'node:child_process';
import { watch as watchFolder } from 'node:fs';
import { promisify } from 'node:util';
import { startDevServer } from '@web/dev-server';
import { watch as watchBundles } from 'rollup';
import ts from 'typescript';
import bundles from '../rollup.config.js';

const run = promisify(execFile);
const serve = process.argv.includes('--serve');
let reloadPages = () => {};

// locales/ → src/generated/, which tsc's watch then compiles.
let localizing;
watchFolder('locales', () => {
  clearTimeout(localizing);
  localizing = setTimeout(() => {
    run('npm', ['run', '--silent', 'localize']).then(
      () => console.log('lit-localize: src/generated/ rebuilt'),
      (error) => console.error(`lit-localize: ${error.stderr || error.message}`),
    );
  }, 100);
});

// src/ → lib/. Rollup starts watching lib/ once tsc has written it.
const format = {
  getCanonicalFileName: (name) => name,
  getCurrentDirectory: ts.sys.getCurrentDirectory,
  getNewLine: () => ts.sys.newLine,
};
const host = ts.createWatchCompilerHost(
  'tsconfig.json',
  { preserveWatchOutput: true },
  ts.sys,
  ts.createEmitAndSemanticDiagnosticsBuilderProgram,
  (diagnostic) => console.error(ts.formatDiagnosticsWithColorAndContext([diagnostic], format)),
  (status) => console.log(`tsc: ${ts.flattenDiagnosticMessageText(status.messageText, '\n')}`),
);
const emit = host.afterProgramCreate;
let bundling = false;
host.afterProgramCreate = (program) => {
  emit?.(program);
  if (!bundling) bundle();
  bundling = true;
};
ts.createWatchProgram(host);

// lib/ → dist/, snippets, integrity.
function bundle() {
  const watcher = watchBundles(
    bundles.map((options) => ({ ...options, watch: { clearScreen: false, buildDelay: 100 } })),
  );
  watcher.on('event', async (event) => {
    if (event.code === 'BUNDLE_END') event.result.close();
    if (event.code === 'ERROR') console.error(`rollup: ${event.error.message}`);
    if (event.code !== 'END') return;
    try {
      await run(process.execPath, ['scripts/snippets.js']);
      await run(process.execPath, ['scripts/integrity.js']);
      console.log(`dist/ rebuilt at ${new Date().toLocaleTimeString()}`);
      reloadPages();
    } catch (error) {
      console.error(error.stderr || error.message);
    }
  });
}

if (serve) {
  // wds's own --watch reloads with a data: URL module, which the demo's strict
  // CSP (script-src 'self') refuses; this reload module is same-origin.
  const reload = {
    name: 'reload-after-rebuild',
    injectWebSocket: true,
    serverStart({ webSockets }) {
      reloadPages = () => webSockets.sendImport(`/__reload.js?${Date.now()}`);
    },
    serve(context) {
      if (context.path === '/__reload.js') return { body: 'location.reload();', type: 'js' };
    },
  };
  const port = Number(process.env.PORT ?? 8000);
  await startDevServer({
    config: { rootDir: '.', port, plugins: [reload] },
    readCliArgs: false,
    readFileConfig: false,
    // Its exit handlers would swallow uncaught errors (a busy port, say) and
    // wait for the server on Ctrl-C; without them Ctrl-C ends the process.
    autoExitProcess: false,
    logStartMessage: false,
  });
  console.log(`Demo: http://localhost:${port}/demo/ (reloads after every rebuild; Ctrl-C stops)`);
}

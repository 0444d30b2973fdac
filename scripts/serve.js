// Serves a folder on a free localhost port with @web/dev-server: static files
// only, no file watching, no reload script; for the screenshot and benchmark
// scripts, which load pages in real browsers.
import { startDevServer } from '@web/dev-server';

/** Starts serving `rootDir`; `origin` is its http://127.0.0.1:<port>, `stop()` ends it. */
export async function serve(rootDir, middleware = []) {
  const server = await startDevServer({
    config: { rootDir, hostname: '127.0.0.1', port: 0, disableFileWatcher: true, middleware },
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    logStartMessage: false,
  });
  return {
    origin: `http://127.0.0.1:${server.server.address().port}`,
    stop: () => server.stop(),
  };
}

// Builds the two self-contained embed files in dist/ from tsc's output in lib/.
// Lit resolves to its production build (no dev-mode warnings): the
// "development" export condition is never asked for.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const plugins = [
  nodeResolve(),
  terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  {
    input: 'lib/aivd-mission.js',
    output: { file: 'dist/aivd-mission.js', format: 'es' },
    plugins,
  },
  {
    input: 'lib/aivd-mission.js',
    output: { file: 'dist/aivd-mission.iife.js', format: 'iife', name: 'AivdMission' },
    plugins,
  },
];

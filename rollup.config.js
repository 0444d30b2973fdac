// Builds the two self-contained embed files in dist/ from tsc's output in lib/.
// Lit resolves to its production build (no dev-mode warnings): the
// "development" export condition is never asked for.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const plugins = [
  // Our html`` and css`` templates only: Lit's own code is minified already.
  minifyHTML({ include: ['lib/**'], failOnError: true }),
  nodeResolve(),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

// tsc's decorator helper reads `this` at module level; in ESM that is
// undefined, which the helper expects.
const onwarn = (warning, warn) => {
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
};

export default [
  {
    input: 'lib/aivd-mission.js',
    output: { file: 'dist/aivd-mission.js', format: 'es', sourcemap: true },
    plugins,
    onwarn,
  },
  {
    input: 'lib/aivd-mission.js',
    output: { file: 'dist/aivd-mission.iife.js', format: 'iife', name: 'AivdMission' },
    plugins,
    onwarn,
  },
];

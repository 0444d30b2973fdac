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

/** An entry that only imports the element: the classic script leaks no global. */
const sideEffectOnly = (module) => ({
  name: 'side-effect-only',
  resolveId: (id) => (id === 'side-effect-only' ? id : null),
  load: (id) => (id === 'side-effect-only' ? `import ${JSON.stringify(module)};` : null),
});

export default [
  {
    input: 'lib/aivd-mission.js',
    output: { file: 'dist/aivd-mission.js', format: 'es', sourcemap: true },
    plugins,
  },
  {
    input: 'side-effect-only',
    output: { file: 'dist/aivd-mission.iife.js', format: 'iife' },
    plugins: [sideEffectOnly('./lib/aivd-mission.js'), ...plugins],
  },
];

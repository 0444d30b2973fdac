// Builds the two self-contained embed files in dist/ from tsc's output in lib/.
// Lit resolves to its production build (no dev-mode warnings): the
// "development" export condition is never asked for.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { TRUSTED_TYPES_POLICY } from './lib/names.js';

/**
 * lit-html creates a Trusted Types policy named `lit-html` when it loads. A
 * host app built with Lit creates that name too, and a second policy of one
 * name throws (in the host's code or in ours, whichever comes second), as
 * does a second copy of our bundle. So the bundles create their own policy,
 * TRUSTED_TYPES_POLICY, through a page-wide slot: the first copy creates it,
 * later copies reuse it, and a page whose `trusted-types` directive refuses
 * the name gets no throw at load (lit-html then has no policy, as where the
 * browser has no Trusted Types). The build fails if lit-html's code no longer
 * reads as expected, rather than ship the old name.
 */
const ownTrustedTypesPolicy = () => ({
  name: 'own-trusted-types-policy',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    const call = /(\w+)\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\)/g;
    const found = code.match(call) ?? [];
    if (found.length !== 1) {
      this.error(`expected one createPolicy("lit-html", …) in ${id}, found ${found.length}`);
    }
    const slot = `globalThis[Symbol.for(${JSON.stringify(`${TRUSTED_TYPES_POLICY}.trusted-types-policy`)})]`;
    const policy = JSON.stringify(TRUSTED_TYPES_POLICY);
    return {
      code: code.replace(
        call,
        `(${slot}??=(()=>{try{return $1.createPolicy(${policy},$2)}catch{}})())`,
      ),
      map: null,
    };
  },
});

const plugins = [
  // Our html`` and css`` templates only: Lit's own code is minified already.
  minifyHTML({ include: ['lib/**'], failOnError: true }),
  nodeResolve(),
  ownTrustedTypesPolicy(),
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

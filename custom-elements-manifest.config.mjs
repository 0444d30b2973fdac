// `cem analyze` reads the element's JSDoc (@attr, @fires, @csspart, @cssprop)
// into custom-elements.json, named by package.json's "customElements".
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test-helpers.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
};

// `cem analyze` reads the element's JSDoc (@attr, @fires, @csspart, @cssprop)
// into custom-elements.json, named by package.json's "customElements".
// The manifest is for the package's users: it describes the one public
// module as the package ships it (lib/aivd-mission.js), and only its public
// API. The element is a plain HTMLElement, so no framework mode is needed.

/** `src/aivd-mission.ts` → `lib/aivd-mission.js`, the path users import. */
const shipped = (path) => path.replace(/^src\/(.*)\.ts$/, 'lib/$1.js');

const camelCase = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** Keeps public members, points module references at lib/, ties attributes to their properties. */
function publicApi() {
  return {
    name: 'aivd-mission-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.path = shipped(module.path);
        // Only the element: the analyzer also lists locals it finds in method bodies.
        module.declarations = module.declarations?.filter((d) => d.kind === 'class');
        for (const item of module.exports ?? []) {
          if (item.declaration?.module) item.declaration.module = shipped(item.declaration.module);
        }
        for (const declaration of module.declarations ?? []) {
          declaration.members = declaration.members?.filter(
            (member) => member.privacy !== 'private' && !member.name.startsWith('#'),
          );
          for (const attribute of declaration.attributes ?? []) {
            const field = declaration.members?.find(
              (member) => member.kind === 'field' && member.name === camelCase(attribute.name),
            );
            if (!field) continue;
            attribute.fieldName = field.name;
            attribute.type ??= field.type;
            field.attribute = attribute.name;
          }
        }
      }
    },
  };
}

export default {
  // The element's own module: everything else in src/ is internal.
  globs: ['src/aivd-mission.ts'],
  outdir: '.',
  plugins: [publicApi()],
};

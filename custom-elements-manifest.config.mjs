// @custom-elements-manifest/analyzer: writes custom-elements.json (the Custom Elements Manifest)
// at the package root from the JSDoc and Lit decorators of the element. Run by `npm run build`
// (as `npm run manifest`); package.json's "customElements" points at the file.

/**
 * Leaves private members (`private` in TypeScript, `#names`) out of the manifest: they are no
 * part of the element's interface, and the manifest is what editors and documentation show.
 * So are the attributes of private reactive state (`state: true` in `static properties`,
 * which the analyzer lists as attributes although Lit gives them none).
 */
function publicMembersOnly() {
  return {
    name: 'crisis-timeline:public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          const hidden = new Set(declaration.members.filter((member) => member.privacy === 'private' || member.name.startsWith('#')).map((member) => member.name));
          declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
        }
      }
    },
  };
}

export default {
  // The module that defines <crisis-timeline>. The other modules in src/ are internal (the package
  // exports only this one, whose `export * from './types.js'` adds types alone).
  globs: ['src/crisis-timeline.ts'],
  outdir: '.',
  // Lit: `static properties` (attribute names from `attribute: '…'`), static styles.
  litelement: true,
  // Leave package.json alone ("customElements" is set there by hand) and do not describe the
  // elements of dependencies.
  packagejson: false,
  dependencies: false,
  dev: false,
  plugins: [publicMembersOnly()],
};

// Builds the self-contained bundle: one minified ES module with Lit and d3 inside,
// for pages that use <script type="module" src=".../crisis-timeline.js">.
// The package's own ES modules (lib/) are emitted by tsc; see `npm run build`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { readFileSync } from 'node:fs';

/** Resolves d3-transition and d3-interpolate to the stand-ins in scripts/shims (see there why). */
function d3Shims() {
  const shims = new Map(['d3-transition', 'd3-interpolate'].map((name) => [name, new URL(`./scripts/shims/${name}.js`, import.meta.url).pathname]));
  return {
    name: 'd3-shims',
    resolveId: (source) => shims.get(source) ?? null,
  };
}

/**
 * d3-selection lists every method of a selection in one object, so none of them can be
 * tree-shaken. The bundle leaves out of it those that nothing here calls (neither d3-zoom,
 * d3-drag, d3-axis nor the timeline), which saves 0.8 kB gzipped. The build fails if one
 * of them is no longer where it was, rather than silently keep it.
 */
function slimSelection() {
  const unused = ['selectChild', 'selectChildren', 'sort', 'nodes', 'size', 'empty', 'classed', 'html', 'raise', 'lower', 'clone', 'dispatch', '[Symbol.iterator]'];
  return {
    name: 'slim-selection',
    transform(code, id) {
      if (!/[\\/]d3-selection[\\/]dist[\\/]d3-selection\.mjs$/.test(id)) return null;
      let slim = code;
      for (const name of unused) {
        const entry = `\n  ${name}: selection_`;
        const at = slim.indexOf(entry);
        if (at < 0) this.error(`d3-selection no longer has "${name}" in its prototype: update slimSelection() in rollup.config.js.`);
        // Emptied, not removed, so that the lines below keep their numbers in the source map.
        slim = slim.slice(0, at + 1) + slim.slice(slim.indexOf('\n', at + 1));
      }
      return { code: slim, map: null };
    },
  };
}

/**
 * Writes the numbers of geometry.ts into the css`` literals that use them: `${geometry.rowHeight}px`
 * becomes `27px`. Lit's css tag joins them in at run time all the same, but kept as values they
 * cost the bundle more than numbers typed by hand, and the CSS minifier cannot see them.
 */
function inlineGeometry() {
  const source = readFileSync(new URL('./src/geometry.ts', import.meta.url), 'utf8');
  const values = Object.fromEntries([...source.matchAll(/^export const (\w+) = ([\d.]+);/gm)].map(([, name, value]) => [name, Number(value)]));
  return {
    name: 'inline-geometry',
    transform(code, id) {
      if (!/[\\/]src[\\/](styles|parts[\\/]part-styles)\.ts$/.test(id)) return null;
      const inlined = code.replace(/\$\{([^{}]*geometry\.[^{}]*)\}/g, (whole, expression) => {
        const arithmetic = expression.replace(/geometry\.(\w+)/g, (_, name) => {
          if (!(name in values)) this.error(`geometry.${name} is not a number in src/geometry.ts`);
          return values[name];
        });
        if (!/^[\d.\s()+\-*/]+$/.test(arithmetic)) this.error(`\${${expression}} is not arithmetic on geometry's numbers`);
        return String(Function(`return (${arithmetic});`)());
      });
      return { code: inlined, map: null };
    },
  };
}

export default {
  input: 'src/crisis-timeline.ts',
  // Let the bundle export what its on-demand chunks share with it, rather than split it off.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    entryFileNames: 'crisis-timeline.js',
    format: 'es',
    sourcemap: true,
    // On-demand chunks beside the bundle: the built-in article dataset (for timelines given
    // no data of their own), the fetcher (for `src`), the reader of events written as a list
    // in markup, and the TimelineJS3 converter (for timelines given TimelineJS data).
    chunkFileNames: '[name].js',
    // V8's explicit compile hint: compile every function of the bundle as the script loads
    // (off the main thread, while it streams in), not at its first call. Nearly all of it
    // runs in a timeline's first render, which otherwise spends 10-15 ms compiling lazily.
    // The on-demand chunks are left to compile lazily. Kept through terser below.
    banner: (chunk) => (chunk.isEntry ? '//# allFunctionsCalledOnLoad' : ''),
    // Minify the whole chunk at once, so names are shortened across modules too. Terser's
    // extra compression passes save about 1.5 kB gzipped over esbuild's minifier here.
    // `pure_getters` (reading a property has no side effects) saves 0.2 kB more: it drops
    // reads whose values go unused (d3-time's tree-shaken `interval.range` exports) and
    // inlines reads into the one place they are used. Nothing here reads a property for
    // its side effects (no `el.offsetWidth;` to force a layout). `unsafe_methods` writes
    // `{m: function () {}}` as `{m() {}}` (0.08 kB), which only breaks `new obj.m()`:
    // neither Lit, d3 nor our code constructs a function kept in an object literal.
    plugins: [terser({ module: true, ecma: 2020, compress: { passes: 3, pure_getters: true, unsafe_methods: true }, format: { comments: /^# allFunctionsCalledOnLoad$/ } })],
  },
  plugins: [
    d3Shims(),
    inlineGeometry(),
    slimSelection(),
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    json({ preferConst: true, compact: true }),
    // Whitespace and comments inside html`` and css`` literals, which JS minifiers leave alone.
    minifyHTML({ include: ['src/**/*.ts'], failOnError: true, options: { minifyOptions: { removeAttributeQuotes: true } } }),
    // An explicit target: the bundle is ES2022 (with `auto`, esbuild once let decorators through untransformed).
    esbuild({ target: 'es2022' }),
  ],
};

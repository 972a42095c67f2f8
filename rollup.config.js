// Builds the self-contained bundle: one minified ES module with Lit and d3 inside,
// for pages that use <script type="module" src=".../crisis-timeline.js">.
// The package's own ES modules (lib/) are emitted by tsc; see `npm run build`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import esbuild, { minify } from 'rollup-plugin-esbuild';

/** Squeezes the whitespace and comments out of css`` literals, which minifiers leave alone. */
function minifyCss() {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes('css`')) return null;
      const out = code.replace(/css`([^`]*)`/g, (_, body) => {
        const min = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}');
        return `css\`${min.trim()}\``;
      });
      return { code: out, map: null };
    },
  };
}

/** Resolves d3-transition and d3-interpolate to the stand-ins in scripts/shims (see there why). */
function d3Shims() {
  const shims = new Map(['d3-transition', 'd3-interpolate'].map((name) => [name, new URL(`./scripts/shims/${name}.js`, import.meta.url).pathname]));
  return {
    name: 'd3-shims',
    resolveId: (source) => shims.get(source) ?? null,
  };
}

export default {
  input: 'src/crisis-timeline.ts',
  output: {
    file: 'dist/crisis-timeline.js',
    format: 'es',
    sourcemap: true,
    // Minify the whole chunk at once, so names are shortened across modules too.
    plugins: [minify({ target: 'es2022', legalComments: 'none' })],
  },
  plugins: [
    d3Shims(),
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    json({ preferConst: true, compact: true }),
    minifyCss(),
    // esbuild needs an explicit target: with 'auto' decorators pass through untransformed.
    esbuild({ target: 'es2022' }),
  ],
};

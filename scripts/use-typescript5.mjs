// Makes `typescript` mean TypeScript 5.9 (installed as `typescript5`) in this process, for the linters.
//
// The project type-checks with TypeScript 7, the native port, whose `typescript` package has no
// JavaScript compiler API. The linters need that API: typescript-eslint (its parser, its rules and
// ts-api-utils) and lit-analyzer load `typescript` and would find TypeScript 7. This module sends
// both `require('typescript')` (CommonJS: typescript-eslint, lit-analyzer's analysis) and
// `import 'typescript'` (ES modules: lit-analyzer's CLI) to TypeScript 5.9, only in the process
// that loads it; `tsc` and everything else keep TypeScript 7.
//
// Loaded by eslint.config.js (before typescript-eslint) and by `npm run lint:lit`
// (`node --import ./scripts/use-typescript5.mjs node_modules/@jackolope/lit-analyzer/cli.mjs`).
import Module, { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const typescript5 = require.resolve('typescript5');

/** `typescript` and its subpaths (`typescript/lib/tsserverlibrary`, used by typescript-eslint's project service). */
const isTypeScript = (request) => request === 'typescript' || request.startsWith('typescript/');

if (!Module._resolveFilename.typescript5) {
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    if (isTypeScript(request)) request = `typescript5${request.slice('typescript'.length)}`;
    return resolveFilename.call(this, request, ...rest);
  };
  Module._resolveFilename.typescript5 = true;

  // lit-analyzer's CLI imports `typescript` (the package's main module) from an ES module.
  const url = JSON.stringify(pathToFileURL(typescript5).href);
  const hooks = `export function resolve(specifier, context, next) {
    return specifier === 'typescript' ? { url: ${url}, format: 'commonjs', shortCircuit: true } : next(specifier, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
}

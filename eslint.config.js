// ESLint (flat config) for src/, test/, scripts/ and bench/: `npm run lint:eslint`.
//
// TypeScript: typescript-eslint's recommended rules *with type information*
// (`recommendedTypeChecked`) on every .ts file, from the project's tsconfig.json.
// typescript-eslint needs TypeScript's JavaScript API (it supports TypeScript <6.1), and the
// project's `typescript` is TypeScript 7, the native port, which has none. So:
//  - TypeScript 5.9 is installed beside it under the alias `typescript5`;
//  - ./scripts/use-typescript5.mjs, imported first below, makes `typescript` resolve to it in
//    this ESLint process only (typescript-eslint and ts-api-utils `require('typescript')`);
//  - .npmrc sets legacy-peer-deps, since typescript-eslint's peer range `typescript <6.1`
//    can never be met by the project's own `typescript@7` (npm ci would stop with ERESOLVE).
// Type-aware linting therefore checks the code with TypeScript 5.9's checker, while `tsc`
// (npm run typecheck) stays on TypeScript 7. Both accept our tsconfig.json as it is.
// The non-type-aware fallback, if this arrangement ever breaks, is `tseslint.configs.recommended`
// without `parserOptions.projectService`.
//
// Lit templates: eslint-plugin-lit's recommended rules. (Bindings are type-checked by lit-analyzer,
// `npm run lint:lit`.)
//
// Targeted changes for false positives, each explained where it is made:
//  - @typescript-eslint/unbound-method ignores Lit event bindings (`@click=${this.onClick}`);
//  - @typescript-eslint/no-floating-promises knows chai's `.equal()` is no promise;
//  - chai's property assertions (`expect(x).to.be.true`) are not unused expressions.
import './scripts/use-typescript5.mjs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import chaiFriendly from 'eslint-plugin-chai-friendly';
import lit from 'eslint-plugin-lit';
import globals from 'globals';

// After the TypeScript redirect above (static imports run in order).
const { default: tseslint } = await import('typescript-eslint');

/**
 * Is `node` the whole expression of an event binding in a Lit template, like `@click=${this.onClick}`?
 * Lit calls such a listener with `this` set to the host element (LitElement passes itself as the
 * render options' `host`), so a method passed there unbound is called on the right object.
 */
function isLitEventBinding(node) {
  const template = node.parent;
  const tagged = template?.parent;
  if (template?.type !== 'TemplateLiteral' || tagged?.type !== 'TaggedTemplateExpression' || tagged.quasi !== template) return false;
  if (tagged.tag.type !== 'Identifier' || !['html', 'svg'].includes(tagged.tag.name)) return false;
  const index = template.expressions.indexOf(node);
  return index >= 0 && /\s@[^\s=]+=["']?$/.test(template.quasis[index].value.raw);
}

/** typescript-eslint's unbound-method, minus the reports on Lit event bindings (see above). */
const unboundMethod = tseslint.plugin.rules['unbound-method'];
const litUnboundMethod = {
  ...unboundMethod,
  create(context) {
    const report = (descriptor) => {
      if (!isLitEventBinding(descriptor.node)) context.report(descriptor);
    };
    return unboundMethod.create(Object.create(context, { report: { value: report } }));
  },
};

export default defineConfig(
  globalIgnores([
    'node_modules/',
    'lib/',
    'dist/',
    'bench/results/',
    'screenshots/',
    // Untracked scratch files (.probe.mjs and the like) are nobody's code yet.
    '**/.*',
  ]),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // Every file: ESLint's recommended JavaScript rules.
  js.configs.recommended,

  // TypeScript (src/, test/): recommended rules, type-aware.
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },

  // Plain JavaScript: typescript-eslint's syntax-only rules (no type information there).
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.recommended, tseslint.configs.disableTypeChecked],
  },

  // Lit templates in the component and its tests.
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [lit.configs['flat/recommended']],
    plugins: { 'lit-aware': { rules: { 'unbound-method': litUnboundMethod } } },
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      'lit-aware/unbound-method': 'error',
    },
  },

  // Tests (mocha + chai through @open-wc/testing).
  {
    files: ['test/**/*.ts'],
    extends: [chaiFriendly.configs.recommendedFlat],
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // @open-wc/semantic-dom-diff re-declares chai's `equal` as returning a Promise (for
          // `.dom.equal`), so every `expect(x).to.equal(y)` would look like a floating promise.
          // Awaitable assertions that are really async (`.to.be.accessible()`) are still reported.
          allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }],
        },
      ],
      // Not false positives, but of less weight in tests, which handle untyped values on purpose
      // (`oneEvent()` resolves to `CustomEvent<any>`, the `edtf` oracle package has no types,
      // postMessage data) and check them at run time: reported as warnings, not errors.
      // Typing them (`oneEvent<CustomEvent<TimelineSelectDetail>>(…)`, a `declare module 'edtf'`)
      // clears the warnings; then these lines can go.
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-unsafe-argument': 'warn',
      '@typescript-eslint/no-unsafe-assignment': 'warn',
      '@typescript-eslint/no-unsafe-call': 'warn',
      '@typescript-eslint/no-unsafe-member-access': 'warn',
      '@typescript-eslint/no-unsafe-return': 'warn',
    },
  },

  // Where the code runs.
  {
    files: ['src/**', 'scripts/shims/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
  },
  {
    // The custom reporter and the test server's middleware run in Node, inside web-test-runner.
    files: ['test/summary-reporter.js', 'test/fixtures/**/middleware.js', 'scripts/**/*.{js,mjs,cjs}', '*.{js,mjs,cjs}'],
    ignores: ['scripts/shims/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // bench/run.mjs and profile.mjs run in Node; page.mjs and data.mjs in the page (data.mjs in both).
    // The functions run.mjs hands to page.evaluate() run in the page, where page.mjs set `window.bench`.
    files: ['bench/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, bench: 'readonly' } },
  },
);

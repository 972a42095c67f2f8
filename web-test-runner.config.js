// Runs every test in headless Chromium (Debian's /usr/bin/chromium, or CHROME_PATH).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/summary-reporter.js';
import { forcedColorsPlugin, heapUsagePlugin, robustnessMiddleware, timeZonePlugin } from './test/fixtures/robustness/middleware.js';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const chromeArgs = [
  '--headless=new',
  ...chromiumArgs,
  // Hidden tabs would otherwise throttle timers and animation frames.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/**
 * JSON imported by a module is served as a JS module; JSON fetched as data stays JSON
 * (the browser says which through Sec-Fetch-Dest).
 */
const jsonModules = {
  name: 'json-modules',
  transformCacheKey: (context) => context.get('sec-fetch-dest'),
  transform(context) {
    if (!context.path.endsWith('.json')) return undefined;
    // Keep the browser from answering a fetch with the module it cached, or the other way round.
    const headers = { 'cache-control': 'no-store', vary: 'sec-fetch-dest' };
    if (context.get('sec-fetch-dest') === 'script') {
      return { body: `export default ${context.body};`, headers: { ...headers, 'content-type': 'application/javascript' } };
    }
    return { body: context.body, headers };
  },
};

/** The `edtf` package (the oracle of test/edtf.property.test.ts) depends on CommonJS `nearley`. */
const commonjs = fromRollup(rollupCommonjs);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['production'] },
  concurrency: 1,
  // Test-only routes (HTTP errors, slow and broken answers, the strict-CSP page): see the file.
  middleware: [robustnessMiddleware()],
  testsFinishTimeout: 240000,
  plugins: [
    jsonModules,
    // executeServerCommand('heap-usage') for test/lifecycle.test.ts.
    heapUsagePlugin(),
    // a11ySnapshot() for test/a11y.test.ts: the accessibility tree as Chromium gives it to screen readers.
    a11ySnapshotPlugin(),
    // executeServerCommand('time-zone', {id}) for test/zone.test.ts.
    timeZonePlugin(),
    // executeServerCommand('forced-colors', {active, colorScheme}) for test/a11y.test.ts.
    forcedColorsPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // strictRequires: the default (true) since plugin-commonjs 27 wraps modules in a way wds does not serve.
    commonjs({ include: ['**/node_modules/nearley/**'], strictRequires: 'auto' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromeArgs,
      },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  reporters: [defaultReporter(), summaryReporter()],
};

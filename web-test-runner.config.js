// Runs every test in headless Chromium (Debian's /usr/bin/chromium, or CHROME_PATH).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/summary-reporter.js';

const chromeArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['production'] },
  concurrency: 1,
  testsFinishTimeout: 240000,
  plugins: [jsonModules, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: chromeArgs,
      },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  reporters: [defaultReporter(), summaryReporter()],
};

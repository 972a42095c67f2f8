// Screenshots the demo in Debian's Chromium: node scripts/screenshot.mjs [page] [out-dir]
// Writes <out>/<name>-<width>-<theme>.png for desktop and phone widths, light and dark.
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const page = process.argv[2] ?? 'demo/index.html';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });

const server = await startDevServer({
  config: { rootDir: '.', port: 0, nodeResolve: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const port = server.server.address().port;
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});
try {
  for (const [width, height] of [[1280, 800], [375, 700]]) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
      const tab = await context.newPage();
      tab.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
      tab.on('pageerror', (e) => console.log('pageerror:', e.message));
      await tab.goto(`http://localhost:${port}/${page}`);
      await tab.waitForTimeout(800);
      const name = page.replace(/\W+/g, '-').replace(/-html$/, '');
      const file = `${out}/${name}-${width}-${scheme}.png`;
      await tab.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}

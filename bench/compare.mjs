// `npm run bench:compare -- --ref=<git ref>`: cold first renders of this checkout's bundle
// and of the bundle built from <ref>, taking turns in the same minutes. The machine the
// benchmark runs on is shared, and its speed drifts by half within an hour: figures from
// two separate runs of `npm run bench` do not compare, turns taken in one run do.
//
//   npm run bench:compare -- --ref=<git ref> [--n=100000] [--pairs=8] [--runs=2] [--seed=1] [--profile]
//
// --ref    the commit to compare with (built once into bench/results/builds/<sha>/).
// --n      events (the benchmark's synthetic ones, as `npm run bench` makes them).
// --pairs  turns: each builds `--runs` fresh pages in turn, the order alternating.
// --profile  also CPU-profiles every render (which slows them all alike) and prints, for
//          each build, the mean self time of the functions that cost most, by source file
//          (through each build's source map). Where a few milliseconds are lost in the
//          drift of whole renders, a function's own share still shows.
// Prints, for each build, the median and range of: setting `events` on a new element
// (reading the data), until its first update completes, and until a frame with the marks
// is painted (the benchmark's first render).

import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { sourceMapLookup, topSelfTime } from './profile.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const options = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
for (const key of Object.keys(options)) {
  if (!['ref', 'n', 'pairs', 'runs', 'seed', 'profile'].includes(key)) throw new Error(`Unknown option --${key}. Options: --ref --n --pairs --runs --seed --profile`);
}
if (!options.ref) throw new Error('Give the commit to compare with: --ref=<git ref>.');
const n = Number(options.n ?? 100_000);
const pairs = Number(options.pairs ?? 8);
const runs = Number(options.runs ?? 2);
const seed = Number(options.seed ?? 1);
const profiling = 'profile' in options;

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

/** The bundle of `ref`, built in a temporary worktree and kept under bench/results/builds/. */
function buildOf(ref) {
  const sha = git('rev-parse', '--verify', `${ref}^{commit}`);
  const out = join(root, 'bench/results/builds', sha);
  if (!existsSync(join(out, 'crisis-timeline.js'))) {
    const tree = mkdtempSync(join(tmpdir(), 'crisis-timeline-'));
    try {
      git('worktree', 'add', '--detach', tree, sha);
      symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
      execFileSync('npx', ['rollup', '-c', '--silent'], { cwd: tree, stdio: 'inherit' });
      mkdirSync(out, { recursive: true });
      cpSync(join(tree, 'dist'), out, { recursive: true });
    } finally {
      git('worktree', 'remove', '--force', tree);
      rmSync(tree, { recursive: true, force: true });
    }
  }
  return { label: sha.startsWith(ref) ? sha.slice(0, 7) : `${ref} (${sha.slice(0, 7)})`, bundle: `/bench/results/builds/${sha}/crisis-timeline.js` };
}

if (!existsSync(join(root, 'dist/crisis-timeline.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
const builds = [buildOf(options.ref), { label: 'this checkout', bundle: '/dist/crisis-timeline.js' }];

// The benchmark's page, with the bundle of the build asked for: /bench/compare-<i>.html.
const page = readFileSync(join(root, 'bench/ours.html'), 'utf8');
const types = { '.html': 'text/html', '.mjs': 'text/javascript', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  const compare = /^\/bench\/compare-(\d)\.html$/.exec(path);
  if (compare) return res.writeHead(200, { 'content-type': 'text/html' }).end(page.replace('/dist/crisis-timeline.js', builds[compare[1]].bundle));
  const file = join(root, path);
  if (!file.startsWith(root + sep)) return res.writeHead(403).end();
  let body;
  try {
    body = await readFile(file);
  } catch {
    return res.writeHead(404).end();
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
const samples = builds.map(() => ({ setEvents: [], updated: [], painted: [] }));
/** Each build's self time by function ("name file"), summed over its renders. */
const selfTimes = builds.map(() => new Map());
const lookups = builds.map(({ bundle }) => (profiling ? sourceMapLookup(JSON.parse(readFileSync(join(root, `${bundle}.map`), 'utf8'))) : null));
try {
  for (let pair = 0; pair < pairs; pair++) {
    for (const i of pair % 2 ? [1, 0] : [0, 1]) {
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const tab = await context.newPage();
        tab.on('pageerror', (error) => console.log(`  pageerror: ${error.message}`));
        await tab.goto(`${base}/bench/compare-${i}.html`);
        await tab.waitForFunction(() => window.benchReady === true);
        await tab.evaluate(([n, seed]) => window.bench.prepare(n, seed), [n, seed]);
        await tab.waitForTimeout(1000); // as `npm run bench` does: the page settles first
        // As `npm run bench` does: the garbage of building the data is not the render's.
        const cdp = await context.newCDPSession(tab);
        await cdp.send('HeapProfiler.collectGarbage');
        if (profiling) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
          await cdp.send('Profiler.start');
        }
        const painted = await tab.evaluate(() => window.bench.render());
        if (profiling) {
          const { profile } = await cdp.send('Profiler.stop');
          for (const row of topSelfTime(profile, { 'crisis-timeline.js': lookups[i] }).rows) {
            const key = `${row.name} ${row.where.replace(/:\d+(:\d+)?$/, '')}`;
            selfTimes[i].set(key, (selfTimes[i].get(key) ?? 0) + row.ms);
          }
        }
        const phases = await tab.evaluate(() => window.benchPhases);
        samples[i].setEvents.push(phases.setEvents);
        samples[i].updated.push(phases.updated);
        samples[i].painted.push(painted);
        await context.close();
      }
    }
    process.stdout.write(`\r${pair + 1} of ${pairs} turns`);
  }
} finally {
  await browser.close();
  server.close();
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(0)} ms`;
console.log(`\n\n${n.toLocaleString('en')} events, ${pairs * runs} cold first renders of each build, in turns:`);
for (const [what, title] of [['setEvents', 'setting events (reading the data)'], ['updated', 'until the first update completes'], ['painted', 'until painted (first render)']]) {
  console.log(`  ${title}:`);
  builds.forEach((build, i) => {
    const values = samples[i][what];
    console.log(`    ${build.label.padEnd(28)} median ${ms(median(values)).padStart(8)}  (${ms(Math.min(...values))}–${ms(Math.max(...values))})`);
  });
  const [before, after] = samples.map((s) => median(s[what]));
  console.log(`    change ${(((after - before) / before) * 100).toFixed(0)}%`);
}

if (profiling) {
  const renders = pairs * runs;
  const mean = (i, key) => (selfTimes[i].get(key) ?? 0) / renders;
  const keys = [...new Set(selfTimes.flatMap((times) => [...times.keys()]))];
  keys.sort((a, b) => Math.max(mean(0, b), mean(1, b)) - Math.max(mean(0, a), mean(1, a)));
  console.log(`\nSelf time by function, mean of ${renders} profiled renders each (${builds[0].label} / ${builds[1].label}):`);
  for (const key of keys.slice(0, 25)) {
    const [before, after] = [mean(0, key), mean(1, key)];
    const change = `${after >= before ? '+' : ''}${(after - before).toFixed(1)}`;
    console.log(`  ${before.toFixed(1).padStart(7)} ${after.toFixed(1).padStart(7)} ms ${change.padStart(7)}  ${key}`);
  }
}

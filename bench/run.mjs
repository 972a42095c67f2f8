// `npm run bench`: <crisis-timeline> against vis-timeline in headless Chromium.
// A benchmark, not a test: it prints a table and target checks and writes
// bench/results/latest.json, and exits 0 unless the harness itself breaks.
//
//   npm run bench -- [--sizes=1000,10000,100000] [--runs=5] [--slow-runs=1]
//                    [--libs=ours,vis] [--cap=120] [--seed=1] [--build] [--profile]
//
// --runs        runs per case (median reported); vis-timeline at >= 10k events gets
//               --slow-runs instead: one run there takes from half a minute to minutes.
// --cap         seconds vis-timeline may take for a first render at 100k before it is
//               reported as "timeout (> cap)"; smaller sizes get 300 s.
// --build       run `npm run build` first (it also runs when dist/ is missing).
// --profile     also CPU-profile ours at the largest size (render, then zoom and pan),
//               write bench/results/profile-*.json and print the top 15 self-time functions.
// CHROME_PATH   Chromium to use (default /usr/bin/chromium).

import { createServer } from 'node:http';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { sourceMapLookup, topSelfTime } from './profile.mjs';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'bench/results');
const OURS_BUNDLE = 'dist/crisis-timeline.js';
const VIS_BUNDLE = 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';

// ---- options

const flags = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [key, value] = a.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);
const known = ['sizes', 'runs', 'slow-runs', 'libs', 'cap', 'seed', 'build', 'profile'];
for (const key of Object.keys(flags)) {
  if (!known.includes(key)) {
    console.error(`Unknown option --${key}. Options: ${known.map((k) => `--${k}`).join(' ')}`);
    process.exit(2);
  }
}
const sizes = String(flags.sizes ?? '1000,10000,100000').split(',').map(Number).filter((n) => n > 0);
const runs = Number(flags.runs ?? 5);
const slowRuns = Number(flags['slow-runs'] ?? 1);
const libs = String(flags.libs ?? 'ours,vis').split(',').filter(Boolean);
const capSeconds = Number(flags.cap ?? 120);
const seed = Number(flags.seed ?? 1);

const LIBS = {
  ours: { label: 'crisis-timeline', page: 'ours.html' },
  vis: { label: 'vis-timeline', page: 'vis.html' },
};

// The gesture: 20 wheel steps in, a 400 px drag, 20 steps out (40 zoom steps in all).
// vis-timeline zooms 1.2x per wheel event whatever its size (it reads wheelDelta, which
// Chromium gives as ±120 per synthetic event); d3-zoom scales by 2 ** (deltaY * 0.002),
// so deltaY 132 makes the same 1.2x step and both cover the same views (a year down to
// ~10 days). The achieved zoom is measured and printed.
const ZOOM_STEPS_EACH_WAY = 20;
const WHEEL_DELTA = { ours: 132, vis: 100 };
// Chromium coarsens rAF timestamps to 0.1 ms, so a gap of exactly one 60 Hz frame
// (16.67 ms) reads as 16.6 to 16.8 ms (the idle baseline shows it): up to 16.8 is one frame.
const ONE_FRAME = 16.8;
/** Whether a frame time is one 60 Hz frame at most; timestamps differences carry float noise (16.800000000745). */
const withinOneFrame = (ms) => Math.round(ms * 10) / 10 <= ONE_FRAME;
const PAN_PX = 400;
const PAN_STEPS = 40;
// A page's first second is not quiet here: while it finishes loading and the previous
// run's page closes, a busy loop on its main thread runs at 20-40% of its later speed for
// about 300 ms, and unevenly until about 1 s. A first render is timed after this long, for
// both libraries, so that it measures the library rather than the browser settling.
const SETTLE_MS = 1000;

const CHROMIUM_ARGS = chromiumArgs;

// ---- small helpers

const median = (xs) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs, p) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const frameStats = (deltas) => ({
  frames: deltas.length,
  median: median(deltas),
  p95: percentile(deltas, 95),
  max: deltas.length ? Math.max(...deltas) : null,
  over50: deltas.filter((d) => d > 50).length,
  // Finer than the p95, which only says whether more than one frame in twenty ran long.
  overOneFrame: deltas.filter((d) => !withinOneFrame(d)).length,
});

class Timeout extends Error {}
function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Timeout(`${what}: no answer after ${Math.round(ms / 1000)} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const gz = (file, code = readFileSync(join(root, file))) => ({ file, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length });

/**
 * dist/ (our bundle, its map, any lazy chunk), read once at the start and served from
 * memory: dist/ may be rebuilt while the benchmark runs, and every run should measure
 * the same build.
 */
const pinned = new Map();
function pinDist() {
  for (const file of readdirSync(join(root, 'dist'))) pinned.set(`/dist/${file}`, readFileSync(join(root, 'dist', file)));
  return pinned.get(`/${OURS_BUNDLE}`);
}

// ---- static file server (no transforms: the pages load built files only)

const TYPES = { '.html': 'text/html', '.mjs': 'text/javascript', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

function serve() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const file = join(root, path);
    if (!file.startsWith(root + sep)) return res.writeHead(403).end();
    try {
      const body = pinned.get(path) ?? (await readFile(file));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// ---- the browser

let browser;
async function launch() {
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** A fresh context and page per run, so no run inherits another's heap or caches. */
async function openPage(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log(`  pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && console.log(`  console: ${m.text()}`));
  const cdp = await context.newCDPSession(page);
  if (url) {
    await page.goto(url);
    await page.waitForFunction(() => window.benchReady === true);
  }
  return { context, page, cdp };
}

/** Closes a context; a renderer stuck in a long task may not let go, so then restart the browser. */
async function closeContext(context) {
  try {
    await withTimeout(context.close(), 15_000, 'closing the page');
  } catch {
    console.log('  (page did not close; restarting Chromium)');
    await browser.close().catch(() => {});
    await launch();
  }
}

async function usedHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

const nextFrame = (page) => page.evaluate(() => bench.nextFrame());

/** Frame gaps on an empty page: what an idle 60 Hz page gives in this Chromium. */
async function idleBaseline() {
  const { context, page } = await openPage(null);
  await page.setContent('<p>idle</p>');
  const deltas = await page.evaluate(
    () =>
      new Promise((done) => {
        const out = [];
        let last = null;
        const tick = (t) => {
          if (last !== null) out.push(t - last);
          last = t;
          if (out.length < 120) requestAnimationFrame(tick);
          else done(out);
        };
        requestAnimationFrame(tick);
      }),
  );
  await closeContext(context);
  return frameStats(deltas);
}

/**
 * Zoom in (sampling DOM size half-way and at the end), drag-pan, zoom out. `budget`
 * bounds the whole interaction in ms. Returns frame gaps per phase and the DOM samples.
 */
async function interact(page, lib, budget) {
  const deadline = Date.now() + budget;
  const step = (promise) => withTimeout(promise, Math.max(1, deadline - Date.now()), 'interaction');
  const samples = [];
  const sample = async (at) => samples.push({ at, ...(await step(page.evaluate(() => bench.nodes()))) });
  const rect = await step(page.evaluate(() => bench.plotRect()));
  const cx = Math.round(rect.x + rect.width / 2);
  const cy = Math.round(rect.y + rect.height / 2);
  const span = async () => {
    const [a, b] = await step(page.evaluate(() => bench.visibleRange()));
    return b - a;
  };

  await sample('fit');
  const fullSpan = await span();
  await step(page.mouse.move(cx, cy));
  const zoomFrames = [];
  const wheel = async (dy, count, midway, label) => {
    await step(page.evaluate(() => bench.frames.start()));
    for (let i = 1; i <= count; i++) {
      await step(page.mouse.wheel(0, dy));
      await step(nextFrame(page));
      if (i === midway) {
        // Pause the recorder while counting nodes, so counting costs no frame time.
        zoomFrames.push(...(await step(page.evaluate(() => bench.frames.stop()))));
        await sample(`${label} ${i}`);
        await step(page.evaluate(() => bench.frames.start()));
      }
    }
    await step(nextFrame(page));
    zoomFrames.push(...(await step(page.evaluate(() => bench.frames.stop()))));
  };

  await wheel(-WHEEL_DELTA[lib], ZOOM_STEPS_EACH_WAY, ZOOM_STEPS_EACH_WAY / 2, 'zoom in');
  await step(nextFrame(page));
  const zoomFactor = fullSpan / (await span());
  await sample(`zoom in ${ZOOM_STEPS_EACH_WAY}`);

  // Pan: the view is zoomed in now, so there is room to move.
  await step(page.evaluate(() => bench.frames.start()));
  await step(page.mouse.down());
  for (let i = 1; i <= PAN_STEPS; i++) {
    await step(page.mouse.move(cx - (PAN_PX * i) / PAN_STEPS, cy));
    await step(nextFrame(page));
  }
  await step(page.mouse.up());
  await step(nextFrame(page));
  const panFrames = await step(page.evaluate(() => bench.frames.stop()));
  await sample('panned');

  await step(page.mouse.move(cx, cy));
  await wheel(WHEEL_DELTA[lib], ZOOM_STEPS_EACH_WAY, ZOOM_STEPS_EACH_WAY / 2, 'zoom out');
  await page.waitForTimeout(300); // let d3's wheel gesture end and any settling redraw happen
  await sample('zoomed out');
  return { zoomFrames, panFrames, samples, zoomFactor };
}

/** One run of one library at one size, in a fresh page. */
async function runCase(base, lib, n, renderCap) {
  const { context, page, cdp } = await openPage(`${base}/bench/${LIBS[lib].page}`);
  const run = { lib, n };
  try {
    await page.evaluate(([n, seed]) => bench.prepare(n, seed), [n, seed]);
    await page.waitForTimeout(SETTLE_MS);
    const heapBefore = await usedHeap(cdp);
    try {
      run.firstRender = await withTimeout(page.evaluate(() => bench.render()), renderCap, 'first render');
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
      run.timeout = `timeout (> ${Math.round(renderCap / 1000)} s)`;
      return run;
    }
    run.marks = await page.evaluate(() => bench.marks());
    await page.waitForTimeout(500); // let late redraws (vis re-stacks after its first draw) finish
    try {
      const { zoomFrames, panFrames, samples, zoomFactor } = await interact(page, lib, Math.max(renderCap, 240_000));
      run.zoom = frameStats(zoomFrames);
      run.pan = frameStats(panFrames);
      run.zoomFactor = zoomFactor;
      run.samples = samples;
      run.nodes = Math.max(...samples.map((s) => s.component));
      run.documentElements = Math.max(...samples.map((s) => s.document));
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
      run.interactionTimeout = error.message;
      return run;
    }
    const heap = await usedHeap(cdp);
    run.heapMB = heap / 2 ** 20;
    run.heapDeltaMB = (heap - heapBefore) / 2 ** 20;
    // Setting `events` on an already mounted element (ours only), after the heap sample.
    run.replaceRender = await withTimeout(page.evaluate(([n, seed]) => bench.replace(n, seed), [n, seed]), renderCap, 'replace');
    return run;
  } finally {
    await closeContext(context);
  }
}

/**
 * Ours only: the first render of the same events read from JSON (flat strings, as
 * `response.json()` gives them), in a fresh page each run. Not a target; it shows how
 * much of a first render the benchmark's concatenated strings cost.
 */
async function jsonFirstRender(base, n) {
  const { context, page } = await openPage(`${base}/bench/${LIBS.ours.page}`);
  try {
    await page.evaluate(([n, seed]) => bench.prepare(n, seed, true), [n, seed]);
    return await withTimeout(page.evaluate(() => bench.render()), 300_000, 'first render from JSON');
  } finally {
    await closeContext(context);
  }
}

/**
 * The floor of a first render as `bench.render()` times it, in fresh pages after the same
 * settling time: a bare custom element with no library (`bench.bare()`), and this
 * component given one event. No target; it shows what part of a first render is the
 * browser's and the measure's (creating, inserting, styling, painting, two frames).
 */
async function floorRenders(base) {
  const bare = [];
  const one = [];
  for (let i = 0; i < runs; i++) {
    for (const kind of ['bare', 'one']) {
      const { context, page } = await openPage(`${base}/bench/${LIBS.ours.page}`);
      try {
        if (kind === 'one') await page.evaluate((seed) => bench.prepare(1, seed), seed);
        await page.waitForTimeout(SETTLE_MS);
        const ms = await withTimeout(page.evaluate((kind) => (kind === 'bare' ? bench.bare() : bench.render()), kind), 60_000, 'floor');
        (kind === 'bare' ? bare : one).push(ms);
      } finally {
        await closeContext(context);
      }
    }
  }
  return { bare: { runs: bare, median: median(bare) }, oneEvent: { runs: one, median: median(one) } };
}

/** Medians over runs; counts of long frames are also summed, for the strict target. */
function summarise(caseRuns) {
  const done = caseRuns.filter((r) => r.firstRender !== undefined);
  const full = done.filter((r) => r.zoom);
  const med = (f) => {
    const xs = full.map(f).filter((x) => x !== null && x !== undefined);
    return xs.length ? median(xs) : null;
  };
  return {
    runs: caseRuns.length,
    timeout: caseRuns.find((r) => r.timeout)?.timeout ?? null,
    error: caseRuns.find((r) => r.error)?.error ?? null,
    interactionTimeout: caseRuns.find((r) => r.interactionTimeout)?.interactionTimeout ?? null,
    firstRender: done.length ? median(done.map((r) => r.firstRender)) : null,
    replaceRender: med((r) => r.replaceRender),
    zoom: { median: med((r) => r.zoom.median), p95: med((r) => r.zoom.p95), over50: med((r) => r.zoom.over50), over50All: sum(full.map((r) => r.zoom.over50)), maxAll: max(full.map((r) => r.zoom.max)) },
    pan: { median: med((r) => r.pan.median), p95: med((r) => r.pan.p95), over50: med((r) => r.pan.over50), over50All: sum(full.map((r) => r.pan.over50)), maxAll: max(full.map((r) => r.pan.max)) },
    zoomFactor: med((r) => r.zoomFactor),
    nodes: full.length ? max(full.map((r) => r.nodes)) : null,
    documentElements: full.length ? max(full.map((r) => r.documentElements)) : null,
    heapMB: med((r) => r.heapMB),
    heapDeltaMB: med((r) => r.heapDeltaMB),
  };
}
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const max = (xs) => (xs.length ? Math.max(...xs) : null);

// ---- output

const fmt = (x, digits = 1) => (x === null || x === undefined ? '—' : x.toFixed(digits));

function printTable(results) {
  const head = ['events', 'library', 'runs', 'first render ms', 'zoom med', 'zoom p95', 'zoom >50', 'pan med', 'pan p95', 'pan >50', 'DOM nodes', 'doc elems', 'heap MB'];
  const rows = [];
  for (const r of results) {
    const s = r.summary;
    const render = s.firstRender !== null ? fmt(s.firstRender) : s.timeout ?? (s.error ? 'error' : '—');
    rows.push([
      r.n.toLocaleString('en'),
      LIBS[r.lib].label,
      String(s.runs),
      render,
      fmt(s.zoom.median), fmt(s.zoom.p95), fmt(s.zoom.over50, 0),
      fmt(s.pan.median), fmt(s.pan.p95), fmt(s.pan.over50, 0),
      fmt(s.nodes, 0), fmt(s.documentElements, 0), fmt(s.heapMB),
    ]);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

function ratioLines(results) {
  const lines = [];
  for (const n of sizes) {
    const ours = results.find((r) => r.lib === 'ours' && r.n === n)?.summary;
    const vis = results.find((r) => r.lib === 'vis' && r.n === n)?.summary;
    if (!ours || !vis) continue;
    const render = vis.firstRender !== null
      ? `${fmt(vis.firstRender / ours.firstRender)}x`
      : vis.timeout
        ? `> ${fmt((capSeconds * 1000) / ours.firstRender, 0)}x (vis ${vis.timeout})`
        : '— (vis failed)';
    const zoom = vis.zoom.p95 !== null && ours.zoom.p95 ? `${fmt(vis.zoom.p95 / ours.zoom.p95)}x` : '—';
    lines.push(`${n.toLocaleString('en').padStart(7)} events: first render vis ÷ ours = ${render}; zoom p95 vis ÷ ours = ${zoom}`);
  }
  return lines;
}

function targets(results, bundle, floor) {
  const checks = [];
  const check = (name, pass, figure) => checks.push({ name, pass, figure });
  const get = (lib, n) => results.find((r) => r.lib === lib && r.n === n)?.summary;
  const big = get('ours', 100000);
  if (big?.firstRender != null && big.zoom.p95 !== null) {
    check('100k: first render <= 250 ms', big.firstRender <= 250, `${fmt(big.firstRender)} ms`);
    check('100k: zoom p95 <= 16.7 ms', withinOneFrame(big.zoom.p95), `${fmt(big.zoom.p95)} ms`);
    check('100k: pan p95 <= 16.7 ms', withinOneFrame(big.pan.p95), `${fmt(big.pan.p95)} ms`);
    const long = big.zoom.over50All + big.pan.over50All;
    check('100k: no frame > 50 ms (zoom+pan, all runs)', long === 0, `${long} frames > 50 ms; longest ${fmt(Math.max(big.zoom.maxAll, big.pan.maxAll))} ms`);
    check('100k: DOM nodes <= 2000 (max over zoom levels)', big.nodes <= 2000, `${big.nodes} nodes`);
    check('100k: JS heap <= 150 MB', big.heapMB <= 150, `${fmt(big.heapMB)} MB`);
  } else {
    checks.push({ name: '100k targets', pass: null, figure: 'not measured (size not selected or run failed)' });
  }
  const ours10 = get('ours', 10000);
  const vis10 = get('vis', 10000);
  if (ours10?.firstRender != null && vis10?.firstRender != null) {
    const r = vis10.firstRender / ours10.firstRender;
    const needs = `100x needs ${fmt(vis10.firstRender / 100)} ms` + (floor ? `; the floor: ${fmt(floor.bare.median)} ms with no library, ours with 1 event ${fmt(floor.oneEvent.median)} ms` : '');
    check('10k: first render >= 100x faster than vis', r >= 100, `${fmt(r)}x (${fmt(vis10.firstRender, 0)} vs ${fmt(ours10.firstRender)} ms; ${needs})`);
  } else {
    checks.push({ name: '10k: first render vs vis', pass: null, figure: 'not measured' });
  }
  if (ours10?.zoom.p95 && vis10?.zoom.p95) {
    const r = vis10.zoom.p95 / ours10.zoom.p95;
    check('10k: zoom p95 >= 5x shorter than vis', r >= 5, `${fmt(r)}x (${fmt(vis10.zoom.p95)} vs ${fmt(ours10.zoom.p95)} ms)`);
  } else {
    checks.push({ name: '10k: zoom p95 vs vis', pass: null, figure: 'not measured' });
  }
  check('bundle <= 45 kB gzipped', bundle.ours.gzip <= 45_000, `${fmt(bundle.ours.gzip / 1000)} kB`);
  return checks;
}

// ---- profiling

async function profile(base, n) {
  const { context, page, cdp } = await openPage(`${base}/bench/ours.html`);
  const lookup = sourceMapLookup(JSON.parse(pinned.get(`/${OURS_BUNDLE}.map`)));
  const out = {};
  try {
    await page.evaluate(([n, seed]) => bench.prepare(n, seed), [n, seed]);
    await page.waitForTimeout(SETTLE_MS);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    for (const phase of ['render', 'interaction']) {
      await cdp.send('Profiler.start');
      if (phase === 'render') await page.evaluate(() => bench.render());
      else await interact(page, 'ours', 240_000);
      const { profile } = await cdp.send('Profiler.stop');
      const file = join(resultsDir, `profile-crisis-timeline-${n}-${phase}.json`);
      writeFileSync(file, JSON.stringify(profile));
      const top = topSelfTime(profile, { [OURS_BUNDLE]: lookup });
      out[phase] = { file, total: top.total, top: top.rows.slice(0, 15) };
      console.log(`\nCPU profile, ours, ${n.toLocaleString('en')} events, ${phase}: ${fmt(top.total, 0)} ms sampled (idle excluded) -> ${file.slice(root.length + 1)}`);
      console.log('   self ms     %  function  (source)');
      for (const row of top.rows.slice(0, 15)) {
        console.log(`  ${fmt(row.ms).padStart(7)} ${fmt(row.percent).padStart(5)}  ${row.name}  (${row.where})${row.text ? `  ${row.text}` : ''}`);
      }
      if (phase === 'render') await page.waitForTimeout(500);
    }
  } finally {
    await closeContext(context);
  }
  return out;
}

// ---- main

async function main() {
  if (flags.build || !existsSync(join(root, OURS_BUNDLE))) {
    console.log('Building dist/ (npm run build)…');
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
  }
  mkdirSync(resultsDir, { recursive: true });
  const oursCode = pinDist();
  const bundle = { ours: gz(OURS_BUNDLE, oursCode), vis: gz(VIS_BUNDLE) };
  // Chunks the bundle imports on demand (the built-in dataset), not loaded when `events` is set.
  bundle.oursLazy = [...pinned]
    .filter(([path]) => path.endsWith('.js') && path !== `/${OURS_BUNDLE}`)
    .map(([path, code]) => gz(path.slice(1), code));
  const distInfo = {
    file: OURS_BUNDLE,
    modified: statSync(join(root, OURS_BUNDLE)).mtime.toISOString(),
    sha256: createHash('sha256').update(oursCode).digest('hex').slice(0, 16),
  };
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  await launch();
  const started = Date.now();
  // Other work on this 2-core machine skews timings: record the load around the run.
  const loadBefore = loadavg()[0];
  const results = [];
  let baseline, profiles, fromJson, floor;
  const chromiumVersion = browser.version();
  try {
    console.log(`Chromium ${chromiumVersion}, sizes ${sizes.join(', ')}, runs ${runs} (vis-timeline at >= 10k: ${slowRuns}), seed ${seed}`);
    baseline = await idleBaseline();
    console.log(`Idle baseline (empty page, ${baseline.frames} frames): median ${fmt(baseline.median, 2)} ms, p95 ${fmt(baseline.p95, 2)} ms, max ${fmt(baseline.max, 2)} ms`);
    for (const n of sizes) {
      for (const lib of libs) {
        const slow = lib === 'vis' && n >= 10000;
        const count = slow ? slowRuns : runs;
        const renderCap = lib === 'vis' && n > 10000 ? capSeconds * 1000 : 300_000;
        const caseRuns = [];
        for (let i = 0; i < count; i++) {
          const t = Date.now();
          let run;
          try {
            run = await runCase(base, lib, n, renderCap);
          } catch (error) {
            // A crashed renderer or browser costs this run, not the whole benchmark.
            run = { lib, n, error: error.message.split('\n')[0] };
            if (!browser.isConnected()) await launch();
          }
          caseRuns.push(run);
          const what = run.error ? `error: ${run.error}` : run.timeout ?? run.interactionTimeout ?? `first render ${fmt(run.firstRender)} ms, zoom p95 ${fmt(run.zoom.p95)} ms (${run.zoom.overOneFrame} of ${run.zoom.frames} frames over one), pan p95 ${fmt(run.pan.p95)} ms (${run.pan.overOneFrame} of ${run.pan.frames}), ${run.nodes} nodes, zoom x${fmt(run.zoomFactor, 0)}`;
          console.log(`  ${LIBS[lib].label} ${n.toLocaleString('en')} run ${i + 1}/${count}: ${what} (${fmt((Date.now() - t) / 1000)} s)`);
          if (run.timeout) break; // a first render over the cap will not get faster
        }
        results.push({ lib, n, runs: caseRuns, summary: summarise(caseRuns) });
      }
    }
    if (libs.includes('ours')) {
      const n = Math.max(...sizes);
      const times = [];
      for (let i = 0; i < runs; i++) times.push(await jsonFirstRender(base, n));
      fromJson = { n, runs: times, median: median(times) };
      console.log(`  crisis-timeline ${n.toLocaleString('en')}, data read from JSON: first render ${times.map((t) => fmt(t)).join(', ')} ms`);
    }
    if (libs.includes('ours')) floor = await floorRenders(base);
    if (flags.profile) profiles = await profile(base, Math.max(...sizes));
  } finally {
    await browser.close();
    server.close();
  }

  console.log('\nTimes in ms; frame columns are gaps between animation frames during 40 wheel zoom steps');
  console.log(`(20 in, 20 out, 1.2x each) and a ${PAN_PX} px drag in ${PAN_STEPS} steps; medians over runs. DOM nodes: all`);
  console.log('nodes of the component (ours: shadow root; vis: its container), max over 5 zoom levels;');
  console.log('doc elems: document.querySelectorAll("*"); heap: used JS heap after GC, whole page.\n');
  printTable(results);
  const slowCases = results.filter((r) => r.lib === 'vis' && r.n >= 10000 && r.summary.runs < runs);
  if (slowCases.length) console.log(`\nvis-timeline at ${slowCases.map((r) => r.n.toLocaleString('en')).join(', ')} events: ${slowRuns} run(s) only (slow), not ${runs}.`);
  for (const r of results) {
    if (r.summary.error) console.log(`${LIBS[r.lib].label} ${r.n}: error in a run: ${r.summary.error}`);
    if (r.summary.interactionTimeout) console.log(`${LIBS[r.lib].label} ${r.n}: interaction ${r.summary.interactionTimeout}`);
  }
  const ours = results.filter((r) => r.lib === 'ours' && r.summary.replaceRender !== null);
  if (ours.length) console.log(`Ours, setting \`events\` on a mounted element: ${ours.map((r) => `${r.n.toLocaleString('en')}: ${fmt(r.summary.replaceRender)} ms`).join(', ')}.`);
  if (fromJson) console.log(`Ours, first render of the ${fromJson.n.toLocaleString('en')} events read from JSON (flat strings): ${fmt(fromJson.median)} ms (median of ${fromJson.runs.length}).`);
  if (floor) {
    console.log(`The floor of a first render as timed here (fresh pages, the same wait): a custom element with one line of text and no library ${fmt(floor.bare.median)} ms ` +
      `(${floor.bare.runs.map((t) => fmt(t)).join(', ')}); crisis-timeline with 1 event ${fmt(floor.oneEvent.median)} ms (${floor.oneEvent.runs.map((t) => fmt(t)).join(', ')}).`);
  }
  const factors = results.filter((r) => r.summary.zoomFactor).map((r) => `${LIBS[r.lib].label} ${r.n.toLocaleString('en')} x${fmt(r.summary.zoomFactor, 0)}`);
  if (factors.length) console.log(`Zoom reached after 20 steps in: ${factors.join(', ')}.`);
  const loadAfter = loadavg()[0];
  console.log(`Idle frame baseline: median ${fmt(baseline.median, 2)} ms, p95 ${fmt(baseline.p95, 2)} ms. ` +
    `Load average (1 min, 2 cores): ${fmt(loadBefore, 2)} at start, ${fmt(loadAfter, 2)} at end.`);
  console.log(`Bundles (min + gzip -9): ours ${OURS_BUNDLE} (sha256 ${distInfo.sha256}…, built ${distInfo.modified}) ${fmt(bundle.ours.bytes / 1000)} kB / ${fmt(bundle.ours.gzip / 1000)} kB; ` +
    `vis-timeline standalone (CSS inlined) ${fmt(bundle.vis.bytes / 1000)} kB / ${fmt(bundle.vis.gzip / 1000)} kB.`);
  // When each on-demand chunk is loaded (see the README); none is loaded in the benchmark.
  const loadedFor = {
    'article-events.js': 'by a timeline given no data of its own',
    'fetch-data.js': 'for `src`',
    'on-demand.js': 'once the page is idle, or at the first selection, hover or focus, the switch to the list, data with problems or a warning',
    'markup.js': 'for events written as a list in markup',
    'hash-sync-controller.js': 'by a timeline with `hash-sync`',
    'timelinejs.js': 'for TimelineJS data',
  };
  for (const chunk of bundle.oursLazy) {
    const when = loadedFor[chunk.file.split('/').pop()] ?? 'on demand';
    console.log(`  Ours also has ${chunk.file}, ${fmt(chunk.bytes / 1000)} kB / ${fmt(chunk.gzip / 1000)} kB, loaded only ${when} (not counted).`);
  }

  console.log('\nRatios:');
  for (const line of ratioLines(results)) console.log(line);

  const checks = targets(results, bundle, floor);
  console.log('\nTargets (ours; a p95 of 16.8 ms is one 60 Hz frame read through 0.1 ms timestamps):');
  for (const c of checks) console.log(`  ${c.pass === null ? 'SKIP' : c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${c.figure}`);

  const json = {
    date: new Date().toISOString(),
    seconds: (Date.now() - started) / 1000,
    chromium: chromiumVersion,
    node: process.version,
    commit: tryExec('git rev-parse HEAD'),
    dist: distInfo,
    options: { sizes, runs, slowRuns, libs, capSeconds, seed, wheelDelta: WHEEL_DELTA, zoomStepsEachWay: ZOOM_STEPS_EACH_WAY, panPx: PAN_PX, panSteps: PAN_STEPS, viewport: [1280, 800], chromiumArgs: CHROMIUM_ARGS },
    baseline,
    loadAverage: { start: loadBefore, end: loadAfter },
    bundle,
    results,
    fromJson,
    floor,
    ratios: ratioLines(results),
    targets: checks,
    profiles,
  };
  writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify(json, null, 2));
  console.log(`\nWrote bench/results/latest.json (${fmt(json.seconds, 0)} s).`);
}

function tryExec(command) {
  try {
    return execSync(command, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
}

await main();

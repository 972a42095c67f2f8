// In-page side of the benchmark, shared by ours.html and vis.html. Each page passes an
// adapter ({name, convert(raw), mount(data), replace?(data), zoomable(),
// countComponentNodes(), visibleRange(), marks()})
// and gets `window.bench`, which bench/run.mjs drives through page.evaluate.

import { generate } from './data.mjs';

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Frame times are the gaps between successive requestAnimationFrame timestamps while
 * the interaction runs. A frame that blocks the main thread for 200 ms shows up as one
 * 200 ms gap; an idle frame as the display interval (~16.7 ms at 60 Hz). This is what
 * a user sees as smoothness, it costs nothing to record, and it treats both libraries
 * alike (long-animation-frame entries only cover frames over 50 ms).
 */
class FrameRecorder {
  #handle = 0;
  #last = null;
  #deltas = [];
  #tick = (t) => {
    if (this.#last !== null) this.#deltas.push(t - this.#last);
    this.#last = t;
    this.#handle = requestAnimationFrame(this.#tick);
  };
  start() {
    this.#deltas = [];
    this.#last = null;
    this.#handle = requestAnimationFrame(this.#tick);
  }
  stop() {
    cancelAnimationFrame(this.#handle);
    return this.#deltas;
  }
}

/** Every node (elements, text, comments) under `root`, the root itself excluded. */
export function countNodes(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}

/**
 * The least a first render can take as this harness times one: a custom element with one
 * line of text in its shadow root and no library, created, inserted and painted (two
 * frames after, as the libraries' renders wait).
 */
class BareElement extends HTMLElement {
  connectedCallback() {
    this.attachShadow({ mode: 'open' }).innerHTML = '<style>:host { display: block; height: 500px; }</style><p>One event</p>';
  }
}
customElements.define('bare-element', BareElement);

export function installHarness(adapter) {
  const frames = new FrameRecorder();
  let data = null;
  window.bench = {
    name: adapter.name,
    frames,
    nextFrame,
    /**
     * Builds the data in the library's input format, before any timing starts. With `viaJson`,
     * the data goes through JSON first, as data fetched with `response.json()` would come:
     * its strings are then flat, where strings built by concatenation are copied when first read.
     */
    prepare(n, seed, viaJson = false) {
      data = adapter.convert(generate(n, seed));
      if (viaJson) data = JSON.parse(JSON.stringify(data));
      return n;
    },
    /** Mounts the timeline with the prepared data; resolves to the first-render time in ms. */
    async render() {
      const ms = await adapter.mount(data);
      data = null; // only the library keeps the data from here on
      return ms;
    },
    /** Replaces the data of the mounted timeline (where the library has that notion). */
    async replace(n, seed) {
      return adapter.replace ? adapter.replace(adapter.convert(generate(n, seed))) : null;
    },
    plotRect() {
      const r = adapter.zoomable().getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    nodes() {
      return { component: adapter.countComponentNodes(), document: document.querySelectorAll('*').length };
    },
    async bare() {
      const t0 = performance.now();
      document.getElementById('host').append(document.createElement('bare-element'));
      await nextFrame();
      await nextFrame();
      return performance.now() - t0;
    },
    visibleRange: () => adapter.visibleRange(),
    marks: () => adapter.marks(),
  };
  window.benchReady = true;
}

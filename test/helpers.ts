// Shared helpers for the component tests.
import { fixture, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/crisis-timeline.js';
import type { CrisisTimeline } from '../src/crisis-timeline.js';

export type { CrisisTimeline };

/** Resolves after the next animation frame. */
export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits `ms` milliseconds. */
export const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until the element has been measured, laid out and rendered. */
export async function settle(el: CrisisTimeline): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await nextFrame();
    await el.updateComplete;
  }
}

/** Renders a timeline and waits until it is drawn. */
export async function timeline(template: TemplateResult): Promise<CrisisTimeline> {
  const el = await fixture<CrisisTimeline>(template);
  await settle(el);
  return el;
}

/** Elements in the component's shadow root. */
export function shadow<E extends Element = HTMLElement>(el: CrisisTimeline, selector: string): E[] {
  return [...el.shadowRoot!.querySelectorAll<E>(selector)];
}

/** The ids of the drawn event marks. */
export function drawnIds(el: CrisisTimeline): string[] {
  return shadow(el, '[part~="event"]').map((e) => e.dataset.id!);
}

/** The clusters, as assistive technology finds them: one button each, named by its exact count. */
export function clusterButtons(el: CrisisTimeline): HTMLButtonElement[] {
  return shadow<HTMLButtonElement>(el, 'button[data-key]');
}

/** The number of events a cluster's button names: "38 more events, …", exact below 10,000; "12.3k more events, …" above. */
export function clusterCount(button: Element): number {
  const match = /^([\d,.]+)(k?) more events?\b/.exec(button.getAttribute('aria-label') ?? '');
  if (!match) throw new Error(`not a cluster's name: ${button.getAttribute('aria-label')}`);
  return Number(match[1].replace(/,/g, '')) * (match[2] ? 1000 : 1);
}

/** Events counted in clusters. */
export function countedInClusters(el: CrisisTimeline): number {
  return clusterButtons(el).reduce((n, b) => n + clusterCount(b), 0);
}

/**
 * The cluster badges as drawn: boxes of painted pixels on the clusters' canvas, in CSS px
 * from the plot's top left corner, in reading order.
 */
export function badgeBoxes(el: CrisisTimeline): { x: number; y: number; width: number; height: number }[] {
  const canvas = shadow<HTMLCanvasElement>(el, 'canvas.clusters')[0];
  const { width, height } = canvas;
  if (!width || !height) return [];
  const ratio = width / canvas.getBoundingClientRect().width;
  const copy = new OffscreenCanvas(width, height).getContext('2d')!;
  copy.drawImage(canvas, 0, 0);
  const pixels = copy.getImageData(0, 0, width, height).data;
  const seen = new Uint8Array(width * height);
  const boxes = [];
  for (let start = 0; start < width * height; start++) {
    if (seen[start] || pixels[start * 4 + 3] === 0) continue;
    // Flood fill the painted pixels joined to this one.
    let [x0, y0, x1, y1] = [width, height, 0, 0];
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % width;
      const y = (i - x) / width;
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      for (const j of [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, i - width, i + width]) {
        if (j >= 0 && j < width * height && !seen[j] && pixels[j * 4 + 3] > 0) {
          seen[j] = 1;
          stack.push(j);
        }
      }
    }
    boxes.push({ x: x0 / ratio, y: y0 / ratio, width: (x1 - x0 + 1) / ratio, height: (y1 - y0 + 1) / ratio });
  }
  return boxes.sort((a, b) => a.y - b.y || a.x - b.x);
}

/** The labels of the time axis's minor ticks. */
export function tickLabels(el: CrisisTimeline): string[] {
  return shadow<SVGTextElement>(el, '.axis .minor .tick text').map((t) => t.textContent ?? '');
}

/** Sends wheel events over the plot, at `x` px from its left edge. */
export async function wheel(el: CrisisTimeline, deltaY: number, x = 0.5, steps = 1): Promise<void> {
  const plot = shadow(el, '.plot')[0];
  const box = plot.getBoundingClientRect();
  const clientX = box.left + (x <= 1 ? box.width * x : x);
  const clientY = box.top + box.height / 2;
  for (let i = 0; i < steps; i++) {
    plot.dispatchEvent(new WheelEvent('wheel', { deltaY, deltaMode: 0, clientX, clientY, bubbles: true, cancelable: true }));
    await nextFrame();
  }
  await settle(el);
}

/** Days between two dates. */
export const days = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 864e5;

export { oneEvent };

/** The next `type` event that `target` fires, typed by its name (the timeline's events are declared globally). */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): Promise<GlobalEventHandlersEventMap[K]> {
  return oneEvent<GlobalEventHandlersEventMap[K]>(target, type);
}

/** Errors and unhandled rejections that reach the page while a test runs. */
export function pageErrors() {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(`unhandledrejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}


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


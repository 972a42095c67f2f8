// Follows the size of an element with a ResizeObserver and updates the host when
// it changes. The observer is released when the host leaves the document.

import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export class ResizeController implements ReactiveController {
  /** Content-box size of the observed element (px); 0 until first measured. */
  width = 0;
  height = 0;

  readonly #host: Host;
  readonly #observer: ResizeObserver;
  #target?: Element;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
    this.#observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      if (width === this.width && height === this.height) return;
      this.width = width;
      this.height = height;
      this.#host.requestUpdate();
    });
  }

  /** Observes `element` (by default the host itself). */
  observe(element: Element = this.#host): void {
    if (this.#target === element) return;
    if (this.#target) this.#observer.unobserve(this.#target);
    this.#target = element;
    if (!this.#host.isConnected) return;
    this.#observer.observe(element);
    // Measure now rather than a frame later, when the observer first reports: the host's
    // first real drawing should not wait for it.
    const { width, height } = element.getBoundingClientRect();
    if (width !== this.width || height !== this.height) {
      this.width = width;
      this.height = height;
      this.#host.requestUpdate();
    }
  }

  hostConnected(): void {
    if (this.#target) this.#observer.observe(this.#target);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }
}

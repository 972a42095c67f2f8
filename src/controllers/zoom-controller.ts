// Binds d3-zoom to one element that the host renders once, and keeps the zoom
// state (`__zoom`) there. The host derives its scale in willUpdate with `rescale`
// (`transform.rescaleX`, or `rescaleY` when time runs down the page);
// gestures only store the transform and ask for one update per animation frame.
//
// Touch: two fingers pinch (d3-zoom); one finger along the time axis pans (ours,
// with pointer events), while one finger across it is left to the browser, so the
// page still scrolls under a horizontal timeline.
//
// The wheel and the mouse are ours too: d3-zoom reads the pointer in screen pixels,
// which are not the element's own inside a page scaled with a CSS transform (a slide
// deck), where it zoomed about the wrong point and dragged at the wrong speed.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomScale, type ZoomTransform } from 'd3-zoom';

type Host = ReactiveControllerHost & HTMLElement;
type ZoomEvent = D3ZoomEvent<HTMLElement, unknown>;

/** The direction time runs in: x (left to right) or y (top to bottom). */
export type TimeAxis = 'x' | 'y';

export interface ZoomLimits {
  /** Size of the zoomed element (px). */
  width: number;
  height: number;
  /** Smallest and largest zoom factor. */
  minScale: number;
  maxScale: number;
  axis: TimeAxis;
}

export interface ZoomControllerOptions {
  /** Called when a gesture of the user's (not a programmatic change) comes to rest. */
  onUserZoomEnd?: (transform: ZoomTransform) => void;
  /**
   * Pixels at the end of the time axis that something covers (an open side panel): the
   * end of the time range may be moved clear of them.
   */
  endInset?: () => number;
}

/**
 * Where the pointer is in `element`, in the element's own pixels: screen pixels differ
 * from them in a page scaled with a CSS transform (d3's `pointer` reads screen pixels).
 */
export function pointerIn(element: HTMLElement, event: MouseEvent): [number, number] {
  const box = element.getBoundingClientRect();
  // Its own width over its width on the screen: 1 but in a scaled page (and in a hidden one, 0 over 0).
  const scale = element.offsetWidth / box.width || 1;
  return [(event.clientX - box.left) * scale, (event.clientY - box.top) * scale];
}

/** A transform that scales by `k` and shifts by `offset` along `axis` only. */
export function axisTransform(axis: TimeAxis, k: number, offset: number): ZoomTransform {
  return axis === 'x' ? zoomIdentity.translate(offset, 0).scale(k) : zoomIdentity.translate(0, offset).scale(k);
}

export class ZoomController implements ReactiveController {
  /** The current transform; identity until the element is attached. */
  transform: ZoomTransform = zoomIdentity;

  readonly #host: Host;
  readonly #behavior: ZoomBehavior<HTMLElement, unknown>;
  #selection?: Selection<HTMLElement, unknown, null, undefined>;
  #frame = 0;
  /** The animation frame an animation waits for; 0 when none is under way. */
  #animation = 0;
  /** A change of ours for the user (wheel, mouse, finger) is under way: it counts as a gesture. */
  #panning = false;
  #panEnd?: ReturnType<typeof setTimeout>;
  /** The finger or mouse button panning along the axis, where it was, and whether it has moved past a click. */
  #finger?: { id: number; at: number; dragged: boolean; from: number };
  #limits: ZoomLimits = { width: 0, height: 0, minScale: 1, maxScale: 1, axis: 'x' };

  constructor(host: Host, private readonly options: ZoomControllerOptions = {}) {
    this.#host = host;
    host.addController(this);
    this.#behavior = zoom<HTMLElement, unknown>()
      .filter((event: Event) => {
        // One finger is ours (onPointer) or the page's; d3 takes two, to pinch. The wheel
        // and the mouse are ours (onWheel, onPointer).
        return event.type.startsWith('touch') && (event as TouchEvent).touches.length > 1;
      })
      .touchable(true)
      .extent(() => this.#extent)
      // Keep the view inside the limits along the time axis, but for the end inset, which
      // the end of the limits may move into; the other axis stays put.
      .constrain((transform, extent, translateExtent) => {
        const i = this.#limits.axis === 'x' ? 0 : 1;
        const position = i ? transform.y : transform.x;
        const d0 = (extent[0][i] - position) / transform.k - translateExtent[0][i];
        const d1 = (extent[1][i] - (this.options.endInset?.() ?? 0) - position) / transform.k - translateExtent[1][i];
        const shifted = position + transform.k * (d1 > d0 ? (d0 + d1) / 2 : Math.min(0, d0) || Math.max(0, d1));
        const other = i ? transform.x : transform.y;
        return shifted === position && other === 0 ? transform : axisTransform(this.#limits.axis, transform.k, shifted);
      })
      // A gesture of the user's takes over from an animation.
      .on('start', (event: ZoomEvent) => {
        if (event.sourceEvent) this.stop();
      })
      .on('zoom', (event: ZoomEvent) => this.#changed(event.transform, event.sourceEvent != null || this.#panning))
      .on('end', (event: ZoomEvent) => {
        if (event.sourceEvent) this.options.onUserZoomEnd?.(event.transform);
      });
  }

  /** Binds the zoom to `element` (once; it must not be replaced while in use). */
  attach(element: HTMLElement): void {
    if (this.#selection?.node() === element) return;
    this.#selection = select(element);
    this.#bind();
  }

  /** Sets the size of the view, the time axis and the zoom limits, keeping the view inside them. */
  setLimits(limits: ZoomLimits): void {
    this.#limits = limits;
    const far = [Infinity, -Infinity];
    this.#behavior
      .scaleExtent([limits.minScale, limits.maxScale])
      .translateExtent(limits.axis === 'x' ? [[0, far[1]], [limits.width, far[0]]] : [[far[1], 0], [far[0], limits.height]]);
    if (this.#selection) this.#behavior.scaleBy(this.#selection, 1);
  }

  /** Moves to `transform`, animated over `duration` ms when it is above zero. */
  setTransform(transform: ZoomTransform, duration = 0): void {
    if (!this.#selection) return;
    this.stop();
    // d3's zoom.transform applies neither the scale nor the translate limits: do it here.
    const { minScale, maxScale } = this.#limits;
    const k = Math.min(maxScale, Math.max(minScale, transform.k));
    const middle = this.#length / 2;
    const centre = (middle - this.#position(transform)) / transform.k;
    const scaled = axisTransform(this.#limits.axis, k, middle - centre * k);
    const target = this.#constrain(scaled);
    if (duration > 0 && this.#length > 0) this.#animate(target, duration);
    else this.#behavior.transform(this.#selection, target);
  }

  /** `scale` as the current transform zooms it, along the time axis the limits were last set for. */
  rescale<S extends ZoomScale>(scale: S): S {
    return this.#limits.axis === 'x' ? this.transform.rescaleX(scale) : this.transform.rescaleY(scale);
  }

  /** Glides back inside the limits, if the view is not (the end inset has shrunk). */
  keepInside(duration: number): void {
    const t = this.transform;
    if (this.#constrain(t) !== t) this.setTransform(t, duration);
  }

  /** Zooms by `factor` around the view's middle, or around `at` (px along the time axis). */
  scaleBy(factor: number, duration = 0, at = this.#length / 2): void {
    const t = this.transform;
    this.setTransform(axisTransform(this.#limits.axis, t.k * factor, at - (at - this.#position(t)) * factor), duration);
  }

  /** Pans by `delta` px along the time axis (positive moves the content right, or down). */
  translateBy(delta: number, duration = 0): void {
    const t = this.transform;
    this.setTransform(axisTransform(this.#limits.axis, t.k, this.#position(t) + delta), duration);
  }

  /** Stops an animation under way. */
  stop(): void {
    cancelAnimationFrame(this.#animation);
    this.#animation = 0;
  }

  hostConnected(): void {
    // Re-inserted into the document: bind again to the same element.
    if (this.#selection) this.#bind();
  }

  hostDisconnected(): void {
    this.stop();
    const node = this.#selection?.node();
    if (node) {
      this.#selection!.on('.zoom', null);
      node.removeEventListener('wheel', this.#onWheel);
      node.removeEventListener('pointerdown', this.#onPointer);
      node.removeEventListener('pointermove', this.#onPointer);
      node.removeEventListener('pointerup', this.#onPointer);
      node.removeEventListener('pointercancel', this.#onPointer);
    }
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#panEnd);
    this.#frame = 0;
  }

  /** `t` moved inside the limits along the time axis (`t` itself when it is inside). */
  #constrain(t: ZoomTransform): ZoomTransform {
    return this.#behavior.constrain()(t, this.#extent, this.#behavior.translateExtent());
  }

  /** The view: the whole element bound. */
  get #extent(): [[number, number], [number, number]] {
    return [[0, 0], [this.#limits.width, this.#limits.height]];
  }

  /** Length of the view along the time axis (px). */
  get #length(): number {
    return this.#limits.axis === 'x' ? this.#limits.width : this.#limits.height;
  }

  #position(t: ZoomTransform): number {
    return this.#limits.axis === 'x' ? t.x : t.y;
  }

  /**
   * Glides to `target`: the view's span changes geometrically and, when the two
   * views are far apart, widens on the way so both ends stay in sight.
   */
  #animate(target: ZoomTransform, duration: number): void {
    const length = this.#length;
    const view = (t: ZoomTransform) => ({ centre: (length / 2 - this.#position(t)) / t.k, size: length / t.k });
    const a = view(this.transform);
    const b = view(target);
    const distance = Math.abs(b.centre - a.centre);
    const lift = Math.max(0, Math.log((distance + (a.size + b.size) / 2) / Math.max(a.size, b.size)));
    let began: number | undefined;
    const step = (now: number) => {
      began ??= now;
      const t = Math.min(1, (now - began) / duration);
      const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2; // cubic in-out
      const size = Math.exp(Math.log(a.size) * (1 - e) + Math.log(b.size) * e + lift * Math.sin(Math.PI * e));
      const centre = a.centre + (b.centre - a.centre) * e;
      const k = length / size;
      this.#animation = t < 1 ? requestAnimationFrame(step) : 0;
      this.#behavior.transform(this.#selection!, t < 1 ? axisTransform(this.#limits.axis, k, length / 2 - centre * k) : target);
    };
    // Frame by frame, rather than with d3-timer: a timer of its own costs 0.5 kB gzipped.
    this.#animation = requestAnimationFrame(step);
  }

  #bind(): void {
    const selection = this.#selection!;
    const node = selection.node()!;
    selection.call(this.#behavior);
    selection.on('dblclick.zoom', (event: MouseEvent) => {
      // Double-click zooms in around the pointer; shift+double-click zooms out.
      this.scaleBy(event.shiftKey ? 0.5 : 2, reducedMotion() ? 0 : 250, this.#along(event));
    });
    node.addEventListener('wheel', this.#onWheel, { passive: false });
    node.addEventListener('pointerdown', this.#onPointer);
    node.addEventListener('pointermove', this.#onPointer);
    node.addEventListener('pointerup', this.#onPointer);
    node.addEventListener('pointercancel', this.#onPointer);
    this.transform = (node as HTMLElement & { __zoom?: ZoomTransform }).__zoom ?? zoomIdentity;
  }

  #changed(transform: ZoomTransform, gesture: boolean): void {
    if (transform === this.transform) return;
    this.transform = transform;
    if (!gesture) {
      // Programmatic changes and animation frames show at once.
      this.#host.requestUpdate();
      return;
    }
    // Coalesce bursts of gesture events into one update per frame.
    if (!this.#frame) {
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        this.#host.requestUpdate();
      });
    }
  }

  /** Makes `change` for the user, marked as theirs; the gesture ends when things are still a moment. */
  #byUser(change: () => void): void {
    this.stop();
    this.#panning = true;
    change();
    this.#panning = false;
    clearTimeout(this.#panEnd);
    this.#panEnd = setTimeout(() => {
      this.#panEnd = undefined;
      this.options.onUserZoomEnd?.(this.transform);
    }, 150);
  }

  #isPanWheel(event: WheelEvent): boolean {
    if (event.ctrlKey) return false;
    const along = this.#limits.axis === 'x' ? Math.abs(event.deltaX) > Math.abs(event.deltaY) : false;
    return event.shiftKey || along;
  }

  /** Where the pointer is along the time axis, in the element's own pixels. */
  #along(event: MouseEvent): number {
    return pointerIn(this.#selection!.node()!, event)[this.#limits.axis === 'x' ? 0 : 1];
  }

  readonly #onWheel = (event: WheelEvent) => {
    if (!this.#selection) return;
    if (this.#isPanWheel(event)) {
      const delta = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.deltaY;
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? this.#length : 1;
      this.#byUser(() => this.translateBy(-delta * unit));
    } else {
      // As d3-zoom's wheel: 2 ** (-deltaY / 500) a pixel (lines count 25, pages 500; a pinch
      // on a trackpad comes with ctrlKey, and ten times the zoom), about the pointer.
      const { k } = this.transform;
      const { minScale, maxScale } = this.#limits;
      const to = Math.min(maxScale, Math.max(minScale, k * 2 ** (-event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * (event.ctrlKey ? 10 : 1))));
      // At a limit, the wheel scrolls the page, unless it was zooming a moment ago.
      if (to === k && this.#panEnd === undefined) return;
      const at = this.#along(event);
      this.#byUser(() => this.scaleBy(to / k, 0, at));
    }
    event.preventDefault();
  };

  /**
   * One finger along the time axis pans, and so does the mouse with its button held; the
   * browser keeps a finger's moves across the axis (touch-action). A mouse that moved
   * further than 4 px keeps the click it ends with from selecting what it ends over.
   */
  readonly #onPointer = (event: PointerEvent) => {
    const finger = this.#finger;
    const touch = event.pointerType === 'touch';
    if (event.type === 'pointerdown') {
      const at = this.#along(event);
      this.#finger = (touch ? event.isPrimary : !event.button && !event.ctrlKey) ? { id: event.pointerId, at, from: at, dragged: false } : undefined;
    } else if (finger?.id === event.pointerId) {
      if (event.type === 'pointermove' && (touch || event.buttons)) {
        // Read only while a button or finger is down: a mouse moving over the plot costs nothing.
        const at = this.#along(event);
        if (!finger.dragged && Math.abs(at - finger.from) > 4) {
          finger.dragged = true;
          // Followed beyond the element too, as far as the button stays down.
          if (!touch) (event.currentTarget as Element).setPointerCapture(event.pointerId);
        }
        const delta = at - finger.at;
        finger.at = at;
        if (delta) this.#byUser(() => this.translateBy(delta));
      } else {
        this.#finger = undefined;
        if (finger.dragged && !touch) {
          const swallow = (click: Event) => click.stopPropagation();
          addEventListener('click', swallow, true);
          setTimeout(() => removeEventListener('click', swallow, true));
        }
      }
    }
  };
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

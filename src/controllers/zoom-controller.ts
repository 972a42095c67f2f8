// Binds d3-zoom to one element that the host renders once, and keeps the zoom
// state (`__zoom`) there. The host reads `transform` in willUpdate and derives its
// scale with `transform.rescaleX`; gestures only store the transform and ask for
// one update per animation frame.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pointer, select, type Selection } from 'd3-selection';
import { timer, type Timer } from 'd3-timer';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

type Host = ReactiveControllerHost & HTMLElement;
type ZoomEvent = D3ZoomEvent<HTMLElement, unknown>;

export interface ZoomLimits {
  /** Size of the zoomed element (px). */
  width: number;
  height: number;
  /** Smallest and largest zoom factor. */
  minScale: number;
  maxScale: number;
}

export interface ZoomControllerOptions {
  /** Called when a gesture of the user's (not a programmatic change) comes to rest. */
  onUserZoomEnd?: (transform: ZoomTransform) => void;
}

export class ZoomController implements ReactiveController {
  /** The current transform; identity until the element is attached. */
  transform: ZoomTransform = zoomIdentity;

  private readonly host: Host;
  private readonly behavior: ZoomBehavior<HTMLElement, unknown>;
  private selection?: Selection<HTMLElement, unknown, null, undefined>;
  private frame = 0;
  private animation?: Timer;
  /** A wheel pan of ours is under way: it counts as a gesture. */
  private panning = false;
  private wheelEnd?: ReturnType<typeof setTimeout>;
  private limits: ZoomLimits = { width: 0, height: 0, minScale: 1, maxScale: 1 };

  constructor(host: Host, private readonly options: ZoomControllerOptions = {}) {
    this.host = host;
    host.addController(this);
    this.behavior = zoom<HTMLElement, unknown>()
      // Horizontal swipes and shift+wheel pan (see onWheel); other wheels zoom.
      .filter((event: Event) => {
        if (event.type === 'wheel') return !isPanWheel(event as WheelEvent);
        const mouse = event as MouseEvent;
        return !mouse.ctrlKey && !mouse.button;
      })
      .extent(() => [[0, 0], [this.limits.width, this.limits.height]])
      // The time axis is horizontal: keep the view inside the data in x and ignore y.
      .constrain((transform, extent, translateExtent) => {
        const dx0 = transform.invertX(extent[0][0]) - translateExtent[0][0];
        const dx1 = transform.invertX(extent[1][0]) - translateExtent[1][0];
        const x = transform.x - transform.k * (dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1));
        return x === transform.x && transform.y === 0 ? transform : zoomIdentity.translate(x, 0).scale(transform.k);
      })
      // A gesture of the user's takes over from an animation.
      .on('start', (event: ZoomEvent) => {
        if (event.sourceEvent) this.stop();
      })
      .on('zoom', (event: ZoomEvent) => this.changed(event.transform, event.sourceEvent != null || this.panning))
      .on('end', (event: ZoomEvent) => {
        if (event.sourceEvent) this.options.onUserZoomEnd?.(event.transform);
      });
  }

  /** Binds the zoom to `element` (once; it must not be replaced while in use). */
  attach(element: HTMLElement): void {
    if (this.selection?.node() === element) return;
    this.selection = select(element);
    this.bind();
  }

  /** The element the zoom is bound to. */
  get element(): HTMLElement | undefined {
    return this.selection?.node() ?? undefined;
  }

  /** Sets the size of the view and the zoom limits, keeping the view inside them. */
  setLimits(limits: ZoomLimits): void {
    this.limits = limits;
    this.behavior
      .scaleExtent([limits.minScale, limits.maxScale])
      .translateExtent([[0, -Infinity], [limits.width, Infinity]]);
    if (this.selection) this.behavior.scaleBy(this.selection, 1);
  }

  /** Moves to `transform`, animated over `duration` ms when it is above zero. */
  setTransform(transform: ZoomTransform, duration = 0): void {
    if (!this.selection) return;
    this.stop();
    // d3's zoom.transform applies neither the scale nor the translate limits: do it here.
    const { width, height, minScale, maxScale } = this.limits;
    const k = Math.min(maxScale, Math.max(minScale, transform.k));
    const centre = transform.invertX(width / 2);
    const scaled = zoomIdentity.translate(width / 2 - centre * k, 0).scale(k);
    const target = this.behavior.constrain()(scaled, [[0, 0], [width, height]], this.behavior.translateExtent());
    if (duration > 0 && width > 0) this.animate(target, duration);
    else this.behavior.transform(this.selection, target);
  }

  /** Zooms by `factor` around the view's centre, or around `x` (px). */
  scaleBy(factor: number, duration = 0, x = this.limits.width / 2): void {
    const t = this.transform;
    const k = t.k * factor;
    this.setTransform(zoomIdentity.translate(x - (x - t.x) * factor, 0).scale(k), duration);
  }

  /** Pans by `dx` px (positive moves the content right). */
  translateBy(dx: number, duration = 0): void {
    const t = this.transform;
    this.setTransform(zoomIdentity.translate(t.x + dx, 0).scale(t.k), duration);
  }

  /** Stops an animation under way. */
  stop(): void {
    this.animation?.stop();
    this.animation = undefined;
  }

  /**
   * Glides to `target`: the view's width changes geometrically and, when the two
   * views are far apart, widens on the way so both ends stay in sight.
   */
  private animate(target: ZoomTransform, duration: number): void {
    const { width } = this.limits;
    const from = this.transform;
    const view = (t: ZoomTransform) => ({ centre: t.invertX(width / 2), size: width / t.k });
    const a = view(from);
    const b = view(target);
    const distance = Math.abs(b.centre - a.centre);
    const lift = Math.max(0, Math.log((distance + (a.size + b.size) / 2) / Math.max(a.size, b.size)));
    this.animation = timer((elapsed) => {
      const t = Math.min(1, elapsed / duration);
      const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2; // cubic in-out
      const size = Math.exp(Math.log(a.size) * (1 - e) + Math.log(b.size) * e + lift * Math.sin(Math.PI * e));
      const centre = a.centre + (b.centre - a.centre) * e;
      const k = width / size;
      this.behavior.transform(this.selection!, t < 1 ? zoomIdentity.translate(width / 2 - centre * k, 0).scale(k) : target);
      if (t >= 1) this.stop();
    });
  }

  hostConnected(): void {
    // Re-inserted into the document: bind again to the same element.
    if (this.selection) this.bind();
  }

  hostDisconnected(): void {
    this.stop();
    if (this.selection) {
      this.selection.on('.zoom', null);
      this.selection.node()?.removeEventListener('wheel', this.onWheel);
    }
    cancelAnimationFrame(this.frame);
    clearTimeout(this.wheelEnd);
    this.frame = 0;
  }

  private bind(): void {
    const selection = this.selection!;
    selection.call(this.behavior).on('dblclick.zoom', null);
    selection.on('dblclick.zoom', (event: MouseEvent) => {
      // Double-click zooms in around the pointer; shift+double-click zooms out.
      const [x] = pointer(event, selection.node());
      this.scaleBy(event.shiftKey ? 0.5 : 2, reducedMotion() ? 0 : 250, x);
    });
    selection.node()!.addEventListener('wheel', this.onWheel, { passive: false });
    this.transform = (selection.node() as HTMLElement & { __zoom?: ZoomTransform }).__zoom ?? zoomIdentity;
  }

  private changed(transform: ZoomTransform, gesture: boolean): void {
    if (transform === this.transform) return;
    this.transform = transform;
    if (!gesture) {
      // Programmatic changes and transition ticks (already one a frame) show at once.
      this.host.requestUpdate();
      return;
    }
    // Coalesce bursts of gesture events into one update per frame.
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.host.requestUpdate();
      });
    }
  }

  private readonly onWheel = (event: WheelEvent) => {
    if (!isPanWheel(event) || !this.selection) return;
    event.preventDefault();
    const delta = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.deltaY;
    const scale = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? this.limits.width : 1;
    this.panning = true;
    this.translateBy(-delta * scale);
    this.panning = false;
    // Like d3-zoom's own wheel gesture, it ends when the wheel has been still a moment.
    clearTimeout(this.wheelEnd);
    this.wheelEnd = setTimeout(() => this.options.onUserZoomEnd?.(this.transform), 150);
  };
}

/** A wheel event that means "pan": a mostly horizontal swipe, or shift with the wheel. */
function isPanWheel(event: WheelEvent): boolean {
  return !event.ctrlKey && (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY));
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

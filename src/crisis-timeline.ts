import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { axisTop } from 'd3-axis';
import { select } from 'd3-selection';
import { zoomIdentity } from 'd3-zoom';

import builtIn from './data/article-events.json';
import { fetchData, FetchDataError } from './data/fetch-data.js';
import { validate, type ResolvedEvent, type ValidationResult } from './data/validate.js';
import { MediaQueryController } from './controllers/media-query-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { buildModel, type GroupBy, type TimelineModel } from './layout/model.js';
import { packLane, type Cluster, type PlacedEvent } from './layout/pack.js';
import { parseDate, type EdtfDate } from './time/edtf.js';
import { describeDates, formatDate } from './time/format.js';
import { scaleTime, type TimeScale } from './time/scale.js';
import { axisTicks, type AxisTicks } from './time/ticks.js';
import { isTimeZone, localTimeZone, wallClock } from './time/zone.js';
import { geometry, styles } from './styles.js';
import type {
  TimelineData,
  TimelineErrorDetail,
  TimelineEvent,
  TimelineLoadDetail,
  TimelineRange,
  TimelineRangeChangeDetail,
  TimelineSelectDetail,
} from './types.js';

export * from './types.js';

declare global {
  interface HTMLElementTagNameMap {
    'crisis-timeline': CrisisTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'timeline-select': CustomEvent<TimelineSelectDetail>;
    'timeline-rangechange': CustomEvent<TimelineRangeChangeDetail>;
    'timeline-load': CustomEvent<TimelineLoadDetail>;
    'timeline-error': CustomEvent<TimelineErrorDetail>;
  }
}

/** An event placed in the view, with its vertical position. */
interface Placed extends PlacedEvent {
  y: number;
}
interface PlacedCluster extends Cluster {
  y: number;
}
interface LaneBox {
  key: string;
  label: string;
  top: number;
  height: number;
}

/** Shapes that tell categories apart without colour. */
const shapes = [
  'circle(50%)',
  'inset(8% round 1px)',
  'polygon(50% 0, 100% 50%, 50% 100%, 0 50%)',
  'polygon(50% 2%, 100% 96%, 0 96%)',
  'polygon(25% 4%, 75% 4%, 100% 50%, 75% 96%, 25% 96%, 0 50%)',
];

const hour = 36e5;
const day = 864e5;

/**
 * A zoomable timeline of events, drawn on a d3 time axis. With no data of its own it
 * shows the built-in events of a news article on the February 2022 Russia–Ukraine crisis.
 *
 * @fires timeline-select - The user selected an event (or cleared the selection). `detail: {id}`
 * @fires timeline-rangechange - The user zoomed or panned, once the gesture came to rest. `detail: {start, end}`
 * @fires timeline-load - Data was read and accepted. `detail: {count}`
 * @fires timeline-error - Data could not be loaded, or some events were refused. `detail: {message, problems}`
 *
 * @csspart base - The outer frame.
 * @csspart controls - The toolbar with the zoom buttons.
 * @csspart axis - The time axis.
 * @csspart lane - A lane of grouped events.
 * @csspart event - An event's mark and label.
 * @csspart label - An event's title.
 * @csspart cluster - A count of events too close together to draw one by one.
 * @csspart tooltip - The tooltip of the hovered or focused event.
 * @csspart detail - The detail panel of the selected event.
 * @csspart notice - The notice listing problems with the data.
 *
 * @cssprop --crisis-timeline-height - Height of the component (default 500px).
 * @cssprop --crisis-timeline-font - Font family.
 * @cssprop --crisis-timeline-font-size - Base font size (default 13px).
 * @cssprop --crisis-timeline-background - Background colour.
 * @cssprop --crisis-timeline-color - Text colour.
 * @cssprop --crisis-timeline-muted-color - Colour of secondary text and axis labels.
 * @cssprop --crisis-timeline-line-color - Colour of borders and grid lines.
 * @cssprop --crisis-timeline-surface - Background of the toolbar, clusters and quotes.
 * @cssprop --crisis-timeline-accent - Colour of links.
 * @cssprop --crisis-timeline-focus-color - Colour of the focus ring.
 * @cssprop --crisis-timeline-now-color - Colour of the reference date line.
 * @cssprop --crisis-timeline-error-color - Colour of error notices.
 * @cssprop --crisis-timeline-radius - Corner radius of the frame.
 * @cssprop --crisis-timeline-category-{id} - Colour of the events of category {id} (e.g. `--crisis-timeline-category-military`).
 */
@customElement('crisis-timeline')
export class CrisisTimeline extends LitElement {
  static override styles = styles;

  /** URL of a JSON dataset: an array of events, or an object with `events` (and `meta`). */
  @property() src?: string;

  /** First visible date (ISO 8601 / EDTF); with `end`, sets the first view. */
  @property() start?: string;

  /** Last visible date (ISO 8601 / EDTF); with `start`, sets the first view. */
  @property() end?: string;

  /** Accessible name of the timeline. */
  @property() label = 'Timeline';

  /** Id of the selected event; follows the user's selection. */
  @property({ reflect: true }) selected: string | null = null;

  /** Colour theme: `light`, `dark`, or `auto` (follows the reader's colour scheme). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** BCP 47 locale for dates and tick labels; defaults to the nearest `lang`, then the browser's. */
  @property() locale?: string;

  /** IANA time zone (or `UTC`) in which times are shown; date-only events never move a day. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Lanes: `none`, `category` or `actor` (an event goes in the lane of its first actor). */
  @property({ attribute: 'group-by' }) groupBy: GroupBy = 'none';

  /** Reference date drawn as a labelled line; defaults to the dataset's `meta.now`. */
  @property() now?: string;

  /** The accepted events, each with its id, in chronological order. Setting it replaces the data. */
  get events(): TimelineEvent[] {
    return this.data.events.map((e) => e.event);
  }
  set events(value: TimelineData | null | undefined) {
    const old = this.events;
    this.assignedData = value ?? undefined;
    this.dataChanged();
    this.requestUpdate('events', old);
  }

  /** The time range in view (wall-clock time in the display zone, on the UTC calendar). */
  get visibleRange(): TimelineRange {
    const [start, end] = this.scale.domain();
    return { start, end };
  }

  // Private state

  @state() private data: ValidationResult = { events: [], meta: {}, problems: [] };
  @state() private loading = false;
  @state() private loadError: string | null = null;
  @state() private noticeOpen = false;
  @state() private hovered = -1;

  @query('.plot') private plot!: HTMLElement;
  @query('.axis') private axisNode!: SVGSVGElement;

  private readonly zoom = new ZoomController(this, { onUserZoomEnd: () => this.onUserZoomEnd() });
  private readonly size = new ResizeController(this);
  private readonly darkScheme = new MediaQueryController(this, '(prefers-color-scheme: dark)');

  private assignedData?: TimelineData;
  private dataRead = false;
  private loadRequest?: AbortController;
  private model: TimelineModel = buildModel([], { wallClock: (t) => t, groupBy: 'none', categories: null, meta: {} });
  private modelStale = true;
  private baseScale: TimeScale = scaleTime();
  private scale: TimeScale = scaleTime();
  private placed: Placed[] = [];
  private clusters: PlacedCluster[] = [];
  private laneBoxes: LaneBox[] = [];
  private ticks: AxisTicks = { unit: 'year', minor: [], major: [] };
  /** The view to show once the size is known: a time window, or everything. */
  private pendingView: [number, number] | 'fit' | null = null;
  private labelWidths = new Float32Array(0);
  private measureContext?: CanvasRenderingContext2D | null;
  private categoryIndex = new Map<string, number>();
  private limits = '';

  // Lifecycle

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadRequest?.abort();
  }

  protected override firstUpdated(): void {
    this.zoom.attach(this.plot);
    this.size.observe(this.plot);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first update reads the data; later, a new src replaces it (unless `events` was set).
    if (!this.hasUpdated ? !this.dataRead : changed.has('src')) this.dataChanged();
    if (changed.has('timeZone') || changed.has('groupBy') || changed.has('now')) this.modelStale = true;
    if (this.modelStale) this.rebuildModel();
    if ((changed.has('start') || changed.has('end')) && this.hasUpdated) this.pendingView = this.requestedView() ?? this.pendingView;

    const { width, height } = this.size;
    if (width <= 0) return;
    this.updateZoomLimits(width, height);
    if (this.pendingView) {
      const view = this.pendingView;
      this.pendingView = null;
      this.zoom.setTransform(view === 'fit' ? zoomIdentity : this.transformFor(view[0], view[1]));
    }
    this.scale = this.zoom.transform.rescaleX(this.baseScale);
    this.ticks = axisTicks(this.scale, { locale: this.resolvedLocale });
    this.layOut(width, height);
  }

  protected override updated(): void {
    this.drawAxis();
  }

  // Public methods

  /** Shows the time from `start` to `end` (Dates, or ISO 8601 / EDTF strings). */
  zoomTo(start: Date | string | number, end: Date | string | number, options: { animate?: boolean } = {}): void {
    const from = toTime(start, 'min');
    const to = toTime(end, 'max');
    if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) {
      console.warn(`<crisis-timeline> zoomTo(${String(start)}, ${String(end)}): not a time range.`);
      return;
    }
    if (!this.size.width) {
      this.pendingView = [from, to];
      return;
    }
    this.zoom.setTransform(this.transformFor(from, to), options.animate ? this.animationTime : 0);
  }

  /** Shows every event. */
  fit(options: { animate?: boolean } = {}): void {
    if (!this.size.width) {
      this.pendingView = 'fit';
      return;
    }
    this.zoom.setTransform(zoomIdentity, options.animate ? this.animationTime : 0);
  }

  /** Selects the event with this id (null clears the selection), brings it into view and opens its details. */
  select(id: string | null, options: { animate?: boolean } = {}): void {
    const index = id === null ? -1 : this.model.indexOf.get(id) ?? -1;
    if (id !== null && index < 0) {
      console.warn(`<crisis-timeline> select("${id}"): there is no event with that id.`);
      return;
    }
    this.selected = id;
    if (index >= 0) this.reveal(index, options.animate ?? true);
  }

  // Rendering

  protected override render(): TemplateResult {
    const selectedIndex = this.selectedIndex;
    return html`
      <div part="base" class="base ${this.isDark ? 'dark' : ''}" role="region" aria-label=${this.label} aria-roledescription="timeline">
        <div class="controls" part="controls">
          <button type="button" @click=${this.onZoomIn} aria-label="Zoom in" title="Zoom in">${icons.plus}</button>
          <button type="button" @click=${this.onZoomOut} aria-label="Zoom out" title="Zoom out">${icons.minus}</button>
          <button type="button" @click=${this.onFit} aria-label="Show all events" title="Show all events">${icons.fit}<span>All</span></button>
          <span class="range" aria-live="off">${this.rangeText()}</span>
        </div>
        <div class="plot" @click=${this.onPlotClick}>
          <svg class="axis" part="axis" aria-hidden="true">
            <g class="grid" transform="translate(0,${geometry.axisHeight})"></g>
            <g class="major" transform="translate(0,18)"></g>
            <g class="minor" transform="translate(0,${geometry.axisHeight - 6})"></g>
          </svg>
          <div class="axis-rule"></div>
          <div class="lanes">
            ${this.laneBoxes.map(
              (lane) => html`<div class="lane" part="lane" style="top:${lane.top}px;height:${lane.height}px">
                ${lane.label ? html`<span class="lane-label">${lane.label}</span>` : nothing}
              </div>`,
            )}
          </div>
          ${this.renderNow()}
          <ol
            class="events"
            role="listbox"
            aria-label="Events"
            @click=${this.onEventClick}
            @pointerover=${this.onEventHover}
            @pointerleave=${this.onEventLeave}
          >
            ${repeat(this.placed, (p) => p.index, (p) => this.renderEvent(p, p.index === selectedIndex))}
          </ol>
          ${this.clusters.map(
            (c) => html`<button
              type="button"
              class="cluster"
              part="cluster"
              style="transform:translate(${(c.x0 + c.x1) / 2}px,${c.y}px) translateX(-50%);max-width:${Math.max(c.x1 - c.x0 - 2, 20)}px"
              aria-label="${c.count} more events; zoom in to see them"
              title="${c.count} more events: zoom in"
              @click=${(e: Event) => this.onClusterClick(e, c)}
            >
              +${compactCount(c.count)}
            </button>`,
          )}
          ${this.renderTooltip()}
          ${this.loading ? html`<div class="status" role="status">Loading events…</div>` : nothing}
          ${!this.loading && !this.loadError && this.data.events.length === 0
            ? html`<div class="status" role="status">No events to show.</div>`
            : nothing}
        </div>
        ${selectedIndex >= 0 ? this.renderDetail(this.model.events[selectedIndex]) : nothing}
        ${this.renderNotice()}
      </div>
    `;
  }

  private renderEvent(p: Placed, selected: boolean): TemplateResult {
    const { event, start, end } = this.model.events[p.index];
    const range = end !== null;
    const fuzzyStart = range && (start.approximate || start.uncertain || isCoarse(start));
    const fuzzyEnd = range && (end === 'open' || end.approximate || end.uncertain || isCoarse(end));
    const right = Math.max(p.x1, p.labelX + p.labelWidth);
    let band: TemplateResult | typeof nothing = nothing;
    if (!range && (isCoarse(start) || start.approximate || start.uncertain)) {
      const b0 = this.scale(this.model.bandFrom[p.index]);
      const b1 = this.scale(this.model.bandTo[p.index]);
      if (b1 - b0 > geometry.markSize * 1.5) {
        band = html`<span class="band ${start.approximate || start.uncertain ? 'fuzzy' : ''}" style="left:${b0 - p.x0}px;width:${b1 - b0}px"></span>`;
      }
    }
    const classes = `event ${range ? 'range' : 'point'} ${event.status}${selected ? ' selected' : ''}${
      fuzzyStart ? ' fuzzy-start' : ''}${fuzzyEnd ? ' fuzzy-end' : ''}${p.truncated ? ' truncated' : ''}`;
    return html`<li
      class=${classes}
      part="event"
      data-id=${event.id}
      role="option"
      aria-selected=${selected ? 'true' : 'false'}
      aria-label=${this.accessibleText(p.index)}
      tabindex=${selected || (this.selectedIndex < 0 && p === this.placed[0]) ? '0' : '-1'}
      style="transform:translate(${p.x0}px,${p.y}px);width:${right - p.x0}px;${this.colorStyle(event.category)}"
    >${band}<span class="mark" style=${range ? `width:${p.x1 - p.x0}px` : ''}></span><span
        class="label"
        part="label"
        style="left:${p.labelX - p.x0}px;max-width:${p.labelWidth}px"
        >${event.title}</span
      ></li>`;
  }

  private renderNow(): TemplateResult | typeof nothing {
    const now = this.nowDate;
    if (!now) return nothing;
    const x = this.scale((now.min + now.max) / 2);
    if (x < 0 || x > this.size.width) return nothing;
    return html`<div class="now" style="left:${x}px" aria-hidden="true"><span>${this.nowLabel(now)}</span></div>`;
  }

  private renderTooltip(): TemplateResult | typeof nothing {
    const p = this.placed.find((e) => e.index === this.hovered);
    if (!p) return nothing;
    const resolved = this.model.events[p.index];
    const below = p.y + geometry.eventHeight + 64 < this.size.height;
    const left = Math.min(Math.max(p.x0, 4), Math.max(4, this.size.width - 324));
    const top = below ? p.y + geometry.eventHeight + 4 : p.y - 4;
    return html`<div
      class="tooltip"
      part="tooltip"
      role="tooltip"
      style="left:${left}px;top:${top}px;${below ? '' : 'transform:translateY(-100%)'}"
    >
      <strong>${resolved.event.title}</strong>
      ${this.dateText(resolved)} · ${statusWords[resolved.event.status]}
    </div>`;
  }

  private renderDetail(resolved: ResolvedEvent): TemplateResult {
    const { event } = resolved;
    const source = event.source;
    const document = this.data.meta.documents?.find((d) => d.id === source?.document) ?? this.data.meta.documents?.[0];
    const url = source?.url ?? document?.url;
    return html`<aside part="detail" class="detail" aria-label="Event details" style=${this.colorStyle(event.category)}>
      <button type="button" class="close" aria-label="Close details" @click=${this.onCloseDetail}>×</button>
      <h2>${event.title}</h2>
      <p class="when">
        ${this.dateText(resolved)}<span class="badge">${statusWords[event.status]}</span>
      </p>
      ${event.summary ? html`<p>${event.summary}</p>` : nothing}
      <dl>
        ${event.category ? html`<dt>Category</dt><dd>${this.categoryLabel(event.category)}</dd>` : nothing}
        ${event.actors.length ? html`<dt>Actors</dt><dd>${event.actors.join(', ')}</dd>` : nothing}
        ${event.place ? html`<dt>Place</dt><dd>${event.place}</dd>` : nothing}
      </dl>
      ${source
        ? html`<blockquote>
            “${source.quote}”
            ${document || url
              ? html`<cite
                  >${url
                    ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${document?.title ?? 'Source'}</a>`
                    : document?.title}${document?.publisher ? `, ${document.publisher}` : ''}${document?.published
                    ? `, ${this.formatEdtf(document.published)}`
                    : ''}</cite
                >`
              : nothing}
          </blockquote>`
        : nothing}
      ${event.dateNote ? html`<p class="note"><strong>About the date:</strong> ${event.dateNote}</p>` : nothing}
    </aside>`;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const errors = this.data.problems.filter((p) => p.level !== 'warning');
    if (!this.loadError && errors.length === 0) return nothing;
    return html`<div class="notice" part="notice" role="alert" ?hidden=${!this.noticeOpen}>
      <button type="button" class="close" aria-label="Dismiss" @click=${this.onDismissNotice}>×</button>
      ${this.loadError
        ? html`<strong>The events could not be loaded.</strong> ${this.loadError}
            <div><button type="button" class="retry" @click=${this.onRetry}>Try again</button></div>`
        : html`<strong>${errors.length} ${errors.length === 1 ? 'event was' : 'events were'} left out:</strong>
            <ul>
              ${errors.slice(0, 3).map((p) => html`<li>${p.message}</li>`)}
            </ul>
            ${errors.length > 3 ? html`<div>…and ${errors.length - 3} more (see the timeline-error event).</div>` : nothing}`}
    </div>`;
  }

  /** Draws the axis with d3 into the groups rendered above. */
  private drawAxis(): void {
    if (!this.axisNode || !this.size.width) return;
    const svg = select(this.axisNode);
    const scale = this.scale;
    const { minor, major } = this.ticks;
    const labelOf = (ticks: typeof minor) => {
      const labels = new Map(ticks.map((t) => [t.value, t.label]));
      return (d: Date | { valueOf(): number }) => labels.get(+d) ?? '';
    };
    svg
      .select<SVGGElement>('.minor')
      .call(axisTop<Date>(scale).tickValues(minor.map((t) => new Date(t.value))).tickFormat(labelOf(minor)).tickSizeOuter(0).tickSize(4));
    svg
      .select<SVGGElement>('.grid')
      .call(axisTop<Date>(scale).tickValues(minor.map((t) => new Date(t.value))).tickFormat(() => '').tickSizeOuter(0).tickSize(-this.size.height));
    const majorGroup = svg.select<SVGGElement>('.major');
    majorGroup.call(
      axisTop<Date>(scale).tickValues(major.map((t) => new Date(t.value))).tickFormat(labelOf(major)).tickSizeOuter(0).tickSize(0),
    );
    // Major labels start at their boundary; the one already in force sticks to the left edge.
    const positions = major.map((t) => scale(t.value));
    majorGroup.selectAll<SVGTextElement, unknown>('text').each(function (_, i) {
      const x = positions[i];
      const shift = Math.max(0, 4 - x) + 4;
      const next = positions[i + 1] ?? Infinity;
      const width = this.getComputedTextLength();
      select(this)
        .attr('text-anchor', 'start')
        .attr('x', shift)
        .attr('dy', '0')
        .attr('opacity', x + shift + width + 8 > next ? 0 : 1);
    });
  }

  // Layout

  private layOut(width: number, height: number): void {
    const { lanes } = this.model;
    const top = geometry.axisHeight + 4;
    const available = Math.max(0, height - top - 2);
    const header = this.groupBy === 'none' ? 0 : geometry.laneHeader;
    const laneHeight = lanes.length ? available / lanes.length : available;
    const rows = Math.max(2, Math.floor((laneHeight - header) / geometry.rowHeight));
    const [d0, d1] = this.scale.domain().map(Number);
    const k = width / (d1 - d0);
    const b = -d0 * k;
    const bucket = cellSize(geometry.clusterCell / k);
    const pinned = this.selectedIndex >= 0 ? this.selectedIndex : undefined;
    const placed: Placed[] = [];
    const clusters: PlacedCluster[] = [];
    this.laneBoxes = lanes.map((lane, i) => {
      const laneTop = top + i * laneHeight;
      const y0 = laneTop + header + (geometry.rowHeight - geometry.eventHeight) / 2;
      const layout = packLane(lane.events, {
        k,
        b,
        width,
        rows,
        markRadius: geometry.markSize / 2,
        minBar: geometry.minBar,
        gap: geometry.gap,
        labelGap: geometry.labelGap,
        minLabel: geometry.minLabel,
        bucket,
        labelWidth: this.labelWidth,
        pinned,
      });
      for (const e of layout.events) placed.push({ ...e, y: y0 + e.row * geometry.rowHeight });
      for (const c of layout.clusters) clusters.push({ ...c, y: y0 + c.row * geometry.rowHeight });
      return { key: lane.key, label: lane.label, top: laneTop - 2, height: laneHeight };
    });
    // Chronological order in the DOM, for reading and tabbing.
    placed.sort((a, b) => a.index - b.index);
    this.placed = placed;
    this.clusters = clusters;
  }

  private readonly labelWidth = (index: number): number => {
    let width = this.labelWidths[index];
    if (Number.isNaN(width)) {
      this.measureContext ??= document.createElement('canvas').getContext('2d');
      const context = this.measureContext;
      const title = this.model.events[index].event.title;
      if (context) {
        const style = getComputedStyle(this);
        context.font = `${style.fontSize} ${style.fontFamily}`;
        width = context.measureText(title).width + 2;
      } else {
        width = title.length * 7;
      }
      width = Math.min(geometry.maxLabel, Math.ceil(width));
      this.labelWidths[index] = width;
    }
    return width;
  };

  private rebuildModel(): void {
    this.modelStale = false;
    const { events, meta } = this.data;
    const zone = this.timeZone && isTimeZone(this.timeZone) ? this.timeZone : localTimeZone();
    const now = this.nowDate;
    this.model = buildModel(events, {
      wallClock: wallClock(zone),
      groupBy: this.groupBy === 'category' || this.groupBy === 'actor' ? this.groupBy : 'none',
      categories: null,
      meta,
      openEndAt: now ? now.max : undefined,
    });
    this.labelWidths = new Float32Array(events.length).fill(NaN);
    this.categoryIndex = new Map();
    for (const c of meta.categories ?? []) this.categoryIndex.set(c.id, this.categoryIndex.size);
    for (const e of events) {
      const c = e.event.category;
      if (c !== undefined && !this.categoryIndex.has(c)) this.categoryIndex.set(c, this.categoryIndex.size);
    }
    this.limits = '';
  }

  /** Sets the base scale (everything in view at zoom 1) and the zoom limits when they change. */
  private updateZoomLimits(width: number, height: number): void {
    let [min, max] = this.model.extent;
    const now = this.nowDate;
    if (Number.isNaN(min)) {
      const centre = now ? now.min : Date.now();
      [min, max] = [centre - 30 * day, centre + 30 * day];
    }
    const span = Math.max(max - min, day);
    const margin = span * 0.05;
    const domain = [min - margin, min + span + margin];
    const key = `${domain}|${width}|${height}`;
    if (key === this.limits) return;
    const previous = this.limits ? this.scale.domain().map(Number) : null;
    this.limits = key;
    this.baseScale = scaleTime(domain, [0, width]);
    const full = domain[1] - domain[0];
    this.zoom.setLimits({ width, height, minScale: 1, maxScale: Math.max(1, full / hour) });
    if (previous && !this.pendingView) this.pendingView = [previous[0], previous[1]];
    if (!previous && !this.pendingView) this.pendingView = this.requestedView() ?? this.focusView() ?? 'fit';
  }

  /** The zoom transform that shows [from, to]. */
  private transformFor(from: number, to: number) {
    const x0 = this.baseScale(from);
    const x1 = this.baseScale(to);
    const k = this.size.width / Math.max(x1 - x0, 1e-9);
    return zoomIdentity.scale(k).translate(-x0, 0);
  }

  /** Moves the view, if need be, so the event at `index` is in it. */
  private reveal(index: number, animate: boolean): void {
    const from = this.model.from[index];
    const to = this.model.to[index];
    const [v0, v1] = this.scale.domain().map(Number);
    const span = v1 - v0;
    if (from >= v0 + span * 0.05 && Math.min(to, from + span * 0.5) <= v1 - span * 0.3) return;
    // Centre it, zooming out if it is wider than the view, in for a point seen from far away.
    const width = Math.max(to - from, Math.min(span, 14 * day));
    const wanted = Math.max(width * 1.6, Math.min(span, width * 4));
    const centre = (from + to) / 2;
    this.zoomTo(centre - wanted / 2, centre + wanted / 2, { animate });
  }

  // Data

  /** Reads the data from wherever it comes: the `events` property, `src`, inline JSON, or the built-in dataset. */
  private dataChanged(): void {
    this.dataRead = true;
    this.loadRequest?.abort();
    this.loadRequest = undefined;
    this.loading = false;
    this.loadError = null;
    if (this.assignedData !== undefined) {
      this.accept(this.assignedData);
    } else if (this.src) {
      void this.load(this.src);
    } else {
      const inline = this.querySelector(':scope > script[type="application/json"]');
      if (inline) {
        try {
          this.accept(JSON.parse(inline.textContent ?? ''));
        } catch (error) {
          this.fail(`The inline JSON data is not valid JSON (${(error as Error).message}).`);
        }
      } else {
        this.accept(builtIn);
      }
    }
  }

  private async load(url: string): Promise<void> {
    const request = new AbortController();
    this.loadRequest = request;
    this.loading = true;
    try {
      const data = await fetchData(url, { signal: request.signal });
      if (this.loadRequest !== request) return;
      this.loading = false;
      this.accept(data);
    } catch (error) {
      if (this.loadRequest !== request || (error instanceof FetchDataError && error.kind === 'aborted')) return;
      this.loading = false;
      this.fail((error as Error).message);
    }
  }

  private accept(input: unknown): void {
    const result = validate(input);
    this.data = result;
    this.modelStale = true;
    this.pendingView = this.requestedView() ?? this.focusView() ?? 'fit';
    if (this.selected !== null && !result.events.some((e) => e.event.id === this.selected)) this.selected = null;
    const errors = result.problems.filter((p) => p.level !== 'warning');
    this.noticeOpen = errors.length > 0;
    if (result.problems.length) {
      console.groupCollapsed(`<crisis-timeline>: ${result.problems.length} problem(s) with the data`);
      for (const p of result.problems) console.warn(p.message);
      console.groupEnd();
    }
    if (errors.length) {
      const message = `${errors.length} of the events could not be used.`;
      this.emit<TimelineErrorDetail>('timeline-error', { message, problems: result.problems });
    }
    this.emit<TimelineLoadDetail>('timeline-load', { count: result.events.length });
  }

  private fail(message: string): void {
    this.data = { events: [], meta: {}, problems: [] };
    this.modelStale = true;
    this.loadError = message;
    this.noticeOpen = true;
    console.warn(`<crisis-timeline>: ${message}`);
    this.emit<TimelineErrorDetail>('timeline-error', { message, problems: [{ message }] });
  }

  // Event handlers

  private readonly onZoomIn = () => this.zoom.scaleBy(2, this.animationTime);
  private readonly onZoomOut = () => this.zoom.scaleBy(0.5, this.animationTime);
  private readonly onFit = () => this.fit({ animate: true });

  private onUserZoomEnd(): void {
    this.emit<TimelineRangeChangeDetail>('timeline-rangechange', this.visibleRange);
  }

  private onEventClick(event: MouseEvent): void {
    const id = (event.target as Element).closest<HTMLElement>('[data-id]')?.dataset.id;
    if (id === undefined) return;
    event.stopPropagation();
    this.userSelect(id === this.selected ? null : id);
  }

  private onPlotClick(event: MouseEvent): void {
    // A click on the empty plot (not a drag) clears the selection.
    if (event.target === this.plot && this.selected !== null) this.userSelect(null);
  }

  private userSelect(id: string | null): void {
    this.selected = id;
    this.emit<TimelineSelectDetail>('timeline-select', { id });
  }

  private onEventHover(event: PointerEvent): void {
    const id = (event.target as Element).closest<HTMLElement>('[data-id]')?.dataset.id;
    this.hovered = id === undefined ? -1 : this.model.indexOf.get(id) ?? -1;
  }

  private onEventLeave(): void {
    this.hovered = -1;
  }

  private onClusterClick(event: Event, cluster: Cluster): void {
    event.stopPropagation();
    const span = Math.max(cluster.end - cluster.start, hour);
    this.zoomTo(cluster.start - span * 0.1, cluster.start + span * 1.1, { animate: true });
    this.emitRangeLater();
  }

  private onCloseDetail(): void {
    this.userSelect(null);
  }

  private onDismissNotice(): void {
    this.noticeOpen = false;
  }

  private onRetry(): void {
    this.dataChanged();
  }

  // Helpers

  private emit<T>(type: keyof GlobalEventHandlersEventMap, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  /** After an animated change the user asked for, report the range it arrives at. */
  private emitRangeLater(): void {
    setTimeout(() => this.onUserZoomEnd(), this.animationTime + 20);
  }

  private get selectedIndex(): number {
    return this.selected === null ? -1 : this.model.indexOf.get(this.selected) ?? -1;
  }

  private get isDark(): boolean {
    return this.theme === 'dark' || (this.theme === 'auto' && this.darkScheme.matches);
  }

  private get animationTime(): number {
    return matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 600;
  }

  private get resolvedLocale(): string | undefined {
    const lang = this.locale || this.closest('[lang]')?.getAttribute('lang') || undefined;
    if (!lang) return undefined;
    try {
      return Intl.DateTimeFormat.supportedLocalesOf(lang).length ? lang : undefined;
    } catch {
      return undefined;
    }
  }

  private get nowDate(): EdtfDate | null {
    const text = this.now ?? this.data.meta.now;
    if (!text) return null;
    try {
      return parseDate(text);
    } catch {
      return null;
    }
  }

  private nowLabel(now: EdtfDate): string {
    const date = formatDate(now, { locale: this.resolvedLocale, short: true });
    const document = this.data.meta.documents?.find((d) => d.published === (this.now ?? this.data.meta.now));
    return this.now === undefined && document ? `Article published, ${date}` : date;
  }

  /** The view the `start` and `end` attributes ask for, if both are valid dates. */
  private requestedView(): [number, number] | null {
    if (!this.start || !this.end) return null;
    const from = toTime(this.start, 'min');
    const to = toTime(this.end, 'max');
    if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) {
      console.warn(`<crisis-timeline>: start="${this.start}" end="${this.end}" is not a time range; showing the data's own view.`);
      return null;
    }
    return [from, to];
  }

  /** The dataset's focus window (`meta.focus`). */
  private focusView(): [number, number] | null {
    const focus = this.data.meta.focus;
    if (!focus) return null;
    const from = toTime(focus.start, 'min');
    const to = toTime(focus.end, 'max');
    return to > from ? [from, to] : null;
  }

  private dateText(resolved: ResolvedEvent): string {
    return describeDates(resolved.start, resolved.end, resolved.startUnknown, {
      locale: this.resolvedLocale,
      timeZone: this.timeZone && isTimeZone(this.timeZone) ? this.timeZone : undefined,
    });
  }

  private formatEdtf(text: string): string {
    try {
      return formatDate(parseDate(text), { locale: this.resolvedLocale });
    } catch {
      return text;
    }
  }

  private accessibleText(index: number): string {
    const resolved = this.model.events[index];
    const { event } = resolved;
    const parts = [event.title, this.dateText(resolved), statusWords[event.status]];
    if (event.category) parts.push(this.categoryLabel(event.category));
    return parts.join(', ');
  }

  private categoryLabel(id: string): string {
    return this.data.meta.categories?.find((c) => c.id === id)?.label ?? id;
  }

  private colorStyle(category: string | undefined): string {
    if (category === undefined) return '';
    const i = this.categoryIndex.get(category) ?? 0;
    const name = category.toLowerCase().replace(/[^a-z0-9-]/g, '-');
    return `--_color:var(--crisis-timeline-category-${name},var(--_palette-${i % 8}));--_shape:${shapes[i % shapes.length]}`;
  }

  private rangeText(): string {
    if (!this.size.width || !this.data.events.length) return '';
    const [start, end] = this.scale.domain();
    const span = +end - +start;
    const options: Intl.DateTimeFormatOptions =
      span > 3 * 365 * day ? { year: 'numeric' } : span > 60 * day ? { year: 'numeric', month: 'short' } : { year: 'numeric', month: 'short', day: 'numeric' };
    const format = new Intl.DateTimeFormat(this.resolvedLocale, { ...options, timeZone: 'UTC' });
    return format.formatRange(start, end);
  }
}

const statusWords = { reported: 'Reported', ongoing: 'Ongoing', expected: 'Expected' } as const;

const icons = {
  plus: html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 3v10M3 8h10" /></svg>`,
  minus: html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10" /></svg>`,
  fit: html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2 5V2h3M11 2h3v3M14 11v3h-3M5 14H2v-3" /></svg>`,
};

/** A date given as a Date, a number (ms) or an ISO 8601 / EDTF string, as wall-clock ms. */
function toTime(value: Date | string | number, edge: 'min' | 'max'): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  try {
    const date = parseDate(String(value).trim());
    return edge === 'min' ? date.min : date.max;
  } catch {
    return NaN;
  }
}

/** Dates known only to the month or coarser. */
function isCoarse(date: EdtfDate): boolean {
  return date.precision !== 'day' && date.precision !== 'minute' && date.precision !== 'second';
}

/** A cluster cell: a power of two of ms near `ms`, so cells stay put while the view pans. */
function cellSize(ms: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(ms, 1)));
}

function compactCount(count: number): string {
  return count < 1000 ? String(count) : count < 1e6 ? `${Math.round(count / 100) / 10}k` : `${Math.round(count / 1e5) / 10}M`;
}

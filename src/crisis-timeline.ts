import { LitElement, adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssom } from './directives/cssom-style.js';

import { categoryList, type CategoryList } from './data/category-list.js';
import { isTimelineJs } from './data/is-timelinejs.js';
import type { ResolvedEvent } from './data/event-list.js';
import { noEvents, validate, validateInSlices, type ValidationResult } from './data/validate.js';
import type { HashSyncController } from './controllers/hash-sync-controller.js';
import { MediaQueryController } from './controllers/media-query-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { axisTransform, pointerIn, ZoomController, type TimeAxis } from './controllers/zoom-controller.js';
import { buildModel, fewerLanes, type GroupBy, type Lane, type TimelineModel } from './layout/model.js';
import { packLane, type Cluster, type PackOptions, type PlacedEvent } from './layout/pack.js';
import { firstWhere } from './layout/lane.js';
import { textWidths } from './layout/text-width.js';
import { titleSpans } from './layout/title-spans.js';
import { badgeAt, clearBadges, drawBadges, forgetTextWidths, readLook, type Badge, type BadgeLook } from './parts/cluster-layer.js';
import { drawAxis } from './parts/axis.js';
import { renderLegend } from './parts/legend.js';
import type { Warnings } from './parts/warnings.js';
import { compactCount, countWords, statusWords } from './parts/words.js';
import { parseDate, type EdtfDate } from './time/edtf.js';
import { parseDuration } from './time/duration.js';
import { dateFormat, describeDates, formatDate } from './time/format.js';
import { scaleTime, type TimeScale } from './time/scale.js';
import { axisTicks, type AxisTicks } from './time/ticks.js';
import { isTimeZone, localWallClock, wallClock, type WallClock } from './time/zone.js';
import * as geometry from './geometry.js';
import { styles } from './styles.js';
import type {
  DataProblem,
  TimelineData,
  TimelineErrorDetail,
  TimelineEvent,
  TimelineLoadDetail,
  TimelineMeta,
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

/** An event placed in the view, with its vertical position and lane. */
interface Placed extends PlacedEvent {
  y: number;
  lane: number;
  /** Laid out with rails: a bar beyond its title runs beneath later events. */
  rail: boolean;
  /** Down a vertical axis, the columns its title may take (see title-spans.ts). */
  span?: number;
}
interface PlacedCluster extends Cluster {
  y: number;
  lane: number;
  /** Names it from frame to frame (its lane and cell): for its button, the pointer, and keyed rendering. */
  key: string;
}
interface LaneBox {
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
const listPage = 200;
/** Datasets larger than this are read in slices of `slice` events, each in a task of its own. */
const sliceAbove = 150_000;
const slice = 100_000;
/** The most events drawn one by one at a time; the rest are counted in clusters. */
const maxPlaced = 250;

/** Accepted values of the enumerated attributes; the first is the default. */
const choices = {
  theme: ['light', 'dark', 'auto'],
  'group-by': ['none', 'category', 'actor'],
  view: ['timeline', 'list'],
  orientation: ['horizontal', 'vertical', 'auto'],
} as const;

/** The most categories the legend has a toggle for. */
const legendMax = 40;
/** Below this width (px), orientation="auto" turns the timeline vertical (if its lanes fit side by side). */
export const verticalBelow = 560;

// A page's first Intl date format loads its locale's data, and its first canvas text sets
// up glyphs: about 40 and 20 ms here. Done while the page is idle after this module loads,
// they are no part of a timeline's first render.
whenIdle(() => {
  new Intl.DateTimeFormat(undefined, { timeZone: 'UTC' }).format(0);
  document.createElement('canvas').getContext('2d')?.fillText('+1', 0, 0);
});

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
 * @csspart controls - The toolbar with the zoom, story and view buttons.
 * @csspart axis - The time axis.
 * @csspart lane - A lane of grouped events.
 * @csspart event - An event's mark and label.
 * @csspart selected - Added to the selected event's `event` part: style it with `::part(event selected)`.
 * @csspart label - An event's title.
 * @csspart cluster - The look of the badges counting events too close together to draw one by one: they are drawn on a canvas in its computed colours, border, radius, padding and font.
 * @csspart tooltip - The tooltip of the hovered or focused event (none over the selected one, whose detail panel is open).
 * @csspart detail - The detail panel of the selected event.
 * @csspart legend - The legend: category toggles and the key to the marks, rails and clusters.
 * @csspart list - The list view.
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
 * @cssprop --crisis-timeline-accent - Colour of links and the selection.
 * @cssprop --crisis-timeline-focus-color - Colour of the focus ring.
 * @cssprop --crisis-timeline-now-color - Colour of the reference date line.
 * @cssprop --crisis-timeline-error-color - Colour of error notices.
 * @cssprop --crisis-timeline-radius - Corner radius of the frame.
 * @cssprop --crisis-timeline-category-{id} - Colour of the events of category {id} (e.g. `--crisis-timeline-category-military`).
 */
export class CrisisTimeline extends LitElement {
  static override styles = styles;

  // The reactive properties (described where each is declared below) are listed here
  // rather than marked with decorators, whose helpers cost the bundle 0.5 kB gzipped.
  static override properties = {
    src: {},
    start: {},
    end: {},
    label: {},
    selected: { reflect: true },
    theme: {},
    locale: {},
    timeZone: { attribute: 'time-zone' },
    groupBy: { attribute: 'group-by' },
    categories: { reflect: true },
    now: {},
    minSpan: { attribute: 'min-span' },
    maxSpan: { attribute: 'max-span' },
    orientation: {},
    view: { reflect: true },
    noControls: { type: Boolean, attribute: 'no-controls' },
    noLegend: { type: Boolean, attribute: 'no-legend' },
    noTooltip: { type: Boolean, attribute: 'no-tooltip' },
    hashSync: { type: Boolean, attribute: 'hash-sync' },
    data: { state: true },
    loading: { state: true },
    loadError: { state: true },
    noticeOpen: { state: true },
    hovered: { state: true },
    focused: { state: true },
    announcement: { state: true },
    listLength: { state: true },
    keyOpen: { state: true },
    hoveredCluster: { state: true },
  };

  /** URL of a JSON dataset: an array of events, an object with `events` (and `meta`), or TimelineJS3 JSON. */
  src?: string;

  /** First visible date (ISO 8601 / EDTF); with `end`, sets the view. */
  start?: string;

  /** Last visible date (ISO 8601 / EDTF); with `start`, sets the view. */
  end?: string;

  /** Accessible name of the timeline. */
  label = 'Timeline';

  /** Id of the selected event; follows the user's selection. */
  selected: string | null = null;

  /** Colour theme: `light`, `dark`, or `auto` (follows the reader's colour scheme). */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /** BCP 47 locale for dates and tick labels; defaults to the nearest `lang`, then the browser's. */
  locale?: string;

  /** IANA time zone (or `UTC`) in which times are shown; defaults to the reader's. Date-only events never move a day. */
  timeZone?: string;

  /**
   * Lanes: `none`, `category`, or `actor` (an event goes in the lane of its first actor).
   * Stacked lanes too many for the height share the last one ("21 more lanes").
   */
  groupBy: GroupBy = 'none';

  /** Space-separated categories to show (an id with spaces is written as it is); all when unset. The legend toggles them too. */
  categories: string | null = null;

  /** Reference date drawn as a labelled line; defaults to the dataset's `meta.now`. */
  now?: string;

  /** Narrowest view as an ISO 8601 duration (default `PT1H`). */
  minSpan?: string;

  /** Widest view as an ISO 8601 duration (default: the data's span with a margin). */
  maxSpan?: string;

  /** `horizontal` (default), `vertical` (time runs down the page), or `auto`: vertical when narrower than 560 px, unless its lanes would then be narrower than 158 px each. */
  orientation: 'horizontal' | 'vertical' | 'auto' = 'horizontal';

  /** `timeline` (default) or `list`: the same events as a readable list. */
  view: 'timeline' | 'list' = 'timeline';

  /** Hides the toolbar. */
  noControls = false;

  /** Hides the legend. */
  noLegend = false;

  /** Turns off tooltips. */
  noTooltip = false;

  /**
   * Keeps the selected event and the view in the URL hash, so a link opens the timeline
   * there. Given a name (`hash-sync="main"`), its keys are `main.event`, `main.from` and `main.to`.
   */
  hashSync = false;

  /** The accepted events, each with its id, in chronological order. Setting it replaces the data. */
  get events(): TimelineEvent[] {
    return this.data.events.map((e) => e.event);
  }
  set events(value: TimelineData | null | undefined) {
    this.#assignedData = value ?? undefined;
    this.#dataChanged();
    this.requestUpdate();
  }

  /** Facts about the dataset as a whole (`meta`: title, source documents, categories…), as accepted. */
  get meta(): TimelineMeta {
    return this.data.meta;
  }

  /**
   * The time range in view (wall-clock time in the display zone, on the UTC calendar). A
   * timeline that has never had a size (in a hidden tab) has no view yet: this reads the
   * first day of 1970 until it is shown.
   */
  get visibleRange(): TimelineRange {
    const [start, end] = this.#scale.domain();
    return { start, end };
  }

  // Private state

  private data: ValidationResult = noEvents();
  private loading = false;
  private loadError: string | null = null;
  private noticeOpen = false;
  private hovered = -1;
  /** The event holding the keyboard's place among the events. */
  private focused = -1;
  private announcement = '';
  private listLength = listPage;
  private keyOpen = false;
  /**
   * The detail panel's and the list view's templates: a module of their own, fetched once
   * the page is idle, or when first needed. Not reactive: its coming redraws the timeline
   * only when something shown waits for it (a full update at 100,000 events, otherwise
   * for nothing, just after the first frames).
   */
  private parts?: typeof import('./parts/on-demand.js');
  #partsLoading?: Promise<unknown>;
  /** Key of the cluster badge under the pointer. */
  private hoveredCluster: string | null = null;

  // Nodes of the shadow DOM, looked up when needed.
  get #plot(): HTMLElement {
    return this.renderRoot.querySelector('.plot')!;
  }

  get #axisNode(): SVGSVGElement | null {
    return this.renderRoot.querySelector('.axis');
  }

  get #eventList(): HTMLElement | null {
    return this.renderRoot.querySelector('.events');
  }

  get #clusterCanvas(): HTMLCanvasElement | null {
    return this.renderRoot.querySelector('canvas.clusters');
  }

  /** Styled as a cluster badge (and exposed as the part): the canvas draws badges in its look. */
  get #clusterProbe(): HTMLElement | null {
    return this.renderRoot.querySelector('.cluster.probe');
  }

  readonly #zoom = new ZoomController(this, { onUserZoomEnd: () => this.#onUserZoomEnd(), endInset: () => this.#panelInset });
  readonly #size = new ResizeController(this);
  /** The host's own size: orientation="auto" follows it, as it does not change with the orientation. */
  readonly #hostSize = new ResizeController(this);
  readonly #darkScheme = new MediaQueryController(this, '(prefers-color-scheme: dark)');
  readonly #reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');

  #assignedData?: TimelineData;
  #dataRead = false;
  #loadRequest?: AbortController;
  /** A load was aborted by disconnectedCallback: connectedCallback starts it again. */
  #loadInterrupted = false;
  #loaded?: Promise<void>;
  #model: TimelineModel = buildModel(noEvents().events, noEvents().times, { wallClock: (t) => t, groupBy: 'none', categories: null, meta: {} });
  #modelStale = true;
  #baseScale: TimeScale = scaleTime();
  #scale: TimeScale = scaleTime();
  #placed: Placed[] = [];
  #clusters: PlacedCluster[] = [];
  /** Where the cluster badges were drawn (plot px), and from what: clusters (a new list with any change of size or axis), look and pixel ratio. */
  #badges: Badge[] = [];
  #badgeClusters?: PlacedCluster[];
  #badgeLookDrawn?: BadgeLook;
  #badgeRatio?: number;
  /** The look the badges are drawn in, what it was read for, and the check of it after a frame. */
  #badgeLook?: BadgeLook;
  #badgeLookFor?: string;
  #lookCheck?: ReturnType<typeof setTimeout>;
  #laneBoxes: LaneBox[] = [];
  /** The lanes laid out, and how many fit (0: not worked out for this model). */
  #lanes: Lane[] = [];
  #lanesFit = 0;
  #ticks: AxisTicks = { unit: 'year', minor: [], major: [] };
  /** A view asked for (by zoomTo() or a link) before the data came, kept for it. */
  #askedView?: [number, number];
  /** Reads and writes the URL hash: a chunk of its own, loaded with `hash-sync`. */
  #hashLink?: HashSyncController;
  #hashLoading?: Promise<unknown>;
  /** The view to show once the size is known: a time window, or everything. */
  #pendingView?: [number, number] | 'fit';
  /** What "All" shows: the data and the reference date, with a margin. */
  #all: number[] = [];
  /** The view zoomTo() last asked for: the view may go there, even past the data. */
  #reach?: number[];
  /** The element that had the focus before an update. */
  #focusedElement: Element | null = null;
  /** Move the keyboard focus to the focused event once it is drawn. */
  #focusPending = false;
  #labelWidths = new Float32Array(0);
  /** Instants to wall-clock time in the display zone, made when first needed. */
  #wallClock?: WallClock;
  /** The locale and the time zone in force, read once per update. */
  #resolvedLocale?: string;
  #displayZone?: string;
  /** Accessible names of the events, by index, made when first needed. */
  #spoken: string[] = [];
  /** Width of a title in the font of the labels (set up with the model). */
  #textWidth?: (text: string) => number;
  /** Widths of the axis's major labels as drawn, each measured once. */
  #majorWidths = new Map<string, number>();
  /** Width of a text in the font of lane names (set up with the model). */
  #nameWidth?: (text: string) => number;
  #categoryIndex = new Map<string, number>();
  #categoryStyles = new Map<string, string>();
  #limits?: string;
  #emptyCentre?: number;
  /** Size of a row (horizontal) or column (vertical) of events (px). */
  #slotSize: number = geometry.rowHeight;
  /** The time a cluster's cell spans in the layout (ms). */
  #cellSize = 0;
  /** Counts the models made, so that the layout knows when to be redone. */
  #modelVersion = 0;
  /** What the current layout was made from (see willUpdate). */
  #layoutInputs?: string;
  #announceTimer?: ReturnType<typeof setTimeout>;
  readonly #warned = new Set<string>();

  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    document.fonts.addEventListener('loadingdone', this.#onFontsLoaded);
    // A load cut short by a removal starts again when the element is put back.
    if (this.#loadInterrupted) {
      this.#loadInterrupted = false;
      this.#dataChanged();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.fonts.removeEventListener('loadingdone', this.#onFontsLoaded);
    // Abort a load under way, and say so: load() ignores aborted requests, so without this
    // `loading` would stay true, getUpdateComplete() would spin on the settled `loaded`
    // promise (freezing the page) and nothing would reload on reconnection.
    if (this.loading && this.#loadRequest) {
      this.#loadInterrupted = true;
      this.loading = false;
    }
    this.#loadRequest?.abort();
    this.#loadRequest = undefined;
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#lookCheck);
    this.#lookCheck = undefined;
  }

  /** A page's web font often comes after the first drawing: text measured in the fallback is measured again. */
  readonly #onFontsLoaded = () => {
    this.#measureText();
    forgetTextWidths();
    this.#layoutInputs = '';
    this.requestUpdate();
  };

  protected override scheduleUpdate(): void | Promise<unknown> {
    // A link opens the timeline at its view and event: the hash is read before an update.
    if (this.hashSync && !this.#hashLink) {
      this.#hashLoading ??= import('./controllers/hash-sync-controller.js').then(
        (m) => {
          this.#hashLink = new m.HashSyncController(this, {
            has: (id) => this.#model.indexOf.has(id),
            view: () => (this.#size.width ? this.#scale.domain() : undefined),
          });
        },
        (error: unknown) => this.#warnOnce(`hash-sync could not be loaded (${(error as Error).message}).`),
      );
      return this.#hashLoading.then(() => super.scheduleUpdate());
    }
    return super.scheduleUpdate();
  }

  protected override firstUpdated(): void {
    // Fetched ahead, so that the first selection finds it at hand.
    whenIdle(() => this.#loadParts());
    this.#zoom.attach(this.#plot);
    this.#size.observe(this.#plot);
    this.#hostSize.observe(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#focusedElement = this.shadowRoot?.activeElement ?? null;
    const locale = this.#readLocale();
    if (locale !== this.#resolvedLocale) this.#spoken = [];
    this.#resolvedLocale = locale;
    if (changed.has('timeZone')) this.#displayZone = this.timeZone && isTimeZone(this.timeZone) ? this.timeZone : undefined;
    this.#checkAttributes(changed);
    // The first update reads the data; later, a new src replaces it (unless `events` was set).
    if (!this.hasUpdated ? !this.#dataRead : changed.has('src')) this.#dataChanged();
    const modelInputs: PropertyKey[] = ['timeZone', 'groupBy', 'now', 'categories', 'data'];
    if (modelInputs.some((key) => (changed as Map<PropertyKey, unknown>).has(key))) this.#modelStale = true;
    if (this.#modelStale) {
      this.#rebuildModel();
      const listed = this.categories?.split(/\s+/).filter(Boolean);
      if (listed?.length && this.data.events.length) {
        // Words of the list in no category's id (an id may have several).
        const words = new Set([...this.#categoryIndex.keys()].flatMap((id) => id.split(/\s+/)));
        const unknown = listed.filter((word) => !words.has(word));
        if (unknown.length) this.#warn('categories', this.categories!, unknown, [...this.#categoryIndex.keys()]);
      }
    }
    if (this.hasUpdated && (changed.has('start') || changed.has('end'))) this.#pendingView = this.#requestedView() ?? this.#pendingView;
    if (changed.has('minSpan') || changed.has('maxSpan') || changed.has('orientation')) this.#limits = undefined;
    if (this.#partsWanted) this.#loadParts();

    const { width, height } = this.#size;
    if (width <= 0) return;
    this.#updateZoomLimits(width, height);
    if (this.#pendingView) this.#show(this.#pendingView);
    // The panel has closed: the view may have to come back inside the data.
    if (changed.has('selected') && this.selected === null) this.#zoom.keepInside(this.#animationTime);
    this.#scale = this.#zoom.rescale(this.#baseScale);
    // An update that changes nothing the layout is made from (a hover, which elements
    // sliding under a still pointer cause in every frame of a zoom) keeps the layout.
    const inputs = [width, height, ...this.#scale.domain().map(Number), this.#axis, this.groupBy, this.#resolvedLocale, this.focused, this.#selectedIndex, this.#modelVersion].join('|');
    if (inputs === this.#layoutInputs) return;
    this.#layoutInputs = inputs;
    this.#ticks =
      this.#axis === 'x'
        ? axisTicks(this.#scale, { locale: this.#resolvedLocale })
        : axisTicks(this.#scale, { locale: this.#resolvedLocale, measure: () => 15, spacing: 10, merged: true });
    this.#layOut(width, height);
  }

  protected override updated(): void {
    // d3 draws the axis into the <svg> rendered above; nothing while the plot has no size.
    const { width, height } = this.#size;
    if (this.#axisNode && width) drawAxis(this.#axisNode, { scale: this.#scale, ticks: this.#ticks, along: this.#axis, width, height }, this.#majorWidths);
    this.#drawClusters();
    // The focused event left the view: keep the focus in the events rather than lose it to the page.
    if (this.#focusedElement && !this.#focusedElement.isConnected) this.#eventList?.focus({ preventScroll: true });
    this.#focusedElement = null;
    if (this.#focusPending) {
      const element = this.#eventElement(this.focused);
      if (element) {
        this.#focusPending = false;
        element.focus({ preventScroll: true });
      }
    }
  }

  // Public methods

  /** Shows the time from `start` to `end` (Dates, ms, or ISO 8601 / EDTF strings). */
  zoomTo(start: Date | string | number, end: Date | string | number, options: { animate?: boolean } = {}): void {
    const from = this.#toTime(start, 'min');
    const to = this.#toTime(end, 'max');
    if (!(to > from)) {
      this.#warn('zoomTo', start, end);
      return;
    }
    // Data still on its way would otherwise open at its own first view.
    if (!this.data.events.length) this.#askedView = [from, to];
    // The view may go there, even past the data, until other data comes.
    this.#reach = [from, to];
    this.#show([from, to], options.animate);
  }

  /** Zooms by `factor` around the centre: 2 shows half as much time, 0.5 twice as much. */
  zoomBy(factor: number, options: { animate?: boolean } = {}): void {
    // From the view that data set just before opens at, not from the one before it.
    if (this.#pendingView) this.#show(this.#pendingView);
    if (factor > 0) this.#zoom.scaleBy(factor, options.animate ? this.#animationTime : 0);
  }

  /** Shows every event and the reference date: the "All" view. */
  fit(options: { animate?: boolean } = {}): void {
    this.#show('fit', options.animate);
  }

  /** Selects the event with this id (null clears the selection), brings it into view and opens its details. */
  select(id: string | null, options: { animate?: boolean } = {}): void {
    // Data set since the last update: look the id up in it, not in the previous model.
    if (this.#modelStale) this.#rebuildModel();
    const index = id === null ? -1 : (this.#model.indexOf.get(id) ?? -1);
    if (id !== null && index < 0) {
      this.#warn('select', id);
      return;
    }
    this.selected = id;
    if (index >= 0) {
      // An event of a hidden category is shown again: its category comes back.
      const category = this.#model.events.category(index);
      const filter = this.#categoryFilter;
      if (filter && !filter.has(category ?? '')) {
        this.categories = category === undefined ? null : `${this.categories} ${category}`;
        this.#rebuildModel();
      }
      this.focused = index;
      this.#reveal(index, options.animate ?? true);
    }
  }

  /** Selects the next event in time (the first when none is selected): story mode. */
  next(): void {
    this.#step(1);
  }

  /** Selects the previous event in time (the last when none is selected). */
  previous(): void {
    this.#step(-1);
  }

  // Rendering

  protected override render(): TemplateResult {
    const selectedIndex = this.#selectedIndex;
    const tabStop = this.#tabStop;
    // Where zooming in shows no more, a click on a cluster shows its next event: say so.
    const atNarrowest = this.#atNarrowest;
    // The badge under the pointer: the tooltip says what its button says.
    const hovered = this.#clusters.find((c) => c.key === this.hoveredCluster);
    const clusterName = this.#clusterNames(atNarrowest);
    const list = this.view === 'list';
    return html`
      <div
        part="base"
        class="base ${this.#isDark ? 'dark' : ''} ${list ? 'list-view' : ''} ${this.#axis === 'y' ? 'vertical' : ''}"
        role="region"
        aria-label=${this.label || 'Timeline'}
        aria-roledescription="timeline"
        @keydown=${this.#onKeyDown}
      >
        ${this.noControls ? nothing : this.#renderControls()}
        ${this.#axis === 'y' && this.groupBy !== 'none' && !list
          ? html`<div class="lane-heads" aria-hidden="true">
              ${this.#laneBoxes.map((lane) => html`<span dir="auto" style=${cssom(`left:${lane.top}px;width:${lane.height}px`)}>${lane.label}</span>`)}
            </div>`
          : nothing}
        <div
          class="plot ${hovered ? (atNarrowest ? 'over-cluster next' : 'over-cluster') : ''}"
          title=${hovered ? clusterName(hovered) : nothing}
          ?hidden=${list}
          @click=${this.#onPlotClick}
          @pointermove=${this.#onPlotPointerMove}
          @pointerleave=${this.#onPlotPointerLeave}
        >
          <svg class="axis" part="axis" aria-hidden="true">
            <g class="grid"></g>
            <g class="major"></g>
            <g class="minor"></g>
          </svg>
          <div class="axis-rule"></div>
          ${this.#laneBoxes.map(
            (lane) => html`<div
              class="lane"
              part="lane"
              role="presentation"
              style=${cssom(this.#axis === 'x' ? `top:${lane.top}px;height:${lane.height}px` : `left:${lane.top}px;width:${lane.height}px`)}
            >
              ${lane.label ? html`<span class="lane-label" dir="auto" aria-hidden="true" title=${lane.label}>${lane.label}</span>` : nothing}
            </div>`,
          )}
          ${this.#renderNow()}
          <ol
            class="events"
            role="listbox"
            aria-label="Events, in time order"
            aria-describedby="keys"
            tabindex=${this.#placed.length ? '-1' : '0'}
            @click=${this.#onEventClick}
            @pointerover=${this.#onEventHover}
            @pointerleave=${this.#onEventLeave}
            @focusin=${this.#onEventFocus}
          >
            ${repeat(this.#placed, (p) => p.index, (p) => this.#renderEvent(p, p.index === selectedIndex, p.index === tabStop))}
          </ol>
          <canvas class="clusters" aria-hidden="true"></canvas>
          <span class="cluster probe" part="cluster" aria-hidden="true"></span>
          <div class="visually-hidden" @click=${this.#onClusterClick}>
            ${repeat(
              this.#clusters,
              (c) => c.key,
              (c) => html`<button type="button" tabindex="-1" data-key=${c.key} aria-label=${clusterName(c)}></button>`,
            )}
          </div>
          ${this.#renderTooltip()}
          <p id="keys" class="visually-hidden">
            Arrow keys move between events, Enter opens one, Escape closes it; plus and minus zoom, shift with arrows pans, 0
            shows all.
          </p>
        </div>
        ${list ? this.#renderListView() : nothing}
        ${this.loading ? html`<div class="status" role="status">Loading events…</div>` : nothing}
        ${!this.loading && !this.loadError && this.data.events.length === 0
          ? html`<div class="status" role="status">No events to show.</div>`
          : nothing}
        ${this.noLegend || list ? nothing : this.#renderLegend()}
        ${selectedIndex >= 0 ? this.#renderDetail(selectedIndex) : nothing}
        ${this.#renderNotice()}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }

  #renderControls(): TemplateResult {
    const list = this.view === 'list';
    const count = this.#model.shown.length;
    return html`<div class="controls" part="controls" role="toolbar" aria-label="Timeline controls">
      <button type="button" @click=${this.#onZoomIn} aria-label="Zoom in" title="Zoom in (+)" ?disabled=${list}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 3v10M3 8h10" /></svg>
      </button>
      <button type="button" @click=${this.#onZoomOut} aria-label="Zoom out" title="Zoom out (−)" ?disabled=${list}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10" /></svg>
      </button>
      <button type="button" @click=${this.#onFit} aria-label="Show all events" title="Show all events (0)" ?disabled=${list}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2 5V2h3M11 2h3v3M14 11v3h-3M5 14H2v-3" /></svg><span class="wide-only">All</span>
      </button>
      <span class="separator"></span>
      <button type="button" @click=${this.previous} aria-label="Previous event" title="Previous event" ?disabled=${!count}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M10 3 5 8l5 5" /></svg>
      </button>
      <button type="button" @click=${this.next} aria-label="Next event" title="Next event" ?disabled=${!count}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="m6 3 5 5-5 5" /></svg>
      </button>
      <span class="range" dir="auto" aria-hidden="true">${list ? countWords(count) : this.#rangeText()}</span>
      <button type="button" @click=${this.#onToggleView} aria-label="List view" aria-pressed=${list ? 'true' : 'false'} title="Show the events as a list">
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M5 4h9M5 8h9M5 12h9M2 4h0M2 8h0M2 12h0" /></svg><span class="wide-only">List</span>
      </button>
    </div>`;
  }

  #renderEvent(p: Placed, selected: boolean, tabStop: boolean): TemplateResult {
    // The fields drawing needs are read off the resolved event: its TimelineEvent is not made.
    const resolved = this.#model.events.get(p.index);
    const { start, end } = resolved;
    const range = end !== null;
    const fuzzyStart = range && (start.approximate || start.uncertain || isCoarse(start));
    const fuzzyEnd = range && (end === 'open' || end.approximate || end.uncertain || isCoarse(end));
    const across = this.#axis === 'y';
    // Along the axis the element spans the mark and (horizontally) the label; across it, a row or column.
    // Down a vertical axis the element is the label's box; a bar runs on from it as a rail.
    const top = across ? Math.max(p.x0, 0) : 0;
    // Along a horizontal axis with rails, the element is the title's box and the bar runs on past it.
    const railed = p.rail && range && !across;
    const right = railed ? Math.max(Math.max(p.x0, 0) + geometry.minBar, p.labelX + p.labelWidth) : Math.max(p.x1, p.labelX + p.labelWidth);
    // A title at the view's right edge may go before its mark (see pack.ts).
    const left = across ? top : Math.min(p.x0, p.labelX);
    // Positions (the element's, and its label's within it) are transforms: moving them in a
    // zoom frame costs no layout, only widths do.
    // Across a vertical axis, the width of the event's columns.
    const width = this.#slotSize * p.span! - geometry.gap;
    let style = across ? `transform:translate(${p.y}px,${top}px);width:${width}px` : `transform:translate(${left}px,${p.y}px);width:${right - left}px`;
    // A date known only to the month or year, or roughly, spans its period as a faint band (::before).
    let band = '';
    if (!range && (isCoarse(start) || start.approximate || start.uncertain)) {
      const b0 = this.#scale(this.#model.bandFrom[p.index]);
      const b1 = this.#scale(this.#model.bandTo[p.index]);
      if (b1 - b0 > geometry.markSize * 1.5) {
        band = start.approximate || start.uncertain ? ' band fuzzy' : ' band';
        style += `;--band-start:${b0 - left}px;--band-size:${b1 - b0}px`;
      }
    }
    const classes = `event ${range ? 'range' : 'point'} ${resolved.status}${selected ? ' selected' : ''}${
      fuzzyStart ? ' fuzzy-start' : ''}${fuzzyEnd ? ' fuzzy-end' : ''}${p.truncated ? ' truncated' : ''}${railed ? ' rail' : ''}${band}`;
    return html`<li
      class=${classes}
      part=${selected ? 'event selected' : 'event'}
      data-id=${resolved.id}
      role="option"
      aria-selected=${selected ? 'true' : 'false'}
      aria-label=${this.#accessibleText(p.index)}
      tabindex=${tabStop ? '0' : '-1'}
      style=${cssom(`${style};${this.#colorStyle(resolved.category)}`)}
    ><span
        class="mark"
        style=${cssom(across ? (range ? `top:${p.x0 - top}px;height:${p.x1 - p.x0}px` : '') : `left:${p.x0 - left}px${range ? `;width:${p.x1 - p.x0}px` : ''}`)}
      ></span><span
        class="label"
        part="label"
        dir="auto"
        style=${cssom(
          // Down a vertical axis the title starts 24 px in. With room for fewer than three
          // letters it is left out: its tooltip, its accessible name and the panel still tell it.
          across ? (width < 60 ? 'display:none' : '') : `transform:translateX(${p.labelX - left}px);max-width:${p.labelWidth}px`,
        )}
        .textContent=${resolved.title}
      ></span></li>`;
  }

  #renderNow(): TemplateResult | typeof nothing {
    const now = this.#nowDate;
    if (!now) return nothing;
    const at = this.#scale((now.min + now.max) / 2);
    if (at < 0 || at > this.#length) return nothing;
    const style = `${this.#axis === 'x' ? 'left' : 'top'}:${at}px`;
    const label = this.#nowLabel(now);
    // Near the far edge the label goes to the other side of its line, if that side has more
    // room (its width is estimated; down a vertical axis it takes up to four lines).
    const room = this.#length - at;
    const flip = room < (this.#axis === 'x' ? label.length * 7 + 16 : 60) && at > room;
    return html`<div class="now ${flip ? 'flip' : ''}" style=${cssom(style)} aria-hidden="true"><span>${label}</span></div>`;
  }

  #renderTooltip(): TemplateResult | typeof nothing {
    const template = this.parts?.renderTooltip;
    if (this.noTooltip || !template) return nothing;
    const index = this.hovered >= 0 ? this.hovered : this.#keyboardFocused ? this.focused : -1;
    const p = this.#placed.find((e) => e.index === index);
    // The selected event's detail panel says all a tooltip would, and more.
    if (!p || index === this.#selectedIndex) return nothing;
    const resolved = this.#model.events.get(p.index);
    // Under the event when there is room, else over it; kept inside the plot.
    const [x, y, bottom] = this.#axis === 'x' ? [p.x0, p.y, p.y + geometry.eventHeight] : [p.y, p.x0, p.x1];
    const below = bottom + 64 < this.#size.height;
    const left = Math.min(Math.max(x, 4), Math.max(4, this.#size.width - 324));
    return template({ title: resolved.title, when: this.#dateText(resolved), status: resolved.status, left, top: below ? bottom + 4 : y - 4, below });
  }

  #renderDetail(index: number): TemplateResult | typeof nothing {
    const template = this.parts?.renderDetail;
    if (!template) return nothing;
    const resolved = this.#model.events.get(index);
    const { event } = resolved;
    const documents = this.data.meta.documents;
    const document = documents?.find((d) => d.id === event.source?.document) ?? documents?.[0];
    return template({
      resolved,
      when: this.#dateText(resolved),
      categoryLabel: event.category && this.#categoryLabel(event.category),
      document,
      published: document?.published && this.#formatEdtf(document.published),
      style: this.#colorStyle(event.category),
      onClose: this.#onCloseDetail,
    });
  }

  #loadParts(): void {
    this.#partsLoading ??= import('./parts/on-demand.js').then(
      (m) => {
        this.parts = m;
        adoptStyles(this.renderRoot as ShadowRoot, [...CrisisTimeline.elementStyles, m.partStyles]);
        if (this.#partsWanted) this.requestUpdate();
      },
      (error: unknown) => {
        this.#partsLoading = undefined; // the next update that needs them tries again
        this.#warnOnce(`The detail panel, list view and list of problems could not be loaded (${(error as Error).message}).`);
      },
    );
  }

  #renderLegend(): TemplateResult {
    const counts = this.#model.categoryCounts;
    const filter = this.#categoryFilter;
    const now = this.#nowDate;
    const ids = [...this.#categoryIndex.keys()];
    return renderLegend({
      // A toggle for each of the first categories only: data with thousands would fill the page with them.
      more: ids.length - legendMax,
      categories: ids.slice(0, legendMax).map((id) => ({
        id,
        label: this.#categoryLabel(id),
        style: this.#colorStyle(id),
        shown: !filter || filter.has(id),
        count: counts.get(id) ?? 0,
      })),
      nowLabel: now ? this.#nowLabel(now) : undefined,
      keyOpen: this.keyOpen,
      onToggle: this.#onToggleCategory,
      onToggleKey: () => (this.keyOpen = !this.keyOpen),
    });
  }

  #renderListView(): TemplateResult | typeof nothing {
    const renderList = this.parts?.renderList;
    if (!renderList) return nothing;
    const shown = this.#model.shown;
    return renderList({
      events: Array.from(shown.subarray(0, this.listLength), (i) => this.#model.events.get(i)),
      more: Math.max(0, shown.length - this.listLength),
      when: (event) => this.#dateText(event),
      categoryLabel: (id) => this.#categoryLabel(id),
      style: (category) => this.#colorStyle(category),
      selected: this.selected,
      onSelect: (id) => this.#userSelect(id),
      onMore: () => (this.listLength += listPage),
    });
  }

  #renderNotice(): TemplateResult | typeof nothing {
    const errors = this.#errors;
    if (!this.loadError && errors.length === 0) return nothing;
    return html`<div class="notice" part="notice" role="alert" ?hidden=${!this.noticeOpen}>
      <button type="button" class="close" aria-label="Dismiss" @click=${this.#onDismissNotice}>×</button>
      ${this.loadError
        ? html`<strong>The events could not be loaded.</strong> ${this.loadError}
            <div><button type="button" class="retry" @click=${this.#onRetry}>Try again</button></div>`
        : (this.parts?.renderProblems(errors) ?? html`<strong>${errorSummary(errors)}</strong>`)}
    </div>`;
  }

  /** Draws the cluster badges, when the clusters, the plot's size or the badges' look changed. */
  #drawClusters(): void {
    const canvas = this.#clusterCanvas;
    const probe = this.#clusterProbe;
    if (!canvas || !probe) return;
    if (!this.#clusters.length) {
      // Nothing to draw, and no look to read (which would force a layout).
      clearBadges(canvas);
      this.#badges = [];
      return;
    }
    const { width, height } = this.#size;
    // Reading a computed style here forces a layout (the base is a size container for its
    // container queries): a zoom frame draws in the look last read, which is read now only
    // when the scheme or the size changed, and checked again once the frame is painted.
    const lookFor = `${this.#isDark}|${width}|${height}`;
    if (!this.#badgeLook || lookFor !== this.#badgeLookFor) {
      this.#badgeLook = readLook(probe);
      this.#badgeLookFor = lookFor;
    }
    const look = this.#badgeLook;
    if (this.#lookCheck === undefined) {
      this.#lookCheck = setTimeout(() => {
        this.#lookCheck = undefined;
        if (!this.#clusterProbe || JSON.stringify(readLook(this.#clusterProbe)) === JSON.stringify(this.#badgeLook)) return;
        this.#badgeLook = undefined;
        this.#drawClusters();
      });
    }
    const ratio = window.devicePixelRatio || 1;
    if (this.#badgeClusters === this.#clusters && this.#badgeLookDrawn === look && this.#badgeRatio === ratio) return;
    this.#badgeClusters = this.#clusters;
    this.#badgeLookDrawn = look;
    this.#badgeRatio = ratio;
    // Badges as tall as an event, or as a row where rows are closer (centred on it); down a
    // vertical axis they have a strip of their own, whatever the columns' width.
    const badgeHeight = this.#axis === 'y' ? geometry.eventHeight : Math.min(geometry.eventHeight, this.#slotSize - 3);
    const across = (geometry.eventHeight - badgeHeight) / 2;
    const specs = this.#clusters.map((c) => ({ key: c.key, text: `+${compactCount(c.count)}`, along: (c.x0 + c.x1) / 2, across: c.y + across }));
    this.#badges = drawBadges(canvas, specs, look, { width, height, ratio, axis: this.#axis, badgeHeight });
  }

  /**
   * Clusters in words, for their buttons and for the tooltip over a badge: how many, when
   * (the cell of the time grid), in which lane, and what a click does. The format is
   * looked up once for all of them: a zoom frame names up to a hundred.
   */
  #clusterNames(atNarrowest: boolean): (cluster: PlacedCluster) => string {
    const cell = this.#cellSize;
    // Two dates rather than formatRange, which takes ~20 µs a cluster.
    const format = dateFormat(this.#resolvedLocale, { ...spanOptions(cell), timeZone: 'UTC' });
    return ({ count, cellStart, lane }) => {
      const label = this.#laneBoxes[lane]?.label;
      return `${countWords(count, 'more event')}, ${format.format(cellStart)} to ${format.format(cellStart + cell - 1)}${label ? `, ${label}` : ''}; ${atNarrowest ? 'show the next' : 'zoom in'}`;
    };
  }

  // Layout

  /**
   * Places the events of each lane in rows (horizontal) or columns (vertical) beside
   * the time axis; `Placed.y` is the position across the axis.
   */
  #layOut(width: number, height: number): void {
    const vertical = this.#axis === 'y';
    const start = vertical ? geometry.axisWidth : geometry.axisHeight + 4;
    // The reference date's label sits at the foot of its line: rows stop above it, wherever
    // the line is, so that panning it into view moves nothing.
    const foot = !vertical && this.#nowDate ? geometry.nowLabel : 0;
    // Beside a vertical axis, the columns keep clear of the open detail panel.
    const room = Math.max(0, (vertical ? width - this.#panelRoom : height) - start - 2 - foot);
    // Lanes too many for the room share the last one: stacked, below the height of a row or
    // so; side by side, below a mark's width beside the strip of cluster counts (titles go
    // well before that), where marks and counts would meet.
    const fit = Math.max(1, Math.floor(room / (vertical ? geometry.eventHeight + geometry.clusterStrip : geometry.minLane)));
    if (fit !== this.#lanesFit) this.#lanes = fewerLanes(this.#model, (this.#lanesFit = fit));
    const lanes = this.#lanes;
    const laneSize = lanes.length ? room / lanes.length : room;
    // A lane's name takes a line of its own when the lane has room for it and two rows;
    // in a thinner lane it sits over the first row.
    const header = this.groupBy !== 'none' && laneSize >= geometry.laneHeader + 2 * geometry.rowHeight ? geometry.laneHeader : 0;
    // Beside a vertical axis, columns of events and a narrow strip for the clusters.
    const strip = geometry.clusterStrip;
    // Narrow columns where room is short (more events seen), wide ones where it is not (whole titles).
    const column = Math.min(3.3 * geometry.columnWidth, Math.max(geometry.columnWidth, (laneSize - strip) / 4));
    const rows = vertical
      ? Math.max(1, Math.floor((laneSize - strip) / column))
      : Math.max(2, Math.floor((laneSize - header) / geometry.rowHeight));
    // A lane too thin for two rows of full height draws them closer, rather than into the next lane.
    this.#slotSize = vertical ? (laneSize - strip) / rows : Math.min(geometry.rowHeight, (laneSize - header) / rows);
    const [d0, d1] = this.#scale.domain().map(Number);
    const k = this.#length / (d1 - d0);
    const b = -d0 * k;
    const pinned = this.focused >= 0 ? this.focused : this.#selectedIndex >= 0 ? this.#selectedIndex : undefined;
    const options: PackOptions = {
      k,
      b,
      width: this.#length,
      rows,
      bucket: (this.#cellSize = cellSize(geometry.clusterCell / k)),
      gap: geometry.gap,
      // Bounds the DOM (and the work of each frame) however dense the data.
      maxEvents: Math.ceil(maxPlaced / Math.max(1, lanes.length)),
      // Across a vertical axis a label sits beside its mark and takes no room along time.
      ...(vertical
        ? {
            markRadius: geometry.eventHeight / 2,
            minBar: geometry.eventHeight,
            labelGap: 0,
            minLabel: 0,
            labelWidth: () => 0,
            rails: true,
            clusterStrip: true,
          }
        : {
            markRadius: geometry.markSize / 2,
            minBar: geometry.minBar,
            labelGap: geometry.labelGap,
            minLabel: geometry.minLabel,
            labelWidth: this.#labelWidth,
            // Crowded: long bars give up their rows past their titles and run on as rails
            // beneath later events, so that more events are drawn one by one.
            railsWhenCrowded: true,
          }),
    };
    const placed: Placed[] = [];
    const clusters: PlacedCluster[] = [];
    this.#laneBoxes = lanes.map((lane, i) => {
      const laneStart = start + i * laneSize;
      const first = vertical ? laneStart + 2 : laneStart + header + (this.#slotSize - geometry.eventHeight) / 2;
      // In a lane too thin for a line of its own, the name sits over the start of the first row.
      // As .lane-label draws it: in capitals spaced 0.04em, padded 4 px, and cut short at 40% of the lane.
      const name = lane.label.toUpperCase();
      const nameWidth = Math.min(this.#nameWidth ? Math.ceil(this.#nameWidth(name) + name.length * 0.44 + 8) : name.length * 9, 0.4 * width);
      const laneOptions = !header && lane.label && !vertical && nameWidth ? { ...options, reserve: geometry.laneNameLeft + nameWidth } : options;
      let layout = packLane(lane.events, laneOptions);
      // The focused or selected event must be drawn; pin it only when it was not, so that
      // focusing an event (say, on mouse down) never moves it.
      if (pinned !== undefined && !layout.events.some((e) => e.index === pinned) && layout.clusters.length) {
        layout = packLane(lane.events, { ...laneOptions, rails: layout.rails, pinned });
      }
      const { rails } = layout;
      for (const e of layout.events) placed.push({ ...e, y: first + e.row * this.#slotSize, lane: i, rail: rails });
      for (const c of layout.clusters) clusters.push({ ...c, y: first + c.row * this.#slotSize, lane: i, key: `${i}:${c.cellStart}` });
      return { label: lane.label, top: laneStart - 2, height: laneSize };
    });
    if (vertical) titleSpans(placed, rows, geometry.eventHeight).forEach((span, i) => (placed[i].span = span));
    // Chronological order in the DOM, for reading and tabbing.
    placed.sort((a, b) => a.index - b.index);
    this.#placed = placed;
    this.#clusters = clusters;
  }

  readonly #labelWidth = (index: number): number => {
    let width = this.#labelWidths[index];
    if (Number.isNaN(width)) {
      const title = this.#model.events.title(index);
      width = this.#textWidth ? this.#textWidth(title) + 2 : title.length * 7;
      width = Math.min(geometry.maxLabel, Math.ceil(width));
      this.#labelWidths[index] = width;
    }
    return width;
  };

  #rebuildModel(): void {
    this.#modelStale = false;
    this.#modelVersion++;
    this.#lanesFit = 0;
    // The layout indexes the old model: drop it (layOut() redoes it when the plot has a width;
    // while the plot is hidden it must not render events of the old data).
    this.#placed = [];
    this.#clusters = [];
    this.hovered = -1;
    const { events, times, meta } = this.data;
    const now = this.#nowDate;
    const focusedId = this.#model.events.id(this.focused);
    this.#wallClock = undefined;
    this.#model = buildModel(events, times, {
      wallClock: this.#clock(),
      groupBy: this.groupBy, // checkAttributes has made it one of the accepted values
      categories: this.#categoryFilter,
      meta,
      openEndAt: now ? now.max : undefined,
    });
    this.focused = focusedId === undefined ? -1 : (this.#model.indexOf.get(focusedId) ?? -1);
    this.#spoken = [];
    this.#measureText(); // the font may have changed too
    this.#categoryIndex = new Map();
    this.#categoryStyles = new Map();
    for (const c of meta.categories ?? []) this.#categoryIndex.set(c.id, this.#categoryIndex.size);
    // Then the others, in the order they first appear.
    for (const c of this.#model.categoryCounts.keys()) {
      if (!this.#categoryIndex.has(c)) this.#categoryIndex.set(c, this.#categoryIndex.size);
    }
    this.#limits = undefined;
  }

  /** Measures text (titles, lane names, month labels) afresh, in the fonts at hand. */
  #measureText(): void {
    this.#labelWidths = new Float32Array(this.data.events.length).fill(NaN);
    const context = document.createElement('canvas').getContext('2d');
    const names = document.createElement('canvas').getContext('2d');
    if (context && names) {
      const style = getComputedStyle(this);
      // Lane names as .lane-label draws them: 11 px semibold.
      names.font = `600 11px ${style.fontFamily}`;
      this.#nameWidth = textWidths((text) => names.measureText(text).width);
      context.font = `${style.fontSize} ${style.fontFamily}`;
      this.#textWidth = textWidths((text) => context.measureText(text).width);
    }
    this.#majorWidths.clear();
  }

  /** Sets "All", the base scale (all the view may show, at zoom 1) and the zoom limits when they change. */
  #updateZoomLimits(width: number, height: number): void {
    const shownBefore = this.#all.length > 0;
    let [min, max] = this.#model.extent;
    const now = this.#nowDate;
    if (Number.isNaN(min)) {
      // No events: two months around the reference date, or around the day the data came.
      this.#emptyCentre ??= Date.now();
      const centre = now ? now.min : this.#emptyCentre;
      [min, max] = [centre - 30 * day, centre + 30 * day];
    }
    // "All" takes in the reference date, wherever it is.
    if (now) [min, max] = [Math.min(min, now.min), Math.max(max, now.max)];
    const minSpan = this.#narrowest;
    // At least a few of the narrowest views wide, with the data in the middle; and seven of
    // the finest dates given (a week for data given by days, seven months for months), each
    // at most 80 px wide, so that the ticks are no finer than the dates: a lone day is not
    // drawn among hour ticks as if its time of day were known.
    const span = Math.max(max - min, minSpan * 4, this.#model.finest * Math.max(7, this.#length / 80));
    const margin = span * 0.05;
    const middle = (min + max) / 2;
    let domain = (this.#all = [middle - span / 2 - margin, middle + span / 2 + margin]);
    // The view may also go wherever start and end, or zoomTo(), asked for, even past the data.
    for (const [from, to] of [this.#requestedView() ?? domain, this.#reach ?? domain]) {
      domain = [Math.min(domain[0], from), Math.max(domain[1], to)];
    }
    const full = domain[1] - domain[0];
    const maxSpan = this.#spanAttribute('max-span', this.maxSpan) ?? full;
    const axis = this.#axis;
    const key = `${domain.join()}|${width}|${height}|${minSpan}|${maxSpan}|${axis}`;
    if (key === this.#limits) return;
    if (maxSpan < minSpan && this.maxSpan) this.#warn('spans', this.maxSpan, this.minSpan);
    // The view shown now, kept: the transform may have changed since the last update.
    const previous = shownBefore ? this.#zoom.rescale(this.#baseScale).domain().map(Number) : null;
    this.#limits = key;
    this.#baseScale = scaleTime(domain, [0, this.#length]);
    const minScale = full / Math.max(maxSpan, minSpan);
    this.#zoom.setLimits({ width, height, axis, minScale, maxScale: Math.max(minScale, full / minSpan) });
    // The view shown stays, under the new base scale: a view asked for glides from there.
    if (previous) this.#zoom.setTransform(this.#transformFor(previous[0], previous[1]));
    else this.#pendingView ??= this.#requestedView() ?? this.#focusView() ?? 'fit';
  }

  /** The zoom transform that shows [from, to]. */
  #transformFor(from: number, to: number) {
    const p0 = this.#baseScale(from);
    const p1 = this.#baseScale(to);
    const k = this.#length / Math.max(p1 - p0, 1e-9);
    return axisTransform(this.#axis, k, -k * p0);
  }

  /** Shows a time window or "All" (or does once the plot has a size). */
  #show(view: [number, number] | 'fit', animate?: boolean): void {
    const { width, height } = this.#size;
    if (!width) {
      this.#pendingView = view;
      return;
    }
    // Data set just before is read first, so that its own first view does not replace this
    // one, and the limits take the view in.
    if (this.#modelStale) this.#rebuildModel();
    this.#updateZoomLimits(width, height);
    this.#pendingView = undefined;
    const [from, to] = view === 'fit' ? this.#all : view;
    this.#zoom.setTransform(this.#transformFor(from, to), animate ? this.#animationTime : 0);
  }

  /** Moves the view, if need be (or always, to centre it), so the event at `index` is well inside it. */
  #reveal(index: number, animate: boolean, centre = false): void {
    const from = this.#model.from[index];
    const to = this.#model.to[index];
    const [v0, v1] = this.#scale.domain().map(Number);
    const span = v1 - v0;
    const covered = this.#panelInset / this.#size.width || 0; // 0 while the plot has no size (the list view)
    const end = v1 - span * covered;
    // A bar counts as in view when enough of it is; a point when it is clear of the edges.
    const visible = from < to ? Math.min(to, end) - Math.max(from, v0) > span * 0.1 : from >= v0 + span * 0.02 && from <= end - span * 0.2;
    const p = this.#placed.find((e) => e.index === index);
    if (visible && p && !centre) return;
    // Centre it in the uncovered part: at this zoom if it fits, else zoomed out to it, or in from far away.
    let wanted = span;
    if (!((visible || centre) && to - from < span && span < 90 * day)) {
      const width = Math.max(to - from, Math.min(span, 14 * day));
      wanted = Math.max(width * 1.6, Math.min(span, width * 4));
    }
    const middle = (from + Math.min(to, from + (wanted * (1 - covered)) / 2)) / 2;
    const start = middle - (wanted * (1 - covered)) / 2;
    this.#show([start, start + wanted], animate);
  }

  /** Moves the keyboard focus to the event at `index`, bringing it into view. */
  #moveFocus(index: number): void {
    if (index < 0 || index >= this.#model.events.length) return;
    this.focused = index;
    this.#focusPending = true;
    this.#reveal(index, false);
    this.requestUpdate();
  }

  #step(direction: 1 | -1): void {
    const shown = this.#model.shown;
    if (!shown.length) return;
    const current = this.#selectedIndex;
    let position = current < 0 ? (direction > 0 ? 0 : shown.length - 1) : indexIn(shown, current) + direction;
    position = Math.max(0, Math.min(shown.length - 1, position));
    const id = this.#model.events.id(shown[position])!;
    this.#userSelect(id);
    this.focused = shown[position];
    this.#reveal(shown[position], true, true);
  }

  // Data

  /**
   * Reads the data from wherever it comes, in this order: the `events` property, `src`,
   * inline JSON, an inline list of events, the built-in dataset.
   */
  #dataChanged(): void {
    this.#dataRead = true;
    this.#loadRequest?.abort();
    this.#loadRequest = undefined;
    this.loading = false;
    this.loadError = null;
    if (this.#assignedData !== undefined) {
      this.#accept(this.#assignedData);
    } else if (this.src) {
      void this.#load(this.src);
    } else {
      const inline = this.querySelector(':scope > script[type="application/json"]');
      if (inline) {
        try {
          this.#accept(JSON.parse(inline.textContent ?? ''));
        } catch (error) {
          this.#fail(`The inline JSON data is not valid JSON (${(error as Error).message}).`);
        }
      } else if (this.querySelector(':scope > ol, :scope > ul')) {
        // The reader of a list in markup is a module of its own, like the built-in dataset.
        void this.#pending(
          () => import('./data/markup.js').then((m) => m.readMarkup(this) ?? []),
          (data) => this.#accept(data),
          (error) => `The list of events could not be read (${(error as Error).message}).`,
        );
      } else {
        void this.#load(null);
      }
    }
  }

  /**
   * Loads the data at `url`, or the built-in dataset when `url` is null. Both the built-in
   * dataset and the fetcher are modules of their own: pages that give their data inline
   * or by property download neither.
   */
  #load(url: string | null): Promise<void> {
    return this.#pending(
      (signal) =>
        url === null
          ? import('./data/article-events.json', { with: { type: 'json' } }).then((m: { default: unknown }) => m.default)
          : import('./data/fetch-data.js').then((m) => m.fetchData(url, { signal })),
      (data) => this.#accept(data),
      (error) => (url === null ? `The built-in dataset could not be loaded (${(error as Error).message}).` : (error as Error).message),
    );
  }

  /**
   * Waits for data on its way (a fetch, a module, the slices of a large dataset) with
   * `loading` set; a newer request, or removal from the page, makes it moot.
   */
  #pending<T>(start: (signal: AbortSignal) => Promise<T>, then: (value: T) => void, failure: (error: unknown) => string): Promise<void> {
    const request = new AbortController();
    this.#loadRequest = request;
    this.loading = true;
    this.#loaded = start(request.signal).then(
      (value) => {
        if (this.#loadRequest !== request) return;
        this.loading = false;
        then(value);
      },
      (error: unknown) => {
        if (this.#loadRequest !== request) return;
        this.loading = false;
        this.#fail(failure(error));
      },
    );
    return this.#loaded;
  }

  /** Resolves once data being loaded has arrived and been drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    if (this.#partsWanted && !this.parts) {
      await this.#partsLoading;
      result = await super.getUpdateComplete();
    }
    while (this.loading && this.#loaded) {
      await this.#loaded;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Reads data that has arrived; a very large dataset is read in slices, letting the page breathe between them. */
  #accept(input: unknown): void {
    const unreadable = (error: unknown) => `The data could not be read (${(error as Error).message}).`;
    try {
      // TimelineJS's converter is a module of its own: pages that never use it never load it.
      if (isTimelineJs(input)) {
        void this.#pending(() => import('./data/timelinejs.js').then((m) => m.fromTimelineJs(input)), (data) => this.#accept(data), unreadable);
      } else if (eventCount(input) <= sliceAbove) {
        this.#accepted(validate(input));
      } else {
        const pause = (signal: AbortSignal) => () =>
          new Promise((resolve, reject) => setTimeout(() => (signal.aborted ? reject(new Error('superseded')) : resolve(null))));
        void this.#pending((signal) => validateInSlices(input, slice, pause(signal)), (result) => this.#accepted(result), unreadable);
      }
    } catch (error) {
      this.#fail(unreadable(error));
    }
  }

  #accepted(result: ValidationResult): void {
    this.data = result;
    this.#modelStale = true;
    this.listLength = listPage;
    this.#pendingView = this.#askedView ?? this.#requestedView() ?? this.#focusView() ?? 'fit';
    this.#reach = this.#askedView;
    this.#askedView = undefined;
    if (this.selected !== null && !result.events.hasId(this.selected)) this.selected = null;
    const errors = this.#errors;
    this.noticeOpen = errors.length > 0;
    const { problems } = result;
    if (problems.length) {
      console.groupCollapsed(`<crisis-timeline>: ${problems.length} problem(s) with the data`);
      // The first hundred: a console of 100,000 warnings takes seconds to write.
      for (const p of problems.slice(0, 100)) console.warn(p.message);
      if (problems.length > 100) console.warn(`…and ${problems.length - 100} more.`);
      console.groupEnd();
    }
    if (errors.length) {
      this.#emit<TimelineErrorDetail>('timeline-error', {
        message: errorSummary(errors),
        problems: result.problems,
      });
    }
    this.#emit<TimelineLoadDetail>('timeline-load', { count: result.events.length });
  }

  #fail(message: string): void {
    this.data = noEvents();
    this.#modelStale = true;
    this.loadError = message;
    this.noticeOpen = true;
    console.warn(`<crisis-timeline>: ${message}`);
    this.#emit<TimelineErrorDetail>('timeline-error', { message, problems: [{ message }] });
  }

  // Event handlers

  readonly #onZoomIn = () => this.zoomBy(2, { animate: true });
  readonly #onZoomOut = () => this.zoomBy(0.5, { animate: true });
  readonly #onFit = () => this.fit({ animate: true });

  #onUserZoomEnd(): void {
    const range = this.visibleRange;
    this.#emit<TimelineRangeChangeDetail>('timeline-rangechange', range);
    this.#announce(`Showing ${this.#rangeText()}: ${countWords(this.#countInView())}.`);
    if (this.hashSync) this.#hashLink?.write();
  }

  #onEventClick(event: MouseEvent): void {
    const id = (event.target as Element).closest<HTMLElement>('[data-id]')?.dataset.id;
    if (id === undefined) return;
    event.stopPropagation();
    this.focused = this.#model.indexOf.get(id) ?? -1;
    this.#userSelect(id === this.selected ? null : id);
    // Its detail panel opens over the right of the plot: keep it clear of that.
    if (this.selected) this.#reveal(this.focused, true);
  }

  #onPlotClick(event: MouseEvent): void {
    const badge = this.#badgeUnder(event);
    if (badge) this.#zoomIntoCluster(badge.key);
    // A click on the empty plot (not a drag) clears the selection.
    else if (event.target === this.#plot && this.selected !== null) this.#userSelect(null);
  }

  #onPlotPointerMove(event: PointerEvent): void {
    // Not while dragging: the view moves under the pointer then, and the zoom cursor would flicker.
    const key = event.buttons ? null : (this.#badgeUnder(event)?.key ?? null);
    if (key !== this.hoveredCluster) this.hoveredCluster = key;
  }

  #onPlotPointerLeave(): void {
    this.hoveredCluster = null;
  }

  /** The cluster badge under the pointer, unless an event or a control is over it. */
  #badgeUnder(event: MouseEvent): Badge | undefined {
    if (!this.#badges.length) return undefined;
    const target = event.composedPath()[0] as Element;
    if (target !== this.#plot && !target.classList?.contains('lane')) return undefined;
    return badgeAt(this.#badges, ...pointerIn(this.#plot, event));
  }

  #userSelect(id: string | null): void {
    this.selected = id;
    this.#emit<TimelineSelectDetail>('timeline-select', { id });
    const index = id === null ? -1 : (this.#model.indexOf.get(id) ?? -1);
    this.#announce(index >= 0 ? `Selected: ${this.#accessibleText(index)}.` : 'Selection cleared.');
  }

  #onEventHover(event: PointerEvent): void {
    const id = (event.target as Element).closest<HTMLElement>('[data-id]')?.dataset.id;
    this.hovered = id === undefined ? -1 : (this.#model.indexOf.get(id) ?? -1);
  }

  #onEventLeave(): void {
    this.hovered = -1;
  }

  #onEventFocus(event: FocusEvent): void {
    const id = (event.target as HTMLElement).dataset?.id;
    if (id === undefined) return;
    this.focused = this.#model.indexOf.get(id) ?? -1;
    // The tooltip follows the keyboard focus, which arrow keys move only once the event is drawn.
    this.requestUpdate();
  }

  #onKeyDown(event: KeyboardEvent): void {
    const target = event.composedPath()[0] as HTMLElement;
    if (target.closest?.('input, select, textarea')) return;
    const onEvent = target.getAttribute?.('role') === 'option';
    const inPlot = onEvent || target === this.#eventList;
    let handled = true;
    switch (event.key) {
      case '+':
      case '=':
        this.#zoom.scaleBy(2, this.#animationTime / 2, this.#focusedX);
        break;
      case '-':
      case '_':
        this.#zoom.scaleBy(0.5, this.#animationTime / 2, this.#focusedX);
        break;
      case '0':
        this.fit({ animate: true });
        break;
      case 'Escape':
        if (this.selected === null) return;
        this.#userSelect(null);
        if (this.focused >= 0) this.#moveFocus(this.focused);
        break;
      default:
        handled = false;
    }
    if (!handled && inPlot) {
      handled = true;
      const shown = this.#model.shown;
      const position = this.focused >= 0 ? indexIn(shown, this.focused) : -1;
      // Arrows along the time axis go back and forth in time; arrows across it change row or column.
      const [back, forth, before, after] =
        this.#axis === 'x' ? ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] : ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];
      switch (event.key) {
        case back:
        case forth: {
          const direction = event.key === forth ? 1 : -1;
          if (event.shiftKey) this.#zoom.translateBy((-direction * this.#length) / 4, this.#animationTime / 3);
          else if (position < 0) this.#moveFocus(this.#nearestShown());
          else this.#moveFocus(shown[Math.max(0, Math.min(shown.length - 1, position + direction))]);
          break;
        }
        case before:
        case after:
          this.#moveFocus(this.#neighbourAcross(event.key === after ? 1 : -1));
          break;
        case 'Home':
          this.#moveFocus(shown[0]);
          break;
        case 'End':
          this.#moveFocus(shown[shown.length - 1]);
          break;
        case 'PageUp':
        case 'PageDown':
          this.#zoom.translateBy((event.key === 'PageDown' ? -1 : 1) * this.#length * 0.8, this.#animationTime / 3);
          break;
        case 'Enter':
        case ' ':
          if (!onEvent || this.focused < 0) return;
          this.#userSelect(this.#model.events.id(this.focused)!);
          this.#reveal(this.focused, true);
          break;
        default:
          handled = false;
      }
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  /** A click on a cluster's button (for assistive technology) zooms into it. */
  #onClusterClick(event: Event): void {
    const key = (event.target as HTMLElement).dataset.key;
    if (key === undefined) return;
    event.stopPropagation();
    this.#zoomIntoCluster(key);
  }

  #zoomIntoCluster(key: string): void {
    const cluster = this.#clusters.find((c) => c.key === key);
    if (!cluster) return;
    // Its events: those of its lane not drawn that come into view within its cell.
    const cellEnd = this.#scale.invert(cluster.x1).getTime();
    const [viewStart, viewEnd] = this.#scale.domain().map(Number);
    const { from, to, index } = this.#lanes[parseInt(key)].events;
    const drawn = new Set(this.#placed.map((p) => p.index));
    const members: number[] = [];
    let end = cluster.start;
    for (let p = firstWhere(0, from.length, (m) => from[m] >= cluster.start); from[p] <= cellEnd; p++) {
      if (!drawn.has(index[p]) && to[p] >= viewStart) {
        members.push(index[p]);
        end = Math.max(end, to[p]);
      }
    }
    // They all start within the cell: zoom to where they start, not to where the longest
    // of them ends, which can be weeks later and leave them as crowded as before.
    const span = Math.max(Math.min(end, cellEnd) - cluster.start, this.#narrowest);
    if (viewEnd - viewStart < span * 1.3) {
      // Zooming in would show no more: select and focus its next event instead, which draws
      // it (the selected and the focused event always are). Each click brings the next forward.
      const next = members.find((i) => i > Math.max(this.#selectedIndex, this.focused)) ?? members[0];
      if (next !== undefined) {
        // Focused where it is: moveFocus would zoom out to show an event not drawn yet.
        this.focused = next;
        this.#focusPending = true;
        this.#userSelect(this.#model.events.id(next)!);
      }
      return;
    }
    this.#show([cluster.start - span * 0.1, cluster.start + span * 1.1], true);
    setTimeout(() => this.#onUserZoomEnd(), this.#animationTime + 20);
  }

  readonly #onCloseDetail = () => {
    this.#userSelect(null);
    if (this.focused >= 0) this.#moveFocus(this.focused);
  };

  #onDismissNotice(): void {
    this.noticeOpen = false;
  }

  #onRetry(): void {
    this.#dataChanged();
  }

  #onToggleView(): void {
    this.view = this.view === 'list' ? 'timeline' : 'list';
  }

  readonly #onToggleCategory = (id: string) => {
    const all = [...this.#categoryIndex.keys()];
    const filter = this.#categoryFilter;
    const shown = new Set(filter ? all.filter((c) => filter.has(c)) : all);
    if (shown.has(id)) shown.delete(id);
    else shown.add(id);
    this.categories = shown.size === all.length ? null : [...shown].join(' ');
  };

  // Helpers

  #emit<T>(type: keyof GlobalEventHandlersEventMap, detail: T): void {
    /** @ignore The events are documented with @fires on the class. */
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  /** Says something to screen readers, once things have settled. */
  #announce(text: string): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => (this.announcement = text), 250);
  }

  /** Warns once about a value or a call the timeline cannot use, in the words of the on-demand parts. */
  #warn<K extends keyof Warnings>(key: K, ...values: Parameters<Warnings[K]>): void {
    // Checked here, not only by warnOnce: an invalid attribute is read again in every frame of a zoom.
    const id = `${key}:${values.join('|')}`;
    if (this.#warned.has(id)) return;
    this.#warned.add(id);
    // Not through loadParts, which styles the shadow root: a call may come before there is one.
    import('./parts/on-demand.js').then(
      ({ warnings }) => this.#warnOnce((warnings[key] as (...values: Parameters<Warnings[K]>) => string)(...values)),
      () => undefined, // loadParts, run once the page is idle, says when the chunk cannot be had
    );
  }

  /** Warns in the console, once per message. */
  #warnOnce(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`<crisis-timeline> ${message}`);
  }

  /** Falls back to the default for invalid attribute values, warning once about each. */
  #checkAttributes(changed: PropertyValues<this>): void {
    for (const [attribute, accepted] of Object.entries(choices) as [string, readonly string[]][]) {
      // The property of `group-by` is `groupBy`, and so on.
      const key = attribute.replace(/-(.)/, (_, letter: string) => letter.toUpperCase()) as 'theme' | 'groupBy' | 'view' | 'orientation';
      const value = this[key] as string | null | undefined;
      if (!changed.has(key) || accepted.includes(value as string)) continue;
      // A removed attribute means the default, and is no mistake.
      if (value != null) this.#warn('choice', attribute, value, accepted);
      (this as Record<string, unknown>)[key] = accepted[0];
    }
    if (changed.has('timeZone') && this.timeZone && !isTimeZone(this.timeZone)) {
      this.#warn('timeZone', this.timeZone);
    }
    if (changed.has('locale') && this.locale && !supportedLocale(this.locale)) {
      this.#warn('locale', this.locale);
    }
    if (changed.has('now') && this.now && !this.#nowDate) {
      this.#warn('now', this.now);
    }
  }

  /** The length of a span attribute in ms, or undefined (with a warning) when it is not a duration. */
  #spanAttribute(attribute: string, value: string | undefined): number | undefined {
    if (!value) return undefined;
    const ms = parseDuration(value);
    if (Number.isNaN(ms)) {
      this.#warn('span', attribute, value);
      return undefined;
    }
    return ms;
  }

  get #categoryFilter(): CategoryList | null {
    return categoryList(this.categories);
  }

  /** Pixels at the plot's right that the open detail panel covers, on a timeline wide enough to keep the plot beside it. */
  get #panelRoom(): number {
    return this.#selectedIndex >= 0 && this.#size.width >= geometry.panelBeside ? geometry.panelWidth : 0;
  }

  /** Along a horizontal axis that is the end of time: the view may move the data clear of it. */
  get #panelInset(): number {
    return this.#axis === 'x' ? this.#panelRoom : 0;
  }

  /** The narrowest view's span (ms). */
  get #narrowest(): number {
    return this.#spanAttribute('min-span', this.minSpan) ?? hour;
  }

  /** The view is too narrow for zooming into a cluster to show more: a click on one shows its next event instead (see zoomIntoCluster). */
  get #atNarrowest(): boolean {
    const [start, end] = this.#scale.domain();
    return +end - +start < this.#narrowest * 1.3;
  }

  /** Something to be shown is in the on-demand parts: the detail panel, the list, the notice's account of problems or a tooltip. */
  get #partsWanted(): boolean {
    return this.selected !== null || this.view === 'list' || this.noticeOpen || this.hovered >= 0 || this.focused >= 0;
  }

  /** The data's problems that left something out (not the warnings). */
  get #errors(): DataProblem[] {
    return this.data.problems.filter((p) => p.level !== 'warning');
  }

  get #selectedIndex(): number {
    return this.selected === null ? -1 : (this.#model.indexOf.get(this.selected) ?? -1);
  }

  /** The event that takes the tab stop: the focused one if drawn, else the selected, else the first drawn. */
  get #tabStop(): number {
    const drawn = (i: number) => i >= 0 && this.#placed.some((p) => p.index === i);
    if (drawn(this.focused)) return this.focused;
    if (drawn(this.#selectedIndex)) return this.#selectedIndex;
    return this.#placed[0]?.index ?? -1;
  }

  get #keyboardFocused(): boolean {
    return this.focused >= 0 && this.shadowRoot?.activeElement === this.#eventElement(this.focused) && this.matches(':focus-within');
  }

  /** Where the focused event is along the time axis, to zoom around it; undefined (the middle) when it is not in view. */
  get #focusedX(): number | undefined {
    const p = this.#placed.find((e) => e.index === this.focused);
    return p ? (p.x0 + p.x1) / 2 : undefined;
  }

  #eventElement(index: number): HTMLElement | null {
    const id = this.#model.events.id(index);
    if (id === undefined || !this.#eventList) return null;
    return [...this.#eventList.children].find((e) => (e as HTMLElement).dataset.id === id) as HTMLElement | null;
  }

  /** The shown event nearest the middle of the view. */
  #nearestShown(): number {
    const shown = this.#model.shown;
    const [v0, v1] = this.#scale.domain().map(Number);
    const middle = (v0 + v1) / 2;
    let best = shown[0];
    for (const i of shown) if (Math.abs(this.#model.from[i] - middle) < Math.abs(this.#model.from[best] - middle)) best = i;
    return best ?? -1;
  }

  /** The drawn event in the next row (or lane) down or up, nearest in time to the focused one. */
  #neighbourAcross(direction: 1 | -1): number {
    const current = this.#placed.find((p) => p.index === this.focused);
    if (!current) return this.#nearestShown();
    const x = (current.x0 + current.x1) / 2;
    const candidates = this.#placed.filter((p) => Math.sign(p.y - current.y) === direction);
    if (!candidates.length) return this.focused;
    const nearestY = direction > 0 ? Math.min(...candidates.map((p) => p.y)) : Math.max(...candidates.map((p) => p.y));
    const row = candidates.filter((p) => p.y === nearestY);
    row.sort((a, b) => Math.abs((a.x0 + a.x1) / 2 - x) - Math.abs((b.x0 + b.x1) / 2 - x));
    return row[0].index;
  }

  /** Events overlapping the view. */
  #countInView(): number {
    return this.#placed.length + this.#clusters.reduce((n, c) => n + c.count, 0);
  }

  /** The axis time runs along: x, or y for a vertical timeline (orientation, or auto when narrow). */
  get #axis(): TimeAxis {
    // Judged by the host's width: the plot's changes with the orientation, and is 0 while hidden.
    const width = this.#hostSize.width;
    // Side by side, lanes share the width: too many of them leave columns too narrow for a
    // word, where stacked they keep a whole row each, so auto stays horizontal then.
    const lanes = this.#model.lanes.length;
    const roomy = lanes < 2 || (width - geometry.axisWidth) / lanes >= geometry.columnWidth + geometry.clusterStrip;
    const vertical = this.orientation === 'vertical' || (this.orientation === 'auto' && width > 0 && width < verticalBelow && roomy);
    return vertical && this.view !== 'list' ? 'y' : 'x';
  }

  /** Length of the time axis (px). */
  get #length(): number {
    return this.#axis === 'x' ? this.#size.width : this.#size.height;
  }

  get #isDark(): boolean {
    return this.theme === 'dark' || (this.theme === 'auto' && this.#darkScheme.matches);
  }

  get #animationTime(): number {
    return this.#reducedMotion.matches ? 0 : 600;
  }

  /** The locale in force: the attribute, the nearest `lang`, or the browser's (undefined); read once per update. */
  #readLocale(): string | undefined {
    const lang = this.locale || this.closest('[lang]')?.getAttribute('lang') || undefined;
    return lang && supportedLocale(lang);
  }

  get #nowDate(): EdtfDate | null {
    const text = this.now || this.data.meta.now;
    if (!text) return null;
    try {
      return parseDate(text);
    } catch {
      return null;
    }
  }

  #nowLabel(now: EdtfDate): string {
    const date = formatDate(now, { locale: this.#resolvedLocale, short: true });
    const published = this.data.meta.documents?.some((d) => d.published === (this.now || this.data.meta.now));
    return !this.now && published ? `Article published, ${date}` : date;
  }

  /**
   * A date given as a Date or ms (taken as wall-clock time, like `visibleRange`), or as an
   * ISO 8601 / EDTF string: a date stays on its calendar day; a time with a zone is moved
   * to the display zone's clock.
   */
  #toTime(value: Date | string | number, edge: 'min' | 'max'): number {
    if (value instanceof Date) return value.getTime();
    if (typeof value === 'number') return value;
    try {
      const date = parseDate(String(value).trim());
      const time = edge === 'min' ? date.min : date.max;
      return date.zoned ? this.#wall(time) : time;
    } catch {
      return NaN;
    }
  }

  /** An instant as wall-clock time in the display zone (the reader's, unless `time-zone` names one). */
  #wall(instant: number): number {
    return this.#clock()(instant);
  }

  /** Instants to wall-clock time in the display zone. */
  #clock(): WallClock {
    return (this.#wallClock ??= this.#displayZone ? wallClock(this.#displayZone) : localWallClock());
  }

  /** The view the `start` and `end` attributes ask for, if both are valid dates. */
  #requestedView(): [number, number] | null {
    if (!this.start || !this.end) return null;
    const from = this.#toTime(this.start, 'min');
    const to = this.#toTime(this.end, 'max');
    if (!(to > from)) {
      this.#warn('view', this.start, this.end);
      return null;
    }
    return [from, to];
  }

  /** The dataset's focus window (`meta.focus`). */
  #focusView(): [number, number] | null {
    const focus = this.data.meta.focus;
    if (!focus) return null;
    const from = this.#toTime(focus.start, 'min');
    const to = this.#toTime(focus.end, 'max');
    return to > from ? [from, to] : null;
  }

  #dateText(resolved: ResolvedEvent): string {
    return describeDates(resolved.start, resolved.end, resolved.startUnknown, {
      locale: this.#resolvedLocale,
      timeZone: this.#displayZone,
    });
  }

  #formatEdtf(text: string): string {
    try {
      return formatDate(parseDate(text), { locale: this.#resolvedLocale });
    } catch {
      return text;
    }
  }

  /** What a screen reader says of an event: title, date in words, status, category (cached: it is asked every frame). */
  #accessibleText(index: number): string {
    let text = this.#spoken[index];
    if (text === undefined) {
      const resolved = this.#model.events.get(index);
      const parts = [resolved.title, this.#dateText(resolved), statusWords[resolved.status]];
      if (resolved.category) parts.push(this.#categoryLabel(resolved.category));
      text = this.#spoken[index] = parts.join(', ');
    }
    return text;
  }

  #categoryLabel(id: string): string {
    return this.data.meta.categories?.find((c) => c.id === id)?.label ?? id;
  }

  /** The colour (overridable per category) and shape of a category's marks, as inline custom properties. */
  #colorStyle(category: string | undefined): string {
    if (category === undefined) return '';
    let style = this.#categoryStyles.get(category);
    if (style === undefined) {
      const i = this.#categoryIndex.get(category) ?? 0;
      const name = category.toLowerCase().replace(/[^a-z0-9-]/g, '-');
      style = `--_color:var(--crisis-timeline-category-${name},var(--_palette-${i % 8}));--_shape:${shapes[i % shapes.length]}`;
      this.#categoryStyles.set(category, style);
    }
    return style;
  }

  #rangeText(): string {
    if (!this.#size.width) return '';
    const [start, end] = this.#scale.domain();
    // The view ends where its last day (or minute) ends: a view of 5-20 February ends at the
    // start of the 21st, which it does not show.
    return dateFormat(this.#resolvedLocale, { ...spanOptions(+end - +start), timeZone: 'UTC' }).formatRange(start, +end - 1);
  }
}

customElements.define('crisis-timeline', CrisisTimeline);

const locales = new Map<string, string | undefined>();
/**
 * The locale if it is a well-formed BCP 47 tag, else undefined (the browser's). (Intl falls
 * back by itself for tags it has no data for; asking it which it has costs tens of ms.)
 */
function supportedLocale(lang: string): string | undefined {
  if (!locales.has(lang)) {
    let supported: string | undefined;
    try {
      supported = Intl.getCanonicalLocales(lang)[0];
    } catch {
      supported = undefined;
    }
    locales.set(lang, supported);
  }
  return locales.get(lang);
}

/** How many events a dataset (an array, or an object with `events`) holds. */
function eventCount(data: unknown): number {
  const list = Array.isArray(data) ? data : (data as { events?: unknown } | null)?.events;
  return Array.isArray(list) ? list.length : 0;
}

/** Position of `value` in a sorted Int32Array, or -1. */
function indexIn(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] === value ? lo : -1;
}

/** Problems in a sentence: how many events were left out, or what is wrong with the data as a whole. */
function errorSummary(errors: DataProblem[]): string {
  const refused = errors.filter((p) => p.index !== undefined).length;
  return refused ? `${countWords(refused)} could not be used.` : errors[0].message;
}

/** Dates known only to the month or coarser. */
function isCoarse(date: EdtfDate): boolean {
  return date.precision !== 'day' && date.precision !== 'minute' && date.precision !== 'second';
}

/** The parts of a date that tell apart the ends of a span of `ms`: years across years, down to minutes within days. */
function spanOptions(ms: number): Intl.DateTimeFormatOptions {
  return ms > 3 * 365 * day
    ? { year: 'numeric' }
    : ms > 60 * day
      ? { year: 'numeric', month: 'short' }
      : ms > 2 * day
        ? { year: 'numeric', month: 'short', day: 'numeric' }
        : { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
}

/** A cluster cell: a power of two of ms near `ms`, so cells stay put while the view pans. */
function cellSize(ms: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(ms, 1)));
}

/** Runs `task` once the page is idle (or in a second, where there is no requestIdleCallback). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task);
  else setTimeout(task, 1000);
}

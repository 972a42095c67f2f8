// Keeps a timeline's selected event and view in the URL hash, so that a link opens it
// there and the browser's back button steps back through selections:
// #event=<id>&from=<iso minute>&to=<iso minute>. With `hash-sync="name"` the keys are
// name.event, name.from and name.to, so that several timelines share one URL. Only these
// keys are touched; the page's own keys stay. A chunk of its own, loaded only by
// timelines with `hash-sync`.

import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface HashSyncHost extends ReactiveControllerHost, Element {
  hashSync: boolean;
  selected: string | null;
  readonly hasUpdated: boolean;
  zoomTo(start: string, end: string): void;
}

export interface HashSyncOptions {
  /** Whether the data has an event with this id. */
  has(id: string): boolean;
  /** The view shown, or nothing before the timeline has a size. */
  view(): Date[] | undefined;
}

export class HashSyncController implements ReactiveController {
  /** The selection last written; undefined before the first write. */
  #written?: string | null;

  constructor(
    private readonly host: HashSyncHost,
    private readonly options: HashSyncOptions,
  ) {
    host.addController(this);
    this.read();
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  hostUpdated(): void {
    if (this.host.hashSync && this.host.selected !== this.#written) this.write();
  }

  /** Shows the view and selects the event the hash names. */
  read(): void {
    const { host } = this;
    const params = new URLSearchParams(location.hash.slice(1));
    const [id, from, to] = ['event', 'from', 'to'].map((key) => params.get(this.#key(key)));
    if (from && to) host.zoomTo(from, to);
    // Before the first update the data may still be on its way: its ids are not known yet.
    if (id !== null ? !host.hasUpdated || this.options.has(id) : host.hasUpdated) host.selected = id;
    this.#written = host.selected;
  }

  /** Records the selection and the view, as a new entry of the browser's history. */
  write(): void {
    const { selected } = this.host;
    const params = new URLSearchParams(location.hash.slice(1));
    if (selected) params.set(this.#key('event'), selected);
    else params.delete(this.#key('event'));
    const view = this.options.view();
    if (view) {
      params.set(this.#key('from'), isoMinute(view[0]));
      params.set(this.#key('to'), isoMinute(view[1]));
    }
    this.#written = selected;
    const hash = `#${params}`;
    if (hash !== location.hash) history.pushState(null, '', hash);
  }

  /** A key of this timeline's in the hash: prefixed with the name `hash-sync` gives, if any. */
  #key(key: string): string {
    const name = this.host.getAttribute('hash-sync');
    return name ? `${name}.${key}` : key;
  }

  readonly #onHashChange = () => {
    if (this.host.hashSync) this.read();
  };
}

/** `2022-02-10T06:30`: the view's wall-clock minutes, as the timeline shows them. */
function isoMinute(date: Date): string {
  return date.toISOString().slice(0, 16);
}

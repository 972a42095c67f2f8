// Tracks whether a media query matches (a dark colour scheme, reduced motion…)
// and updates the host when that changes; the listener lives while the host is connected.

import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class MediaQueryController implements ReactiveController {
  matches = false;
  readonly #query: MediaQueryList | undefined;

  constructor(private readonly host: ReactiveControllerHost, query: string) {
    this.#query = typeof matchMedia === 'function' ? matchMedia(query) : undefined;
    this.matches = this.#query?.matches ?? false;
    host.addController(this);
  }

  hostConnected(): void {
    this.#query?.addEventListener('change', this.#onChange);
    this.#onChange();
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#onChange);
  }

  readonly #onChange = () => {
    const matches = this.#query?.matches ?? false;
    if (matches === this.matches) return;
    this.matches = matches;
    this.host.requestUpdate();
  };
}

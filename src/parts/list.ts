// The list view: the same events as an ordered list a reader can read top to bottom,
// each with a machine-readable <time>, in sync with the timeline's selection.

import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssom } from '../directives/cssom-style.js';
import { machineDate } from '../time/format.js';
import { statusWords } from './words.js';
import type { ResolvedEvent } from '../data/validate.js';

export interface ListView {
  /** The events listed, in time order. */
  events: ResolvedEvent[];
  /** How many more events there are after these. */
  more: number;
  selected: string | null;
  /** An event's date in words. */
  when: (event: ResolvedEvent) => string;
  categoryLabel: (id: string) => string;
  /** Inline style giving a category's colour and shape. */
  style: (category: string | undefined) => string;
  onSelect: (id: string) => void;
  onMore: () => void;
}

export function renderList(view: ListView): TemplateResult {
  return html`<div class="list" part="list">
    <ol class="list-items" aria-label="Events, in time order">
      ${repeat(
        view.events,
        (event) => event.id,
        (event) => html`<li
          class="list-item ${event.status} ${event.id === view.selected ? 'selected' : ''}"
          data-id=${event.id}
          style=${cssom(view.style(event.category))}
          aria-current=${event.id === view.selected ? 'true' : nothing}
        >
          <span class="key-mark" aria-hidden="true"></span>
          <time datetime=${machineDate(event.start)}>${view.when(event)}</time>
          <button type="button" class="list-title" dir="auto" @click=${() => view.onSelect(event.id)}>${event.title}</button>
          <span class="list-meta">${statusWords[event.status]}${event.category ? ' · ' : ''}<bdi>${event.category ? view.categoryLabel(event.category) : ''}</bdi></span>
        </li>`,
      )}
    </ol>
    ${view.more > 0
      ? html`<button type="button" class="more" @click=${view.onMore}>Show ${Math.min(view.more, 200)} more of ${view.more.toLocaleString('en')}</button>`
      : nothing}
    ${view.events.length === 0 ? html`<p class="empty">No events to show.</p>` : nothing}
  </div>`;
}

// The list view: the same events as an ordered list a reader can read top to bottom,
// each with a machine-readable <time>, in sync with the timeline's selection.

import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssom } from '../directives/cssom-style.js';
import { statusWords } from './words.js';
import type { EventStatus } from '../types.js';

export interface ListItem {
  id: string;
  title: string;
  status: EventStatus;
  /** `<time datetime>` value and the date in words. */
  datetime: string;
  when: string;
  category?: string;
  style: string;
}

export interface ListView {
  items: ListItem[];
  /** How many more events there are after these. */
  more: number;
  selected: string | null;
  onSelect: (id: string) => void;
  onMore: () => void;
}

export function renderList(view: ListView): TemplateResult {
  return html`<div class="list" part="list">
    <ol class="list-items">
      ${repeat(
        view.items,
        (item) => item.id,
        (item) => html`<li
          class="list-item ${item.status} ${item.id === view.selected ? 'selected' : ''}"
          data-id=${item.id}
          style=${cssom(item.style)}
          aria-current=${item.id === view.selected ? 'true' : nothing}
        >
          <span class="key-mark" aria-hidden="true"></span>
          <time datetime=${item.datetime}>${item.when}</time>
          <button type="button" class="list-title" @click=${() => view.onSelect(item.id)}>${item.title}</button>
          <span class="list-meta">${statusWords[item.status]}${item.category ? ` · ${item.category}` : ''}</span>
        </li>`,
      )}
    </ol>
    ${view.more > 0
      ? html`<button type="button" class="more" @click=${view.onMore}>Show ${Math.min(view.more, 200)} more of ${view.more}</button>`
      : nothing}
    ${view.items.length === 0 ? html`<p class="empty">No events to show.</p>` : nothing}
  </div>`;
}

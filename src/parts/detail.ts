// The detail panel of the selected event: what happened, when (at the date's own
// precision, with its uncertainty), who, where, and the sentence of the source it
// comes from. Every string is data and is rendered as text.

import { html, nothing, type TemplateResult } from 'lit';
import { cssom } from '../directives/cssom-style.js';
import { printable } from '../data/printable.js';
import type { ResolvedEvent } from '../data/validate.js';
import type { SourceDocument } from '../types.js';
import { statusWords } from './words.js';

export interface DetailView {
  resolved: ResolvedEvent;
  /** The date in words. */
  when: string;
  categoryLabel?: string;
  document?: SourceDocument;
  /** The document's publication date in words. */
  published?: string;
  /** Inline style giving the event's colour. */
  style: string;
  onClose: () => void;
}

export function renderDetail(view: DetailView): TemplateResult {
  const { event } = view.resolved;
  const { source } = event;
  const { document } = view;
  const url = source?.url ?? document?.url;
  const title = document?.title ?? 'Source';
  return html`<aside part="detail" class="detail" aria-label="Details: ${event.title}" style=${cssom(view.style)}>
    <button type="button" class="close" aria-label="Close details" title="Close (Esc)" @click=${view.onClose}>×</button>
    <h2 dir="auto">${event.title}</h2>
    <p class="when">${view.when}<span class="badge status-${event.status}">${statusWords[event.status]}</span></p>
    ${event.summary ? html`<p dir="auto">${printable(event.summary)}</p>` : nothing}
    <dl>
      ${view.categoryLabel ? html`<dt>Category</dt><dd dir="auto">${view.categoryLabel}</dd>` : nothing}
      ${event.actors.length ? html`<dt>Actors</dt><dd dir="auto">${printable(event.actors.join(', '))}</dd>` : nothing}
      ${event.place ? html`<dt>Place</dt><dd dir="auto">${printable(event.place)}</dd>` : nothing}
    </dl>
    ${source
      ? html`<figure class="source">
          <blockquote dir="auto" class=${/^["“‘']/.test(source.quote) ? 'quoted' : ''} cite=${url ?? nothing}>${printable(source.quote)}</blockquote>
          ${url || document
            ? html`<figcaption>
                ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${title}</a>` : title}${document?.publisher
                  ? `, ${document.publisher}`
                  : ''}${view.published ? `, ${view.published}` : ''}
              </figcaption>`
            : nothing}
        </figure>`
      : nothing}
    ${event.dateNote ? html`<p class="note"><strong>About the date:</strong> ${printable(event.dateNote)}</p>` : nothing}
  </aside>`;
}

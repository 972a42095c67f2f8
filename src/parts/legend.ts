// The legend: one toggle per category (its colour and shape), and a key to every
// other visual code the timeline uses, so nothing is told by colour alone.

import { html, nothing, type TemplateResult } from 'lit';
import { cssom } from '../directives/cssom-style.js';
import { compactCount } from './words.js';

export interface LegendCategory {
  id: string;
  label: string;
  /** Inline style giving the category's colour and shape. */
  style: string;
  shown: boolean;
  count: number;
}

export interface LegendView {
  categories: LegendCategory[];
  /** How many categories more the data has, with no toggle of their own (if above 0). */
  more: number;
  /** Label of the reference line, when one is drawn. */
  nowLabel?: string;
  /** On narrow screens the key is folded away until asked for. */
  keyOpen: boolean;
  onToggle: (id: string) => void;
  onToggleKey: () => void;
}

export function renderLegend(view: LegendView): TemplateResult {
  return html`<div class="legend ${view.keyOpen ? 'key-open' : ''}" part="legend" role="group" aria-label="Legend">
    ${view.categories.length > 1
      ? html`<div class="legend-categories" role="group" aria-label="Show categories">
          ${view.categories.map(
            (c) => html`<button
              type="button"
              class="chip"
              aria-pressed=${c.shown ? 'true' : 'false'}
              style=${cssom(c.style)}
              title="${c.shown ? 'Hide' : 'Show'} ${c.label} (${c.count})"
              @click=${() => view.onToggle(c.id)}
            >
              <span class="key-mark" aria-hidden="true"></span><bdi>${c.label}</bdi>
            </button>`,
          )}
          ${view.more > 0 ? html`<span class="more">and ${compactCount(view.more)} more</span>` : nothing}
        </div>`
      : nothing}
    <button type="button" class="key-toggle" aria-expanded=${view.keyOpen ? 'true' : 'false'} aria-controls="key" @click=${view.onToggleKey}>
      Key
    </button>
    <ul class="legend-key" id="key" aria-label="Key">
      <li><span class="key-mark" aria-hidden="true"></span>Reported</li>
      <li><span class="key-mark hollow" aria-hidden="true"></span><em>Expected</em></li>
      <li><span class="key-bar" aria-hidden="true"></span>Period</li>
      <li><span class="key-rail" aria-hidden="true"></span>Period, in a crowded lane</li>
      <li><span class="key-bar fuzzy" aria-hidden="true"></span>Approximate or open end</li>
      <li><span class="key-band" aria-hidden="true"></span>Known only to the month or year</li>
      <li><span class="key-cluster" aria-hidden="true">+3</span>Events too close to draw: click to zoom in</li>
      ${view.nowLabel ? html`<li><span class="key-now" aria-hidden="true"></span>${view.nowLabel}</li>` : nothing}
    </ul>
  </div>`;
}

// The tooltip of the event under the pointer or the keyboard's focus: its title, its date
// in words and its status. The detail panel says more; so does each event's accessible name.

import { html, type TemplateResult } from 'lit';
import { cssom } from '../directives/cssom-style.js';
import type { EventStatus } from '../types.js';
import { statusWords } from './words.js';

export interface TooltipView {
  title: string;
  /** The date in words. */
  when: string;
  status: EventStatus;
  /** Where it goes in the plot (px): under the event at `top`, or over it, ending there. */
  left: number;
  top: number;
  below: boolean;
}

export function renderTooltip(view: TooltipView): TemplateResult {
  return html`<div
    class="tooltip"
    part="tooltip"
    aria-hidden="true"
    style=${cssom(`left:${view.left}px;top:${view.top}px;${view.below ? '' : 'transform:translateY(-100%)'}`)}
  >
    <strong dir="auto">${view.title}</strong>
    ${view.when} · ${statusWords[view.status]}
  </div>`;
}

// What the notice says about data that could not be used in full: what was wrong with the
// dataset as a whole, or which events were left out and why. Most data has no problems,
// so this comes with the parts fetched on demand; until then the notice gives its summary.

import { html, nothing, type TemplateResult } from 'lit';
import type { DataProblem } from '../types.js';
import { countWords } from './words.js';

/** How many refused events the notice names; the timeline-error event carries them all. */
const named = 3;

export function renderProblems(errors: readonly DataProblem[]): TemplateResult {
  // Problems with the dataset as a whole (its shape, its size) name no event.
  if (errors.every((p) => p.index === undefined)) {
    return html`<strong>The data could not be used.</strong> ${errors.map((p) => p.message).join(' ')}`;
  }
  return html`<strong>${countWords(errors.length)} ${errors.length === 1 ? 'was' : 'were'} left out:</strong>
    <ul>
      ${errors.slice(0, named).map((p) => html`<li>${p.message}</li>`)}
    </ul>
    ${errors.length > named ? html`<div>…and ${errors.length - named} more (all in the timeline-error event).</div>` : nothing}`;
}

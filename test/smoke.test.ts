import { expect, fixture, html } from '@open-wc/testing';
import '../src/crisis-timeline.js';
import type { CrisisTimeline } from '../src/crisis-timeline.js';

describe('smoke', () => {
  it('renders the built-in events', async () => {
    const el = await fixture<CrisisTimeline>(html`<crisis-timeline style="width:900px"></crisis-timeline>`);
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    const marks = el.shadowRoot!.querySelectorAll('[part~="event"]');
    expect(el.events.length).to.be.greaterThan(10);
    expect(marks.length).to.be.greaterThan(3);
  });
});

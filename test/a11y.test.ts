import { expect, html } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { settle, shadow, timeline } from './helpers.js';

describe('accessibility', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${theme} theme, timeline view`, async () => {
      const el = await timeline(html`<crisis-timeline theme=${theme} style="width:1000px"></crisis-timeline>`);
      await expect(el).to.be.accessible();
    });

    it(`has no axe violations in the ${theme} theme with an event selected`, async () => {
      const el = await timeline(html`<crisis-timeline theme=${theme} style="width:1000px" selected="truss-lavrov-talks"></crisis-timeline>`);
      expect(shadow(el, '[part~="detail"]').length).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it(`has no axe violations in the ${theme} theme, list view`, async () => {
      const el = await timeline(html`<crisis-timeline theme=${theme} view="list" selected="truss-lavrov-talks"></crisis-timeline>`);
      expect(shadow(el, '.list-item').length).to.be.greaterThan(10);
      // Named as the timeline's listbox is: a screen reader says what the list holds.
      expect(shadow(el, '[part~="list"] ol')[0].getAttribute('aria-label')).to.equal('Events, in time order');
      await expect(el).to.be.accessible();
    });
  }

  it('follows a dark colour scheme with theme="auto"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await timeline(html`<crisis-timeline theme="auto"></crisis-timeline>`);
    const base = shadow(el, '[part~="base"]')[0];
    expect(base.classList.contains('dark')).to.be.true;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(21, 25, 30)');
    await expect(el).to.be.accessible();
  });

  it('draws in the forced palette of a high contrast theme, whatever its own theme and the categories\' colours', async () => {
    // Windows' high contrast themes force CSS colours, but not marks that keep their own
    // backgrounds, nor SVG's fill and stroke. A light theme in a black high contrast theme
    // is where colours of its own would be dark on black, or a category's red.
    await executeServerCommand('forced-colors', { active: true, colorScheme: 'dark' });
    try {
      const palette = ['#0a5cc2', '#b3261e', '#1a7f37', '#8250df', '#9a6700', '#bf3989', '#0e7a8a', '#57606a', '#1b1f24', '#d0d7de'].map((hex) => {
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        return `rgb(${r}, ${g}, ${b})`;
      });
      for (const orientation of ['horizontal', 'vertical']) {
        // The article's events: points, boxes, rails, expected ones dashed, fuzzy ends; and a selection.
        const el = await timeline(html`<crisis-timeline theme="light" orientation=${orientation} style="width:1000px" selected="truss-lavrov-talks"></crisis-timeline>`);
        const text = getComputedStyle(shadow(el, '[part~="base"]')[0]).color;
        expect(text).to.equal('rgb(255, 255, 255)');
        const major = shadow(el, '.axis .major text');
        const minor = shadow(el, '.axis .minor text');
        expect(minor.length).to.be.greaterThan(3);
        for (const label of [...major, ...minor]) expect(getComputedStyle(label).fill, label.textContent).to.equal(text);
        for (const line of shadow(el, '.axis .minor line')) expect(getComputedStyle(line).stroke).to.equal(text);
        // A date known only to the month or year shows its period as a band, in the palette's text colour.
        const bands = shadow(el, '.event.band');
        expect(bands.length).to.be.greaterThan(0);
        for (const band of bands) expect(getComputedStyle(band, '::before').backgroundColor, band.textContent).to.equal('color(srgb 1 1 1 / 0.14)');
        const marks = shadow(el, '.event .mark, [part~="legend"] .key-mark, [part~="legend"] .key-rail');
        expect(marks.length).to.be.greaterThan(20);
        for (const mark of marks) {
          const style = getComputedStyle(mark);
          const border = style.borderTopStyle !== 'none' && style.borderTopWidth !== '0px';
          const drawn = [style.backgroundColor, style.backgroundImage, border ? style.borderTopColor : '', style.outlineStyle !== 'none' ? style.outlineColor : ''].join(' ');
          for (const colour of palette) expect(drawn, `${orientation} ${mark.parentElement!.textContent}`).not.to.include(colour);
        }
        // Text is never in the colour of the backplate the palette draws behind it (Canvas):
        // the pressed List button, drawn inverted in the themes, keeps readable text.
        el.view = 'list';
        await settle(el);
        const canvas = getComputedStyle(shadow(el, '[part~="base"]')[0]).backgroundColor;
        expect(canvas).to.equal('rgb(0, 0, 0)');
        const pressed = shadow(el, '.controls button[aria-pressed="true"]');
        expect(pressed.length).to.equal(1);
        expect(getComputedStyle(pressed[0]).color).not.to.equal(canvas);
        // The tooltip, whose shadow the palette drops, keeps an outline of its own.
        el.view = 'timeline';
        el.selected = null;
        await settle(el);
        shadow(el, '.event')[0].focus();
        await settle(el);
        const tooltip = shadow(el, '[part~="tooltip"]');
        expect(tooltip.length).to.equal(1);
        expect([getComputedStyle(tooltip[0]).borderTopStyle, getComputedStyle(tooltip[0]).borderTopColor]).to.deep.equal(['solid', text]);
      }
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });

  it('is a labelled region whose events are a list of options in time order', async () => {
    const el = await timeline(html`<crisis-timeline label="Crisis timeline" style="width:1000px"></crisis-timeline>`);
    const region = shadow(el, '[part~="base"]')[0];
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-label')).to.equal('Crisis timeline');
    const options = shadow(el, '[role="option"]');
    const ids = options.map((o) => o.dataset.id!);
    const order = el.events.map((e) => e.id).filter((id) => ids.includes(id));
    expect(ids).to.deep.equal(order);
    const drills = options.find((o) => o.dataset.id === 'russia-belarus-drills')!;
    const label = drills.getAttribute('aria-label')!;
    expect(label).to.contain('Russia–Belarus drills');
    expect(label).to.match(/20/);
    expect(label).to.contain('Expected');
    expect(label).to.contain('Military');
    expect(shadow(el, '[part~="axis"]')[0].getAttribute('aria-hidden')).to.equal('true');
  });

  it('names each control once, by what it does', async () => {
    // Wide enough for the words beside the icons ("All", "List"), which must not be said twice.
    await timeline(html`<crisis-timeline style="width:1000px"></crisis-timeline>`);
    type Node = { role: string; name: string; children?: Node[] };
    // Chromium leaves out the toolbar as a node of its own: its buttons come first in the region.
    const snapshot = (await a11ySnapshot({})) as unknown as Node;
    const region = snapshot.children!.find((node) => node.role === 'region')!;
    const nodes = region.children!;
    const found = nodes.slice(0, nodes.findIndex((node) => node.role === 'listbox')).map((node) => `${node.role}: ${node.name}`);
    expect(found).to.deep.equal(['Zoom in', 'Zoom out', 'Show all events', 'Previous event', 'Next event', 'List view'].map((name) => `button: ${name}`));
  });

  describe('every control and event in the accessibility tree has a name, said once', () => {
    type Node = { role: string; name: string; children?: Node[] };
    const named = new Set(['button', 'option', 'link', 'listbox', 'region', 'complementary']);
    /** Named nodes of the tree, with their problem if any: no name, or a word said twice in a row ("List List view"). */
    const problems = async () => {
      const found: string[] = [];
      let count = 0;
      const walk = (node: Node) => {
        if (named.has(node.role)) {
          count++;
          const name = node.name.trim();
          if (!name) found.push(`${node.role} without a name`);
          const twice = /\b(\p{L}+) \1\b/iu.exec(name);
          if (twice) found.push(`${node.role} "${name}" says "${twice[1]}" twice`);
        }
        node.children?.forEach(walk);
      };
      walk((await a11ySnapshot({})) as unknown as Node);
      return { found, count };
    };
    const events = [
      ...Array.from({ length: 40 }, (_, i) => ({ id: `busy-${i}`, title: `Busy day ${i}`, start: '2022-02-10', category: 'Military' })),
      { id: 'far', title: 'Later', start: '2022-06-01', category: 'Diplomacy', source: { quote: 'A quote.', url: 'https://example.org/' } },
      { id: 'bad', title: 'Bad date', start: '2022-13-01' },
    ];
    const states = {
      'the article, as it opens': html`<crisis-timeline style="width:1000px"></crisis-timeline>`,
      'an event selected': html`<crisis-timeline style="width:1000px" selected="truss-lavrov-talks"></crisis-timeline>`,
      'the list view': html`<crisis-timeline style="width:1000px" view="list"></crisis-timeline>`,
      'vertical, in lanes': html`<crisis-timeline style="width:400px" orientation="vertical" group-by="category"></crisis-timeline>`,
      'clusters, a source link and a refused event': html`<crisis-timeline style="width:700px" group-by="category" selected="far" .events=${events}></crisis-timeline>`,
    };
    for (const [state, template] of Object.entries(states)) {
      it(state, async () => {
        await timeline(template);
        await new Promise((resolve) => setTimeout(resolve, 300)); // the on-demand parts
        const { found, count } = await problems();
        expect(count, 'named nodes found').to.be.greaterThan(5);
        expect(found).to.deep.equal([]);
      });
    }
  });

  it('announces a selection politely', async () => {
    const el = await timeline(html`<crisis-timeline style="width:1000px"></crisis-timeline>`);
    shadow(el, '[data-id="truss-lavrov-talks"]')[0].click();
    await new Promise((r) => setTimeout(r, 400));
    await settle(el);
    const live = shadow(el, '[aria-live="polite"]')[0];
    expect(live.textContent).to.contain('Selected: Truss holds talks with Lavrov');
  });

  it('jumps instead of animating when reduced motion is asked for', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await timeline(html`<crisis-timeline style="width:1000px"></crisis-timeline>`);
    shadow(el, 'button[aria-label="Show all events"]')[0].click();
    await settle(el);
    expect(el.visibleRange.start.getUTCFullYear()).to.be.at.most(1949);
  });

  it('gives every event and control a target of at least 24 by 24 px', async () => {
    const el = await timeline(html`<crisis-timeline style="width:1000px"></crisis-timeline>`);
    for (const target of shadow(el, '[part~="event"], [part~="controls"] button, .chip')) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.outerHTML.slice(0, 80)).to.be.at.least(24);
      expect(box.width, target.outerHTML.slice(0, 80)).to.be.at.least(24);
    }
  });
});

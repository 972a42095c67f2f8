// The demo page, as a reader uses it: the article and its timeline linked both ways.
// It loads the built bundle (npm test builds before running the tests).
import { expect } from '@open-wc/testing';
import type { CrisisTimeline } from '../src/crisis-timeline.js';

async function until<T>(read: () => T | null | undefined | false, timeout = 15000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the demo page', () => {
  let frame: HTMLIFrameElement;
  let page: Document;
  let timeline: CrisisTimeline;

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width:1280px;height:900px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/demo/index.html';
    document.body.append(frame);
    await loaded;
    page = frame.contentDocument!;
    timeline = await until(() => page.querySelector<CrisisTimeline>('#article-timeline'));
    await until(() => page.querySelectorAll('#article-text a.source').length > 10);
  });
  after(() => frame.remove());

  it('highlights every sentence that is a source of an event, verbatim', () => {
    const sentences = [...page.querySelectorAll<HTMLAnchorElement>('#article-text a.source')].map((link) =>
      [...link.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(''),
    );
    expect(sentences.length).to.be.greaterThan(15);
    // Every quote is a highlighted sentence, or a clause within one.
    for (const event of timeline.events) {
      const quote = event.source!.quote;
      expect(sentences.some((text) => text.includes(quote)), quote).to.be.true;
    }
  });

  it('a click on a sentence selects its event on the timeline and brings it into view', async () => {
    const link = [...page.querySelectorAll<HTMLAnchorElement>('#article-text a.source')].find((a) =>
      a.textContent.includes('Russia and Belarus are preparing'),
    )!;
    link.click();
    expect(timeline.selected).to.equal('russia-belarus-drills');
    expect(link.getAttribute('aria-current')).to.equal('true');
    await new Promise((r) => setTimeout(r, 900));
    await timeline.updateComplete;
    const { start, end } = timeline.visibleRange;
    expect(start.getTime()).to.be.below(Date.UTC(2022, 1, 10));
    expect(end.getTime()).to.be.above(Date.UTC(2022, 1, 12));
    expect(timeline.shadowRoot!.querySelector('[part~="detail"] h2')!.textContent).to.contain('Russia–Belarus drills');
  });

  it("the list example's entries say status and category apart, as built and minified", async () => {
    const list = page.querySelector<CrisisTimeline>('crisis-timeline[view="list"]')!;
    const meta = await until(() => list.shadowRoot!.querySelector('.list-meta'));
    expect(meta.textContent).to.equal('Reported · Robotic missions');
  });

  it('selecting an event on the timeline marks its sentence in the article', async () => {
    const mark = await until(() => timeline.shadowRoot!.querySelector<HTMLElement>('[data-id="truss-lavrov-talks"]'));
    mark.click();
    await until(() => page.querySelector('#article-text [aria-current]'));
    const current = page.querySelector('#article-text [aria-current]')!;
    expect(current.textContent).to.contain('Speaking to her counterpart, Sergei Lavrov');
    // Clearing the selection clears the mark.
    timeline.shadowRoot!.querySelector<HTMLButtonElement>('[part~="detail"] .close')!.click();
    await until(() => !page.querySelector('#article-text [aria-current]'));
  });
});

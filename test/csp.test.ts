// Project issue 6, part three: safe by construction under a strict Content-Security-Policy.
// The test runner's own page uses inline scripts, so the policy applies to a page of its
// own, test/fixtures/robustness/csp.html, served with the header
//   default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
// (see test/fixtures/robustness/middleware.js), opened in an iframe. The page loads the
// built bundle (/dist/crisis-timeline.js: run `npm run build` first; `npm test` does) or
// the sources, exercises the component and posts back what it saw, with every
// `securitypolicyviolation`.
import { expect } from '@open-wc/testing';

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  sourceFile: string;
  line: number;
  target: string;
}

interface CspResult {
  bundle?: string;
  failed?: string;
  steps: Record<string, unknown>;
  violations: Violation[];
  probeViolations: Violation[];
  errors: string[];
}

/** Opens the strict-CSP page in an iframe and waits for its report. */
async function runCspPage(bundle: 'dist' | 'src'): Promise<CspResult> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:960px;height:600px;border:0';
  const result = new Promise<CspResult>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the CSP page did not report within 15 s')), 15000);
    window.addEventListener('message', function onMessage(event: MessageEvent<{ type?: string; result: CspResult } | null>) {
      if (event.source !== iframe.contentWindow || event.data?.type !== 'csp-result') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(event.data.result);
    });
  });
  iframe.src = `/test/fixtures/robustness/csp.html?bundle=${bundle}`;
  document.body.append(iframe);
  try {
    return await result;
  } finally {
    iframe.remove();
  }
}

/** Violations summed up by directive and source, for messages. */
const summary = (violations: Violation[]) => {
  const counts = new Map<string, number>();
  for (const v of violations) {
    const key = `${v.directive} ${v.blockedURI} ${v.sourceFile.replace(/^https?:\/\/[^/]+/, '')}:${v.line}${v.sample ? ` "${v.sample}"` : ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${n}× ${key}`);
};

describe('strict Content-Security-Policy', () => {
  const results = new Map<string, CspResult>();
  const run = async (bundle: 'dist' | 'src') => {
    if (!results.has(bundle)) results.set(bundle, await runCspPage(bundle));
    return results.get(bundle)!;
  };

  for (const bundle of ['dist', 'src'] as const) {
    describe(bundle === 'dist' ? 'the built bundle' : 'the sources', () => {
      it('loads, renders the built-in events, zooms with the wheel and selects on click', async () => {
        const r = await run(bundle);
        console.log(`[csp] ${bundle}: ${JSON.stringify(r.steps)}`);
        console.log(`[csp] ${bundle} violations: ${JSON.stringify(summary(r.violations))}`);
        expect(r.failed, r.failed).to.equal(undefined);
        expect(r.errors).to.deep.equal([]);
        const s = r.steps;
        expect(s.adoptedStyleSheet, 'the stylesheet is adopted (constructable, allowed by style-src)').to.equal(true);
        expect(s.adoptedStyleSheets, 'with the stylesheet of the on-demand parts').to.equal(2);
        expect(s.detailPosition, 'which applies').to.equal('absolute');
        expect(s.plotPosition, 'the stylesheet applies').to.equal('relative');
        expect(Number(s.eventCount)).to.be.greaterThan(15);
        expect(Number(s.drawn)).to.be.greaterThan(5);
        expect(Number(s.zoomRatio)).to.be.below(0.5);
        expect(s.selectEvent).to.equal(s.clickedId);
        expect(s.selectedAttribute).to.equal(s.clickedId);
        expect(s.detailTitle).to.be.a('string').and.not.equal('');
        expect(Number(s.listItems)).to.be.greaterThan(15);
      });

      it('the page itself: setAttribute("style") is blocked, CSSOM styles are not (the browser, for reference)', async () => {
        const r = await run(bundle);
        expect(r.steps.probeSetAttributeStyleApplied).to.equal(false);
        expect(r.steps.probeSetPropertyStyleApplied).to.equal(true);
        expect(r.steps.probeCssTextStyleApplied).to.equal(true);
        // Lit: an interpolated style attribute and styleMap's first render are written with
        // setAttribute and blocked; a directive writing style.cssText works from the start.
        expect(r.steps.probeLitStyles).to.deep.equal({
          first: { attribute: '960px', styleMap: '960px', cssom: '13px' },
          second: { attribute: '960px', styleMap: '17px', cssom: '17px' },
        });
        expect(r.probeViolations.every((v) => v.directive === 'style-src-attr')).to.be.true;
      });

      it('positions its events without inline style attributes: no style-src-attr violation', async () => {
        const r = await run(bundle);
        expect(summary(r.violations.filter((v) => v.directive === 'style-src-attr'))).to.deep.equal([]);
        expect(r.steps.markStyleCssText).to.not.equal('');
        expect(Number(r.steps.distinctMarkLefts)).to.be.greaterThan(1);
      });

      it('reads TimelineJS3 JSON under Trusted Types without throwing', async () => {
        const r = await run(bundle);
        expect(r.steps.timelineJsThrew).to.equal(undefined);
        expect(r.steps.timelineJsTitles).to.deep.equal(['Bold headline & more', 'Plain headline']);
        expect(r.violations.filter((v) => v.directive === 'require-trusted-types-for')).to.deep.equal([]);
      });

      it('reports no violation other than the two known ones (style attributes, DOMParser)', async () => {
        const r = await run(bundle);
        const other = r.violations.filter(
          (v) => v.directive !== 'style-src-attr' && !(v.directive === 'require-trusted-types-for' && /parseFromString/.test(v.sample)),
        );
        expect(summary(other)).to.deep.equal([]);
      });
    });
  }
});

// Inline styles through the CSSOM. Lit writes an interpolated style attribute with
// setAttribute('style', …), which a Content-Security-Policy without 'unsafe-inline' in
// style-src blocks (style-src-attr); even styleMap does so on its first render. Styles
// set through element.style are not inline styles in CSP's sense and always apply.
//
//   html`<li style=${cssom(`transform:translate(${x}px,${y}px)`)}></li>`
//
// Only the declarations that changed are written: replacing the whole block through
// cssText makes Blink redo layout for the element as if it were new (about 2.5 times
// the cost when a zoom frame moves a hundred events), while setting one property
// leaves the rest alone, and a changed transform needs no layout at all.

import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

class CssomStyle extends Directive {
  private text?: string;
  /** The declarations written, and the update that last gave each: no new map per update, in every frame of a zoom. */
  private readonly values = new Map<string, string>();
  private readonly givenIn = new Map<string, number>();
  private updates = 0;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style' || (info.strings?.length ?? 0) > 2) {
      throw new Error('cssom() must be the whole value of a style attribute.');
    }
  }

  // The text is applied in update(), where the element is at hand.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  render(_text: string): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [text]: [string]): typeof noChange {
    if (text === this.text) return noChange;
    this.text = text;
    const { style } = part.element;
    const update = ++this.updates;
    // `a:1;b:2`: values hold no `;` in our templates (no url() or strings).
    for (const declaration of text.split(';')) {
      const colon = declaration.indexOf(':');
      if (colon <= 0) continue;
      const name = declaration.slice(0, colon).trim();
      const value = declaration.slice(colon + 1).trim();
      if (this.values.get(name) !== value) {
        style.setProperty(name, value);
        this.values.set(name, value);
      }
      this.givenIn.set(name, update);
    }
    for (const [name, given] of this.givenIn) {
      if (given === update) continue;
      style.removeProperty(name);
      this.values.delete(name);
      this.givenIn.delete(name);
    }
    return noChange;
  }
}

/** Sets the element's inline style to `text` through the CSSOM (CSP-safe); use as `style=${cssom(text)}`. */
export const cssom = directive(CssomStyle);

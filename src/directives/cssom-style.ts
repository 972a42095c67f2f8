// Inline styles through the CSSOM. Lit writes an interpolated style attribute with
// setAttribute('style', …), which a Content-Security-Policy without 'unsafe-inline' in
// style-src blocks (style-src-attr); even styleMap does so on its first render. Styles
// set through element.style are not inline styles in CSP's sense and always apply.
//
//   html`<li style=${cssom(`transform:translate(${x}px,${y}px)`)}></li>`

import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

class CssomStyle extends Directive {
  private text?: string;

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
    if (text !== this.text) {
      this.text = text;
      part.element.style.cssText = text;
    }
    return noChange;
  }
}

/** Sets the element's inline style to `text` through the CSSOM (CSP-safe); use as `style=${cssom(text)}`. */
export const cssom = directive(CssomStyle);

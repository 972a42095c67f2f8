// Widths of titles for the layout, without asking the canvas for each one. Text in
// scripts without shaping (Latin, Greek, Cyrillic and their punctuation) is as wide as
// the sum of its characters' advances, kerning and ligatures aside: both only ever
// narrow a line in the fonts we meet, so the sum is safe for keeping labels apart.
// Each character is measured once; other text (Arabic, Indic, CJK, emoji, combining
// marks) is measured whole.

/** Below this code point, and outside the combining marks, a character's advance does not depend on its neighbours. */
const SIMPLE_BELOW = 0x530;
const isCombining = (code: number) => code >= 0x300 && code < 0x370;

/** A function giving the width of a text, from `measure` (say, a canvas's measureText) called as rarely as it can be. */
export function textWidths(measure: (text: string) => number): (text: string) => number {
  const advances = new Map<number, number>();
  return (text) => {
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= SIMPLE_BELOW || isCombining(code)) return measure(text);
      let advance = advances.get(code);
      if (advance === undefined) {
        advance = measure(text[i]);
        advances.set(code, advance);
      }
      width += advance;
    }
    return width;
  };
}

// Texts from data are drawn as they are written, with one exception: control characters
// (C0 and C1, and DEL), which fonts draw as empty boxes and screen readers spell out or
// skip. Spreadsheets leave them in cells (a vertical tab for a line break), and so do
// scrapers. Each run of them reads as a space, as a line break in a title would.

/** `text` with each run of control characters made one space. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
export const printable = (text: string): string => text.replace(/[\0-\x1f\x7f-\x9f]+/g, ' ');

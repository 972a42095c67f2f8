// Events written as markup inside the element, so that the page reads as a plain
// list without JavaScript:
//
//   <ol>
//     <li id="truss-visit" data-category="diplomacy">
//       <time datetime="2022-02-10">10 Feb 2022</time> Truss meets Lavrov <p>Summary…</p>
//     </li>
//   </ol>
//
// Each <li> becomes a raw event object for `validate`, which reports what is wrong
// with it. Text is read node by node (never through innerHTML), so nothing is parsed
// or run.

import { safeUrl } from './validate.js';

/** Elements that start a new block of text: their text is kept apart from its neighbours. */
const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul',
]);

/**
 * Elements whose content is not text for the reader: code, styles, inert templates.
 * `noscript` is here because in a page with scripting its content is raw markup.
 */
const skippedElements = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'noembed', 'noframes']);

/** Stands for a <time> element while the title is put together. */
const timeMark = '\u0000';

/**
 * The text a reader sees in a node: script and style left out, a space at each
 * line break and block boundary, whitespace collapsed and trimmed. (`textContent`
 * would glue "<p>a</p><p>b</p>" into "ab" and include script source.)
 */
export function textOf(node: Node): string {
  const parts: string[] = [];
  collectText(node, parts);
  return collapse(parts.join(''));
}

function collectText(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (isText(child)) parts.push(child.data);
    else if (isElement(child)) {
      const name = child.localName;
      if (skippedElements.has(name)) continue;
      if (name === 'br') {
        parts.push(' ');
        continue;
      }
      const block = blockElements.has(name);
      if (block) parts.push(' ');
      collectText(child, parts);
      if (block) parts.push(' ');
    }
  }
}

/** One raw event per <li> of the first list (<ol> or <ul>) directly in `root`; null when there is no list. */
export function readMarkup(root: ParentNode): unknown[] | null {
  const list = [...root.children].find((child) => child.localName === 'ol' || child.localName === 'ul');
  if (!list) return null;
  return [...list.children].filter((child) => child.localName === 'li').map(readItem);
}

function readItem(li: Element): Record<string, unknown> {
  const parts = readParts(li);
  const event: Record<string, unknown> = {};
  const id = li.getAttribute('id')?.trim();
  if (id) event.id = id;
  const title = titleText(parts.title);
  if (title) event.title = title;
  // A <li> without <time> gets no start, so that the validator reports it.
  const [start, end] = parts.times.map(timeValue);
  if (start !== undefined) event.start = start;
  if (end !== undefined) event.end = end;
  for (const [attribute, field] of [['data-category', 'category'], ['data-status', 'status'], ['data-place', 'place']]) {
    const value = li.getAttribute(attribute)?.trim();
    if (value) event[field] = value;
  }
  const actors = li.getAttribute('data-actors');
  if (actors !== null) event.actors = actors.split(',').map((actor) => actor.trim()).filter(Boolean);
  const summary = collapse(parts.summary.join(' '));
  if (summary) event.summary = summary;
  if (parts.quote) event.source = parts.quote;
  return event;
}

interface ItemParts {
  /** The title's text pieces, with `timeMark` where the date elements stood. */
  title: string[];
  /** The <time> elements that date the event (the first two outside nested blocks). */
  times: Element[];
  summary: string[];
  quote: { quote: string; url?: string } | null;
}

/**
 * Splits a <li> into its title line and its nested blocks: inline content (text,
 * <b>, <a>, <time>…) is the title line; <blockquote> is the source; any other block
 * (<p>, <div>, a nested list…) is summary. <time> elements inside blocks are part of
 * the block's text, not dates of the event.
 */
function readParts(li: Element): ItemParts {
  const parts: ItemParts = { title: [], times: [], summary: [], quote: null };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (isText(child)) parts.title.push(child.data);
      if (!isElement(child)) continue;
      const name = child.localName;
      if (skippedElements.has(name)) continue;
      if (name === 'br') parts.title.push(' ');
      else if (name === 'time' && parts.times.length < 2) {
        parts.times.push(child);
        parts.title.push(timeMark);
      } else if (name === 'blockquote') {
        if (!parts.quote) parts.quote = readQuote(child);
      } else if (blockElements.has(name)) {
        parts.summary.push(textOf(child));
      } else {
        walk(child);
      }
    }
  };
  walk(li);
  return parts;
}

function readQuote(blockquote: Element): ItemParts['quote'] {
  const quote = textOf(blockquote);
  if (!quote) return null;
  const cite = blockquote.getAttribute('cite');
  // A relative cite is resolved against the page, as the browser itself would.
  const url = cite === null ? null : safeUrl(resolve(cite, blockquote.baseURI));
  return url ? { quote, url } : { quote };
}

function resolve(url: string, base: string): string {
  try {
    return new URL(url.trim(), base).href;
  } catch {
    return url;
  }
}

/** The machine-readable date of a <time>, or its text when it has no `datetime`. */
function timeValue(time: Element): string {
  const datetime = time.getAttribute('datetime')?.trim();
  return datetime || textOf(time);
}

/**
 * The title line without its dates and the words that join them: "10 Feb – 20 Feb
 * 2022: Russia–Belarus drills" gives "Russia–Belarus drills". Only text touching a
 * date is dropped, so a dash or an "and" within the title stays.
 */
function titleText(pieces: string[]): string {
  const dash = '[-\u2010-\u2015]';
  return collapse(pieces.join(''))
    .replace(new RegExp(`${timeMark}\\s*(?:${dash}|to|until|till|through|and)?\\s*${timeMark}`, 'giu'), timeMark)
    .replace(new RegExp(`^(?:from|on|since|between)\\s*${timeMark}`, 'iu'), timeMark)
    .replace(new RegExp(`[(\\[]\\s*${timeMark}\\s*[)\\]]`, 'gu'), timeMark)
    .replace(new RegExp(`\\s*(?:[,:;|·•]|${dash})*\\s*${timeMark}\\s*(?:[,:;|·•]|${dash})*\\s*`, 'gu'), ' ')
    .trim();
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function isText(node: Node): node is Text {
  return node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE;
}

function isElement(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE;
}

// Shared by the demo pages. Each live example is a <template> copied into the page,
// and its code block is built from that same template, so what you read is what runs.
//
//   <div data-template="tpl-x"></div>       → a live copy of <template id="tpl-x">
//   <code data-source="tpl-x"></code>       → the template's markup, as text
//   <code data-source="script-x"></code>    → the text of <script id="script-x"> (or a <style>)

/** Removes the common indentation and the blank lines around a block of code. */
export function dedent(text) {
  const lines = text.replace(/\t/g, '  ').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => line.match(/^ */)[0].length));
  return lines.map((line) => line.slice(indent)).join('\n');
}

/** A template's markup as an author would write it (`no-legend` rather than `no-legend=""`). */
export function markupOf(template) {
  return dedent(template.innerHTML).replace(/ (no-controls|no-legend|no-tooltip|hash-sync|hidden)=""/g, ' $1');
}

for (const live of document.querySelectorAll('[data-template]')) {
  const template = document.getElementById(live.dataset.template);
  live.append(template.content.cloneNode(true));
}

for (const code of document.querySelectorAll('code[data-source]')) {
  const source = document.getElementById(code.dataset.source);
  // textContent: the code is shown as text, never parsed as markup.
  code.textContent = source instanceof HTMLTemplateElement ? markupOf(source) : dedent(source.textContent);
}

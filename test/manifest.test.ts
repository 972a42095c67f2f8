// The README's API tables against custom-elements.json, the Custom Elements Manifest that
// `npm run build` generates from the element's JSDoc and `static properties` (npm run manifest).
// Each table's first column names the items in backticks; the names must be the same sets.
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../src/crisis-timeline.js';

/** The parts of the Custom Elements Manifest (schema 2.x) read here. */
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string; fieldName?: string }[];
  members?: Member[];
  events?: { name?: string }[];
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
}
interface Member {
  kind: 'field' | 'method';
  name: string;
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean;
  attribute?: string;
}

/** A Markdown table: its header cells and its rows of cells. */
interface Table {
  header: string[];
  rows: string[][];
}

/** The sections of the README's API reference, by heading, with the header of their table's first column. */
const sections = {
  attributes: { heading: 'Attributes', column: 'Attribute' },
  properties: { heading: 'Properties', column: 'Property' },
  methods: { heading: 'Methods', column: 'Method' },
  events: { heading: 'Events', column: 'Event' },
  cssProperties: { heading: 'CSS custom properties', column: 'Property' },
  cssParts: { heading: 'CSS parts', column: 'Part' },
} as const;
type Section = keyof typeof sections;

/** Splits a table row into its cells (a pipe escaped as `\|`, as in `'a' \| 'b'`, stays in its cell). */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

/**
 * The table under the `### {heading}` heading whose first column is `column`. Other text may
 * stand between the heading and the table. Several sections may share a heading (say, a
 * "Properties" section in the data format): the one with that first column is taken.
 */
function findTable(markdown: string, heading: string, column: string): Table {
  const lines = markdown.split(/\r?\n/);
  const found: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const title = /^###\s+(.*?)\s*#*\s*$/.exec(lines[i]);
    if (!title || title[1].toLowerCase() !== heading.toLowerCase()) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j].trim().startsWith('|') && !/^#{1,3}\s/.test(lines[j])) j++;
    const table: string[] = [];
    while (j < lines.length && lines[j].trim().startsWith('|')) table.push(lines[j++]);
    if (table.length < 2) {
      found.push('a section with no table');
      continue;
    }
    const header = cells(table[0]);
    found.push(`a table with the columns ${header.join(' | ')}`);
    if (header[0].toLowerCase() !== column.toLowerCase()) continue;
    // table[1] is the |---|---| line under the header.
    return { header, rows: table.slice(2).map(cells) };
  }
  const what = found.length ? `found ${found.join('; ')}` : 'there is no such heading';
  throw new Error(`README.md: no "### ${heading}" table whose first column is "${column}" (${what})`);
}

/**
 * The name in a row's first cell: the text of its first code span, before any parenthesis
 * (`zoomTo(start, end, options?)` names `zoomTo`).
 */
function rowName(row: string[]): string {
  const code = /`([^`]+)`/.exec(row[0]);
  if (!code) throw new Error(`README.md: no name in backticks in the first cell of "| ${row.join(' | ')} |"`);
  return code[1].replace(/\(.*$/s, '').trim();
}

/** The names the README lists in one section. */
function readmeNames(markdown: string, section: Section): string[] {
  const { heading, column } = sections[section];
  return findTable(markdown, heading, column).rows.map(rowName);
}

const isPublic = (member: Member) => (member.privacy ?? 'public') === 'public' && !member.static && !member.name.startsWith('#');

/** The names the manifest lists for one section of the README. */
function manifestNames(element: Declaration, section: Section): string[] {
  const members = (element.members ?? []).filter(isPublic);
  switch (section) {
    case 'attributes':
      return (element.attributes ?? []).map((a) => a.name);
    case 'properties':
      // The properties that have no attribute (those with one are in the attributes table).
      return members.filter((m) => m.kind === 'field' && m.attribute === undefined).map((m) => m.name);
    case 'methods':
      return members.filter((m) => m.kind === 'method').map((m) => m.name);
    case 'events':
      return (element.events ?? []).flatMap((e) => (e.name ? [e.name] : []));
    case 'cssProperties':
      return (element.cssProperties ?? []).map((p) => p.name);
    case 'cssParts':
      return (element.cssParts ?? []).map((p) => p.name);
  }
}

/** Fails with the names missing on either side. */
function expectSameNames(section: Section, readme: string[], manifest: string[]): void {
  const notInReadme = manifest.filter((name) => !readme.includes(name));
  const notInManifest = readme.filter((name) => !manifest.includes(name));
  const twice = readme.filter((name, i) => readme.indexOf(name) !== i);
  const problems = [
    notInReadme.length ? `missing from the README: ${notInReadme.join(', ')}` : '',
    notInManifest.length ? `in the README but not in custom-elements.json: ${notInManifest.join(', ')}` : '',
    twice.length ? `listed twice in the README: ${twice.join(', ')}` : '',
  ].filter(Boolean);
  expect(problems, `"### ${sections[section].heading}": ${problems.join('; ')}`).to.deep.equal([]);
}

async function fetchText(path: string, hint: string): Promise<string> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText} (${hint})`);
  return response.text();
}

describe('the Markdown table parser of this test', () => {
  const markdown = [
    '## API',
    '### Attributes',
    'Set in HTML.',
    '',
    '| Attribute | Property | Type | Default | Description |',
    '| --- | --- | --- | --- | --- |',
    "| `theme` | `theme` | `'light' \\| 'dark'` | `'light'` | Colour theme. |",
    '| `group-by` | `groupBy` | `string` | `none` | Lanes. |',
    '',
    '### Methods',
    '| Method | Description |',
    '|:--|:--|',
    '| `zoomTo(start, end, options?)` | Shows a time range. |',
    '### Properties',
    'No table here.',
    '### Properties',
    '| Property | Type | Description |',
    '|---|---|---|',
    '| `events` | `TimelineEvent[]` | The events. |',
  ].join('\n');

  it('reads names from the first column, before any parenthesis, and keeps escaped pipes in their cell', () => {
    expect(readmeNames(markdown, 'attributes')).to.deep.equal(['theme', 'group-by']);
    expect(findTable(markdown, 'Attributes', 'Attribute').rows[0][2]).to.equal("`'light' \\| 'dark'`");
    expect(readmeNames(markdown, 'methods')).to.deep.equal(['zoomTo']);
    expect(readmeNames(markdown, 'properties')).to.deep.equal(['events']);
  });

  it('says what it found when a section or its table is missing', () => {
    expect(() => readmeNames(markdown, 'events')).to.throw('no "### Events" table');
    expect(() => findTable(markdown, 'Properties', 'Attribute')).to.throw('a section with no table');
    expect(() => rowName(['theme', 'x'])).to.throw('no name in backticks');
  });
});

describe('README.md and custom-elements.json', () => {
  let readme: string;
  let element: Declaration;

  before(async () => {
    const manifest = JSON.parse(await fetchText('/custom-elements.json', 'run `npm run build`, which generates it')) as Manifest;
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName === 'crisis-timeline');
    expect(elements.length, 'custom-elements.json declares <crisis-timeline> once').to.equal(1);
    element = elements[0];
    readme = await fetchText('/README.md', 'the API reference is in the README');
  });

  for (const section of Object.keys(sections) as Section[]) {
    it(`list the same ${sections[section].heading.toLowerCase()}`, () => {
      expectSameNames(section, readmeNames(readme, section), manifestNames(element, section));
    });
  }

  it('pair each attribute with the same property', () => {
    const table = findTable(readme, sections.attributes.heading, sections.attributes.column);
    const column = table.header.findIndex((h) => h.toLowerCase() === 'property');
    expect(column, '"### Attributes" has a Property column').to.be.greaterThan(0);
    const readmePairs = table.rows.map((row) => `${rowName(row)} → ${rowName([row[column] ?? ''])}`);
    const manifestPairs = (element.attributes ?? []).map((a) => `${a.name} → ${a.fieldName ?? '(none)'}`);
    expect(readmePairs.filter((pair) => !manifestPairs.includes(pair)), 'pairs not in custom-elements.json').to.deep.equal([]);
  });
});

describe('custom-elements.json and the element', () => {
  it('lists the attributes the element observes', async () => {
    const manifest = JSON.parse(await fetchText('/custom-elements.json', 'run `npm run build`, which generates it')) as Manifest;
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'crisis-timeline');
    const defined = customElements.get('crisis-timeline') as typeof LitElement | undefined;
    expect(defined, '<crisis-timeline> is defined').to.exist;
    const observed = [...(defined?.observedAttributes ?? [])].sort();
    expect((element?.attributes ?? []).map((a) => a.name).sort()).to.deep.equal(observed);
  });
});

// Summarises a V8 CPU profile (CDP Profiler.stop) by self time, mapping positions in
// the minified bundle back to the sources through its source map, so the list names
// src/ functions rather than one-letter minified names.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes a source map v3 into per-line segments [genCol, src, line, col, name?]. */
function decodeMappings(map) {
  const lines = [];
  let src = 0, line = 0, col = 0, name = 0;
  for (const text of map.mappings.split(';')) {
    const segments = [];
    let genCol = 0;
    for (const part of text.split(',')) {
      if (!part) continue;
      const values = [];
      let value = 0, shift = 0;
      for (const c of part) {
        const digit = DIGIT.get(c);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      genCol += values[0];
      if (values.length >= 4) {
        src += values[1];
        line += values[2];
        col += values[3];
        if (values.length >= 5) name += values[4];
        segments.push([genCol, src, line, col, values.length >= 5 ? name : -1]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** A lookup from (generated line, column), both 0-based, to {source, line (1-based), name, text}. */
export function sourceMapLookup(map) {
  const lines = decodeMappings(map);
  const contents = (map.sourcesContent ?? []).map((c) => c?.split('\n'));
  return (genLine, genCol) => {
    const segments = lines[genLine];
    if (!segments?.length) return null;
    // Last segment at or before the column: V8 reports a function at its parameter
    // list, and the segment just before it is usually the function's name.
    let lo = 0, hi = segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (segments[mid][0] <= genCol) lo = mid + 1;
      else hi = mid;
    }
    const s = segments[Math.max(0, lo - 1)];
    const source = map.sources[s[1]].replace(/^(\.\.\/)+/, '');
    return {
      source,
      line: s[2] + 1,
      name: s[4] >= 0 ? map.names[s[4]] : null,
      text: contents[s[1]]?.[s[2]]?.trim().slice(0, 70) ?? '',
    };
  };
}

/**
 * Self time per function, largest first. `bundles` maps a script URL suffix to a lookup
 * from sourceMapLookup. Idle time is left out of the total.
 */
export function topSelfTime(profile, bundles = {}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  // timeDeltas[i] is the time from sample i-1 to sample i: charge it to sample i-1.
  for (let i = 0; i < profile.samples.length - 1; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i + 1] / 1000);
  }
  const rows = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const { callFrame: f } = byId.get(id);
    if (f.functionName === '(idle)') continue;
    total += ms;
    let where = f.url ? `${f.url.replace(/^https?:\/\/[^/]+\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}` : f.functionName.startsWith('(') ? 'V8/Blink' : 'native';
    let name = f.functionName || '(anonymous)';
    const bundle = Object.entries(bundles).find(([suffix]) => f.url.endsWith(suffix));
    const original = bundle ? bundle[1](f.lineNumber, f.columnNumber) : null;
    if (original) {
      where = `${original.source}:${original.line}`;
      name = original.name ?? name;
    }
    if (where.includes('vis-timeline-graph2d')) where = 'vis-timeline (minified)';
    const key = `${name}|${where}`;
    const row = rows.get(key) ?? { name, where, text: original?.text ?? '', ms: 0 };
    row.ms += ms;
    rows.set(key, row);
  }
  const list = [...rows.values()].sort((a, b) => b.ms - a.ms);
  for (const row of list) row.percent = (100 * row.ms) / total;
  return { total, rows: list };
}

// Fails when the self-contained bundle grows past its budget (minified and gzipped).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const file = 'dist/crisis-timeline.js';
const budget = 45_000;
const code = readFileSync(file);
const size = gzipSync(code, { level: 9 }).length;
const line = `${file}: ${(code.length / 1000).toFixed(1)} kB minified, ${(size / 1000).toFixed(1)} kB gzipped (budget ${budget / 1000} kB)`;
if (size > budget) {
  console.error(`${line}: over budget by ${size - budget} bytes.`);
  process.exit(1);
}
console.log(line);

#!/usr/bin/env node
// Check executed notebooks (nbconvert's output) for what `make test` promises beyond "every cell ran":
//   - every `ct.show(...)` reached the notebook as display data (not as text printed to stdout, which is what
//     show() does when it does not find the kernel): a code cell has at least as many display outputs as calls;
//   - every chart is interactive Vega-Lite with its SVG fallback, every display has a text/plain;
//   - no cell left an error output.
// usage: node scripts/check-notebooks.mjs KERNEL DIR   (DIR holds the executed .ipynb files)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const VEGA_LITE = 'application/vnd.vegalite.v5+json';
const [kernel, dir] = process.argv.slice(2);
if (!kernel || !dir) {
  console.error('usage: node scripts/check-notebooks.mjs KERNEL DIR');
  process.exit(2);
}
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ipynb'))
  .sort();
if (files.length === 0) {
  console.error(`check-notebooks: no executed notebook in ${dir}`);
  process.exit(1);
}
const problems = [];
for (const file of files) {
  const nb = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  let shows = 0;
  let displays = 0;
  let charts = 0;
  nb.cells.forEach((cell, i) => {
    if (cell.cell_type !== 'code') return;
    const source = Array.isArray(cell.source) ? cell.source.join('') : cell.source;
    const code = source.replace(/\/\/.*$/gm, '');
    const calls = (code.match(/\bct\.show\(/g) ?? []).length;
    const outs = cell.outputs.filter((o) => o.output_type === 'display_data');
    shows += calls;
    displays += outs.length;
    const where = `${file} cell ${i}`;
    if (outs.length < calls) problems.push(`${where}: ${calls} ct.show() calls but ${outs.length} displays`);
    for (const o of cell.outputs)
      if (o.output_type === 'error') problems.push(`${where}: error ${o.ename}: ${o.evalue}`);
    for (const o of outs) {
      if (!('text/plain' in o.data)) problems.push(`${where}: a display without text/plain`);
      if (VEGA_LITE in o.data) {
        charts++;
        const svg = [].concat(o.data['image/svg+xml'] ?? []).join('');
        if (!svg.startsWith('<svg')) problems.push(`${where}: a Vega-Lite display without its SVG fallback`);
      }
    }
  });
  console.log(`${kernel}: ${file}: ${shows} ct.show() calls, ${displays} displays, ${charts} charts`);
}
if (problems.length > 0) {
  console.error(`check-notebooks (${kernel}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

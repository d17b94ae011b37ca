#!/usr/bin/env node
// The TypeScript check (scripts/test suite "TypeScript types"), against the
// generated www/pkg/factcheck.d.ts (scripts/build makes it):
//  1. tests/types/consumer.ts type-checks with `strict`;
//  2. tests/types/misuse.ts does not: each line marked `// rejects:` has an error;
//  3. every corpus snapshot (tests/snapshots/corpus__*.snap: the serde model's
//     output) type-checks as an `Analysis` object literal, so a field the
//     output has and the types lack (or the other way round), or a value
//     outside a union, fails here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
const dts = path.join(root, 'www/pkg/factcheck.d.ts');
if (!existsSync(tsc)) { console.error('types: npm typescript missing (npm ci)'); process.exit(2); }
if (!existsSync(dts)) { console.error('types: www/pkg/factcheck.d.ts missing (scripts/build)'); process.exit(2); }
if (!readFileSync(dts, 'utf8').includes('export function analyze(text: string, options?: Options): Analysis;')) {
  console.error('types: the generated .d.ts does not type analyze() as returning Analysis');
  process.exit(1);
}
const flags = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'es2022', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', '--pretty', 'false'];
const tc = (files) => spawnSync(process.execPath, [tsc, ...flags, ...files], { cwd: root, encoding: 'utf8' });

let failed = 0;
const ok = (cond, what, detail = '') => {
  console.log(`${cond ? 'ok' : 'not ok'} - ${what}`);
  if (!cond) { failed++; if (detail) console.log(detail.replace(/^/gm, '    ')); }
};

// 1. the consumer
let r = tc(['tests/types/consumer.ts']);
ok(r.status === 0, 'a strict consumer type-checks', r.stdout + r.stderr);

// 2. the misuses: an error on each marked line, and only there
r = tc(['tests/types/misuse.ts']);
const src = readFileSync(path.join(root, 'tests/types/misuse.ts'), 'utf8').split('\n');
const marked = src.map((l, i) => (!l.trimStart().startsWith('//') && l.includes('// rejects:') ? i + 1 : 0)).filter(Boolean);
const errLines = new Set([...r.stdout.matchAll(/misuse\.ts\((\d+),\d+\): error TS\d+/g)].map((m) => Number(m[1])));
ok(r.status !== 0, 'misuse.ts fails to compile');
for (const line of marked) ok(errLines.has(line), `misuse.ts:${line} is rejected (${src[line - 1].split('// rejects:')[1].trim()})`, r.stdout);
ok([...errLines].every((l) => marked.includes(l)), 'no error on an unmarked line of misuse.ts', r.stdout);

// 3. the corpus snapshots as Analysis literals
const out = path.join(root, 'target/types-check');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const snaps = readdirSync(path.join(root, 'tests/snapshots')).filter((f) => /^corpus__.*\.snap$/.test(f)).sort();
let ts = `import type { Analysis } from "../../www/pkg/factcheck.js";\n`;
snaps.forEach((f, i) => {
  const body = readFileSync(path.join(root, 'tests/snapshots', f), 'utf8').split('---\n').slice(2).join('---\n');
  JSON.parse(body); // it is the JSON of one analysis
  ts += `// ${f}\nexport const a${i}: Analysis = ${body.trim()};\n`;
});
writeFileSync(path.join(out, 'corpus.ts'), ts);
r = tc(['target/types-check/corpus.ts']);
ok(snaps.length >= 20 && r.status === 0, `all ${snaps.length} corpus snapshots type-check as Analysis`, r.stdout.split('\n').slice(0, 20).join('\n'));

console.log(`${failed ? 'types: FAILED' : 'types: ok'}`);
process.exit(failed ? 1 : 0);

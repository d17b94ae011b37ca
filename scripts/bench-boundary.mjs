#!/usr/bin/env node
// The boundary benchmark (issue 12, item 1): how the analysis crosses from
// wasm to JS. `analyze` (serde_wasm_bindgen over the serde model) against
// `analyzeViaJson` (the hand JSON writer of src/wire.rs + JSON.parse), in one
// run, on the same ~5,000-character windows, in Node and in Chromium.
// Needs a wasm built with `--features boundary-bench` (scripts/bench
// --boundary builds it into target/boundary-pkg; the shipped www/pkg has no
// analyzeViaJson).
//
//   node scripts/bench-boundary.mjs [PKG_DIR] [--rounds N]
//
// Per path and engine: characters per second over all windows, and the
// median (p50) and p95 ms of one window. The two paths alternate window by
// window, so drift of a shared machine hits both alike.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL, fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const pkgDir = path.resolve(args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) || path.join(root, 'target/boundary-pkg'));
const rounds = Number(args.includes('--rounds') ? args[args.indexOf('--rounds') + 1] : 5);
const corpus = path.join(root, '../shared/eval/data/polnear-dev.jsonl');

// Texts: polnear-dev articles (third-party, read at run time only), else generated.
let stream;
if (existsSync(corpus)) {
  stream = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text).filter(Boolean).join('\n\n');
} else {
  const s = ['“We counted about 4,100 households this year,” the mayor said.', 'Officials said the figure rose to 12.5% — up from 9 percent in 2019.', 'According to the ministry, at least $3 million was spent.'];
  stream = Array.from({ length: 4000 }, (_, i) => s[i % 3]).join(' ');
}
const chunks = [];
for (let pos = 0; pos + 5200 < stream.length && chunks.length < 200; ) {
  let end = stream.lastIndexOf(' ', pos + 5000);
  if (end <= pos + 4500) end = pos + 5000;
  chunks.push(stream.slice(pos, end));
  pos = end;
}

// Runs in Node and, as text, in the page: `api` has analyze and analyzeViaJson.
function measure(api, chunks, rounds) {
  const serde = api.analyzeViaSerde || api.analyze; // builds before analyzeViaSerde had analyze = serde
  const paths = { serde_wasm_bindgen: (t) => serde(t, undefined), json_parse: (t) => api.analyzeViaJson(t, undefined) };
  const names = Object.keys(paths);
  // Same output first: the comparison is only fair if both say the same.
  for (const t of chunks.slice(0, 20)) {
    if (JSON.stringify(paths.serde_wasm_bindgen(t)) !== JSON.stringify(paths.json_parse(t))) throw new Error('the two paths disagree');
  }
  for (const t of chunks) for (const n of names) paths[n](t); // warm-up
  const times = Object.fromEntries(names.map((n) => [n, []]));
  let chars = 0;
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < chunks.length; i++) {
      const order = (r + i) % 2 ? names : [...names].reverse();
      for (const n of order) {
        const t0 = performance.now();
        const v = paths[n](chunks[i]);
        times[n].push(performance.now() - t0);
        if (!v || v.length === undefined) throw new Error('no analysis');
      }
      chars += chunks[i].length;
    }
  }
  const q = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
  return Object.fromEntries(names.map((n) => {
    const total = times[n].reduce((a, b) => a + b, 0);
    return [n, { cps: chars / (total / 1000), p50_ms: q(times[n], 0.5), p95_ms: q(times[n], 0.95) }];
  }));
}

async function node() {
  const pkg = await import(pathToFileURL(path.join(pkgDir, 'factcheck.js')).href);
  pkg.initSync({ module: readFileSync(path.join(pkgDir, 'factcheck_bg.wasm')) });
  return measure(pkg, chunks, rounds);
}

async function chromium() {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.route('http://bench.invalid/**', (route) => {
      const name = new URL(route.request().url()).pathname.slice(1);
      if (name === '') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' });
      const type = name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript';
      return route.fulfill({ contentType: type, body: readFileSync(path.join(pkgDir, name)) });
    });
    await page.goto('http://bench.invalid/');
    return await page.evaluate(async ({ src, chunks, rounds }) => {
      const pkg = await import('/factcheck.js');
      await pkg.default('/factcheck_bg.wasm');
      const measure = new Function(`return (${src})`)();
      return measure(pkg, chunks, rounds);
    }, { src: measure.toString(), chunks, rounds });
  } finally {
    await browser.close();
  }
}

const wasmBytes = readFileSync(path.join(pkgDir, 'factcheck_bg.wasm')).length;
const results = { node: await node(), chromium: await chromium() };
console.log(`\n## boundary benchmark — ${new Date().toISOString().slice(0, 16)}Z, ${chunks.length} windows of ~5,000 characters × ${rounds} rounds, Node ${process.versions.node}, wasm ${wasmBytes} B (${path.relative(root, pkgDir)})\n`);
console.log('| engine | path | M chars/s | p50 ms (5k) | p95 ms (5k) |');
console.log('|---|---|---:|---:|---:|');
for (const [engine, r] of Object.entries(results)) {
  for (const [p, x] of Object.entries(r)) console.log(`| ${engine} | ${p} | ${(x.cps / 1e6).toFixed(3)} | ${x.p50_ms.toFixed(3)} | ${x.p95_ms.toFixed(3)} |`);
}
console.log('\nRatios serde_wasm_bindgen / json_parse (throughput: >1 = serde faster; p50: <1 = serde faster):\n');
for (const [engine, r] of Object.entries(results)) {
  console.log(`- ${engine}: throughput ${(r.serde_wasm_bindgen.cps / r.json_parse.cps).toFixed(3)}, p50 ${(r.serde_wasm_bindgen.p50_ms / r.json_parse.p50_ms).toFixed(3)}`);
}
console.log(JSON.stringify(results));

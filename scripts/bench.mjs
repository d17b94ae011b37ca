#!/usr/bin/env node
// The benchmark, in one run on the same texts: factcheck's release wasm build
// in Node (www/pkg, as the page loads it), the native release build
// (benches/bench.rs), and the JS peers compromise (quotations + numbers) and
// wink-nlp + wink-eng-lite-web-model (entities). Each system runs in its own
// process on one workload file (target/bench/workload.json, never committed).
//
//   node scripts/bench.mjs [--quick] [--only wasm,native,...] [--corpus FILE] [--generated]
//
// Texts: the articles of ../shared/eval/data/polnear-dev.jsonl when present
// (third-party: read at run time, never copied into the repo), else a
// generated corpus. "Characters" are UTF-16 code units (JS string length).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const opt = (f, d) => (args.includes(f) ? args[args.indexOf(f) + 1] : d);
const quick = flag('--quick');
const only = opt('--only', 'native,wasm,compromise,wink').split(',');
const corpusPath = opt('--corpus', path.join(root, '../shared/eval/data/polnear-dev.jsonl'));

// ---------------------------------------------------------------- texts
function prng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
// A generated news-like corpus (our own templates), for machines without the eval data.
function generated(n, seed = 7) {
  const r = prng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const people = ['Maria Lindqvist', 'Governor Tom Adair', 'Dr. Priya Natarajan', 'Senator Ellen Ruiz', 'the mayor', 'Chief Economist Paul Okafor', 'a spokeswoman for the ministry'];
  const cues = ['said', 'told reporters', 'argued', 'warned', 'added', 'claimed', 'estimated'];
  const things = ['households', 'jobs', 'migrants', 'schools', 'flights', 'tonnes of grain', 'patients'];
  const quals = ['about', 'nearly', 'more than', 'up to', 'at least', 'roughly', ''];
  const num = () => pick([`${1 + Math.floor(r() * 900)}`, `${(r() * 90).toFixed(1)}%`, `$${1 + Math.floor(r() * 40)} million`, `${1 + Math.floor(r() * 9)},${100 + Math.floor(r() * 899)}`, 'two dozen', `${1990 + Math.floor(r() * 35)}`]);
  const sentence = () => {
    const p = pick(people), c = pick(cues), q = pick(quals), t = pick(things);
    switch (Math.floor(r() * 6)) {
      case 0: return `“We counted ${q} ${num()} ${t} this year,” ${p} ${c}.`;
      case 1: return `${p[0].toUpperCase() + p.slice(1)} ${c} that ${q} ${num()} ${t} had been affected since ${1990 + Math.floor(r() * 35)}.`;
      case 2: return `According to officials, the figure rose to ${num()} ${t} — a rise of ${(r() * 30).toFixed(1)} percent.`;
      case 3: return `"It is not enough," ${p} ${c}, adding that "${q} ${num()} ${t} are still waiting."`;
      case 4: return `Some experts say the plan will cost ${num()} over ${2 + Math.floor(r() * 8)} years.`;
      default: return `The report, published on March ${1 + Math.floor(r() * 28)}, lists ${num()} ${t} in ${pick(['Ohio', 'Lagos', 'Kraków', 'São Paulo'])}.`;
    }
  };
  const out = [];
  for (let i = 0; i < n; i++) {
    const paras = [];
    const np = 4 + Math.floor(r() * 12);
    for (let j = 0; j < np; j++) paras.push(Array.from({ length: 2 + Math.floor(r() * 4) }, sentence).join(' '));
    out.push(paras.join('\n\n'));
  }
  return out;
}

let articles, source;
if (!flag('--generated') && existsSync(corpusPath)) {
  articles = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text).filter((t) => typeof t === 'string' && t.length);
  source = `${path.basename(corpusPath)} (${articles.length} articles)`;
} else {
  articles = generated(84);
  source = `generated corpus (${articles.length} articles; eval data absent)`;
}
const stream = articles.join('\n\n');
// Windows of about `n` characters of the article stream, cut at whitespace
// (never inside a surrogate pair), wrapping around as needed.
function windows(n, count) {
  const out = [];
  let pos = 0;
  const s = stream + '\n\n' + stream;
  while (out.length < count) {
    if (pos + n + 200 > s.length) pos = 0;
    let end = pos + n;
    const back = s.lastIndexOf(' ', end);
    if (back > pos + n * 0.9) end = back;
    out.push(s.slice(pos, end));
    pos = end;
  }
  return out;
}
const chunks5k = windows(5000, Math.max(20, Math.floor(stream.length / 5000)));
const slices10k = windows(10000, 100);
const text1m = slices10k.join('');
let words10k;
{
  const re = /\S+/g;
  let m, k = 0, end = 0;
  const s = stream + '\n\n' + stream + '\n\n' + stream;
  while ((m = re.exec(s)) && k < 10000) { k++; end = m.index + m[0].length; }
  words10k = s.slice(0, end);
}

// Worst cases: built to defeat a hand-written scanner (unbalanced quotes,
// endless tokens, dense cues and figures), each at 100 K and 1 M characters.
const rep = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n).replace(/[\uD800-\uDBFF]$/, '');
const WORST = [
  ['100,000 straight quotes" (1 M: 10×)', '"'],
  ['curly opening quotes “ only', '\u201C'],
  ['alternating quotes and digits "1"2"3', '"1'],
  ['alternating curly quotes and digits “1”2', '\u201C1\u201D2'],
  ['1 MB without spaces or punctuation (aaaa)', 'a'],
  ['one endless number 1111', '1'],
  ['digits with commas 1,1,1,1', '1,'],
  ['digits with dots 1.1.1.1', '1.'],
  ['initialisms without spaces U.S.U.S.', 'U.S.'],
  ['cue words only: said said', 'said '],
  ['unclosed quote after each cue: He said "x', 'He said "x '],
  ['nested open quotes with cues: “‘said “', '\u201C\u2018said \u201C'],
  ['capitalised words only (one long name)', 'Smith '],
  ['title chains: President Senator Dr.', 'President Senator Dr. '],
  ['dense figures: about 5% of $1 million,', 'about 5% of $1 million, '],
  ['number words: one hundred and twenty', 'one hundred and twenty '],
  ['according to according to', 'according to '],
  ['periods only . . .', '. '],
  ['paragraph breaks only', '\n\n'],
  ['em dashes and NBSP —\u00A0', '\u2014\u00A0'],
  ['open brackets ((((', '('],
  ['NUL bytes', '\u0000'],
  ['U+FFFD (lone surrogates from JS)', '\uFFFD'],
  ['RTL marks and overrides', '\u200F\u202Ea'],
  ['combining marks (e + U+0301)', 'e\u0301'],
  ['emoji with skin tone and ZWJ', '\u{1F44D}\u{1F3FD}\u200D'],
  ['apostrophes and single quotes \'a \'b', "'a 'b "],
  ['HTML: <script>"x"</script>', '<script>"x"</script>'],
];
const small = quick ? 20_000 : 100_000;
const big = quick ? 200_000 : 1_000_000;
const worst = flag('--no-worst') ? [] : WORST.map(([name, unit]) => ({ name, small: rep(unit, small), mid: rep(unit, 2 * small), big: rep(unit, big) }));

const workload = {
  source,
  articles, chunks5k, slices10k, text1m, words10k, worst,
  budget: { throughput: quick ? 0.5 : 2, chunks: quick ? 0.5 : 1.5 },
  slow_factor: 4,
  reps10kw: quick ? 3 : 9,
  reps_linearity: quick ? 1 : 3,
  skip_linearity: quick ? ['compromise'] : [],
  worst_cap_s: 10, // a big worst case projected (from small and 2× small) to take longer is skipped
};
const dir = path.join(root, 'target/bench');
mkdirSync(dir, { recursive: true });
const wpath = path.join(dir, 'workload.json');
writeFileSync(wpath, JSON.stringify(workload));

// ---------------------------------------------------------------- run
let results = {};
const fail = (m) => { console.error(`bench: ${m}`); process.exit(1); };
if (flag('--report')) results = JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8')).results;
else for (const sys of only) {
  process.stderr.write(`bench: running ${sys}...\n`);
  let out;
  if (sys === 'native') {
    const r = spawnSync('cargo', ['bench', '--quiet', '--bench', 'bench', '--', '--workload', wpath], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
    if (r.status !== 0) fail(`native bench failed (${r.status})`);
    out = r.stdout;
  } else {
    if (sys === 'wasm' && !existsSync(path.join(root, 'www/pkg/factcheck_bg.wasm'))) fail('www/pkg is missing: run scripts/bench (it builds) or the project build first');
    const r = spawnSync(process.execPath, ['--max-old-space-size=4096', path.join(root, 'benches/runner.mjs'), sys, wpath], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
    if (r.status !== 0) fail(`${sys} failed (${r.status})`);
    out = r.stdout;
  }
  results[sys] = JSON.parse(out.trim().split('\n').pop());
  writeFileSync(path.join(dir, 'results.partial.json'), JSON.stringify({ source, results }));
}
if (!flag('--report')) writeFileSync(path.join(dir, 'results.json'), JSON.stringify({ date: new Date().toISOString(), source, results }, null, 1));

// ---------------------------------------------------------------- report
const f = (x, d = 2) => (x == null || !isFinite(x) ? '–' : x.toFixed(d));
const mb = (b) => (b == null ? '–' : (b / 1048576).toFixed(1));
const mcps = (r) => r.throughput.cps / 1e6;
const cpu = (() => { try { return readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)[1]; } catch { return '?'; } })();
console.log(`\n## factcheck benchmark — ${new Date().toISOString().slice(0, 16)}Z, ${source}, Node ${process.versions.node}, ${cpu}\n`);
console.log(`Texts: ${articles.length} articles, ${stream.length.toLocaleString('en')} characters; ${chunks5k.length} windows of ~5,000; 10,000 words = ${words10k.length.toLocaleString('en')} characters; 1 MB = the 100 10 KB windows joined.\n`);
console.log('| system | M chars/s | 5,000-char article: median ms | p95 ms | 10,000 words ms | linearity t(1 MB)/(100·t(10 KB)) | peak RSS MB (rise) |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [k, r] of Object.entries(results)) {
  const m = r.memory;
  console.log(`| ${r.version} | ${f(mcps(r), 3)} | ${f(r.chunk5k.median_ms, 3)} | ${f(r.chunk5k.p95_ms, 3)} | ${f(r.words10k.median_ms, 2)} | ${r.linearity ? f(r.linearity.ratio, 2) : 'skipped'} | ${mb(m.peak_rss)} (+${mb(m.peak_rise)})${m.wasm_memory ? `, wasm memory ${mb(m.wasm_memory)}` : ''} |`);
}
const ours = ['native', 'wasm'].filter((k) => results[k]);
const peers = ['compromise', 'wink'].filter((k) => results[k]);
if (ours.length && peers.length) {
  console.log('\nRatios (throughput ours/peer; 5,000-char median peer/ours; higher = factcheck faster):\n');
  console.log(`| system | ${peers.map((p) => `vs ${p}: throughput | vs ${p}: 5k median`).join(' | ')} |`);
  console.log(`|---|${peers.map(() => '---:|---:').join('|')}|`);
  for (const o of ours) {
    const R = results[o];
    console.log(`| ${o} | ${peers.map((p) => `${f(R.throughput.cps / results[p].throughput.cps, 1)}× | ${f(results[p].chunk5k.median_ms / R.chunk5k.median_ms, 1)}×`).join(' | ')} |`);
  }
}
if (results.native?.stages10kw) {
  const s = results.native.stages10kw;
  console.log(`\nNative stages on the 10,000-word article (median ms): tokens+sentences ${f(s.doc_ms, 3)}, numbers ${f(s.numbers_ms, 3)}, attribution ${f(s.attribution_ms, 3)}, sentence classes ${f(s.sentences_ms, 3)}, checks ${f(s.checks_ms, 3)}, JSON ${f(s.json_ms, 3)} (of which the UTF-16 map ${f(s.contract_ms, 3)}) (${s.json_bytes} bytes).`);
}
// Targets from issue 8 / the brief.
const checks = [];
const W = results.wasm;
if (W && results.compromise) checks.push(['wasm ≥ 30× compromise throughput', W.throughput.cps / results.compromise.throughput.cps >= 30, `${f(W.throughput.cps / results.compromise.throughput.cps, 1)}×`]);
if (W && results.wink) checks.push(['wasm ≥ wink-nlp throughput', W.throughput.cps >= results.wink.throughput.cps, `${f(W.throughput.cps / results.wink.throughput.cps, 2)}×`]);
if (W) checks.push(['wasm: 5,000-char article < 2 ms (median)', W.chunk5k.median_ms < 2, `${f(W.chunk5k.median_ms, 3)} ms (p95 ${f(W.chunk5k.p95_ms, 3)})`]);
if (W) checks.push(['wasm: 10,000 words < 20 ms', W.words10k.median_ms < 20, `${f(W.words10k.median_ms, 2)} ms`]);
if (results.native) checks.push(['native: 10,000 words < 20 ms', results.native.words10k.median_ms < 20, `${f(results.native.words10k.median_ms, 2)} ms`]);
if (results.native?.stages10kw) checks.push(['native: numbers alone on 10,000 words < 5 ms', results.native.stages10kw.doc_ms + results.native.stages10kw.numbers_ms < 5, `${f(results.native.stages10kw.doc_ms + results.native.stages10kw.numbers_ms, 3)} ms incl. tokens`]);
for (const o of ours) if (results[o].linearity) checks.push([`${o}: linearity ≤ 1.3`, results[o].linearity.ratio <= 1.3, f(results[o].linearity.ratio, 2)]);
for (const o of ours.filter((k) => (results[k].worst || []).length)) {
  const bad = (results[o].worst || []).filter((w) => w.error || w.skipped || w.ratio > 1.3);
  checks.push([`${o}: every worst case linear (≤ 1.3× going 10× bigger)`, bad.length === 0, bad.length ? bad.map((w) => `${w.name}: ${w.error || (w.skipped ? `superlinear, 1 M projected ${f(w.projected_ms / 1000, 0)} s` : f(w.ratio, 2))}`).join('; ') : 'all'] );
}
console.log('\nTargets:\n');
for (const [what, ok, fig] of checks) console.log(`- ${ok ? 'MET ' : 'MISSED'} ${what}: ${fig}`);

for (const o of ours) {
  const ws = results[o].worst;
  if (!ws) continue;
  console.log(`\nWorst-case inputs, ${o} (each at ${small.toLocaleString('en')} and ${big.toLocaleString('en')} characters; ratio = t(big) / (${big / small} · t(small)), 1 = linear; a big case projected over ${workload.worst_cap_s} s from t(small) and t(2× small) is skipped and its ratio is t(2× small) / (2 · t(small))):\n`);
  console.log('| input | ms @ small | ms @ big | M chars/s @ big | ratio |');
  console.log('|---|---:|---:|---:|---:|');
  for (const w of ws) {
    const name = w.name.replace(/\|/g, '\\|');
    if (w.error) console.log(`| ${name} | ${f(w.small_ms, 2)} | error: ${w.error} | | |`);
    else if (w.skipped) console.log(`| ${name} | ${f(w.small_ms, 2)} | skipped: ${f(w.mid_ms, 0)} ms at 2× small, projected ${f(w.projected_ms / 1000, 0)} s | – | ${f(w.ratio, 2)} (2×) |`);
    else console.log(`| ${name} | ${f(w.small_ms, 2)} | ${f(w.big_ms, 2)} | ${f(w.cps / 1e6, 2)} | ${f(w.ratio, 2)} |`);
  }
}

// Shipped size of each peer, for context (minified bundle / model, gzip -9).
const gzFiles = (rel) => {
  const walk = (p) => { try { return statSync(p).isDirectory() ? readdirSync(p).flatMap((n) => walk(path.join(p, n))) : [p]; } catch { return []; } };
  let raw = 0, gzb = 0;
  for (const p of walk(path.join(root, rel))) if (/\.(js|json|cjs|mjs|bin|txt)$/.test(p) || !/\.[a-z]+$/i.test(p)) { const b = readFileSync(p); raw += b.length; gzb += gzipSync(b, { level: 9 }).length; }
  return `${(raw / 1024).toFixed(0)} KB raw, ${(gzb / 1024).toFixed(0)} KB gzip`;
};
console.log(`\nPeer sizes (gzip -9, per file): compromise builds/compromise.js ${gzFiles('node_modules/compromise/builds/compromise.js')}; wink-nlp src/ ${gzFiles('node_modules/wink-nlp/src')} + wink-eng-lite-web-model dist/ ${gzFiles('node_modules/wink-eng-lite-web-model/dist')}.`);
console.log(`Full results: target/bench/results.json`);

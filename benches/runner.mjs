// One benchmarked system, in its own Node process so that its peak memory is
// its own: `node benches/runner.mjs SYSTEM WORKLOAD.json` prints one JSON
// result on stdout. SYSTEM is `wasm` (www/pkg, the page's build), `compromise`
// (quotations + numbers) or `wink` (wink-nlp entities). The measuring
// protocol is the same as the native one in benches/bench.rs: keep them in step.
// Sizes and times count UTF-16 code units ("characters", JS string length).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [system, workloadPath] = process.argv.slice(2);
const W = JSON.parse(readFileSync(workloadPath, 'utf8'));
const budget = W.budget; // seconds per phase, scaled down for slow systems

// ---- the systems: each is (text) => something that holds the whole result.
async function load(name) {
  if (name === 'wasm') {
    const pkg = await import(pathToFileURL(path.join(root, 'www/pkg/factcheck.js')).href);
    const bytes = readFileSync(path.join(root, 'www/pkg/factcheck_bg.wasm'));
    const exports = pkg.initSync({ module: bytes });
    return {
      version: `factcheck ${pkg.version()} (wasm, ${bytes.length} B)`,
      run: (t) => pkg.analyze(t, undefined),
      wasmMemory: () => exports.memory.buffer.byteLength,
    };
  }
  if (name === 'compromise') {
    const nlp = (await import('compromise')).default;
    const v = JSON.parse(readFileSync(path.join(root, 'node_modules/compromise/package.json'), 'utf8')).version;
    return {
      version: `compromise ${v} (quotations + numbers)`,
      run: (t) => {
        const doc = nlp(t);
        return [doc.quotations().out('array'), doc.numbers().json()];
      },
    };
  }
  if (name === 'wink') {
    const winkNLP = require('wink-nlp');
    const model = require('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    const its = nlp.its;
    const v = JSON.parse(readFileSync(path.join(root, 'node_modules/wink-nlp/package.json'), 'utf8')).version;
    return {
      version: `wink-nlp ${v} + wink-eng-lite-web-model (entities)`,
      run: (t) => nlp.readDoc(t).entities().out(its.detail),
    };
  }
  throw new Error(`unknown system ${name}`);
}

function memStatus() {
  const s = readFileSync('/proc/self/status', 'utf8');
  const kb = (k) => Number((s.match(new RegExp(`^${k}:\\s+(\\d+)`, 'm')) || [0, 0])[1]);
  return { rss: kb('VmRSS') * 1024, hwm: kb('VmHWM') * 1024 };
}
function resetPeak() {
  try { writeFileSync('/proc/self/clear_refs', '5'); return true; } catch { return false; }
}
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};
let sink = 0;
function time(fn, t) {
  const t0 = performance.now();
  const r = fn(t);
  const dt = performance.now() - t0;
  sink += Array.isArray(r) ? r.length : r ? 1 : 0;
  return dt;
}

const sys = await load(system);
const slow = system === 'compromise' ? W.slow_factor : 1;
const out = { system, version: sys.version };
const totalChars = W.articles.reduce((n, t) => n + t.length, 0);

// Warm-up: every article once (JIT, lazy tables, wasm tier-up).
for (const t of W.articles) sys.run(t);

// Memory: peak RSS over one pass of the articles, and its rise over the
// process's resident size before the pass (lib + data already loaded).
const before = memStatus();
const resetOk = resetPeak();
for (const t of W.articles) sys.run(t);
const after = memStatus();
out.memory = {
  rss_before: before.rss,
  peak_rss: resetOk ? after.hwm : null,
  peak_rise: resetOk ? Math.max(0, after.hwm - before.rss) : null,
  wasm_memory: sys.wasmMemory ? sys.wasmMemory() : undefined,
};

// Throughput: whole passes over all articles for at least the budget.
{
  let passes = 0, ms = 0;
  while (passes < 1 || ms < budget.throughput * 1000 / slow) {
    for (const t of W.articles) ms += time(sys.run, t);
    passes++;
  }
  out.throughput = { chars: totalChars * passes, ms, cps: (totalChars * passes) / (ms / 1000), passes };
}

// 5,000-character articles: one timing per call, passes until the budget.
{
  const xs = [];
  let ms = 0;
  while (xs.length < W.chunks5k.length || ms < budget.chunks * 1000 / slow) {
    for (const t of W.chunks5k) { const d = time(sys.run, t); xs.push(d); ms += d; }
  }
  out.chunk5k = { n: xs.length, median_ms: quantile(xs, 0.5), p95_ms: quantile(xs, 0.95), mean_chars: W.chunks5k.reduce((n, t) => n + t.length, 0) / W.chunks5k.length };
}

// 10,000 words: median of runs.
{
  const xs = [];
  const reps = Math.max(1, Math.round(W.reps10kw / slow));
  for (let i = 0; i < reps; i++) xs.push(time(sys.run, W.words10k));
  out.words10k = { chars: W.words10k.length, median_ms: quantile(xs, 0.5), min_ms: Math.min(...xs) };
}

// Linearity: the 1 MB text is exactly the 100 10 KB slices joined; compare
// the best of `reps` for each side.
if (!W.skip_linearity.includes(system)) {
  const reps = system === 'compromise' ? 1 : W.reps_linearity;
  let small = Infinity, big = Infinity;
  for (let i = 0; i < reps; i++) {
    let s = 0;
    for (const t of W.slices10k) s += time(sys.run, t);
    small = Math.min(small, s);
    big = Math.min(big, time(sys.run, W.text1m));
  }
  out.linearity = { small_sum_ms: small, big_ms: big, big_chars: W.text1m.length, ratio: big / small };
}

// Worst cases (our own systems only: the peers are not built for them).
if (system === 'wasm') {
  out.worst = [];
  for (const w of W.worst) {
    // Small inputs: best of repeated runs (at least 3, about 30 ms in all) so
    // sub-millisecond timings do not make the ratio noise.
    let small = Infinity;
    for (let i = 0, spent = 0; i < 3 || (spent < 30 && i < 50); i++) { const d = time(sys.run, w.small); small = Math.min(small, d); spent += d; }
    // 2× small projects the big run: a case that would take longer than the
    // cap (superlinear) is reported, not run.
    const mid = Math.min(...[0, 1].map(() => time(sys.run, w.mid)));
    const k = Math.max(1, Math.log2(Math.max(mid, 1e-3) / Math.max(small, 1e-3)));
    const projected = small * (w.big.length / w.small.length) ** k;
    if (projected > W.worst_cap_s * 1000) {
      out.worst.push({ name: w.name, small_chars: w.small.length, small_ms: small, mid_ms: mid, skipped: true, projected_ms: projected, ratio: mid / (2 * small) });
      continue;
    }
    let big;
    try {
      big = Math.min(...[0, 1, 2].slice(0, projected > 1000 ? 1 : 3).map(() => time(sys.run, w.big)));
    } catch (e) {
      out.worst.push({ name: w.name, error: String(e && e.message || e) });
      continue;
    }
    out.worst.push({ name: w.name, small_chars: w.small.length, big_chars: w.big.length, small_ms: small, big_ms: big, ratio: big / (small * (w.big.length / w.small.length)), cps: w.big.length / (big / 1000) });
  }
  out.memory.wasm_memory_end = sys.wasmMemory();
}
out.sink = sink;
process.stdout.write(JSON.stringify(out) + '\n');

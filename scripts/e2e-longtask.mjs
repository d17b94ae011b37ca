#!/usr/bin/env node
// Measurement (not a test): main-thread long tasks while the embed annotates
// a page with ~20,000 words of article text, in Debian's Chromium via
// playwright-core. The article is generated from templates written for this
// project (invented names and figures). Prints the longest task overall,
// the longest after the page was parsed (the annotation phase), and the
// time to factcheck:ready. Also measures the paste page with the same text.
// Usage: node scripts/e2e-longtask.mjs [--words 20000]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, WWW } from '../tests/e2e/browser.mjs';
import { serve } from './serve.mjs';

const words = Number(process.argv[process.argv.indexOf('--words') + 1]) || 20000;
let seed = 7;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const pick = (a) => a[rnd(a.length)];
const NAMES = ['Mara Quint', 'Tobias Reyne', 'Ada Okonkwo', 'Lev Sandberg', 'Nia Castellanos', 'Owen Marsh', 'Ines Falk', 'Rafael Moor'];
const TITLES = ['Finance Minister', 'council leader', 'chief executive', 'union spokesperson', 'Health Secretary'];
const THINGS = ['homes', 'jobs', 'patients', 'buses', 'schools', 'tonnes of grain', 'hectares of forest'];
const TEMPLATES = [
  () => `“We expect about ${rnd(900) + 100} ${pick(THINGS)} to be affected by the end of the year,” said ${pick(TITLES)} ${pick(NAMES)}.`,
  () => `${pick(NAMES)} said the budget had grown by ${rnd(40) + 2}% since ${2000 + rnd(24)}, and warned that costs could reach $${rnd(90) + 10} million.`,
  () => `Officials said up to ${(rnd(90) + 10) * 100} ${pick(THINGS)} were involved, though a report from the regional audit office put the figure at ${(rnd(90) + 10) * 100}.`,
  () => `According to the ministry, more than ${rnd(60) + 5} ${pick(THINGS)} were added in the first ${rnd(10) + 2} months of the programme.`,
  () => `Critics say the plan is too slow. “This is not enough, and it is not fast enough,” ${pick(NAMES)} told reporters on ${pick(['Monday', 'Tuesday', 'Friday'])}.`,
  () => `The council will meet again in ${pick(['March', 'June', 'October'])} to review the figures, which cover roughly ${rnd(300) + 20},000 residents.`,
  () => `She added that the scheme had cost €${rnd(9) + 1}.${rnd(9)} billion so far, nearly ${rnd(3) + 2} times the original estimate of ${rnd(400) + 100} million.`,
];
const paras = [];
let count = 0;
while (count < words) {
  const p = Array.from({ length: 3 + rnd(3) }, () => pick(TEMPLATES)()).join(' ');
  paras.push(p);
  count += p.split(/\s+/).length;
}
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fc-longtask-'));
fs.writeFileSync(path.join(dir, 'long.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long article</title><link rel="icon" href="data:,"></head>
<body><article><h1>A very long report</h1><div class="entry-content">${paras.map((p, i) => (i % 9 === 4 ? `<h2>Part ${i}</h2>` : '') + `<p>${esc(p)}</p>`).join('\n')}</div></article>
<script type="module" src="/factcheck/factcheck.js" data-target="article .entry-content"></script></body></html>`);

const server = await serve({ mounts: { '/': dir, '/factcheck/': WWW }, port: 0 });
const browser = await launch();
const observe = () => {
  window.__lt = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('DOMContentLoaded', () => { window.__dcl = performance.now(); });
  document.addEventListener('factcheck:ready', (e) => { window.__ready = performance.now(); window.__counts = [e.detail.sentences.length, e.detail.numbers.length, e.detail.attributions.length]; });
};
const report = (label, r) => {
  const after = r.lt.filter(([s]) => s >= r.from);
  const max = (xs) => Math.max(0, ...xs.map(([, d]) => d));
  console.log(`${label}: ready after ${r.ready.toFixed(0)} ms; long tasks: ${r.lt.length} in all (max ${max(r.lt).toFixed(0)} ms), `
    + `${after.length} after ${r.fromLabel} (max ${max(after).toFixed(0)} ms)${r.counts ? `; found ${r.counts[0]} sentences, ${r.counts[1]} numbers, ${r.counts[2]} claims` : ''}`);
  console.log(`  long tasks (start ms, duration ms): ${r.lt.map(([s, d]) => `${s.toFixed(0)}+${d.toFixed(0)}`).join(', ')}`);
  console.log(`  factcheck's own main-thread work: ${r.marks.map(([n, s, d]) => `${n} at ${s.toFixed(0)} took ${d.toFixed(1)} ms`).join('; ')}`);
};
try {
  console.log(`article: ${count} words, ${paras.length} paragraphs`);
  // The embed.
  let page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.addInitScript(observe);
  await page.goto(`${server.url}long.html`);
  await page.waitForFunction(() => window.__ready, null, { timeout: 60000 });
  // The reader opens the panel: a plain mouse click (a locator click would run
  // playwright's own injected script on the page's main thread and be counted).
  const box = await page.locator('factcheck-ui .toggle').boundingBox();
  await page.waitForTimeout(500);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(1500);
  report('embed', { ...(await page.evaluate(() => ({ lt: window.__lt, from: window.__dcl, ready: window.__ready, counts: window.__counts, marks: performance.getEntriesByType('measure').map((m) => [m.name, m.startTime, m.duration]) }))), fromLabel: 'DOMContentLoaded (annotation + panel)' });
  const text = await page.evaluate(() => document.querySelector('.entry-content').innerText);
  await page.close();
  // The paste page with the same text.
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.addInitScript(observe);
  await page.goto(`${server.url}factcheck/index.html`);
  await page.waitForFunction(() => document.documentElement.dataset.fcState === 'ready', null, { timeout: 30000 });
  const t0 = await page.evaluate(() => performance.now());
  await page.evaluate((t) => { const i = document.getElementById('input'); i.value = t; i.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste' })); }, text);
  await page.waitForFunction(() => window.__ready, null, { timeout: 60000 });
  await page.waitForTimeout(1500);
  const r = await page.evaluate(() => ({ lt: window.__lt, ready: window.__ready, counts: window.__counts, marks: performance.getEntriesByType('measure').map((m) => [m.name, m.startTime, m.duration]) }));
  report('paste page', { ...r, ready: r.ready - t0, from: t0, fromLabel: 'the paste (setting the text, analysis, painting, panel)' });
  await page.close();
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
